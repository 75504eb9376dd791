"""Who said it: find the source a news sentence attributes its figures to.

The lexicon lives in ``data/sources.yaml`` (the one alias table: canonical sources with their
aliases, transliteration-tolerant proper names and spokespeople, back-reference words, and the
word lists of the attribution grammar).  This module only holds the grammar.

Public API
----------
``Source``
    frozen result: canonical ``name``, ``source_type``, ``party_to_conflict``, and the
    ``surface`` text with its ``start``/``end`` offsets in the sentence it was found in.
``resolve_alias(surface)``
    canonical lookup of a name or phrase (case-, punctuation- and diacritics-insensitive,
    tolerant of transliterations: Abdurrahman = Abdulrahman = Abdul Rahman = Abdel Rahman).
``find_source(sentence)``
    the source a single sentence attributes its statement to, if the sentence names one.
``attribute(sentences, publisher=None)``
    one entry per sentence of an article, following attribution across sentences; unmarked
    sentences get ``publisher``.
``publisher_of(body, title, outlet)``
    the organisation an article is the own publication of (a monitor's page, a UN situation
    report or briefing note, an NGO release, a think-tank report), or ``None`` for news.
``Source.at(offset, outside)``
    the source of a figure at ``offset`` in its sentence (an attribution may cover only a
    clause, see "Scope" below).

How a speaker is found
----------------------
1. Mentions: every alias, proper name, spokesperson, place standing for a government
   ("Damascus said") and back-reference word ("he", "the group", "the monitor") is found with a
   single longest-match scan over the words of the sentence.
2. Cues tie a mention (or an unknown named person, or a role phrase such as "a senior rebel
   commander") to the statement:

   - subject of a reporting verb: "X said", "X, a monitoring group based in the UK, said",
     "X on Monday also reported", "UNICEF's regional director said", "a spokesman for the UN
     said", "activists in Aleppo say", "X put the number at ...", "X told Reuters";
   - inverted subject after a comma or a quote: "..., said X", "'...,' said X, a doctor";
   - "according to (figures from) X";
   - agent after a participle: "reported by state media", "confirmed by X", "figures released
     by X", "ABC News was told by X";
   - possessive figures: "X's figures show", "by X's count", "the ICRC's estimate";
   - a headline or lead-in colon: "Red Cross: 3,000 people brought out".
3. Which candidate wins:

   - the earliest cue in the sentence wins (a sentence-level attribution: a sentence quoting two
     sources keeps the first);
   - a compound subject ("activists and the Syrian Observatory ... reported", "the Red Cross
     and Red Crescent say") gives the specific source before a generic one ("activists",
     "residents", ...), else the first;
   - a news agency that only relays is never the source: the object of "told"/"speaking
     to"/"in an interview with" ("X told Reuters" -> X) and a bracketed dateline ("(Xinhua)")
     are skipped;
   - "a statement carried by SANA", "quoted by state TV": the carrier relays someone else's
     statement, so the author named in the sentence wins ("In a statement carried by SANA, the
     Foreign Ministry said" -> Syrian government; "said a statement issued by the Foreign
     Ministry" -> Syrian government).  Only when nobody else is named is the carrier the
     source ("a statement carried by SANA said ..." -> SANA);
   - a relayed reporter: "X said the WHO had documented 27 attacks", "said the UN human rights
     office had received reports that ...": the organisation whose reports are relayed wins;
   - citing: when the speaker is a media outlet (state or not) and it cites a source that the
     table knows ("state TV said, citing the army", "Reuters, citing a military source,
     reported"), the cited originator wins; a monitor or agency citing its own network
     ("the Observatory, citing sources on the ground, said") stays the source;
   - "according to a statement" with no author (the statement of the sentence's subject) falls
     back to the first source named before the cue.

4. Named people: a spokesperson listed in the table maps to the organisation
   ("Rami Abdel Rahman" -> Syrian Observatory for Human Rights).  An unknown person keeps
   their name as written, with the type taken from their role ("Ibrahim Abu Leith, a rescue
   worker" -> aid; "activist Modar Sheko" -> activists); roles that belong to an institution
   fold the person into it: a rebel role -> "rebel officials", a Syrian officer -> "Syrian
   army", an apposition naming a known organisation ("a member of the Syrian Civil Defense")
   -> that organisation.  With no role given, a named person is taken as a resident
   (``default_person_type`` in the data file).  Unknown organisations ("the Afkar Foundation")
   keep their name with a type guessed from their words.  A person is kept in
   ``Source.speaker`` when the source is their organisation ("Jane Doe, the ICRC's regional
   director, said" -> ICRC, speaker "Jane Doe"; "a spokesman for the army" -> Syrian army,
   speaker "a spokesman for the army"), and "He said" carries the speaker's name.
5. Organisations the table does not know: a capitalised name beginning or ending with an
   organisation head word (``org_heads``: council, institute, society, ministry, office ...)
   is an organisation and keeps its name ("the Aleppo Medical Council said", "the Institute
   for the Study of War estimated"); a known organisation inside it takes over ("the UN
   Office at Geneva" -> United Nations); a country before a state body owns it ("China's
   foreign ministry" -> Chinese government); a person whose role names such an organisation
   speaks for it ("Ahmed Khalil, a spokesman for the Aleppo provincial council").

Scope
-----
An attribution covers the whole sentence ("Air strikes killed 30 and wounded 70, rebel
officials said": both figures), except: a speaker inside a relative clause covers that clause
("25 civilians were killed by an airstrike that activists said the government carried out":
not the toll; "250,000 people live in the east, where the UN says food is running out": not the
250,000), and a speaker opening the sentence covers the reported clause up to an
adverbial "as"/"while" clause, a semicolon or a dash; a second speaker after that point takes
the rest ("The army said it took 3 districts, while the rebels said they lost 2"), and a
"while"/"whereas" clause without a speaker of its own stays the first speaker's.  A speaker in a
free relative covers the figure it governs ("home to what the UN estimated were 250,000
people": not the area before it); a pronoun opening a contact relative clause covers its head
noun's figure ("several hundred men they say have been detained").

Own publications
----------------
An organisation's own page speaks for it: :func:`publisher_of` finds the organisation from the
outlet, a masthead, a dateline or byline, a "Statement by ..." heading, or first-person
self-reference in the opening ("our teams", "OCHA prepared this report"); news outlets (wires,
papers, broadcasters, state news agencies) are never publishers.  Self-naming anywhere in the
text also makes the publisher: a footer "This flash update was produced by OCHA Syria", a
monitor's own wording ("SOHR was informed", twice "the Syrian Observatory documented"), a think
tank introducing its report ("Crisis Group looks at"), or first-person narration of an
organisation's work ("we have identified 9 hospitals", "our teams delivered") under a title or
opening naming one organisation.  :func:`attribute` gives the publisher to every sentence
without an attribution of its own, and to people it speaks through: "Rebel commanders we spoke
to said" (the organisation's own voice; in a news article the outlet's own authority), its own
people ("Our partners have counted", "our teams report") and an
unknown named member without an organisation of their own ("X, a volunteer, said"; kept as
speaker).  The outlet's own correspondent ("RT's correspondent said" in RT's article, "our
correspondent") is the outlet's own authority: no source.

Attribution across sentences (``attribute``)
--------------------------------------------
Only a sentence that itself carries an attribution cue gets a source: an unmarked sentence gets
``None`` (the article's own authority) or the publisher.  The antecedents live in an explicit
store (``_Antecedents``: the sources met so far, in order, and a registry of people introduced
by name).  A cue whose subject is a back-reference resolves in context:

- "he"/"she"/"the spokesman"/"the source" -> the latest person: a named speaker, a person
  introduced with a role ("East Aleppo dentist Salim Abu al-Nassar posted a video"), or a
  singular role ("a Syrian general said"); a speaker earlier in the same sentence comes first
  ("..., something he said was impossible");
- "it"/"its director" -> the latest organisation that spoke or opened its sentence as subject
  ("The WFP distributed its last rations. It says ..." -> WFP) (within six sentences);
- "the center", "the council", "the committee" ... -> the latest organisation that spoke ("the
  Russian Center for Reconciliation said ... the center said");
- "they" -> an organisation or group that spoke in the last two sentences;
- typed words only point to their kind: "the agency" (news/UN/aid agency), "the channel" (a
  broadcaster; state television by default), "the military" (a military source; the Syrian army
  by default), "the foreign ministry" (a government; the Syrian one by default), "the group";
- "the statement"/"the report" -> the latest speaker;
- "a monitor"/"the monitor" -> the war monitor named in the article (the Observatory or its
  like, not a rights group), looking back first and then ahead; with none, "a monitor" stays
  "monitoring groups" and "the monitor" is the Syrian Observatory;
- a bare surname ("Abu Rajab said", "al-Nassar says") -> the person introduced earlier.

The returned ``Source`` keeps the surface of the marker in the sentence ("He", "the group") with
the canonical name of what it points to.

Other rules
-----------
- Words inside a closed quotation are the quoted person's, not an attribution ("'Syria confirms
  ...,' said a statement issued by the Foreign Ministry" -> Syrian government).
- Passives and hedges are no attribution: "are reported to have fled", "said to be", "an
  estimated 31,500", "the army told residents to leave".
- A headline ending in its source after a dash names it: "... army retakes 98% of city - Russian
  MoD" (only when the line holds a figure).
- A common-noun body from the table written in capitals at the end of a longer unknown name is
  that name's own organisation: "the Sheikh Maqsoud Local Council" (not the table's "local
  council"); "Aleppo Police Command" keeps its name.
- A capitalised verb inside a sentence is a name ("Situation Report No. 9", "Sheikh Said"), except
  in a title-case headline with a known subject ("Syrian Military Says Rebels Driven ...").
- A foreign country's adjective before a state body the table gives to Syria makes it that
  country's: "the Turkish Health Ministry" keeps its name (``foreign``; ``demonyms`` in the data
  file), and ``resolve_alias`` reads it as the Turkish government.
- A person described by where they come from is no name: "one woman from al-Sakhour said" is
  a resident; a capitalised name after a place preposition ("taken to Kilis, said ...") is no
  speaker.
- An outlet's journalists named with it ("Anadolu Agency correspondents", "Reuters reporters")
  are the outlet: its own authority in its own article.
- Names with a number ("France 24", "Channel 4 News") keep it (``numbered``).
- Concessions report ("admitted", "conceded", "acknowledged that"); a denial or dispute of a
  noun figure ("disputed the figure") does not.
- A person introduced with their body ("X of the Russian General Staff") keeps it when named
  again by surname or with a title only.
- A plural "they" speaking inside the sentence of the group that opens it is that group
  ("activists published lists of several hundred men they say have been detained").
- Country and capital names stand for their government only as the subject of a verb ("Damascus
  said", "Russia says" -> Russian Defence Ministry, as in the wire usage for figures), never
  inside a phrase ("the UN envoy for Syria", "based in the UK", "Syria: ...").

Known limits: the attribution is per sentence, so a sentence quoting two sources for two figures
gets the first; unknown names are recognised by capitalisation, so a place named like a person
("Sheikh Saeed, a key neighbourhood, ...") can be taken for one when it stands before a reporting
verb.
"""

from __future__ import annotations

from .antecedents import attribute, resolve_alias
from .lexicon import SOURCE_TYPES, Source
from .publisher import publisher_of
from .sentence import find_source

__all__ = ["SOURCE_TYPES", "Source", "attribute", "find_source", "publisher_of", "resolve_alias"]
