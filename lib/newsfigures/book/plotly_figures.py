"""The interactive (plotly) figures of the chapters: figures over time, control events,
sources by category, disagreements, coverage, and the front page's overview."""

from __future__ import annotations

import textwrap
from typing import Sequence

import pandas as pd

from ..reconcile import as_text
from .marks import MARK_LEVELS, MAX_MARKS, control_marks, timeline_marks
from .prose import _source_row_label, _title_list
from . import style
from .style import BAND_COLOUR, BAND_LABEL, CONTROLLER_SYMBOL, COVERAGE_HOVER_BUDGET, COVERAGE_MAX_TITLES, PALETTE, claim_hover, escape
from .traces import LOG_AXIS, _add_claim_traces, _auto_log, _date_axis_range, _day, _dodge, _hover_args, _hover_column, _key_traces, _layout, _legend_name, _mark_size, empty_figure, hover_level, marker_symbol


TITLE_WIDTH = 80  # characters per line of a chart title (the plotly toolbar sits at the top right)


def _chart_title(text: str) -> dict:
    """A chart title wrapped to :data:`TITLE_WIDTH` characters (escaped, lines joined by ``<br>``)."""
    return dict(text="<br>".join(escape(line) for line in textwrap.wrap(text, TITLE_WIDTH)), x=0.01, y=1,
                yref="container", yanchor="top", pad=dict(t=8), font=dict(size=12))


def _title_top(text: str) -> int:
    """Top margin (pixels) leaving room for the wrapped title."""
    return 40 + 18 * len(textwrap.wrap(text, TITLE_WIDTH)) if text else 40

def _aggregation_notes(fig, marks: pd.DataFrame, count_column: str, meta_key: str, hover_level_: str, *,
                       binned: str, merged: str, hover: dict[str, str],
                       band_level: str | None = None) -> tuple[int, list[str]]:
    """Record in ``fig.layout.meta`` how many rows the marks stand for, how many marks and at
    which level (and the band's marks' level), and the hover level; return the row count and
    the notes for the title."""
    n = int(marks[count_column].sum())
    mark_level = str(marks["level"].iloc[0])
    meta = {"hover": hover_level_, meta_key: n, "marks": int(len(marks)), "level": mark_level}
    if band_level:
        meta["band_level"] = band_level
    fig.update_layout(meta=meta)
    notes = []
    if mark_level != "figure":
        notes.append(binned.format(level=mark_level))
    elif len(marks) < n:
        notes.append(merged)
    if hover_level_ != "full":
        notes.append(hover[hover_level_])
    return n, notes

