"""Control events, round 6: the forms seen failing on unseen reports, generalised, one table each.

Every sentence is made up. Cases are (input, expected, note) rows; the note is the test id.
Forms (mechanisms in ``newsfigures.territory`` and ``data/control_verbs.yaml``):

1. an object relative clause of holding, after one place or a list ("X, which the YPG has held
   since 2012"; "A and B, which the rebels still hold") (:mod:`.relatives`);
2. a list after a quantifier or a counted noun ("seized the remaining opposition-held districts
   in the east, including A, B and C");
3. a sequence is a list: "then", "later", "first" join the places of one verb ("recaptured A
   first, then B and C") (``list_gap``, ``list_separators``);
4. a party-held or party pocket or enclave of a list ("the militant-held pocket of A, B and C");
5. an intransitive fall in a relative or a subordinate clause ("X, which fell on Monday", "after
   the Old City fell on December 7"); a district split by the front line (no side in the
   gazetteer) fell to the government when the sentence or the one before speaks of its side;
6. withdrawal then entry: the entering side took the district ("Rebels withdrew from X, and YPG
   fighters entered"), bare "entered" read like "moved in" (:mod:`.entries`);
7. article context: "They captured X" takes the side of the sentence before, or of the headline
   (:func:`newsfigures.territory.actors.headline_party`);
8. weak spots: "back under state control" (government), "the army controls all of the east apart
   from X" (X held by rebels, :mod:`.exceptions`), "the last positions in X collapsed"
   (captured by the government), "the eastern third of X" (a partial object, no number).
"""

from __future__ import annotations

import re

from articles_factory import given_article
import pytest

from newsfigures.extract import extract_article
from newsfigures.territory.actors import headline_party
from newsfigures.territory.control import control_mentions

from control_case_helpers import G, K, R, _captured, _held, _id, _table, _triples  # noqa: F401


# ---------------------------------------------------------------------------------------------
# 1. object relative clauses of holding

