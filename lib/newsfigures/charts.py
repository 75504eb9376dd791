"""Chart helpers shared by the chapters: one colour per source across the book, plotly
figures emitted as HTML that loads the site's single copy of plotly.js, and escaping of
untrusted article text.

Conventions every chart here follows (the chapters explain them to readers):

* **Colour = source.** :func:`source_colours` gives each source one colour for the whole book
  (pass it every source in the book, :func:`book_source_colours`, so chapters agree).
* **Ranges are drawn as ranges.** A figure with ``value_low < value_high`` is a vertical segment
  from low to high with end caps, never a midpoint. A figure with a stated period
  (``period_start``..``period_end``) is drawn across the period: a horizontal segment, or a
  box when it is also a range.
* **Marker shape = qualifier.** exact ●, approximate ◆, open-ended upward (``at_least``,
  ``more_than``) ▲, ``at_most`` ▼, converted territory share ✕ (see
  :func:`newsfigures.reconcile.government_share`).
* **Hollow markers and dotted segments = a party to the conflict.**
* **Every hover leads back to its sentence**: value (range), qualifier, source, date, the quote,
  the sentence and the claim and article ids (searchable in the claims explorer). All article
  text goes through :func:`escape` first.
* **Page weight.** :data:`PAGE_BUDGET_BYTES` (1.5 MB) per page. The hover texts of one figure
  get at most :data:`FIGURE_HOVER_BUDGET` bytes: past it they drop the sentence, then shrink to
  value, source, date and claim id, and at the last resort go (the figure's ``layout.meta``
  says which, see :func:`hover_level`; the claims explorer always has everything).
* **Charts aggregate.** A chart draws at most :data:`MAX_MARKS` marks: identical figures
  share one mark (:func:`timeline_marks`), and past the limit each source's figures are binned
  by day, week, month, quarter or year into one low–high mark. Tables list at most
  :data:`TABLE_MAX_ROWS` rows. The explorer embeds its newest :data:`EXPLORER_CHUNK_ROWS`
  rows (at most :data:`EXPLORER_MAX_BYTES` of JSON) and loads the rest in parts of the same
  size, on demand (:func:`explorer_parts`).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import textwrap
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .reconcile import OWN_AUTHORITY, _blank, _present, _text, source_label

# Okabe-Ito plus Paul Tol's muted scheme: distinguishable with the common colour-vision
# deficiencies. Sources are assigned colours in a fixed order, so a source keeps its colour
# in every chapter.
PALETTE = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
    "#117733", "#AA4499", "#44AA99", "#999933", "#DDCC77", "#661100", "#6699CC", "#888888",
]
PREFERRED_ORDER = [
    "Syrian Observatory for Human Rights", "Syrian army", "Syrian state television", "SANA",
    "Syrian state media", "Syrian government", "Russian Defence Ministry", "rebel officials",
    "ICRC", "UN OCHA", "United Nations", "aid groups", "activists", "PYD", OWN_AUTHORITY,
]
#: Fixed colours of the sources the book talks about most. Figures stated on an article's own
#: authority are grey; every other source takes a colour left over (see :func:`source_colours`).
PREFERRED_COLOURS = {
    "Syrian Observatory for Human Rights": "#0072B2", "Syrian army": "#D55E00",
    "Syrian state television": "#CC79A7", "SANA": "#882255", "Syrian state media": "#AA4499",
    "Syrian government": "#661100", "Russian Defence Ministry": "#E69F00",
    "rebel officials": "#009E73", "ICRC": "#56B4E9", "UN OCHA": "#332288",
    "United Nations": "#6699CC", "aid groups": "#44AA99", "activists": "#117733",
    "PYD": "#999933", OWN_AUTHORITY: "#888888",
}
BAND_LABEL = "population estimate (any source)"
BAND_COLOUR = "#000000"
EXTRA_COLOURS = ["#B8860B", "#5F9EA0", "#8B4513", "#4B0082", "#2F4F4F", "#BC8F8F"]

PAGE_BUDGET_BYTES = 1_500_000
FIGURE_HOVER_BUDGET = 400_000
EXPLORER_CHUNK_ROWS = 2000
EXPLORER_MAX_BYTES = 1_000_000
EXPLORER_PAGE_SIZE = 100
#: Rows of a plain HTML table in a chapter (the rest: a note and the CSV).
TABLE_MAX_ROWS = 200
#: Article titles listed in one bar's hover of the coverage chart.
COVERAGE_MAX_TITLES = 8
#: Bytes of titles in the coverage chart's hovers: with many days, fewer titles per bar.
COVERAGE_HOVER_BUDGET = 150_000

QUALIFIER_WORDS = {
    "exact": "exact", "approximate": "approximate", "at_least": "at least", "more_than": "more than",
    "at_most": "at most", "range": "range", "mixed": "mixed qualifiers",
}
QUALIFIER_SYMBOL = {
    "exact": "circle", "approximate": "diamond", "at_least": "triangle-up", "more_than": "triangle-up",
    "at_most": "triangle-down", "range": "circle",
}
CONVERTED_SYMBOL = "x"
_MPL_MARKER = {"circle": "o", "diamond": "D", "triangle-up": "^", "triangle-down": "v", "x": "X"}


# ---------------------------------------------------------------------------- basics


def source_words(source: object) -> str:
    """A source as it reads in a sentence: its name, or "the article's own reporting"."""
    return "the article's own reporting" if _blank(source) or source == OWN_AUTHORITY else str(source)


def source_colours(sources: Iterable[object]) -> dict[str, str]:
    """A stable colour for every source: the preferred sources first (fixed colours), then the
    others by name, each taking the next palette colour that no source in ``sources`` uses.

    The colour of a preferred source never changes; the colour of any other source depends only
    on the *set* of sources passed, so pass the whole book's sources
    (:func:`book_source_colours`) and every chapter agrees. Past the palette, colours repeat
    (picked by a hash of the name); names are always in the legend and the hover."""
    labels = sorted({source_label(s) for s in sources})
    colours = {label: PREFERRED_COLOURS[label] for label in PREFERRED_ORDER if label in labels}
    used = set(colours.values())
    free = [c for c in PALETTE + EXTRA_COLOURS if c not in used]
    others = [label for label in labels if label not in PREFERRED_COLOURS]
    for i, label in enumerate(others):
        if i < len(free):
            colours[label] = free[i]
        else:
            digest = int(hashlib.sha1(label.encode("utf-8")).hexdigest(), 16)
            colours[label] = PALETTE[digest % len(PALETTE)]
    return colours


def book_source_colours(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """:func:`source_colours` over every source in the claims and control-event tables (before
    any date window), so all chapters of one book give a source the same colour."""
    sources: list[object] = []
    for name in ("claims", "control_events"):
        if name in tables and "source" in tables[name]:
            sources += list(tables[name]["source"])
    return source_colours(sources)


def escape(text: object) -> str:
    """Article text is untrusted: escape it before it goes into any HTML."""
    return html.escape("" if text is None else str(text), quote=True)


def plotly_html(fig, div_id: str):
    """Display a plotly figure as HTML; the chapter's first figure loads the book's plotly.js
    bundle (:mod:`newsfigures.bundle`), the others rely on it.

    ``div_id`` must be stable (a rerun on the same data gives the same page)."""
    from IPython.display import HTML

    from . import bundle

    missing = bundle.unsupported_traces(fig)
    if missing:
        raise ValueError(f"the book's plotly.js bundle cannot draw {', '.join(missing)} traces")
    return HTML(fig.to_html(full_html=False, include_plotlyjs=bundle.include_plotlyjs(), div_id=div_id,
                            config={"displaylogo": False, "responsive": True}))


def html_bytes(*objects: object) -> int:
    """The size in bytes (UTF-8) of HTML display objects or strings, to check page weight."""
    total = 0
    for obj in objects:
        data = getattr(obj, "data", obj)
        total += len(str(data).encode("utf-8"))
    return total


# ---------------------------------------------------------------------------- date window

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_window(date_from: str = "", date_to: str = "") -> tuple[str, str]:
    """Validate the chapters' optional ISO date window (empty = no limit) and return it."""
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if not isinstance(value, str):
            raise ValueError(f"{name} must be a string (ISO date or empty), got {value!r}")
        if value and (not _ISO.match(value) or pd.isna(pd.to_datetime(value, errors="coerce"))):
            raise ValueError(f"{name} must be an ISO date like 2016-12-12 or empty, got {value!r}")
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}")
    return date_from, date_to


