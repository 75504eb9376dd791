"""newsfigures.book (charts): colours, escaping, the explorer payload and what the charts draw.

The charts are checked on what they draw (segment ends, marker shapes, hover text), not on
pixels; cases are tables of ``(input, expected, note)`` where that reads well.
"""

from __future__ import annotations

import json
import re

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from newsfigures import reconcile
from newsfigures.book import bundle, charts, style  # noqa: E402
from tables_factory import claims, events  # noqa: E402

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def articles(*ids: str, url: str = "") -> pd.DataFrame:
    return pd.DataFrame([dict(article_id=i, title=f"Title {i}", outlet="Outlet", published="2016-12-12", url=url)
                         for i in ids])


def all_html(fig) -> str:
    return charts.plotly_html(fig, div_id="test-figure").data


# ---------------------------------------------------------------------------- colours

def test_preferred_colours_are_fixed():
    colours = charts.source_colours(["Syrian army", "Syrian Observatory for Human Rights", None])
    assert colours == {"Syrian Observatory for Human Rights": "#0072B2", "Syrian army": "#D55E00",
                       charts.OWN_AUTHORITY: "#888888"}


def test_a_source_keeps_its_colour_whatever_else_is_charted():
    book = ["Syrian army", "SANA", "UNICEF", "monitoring groups", "ICRC", "", "Zeta group"]
    full = charts.source_colours(book)
    for subset in (["Syrian army"], ["SANA", "ICRC"], [None]):
        sub = charts.source_colours(subset)
        assert all(sub[k] == full[k] for k in sub), "a preferred source's colour never changes"
    assert charts.source_colours(reversed(book)) == full, "order of the input does not matter"
    assert charts.source_colours(book + book) == full


def test_every_source_gets_a_distinct_colour_while_the_palette_lasts():
    names = [f"source {i:02d}" for i in range(12)] + ["Syrian army", "SANA", None]
    colours = charts.source_colours(names)
    assert len(set(colours.values())) == len(colours)
    assert set(colours.values()) <= set(charts.PALETTE + charts.EXTRA_COLOURS)


def test_blank_sources_share_the_own_authority_label():
    colours = charts.source_colours([None, "", float("nan")])
    assert list(colours) == [charts.OWN_AUTHORITY]


def test_book_source_colours_uses_claims_and_events():
    tables = {"claims": claims(dict(source="Syrian army"), dict(source="Kurdish source")),
              "control_events": events(dict(source="PYD"))}
    colours = charts.book_source_colours(tables)
    assert set(colours) == {"Syrian army", "Kurdish source", "PYD"}


def test_own_authority_label_agrees_with_reconcile():
    assert reconcile.source_label(None) == charts.OWN_AUTHORITY


# ---------------------------------------------------------------------------- numbers and windows

VALUES = [
    ((31000, 31000, "more_than", "people"), "more than 31,000 people", "open-ended"),
    ((200, 999, "approximate", "people"), "roughly 200–999 people", "vague magnitude"),
    ((10, 20, "at_least", "people"), "10–20 people (at least)", "odd combination stays explicit"),
    ((6000, 10000, "range", "people"), "6,000–10,000 people", "range"),
    ((98, 98, "exact", "percent"), "98 percent", "exact"),
    ((33.333, 33.333, "approximate", "percent"), "about 33.33 percent", "two decimals"),
    ((10, 10, "at_most", None), "at most 10", "no unit"),
]


@pytest.mark.parametrize("args,expected,note", VALUES, ids=[c[2] for c in VALUES])
def test_format_value(args, expected, note):
    assert charts.format_value(*args) == expected


WINDOWS = [
    (("", ""), ["d1", "d2", "d3", "undated"], "no window keeps undated rows"),
    (("2016-12-01", ""), ["d2", "d3"], "from only"),
    (("", "2016-12-07"), ["d1", "d2"], "to only, inclusive"),
    (("2016-12-07", "2016-12-07"), ["d2"], "one day"),
]


@pytest.mark.parametrize("window,expected,note", WINDOWS, ids=[c[2] for c in WINDOWS])
def test_in_window(window, expected, note):
    df = claims(dict(claim_id="d1", date="2016-11-27"), dict(claim_id="d2", date="2016-12-07"),
                dict(claim_id="d3", date="2016-12-12"), dict(claim_id="undated", date=None))
    assert list(charts.in_window(df, *window)["claim_id"]) == expected


