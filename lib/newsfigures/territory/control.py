"""Who captured or holds which district: :func:`control_mentions` reads one sentence.

Places come from the gazetteer (:mod:`.gazetteer`) and, for names it lacks, from
:mod:`.unlisted`; the sentence's spans from :mod:`.clauses`; the words from
``data/control_verbs.yaml`` (:mod:`.grammar`); sides from the one actors table (:mod:`.actors`).

Control (:func:`control_mentions`)
    Reads one sentence and returns :class:`ControlMention` records, from sentence shapes
    documented in ``data/control_verbs.yaml`` (which holds all the words). Rules:

    * ``captured`` means the text says the district changed hands; ``held`` means it states
      who controls it ("rebel-held Sukkari", "X, controlled by a Kurdish militia").
    * The controller is the subject or agent: troops/army/regime/militias -> government,
      rebels/opposition/insurgents/fighters -> rebels, Kurdish militia/YPG/Kurds -> kurdish.
    * Losses: when the text names only the loser ("rebels lost X", "rebels withdrew from X",
      "rebels were driven out of X", "X slipped out of government control") the district is
      captured by the loser's opponent (rebels <-> government) and the mention is flagged
      ``inferred=True``; a Kurdish loss gives an event only when the winner is named or the
      sentence names the government side (one rule for both grammars: :mod:`.actors`).
    * An agentless passive ("X was captured on Monday") takes its controller from
      "from AGENT" (the opponent), from a party-held modifier of the place ("rebel-held X was
      captured" -> government) or, for verbs of taking back (retaken, recaptured, liberated),
      is read as a government capture; all three are flagged ``inferred``. Otherwise no event.
    * Advances are not captures: advanced into, pushed into, breached, besieged, shelled ...
      give nothing. A completed entry ("entered X", "moved into X") is a capture unless a
      setback follows; the progressive ("are entering X", "moving into X") only when the
      sentence says the other side withdrew or the ground was secured; "SIDE moved in" takes
      the district the sentence says was left (:mod:`.entries`). Partial objects ("parts of X", "most of X", "the eastern section
      of X") are events, as in the gold conventions (data/gold/NOTES.md).
    * Negated, intended, expected or hypothetical events give nothing ("failed to capture",
      "hopes to retake", "could fall", "the fall of X would..."); so do denied claims
      ("Rebels denied that X had fallen", "reports that X fell were false"). A claim that is
      merely attributed ("the military claimed to have retaken X") is an event.
    * Historic changes ("In 2012 Hanano became the first ... to fall to the rebels") are events
      like any other; the caller decides the date.
    * A district captured in the sentence is not also reported as held there (the held
      modifier in "troops captured rebel-held Sukkari" describes the state before).
    * A name in the possessive is not an object ("took the Old City's Umayyad Mosque"); a
      name used as a modifier ends a list ("captured Hanano and Sukkari residents fled").
    * An attributive participle of taking back ("the recently retaken Sakhour district") is
      an agentless passive (government, inferred).
    * Other armed groups (Islamic State, Iraqi troops, Peshmerga) are no controller: their
      captures give nothing.

    * Lists: every place of a list governed by the verb is an event ("retook the districts of
      A, B and C, and completed control of D", "liberated 12 quarters including A and B",
      "8 neighbourhoods in east Aleppo: A, B and C", "the districts captured on Monday include
      A and B", "rebel control is now limited to A and B", "the rebel enclave: A, B").
    * Names outside the gazetteer: a capitalised name before a place noun ("the Karm al-Denj
      neighbourhood") or inside a list of districts ("the neighbourhoods of A, X and B", "seized
      A and X") is kept as written, with ``in_gazetteer=False``.
    * No taker named ("Sukkari fell on Monday", "Sukkari was captured", "the collapse of
      Sheikh Saeed"): the opponent of the side that held the district when the offensive began
      (``side_holders``: east -> rebels, so the government took it; west -> government),
      flagged ``inferred``; north, outskirts and districts of unknown side give nothing
      (:mod:`.falls`, which also reads "rebel defences in X collapsed" and the split districts).
    * Pronoun subjects ("It took X", "They lost X") stand for the speaker of "the army said
      it ..." or of a sentence-final "..., the army said", else for ``context_party`` (the
      caller passes the actor of the sentence before, :func:`.actors.lead_party`); flagged
      ``inferred``.
    * Descriptive holdings: a side pressed into districts ("leaving rebels squeezed into
      districts including A and B", "rebels are left with only X"), "the Kurdish neighbourhood
      of X", "X, the last rebel stronghold", "the last opposition-held districts of Aleppo,
      including A and B" are held; "the former rebel stronghold of X" is not.
    * "The districts of A and B fell/followed on 28 November": "followed" is a fall only when
      a time, "suit" or the end of the clause comes after it; "the loss of X" with no loser
      named is the side's holder's loss.
    * A comma does not join an object to the subject ("fighting the terrorist organisations,
      the army took X" is the army's); the link nearest the verb must be a conjunction.
    * Location and predicate holdings: "Jibreen, a district in the government-held west",
      "X lies in the rebel-held east", "X and Y are the only rebel-held areas left" are held.

    * Object pronouns: "it", "(most of) the district" right after a capture or loss verb stand
      for the district named before them in the sentence ("took X, and that night the rebels
      took it back"); a clause-initial gerund takes the main clause's subject ("After taking
      Hanano, troops ...").
    * "occupied" with a day of the event in its clause is a taking, else a holding.
    * A passive about people is no capture ("X, where they were taken to shelters by the army",
      "families from X were freed"); nor is a facility named after a district ("took the
      Suleiman al-Halabi water station") or clearing a district of mines or rubble. A participle
      right after a district is a passive without its auxiliary ("Old City fully liberated").
    * Possessed forces ("its forces", "their fighters", "the army's units") are the possessor's
      side; "our forces" and "we" the speaker's (``speaker_party`` from the caller), nobody when
      no speaker is known (:mod:`.possessors`). A side named taking a district outweighs a taker
      inferred from the loser in the same sentence.
    * Exceptions: "the army controls all of the east apart from X and Y" -> X and Y held by the
      other side (:mod:`.exceptions`).
    * Relative clauses ("X, which rebels took", the contact clause "X is one of the few
      neighbourhoods rebels still hold"; no restrictive "that" for a place after "next to",
      "near" ...) are in :mod:`.relatives`.
    * Descriptions of a side's pocket that list its districts ("a shrinking pocket in the former
      rebel sector, including A", "the rebel pocket, a handful of streets in A") and a side
      confined to places ("cornering rebels in A", "rebels have been pushed into an area ...,
      made up of A") are held (:mod:`.pockets`); a list after "including" under a capture or loss
      verb whose object is a long stretch of ground ("retook more than 90 percent of the east
      within a month, including A") is the verb's object (:mod:`.members_of_ground`); "X and
      other districts retaken by AGENT" is a passive of X; a party word can be the agent ("under
      the control of the state").
    * Held shapes (party-held, party nouns, holding lists, "where SIDE are holding out") are
      in :mod:`.holdings`; a district described but not named ("a pivotal district") is
      resolved by the caller with :mod:`.unnamed`.

    Besides what and where, :class:`ControlMention` carries ``trigger`` (the verb
    or phrase as written), ``inferred`` (the controller was inferred, not named) and
    ``in_gazetteer`` (False for a district name the gazetteer lacks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import (_AGENT_BY, _ATTRIBUTIVE, _Actor, _BE_AUX, _Event, _FROM, _MODAL_AFTER, _RELATIVE, _Sentence, _TO,
                      _Trigger, sentence_places)
from .actors import lead_party
from .falls import _PREPOSITION_BEFORE, _fall, _taker_by_side
from .exceptions import excepted_holdings, invert_excepted
from .entries import bare_entry, entry_is_taking, moved_in
from .holdings import held_adjective, holding_list, party_noun, where_holding_out
from .members_of_ground import members_of_ground
from .pockets import confined_side, described_pocket
from .relatives import _relative
from .gazetteer import find_places
from .grammar import _grammar, _norm_phrase
from .unlisted import _PLACE_NOUN_RE
from ..regexstore import compile as compile_regex


CONTROLLERS = ("government", "rebels", "kurdish")
EVENTS = ("captured", "held")


@dataclass(frozen=True)
class ControlMention:
    """A sentence's statement that a side took (``captured``) or holds (``held``) a district.

    ``quote`` is an exact substring of the sentence (``sentence[start:end] == quote``);
    ``surface`` is the place name as written. ``trigger`` is the verb or phrase that states
    the event; ``inferred`` is True when the controller was not named but inferred (from the
    loser, a party-held modifier, or a verb of taking back). ``descriptive`` is True for a holding
    stated as background ("rebel-held X", "the Kurdish neighbourhood of X", "X, which is run by
    the YPG"): the paper's own statement, not its speaker's (data/gold/NOTES.md).
    """

    neighbourhood: str
    controller: str
    event: str
    surface: str
    quote: str
    start: int
    end: int
    trigger: str = ""
    inferred: bool = False
    in_gazetteer: bool = True
    descriptive: bool = False


# ---------------------------------------------------------------------------------------------
# control grammar: sentence shapes



# a sentence opening with a side's statement: "YPG says ...", "13:05 - The army said that ..."
_OPENING_SPEAKER = compile_regex(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC)?\s*[-–—:]?\s*)?(?P<who>(?:the\s+)?(?:[\w'’\-/]+\s+){0,4}?)"
    r"(?:says|said|announced|reported|claimed|stated|confirmed)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?",
    re.IGNORECASE,
)


def _controller_from_context(s: _Sentence, places: list[int], after: int, verb: str) -> tuple[str | None, bool]:
    """Controller of an agentless passive: "from AGENT", a party-held modifier, a restore verb,
    the side's holder (:func:`_taker_by_side`), else the actor of the sentence before."""
    frm = s.agent_after(after, _FROM)
    if frm is not None and frm.party in CONTROLLERS:
        opp = s.opponent(frm.party)
        if opp:
            return opp, True
    for i in places:
        mod = s.held_modifier.get(i)
        if mod is not None:
            opp = s.opponent(mod[0])
            if opp:
                return opp, True
    if _norm_phrase(verb) in s.g.restore:
        return "government", True
    speaker = _OPENING_SPEAKER.match(s.text)
    if speaker is not None and places and speaker.end() <= s.places[places[0]].start:
        side = s.actor_at(speaker.start("who"))
        holders = {s.g.side_holders.get(s.places[i].neighbourhood.side) for i in places}
        if side is not None and side.party in CONTROLLERS and side.end <= speaker.end() and side.party not in holders:
            # "YPG says Bustan al-Basha cleared of militants": a side announcing ground it did not hold took it
            return side.party, True
    taker, inferred = _taker_by_side(s, places)
    if taker is None and s.context_party in CONTROLLERS:
        # "The army pressed on. Karm al-Denj was taken within hours.": the actor of the sentence before
        return s.context_party, True
    return taker, inferred


def _active(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """SUBJECT v OBJECTS (capture, loss, hold), or the relative "PLACE, which SUBJECT v"."""
    adjacent = kind == "hold"
    objects = s.objects_after(t.end)
    if not objects and kind in ("capture", "loss"):
        objects = members_of_ground(s, t)  # "retook 90 percent of the east within a month, including A"
    if not objects:
        if kind == "capture":
            bare_entry(s, t, out)  # "Rebels evacuated X and YPG fighters took over"
        _relative(s, t, out, kind)
        return
    last_end = s.places[objects[-1]].end
    if kind == "capture" and _ATTRIBUTIVE.search(s.text[max(0, t.start - 30) : t.start]):
        # "the recently retaken al-Sakhour neighbourhood": a participle, no subject
        controller_, inferred_ = _controller_from_context(s, objects, last_end, t.text)
        if controller_ is not None and not s.suppressed(t.start, t.start, last_end):
            q0, q1 = max(0, t.start), s.quote_end(last_end)
            for i in objects:
                out.append(_Event(i, controller_, "captured", q0, q1, t.text, inferred_))
        return
    subj = s.subject_before(t.start, adjacent=adjacent)
    inferred = False
    qend = s.quote_end(last_end)
    if kind == "capture" and _CLEARED_OF_THINGS.match(s.text, qend):
        return  # "completed clearing X of mines": demining ground already held
    if kind == "loss":
        # "handed over the Sheikh Fares district to government troops": past the place noun
        to_agent = s.agent_after(last_end, _TO) or s.agent_after(qend, _TO)
        by_agent = s.agent_after(last_end, _AGENT_BY) if to_agent is None else None
        winner = to_agent or by_agent
        if winner is not None and winner.party in CONTROLLERS:
            controller: str | None = winner.party
            qend = winner.end
        elif subj is not None and subj.party in CONTROLLERS:
            controller, inferred = s.opponent(subj.party), True
        else:
            controller = None
    elif subj is not None and subj.party in CONTROLLERS:
        controller = subj.party
        if len(s.coordinated_parties(subj) - {"none"}) > 1:
            return  # "Government troops and Kurdish fighters now control ...": whose is each?
    elif kind == "capture" and subj is None:  # a subject of no side ("we", Islamic State) takes nothing
        frm = s.agent_after(last_end, _FROM)
        controller = s.opponent(frm.party) if frm is not None and frm.party in CONTROLLERS else None
        inferred = controller is not None
    else:
        controller = None
    if controller is None and subj is None and (lead := _main_clause_subject(s, t, qend)) is not None:
        # "After taking Hanano, troops moved on": the gerund's subject is the main clause's
        controller, inferred = (s.opponent(lead) if kind == "loss" else lead), kind == "loss"
    if controller is None and subj is None:
        pronoun = _pronoun_party(s, t.start, last_end)
        if pronoun is not None:
            controller = s.opponent(pronoun) if kind == "loss" else pronoun
            inferred = True
        elif kind == "capture" and _norm_phrase(t.text) in s.g.restore_gerunds and not _MODAL_AFTER.match(s.text, qend):
            # "winning back the district hands the army an edge": a gerund of taking back with no
            # subject is read like the agentless "was retaken" (government, inferred)
            controller, inferred = "government", True
    if controller is None:
        return
    near = subj is not None and t.start - subj.end <= 80
    qstart = s.subject_start(subj) if subj is not None and near else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    event = "held" if kind == "hold" else "captured"
    for i in objects:
        out.append(_Event(i, controller, event, qstart, qend, t.text, inferred))


# a clause-initial gerund or "having" participle: "After taking Hanano, troops ...", "Having lost
# Sakhour, the rebels ..."
_LEADING_GERUND = compile_regex(
    r"(?:^|[.;:]\s*)\s*(?P<prep>After|Since|Following|Upon|On|Before|Besides|Having)\s+(?:(?:also|finally|first)\s+)?$",
    re.IGNORECASE,
)


def _main_clause_subject(s: _Sentence, t: _Trigger, qend: int) -> str | None:
    """The side that is the subject of the main clause after a leading gerund's object."""
    lead = _LEADING_GERUND.search(s.text[: t.start])
    if lead is None or (lead.group("prep").lower() != "having" and not t.text.split()[0].lower().endswith("ing")):
        return None
    comma = s.text.find(",", qend, qend + 80)
    if comma < 0:
        return None
    actor = s.actor_at(comma + 1)
    return actor.party if actor is not None and actor.party in CONTROLLERS else None


# "cleared X of mines / rubble": things, not the other side
_CLEARED_OF_THINGS = compile_regex(
    r"\s+of\s+(?:(?:all|the|any|remaining|unexploded|explosive|leftover)\s+)*(?:mines|landmines|rubble|debris|explosives|"
    r"ordnance|booby[\s-]traps|IEDs|devices|bodies|waste|garbage|snow)\b",
    re.IGNORECASE,
)


_PRONOUN_SUBJECT = compile_regex(
    r"\b(?:it|they)\s+(?:(?:had|has|have|also|then|later|now|quickly|subsequently|reportedly|already|finally|"
    r"eventually|soon|swiftly|successfully|still|fully|effectively)\s+)*$",
    re.IGNORECASE,
)
_SPEAKER_BEFORE_PRONOUN = compile_regex(
    r"\s+(?:said|says|announced|claimed|stated|reported|added|confirmed)(?:\s+that)?\s+(?:it|they)\s+\S*\s*$|"
    r"\s+(?:said|says|announced|claimed|stated|reported|added|confirmed)(?:\s+that)?\s+(?:it|they)\b",
    re.IGNORECASE,
)
_SPEAKER_AFTER = compile_regex(r"\s*(?:,\s*)?(?:said|says|announced|reported|claimed|stated|added)\b", re.IGNORECASE)


def _pronoun_party(s: _Sentence, verb_start: int, after: int) -> str | None:
    """The party an "it"/"they" subject right before the verb stands for: the speaker of a
    sentence-final "..., the army said", else the subject side of an earlier clause of the
    sentence, else the actor of the sentence before (``context_party``)."""
    before = s.text[max(0, verb_start - 60) : verb_start]
    if not _PRONOUN_SUBJECT.search(before):
        return None
    # "the army said it controlled X": the speaker right before the pronoun
    speaker = _SPEAKER_BEFORE_PRONOUN.search(before)
    if speaker is not None:
        offset = max(0, verb_start - 60)
        for a in reversed(s.actors):
            if a.end <= offset + speaker.start() and s.text[a.end : offset + speaker.start()].strip() == "":
                if a.party in CONTROLLERS:
                    return a.party
                break
    for a in s.actors:
        if a.start >= after and _SPEAKER_AFTER.match(s.text, a.end) and a.party in CONTROLLERS:
            return a.party
    pronoun = _PRONOUN_SUBJECT.search(before)
    earlier = lead_party(s.text[: max(0, verb_start - 60) + pronoun.start()]) if pronoun else None
    if earlier in CONTROLLERS:
        return earlier  # "The army took Hanano; then it took Sakhour": the side of an earlier clause
    return s.context_party if s.context_party in CONTROLLERS else None


# the passive's own subject between the district and the verb: a pronoun or people ("X, where they
# were taken", "X, whose residents were freed")
_OTHER_PASSIVE_SUBJECT = compile_regex(
    r"\b(?:they|he|she|we|you|i|people|civilians|residents|families|children|women|men|wounded|patients|"
    r"evacuees|detainees|prisoners|hostages|bodies|fighters|soldiers|who)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:(?:\w+ly|all|also|then|later|reportedly)\s+)*(?:was|were|been|being|are|is|got|get)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# "taken to a shelter", "taken in by relatives", "taken away": people moved, not ground taken
_TAKEN_SOMEWHERE = compile_regex(
    r"\s+(?:to|into|away|out|off|aboard|across|inside|in(?=\s+by\b|\s*[,.;]|\s*$))\b(?!\s+(?:the\s+)?(?:control|hands))",
    re.IGNORECASE,
)


def _reduced_passive(s: _Sentence, t: _Trigger) -> bool:
    """A participle right after a district, with nothing but adverbs between, is a passive
    without its auxiliary (headline style): "Army announces Old City fully liberated"."""
    before = [p for p in s.places if p.end <= t.start]
    return bool(before) and re.fullmatch(r"\s+(?:(?:\w+ly|now|finally|all|also|officially)\s+)*", s.text[before[-1].end : t.start]) is not None


# "X and other districts (recently) retaken": a place noun coordinated with the places heads the participle
_OTHER_PLACES = compile_regex(
    r"\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:other|nearby|neighbou?ring|surrounding|adjacent|several|more)\s+"
    r"(?:districts|neighbou?rhoods|areas|quarters|parts\s+of\s+the\s+city)\s+(?:(?:\w+ly|now|since|just)\s+)?",
    re.IGNORECASE,
)
_PARTITIVE_BEFORE = compile_regex(
    r"\b(?:part|parts|most|much|half|rest|all|section|sections|portion|portions|remainder|bulk)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _passive_capture(s: _Sentence, t: _Trigger, out: list[_Event]) -> bool:
    """PLACES (was|were|has been) v (by AGENT). Returns True when the trigger was passive."""
    form = _norm_phrase(t.text)
    if form not in s.g.participles:
        return False
    aux = _BE_AUX.search(s.text[max(0, t.start - 60) : t.start])
    agent = s.agent_after(t.end, _AGENT_BY)
    objects = s.objects_after(t.end)
    if aux is None and (agent is None or objects) and (objects or not _reduced_passive(s, t)):
        return False  # active past tense ("troops captured X")
    subjects = s.places_before(t.start)
    if not subjects:
        return True
    if _OTHER_PASSIVE_SUBJECT.search(s.text, s.places[subjects[-1]].end, t.start):
        return True  # "crossed from Hanano, where they were taken to shelters by the army"
    if form == "taken" and _TAKEN_SOMEWHERE.match(s.text, t.end):
        return True  # "Children from Sakhour were taken to a shelter": people moved, no district taken
    first = s.places[subjects[0]].start
    direct = not re.search(r",|\b(?:which|that)\b", s.text[s.places[subjects[-1]].end : t.start])
    if direct and _OTHER_PLACES.fullmatch(s.text, s.places[subjects[-1]].end, t.start):
        direct = False  # "their homes in X and other districts retaken by the army": the participle's noun holds X
    if direct and _PREPOSITION_BEFORE.search(s.text[max(0, first - 30) : first]) and not _PARTITIVE_BEFORE.search(
            s.text[max(0, first - 30) : first]):
        return True  # "Families from Sakhour were freed": the district is no subject
    inferred = False
    qend = t.end
    if agent is not None and agent.party in CONTROLLERS:
        controller: str | None = agent.party
        qend = agent.end
    elif agent is not None:
        return True  # by Islamic State, by activists...
    else:
        controller, inferred = _controller_from_context(s, subjects, t.end, t.text)
    if controller is None:
        return True
    if s.suppressed(s.places[subjects[0]].start, t.start, qend):
        return True
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))
    return True


# "The districts captured on Monday include", "Neighbourhoods retaken by the army so far:",
# "Also captured were", "Among the areas liberated today are"
_PARTICIPLE_BEFORE = compile_regex(
    rf"(?:\b{_PLACE_NOUN_RE}(?:\s+(?:that|which))?(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been))?|\balso|^)\s*(?:(?:\w+ly|now|just|newly)\s+)?$",
    re.IGNORECASE
)
_PARTICIPLE_LIST_VERB = compile_regex(
    r"[^.;:]{0,50}?\s*(?:\binclude[sd]?\b|\bincluding\b|\bare\b|\bwere\b|:)\s*", re.IGNORECASE
)
# a plural place noun that a relative or reduced clause describes ("Areas of the east that came under")
_PLACE_NOUN_BEFORE_CLAUSE = compile_regex(
    rf"\b(?:{_PLACE_NOUN_RE})\b[^.;:]{{0,60}}?(?:\b(?:that|which)\s+(?:\w+\s+){{0,2}})?$", re.IGNORECASE
)


def _participle_list(s: _Sentence, t: _Trigger, out: list[_Event]) -> bool:
    """PLACE-NOUNS PARTICIPLE (by AGENT) ... include|are|were|: PLACES (captured)."""
    if _norm_phrase(t.text) not in s.g.participles:
        return False
    if not _PARTICIPLE_BEFORE.search(s.text[max(0, t.start - 30) : t.start]):
        return False
    m = _PARTICIPLE_LIST_VERB.match(s.text, t.end)
    if m is None:
        return False
    objects = s.objects_after(m.end())
    if not objects:
        return False
    agent = s.agent_after(t.end, _AGENT_BY)
    if agent is not None and agent.start < m.end() and agent.party in CONTROLLERS:
        controller, inferred = agent.party, False
    else:
        controller, inferred = _controller_from_context(s, objects, s.places[objects[-1]].end, t.text)
    if controller is None:
        return True
    qend = s.quote_end(s.places[objects[-1]].end)
    if s.suppressed(t.start, t.start, qend):
        return True
    for i in objects:
        out.append(_Event(i, controller, "captured", t.start, qend, t.text, inferred))
    return True


# a party word standing as the agent noun: "under the control of the state", "held by the regime"
# (not a modifier: "the state media", "the regime forces" are read as actors or nothing)
_PARTY_WORD_END = r"(?=\s*(?:[,.;:)]|$|\s+(?:on|in|since|for|after|and|until|by|as|at|from|with)\b))"


def _party_as_agent(s: _Sentence, pos: int) -> _Actor | None:
    m = compile_regex(rf"\s+(?:the\s+)?(?P<adj>{s.g.adjective_alt}){_PARTY_WORD_END}", re.IGNORECASE).match(s.text, pos)
    party = s.party_of_adjective(m.group("adj")) if m else None
    return _Actor(m.start("adj"), m.end("adj"), party) if party else None


def _place_then_agent(s: _Sentence, t: _Trigger, out: list[_Event], event: str) -> None:
    """PLACES v AGENT: fall_to (captured) and held_by (held)."""
    agent = s.actor_at(t.end) or _party_as_agent(s, t.end)
    if agent is None or agent.party not in CONTROLLERS:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, agent.end):
        return
    qstart = s.places[subjects[0]].start
    if event == "held" and s.g.change_prefix.search(s.text[max(0, t.start - 30) : t.start]):
        event = "captured"  # "was brought under the control of the army": a change of hands
    aside = event == "held" and "," in s.text[s.places[subjects[-1]].end : t.start]
    for i in subjects:
        out.append(_Event(i, agent.party, event, qstart, agent.end, t.text, False, aside))


def _place_then_party(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACES change_to|slip_from PARTY control|hands; PLACES under PARTY control / in PARTY hands."""
    if kind in ("under", "hands"):
        m = (s.g.under_control if kind == "under" else s.g.in_hands).match(s.text, t.start)
        party = s.party_of_adjective(m.group("adj")) if m else None
        if m and m.group("adj").lower() in ("their", "its"):
            # "X and Y are still in their hands": the side the sentence before named
            party = s.context_party if s.context_party in CONTROLLERS else None
        end = t.end
        inferred = False
        # "came under government control", "is back in government hands": a change of hands
        changed = s.g.change_prefix.search(s.text[max(0, t.start - 30) : t.start])
        event = "captured" if changed else "held"
    else:
        m = re.match(
            rf"\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm|sole)\s+)?(?P<adj>{s.g.adjective_alt})"
            rf"(?:['’]s)?\s+(?:control|rule|authority|hands)\b",
            s.text[t.end :],
            re.IGNORECASE,
        )
        if m:
            party = s.party_of_adjective(m.group("adj"))
            end = t.end + m.end()
        elif kind == "slip_from" and (loser := s.actor_at(t.end)) is not None and loser.party in CONTROLLERS:
            party, end = loser.party, loser.end  # "was wrested from the rebels"
        else:
            return
        inferred = kind == "slip_from"
        if inferred and party is not None:
            party = s.opponent(party)
        event = "captured"
    if party is None:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        # "Areas that came under GoS control this week include X and Y", "districts under rebel
        # control are X and Y": the list after the clause
        if kind in ("under", "hands", "change_to") and (
            _PLACE_NOUN_BEFORE_CLAUSE.search(s.text[: t.start]) or re.match(r"\s*:", s.text[end:])
        ):
            after = _PARTICIPLE_LIST_VERB.match(s.text, end)
            objects = s.objects_after(after.end()) if after else []
            if objects and not s.suppressed(t.start, t.start, end):
                qend = s.quote_end(s.places[objects[-1]].end)
                for i in objects:
                    out.append(_Event(i, party, event, t.start, qend, t.text, inferred))
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, end):
        return
    qstart = s.places[subjects[0]].start
    aside = event == "held" and "," in s.text[s.places[subjects[-1]].end : t.start]
    for i in subjects:
        out.append(_Event(i, party, event, qstart, end, t.text, inferred, aside))


def _expel(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """SUBJECT v LOSER out of|from PLACES ("troops drove the rebels out of Sakhour")."""
    if _BE_AUX.search(s.text[max(0, t.start - 40) : t.start]):
        return  # "rebels were driven out of X" is a loss (see the loss verbs)
    m = re.match(r"\s+((?:[\w'’\-]+\s+){1,5}?)(?:out\s+of|from)\b", s.text[t.end :], re.IGNORECASE)
    if not m:
        return
    np_start, np_end = t.end + m.start(1), t.end + m.end(1)
    losers = [a for a in s.actors if np_start <= a.start and a.end <= np_end]
    if not losers:
        return  # "forced civilians out of X" is no change of control
    loser = losers[0]
    objects = s.objects_after(t.end + m.end())
    if not objects:
        return
    subj = s.subject_before(t.start)
    inferred = False
    if subj is not None and subj.party in CONTROLLERS and subj.party != loser.party:
        controller: str | None = subj.party
    else:
        controller, inferred = (s.opponent(loser.party) if loser.party in CONTROLLERS else None), True
    if controller is None:
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    qstart = s.subject_start(subj) if subj is not None and t.start - subj.end <= 80 else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


_PLACE_NOUN_HINT = compile_regex(rf"[A-Z][\w'’]*\s+{_PLACE_NOUN_RE}\b|\b{_PLACE_NOUN_RE}\s+(?:of|including|such\s+as)\b|\bincluding\b")
_POSSESSIVE_ACTOR_GAP = compile_regex(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}$")


def _nominal(s: _Sentence, t: _Trigger, out: list[_Event], loss: bool) -> None:
    """(AGENT's) capture|fall|loss of PLACES (by|to AGENT)."""
    objects = s.objects_after(t.end)
    if not objects:
        return
    last_end = s.places[objects[-1]].end
    qend = s.quote_end(last_end)
    if _MODAL_AFTER.match(s.text, qend):
        return  # "the fall of Sakhour would slice the enclave in half"
    by_agent = s.agent_after(last_end, _AGENT_BY)
    to_agent = s.agent_after(last_end, _TO)
    # possessive or supported subject before the nominal
    pre: _Actor | None = None
    for a in sorted(s.actors, key=lambda a: -a.end):
        if a.end > t.start:
            continue
        between = s.text[a.end : t.start]
        if _POSSESSIVE_ACTOR_GAP.match(between):
            pre = a
        elif len(between) <= 50 and s.g.nominal_support.search(between) and re.fullmatch(r"\)?[\w\s'’\-]*", between):
            pre = a
        break
    inferred = False
    controller: str | None = None
    qstart = pre.start if pre is not None else t.start
    winner = to_agent or (by_agent if not loss else None)
    if winner is not None and winner.party in CONTROLLERS:
        controller = winner.party
        qend = winner.end
    elif pre is not None and pre.party in CONTROLLERS:
        if loss:
            controller, inferred = s.opponent(pre.party), True
        elif "fall" not in t.text.lower():
            controller = pre.party
    if controller is None and not loss:
        controller, inferred = _controller_from_context(s, objects, last_end, "")
    elif controller is None and pre is None:
        # "rebel defences collapsed with the loss of Sakhour": the side's holder lost it
        controller, inferred = _taker_by_side(s, objects)
    if controller is None:
        return
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


# ---------------------------------------------------------------------------------------------
# public entry point




# a side that left a district between it and an entry verb is not the one entering
_LEAVING_KINDS = frozenset({"loss", "slip_from"})


def _completed_entry(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """SIDE entered PLACES, a completed entry or with the other side gone (:mod:`.entries`)."""
    objects = s.objects_after(t.end)
    if not objects:
        bare_entry(s, t, out)  # "rebels withdrew from X, and YPG fighters entered"
        return
    if not entry_is_taking(s, t, s.places[objects[-1]].end):
        return
    subj = s.subject_before(t.start, adjacent=False)
    if subj is None or subj.party not in CONTROLLERS:
        return  # no named side: "Reporters entered Sukkari after the rebels left"
    if s.blocked(subj.end, t.start, _LEAVING_KINDS):
        return  # "Rebels withdrew from X, and journalists entered the district": not the rebels' entry
    _active(s, t, out, "capture")


def _outweighed(s: _Sentence, e: _Event, events: list[_Event]) -> bool:
    """Is an inferred capture outweighed by a side named taking the same district? At the same
    mention any other side outweighs it; at another mention of the district ("Rebels withdrew from
    X, and YPG fighters entered the district") only a third side, since the loser taking it back
    is a second event ("Rebels lost X but recaptured it overnight")."""
    if e.event != "captured" or not e.inferred:
        return False
    name = s.places[e.place].neighbourhood.name
    third = {e.controller, s.opponent(e.controller)}
    return any(
        n.event == "captured" and not n.inferred and n.controller != e.controller
        and (n.place == e.place or (s.places[n.place].neighbourhood.name == name and n.controller not in third))
        for n in events
    )


def control_mentions(sentence: str, context_party: str | None | Callable[[], str | None] = None,
                     speaker_party: str | None = None) -> list[ControlMention]:
    """Control changes (``captured``) and stated control (``held``) of named districts.

    ``sentence`` is one sentence; the offsets of each mention are into it. Returns [] for text
    without a named neighbourhood or without a control statement. ``context_party`` is the
    party an "it"/"they" subject stands for when the sentence does not say (the caller passes
    the actor of the sentence before, see :func:`.actors.lead_party`; or a function giving it,
    called only if the sentence is read); ``speaker_party`` the side
    of the sentence's speaker or publication, whom "our forces" and "we" stand for
    (:mod:`.possessors`). See the module docstring for the rules.
    """
    if not sentence or not isinstance(sentence, str):
        return []
    if not find_places(sentence) and not _PLACE_NOUN_HINT.search(sentence):
        return []  # cheap test first: most sentences name no district
    places = sentence_places(sentence)
    if not places:  # (before the sentence's actors and triggers are read)
        return []
    s = _Sentence(sentence, _grammar(), context_party, speaker_party, places=places)
    if not s.places:
        return []
    events: list[_Event] = []
    own_exceptions: set[int] = set()  # the events excepted_holdings made
    # modifiers first: they feed the controller of agentless passives elsewhere in the sentence
    for t in s.triggers:
        if t.kind == "held_adjective":
            held_adjective(s, t, events)
        elif t.kind == "party_noun":
            party_noun(s, t, events)
    for t in s.triggers:
        kind = t.kind
        before = len(events)
        if kind in ("capture", "hold", "loss") and excepted_holdings(s, t, events, kind):
            own_exceptions.update(range(before, len(events)))
            continue  # "the army controls all of the east apart from X and Y": X and Y are the rebels'
        if kind == "capture":
            if _participle_list(s, t, events):
                continue
            if not _passive_capture(s, t, events):
                _active(s, t, events, "capture")
        elif kind == "advance":
            _completed_entry(s, t, events)
        elif kind == "move_in":
            moved_in(s, t, events)
        elif kind == "hold_out":
            where_holding_out(s, t, events)
        elif kind == "holding_list":
            holding_list(s, t, events)
        elif kind == "hold" and s.dated_taking(t):
            _active(s, t, events, "capture")  # "the YPG on Sunday also occupied X": a taking
        elif kind in ("loss", "hold"):
            _active(s, t, events, kind)
        elif kind == "fall_to":
            _place_then_agent(s, t, events, "captured")
        elif kind == "held_by":
            _place_then_agent(s, t, events, "held")
        elif kind in ("change_to", "slip_from", "under", "hands"):
            _place_then_party(s, t, events, kind)
        elif kind == "expel":
            _expel(s, t, events)
        elif kind == "nominal_capture":
            _nominal(s, t, events, loss=False)
        elif kind == "nominal_loss":
            _nominal(s, t, events, loss=True)
        elif kind == "fall":
            _fall(s, t, events)
    described_pocket(s, events)  # "the rebel pocket, made up of A and B"
    confined_side(s, events)  # "cornering rebels in A and B"
    # a side named taking a district outweighs a taker inferred from the loser: "Rebels abandoned X
    # and Kurdish units moved in" is the Kurds' taking, not the government's
    # "Apart from X and Y, the whole east is under government control": X and Y are the rebels'
    events = invert_excepted(s, events, own_exceptions)
    events = [e for e in events if not _outweighed(s, e, events)]
    captured_places = {e.place for e in events if e.event == "captured"}
    out: list[ControlMention] = []
    seen: set[tuple[str, str, str, int]] = set()
    for e in sorted(events, key=lambda e: (s.places[e.place].start, e.qstart)):
        if e.event == "held" and e.place in captured_places:
            continue
        p = s.places[e.place]
        key = (p.neighbourhood.name, e.controller, e.event, e.place)
        if key in seen:
            continue
        seen.add(key)
        qstart, qend = min(e.qstart, p.start), max(e.qend, p.end)
        out.append(
            ControlMention(
                neighbourhood=p.neighbourhood.name,
                controller=e.controller,
                event=e.event,
                surface=p.surface,
                quote=sentence[qstart:qend],
                start=qstart,
                end=qend,
                trigger=e.trigger,
                inferred=e.inferred,
                in_gazetteer=p.neighbourhood.known,
                descriptive=e.descriptive,
            )
        )
    return out