def figures_timeline(points: pd.DataFrame, colours: dict[str, str], *, y_title: str,
                     facet: str | None = None, facet_order: Sequence[str] | None = None,
                     log_y: bool | str = "auto", band: tuple[float, float, str] | None = None,
                     band_points: pd.DataFrame | None = None, note_column: str | None = None,
                     title: str = "", empty_message: str = "No figures in this selection.",
                     y_range: tuple[float, float] | None = None, height_per_facet: int = 300,
                     max_marks: int = MAX_MARKS):
    """Claims over time (plotly): one colour per source, ranges as vertical segments, periods as
    horizontal segments, marker shape by qualifier, hollow for parties to the conflict.

    ``facet`` splits the chart into stacked panels (e.g. ``"measure"``) sharing the time axis.
    ``band`` = (low, high, label) shades a horizontal band (e.g. the range of population
    estimates); ``band_points`` (claims) are drawn in black on top of it so the band's ends
    lead back to their sentences too (both are repeated in every panel). ``note_column`` names
    a column whose text is added to each hover (e.g. why a figure counts as cumulative). The
    hover level chosen (:func:`hover_level`) is in ``fig.layout.meta["hover"]``.

    Marks come from :func:`timeline_marks` (at most ``max_marks``); when even the most compact
    hovers of those marks would not fit :data:`FIGURE_HOVER_BUDGET`, the time step is made
    coarser until they do. ``fig.layout.meta`` records ``figures``, ``marks`` and ``level``."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    p = timeline_marks(points, facet=facet, max_marks=max_marks)
    if p.empty:
        return empty_figure(empty_message)
    facets = [None]
    if facet:
        present = list(dict.fromkeys(p[facet].map(as_text)))
        facets = [f for f in (facet_order or []) if f in present] + sorted(f for f in present if f not in (facet_order or []))
    party_sources = set(p.loc[p["party_to_conflict"], "source_label"])
    order = [s for s in colours if s in set(p["source_label"])] + sorted(set(p["source_label"]) - set(colours))
    dodge = _dodge(order)
    bp = timeline_marks(band_points, max_marks=max_marks) if band_points is not None else p.iloc[0:0]

    def fit() -> str:
        return hover_level(p, note_column) if not len(bp) else hover_level(
            pd.concat([p] + [bp] * len(facets), ignore_index=True), note_column)

    def step(marks: pd.DataFrame) -> int:
        return MARK_LEVELS.index(marks["level"].iloc[0]) if len(marks) else 0

    level = fit()
    while level == "none" and max(step(p), step(bp)) < len(MARK_LEVELS) - 1:
        # no hover would fit: a coarser time step (for the band's marks too), so every mark keeps one
        coarser = MARK_LEVELS[max(step(p), step(bp)) + 1]
        p = timeline_marks(points, facet=facet, level=coarser)
        if len(bp):
            bp = timeline_marks(band_points, level=coarser)
        level = fit()
    p["_hover"] = _hover_column(p, level, note_column)
    bp = bp.assign(_hover=_hover_column(bp, level, None), source_label=BAND_LABEL)
    if len(facets) > 1:
        fig = make_subplots(rows=len(facets), cols=1, shared_xaxes=True, vertical_spacing=0.08,
                            subplot_titles=[escape(f) for f in facets])
    else:
        fig = go.Figure()
    shown: set[str] = set()
    log_rows = []
    for i, f in enumerate(facets, start=1):
        part = p if f is None else p[p[facet].map(as_text) == f]
        values = pd.concat([part["value_low"], part["value_high"]])
        if band_points is not None and len(band_points):
            values = pd.concat([values, band_points["value_low"], band_points["value_high"]])
        if band is not None:
            values = pd.concat([values, pd.Series([float(band[0]), float(band[1])])])
        log_rows.append(_auto_log(values) if log_y == "auto" else bool(log_y))
        part = part.assign(source_label=pd.Categorical(part["source_label"], categories=order, ordered=True)).sort_values("source_label", kind="stable")
        part["source_label"] = part["source_label"].astype(str)
        _add_claim_traces(fig, part, colours, party_sources, shown, dodge, row=i if len(facets) > 1 else None)
    if band is not None:
        lo, hi, label = band
        where = dict(row="all", col=1) if len(facets) > 1 else {}
        fig.add_hrect(y0=lo, y1=hi, fillcolor="#bbbbbb", opacity=0.25, line_width=0, layer="below",
                      annotation_text=escape(label), annotation_position="top left", **where)
    if len(bp):
        for i in range(1, len(facets) + 1):
            _add_claim_traces(fig, bp, {BAND_LABEL: BAND_COLOUR}, set(), shown, {BAND_LABEL: 0.0},
                              row=i if len(facets) > 1 else None)
    _key_traces(fig, set(p["qualifier"]), bool(p["party_to_conflict"].any()), bool(p["is_range"].any()),
                bool(p["has_period"].any()), bool(p["converted"].any()))
    n_figures, notes = _aggregation_notes(
        fig, p, "n_figures", "figures", level, band_level=str(bp["level"].iloc[0]) if len(bp) else None,
        binned=f"one mark per source and {{level}} ({len(p):,} marks), from the lowest to the highest figure",
        merged="identical figures share a mark, larger the more claims gave it",
        hover={"no sentence": "hover shows the quote but not the sentence",
               "compact": "hover shows value, source, date and claim id", "none": "no hover details"})
    if notes:
        title = ((title + " — " if title else "") + f"{n_figures:,} figures: " + "; ".join(notes)
                 + "; the claims explorer has every quote")
    if title:
        fig.update_layout(title=_chart_title(title))
    _layout(fig, height=max(260, height_per_facet * len(facets)) + 60, top=_title_top(title),
            legend=dict(title=dict(text="source"), y=1, yanchor="top"),
            legend2=dict(title=dict(text="how to read"), y=0, yanchor="bottom"))
    fig.update_yaxes(title_text=escape(y_title))
    for i, use_log in enumerate(log_rows, start=1):
        axis = LOG_AXIS if use_log else dict(type="linear")
        if len(facets) > 1:
            fig.update_yaxes(row=i, col=1, **axis)
        else:
            fig.update_yaxes(**axis)
    if y_range is not None:
        fig.update_yaxes(range=list(y_range))
    days = list(p["date"]) + list(p["period_start"]) + list(p["period_end"])
    if len(bp):
        days += list(bp["date"]) + list(bp["period_start"]) + list(bp["period_end"])
    fig.update_xaxes(**_date_axis_range(days))
    return fig


def control_timeline(events: pd.DataFrame, colours: dict[str, str],
                     empty_message: str = "No neighbourhood control events in this selection.",
                     max_marks: int = MAX_MARKS):
    """Neighbourhood control events (plotly): one row per neighbourhood, x = date, colour =
    source, shape = controller (government ■, rebels ◆, Kurdish forces ▲), filled = captured,
    hollow = stated as held."""
    import plotly.graph_objects as go

    ev = control_marks(events, max_marks=max_marks)
    if ev.empty:
        return empty_figure(empty_message)
    first = ev.groupby("neighbourhood")["date"].min().sort_values(kind="stable")
    rows = list(first.index)
    order = [s for s in colours if s in set(ev["source_label"])] + sorted(set(ev["source_label"]) - set(colours))
    dodge = _dodge(order)

    def hover(r: pd.Series, level: str) -> str | None:
        head = f"<b>{escape(r['neighbourhood'])}</b>: {escape(r['event'])} by {escape(r['controller'])}"
        ids = f"event {escape(as_text(r.get('event_id')))} · article {escape(as_text(r['article_id']))}"
        n = int(r["n_events"])
        when = escape(r["date"]) if r["level"] == "figure" else \
            f"{escape(r['level'])} {escape(r['bin_start'])} to {escape(r['bin_end'])}"
        count = f"<br>{n:,} statements from {int(r['n_articles']):,} articles" if n > 1 else ""
        if level == "full":
            speaker = f" · speaker: {escape(as_text(r.get('speaker')))}" if as_text(r.get("speaker")) else ""
            return "<br>".join([head, f"source: {escape(r['source_label'])}{speaker}", f"date: {when}",
                                f"quote: “{escape(as_text(r['quote']))}”", ids]) + count
        if level == "compact":
            return f"{head} · {escape(r['source_label'])} · {when}<br>{ids}{count}"
        return None

    level = "none"
    for candidate in ("full", "compact"):
        if sum(len(hover(r, candidate).encode("utf-8")) for _, r in ev.iterrows()) <= style.FIGURE_HOVER_BUDGET:
            level = candidate
            break
    fig = go.Figure()
    for label in order:
        g = ev[ev["source_label"] == label]
        texts = [hover(r, level) for _, r in g.iterrows()]
        symbols = [CONTROLLER_SYMBOL.get(c, "circle") + ("-open" if e == "held" else "")
                   for c, e in zip(g["controller"], g["event"])]
        fig.add_trace(go.Scatter(
            x=[_day(d, dodge[label]) for d in g["date"]], y=[escape(n) for n in g["neighbourhood"]],
            mode="markers", name=escape(label), **_hover_args(texts),
            marker=dict(symbol=symbols, size=[_mark_size(n, 12.0) for n in g["n_events"]], color=colours.get(label, "#888888"),
                        line=dict(color=colours.get(label, "#888888"), width=2))))
    for controller in ["government", "rebels", "kurdish"]:
        for event in ["captured", "held"]:
            if ((ev["controller"] == controller) & (ev["event"] == event)).any():
                fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", legend="legend2", hoverinfo="skip",
                                         name=f"{event} by {controller}",
                                         marker=dict(symbol=CONTROLLER_SYMBOL[controller] + ("-open" if event == "held" else ""),
                                                     size=11, color="#555", line=dict(color="#555", width=2))))
    n_events, notes = _aggregation_notes(
        fig, ev, "n_events", "events", level, binned="one mark per neighbourhood, source and {level}",
        merged="identical statements share a mark, larger the more articles made it",
        hover={"compact": "hover shows neighbourhood, source, date and ids", "none": "no hover details"})
    title = f"{n_events:,} events: " + "; ".join(notes) if notes else ""
    if title:
        fig.update_layout(title=_chart_title(title))
    _layout(fig, height=140 + 28 * len(rows), top=_title_top(title), legend=dict(title=dict(text="source"), y=1, yanchor="top"),
            legend2=dict(title=dict(text="how to read"), y=0, yanchor="bottom"))
    fig.update_yaxes(categoryorder="array", categoryarray=[escape(n) for n in rows][::-1], type="category")
    fig.update_xaxes(**_date_axis_range(ev["date"]))
    return fig


def source_matrix_figure(counts: pd.DataFrame, max_sources: int = 40):
    """A matrix of :func:`source_category_counts` (plotly): one square per source and category,
    darker the more figures; † marks parties to the conflict."""
    import plotly.graph_objects as go

    if counts.empty:
        return empty_figure("No claims in this selection.")
    counts = counts.head(max_sources)
    cats = [c for c in counts.columns if c not in ("total", "party_to_conflict")]
    ylabels = [escape(_source_row_label(s, p)) for s, p in zip(counts.index, counts["party_to_conflict"])]
    z = counts[cats].to_numpy().tolist()
    # square markers on two category axes, not a heatmap: the shipped plotly.js bundle draws
    # scatter and bar traces only (see newsfigures.book.bundle)
    top = max(1, max((v for row in z for v in row), default=1))
    cells = [(cat, label, v) for label, row in zip(ylabels, z) for cat, v in zip(cats, row)]
    fig = go.Figure(go.Scatter(
        x=[c for c, _, _ in cells], y=[label for _, label, _ in cells], mode="markers+text",
        text=[str(v) if v else "" for _, _, v in cells], customdata=[v for _, _, v in cells],
        textfont=dict(size=11, color=["#ffffff" if v > top / 2 else "#222222" for _, _, v in cells]),
        marker=dict(symbol="square", size=24, color=[v for _, _, v in cells], cmin=0, cmax=top,
                    colorscale=[[0.0, "#ffffff"], [1.0, "#08519c"]], line=dict(color="#dddddd", width=1)),
        hovertemplate="%{y}<br>%{x}: %{customdata} statement(s)<extra></extra>", showlegend=False))
    _layout(fig, height=120 + 26 * len(counts))
    fig.update_layout(margin=dict(l=260, r=10, t=64, b=40))  # room for the column labels under the toolbar
    fig.update_yaxes(autorange="reversed", showgrid=False, ticks="")
    fig.update_xaxes(side="top", showgrid=False, ticks="")
    return fig


def disagreement_figure(dis: pd.DataFrame, colours: dict[str, str], max_groups: int = 12):
    """Small multiples, one per quantity and day on which sources disagree (input:
    :func:`newsfigures.reconcile.disagreements`), each with its own value axis: every source's
    figure as a point or a horizontal range, in the source's colour; hollow/dotted for parties
    to the conflict; ✕ for converted territory shares."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    if dis.empty:
        return empty_figure("No two sources gave the same quantity on the same day in this selection.")
    groups = list(dict.fromkeys(dis["group"]))[:max_groups]
    # each panel as tall as its number of sources, with a fixed gap for the next panel's title
    heights = [50 + 26 * dis.loc[dis["group"] == g, "source_label"].nunique() for g in groups]
    gap = 75
    plot_height = sum(heights) + gap * (len(groups) - 1)
    fig = make_subplots(rows=len(groups), cols=1, row_heights=[h / sum(heights) for h in heights],
                        vertical_spacing=gap / plot_height if len(groups) > 1 else 0.0,
                        subplot_titles=[escape(g) for g in groups])
    shown: set[str] = set()
    party_sources = set(dis.loc[dis["party_to_conflict"].astype(bool), "source_label"])
    with_sentence = hover_level(dis[dis["group"].isin(groups)], None) == "full"
    for i, gname in enumerate(groups, start=1):
        g = dis[dis["group"] == gname].sort_values(["source_label", "value_low"], kind="stable")
        labels = list(dict.fromkeys(g["source_label"]))
        for _, r in g.iterrows():
            label = r["source_label"]
            colour = colours.get(label, "#888888")
            party = bool(r["party_to_conflict"])
            note = "converted: government share = 100 − stated rebel share" if bool(r.get("converted", False)) else ""
            text = claim_hover(r, with_sentence, note)
            y = escape(label)
            common = dict(legendgroup=escape(label), name=_legend_name(label, party_sources), hovertext=text, hoverinfo="text")
            first = label not in shown
            shown.add(label)
            lo, hi = float(r["value_low"]), float(r["value_high"])
            if lo < hi:
                fig.add_trace(go.Scatter(x=[lo, hi], y=[y, y], mode="lines+markers", showlegend=first,
                                         line=dict(color=colour, width=3, dash="dot" if party else "solid"),
                                         marker=dict(symbol="line-ns", size=12, color=colour, line=dict(color=colour, width=2.5)),
                                         **common), row=i, col=1)
            else:
                fig.add_trace(go.Scatter(x=[lo], y=[y], mode="markers", showlegend=first,
                                         marker=dict(symbol=marker_symbol(r["qualifier"], party, bool(r.get("converted", False))),
                                                     size=11, color=colour, line=dict(color=colour, width=2)),
                                         **common), row=i, col=1)
        fig.update_yaxes(type="category", categoryorder="array", categoryarray=[escape(s) for s in labels], row=i, col=1)
        vals = pd.concat([g["value_low"], g["value_high"]])
        if _auto_log(vals):
            fig.update_xaxes(row=i, col=1, **LOG_AXIS)
        else:
            fig.update_xaxes(row=i, col=1, rangemode="tozero")  # so a gap is seen against the size of the figures
    _layout(fig, height=plot_height + 90, showlegend=False)  # the sources are named on each panel's axis
    fig.update_layout(margin=dict(l=60, r=20, t=50, b=40))
    fig.update_annotations(font_size=12, xanchor="left", x=0)
    return fig


