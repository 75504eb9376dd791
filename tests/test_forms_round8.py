"""Forms of real reporting met on unseen reports (issue 12, eighth round), one table each.

Every sentence is made up. Claims are read inside a short article about the conflict published on
Monday 12 December 2016 (the helpers of ``test_real_reporting_forms``); control events with
``control_mentions`` (the helpers of ``control_case_helpers``). Forms:

Control events
1. falls "within hours/days" are falls ("fell within the city limits" is no fall);
2. a list of fallen districts mixing sides ("Ain al-Tal (outskirts), Baadeen and Jabal Badro (east)
   had fallen"): the districts of a known side give the taker for all;
3. a list that goes on after a part of a place ("along with the southern end of X") or after where
   the listed places lie ("A and B in the south of the enclave, as well as C");
4. a side named with the people beside it ("Rebels and tens of thousands of civilians are holed up in X");
5. a holding named after its noun ("the pocket still in rebel hands takes in X");
6. a year in a later clause ("lost X on Saturday, their first loss since they stormed it in 2012")
   does not make the event history.

Claims
7. parts of the people counted before: ", of whom around 40,000 are civilians"; a sentence opening on
   "Nearly 100,000 of them are children" or "Some 18,000 of them have gone to ...";
8. what befell people named by their own adjective ("registered 4,600 displaced families") when no
   other word says it; "the remaining rebel-held neighbourhoods" are places, not people remaining;
9. wordings: "new arrivals" are displaced; "taken for questioning" is detention; "lives hang in the
   balance" is a population; "forced to seek refuge in neighbouring countries" are refugees; people
   who "have moved from" their districts are displaced.

Page furniture
10. a site's tagline above its menu is not the headline.
"""

from __future__ import annotations

import pytest

from control_case_helpers import G, K, R, _captured, _held, _table, _triples  # noqa: F401
from newsfigures.reading.scrape import clean_scrape
from test_real_reporting_forms import read

# ---------------------------------------------------------------------------------------------
# 1-6. control events

FALLS = [
    ("The army advanced overnight. Bab al-Hadid, Aqyol and Qarleq fell within hours, a military source said.",
     _captured(G, "Bab al-Hadid", "Aqyol", "Qarleq"), "fell within hours"),
    ("Troops pressed on. Sukkari fell within a few days.", _captured(G, "Sukkari"), "fell within a few days"),
    ("Troops pressed on. Tariq al-Bab fell within 24 hours of the assault.", _captured(G, "Tariq al-Bab"),
     "fell within 24 hours"),
    ("Shells fell within Sukkari on Monday.", set(), "shells fell within a district: no fall"),
    ("Rockets fell within the Sheikh Maqsoud district overnight.", set(), "rockets fell within: no fall"),
    ("The army pressed on. Ain al-Tal, Baadeen and Jabal Badro had fallen a day earlier.",
     _captured(G, "Ain al-Tal", "Baadeen", "Jabal Badro"), "outskirts beside east districts share their taker"),
    ("Jabal Badro and Ain al-Tal fell on Sunday.", _captured(G, "Jabal Badro", "Ain al-Tal"),
     "outskirts after an east district"),
    ("Ain al-Tal fell on Sunday.", set(), "outskirts alone: no side to infer from"),
]

LISTS = [
    ("Insurgents still hold Sukkari, Fardous and Salah al-Din, along with the southern end of Sheikh Saeed.",
     _held(R, "Sukkari", "Fardous", "Salaheddine", "Sheikh Saeed"), "along with the southern end of"),
    ("The army took Sakhour and the eastern edge of Jabal Badro.", _captured(G, "Sakhour", "Jabal Badro"),
     "and the eastern edge of"),
    ("Rebels still hold Sheikh Saeed, Ansari and Bustan al-Qasr in the south of the enclave, as well as the Old "
     "City, rebel officials said.", _held(R, "Sheikh Saeed", "Ansari", "Bustan al-Qasr", "Old City"),
     "in the south of the enclave, as well as"),
    ("Troops took Sakhour in the east and Jabal Badro on Monday.", _captured(G, "Sakhour", "Jabal Badro"),
     "in the east and"),
    ("Rebels hold Sukkari in the south-east, plus Fardous.", _held(R, "Sukkari", "Fardous"), "in the south-east, plus"),
    ("The army took Sakhour in the east, where residents fled to Sheikh Maqsoud.", _captured(G, "Sakhour"),
     "a place after 'where' is no member"),
]