@pytest.mark.parametrize("bad", [("12/12/2016", ""), ("", "2016-13-01"), ("2016-12-12", "2016-12-01"), ("x", "")])
def test_check_window_rejects(bad):
    with pytest.raises(ValueError):
        charts.check_window(*bad)


# ---------------------------------------------------------------------------- escaping

def test_escape():
    assert charts.escape(EVIL) == ("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x "
                                   "onerror=&quot;alert(2)&quot;&gt;")
    assert charts.escape(None) == ""


def test_hover_text_escapes_the_quote_and_sentence():
    df = claims(dict(quote=EVIL, sentence=f"They said {EVIL} today.", source="<b>Evil</b> source"))
    text = charts.claim_hover(df.iloc[0])
    assert "<script" not in text and "<img" not in text and "<b>Evil" not in text
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in text
    assert set(re.findall(r"<(/?\w+)", text)) <= {"b", "/b", "br"}, "only the markup we add"


def test_plotly_page_has_no_markup_from_the_article():
    df = claims(dict(quote=EVIL, sentence=EVIL, source=EVIL), dict(value_low=5.0, value_high=50.0, qualifier="range",
                                                                   quote=EVIL, source=EVIL, start=99))
    colours = charts.source_colours(df["source"])
    page = all_html(charts.figures_timeline(df, colours, y_title="people"))
    assert "onerror" in page, "the text is there, as text"
    assert "<img" not in page and "<script>alert" not in page
    loader = page.count(f'src="{bundle.PAGE_SRC}"') + page.count("<script>window.PlotlyConfig")  # a chapter's first figure
    assert page.count("<script") - loader == 1, "only plotly's own script element"


def test_control_timeline_escapes_neighbourhood_and_quote():
    ev = events(dict(neighbourhood=EVIL, quote=EVIL))
    fig = charts.control_timeline(ev, charts.source_colours([None]))
    page = all_html(fig)
    assert "<img" not in page and "<script>alert" not in page
    assert any("&lt;img" in t for t in charts.hover_texts(fig))


def test_table_html_escapes_cells():
    html = charts.table_html(pd.DataFrame({"a": [EVIL], "n": [31000.0]}), numbers=["n"])
    assert "<img" not in html and "<script" not in html
    assert "&lt;img" in html and "<td>31,000</td>" in html


# ---------------------------------------------------------------------------- what the timeline draws

def _timeline(df, **kw):
    return charts.figures_timeline(df, charts.source_colours(df["source"]), y_title="people", **kw)


def test_ranges_are_drawn_from_low_to_high_not_as_midpoints():
    df = claims(dict(value_low=200.0, value_high=999.0, qualifier="approximate", source="A"),
                dict(value_low=6000.0, value_high=10000.0, qualifier="range", source="B", start=50),
                dict(value_low=60.0, qualifier="at_least", source="C", start=90))
    fig = _timeline(df)
    assert sorted(charts.charted_segments(fig)) == [(200.0, 999.0), (6000.0, 10000.0)]
    assert charts.charted_points(fig) == [60.0]
    assert 599.5 not in charts.charted_points(fig) and 8000.0 not in charts.charted_points(fig)


SYMBOLS = [
    (dict(qualifier="exact"), "circle", "exact"),
    (dict(qualifier="approximate"), "diamond", "approximate"),
    (dict(qualifier="more_than"), "triangle-up", "open-ended upward"),
    (dict(qualifier="at_least"), "triangle-up", "at least"),
    (dict(qualifier="at_most"), "triangle-down", "at most"),
    (dict(qualifier="exact", party_to_conflict=True, source="Syrian army"), "circle-open", "party: hollow"),
    (dict(qualifier="at_most", party_to_conflict=True, source="Syrian army"), "triangle-down-open", "party, at most"),
]


@pytest.mark.parametrize("row,symbol,note", SYMBOLS, ids=[c[2] for c in SYMBOLS])
def test_point_marker_shapes(row, symbol, note):
    fig = _timeline(claims(row))
    symbols = [s for tr in charts.data_traces(fig) if tr.mode == "markers"
               for s in (tr.marker.symbol if not isinstance(tr.marker.symbol, str) else [tr.marker.symbol])]
    assert symbols == [symbol]
    legend = [tr for tr in fig.data if tr.showlegend and getattr(tr, "legend", None) != "legend2"]
    assert len(legend) == 1 and legend[0].marker.symbol == "circle", "the legend shows a plain dot per source"


