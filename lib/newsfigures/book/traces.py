"""Plotly basics shared by the interactive figures: layout, marker symbols, date axes, the
legend key, and the claim traces with their hover texts (within the page budget)."""

from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

from ..reconcile import is_blank, is_present, as_text
from .marks import mark_hover
from . import style
from .style import CONVERTED_SYMBOL, HOVER_LEVELS, QUALIFIER_SYMBOL, QUALIFIER_WORDS, escape


# ---------------------------------------------------------------------------- plotly basics


def _layout(fig, height: int, top: int = 40, **kw) -> None:
    fig.update_layout(template="none", height=height, font=dict(family="sans-serif", size=12),
                      margin=dict(l=60, r=10, t=top, b=40), plot_bgcolor="white", paper_bgcolor="white",
                      hoverlabel=dict(align="left"), **kw)
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5", linecolor="#444", showline=True, ticks="outside", automargin=True)
    fig.update_yaxes(showgrid=True, gridcolor="#e5e5e5", linecolor="#444", showline=True, ticks="outside", automargin=True)


LOG_AXIS = dict(type="log", dtick=1, tickformat="~s")  # one labelled tick per power of ten: 100, 1k, 10k


def empty_figure(message: str, height: int = 160):
    """A small figure that says there is nothing to draw."""
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.add_annotation(text=escape(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=14))
    _layout(fig, height)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def marker_symbol(qualifier: object, party: bool, converted: bool = False) -> str:
    """The plotly marker symbol of a point figure (see module doc)."""
    base = CONVERTED_SYMBOL if converted else QUALIFIER_SYMBOL.get(as_text(qualifier), "circle")
    return f"{base}-open" if party else base


def _day(value: object, hours: float = 0.0) -> str:
    ts = pd.Timestamp(str(value)) + pd.Timedelta(hours=hours)
    return ts.strftime("%Y-%m-%d %H:%M")


def _dodge(sources: Sequence[str], spread_hours: float = 14.0) -> dict[str, float]:
    """A small, fixed x offset (in hours, within ±7) per source so figures of one day do not
    hide each other. The offset is decoration: the hover gives the real date."""
    n = len(sources)
    if n <= 1:
        return {s: 0.0 for s in sources}
    step = min(spread_hours / (n - 1), 4.0)
    return {s: (i - (n - 1) / 2) * step for i, s in enumerate(sources)}


def _date_axis_range(days: Iterable[object]) -> dict:
    """x-axis settings for a set of ISO days: whole days with at least a day of margin, so the
    few hours of dodge between sources never read as times of day."""
    ts = [pd.Timestamp(str(d)) for d in days if not is_blank(d)]
    if not ts:
        return {}
    lo, hi = min(ts), max(ts)
    pad = max(pd.Timedelta(days=1), (hi - lo) * 0.04)
    out = dict(type="date", range=[(lo - pad).strftime("%Y-%m-%d %H:%M"), (hi + pad).strftime("%Y-%m-%d %H:%M")],
               tickformat="%-d %b\n%Y", hoverformat="%Y-%m-%d")
    if hi - lo <= pd.Timedelta(days=10):
        out["dtick"] = 86_400_000  # one tick per day
    return out


def _auto_log(values: pd.Series) -> bool:
    v = values[values > 0]
    return bool(len(v) and v.max() / v.min() >= 200)


def _legend_name(label: str, party_sources: set[str]) -> str:
    return escape(label) + (" (party to the conflict)" if label in party_sources else "")


def _key_traces(fig, qualifiers: Iterable[str], any_party: bool, any_range: bool, any_period: bool,
                any_converted: bool) -> None:
    """Grey legend entries explaining the marker shapes (second legend)."""
    import plotly.graph_objects as go

    entries = []
    seen = set()
    for q in ["exact", "approximate", "at_least", "more_than", "at_most"]:
        if q in qualifiers and QUALIFIER_SYMBOL[q] not in seen:
            seen.add(QUALIFIER_SYMBOL[q])
            label = {"at_least": "at least / more than", "more_than": "at least / more than"}.get(q, QUALIFIER_WORDS[q])
            entries.append((label, dict(mode="markers", marker=dict(symbol=QUALIFIER_SYMBOL[q], color="#555", size=9))))
    if any_converted:
        entries.append(("converted (100 − rebel share)", dict(mode="markers", marker=dict(symbol=CONVERTED_SYMBOL, color="#555", size=9))))
    if any_range:
        entries.append(("range low–high", dict(mode="lines", line=dict(color="#555", width=2))))
    if any_period:
        entries.append(("stated period", dict(mode="lines", line=dict(color="#555", width=4))))
    if any_party:
        entries.append(("hollow / dotted: party to the conflict", dict(mode="markers", marker=dict(symbol="circle-open", color="#555", size=9, line=dict(width=2)))))
    for name, spec in entries:
        fig.add_trace(go.Scatter(x=[None], y=[None], name=name, legend="legend2", hoverinfo="skip", **spec))


def _hover_column(p: pd.DataFrame, level: str, note_column: str | None) -> list:
    if level == "none":
        return [None] * len(p)
    return [mark_hover(r, level, as_text(r.get(note_column)) if note_column else "") for _, r in p.iterrows()]


