"""Charts at scale: figures merged into marks, marks binned by time, and the explorer's parts.

Whatever the size of the claims table, a chart draws at most ``MAX_MARKS`` marks and every
figure stays accounted for in exactly one mark; the explorer page holds one part and the rest
load on demand. Cases are tables of ``(input, expected, note)``.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pandas as pd
import pytest

from newsfigures.book import charts, style, traces
from tables_factory import claims, events

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def spread(n: int, days: int = 730, sources: int = 6, start: str = "2015-06-01") -> pd.DataFrame:
    """``n`` distinct figures from ``sources`` sources over ``days`` days."""
    d0 = date.fromisoformat(start)
    return claims(*[dict(claim_id=f"c{i:06d}", article_id=f"a{i // 3}", source=f"source {i % sources}",
                         date=(d0 + timedelta(days=(i * 7919) % days)).isoformat(),
                         value_low=float(10 + i % 997), value_high=float(10 + i % 997 + (i % 5 == 0) * 40),
                         qualifier=["exact", "at_least", "approximate"][i % 3], measure=["killed", "wounded"][i % 2],
                         quote=f"{10 + i % 997} people", start=i % 50 * 10)
                    for i in range(n)])


# ---------------------------------------------------------------------------- merging identical figures

BASE = dict(source="SOHR", date="2016-12-12", value_low=60.0, qualifier="at_least", measure="killed")


@pytest.mark.parametrize("other, n_marks, note", [
    ({}, 1, "the same figure in two articles (a wire copy) is one mark"),
    (dict(source="Syrian army"), 2, "another source"),
    (dict(date="2016-12-13"), 2, "another day"),
    (dict(qualifier="exact"), 2, "another qualifier"),
    (dict(value_low=61.0), 2, "another value"),
    (dict(value_high=80.0), 2, "a range is not a point"),
    (dict(party_to_conflict=True), 2, "a party's figure is drawn apart"),
    (dict(period_start="2016-12-01", period_end="2016-12-12"), 2, "a stated period"),
    (dict(measure="wounded"), 1, "no facet: the measure does not split marks"),
])
def test_identical_figures_share_a_mark(other, n_marks, note):
    df = claims(dict(BASE, article_id="a1"), dict(BASE, article_id="a2", **other))
    marks = charts.timeline_marks(df)
    assert len(marks) == n_marks, note
    assert marks["n_figures"].sum() == 2 and not charts.marks_problems(marks, df)
    if n_marks == 1:
        (m,) = marks.to_dict("records")
        assert (m["n_figures"], m["n_articles"], m["claim_ids"], m["level"]) == (2, 2, "c0 c1", "figure")


def test_facet_splits_marks():
    df = claims(dict(BASE, article_id="a1"), dict(BASE, article_id="a2", measure="wounded"))
    assert len(charts.timeline_marks(df, facet="measure")) == 2


def test_merged_mark_hover_names_its_claims_and_counts_articles():
    df = claims(*[dict(BASE, article_id=f"a{i}", claim_id=f"k{i}") for i in range(5)])
    fig = charts.figures_timeline(df, charts.source_colours(df["source"]), y_title="people")
    (text,) = charts.hover_texts(fig)
    assert "claim k0 " in text and "one statement, carried by 5 articles (5 mentions" in text
    assert "also claim k1, k2 and 2 more" in text
    assert charts.charted_points(fig) == [60.0], "one mark, at the figure's value"
    assert fig.layout.meta["figures"] == 5 and fig.layout.meta["marks"] == 1
    (trace,) = [t for t in charts.data_traces(fig) if t.mode == "markers"]
    assert trace.marker.size[0] > 10, "a mark for several claims is drawn larger"


@pytest.mark.parametrize("n, bigger_than", [(1, None), (2, 1), (8, 2), (1000, 8)])
def test_mark_size_grows_with_the_count_and_is_capped(n, bigger_than):
    assert traces._mark_size(n) <= 22.0
    if bigger_than:
        assert traces._mark_size(n) > traces._mark_size(bigger_than) or traces._mark_size(n) == 22.0


# ---------------------------------------------------------------------------- binning by time

@pytest.mark.parametrize("day, level, start, end", [
    ("2016-12-12", "day", "2016-12-12", "2016-12-12"),
    ("2016-12-12", "week", "2016-12-12", "2016-12-18"),   # a Monday
    ("2016-12-18", "week", "2016-12-12", "2016-12-18"),   # the Sunday of the same week
    ("2016-12-19", "week", "2016-12-19", "2016-12-25"),
    ("2016-02-29", "month", "2016-02-01", "2016-02-29"),
    ("2016-11-27", "quarter", "2016-10-01", "2016-12-31"),
    ("2016-01-01", "year", "2016-01-01", "2016-12-31"),
])
def test_bin_bounds(day, level, start, end):
    s, e = charts.bin_bounds(pd.Series([day]), level)
    assert (s.iloc[0], e.iloc[0]) == (start, end)


@pytest.mark.parametrize("n, days, max_marks, level", [
    (50, 30, 1500, "figure"),
    (3000, 10, 1500, "day"),
    (3000, 200, 300, "week"),
    (3000, 200, 100, "month"),
    (3000, 730, 60, "quarter"),
    (3000, 1460, 10, "year"),
])
def test_marks_coarsen_until_they_fit(n, days, max_marks, level):
    df = spread(n, days=days)
    marks = charts.timeline_marks(df, max_marks=max_marks)
    assert marks["level"].iloc[0] == level
    assert len(marks) <= max_marks or level == "year"
    assert marks["n_figures"].sum() == n
    assert charts.marks_problems(marks, df) == []


def test_a_binned_mark_spans_its_figures():
    df = claims(dict(source="UN", date="2016-12-12", value_low=100.0, qualifier="exact", article_id="a1"),
                dict(source="UN", date="2016-12-14", value_low=300.0, value_high=400.0, qualifier="approximate",
                     article_id="a2"),
                dict(source="UN", date="2016-12-16", value_low=50.0, qualifier="at_least", article_id="a3"),
                dict(source="ICRC", date="2016-12-13", value_low=7.0, article_id="a4"))
    marks = charts.timeline_marks(df, level="week")
    un = marks[marks["source_label"] == "UN"].iloc[0]
    assert (un["value_low"], un["value_high"], un["n_figures"], un["qualifier"]) == (50.0, 400.0, 3, "mixed")
    assert (un["bin_start"], un["bin_end"], un["date"]) == ("2016-12-12", "2016-12-18", "2016-12-15")
    assert un["qualifiers"] == "approximate 1, at least 1, exact 1"
    assert not un["has_period"] and un["is_range"]
    text = charts.mark_hover(un, "full")
    assert "<b>3 figures</b> from 50 to 400 people" in text and "week 2016-12-12 to 2016-12-18" in text
    assert "claim c1 " in text or "claim c0 " in text


@pytest.mark.parametrize("tamper, message", [
    (lambda m: m.assign(value_high=m["value_high"] - 1), "outside their mark"),
    (lambda m: m.assign(claim_ids=m["claim_ids"].str.replace("c000001", "", regex=False)), "in no mark"),
    (lambda m: pd.concat([m, m.iloc[:1]], ignore_index=True), "two marks"),
    (lambda m: m.assign(source_label="someone else"), "outside their mark"),
    (lambda m: m.assign(bin_end="2000-01-01"), "outside their mark"),
])
def test_marks_problems_catches_a_wrong_mark(tamper, message):
    df = spread(400, days=60)
    marks = charts.timeline_marks(df, max_marks=40)
    assert marks["level"].iloc[0] == "month" and charts.marks_problems(marks, df) == []
    problems = charts.marks_problems(tamper(marks), df)
    assert any(message in p for p in problems), problems


def test_timeline_problems_agrees_with_the_chart_and_catches_a_different_one():
    df = spread(2000, days=400)
    colours = charts.source_colours(df["source"])
    fig = charts.figures_timeline(df, colours, facet="measure", y_title="people", max_marks=300)
    assert charts.timeline_problems(fig, df, facet="measure", max_marks=300) == []
    assert charts.timeline_problems(fig, df.iloc[1:], facet="measure", max_marks=300), "a figure not charted is caught"
    trace = next(t for t in charts.data_traces(fig) if t.mode == "lines")
    trace.y = [trace.y[0] + 1] + list(trace.y[1:])
    assert "the ranges drawn are not the marks' low–high spans" in charts.timeline_problems(
        fig, df, facet="measure", max_marks=300)
    assert fig.layout.meta["marks"] <= 300 and fig.layout.meta["figures"] == 2000
    assert "one mark per source and" in fig.layout.title.text


@pytest.mark.parametrize("n", [2_000, 20_000])
def test_chart_weight_does_not_grow_with_the_table(n):
    df = spread(n, days=730, sources=12)
    fig = charts.figures_timeline(df, charts.source_colours(df["source"]), facet="measure", y_title="people")
    size = charts.html_bytes(charts.plotly_html(fig, "a"))
    assert fig.layout.meta["marks"] <= charts.MAX_MARKS
    assert size < charts.FIGURE_HOVER_BUDGET + 350_000, size


def test_binned_hover_is_escaped():
    df = spread(300, days=100)
    df.loc[:, "quote"] = EVIL
    df.loc[:, "source"] = EVIL
    fig = charts.figures_timeline(df, {}, y_title="people", max_marks=5)
    page = charts.plotly_html(fig, "a").data
    assert "<script>alert" not in page and "<img" not in page
    assert charts.timeline_problems(fig, df, max_marks=5) == []


# ---------------------------------------------------------------------------- control events

@pytest.mark.parametrize("other, n_marks", [
    ({}, 1), (dict(date="2016-11-28"), 2), (dict(controller="rebels"), 2), (dict(event="held"), 2),
    (dict(source="SOHR"), 2), (dict(neighbourhood="Jabal Badro"), 2),
])
def test_identical_control_statements_share_a_mark(other, n_marks):
    ev = events(dict(article_id="a1"), dict(article_id="a2", **other))
    marks = charts.control_marks(ev)
    assert len(marks) == n_marks and marks["n_events"].sum() == 2
    assert charts.control_marks_problems(marks, ev) == []
    fig = charts.control_timeline(ev, charts.source_colours(ev["source"]))
    assert fig.layout.meta["marks"] == n_marks and fig.layout.meta["events"] == 2


def test_control_marks_bin_and_problems_catch_a_lost_event():
    ev = events(*[dict(article_id=f"a{i}", date=(date(2016, 1, 1) + timedelta(days=i % 300)).isoformat(),
                       source=f"s{i % 4}") for i in range(900)])
    marks = charts.control_marks(ev, max_marks=100)
    assert marks["level"].iloc[0] in ("month", "quarter") and len(marks) <= 100
    assert charts.control_marks_problems(marks, ev) == []
    broken = marks.assign(event_ids=marks["event_ids"].str.split().str[1:].str.join(" "))
    assert charts.control_marks_problems(broken, ev)


# ---------------------------------------------------------------------------- tables and coverage

def test_coverage_hover_lists_a_few_titles_and_counts_the_rest():
    arts = pd.DataFrame([dict(article_id=f"a{i}", title=f"Title {i:03d} {EVIL}", published="2016-12-12",
                              published_method="given: manifest") for i in range(50)])
    fig = charts.coverage_figure(arts)
    (custom,) = fig.data[0].customdata
    assert custom.count("Title") == charts.COVERAGE_MAX_TITLES and "… and 42 more" in custom
    assert "<script>" not in custom


# ---------------------------------------------------------------------------- explorer parts

def test_explorer_parts_hold_every_claim_once_newest_first():
    df = spread(1234, days=90)
    arts = pd.DataFrame([dict(article_id=a, title=a, outlet="", published="", url="") for a in df["article_id"].unique()])
    parts = charts.explorer_parts(df, arts, max_rows=100, max_bytes=20_000)
    rows = [r for p in parts for r in p["rows"]]
    assert sorted(r[0] for r in rows) == sorted(df["claim_id"])
    dates = [r[1] for r in rows]
    assert dates == sorted(dates, reverse=True)
    for p in parts:
        assert len(p["rows"]) <= 100 and len(charts.json_for_html(p).encode()) <= 20_000
        assert all(0 <= r[10] < len(p["sentences"]) and r[11] in p["articles"] for r in p["rows"]), "self-contained"
    payload = charts.explorer_payload(df, arts, max_rows=100, max_bytes=20_000)
    assert payload["rows"] == parts[0]["rows"] and payload["total"] == 1234
    assert payload["sources"] == sorted(df["source"].unique())


def test_explorer_parts_are_written_as_inert_scripts(tmp_path):
    df = claims(*[dict(claim_id=f"c{i}", quote=EVIL, sentence=f"{EVIL} {i}", article_id="x", start=i * 10)
                  for i in range(30)])
    parts = charts.explorer_parts(df, pd.DataFrame(), max_rows=7)
    paths = charts.write_explorer_parts(parts, tmp_path)
    assert len(paths) == len(parts) - 1 == 4
    assert paths == charts.write_explorer_parts(parts, tmp_path), "same rows, same file names"
    for k, rel in enumerate(paths, start=1):
        body = (tmp_path / rel).read_text("utf-8")
        assert "<" not in body and body.startswith(f'newsfiguresExplorerPart("claims-explorer",{k},')
        data = json.loads(body[body.index(",", body.index(",") + 1) + 1:-3])
        assert data["rows"] == parts[k]["rows"]
    page = charts.explorer_html(charts.explorer_payload(df, pd.DataFrame(), max_rows=7), parts=paths)
    assert "30 claims: the newest 7 are in this page, the others load in 4 parts" in page
    assert json.loads(page.split('data-parts="', 1)[1].split('"', 1)[0].replace("&quot;", '"')) == paths
    assert charts.write_explorer_parts(parts[:1], tmp_path) == [], "one part: nothing to write"


def test_a_chart_whose_hovers_would_not_fit_goes_coarser_instead_of_dropping_them(monkeypatch):
    df = spread(3000, days=400)
    monkeypatch.setattr(style, "FIGURE_HOVER_BUDGET", 30_000)
    fig = charts.figures_timeline(df, {}, y_title="people", max_marks=1500)
    assert fig.layout.meta["hover"] != "none"
    assert charts.MARK_LEVELS.index(fig.layout.meta["level"]) > charts.MARK_LEVELS.index(
        charts.timeline_marks(df, max_marks=1500)["level"].iloc[0])
    assert charts.timeline_problems(fig, df, max_marks=1500) == []


@pytest.mark.parametrize("days, per_bar", [(10, charts.COVERAGE_MAX_TITLES), (400, 3), (3000, 0)])
def test_coverage_hover_titles_shrink_with_the_number_of_days(days, per_bar):
    arts = pd.DataFrame([dict(article_id=f"a{i}", title=f"Title {i}", published=(date(2010, 1, 1) + timedelta(days=i % days)).isoformat(),
                              published_method="given: manifest") for i in range(days * 10)])
    custom = charts.coverage_figure(arts).data[0].customdata
    assert max(c.count("Title") for c in custom) == per_bar
    assert sum(len(c) for c in custom) < charts.COVERAGE_HOVER_BUDGET + 60 * len(custom)


def test_band_marks_coarsen_with_the_chart_so_hovers_survive(monkeypatch):
    df = spread(600, days=300)
    band = spread(2000, days=300, sources=3).assign(category="population", value_low=250000.0, value_high=275000.0)
    monkeypatch.setattr(style, "FIGURE_HOVER_BUDGET", 20_000)
    fig = charts.figures_timeline(df, {}, facet="measure", y_title="people", band=(250000.0, 275000.0, "pop"),
                                  band_points=band)
    meta = fig.layout.meta
    assert meta["hover"] != "none" and meta["band_level"] != "figure"
    assert charts.timeline_problems(fig, df, facet="measure", band_points=band) == []