def test_party_ranges_are_dotted():
    df = claims(dict(value_low=20000.0, value_high=99999.0, qualifier="approximate", source="Syrian army",
                     party_to_conflict=True))
    fig = _timeline(df)
    lines = [tr for tr in charts.data_traces(fig) if tr.mode == "lines"]
    assert [tr.line.dash for tr in lines] == ["dot"]
    assert "(party to the conflict)" in lines[0].name


def test_periods_are_horizontal_segments():
    df = claims(dict(category="displacement", measure="displaced", value_low=31000.0, qualifier="more_than",
                     period_start="2016-11-27", period_end="2016-12-07", date="2016-12-07"))
    fig = _timeline(df)
    period = [tr for tr in charts.data_traces(fig) if tr.mode == "lines"][0]
    assert list(period.y) == [31000.0, 31000.0, None]
    assert [x[:10] for x in period.x[:2]] == ["2016-11-27", "2016-12-07"]
    assert charts.charted_segments(fig) == [], "a period is not a vertical range"
    assert charts.charted_periods(fig) == [("2016-11-27", "2016-12-07", 31000.0, 31000.0)]
    assert charts.charted_points(fig) == [31000.0], "the qualifier marker sits at the period's end"


def test_period_ranges_are_boxes():
    df = claims(dict(value_low=100.0, value_high=200.0, qualifier="range", period_start="2016-11-27",
                     period_end="2016-12-07"))
    period = [tr for tr in charts.data_traces(_timeline(df)) if tr.mode == "lines"][0]
    assert list(period.y) == [100.0, 100.0, 200.0, 200.0, 100.0, None]
    assert charts.charted_periods(_timeline(df)) == [("2016-11-27", "2016-12-07", 100.0, 200.0)]


def test_converted_shares_have_their_own_marker_and_say_so():
    df = claims(dict(category="territory", measure="share_held", unit="percent", party="rebels", value_low=7.0,
                     qualifier="approximate", source="Syrian Observatory for Human Rights"))
    gov = reconcile.government_share(df).assign(note="converted: government share = 100 − stated rebel share")
    fig = charts.figures_timeline(gov, charts.source_colours(gov["source"]), y_title="percent", note_column="note",
                                  y_range=(0, 100))
    pts = [tr for tr in charts.data_traces(fig) if tr.mode == "markers"]
    assert list(pts[0].marker.symbol) == ["x"] and list(pts[0].y) == [93.0]
    assert "converted" in pts[0].hovertext[0]
    assert any("converted" in (tr.name or "") for tr in fig.data if getattr(tr, "legend", None) == "legend2")


def test_hover_leads_back_to_the_sentence():
    df = claims(dict(claim_id="abc123", article_id="art9", quote="1,500 people",
                     sentence="State media said 1,500 people left on Sunday.", source="Syrian state media",
                     party_to_conflict=True, date_method="weekday 'Sunday'"))
    (text,) = set(charts.hover_texts(_timeline(df)))
    for part in ("1,500 people", "State media said", "Syrian state media (party to the conflict)",
                 "claim abc123 · article art9", "weekday &#x27;Sunday&#x27;", "qualifier: exact"):
        assert part in text


LEVELS = [
    (None, "full", "sentence:", "within the budget"),
    (1200, "no sentence", "quote:", "the sentence goes first"),
    (600, "compact", "claim c1 ", "then the quote and qualifier"),
    (10, "none", None, "at the last resort no hover at all"),
]


@pytest.mark.parametrize("budget,level,marker,note", LEVELS, ids=[c[3] for c in LEVELS])
def test_hover_shrinks_to_fit_the_budget(monkeypatch, budget, level, marker, note):
    if budget is not None:
        monkeypatch.setattr(style, "FIGURE_HOVER_BUDGET", budget)
    long = "A long sentence about the shelling of the eastern districts, " * 4
    df = claims(*[dict(sentence=long + str(i), value_low=float(i + 1), start=40 * i) for i in range(4)],
                dict(value_low=5.0, value_high=50.0, qualifier="range", sentence=long, start=400))
    fig = _timeline(df)
    assert fig.layout.meta["hover"] == level
    texts = charts.hover_texts(fig)
    if marker is None:
        assert texts == []
        assert "no hover details" in fig.layout.title.text
        assert fig.layout.meta["level"] == "year", "marks were made as coarse as they go before hovers went"
        assert charts.charted_segments(fig) == [(1.0, 50.0)] and charts.charted_points(fig) == []
        return
    else:
        assert texts and all(marker in " ".join(texts) for _ in [0])
        if level == "compact":
            assert "quote:" not in " ".join(texts)
        if level == "no sentence":
            assert "sentence:" not in " ".join(texts)
    assert sorted(charts.charted_points(fig)) == [1.0, 2.0, 3.0, 4.0], "marks are always drawn"
    assert charts.charted_segments(fig) == [(5.0, 50.0)]


