"""Scope and tally of a figure: a toll of the whole war, or of the events reported; a day's count,
or a running total; and the period a toll "since the offensive began on Nov. 15" covers.

Cases are ``(sentence, quote start, expected, note)``.
"""

from __future__ import annotations

import datetime as dt

from articles_factory import given_article
import pytest

from newsfigures.reading import Article
from newsfigures.extract import extract_article
from newsfigures.figures.tally import war_scope
from newsfigures.figures.dates import figure_date
from newsfigures.figures.numbers import find_quantities
from newsfigures.tables import CLAIM_COLUMNS, claims_frame

PUBLISHED = dt.date(2016, 12, 9)  # a Friday


def _quantity(sentence: str, quote: str):
    (q,) = [q for q in find_quantities(sentence) if sentence[q.start:].startswith(quote)]
    return q


# (sentence, quote start, war scope?, note)
WAR_SCOPE = [
    ("More than 310,000 people have been killed since the conflict began in March 2011.", "More than 310,000",
     True, "since the conflict began in 2011"),
    ("The war has killed more than 300,000 people since 2011.", "more than 300,000", True, "since 2011"),
    ("It is a conflict that has killed hundreds of thousands of people.", "hundreds of thousands", True,
     "a conflict that has killed"),
    ("The five-year war has displaced 11 million people.", "11 million", True, "the five-year war"),
    ("Syria's war has driven 4.8 million people abroad.", "4.8 million", True, "Syria's war has driven"),
    ("The fall of the city would end a five-year civil war that has killed hundreds of thousands.",
     "hundreds of thousands", True, "a five-year civil war that has killed"),
    ("Since the start of the war, some 400,000 people have died.", "some 400,000", True, "since the start of the war"),
    ("The war's death toll passed 310,000 this year.", "310,000", True, "the war's death toll"),
    ("The conflict, which began in 2011, has killed more than 300,000 people.", "more than 300,000", True,
     "a relative clause between the cue and the figure"),
    ("The war has killed 300,000 people and displaced 11 million.", "11 million", True,
     "a second figure of the same clause"),
    ("The Syrian crisis, now in its sixth year, has killed over 300,000 people.", "over 300,000", True,
     "an appositive between 'crisis' and 'has killed'"),
    ("The war, in its sixth year, has displaced half the population of 22 million.", "22 million", True,
     "'in its sixth year'"),
    ("The camp, built in 2011, now houses 5,000 displaced people.", "5,000", False,
     "'in 2011' alone is no war-long cue"),
    ("The uprising, which erupted in March 2011, has left 11 million people displaced.", "11 million", True,
     "'erupted in March 2011'"),
    ("At least 40 people were killed on Monday.", "At least 40", False, "no war cue"),
    ("The war has killed 300,000, and on Monday alone 40 more died in Aleppo.", "40", False,
     "a day nearer to the figure than the war cue"),
    ("At least 40 people died in Aleppo, the monitor said, adding that the war has killed 300,000.", "At least 40",
     False, "the war cue belongs to the other clause"),
    ("Government forces have killed 300 people in the offensive, the deadliest push of the five-year war.", "300",
     False, "the offensive is nearer than the war"),
    ("More than 80,000 civilians have fled since the offensive began on November 15.", "More than 80,000",
     False, "since the offensive, not since the war"),
    ("Rebels have held the east since 2012, and 250,000 people live there.", "250,000", False,
     "since 2012 is no war-long cue"),
    ("The army retook 98 percent of the city in the war's biggest victory.", "98 percent", False,
     "naming the war is no war-long cue"),
    ("We estimated that 17,723 people died in custody between March 2011 and December 2015.", "17,723", True,
     "a stretch of years before the offensive: between March 2011 and December 2015"),
    ("From 2012 to 2015, some 20,000 people were killed in Aleppo province, the monitor said.", "some 20,000", True,
     "from 2012 to 2015"),
    ("Since 2012, about 30,000 people have been killed in Aleppo province.", "about 30,000", True,
     "a toll since 2012 counts years, not the offensive"),
    ("Since mid-2013, 5,000 barrel bombs have killed 12,000 people in the city.", "12,000", True, "since mid-2013"),
    ("Between 15 and 20 November, 300 people were killed.", "300", False, "days of this month are no stretch of years"),
]


@pytest.mark.parametrize("sentence, quote, expected, note", WAR_SCOPE, ids=[c[3] for c in WAR_SCOPE])
def test_war_scope(sentence, quote, expected, note):
    assert war_scope(sentence, _quantity(sentence, quote)) is expected, note


def _rows(figures) -> list[dict]:
    """The claims of an extraction as table rows."""
    return [c.row() for c in figures.claims]