def _mark_size(n: object, base: float = 10.0) -> float:
    """Marker size for a mark standing for ``n`` figures: grows with log2(n), at most 2.2x."""
    import math

    n = int(n) if not is_blank(n) else 1
    return round(min(base * 2.2, base + 2.5 * math.log2(max(1, n))), 1)


def _copies(p: pd.DataFrame) -> pd.Series:
    """How many times a claim's hover text is written: once for a point, twice for a range
    (its two caps) or a period (its two ends)."""
    return 1 + ((p["value_low"] < p["value_high"]) | (is_present(p["period_start"]) & is_present(p["period_end"]))).astype(int)


def hover_level(points: pd.DataFrame, note_column: str | None = None, budget: int | None = None,
                repeat: int = 1) -> str:
    """The richest hover level (:data:`HOVER_LEVELS`) whose texts for ``points`` (drawn
    ``repeat`` times, e.g. band points in every panel) fit in ``budget`` bytes (default
    :data:`FIGURE_HOVER_BUDGET`)."""
    budget = style.FIGURE_HOVER_BUDGET if budget is None else budget
    if points.empty:
        return "full"
    copies = _copies(points).to_numpy() * repeat
    for level in HOVER_LEVELS[:-1]:
        size = sum(len(t.encode("utf-8")) * c for t, c in zip(_hover_column(points, level, note_column), copies))
        if size <= budget:
            return level
    return "none"


def _add_claim_traces(fig, p: pd.DataFrame, colours: dict[str, str], party_sources: set[str],
                      shown: set[str], dodge: dict[str, float],
                      row: int | None = None) -> None:
    """Add one source's marks: a legend entry (a plain dot, once per figure), point markers,
    vertical range segments with end caps, and period segments or boxes. Hover texts come
    from ``p["_hover"]`` (None: no hover)."""
    import plotly.graph_objects as go

    where = dict(row=row, col=1) if row is not None else {}
    for label, g in p.groupby("source_label", sort=False):
        colour = colours.get(label, "#888888")
        off = dodge.get(label, 0.0)
        common = dict(legendgroup=escape(label), name=_legend_name(label, party_sources), showlegend=False)
        if label not in shown:
            shown.add(label)
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", hoverinfo="skip",
                                     marker=dict(symbol="circle", color=colour, size=10),
                                     **{**common, "showlegend": True}), **where)
        # point figures (and the qualifier marker at the end of a period figure)
        pts = g[~g["is_range"]]
        if len(pts):
            xs = [_day(r["period_end"] if r["has_period"] else r["date"], off) for _, r in pts.iterrows()]
            symbols = [marker_symbol(q, party, conv) for q, party, conv in
                       zip(pts["qualifier"], pts["party_to_conflict"], pts["converted"])]
            sizes = [_mark_size(n) for n in pts["n_figures"]] if "n_figures" in pts else 10
            fig.add_trace(go.Scatter(
                x=xs, y=list(pts["value_low"].astype(float)), mode="markers",
                marker=dict(symbol=symbols, color=colour, size=sizes, line=dict(color=colour, width=2)),
                **_hover_args(list(pts["_hover"])), **common), **where)
        # ranges: vertical segments with end caps
        for party, seg in g[g["is_range"] & ~g["has_period"]].groupby("party_to_conflict", sort=True):
            xs, ys, texts = [], [], []
            for _, r in seg.iterrows():
                x = _day(r["date"], off)
                xs += [x, x, None]
                ys += [float(r["value_low"]), float(r["value_high"]), None]
                texts += [r["_hover"], r["_hover"]]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", connectgaps=False, hoverinfo="skip",
                line=dict(color=colour, width=2.5, dash="dot" if party else "solid"), **common), **where)
            fig.add_trace(go.Scatter(
                x=[x for x in xs if x is not None], y=[y for y in ys if y is not None], mode="markers",
                marker=dict(symbol="line-ew", size=12, color=colour, line=dict(color=colour, width=2.5)),
                **_hover_args(texts), **common), **where)
        # periods: a horizontal segment from start to end, or a box for a range over a period,
        # with ticks carrying the hover
        for party, seg in g[g["has_period"]].groupby("party_to_conflict", sort=True):
            xs, ys, tx, ty, texts = [], [], [], [], []
            for _, r in seg.iterrows():
                lo, hi = float(r["value_low"]), float(r["value_high"])
                a, b = _day(r["period_start"], off), _day(r["period_end"], off)
                if lo < hi:  # a box; hover at two corners
                    xs += [a, b, b, a, a, None]
                    ys += [lo, lo, hi, hi, lo, None]
                    tx += [a, b]
                    ty += [lo, hi]
                    texts += [r["_hover"], r["_hover"]]
                else:  # a segment; hover at its start (its end has the qualifier marker)
                    xs += [a, b, None]
                    ys += [lo, lo, None]
                    tx += [a]
                    ty += [lo]
                    texts += [r["_hover"]]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", connectgaps=False, hoverinfo="skip", opacity=0.85,
                line=dict(color=colour, width=4, dash="dot" if party else "solid"), **common), **where)
            fig.add_trace(go.Scatter(
                x=tx, y=ty, mode="markers", marker=dict(symbol="line-ns", size=10, color=colour,
                                                        line=dict(color=colour, width=2)),
                **_hover_args(texts), **common), **where)


def _hover_args(texts: list) -> dict:
    if all(t is None for t in texts):
        return dict(hoverinfo="skip")
    return dict(hovertext=texts, hoverinfo="text")