def test_log_axis_is_chosen_per_panel():
    df = claims(dict(measure="killed", value_low=10.0, source="A"), dict(measure="killed", value_low=2e6, source="B", start=30),
                dict(measure="wounded", value_low=279.0, source="B", start=60))
    fig = _timeline(df, facet="measure", facet_order=["killed", "wounded"])
    assert (fig.layout.yaxis.type, fig.layout.yaxis2.type) == ("log", "linear")


def test_facets_and_dodge():
    df = claims(dict(measure="killed", source="A"), dict(measure="wounded", source="B", start=30),
                dict(measure="killed", source="B", start=60))
    fig = _timeline(df, facet="measure", facet_order=["killed", "wounded"])
    titles = [a.text for a in fig.layout.annotations]
    assert titles[:2] == ["killed", "wounded"]
    xs = {tr.name: tr.x[0] for tr in charts.data_traces(fig) if tr.mode == "markers"}
    assert len(set(xs.values())) == 2, "two sources on one day are drawn side by side"


def test_empty_timeline_says_so():
    df = claims(dict(value_low=1.0)).iloc[0:0]
    fig = _timeline(df, empty_message="No casualty figures.")
    assert [a.text for a in fig.layout.annotations] == ["No casualty figures."]


def test_band_and_band_points():
    df = claims(dict(category="displacement", measure="fled", value_low=1000.0, source="A"))
    pop = claims(dict(category="population", measure="residents", value_low=250000.0, source="B"))
    fig = _timeline(df, band=(250000.0, 250000.0, "population"), band_points=pop)
    assert sorted(charts.charted_points(fig)) == [1000.0, 250000.0]
    assert any(tr.name == charts.BAND_LABEL for tr in fig.data)
    assert fig.layout.yaxis.type == "log", "1,000 against 250,000: log axis"
    two = claims(dict(category="displacement", measure="fled", value_low=1000.0, source="A"),
                 dict(category="displacement", measure="evacuated", value_low=3000.0, source="A", start=40))
    faceted = _timeline(two, facet="measure", band=(250000.0, 250000.0, "population"), band_points=pop)
    assert sorted(charts.charted_points(faceted)) == [1000.0, 3000.0, 250000.0, 250000.0], "band points in each panel"
    assert len(faceted.layout.shapes) == 2, "the band in each panel"


# ---------------------------------------------------------------------------- other charts

def test_control_timeline_shapes():
    ev = events(dict(controller="government", event="captured"), dict(controller="rebels", event="held",
                                                                        neighbourhood="Sheikh Saeed"),
                dict(controller="kurdish", event="held", neighbourhood="Sheikh Maqsoud", source="PYD"))
    fig = charts.control_timeline(ev, charts.source_colours(ev["source"]))
    symbols = sorted(s for tr in fig.data if getattr(tr, "legend", None) != "legend2" for s in tr.marker.symbol)
    assert symbols == ["diamond-open", "square", "triangle-up-open"]
    assert charts.control_timeline(ev.iloc[0:0], {}).layout.annotations[0].text.startswith("No neighbourhood")


def test_source_category_counts():
    df = claims(dict(source="Syrian army", party_to_conflict=True, category="territory", measure="share_held",
                     unit="percent", party="government"),
                dict(source="Syrian army", party_to_conflict=True, category="casualties", start=20),
                dict(source=None, category="displacement", measure="fled", start=40))
    counts = charts.source_category_counts(df)
    assert list(counts.index) == ["Syrian army", charts.OWN_AUTHORITY]
    assert counts.loc["Syrian army", "total"] == 2 and counts.loc["Syrian army", "territory"] == 1
    assert bool(counts.loc["Syrian army", "party_to_conflict"]) and not bool(counts.loc[charts.OWN_AUTHORITY, "party_to_conflict"])
    fig = charts.source_matrix_figure(counts)
    assert "Syrian army †" in list(fig.data[0].y)