def _article(body: str) -> Article:
    return given_article(body, published=PUBLISHED)


def test_claims_carry_tally_and_scope_columns():
    body = ("Airstrikes pounded eastern Aleppo as government forces advanced. "
            "At least 40 people were killed on Thursday alone, the monitor said. "
            "More than 80,000 civilians have fled since the offensive began on November 15. "
            "The five-year war has killed more than 300,000 people. "
            "Rebels now hold less than a tenth of the east.")
    rows = {c["quote"]: c for c in _rows(extract_article(_article(body)))}
    got = {q: (c["tally"], c["scope"], c["date"], c["period_start"], c["period_end"]) for q, c in rows.items()}
    assert got == {
        "At least 40 people": ("single_day", None, "2016-12-08", None, None),
        "More than 80,000 civilians": ("cumulative", None, "2016-12-09", "2016-11-15", "2016-12-09"),
        "more than 300,000 people": ("cumulative", "war", "2016-12-09", None, None),
        "less than a tenth": (None, None, "2016-12-09", None, None),
    }
    frame = claims_frame(rows.values())
    assert {"tally", "scope"} <= set(CLAIM_COLUMNS) and list(frame.columns) == CLAIM_COLUMNS
    assert set(frame["tally"].dropna()) == {"single_day", "cumulative"}
    # the book leaves war-long tolls out of the offensive's charts like this:
    offensive = frame[frame["scope"] != "war"]
    assert "more than 300,000 people" not in set(offensive["quote"])


# (sentence, figure, period start, date, note): a toll "since ..." runs from that day to the
# publication day, which is its date
SINCE = [
    ("More than 300 people have been killed since the offensive began on Nov. 15.", "300", "2016-11-15",
     "2016-12-09", "since the offensive began on"),
    ("More than 80,000 civilians have fled since the pro-regime offensive opened on November 15.", "80,000",
     "2016-11-15", "2016-12-09", "several words before 'opened'"),
    ("At least 400 were killed since the government launched its offensive on 15 November.", "400", "2016-11-15",
     "2016-12-09", "'launched its offensive on'"),
    ("Some 300 have died since Nov. 15.", "300", "2016-11-15", "2016-12-09", "since a bare date"),
    ("Since the assault was launched on November 15, 500 people have died.", "500", "2016-11-15", "2016-12-09",
     "the period before the figure"),
    ("Since Tuesday, 3,000 people have left.", "3,000", "2016-12-06", "2016-12-09", "since a weekday"),
    ("Some 8,000 have left since the evacuation began on Thursday.", "8,000", "2016-12-08", "2016-12-09",
     "a weekday inside 'since ...' starts the period, it is not the figure's day"),
    ("Since the bombardment resumed on November 15, 700 civilians have been killed.", "700", "2016-11-15",
     "2016-12-09", "'resumed'"),
    ("At least 60 were killed on Monday alone.", "60", None, "2016-12-05", "no period: a day"),
    ("Some 300 died on Monday; since then 40 more have died.", "300", None, "2016-12-05",
     "'since then' names no day"),
    ("At least 26 were killed in the past 24 hours.", "26", "2016-12-08", "2016-12-09", "the past 24 hours"),
    ("In the past days, hundreds of children have been evacuated.", "hundreds", "2016-12-06", "2016-12-09",
     "'the past days' with no number is a few days"),
    ("In the past few days, 400 people have left.", "400", "2016-12-06", "2016-12-09", "'the past few days'"),
    ("In the past day, 40 people have left.", "40", "2016-12-08", "2016-12-09", "'the past day'"),
    ("The offensive, which began on Nov. 15, has killed 300 people.", "300", None, "2016-12-09",
     "the day the offensive began is not the figure's day"),
    ("The army now controls 85 percent of the areas held by rebels before the offensive started on Nov. 15.",
     "85", None, "2016-12-09", "'started on Nov. 15' dates the start, not the share"),
    ("The evacuation, which started on Thursday, has taken out 8,000 people.", "8,000", None, "2016-12-09",
     "a weekday after 'started on'"),
    ("The opposition lost at least twelve neighborhoods between December 1 and December 7.", "twelve",
     "2016-12-01", "2016-12-09", "'between <date> and <date>'"),
    ("From 23 November to 29 November, shelling killed 26 people.", "26", "2016-11-23", "2016-12-09",
     "'from <date> to <date>'"),
    ("Between 23 and 29 November, shelling killed 26 people.", "26", "2016-11-23", "2016-12-09",
     "'between 23 and 29 November'"),
    ("On December 5 and December 7, shelling killed 26 people.", "26", None, "2016-12-07",
     "two days named are no period: the nearer day"),
]