def in_window(df: pd.DataFrame, date_from: str = "", date_to: str = "", column: str = "date") -> pd.DataFrame:
    """Rows whose ``column`` lies in [date_from, date_to] (inclusive). With no window every row
    is kept; with a window, rows without a date are dropped."""
    date_from, date_to = check_window(date_from, date_to)
    if not date_from and not date_to:
        return df.copy()
    dates = [_text(v) for v in df[column]]
    keep = [d != "" and (not date_from or d >= date_from) and (not date_to or d <= date_to) for d in dates]
    return df.loc[pd.Series(keep, index=df.index, dtype=bool)].copy()


def window_phrase(date_from: str = "", date_to: str = "") -> str:
    """``"between 2016-11-27 and 2016-12-12"``, ``"from 2016-11-27 on"``, ``"over the whole corpus"``."""
    if date_from and date_to:
        return f"between {date_from} and {date_to}"
    if date_from:
        return f"from {date_from} on"
    if date_to:
        return f"up to {date_to}"
    return "over the whole corpus"


# ---------------------------------------------------------------------------- numbers as words


def format_number(x: float) -> str:
    """``31000`` -> ``31,000``; ``33.333`` -> ``33.33``."""
    x = float(x)
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_value(low: float, high: float, qualifier: str, unit: object = "") -> str:
    """A figure in words: ``more than 31,000 people``, ``roughly 200–999 people`` (a vague
    magnitude such as "hundreds"), ``at least 90 percent``."""
    unit_s = _text(unit)
    suffix = f" {unit_s}" if unit_s else ""
    if float(low) != float(high):
        rng = f"{format_number(low)}–{format_number(high)}{suffix}"
        if qualifier in ("range", "exact"):
            return rng
        if qualifier == "approximate":
            return f"roughly {rng}"
        return f"{rng} ({QUALIFIER_WORDS.get(qualifier, qualifier)})"
    word = {"exact": "", "approximate": "about ", "at_least": "at least ", "more_than": "more than ",
            "at_most": "at most ", "range": ""}.get(qualifier, "")
    return f"{word}{format_number(low)}{suffix}"


