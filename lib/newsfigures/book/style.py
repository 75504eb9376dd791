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
import re
import textwrap
from typing import Iterable

import pandas as pd

from ..reconcile import OWN_AUTHORITY, is_blank, as_text, source_label
from . import bundle


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


# ---------------------------------------------------------------------------- basics


def source_words(source: object) -> str:
    """A source as it reads in a sentence: its name, or "the article's own reporting"."""
    return "the article's own reporting" if is_blank(source) or source == OWN_AUTHORITY else str(source)


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


def plain_text(text: object) -> str:
    """Text given on the command line (a title, a subject) with any markup taken out: tags
    removed, then ``<>{}`` (the theme and MyST would read them)."""
    return re.sub(r"[<>{}]", "", re.sub(r"<[^>]*>", "", as_text(text))).strip()


def escape(text: object) -> str:
    """Article text is untrusted: escape it before it goes into any HTML."""
    return html.escape("" if text is None else str(text), quote=True)


def plotly_html(fig, div_id: str, root: str = bundle.CHAPTER_ROOT):
    """Display a plotly figure as HTML; the page's first figure loads the book's plotly.js
    bundle (:mod:`newsfigures.book.bundle`), the others rely on it. ``root`` is the way from
    the page to the site's root (``"../"`` from a chapter, ``""`` from the front page).

    ``div_id`` must be stable (a rerun on the same data gives the same page)."""
    from IPython.display import HTML

    missing = bundle.unsupported_traces(fig)
    if missing:
        raise ValueError(f"the book's plotly.js bundle cannot draw {', '.join(missing)} traces")
    return HTML(fig.to_html(full_html=False, include_plotlyjs=bundle.include_plotlyjs(root), div_id=div_id,
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
    dates = [as_text(v) for v in df[column]]
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
    unit_s = as_text(unit)
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
        return (f"<b>{escape(format_value(get('value_low'), get('value_high'), as_text(get('qualifier')), get('unit')))}</b>"
                f" · {escape(source_label(get('source')))} · {escape(as_text(get('date')) or 'undated')}"
                f"<br>claim {escape(as_text(get('claim_id')))} · article {escape(as_text(get('article_id')))}")
    lines = [f"<b>{escape(format_value(get('value_low'), get('value_high'), as_text(get('qualifier')), get('unit')))}</b>"]
    lines.append(f"qualifier: {escape(QUALIFIER_WORDS.get(as_text(get('qualifier')), as_text(get('qualifier'))))}")
    party = " (party to the conflict)" if bool(get("party_to_conflict", False)) else ""
    speaker = f" · speaker: {escape(as_text(get('speaker')))}" if as_text(get("speaker")) else ""
    lines.append(f"source: {escape(source_label(get('source')))}{party}{speaker}")
    method = as_text(get("date_method"))
    lines.append(f"date: {escape(as_text(get('date')) or 'undated')}" + (f" ({escape(method)})" if method else ""))
    if not is_blank(get("period_start")) or not is_blank(get("period_end")):
        lines.append(f"period: {escape(as_text(get('period_start')) or '?')} to {escape(as_text(get('period_end')) or '?')}")
    if note:
        lines.append(escape(note))
    lines.append(f"quote: “{escape(as_text(get('quote')))}”")
    if with_sentence and as_text(get("sentence")):
        lines.append("sentence: " + _wrap(as_text(get("sentence"))))
    lines.append(f"claim {escape(as_text(get('claim_id')))} · article {escape(as_text(get('article_id')))}")
    return "<br>".join(lines)


# ---------------------------------------------------------------------------- territory: control events

CONTROLLER_SYMBOL = {"government": "square", "rebels": "diamond", "kurdish": "triangle-up"}
