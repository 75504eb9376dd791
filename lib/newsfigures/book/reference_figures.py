"""The charts of the reference chapter: the corpus's statements beside the record
(:mod:`newsfigures.reference` makes the points, statements and pairs; this module draws them).

The record is drawn in greys and black (UCDP GED as a black line with its low-high band), the
corpus in each source's book colour; hollow marks are parties to the conflict. Points are never
joined across measures: each reference figure is drawn as what it counts.
"""

from __future__ import annotations

import pandas as pd

from ..reconcile import as_text
from ..reference import (DISPLACED_CUMULATIVE, DISPLACED_DAY, EVACUATED, GOV_SHARE, IN_SHELTERS, KILLED_CUMULATIVE,
                         KILLED_DAY, REMAINING, dated)
from .static import MPL_MARKER
from .style import QUALIFIER_SYMBOL, claim_hover, escape, format_value
from .traces import empty_figure, marker_symbol

RECORD_COLOUR = "#222222"
GED_COLOUR = "#000000"
_OPEN = ("at_least", "more_than", "over")


def _ref_symbol(qualifier: object, party: bool) -> str:
    q = as_text(qualifier)
    base = "triangle-up" if q in _OPEN else ("triangle-down" if q in ("up_to", "at_most") else "square")
    return f"{base}-open" if party else base


def _ref_hover(r) -> str:
    party = " (a party to the conflict)" if bool(r["party_to_conflict"]) else ""
    conv = "<br>converted: government share = 100 − rebel share" if bool(r.get("converted", False)) else ""
    return (f"<b>record: {escape(format_value(r['value_low'], r['value_high'], 'exact', r['unit']))}</b>"
            f" ({escape(as_text(r['qualifier']).replace('_', ' '))})<br>{escape(as_text(r['measure']))}<br>"
            f"source: {escape(as_text(r['source']))}{party}<br>date: {escape(as_text(r['date']))}"
            f"<br>scope: {escape(as_text(r['scope']))}{conv}")


def _claim_hover(r) -> str:
    reports = int(r.get("n_reports", 1) or 1)
    note = f"carried by {reports} report(s)" if reports > 1 else ""
    return claim_hover(r, with_sentence=False, note=note) + (f"<br>{escape(as_text(r['quantity']))}")


def _layout(fig, height: int) -> None:
    fig.update_layout(template="none", height=height, font=dict(family="sans-serif", size=12),
                      margin=dict(l=70, r=10, t=50, b=40), plot_bgcolor="white", paper_bgcolor="white",
                      hoverlabel=dict(align="left"), legend=dict(orientation="h", y=-0.12))
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5", linecolor="#444", showline=True, ticks="outside")
    fig.update_yaxes(showgrid=True, gridcolor="#e5e5e5", linecolor="#444", showline=True, ticks="outside",
                     automargin=True)


def _add_statements(fig, st: pd.DataFrame, colours: dict[str, str], row: int, shown: set[str]) -> None:
    """One trace per source: a mark per statement, a range as an error bar from low to high."""
    import plotly.graph_objects as go

    st = dated(st)
    for label, g in st.groupby("source_label", sort=True):
        colour = colours.get(label, "#888888")
        fig.add_trace(go.Scatter(
            x=list(g["date"]), y=list(g["value_low"].astype(float)), mode="markers", name=label,
            legendgroup=label, showlegend=label not in shown, meta="statement",
            marker=dict(color=colour, size=10, symbol=[marker_symbol(q, p) for q, p in
                                                      zip(g["qualifier"], g["party_to_conflict"])],
                        line=dict(color=colour, width=2)),
            error_y=dict(type="data", symmetric=False, array=list((g["value_high"] - g["value_low"]).astype(float)),
                         arrayminus=[0.0] * len(g), color=colour, thickness=1.5, width=4),
            hovertext=[_claim_hover(r) for _, r in g.iterrows()], hoverinfo="text"), row=row, col=1)
        shown.add(label)


def _add_record(fig, pts: pd.DataFrame, row: int, shown: set[str], name: str = "record (reference series)") -> None:
    import plotly.graph_objects as go

    if pts.empty:
        return
    fig.add_trace(go.Scatter(
        x=list(pts["date"]), y=list(pts["value_low"].astype(float)), mode="markers", name=name, legendgroup=name,
        showlegend=name not in shown, meta="record",
        marker=dict(color=RECORD_COLOUR, size=9, symbol=[_ref_symbol(q, p) for q, p in
                                                        zip(pts["qualifier"], pts["party_to_conflict"])],
                    line=dict(color=RECORD_COLOUR, width=1.5)),
        error_y=dict(type="data", symmetric=False, array=list((pts["value_high"] - pts["value_low"]).astype(float)),
                     arrayminus=[0.0] * len(pts), color=RECORD_COLOUR, thickness=1, width=3),
        hovertext=[_ref_hover(r) for _, r in pts.iterrows()], hoverinfo="text"), row=row, col=1)
    shown.add(name)