def _wrap(text: str, width: int = 80, limit: int = 320) -> str:
    """Escape and wrap untrusted text for a plotly hover (``<br>`` between lines)."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) if text else ""


HOVER_LEVELS = ("full", "no sentence", "compact", "none")


def claim_hover(row: pd.Series | dict, with_sentence: bool = True, note: str = "", compact: bool = False) -> str:
    """The hover text of one claim. Everything from the article is escaped; the only markup is
    the ``<b>`` and ``<br>`` added here. ``compact`` keeps only value, source, date and ids."""
    get = row.get
    if compact:
        return (f"<b>{escape(format_value(get('value_low'), get('value_high'), _text(get('qualifier')), get('unit')))}</b>"
                f" · {escape(source_label(get('source')))} · {escape(_text(get('date')) or 'undated')}"
                f"<br>claim {escape(_text(get('claim_id')))} · article {escape(_text(get('article_id')))}")
    lines = [f"<b>{escape(format_value(get('value_low'), get('value_high'), _text(get('qualifier')), get('unit')))}</b>"]
    lines.append(f"qualifier: {escape(QUALIFIER_WORDS.get(_text(get('qualifier')), _text(get('qualifier'))))}")
    party = " (party to the conflict)" if bool(get("party_to_conflict", False)) else ""
    lines.append(f"source: {escape(source_label(get('source')))}{party}")
    method = _text(get("date_method"))
    lines.append(f"date: {escape(_text(get('date')) or 'undated')}" + (f" ({escape(method)})" if method else ""))
    if not _blank(get("period_start")) or not _blank(get("period_end")):
        lines.append(f"period: {escape(_text(get('period_start')) or '?')} to {escape(_text(get('period_end')) or '?')}")
    if note:
        lines.append(escape(note))
    lines.append(f"quote: “{escape(_text(get('quote')))}”")
    if with_sentence and _text(get("sentence")):
        lines.append("sentence: " + _wrap(_text(get("sentence"))))
    lines.append(f"claim {escape(_text(get('claim_id')))} · article {escape(_text(get('article_id')))}")
    return "<br>".join(lines)


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
    base = CONVERTED_SYMBOL if converted else QUALIFIER_SYMBOL.get(_text(qualifier), "circle")
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
    ts = [pd.Timestamp(str(d)) for d in days if not _blank(d)]
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


def _dated(df: pd.DataFrame, column: str = "date") -> pd.DataFrame:
    """Rows with a date (works on empty frames too)."""
    return df.loc[_present(df[column])].copy()


def _prepare(points: pd.DataFrame) -> pd.DataFrame:
    p = _dated(points)
    p["source_label"] = p["source"].map(source_label)
    if "converted" not in p:
        p["converted"] = False
    p["converted"] = p["converted"].fillna(False).astype(bool)
    p["party_to_conflict"] = p["party_to_conflict"].fillna(False).astype(bool)
    p["has_period"] = _present(p["period_start"]) & _present(p["period_end"])
    p["is_range"] = p["value_low"] < p["value_high"]
    return p


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
    return [mark_hover(r, level, _text(r.get(note_column)) if note_column else "") for _, r in p.iterrows()]


def _mark_size(n: object, base: float = 10.0) -> float:
    """Marker size for a mark standing for ``n`` figures: grows with log2(n), at most 2.2x."""
    import math

    n = int(n) if not _blank(n) else 1
    return round(min(base * 2.2, base + 2.5 * math.log2(max(1, n))), 1)


def _copies(p: pd.DataFrame) -> pd.Series:
    """How many times a claim's hover text is written: once for a point, twice for a range
    (its two caps) or a period (its two ends)."""
    return 1 + ((p["value_low"] < p["value_high"]) | (_present(p["period_start"]) & _present(p["period_end"]))).astype(int)


def hover_level(points: pd.DataFrame, note_column: str | None = None, budget: int | None = None,
                repeat: int = 1) -> str:
    """The richest hover level (:data:`HOVER_LEVELS`) whose texts for ``points`` (drawn
    ``repeat`` times, e.g. band points in every panel) fit in ``budget`` bytes (default
    :data:`FIGURE_HOVER_BUDGET`)."""
    budget = FIGURE_HOVER_BUDGET if budget is None else budget
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


# ---------------------------------------------------------------------------- marks: aggregation

#: At most this many marks per chart. Past it, marks are binned by a coarser time step.
MAX_MARKS = 1500
#: Aggregation levels, finest first: ``figure`` merges identical figures (same source, date,
#: period, values and qualifier: wire copies), the others bin every figure of a source by
#: day, week (Monday to Sunday), month, quarter or year into one low–high mark.
MARK_LEVELS = ("figure", "day", "week", "month", "quarter", "year")
_FREQ = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}


def bin_bounds(dates: pd.Series, level: str) -> tuple[pd.Series, pd.Series]:
    """First and last ISO day of the ``level`` bin (``day``, ``week``, ``month``, ``quarter``,
    ``year``) that each ISO day in ``dates`` falls in."""
    ts = pd.to_datetime(dates.map(_text), format="%Y-%m-%d")
    if level == "day":
        start = end = ts
    else:
        period = ts.dt.to_period(_FREQ[level])
        start, end = period.dt.start_time, period.dt.end_time.dt.normalize()
    return start.dt.strftime("%Y-%m-%d"), end.dt.strftime("%Y-%m-%d")


def _mark_groups(p: pd.DataFrame, figure_keys: list[str], group_keys: list[str], date_column: str,
                 max_marks: int, level: str | None = None) -> tuple[str, pd.DataFrame]:
    """Choose the finest level of :data:`MARK_LEVELS` giving at most ``max_marks`` groups (or
    the given ``level``); return it and ``p`` with ``_bin_start``, ``_bin_end`` and ``_g`` (the
    group number, in key order) columns."""
    levels = [level] if level else list(MARK_LEVELS)
    for lvl in levels:
        q = p.copy()
        if lvl == "figure":
            q["_bin_start"] = q["_bin_end"] = q[date_column].map(_text)
            keys = figure_keys
        else:
            q["_bin_start"], q["_bin_end"] = bin_bounds(q[date_column], lvl)
            keys = group_keys + ["_bin_start"]
        key_frame = pd.DataFrame({k: q[k].map(_text) if q[k].dtype == object else q[k] for k in keys})
        q["_g"] = key_frame.groupby(keys, sort=True, dropna=False).ngroup() if len(q) else pd.Series(dtype=int)
        if q["_g"].nunique() <= max_marks or lvl == levels[-1]:
            return lvl, q
    raise AssertionError("unreachable")


def _merge_marks(q: pd.DataFrame, level: str, id_column: str, ids_column: str,
                 count_column: str) -> tuple[pd.DataFrame, object]:
    """One mark per group ``_g`` of ``q`` (from :func:`_mark_groups`): the full row of its first
    member (by date, article, id), plus ``count_column``, ``n_articles``, ``ids_column`` (every
    member's id, sorted, space-separated), ``level``, ``bin_start`` and ``bin_end``; a binned
    mark sits at its bin's middle day. Returns the marks (indexed by group) and the groupby."""
    g = q.groupby("_g", sort=True)
    marks = q.sort_values(["_g", "date", "article_id", id_column], kind="stable").drop_duplicates("_g").set_index("_g")
    marks[count_column] = g.size()
    marks["n_articles"] = g["article_id"].nunique()
    marks[ids_column] = g[id_column].agg(lambda s: " ".join(sorted(map(str, s))))
    marks["level"] = level
    marks = marks.rename(columns={"_bin_start": "bin_start", "_bin_end": "bin_end"})
    if level != "figure":
        start, end = pd.to_datetime(marks["bin_start"]), pd.to_datetime(marks["bin_end"])
        marks["date"] = (start + (end - start) / 2).dt.floor("D").dt.strftime("%Y-%m-%d")
    return marks, g


def _dated_events(events: pd.DataFrame) -> pd.DataFrame:
    """Control events with a date, with their ``source_label``."""
    ev = _dated(events)
    ev["source_label"] = ev["source"].map(source_label)
    return ev


def timeline_marks(points: pd.DataFrame, facet: str | None = None, max_marks: int = MAX_MARKS,
                   level: str | None = None) -> pd.DataFrame:
    """What :func:`figures_timeline` draws: the dated figures of ``points`` merged into marks.

    At level ``figure`` identical figures (same panel, source, party flag, date, period, values
    and qualifier) become one mark; when that gives more than ``max_marks`` marks, every figure
    of a source (and party flag, conversion flag, panel) is binned by day, week, month, quarter
    or year into one mark from the lowest low to the highest high value (periods are then not
    drawn). A mark carries the columns of its first figure (by date, article, claim id) plus
    ``n_figures``, ``n_articles``, ``claim_ids`` (all, space-separated, sorted), ``level``,
    ``bin_start``, ``bin_end`` and ``qualifiers`` (counts per qualifier, e.g. ``exact 3,
    at least 1``). Every dated figure is in exactly one mark (see :func:`marks_problems`)."""
    p = _prepare(points)
    if p.empty:
        return p.assign(n_figures=pd.Series(dtype=int), n_articles=pd.Series(dtype=int), claim_ids="", level="figure",
                        bin_start="", bin_end="", qualifiers="")
    base = ([facet] if facet else []) + ["source_label", "party_to_conflict", "converted"]
    figure_keys = base + ["date", "period_start", "period_end", "value_low", "value_high", "qualifier"]
    lvl, q = _mark_groups(p, figure_keys, base, "date", max_marks, level)
    marks, g = _merge_marks(q, lvl, "claim_id", "claim_ids", "n_figures")
    marks["qualifiers"] = g["qualifier"].agg(
        lambda s: ", ".join(f"{QUALIFIER_WORDS.get(k, k)} {v}" for k, v in sorted(s.map(_text).value_counts().items())))
    if lvl != "figure":
        marks["value_low"] = g["value_low"].min()
        marks["value_high"] = g["value_high"].max()
        uniq = g["qualifier"].agg(lambda s: s.map(_text).nunique())
        marks.loc[uniq > 1, "qualifier"] = "mixed"
        marks["period_start"] = marks["period_end"] = None
        marks["has_period"] = False
        marks["is_range"] = marks["value_low"] < marks["value_high"]
    return marks.reset_index(drop=True)


def _membership_problems(marks: pd.DataFrame, rows: pd.DataFrame, id_column: str, ids_column: str,
                         same: list[str], values: bool) -> list[str]:
    """Every row of ``rows`` is listed (by ``id_column``) in exactly one mark's ``ids_column``,
    agrees with it on the ``same`` columns, has its date within the mark's bin and (``values``)
    its low–high within the mark's."""
    problems = []
    counted = int(marks[ids_column].str.split().str.len().sum()) if len(marks) else 0
    if counted != len(rows):
        problems.append(f"marks hold {counted} rows, the table has {len(rows)} dated rows")
    owner = marks.assign(**{id_column: marks[ids_column].str.split()}).explode(id_column)
    if owner[id_column].duplicated().any():
        problems.append("a row is in two marks")
    extra = ["value_low", "value_high"] if values else []
    joined = rows[[id_column, "date", *same, *extra]].merge(
        owner[[id_column, "bin_start", "bin_end", *same, *extra]], on=id_column, how="left",
        suffixes=("", "_mark"), indicator=True)
    missing = joined[joined["_merge"] != "both"]
    if len(missing):
        problems.append(f"{len(missing)} rows are in no mark (e.g. {missing[id_column].iloc[0]})")
    j = joined[joined["_merge"] == "both"]
    day = j["date"].map(_text)
    bad = (day < j["bin_start"]) | (day > j["bin_end"])
    for col in same:
        bad |= j[col].map(_text) != j[f"{col}_mark"].map(_text)
    if values:
        bad |= (j["value_low"] < j["value_low_mark"]) | (j["value_high"] > j["value_high_mark"])
    if bad.any():
        problems.append(f"{int(bad.sum())} rows lie outside their mark (e.g. {j.loc[bad, id_column].iloc[0]})")
    return problems


def marks_problems(marks: pd.DataFrame, points: pd.DataFrame, facet: str | None = None) -> list[str]:
    """Checks that ``marks`` (from :func:`timeline_marks`) account for every dated figure of
    ``points`` exactly once, each inside its mark: same source, party flag and panel, date in
    the mark's bin, values within the mark's low–high. Returns the problems found (empty: all
    good)."""
    same = ["source_label", "party_to_conflict"] + ([facet] if facet else [])
    return _membership_problems(marks, _prepare(points), "claim_id", "claim_ids", same, values=True)


def control_marks(events: pd.DataFrame, max_marks: int = MAX_MARKS, level: str | None = None) -> pd.DataFrame:
    """What :func:`control_timeline` draws: dated control events merged into marks, as
    :func:`timeline_marks` does for figures. Level ``figure`` merges identical statements (same
    neighbourhood, day, controller, event and source); past ``max_marks`` marks, statements are
    binned by day, week, month, quarter or year. Adds ``n_events``, ``n_articles``,
    ``event_ids``, ``level``, ``bin_start`` and ``bin_end``."""
    ev = _dated_events(events)
    if ev.empty:
        return ev.assign(n_events=pd.Series(dtype=int), n_articles=pd.Series(dtype=int), event_ids="",
                         level="figure", bin_start="", bin_end="")
    keys = ["neighbourhood", "controller", "event", "source_label"]
    lvl, q = _mark_groups(ev, keys + ["date"], keys, "date", max_marks, level)
    return _merge_marks(q, lvl, "event_id", "event_ids", "n_events")[0].reset_index(drop=True)


def control_marks_problems(marks: pd.DataFrame, events: pd.DataFrame) -> list[str]:
    """:func:`marks_problems` for control events: every dated event in exactly one mark of the
    same neighbourhood, controller, event and source, its date within the mark's bin."""
    ev = _dated_events(events)
    return _membership_problems(marks, ev, "event_id", "event_ids",
                                ["neighbourhood", "controller", "event", "source_label"], values=False)


def mark_hover(r: pd.Series | dict, level: str, note: str = "") -> str | None:
    """The hover text of one mark at hover ``level`` (:data:`HOVER_LEVELS`): a single figure's
    :func:`claim_hover`; for merged identical figures the same plus how many claims and articles
    gave it; for a binned mark the count, the low–high span, the qualifiers and the first
    figure's quote and ids."""
    if level == "none":
        return None
    get = r.get
    n = int(get("n_figures", 1) or 1)
    if _text(get("level")) in ("", "figure"):
        text = claim_hover(r, level == "full", note, level == "compact")
        if n > 1:
            ids = _text(get("claim_ids")).split()
            shown = [i for i in ids if i != _text(get("claim_id"))][:2]
            more = f" and {n - 1 - len(shown):,} more" if n - 1 > len(shown) else ""
            text += (f"<br>the same figure in {n:,} claims from {int(get('n_articles')):,} articles"
                     f" (also claim {', '.join(escape(i) for i in shown)}{more})")
        return text
    party = " (party to the conflict)" if bool(get("party_to_conflict", False)) else ""
    lines = [f"<b>{n:,} figures</b> from {escape(format_number(get('value_low')))} to "
             f"{escape(format_number(get('value_high')))}" + (f" {escape(_text(get('unit')))}" if _text(get("unit")) else ""),
             f"source: {escape(source_label(get('source')))}{party}",
             f"{escape(_text(get('level')))} {escape(_text(get('bin_start')))} to {escape(_text(get('bin_end')))}"
             f" · {int(get('n_articles')):,} articles"]
    if level != "compact":
        lines.append(f"qualifiers: {escape(_text(get('qualifiers')))}")
        lines.append(f"first: “{escape(_text(get('quote')))}”")
    lines.append(f"claim {escape(_text(get('claim_id')))} · article {escape(_text(get('article_id')))}"
                 " · the claims explorer has every figure")
    return "<br>".join(lines)


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
        present = list(dict.fromkeys(p[facet].map(_text)))
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
        part = p if f is None else p[p[facet].map(_text) == f]
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
    n_panels = max(1, marks[facet].map(_text).nunique()) if facet and len(marks) else 1
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


# ---------------------------------------------------------------------------- matplotlib versions


def _date_axis(ax) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _blank_axis(ax) -> None:
    """Hide an empty panel's ticks without touching its (possibly shared) locators."""
    ax.tick_params(bottom=False, labelbottom=False, left=False, labelleft=False)


def _mpl_symbol(qualifier: object, converted: bool) -> str:
    return _MPL_MARKER["x" if converted else QUALIFIER_SYMBOL.get(_text(qualifier), "circle")]


def figures_static(points: pd.DataFrame, colours: dict[str, str], ax=None, *, y_title: str, title: str = "",
                   log_y: bool | str = "auto", band: tuple[float, float, str] | None = None,
                   empty_message: str = "No figures in this selection.", y_range: tuple[float, float] | None = None,
                   legend: bool = True, max_marks: int = MAX_MARKS):
    """The same encoding as :func:`figures_timeline` in matplotlib (one panel, the same
    :func:`timeline_marks`), for print."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 3.4))
    p = timeline_marks(points, max_marks=max_marks)
    ax.set_title(title, fontsize=11, loc="left")
    if p.empty:
        ax.text(0.5, 0.5, empty_message, ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    order = [s for s in colours if s in set(p["source_label"])] + sorted(set(p["source_label"]) - set(colours))
    dodge = _dodge(order)
    for _, r in p.iterrows():
        c = colours.get(r["source_label"], "#888888")
        off = pd.Timedelta(hours=dodge.get(r["source_label"], 0.0))
        lo, hi = float(r["value_low"]), float(r["value_high"])
        ls = ":" if r["party_to_conflict"] else "-"
        if r["has_period"]:
            a, b = pd.Timestamp(r["period_start"]) + off, pd.Timestamp(r["period_end"]) + off
            ax.hlines([lo] + ([hi] if hi > lo else []), a, b, colors=c, linestyles=ls, linewidth=2.2)
            if hi > lo:
                ax.vlines([a, b], lo, hi, colors=c, linestyles=ls, linewidth=1.2)
        if r["is_range"] and not r["has_period"]:
            x = pd.Timestamp(r["date"]) + off
            ax.vlines(x, lo, hi, colors=c, linestyles=ls, linewidth=2.2)
            ax.plot([x, x], [lo, hi], linestyle="none", marker="_", markersize=10, color=c, markeredgewidth=2)
        if not r["is_range"]:
            x = pd.Timestamp(r["period_end"] if r["has_period"] else r["date"]) + off
            ax.plot([x], [lo], linestyle="none", marker=_mpl_symbol(r["qualifier"], r["converted"]), markersize=7,
                    color=c, markerfacecolor="white" if r["party_to_conflict"] else c, markeredgewidth=1.6)
    if band is not None:
        ax.axhspan(band[0], band[1], color="#bbbbbb", alpha=0.3, lw=0, zorder=0)
        ax.text(0.01, 0.98, band[2], transform=ax.transAxes, va="top", fontsize=8, color="#444")
    values = pd.concat([p["value_low"], p["value_high"]])
    if (_auto_log(values) if log_y == "auto" else bool(log_y)):
        ax.set_yscale("log")
    if y_range is not None:
        ax.set_ylim(*y_range)
    ax.set_ylabel(y_title)
    _date_axis(ax)
    ax.grid(True, color="#e5e5e5", lw=0.6)
    handles = [Line2D([], [], color=colours.get(s, "#888888"), marker="o", linestyle="-", label=s) for s in order]
    if p["party_to_conflict"].any():
        handles.append(Line2D([], [], color="#555", marker="o", markerfacecolor="white", linestyle=":",
                              label="hollow / dotted: party to the conflict"))
    if p["converted"].any():
        handles.append(Line2D([], [], color="#555", marker="X", linestyle="none", label="converted from rebel share"))
    if p["qualifier"].isin(["at_least", "more_than"]).any():
        handles.append(Line2D([], [], color="#555", marker="^", linestyle="none", label="at least / more than"))
    if (p["qualifier"] == "at_most").any():
        handles.append(Line2D([], [], color="#555", marker="v", linestyle="none", label="at most"))
    if legend:
        ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


# ---------------------------------------------------------------------------- territory: control events

CONTROLLER_SYMBOL = {"government": "square", "rebels": "diamond", "kurdish": "triangle-up"}


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
        ids = f"event {escape(_text(r.get('event_id')))} · article {escape(_text(r['article_id']))}"
        n = int(r["n_events"])
        when = escape(r["date"]) if r["level"] == "figure" else \
            f"{escape(r['level'])} {escape(r['bin_start'])} to {escape(r['bin_end'])}"
        count = f"<br>{n:,} statements from {int(r['n_articles']):,} articles" if n > 1 else ""
        if level == "full":
            return "<br>".join([head, f"source: {escape(r['source_label'])}", f"date: {when}",
                                f"quote: “{escape(_text(r['quote']))}”", ids]) + count
        if level == "compact":
            return f"{head} · {escape(r['source_label'])} · {when}<br>{ids}{count}"
        return None

    level = "none"
    for candidate in ("full", "compact"):
        if sum(len(hover(r, candidate).encode("utf-8")) for _, r in ev.iterrows()) <= FIGURE_HOVER_BUDGET:
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


def control_static(events: pd.DataFrame, colours: dict[str, str], ax=None):
    """The neighbourhood timeline in matplotlib, for print."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    ev = control_marks(events)
    rows = list(ev.groupby("neighbourhood")["date"].min().sort_values(kind="stable").index) if len(ev) else []
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, max(1.6, 0.32 * len(rows) + 1.0)))
    if ev.empty:
        ax.text(0.5, 0.5, "No neighbourhood control events in this selection.", ha="center", va="center",
                transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    ypos = {n: len(rows) - 1 - i for i, n in enumerate(rows)}
    mk = {"government": "s", "rebels": "D", "kurdish": "^"}
    for _, r in ev.iterrows():
        c = colours.get(r["source_label"], "#888888")
        ax.plot([pd.Timestamp(r["date"])], [ypos[r["neighbourhood"]]], linestyle="none",
                marker=mk.get(r["controller"], "o"), markersize=7, color=c,
                markerfacecolor="white" if r["event"] == "held" else c, markeredgewidth=1.6)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows[::-1], fontsize=8)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    _date_axis(ax)
    ax.grid(True, axis="x", color="#e5e5e5", lw=0.6)
    handles = [Line2D([], [], color=colours.get(s, "#888888"), marker="o", linestyle="none", label=s)
               for s in dict.fromkeys(ev["source_label"])]
    handles += [Line2D([], [], color="#555", marker=mk[c], linestyle="none", label=f"captured by {c}")
                for c in mk if (ev["controller"] == c).any()]
    handles.append(Line2D([], [], color="#555", marker="s", markerfacecolor="white", linestyle="none",
                          label="hollow: stated as held"))
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


