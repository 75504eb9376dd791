"""The map of who held which neighbourhood (plotly, with a day slider) and its static image
(matplotlib). Drawn offline: the CSR outlines (:mod:`newsfigures.geo`) are filled shapes on
plain longitude/latitude axes at equal ground scale, with no tiles and no network.

* One plotly trace per CSR polygon name, its fill coloured by :func:`newsfigures.geo.polygon_control_as_of`
  (rule *latest statement*). The slider restyles only the fills of polygons that some
  statement names, one step per day of :func:`newsfigures.geo.map_days`; it starts on the
  last day.
* Hovering a polygon gives the gazetteer name(s) drawn on it, how they relate to the outline
  (own outline, several polygons, or the parent area of an alias), and every statement about
  them: day, who held or took it, source and quote (escaped; at most :data:`HOVER_STATEMENTS`).
* Polygons no gazetteer name uses are drawn pale, as the city around the named places.
"""

from __future__ import annotations

import math
import textwrap

import pandas as pd

from . import geo
from .charts import escape, source_words

#: Okabe-Ito colours (readable with the common colour-vision deficiencies).
STATUS_COLOURS = {
    "government": "#D55E00", "rebels": "#009E73", "kurdish": "#F0E442", "contested": "#CC79A7",
    "nothing reported": "#D9D9D9",
}
STATUS_WORDS = {
    "government": "government", "rebels": "rebels", "kurdish": "Kurdish forces",
    "contested": "contested (sources disagree that day)", "nothing reported": "nothing reported",
}
UNNAMED_COLOUR = "#F3F3F3"
EDGE_COLOUR = "#FFFFFF"
HOVER_STATEMENTS = 12
TITLE = "Who held each neighbourhood, as of {day}"
LAT0 = 36.2  # the map's equal-scale latitude
ASPECT = 1.0 / math.cos(math.radians(LAT0))  # a degree of latitude is this many degrees of longitude on the ground


def _day_label(day: str) -> str:
    d = pd.Timestamp(day)
    return f"{d.day} {d.strftime('%b')} {d.year}"


def _short_day(day: str) -> str:
    d = pd.Timestamp(day)
    return f"{d.day} {d.strftime('%b')}"


def _wrap(text: str, width: int = 70) -> str:
    return "<br>".join(escape(line) for line in textwrap.wrap(str(text), width) or [""])


def _xy(outline: geo.Outline) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for part in outline.parts:
        for ring in part:
            pts = geo.simplify_ring(ring)
            xs += [round(x, 5) for x, _ in pts] + [None]
            ys += [round(y, 5) for _, y in pts] + [None]
    return xs[:-1], ys[:-1]


RELATION = {"exact": "", "union": " (with the other polygons of that name)",
            "alias": " (alias: coloured as its parent area)"}


def polygon_hover(polygon: str, names: list[str], table: pd.DataFrame, statements: pd.DataFrame) -> str:
    """Hover text of one polygon: the names drawn on it and the statements about them."""
    outline = geo.outlines()[polygon]
    kinds = dict(zip(table["name"], table["outline"]))
    lines = [f"<b>{escape(' / '.join(names))}</b>" if names else f"<b>{escape(polygon)}</b> (not in the gazetteer)"]
    lines.append(f"outline: CSR {escape(polygon)} {escape(outline.name_ar)}")
    lines += [f"{escape(n)}{RELATION.get(kinds.get(n, ''), '')}" for n in names if kinds.get(n) in ("union", "alias")]
    if names and statements.empty:
        lines.append("no statement about who held it")
    st = statements.sort_values(["date", "neighbourhood"], kind="stable")
    for r in st.head(HOVER_STATEMENTS).itertuples():
        verb = "taken by" if r.event == "captured" else "held by"
        who = STATUS_WORDS.get(r.controller, r.controller)
        lines.append(f"{escape(r.date)} · {escape(r.neighbourhood)} {verb} {escape(who)} · {escape(source_words(r.source))}")
        lines.append(f"  “{_wrap(r.quote)}”")
    if len(st) > HOVER_STATEMENTS:
        lines.append(f"… and {len(st) - HOVER_STATEMENTS} more statements (all in the claims tables)")
    return "<br>".join(lines)


def _fills(events: pd.DataFrame, day: str, polygons: list[str]) -> list[str]:
    held = dict(zip(*[geo.polygon_control_as_of(events, day)[c] for c in ("polygon", "status")]))
    return [STATUS_COLOURS[held.get(p, "nothing reported")] for p in polygons]


