"""The headline figures of the book (the largest toll, the latest share, the last capture...),
chosen by one rule and told in one way, for the chapters and the front page alike.

:func:`choose` is the one place where the rule lives: today it takes the first figure in the
stated order (the chapters' rule: the largest by ``value_high``, the latest by ``date``).
:func:`told` puts a choice into words. :func:`charted` is the one place that says which claims
a headline may come from. When the tables carry statements (``statement_id``) and a set-aside
list, these three switch to the rule that a headline prefers a figure carried by at least two
articles and says how many carried it; nothing else changes.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import pandas as pd

from ..reconcile import _text, source_label
from .style import format_value, source_words


class Headline(NamedTuple):
    """A headline figure: ``pick`` (the row said), ``top`` (the first row in the order, which
    ``pick`` may pass over), ``held`` (``pick`` is carried by more than one article); ``pick``
    is ``None`` when there is no figure."""
    pick: pd.Series | None
    top: pd.Series | None
    held: bool


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


def choose(rows: pd.DataFrame, order: list[str], ascending: list[bool], articles: pd.DataFrame) -> Headline:
    """The headline figure of ``rows``: the first in ``order`` (ties: the earlier article, then
    the earlier place in it). ``articles`` (the articles table) says which articles carry a
    figure."""
    if rows.empty:
        return Headline(None, None, False)
    keys = [k for k in ("article_id", "start") if k in rows and k not in order]
    top = rows.sort_values(order + keys, ascending=ascending + [True] * len(keys), kind="stable").iloc[0]
    return Headline(top, top, False)


def told(h: Headline, what: str, describe: Callable[[pd.Series], str], comparative: str = "") -> str:
    """``h`` in words: "The {what} is {describe(pick)}, from {source} on {date}." (plain text,
    ``""`` without a figure). ``comparative`` ("larger", "later") names a more extreme figure
    that the rule passed over."""
    if h.pick is None:
        return ""
    return f"The {what} is {_said(h.pick, describe)}."


def _said(r: pd.Series, describe: Callable[[pd.Series], str]) -> str:
    party = ", a party to the conflict," if bool(r.get("party_to_conflict", False)) else ""
    return f"{describe(r)}, from {source_words(source_label(r.get('source')))}{party} on {_text(r['date'])}"


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
    h = choose(captured, ["date", "neighbourhood"], [False, True], articles)
    return told(h, "last capture reported", capture, "later")
