"""Control events, round 7: stated holdings in descriptions of the pocket, and lists after
"including" under a capture verb; the forms seen failing on unseen reports, one table each.

Every sentence is made up. Cases are (input, expected, note) rows; the note is the test id.
Forms (mechanisms in ``newsfigures.territory`` and ``data/control_verbs.yaml``):

1. a side's holding described by its members: "a shrinking pocket in the south of the former rebel
   sector, including the districts of A, B and C", "What is left of opposition Aleppo is a
   patchwork of ... neighborhoods, among them A", "the rebel pocket, a handful of streets in A"
   (:func:`newsfigures.territory.pockets.described_pocket`);
2. a side confined to places, as object ("cornering rebels in A and part of B") or as the subject
   of a passive ("rebels have been pushed into an area ..., made up of A") (:func:`.pockets.confined_side`);
3. a list before an appositive contact relative ("A, B and C, the three neighbourhoods the
   opposition still controls") (:mod:`.relatives`);
4. a list after "including" when the capture verb's object is a share, a count or what remained
   of a holding (:mod:`.members_of_ground`);
5. "X and other districts retaken by AGENT": the participle's noun holds X;
6. "the small neighbourhood of B" (B kept as written when the gazetteer lacks it);
7. a pronoun subject of a relative clause ("the nearby area of B, which they took");
8. a place after "south/north/east/west of" locates the object, for every capture verb;
9. a party word as the agent ("under the control of the state").
"""

from __future__ import annotations

import re

import pytest

from newsfigures.territory.control import control_mentions

from control_case_helpers import G, K, R, _captured, _held, _id, _table, _triples  # noqa: F401


# ---------------------------------------------------------------------------------------------
# 1. a side's holding described by its members

