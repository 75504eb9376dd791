"""Plausibility checks: which claims the book can chart, and which it sets aside.

The extractor will always misread some sentences of an unseen corpus ("45 quarters" read as
1,125 percent, a war-long toll read as one day's, a year read as a date). Before any chart,
every claim passes the named checks below. A claim that fails one is *set aside*: it stays in
``claims.csv`` (with ``set_aside`` true) and is listed in ``set_aside.csv`` with the first
check it failed (``check``) and why, in words (``reason``: every failed check, the first
first). It is never dropped silently: the chapters chart the other claims, say how many were
set aside and why, and the claims explorer shows them, flagged.

Checks, in the order they are applied (a claim's ``check`` is the first it fails)

``share_range``
    A percent figure lies between 0 and 100.
``low_high``
    A figure's low value is not above its high value.
``war_scope``
    A figure of the whole war is not a figure of the offensive (rule ``war_scope`` of
    :mod:`newsfigures.reconcile`: the extractor's ``scope`` column, else a war cue such as
    "since 2011" or "a five-year war that has killed" in the figure's clause).
``day_toll_scale``
    A single-day casualty count (people killed, wounded or missing; ``tally`` single_day) is
    below :data:`DAY_TOLL_MAX` (50,000): no day's toll in one city reaches it.
``toll_scale``
    A cumulative casualty toll is below :data:`TOLL_MAX` (100,000): the whole war's toll for
    the city stayed in the tens of thousands, so a larger toll counts the country or the war,
    not one city's offensive.
``people_scale``
    A count of people is at most :data:`CITY_PEOPLE_MAX` (2,500,000, Aleppo's population
    before the war, rounded up), at its high end: more people than the city ever held are not
    a figure about the city.
``date_window``
    A figure's date lies inside the corpus window: from :data:`DATE_MARGIN_DAYS` (31) days
    before the first publication date of the corpus to as many days after the last.
``after_publication``
    A figure's date is not after its article's publication date (one day of margin for time
    zones): an article cannot report a day that had not come.
``day_over_total``
    A single-day casualty count is not larger than a cumulative toll that the same source
    (for figures an article states on its own authority: the same article) gave for the same
    measure and group of people, dated on or after that day, with no stated period starting
    after it. Only firm tolls count (a stated period or a strong cue such as "so far" or
    "since"; "the toll" alone may name part of a day's count: rule ``firm_cumulative`` of
    :mod:`newsfigures.reconcile`), and open-ended figures only where they bind: "more than
    300" as a toll and "up to 300" as a day's count contradict nothing.

Only the last check compares claims with each other; it looks only at claims that passed the
others, so a set-aside toll never sets aside a day's count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from . import reconcile
from .reconcile import is_blank, as_text
from .regexstore import compile as compile_regex

#: ``day_toll_scale``: a single-day casualty count at or above this is not one day's toll in one city.
DAY_TOLL_MAX = 50_000
#: ``toll_scale``: a cumulative casualty toll at or above this counts the war, not one city's offensive.
TOLL_MAX = 100_000
#: ``people_scale``: Aleppo's population before the war (about 2.3 million), rounded up.
CITY_PEOPLE_MAX = 2_500_000
#: ``date_window``: days before the first and after the last publication date of the corpus.
DATE_MARGIN_DAYS = 31
#: ``after_publication``: days a figure may be dated after its article's publication (time zones).
PUBLICATION_MARGIN_DAYS = 1

CASUALTY_MEASURES = ("killed", "wounded", "missing")


@dataclass(frozen=True)
class Context:
    """What the checks need besides the claims: the corpus window and each article's
    publication day."""
    window: tuple[str, str] | None   # (first, last) ISO days, margins included; None: no dated article
    published: dict[str, str]        # article_id -> ISO publication day (dated articles only)
    latest: dict[str, str]           # article_id -> the latest day its figures may have (after_publication)


def context(articles: pd.DataFrame, margin_days: int = DATE_MARGIN_DAYS) -> Context:
    """The :class:`Context` of a corpus: its articles' publication days and the window."""
    dated = articles[articles["published"].notna() & (articles["published"].astype(str) != "")]
    ids, days = dated["article_id"].astype(str), pd.to_datetime(dated["published"].astype(str), format="%Y-%m-%d")
    published = dict(zip(ids, days.dt.strftime("%Y-%m-%d")))
    latest = dict(zip(ids, (days + pd.Timedelta(days=PUBLICATION_MARGIN_DAYS)).dt.strftime("%Y-%m-%d")))
    if not published:
        return Context(None, published, latest)
    margin = pd.Timedelta(days=margin_days)
    return Context(((days.min() - margin).strftime("%Y-%m-%d"), (days.max() + margin).strftime("%Y-%m-%d")),
                   published, latest)


