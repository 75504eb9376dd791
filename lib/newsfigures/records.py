"""The records the pipeline produces: one frozen dataclass per table row.

Field order is column order: :mod:`newsfigures.tables` takes its columns from here
(:func:`columns`), so a column is added in one place. Ids are content-derived
(:func:`stable_id`), so the same articles always give the same ids.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from dataclasses import dataclass
from typing import Any


def is_blank(value: object) -> bool:
    """True for a missing cell: ``None``, NaN, ``pd.NA`` (printed ``<NA>``) or the empty string."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("", "<NA>")


def as_text(value: object) -> str:
    """A cell as text: ``""`` for a missing cell (:func:`is_blank`), else ``str(value)``."""
    return "" if is_blank(value) else str(value)


def stable_id(*parts: object, length: int = 12) -> str:
    """A short id derived only from content, so reruns give the same ids."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def claim_id(article_id: str, start: int, end: int, category: str, measure: str) -> str:
    """A claim's id: its article, its place in the body and what it counts."""
    return stable_id(article_id, start, end, category, measure)


def event_id(article_id: str, start: int, end: int, neighbourhood: str, controller: str, event: str) -> str:
    """A control event's id: its article, its place in the body, the district, who and what."""
    return stable_id(article_id, start, end, neighbourhood, controller, event)


class _Row:
    def row(self) -> dict[str, Any]:
        """The record as a table row (a plain dict, column order)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class ArticleRow(_Row):
    """One row of ``articles.csv``: an article's metadata and how each field was obtained."""
    article_id: str
    title: str | None
    outlet: str | None
    wire: str | None               # the news agency whose copy the text is (dateline tag, agency byline or credit)
    published: str | None          # ISO day
    published_method: str          # given:... | inferred:... | none
    published_confidence: str      # given | high | medium | low | none
    published_evidence: str | None
    url: str | None
    title_method: str | None
    outlet_method: str | None
    url_method: str | None
    format: str                    # text | markdown | html
    encoding: str | None
    text_method: str               # as_is | main_text | visible_text (HTML fallback)
    words: int
    path: str                      # relative to the articles folder


@dataclass(frozen=True)
class Claim(_Row):
    """One row of ``claims.csv``: a figure stated in an article, with its source, date and quote."""
    claim_id: str
    article_id: str
    category: str                  # casualties | displacement | territory | population | other
    measure: str                   # killed, fled, share_held, ...
    value_low: float
    value_high: float
    qualifier: str                 # exact | at_least | more_than | at_most | approximate | range
    unit: str
    party: str                     # whom the figure counts (civilians, ...) or who holds the territory
    source: str | None
    source_type: str | None
    party_to_conflict: bool
    speaker: str | None            # the person speaking for the source (Jane Doe for ICRC), if named
    date: str | None
    date_method: str
    period_start: str | None
    period_end: str | None
    tally: str | None              # single_day | cumulative (casualties and displacement); None otherwise
    scope: str | None              # war: a toll or count of the whole war; None: the events reported
    quote: str                     # body[start:end]
    sentence: str
    start: int
    end: int
    # filled once the whole corpus is extracted (newsfigures.statements.finish_tables):
    statement_id: str | None = None  # the statement this claim reports (statements.csv); empty if set aside
    set_aside: bool = False          # failed a plausibility check (set_aside.csv says which and why)


@dataclass(frozen=True)
class ControlEvent(_Row):
    """One row of ``control_events.csv``: a neighbourhood captured or held by a party."""
    event_id: str
    article_id: str
    neighbourhood: str
    controller: str                # government | rebels | kurdish
    event: str                     # captured | held
    date: str | None
    source: str | None
    source_type: str | None
    speaker: str | None
    quote: str
    sentence: str
    start: int
    end: int
    in_gazetteer: bool = True      # False: a district name the gazetteer lacks, kept as written


@dataclass(frozen=True)
class Statement(_Row):
    """One row of ``statements.csv``: one statement (a source giving one figure for one day),
    however many articles carried it. Built from the claims not set aside
    (:mod:`newsfigures.statements`)."""
    statement_id: str               # stable_id of the key: source, category, measure, unit, party, values, qualifier, date, period
    source: str | None              # empty: the articles' own reporting
    category: str
    measure: str
    value_low: float
    value_high: float
    qualifier: str
    unit: str | None
    party: str | None
    date: str | None
    period_start: str | None
    period_end: str | None
    tally: str | None               # single_day | cumulative | empty (not a casualty or displacement figure)
    party_to_conflict: bool
    speakers: str | None            # the people who spoke for the source, ";"-joined (empty: the organisation)
    n_claims: int                   # mentions (an article can repeat a figure)
    n_articles: int
    n_outlets: int                  # an article with no known outlet counts as its own outlet
    outlets: str | None             # ";"-joined, sorted
    first_published: str | None     # the earliest publication day of the articles carrying it
    quote: str                      # the first report's quote (earliest article, then article id, offset)
    claim_ids: str                  # ";"-joined, the first report's claim first, then sorted
    article_ids: str                # ";"-joined, sorted


def columns(record: type) -> list[str]:
    """The table columns of a record type, in order."""
    return [f.name for f in dataclasses.fields(record)]