# ---------------------------------------------------------------------------- sources


def source_category_counts(claims: pd.DataFrame, categories: Sequence[str] | None = None) -> pd.DataFrame:
    """Claims per source (rows) and category (columns), with a ``total`` column and a boolean
    ``party_to_conflict`` column (any of the source's figures is flagged); sorted by total."""
    from .tables import CATEGORIES

    cats = list(categories or CATEGORIES)
    if claims.empty:
        return pd.DataFrame(columns=cats + ["total", "party_to_conflict"])
    c = claims.assign(source_label=claims["source"].map(source_label))
    counts = pd.crosstab(c["source_label"], c["category"]).reindex(columns=cats, fill_value=0)
    counts["total"] = counts.sum(axis=1)
    counts["party_to_conflict"] = c.groupby("source_label")["party_to_conflict"].any().reindex(counts.index).astype(bool)
    counts = counts.sort_values(["total"], ascending=False, kind="stable")
    counts.index.name = "source"
    return counts.astype({k: int for k in cats + ["total"]})


def _source_row_label(label: str, party: bool) -> str:
    return f"{label} †" if party else label


def source_matrix_figure(counts: pd.DataFrame, max_sources: int = 40):
    """Heatmap of :func:`source_category_counts` (plotly); † marks parties to the conflict."""
    import plotly.graph_objects as go

    if counts.empty:
        return empty_figure("No claims in this selection.")
    counts = counts.head(max_sources)
    cats = [c for c in counts.columns if c not in ("total", "party_to_conflict")]
    ylabels = [escape(_source_row_label(s, p)) for s, p in zip(counts.index, counts["party_to_conflict"])]
    z = counts[cats].to_numpy().tolist()
    fig = go.Figure(go.Heatmap(
        z=z, x=cats, y=ylabels, colorscale=[[0.0, "#ffffff"], [1.0, "#08519c"]], showscale=False, xgap=1, ygap=1,
        text=[[str(v) if v else "" for v in row] for row in z], texttemplate="%{text}",
        hovertemplate="%{y}<br>%{x}: %{z} figure(s)<extra></extra>"))
    _layout(fig, height=120 + 26 * len(counts))
    fig.update_layout(margin=dict(l=260, r=10, t=30, b=40))
    fig.update_yaxes(autorange="reversed", showgrid=False, ticks="")
    fig.update_xaxes(side="top", showgrid=False, ticks="")
    return fig