DESCRIBED_POCKET_CASES = [
    ("A shrinking pocket in the south of the former rebel sector, including the districts of Sukkari, Mashhad "
     "and Fardous, was shelled on Monday.", _held(R, "Sukkari", "Mashhad", "Fardous"),
     "a pocket in a former rebel sector including the districts of"),
    ("Civilians are trapped in a dwindling enclave in the east of the opposition sector, including Kalasa and "
     "Bustan al-Qasr.", _held(R, "Kallaseh", "Bustan al-Qasr"), "an enclave in the opposition sector including"),
    ("The rebel enclave, made up of Sukkari, Ansari and Zebdiyeh, shrank again.",
     _held(R, "Sukkari", "Ansari", "Zebdiyeh"), "the rebel enclave made up of"),
    ("Aid cannot reach the opposition-held pocket, consisting of Sheikh Saeed and Sukkari.",
     _held(R, "Sheikh Saeed", "Sukkari"), "an opposition-held pocket consisting of"),
    ("The jihadist area, which includes Fardous and Mashhad, was bombed overnight.", _held(R, "Fardous", "Mashhad"),
     "a jihadist area which includes"),
    ("Residents described the Kurdish enclave, including Sheikh Maqsoud and Bani Zaid, as calm.",
     _held(K, "Sheikh Maqsoud", "Bani Zaid"), "a Kurdish enclave including"),
    ("They crossed into the government-held west, including Hamdaniya and Jamiliyah.",
     _held(G, "Hamdaniyah", "Jamiliyah"), "the government-held west including"),
    ("What is left of opposition Aleppo is a patchwork of about a dozen neighborhoods, among them Sukkari, "
     "Mashhad and Fardous.", _held(R, "Sukkari", "Mashhad", "Fardous"), "what is left of opposition Aleppo among them"),
    ("What remains of the rebel east is now a cluster of districts, among them Kalasa and Ansari.",
     _held(R, "Kallaseh", "Ansari"), "what remains of the rebel east"),
    ("Shells fell on the rebel pocket, a handful of streets in Sukkari, Mashhad and Fardous.",
     _held(R, "Sukkari", "Mashhad", "Fardous"), "the rebel pocket a handful of streets in"),
    ("The militant enclave, a few square kilometres in Sheikh Saeed and Sukkari, is besieged.",
     _held(R, "Sheikh Saeed", "Sukkari"), "the militant enclave a few square kilometres in"),
    ("The insurgent pocket, comprising Zebdiyeh and Bustan al-Qasr, was hit by airstrikes on 12 December.",
     _held(R, "Zebdiyeh", "Bustan al-Qasr"), "an insurgent pocket comprising with a date"),
    ("Fighting raged around the rebels' last pocket, including Mashhad and Ansari.", _held(R, "Mashhad", "Ansari"),
     "the rebels' last pocket"),
    # not events, or another answer
    ("Aid reached the former rebel pocket, including Hanano and Sakhour.", set(), "a former pocket"),
    ("A pocket near Sukkari, including Mashhad, was shelled.", set(), "a place inside the phrase locates it"),
    ("Troops captured what remained of the rebel pocket, including Sukkari and Mashhad.",
     _captured(G, "Sukkari", "Mashhad"), "a pocket the capture verb governs is captured"),
    ("Civilians left the rebel pocket, a day after troops arrived in Sukkari.", set(),
     "an apposition that is not ground"),
    ("A pocket of civilians, including children from Sukkari, reached the west.", set(), "a pocket of people"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(DESCRIBED_POCKET_CASES))
def test_a_sides_pocket_described_by_its_members_is_held_by_the_side(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 2. a side confined to places

CONFINED_CASES = [
    ("Rebels have been pushed into an area of little more than three square miles, made up of Sukkari, Mashhad, "
     "Ansari, Fardous and parts of Salah al-Din.", _held(R, "Sukkari", "Mashhad", "Ansari", "Fardous", "Salaheddine"),
     "pushed into an area made up of and parts of"),
    ("The rebels were squeezed into a small area of the southeast, comprising Kalasa and Bustan al-Qasr.",
     _held(R, "Kallaseh", "Bustan al-Qasr"), "squeezed into an area of the southeast comprising"),
    ("Opposition fighters have been driven into a sliver of ground, consisting of Zebdiyeh and Sukkari.",
     _held(R, "Zebdiyeh", "Sukkari"), "driven into a sliver consisting of"),
    ("The army advanced, cornering rebels in Sukkari, Mashhad and part of Fardous.",
     _held(R, "Sukkari", "Mashhad", "Fardous"), "cornering rebels in and part of"),
    ("The offensive ended by trapping the rebels in Sheikh Saeed and Sukkari.", _held(R, "Sheikh Saeed", "Sukkari"),
     "trapping the rebels in"),
    ("The advance left the rebels holed up in Ansari and Mashhad.", _held(R, "Ansari", "Mashhad"),
     "leaving the rebels holed up in"),
    ("Government troops cornered the remaining militants in Zebdiyeh on Tuesday.", _held(R, "Zebdiyeh"),
     "cornered the remaining militants in with a day"),
    ("Rebels surrounded Kurdish fighters in Sheikh Maqsoud.", _held(K, "Sheikh Maqsoud"), "a Kurdish side cornered"),
    ("Insurgents are now trapped in Kalasa and Fardous.", _held(R, "Kallaseh", "Fardous"), "trapped in, no agent"),
    ("Rebels cornered in Bustan al-Qasr fought on.", _held(R, "Bustan al-Qasr"), "a reduced passive of cornering"),
    ("Troops have boxed in the rebels in Sukkari and Ansari.", _held(R, "Sukkari", "Ansari"), "a verb with a particle"),
    ("The army pushed back rebels to Sukkari after they attacked Hamdaniya.", _held(R, "Sukkari"),
     "pushed back rebels to a district"),
    ("Aid trucks were trapped in Sukkari.", set(), "things trapped, no side"),
    ("The army pushed the rebels into a pocket made up of Sukkari and Fardous.", _held(R, "Sukkari", "Fardous"),
     "pushed the rebels into a pocket made up of"),
    ("Government troops squeezed the insurgents into Sukkari and Kalasa on Monday.", _held(R, "Sukkari", "Kallaseh"),
     "squeezed the insurgents into with a day"),
    # not events
    ("Government troops pushed into Sukkari.", set(), "an active push is an advance"),
    ("Rebels were driven out of Sukkari.", _captured(G, "Sukkari"), "driven out is a loss, not a confinement"),
    ("Rebels were forced to withdraw from Mashhad.", _captured(G, "Mashhad"), "forced to withdraw is a loss"),
    ("The army trapped civilians in Sukkari.", set(), "people who are no side"),
    ("Rebels could be trapped in Sukkari within days.", set(), "a possible confinement"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(CONFINED_CASES))
def test_a_side_confined_to_places_holds_them(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 3. a list before an appositive contact relative

APPOSITIVE_RELATIVE_CASES = [
    ("Sukkari, Mashhad, Ansari and Fardous, the four neighborhoods the opposition still controls, were shelled.",
     _held(R, "Sukkari", "Mashhad", "Ansari", "Fardous"), "four neighborhoods the opposition still controls"),
    ("Kalasa and Bustan al-Qasr, the two districts rebels hold, lie on the front.", _held(R, "Kallaseh", "Bustan al-Qasr"),
     "two districts rebels hold"),
    ("Sheikh Maqsoud and Bani Zaid, the districts the YPG controls, were quiet.",
     _held(K, "Sheikh Maqsoud", "Bani Zaid"), "the districts the YPG controls"),
    ("Sukkari and Fardous, the last neighbourhoods that the militants still hold, were bombed.",
     _held(R, "Sukkari", "Fardous"), "that the militants still hold"),
    ("Hanano, Sakhour and Haydariya, the districts the army has taken, are empty.",
     _captured(G, "Masaken Hanano", "Sakhour", "Haydariyah"), "the districts the army has taken"),
    # not events
    ("Sukkari and Fardous, the districts rebels hope to hold, were shelled.", set(), "an intended holding"),
    ("Residents near Sukkari and Fardous said rebels still hold the area.", set(), "no appositive head"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(APPOSITIVE_RELATIVE_CASES))
def test_a_list_before_an_appositive_relative_is_the_clauses_object(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 4. a list after "including" when the verb's object is a share, a count or what remained

SHARE_MEMBERS_CASES = [
    ("Government forces retook more than 90 percent of the militant-held eastern districts within a month, "
     "including the strategic neighborhoods of Sukkari, Mashhad and Fardous.",
     _captured(G, "Sukkari", "Mashhad", "Fardous"), "a share within a month including the strategic neighborhoods of"),
    ("Troops captured what remained of the opposition's territory in the east, including Sukkari and Mashhad.",
     _captured(G, "Sukkari", "Mashhad"), "what remained of the opposition's territory in the east"),
    ("The army has recaptured about 85 per cent of the rebel-held east since mid-November, among them Hanano and "
     "Sakhour.", _captured(G, "Masaken Hanano", "Sakhour"), "per cent since mid-November among them"),
    ("Rebels lost nearly two-thirds of their territory in the east over three weeks, including Sheikh Saeed.",
     _captured(G, "Sheikh Saeed"), "a loss of a share over three weeks"),
    ("Kurdish fighters seized a dozen districts on the northern edge of the city last week, including Bustan al-Basha.",
     _captured(K, "Bustan al-Basha"), "a Kurdish taking of a dozen districts"),
    ("Regime forces have taken control of most of the eastern neighbourhoods in recent days, such as Tariq al-Bab.",
     _captured(G, "Tariq al-Bab"), "most of the eastern neighbourhoods in recent days such as"),
    ("The army retook large parts of the besieged east in just under a month, including Kalasa.",
     _captured(G, "Kallaseh"), "parts of the besieged east in under a month"),
    ("The rebels have lost 60 percent of the area they held in the city in the past two weeks, including Hanano.",
     _captured(G, "Masaken Hanano"), "a relative clause of holding on the ground noun"),
    ("The army has taken back roughly three-quarters of the east in a matter of weeks, including Hanano.",
     _captured(G, "Masaken Hanano"), "three-quarters of the east in a matter of weeks"),
    ("The YPG captured two neighbourhoods from rebels in the north of the city on Sunday, including Bustan al-Basha.",
     _captured(K, "Bustan al-Basha"), "a Kurdish count from rebels on a day"),
    # not events, or another answer
    ("The rebels hold 10 percent of the area they held in 2015, including Hanano.", _held(R, "Masaken Hanano"),
     "a holding of a share stays a holding"),
    ("Troops shelled more than 90 percent of the eastern districts over a month, including Sukkari.", set(),
     "shelling is no capture"),
    ("The army retook the hill, a key position over the districts, including Sukkari.", set(),
     "a comma inside the stretch"),
    ("Troops captured a hill overlooking the east, and rebels fled districts including Sukkari.", set(),
     "another clause before the list"),
    ("The army hopes to retake more than half of the eastern districts within a month, including Sukkari.", set(),
     "an intended taking"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(SHARE_MEMBERS_CASES))
def test_a_list_after_a_share_or_count_is_governed_by_the_verb(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 5. "X and other districts retaken by AGENT"

OTHER_DISTRICTS_CASES = [
    ("Families returned to their homes in Sukkari and other districts retaken by government forces.",
     _captured(G, "Sukkari"), "homes in X and other districts retaken by"),
    ("Residents of Hanano, Sakhour and other neighbourhoods recaptured by the army went back.",
     _captured(G, "Masaken Hanano", "Sakhour"), "a list and other neighbourhoods recaptured"),
    ("People went back to Bustan al-Basha and nearby areas seized by Kurdish fighters.",
     _captured(K, "Bustan al-Basha"), "nearby areas seized by Kurdish fighters"),
    ("Aid reached Kalasa and neighbouring districts recently retaken by troops.", _captured(G, "Kallaseh"),
     "neighbouring districts recently retaken"),
    # not events
    ("Families from Sukkari were freed by the army.", set(), "people from a place freed"),
    ("Families from Sukkari were taken to shelters by the army.", set(), "people taken somewhere"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(OTHER_DISTRICTS_CASES))
def test_a_place_coordinated_with_other_districts_is_the_participles_subject(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 6. the small neighbourhood of B

SMALL_NEIGHBOURHOOD_CASES = [
    ("Troops entered parts of Sukkari and the small neighbourhood of Bab al-Dahab on Saturday.",
     _captured(G, "Sukkari", "Bab al-Dahab"), "entered parts of A and the small neighbourhood of B"),
    ("Troops captured the small neighbourhood of Bab al-Dahab on Saturday.", _captured(G, "Bab al-Dahab"),
     "captured the small neighbourhood of B"),
    ("Kurdish fighters took Bustan al-Basha and the tiny district of Hayy Jedida.",
     _captured(K, "Bustan al-Basha", "Hayy Jedida"), "a Kurdish taking of the tiny district of B"),
    # not events
    ("Troops shelled the small neighbourhood of Bab al-Dahab.", set(), "shelling"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(SMALL_NEIGHBOURHOOD_CASES))
def test_a_small_neighbourhood_of_a_name_is_a_listed_place(sentence, expected, note):
    assert _triples(sentence) == expected


def test_a_small_neighbourhood_the_gazetteer_lacks_is_kept_as_written():
    mentions = control_mentions("Troops entered parts of Sukkari and the small neighbourhood of Bab al-Dahab on Saturday.")
    unlisted = [m for m in mentions if not m.in_gazetteer]
    assert [(m.neighbourhood, m.surface) for m in unlisted] == [("Bab al-Dahab", "Bab al-Dahab")]


# ---------------------------------------------------------------------------------------------
# 7. a pronoun subject of a relative clause

PRONOUN_RELATIVE_CASES = [
    ("Troops pressed on toward the nearby area of Sakhour, which they took in late November.", None,
     _captured(G, "Sakhour"), "the sentence's subject side"),
    ("They shelled the nearby area of Sakhour, which they took in late November.", G, _captured(G, "Sakhour"),
     "the sentence before's side"),
    ("The YPG reinforced Sheikh Maqsoud, which it has held since 2012.", None, _held(K, "Sheikh Maqsoud"),
     "it has held, a Kurdish holding"),
    ("Rebels fortified Kalasa and Fardous, which they still control.", None, _held(R, "Kallaseh", "Fardous"),
     "a list which they still control"),
    ("Rebels lost Sukkari, which they had held for years.", None, _captured(G, "Sukkari"),
     "a holding before a loss: the capture stands alone"),
    # not events
    ("Residents returned to Sakhour, which they left in November.", None, set(), "people who are no side"),
    ("They described Sakhour, which they visited in November.", None, set(), "no side anywhere"),
]


@pytest.mark.parametrize("sentence,context,expected,note", _table(PRONOUN_RELATIVE_CASES))
def test_a_pronoun_subject_of_a_relative_stands_for_the_sentences_side(sentence, context, expected, note):
    assert _triples(sentence, context) == expected


# ---------------------------------------------------------------------------------------------
# 8. a place after "south|north|east|west of" locates the object

LOCATIVE_CASES = [
    ("The army pushed into the Old City after capturing the last neighbourhoods south of the Old City.", set(),
     "after capturing the last neighbourhoods south of"),
    ("Government forces captured the last neighbourhoods south of the Old City.", set(), "captured south of"),
    ("The army took control of the districts north of Hanano.", set(), "took control of north of"),
    ("Troops seized the last districts west of Sheikh Saeed on Monday.", set(), "seized west of with a day"),
    ("Rebels lost the neighbourhoods south of the Old City.", set(), "a loss south of"),
    ("The districts east of Hanano were captured by the army.", set(), "a passive east of"),
    ("Troops completed the capture of the last neighbourhoods south of the Old City on Monday.", set(),
     "a nominal south of"),
    ("Having secured the last neighbourhoods south of the Old City, troops advanced.", set(), "a leading participle"),
    ("Troops took the last neighbourhoods south of the Old City, including Bab al-Nairab and Maadi.",
     _captured(G, "Bab al-Nairab", "Maadi"), "the list after the located districts"),
    ("Troops captured the south of Hanano.", _captured(G, "Masaken Hanano"), "the south of a district is part of it"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(LOCATIVE_CASES))
def test_a_place_after_a_direction_of_locates_the_object(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# 9. a party word as the agent

PARTY_WORD_AGENT_CASES = [
    ("Sukkari is now under the control of the state.", _held(G, "Sukkari"), "under the control of the state"),
    ("Sukkari came under the control of the state on Monday.", _captured(G, "Sukkari"),
     "came under the control of the state on a day"),
    ("Sheikh Maqsoud remains under the control of the YPG.", _held(K, "Sheikh Maqsoud"), "an actor agent still works"),
    ("Hanano was controlled by the regime until 2012.", _held(G, "Masaken Hanano"), "controlled by the regime until"),
    # not events
    ("Sukkari is under the control of the state media.", set(), "a party word that modifies a noun"),
]


@pytest.mark.parametrize("sentence,expected,note", _table(PARTY_WORD_AGENT_CASES))
def test_a_party_word_can_stand_as_the_agent(sentence, expected, note):
    assert _triples(sentence) == expected


# ---------------------------------------------------------------------------------------------
# known misses: an accidental fix is noticed

KNOWN_MISSES = [
    ("Surrounded in Sukkari and Mashhad, the rebels agreed to leave.", _held(R, "Sukkari", "Mashhad"),
     "a leading participle of confinement"),
    ("Troops took nine districts after heavy fighting, including Hanano.", _captured(G, "Masaken Hanano"),
     "a noun that is also an advance verb inside the stretch"),
    ("Aid reached Kalasa and surrounding districts recently retaken by troops.", _captured(G, "Kallaseh"),
     "surrounding as an adjective is read as a verb"),
]


@pytest.mark.parametrize("sentence,expected,note", [
    pytest.param(*row, id=_id(row[-1]), marks=pytest.mark.xfail(strict=True, reason="known miss")) for row in KNOWN_MISSES
])
def test_known_misses(sentence, expected, note):
    assert _triples(sentence) == expected
