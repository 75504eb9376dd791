"""Publication-date inference and figure dates: tables of (input, expected, note)."""

import datetime as dt

import pytest

from newsfigures.figures.dates import figure_date
from newsfigures.reading.calendar import find_explicit_dates, find_weekdays, resolve_weekday
from newsfigures.reading.published import infer_published

D = dt.date

EXPLICIT = [
    ("on Nov. 27, 2016, in Aleppo", [(11, 27, 2016)], "abbreviated month with year"),
    ("on 27 November 2016", [(11, 27, 2016)], "day month year"),
    ("since Thursday December 15th.", [(12, 15, None)], "ordinal suffix, no year"),
    ("DAMASCUS, Dec. 12 (Xinhua) --", [(12, 12, None)], "dateline without year"),
    ("between 23 and 29 November", [(11, 29, None)], "the second day of a range is a full date"),
    ("Sept. 3 and Oct. 4, 2015", [(9, 3, None), (10, 4, 2015)], "two dates"),
    ("It may 12 times", [], "'may' the verb is not a month"),
    ("in 2012 the rebels", [], "a bare year is not a date"),
    ("the 13th day of the offensive", [], "ordinal without month"),
]


@pytest.mark.parametrize("text,expected,note", EXPLICIT, ids=[c[2] for c in EXPLICIT])
def test_find_explicit_dates(text, expected, note):
    assert [(d.month, d.day, d.year) for d in find_explicit_dates(text)] == expected


WEEKDAYS = [
    ("Syria's military said Monday it had regained", [0], "bare weekday"),
    ("on Monday alone, late Tuesday", [0, 1], "two weekdays"),
    ("Monday's bombing killed", [0], "possessive"),
    ("talks will resume on Friday", [], "future reference is not a past day"),
    ("next Wednesday the council meets", [], "'next' is future"),
    ("on Wednesday, Nov. 30, 2016", [], "weekday naming an explicit date is not a free weekday"),
]


@pytest.mark.parametrize("text,expected,note", WEEKDAYS, ids=[c[2] for c in WEEKDAYS])
def test_find_weekdays(text, expected, note):
    assert [w.weekday for w in find_weekdays(text)] == expected


@pytest.mark.parametrize("weekday,base,expected", [
    (0, D(2016, 12, 14), D(2016, 12, 12)),   # Monday before a Wednesday
    (2, D(2016, 12, 14), D(2016, 12, 14)),   # same day
    (3, D(2016, 12, 14), D(2016, 12, 8)),    # Thursday: previous week
])
def test_resolve_weekday(weekday, base, expected):
    assert resolve_weekday(weekday, base) == expected


PUBLISHED = [
    (["Title", "DAMASCUS, Dec. 12, 2016 (Xinhua) -- Syrian troops seized a district on Monday."], [], None,
     D(2016, 12, 12), "high", "dated dateline"),
    (["Title", "BEIRUT, Dec. 12 (Reuters) - Syrian troops seized a district on Monday."], [], 2016,
     D(2016, 12, 12), "high", "dateline without year takes the corpus year"),
    (["Report (1 December 2016)", "Fighting escalated."], [], None, D(2016, 12, 1), "high", "date in headline"),
    (["Title", "This report was published on 3 March 2017 and covers last week."], [], None,
     D(2017, 3, 3), "high", "statement of publication"),
    (["Title", "Government forces won it back on Saturday."], ["Residents walk past, 27 November 2016 (AFP)"], None,
     D(2016, 11, 27), "low", "caption the day after the weekday: a caption is only a low hint"),
    (["Title", "More than 20,000 left on Saturday, Russia said on Saturday."], ["Civilians leave, Dec. 9, 2016. (AP Photo)"], None,
     D(2016, 12, 10), "low", "weekday the day after the caption: a caption is only a low hint"),
    (["Title", "Syria's military said Monday it had retaken 98 percent."],
     ["In this Monday, Dec. 5, 2016 photo, soldiers fire. (AP Photo)"], None,
     None, "none", "AP file photo is not an anchor"),
    (["Title", "Rebels held out on Monday as shelling went on."], [], None, None, "none", "weekday words alone"),
    (["Title", "The offensive began on Nov. 26 and troops advanced on Monday."], [], None, None, "none",
     "a past event in the body is not an anchor"),
    (["Title", "No time words here at all, only events."], [], None, None, "none", "nothing to go on"),
    (["Title", "Troops advanced."], ["Smoke rises over Aleppo on Dec. 11, 2016. (AFP)"], None, None, "none",
     "caption without weekday words gives only a lower bound"),
]