SUBJECTS_AND_HOLDINGS = [
    ("Rebels and tens of thousands of civilians are now holed up in the southern districts, including Bustan "
     "al-Qasr and Kallaseh.", _held(R, "Bustan al-Qasr", "Kallaseh"), "rebels and civilians holed up in"),
    ("Rebels and civilians are holed up in Sukkari and Mashhad.", _held(R, "Sukkari", "Mashhad"),
     "rebels and civilians, no count"),
    ("Opposition fighters and some 50,000 residents are bottled up in Ansari.", _held(R, "Ansari"),
     "fighters and residents bottled up in"),
    ("The pocket still in rebel hands takes in parts of al-Mashhad, Ansari, Zebdiyeh and Amiriyah.",
     _held(R, "Mashhad", "Ansari", "Zebdiyeh", "Amiriyah"), "the pocket still in rebel hands takes in"),
    ("The area under rebel control is now limited to Sukkari and Kallaseh.", _held(R, "Sukkari", "Kallaseh"),
     "the area under rebel control is limited to"),
    ("The enclave left in opposition hands comprises Fardous and Sukkari.", _held(R, "Fardous", "Sukkari"),
     "the enclave left in opposition hands comprises"),
    ("The zone under Kurdish control includes Sheikh Maqsoud.", _held(K, "Sheikh Maqsoud"),
     "the zone under Kurdish control includes"),
]


@pytest.mark.parametrize("sentence, expected, note", _table(FALLS + LISTS + SUBJECTS_AND_HOLDINGS))
def test_control_forms_of_round_8(sentence, expected, note):
    assert _triples(sentence) == expected, note


# ---------------------------------------------------------------------------------------------
# 7-9. claims

PARTS = [
    ("The UN envoy says about 50,000 people are still inside the enclave, of whom around 40,000 are civilians.",
     "around 40,000", ("population", "remaining", "civilians"), "of whom N are civilians"),
    ("Some 30,000 people were evacuated, among whom about 9,000 were children.", "about 9,000",
     ("displacement", "evacuated", "children"), "among whom N were children"),
    ("About 500,000 people are trapped in the east. Nearly 100,000 of them are children, according to UNICEF.",
     "Nearly 100,000", ("population", "trapped", "children"), "N of them are children, the sentence after"),
    ("Tens of thousands of people have fled the fighting. Some 18,000 of them have gone to government-held areas.",
     "Some 18,000", ("displacement", "fled", ""), "N of them have gone to, the sentence after"),
    ("Tens of thousands of people have fled the fighting. About 6,000 of them have since moved to Sheikh Maqsoud.",
     "About 6,000", ("displacement", "fled", ""), "N of them have since moved to"),
]

NOT_PARTS = [
    ("Tens of thousands of people have fled the fighting. Two of them spoke to us.", "Two",
     "N of them with no movement or complement: no figure"),
    ("About 500,000 people are trapped in the east. Nearly 100,000 of them are said to be hungry.", "Nearly 100,000",
     "N of them with a state no group names: no figure"),
]

