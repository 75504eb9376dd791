"""Headline sentences (rule carried_by_two), set-aside sentences and the missing-value guard."""

from __future__ import annotations

import pandas as pd
import pytest

from newsfigures import statements
from newsfigures.book import charts
from tables_factory import claims, events

ARTS = pd.DataFrame([("a1", "2016-12-12", "Reuters"), ("a2", "2016-12-12", "AP"), ("a3", "2016-12-13", None)],
                    columns=["article_id", "published", "outlet"])
FIGURE = ["date", "value_low", "value_high", "qualifier"]


def words(r):
    return charts.format_value(r["value_low"], r["value_high"], r["qualifier"], r["unit"])


def largest(*rows):
    h = statements.headline(claims(*rows), FIGURE, ["value_high", "value_low"], [False, False], ARTS)
    return charts.headline_sentence(h, "largest figure", words, "larger")


def test_a_figure_two_articles_carry_says_so_with_its_sources_and_outlets():
    text = largest(dict(value_low=300.0, source="UN OCHA", article_id="a1"),
                   dict(value_low=300.0, source="SOHR", article_id="a2"))
    assert text == ("The largest figure is 300 people, from UN OCHA and SOHR (2 independent sources) on 2016-12-12, "
                    "carried by 2 articles from 2 outlets.")


def test_a_larger_figure_resting_on_one_article_is_named_but_not_the_headline():
    text = largest(dict(value_low=300.0, source="UN OCHA", article_id="a1"),
                   dict(value_low=300.0, source="UN OCHA", article_id="a2"),
                   dict(value_low=100_000.0, article_id="a3"))
    assert text.startswith("The largest figure carried by at least two articles is 300 people, from UN OCHA on "
                           "2016-12-12, in 2 articles from 2 outlets. A larger one, 100,000 people, from the "
                           "article's own reporting on 2016-12-12, rests on one article.")


def test_when_no_figure_is_carried_twice_the_headline_says_it_rests_on_one_article():
    text = largest(dict(value_low=300.0, article_id="a1"), dict(value_low=200.0, article_id="a2"))
    assert text.endswith("it rests on one article, and no such figure is reported by two or more articles.")
    assert "300 people" in text


def test_an_undated_figure_is_never_a_headline():
    text = largest(dict(value_low=900.0, date=None), dict(value_low=300.0))
    assert "900" not in text and "300 people" in text and "nan" not in text


def test_first_and_last_capture_said_once_when_one_capture_is_both():
    ev = events(dict(neighbourhood="Sakhour", date="2016-11-28", article_id="a1"),
                dict(neighbourhood="Sakhour", date="2016-11-28", article_id="a2"),
                dict(neighbourhood="Old City", date="2016-11-15", article_id="a3"),
                dict(neighbourhood="Hanano", date=None, article_id="a3"))
    args = (["neighbourhood", "controller", "date"],)
    first = statements.headline(ev, *args, ["date"], [True], ARTS, "event_id")
    last = statements.headline(ev, *args, ["date"], [False], ARTS, "event_id")
    text = charts.first_last_sentence(first, last, lambda r: f"{r['neighbourhood']} (by the {r['controller']})",
                                      "capture")
    assert text.startswith("The only capture reported by at least two articles is Sakhour (by the government)")
    assert "The first capture reported, Old City (by the government), from the article's own reporting on " \
           "2016-11-15, rests on one article." in text
    assert "Hanano" not in text and "last capture" not in text


@pytest.mark.parametrize("n,expected", [
    (0, "The plausibility checks set aside no casualty figure."),
    (1, "The plausibility checks set aside 1 casualty figure (1 by share_range): it is listed below"),
    (2, "The plausibility checks set aside 2 casualty figures (2 by share_range): they are listed below"),
])
def test_the_set_aside_sentence_counts_and_says_why(n, expected):
    rows = pd.DataFrame({"check": ["share_range"] * n, "claim_id": [f"c{i}" for i in range(n)]})
    assert charts.set_aside_sentence(rows, "casualty").startswith(expected)


@pytest.mark.parametrize("text,bad", [
    ("the last is Masaken Hanano (nan, by the government)", True),
    ("dated NaT", True),
    ("from None on 2016-12-12", True),
    ("Nothing was set aside; the nanny state", False),
    ("no figure is reported by two or more articles", False),
])
def test_prose_problems_finds_missing_values_as_words(text, bad):
    assert bool(charts.prose_problems(text)) == bad


@pytest.mark.parametrize("measure,says", [("displaced", "who were displaced"), ("evacuated", "who were evacuated"),
                                          ("fled", "who fled")])
def test_the_displacement_headline_reads_as_a_sentence(measure, says):
    from newsfigures.book import headlines

    rows = claims(dict(category="displacement", measure=measure, value_low=119_000.0, quote="Some 119,000 people",
                       article_id="a1"))
    text = headlines.largest_displacement(rows, ARTS)
    assert f"(119,000 people), {says}, from" in text, text