@pytest.mark.parametrize("paragraphs,captions,year_hint,expected,confidence,note", PUBLISHED, ids=[c[-1] for c in PUBLISHED])
def test_infer_published(paragraphs, captions, year_hint, expected, confidence, note):
    inf = infer_published(paragraphs, captions, [], year_hint=year_hint)
    assert inf.date == expected
    assert inf.confidence == confidence
    assert inf.evidence  # always says what it saw
    assert (inf.method == "none") == (expected is None)


PUB = D(2016, 12, 14)  # a Wednesday
FIGURES = [
    ("SOHR counts at least 60 fatalities on Monday alone.", "60", D(2016, 12, 12), None, None, "weekday"),
    ("Shells fired late Tuesday killed 11 people.", "11", D(2016, 12, 13), None, None, "late weekday"),
    ("Earlier today troops took 5 districts.", "5", PUB, None, None, "today"),
    ("Overnight, 8,000 people left.", "8,000", D(2016, 12, 13), None, None, "overnight is the day before"),
    ("Shelling killed 45 civilians on 30 November.", "45", D(2016, 11, 30), None, None, "explicit date"),
    ("more than 31,000 people had been displaced in the last 10 days", "31,000", PUB, D(2016, 12, 4), PUB, "last N days"),
    ("87,000 civilians had fled in the past two weeks", "87,000", PUB, D(2016, 11, 30), PUB, "past two weeks"),
    ("as many as 728 rebels surrendered in the past 24 hours", "728", PUB, D(2016, 12, 13), PUB, "24 hours"),
    ("Tens of thousands have fled since the offensive began on Nov. 26.", "Tens", PUB, D(2016, 11, 26), PUB, "since a date"),
    # the noun form of the start ("since the start of X on DATE"), any determiner or possessive
    ("Troops have taken at least 30 neighborhoods since the start of the offensive on November 15.", "30", PUB,
     D(2016, 11, 15), PUB, "since the start of X on a date"),
    ("At least 400 civilians died since the beginning of the government's assault on 15 November.", "400", PUB,
     D(2016, 11, 15), PUB, "since the beginning of a possessive's X"),
    ("Since the launch of its air campaign on Nov. 15, some 31,000 people have fled.", "31,000", PUB,
     D(2016, 11, 15), PUB, "fronted since the launch of"),
    ("The monitor has counted 700 dead since the outset of the push on 20 November.", "700", PUB,
     D(2016, 11, 20), PUB, "since the outset of"),
    ("Since the start of the month, 120 people have been wounded, and on December 12 alone 30 died.", "30",
     D(2016, 12, 12), None, None, "a start with no date is no period"),
    ("between 23 and 29 November shelling killed 26 people", "26", PUB, D(2016, 11, 23), D(2016, 11, 29), "between days: dated when reported"),
    ("an estimated 275,000 residents", "275,000", PUB, None, None, "undated figure takes the publication date"),
]


@pytest.mark.parametrize("text,figure,date,start,end,note", FIGURES, ids=[c[-1] for c in FIGURES])
def test_figure_date(text, figure, date, start, end, note):
    fd = figure_date(text, PUB, anchor=text.index(figure))
    assert (fd.date, fd.period_start, fd.period_end) == (date, start, end)


def test_figure_date_without_publication_date_is_empty():
    fd = figure_date("SOHR counts at least 60 fatalities on Monday alone.", None)
    assert fd.date is None