def _num(x: float) -> str:
    x = float(x)
    return f"{int(x):,}" if x == int(x) else f"{x:,.2f}".rstrip("0").rstrip(".")


def _value(lo: float, hi: float) -> str:
    return _num(lo) if float(lo) == float(hi) else f"{_num(lo)}–{_num(hi)}"


def _str(claims: pd.DataFrame, column: str) -> pd.Series:
    """A text column with missing values as ``""`` (vectorised: the checks run on every claim)."""
    return claims[column].astype(object).where(claims[column].notna(), "").astype(str)


def lookup(keys: pd.Series, table: dict[str, str]) -> pd.Series:
    """``table[key]`` for every key, ``""`` where the table has none (text, vectorised)."""
    found = keys.astype(str).map(table)
    return found.astype(object).where(found.notna(), "").astype(str)


def _people(claims: pd.DataFrame) -> pd.Series:
    return _str(claims, "unit") == "people"


def _casualty_counts(claims: pd.DataFrame) -> pd.Series:
    return (claims["category"] == "casualties") & _people(claims) & claims["measure"].isin(CASUALTY_MEASURES)


def _reasons(mask: pd.Series, claims: pd.DataFrame, why: Callable[[pd.Series], str]) -> pd.Series:
    """``why(row)`` for the claims ``mask`` selects, ``""`` for the others (built only where needed)."""
    out = pd.Series("", index=claims.index, dtype=object)
    mask = mask.astype(bool)
    if mask.any():  # (rows as named tuples: a Series per row cost ~0.1 ms each)
        out[mask] = [why(r) for r in claims[mask].itertuples(index=False)]
    return out


def tallied(claims: pd.DataFrame) -> pd.DataFrame:
    """``claims`` with their tally computed once (``_tally``, rule ``tally`` of
    :mod:`newsfigures.reconcile`) and, for cumulative casualty counts, whether the toll is firm
    (``_firm``, rule ``firm_cumulative``): the checks read these instead of recomputing them."""
    if "_tally" in claims:
        return claims
    out = claims.copy()
    out["_tally"] = reconcile.claim_tally(claims).to_numpy()
    firm = pd.Series(False, index=claims.index, dtype=bool)
    totals = _casualty_counts(claims) & (out["_tally"] == "cumulative")
    if totals.any():
        firm[totals] = reconcile.firm_cumulative(claims[totals]).to_numpy()
    out["_firm"] = firm
    return out


def _tally(claims: pd.DataFrame) -> pd.Series:
    return claims["_tally"] if "_tally" in claims else reconcile.claim_tally(claims)


# ---------------------------------------------------------------------------- checks of one claim
# Each takes the claims and the context and returns a reason per claim ("" = passed).


