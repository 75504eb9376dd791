"""Forms of real reporting met on unseen reports (issue 12, sixth round), claims side: a title
naming the body before a person's name ("The Director of X Dr. Y told SANA"), the part of an
evacuated group described by its state ("Of those, 500 were wounded or sick patients"), sick
and wounded people still waiting for evacuation (a population, not casualties).

Every case is a made-up sentence (or a few) read inside a short article about the conflict
published on Monday 12 December 2016 (the helpers of ``test_real_reporting_forms``):
``(text, quote start, expected, note)``.
"""

from __future__ import annotations

import pytest

from test_real_reporting_forms import claim


def field(text: str, quote: str, name: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else (r[name] or "")


# --- a capitalised title naming the body, right before the name -------------------------------------
TITLES = [
    ("The Director of Aleppo Health Directorate Dr. Mohammad Hazouri told SANA that 40 wounded people were "
     "taken to hospitals.", "40 wounded", ("Aleppo Health Directorate", "Mohammad Hazouri"),
     "Director of <body> Dr. <name> told SANA"),
    ("Head of the Aleppo Medical Council Dr. Ahmad Saleh said 30 people died in the shelling.", "30 people",
     ("Aleppo Medical Council", "Ahmad Saleh"), "Head of the <council> Dr. <name> said"),
    ("Chief of the Idlib Relief Committee Omar Faris said 2,500 families had arrived overnight.", "2,500 families",
     ("Idlib Relief Committee", "Omar Faris"), "Chief of the <committee> <name> said, no title"),
    ("Head of the ICRC delegation in Syria Marianne Gasser said 3,000 people left the east on Thursday.",
     "3,000 people", ("ICRC", "Marianne Gasser"), "a known body in the title"),
    ("Governor of Aleppo Hussein Diab said 2,000 families had fled the fighting in Hanano.", "2,000 families",
     ("Syrian government", "Hussein Diab"), "a role the lexicon knows (unchanged)"),
    ("Residents of Bustan al-Qasr said 30 people died in the shelling.", "30 people", ("residents", ""),
     "a plural of people is no title"),
]


@pytest.mark.parametrize("text, quote, expected, note", TITLES, ids=[c[-1] for c in TITLES])
def test_a_title_before_a_name_gives_the_body(text, quote, expected, note):
    assert (field(text, quote, "source"), field(text, quote, "speaker")) == expected, note


EVACUATED = ("About 4,000 civilians were evacuated from eastern Aleppo on Sunday, the ICRC said. ")

# --- the part of a group that left, described by its state ---------------------------------------------
STATE_PARTS = [
    (EVACUATED + "Of those, 500 were wounded or sick patients.", "500", ("evacuated", "patients"),
     "Of those, N were wounded or sick patients"),
    (EVACUATED + "Of those who left, 200 were wounded and sick people.", "200", ("evacuated", "patients"),
     "Of those who left, N were wounded and sick people"),
    (EVACUATED + "Of those, 120 were wounded patients.", "120", ("evacuated", "patients"),
     "wounded patients"),
    (EVACUATED + "Of those who fled, about 900 went to Jibreen.", "about 900", ("evacuated", ""),
     "Of those who fled: a relative clause in the fronted group"),
    ("Shelling hit a market in Shaar on Sunday. Of the 60 people hit, 12 were wounded civilians, a doctor said.",
     "12", ("wounded", "*"), "people hurt stay casualties"),
    ("Shelling hit a market in Shaar on Sunday. In the shelling, 30 were wounded.", "30", ("wounded", ""),
     "a passive stays a casualty (unchanged)"),
]


@pytest.mark.parametrize("text, quote, expected, note", STATE_PARTS, ids=[c[-1] for c in STATE_PARTS])
def test_a_state_describes_a_part_of_the_group(text, quote, expected, note):
    measure, party = expected
    assert field(text, quote, "measure") == measure, note
    if party != "*":  # ("*": the party is not what the case is about)
        assert field(text, quote, "party") == party, note


# --- sick and wounded still waiting for evacuation ------------------------------------------------------
WAITING = [
    ("Some 1,000 sick and wounded people are still waiting to be evacuated from the east, the ICRC said.",
     "Some 1,000", ("population", "remaining", "patients"), "sick and wounded waiting to be evacuated"),
    ("About 40 wounded children were awaiting evacuation in Mashhad, doctors said.", "About 40",
     ("population", "remaining", "wounded"), "wounded awaiting evacuation"),
    ("Doctors said 400 wounded in Mashhad are in need of urgent evacuation.", "400 wounded",
     ("casualties", "wounded", ""), "a mere need of evacuation says nothing of where they are (unchanged)"),
    ("Some 300 wounded remain trapped in the east, activists said.", "Some 300", ("population", "trapped", "wounded"),
     "wounded who remain trapped"),
    ("About 1,000 sick and wounded people were evacuated on Thursday.", "About 1,000",
     ("displacement", "evacuated", "patients"), "'sick and wounded' is one group of people"),
    ("About 300 sick or wounded people were taken out by ambulance.", "About 300",
     ("displacement", "evacuated", "patients"), "'sick or wounded'"),
    ("The shelling killed 12 and wounded 40 in Shaar.", "40", ("casualties", "wounded", ""),
     "a verb after 'and' still ends the noun (unchanged)"),
    ("An airstrike wounded 40 people who remain in the area.", "40 people", ("casualties", "wounded", ""),
     "people hurt who remain are casualties"),
]


@pytest.mark.parametrize("text, quote, expected, note", WAITING, ids=[c[-1] for c in WAITING])
def test_the_sick_and_wounded_still_waiting(text, quote, expected, note):
    assert (field(text, quote, "category"), field(text, quote, "measure"), field(text, quote, "party")) == expected, note


# --- "left" of people still there; one predicate for two counted groups -----------------------------------
STILL_THERE = [
    ("There are maybe 50,000 people left here, a doctor said.", "50,000 people", ("population", "remaining"),
     "There are N people left"),
    ("Some 2,000 civilians left behind in Mashhad are at risk, the UN said.", "Some 2,000", ("population", "remaining"),
     "N left behind"),
    ("There were only 30 families left in the district, residents said.", "30 families", ("population", "remaining"),
     "There were only N families left"),
    ("About 3,000 people left Aleppo on buses on Thursday.", "About 3,000", ("displacement", "fled"),
     "people who left a place fled (unchanged)"),
    ("Between 40,000 and 50,000 civilians and around 5,000 fighters are still waiting to be evacuated from "
     "Mashhad, opposition sources said.", "Between 40,000", ("population", "remaining"),
     "two coordinated groups share the predicate: the first"),
    ("Between 40,000 and 50,000 civilians and around 5,000 fighters are still waiting to be evacuated from "
     "Mashhad, opposition sources said.", "around 5,000", ("population", "remaining"), "... and the second"),
    ("Some 300 women and 200 children fled to Jibreen on Friday.", "Some 300", ("displacement", "fled"),
     "N women and M children fled"),
    ("The strike killed 3 civilians and 40 soldiers were wounded.", "3 civilians", ("casualties", "killed"),
     "a verb before the first group stays its own"),
    ("The strike killed 3 civilians and 40 soldiers were wounded.", "40 soldiers", ("casualties", "wounded"),
     "... and the second group's predicate its own"),
]


@pytest.mark.parametrize("text, quote, expected, note", STILL_THERE, ids=[c[-1] for c in STILL_THERE])
def test_people_still_there_and_shared_predicates(text, quote, expected, note):
    assert (field(text, quote, "category"), field(text, quote, "measure")) == expected, note


# --- "N weeks ago"; "since X began last Thursday" ------------------------------------------------------
# (the article is published on Monday 12 December 2016)
AGO = [
    ("Three weeks ago, the rebels controlled about 45 square kilometres in the east of the city.", "about 45",
     ("2016-11-21", ""), "N weeks ago"),
    ("Two days ago, 300 people fled Bustan al-Qasr, activists said.", "300 people", ("2016-12-10", ""), "N days ago"),
    ("A week ago some 2,000 people fled Shaar, activists said.", "some 2,000", ("2016-12-05", ""), "a week ago"),
    ("More than 25,000 people have been evacuated since the operation began last Thursday, the ICRC said.",
     "More than 25,000", ("2016-12-12", "2016-12-08"), "since X began last Thursday opens a period"),
    ("Since the evacuation started on Thursday, 8,000 people have left.", "8,000 people", ("2016-12-12", "2016-12-08"),
     "since X started on Thursday (unchanged)"),
]


@pytest.mark.parametrize("text, quote, expected, note", AGO, ids=[c[-1] for c in AGO])
def test_days_ago_and_periods_opened_last_weekday(text, quote, expected, note):
    assert (field(text, quote, "date"), field(text, quote, "period_start")) == expected, note


# --- a bracketed photo caption under the headline is a caption, its date no more than a hint --------------
BODY = ("The evacuation of civilians from besieged eastern Aleppo was suspended on Friday after militias stopped "
        "a convoy at a checkpoint and opened fire on buses, local sources said.")
MORE = ("Since the evacuation began on Thursday, nearly 8,000 people, including some 2,700 children, have been "
        "brought out of the besieged area, the head of the Red Crescent told reporters in Aleppo.")
CAPTIONS = [
    ("[Photo: Civilians evacuated from eastern Aleppo arrive in the western countryside, 15.12.2016]",
     "a bracketed photo caption with a dotted date"),
    ("[Image: Buses leave Ramouseh, December 15, 2016]", "a bracketed image caption with a written date"),
    ("[Picture: Evacuees wait at a checkpoint on 15 December 2016]", "a bracketed picture caption"),
]


@pytest.mark.parametrize("caption, note", CAPTIONS, ids=[c[-1] for c in CAPTIONS])
def test_a_caption_under_the_headline_gives_no_publication_date(tmp_path, caption, note):
    from newsfigures.reading import read_article

    page = (f"Home | World | Middle East | Economy\n\nAleppo evacuation halted as militias block convoy\n\n"
            f"Jane Doe, John Roe   |16.12.2016\n\n{caption}\n\nALEPPO, Syria\n\n{BODY}\n\n{MORE}\n")
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    art = read_article(path)
    assert str(art.published) == "2016-12-16", note
    assert caption in art.captions, note


# --- an estimate in apposition; people brought into a country; "civilians and wounded"; people from elsewhere -
MORE_FORMS = [
    ("The population of the liberated districts, estimated at more than 80,000 people, is receiving food.",
     "more than 80,000", ("population", "residents"), "the population, estimated at N"),
    ("The remaining residents of the east, thought to number about 100,000 people, face hunger.", "about 100,000",
     ("population", "*"), "residents, thought to number N"),
    ("Of the 196 injured people brought into Turkey so far, 5 had died in hospital, the ministry said.",
     "196 injured", ("displacement", "evacuated"), "wounded brought into a country"),
    ("Nearly 8,000 civilians and wounded have been evacuated from eastern Aleppo since Thursday.", "Nearly 8,000",
     ("displacement", "evacuated"), "'civilians and wounded' before the verb is one group"),
    ("The strike killed 9 civilians and injured 31 others.", "9 civilians", ("casualties", "killed"),
     "'and injured 31' is a verb (unchanged)"),
    ("About 1,200 families from the east were sheltering in schools, local officials said.", "About 1,200",
     ("displacement", "displaced"), "families from elsewhere sheltering"),
    ("Some 5,000 people from Hanano are now living in tents in Jibreen.", "Some 5,000", ("displacement", "displaced"),
     "people from a district living elsewhere"),
    ("Some 2,000 people were sheltering in basements in Shaar.", "Some 2,000", ("population", "residents"),
     "people sheltering where they live (unchanged)"),
    ("About 30,000 residents from eastern Aleppo remain under siege.", "About 30,000", ("population", "*"),
     "people still under siege are no displaced"),
]


@pytest.mark.parametrize("text, quote, expected, note", MORE_FORMS, ids=[c[-1] for c in MORE_FORMS])
def test_estimates_in_apposition_and_people_from_elsewhere(text, quote, expected, note):
    category, measure = expected
    assert field(text, quote, "category") == category, note
    if measure != "*":
        assert field(text, quote, "measure") == measure, note


# --- capacity of a camp; people not heard from; the way of speaking with people; a day before "and N Month" ----
LAST_FORMS = [
    ("The Red Crescent had set up a camp for 10,000 people near the border crossing.", "10,000 people",
     ("other", "aid"), "a camp for N people is aid, no flight"),
    ("About 2,000 people fled to a camp near Azaz on Friday.", "About 2,000", ("displacement", "fled"),
     "people who fled to a camp fled (unchanged)"),
    ("Our research documented at least 60 men who have not been heard from since they crossed into the west.",
     "at least 60", ("casualties", "missing"), "not heard from since is missing"),
    ("Relatives said 14 men remain unaccounted for after the army took the district.", "14 men",
     ("casualties", "missing"), "unaccounted for"),
    ("Researchers spoke by phone and messaging applications with 11 residents still inside the enclave.", "11 residents",
     ("other", "other"), "people we spoke with are no population"),
    ("Amnesty talked on the phone to 8 doctors in the besieged district.", "8 doctors", ("other", "*"),
     "talked on the phone to N"),
    ("Between 20,000 and 25,000 people remain in the rebel pocket, among them several hundred wounded.",
     "several hundred", ("population", "remaining"), "wounded among people still there"),
    ("About 100,000 people are trapped in the east, including 400 wounded, the UN said.", "400 wounded",
     ("population", "trapped"), "wounded among people trapped"),
]


@pytest.mark.parametrize("text, quote, expected, note", LAST_FORMS, ids=[c[-1] for c in LAST_FORMS])
def test_capacities_missing_people_and_parts_of_those_still_there(text, quote, expected, note):
    category, measure = expected
    assert field(text, quote, "category") == category, note
    if measure != "*":
        assert field(text, quote, "measure") == measure, note


def test_a_day_coordinated_with_a_dated_day_is_no_figure():
    text = "Shelling hit the enclave on 12 and 13 December, when 30 people died."
    assert claim(text, "12") is None
    assert field(text, "30 people", "measure") == "killed"


# --- "in two": how a thing was divided, no figure ------------------------------------------------------------
SPLIT = [
    ("Government forces captured several districts, splitting the rebel-held enclave in two and sending thousands "
     "of civilians fleeing.", "two", "splitting the enclave in two"),
    ("The army cut the east in two on Monday, a monitor said, and 300 people fled.", "two", "cut ... in two"),
    ("The advance divided the pocket into three, and 40 people were killed.", "three", "divided ... into three"),
]


@pytest.mark.parametrize("text, quote, note", SPLIT, ids=[c[-1] for c in SPLIT])
def test_a_thing_split_in_two_is_no_figure(text, quote, note):
    assert claim(text, quote) is None, note


def test_parts_after_the_split_are_still_counted():
    text = "The offensive split the east into two pockets, and 300 people fled, a monitor said."
    assert claim(text, "two pockets") is not None
    assert field(text, "300 people", "measure") == "fled"


# --- the site's name in an HTML page's <title> gives the outlet ---------------------------------------------
PAGE = ("<html><head><title>{title}</title></head><body><div id='nav'>Home | World | Middle East</div>"
        "<article><h1>Syrian army declares full control of Aleppo</h1><p>{body}</p><p>{more}</p></article>"
        "</body></html>")
HTML_TITLES = [
    ("PressTV-Syrian army declares full control of Aleppo", "Press TV", "a site name glued before the headline"),
    ("Syrian army declares full control of Aleppo | Reuters", "Reuters", "a site name after a bar"),
    ("Syrian army declares full control of Aleppo - Al Jazeera English", "Al Jazeera",
     "a site name after a dash"),
    ("Syrian army declares full control of Aleppo", "", "no site name: no outlet from the title"),
]


@pytest.mark.parametrize("title, outlet, note", HTML_TITLES, ids=[c[-1] for c in HTML_TITLES])
def test_the_site_name_in_an_html_title_gives_the_outlet(tmp_path, title, outlet, note):
    from newsfigures.reading import read_article

    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title=title, body=BODY, more=MORE), "utf-8")
    assert read_article(path).outlet == outlet, note


# --- people in a place that houses the displaced; people not seen since a day --------------------------------
SHELTERED = [
    ("About 30,000 people have fled to Jibreen, UNHCR said. About 8,000 of them are sheltering in the Jibreen "
     "collective shelter, a former cotton warehouse.", "About 8,000", ("displacement", "displaced"),
     "sheltering in a collective shelter"),
    ("Around 600 people are staying in a reception centre in Jibreen, the UN said.", "Around 600",
     ("displacement", "displaced"), "staying in a reception centre"),
    ("Some 2,000 people were sheltering in basements in Shaar.", "Some 2,000", ("population", "residents"),
     "sheltering in basements (unchanged)"),
    ("Shelling hit Shaar on Sunday. Two men from the street had not been seen since Sunday, he said.", "Two men",
     ("casualties", "missing"), "not been seen since"),
]


@pytest.mark.parametrize("text, quote, expected, note", SHELTERED, ids=[c[-1] for c in SHELTERED])
def test_people_where_the_displaced_stay_and_people_not_seen_since(text, quote, expected, note):
    assert (field(text, quote, "category"), field(text, quote, "measure")) == expected, note
