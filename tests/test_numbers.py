"""Tests for newsfigures.figures.numbers: number phrases -> (low, high, qualifier, kind, unit, span).

Cases are tables of ``(input, expected, note)``: sentences in the manner of wires,
broadcasters and UN situation reports about the fall of eastern Aleppo. Most are invented;
some are close to the development articles. Negative cases (what is *not* a figure, or not a
number at all) are tested as carefully as positive ones.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.figures import numbers
from newsfigures.figures.numbers import (
    FIGURE_KINDS,
    KINDS,
    QUALIFIERS,
    Quantity,
    find_quantities,
    is_figure_kind,
    parse_number,
)

ROOT = Path(__file__).resolve().parents[1]
#: the shipped seed articles and the development articles kept with the tests
CORPUS_DIRS = (ROOT / "data" / "articles", ROOT / "tests" / "corpus" / "dev")


def _params(cases: list[tuple]) -> list:
    """Cases as pytest params, each named by its note (the last element)."""
    return [pytest.param(*case, id=str(case[-1])) for case in cases]


def _find(sentence: str, surface: str) -> Quantity:
    """The quantity whose text is ``surface`` (fails with the full list otherwise)."""
    found = find_quantities(sentence)
    for q in found:
        if q.text == surface:
            return q
    pytest.fail(f"no quantity {surface!r} in {sentence!r}; found {[q.text for q in found]}")


def _check(sentence: str, surface: str, expected: tuple) -> None:
    q = _find(sentence, surface)
    low, high, qualifier, kind, unit = expected
    assert (q.low, q.high, q.qualifier, q.kind, q.unit) == pytest.approx(
        (low, high, qualifier, kind, unit)), q


# ---------------------------------------------------------------------------------------------
# parse_number: plain numbers
# ---------------------------------------------------------------------------------------------

PARSE_NUMBER = [
    ("31,000", 31000, "thousands separator"),
    ("8,461", 8461, "odd thousands"),
    ("275,000", 275000, "hundreds of thousands in digits"),
    ("1,200,000", 1200000, "two separators"),
    ("31\u00a0000", 31000, "non-breaking space as separator"),
    ("45", 45, "plain digits"),
    ("0", 0, "zero digit"),
    ("1.2 million", 1200000, "decimal with scale word"),
    ("3.5m", 3500000, "decimal with attached m"),
    ("1.2bn", 1200000000, "attached bn"),
    ("40k", 40000, "attached k"),
    ("12.5", 12.5, "plain decimal"),
    ("eleven", 11, "teen word"),
    ("Seven", 7, "capitalised word"),
    ("four thousand", 4000, "word with scale"),
    ("one hundred", 100, "one hundred"),
    ("a hundred", 100, "a hundred"),
    ("a thousand", 1000, "a thousand"),
    ("twenty-seven", 27, "hyphenated tens"),
    ("twenty seven", 27, "spaced tens"),
    ("one hundred and twenty", 120, "British 'and'"),
    ("two thousand five hundred", 2500, "compound"),
    ("two hundred thousand", 200000, "stacked scales"),
    ("thirteen hundred", 1300, "teen hundred"),
    ("two million", 2000000, "word million"),
    ("one and a half million", 1500000, "and a half before the scale"),
    ("six and a half", 6.5, "and a half"),
    ("a dozen", 12, "dozen"),
    ("two dozen", 24, "two dozen"),
    ("half a dozen", 6, "half a dozen"),
    ("  31,000 ", 31000, "surrounding whitespace"),
]


@pytest.mark.parametrize(("text", "expected", "note"), _params(PARSE_NUMBER))
def test_parse_number(text: str, expected: float, note: str) -> None:
    assert parse_number(text) == pytest.approx(expected)


PARSE_NUMBER_NONE = [
    ("a tenth", "fraction: via find_quantities"),
    ("a third", "fraction"),
    ("tens of thousands", "vague magnitude"),
    ("thousands", "vague magnitude"),
    ("6,000 to 10,000", "range"),
    ("more than 31,000", "qualifier words are not a number"),
    ("a", "a bare article"),
    ("", "empty"),
    ("people", "no number"),
    ("13th", "ordinal"),
    ("31,000 people", "trailing noun"),
]


@pytest.mark.parametrize(("text", "note"), _params(PARSE_NUMBER_NONE))
def test_parse_number_none(text: str, note: str) -> None:
    assert parse_number(text) is None


def test_parse_number_non_string() -> None:
    assert parse_number(None) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Counts and qualifiers
# ---------------------------------------------------------------------------------------------

COUNTS = [
    ("Shelling killed 45 civilians on Wednesday.", "45", (45, 45, "exact", "count", ""),
     "plain digits"),
    ("More than 31,000 people have been displaced.", "More than 31,000",
     (31000, 31000, "more_than", "count", ""), "more than, sentence start"),
    ("The toll stands at 8,461, among them 2,934 children.", "2,934",
     (2934, 2934, "exact", "count", ""), "among them"),
    ("The monitor counts at least 60 fatalities.", "at least 60",
     (60, 60, "at_least", "count", ""), "at least"),
    ("No fewer than 12 ambulances were hit.", "No fewer than 12",
     (12, 12, "at_least", "count", ""), "no fewer than"),
    ("A minimum of 300 families remain.", "A minimum of 300",
     (300, 300, "at_least", "count", ""), "a minimum of"),
    ("The army helped upward of 8,000 civilians get out.", "upward of 8,000",
     (8000, 8000, "more_than", "count", ""), "upward of"),
    ("Upwards of 500 fighters surrendered.", "Upwards of 500",
     (500, 500, "more_than", "count", ""), "upwards of"),
    ("Over 80,000 human beings are trapped.", "Over 80,000",
     (80000, 80000, "more_than", "count", ""), "over"),
    ("In excess of 1,000 wounded were treated.", "In excess of 1,000",
     (1000, 1000, "more_than", "count", ""), "in excess of"),
    ("Well over 200 people queued.", "Well over 200", (200, 200, "more_than", "count", ""),
     "well over"),
    ("Up to 8,000 people got out.", "Up to 8,000", (8000, 8000, "at_most", "count", ""),
     "up to"),
    ("As many as 728 rebels laid down arms.", "As many as 728",
     (728, 728, "at_most", "count", ""), "as many as"),
    ("No more than 40 buses were available.", "No more than 40",
     (40, 40, "at_most", "count", ""), "no more than beats more than"),
    ("Fewer than 100 staff stayed.", "Fewer than 100", (100, 100, "at_most", "count", ""),
     "fewer than"),
    ("Less than 5,000 residents remain.", "Less than 5,000",
     (5000, 5000, "at_most", "count", ""), "less than"),
    ("Nearly 3,500 civilians got out on Monday.", "Nearly 3,500",
     (3500, 3500, "approximate", "count", ""), "nearly"),
    ("Almost 2,000 crossed overnight.", "Almost 2,000",
     (2000, 2000, "approximate", "count", ""), "almost"),
    ("Around 750 people were brought to Idlib.", "Around 750",
     (750, 750, "approximate", "count", ""), "around"),
    ("About 400 children were vaccinated.", "About 400",
     (400, 400, "approximate", "count", ""), "about"),
    ("Some 35,000 people have now left.", "Some 35,000",
     (35000, 35000, "approximate", "count", ""), "some + number"),
    ("An estimated 31,500 people have been displaced.", "An estimated 31,500",
     (31500, 31500, "approximate", "count", ""), "an estimated"),
    ("The siege on the estimated 250,000 residents tightened.", "estimated 250,000",
     (250000, 250000, "approximate", "count", ""), "the estimated"),
    ("Roughly 100 families were stopped.", "Roughly 100",
     (100, 100, "approximate", "count", ""), "roughly"),
    ("Approximately 275,000 residents live there.", "Approximately 275,000",
     (275000, 275000, "approximate", "count", ""), "approximately"),
    ("Close to 9,000 left on foot.", "Close to 9,000",
     (9000, 9000, "approximate", "count", ""), "close to"),
    ("Just over 2,000 people arrived.", "Just over 2,000",
     (2000, 2000, "more_than", "count", ""), "just over"),
    ("Just under 600 were registered.", "Just under 600",
     (600, 600, "at_most", "count", ""), "just under"),
    ("Eleven people were killed in the strike.", "Eleven",
     (11, 11, "exact", "count", ""), "word at sentence start"),
    ("State media said eight civilians died.", "eight", (8, 8, "exact", "count", ""),
     "word number"),
    ("Among those evacuated were one hundred patients.", "one hundred",
     (100, 100, "exact", "count", ""), "one hundred is not a determiner"),
    ("Some twenty-seven bodies were recovered.", "Some twenty-seven",
     (27, 27, "approximate", "count", ""), "hyphenated word number with qualifier"),
    ("The UN said 1.2 million people need aid.", "1.2 million",
     (1200000, 1200000, "exact", "count", ""), "decimal million"),
    ("Another 3.5m Syrians have fled abroad.", "3.5m",
     (3500000, 3500000, "exact", "count", ""), "attached m"),
    ("Four thousand people crossed.", "Four thousand", (4000, 4000, "exact", "count", ""),
     "four thousand"),
    ("More than a dozen ambulances waited.", "More than a dozen",
     (12, 12, "more_than", "count", ""), "a dozen with qualifier"),
    ("A dozen buses left at dawn.", "A dozen", (12, 12, "approximate", "count", ""),
     "a dozen is approximate"),
    ("Half a million people lived in the east.", "Half a million",
     (500000, 500000, "exact", "count", ""), "half a million is a count"),
    ("A quarter of a million people were under siege.", "A quarter of a million",
     (250000, 250000, "exact", "count", ""), "a quarter of a million"),
    ("Ten thousand people fled in a day.", "Ten thousand",
     (10000, 10000, "exact", "count", ""), "ten thousand"),
    ("At least one child was killed.", "At least one", (1, 1, "at_least", "count", ""),
     "one with a qualifier is a figure"),
    ("More than 2,000 or so crossed.", "More than 2,000 or so",
     (2000, 2000, "more_than", "count", ""), "prefix qualifier wins over suffix"),
    ("Some 2,000 or more people fled.", "Some 2,000 or more",
     (2000, 2000, "approximate", "count", ""), "prefix qualifier wins, suffix stays in text"),
    ("2,000 or more people fled.", "2,000 or more", (2000, 2000, "at_least", "count", ""),
     "suffix or more"),
    ("200 or so families stayed.", "200 or so", (200, 200, "approximate", "count", ""),
     "suffix or so"),
    ("A 40-odd strong unit held out.", "40-odd", (40, 40, "approximate", "count", ""),
     "suffix -odd"),
    ("8,000-plus civilians were moved.", "8,000-plus",
     (8000, 8000, "more_than", "count", ""), "suffix -plus"),
    ("1,000+ dead, activists said.", "1,000+", (1000, 1000, "more_than", "count", ""),
     "suffix +"),
    ("The army seized over 30 villages.", "over 30", (30, 30, "more_than", "count", ""),
     "over as a qualifier"),
    ("The army has taken over 93 percent of the areas.", "93 percent",
     (93, 93, "exact", "percent", "percent"), "took over: phrasal verb, not a qualifier"),
    ("Rebels handed over 14 prisoners.", "14", (14, 14, "exact", "count", ""),
     "handed over: phrasal verb"),
    ("Some 2000 people gathered.", "Some 2000", (2000, 2000, "approximate", "count", ""),
     "year-like digits with a qualifier are a count"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(COUNTS))
def test_counts(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)


# ---------------------------------------------------------------------------------------------
# Vague magnitudes (documented low-high convention)
# ---------------------------------------------------------------------------------------------

VAGUE = [
    ("Dozens of orphans were evacuated.", "Dozens", (24, 99, "approximate", "vague", ""),
     "dozens"),
    ("Scores of people were wounded.", "Scores", (40, 99, "approximate", "vague", ""),
     "scores of"),
    ("Hundreds of civilians are reported missing.", "Hundreds",
     (200, 999, "approximate", "vague", ""), "hundreds"),
    ("Monitoring groups say hundreds have been killed.", "hundreds",
     (200, 999, "approximate", "vague", ""), "hundreds without of"),
    ("Several hundred people were detained.", "Several hundred",
     (200, 999, "approximate", "vague", ""), "several hundred"),
    ("A few hundred fighters remain.", "A few hundred",
     (200, 999, "approximate", "vague", ""), "a few hundred"),
    ("Thousands of people were left waiting.", "Thousands",
     (2000, 9999, "approximate", "vague", ""), "thousands"),
    ("Several thousand people have streamed out.", "Several thousand",
     (2000, 9999, "approximate", "vague", ""), "several thousand"),
    ("A few thousand stayed behind.", "A few thousand",
     (2000, 9999, "approximate", "vague", ""), "a few thousand"),
    ("Tens of thousands of civilians have fled.", "Tens of thousands",
     (20000, 99999, "approximate", "vague", ""), "tens of thousands, not 10 of 1000"),
    ("The war has killed hundreds of thousands of people.", "hundreds of thousands",
     (200000, 999999, "approximate", "vague", ""), "hundreds of thousands"),
    ("It scattered millions of refugees across Europe.", "millions",
     (2000000, 9999999, "approximate", "vague", ""), "millions"),
    ("Only a handful of doctors are left.", "a handful",
     (2, 9, "approximate", "vague", ""), "a handful"),
    ("Tens\u00a0of\u00a0thousands are trapped.", "Tens\u00a0of\u00a0thousands",
     (20000, 99999, "approximate", "vague", ""), "non-breaking spaces inside the phrase"),
    ("At least hundreds were killed.", "At least hundreds",
     (200, 999, "at_least", "vague", ""), "an explicit qualifier is kept"),
    ("Some tens of thousands remain.", "Some tens of thousands",
     (20000, 99999, "approximate", "vague", ""), "some + vague"),
    ("Dozens more were wounded.", "Dozens", (24, 99, "approximate", "vague", ""),
     "dozens more"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(VAGUE))
def test_vague(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)


# ---------------------------------------------------------------------------------------------
# Fractions and percentages (fractions are converted to percent)
# ---------------------------------------------------------------------------------------------

PERCENT = [
    ("The army has recaptured 99 percent of the territory.", "99 percent",
     (99, 99, "exact", "percent", "percent"), "percent"),
    ("Government forces hold 98% of eastern Aleppo.", "98%",
     (98, 98, "exact", "percent", "percent"), "percent sign"),
    ("Rebels held 10 per cent of the east.", "10 per cent",
     (10, 10, "exact", "percent", "percent"), "per cent"),
    ("The rebels control around 7 percent of eastern Aleppo.", "around 7 percent",
     (7, 7, "approximate", "percent", "percent"), "qualifier before percent"),
    ("They lost more than 90 percent of their territory.", "more than 90 percent",
     (90, 90, "more_than", "percent", "percent"), "more than N percent"),
    ("Ninety percent of the east has fallen.", "Ninety percent",
     (90, 90, "exact", "percent", "percent"), "word percent"),
    ("Rebels Driven from 98 Percent of Aleppo", "98 Percent",
     (98, 98, "exact", "percent", "percent"), "title case"),
    ("The share rose to 12.5 percent.", "12.5 percent",
     (12.5, 12.5, "exact", "percent", "percent"), "decimal percent"),
    ("By nightfall rebels held no more than a tenth of the east.", "no more than a tenth",
     (10, 10, "at_most", "percent", "percent"), "a tenth"),
    ("Rebels were pushed out of a third of their territory.", "a third",
     (33.33, 33.33, "exact", "percent", "percent"), "a third of"),
    ("He said more than a third of the territory was taken.", "more than a third",
     (33.33, 33.33, "more_than", "percent", "percent"), "more than a third"),
    ("Troops captured three-quarters of the enclave.", "three-quarters",
     (75, 75, "exact", "percent", "percent"), "hyphenated plural fraction"),
    ("That gave the government nearly three quarters of the pocket.", "nearly three quarters",
     (75, 75, "approximate", "percent", "percent"), "spaced plural fraction"),
    ("The army holds two-thirds of the district.", "two-thirds",
     (66.67, 66.67, "exact", "percent", "percent"), "two-thirds"),
    ("Half of eastern Aleppo is now under army control.", "Half",
     (50, 50, "exact", "percent", "percent"), "half of"),
    ("The army retook half the city in a week.", "half",
     (50, 50, "exact", "percent", "percent"), "half the"),
    ("About half the population fled.", "About half",
     (50, 50, "approximate", "percent", "percent"), "about half"),
    ("Rebels still hold more than half.", "more than half",
     (50, 50, "more_than", "percent", "percent"), "qualified half at clause end"),
    ("One-third of the city lies in ruins.", "One-third",
     (33.33, 33.33, "exact", "percent", "percent"), "one-third"),
    ("Nearly one quarter of the area changed hands.", "Nearly one quarter",
     (25, 25, "approximate", "percent", "percent"), "one quarter"),
    ("A fifth of the neighbourhoods were retaken.", "A fifth",
     (20, 20, "exact", "percent", "percent"), "a fifth"),
    ("Nine-tenths of the pocket is gone.", "Nine-tenths",
     (90, 90, "exact", "percent", "percent"), "nine-tenths"),
    ("One in five children is malnourished.", "One in five",
     (20, 20, "exact", "percent", "percent"), "ratio"),
    ("Nine out of 10 residents have left.", "Nine out of 10",
     (90, 90, "exact", "percent", "percent"), "out of ratio"),
    ("Between 20 and 30 percent of homes were damaged.", "Between 20 and 30 percent",
     (20, 30, "range", "percent", "percent"), "percent range"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(PERCENT))
def test_percent_and_fractions(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)


# ---------------------------------------------------------------------------------------------
# Ranges
# ---------------------------------------------------------------------------------------------

RANGES = [
    ("Another 6,000 to 10,000 civilians had escaped.", "6,000 to 10,000",
     (6000, 10000, "range", "count", ""), "A to B"),
    ("Estimates vary from 60,000 to more than 275,000.", "from 60,000 to more than 275,000",
     (60000, 275000, "range", "count", ""), "from A to more than B"),
    ("Between 200 and 300 people were detained.", "Between 200 and 300",
     (200, 300, "range", "count", ""), "between A and B"),
    ("Civilians massed in two or three neighbourhoods.", "two or three",
     (2, 3, "range", "count", ""), "word or word"),
    ("Fighters left in 10-15 buses.", "10-15", (10, 15, "range", "count", ""),
     "hyphen range"),
    ("Some 5\u20136 million people need aid.", "Some 5\u20136 million",
     (5000000, 6000000, "range", "count", ""), "en dash shares the scale; qualifier kept in text"),
    ("Between 1.5 and 2 million people were displaced.", "Between 1.5 and 2 million",
     (1500000, 2000000, "range", "count", ""), "decimal range with scale"),
    ("Two to three thousand people crossed.", "Two to three thousand",
     (2000, 3000, "range", "count", ""), "word range sharing the scale"),
    ("Between 500 and 2 million people were affected.", "Between 500 and 2 million",
     (500, 2000000, "range", "count", ""), "no scale sharing when A is larger"),
    ("Some 8,000 to 10,000 civilians fled.", "Some 8,000 to 10,000",
     (8000, 10000, "range", "count", ""), "prefix qualifier stays in the text"),
    ("The toll rose from 26 to 45.", "from 26 to 45", (26, 45, "range", "count", ""),
     "from A to B"),
    ("Five or six buses left.", "Five or six", (5, 6, "range", "count", ""),
     "sentence-start word range"),
    ("Between 20 percent and 30 percent of homes.", "Between 20 percent and 30 percent",
     (20, 30, "range", "percent", "percent"), "percent on both ends"),
    ("One or two ambulances got through.", "One or two", (1, 2, "range", "count", ""),
     "one in a range is a number"),
    ("It took three or four days.", "three or four days",
     (3, 4, "range", "duration", "days"), "range of a duration"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(RANGES))
def test_ranges(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)


def test_falling_pair_is_not_a_range() -> None:
    found = find_quantities("The toll was put at 5 or 3 depending on the source.")
    assert [(q.text, q.qualifier) for q in found] == [("5", "exact"), ("3", "exact")]


# ---------------------------------------------------------------------------------------------
# Areas
# ---------------------------------------------------------------------------------------------

AREAS = [
    ("Rebels now hold only seven square km.", "seven square km",
     (7, 7, "exact", "area", "km2"), "word number, square km"),
    ("An area put at about 45 square kilometers.", "about 45 square kilometers",
     (45, 45, "approximate", "area", "km2"), "square kilometers"),
    ("The enclave covered 45 square kilometres.", "45 square kilometres",
     (45, 45, "exact", "area", "km2"), "British spelling"),
    ("The district covers (17 square miles.)", "17 square miles",
     (17, 17, "exact", "area", "sq_mi"), "square miles"),
    ("Forces broke into the 17-square-mile enclave.", "17-square-mile",
     (17, 17, "exact", "area", "sq_mi"), "hyphenated adjective"),
    ("Within 8 kilometers square, we have 80,000 people.", "8 kilometers square",
     (8, 8, "exact", "area", "km2"), "kilometers square"),
    ("Sappers have cleared 6 hectares of mines.", "6 hectares",
     (6, 6, "exact", "area", "hectares"), "hectares"),
    ("They cleared 6 hectares (15 acres) so far.", "15 acres",
     (15, 15, "exact", "area", "acres"), "acres"),
    ("The area shrank to little more than one square mile.",
     "little more than one square mile", (1, 1, "approximate", "area", "sq_mi"),
     "one square mile; little more than is approximate"),
    ("The pocket is about 2.5 sq km.", "about 2.5 sq km",
     (2.5, 2.5, "approximate", "area", "km2"), "sq km"),
    ("Rebels hold 10km2 of the city.", "10km2", (10, 10, "exact", "area", "km2"),
     "attached km2"),
    ("The rebels held 40 km² in the east.", "40 km²", (40, 40, "exact", "area", "km2"),
     "superscript two"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(AREAS))
def test_areas(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)


# ---------------------------------------------------------------------------------------------
# Numbers that are not figures: recognised and given their kind
# ---------------------------------------------------------------------------------------------

NON_FIGURES = [
    # durations
    ("It came 13 days into an all-out offensive.", "13 days",
     (13, 13, "exact", "duration", "days"), "days"),
    ("It would not end the more than five-year-long conflict.", "more than five-year-long",
     (5, 5, "more_than", "duration", "years"), "five-year-long"),
    ("Six and a half years into the conflict, aid is scarce.", "Six and a half years",
     (6.5, 6.5, "exact", "duration", "years"), "six and a half years"),
    ("They waited for more than 48 hours.", "more than 48 hours",
     (48, 48, "more_than", "duration", "hours"), "hours"),
    ("Evacuees sat on buses for over 10 hours.", "over 10 hours",
     (10, 10, "more_than", "duration", "hours"), "over 10 hours"),
    ("In the past 24 hours many crossed.", "24 hours",
     (24, 24, "exact", "duration", "hours"), "past 24 hours"),
    ("Rebels called for a five-day truce.", "five-day",
     (5, 5, "exact", "duration", "days"), "five-day truce"),
    ("The 48-hour ceasefire collapsed.", "48-hour", (48, 48, "exact", "duration", "hours"),
     "48-hour"),
    ("Over the past two weeks the army advanced.", "two weeks",
     (2, 2, "exact", "duration", "weeks"), "two weeks"),
    ("The war began more than five years ago.", "more than five years",
     (5, 5, "more_than", "duration", "years"), "years ago"),
    ("In the nearly six-year civil war, Aleppo was key.", "nearly six-year",
     (6, 6, "approximate", "duration", "years"), "six-year war"),
    ("They waited three quarters of an hour.", "three quarters of an hour",
     (0.75, 0.75, "exact", "duration", "hours"), "fraction of an hour"),
    # years and dates
    ("The war began in 2011.", "2011", (2011, 2011, "exact", "year", ""), "in 2011"),
    ("Rebels took Hanano in 2012 and held it.", "2012", (2012, 2012, "exact", "year", ""),
     "year mid-sentence"),
    ("Memories of the 1980s remain.", "1980s", (1980, 1980, "exact", "year", ""), "decade"),
    ("The offensive began on Nov. 26, with air strikes.", "Nov. 26",
     (26, 26, "exact", "date", ""), "Nov. 26"),
    ("Shelling killed 45 civilians on 30 November.", "30 November",
     (30, 30, "exact", "date", ""), "30 November"),
    ("They have left since Thursday December 15th.", "December 15th",
     (15, 15, "exact", "date", ""), "December 15th"),
    ("In this Monday, Dec. 5, 2016 photo, soldiers patrol.", "Dec. 5, 2016",
     (5, 5, "exact", "date", ""), "Dec. 5, 2016"),
    ("It was published on 1 December 2016.", "1 December 2016",
     (1, 1, "exact", "date", ""), "1 December 2016"),
    ("During the evacuations of 15-16 December many waited.", "15-16 December",
     (15, 16, "range", "date", ""), "15-16 December"),
    ("Between 23 and 29 November shelling killed 26 people.", "Between 23 and 29 November",
     (23, 29, "range", "date", ""), "between 23 and 29 November"),
    ("Clashes on Nov. 26-27 were heavy.", "Nov. 26-27", (26, 27, "range", "date", ""),
     "month before a day range"),
    ("Talks resumed on the 15th of December.", "15th of December",
     (15, 15, "exact", "date", ""), "15th of December"),
    ("Fighting escalated in December 2016.", "December 2016",
     (2016, 2016, "exact", "date", ""), "month and year"),
    ("The report is dated 2016-12-13.", "2016-12-13", (0, 0, "exact", "date", ""),
     "ISO date"),
    ("The photo is dated 13/12/2016.", "13/12/2016", (0, 0, "exact", "date", ""),
     "slashed date"),
    # ages
    ("A 10-year-old girl was among them.", "10-year-old",
     (10, 10, "exact", "age", "years"), "10-year-old"),
    ("The orphans, aged between 3 and 14, came out.", "aged between 3 and 14",
     (3, 14, "range", "age", "years"), "aged between"),
    ("A boy aged 7 was injured.", "aged 7", (7, 7, "exact", "age", "years"), "aged 7"),
    ("Children aged under 5 need vaccines.", "aged under 5",
     (5, 5, "at_most", "age", "years"), "aged under"),
    ("Men between the ages of 18 and 40 were held.", "between the ages of 18 and 40",
     (18, 40, "range", "age", "years"), "between the ages of"),
    ("She is two years old.", "two years old", (2, 2, "exact", "age", "years"),
     "years old"),
    # distances
    ("Damascus is almost 200 miles to the southwest.", "almost 200 miles",
     (200, 200, "approximate", "distance", "miles"), "miles"),
    ("The convoy stopped 8 kilometres away.", "8 kilometres",
     (8, 8, "exact", "distance", "km"), "kilometres"),
    ("Jets struck 10km from the front.", "10km", (10, 10, "exact", "distance", "km"),
     "attached km"),
    # ordinals
    ("The offensive is now in its 13th day.", "13th", (13, 13, "exact", "ordinal", ""),
     "13th day"),
    ("It was billed as an 11th hour attempt.", "11th", (11, 11, "exact", "ordinal", ""),
     "11th hour"),
    ("Hanano was the first to fall.", "first", (1, 1, "exact", "ordinal", ""), "first"),
    ("After dusk, a third convoy set off.", "third", (3, 3, "exact", "ordinal", ""),
     "a third convoy is an ordinal"),
    ("Aleppo, the country's second city, fell.", "second",
     (2, 2, "exact", "ordinal", ""), "second city"),
    ("It was the twenty-first attack.", "twenty-first", (21, 21, "exact", "ordinal", ""),
     "compound ordinal"),
    # times
    ("It was 11pm on 18 December when the buses left.", "11pm",
     (23, 23, "exact", "time", ""), "11pm"),
    ("The convoy moved at 10:30.", "10:30", (10.5, 10.5, "exact", "time", ""), "10:30"),
    ("The truce began at 1400 GMT.", "1400 GMT", (14, 14, "exact", "time", ""),
     "1400 GMT"),
    ("They left at 9 a.m. sharp.", "9 a.m.", (9, 9, "exact", "time", ""), "a.m."),
    # documents and names
    ("Monitors deployed under UN Resolution 2328.", "Resolution 2328",
     (2328, 2328, "exact", "document", ""), "resolution"),
    ("Aleppo: Situation Report No. 9 - Syrian Arab Republic", "No. 9",
     (9, 9, "exact", "document", ""), "Situation Report No. 9"),
    ("Security Council resolution 2254 was cited.", "resolution 2254",
     (2254, 2254, "exact", "document", ""), "lower-case resolution"),
    ("Article 51 of the charter applies.", "Article 51", (51, 51, "exact", "document", ""),
     "article"),
    ("Fighters of Brigade 80 withdrew.", "Brigade 80", (80, 80, "exact", "other", ""),
     "unit name"),
    ("He spoke to Channel 4 News.", "Channel 4", (4, 4, "exact", "other", ""),
     "broadcaster name"),
    ("Group 7 said it would leave.", "Group 7", (7, 7, "exact", "other", ""),
     "group name"),
    # scores, money, temperatures, compounds
    ("Late field goal settles 24-21 title game", "24-21",
     (21, 24, "exact", "score", ""), "score"),
    ("The appeal raised $4 million.", "$4 million",
     (4000000, 4000000, "exact", "money", "USD"), "dollars"),
    ("Britain pledged £30m more.", "£30m", (30000000, 30000000, "exact", "money", "GBP"),
     "pounds"),
    ("Aid worth 4 million dollars arrived.", "4 million dollars",
     (4000000, 4000000, "exact", "money", "USD"), "currency word after"),
    ("The war cost millions of dollars.", "millions",
     (2000000, 9999999, "approximate", "money", "USD"), "vague money"),
    ("Temperatures fell to 5 degrees.", "5 degrees", (5, 5, "exact", "other", "degrees"),
     "temperature"),
    ("They backed a two-state solution.", "two", (2, 2, "exact", "other", ""),
     "compound adjective"),
    ("He set out a five-point plan.", "five", (5, 5, "exact", "other", ""), "five-point"),
    ("The 4G network was down.", "4", (4, 4, "exact", "other", ""), "glued letter"),
    ("Clinics are open 24/7.", "24", (24, 24, "exact", "other", ""), "24/7"),
    ("He read the Seven Pillars of Wisdom.", "Seven", (7, 7, "exact", "other", ""),
     "capitalised name mid-sentence"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected", "note"), _params(NON_FIGURES))
def test_non_figures(sentence: str, surface: str, expected: tuple, note: str) -> None:
    _check(sentence, surface, expected)
    assert not is_figure_kind(expected[3])


# ---------------------------------------------------------------------------------------------
# Negative cases: nothing is returned for these words
# ---------------------------------------------------------------------------------------------

NOTHING = [
    ("\u201cWhere will we go?\u201d asked one resident.", "one as a determiner"),
    ("Sheikh Saeed was one of the few districts left.", "one of"),
    ("It is one of the most populous districts.", "one of the most"),
    ("They congratulate one another on the streets.", "one another"),
    ("No one was hurt in the blast.", "no one"),
    ("Whoever thinks for one moment that it is over is wrong.", "one moment"),
    ("Many would one day want to return.", "one day (adverbial)"),
    ("Some of the children were orphans.", "some of the"),
    ("Some people stayed behind.", "some + noun"),
    ("A monitor said the fighting was heavy.", "a monitor"),
    ("The fighters of Fastaqim Kama Umert withdrew.", "name without numbers"),
    ("Evacuees were exposed to sub-zero temperatures.", "sub-zero"),
    ("Russian Su-24 and F-16 jets flew over.", "aircraft designations"),
    ("The G20 summit discussed Syria.", "G20"),
    ("Fighting cut the city in half.", "in half"),
    ("The eastern half of Aleppo was besieged.", "eastern half: a place"),
    ("They waited half an hour.", "half an hour"),
    ("It lasted an hour and a half.", "an hour and a half"),
    ("The Old City quarter was shelled.", "quarter as a district"),
    ("A quarter century of rule ended.", "a quarter without of"),
    ("Many civilians fled.", "many"),
    ("Several buses left.", "several"),
    ("A few people returned.", "a few"),
    ("Someone has done something.", "one inside words"),
    ("He often came alone.", "ten/one inside words"),
    ("They heard the scores were settled.", "scores as a verb"),
    ("", "empty string"),
]


@pytest.mark.parametrize(("sentence", "note"), _params(NOTHING))
def test_nothing_found(sentence: str, note: str) -> None:
    assert find_quantities(sentence) == []


NO_FIGURES = [
    ("On Nov. 19, the U.N. envoy arrived in Damascus.", "date only"),
    ("The conflict began in 2011 and has lasted five years.", "year and duration"),
    ("Resolution 2328 (2016) was adopted on 19 December.", "document, year, date"),
    ("A 10-year-old girl was aged 7 when it began.", "ages"),
    ("It was the 13th day, the first of many.", "ordinals"),
    ("The convoy left at 11pm, 200 miles from Damascus.", "time and distance"),
    ("Aleppo: Situation Report No. 1 (1 December 2016)", "report header"),
    ("Late field goal settles 24-21 title game", "score"),
]


@pytest.mark.parametrize(("sentence", "note"), _params(NO_FIGURES))
def test_no_figures(sentence: str, note: str) -> None:
    found = find_quantities(sentence)
    assert found, "the non-figures are still returned, with their kind"
    assert [q.text for q in found if q.is_figure] == []


# ---------------------------------------------------------------------------------------------
# Whole sentences: every quantity, in order
# ---------------------------------------------------------------------------------------------

SENTENCES = [
    ("The Syrian Department of Health reports that between 23 and 29 November shelling on "
     "Western Aleppo killed 26 people, among them 9 women and 9 children, and injured 279.",
     [("between 23 and 29 November", "date"), ("26", "count"), ("9", "count"),
      ("9", "count"), ("279", "count")], "OCHA sitrep sentence"),
    ("It said 47 of its 57 staff are stuck in the east.",
     [("47", "count"), ("57", "count")], "two counts"),
    ("In the past 24 hours as many as 728 rebels handed themselves in.",
     [("24 hours", "duration"), ("as many as 728", "count")], "duration then count"),
    ("SOHR said at least 11 women and 13 children were among the dead.",
     [("at least 11", "count"), ("13", "count")], "qualifier does not spread"),
    ("Of eastern Aleppo's approximately 275,000 residents, 70,000 have fled, the UN said "
     "on Tuesday.",
     [("approximately 275,000", "count"), ("70,000", "count")], "curly-free possessive"),
    ("Eastern Aleppo\u2019s approximately 275,000 residents are trapped.",
     [("approximately 275,000", "count")], "curly apostrophe before a qualifier"),
    ("The ICRC brought out some 10,000 civilians over the first day and night.",
     [("some 10,000", "count"), ("first", "ordinal")], "count and ordinal"),
    ("Red Cross: 3,000 people brought out on Thursday, Dec. 15, 2016.",
     [("3,000", "count"), ("Dec. 15, 2016", "date")], "count and date"),
    ("It was 11pm on 18 December when the first batch of five buses left.",
     [("11pm", "time"), ("18 December", "date"), ("first", "ordinal"), ("five", "count")],
     "time, date, ordinal, count"),
    ("The army has over the past two weeks taken over 93 percent of the areas.",
     [("two weeks", "duration"), ("93 percent", "percent")], "phrasal 'taken over'"),
    ("More than 8,000 civilians have left; the army says it has helped upward of 8,000.",
     [("More than 8,000", "count"), ("upward of 8,000", "count")], "two qualifiers"),
]


@pytest.mark.parametrize(("sentence", "expected", "note"), _params(SENTENCES))
def test_sentences(sentence: str, expected: list[tuple[str, str]], note: str) -> None:
    assert [(q.text, q.kind) for q in find_quantities(sentence)] == expected


# ---------------------------------------------------------------------------------------------
# Spans and offsets
# ---------------------------------------------------------------------------------------------

def test_spans_with_qualifier_and_unit() -> None:
    text = "Rebels still control around 7 percent of eastern Aleppo."
    (q,) = find_quantities(text)
    assert q.text == "around 7 percent" == text[q.start:q.end]
    assert text[q.value_start:q.value_end] == "7"


def test_value_span_of_range() -> None:
    text = "Estimates range from 60,000 to more than 275,000."
    (q,) = find_quantities(text)
    assert q.text == "from 60,000 to more than 275,000"
    assert text[q.value_start:q.value_end] == "60,000 to more than 275,000"


def test_offsets_with_non_ascii_before() -> None:
    text = "\u201cWe can\u2019t\u201d \u2014 said the\u00a0official \u2026 nearly\u00a03,500 people left."
    (q,) = find_quantities(text)
    assert q.text == "nearly\u00a03,500" == text[q.start:q.end]
    assert (q.low, q.qualifier) == (3500, "approximate")


def test_qualifier_across_single_line_break() -> None:
    (q,) = find_quantities("killed more than\n40 people")
    assert (q.text, q.qualifier) == ("more than\n40", "more_than")


def test_paragraph_break_stops_a_phrase() -> None:
    found = find_quantities("the total was more than\n\n40 people")
    assert [(q.text, q.qualifier) for q in found] == [("40", "exact")]


def test_results_are_ordered_and_disjoint() -> None:
    text = ("Between 23 and 29 November, some 2,000 to 3,000 people, a third of them children, "
            "fled 8 kilometres in 48 hours; 13th day; Resolution 2328.")
    found = find_quantities(text)
    assert [q.kind for q in found] == [
        "date", "count", "percent", "distance", "duration", "ordinal", "document"]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_quantity_is_frozen() -> None:
    (q,) = find_quantities("45 civilians")
    with pytest.raises(AttributeError):
        q.low = 1  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Kinds, qualifiers and the lexicon
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_is_figure_kind(kind: str) -> None:
    assert is_figure_kind(kind) == (kind in {"count", "percent", "area", "vague"})


def test_figure_kinds_constant() -> None:
    assert FIGURE_KINDS == {"count", "percent", "area", "vague"}


def _lexicon() -> dict:
    path = Path(numbers.__file__).parents[1] / "data" / "numbers.yaml"
    return yaml.safe_load(path.read_text("utf-8"))


def test_lexicon_qualifiers_are_known() -> None:
    lex = _lexicon()
    assert set(lex["qualifiers"]) <= set(QUALIFIERS)
    assert set(lex["suffix_qualifiers"].values()) <= set(QUALIFIERS)


def test_lexicon_vague_bounds() -> None:
    for entry in _lexicon()["vague"]:
        assert 0 < entry["low"] < entry["high"], entry


@pytest.mark.parametrize(("phrase", "expected"), [
    ("dozens", (24, 99)), ("scores of", (40, 99)), ("hundreds", (200, 999)),
    ("several hundred", (200, 999)), ("a few hundred", (200, 999)),
    ("thousands", (2000, 9999)), ("several thousand", (2000, 9999)),
    ("a few thousand", (2000, 9999)), ("tens of thousands", (20000, 99999)),
    ("hundreds of thousands", (200000, 999999)), ("millions", (2000000, 9999999)),
    ("a handful", (2, 9)), ("in their hundreds", (200, 999)), ("in their thousands", (2000, 9999)),
])
def test_documented_vague_table(phrase: str, expected: tuple[int, int]) -> None:
    """The table in data/gold/README.md, phrase by phrase."""
    (q,) = find_quantities(f"They said {phrase} people fled.")
    assert (q.low, q.high, q.qualifier, q.kind) == (*expected, "approximate", "vague")


@pytest.mark.parametrize(("words", "qualifier"), [
    ("at least", "at_least"), ("no fewer than", "at_least"), ("a minimum of", "at_least"),
    ("more than", "more_than"), ("over", "more_than"), ("upward of", "more_than"),
    ("upwards of", "more_than"), ("in excess of", "more_than"), ("above", "more_than"),
    ("up to", "at_most"), ("as many as", "at_most"), ("no more than", "at_most"),
    ("at most", "at_most"), ("fewer than", "at_most"), ("less than", "at_most"),
    ("under", "at_most"), ("about", "approximate"), ("around", "approximate"),
    ("some", "approximate"), ("nearly", "approximate"), ("almost", "approximate"),
    ("roughly", "approximate"), ("approximately", "approximate"),
    ("an estimated", "approximate"), ("estimated", "approximate"),
    ("close to", "approximate"), ("little more than", "approximate"),
])
def test_documented_qualifier_table(words: str, qualifier: str) -> None:
    """The qualifier table in data/gold/README.md, phrase by phrase."""
    (q,) = find_quantities(f"Officials said {words} 4,500 people fled.")
    assert (q.text, q.qualifier, q.low) == (f"{words} 4,500", qualifier, 4500)


# ---------------------------------------------------------------------------------------------
# Known misses (strict: an accidental fix is noticed)
# ---------------------------------------------------------------------------------------------

KNOWN_MISSES = [
    ("Children under five are most at risk.", "five", "age",
     "age without 'aged': reads as at_most 5"),
    ("The army killed 1950 fighters, it said.", "1950", "count",
     "year-like digits without separator read as a year"),
    ("Five thousand, six hundred people left.", "Five thousand, six hundred", "count",
     "comma inside a number in words"),
    ("Talks ran from December 13 to 15.", "15", "date",
     "day after a dated range start"),
]


@pytest.mark.parametrize(("sentence", "surface", "kind", "note"), _params(KNOWN_MISSES))
@pytest.mark.xfail(strict=True, reason="known miss")
def test_known_misses(sentence: str, surface: str, kind: str, note: str) -> None:
    assert any(q.text == surface and q.kind == kind for q in find_quantities(sentence))


# ---------------------------------------------------------------------------------------------
# Properties, corpus, speed
# ---------------------------------------------------------------------------------------------

_NEWSY = st.lists(
    st.sampled_from(
        list("0123456789,.-/%$£+:' \u00a0\n\u2013\u2019") + [
            " one", " a", " third", " half", " of", " to", " or", " and", " between",
            " from", " more than", " at least", " tens", " thousands", " hundred",
            " million", " m", "km", " square", " miles", " percent", " per cent", " days",
            " year-old", " aged", " November", " Dec.", " No.", " Resolution", "th",
            " twenty", "-seven", " dozen", " scores", " pm", " GMT", " in", " out",
        ]),
    max_size=30,
).map("".join)


def _check_invariants(text: str) -> None:
    found = find_quantities(text)
    last_end = 0
    for q in found:
        assert q.text == text[q.start:q.end]
        assert q.start <= q.value_start <= q.value_end <= q.end
        assert q.start >= last_end
        assert q.low <= q.high
        assert q.kind in KINDS
        assert q.qualifier in QUALIFIERS
        last_end = q.end


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=600, deadline=None)
@given(_NEWSY)
def test_never_raises_on_number_like_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


def test_non_string_input() -> None:
    assert find_quantities(None) == []  # type: ignore[arg-type]


def _corpus_texts() -> list[str]:
    paths = sorted(p for d in CORPUS_DIRS for p in d.glob("*.txt"))
    assert len(paths) >= 38, "the seed and development articles ship with the repository"
    return [p.read_text("utf-8") for p in paths]


def test_corpus_invariants() -> None:
    texts = _corpus_texts() + [" ".join(case[0] for case in COUNTS + PERCENT + NON_FIGURES)]
    for text in texts:
        _check_invariants(text)


def test_module_doctest() -> None:
    result = doctest.testmod(numbers, verbose=False)
    assert result.attempted > 0 and result.failed == 0


# ---------------------------------------------------------------------------------------------
# "A to B": a range, or a change and the level it reached
# ---------------------------------------------------------------------------------------------

# (sentence, every quantity as (text, low, high, qualifier, kind), note)
RANGE_OR_CHANGE = [
    ("Revenue rose 20 percent to 31,000 last year.",
     [("20 percent", 20, 20, "exact", "percent"), ("31,000", 31000, 31000, "exact", "count")],
     "a percent change, then a level: two numbers"),
    ("Exports jumped 15 percent to 9,400 tonnes.",
     [("15 percent", 15, 15, "exact", "percent"), ("9,400", 9400, 9400, "exact", "count")],
     "percent on the first number only"),
    ("The number of arrivals was up 12 per cent to 1,200.",
     [("12 per cent", 12, 12, "exact", "percent"), ("1,200", 1200, 1200, "exact", "count")],
     "'up', 'per cent'"),
    ("Prices rose 5% to 200 a bag.",
     [("5%", 5, 5, "exact", "percent"), ("200", 200, 200, "exact", "count")], "percent sign"),
    ("The toll rose 300 to 2,300.",
     [("300", 300, 300, "exact", "count"), ("2,300", 2300, 2300, "exact", "count")],
     "a change verb and a level far above the change"),
    ("The toll climbed by nearly 300 to 2,300.",
     [("nearly 300", 300, 300, "approximate", "count"), ("2,300", 2300, 2300, "exact", "count")],
     "'by' and a qualifier between the verb and the change"),
    ("The number of displaced surged 4,000 to 31,000 in a week.",
     [("4,000", 4000, 4000, "exact", "count"), ("31,000", 31000, 31000, "exact", "count")],
     "'surged'"),
    ("Estimates vary from 60,000 to more than 275,000 residents.",
     [("from 60,000 to more than 275,000", 60000, 275000, "range", "count")],
     "'from A to B' stays a range"),
    ("The population fell from 60,000 to more than 275,000 residents.",
     [("from 60,000 to more than 275,000", 60000, 275000, "range", "count")],
     "'from' wins over a change verb"),
    ("The share rose from 20 percent to 31 percent.",
     [("from 20 percent to 31 percent", 20, 31, "range", "percent")], "percent on both ends"),
    ("Shares fell 10 to 12 percent.",
     [("10 to 12 percent", 10, 12, "range", "percent")], "close values after a change verb: a range"),
    ("The share increased 3 percent to 4 percent.",
     [("3 percent to 4 percent", 3, 4, "range", "percent")], "a percent on both numbers stays a range"),
    ("Airstrikes killed 20 to 30 people.",
     [("20 to 30", 20, 30, "range", "count")], "no change verb: a range"),
    ("Another 6,000 to 10,000 civilians had escaped.",
     [("6,000 to 10,000", 6000, 10000, "range", "count")], "a plain range"),
    ("The population grew 5 to 6 million.",
     [("5 to 6 million", 5000000, 6000000, "range", "count")], "a shared scale keeps the ratio small"),
    ("The death toll rose to 31,000.", [("31,000", 31000, 31000, "exact", "count")], "'rose to' alone"),
]


@pytest.mark.parametrize(("sentence", "expected", "note"), [pytest.param(*c, id=c[2]) for c in RANGE_OR_CHANGE])
def test_a_change_and_its_level_are_two_numbers_not_a_range(sentence: str, expected: list, note: str) -> None:
    found = [(q.text, q.low, q.high, q.qualifier, q.kind) for q in find_quantities(sentence)]
    assert found == [(t, float(lo), float(hi), qual, kind) for t, lo, hi, qual, kind in expected], note


# "one person was killed": "one" before a person and a casualty verb counts a casualty; "one" before
# anything else stays an article ("one resident said", "one of the hospitals")
ONE = [
    ("One person was killed in the shelling.", True, "one person killed"),
    ("Only one civilian died when the shell hit.", True, "one civilian died"),
    ("One child was wounded by sniper fire.", True, "one child wounded"),
    ("one man has been killed at the crossing", True, "'has been killed', lower case"),
    ("One volunteer was seriously injured.", True, "an adverb before the verb"),
    ("One young woman was shot dead.", True, "an adjective before the noun"),
    ("One resident said the shelling was heavy.", False, "a speaker"),
    ("One of the hospitals was hit.", False, "'one of'"),
    ("One day the war will end.", False, "'one day'"),
    ("One doctor described the scene.", False, "a person with no casualty verb"),
    ("One person was evacuated on Thursday.", False, "no casualty verb"),
]


@pytest.mark.parametrize(("sentence", "found", "note"), _params(ONE))
def test_one_counts_a_casualty(sentence: str, found: bool, note: str) -> None:
    ones = [q for q in find_quantities(sentence) if q.text.lower().startswith("one")]
    assert bool(ones) == found, note
    if found:
        assert ones[0].low == 1 and ones[0].kind == "count"
