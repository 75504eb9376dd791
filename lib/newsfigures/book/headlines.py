"""The headline figures of the book (the largest toll, the latest share, the last capture...),
chosen by one rule and told in one way, for the chapters and the front page alike.

:func:`choose` applies the chapters' rule ``carried_by_two``
(:func:`newsfigures.statements.headline`: first in the stated order, preferring a figure two
articles carry) and :func:`told` puts the choice into the chapters' words
(:func:`newsfigures.book.prose.headline_sentence`), so the front page and the chapters name the
same figures. :func:`charted` says which claims a headline may come from.
"""

from __future__ import annotations

from typing import Callable

import pandas as pd

from .. import statements
from ..reconcile import _text
from .prose import headline_sentence
from .style import format_value


def charted(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims a headline may come from: not figures of the whole war (the extractor's
    ``scope`` column says ``war``: "a war that has killed hundreds of thousands" is not a figure
    of these weeks)."""
    if "scope" not in claims:
        return claims
    return claims[claims["scope"].map(_text) != "war"]


#: What makes two claims of one article the same figure (a headline and its body repeating it).
FIGURE_KEY = ["article_id", "source", "category", "measure", "unit", "party", "date", "value_low", "value_high",
              "qualifier"]


#: How :func:`one_each` counts, in words.
ONCE = "a figure an article repeats counts once"


def one_each(claims: pd.DataFrame) -> pd.DataFrame:
    """Each figure once: a figure an article repeats counts once."""
    key = claims[FIGURE_KEY].astype(object).where(claims[FIGURE_KEY].notna(), "")
    return claims.loc[~key.duplicated()]


#: One figure, whoever gave it: what rule ``carried_by_two`` counts articles over (the chapters' key).
FIGURE = ["date", "value_low", "value_high", "qualifier"]


def choose(rows: pd.DataFrame, order: list[str], ascending: list[bool], articles: pd.DataFrame,
           keys: list[str] = FIGURE, id_column: str = "claim_id"):
    """The headline figure of ``rows``, by the chapters' rule ``carried_by_two``
    (:func:`newsfigures.statements.headline`): first in ``order``, preferring a figure two
    articles carry; the same choice the chapters print."""
    return statements.headline(rows, keys, order, ascending, articles, id_column)


def told(h, what: str, describe: Callable[[pd.Series], str], comparative: str = "") -> str:
    """``h`` in the chapters' words (:func:`newsfigures.book.prose.headline_sentence`): the
    figure, its sources and day, and how many articles carry it; ``""`` without a figure."""
    return headline_sentence(h, what, describe, comparative)


# ---------------------------------------------------------------------------- the headlines


def _figure(r: pd.Series) -> str:
    return format_value(r["value_low"], r["value_high"], _text(r["qualifier"]), r["unit"])


def _quoted(r: pd.Series) -> str:
    return f"“{_text(r['quote'])}” ({_figure(r)})"


def largest_deaths(rows: pd.DataFrame, what: str, articles: pd.DataFrame) -> str:
    """The largest death figure of ``rows`` (casualty claims of one tally: ``what`` is
    "single-day" or "cumulative"), or ``""``."""
    killed = charted(rows)
    killed = killed[(killed["measure"] == "killed") & (killed["unit"] == "people")]
    h = choose(killed, ["value_high", "value_low", "date"], [False, False, True], articles)
    return told(h, f"largest {what} death figure", _quoted, "larger")


#: Measures of people leaving their homes (refugees abroad are counted apart).
MOVED = ("fled", "displaced", "evacuated")


def largest_displacement(rows: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The largest number of people reported to have fled, been displaced or evacuated, or ``""``."""
    moved = charted(rows)
    moved = moved[(moved["category"] == "displacement") & moved["measure"].isin(MOVED) & (moved["unit"] == "people")]
    h = choose(moved, ["value_high", "value_low", "date"], [False, False, True], articles)
    return told(h, "largest number of people reported to have fled, been displaced or evacuated",
                lambda r: f"{_quoted(r)}, who {_text(r['measure'])}", "larger")


def latest_share(shares: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The latest government share (rows of :func:`newsfigures.reconcile.government_share`), or ``""``."""
    h = choose(shares, ["date"], [False], articles)

    def describe(r: pd.Series) -> str:
        how = " (converted from a rebel share)" if bool(r.get("converted", False)) else ""
        return format_value(r["value_low"], r["value_high"], _text(r["qualifier"]), "percent") + how

    return told(h, "latest government share", describe, "later")


def capture(r: pd.Series) -> str:
    """A capture in words: ``Sukkari (by the government)``."""
    return f"{_text(r['neighbourhood'])} (by the {_text(r['controller'])})"


def last_capture(captured: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The last capture of a neighbourhood reported (control events of kind ``captured``), or ``""``."""
    h = choose(captured, ["date", "neighbourhood"], [False, True], articles,
               keys=["neighbourhood", "controller", "date"], id_column="event_id")
    return told(h, "last capture reported", capture, "later")