def _empty(message: str):
    return empty_figure(message)


def deaths_figure(ged: pd.DataFrame, points: pd.DataFrame, stmts: pd.DataFrame, colours: dict[str, str]):
    """Deaths: top, cumulative tolls against GED's cumulative best (black) with its low-high
    band; bottom, single-day figures against GED's daily sums (grey bars)."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    cum_p, day_p = (points[points["quantity"] == q] for q in (KILLED_CUMULATIVE, KILLED_DAY))
    cum_s, day_s = (stmts[stmts["quantity"] == q] for q in (KILLED_CUMULATIVE, KILLED_DAY))
    if ged.empty and cum_p.empty and day_p.empty and dated(cum_s).empty and dated(day_s).empty:
        return _empty("No deaths to compare in the corpus window.")
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1,
                        subplot_titles=("Cumulative tolls (log scale)", "Deaths on one day (log scale)"))
    shown: set[str] = set()
    if len(ged):
        band = "UCDP GED, Aleppo city: low–high"
        fig.add_trace(go.Scatter(x=list(ged["date"]) + list(ged["date"])[::-1],
                                 y=list(ged["cum_high"]) + list(ged["cum_low"])[::-1], fill="toself",
                                 fillcolor="rgba(0,0,0,0.15)", line=dict(width=0), name=band, hoverinfo="skip",
                                 meta="ged"), row=1, col=1)
        fig.add_trace(go.Scatter(
            x=list(ged["date"]), y=list(ged["cum_best"]), mode="lines", line=dict(color=GED_COLOUR, width=2),
            name="UCDP GED, Aleppo city: cumulative best", meta="ged",
            hovertext=[f"<b>UCDP GED cumulative best: {int(b):,}</b><br>low {int(lo):,} · high {int(hi):,}<br>{d}"
                       for d, b, lo, hi in zip(ged["date"], ged["cum_best"], ged["cum_low"], ged["cum_high"])],
            hoverinfo="text"), row=1, col=1)
        fig.add_trace(go.Bar(
            x=list(ged["date"]), y=list(ged["day_best"]), marker_color="#bbbbbb", name="UCDP GED, Aleppo city: daily sum",
            meta="ged", hovertext=[f"<b>UCDP GED: {int(b):,} deaths</b> (best)<br>{int(n)} single-day event(s)<br>{d}"
                                   for d, b, n in zip(ged["date"], ged["day_best"], ged["events"])],
            hoverinfo="text"), row=2, col=1)
    _add_record(fig, cum_p[cum_p["series"] != "ucdp_ged"], 1, shown)
    _add_record(fig, day_p[day_p["series"] != "ucdp_ged"], 2, shown)
    _add_statements(fig, cum_s, colours, 1, shown)
    _add_statements(fig, day_s, colours, 2, shown)
    fig.update_yaxes(type="log", tickformat="~s", title_text="people", row=1, col=1)
    fig.update_yaxes(type="log", tickformat="~s", title_text="people", row=2, col=1)
    _layout(fig, 720)
    return fig


DISPLACEMENT_PANELS = (DISPLACED_CUMULATIVE, DISPLACED_DAY, EVACUATED, IN_SHELTERS, REMAINING)
PANEL_TITLES = {
    DISPLACED_CUMULATIVE: "Displaced or fled since a date", DISPLACED_DAY: "Left in one day",
    EVACUATED: "Evacuated under the December deal (running count)", IN_SHELTERS: "In or arrived at shelters",
    REMAINING: "Still in the enclave",
}


def displacement_figure(points: pd.DataFrame, stmts: pd.DataFrame, colours: dict[str, str]):
    """Displacement and evacuation: one panel per thing counted; the record's figures are
    marks, never joined, added or chained; parties' counts hollow."""
    from plotly.subplots import make_subplots

    present = [q for q in DISPLACEMENT_PANELS if len(points[points["quantity"] == q]) or
               len(dated(stmts[stmts["quantity"] == q]))]
    if not present:
        return _empty("No displacement or evacuation figures to compare in the corpus window.")
    fig = make_subplots(rows=len(present), cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        subplot_titles=[PANEL_TITLES[q] + " (log scale)" for q in present])
    shown: set[str] = set()
    for i, q in enumerate(present, start=1):
        _add_record(fig, points[points["quantity"] == q], i, shown)
        _add_statements(fig, stmts[stmts["quantity"] == q], colours, i, shown)
        fig.update_yaxes(type="log", tickformat="~s", title_text="people", row=i, col=1)
    _layout(fig, 220 * len(present) + 160)
    return fig


def share_figure(points: pd.DataFrame, stmts: pd.DataFrame, colours: dict[str, str]):
    """The government's share of eastern Aleppo: the record's shares against the corpus's."""
    from plotly.subplots import make_subplots

    p, s = points[points["quantity"] == GOV_SHARE], stmts[stmts["quantity"] == GOV_SHARE]
    if p.empty and dated(s).empty:
        return _empty("No shares of territory to compare in the corpus window.")
    fig = make_subplots(rows=1, cols=1)
    shown: set[str] = set()
    _add_record(fig, p, 1, shown)
    _add_statements(fig, s, colours, 1, shown)
    fig.update_yaxes(range=[0, 105], title_text="government share (percent)")
    _layout(fig, 420)
    return fig


