"""The gazetteer-to-outline table, the rule for who held a neighbourhood as of a day, the map
figure and the plotly.js bundle the book ships."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsfigures.book import bundle
from newsfigures.book import map as mapfig
from newsfigures.territory import outlines
from newsfigures.territory.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parents[1]


def events(*rows: tuple) -> pd.DataFrame:
    cols = ["neighbourhood", "controller", "event", "date", "source", "quote"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_every_gazetteer_name_says_which_outline_it_has_or_none():
    table = outlines.outline_table()
    assert sorted(table["name"]) == sorted(n.name for n in gazetteer())
    assert outlines.outline_problems() == []


def test_outline_table_matches_the_shared_notes_counts():
    table = outlines.outline_table()
    kinds = table["outline"].value_counts().to_dict()
    # 82 names of the first gazetteer as the shared notes matched them, plus 59 rows taken from the
    # CSR layer, each exact on the polygon its csr_name gives
    assert kinds == {"exact": 53 + 59, "alias": 11, "union": 4, "none": 14}
    from_csr = table[table["note"] == outlines.CSR_NAME_NOTE]
    assert len(from_csr) == 59 and set(from_csr["outline"]) == {"exact"}
    none = set(outlines.outline_table().query("outline == 'none'")["name"])
    # never guessed: the 8 names nobody could place, 5 known only as points, 1 related polygon
    assert {"Sheikh Lutfi", "Ard al-Hamra", "Old City", "Nairab camp", "Handarat"} <= none


def test_a_new_gazetteer_name_without_a_row_is_a_problem(monkeypatch):
    rows = tuple(r for r in outlines._table_rows() if r["name"] != "Sukkari")
    monkeypatch.setattr(outlines, "_table_rows", lambda: rows)
    assert any("'Sukkari' is not in" in p for p in outlines.outline_problems())


def test_a_csv_row_that_disagrees_with_the_gazetteers_csr_name_is_a_problem(monkeypatch):
    name = next(n for n in gazetteer() if n.csr_name)
    rows = outlines._table_rows() + ({"name": name.name, "outline": "exact", "polygons": "as-Sukkari", "note": ""},)
    monkeypatch.setattr(outlines, "_table_rows", lambda: rows)
    assert outlines.outline_problems() == [
        f"{name.name!r}: the gazetteer's csr_name is {name.csr_name!r}, {outlines.TABLE_FILE} says ['as-Sukkari']"]


def test_a_row_naming_a_missing_polygon_is_a_problem(monkeypatch):
    rows = tuple(dict(r, polygons="No Such Place") if r["name"] == "Sukkari" else r for r in outlines._table_rows())
    monkeypatch.setattr(outlines, "_table_rows", lambda: rows)
    assert outlines.outline_problems() == ["'Sukkari': no CSR polygon is called 'No Such Place'"]


def test_outlines_are_the_126_csr_names_inside_aleppo():
    shapes = outlines.outlines()
    assert len(shapes) == 126
    xs = [x for o in shapes.values() for part in o.parts for ring in part for x, _ in ring]
    ys = [y for o in shapes.values() for part in o.parts for ring in part for _, y in ring]
    assert 37.0 < min(xs) and max(xs) < 37.4 and 36.1 < min(ys) and max(ys) < 36.3


@pytest.mark.parametrize("rows,day,expected", [
    ([("Sukkari", "government", "captured", "2016-12-05")], "2016-12-04", {}),
    ([("Sukkari", "government", "captured", "2016-12-05")], "2016-12-05", {"Sukkari": "government"}),
    ([("Sukkari", "rebels", "held", "2016-11-20"), ("Sukkari", "government", "captured", "2016-12-05")],
     "2016-12-01", {"Sukkari": "rebels"}),
    ([("Sukkari", "rebels", "held", "2016-11-20"), ("Sukkari", "government", "captured", "2016-12-05")],
     "2016-12-20", {"Sukkari": "government"}),
    ([("Sukkari", "rebels", "held", "2016-12-05"), ("Sukkari", "government", "captured", "2016-12-05")],
     "2016-12-05", {"Sukkari": "contested"}),
    ([("Sukkari", "rebels", "held", "2016-12-05"), ("Sukkari", "government", "captured", "2016-12-05"),
      ("Sukkari", "government", "held", "2016-12-06")], "2016-12-07", {"Sukkari": "government"}),
    ([("Sukkari", "government", "captured", None)], "2016-12-22", {}),
], ids=["before any statement", "captured that day", "earlier statement holds", "capture holds afterwards",
        "two sides the same day are contested", "a later single statement settles it", "undated counts for no day"])
def test_latest_statement_rule(rows, day, expected):
    got = outlines.control_as_of(events(*[(*r, "SOHR", "q") for r in rows]), day)
    assert dict(zip(got["neighbourhood"], got["status"])) == expected


def test_names_on_one_alias_polygon_are_decided_together():
    ev = events(("Shaar", "rebels", "held", "2016-12-01", "a", "q"),
                ("Tariq al-Bab", "government", "captured", "2016-12-01", "b", "q"))
    got = outlines.polygon_control_as_of(ev, "2016-12-02")
    assert dict(zip(got["polygon"], got["status"])) == {"ash-Sha'ar": "contested"}


def test_names_without_outline_are_listed_not_drawn():
    ev = events(("Old City", "government", "captured", "2016-12-07", "a", "q"),
                ("Sheikh Lutfi", "government", "captured", "2016-12-01", "a", "q"),
                ("Sukkari", "government", "captured", "2016-12-10", "a", "q"))
    assert outlines.unplaced_names(ev) == ["Old City", "Sheikh Lutfi"]
    assert set(outlines.polygon_events(ev)["neighbourhood"]) == {"Sukkari"}


@pytest.mark.parametrize("dates,window,first,last,n", [
    (["2016-12-01"], ("", ""), "2016-11-15", "2016-12-22", 38),
    ([], ("", ""), "2016-11-15", "2016-12-22", 38),
    (["2016-12-01", "2017-01-10"], ("", ""), "2016-12-01", "2017-01-10", 41),
    (["2016-12-01"], ("2016-11-20", "2016-12-10"), "2016-11-20", "2016-12-10", 21),
    (["2015-01-01", "2016-06-01", "2016-12-01"], ("", ""), "2015-01-01", "2016-12-01", 3),
], ids=["offensive", "no events", "corpus window", "given window", "long window: days with statements"])
def test_map_days(dates, window, first, last, n):
    days = outlines.map_days(events(*[("Sukkari", "government", "captured", d, "a", "q") for d in dates]), *window)
    assert (days[0], days[-1], len(days)) == (first, last, n)


def test_simplified_rings_stay_closed_and_shrink():
    ring = max((r for o in outlines.outlines().values() for p in o.parts for r in p), key=len)
    out = outlines.simplify_ring(ring, 15.0)
    assert out[0] == ring[0] and out[-1] == ring[-1] and 4 <= len(out) < len(ring)


def test_map_colours_follow_the_rule_on_every_day_and_escape_quotes():
    ev = events(("Sukkari", "rebels", "held", "2016-11-20", "activists", "<script>x</script> rebel-held Sukkari"),
                ("Sukkari", "government", "captured", "2016-12-05", "SANA", "troops captured Sukkari"),
                ("Old City", "government", "captured", "2016-12-07", "SANA", "the Old City"))
    days = outlines.map_days(ev)
    fig = mapfig.control_map(ev, days)
    assert mapfig.map_problems(fig, ev) == []
    i = fig.layout.meta["polygons"].index("as-Sukkari") + 1
    assert fig.data[i].fillcolor == mapfig.STATUS_COLOURS["government"]
    steps = {s.label: s.args[0]["fillcolor"][s.args[2].index(i)] for s in fig.layout.sliders[0].steps}
    assert (steps["19 Nov"], steps["20 Nov"], steps["5 Dec"]) == ("#D9D9D9", "#009E73", "#D55E00")
    assert "<script" not in fig.data[i].text and "&lt;script&gt;" in fig.data[i].text
    assert "Old City" not in fig.layout.meta["named"]
    assert len(fig.layout.meta["named"]) >= 25


def test_map_with_no_events_draws_every_outline_grey():
    ev = events()
    fig = mapfig.control_map(ev, outlines.map_days(ev))
    assert mapfig.map_problems(fig, ev) == []
    assert {t.fillcolor for t in fig.data[1:len(fig.layout.meta["polygons"]) + 1]} == {"#D9D9D9"}
    assert fig.layout.meta["stepped"] == []
    assert mapfig.static_png(ev, "2016-12-22")[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_matches_the_plotly_package_and_draws_every_trace_the_book_uses():
    from plotly.offline import get_plotlyjs_version

    assert get_plotlyjs_version().split(".")[0] == bundle.VERSION.split(".")[0]
    head = bundle.source_file().read_text("utf-8")[:300]
    assert f"plotly.js (basic - minified) v{bundle.VERSION}" in head
    assert bundle.source_file().with_name("LICENSE-plotly.js.txt").is_file()
    assert {"scatter", "bar"} <= bundle.TRACE_TYPES and "heatmap" not in bundle.TRACE_TYPES


def test_only_a_chapters_first_figure_loads_the_bundle_and_foreign_traces_are_refused():
    import plotly.graph_objects as go

    from newsfigures.book.style import plotly_html

    bundle.reset()
    first = plotly_html(go.Figure(go.Scatter(x=[1], y=[1])), "a").data
    second = plotly_html(go.Figure(go.Bar(x=[1], y=[1])), "b").data
    assert f'<script charset="utf-8" src="{bundle.PAGE_SRC}"></script>' in first
    assert bundle.FILE not in second
    with pytest.raises(ValueError, match="scattergeo"):
        plotly_html(go.Figure(go.Scattergeo(lon=[37], lat=[36])), "c")
    with pytest.raises(ValueError, match="heatmap"):
        plotly_html(go.Figure(go.Heatmap(z=[[1]])), "d")
    bundle.reset()


#: the team's folder beside the clone, which a clone from the public home does not have (spelled
#: in parts so that this guard does not itself match a grep for such paths)
SHARED_PATHS = ("/".join(["", "work", "shared"]), "/".join(["..", "shared"]))


def test_nothing_reads_the_shared_folder():
    for path in [*(ROOT / "lib").rglob("*.py"), *(ROOT / "chapters").glob("*.ipynb"), ROOT / "_config.yml"]:
        text = path.read_text("utf-8")
        for outside in SHARED_PATHS:
            assert outside not in text, (path, outside)
    json.loads((ROOT / "lib/newsfigures/data/geo/aleppo_neighbourhoods_csr.geojson").read_text("utf-8"))