def coverage_figure(articles: pd.DataFrame):
    """Articles per publication day (plotly bar chart), coloured by how the date was obtained."""
    import plotly.graph_objects as go

    dated = articles.dropna(subset=["published"]).copy()
    dated["how"] = dated["published_method"].str.split(":").str[0]
    fig = go.Figure()
    for how, colour in (("given", PALETTE[0]), ("inferred", PALETTE[1])):
        part = dated[dated["how"] == how]
        if part.empty:
            continue
        per_bar = max(0, min(COVERAGE_MAX_TITLES, COVERAGE_HOVER_BUDGET // (100 * max(1, dated["published"].nunique()))))
        counts = part.groupby("published").agg(n=("article_id", "size"),
                                                 titles=("title", lambda t: _title_list(t, per_bar)))
        fig.add_bar(x=counts.index, y=counts["n"], name=f"date {how}", marker_color=colour,
                    customdata=counts["titles"], hovertemplate="%{x}: %{y} article(s)<br>%{customdata}<extra></extra>")
    fig.update_layout(barmode="stack", height=320, margin=dict(l=40, r=10, t=30, b=40),
                      yaxis_title="articles", xaxis_title="publication date", legend_orientation="h")
    return fig


def _overview_x(marks: pd.DataFrame, hours: float = 0.0) -> list[str]:
    """Where a mark of :func:`newsfigures.book.front.overview_marks` sits: its day, or the
    middle of its week, month..., moved by ``hours`` (so that two series of one panel on one day
    do not hide each other; the hover gives the day)."""
    start = pd.to_datetime(marks["bin_start"])
    end = pd.to_datetime(marks["bin_end"])
    return list((start + (end - start) / 2 + pd.Timedelta(hours=hours)).dt.strftime("%Y-%m-%d %H:%M"))


def _overview_hover(r: pd.Series, max_sources: int = 6) -> str:
    when = r["bin_start"] if r["level"] == "day" else f"{r['level']} {r['bin_start']} to {r['bin_end']}"
    value = r["low_text"] if r["low_text"] == r["high_text"] else f"lowest {r['low_text']}, highest {r['high_text']}"
    names = [escape(s) for s in r["sources"][:max_sources]]
    if len(r["sources"]) > max_sources:
        names.append(f"{len(r['sources']) - max_sources:,} more")
    figures = f"{r['n_figures']:,} statement{'s' if r['n_figures'] != 1 else ''}"
    sources = f"{r['n_sources']:,} source{'s' if r['n_sources'] != 1 else ''}"
    return (f"<b>{escape(r['series'])}</b> · {escape(when)}<br>{escape(value)}"
            f"<br>{figures} from {sources}: {', '.join(names)}")


def overview_figure(marks: pd.DataFrame):
    """The front page's overview (plotly): aligned panels over the same days (the government's
    share of territory, people displaced, people killed), one mark per series and day from the
    lowest to the highest figure given (:func:`newsfigures.book.front.overview_marks`). Light:
    two traces per series."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from .front import OVERVIEW_PANELS, OVERVIEW_SERIES

    if marks.empty:
        return empty_figure("No dated share of territory, displacement or death figure to draw.")
    fig = make_subplots(rows=len(OVERVIEW_PANELS), cols=1, shared_xaxes=True, vertical_spacing=0.07)
    for row, (panel, y_title) in enumerate(OVERVIEW_PANELS, start=1):
        part = marks[marks["panel"] == panel]
        dodge = _dodge([s for s in OVERVIEW_SERIES if s in set(part["series"])], spread_hours=10.0)
        for series, colour in OVERVIEW_SERIES.items():
            m = part[part["series"] == series]
            if m.empty:
                continue
            x = _overview_x(m, dodge[series])
            seg_x, seg_y, pt_x, pt_y, hover = [], [], [], [], []
            for xi, (_, r) in zip(x, m.iterrows()):
                text = _overview_hover(r)
                ends = [r["low"]] if r["low"] == r["high"] else [r["low"], r["high"]]
                if len(ends) == 2:
                    seg_x += [xi, xi, None]
                    seg_y += [r["low"], r["high"], None]
                pt_x += [xi] * len(ends)
                pt_y += ends
                hover += [text] * len(ends)
            if seg_x:
                fig.add_trace(go.Scatter(x=seg_x, y=seg_y, mode="lines", line=dict(color=colour, width=2),
                                         hoverinfo="skip", showlegend=False, legendgroup=series), row=row, col=1)
            fig.add_trace(go.Scatter(x=pt_x, y=pt_y, mode="markers", name=series, legendgroup=series,
                                     marker=dict(color=colour, size=7), hovertext=hover, hoverinfo="text"),
                          row=row, col=1)
        if panel == "share":
            fig.update_yaxes(range=[0, 100], row=row, col=1)
        elif len(part) and _auto_log(pd.concat([part["low"], part["high"]])):
            fig.update_yaxes(row=row, col=1, **LOG_AXIS)
        fig.update_yaxes(title_text=y_title, row=row, col=1)
    _layout(fig, height=170 * len(OVERVIEW_PANELS) + 90, legend=dict(orientation="h", y=-0.08))
    fig.update_xaxes(**_date_axis_range(list(marks["bin_start"]) + list(marks["bin_end"])))
    fig.update_layout(meta={"figures": int(marks["n_figures"].sum()), "marks": int(len(marks)),
                            "level": str(marks["level"].iloc[0])})
    return fig
