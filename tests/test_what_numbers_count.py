"""newsfigures.claims: what a number counts (category, measure, party) and its tally.

Every case is a made-up sentence read inside a short article about the conflict (two lead
sentences that show it), published on Monday 12 December 2016; the figure is picked by the
start of its quote. Cases are ``(sentence, quote start, (category, measure, party, tally),
note)``; ``tally`` is ``None`` for figures that are no tally (shares, populations, things).
Known misses are ``xfail(strict=True)``.
"""

from __future__ import annotations

import datetime as dt

from articles_factory import given_article
import pytest

from newsfigures.reading import Article
from newsfigures.extract import extract_article

LEAD = "Fighting raged across Aleppo. Warplanes struck rebel-held districts in the east of the city."
PUBLISHED = dt.date(2016, 12, 12)


def _rows(figures) -> list[dict]:
    """The claims of an extraction as table rows."""
    return [c.row() for c in figures.claims]


def _article(body: str) -> Article:
    return given_article(body, published=PUBLISHED)


def read(sentence: str, quote: str) -> tuple | None:
    """(category, measure, party, tally) of the figure whose quote starts with ``quote``."""
    claims = [c for c in _rows(extract_article(_article(f"{LEAD} {sentence}")))
              if c["quote"].startswith(quote) and c["sentence"] == sentence]
    if not claims:
        return None
    c = claims[0]
    return c["category"], c["measure"], c["party"], c["tally"]


def xfail(*case):
    return pytest.param(*case, id=case[-1], marks=pytest.mark.xfail(strict=True, reason=case[-1]))