def share_range(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A percent figure lies between 0 and 100."""
    bad = (_str(claims, "unit") == "percent") & ((claims["value_low"] < 0) | (claims["value_high"] > 100))
    return _reasons(bad, claims, lambda r: f"a share of {_value(r.value_low, r.value_high)} percent: a share lies "
                                           f"between 0 and 100")


def low_high(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A figure's low value is not above its high value."""
    bad = claims["value_low"] > claims["value_high"]
    return _reasons(bad, claims, lambda r: f"its low value {_num(r.value_low)} is above its high value "
                                           f"{_num(r.value_high)}")


def war_scope(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A figure of the whole war is not a figure of the offensive."""
    if "scope" in claims:
        bad = _str(claims, "scope") == "war"
        return _reasons(bad, claims, lambda r: "a figure of the whole war (scope war), not of the offensive")
    hint = _str(claims, "sentence").str.contains(reconcile.WAR_HINT, regex=True)
    bad = pd.Series(False, index=claims.index, dtype=bool)
    if hint.any():
        bad[hint] = reconcile.war_scope(claims[hint]).to_numpy()
    return _reasons(bad, claims, lambda r: f"a figure of the whole war (cue '{reconcile.war_cue(r.sentence, r.quote)}'), "
                                           f"not of the offensive")


def day_toll_scale(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A single-day casualty count is below :data:`DAY_TOLL_MAX`."""
    bad = _casualty_counts(claims) & (claims["value_low"] >= DAY_TOLL_MAX)
    bad &= _tally(claims) == "single_day"
    return _reasons(bad, claims, lambda r: f"{_value(r.value_low, r.value_high)} people {r.measure} in one day: no "
                                           f"day's toll in one city reaches {DAY_TOLL_MAX:,}")


def toll_scale(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A cumulative casualty toll is below :data:`TOLL_MAX`."""
    bad = _casualty_counts(claims) & (claims["value_low"] >= TOLL_MAX)
    bad &= _tally(claims) == "cumulative"
    return _reasons(bad, claims, lambda r: f"a toll of {_value(r.value_low, r.value_high)} people {r.measure}: "
                                           f"{TOLL_MAX:,} or more counts the war, not one city's offensive")


def people_scale(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A count of people is at most :data:`CITY_PEOPLE_MAX` at its high end."""
    bad = _people(claims) & (claims["value_high"] > CITY_PEOPLE_MAX)
    return _reasons(bad, claims, lambda r: f"up to {_num(r.value_high)} people: more than the city ever held "
                                           f"({CITY_PEOPLE_MAX:,})")


def date_window(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A figure's date lies inside the corpus window."""
    if ctx.window is None:
        return pd.Series("", index=claims.index, dtype=object)
    first, last = ctx.window
    dates = _str(claims, "date")
    bad = (dates != "") & ((dates < first) | (dates > last))
    return _reasons(bad, claims, lambda r: f"dated {r.date}, outside the corpus window {first} to {last} "
                                           f"(publication dates ± {DATE_MARGIN_DAYS} days)")


def after_publication(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A figure's date is not after its article's publication date."""
    limit = lookup(claims["article_id"].astype(str), ctx.latest)
    dates = _str(claims, "date")
    bad = (dates != "") & (limit != "") & (dates > limit)
    return _reasons(bad, claims, lambda r: f"dated {r.date}, after its article was published "
                                           f"({ctx.published.get(str(r.article_id), '')})")


# ---------------------------------------------------------------------------- checks across claims

_DAY_BINDS = ("exact", "approximate", "at_least", "more_than", "range")   # the day's count is at least value_low
_TOTAL_BINDS = ("exact", "approximate", "at_most", "range")               # the toll is at most value_high


@functools.cache
def _group_noun() -> re.Pattern:
    """A head noun of ``data/claims.yaml`` (people, civilians, children, fighters ...) as a word."""
    from .lexicon import load_yaml, word_pattern

    return compile_regex(word_pattern(load_yaml("claims.yaml")["nouns"]), re.I)


def names_its_group(quote: object) -> bool:
    """True when a figure's quote says whom it counts ("916 civilians", "54 people"); a bare
    number ("nine have been killed", after "of our 130 volunteers") counts a group named
    elsewhere, often a part of the whole, and is no toll to compare a day's count with."""
    return bool(_group_noun().search(as_text(quote)))


def day_over_total(claims: pd.DataFrame, ctx: Context) -> pd.Series:
    """A single-day casualty count is not larger than a cumulative toll of the same source,
    measure and group that covers that day: its stated period holds the day, or, with no period,
    it was given on a later day (a toll given the same day may count another event of that day).
    Only a toll whose quote names whom it counts (:func:`names_its_group`) is compared: "nine
    have been killed" after "of our 130 volunteers" is a part of the whole, not the whole."""
    out = pd.Series("", index=claims.index, dtype=object)
    c = claims.loc[_casualty_counts(claims) & (claims["date"].map(as_text) != "")].copy()
    if c.empty:
        return out
    c = tallied(c)
    c["_who"] = [(as_text(s) or f"article:{a}") for s, a in zip(c["source"], c["article_id"])]
    c["_party"] = c["party"].map(as_text)
    c["_row"] = c.index
    days = c[(c["_tally"] == "single_day") & c["qualifier"].isin(_DAY_BINDS)]
    totals = c[(c["_tally"] == "cumulative") & c["_firm"] & c["qualifier"].isin(_TOTAL_BINDS)
               & c["quote"].map(names_its_group)]
    if days.empty or totals.empty:
        return out
    keys = ["_who", "measure", "_party"]
    pairs = days[keys + ["_row", "date", "value_low", "value_high"]].merge(
        totals[keys + ["claim_id", "date", "period_start", "period_end", "value_low", "value_high", "source"]],
        on=keys, suffixes=("", "_total"))
    start = pairs["period_start"].map(as_text)
    # the toll covers the day: its stated period holds the day, or (no period) it was given on a
    # later day; a toll of the same day may count another event of that day, so it is not compared
    end = pairs["period_end"].map(as_text)
    covers = (((start != "") & (start <= pairs["date"]) & ((end == "") | (end >= pairs["date"]))
               & (pairs["date_total"] >= pairs["date"]))
              | ((start == "") & (pairs["date_total"] > pairs["date"])))
    pairs = pairs[covers & (pairs["value_high_total"] < pairs["value_low"])]
    if pairs.empty:
        return out
    pairs = pairs.sort_values(["_row", "value_high_total", "date_total", "claim_id"], kind="stable").drop_duplicates("_row")
    for row, lo, hi, total, day, source, cid in zip(pairs["_row"], pairs["value_low"], pairs["value_high"],
                                                     pairs["value_high_total"], pairs["date_total"], pairs["source"],
                                                     pairs["claim_id"]):
        who = as_text(source) or "the same article"
        out.loc[row] = (f"a day's count of {_value(lo, hi)} is larger than the toll of {_num(total)} that {who} "
                        f"gave for {day} (claim {cid})")
    return out


Check = Callable[[pd.DataFrame, Context], pd.Series]

#: Checks of one claim at a time, in order.
CLAIM_CHECKS: tuple[Check, ...] = (share_range, low_high, war_scope, day_toll_scale, toll_scale, people_scale,
                                   date_window, after_publication)
#: Checks that compare claims (run on the claims that passed :data:`CLAIM_CHECKS`).
CROSS_CHECKS: tuple[Check, ...] = (day_over_total,)  # compares casualty counts only
#: Every check, by name, in the order they are applied.
CHECKS: dict[str, Check] = {f.__name__: f for f in CLAIM_CHECKS + CROSS_CHECKS}

FAILURE_COLUMNS = ["claim_id", "check", "reason"]


def check_summary(name: str) -> str:
    """The first paragraph of a check's docstring, constants spelt out (what the chapters print)."""
    doc = " ".join((CHECKS[name].__doc__ or "").strip().split("\n\n")[0].split())
    for const in ("DAY_TOLL_MAX", "TOLL_MAX", "CITY_PEOPLE_MAX"):
        doc = doc.replace(f":data:`{const}`", f"{globals()[const]:,}")
    return doc


def describe() -> pd.DataFrame:
    """Every check with its summary: columns ``check`` and ``rule``."""
    return pd.DataFrame({"check": list(CHECKS), "rule": [check_summary(n) for n in CHECKS]})


def _long(claims: pd.DataFrame, reasons: dict[str, pd.Series]) -> pd.DataFrame:
    rows = [pd.DataFrame({"claim_id": claims.loc[r != "", "claim_id"], "check": name, "reason": r[r != ""]})
            for name, r in reasons.items()]
    rows = [r for r in rows if len(r)]
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=FAILURE_COLUMNS)


def claim_failures(claims: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Every failure of :data:`CLAIM_CHECKS`: one row per claim and check failed
    (``claim_id``, ``check``, ``reason``). Needs ``sentence`` and ``quote`` only where the
    extractor gave no ``tally`` or ``scope`` column (the fallback rules read them)."""
    claims = tallied(claims)
    return _long(claims, {f.__name__: f(claims, ctx) for f in CLAIM_CHECKS})


def cross_failures(claims: pd.DataFrame, ctx: Context, failed: set[str] | None = None) -> pd.DataFrame:
    """Every failure of :data:`CROSS_CHECKS` among the claims not in ``failed``."""
    keep = claims if not failed else claims[~claims["claim_id"].isin(failed)]
    keep = tallied(keep)
    return _long(keep, {f.__name__: f(keep, ctx) for f in CROSS_CHECKS})


def first_failures(failures: pd.DataFrame) -> pd.DataFrame:
    """One row per claim: ``check`` = the first check it failed (in :data:`CHECKS` order),
    ``reason`` = that check's reason, then "also" the others' (``check: reason``)."""
    if failures.empty:
        return pd.DataFrame(columns=FAILURE_COLUMNS)
    order = {name: i for i, name in enumerate(CHECKS)}
    f = failures.assign(_order=failures["check"].map(order)).sort_values(["claim_id", "_order"], kind="stable")
    # f is in claim id order: one pass in plain Python (a pandas group per claim cost ~0.1 s per
    # thousand claims set aside)
    rows: dict[str, list[str]] = {}
    for cid, check, reason in zip(f["claim_id"].tolist(), f["check"].tolist(), f["reason"].tolist()):
        if cid != cid:  # no id (as groupby drops it)
            continue
        row = rows.get(cid)
        if row is None:
            rows[cid] = [check, reason]
        else:
            row[1] += f"; also {check}: {reason}"
    return pd.DataFrame([{"claim_id": cid, "check": check, "reason": reason} for cid, (check, reason) in rows.items()],
                        columns=FAILURE_COLUMNS)


def check_claims(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Run every check on ``claims`` (of the corpus ``articles``): one row per claim set aside,
    ``claim_id``, ``check`` (the first failed), ``reason``."""
    ctx = context(articles)
    per_claim = claim_failures(claims, ctx)
    cross = cross_failures(claims, ctx, set(per_claim["claim_id"]))
    return first_failures(pd.concat([per_claim, cross], ignore_index=True))
