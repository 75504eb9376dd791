"""Forms of real reporting met on unseen reports (issue 12, fifth round), claims side: a place
described in apposition is no person ("he said" skips it), a capitalised brand is no name, and
a toll dated by the noun form of a start ("since the start of the offensive on Nov. 15").

Every case is a made-up sentence (or a few) read inside a short article about the conflict
published on Monday 12 December 2016 (the helpers of ``test_real_reporting_forms``):
``(text, quote start, expected, note)``. Known misses are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from test_real_reporting_forms import claim


def field(text: str, quote: str, name: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else (r[name] or "")


# --- "he said" after a place described in apposition ------------------------------------------------
PLACE_APPOSITIONS = [
    ("Jane Moss of UNICEF said 30,000 people had reached Jibreen, a government-held area east of the city. "
     "\"Up to 50,000 people may still be inside,\" she said.", "Up to 50,000", "UNICEF",
     "an area in apposition is no person"),
    ("Omar Haddad, a spokesman for the Syrian Civil Defence, said 400 people had fled to Tal Rifaat, a town "
     "north of the city. He said 25 people were killed on Sunday.", "25 people", "Syrian Civil Defence",
     "a town in apposition"),
    ("The ICRC's Pawel Nowak said 2,000 people were sheltering in Mashhad, the last district still held "
     "by rebels. He said 300 wounded were evacuated.", "300 wounded", "ICRC", "a district in apposition"),
    ("Jan Egeland, the UN humanitarian adviser, said 100,000 people were trapped. He said 2,000 had left.",
     "2,000", "United Nations", "a person in apposition is still one (unchanged)"),
]


@pytest.mark.parametrize("text, quote, expected, note", PLACE_APPOSITIONS, ids=[c[-1] for c in PLACE_APPOSITIONS])
def test_a_place_in_apposition_is_no_speaker(text, quote, expected, note):
    assert field(text, quote, "source") == expected, note


# --- a capitalised brand inside a word is no name ---------------------------------------------------------
BRANDS = [
    ("A resident reached by WhatsApp said 11 bodies lay in his street.", "11 bodies", "residents",
     "'WhatsApp' gives no person 'Whats'"),
    ("Activists posting on YouTube said 40 people were killed in the shelling.", "40 people", "activists",
     "'YouTube'"),
    ("I reached a teacher by WhatsApp. He told me 30 people died in his street.", "30 people", "",
     "no name, so no speaker from the brand"),
]


@pytest.mark.parametrize("text, quote, expected, note", BRANDS, ids=[c[-1] for c in BRANDS])
def test_a_brand_is_no_name(text, quote, expected, note):
    assert field(text, quote, "source") == expected, note
    assert "Whats" not in (field(text, quote, "speaker") or "") and "You" not in (field(text, quote, "speaker") or ""), note


# --- the noun form of a start dates a running toll --------------------------------------------------------
SINCE_THE_START = [
    ("Troops have taken at least 30 neighborhoods since the start of the offensive on November 15.",
     "at least 30", ("2016-12-12", "2016-11-15", "2016-12-12"), "neighbourhoods taken since the start of"),
    ("Since the beginning of the army's assault on Nov. 15, the monitor has counted 700 civilians killed.",
     "700", ("2016-12-12", "2016-11-15", "2016-12-12"), "fronted, a possessive before the offensive"),
    ("More than 40,000 people have fled since the launch of the government offensive on 15 November.",
     "More than 40,000", ("2016-12-12", "2016-11-15", "2016-12-12"), "since the launch of"),
    ("Some 300 people were killed on Sunday, since the start of the truce talks.", "Some 300",
     ("2016-12-11", "", ""), "a start with no date leaves the weekday"),
]


@pytest.mark.parametrize("text, quote, expected, note", SINCE_THE_START, ids=[c[-1] for c in SINCE_THE_START])
def test_the_start_of_an_offensive_on_a_day_opens_the_period(text, quote, expected, note):
    got = tuple(field(text, quote, k) for k in ("date", "period_start", "period_end"))
    assert got == expected, note


# --- a share of a named group, an alias of the UN's humanitarian office, "may still be inside" ----------
GROUP_SHARES = [
    ("OCHA estimates that about 60 percent of the evacuees went on to Idlib province.", "about 60 percent",
     ("displacement", "evacuated", "percent"), "a share of the evacuees"),
    ("More than 40 percent of the dead were women and children, the monitor said.", "More than 40 percent",
     ("casualties", "killed", "percent"), "a share of the dead"),
    ("Nearly half of the displaced are children, UNICEF said.", "Nearly half",
     ("displacement", "displaced", "percent"), "a fraction of the displaced"),
    ("A third of the wounded were treated in field clinics.", "A third", ("casualties", "wounded", "percent"),
     "a share of the wounded"),
    ("Rebels still hold 10 percent of the east.", "10 percent", ("territory", "share_held", "percent"),
     "a share of a place is unchanged"),
    ("Some 52 percent of the vote went to the ruling party.", "Some 52 percent", ("other", "other", "percent"),
     "a share of no group stays other"),
]


@pytest.mark.parametrize("text, quote, expected, note", GROUP_SHARES, ids=[c[-1] for c in GROUP_SHARES])
def test_a_share_of_a_named_group_counts_that_group(text, quote, expected, note):
    r = claim(text, quote)
    assert r is not None and (r["category"], r["measure"], r["unit"]) == expected, note


WORDINGS = [
    ("The UN humanitarian wing warned that tens of thousands of people remained trapped.", "tens of thousands",
     "source", "UN OCHA", "the UN's humanitarian wing is OCHA"),
    ("The UN's humanitarian arm said 31,000 people had fled in four days.", "31,000", "source", "UN OCHA",
     "the UN's humanitarian arm"),
    ("- The UN envoy says as many as 50,000 people may still be inside", "as many as 50,000", "measure",
     "remaining", "'may still be inside' is remaining"),
    ("Up to 2,000 fighters could still be in the pocket, the army said.", "Up to 2,000", "measure", "remaining",
     "'could still be in'"),
]


@pytest.mark.parametrize("text, quote, column, expected, note", WORDINGS, ids=[c[-1] for c in WORDINGS])
def test_wordings_of_sources_and_populations(text, quote, column, expected, note):
    assert field(text, quote, column) == expected, note


def read(text: str, quote: str) -> tuple | None:
    r = claim(text, quote)
    return None if r is None else (r["category"], r["measure"], r["party"])


# --- the parts of a figure, a gapped verb, more of the same people --------------------------------------
PARTS_AND_GAPS = [
    ("The monitor documented the death of 743 people, including 412 civilians: 76 children and 47 women, in "
     "addition to 251 fighters of the rebel factions and 80 members of regime forces.", "76 children",
     ("casualties", "killed", "children"), "a colon opens the parts of a figure"),
    ("The monitor documented the death of 743 people, including 412 civilians: 76 children and 47 women, in "
     "addition to 251 fighters of the rebel factions and 80 members of regime forces.", "47 women",
     ("casualties", "killed", "women"), "the second part after the colon"),
    ("The monitor documented the death of 743 people, including 412 civilians: 76 children and 47 women, in "
     "addition to 251 fighters of the rebel factions and 80 members of regime forces.", "251 fighters",
     ("casualties", "killed", "rebels"), "'in addition to' adds a part"),
    ("The monitor documented the death of 743 people, including 412 civilians: 76 children and 47 women, in "
     "addition to 251 fighters of the rebel factions and 80 members of regime forces.", "80 members",
     ("casualties", "killed", "soldiers"), "a list after 'in addition to'"),
    ("The shelling has killed at least 470 civilians in rebel-held areas, among them 90 children, and 140 in "
     "government-held western districts, the monitor said.", "140", ("casualties", "killed", ""),
     "a gapped verb: a bare number and a place, no party guessed from the list"),
    ("Air strikes killed 45 people in the east and at least 12 in Sheikh Maqsoud.", "at least 12",
     ("casualties", "killed", ""), "a gapped verb before a named district"),
    ("Some 8,000 people fled to the west. About 4,000 others went to Sheikh Maqsoud.", "About 4,000",
     ("displacement", "fled", ""), "others who went somewhere are more of the people before"),
    ("The army took 12 districts on Sunday, and 3 in the morning.", "3", None,
     "a bare number and a time is no gapped figure"),
    ("Police arrested 40 men. About 20 others went to the market.", "About 20", None,
     "more of a group that is no people measure stay no figure"),
]


@pytest.mark.parametrize("text, quote, expected, note", PARTS_AND_GAPS, ids=[c[-1] for c in PARTS_AND_GAPS])
def test_parts_gaps_and_others(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- wounded among people moved out, a district is no speaker, lexicon wordings ---------------------------
MOVED_AND_SPEAKERS = [
    ("The ICRC said some 3,000 people were evacuated on Thursday. Among them were about 200 wounded people, the "
     "WHO said.", "about 200", "measure", "evacuated", "wounded among the evacuees of the sentence before"),
    ("Russia's defence ministry said 1,156 people, including 28 wounded, had left by then.", "28", "party",
     "wounded", "wounded inside a group that left"),
    ("Some 40 people were killed and 100 wounded, including 20 wounded children.", "20", "measure", "wounded",
     "wounded inside a casualty count stay casualties"),
    ("The Kurdish-led administration in Sheikh Maqsoud said it had taken in 10,000 people.", "10,000", "source",
     "PYD", "a district at the end of the subject is no speaker; the administration is"),
    ("The council in Sheikh Saeed said 30 people were killed.", "30", "speaker", "",
     "a district named like a person (Sheikh ...) is no person"),
    ("Sheikh Ahmed Hassoun said 40 people were killed.", "40", "source", "Sheikh Ahmed Hassoun",
     "a person with the title Sheikh is still a person"),
    ("The army has so far restored security to 47 neighborhoods in eastern Aleppo.", "47", "measure",
     "neighbourhoods_taken", "'restored security to' takes districts"),
    ("Thousands of civilians reach the Kurdish neighbourhood.", "Thousands", "measure", "fled",
     "'reach' in a headline's present"),
    ("Aid reaches 20,000 people in the west.", "20,000", "measure", "other",
     "people reached by aid are the object of 'reach', no one fled"),
    ("Aid reached 20,000 people in the west.", "20,000", "measure", "other", "'reached' with the people as object"),
    ("More than 2.3 million Syrian children now live as refugees in neighbouring countries.", "More than 2.3",
     "measure", "refugees", "'live as refugees' is no population"),
]


@pytest.mark.parametrize("text, quote, column, expected, note", MOVED_AND_SPEAKERS,
                         ids=[c[-1] for c in MOVED_AND_SPEAKERS])
def test_moved_wounded_speakers_and_wordings(text, quote, column, expected, note):
    assert field(text, quote, column) == expected, note


# --- a site's name and menu before the headline; the date line under it ----------------------------------
from newsfigures.reading.scrape import clean_scrape  # noqa: E402

BODY = ("Government forces captured the Sakhour district of eastern Aleppo on Monday after heavy overnight "
        "bombardment, state media said, as thousands of civilians fled the fighting.")
MORE = ("The monitoring group says at least 10,000 civilians have fled the east in the past 24 hours, many of them "
        "heading west to government-controlled districts, and about 4,000 went to Sheikh Maqsoud.")
SITE_HEADS = [
    (f"BBC Homepage\n\nAccessibility links\n\nNews\n\nSport\n\nArmy takes Sakhour as thousands flee\n\n{BODY}",
     "Army takes Sakhour as thousands flee", "a two-word site name and one-word menu lines"),
    (f"World News\n\nMiddle East\n\nSyrian army takes Sakhour district\n\n{BODY}", "Syrian army takes Sakhour district",
     "two-word menu lines"),
    (f"Army takes Sakhour\n\n{BODY}", "Army takes Sakhour", "a three-word headline alone is still the headline"),
    (f"Aleppo latest\n\nArmy takes Sakhour\n\n{BODY}", "Aleppo latest",
     "no line of four words before the body: as before, the first line"),
]


@pytest.mark.parametrize("text, title, note", SITE_HEADS, ids=[c[-1] for c in SITE_HEADS])
def test_a_site_name_and_menu_before_the_headline_are_furniture(text, title, note):
    assert clean_scrape(text).title == title, note


def test_the_date_line_under_a_headline_beats_older_dates_of_related_stories(tmp_path):
    from newsfigures.reading import read_article

    menu = "\n\n".join(["BBC Homepage", "Accessibility links", "Skip to content", "News", "Sport", "Weather",
                        "iPlayer", "Sounds", "Home | UK | World | Business", "Middle East"])
    related = "More on this story\n\nRebels lose ground in Aleppo\n\n27 November 2016\n\nWhy is there a war in Syria?\n\n25 February 2016"
    path = tmp_path / "page.txt"
    path.write_text(f"{menu}\n\nArmy takes Sakhour as thousands flee\n\n28 November 2016\n\n{BODY}\n\n{MORE}\n\n{related}\n", "utf-8")
    art = read_article(path)
    assert art.title == "Army takes Sakhour as thousands flee"
    assert (str(art.published), art.published_confidence) == ("2016-11-28", "high")