def control_map(events: pd.DataFrame, days: list[str], height: int = 640):
    """The map (plotly ``Figure``), on the last of ``days``, with a day slider.

    ``layout.meta`` holds ``days``, ``polygons`` (trace order, one per outline),
    ``named`` (the gazetteer names drawn) and ``stepped`` (indices of the traces the slider
    recolours)."""
    import plotly.graph_objects as go

    if not days:
        raise ValueError("the map needs at least one day")
    table = geo.outline_table()
    by_polygon = geo.polygon_names()
    shapes = geo.outlines()
    on_polygons = geo.polygon_events(events)
    stated = set(on_polygons["polygon"])
    last = days[-1]
    order = sorted(shapes, key=lambda p: (p in by_polygon, p))  # unnamed first, underneath
    fills = dict(zip(order, _fills(events, last, order)))
    fig = go.Figure()
    for p in order:
        xs, ys = _xy(shapes[p])
        named = p in by_polygon
        statements = on_polygons[on_polygons["polygon"] == p]
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines", fill="toself", hoveron="fills", hoverinfo="text",
            text=polygon_hover(p, by_polygon.get(p, []), table, statements),
            name=" / ".join(by_polygon.get(p, [])) or p,
            fillcolor=fills[p] if named else UNNAMED_COLOUR,
            line=dict(color=EDGE_COLOUR, width=0.8), showlegend=False))
    for status in geo.STATUSES:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=STATUS_WORDS[status], hoverinfo="skip",
                                 marker=dict(symbol="square", size=14, color=STATUS_COLOURS[status],
                                             line=dict(color="#888888", width=0.5))))
    stepped = [i for i, p in enumerate(order) if p in stated]
    stepped_names = [order[i] for i in stepped]
    steps = []
    for day in days:
        steps.append(dict(method="update", label=_short_day(day),
                          args=[{"fillcolor": _fills(events, day, stepped_names)},
                                {"title.text": TITLE.format(day=_day_label(day))}, stepped]))
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=50, b=10), plot_bgcolor="#FFFFFF",
        title=dict(text=TITLE.format(day=_day_label(last)), x=0.01, xanchor="left"),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0.0, itemclick=False, itemdoubleclick=False),
        hoverlabel=dict(align="left"), dragmode="pan",
        meta={"days": list(days), "polygons": order, "stepped": stepped,
              "named": sorted({n for p in order for n in by_polygon.get(p, [])})},
        sliders=[dict(active=len(days) - 1, steps=steps, pad=dict(t=10, b=0),
                      currentvalue=dict(prefix="as of ", font=dict(size=13)))] if len(days) > 1 else [],
    )
    fig.update_xaxes(visible=False, constrain="domain")
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=ASPECT, constrain="domain")
    return fig


def map_problems(fig, events: pd.DataFrame) -> list[str]:
    """Checks of a :func:`control_map`: every outline drawn once; on every slider day each
    polygon's fill is the rule's answer; the legend has every status. Empty = fine."""
    meta = fig.layout.meta or {}
    problems = []
    polygons, days, stepped = meta.get("polygons", []), meta.get("days", []), meta.get("stepped", [])
    if sorted(polygons) != sorted(geo.outlines()):
        problems.append("not every CSR outline is drawn exactly once")
    traces = list(fig.data[:len(polygons)])
    if [t.name for t in traces] != [" / ".join(geo.polygon_names().get(p, [])) or p for p in polygons]:
        problems.append("trace names do not follow the polygons")
    last = dict(zip(polygons, _fills(events, days[-1], polygons)))
    named = geo.polygon_names()
    for p, t in zip(polygons, traces):
        want = last[p] if p in named else UNNAMED_COLOUR
        if t.fillcolor != want:
            problems.append(f"{p}: drawn {t.fillcolor}, the rule says {want} on {days[-1]}")
    stated = set(geo.polygon_events(events)["polygon"])
    if sorted(polygons[i] for i in stepped) != sorted(stated):
        problems.append("the slider does not recolour exactly the polygons with statements")
    steps = fig.layout.sliders[0].steps if fig.layout.sliders else []
    if len(days) > 1 and len(steps) != len(days):
        problems.append(f"{len(steps)} slider steps for {len(days)} days")
    for day, step in zip(days, steps):
        if list(step.args[0]["fillcolor"]) != _fills(events, day, [polygons[i] for i in stepped]):
            problems.append(f"slider step {day}: fills differ from the rule")
    legend = [t.name for t in fig.data[len(polygons):]]
    if legend != [STATUS_WORDS[s] for s in geo.STATUSES]:
        problems.append(f"legend is {legend}")
    return problems


def control_map_static(events: pd.DataFrame, day: str, ax=None):
    """The map as of ``day`` (matplotlib), with its legend and credit line."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Polygon

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 7))
    named = geo.polygon_names()
    held = dict(zip(*[geo.polygon_control_as_of(events, day)[c] for c in ("polygon", "status")]))
    for p, outline in sorted(geo.outlines().items(), key=lambda kv: (kv[0] in named, kv[0])):
        colour = STATUS_COLOURS[held.get(p, "nothing reported")] if p in named else UNNAMED_COLOUR
        for part in outline.parts:
            ax.add_patch(Polygon(part[0], closed=True, facecolor=colour, edgecolor=EDGE_COLOUR, linewidth=0.5))
    ax.autoscale_view()
    ax.set_aspect(ASPECT)
    ax.set_axis_off()
    ax.set_title(TITLE.format(day=_day_label(day)), fontsize=11, loc="left")
    ax.legend(handles=[Patch(facecolor=STATUS_COLOURS[s], edgecolor="#888888", label=STATUS_WORDS[s])
                       for s in geo.STATUSES], loc="lower left", fontsize=8, frameon=False)
    ax.text(0, -0.02, geo.OUTLINE_CREDIT, transform=ax.transAxes, fontsize=6.5, va="top", color="#555555", wrap=True)
    return ax