WORDINGS = [
    ("The council's relief office has registered more than 4,600 displaced families in the south.",
     "more than 4,600", ("displacement", "displaced", ""), "registered N displaced families"),
    ("Aid workers reached 3,000 besieged residents in Sukkari.", "3,000", ("population", "trapped", ""),
     "N besieged residents"),
    ("At least 20,000 people who have moved from the northern districts into the remaining rebel-held "
     "neighbourhoods are sleeping in mosques.", "At least 20,000", ("displacement", "displaced", ""),
     "moved from ... into the remaining rebel-held neighbourhoods"),
    ("On Wednesday alone, more than 1,300 new arrivals were registered at the Jibreen shelter.",
     "more than 1,300", ("displacement", "displaced", ""), "new arrivals"),
    ("Several hundred men were separated from their families and taken for questioning.", "Several hundred",
     ("other", "detained", ""), "taken for questioning"),
    ("The lives of tens of thousands of people now hang in the balance in eastern Aleppo.", "tens of thousands",
     ("population", "residents", ""), "lives hang in the balance"),
    ("The army killed dozens of terrorists. The number of neighborhoods liberated since the beginning of the "
     "operation reached 28, the source said.", "28", ("territory", "neighbourhoods_taken", "government"),
     "the number of neighbourhoods liberated reached N"),
    ("The number of districts still held by the militants is now 6.", "6", ("territory", "neighbourhoods_held", "rebels"),
     "the number of districts still held by the militants is N"),
    ("More than 20,000 people have fled the east since Saturday. Around 11,500 of them are now accommodated in the "
     "temporary center in Jibreen.", "Around 11,500", ("displacement", "displaced", ""),
     "N of them accommodated in a temporary centre"),
    ("About 1,000 families are housed in a collective shelter in Jibreen.", "About 1,000",
     ("displacement", "displaced", ""), "families housed in a collective shelter"),
    ("The war has forced more than 4.8 million people to seek refuge in neighbouring countries.",
     "more than 4.8 million", ("displacement", "refugees", ""), "refuge in neighbouring countries"),
]


@pytest.mark.parametrize("text, quote, expected, note", PARTS + WORDINGS, ids=[c[-1] for c in PARTS + WORDINGS])
def test_claim_forms_of_round_8(text, quote, expected, note):
    assert read(text, quote) == expected, note


@pytest.mark.parametrize("text, quote, note", NOT_PARTS, ids=[c[-1] for c in NOT_PARTS])
def test_a_part_that_says_nothing_of_its_people_is_no_figure(text, quote, note):
    assert read(text, quote) is None, note


# ---------------------------------------------------------------------------------------------
# 10. page furniture

MASTHEADS = [
    ("Skip to main content\nExclusive news, data and analytics for financial market professionals\nBusiness\n"
     "Markets\nVideo\nMore\n\nArmy seizes the Old City as rebels retreat\n\nBy A Writer\n\n"
     + "BEIRUT (Reuters) - Syrian troops took the Old City on Wednesday, a military source said, after days of "
       "heavy fighting in the narrow streets around the citadel.",
     "Army seizes the Old City as rebels retreat", "a tagline above a menu"),
    ("The best of independent journalism\nHome\nWorld\nNews\n\nThousands flee as army advances in Aleppo\n\n"
     + "Thousands of civilians fled eastern Aleppo on Sunday as government forces advanced into the northern "
       "districts, a monitoring group said.",
     "Thousands flee as army advances in Aleppo", "a slogan above a menu"),
    ("Aleppo: thousands flee as army advances\nA standfirst that says more about the day in the city\n\n"
     + "Thousands of civilians fled eastern Aleppo on Sunday as government forces advanced into the northern "
       "districts, a monitoring group said.",
     "Aleppo: thousands flee as army advances", "a headline and its standfirst, no menu: the first line"),
]


@pytest.mark.parametrize("page, title, note", MASTHEADS, ids=[c[-1] for c in MASTHEADS])
def test_the_headline_is_not_the_sites_tagline(page, title, note):
    assert clean_scrape(page).title == title, note


def test_a_year_in_a_later_clause_does_not_make_the_event_history():
    from newsfigures.extract import extract_article
    from test_real_reporting_forms import _article

    text = ("Rebels lost the sprawling Masaken Hanano housing district on Saturday, their first major loss inside "
            "the city since they stormed it in the summer of 2012. In 2012, rebels stormed Bustan al-Basha.")
    events = {(e.neighbourhood, e.controller, e.date) for e in extract_article(_article(text)).events}
    assert events == {("Masaken Hanano", "government", "2016-12-10")}


# ---------------------------------------------------------------------------------------------
# 11. attribution: a coordinated clause with its own speaker; member states named formally

