"""The headline figures of the book (the largest toll, the latest share, the last capture...),
chosen by one rule and told in one way, for the chapters and the front page alike.

:func:`choose` is the one place where the rule lives: rule ``carried_by_two`` of
:mod:`newsfigures.statements` (a headline prefers a figure that at least two articles carry, so
that one misread sentence cannot become a headline; a more extreme figure resting on one article
is named too). :func:`told` puts a choice into words
(:func:`newsfigures.book.prose.headline_sentence`: how many sources and articles carry it). The
claims a headline may come from are the ones the chapters chart: the plausibility checks have set
the others aside (``set_aside.csv``), figures of the whole war among them.
"""

from __future__ import annotations

from typing import Callable

import pandas as pd

from .. import statements
from ..reconcile import as_text
from ..statements import Headline  # noqa: F401 (what choose gives)
from .prose import headline_sentence, one_per_statement
from .style import format_value

#: One figure, whoever gave it (rule ``carried_by_two`` counts the articles carrying it).
FIGURE = ["date", "value_low", "value_high", "qualifier"]
#: One control event, whoever reported it.
EVENT = ["neighbourhood", "controller", "date"]

#: How :func:`one_each` counts, in words.
ONCE = "a statement is a source's figure for one day, however many articles carried it"


def one_each(claims: pd.DataFrame) -> pd.DataFrame:
    """Each statement once (:func:`newsfigures.book.prose.one_per_statement`)."""
    return one_per_statement(claims)


def choose(rows: pd.DataFrame, order: list[str], ascending: list[bool], articles: pd.DataFrame,
           keys: list[str] | None = None, id_column: str = "claim_id") -> Headline:
    """The headline figure of ``rows`` in ``order`` by rule ``carried_by_two``
    (:func:`newsfigures.statements.headline`; ``keys`` make one figure: :data:`FIGURE`)."""
    return statements.headline(rows, keys or FIGURE, order, ascending, articles, id_column)


def told(h: Headline, what: str, describe: Callable[[pd.Series], str], comparative: str,
         kind: str = "such figure") -> str:
    """``h`` in words, with the sources and articles carrying it, or ``""`` without a figure."""
    return headline_sentence(h, what, describe, comparative, kind)


# ---------------------------------------------------------------------------- the headlines


def _quoted(r: pd.Series) -> str:
    return f"“{as_text(r['quote'])}” ({format_value(r['value_low'], r['value_high'], as_text(r['qualifier']), r['unit'])})"


def largest_deaths(rows: pd.DataFrame, what: str, articles: pd.DataFrame) -> str:
    """The largest death figure of ``rows`` (casualty claims of one tally: ``what`` is
    "single-day" or "cumulative"), or ``""``."""
    killed = rows[(rows["measure"] == "killed") & (rows["unit"] == "people")]
    h = choose(killed, ["value_high", "value_low", "date"], [False, False, True], articles)
    return told(h, f"largest {what} death figure", _quoted, "larger")


#: Measures of people leaving their homes (refugees abroad are counted apart).
MOVED = ("fled", "displaced", "evacuated")
#: How each of those measures reads after "who" ("... (about 119,000 people), who were displaced").
MOVED_VERB = {"fled": "fled", "displaced": "were displaced", "evacuated": "were evacuated"}


def largest_displacement(rows: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The largest number of people reported to have fled, been displaced or evacuated, or ``""``."""
    moved = rows[(rows["category"] == "displacement") & rows["measure"].isin(MOVED) & (rows["unit"] == "people")]
    h = choose(moved, ["value_high", "value_low", "date"], [False, False, True], articles)
    return told(h, "largest number of people reported to have fled, been displaced or evacuated",
                lambda r: f"{_quoted(r)}, who {MOVED_VERB.get(as_text(r['measure']), as_text(r['measure']))}", "larger")


def latest_share(shares: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The latest government share (rows of :func:`newsfigures.reconcile.government_share`), or ``""``."""
    h = choose(shares, ["date"], [False], articles)

    def describe(r: pd.Series) -> str:
        how = " (converted from a rebel share)" if bool(r.get("converted", False)) else ""
        return format_value(r["value_low"], r["value_high"], as_text(r["qualifier"]), "percent") + how

    return told(h, "latest government share", describe, "later")


def capture(r: pd.Series) -> str:
    """A capture in words: ``Sukkari (by the government)``."""
    return f"{as_text(r['neighbourhood'])} (by the {as_text(r['controller'])})"


def last_capture(captured: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The last capture of a neighbourhood reported (control events of kind ``captured``), or ``""``."""
    h = choose(captured, ["date", "neighbourhood"], [False, True], articles, EVENT, "event_id")
    return told(h, "last capture reported", capture, "later", "capture")