def test_disagreement_sentence():
    df = claims(dict(category="displacement", measure="fled", value_low=4000.0, article_id="a1",
                     source="Syrian Observatory for Human Rights", date="2016-11-27"),
                dict(category="displacement", measure="fled", value_low=1500.0, article_id="a2", party_to_conflict=True,
                     source="Syrian state media", date="2016-11-27"),
                dict(category="displacement", measure="fled", value_low=2000.0, value_high=9999.0, qualifier="approximate",
                     article_id="a3", date="2016-11-27"))
    dis = reconcile.disagreements(reconcile.comparable_claims(df))
    assert charts.disagreement_sentence(dis) == (
        "On 2016-11-27, for displacement/fled (people): 1,500 people (Syrian state media, a party to the conflict); "
        "roughly 2,000–9,999 people (the article's own reporting); 4,000 people (Syrian Observatory for Human Rights).")



def test_disagreement_sentence_says_wire_copies_once_and_caps_the_list():
    rows = [dict(value_low=200.0, source="SANA", article_id=f"w{i}") for i in range(12)]
    rows += [dict(value_low=float(300 + i), source=f"S{i}", article_id=f"o{i}") for i in range(8)]
    rows += [dict(value_low=100000.0, qualifier="more_than", article_id="top")]
    dis = reconcile.disagreements(reconcile.comparable_claims(claims(*rows)))
    text = charts.disagreement_sentence(dis[dis["group"] == dis["group"].iloc[0]], max_figures=4)
    assert text.count("SANA") == 1 and "200 people (SANA, in 12 articles)" in text
    assert "7 other figures, up to more than 100,000 people (the article's own reporting)" in text
    assert text.count(";") == 3

def test_disagreement_figure_caps_groups():
    rows = []
    for day in range(1, 16):
        for s, v in (("A", 10.0), ("B", 20.0 + day)):
            rows.append(dict(date=f"2016-12-{day:02d}", source=s, value_low=v, article_id=f"a{day}{s}"))
    dis = reconcile.disagreements(reconcile.comparable_claims(claims(*rows)))
    fig = charts.disagreement_figure(dis, charts.source_colours(["A", "B"]), max_groups=5)
    assert len(fig.layout.annotations) == 5
    assert fig.layout.annotations[0].text == "2016-12-15 · casualties/killed (people)", "largest spread first"


@pytest.mark.parametrize("empty", [True, False])
def test_static_versions_draw(empty):
    import matplotlib.pyplot as plt

    df = claims(dict(value_low=200.0, value_high=999.0, qualifier="approximate", source="A"),
                dict(value_low=11.0, source="SANA", party_to_conflict=True, start=40),
                dict(value_low=81.0, period_start="2016-11-15", period_end="2016-12-06", start=80))
    ev = events(dict())
    if empty:
        df, ev = df.iloc[0:0], ev.iloc[0:0]
    colours = charts.source_colours(list(df["source"]) + [None])
    ax = charts.figures_static(df, colours, y_title="people")
    assert ax.figure is not None
    charts.control_static(ev, colours)
    charts.source_matrix_static(charts.source_category_counts(df))
    charts.disagreement_static(reconcile.disagreements(reconcile.comparable_claims(df)), colours)
    plt.close("all")


def test_coverage_functions_still_work():
    arts = pd.DataFrame([dict(article_id="a", title="<b>T</b>", published="2016-12-12", published_method="given:manifest"),
                         dict(article_id="b", title="U", published="2016-12-12", published_method="inferred:dateline")])
    fig = charts.coverage_figure(arts)
    assert sum(sum(tr.y) for tr in fig.data) == 2
    assert "<b>T" not in all_html(fig)
    charts.coverage_static(arts)


# ---------------------------------------------------------------------------- explorer