SPEAKERS = [
    ("OCHA said 2,000 people fled, and the UN human rights office said 40 civilians died.", "40 civilians",
     "UN human rights office", "', and X said': the second speaker's figure"),
    ("OCHA said 2,000 people fled, and the UN human rights office said 40 civilians died.", "2,000 people",
     "UN OCHA", "', and X said': the first speaker's figure"),
    ("The army said it took 5 districts, but the rebels said 300 fighters still held the south.", "300 fighters",
     "rebel officials", "', but X said'"),
    ("OCHA said 3,000 people fled, and 45 people died.", "45 people", "UN OCHA",
     "a coordinated clause with no speaker of its own stays the first speaker's"),
    ("The representative of the Russian Federation said the army had freed more than 80,000 residents.",
     "more than 80,000", "Russian government", "the Russian Federation at the Security Council"),
]


@pytest.mark.parametrize("text, quote, source, note", SPEAKERS, ids=[c[-1] for c in SPEAKERS])
def test_who_speaks_for_each_clause(text, quote, source, note):
    from test_real_reporting_forms import claim

    assert claim(text, quote)["source"] == source, note


# ---------------------------------------------------------------------------------------------
# 12. control events, second tuned set: holdings described after their noun or through a dash,
# the other side's ground, an area's named quarters, the Kurdish-led alliance, history by month

HOLDINGS_2 = [
    ("The opposition remains in control of a pocket of about 2.5 square kilometers that includes the districts of "
     "al-Mashhad, al-Ansari and al-Zebdiyeh.", _held(R, "Mashhad", "Ansari", "Zebdiyeh"),
     "in control of a pocket of N square kilometres that includes the districts of"),
    ("The opposition holds only a sliver of the city now - parts of Sukkari, al-Mashhad and al-Ansari.",
     _held(R, "Sukkari", "Mashhad", "Ansari"), "a sliver of the city now - parts of"),
    ("The only districts still outside regime control are Sukkari, al-Mashhad and al-Zebdiyeh.",
     _held(R, "Sukkari", "Mashhad", "Zebdiyeh"), "outside regime control: the other side's"),
    ("The neighbourhoods outside rebel control are now Sakhour and Hanano.", _held(G, "Sakhour", "Masaken Hanano"),
     "outside rebel control: the government's"),
    ("Districts under regime control are Hanano and Sakhour.", _held(G, "Masaken Hanano", "Sakhour"),
     "under regime control (unchanged)"),
    ("The areas still controlled by the factions are al-Mashhad, al-Ansari and Salaheddine, in addition to parts of "
     "al-Fardous and Bustan al-Qasr.", _held(R, "Mashhad", "Ansari", "Salaheddine", "Fardous", "Bustan al-Qasr"),
     "the areas controlled by ACTOR are X, in addition to parts of Y"),
    ("He listed the districts still in rebel hands as Salhin, Kallaseh and Maadi, together with a few streets of "
     "Sukkari.", _held(R, "Salhin", "Kallaseh", "Maadi", "Sukkari"), "listed the districts in rebel hands as X"),
    ("The districts held by the army are Hanano and Sakhour.", _held(G, "Masaken Hanano", "Sakhour"),
     "the districts held by the army are"),
    ("The army had taken the Old City quarters of Bab al-Hadid, Aqyol and Qarleq.",
     _captured(G, "Bab al-Hadid", "Aqyol", "Qarleq"), "the Old City quarters of: the quarters"),
    ("The army took the Old City and Sukkari.", _captured(G, "Old City", "Sukkari"), "the Old City itself"),
    ("YPG, YPJ and Jaysh al-Thuwar fighters have taken control of Bustan al-Basha and Sheikh Fares.",
     _captured(K, "Bustan al-Basha", "Sheikh Fares"), "the Kurdish-led alliance's groups"),
    ("Rebel officials said fighters held a shrinking pocket of some 5 square kilometers that included Mashhad, "
     "Ansari and part of Sukkari.", _held(R, "Mashhad", "Ansari", "Sukkari"), "a pocket that included (past tense)"),
    ("The last neighborhoods under the control of the factions are al-Mashhad, al-Ansari and al-Amiriyah.",
     _held(R, "Mashhad", "Ansari", "Amiriyah"), "the neighbourhoods under the control of ACTOR are X"),
]


@pytest.mark.parametrize("sentence, expected, note", _table(HOLDINGS_2))
def test_control_forms_of_round_8_second_set(sentence, expected, note):
    test_control_forms_of_round_8(sentence, expected, note)