def source_matrix_static(counts: pd.DataFrame, ax=None, max_sources: int = 25):
    """The same heatmap in matplotlib, for print."""
    import matplotlib.pyplot as plt

    counts = counts.head(max_sources)
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, max(1.6, 0.3 * len(counts) + 1.2)))
    if counts.empty:
        ax.text(0.5, 0.5, "No claims in this selection.", ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    cats = [c for c in counts.columns if c not in ("total", "party_to_conflict")]
    z = counts[cats].to_numpy()
    ax.imshow(z, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, z.max()))
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            if z[i, j]:
                ax.text(j, i, str(int(z[i, j])), ha="center", va="center", fontsize=8,
                        color="white" if z[i, j] > z.max() / 2 else "black")
    ax.set_xticks(range(len(cats)))
    ax.set_xticklabels(cats, fontsize=8)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(counts)))
    ax.set_yticklabels([_source_row_label(s, p) for s, p in zip(counts.index, counts["party_to_conflict"])], fontsize=8)
    return ax


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


def disagreement_static(dis: pd.DataFrame, colours: dict[str, str], max_groups: int = 6):
    """The first ``max_groups`` disagreement panels in matplotlib, for print."""
    import matplotlib.pyplot as plt

    groups = list(dict.fromkeys(dis["group"]))[:max_groups] if len(dis) else []
    if not groups:
        fig, ax = plt.subplots(figsize=(7.5, 1.4))
        ax.text(0.5, 0.5, "No two sources gave the same quantity on the same day.", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    sizes = [dis[dis["group"] == g]["source_label"].nunique() for g in groups]
    fig, axes = plt.subplots(len(groups), 1, figsize=(7.5, sum(0.55 + 0.28 * s for s in sizes) + 0.4),
                             gridspec_kw=dict(height_ratios=[1 + s for s in sizes]), squeeze=False)
    for ax, gname in zip(axes[:, 0], groups):
        g = dis[dis["group"] == gname]
        labels = list(dict.fromkeys(g.sort_values("source_label")["source_label"]))
        pos = {s: i for i, s in enumerate(labels)}
        for _, r in g.iterrows():
            c = colours.get(r["source_label"], "#888888")
            y = pos[r["source_label"]]
            lo, hi = float(r["value_low"]), float(r["value_high"])
            party = bool(r["party_to_conflict"])
            if lo < hi:
                ax.hlines(y, lo, hi, colors=c, linestyles=":" if party else "-", linewidth=2.5)
                ax.plot([lo, hi], [y, y], "|", color=c, markersize=10, markeredgewidth=2)
            else:
                ax.plot([lo], [y], linestyle="none", marker=_mpl_symbol(r["qualifier"], bool(r.get("converted", False))),
                        color=c, markerfacecolor="white" if party else c, markersize=7, markeredgewidth=1.6)
        ax.set_yticks(range(len(labels)))
        ax.set_yticklabels([s + (" †" if s in set(g.loc[g["party_to_conflict"].astype(bool), "source_label"]) else "")
                            for s in labels], fontsize=8)
        ax.set_ylim(-0.6, len(labels) - 0.4)
        ax.set_title(gname, fontsize=9, loc="left")
        vals = pd.concat([g["value_low"], g["value_high"]])
        if _auto_log(vals):
            ax.set_xscale("log")
        ax.grid(True, axis="x", color="#e5e5e5", lw=0.6)
        ax.margins(x=0.15)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------- tables


def table_html(df: pd.DataFrame, columns: dict[str, str] | None = None, max_rows: int = TABLE_MAX_ROWS,
               caption: str = "", table_id: str = "", numbers: Sequence[str] = ()) -> str:
    """A plain HTML table of ``df`` with every cell escaped (the data comes from articles).

    ``columns`` maps column -> header (and picks the columns); ``numbers`` are formatted with
    :func:`format_number` (empty for NaN). At most ``max_rows`` rows are written; a last line
    says how many were left out."""
    cols = columns or {c: c for c in df.columns}
    head = "".join(f"<th>{escape(h)}</th>" for h in cols.values())
    body = []
    for _, r in df.head(max_rows).iterrows():
        cells = []
        for c in cols:
            v = r[c]
            if c in numbers:
                s = "" if _blank(v) else format_number(float(v))
            elif isinstance(v, bool):
                s = "yes" if v else "no"
            else:
                s = _text(v)
            cells.append(f"<td>{escape(s)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = len(df) - min(len(df), max_rows)
    foot = f'<tfoot><tr><td colspan="{len(cols)}">{more:,} more row(s) not shown</td></tr></tfoot>' if more else ""
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    tid = f' id="{escape(table_id)}"' if table_id else ""
    return (f'<div class="nf-table-wrap"><table class="nf-table"{tid}>{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody>{foot}</table></div>")


def claims_table(df: pd.DataFrame, max_rows: int = 200, caption: str = "", extra: dict[str, str] | None = None) -> str:
    """The claims in ``df`` as an escaped HTML table, newest first: date, figure (in words),
    measure, party, source (marked when a party to the conflict), quote, claim id, plus the
    ``extra`` columns (column -> header)."""
    if df.empty:
        return "<p><em>No figures.</em></p>"
    view = df.sort_values(["date", "article_id", "start"], ascending=[False, True, True], kind="stable").copy()
    view["figure"] = [format_value(lo, hi, _text(q), u) for lo, hi, q, u in
                      zip(view["value_low"], view["value_high"], view["qualifier"], view["unit"])]
    view["who"] = [source_label(s) + (" (party to the conflict)" if bool(p) else "")
                   for s, p in zip(view["source"], view["party_to_conflict"])]
    view["period"] = [f"{_text(a)} to {_text(b)}" if not (_blank(a) and _blank(b)) else ""
                      for a, b in zip(view["period_start"], view["period_end"])]
    columns = {"date": "date", "figure": "figure", "measure": "measure", "party": "who (party)", "who": "source",
               "quote": "quote", "claim_id": "claim"}
    if view["period"].astype(bool).any():
        columns = {"date": "date", "period": "period", **{k: v for k, v in columns.items() if k != "date"}}
    columns.update(extra or {})
    return table_html(view, columns, max_rows=max_rows, caption=caption)


def disagreement_sentence(group: pd.DataFrame, max_figures: int = 6) -> str:
    """One disagreement (rows of one group of :func:`newsfigures.reconcile.disagreements`) in
    words: ``On 2016-11-27, for displacement/fled (people): 1,500 people (Syrian state media,
    a party to the conflict); 4,000 people (Syrian Observatory for Human Rights).``, lowest
    first. The same figure from the same source is said once (``, in 12 articles``); past
    ``max_figures`` figures the middle ones are counted, and the highest is still said. Plain
    text (escape it before it goes into HTML)."""
    if group.empty:
        return ""
    g = group.sort_values(["value_low", "source_label"], kind="stable")
    first = g.iloc[0]
    bits: dict[str, int] = {}  # the same figure from the same source (wire copies) is said once, with a count
    for _, r in g.iterrows():
        who = source_words(r["source_label"]) + (", a party to the conflict" if bool(r["party_to_conflict"]) else "")
        conv = ", converted from a rebel share" if bool(r.get("converted", False)) else ""
        bit = f"{format_value(r['value_low'], r['value_high'], _text(r['qualifier']), r['unit'])} ({who}{conv}"
        bits[bit] = bits.get(bit, 0) + 1
    said = [f"{bit}{f', in {n:,} articles' if n > 1 else ''})" for bit, n in bits.items()]
    if len(said) > max_figures:
        said = said[:max_figures - 1] + [f"{len(said) - max_figures + 1:,} other figures, up to {said[-1]}"]
    label = str(first["group"]).split(" · ", 1)[-1]
    return f"On {first['date']}, for {label}: " + "; ".join(said) + "."


def claims_per_day_static(claims: pd.DataFrame, ax=None):
    """Claims per figure date, stacked by category (matplotlib), for print."""
    import matplotlib.pyplot as plt

    from .tables import CATEGORIES

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 2.8))
    dated = _dated(claims)
    if dated.empty:
        ax.text(0.5, 0.5, "No dated claims in this selection.", ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    counts = pd.crosstab(pd.to_datetime(dated["date"]), dated["category"]).reindex(columns=CATEGORIES, fill_value=0)
    bottom = None
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#888888"]
    for cat, colour in zip(CATEGORIES, colours):
        ax.bar(counts.index, counts[cat], bottom=bottom, color=colour, width=0.8, label=cat)
        bottom = counts[cat] if bottom is None else bottom + counts[cat]
    ax.set_ylabel("claims")
    _date_axis(ax)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


# ---------------------------------------------------------------------------- claims explorer


def json_for_html(obj: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``: ``<``, ``>`` and ``&``
    become ``\\u003c``, ``\\u003e``, ``\\u0026`` (so no ``</script>`` or ``<!--`` can appear),
    and U+2028/U+2029 are escaped too."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _json_bytes(obj: object) -> int:
    """Bytes ``obj`` takes in the page (UTF-8, after :func:`json_for_html` escaping)."""
    return len(json_for_html(obj).encode("utf-8"))


EXPLORER_COLUMNS = ["claim_id", "date", "category", "measure", "value", "qualifier", "party", "source",
                    "party_to_conflict", "quote", "sentence", "article_id", "period"]


def _safe_url(url: object) -> str:
    u = _text(url).strip()
    return u if re.match(r"^https?://", u, re.IGNORECASE) else ""


def _explorer_sorted(claims: pd.DataFrame) -> pd.DataFrame:
    c = claims.assign(_undated=claims["date"].map(_blank), _date=claims["date"].map(_text))
    return c.sort_values(["_undated", "_date", "article_id", "start", "claim_id"],
                         ascending=[True, False, True, True, True], kind="stable")


def _empty_part() -> dict:
    return {"columns": EXPLORER_COLUMNS, "rows": [], "sentences": [], "articles": {}}


def explorer_parts(claims: pd.DataFrame, articles: pd.DataFrame, max_rows: int = EXPLORER_CHUNK_ROWS,
                   max_bytes: int = EXPLORER_MAX_BYTES) -> list[dict]:
    """Every claim as explorer rows, newest first (by ``date``, undated last), cut into parts of
    at most ``max_rows`` rows and about ``max_bytes`` of JSON each. A part is self-contained:
    ``{"columns", "rows", "sentences", "articles"}``, sentences shared by several of its claims
    stored once (a row holds the index), ``articles`` mapping article id -> [title, outlet,
    published, url] (url only when http(s)). The page embeds the first part and loads the
    others on demand (:func:`write_explorer_parts`)."""
    art = articles.set_index("article_id") if len(articles) else pd.DataFrame()
    entries: dict[str, list] = {}

    def article_entry(aid: str) -> list:
        if aid not in entries:
            a = art.loc[aid] if aid in art.index else None
            entries[aid] = ([_text(a.get("title")), _text(a.get("outlet")), _text(a.get("published")),
                             _safe_url(a.get("url"))] if a is not None else ["", "", "", ""])
        return entries[aid]

    parts: list[dict] = []
    part, size, index = _empty_part(), 200, {}
    for _, r in _explorer_sorted(claims).iterrows():
        sentence = _text(r["sentence"])
        aid = _text(r["article_id"])
        period = ""
        if not _blank(r["period_start"]) or not _blank(r["period_end"]):
            period = f"{_text(r['period_start']) or '?'} to {_text(r['period_end']) or '?'}"
        row = [_text(r["claim_id"]), _text(r["date"]), _text(r["category"]), _text(r["measure"]),
               format_value(r["value_low"], r["value_high"], _text(r["qualifier"]), r["unit"]),
               QUALIFIER_WORDS.get(_text(r["qualifier"]), _text(r["qualifier"])), _text(r["party"]),
               source_label(r["source"]), bool(r["party_to_conflict"]), _text(r["quote"]), None, aid, period]

        def cost() -> int:  # what the row adds to the current part
            extra = 0 if sentence in index else _json_bytes(sentence) + 1
            if aid not in part["articles"]:
                extra += _json_bytes([aid, article_entry(aid)]) + 1
            return _json_bytes(row) + 8 + extra

        c = cost()
        if part["rows"] and (len(part["rows"]) >= max_rows or size + c > max_bytes):
            parts.append(part)
            part, size, index = _empty_part(), 200, {}
            c = cost()
        if sentence not in index:
            index[sentence] = len(part["sentences"])
            part["sentences"].append(sentence)
        part["articles"].setdefault(aid, article_entry(aid))
        row[10] = index[sentence]
        part["rows"].append(row)
        size += c
    if part["rows"] or not parts:
        parts.append(part)
    return parts


def explorer_payload(claims: pd.DataFrame, articles: pd.DataFrame, max_rows: int = EXPLORER_CHUNK_ROWS,
                     max_bytes: int = EXPLORER_MAX_BYTES, parts: list[dict] | None = None) -> dict:
    """The first part of :func:`explorer_parts` (the newest claims) plus ``total`` (all
    claims), ``shown`` (rows in this part) and the ``categories`` and ``sources`` of all claims
    (for the explorer's filters). Pass ``parts`` when they are already cut."""
    first = (parts if parts is not None else explorer_parts(claims, articles, max_rows, max_bytes))[0]
    return {**first, "total": int(len(claims)), "shown": len(first["rows"]),
            "categories": sorted({_text(c) for c in claims["category"]} - {""}),
            "sources": sorted({source_label(s) for s in claims["source"]})}


def write_explorer_parts(parts: list[dict], extra_dir: Path | str, element_id: str = "claims-explorer") -> list[str]:
    """Write every part after the first as a script file under ``extra_dir`` (a folder the
    book copies to the site's root) and return their paths relative to the site root.

    Each file calls ``newsfiguresExplorerPart(element id, part number, data)``; the data is
    :func:`json_for_html` JSON, so it holds no markup. The folder name carries a digest of the
    contents: a rebuilt book never mixes parts of two builds, even from a browser cache."""
    from .io import write_text_atomic

    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    bodies = [f"newsfiguresExplorerPart({json.dumps(eid)},{k},{json_for_html(p)});\n"
              for k, p in enumerate(parts[1:], start=1)]
    if not bodies:
        return []
    digest = hashlib.sha1("".join(bodies).encode("utf-8")).hexdigest()[:12]
    rel = Path("explorer-data") / digest
    folder = Path(extra_dir) / rel
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, body in enumerate(bodies, start=1):
        name = f"{eid}-{k:05d}.js"
        write_text_atomic(folder / name, body)
        paths.append((rel / name).as_posix())
    return paths


def explorer_html(payload: dict, element_id: str = "claims-explorer", csv_hint: str = "claims.csv",
                  parts: Sequence[str] = ()) -> str:
    """The explorer's HTML: a container that ``_static/explorer.js`` fills in (with
    ``textContent`` only), the first part's rows as JSON in a ``<script
    type="application/json">`` element, the site-root paths of the other ``parts`` (loaded on
    demand: when the reader pages past the loaded rows, searches or filters), and a note
    saying how many claims the page holds and where the rest are."""
    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    shown, total = int(payload["shown"]), int(payload["total"])
    if total == shown:
        note = f"All {total:,} claims are listed below."
    elif parts:
        note = (f"{total:,} claims: the newest {shown:,} are in this page, the others load in "
                f"{len(parts):,} parts as you page, search or filter.")
    else:
        note = (f"The {shown:,} newest of {total:,} claims are listed below; {total - shown:,} older ones are "
                f"left out to keep this page light. Every claim is in {csv_hint}.")
    chunks = escape(json.dumps(list(parts)))
    return (f'<div class="claims-explorer" id="{eid}" data-claims-explorer="{eid}-data" '
            f'data-page-size="{EXPLORER_PAGE_SIZE}" data-parts="{chunks}">'
            f'<p class="claims-explorer-note">{escape(note)}</p>'
            f"<noscript><p>The claims table needs JavaScript; every claim is in {escape(csv_hint)}.</p></noscript>"
            f"</div>\n"
            f'<script type="application/json" id="{eid}-data">{json_for_html(payload)}</script>')


def explorer_rows_from_html(page: str, element_id: str = "claims-explorer") -> dict:
    """Parse the JSON back out of :func:`explorer_html` output (for checks and tests)."""
    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    m = re.search(rf'<script type="application/json" id="{re.escape(eid)}-data">(.*?)</script>', page, re.DOTALL)
    if not m:
        raise ValueError("no explorer data in page")
    return json.loads(m.group(1))


# ---------------------------------------------------------------------------- corpus chapter


def _title_list(titles: pd.Series, limit: int | None = None) -> str:
    """Escaped titles for a hover, one per line: the first ``limit`` (sorted) and how many more."""
    limit = COVERAGE_MAX_TITLES if limit is None else limit
    names = sorted(_text(t) or "(no title)" for t in titles)
    shown = [escape(_wrap_title(t)) for t in names[:limit]]
    rest = len(names) - len(shown)
    if rest:
        shown.append(f"… and {rest:,} more" if shown else f"{rest:,} articles (titles in the table and articles.csv)")
    return "<br>".join(shown)


def _wrap_title(title: str, limit: int = 90) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


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


def coverage_static(articles: pd.DataFrame, ax=None):
    """The same coverage as a static matplotlib bar chart, for print."""
    import matplotlib.pyplot as plt

    dated = articles.dropna(subset=["published"])
    counts = dated.groupby("published").size()
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar(pd.to_datetime(counts.index), counts.values, color=PALETTE[0], width=0.8)
    ax.set_ylabel("articles")
    ax.set_title("Articles per publication day")
    ax.figure.autofmt_xdate()
    return ax