OBJECT_RELATIVE_CASES = [
    ("Sheikh Maqsoud, which the YPG has held since 2012, was not part of the offensive.",
     _held(K, "Sheikh Maqsoud"), "which the YPG has held since 2012"),
    ("Bustan al-Qasr, which rebels had controlled for four years, was a key crossing point.",
     _held(R, "Bustan al-Qasr"), "past perfect had controlled for four years"),
    ("Masaken Hanano, which the opposition has controlled since 2012, was the first to go.",
     _held(R, "Masaken Hanano"), "the opposition has controlled"),
    ("Sheikh Maqsoud, a district that the YPG has controlled since 2012, lies north of the old city.",
     _held(K, "Sheikh Maqsoud"), "an apposition then that"),
    ("Tariq al-Bab, which rebels have held for years, came under heavy fire.",
     _held(R, "Tariq al-Bab"), "have held for years"),
    ("The army shelled Kalasa and Fardous, which the rebels still hold.",
     _held(R, "Kallaseh", "Fardous"), "a list of two before the relative"),
    ("Troops bombarded Sukkari, Mashhad and Fardous, which insurgents have controlled since 2012.",
     _held(R, "Sukkari", "Mashhad", "Fardous"), "a list of three before the relative"),
    ("Sheikh Maqsoud, which YPG units control, lies north.", _held(K, "Sheikh Maqsoud"),
     "a force noun after the actor"),
    ("Bustan al-Qasr, which rebels had controlled for four years, fell on Tuesday.",
     _captured(G, "Bustan al-Qasr"), "in a report of its fall the capture stands alone"),
    # not events
    ("Sukkari, which rebels hope to hold, is under fire.", set(), "an intended holding"),
    ("A district next to Sukkari that rebels abandoned was shelled.", set(), "a relative about the noun before"),
    ("Sukkari, which activists say is starving, was shelled.", set(), "a relative with no side"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(OBJECT_RELATIVE_CASES))
def test_an_object_relative_clause_states_who_holds_the_places_before_it(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 2. a list after a quantifier or a counted noun

QUANTIFIED_LIST_CASES = [
    ("The army seized the remaining opposition-held districts in the east, including Sukkari, Kalasa and "
     "Bustan al-Qasr.", _captured(G, "Sukkari", "Kallaseh", "Bustan al-Qasr"), "the remaining districts including"),
    ("Government forces liberated 12 quarters including Hanano, Jabal Badro and Sakhour.",
     _captured(G, "Masaken Hanano", "Jabal Badro", "Sakhour"), "a counted noun including"),
    ("Troops captured the last rebel-held neighbourhoods of the city, including Sukkari and Fardous.",
     _captured(G, "Sukkari", "Fardous"), "the last neighbourhoods of the city including"),
    ("Rebels lost the rest of their districts in the south, including Sheikh Saeed and Sukkari.",
     _captured(G, "Sheikh Saeed", "Sukkari"), "a loss of the rest including"),
    ("Syrian troops took several more districts on Monday, among them Tariq al-Bab and Haydariya.",
     _captured(G, "Tariq al-Bab", "Haydariyah"), "several more districts on a day among them"),
    ("Kurdish fighters seized two districts, including Bustan al-Basha and Ard al-Hamra.",
     _captured(K, "Bustan al-Basha", "Ard al-Hamra"), "a Kurdish taking of two districts"),
    ("Syrian troops seized a string of districts, such as Sukkari and Fardous.", _captured(G, "Sukkari", "Fardous"),
     "a string of districts such as"),
    ("The army retook another five districts on Wednesday, including Sukkari and Fardous.",
     _captured(G, "Sukkari", "Fardous"), "another five districts on a day including"),
    ("Regime forces have taken control of all districts east of the citadel, including Tariq al-Bab and Marjeh.",
     _captured(G, "Tariq al-Bab", "Marjeh"), "districts east of a landmark including"),
    ("The army took the neighbourhoods south of the Old City, such as Bab al-Hadid and Qadi Askar.",
     _captured(G, "Bab al-Hadid", "Qadi Askar"), "neighbourhoods south of a district such as"),
    ("Troops swept through the last opposition-held quarters, among them Mashhad and Ansari.",
     _captured(G, "Mashhad", "Ansari"), "the last quarters among them"),
    ("Troops captured the north of Hanano.", _captured(G, "Masaken Hanano"), "the north of a district is a part of it"),
    # not events
    ("The army took the districts east of Sukkari.", set(), "a place that locates the object"),
    ("Troops seized the area near Sukkari.", set(), "an area near a place"),
    ("Civilians fled the remaining districts in the east, including Sukkari and Kalasa.", set(),
     "people fleeing a list"),
    ("The army could seize the remaining districts, including Sukkari and Kalasa.", set(), "a possible taking"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(QUANTIFIED_LIST_CASES))
def test_a_list_after_a_quantifier_is_governed_by_the_verb(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 3. sequences: then, later, first

SEQUENCE_CASES = [
    ("Troops recaptured Hanano first, then the Old City and Sheikh Saeed.",
     _captured(G, "Masaken Hanano", "Old City", "Sheikh Saeed"), "first then a list of two"),
    ("Troops recaptured Hanano first, then Jabal Badro.", _captured(G, "Masaken Hanano", "Jabal Badro"),
     "first then one"),
    ("The army took Sakhour, then moved into Haydariya.", _captured(G, "Sakhour", "Haydariyah"),
     "then a second verb"),
    ("Pro-government militias seized Jabal Badro and then Tariq al-Bab.",
     _captured(G, "Jabal Badro", "Tariq al-Bab"), "and then"),
    ("The army took Sakhour on Sunday, then Haydariya on Monday.", _captured(G, "Sakhour", "Haydariyah"),
     "a day after each place"),
    ("Rebels lost Sakhour, then Haydariya and Sheikh Khodr.",
     _captured(G, "Sakhour", "Haydariyah", "Sheikh Khodr"), "a loss in sequence"),
    ("The YPG seized Bustan al-Basha and later Ard al-Hamra.", _captured(K, "Bustan al-Basha", "Ard al-Hamra"),
     "and later, a Kurdish taking"),
    ("Government troops seized Sheikh Saeed, and then Sukkari.", _captured(G, "Sheikh Saeed", "Sukkari"),
     "comma and then"),
    ("Rebels took Hanano in 2012 and finally Sakhour.", _captured(R, "Masaken Hanano", "Sakhour"),
     "and finally, a rebel taking"),
    ("Troops took Hanano on 26 November, then Sakhour on November 28.", _captured(G, "Masaken Hanano", "Sakhour"),
     "a date after each place"),
    ("Government troops took Masaken Hanano on Saturday, followed by Jabal Badro on Sunday.",
     _captured(G, "Masaken Hanano", "Jabal Badro"), "followed by"),
    ("The army took Hanano; then it took Sakhour.", _captured(G, "Masaken Hanano", "Sakhour"),
     "it in a later clause is the side of the earlier one"),
    ("Kurdish fighters pushed south and they took Bustan al-Basha on Monday.", _captured(K, "Bustan al-Basha"),
     "they after a Kurdish clause"),
    ("Troops retook Hanano, before seizing Jabal Badro and Sakhour on Sunday.",
     _captured(G, "Masaken Hanano", "Jabal Badro", "Sakhour"), "before a gerund"),
    ("The army took Hanano and went on to capture Sakhour.", _captured(G, "Masaken Hanano", "Sakhour"),
     "went on to capture"),
    # not events for the second place
    ("The army overran Sheikh Saeed before moving on to Sukkari.", _captured(G, "Sheikh Saeed"),
     "moving on to a district is an advance"),
    ("The army took Sakhour, then Haydariya residents fled.", _captured(G, "Sakhour"),
     "a place as a modifier after then"),
    ("The army took Sakhour, then rebels shelled Haydariya.", _captured(G, "Sakhour"),
     "another subject after then"),
    ("The army shelled Sakhour, then Haydariya.", set(), "a sequence of shelling"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(SEQUENCE_CASES))
def test_a_sequence_of_places_is_a_list_of_the_verb(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 4. the party-held pocket or enclave of A, B and C

POCKET_CASES = [
    ("The militant-held pocket of Sukkari, Fardous and Kalasa was under bombardment.",
     _held(R, "Sukkari", "Fardous", "Kallaseh"), "a militant-held pocket of three"),
    ("The rebel-held pocket of Sukkari and Mashhad shrank.", _held(R, "Sukkari", "Mashhad"),
     "a rebel-held pocket of two"),
    ("Troops shelled the opposition-controlled pockets of Sheikh Saeed and Fardous.",
     _held(R, "Sheikh Saeed", "Fardous"), "opposition-controlled pockets, plural"),
    ("The army now besieges the insurgent-held enclave of Bustan al-Qasr, Kalasa and Mashhad.",
     _held(R, "Bustan al-Qasr", "Kallaseh", "Mashhad"), "an insurgent-held enclave"),
    ("The rebels are confined to a handful of districts including Sukkari, Mashhad and parts of Salah al-Din.",
     _held(R, "Sukkari", "Mashhad", "Salaheddine"), "confined to a handful of districts and parts of"),
    ("The rebel enclave of Sukkari, Kalasa and Bustan al-Qasr shrank further.",
     _held(R, "Sukkari", "Kallaseh", "Bustan al-Qasr"), "the rebel enclave of"),
    ("Rebel fighters are squeezed into a pocket including Sukkari and Mashhad.", _held(R, "Sukkari", "Mashhad"),
     "squeezed into a pocket including"),
    ("The remaining rebel pocket, made up of Sukkari, Mashhad and Ansari, is under siege.",
     _held(R, "Sukkari", "Mashhad", "Ansari"), "a pocket made up of, in apposition"),
    ("The jihadist-held enclave, comprising Sukkari and Fardous, shrank.", _held(R, "Sukkari", "Fardous"),
     "a jihadist-held enclave comprising"),
    ("Rebels are holed up in a small pocket comprising Sukkari, Mashhad and Ansari.",
     _held(R, "Sukkari", "Mashhad", "Ansari"), "holed up in a pocket comprising"),
    # not events
    ("Aid reached the former rebel pocket of Hanano.", set(), "a former pocket"),
    ("A pocket near Sukkari was shelled.", set(), "a pocket near a place"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(POCKET_CASES))
def test_a_party_pocket_of_a_list_is_held_by_the_party(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 5. intransitive falls in relative and subordinate clauses

FALL_CASES = [
    ("After Hanano fell on November 26, residents fled.", _captured(G, "Masaken Hanano"), "after X fell on a date"),
    ("Tariq al-Bab, which fell on Monday, had been a rebel stronghold.", _captured(G, "Tariq al-Bab"),
     "which fell on a day"),
    ("Sheikh Saeed, which fell on Monday, was the last southern district.", _captured(G, "Sheikh Saeed"),
     "which fell, another district"),
    ("Sukkari, which has fallen, was once a market district.", _captured(G, "Sukkari"), "which has fallen"),
    ("Hanano, a district that fell on Saturday, was the first to go.", _captured(G, "Masaken Hanano"),
     "a district that fell"),
    ("When Hanano fell, thousands fled west.", _captured(G, "Masaken Hanano"), "when X fell"),
    ("Since Sakhour fell last week, the enclave has shrunk.", _captured(G, "Sakhour"), "since X fell"),
    ("Once Sukkari had fallen, the enclave split.", _captured(G, "Sukkari"), "once X had fallen"),
    ("By the time Kalasa fell on Tuesday, thousands had fled.", _captured(G, "Kallaseh"), "by the time X fell"),
    ("Residents fled after the army pressed on and the Old City fell on December 7.", _captured(G, "Old City"),
     "a split district falls in a sentence of the government side"),
    # not events
    ("Residents fled after the Old City fell on Wednesday.", set(),
     "a split district with no side named gives nothing by itself"),
    ("A building in the Old City collapsed.", set(), "a building collapsed"),
    ("The Old City fell silent.", set(), "fell silent"),
    ("Sukkari, which could fall on Monday, is under fire.", set(), "a possible fall"),
    ("Dahiyat al-Assad, which fell on Friday, lies west.", set(), "an outskirt of no side"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(FALL_CASES))
def test_a_fall_in_a_clause_is_taken_by_the_holders_opponent(sentence, expected, note):
    assert _triples(sentence) == expected


SPLIT_FALL_CASES = [
    ("Residents fled after the Old City fell on Wednesday.", G, _captured(G, "Old City"),
     "the sentence before speaks of the government"),
    ("The Old City fell on December 7.", G, _captured(G, "Old City"), "a date after the fall"),
    ("Salah al-Din fell on Thursday.", G, _captured(G, "Salaheddine"), "another split district"),
    ("The Old City fell on December 7.", R, set(), "a rebel taking of a split district must be named"),
    ("The Old City fell on December 7.", None, set(), "no context"),
]


@pytest.mark.parametrize("sentence,context,expected,note", _table(SPLIT_FALL_CASES))
def test_a_split_district_falls_to_the_government_only_in_its_context(sentence, context, expected, note):
    assert _triples(sentence, context) == expected


# ---------------------------------------------------------------------------------------------
# 6. withdrawal then entry

ENTRY_CASES = [
    ("Gangs withdrew from Bustan al-Basha, and YPG fighters entered.", _captured(K, "Bustan al-Basha"),
     "bare entered after a withdrawal"),
    ("Militants withdrew from Ard al-Hamra, and Kurdish fighters entered the district.",
     _captured(K, "Ard al-Hamra"), "entered the district after a withdrawal"),
    ("Rebels withdrew from Jabal Badro before YPG units moved in.", _captured(K, "Jabal Badro"),
     "a force noun after the actor that moved in"),
    ("Rebel fighters retreated from Sheikh Khodr on Sunday and Kurdish forces entered hours later.",
     _captured(K, "Sheikh Khodr"), "entered hours later"),
    ("Insurgents left Ain al-Tal and the YPG entered it on Monday.", _captured(K, "Ain al-Tal"), "entered it"),
    ("Rebels pulled out of Haydariya and the army moved in.", _captured(G, "Haydariyah"),
     "the army moved in"),
    ("The opposition abandoned Sakhour and government troops entered.", _captured(G, "Sakhour"),
     "government troops entered"),
    ("Rebels withdrew from Hanano and the army entered on Saturday.", _captured(G, "Masaken Hanano"),
     "entered on a day"),
    ("Rebels evacuated Bustan al-Basha and YPG fighters took over.", _captured(K, "Bustan al-Basha"),
     "took over with no object"),
    ("The militants abandoned Ard al-Hamra, and the Kurds took over on Sunday.", _captured(K, "Ard al-Hamra"),
     "took over on a day"),
    # the withdrawal alone, or no side entering
    ("Rebels left Sukkari and journalists took over.", set(), "journalists took over"),
    ("The army took over.", set(), "took over with no district left"),
    ("Rebels withdrew from Sakhour and aid workers entered.", _captured(G, "Sakhour"), "aid workers entered"),
    ("Rebels withdrew from Sakhour, and journalists entered the district.", _captured(G, "Sakhour"),
     "journalists entered the district are not the rebels"),
    ("Reporters entered Sukkari after the rebels left.", set(), "reporters entered"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(ENTRY_CASES))
def test_the_side_entering_after_a_withdrawal_took_the_district(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 7. article context: the sentence before, or the headline

def _events(body: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(e.neighbourhood, e.controller, e.event) for e in extract_article(given_article(body, title=title)).events}


CONTEXT_CASES = [
    ("Government forces pressed on. They captured Sakhour on Monday.", "", {("Sakhour", G, "captured")},
     "they after a government sentence"),
    ("Government forces pressed on through the east. On Monday they captured Sakhour.", "",
     {("Sakhour", G, "captured")}, "a day before they"),
    ("The army pressed its offensive. Sakhour was captured on Monday.", "", {("Sakhour", G, "captured")},
     "an agentless passive after the army"),
    ("Kurdish fighters pressed on. They took Bustan al-Basha on Monday.", "", {("Bustan al-Basha", K, "captured")},
     "they after a Kurdish sentence"),
    ("Fighting raged overnight. They captured Sakhour on Monday.", "Syrian army captures key district of Aleppo",
     {("Sakhour", G, "captured")}, "a headline actor with a capture verb"),
    ("They captured Sakhour on Monday, a monitor said.", "Syrian troops advance in eastern Aleppo",
     {("Sakhour", G, "captured")}, "a headline actor with a headline verb"),
    ("Residents fled. The Old City fell on Wednesday.", "Syrian army retakes Aleppo's Old City",
     {("Old City", G, "captured")}, "a split district after a government headline"),
    ("Rebels counter-attacked. They took back Sakhour on Tuesday.", "Syrian army captures Aleppo district",
     {("Sakhour", R, "captured")}, "the sentence before outweighs the headline"),
    # no side
    ("It was a cold day. They captured Sakhour on Monday.", "", set(), "no side anywhere"),
    ("Residents fled. The Old City fell on Wednesday.", "Aleppo opposition pocket shrinks as Old City falls",
     set(), "an adjective side in the headline is no subject"),
]


@pytest.mark.parametrize("body,title,expected,note", _table(CONTEXT_CASES))
def test_a_pronoun_or_a_fall_takes_the_side_of_the_article_context(body, title, expected, note):
    assert _events(body, title) == expected


HEADLINE_CASES = [
    ("Syrian army captures key district of Aleppo", G, "a capture verb"),
    ("Syrian troops advance in eastern Aleppo", G, "a headline verb"),
    ("Regime forces press deeper into rebel-held Aleppo", G, "press deeper"),
    ("Kurdish fighters seize Aleppo district", K, "a Kurdish subject"),
    ("Rebels lose more ground in Aleppo", R, "a loss verb"),
    ("Aleppo opposition pocket shrinks as Old City falls", None, "an adjective side"),
    ("Life in rebel-held Aleppo", None, "a held adjective"),
    ("", None, "no headline"),
]


@pytest.mark.parametrize("title,expected,note", _table(HEADLINE_CASES))
def test_a_headline_names_a_side_only_as_its_subject(title, expected, note):
    assert headline_party(title) == expected


# ---------------------------------------------------------------------------------------------
# 8. weak spots

WEAK_SPOT_CASES = [
    ("Hanano is back under state control.", _captured(G, "Masaken Hanano"), "back under state control"),
    ("Rebels said Hanano is back under state control.", _captured(G, "Masaken Hanano"),
     "back under state control said by rebels"),
    ("Opposition fighters withdrew and Sakhour is now back under state control.", _captured(G, "Sakhour"),
     "back under state control after a rebel withdrawal"),
    ("Sakhour has returned to the control of the Syrian state.", _captured(G, "Sakhour"), "the Syrian state"),
    ("The army controls all of the east apart from Sukkari and Mashhad.", _held(R, "Sukkari", "Mashhad"),
     "apart from after all of the east"),
    ("Government forces now hold all of eastern Aleppo except Sukkari and Fardous.", _held(R, "Sukkari", "Fardous"),
     "except after hold all"),
    ("Troops have retaken nearly all of the east except the districts of Sukkari, Kalasa and Bustan al-Qasr.",
     _held(R, "Sukkari", "Kallaseh", "Bustan al-Qasr"), "nearly all except the districts of"),
    ("Rebels have lost everything east of the citadel apart from Sheikh Saeed.", _held(R, "Sheikh Saeed"),
     "a loser keeps what is excepted"),
    ("Regime forces have seized the whole of the east, except for Mashhad and Ansari.", _held(R, "Mashhad", "Ansari"),
     "the whole except for"),
    ("Government troops control most of the city, with the exception of Sukkari and Fardous.",
     _held(R, "Sukkari", "Fardous"), "with the exception of"),
    ("Apart from Sukkari and Mashhad, the whole east is under government control.", _held(R, "Sukkari", "Mashhad"),
     "a fronted exception before under control"),
    ("Except for Sukkari, all of eastern Aleppo has fallen to the army.", _held(R, "Sukkari"),
     "a fronted exception before fallen to"),
    ("All districts except Sukkari and Fardous fell to the army on Monday.", _held(R, "Sukkari", "Fardous"),
     "an exception inside the subject"),
    ("Rebels hold nothing but Sukkari and Mashhad.", _held(R, "Sukkari", "Mashhad"), "nothing but"),
    ("The last positions in Sheikh Saeed collapsed on Monday.", _captured(G, "Sheikh Saeed"),
     "the last positions in X collapsed"),
    ("The last rebel positions in Sheikh Saeed collapsed on Monday.", _captured(G, "Sheikh Saeed"),
     "the last rebel positions"),
    ("Rebel defences in Sakhour collapsed.", _captured(G, "Sakhour"), "rebel defences collapsed"),
    ("Rebel lines in Hanano crumbled overnight.", _captured(G, "Masaken Hanano"), "rebel lines crumbled"),
    ("Opposition resistance in Tariq al-Bab collapsed on Sunday.", _captured(G, "Tariq al-Bab"),
     "opposition resistance collapsed"),
    ("Rebels now hold only the eastern third of Sukkari.", _held(R, "Sukkari"), "the eastern third is a partial object"),
    # not events
    ("The army could take all of the east except Sukkari.", set(), "a possible taking with an exception"),
    ("The army controls all of the east apart from a sliver near Sukkari.", set(), "no district after the marker"),
    ("Civilians have fled all districts except Sukkari.", set(), "people fleeing"),
    ("A building in Sukkari collapsed.", set(), "a building collapsed"),
    ("A bridge in Sukkari collapsed after an air strike.", set(), "a bridge collapsed"),
    ("Rebel defences in Sakhour could collapse.", set(), "a possible collapse"),
    ("Sakhour crumbled under the bombardment.", set(), "crumbled with a district as subject"),
    ("The UN called for the evacuation of 200 wounded from Sukkari.", set(), "a call for an evacuation"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(WEAK_SPOT_CASES))
def test_weak_spots_read_as_the_report_means(sentence, expected, note):
    assert _triples(sentence) == expected


def test_the_eastern_third_is_no_count_of_three():
    body = "Syrian troops pressed on in Aleppo. Rebels now hold only the eastern third of Sukkari."
    claims = extract_article(given_article(body)).claims
    assert not [c for c in claims if c.value_low == 3]