def test_a_taking_dated_to_an_earlier_month_is_history():
    from newsfigures.extract import extract_article
    from test_real_reporting_forms import _article

    text = ("Rebels captured the 1070 Apartments area in August during their attempt to break the siege. "
            "Troops took Sukkari in December, the army said.")
    events = {(e.neighbourhood, e.controller) for e in extract_article(_article(text)).events}
    assert events == {("Sukkari", "government")}


# ---------------------------------------------------------------------------------------------
# 13. claims, third tuned set

WORDINGS_3 = [
    ("The ICRC had helped bring out roughly 6,000 people on the first day.", "roughly 6,000",
     ("displacement", "evacuated", ""), "helped bring out"),
    ("Russia's defence ministry says 9,500 people, 4,500 of them fighters, have been brought out since Thursday.",
     "9,500", ("displacement", "evacuated", ""), "the verb after an apposed part with a number"),
    ("We have lost 145 of our volunteers since the siege began.", "145", ("casualties", "killed", ""),
     "we have lost N of our volunteers"),
    ("Troops arrested hundreds of young men, and the fate of about 500 others remains unknown.", "about 500",
     ("casualties", "missing", ""), "the fate of N others remains unknown"),
    ("The YPG said two of its fighters had fallen in the clashes.", "two", ("casualties", "killed", "fighters"),
     "fighters fallen in the clashes"),
    ("The YPG said 17 gang members had been killed.", "17", ("casualties", "killed", "rebels"), "gang members killed"),
    ("'We have more than 100,000 people squeezed into these neighbourhoods,' he said.", "more than 100,000",
     ("population", "residents", ""), "people squeezed into the neighbourhoods"),
    ("Some 2,000 families have lost their homes in the bombing of Aleppo.", "Some 2,000",
     ("displacement", "displaced", ""), "lost their homes stays displacement"),
    ("The regime now controls about 93% of the area the factions held, while the factions are besieged in about "
     "7% of it.", "about 7%", ("territory", "share_held", "rebels"), "N% of it: the same ground"),
]


@pytest.mark.parametrize("text, quote, expected, note", WORDINGS_3, ids=[c[-1] for c in WORDINGS_3])
def test_claim_forms_of_round_8_third_set(text, quote, expected, note):
    test_claim_forms_of_round_8(text, quote, expected, note)


def test_a_menu_line_of_bars_is_not_the_headline():
    page = ("TASS\nRussian News Agency\nRussian Politics & Diplomacy | World | Business & Economy | Military & Defense\n\n"
            "Military & Defense\nDecember 5, 16:47 UTC+3\n\nSyrian army frees over half of eastern Aleppo from militants\n\n"
            "MOSCOW, December 5. /TASS/. The Syrian government army has regained control of more than 60% of the eastern "
            "Aleppo districts that had been held by militants, the Russian Defense Ministry spokesman said on Monday.")
    assert clean_scrape(page).title == "Syrian army frees over half of eastern Aleppo from militants"