def test_json_for_html_cannot_close_the_script():
    text = charts.json_for_html({"q": EVIL + "<!-- \u2028 & </SCRIPT >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"q": EVIL + "<!-- \u2028 & </SCRIPT >"}


def test_explorer_round_trips_untrusted_text_as_data():
    df = claims(dict(quote=EVIL, sentence=f"He said {EVIL}.", source=EVIL, article_id="x"))
    page = charts.explorer_html(charts.explorer_payload(df, articles("x", url="javascript:alert(3)")))
    assert "<img" not in page and "<script>alert" not in page and "javascript:" not in page
    assert page.count("<script") == 1 and page.count("</script>") == 1
    data = charts.explorer_rows_from_html(page)
    row = dict(zip(data["columns"], data["rows"][0]))
    assert row["quote"] == EVIL and row["source"] == EVIL, "the text is kept exactly, as data"
    assert data["sentences"][row["sentence"]] == f"He said {EVIL}."
    assert data["articles"]["x"][3] == "", "only http(s) links survive"


def test_explorer_keeps_http_links():
    df = claims(dict(article_id="x"))
    data = charts.explorer_payload(df, articles("x", url="https://example.org/a"))
    assert data["articles"]["x"] == ["Title x", "Outlet", "2016-12-12", "https://example.org/a"]


def test_explorer_newest_first_and_capped():
    rows = [dict(claim_id=f"c{i:03d}", date=f"2016-12-{1 + i % 28:02d}", article_id=f"a{i}") for i in range(120)]
    rows.append(dict(claim_id="undated", date=None, article_id="a0", start=5000))
    df = claims(*rows)
    data = charts.explorer_payload(df, articles(*{r["article_id"] for r in rows}), max_rows=50)
    assert (data["shown"], data["total"], len(data["rows"])) == (50, 121, 50)
    dates = [r[1] for r in data["rows"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2016-12-28"
    assert "undated" not in {r[0] for r in data["rows"]}
    page = charts.explorer_html(data, csv_hint="data/tables/claims.csv")
    assert "The 50 newest of 121 claims" in page and "71 older ones" in page and "data/tables/claims.csv" in page
    everything = charts.explorer_payload(df, articles(*{r["article_id"] for r in rows}))
    assert everything["shown"] == 121 and everything["rows"][-1][0] == "undated", "undated claims come last"


def test_explorer_byte_budget_and_shared_sentences():
    long = "x" * 2000
    rows = [dict(claim_id=f"c{i}", sentence=f"{long} {i}", article_id="a", start=i * 10) for i in range(200)]
    rows += [dict(claim_id=f"s{i}", sentence="One shared sentence.", article_id="a", start=5000 + i) for i in range(3)]
    data = charts.explorer_payload(claims(*rows), articles("a"), max_bytes=50_000)
    assert len(charts.json_for_html(data).encode()) <= 50_000
    assert 10 < data["shown"] < 200
    wide = [dict(claim_id=f"w{i}", sentence=("حلب <b>" * 300) + str(i), article_id="a", start=i * 10)
            for i in range(100)]
    data = charts.explorer_payload(claims(*wide), articles("a"), max_bytes=50_000)
    assert len(charts.json_for_html(data).encode()) <= 50_000, "bytes, not characters, after escaping"
    data = charts.explorer_payload(claims(*rows[-3:]), articles("a"))
    assert data["sentences"] == ["One shared sentence."] and {r[10] for r in data["rows"]} == {0}


def test_explorer_empty():
    data = charts.explorer_payload(claims(dict(value_low=1.0)).iloc[0:0], articles())
    assert (data["shown"], data["total"], data["rows"]) == (0, 0, [])
    assert "All 0 claims" in charts.explorer_html(data)


def test_explorer_js_never_uses_inner_html():
    from pathlib import Path

    js = (Path(__file__).resolve().parents[1] / "_static" / "explorer.js").read_text("utf-8")
    code = re.sub(r"/\*.*?\*/", "", js, flags=re.DOTALL)
    assert "innerHTML" not in code and "outerHTML" not in code and "insertAdjacentHTML" not in code
    assert "document.write" not in code and "eval(" not in code
    assert "textContent" in code


def test_one_day_of_figures_keeps_a_day_axis():
    df = claims(dict(value_low=5.0, source="A"), dict(value_low=6.0, source="B", start=40))
    fig = _timeline(df)
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert hi - lo >= pd.Timedelta(days=2), "the dodge of a few hours must not read as times of day"
    assert fig.layout.xaxis.dtick == 86_400_000
    xs = sorted(tr.x[0] for tr in charts.data_traces(fig))
    assert xs[0] != xs[1] and xs[0][:10] == "2016-12-11" and xs[1][:10] == "2016-12-12", "dodged within ±7 hours"


def test_static_panels_sharing_a_date_axis_with_an_empty_one():
    import matplotlib.pyplot as plt

    df = claims(dict(value_low=45.0))
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    charts.figures_static(df, {}, top, y_title="people")
    charts.figures_static(df.iloc[0:0], {}, bottom, y_title="people")
    fig.tight_layout()  # used to fail: an empty panel cleared the shared ticks
    fig2, (a, b) = plt.subplots(2, 1, sharex=True)
    charts.figures_static(df, {}, a, y_title="percent")
    charts.control_static(events(dict()).iloc[0:0], {}, b)
    fig2.tight_layout()
    plt.close("all")