@pytest.mark.parametrize("sentence, figure, start, date, note", SINCE, ids=[c[4] for c in SINCE])
def test_a_toll_since_a_day_runs_from_that_day_to_publication(sentence, figure, start, date, note):
    fd = figure_date(sentence, PUBLISHED, anchor=sentence.index(figure))
    assert (fd.period_start.isoformat() if fd.period_start else None, fd.date.isoformat()) == (start, date), note


# (two sentences, quote start in the second, date, note): a sentence that continues the previous
# one's event takes its named day; other undated figures keep the publication day
CARRY = [
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. Seven children were among the dead.",
     "Seven", "2016-12-07", "'among the dead' continues Wednesday's shelling"),
    ("Airstrikes on Tuesday killed 40 people in Aleppo. The dead included 12 children.", "12", "2016-12-06",
     "'the dead included'"),
    ("Shelling killed 9 people in Aleppo yesterday. Among the victims were 3 women.", "3", "2016-12-08",
     "'among the victims', yesterday"),
    ("On 5 December barrel bombs killed 20 people in Aleppo. Four of the wounded died later.", "Four",
     "2016-12-05", "'of the wounded'"),
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. Some 31,000 people have fled the east.",
     "Some 31,000", "2016-12-09", "a new event: the publication day"),
    ("Airstrikes killed 40 people in Aleppo. Seven children were among the dead.", "Seven", "2016-12-09",
     "the previous sentence names no day: the publication day"),
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. On Thursday 5 children were among the dead.",
     "5", "2016-12-08", "a day of its own wins"),
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. The monitor said 300 had died since "
     "Nov. 15, and children were among the dead.", "300", "2016-12-09", "a period of its own wins"),
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. Rebels hold a third of the east.",
     "a third", "2016-12-09", "a share is no continuation"),
    ("Shells fired Wednesday into eastern Aleppo killed 26 civilians. The UN said. Seven children were among "
     "the dead.", "Seven", "2016-12-09", "only the sentence right before carries its day"),
]


@pytest.mark.parametrize("body, quote, date, note", CARRY, ids=[c[3] for c in CARRY])
def test_a_sentence_continuing_an_event_takes_its_day(body, quote, date, note):
    lead = "Warplanes struck rebel-held districts of Aleppo as the army advanced. "
    (claim,) = [c for c in _rows(extract_article(_article(lead + body))) if c["quote"].startswith(quote)]
    assert claim["date"] == date, note


# (sentence, figure, period start, period end, date, note): more ways to state a period; a period
# ends at publication (or at its last named day) and the figure is dated the publication day
PERIODS = [
    ("At least 300 civilians have been killed since the 15th of November.", "300", "2016-11-15", "2016-12-09",
     "2016-12-09", "'since the 15th of November'"),
    ("Some 5,000 people have fled since the 7th of July.", "5,000", "2016-07-07", "2016-12-09", "2016-12-09",
     "'since the 7th of July'"),
    ("At least 20 people have been killed since yesterday.", "20", "2016-12-08", "2016-12-09", "2016-12-09",
     "'since yesterday' is no 'yesterday'"),
    ("Some 400 people have left since last night.", "400", "2016-12-08", "2016-12-09", "2016-12-09",
     "'since last night'"),
    ("Some 50 people were killed on Saturday and Sunday.", "50", "2016-12-03", "2016-12-04", "2016-12-09",
     "'on Saturday and Sunday' is a two-day period"),
    ("Shelling killed 26 people from Monday to Wednesday.", "26", "2016-12-05", "2016-12-07", "2016-12-09",
     "'from Monday to Wednesday'"),
    ("Since government forces launched the final assault on 15 November, 465 civilians have been killed.", "465",
     "2016-11-15", "2016-12-09", "2016-12-09", "'launched the final assault on'"),
    ("Since the army began its big ground offensive on Nov. 15, 300 people have died.", "300", "2016-11-15",
     "2016-12-09", "2016-12-09", "three words after 'its'"),
    ("At least 30 people were killed yesterday.", "30", None, None, "2016-12-08", "plain 'yesterday' is a day"),
    ("Some 50 people were killed on Saturday, and 20 on Sunday.", "50", None, None, "2016-12-03",
     "two days with their own figures are no period"),
    ("At least 12 people were killed on the 15th of November.", "12", None, None, "2016-11-15",
     "a day with no 'since' is the figure's day"),
]


@pytest.mark.parametrize("sentence, figure, start, end, date, note", PERIODS, ids=[c[5] for c in PERIODS])
def test_more_ways_to_state_a_period(sentence, figure, start, end, date, note):
    fd = figure_date(sentence, PUBLISHED, anchor=sentence.index(figure))
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    assert (iso(fd.period_start), iso(fd.period_end), iso(fd.date)) == (start, end, date), note
