"""The map of who held which neighbourhood (plotly, with a day slider) and its static image
(matplotlib). Drawn offline: the CSR outlines (:mod:`newsfigures.territory.outlines`) are
filled shapes on plain longitude/latitude axes at equal ground scale, with no tiles and no
network.

* One plotly trace per CSR polygon name, its fill coloured by
  :func:`newsfigures.territory.outlines.polygon_control_as_of` (rule *latest statement*). The
  slider restyles only the fills of polygons that some statement names, one step per day of
  :func:`newsfigures.territory.outlines.map_days`; it starts on the last day.
* Hovering a polygon gives the gazetteer name(s) drawn on it, how they relate to the outline
  (own outline, several polygons, or the parent area of an alias), and every statement about
  them: day, who held or took it, source and quote (escaped; at most :data:`HOVER_STATEMENTS`).
* Polygons no gazetteer name uses are drawn pale, as the city around the named places: one
  trace without hover (the book never looks for them).
* Outlines are simplified to :data:`TOLERANCE_M` metres and 4 decimals (about 10 m): the map is
  drawn at about 25 m per pixel, and the page stays light.
"""

from __future__ import annotations

import math
import textwrap

import pandas as pd

from ..territory import outlines
from .style import escape, source_words

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
TOLERANCE_M = 15.0
BACKGROUND = "neighbourhoods the book does not look for"
TITLE = "Who held each neighbourhood, as of {day}"
LAT0 = 36.2  # the map's equal-scale latitude
ASPECT = 1.0 / math.cos(math.radians(LAT0))  # a degree of latitude is this many degrees of longitude on the ground


def day_label(day: str) -> str:
    d = pd.Timestamp(day)
    return f"{d.day} {d.strftime('%b')} {d.year}"


def _short_day(day: str) -> str:
    d = pd.Timestamp(day)
    return f"{d.day} {d.strftime('%b')}"


def _wrap(text: str, width: int = 70) -> str:
    return "<br>".join(escape(line) for line in textwrap.wrap(str(text), width) or [""])


def _xy(*shapes: outlines.Outline) -> tuple[list, list]:
    """The rings of ``shapes`` as one path for a filled scatter trace (``None`` between rings)."""
    xs: list = []
    ys: list = []
    for outline in shapes:
        for part in outline.parts:
            for ring in part:
                pts = outlines.simplify_ring(ring, TOLERANCE_M)
                xs += [round(x, 4) for x, _ in pts] + [None]
                ys += [round(y, 4) for _, y in pts] + [None]
    return xs[:-1], ys[:-1]


RELATION = {"exact": "", "union": " (with the other polygons of that name)",
            "alias": " (alias: coloured as its parent area)"}


def polygon_hover(polygon: str, names: list[str], table: pd.DataFrame, statements: pd.DataFrame) -> str:
    """Hover text of one polygon: the names drawn on it and the statements about them."""
    outline = outlines.outlines()[polygon]
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
    held = dict(zip(*[outlines.polygon_control_as_of(events, day)[c] for c in ("polygon", "status")]))
    return [STATUS_COLOURS[held.get(p, "nothing reported")] for p in polygons]


def control_map(events: pd.DataFrame, days: list[str], height: int = 640):
    """The map (plotly ``Figure``), on the last of ``days``, with a day slider.

    ``layout.meta`` holds ``days``, ``polygons`` (the outlines with gazetteer names, traces 1..n
    in order; trace 0 holds the others), ``named`` (the gazetteer names drawn) and ``stepped``
    (indices of the traces the slider recolours)."""
    import plotly.graph_objects as go

    if not days:
        raise ValueError("the map needs at least one day")
    table = outlines.outline_table()
    by_polygon = outlines.polygon_names()
    shapes = outlines.outlines()
    on_polygons = outlines.polygon_events(events)
    stated = set(on_polygons["polygon"])
    last = days[-1]
    order = sorted(p for p in shapes if p in by_polygon)
    fills = dict(zip(order, _fills(events, last, order)))
    fig = go.Figure()
    xs, ys = _xy(*[shapes[p] for p in sorted(shapes) if p not in by_polygon])
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", hoverinfo="skip", name=BACKGROUND,
                             fillcolor=UNNAMED_COLOUR, line=dict(color=EDGE_COLOUR, width=0.8), showlegend=False))
    for p in order:
        xs, ys = _xy(shapes[p])
        statements = on_polygons[on_polygons["polygon"] == p]
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines", fill="toself", hoveron="fills", hoverinfo="text",
            text=polygon_hover(p, by_polygon[p], table, statements), name=" / ".join(by_polygon[p]),
            fillcolor=fills[p], line=dict(color=EDGE_COLOUR, width=0.8), showlegend=False))
    for status in outlines.STATUSES:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=STATUS_WORDS[status], hoverinfo="skip",
                                 marker=dict(symbol="square", size=14, color=STATUS_COLOURS[status],
                                             line=dict(color="#888888", width=0.5))))
    stepped = [i + 1 for i, p in enumerate(order) if p in stated]  # trace 0 is the background
    stepped_names = [order[i - 1] for i in stepped]
    steps = []
    for day in days:
        steps.append(dict(method="update", label=_short_day(day),
                          args=[{"fillcolor": _fills(events, day, stepped_names)},
                                {"title.text": TITLE.format(day=day_label(day))}, stepped]))
    fig.update_layout(
        template="none", height=height, margin=dict(l=10, r=10, t=100, b=10), plot_bgcolor="#FFFFFF",
        title=dict(text=TITLE.format(day=day_label(last)), x=0.01, xanchor="left", y=0.985, yanchor="top",
                   yref="container"),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0.0, itemclick=False, itemdoubleclick=False),
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
    named polygon's fill is the rule's answer; the legend has every status. Empty = fine."""
    meta = fig.layout.meta or {}
    problems = []
    polygons, days, stepped = meta.get("polygons", []), meta.get("days", []), meta.get("stepped", [])
    named = outlines.polygon_names()
    if sorted(polygons) != sorted(named):
        problems.append("not every outline with a gazetteer name is drawn exactly once")
    background = fig.data[0]
    n_rings = sum(len(part) for p, o in outlines.outlines().items() if p not in named for part in o.parts)
    if background.name != BACKGROUND or list(background.x).count(None) != n_rings - 1:
        problems.append("the background trace does not hold every other outline")
    traces = list(fig.data[1:len(polygons) + 1])
    if [t.name for t in traces] != [" / ".join(named[p]) for p in polygons]:
        problems.append("trace names do not follow the polygons")
    for p, t, want in zip(polygons, traces, _fills(events, days[-1], polygons)):
        if t.fillcolor != want:
            problems.append(f"{p}: drawn {t.fillcolor}, the rule says {want} on {days[-1]}")
    stated = set(outlines.polygon_events(events)["polygon"])
    if sorted(polygons[i - 1] for i in stepped) != sorted(stated):
        problems.append("the slider does not recolour exactly the polygons with statements")
    steps = fig.layout.sliders[0].steps if fig.layout.sliders else []
    if len(days) > 1 and len(steps) != len(days):
        problems.append(f"{len(steps)} slider steps for {len(days)} days")
    for day, step in zip(days, steps):
        if list(step.args[0]["fillcolor"]) != _fills(events, day, [polygons[i - 1] for i in stepped]):
            problems.append(f"slider step {day}: fills differ from the rule")
    legend = [t.name for t in fig.data[len(polygons) + 1:]]
    if legend != [STATUS_WORDS[s] for s in outlines.STATUSES]:
        problems.append(f"legend is {legend}")
    return problems


def control_map_static(events: pd.DataFrame, day: str, ax=None):
    """The map as of ``day`` (matplotlib), with its legend and credit line."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Polygon

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 7))
    named = outlines.polygon_names()
    held = dict(zip(*[outlines.polygon_control_as_of(events, day)[c] for c in ("polygon", "status")]))
    for p, outline in sorted(outlines.outlines().items(), key=lambda kv: (kv[0] in named, kv[0])):
        colour = STATUS_COLOURS[held.get(p, "nothing reported")] if p in named else UNNAMED_COLOUR
        for part in outline.parts:
            ax.add_patch(Polygon(part[0], closed=True, facecolor=colour, edgecolor=EDGE_COLOUR, linewidth=0.5))
    ax.autoscale_view()
    ax.set_aspect(ASPECT)
    ax.set_axis_off()
    ax.set_title(TITLE.format(day=day_label(day)), fontsize=11, loc="left")
    ax.legend(handles=[Patch(facecolor=STATUS_COLOURS[s], edgecolor="#888888", label=STATUS_WORDS[s])
                       for s in outlines.STATUSES], loc="lower left", fontsize=8, frameon=False)
    ax.text(0, -0.02, outlines.OUTLINE_CREDIT, transform=ax.transAxes, fontsize=6.5, va="top", color="#555555", wrap=True)
    return ax


def _palette():
    from PIL import Image

    def rgb(h: str) -> tuple[int, int, int]:
        return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))

    colours = [rgb(c) for c in (*STATUS_COLOURS.values(), UNNAMED_COLOUR, "#888888")]
    entries = {tuple(round(c + (255 - c) * t) for c in col) for col in colours for t in (0, 0.25, 0.5, 0.75)}
    entries |= {(g, g, g) for g in range(0, 256, 17)}
    flat = [v for e in sorted(entries) for v in e]
    image = Image.new("P", (1, 1))
    image.putpalette(flat + flat[:3] * (256 - len(entries)))
    return image


def static_png(events: pd.DataFrame, day: str, width_in: float = 6.4, dpi: int = 100) -> bytes:
    """:func:`control_map_static` as a small PNG: the map is flat colour, so its pixels are
    mapped onto a fixed palette (the status colours, their blends with white for edges, and
    greys for the text), which keeps every status colour exact and the page light."""
    import io

    import matplotlib.pyplot as plt
    from PIL import Image

    fig, ax = plt.subplots(figsize=(width_in, width_in * 0.96))
    try:
        control_map_static(events, day, ax)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
    finally:
        plt.close(fig)
    buf.seek(0)
    image = Image.open(buf).convert("RGB").quantize(palette=_palette(), dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