CASES = [
    # --- casualties ------------------------------------------------------------------------
    ("At least 45 people were killed in airstrikes on Sunday.", "At least 45",
     ("casualties", "killed", "", "single_day"), "killed on a named day"),
    ("Shelling killed 12 civilians, including four children, on Sunday.", "12",
     ("casualties", "killed", "civilians", "single_day"), "civilians killed"),
    ("Shelling killed 12 civilians, including four children, on Sunday.", "four",
     ("casualties", "killed", "children", "single_day"), "'including' carries the measure"),
    ("The death toll has risen to 300 since the offensive began on Nov. 15.", "300",
     ("casualties", "killed", "", "cumulative"), "a toll since the offensive began"),
    ("More than 310,000 people have been killed since the conflict began in March 2011.", "More than 310,000",
     ("casualties", "killed", "", "cumulative"), "a war-long toll is cumulative"),
    ("The five-year war has killed hundreds of thousands of people.", "hundreds of thousands",
     ("casualties", "killed", "", "cumulative"), "the five-year war"),
    ("The monitor counted at least 60 fatalities on Monday alone.", "at least 60",
     ("casualties", "killed", "", "single_day"), "'on Monday alone'"),
    ("Twenty-six people were killed in the past 24 hours, the monitor said.", "Twenty-six",
     ("casualties", "killed", "", "single_day"), "'in the past 24 hours' is one day"),
    ("Airstrikes killed 12 and wounded 40 in Aleppo on Saturday.", "12",
     ("casualties", "killed", "", "single_day"), "the cue before the number, not the next number's"),
    ("Airstrikes killed 12 and wounded 40 in Aleppo on Saturday.", "40",
     ("casualties", "wounded", "", "single_day"), "wounded after 'and'"),
    ("Rebel shelling injured 279 people in western Aleppo between 23 and 29 November.", "279",
     ("casualties", "wounded", "", "cumulative"), "a stated week"),
    ("The UN reported execution-style killings, with pro-government forces killing at least 40 civilians.",
     "at least 40", ("casualties", "killed", "civilians", "single_day"),
     "'killing at least 40 civilians' stays casualties inside 'execution-style killings'"),
    ("Dozens of fighters died in clashes near the Castello road yesterday.", "Dozens",
     ("casualties", "killed", "fighters", "single_day"), "fighters who died, yesterday"),
    ("Rebel shelling wounded 30 soldiers, state media said.", "30",
     ("casualties", "wounded", "soldiers", "single_day"), "soldiers wounded"),
    ("The bombing has killed 415 people so far, among them 90 children.", "415",
     ("casualties", "killed", "", "cumulative"), "'so far'"),
    ("The bombing has killed 415 people so far, among them 90 children.", "90",
     ("casualties", "killed", "children", "cumulative"), "'among them' carries measure and tally"),
    ("Among the dead, he said, were at least 11 women.", "at least 11",
     ("casualties", "killed", "women", "single_day"), "'Among the dead' names the group"),
    ("Seven children were among the dead.", "Seven",
     ("casualties", "killed", "children", "single_day"), "'among the dead' after the number"),
    ("At least 20 people are missing under the rubble.", "At least 20",
     ("casualties", "missing", "", "single_day"), "missing"),
    ("Thirty bodies were pulled from the rubble on Tuesday.", "Thirty",
     ("casualties", "killed", "", "single_day"), "bodies"),
    ("Activists said 11 members of one family were killed in Sukkari on Wednesday.", "11",
     ("casualties", "killed", "civilians", "single_day"), "members of one family are people"),
    ("Some 2,000 soldiers were killed in the battle for the city, the monitor says.", "Some 2,000",
     ("casualties", "killed", "soldiers", "cumulative"), "soldiers killed in a battle: a casualty toll"),
    ("At least 87 people, four children among them, were killed when warplanes struck.", "four",
     ("casualties", "killed", "children", "single_day"), "'four children among them'"),
    ("At least 87 killed as airstrikes return to eastern Aleppo", "At least 87",
     ("casualties", "killed", "", "single_day"), "a headline: 'killed as' is no modifier of 'airstrikes'"),
    ("In the past month the bombardment has killed 81 people.", "81",
     ("casualties", "killed", "", "cumulative"), "'in the past month'"),
    ("Yesterday 30 people died when a shell hit a bread queue.", "30",
     ("casualties", "killed", "", "single_day"), "'yesterday'"),
    ("The UN said 16 aid workers have been killed since the siege began.", "16",
     ("casualties", "killed", "", "cumulative"), "staff killed are casualties"),
    # --- evacuations -----------------------------------------------------------------------
    ("More than 40 wounded people were evacuated on Thursday.", "More than 40",
     ("displacement", "evacuated", "wounded", "single_day"), "evacuated wounded are no casualties"),
    ("At least 300 wounded were among the evacuees.", "At least 300",
     ("displacement", "evacuated", "wounded", "single_day"), "'among the evacuees'"),
    ("The ICRC said 150 patients had been evacuated to hospitals in Idlib.", "150",
     ("displacement", "evacuated", "patients", "single_day"), "patients evacuated"),
    ("The first convoy carried 1,000 people, including 40 wounded.", "40",
     ("displacement", "evacuated", "wounded", "single_day"), "wounded in a convoy"),
    ("Some 25 injured people were taken out by ambulance.", "Some 25",
     ("displacement", "evacuated", "wounded", "single_day"), "'taken out'"),
    ("A strike on the evacuation convoy killed 3 people and wounded 15.", "15",
     ("casualties", "wounded", "", "single_day"), "hurt in an attack on a convoy: casualties"),
    ("A strike on the evacuation convoy killed 3 people and wounded 15.", "3",
     ("casualties", "killed", "", "single_day"), "killed in an attack on a convoy"),
    ("Some 8,000 people have been evacuated from eastern Aleppo since Thursday.", "Some 8,000",
     ("displacement", "evacuated", "", "cumulative"), "evacuated since a weekday"),
    ("About 3,000 fighters and their families were bussed out to Idlib.", "About 3,000",
     ("displacement", "evacuated", "fighters", "single_day"), "fighters bussed out"),
    ("More than 1,200 residents, most of them women, children and elderly people, were evacuated by the "
     "Red Cross.", "More than 1,200", ("displacement", "evacuated", "", "single_day"),
     "an appositive list closed by the verb"),
    # --- displacement ----------------------------------------------------------------------
    ("More than 31,000 people have fled eastern Aleppo in recent days.", "More than 31,000",
     ("displacement", "fled", "", "cumulative"), "'in recent days'"),
    ("Some 50,000 people fled in the past four days.", "Some 50,000",
     ("displacement", "fled", "", "cumulative"), "'in the past four days'"),
    ("Around 20,000 civilians left through the corridors on Saturday.", "Around 20,000",
     ("displacement", "fled", "civilians", "single_day"), "left through corridors"),
    ("With Russian help, more than 5,500 civilians, including over 2,800 children, got out of the "
     "militant-held districts.", "more than 5,500", ("displacement", "fled", "civilians", "single_day"),
     "an appositive with digit-group commas"),
    ("The fighting has displaced 400,000 people in northern Syria this year.", "400,000",
     ("displacement", "displaced", "", "single_day"), "displaced"),
    ("Syria's war has driven 4.8 million people abroad as refugees.", "4.8 million",
     ("displacement", "refugees", "", "cumulative"), "refugees of the whole war"),
    ("Hundreds of civilians fled into Hanano.", "Hundreds",
     ("displacement", "fled", "civilians", "single_day"), "fled into a district"),
    ("Between 6,000 and 10,000 civilians fled on Friday.", "Between 6,000 and 10,000",
     ("displacement", "fled", "civilians", "single_day"), "a range"),
    ("Under the deal thousands of opposition fighters and residents were taken out on buses.", "thousands",
     ("displacement", "evacuated", "", "single_day"), "coordinated nouns: the cue after both (two groups, no party)"),
    # --- population ------------------------------------------------------------------------
    ("Some 275,000 people are still trapped under siege.", "Some 275,000",
     ("population", "trapped", "", None), "trapped under siege"),
    ("About 100,000 civilians are still inside the rebel enclave.", "About 100,000",
     ("population", "remaining", "civilians", None), "'still inside'"),
    ("Tens of thousands of civilians remain holed up in a few districts.", "Tens of thousands",
     ("population", "remaining", "civilians", None), "'remain holed up'"),
    ("The UN says 100,000 people are holed up in the last rebel pocket.", "100,000",
     ("population", "trapped", "", None), "'holed up'"),
    ("The lives of 100,000 people are at risk in eastern Aleppo.", "100,000",
     ("population", "residents", "", None), "'lives at risk' is no death toll"),
    ("An estimated 250,000 residents live in the besieged east.", "An estimated 250,000",
     ("population", "residents", "", None), "residents name no party"),
    ("Some 50,000 people are stranded in the last rebel pocket.", "Some 50,000",
     ("population", "trapped", "", None), "'stranded'"),
    ("More than 1,000 people remain trapped.", "More than 1,000",
     ("population", "trapped", "", None), "'remain trapped' is trapped"),
    ("Around 40,000 civilians remain in the besieged districts.", "Around 40,000",
     ("population", "remaining", "civilians", None), "'remain in'"),
    ("On Sunday over 15,000 people gathered in a square to wait for the buses.", "over 15,000",
     ("population", "remaining", "", None), "'to wait for'"),
    # --- territory -------------------------------------------------------------------------
    ("The army has retaken 98 percent of eastern Aleppo.", "98 percent",
     ("territory", "share_held", "government", None), "a share retaken"),
    ("Rebels now hold less than a tenth of the east.", "less than a tenth",
     ("territory", "share_held", "rebels", None), "a share held"),
    ("Government forces seized a third of the rebel enclave in the past week.", "a third",
     ("territory", "share_taken", "government", None), "a share taken within a window"),
    ("Troops recaptured 12 neighbourhoods on Saturday.", "12",
     ("territory", "neighbourhoods_taken", "government", None), "neighbourhoods taken"),
    ("Rebels are confined to an area of about 10 square kilometres.", "about 10 square kilometres",
     ("territory", "area", "rebels", None), "an area"),
    # --- other -----------------------------------------------------------------------------
    ("Some 1,200 rebels surrendered to the army.", "Some 1,200",
     ("other", "surrendered", "rebels", None), "surrendered"),
    ("The army said it had arrested 300 men.", "300",
     ("other", "detained", "", None), "detained"),
    ("Twenty buses arrived to carry the evacuees.", "Twenty",
     ("other", "vehicles", "", None), "buses"),
    ("Two hospitals were hit by barrel bombs.", "Two",
     ("other", "facilities", "", None), "hospitals"),
    ("Elsewhere, shares rose 4 percent on the news.", "4 percent",
     ("other", "other", "", None), "a market figure in a conflict article"),
    ("The ruling party in Damascus won 52 percent of the vote.", "52 percent",
     ("other", "other", "", None), "a vote share is no territory"),
    # --- shares of people ------------------------------------------------------------------
    ("More than 50,000 people fled in four days, and more than half of them went to Kurdish-held areas.",
     "more than half", ("displacement", "fled", "", "cumulative"), "'half of them' is a share of the people"),
]


@pytest.mark.parametrize("sentence, quote, expected, note",
                         [pytest.param(*c, id=c[-1]) if type(c) is tuple else c for c in CASES])