def neighbourhood_figure(table: pd.DataFrame, colours: dict[str, str]):
    """Each neighbourhood's first reported capture in the corpus (coloured by source) against
    its first capture in the record (grey square), joined by a line."""
    import plotly.graph_objects as go

    if table.empty:
        return _empty("No neighbourhood is reported captured in both the corpus and the record.")
    fig = go.Figure()
    names = [f"{n} ({t})" for n, t in zip(table["neighbourhood"], table["taker"])]
    for name, a, b in zip(names, table["reference_date"], table["corpus_date"]):
        fig.add_trace(go.Scatter(x=[a, b], y=[name, name], mode="lines", line=dict(color="#cccccc", width=3),
                                 showlegend=False, hoverinfo="skip", meta="link"))
    fig.add_trace(go.Scatter(
        x=list(table["reference_date"]), y=names, mode="markers", name="record: first capture",
        marker=dict(color=RECORD_COLOUR, symbol="square", size=10), meta="record",
        hovertext=[f"<b>record: {escape(n)}</b><br>{escape(d)} · {escape(s)} · {escape(as_text(e))}"
                   for n, d, s, e in zip(names, table["reference_date"], table["reference_source"],
                                         table["reference_extent"])], hoverinfo="text"))
    for label, g in table.assign(name=names).groupby("corpus_source", sort=True):
        fig.add_trace(go.Scatter(
            x=list(g["corpus_date"]), y=list(g["name"]), mode="markers", name=label, meta="statement",
            marker=dict(color=colours.get(label, "#888888"), size=11, symbol="circle"),
            hovertext=[f"<b>corpus: {escape(n)}</b><br>{escape(d)} · {escape(label)}<br>{int(k):+d} day(s) "
                       f"against the record<br>event {escape(e)}"
                       for n, d, k, e in zip(g["name"], g["corpus_date"], g["days"], g["event_id"])],
            hoverinfo="text"))
    fig.update_yaxes(autorange="reversed")
    _layout(fig, 120 + 32 * len(table))
    return fig


def drawn_counts(fig) -> dict[str, int]:
    """How many marks of each kind (``statement``, ``record``) a figure draws (for checks)."""
    out = {"statement": 0, "record": 0}
    for tr in fig.data:
        if tr.meta in out and tr.x is not None:
            out[tr.meta] += len(tr.x)
    return out


def comparison_static(ged: pd.DataFrame, points: pd.DataFrame, stmts: pd.DataFrame, colours: dict[str, str]):
    """The three comparisons for print (matplotlib): cumulative deaths, displacement and
    evacuation, the government's share."""
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(3, 1, figsize=(8, 10), sharex=True)
    panels = [(axes[0], (KILLED_CUMULATIVE,), "Cumulative deaths: corpus (colour) against the record (grey; "
               "UCDP GED black)", True),
              (axes[1], (DISPLACED_CUMULATIVE, EVACUATED), "Displaced since a date (○) and evacuated (△): corpus "
               "against the record", True),
              (axes[2], (GOV_SHARE,), "Government share of eastern Aleppo (percent)", False)]
    for ax, quantities, title, log in panels:
        ax.set_title(title, fontsize=10, loc="left")
        if quantities == (KILLED_CUMULATIVE,) and len(ged):
            x = pd.to_datetime(ged["date"])
            ax.fill_between(x, ged["cum_low"], ged["cum_high"], color="0.8")
            ax.plot(x, ged["cum_best"], color="black", lw=1.5)
        for j, q in enumerate(quantities):
            p = points[(points["quantity"] == q) & (points["series"] != "ucdp_ged")]
            s = dated(stmts[stmts["quantity"] == q])
            marker = "o" if j == 0 else "^"
            if len(p):
                ax.scatter(pd.to_datetime(p["date"]), p["value_low"], marker="s" if j == 0 else marker,
                           facecolors=["none" if b else "0.4" for b in p["party_to_conflict"]], edgecolors="0.4", s=30)
            for label, g in s.groupby("source_label"):
                c = colours.get(label, "#888888")
                ax.vlines(pd.to_datetime(g["date"]), g["value_low"], g["value_high"], color=c, lw=1)
                ax.scatter(pd.to_datetime(g["date"]), g["value_low"], color=c, s=36,
                           marker=marker if j else MPL_MARKER.get(QUALIFIER_SYMBOL.get("exact"), "o"))
        if log and ax.has_data():
            ax.set_yscale("log")
        if not ax.has_data():
            ax.text(0.5, 0.5, "nothing to compare in the corpus window", ha="center", va="center",
                    transform=ax.transAxes)
    axes[2].set_ylim(0, 105)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig
