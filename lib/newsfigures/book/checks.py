"""Checks for the chapters' hidden check cells: what a plotly figure actually draws (segments,
periods, points, hover texts), compared with the rows it was drawn from."""

from __future__ import annotations

import pandas as pd

from ..reconcile import as_text
from .marks import MAX_MARKS, _dated, marks_problems, timeline_marks


def _runs(tr) -> list[tuple[list, list]]:
    """The pieces of a line trace between ``None`` gaps: (xs, ys) pairs."""
    runs, xs, ys = [], [], []
    for x, y in list(zip(tr.x, tr.y)) + [(None, None)]:
        if y is None:
            if xs:
                runs.append((xs, ys))
            xs, ys = [], []
        else:
            xs.append(x)
            ys.append(y)
    return runs


def data_traces(fig) -> list:
    """The traces that draw figures (not legend-only entries or the "how to read" key)."""
    return [tr for tr in fig.data if getattr(tr, "legend", None) != "legend2" and tr.x is not None
            and any(x is not None for x in tr.x)]


def _line_traces(fig) -> list:
    return [tr for tr in data_traces(fig) if getattr(tr, "mode", None) == "lines" and tr.y is not None]


def charted_segments(fig) -> list[tuple[float, float]]:
    """The (low, high) value of every vertical range segment drawn by :func:`figures_timeline`
    (for checks: a range must be drawn from its low to its high, never as a midpoint)."""
    return [(float(ys[0]), float(ys[1])) for tr in _line_traces(fig) for xs, ys in _runs(tr)
            if len(xs) == 2 and xs[0] == xs[1]]


def charted_periods(fig) -> list[tuple[str, str, float, float]]:
    """(start day, end day, low, high) of every period drawn by :func:`figures_timeline`
    (horizontal segments and boxes), for checks. Days are rounded back from the dodge offset
    (at most 7 hours)."""
    def day(x: object) -> str:
        return pd.Timestamp(str(x)).round("D").strftime("%Y-%m-%d")

    out = []
    for tr in _line_traces(fig):
        for xs, ys in _runs(tr):
            if len(xs) == 2 and xs[0] != xs[1] and ys[0] == ys[1]:
                out.append((day(xs[0]), day(xs[1]), float(ys[0]), float(ys[1])))
            elif len(xs) == 5 and xs[0] != xs[1]:
                out.append((day(xs[0]), day(xs[1]), float(ys[0]), float(ys[2])))
    return out


def charted_points(fig) -> list[float]:
    """The y value of every point marker drawn for a source (grey key and band entries excluded)."""
    out = []
    for tr in data_traces(fig):
        if getattr(tr, "mode", None) != "markers" or tr.y is None:
            continue
        sym = tr.marker.symbol
        if isinstance(sym, str) and sym.startswith("line-"):
            continue
        out += [float(y) for y in tr.y if y is not None]
    return out


def timeline_problems(fig, points: pd.DataFrame, *, facet: str | None = None,
                      band_points: pd.DataFrame | None = None, max_marks: int = MAX_MARKS) -> list[str]:
    """What a chapter checks about a :func:`figures_timeline` chart (an empty list: all good):
    every dated figure of ``points`` is in exactly one mark (:func:`marks_problems`); every
    range mark is drawn from its low to its high, every point at its value, every period as a
    period (band marks once per panel); the hover texts are escaped and, unless the chart has
    no hover, name each mark's claim id. The marks are rebuilt at the level the chart records
    in ``layout.meta``."""
    meta = fig.layout.meta or {}
    marks = timeline_marks(points, facet=facet, max_marks=max_marks, level=meta.get("level"))
    problems = marks_problems(marks, points, facet)
    band = (timeline_marks(band_points, max_marks=max_marks, level=meta.get("band_level"))
            if band_points is not None else marks.iloc[0:0])
    n_panels = max(1, marks[facet].map(as_text).nunique()) if facet and len(marks) else 1
    drawn = pd.concat([marks] + [band] * n_panels, ignore_index=True) if len(marks) else marks
    rng = drawn[drawn["is_range"] & ~drawn["has_period"]] if len(drawn) else drawn
    if sorted(charted_segments(fig)) != sorted(zip(rng["value_low"].astype(float), rng["value_high"].astype(float))):
        problems.append("the ranges drawn are not the marks' low–high spans")
    pts = drawn[~drawn["is_range"]] if len(drawn) else drawn
    if sorted(charted_points(fig)) != sorted(pts["value_low"].astype(float)):
        problems.append("the points drawn are not the marks' values")
    per = drawn[drawn["has_period"]] if len(drawn) else drawn
    if sorted(p[:2] for p in charted_periods(fig)) != sorted(zip(per["period_start"], per["period_end"])):
        problems.append("the periods drawn are not the marks' periods")
    hover = " ".join(hover_texts(fig))
    if "<script" in hover.lower() or "<img" in hover.lower():
        problems.append("article text in a hover is not escaped")
    if len(marks) and meta.get("hover") != "none":
        lost = [c for c in marks["claim_id"] if f"claim {c} " not in hover]
        if lost:
            problems.append(f"{len(lost)} marks do not name their claim in the hover (e.g. {lost[0]})")
    if len(marks) and meta.get("figures") != int(len(_dated(points))):
        problems.append("the chart's figure count is not the table's")
    return problems


def hover_texts(fig) -> list[str]:
    """Every hover text in a figure (for checks)."""
    out = []
    for tr in fig.data:
        if tr.hovertext is not None:
            out += [t for t in (tr.hovertext if not isinstance(tr.hovertext, str) else [tr.hovertext]) if t]
    return out


def overview_problems(fig, marks: pd.DataFrame) -> list[str]:
    """What the front page checks about :func:`overview_figure` (an empty list: all good): every
    mark is drawn from its low to its high (a segment and two points) or at its value (one
    point), nothing else is drawn, the hovers are escaped and the figure count is the marks'."""
    problems = []
    rng = marks[marks["low"] < marks["high"]]
    if sorted(charted_segments(fig)) != sorted(zip(rng["low"].astype(float), rng["high"].astype(float))):
        problems.append("the ranges drawn are not the marks' lowest-to-highest spans")
    points = sorted(list(marks["low"].astype(float)) + list(rng["high"].astype(float)))
    if sorted(charted_points(fig)) != points:
        problems.append("the points drawn are not the marks' lowest and highest figures")
    hover = " ".join(hover_texts(fig))
    if "<script" in hover.lower() or "<img" in hover.lower():
        problems.append("a source name in a hover is not escaped")
    if len(marks) and (fig.layout.meta or {}).get("figures") != int(marks["n_figures"].sum()):
        problems.append("the chart's figure count is not the marks'")
    return problems