def test_what_a_number_counts(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


def test_the_table_is_large_and_varied():
    plain = [c for c in CASES if type(c) is tuple]
    assert len(CASES) >= 60
    assert {c[2][0] for c in plain} == {"casualties", "displacement", "population", "territory", "other"}
    assert {c[2][3] for c in plain} == {"single_day", "cumulative", None}


# --- an article about an evacuation operation --------------------------------------------------

EVACUATION_LEAD = ("The evacuation of eastern Aleppo resumed on Sunday. Green buses and ambulances of the convoy "
                   "carried evacuees to the western countryside.")

# (sentence, quote start, measure inside an evacuation article, measure elsewhere, note)
OPERATION = [
    ("Up to 8,000 people got out of the last rebel-held neighbourhoods overnight.", "Up to 8,000",
     "evacuated", "fled", "'got out' during the operation"),
    ("More than 4,000 fighters had got out of rebel-held parts of the city.", "More than 4,000",
     "evacuated", "fled", "fighters who got out"),
    ("Thousands of families left Aleppo on Saturday.", "Thousands", "evacuated", "fled", "'left'"),
    ("The orphans are part of a wider exodus of thousands of children from eastern Aleppo.", "thousands",
     "evacuated", "fled", "'exodus'"),
    ("Some 2,000 people made it out before the ceasefire collapsed.", "Some 2,000", "evacuated", "fled",
     "'made it out'"),
    ("At least 80,000 people have left for areas held by the government.", "At least 80,000", "fled", "fled",
     "crossing to the government side is flight"),
    ("Some 6,000 people left for the Kurdish-held district of Sheikh Maqsoud.", "Some 6,000", "fled", "fled",
     "crossing to the Kurdish side is flight"),
    ("Hundreds of civilians fled the shelling on foot.", "Hundreds", "fled", "fled", "'fled' stays fled"),
    ("About 300 people escaped through the front line.", "About 300", "fled", "fled", "'escaped' stays fled"),
    ("More than 1,000 people were evacuated on Thursday.", "More than 1,000", "evacuated", "evacuated",
     "evacuated everywhere"),
    ("At least 45 people were killed on Monday.", "At least 45", "killed", "killed", "other measures untouched"),
]


@pytest.mark.parametrize("sentence, quote, inside, elsewhere, note", OPERATION, ids=[c[4] for c in OPERATION])
def test_in_an_evacuation_article_people_who_got_out_were_evacuated(sentence, quote, inside, elsewhere, note):
    def measure(lead: str) -> str:
        (claim,) = [c for c in _rows(extract_article(_article(f"{lead} {sentence}")))
                    if c["quote"].startswith(quote) and c["sentence"] == sentence]
        return claim["measure"]

    assert (measure(EVACUATION_LEAD), measure(LEAD)) == (inside, elsewhere), note


# (sentence, quote start, expected (category, measure, party, tally), note): "left" with an object
LEFT_IN_A_STATE = [
    ("The strikes on hospitals have left more than 250,000 people without medical care.", "more than 250,000",
     ("other", "other", "", None), "left without care"),
    ("The siege has left 100,000 civilians without food.", "100,000", ("other", "other", "civilians", None),
     "left without food"),
    ("The shelling left 12 people dead.", "12", ("casualties", "killed", "", "single_day"), "left dead"),
    ("Some 4,000 people left overnight through the corridor.", "Some 4,000",
     ("displacement", "fled", "", "single_day"), "people who left"),
    ("The army allowed 3,000 civilians to leave on Friday.", "3,000",
     ("displacement", "fled", "civilians", "single_day"), "allowed to leave"),
    ("Some 1,217 militants had put down their weapons, the ministry said.", "Some 1,217",
     ("other", "surrendered", "rebels", None), "put down their weapons"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", LEFT_IN_A_STATE, ids=[c[3] for c in LEFT_IN_A_STATE])
def test_left_in_a_state_is_no_flight(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected (category, measure, party, tally), note): "prevented ... from
# leaving", and a bare range that takes the measure named earlier in its sentence
PREVENTED_AND_BARE_RANGES = [
    ("The monitor said rebels had prevented roughly 100 families from leaving.", "roughly 100",
     ("population", "trapped", "", None), "prevented from leaving"),
    ("Rebels stopped 200 civilians from fleeing the district.", "200",
     ("population", "trapped", "civilians", None), "stopped from fleeing"),
    ("Gunmen blocked some 300 people from getting out.", "some 300", ("population", "trapped", "", None),
     "blocked from getting out"),
    ("Rebels prevented aid from reaching 100,000 people in the east.", "100,000", ("other", "other", "", None),
     "aid prevented from reaching people: no trap"),
    ("The army stopped 40 trucks from entering the district.", "40", ("other", "vehicles", "", None),
     "trucks stopped: vehicles"),
    ("Estimates of the population in rebel-held east Aleppo vary wildly, from 60,000 to more than 275,000.",
     "from 60,000", ("population", "residents", "", None), "a bare range takes the sentence's measure"),
    ("Counts of the dead in the besieged east differ, from 300 to 500.", "from 300",
     ("casualties", "killed", "", "single_day"), "a bare range of the dead"),
    ("Figures for those who fled the fighting vary, from 20,000 to 50,000.", "from 20,000",
     ("displacement", "fled", "", "single_day"), "a bare range of those who fled"),
    ("The army said the rebels hold 5 of the districts, from 2 to 3 more than last week.", "from 2",
     None, "no measure named before a bare range: no figure"),
    ("Fighting in Aleppo raged on, and 400 was the figure given.", "400", None, "a bare number is no range: no figure"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", PREVENTED_AND_BARE_RANGES,
                         ids=[c[3] for c in PREVENTED_AND_BARE_RANGES])
def test_prevented_from_leaving_and_bare_ranges(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): the wording of state media and monitors, and a
# passive predicate that belongs to the subject before it
WORDING = [
    ("Three civilians were martyred and 12 others injured when terrorists fired rocket shells on Aleppo.", "Three",
     ("casualties", "killed", "civilians", "single_day"), "'martyred'"),
    ("Three civilians were martyred and 12 others injured when terrorists fired rocket shells on Aleppo.", "12",
     ("casualties", "wounded", "civilians", "single_day"),
     "'were martyred' is the predicate of the three, 'injured' the twelve's"),
    ("At least 20 people were killed and 40 wounded in the shelling.", "40",
     ("casualties", "wounded", "", "single_day"), "'were killed and 40 wounded'"),
    ("Army units killed 40 terrorists in the eastern neighbourhoods.", "40",
     ("casualties", "killed", "rebels", "single_day"), "terrorists are rebels"),
    ("SDF fighters said 25 mercenaries were killed in clashes near the city.", "25",
     ("casualties", "killed", "rebels", "single_day"), "mercenaries are rebels"),
    ("Some 30 people perished when a barrel bomb hit the market.", "Some 30",
     ("casualties", "killed", "", "single_day"), "'perished'; 'a barrel bomb' is no oil barrel"),
    ("The army said 150 armed men had handed over their weapons.", "150",
     ("other", "surrendered", "rebels", None), "armed men surrendering"),
    ("Some 200 terrorists and their families were bussed out of the city.", "Some 200",
     ("displacement", "evacuated", "rebels", "single_day"), "terrorists evacuated"),
    ("Rescuers said 14 people were slaughtered in the village.", "14",
     ("casualties", "killed", "", "single_day"), "'slaughtered'"),
    ("Some 60 extremists were captured by the army.", "Some 60",
     ("other", "detained", "rebels", None), "extremists captured"),
    ("The ministry said 150 militants were eliminated in air strikes overnight.", "150",
     ("casualties", "killed", "rebels", "single_day"), "'eliminated' (Russian briefings)"),
    ("Over the past day 35 terrorists were neutralized near the airport.", "35",
     ("casualties", "killed", "rebels", "single_day"), "'neutralized'"),
    ("Warplanes eliminated 12 command posts and 40 militants, the ministry said.", "40",
     ("casualties", "killed", "rebels", "single_day"), "militants eliminated after other things"),
]


def test_an_unknown_counted_noun_is_no_people():
    assert read("The army said 12 rebel positions were eliminated.", "12") == ("other", "other", "", None)


@pytest.mark.parametrize("sentence, quote, expected, note", WORDING, ids=[c[3] for c in WORDING])
def test_wording_of_state_media_and_monitors(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): "of them" with and without a cue; coordinated nouns
OF_THEM_AND_COORDINATION = [
    ("YPG fighters repelled an attack by armed groups, killing 12 of them.", "12",
     ("casualties", "killed", "", "single_day"), "'killing 12 of them'"),
    ("Rebels ambushed the convoy and wounded 5 of them.", "5",
     ("casualties", "wounded", "", "single_day"), "'wounded 5 of them'"),
    ("The two of them met in Aleppo to discuss the truce.", "two", None, "'the two of them' is no figure"),
    ("Three of us were at the checkpoint when the shelling started.", "Three", None, "'three of us' is no figure"),
    ("Shelling on western Aleppo killed at least 9 civilians and injured 31 others.", "at least 9",
     ("casualties", "killed", "civilians", "single_day"), "'and injured 31' is a verb, not a coordinated noun"),
    ("Shelling on western Aleppo killed at least 9 civilians and injured 31 others.", "31",
     ("casualties", "wounded", "civilians", "single_day"), "the second number: 'others' of the civilians"),
    ("Thousands of fighters and residents were taken out on buses.", "Thousands",
     ("displacement", "evacuated", "", "single_day"), "'fighters and residents' is one group (of two kinds: no party)"),
    ("Health partners in Aleppo carried out 2,400 consultations.", "2,400", ("other", "other", "", None),
     "'carried out' consultations is no evacuation (a thing: unit consultation)"),
    ("Some 40 wounded were carried out of the hospital in Aleppo.", "Some 40",
     ("displacement", "evacuated", "wounded", "single_day"), "'carried out of' is an evacuation"),
    ("Civilians in Aleppo said 14 of them were hurt in the shelling.", "14",
     ("casualties", "wounded", "civilians", "single_day"), "'14 of them were hurt'"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", OF_THEM_AND_COORDINATION,
                         ids=[c[3] for c in OF_THEM_AND_COORDINATION])
def test_of_them_and_coordinated_nouns(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): a number in apposition, "down from", "carrying"
APPOSITION = [
    ("The UN warned that the remaining residents, perhaps 100,000 people, faced a catastrophe.", "100,000",
     ("population", "residents", "", None), "an appositive number takes the cue before the comma"),
    ("Those still trapped, some 50,000 people, have no food.", "some 50,000",
     ("population", "trapped", "", None), "'still trapped, some 50,000 people,'"),
    ("The UN said 8,000 people, most of them women, had fled.", "8,000",
     ("displacement", "fled", "", "single_day"), "an appositive after the number"),
    ("Aid arrived on Monday, and 400 people, the UN said, were fed.", "400", ("other", "other", "", None),
     "no cue on either side of the commas"),
    ("Approximately 10,000 civilians remain in the pocket, down from an estimated 250,000 in July.",
     "an estimated 250,000", ("population", "remaining", "", None), "'down from' takes the measure before"),
    ("At least 300 people were killed this week, up from 200 the week before.", "200",
     ("casualties", "killed", "", "cumulative"), "'up from'"),
    ("Twenty buses left the district carrying about 1,000 people.", "about 1,000",
     ("displacement", "evacuated", "", "single_day"), "buses carrying people"),
    ("The Red Crescent says 13 ambulances and 20 buses have left the district.", "13",
     ("other", "vehicles", "", None), "coordination stops at the next number"),
    # asides between dashes or in brackets are skipped on the way to the verb
    ("About 900 people - most of them women and children - were evacuated from the district on Tuesday.",
     "About 900", ("displacement", "evacuated", "", "single_day"), "an aside between dashes"),
    ("Some 3,100 people, including 1,500 children - 130 of them babies - have left the east through the corridors.",
     "Some 3,100", ("displacement", "fled", "", "single_day"), "an appositive closed by an aside"),
    ("Some 3,100 people, including 1,500 children - 130 of them babies - have left the east through the corridors.",
     "1,500", ("displacement", "fled", "children", "single_day"), "the appositive's figure takes the measure"),
    ("At least 30 civilians (among them 11 children) were killed in the strikes.", "At least 30",
     ("casualties", "killed", "civilians", "single_day"), "an aside in brackets"),
    ("At least 30 civilians (among them 11 children) were killed in the strikes.", "11",
     ("casualties", "killed", "children", "single_day"), "the bracketed figure takes the measure"),
    ("Nearly 4,000 residents, among them 1,200 children - many of them orphans - were bussed out on Thursday.",
     "Nearly 4,000", ("displacement", "evacuated", "", "single_day"), "'among them' closed by an aside"),
    ("More than 2,000 people, including 800 children, fled on Monday.", "800",
     ("displacement", "fled", "children", "single_day"), "the comma of 2,000 is no clause break"),
    ("Shelling killed 12 civilians - the highest toll in weeks - officials said.", "12",
     ("casualties", "killed", "civilians", "single_day"), "an aside after the figure changes nothing"),
    ("The army said 12 neighborhoods had been cleared on Sunday.", "12",
     ("territory", "neighbourhoods_taken", "government", None), "'cleared' is a control verb"),
    ("About 500 people - a fraction of those who wanted to go - waited at the crossing.", "About 500",
     ("other", "other", "", None), "an aside does not lend its words"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", APPOSITION, ids=[c[3] for c in APPOSITION])
def test_apposition_and_changes(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


def test_coordination_stops_at_the_next_number():
    sentence = "The Red Crescent says 13 ambulances and 20 buses have left the district."
    quotes = [c["quote"] for c in _rows(extract_article(_article(f"{LEAD} {sentence}"))) if c["sentence"] == sentence]
    assert quotes == ["13 ambulances", "20 buses"]


# (sentence, quote start, expected, note): a participle clause after the comma, and people who
# only hope or wait to leave
PARTICIPLES = [
    ("Since daybreak, several thousand people have been standing in the cold, waiting to learn their fate.",
     "several thousand", ("population", "remaining", "", None), "', waiting to learn'"),
    ("About 2,000 people gathered at the crossing, hoping to leave the city.", "About 2,000",
     ("population", "remaining", "", None), "hoping to leave: they have not left"),
    ("Some 5,000 people were trying to leave the besieged districts on Sunday.", "Some 5,000",
     ("population", "remaining", "", None), "trying to leave"),
    ("Around 3,000 people queued at the checkpoint, waiting to be evacuated.", "Around 3,000",
     ("population", "remaining", "", None), "waiting to be evacuated"),
    ("Shelling killed 12 people, leaving 40 wounded.", "40", ("casualties", "wounded", "", "single_day"),
     "', leaving 40 wounded': the wounded of the participle"),
    ("Shelling killed 12 people, leaving 40 wounded.", "12", ("casualties", "killed", "", "single_day"),
     "the cue before the number wins over the participle clause"),
    ("Some 500 people stood in the square, singing.", "Some 500", ("other", "other", "", None),
     "a participle with no cue"),
    ("More than 1,000 people crossed the front line, fleeing the bombardment.", "More than 1,000",
     ("displacement", "fled", "", "single_day"), "a cue in the clause itself"),
    ("Hundreds of families slept in the open, hoping to get out the next day.", "Hundreds",
     ("population", "remaining", "", None), "hoping to get out"),
    ("Some 4,000 people got out on Monday, escaping the shelling.", "Some 4,000",
     ("displacement", "fled", "", "single_day"), "got out: fled"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", PARTICIPLES, ids=[c[3] for c in PARTICIPLES])
def test_participle_clauses_and_hoping_to_leave(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): the object of "X percent of ..."
SHARE_OF = [
    ("The army has retaken 98 percent of eastern Aleppo.", "98 percent",
     ("territory", "share_held", "government", None), "of a place"),
    ("The YPG lost about 5 percent of Sheikh Maqsoud as the army advanced.", "about 5 percent",
     ("territory", "share_held", "government", None), "of a named place, lost as the army advanced"),
    ("Rebels hold about a tenth of what was left of the enclave.", "about a tenth",
     ("territory", "share_held", "rebels", None), "'of what was left'"),
    ("The ruling party in Damascus won 52 percent of the vote.", "52 percent", ("other", "other", "", None),
     "of the vote"),
    ("The Aleppo bank lost 7 percent of its deposits during the siege.", "7 percent", ("other", "other", "", None),
     "of its deposits"),
    ("Bread prices in besieged Aleppo rose 40 percent.", "40 percent", ("other", "other", "", None),
     "a rise with no place and no side"),
    ("Rebels lost 40 percent of their fighters in the offensive.", "40 percent", ("other", "other", "", None),
     "of their fighters: no territory"),
    ("Government forces now control 85 percent of the eastern districts.", "85 percent",
     ("territory", "share_held", "government", None), "of the districts"),
    ("UNICEF said 70 percent of the population in Aleppo had no running water.", "70 percent",
     ("other", "other", "", None), "of the population"),
    ("The army holds 93 percent of the east, and rebels the remaining 7 percent.", "7 percent",
     ("territory", "share_held", "rebels", None), "a share after a share"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", SHARE_OF, ids=[c[3] for c in SHARE_OF])
def test_a_share_of_something_that_is_not_a_place_is_not_territory(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


def read_unit(sentence: str, quote: str) -> tuple | None:
    """(category, measure, unit, party) of the figure whose quote starts with ``quote``."""
    claims = [c for c in _rows(extract_article(_article(f"{LEAD} {sentence}")))
              if c["quote"].startswith(quote) and c["sentence"] == sentence]
    return (claims[0]["category"], claims[0]["measure"], claims[0]["unit"], claims[0]["party"]) if claims else None


# (sentence, quote start, (category, measure, unit, party), note): a plural noun the lexicon does
# not know counts a thing (other, unit = the noun in the singular), never people, whatever the
# clause says happened to it; people nouns and times we do not list stay what they were
THINGS = [
    ("The WHO recorded 27 attacks on health facilities in eastern Aleppo.", "27",
     ("other", "other", "attack", ""), "attacks are no people"),
    ("Some 4,000 blankets were handed to displaced families.", "Some 4,000",
     ("other", "aid", "blanket", ""), "blankets handed to the displaced are no displaced people"),
    ("The WFP distributed 1,200 food baskets to families fleeing the fighting.", "1,200",
     ("other", "aid", "basket", ""), "a modifier before the noun"),
    ("Twelve medical teams were deployed to the crossing.", "Twelve",
     ("other", "staff", "team", ""), "teams"),
    ("The field hospital has 400 beds ready to receive evacuated patients.", "400",
     ("other", "other", "bed", ""), "beds are no evacuees"),
    ("Doctors carried out 500 treatments for the wounded.", "500",
     ("other", "aid", "treatment", ""), "treatments are no wounded"),
    ("The army said 12 rebel positions were eliminated.", "12",
     ("other", "other", "position", ""), "positions eliminated are no dead"),
    ("Government forces destroyed 8 tanks and killed dozens of fighters.", "8",
     ("other", "other", "tank", ""), "tanks destroyed"),
    ("At least 30 buildings collapsed in the shelling.", "At least 30",
     ("other", "facilities", "building", ""), "buildings are facilities (lexicon)"),
    ("Shelling killed 12 civilians on Monday.", "12",
     ("casualties", "killed", "people", "civilians"), "a known people noun is untouched"),
    ("The shell killed 5 people and wounded 21 others.", "21",
     ("casualties", "wounded", "people", ""), "'others' are people"),
    ("Airstrikes killed two brothers in the Shaar district.", "two",
     ("casualties", "killed", "people", ""), "kin nouns are people"),
    ("Some 40 journalists were evacuated with the last convoy.", "Some 40",
     ("displacement", "evacuated", "people", ""), "journalists are people"),
    ("In addition to 45 tonnes of medical supplies, another 700 kits are stored in Atmah.", "700",
     ("other", "aid", "kit", ""), "more of the aid counted before"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", THINGS, ids=[c[3] for c in THINGS])
def test_an_unknown_counted_noun_is_a_thing(sentence, quote, expected, note):
    assert read_unit(sentence, quote) == expected, note


# members of a side's forces are fighters of that side
FORCES = [
    ("At least 14 members of the regime forces were killed in the clashes.", "At least 14",
     ("casualties", "killed", "soldiers", "single_day"), "members of the regime forces"),
    ("Some 18 fighters of the rebel factions were killed on Sunday.", "Some 18",
     ("casualties", "killed", "rebels", "single_day"), "fighters of the rebel factions"),
    ("Clashes killed 9 members of the government forces.", "9",
     ("casualties", "killed", "soldiers", "single_day"), "members of the government forces"),
    ("Nine members of the Syrian army were wounded.", "Nine",
     ("casualties", "wounded", "soldiers", "single_day"), "members of the Syrian army"),
    ("The monitor said 30 members of opposition armed groups died.", "30",
     ("casualties", "killed", "rebels", "single_day"), "members of opposition armed groups"),
    ("Twenty fighters of the jihadist factions surrendered.", "Twenty",
     ("other", "surrendered", "rebels", None), "jihadist factions, surrendered"),
    ("At least 11 members of pro-government militias were killed.", "At least 11",
     ("casualties", "killed", "soldiers", "single_day"), "pro-government militias"),
    ("Five members of one family were killed in the strike.", "Five",
     ("casualties", "killed", "civilians", "single_day"), "members of a family are civilians, not a side"),
    ("The council has 25 members of the opposition.", "25", None, "members of no force: no figure"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", FORCES, ids=[c[3] for c in FORCES])
def test_members_of_a_sides_forces_are_its_fighters(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# population phrases
POPULATION = [
    ("Aleppo was home to about 2.3 million people before the war.", "about 2.3 million",
     ("population", "residents", "", None), "'was home to'"),
    ("The eastern districts, which are home to about 250,000 people, are under siege.", "about 250,000",
     ("population", "residents", "", None), "'which are home to'"),
    ("Tens of thousands of people crammed into the last few districts.", "Tens of thousands",
     ("population", "residents", "", None), "'crammed into'"),
    ("About 4,000 people are currently sheltered in a former factory.", "About 4,000",
     ("population", "residents", "", None), "'sheltered'"),
    ("Syria had a pre-war population of 22 million.", "22 million",
     ("population", "residents", "", None), "'pre-war population'"),
    ("Some 100,000 people are crammed into a few square kilometres.", "Some 100,000",
     ("population", "residents", "", None), "'are crammed'"),
    ("The enclave is home to some 40,000 children.", "some 40,000",
     ("population", "residents", "children", None), "home to children"),
    ("At least 300 people were killed in the districts that were home to the rebels.", "At least 300",
     ("casualties", "killed", "", "single_day"), "'home to' far from the figure: the nearer cue wins"),
    ("He returned home to find 3 bodies in the rubble.", "3",
     ("casualties", "killed", "", "single_day"), "'home to find': the noun decides"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", POPULATION, ids=[c[3] for c in POPULATION])
def test_population_phrases(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# casualty subsets keep (or name) their own casualty measure
SUBSETS = [
    ("Among them 103 civilians including 19 children were killed.", "103",
     ("casualties", "killed", "civilians", "single_day"), "a subset inside the subject"),
    ("Among them 103 civilians including 19 children were killed.", "19",
     ("casualties", "killed", "children", "single_day"), "the subset of the subset"),
    ("Shelling wounded 60 people, 18 of them with shrapnel wounds.", "18",
     ("casualties", "wounded", "", "single_day"), "'of them with shrapnel wounds'"),
    ("Some 300 people were wounded, 176 of whom died.", "176",
     ("casualties", "killed", "", "single_day"), "'of whom died' names its own measure"),
    ("The strike wounded 40 people, 12 of whom later died in hospital.", "12",
     ("casualties", "killed", "", "single_day"), "'of whom later died'"),
    ("Shelling killed 219 civilians, 27 of them children.", "27",
     ("casualties", "killed", "children", "single_day"), "a subset with no verb keeps the measure"),
    ("Four of our volunteers have been killed.", "Four",
     ("casualties", "killed", "", "single_day"), "staff killed are casualties"),
    ("Two of our medics were wounded by a sniper.", "Two",
     ("casualties", "wounded", "", "single_day"), "staff wounded"),
    ("The hospital has 30 staff left.", "30", ("other", "staff", "", None), "staff with no casualty verb"),
    ("More than 50 people were wounded, including 20 children.", "20",
     ("casualties", "wounded", "children", "single_day"), "'including' after the verb"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", SUBSETS, ids=[c[3] for c in SUBSETS])
def test_casualty_subsets(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# a need is no event; refuge is displacement; bused out is an evacuation
DISPLACEMENT_VERBS = [
    ("Some 50 patients urgently need to be evacuated.", "Some 50",
     ("other", "other", "patients", None), "a need to be evacuated"),
    ("At least 200 wounded people need to be evacuated from the east.", "At least 200",
     ("casualties", "wounded", "", "single_day"), "wounded who need evacuation stay wounded (a casualty count: no party)"),
    ("The hospital is ready to receive 100 evacuated patients.", "100",
     ("other", "other", "patients", None), "ready to receive evacuated patients"),
    ("Thousands of families have taken refuge in Jibreen.", "Thousands",
     ("displacement", "displaced", "", "single_day"), "'taken refuge in'"),
    ("Some 2,000 people took refuge in a school on Monday.", "Some 2,000",
     ("displacement", "displaced", "", "single_day"), "'took refuge'"),
    ("About 3,000 people were bused out of eastern Aleppo on Thursday.", "About 3,000",
     ("displacement", "evacuated", "", "single_day"), "'bused out'"),
    ("Some 500 fighters were bussed out to Idlib.", "Some 500",
     ("displacement", "evacuated", "fighters", "single_day"), "'bussed out'"),
    ("More than 150 patients were evacuated on Thursday.", "More than 150",
     ("displacement", "evacuated", "patients", "single_day"), "an evacuation stays one"),
    ("Some 40 wounded people were evacuated, and 60 still need to be evacuated.", "Some 40",
     ("displacement", "evacuated", "wounded", "single_day"), "an evacuation beside a need"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", DISPLACEMENT_VERBS, ids=[c[3] for c in DISPLACEMENT_VERBS])
def test_needs_refuge_and_buses(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# elliptical figures take the party of the figure before them in the sentence
ELLIPSIS = [
    ("A shell killed 5 civilians, injuring 21 others.", "21",
     ("casualties", "wounded", "civilians", "single_day"), "'injuring 21 others'"),
    ("Shelling killed 40 civilians on Monday, and a further 142 were wounded.", "142",
     ("casualties", "wounded", "civilians", "single_day"), "'a further 142'"),
    ("Airstrikes killed 12 children and wounded another 30.", "30",
     ("casualties", "wounded", "children", "single_day"), "'another 30'"),
    ("Clashes killed 9 soldiers and wounded 14 more.", "14",
     ("casualties", "wounded", "soldiers", "single_day"), "'14 more'"),
    ("A strike killed 7 rebels, and an additional 20 were wounded.", "20",
     ("casualties", "wounded", "rebels", "single_day"), "'an additional 20'"),
    ("A shell killed 5 civilians and wounded 21 people.", "21",
     ("casualties", "wounded", "", "single_day"), "a noun of its own: no inheritance"),
    ("A shell killed 5 people, injuring 21 others.", "21",
     ("casualties", "wounded", "", "single_day"), "nothing to inherit"),
    ("Shelling killed 40 civilians; 142 were wounded.", "142",
     ("casualties", "wounded", "", "single_day"), "no ellipsis: no inheritance"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", ELLIPSIS, ids=[c[3] for c in ELLIPSIS])
def test_elliptical_figures_inherit_the_party(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# living under a siege is being trapped; people carried by buses that leave are evacuated
SIEGE_AND_BUSES = [
    ("Around 100,000 people are living under a crippling government siege.", "Around 100,000",
     ("population", "trapped", "", None), "'living under a crippling siege'"),
    ("About 250,000 people live under siege in the east.", "About 250,000",
     ("population", "trapped", "", None), "'live under siege'"),
    ("Some 40,000 children are still living under the siege.", "Some 40,000",
     ("population", "trapped", "children", None), "'still living under the siege'"),
    ("About 1.5 million people live in the western districts.", "About 1.5 million",
     ("population", "residents", "", None), "living with no siege: residents"),
    ("Some 250,000 people were living in the east before the siege began.", "Some 250,000",
     ("population", "residents", "", None), "a siege named later is no 'living under'"),
    ("Buses carrying thousands of people left after the evacuation resumed.", "thousands",
     ("displacement", "evacuated", "", "single_day"), "buses carrying people left"),
    ("A convoy carrying some 1,000 people left the enclave on Thursday.", "some 1,000",
     ("displacement", "evacuated", "", "single_day"), "a convoy carrying people"),
    ("Ambulances with 200 patients departed for Idlib.", "200",
     ("displacement", "evacuated", "patients", "single_day"), "ambulances with patients"),
    ("Thousands of families left Aleppo on foot on Saturday.", "Thousands",
     ("displacement", "fled", "", "single_day"), "no vehicle: flight"),
    ("Buses carrying 300 people left, while others fled on foot.", "300",
     ("displacement", "fled", "", "single_day"), "a flight word in the sentence keeps flight"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", SIEGE_AND_BUSES, ids=[c[3] for c in SIEGE_AND_BUSES])
def test_living_under_siege_and_buses_carrying(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): shelter, homes, coming out, losing one's own, lives
# hanging by a thread (lexicon words in data/claims.yaml)
SHELTER_AND_LOSSES = [
    ("Some 4,000 people have found shelter in a disused school in Jibreen.", "Some 4,000 people",
     ("displacement", "displaced", "", "single_day"), "found shelter"),
    ("About 900 families took shelter in the mosques of the western districts.", "About 900 families",
     ("displacement", "displaced", "", "single_day"), "took shelter"),
    ("Nearly 3,000 civilians came out of the besieged quarters through the corridor on Monday.", "Nearly 3,000 civilians",
     ("displacement", "fled", "civilians", "single_day"), "came out of the besieged quarters"),
    ("The fighting has driven some 60,000 people from their homes in the north.", "some 60,000 people",
     ("displacement", "displaced", "", "single_day"), "driven ... from their homes"),
    ("The bombing killed 12 people and drove at least 5,000 residents from their homes.", "12 people",
     ("casualties", "killed", "", "single_day"), "the killed keep their verb"),
    ("Around 7,000 people were forced from their villages by the shelling.", "Around 7,000 people",
     ("displacement", "displaced", "", "single_day"), "forced from"),
    ('"We lost three fighters in the clashes on Tuesday," the commander said.', "three fighters",
     ("casualties", "killed", "fighters", "single_day"), "we lost fighters"),
    ("They lost 14 men in the ambush near the ring road.", "14 men",
     ("casualties", "killed", "", "single_day"), "they lost men"),
    ("The lives of 8,000 patients are hanging by a thread, the doctors warned.", "8,000 patients",
     ("population", "residents", "patients", None), "lives hanging by a thread"),
    ("About 40,000 people, among them 9,000 children, are hanging by a thread.", "9,000 children",
     ("population", "residents", "children", None), "the subset shares the predicate"),
    ("The army said 300 fighters came out to surrender.", "300 fighters",
     ("displacement", "fled", "fighters", "single_day"), "came out: fighters too"),
    ("The charity shipped 4,000 blankets that found their way to the shelters.", "4,000 blankets",
     ("other", "aid", "", None), "a thing is no people"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", SHELTER_AND_LOSSES, ids=[c[3] for c in SHELTER_AND_LOSSES])
def test_shelter_homes_and_losses(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): the last number of a list after a serial comma shares
# the list's verb ("killed 20 soldiers, and 30 rebels")
SERIAL_COMMA = [
    ("The monitor documented the deaths of 120 soldiers, and no fewer than 95 rebels.", "no fewer than 95 rebels",
     ("casualties", "killed", "rebels", "single_day"), "serial comma, killed"),
    ("The raids wounded 40 civilians, and at least 15 children.", "at least 15 children",
     ("casualties", "wounded", "children", "single_day"), "serial comma, wounded"),
    ("Officials registered 3,000 displaced families, and 1,200 more people.", "1,200 more people",
     ("displacement", "displaced", "", "single_day"), "serial comma, displaced"),
    ("The army detained 80 men, and 20 women.", "20 women",
     ("casualties", "killed", "women", "single_day"), "negative twin: no such copy when it is not 'and'"),
    ("The strikes killed five people, and 300 people fled the district.", "300 people",
     ("displacement", "fled", "", "single_day"), "a verb of its own wins"),
    ("The army took the district, and 2,000 residents remain inside.", "2,000 residents",
     ("population", "remaining", "", None), "a clause of its own"),
    ("The shelling killed 11 people, while 400 residents stayed in basements.", "400 residents",
     ("population", "remaining", "", None), "'while' still stops the clause"),
]
SERIAL_COMMA[3] = ("The army detained 80 men, and 20 women.", "20 women",
                   ("other", "detained", "women", None), "serial comma, detained")


@pytest.mark.parametrize("sentence, quote, expected, note", SERIAL_COMMA, ids=[c[3] for c in SERIAL_COMMA])
def test_a_serial_comma_keeps_the_list_verb(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): "people who fled ... were detained": the relative
# clause says where they went, a fate in the main predicate wins
RELATIVE_FATE = [
    ("Hundreds of men who crossed into government areas last week have gone missing.", "Hundreds of men",
     ("casualties", "missing", "", "single_day"), "crossed ... gone missing"),
    ("Dozens of civilians who fled the east on Monday were killed by a shell.", "Dozens of civilians",
     ("casualties", "killed", "civilians", "single_day"), "fled ... were killed"),
    ("About 50 young men who left the enclave were arrested at a checkpoint.", "About 50 young men",
     ("other", "detained", "", None), "left ... were arrested"),
    ("Some 20 people who reached the western side were wounded by sniper fire.", "Some 20 people",
     ("casualties", "wounded", "", "single_day"), "reached ... were wounded"),
    ("About 6,000 people who fled the east are living in a factory.", "About 6,000 people",
     ("displacement", "fled", "", "single_day"), "no fate in the main predicate: the flight stays"),
    ("Some 2,000 people who crossed into Sheikh Maqsoud have been registered.", "Some 2,000 people",
     ("displacement", "fled", "", "single_day"), "registered is no fate"),
    ("Hundreds of families who escaped last week are sheltering in mosques.", "Hundreds of families",
     ("displacement", "fled", "", "single_day"), "sheltering is no fate"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", RELATIVE_FATE, ids=[c[3] for c in RELATIVE_FATE])
def test_a_fate_after_a_relative_clause_wins(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): a share of a population is counted by what befell it
SHARE_OF_POPULATION = [
    ("More than half of Syria's pre-war population has been forced from their homes.", "More than half",
     ("displacement", "displaced", "", "single_day"), "share of the pre-war population, displaced"),
    ("About 10 percent of the city's population has fled since July.", "About 10 percent",
     ("displacement", "fled", "", "cumulative"), "share of the city's population, fled"),
    ("The war has driven 6 million Syrians, roughly a quarter of the population, from their homes.", "roughly a quarter",
     ("displacement", "displaced", "", "cumulative"), "an appositive restates the figure before it"),
    ("Nearly 2 percent of the country's population has been killed.", "Nearly 2 percent",
     ("casualties", "killed", "", "single_day"), "killed"),
    ("UNICEF said 70 percent of the population in Aleppo had no running water.", "70 percent",
     ("other", "other", "", None), "no fate: other"),
    ("Nearly a third of the population lives below the poverty line.", "Nearly a third",
     ("other", "other", "", None), "living is no count of residents here"),
    ("Half of the town's population voted in the election.", "Half",
     ("other", "other", "", None), "voting: other"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", SHARE_OF_POPULATION, ids=[c[3] for c in SHARE_OF_POPULATION])
def test_a_share_of_a_population_takes_its_measure(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, (category, measure, unit, party), note): a noun in -ing inside a
# compound ("winter clothing kits", "bedding sets") does not stop the counted thing; a participle still does
ING_COMPOUNDS = [
    ("UNHCR distributed 1,600 winter clothing kits in Jibreen.", "1,600",
     ("other", "aid", "kit", ""), "winter clothing kits"),
    ("The agency sent 300 bedding sets to the shelter.", "300", ("other", "other", "set", ""), "bedding sets"),
    ("Volunteers handed out 2,000 cooking stoves.", "2,000", ("other", "other", "stove", ""), "cooking stoves"),
    ("The ICRC repaired 12 water pumping stations.", "12", ("other", "facilities", "station", ""), "water pumping stations"),
    ("Some 450 drinking water tanks were installed.", "Some 450", ("other", "other", "tank", ""), "drinking water tanks"),
    ("About 80 emergency housing units were built in Jibreen.", "About 80", ("other", "other", "unit", ""),
     "emergency housing units"),
    ("Some 300 people fleeing airstrikes reached the camp.", "Some 300",
     ("displacement", "fled", "people", ""), "a participle after people is no compound"),
    ("About 500 families escaping the shelling arrived on Monday.", "About 500",
     ("displacement", "fled", "families", ""), "families escaping: no thing"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", ING_COMPOUNDS, ids=[c[3] for c in ING_COMPOUNDS])
def test_a_noun_in_ing_inside_a_compound_is_part_of_the_thing(sentence, quote, expected, note):
    assert read_unit(sentence, quote) == expected, note


# (sentence, quote start, expected, note): taken away, into custody, to the headquarters = detained
TAKEN_AWAY = [
    ("Hundreds of young men were taken by the army to their headquarters after leaving the east.", "Hundreds of young men",
     ("other", "detained", "", None), "taken to their headquarters"),
    ("Dozens of men were taken away by security forces at the crossing.", "Dozens of men",
     ("other", "detained", "", None), "taken away"),
    ("About 40 young men were led away by soldiers on Monday.", "About 40 young men",
     ("other", "detained", "", None), "led away"),
    ("Some 70 men were taken into custody after crossing.", "Some 70 men",
     ("other", "detained", "", None), "into custody"),
    ("About 300 people were taken to safety in western Aleppo.", "About 300 people",
     ("displacement", "evacuated", "", "single_day"), "taken to safety stays an evacuation"),
    ("Some 2,000 people were taken by bus to Jibreen.", "Some 2,000 people",
     ("other", "other", "", None), "taken by bus is no detention"),
    ("About 120 people were taken to hospital in Idlib.", "About 120 people",
     ("other", "other", "", None), "taken to hospital is no detention"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", TAKEN_AWAY, ids=[c[3] for c in TAKEN_AWAY])
def test_taken_away_is_detained(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, expected, note): "N of them are <party>": a part of the people counted
# before in the sentence, with their measure and the party the complement names
OF_THEM_ARE = [
    ("Around 50,000 people are still in the enclave, and about 5,000 of them are fighters.", "about 5,000",
     ("population", "remaining", "fighters", None), "remaining, of them fighters"),
    ("Some 2,000 people fled on Monday, and 800 of them were children.", "800",
     ("displacement", "fled", "children", "single_day"), "fled, of them children"),
    ("The strikes killed 40 people, and 12 of them were women.", "12",
     ("casualties", "killed", "women", "single_day"), "killed, of them women"),
    ("About 90,000 people are trapped, and some 30,000 of them are young children.", "some 30,000",
     ("population", "trapped", "children", None), "an adjective before the noun"),
    ("About 90,000 people are trapped, and some 30,000 of them are from Hanano.", "some 30,000",
     ("population", "trapped", "", None), "'from' names no party"),
    ("The league has 20 clubs, and four of them are in Aleppo.", "four", None, "no people before"),
    ("About 300 people were evacuated, and 100 of them are men.", "100",
     None, "men name no party: no figure of its own"),
]
OF_THEM_ARE[6] = ("About 300 people were evacuated, and 100 of them are men.", "100", None,
                  "men name no party: not read")


@pytest.mark.parametrize("sentence, quote, expected, note", OF_THEM_ARE, ids=[c[3] for c in OF_THEM_ARE])
def test_of_them_are_a_party(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note


# (sentence, quote start, (category, measure, unit, party), note): deminers, sappers, paramedics,
# surgeons and rescuers are staff, like doctors and volunteers
STAFF_NOUNS = [
    ("About 200 Russian deminers are currently working in Aleppo.", "About 200",
     ("other", "staff", "people", ""), "deminers, with a nationality"),
    ("Some 150 sappers were sent to clear the old city.", "Some 150", ("other", "staff", "people", ""), "sappers"),
    ("The hospital has only 12 surgeons left.", "12", ("other", "staff", "people", ""), "surgeons"),
    ("About 30 paramedics work in the eastern districts.", "About 30", ("other", "staff", "people", ""), "paramedics"),
    ("Some 40 rescuers dug through the rubble overnight.", "Some 40", ("other", "staff", "people", ""), "rescuers"),
    ("Three paramedics were killed when the ambulance was hit.", "Three",
     ("casualties", "killed", "people", ""), "staff killed are casualties"),
    ("Four rescuers were wounded in a double-tap strike.", "Four",
     ("casualties", "wounded", "people", ""), "staff wounded are casualties"),
    ("The army cleared 300 mines in the old city.", "300", ("other", "other", "mine", ""), "mines are things"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", STAFF_NOUNS, ids=[c[3] for c in STAFF_NOUNS])
def test_deminers_and_rescuers_are_staff(sentence, quote, expected, note):
    assert read_unit(sentence, quote) == expected, note


# (sentence, quote start, expected, note): "the number of people who <verb> ... has risen to N":
# the subject's relative clause says what N counts, whatever the figure before it counted
NUMBER_OF_WHO = [
    ("The number of people who left the eastern districts since Saturday has risen to more than 20,000.",
     "more than 20,000", ("displacement", "fled", "", "cumulative"), "who left"),
    ("The number of people who have been killed since the offensive began has reached 300.",
     "300", ("casualties", "killed", "", "cumulative"), "who have been killed"),
    ("The number of people who remain in the besieged districts has fallen to about 40,000.",
     "about 40,000", ("population", "remaining", "", None), "who remain"),
    ("The total of families who fled to Jibreen now stands at 3,000.",
     "3,000", ("displacement", "fled", "civilians", "single_day"), "families who fled"),
    ("The number of people who voted has risen to 2,000.", "2,000", None, "no measure in the clause"),
    ("The number of trucks that entered the city rose to 40.", "40", ("other", "vehicles", "", None),
     "trucks are no people: the number counts vehicles"),
]
NUMBER_OF_WHO[3] = ("The total of families who fled to Jibreen now stands at 3,000.", "3,000",
                    ("displacement", "fled", "", "cumulative"), "families who fled")


@pytest.mark.parametrize("sentence, quote, expected, note", NUMBER_OF_WHO, ids=[c[3] for c in NUMBER_OF_WHO])
def test_the_number_of_people_who(sentence, quote, expected, note):
    assert read(sentence, quote) == expected, note