@pytest.mark.parametrize("body, publisher, note", [
    ("The three districts make up a tenth of the east, a YPG commander told our agency. About 30,000 people live "
     "in Sheikh Maqsoud.", None, "a speaker who told our agency is no publisher"),
    ("A rebel official spoke to us by phone from Aleppo, saying 40 people had died.", None, "spoke to us"),
    ("SAMS announces with sorrow that our facilities in Aleppo were hit and 30 people died.",
     "Syrian American Medical Society", "an organisation speaking of 'our' facilities is (unchanged)"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else None)
def test_who_publishes_an_article(body, publisher, note):
    from newsfigures.attribution.publisher import publisher_of

    found = publisher_of(body, "", "")
    assert (found.name if found else None) == publisher, note


INTERVIEW = ("Dr Abu Tareq is a general surgeon in eastern Aleppo. We reached him by phone.\n\n"
             "MEE: How many wounded are you receiving?\n\n"
             "Abu Tareq: Yesterday we received 46 wounded and 12 dead at our point alone. On Saturday, when Hanano "
             "fell, it was more than 70 wounded in one day.\n\n"
             "MEE: How many people are still in the east?\n\n"
             "Abu Tareq: I think around 200,000 are still here, trapped in the south. The UN says 250,000 people "
             "are besieged.")


def test_an_interviews_answers_speak_for_the_answerer():
    from newsfigures.extract import extract_article
    from test_real_reporting_forms import _article

    sources = {c.quote: c.source for c in extract_article(_article(INTERVIEW)).claims}
    assert sources["46 wounded"] == sources["more than 70 wounded"] == sources["around 200,000"] == "Abu Tareq"
    assert sources["250,000 people"] == "United Nations", "a source named in an answer keeps it"


def test_a_label_used_once_is_no_interview():
    from newsfigures.extract import extract_article
    from test_real_reporting_forms import _article

    text = "Aleppo: Thousands of civilians fled the east of the city on Monday as troops advanced."
    assert {c.source for c in extract_article(_article(text)).claims} == {None}


@pytest.mark.parametrize("line, kept, note", [
    ("- UN: about 50,000 people still inside the shrinking enclave", True, "a source's label before a figure"),
    ("- Gunfire hits ambulance convoy; White Helmets say one dead", True, "a number in words"),
    ("- Watch: 5 things to know about the siege of Aleppo", False, "a prompt's label is no source"),
    ("- Related: Who are the White Helmets?", False, "a related link"),
    ("- Opinion: why Aleppo matters to all of us now", False, "no figure"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 50 else None)
def test_a_live_pages_key_points_are_read(line, kept, note):
    from newsfigures.reading.scrape import _summary_bullet

    assert _summary_bullet(line) is kept, note


@pytest.mark.parametrize("text, quote, expected, note", [
    ("The UN has said up to 100,000 people may still be inside the enclave, with food stocks almost exhausted.",
     "up to 100,000", ("population", "remaining", ""), "food stocks are no market"),
    ("In Jibreen, a former cotton warehouse now serves as a collective shelter for around 4,600 people.",
     "around 4,600", ("displacement", "displaced", ""), "a collective shelter for N people"),
    ("Tents for 3,000 people arrived in Jibreen on Monday, the Red Crescent said.", "3,000",
     ("other", "aid", ""), "aid for N people (unchanged)"),
    ("Rebels are now confined to a handful of southern neighbourhoods in Aleppo.", "a handful",
     ("territory", "neighbourhoods_held", "rebels"), "confined to a handful of neighbourhoods"),
    ("The army says it controls 85 percent of the east. The Syrian Observatory put the figure at about 90 per cent.",
     "about 90 per cent", ("territory", "share_held", ""), "put the figure at N per cent after a share"),
    ("In total, more than 50,000 residents of eastern Aleppo, including over 21,000 children, have been able to "
     "leave since November 26.", "more than 50,000", ("displacement", "fled", ""),
     "N residents of PLACE, including M children, have left"),
    ("The militants hold the Old City, where up to 100,000 civilians are being used as a human shield.",
     "up to 100,000", ("population", "trapped", "civilians"), "used as a human shield"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else None)
def test_claim_forms_of_round_8_fourth_table(text, quote, expected, note):
    test_claim_forms_of_round_8(text, quote, expected, note)


@pytest.mark.parametrize("sentence, quote, method, kind, note", [
    ("The death toll among fighters also increased: at least 276 soldiers have been killed.", "at least 276 soldiers",
     "publication date", "cumulative", "a toll heading the clause before a colon"),
    ("The death toll among fighters rose on Monday: 30 soldiers were killed that day.", "30 soldiers",
     "weekday (Monday)", "single day", "a named day still decides (rule 4)"),
    ("The ministry said: 30 people were killed in the shelling.", "30 people", "publication date", "single day",
     "a colon after a speech verb carries no toll"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 50 else None)
def test_a_toll_named_before_a_colon(sentence, quote, method, kind, note):
    from newsfigures.figures.tally import tally_of

    assert tally_of(None, None, sentence, quote, method)[0] == kind, note


@pytest.mark.parametrize("text, context, expected, note", [
    ("The Old City and the districts of Sukkari and Fardous are still in their hands.", R,
     _held(R, "Old City", "Sukkari", "Fardous"), "in their hands: the side named before"),
    ("The Old City and Sukkari are still in their hands.", None, set(), "in their hands with no side before: nothing"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else None)
def test_their_hands_are_the_side_named_before(text, context, expected, note):
    assert _triples(text, context) == expected, note
