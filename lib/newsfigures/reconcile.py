"""Named, documented rules applied on top of the claims table.

Every claim is kept in ``claims.csv``. When the book needs one view of several claims (which
figures are cumulative, what share of the enclave the government held, what range a group of
disagreeing figures spans), it applies one of the rules below, by name, and says which. There is
never one silent "true" number: the two reconciliation rules (:func:`ucdp_low_best_high` and
:func:`acled_conservative`) are always shown side by side.

Rules in this module

``tally_kind``
    (quoted from :mod:`newsfigures.figures.tally` when this module is imported)

``tally`` (the column)
    :func:`claim_tally` gives every claim's tally as ``single_day``, ``cumulative`` or empty:
    the extractor's ``tally`` column where ``claims.csv`` has one and it is filled, else rule
    ``tally_kind`` applied to casualty and displacement figures (other figures, shares and
    populations, have no tally).

``war_scope``
    A figure of the whole Syrian war ("a five-year war that has killed hundreds of thousands",
    "killed since the conflict began in March 2011") is not a figure of the offensive.
    :func:`war_scope` is true where the extractor's ``scope`` column says ``war``; without that
    column, where a war cue (:data:`WAR_CUE`: "since 2011", "since the war began", "the war's
    toll", "a five-year war", "a war that has killed") stands in the figure's own clause.

``government_share``
    The share of eastern Aleppo held by the government. A stated government share
    (``territory/share_held``, unit ``percent``, party ``government``) is used as it is. A stated
    rebel share is converted: government share = 100 - rebel share, so a rebel range [lo, hi]
    becomes [100 - hi, 100 - lo] and the open-ended qualifiers flip (rebels hold "no more than
    a tenth", ``at_most`` 10, becomes the government holding ``at_least`` 90; ``more_than``
    and ``at_least`` become ``at_most``). Converted rows carry ``converted = True``. The rule
    assumes the two shares refer to the same area and that nobody else holds any of it; shares
    held by Kurdish forces, shares with no party and ``share_taken`` figures are not converted
    and are left out.

``enclave_population``
    Population estimates for the besieged enclave: ``population`` figures counting ``people``
    whose party is unstated or ``civilians`` and whose upper value is at least
    :data:`ENCLAVE_MIN_PEOPLE` (1,000). Smaller figures count groups inside the enclave (staff,
    orphans, patients), not the enclave. People trapped or remaining count; residents count only
    where their part of the sentence places them in the enclave (east, besieged, enclave, pocket,
    rebel-held ...), since a population of another place ("Idlib province, where roughly 2 million
    people live") or of a district outside it is not the enclave's. A figure of the time before
    the war (a pre-war cue in its clause: "before the war", "pre-war", "before 2011") is the whole
    city's and is left out.

``comparable_claims`` / ``quantity``
    Two figures are about the *same quantity* when they have the same category, measure, unit
    and party, where an unstated party and ``civilians`` count as the same group for
    displacement and population (people who fled or remain are civilians unless the text says
    otherwise; for casualties an unstated toll may include fighters, so it is kept apart).
    Territory shares are compared as government shares (after ``government_share``). A figure
    an article repeats (same source, quantity, date and value, e.g. in the headline and the
    body) counts once, and so does a statement carried by several articles (one
    ``statement_id``); the repeats stay in ``claims.csv``. Figures
    about the same quantity on the same ``date`` from different sources are a *disagreement*
    (:func:`disagreements`).

``ucdp_low_best_high``
    After the UCDP Georeferenced Event Dataset, which keeps a low, a best and a high estimate for
    every event: per quantity and date, ``low`` = the smallest ``value_low``, ``high`` = the
    largest ``value_high`` and ``best`` = the median of the point figures (claims whose low equals
    their high, whatever their qualifier). A group made only of ranges has no ``best`` (empty):
    we do not invent a midpoint. An open-ended figure ("more than 31,000") enters with its stated
    number, so ``high`` can understate.

``acled_conservative``
    After ACLED, which reports the most conservative figure when sources disagree: per quantity
    and date, the claim with the lowest ``value_low``, chosen among sources that are not parties
    to the conflict when there is at least one (``fallback_to_party`` says when there was none).
    Ties go to the source name, then the claim id, so the choice is reproducible.
"""

from __future__ import annotations

import re
from typing import Callable

import pandas as pd

from .regexstore import compile as compile_regex
from .records import as_text, is_blank  # noqa: F401 (the book's modules take them from here too)
from .figures.tally import (  # noqa: F401 (the rule tally_kind lives with the extractor, which fills claims.csv's tally)
    CAMPAIGN_CUE, CUMULATIVE, CUMULATIVE_CUES, SINGLE_DAY, SINGLE_DAY_CUES, WEAK_CUES, cumulative_cue,
    dated_to_a_day, figure_clause, period_days, pre_war_cue, rule_entry, tally_of,
)

if __doc__:  # one text of the rule: the extractor's module holds it, this docstring quotes it
    __doc__ = __doc__.replace("``tally_kind``\n    (quoted from :mod:`newsfigures.figures.tally` when this module is imported)\n",
                              rule_entry("tally_kind"))

# ---------------------------------------------------------------------------- helpers


def is_present(values: pd.Series) -> pd.Series:
    """True where a value is given (a boolean Series, also for empty input)."""
    return pd.Series([not is_blank(v) for v in values], index=values.index, dtype=bool)


#: The one label shared by every figure an article states on its own authority (no source).
OWN_AUTHORITY = "(article's own reporting)"


def source_label(source: object) -> str:
    """The name shown for a source; figures an article states on its own authority get one
    shared label, :data:`OWN_AUTHORITY`."""
    return OWN_AUTHORITY if is_blank(source) else str(source)


# ---------------------------------------------------------------------------- tally_kind

def _tallies(claims: pd.DataFrame) -> list[tuple[str, str]]:
    methods = claims["date_method"] if "date_method" in claims else pd.Series([""] * len(claims), index=claims.index)
    return [tally_of(a, b, s, q, m) for a, b, s, q, m in
            zip(claims["period_start"], claims["period_end"], claims["sentence"], claims["quote"], methods)]


def tally_kind(claims: pd.DataFrame) -> pd.Series:
    """Rule ``tally_kind``: ``"cumulative"`` or ``"single day"`` for every row (see module doc)."""
    return pd.Series([k for k, _ in _tallies(claims)], index=claims.index, name="tally", dtype=object)


def tally_reason(claims: pd.DataFrame) -> pd.Series:
    """Why :func:`tally_kind` decided as it did, in words (for hover text)."""
    return pd.Series([r for _, r in _tallies(claims)], index=claims.index, name="tally_reason", dtype=object)


TALLY_VALUES = {SINGLE_DAY: "single_day", CUMULATIVE: CUMULATIVE, "single_day": "single_day"}
_TALLIED = {"casualties", "displacement"}


def claim_tally(claims: pd.DataFrame) -> pd.Series:
    """Rule ``tally``: ``single_day``, ``cumulative`` or ``""`` for every row: the ``tally``
    column where it gives one, else :func:`tally_kind` for casualty and displacement figures."""
    given = (claims["tally"].map(lambda v: TALLY_VALUES.get(as_text(v), "")) if "tally" in claims
             else pd.Series("", index=claims.index, dtype=object))
    tallied = claims["category"].isin(_TALLIED) & (given == "") if len(claims) else pd.Series(dtype=bool)
    if not tallied.any():
        return given.astype(object).rename(None)
    ruled = tally_kind(claims[tallied]).map(TALLY_VALUES)
    out = given.astype(object).copy()
    out.loc[ruled.index] = ruled
    return out.rename(None)


def claim_tally_reason(claims: pd.DataFrame) -> pd.Series:
    """Why a figure has its tally, in words (for hover text): rule ``tally_kind``'s reason, or,
    where the extractor's ``tally`` column decided otherwise, that it did."""
    reasons = tally_reason(claims)
    if "tally" not in claims:
        return reasons
    ruled = tally_kind(claims).map(TALLY_VALUES)
    given = claim_tally(claims)
    said = [f"{g.replace('_', ' ')}: as the extractor's tally says" if g else "no tally" for g in given]
    return pd.Series([r if g == k else s for r, g, k, s in zip(reasons, given, ruled, said)],
                     index=claims.index, name="tally_reason", dtype=object)


def firm_cumulative(claims: pd.DataFrame) -> pd.Series:
    """True where a figure is cumulative (:func:`claim_tally`) and rule ``tally_kind`` finds a
    stated period or a strong cumulative cue for it, not the weak "toll" alone: "the toll
    climbed, with 22 of the dead in one village" may be a part of a day's count."""
    out = pd.Series(False, index=claims.index, dtype=bool)
    cumulative = claim_tally(claims) == CUMULATIVE
    if cumulative.any():
        reasons = tally_reason(claims[cumulative])
        out[cumulative] = [r.startswith(("cumulative: stated period", "cumulative: cue")) and not r.endswith("and no named day")
                           for r in reasons]
    return out


# ---------------------------------------------------------------------------- war_scope

#: Cues that a figure counts the whole war, not the offensive (looked for in the figure's clause).
WAR_CUE = compile_regex(
    r"\bsince\s+(?:(?:march|early|mid-?|late)\s+)?2011\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:(?:civil|syrian)\s+)?(?:war|conflict|uprising|crisis)\b"
    r"|\bsince\s+the\s+(?:(?:civil|syrian)\s+)?(?:war|conflict|uprising|crisis)\s+(?:began|started|erupted|broke\s+out)\b"
    r"|\b(?:war|conflict|crisis)(?:'s|s')\s+(?:death\s+)?toll\b"
    r"|\b(?:five|six|5|6|five-and-a-half)[- ]year(?:-old)?\s+(?:(?:civil|syrian)\s+)?(?:war|conflict|crisis)\b"
    r"|\b(?:war|conflict|crisis)\s+(?:that|which)\s+(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|displaced|driven|forced|claimed|uprooted)\b",
    re.IGNORECASE)


#: A cheap test that a sentence may hold a war cue (only those are read with :data:`WAR_CUE`).
WAR_HINT = r"(?i)2011|war|conflict|crisis"


def war_cue(sentence: object, quote: object) -> str:
    """The first war cue (:data:`WAR_CUE`) in the figure's clause, or ``""``."""
    m = WAR_CUE.search(figure_clause(sentence, quote))
    return " ".join(m.group(0).lower().split()) if m else ""


def war_scope(claims: pd.DataFrame) -> pd.Series:
    """Rule ``war_scope`` (see module doc): a boolean Series, True for figures of the whole war."""
    if "scope" in claims:
        return claims["scope"].map(lambda v: as_text(v) == "war").astype(bool)
    return pd.Series([bool(war_cue(s, q)) for s, q in zip(claims["sentence"], claims["quote"])],
                     index=claims.index, dtype=bool)


# ---------------------------------------------------------------------------- government_share

_FLIP = {"exact": "exact", "approximate": "approximate", "range": "range",
         "at_most": "at_least", "at_least": "at_most", "more_than": "at_most"}


def government_share(claims: pd.DataFrame) -> pd.DataFrame:
    """Rule ``government_share``: territory shares as the government's share (see module doc).

    Returns the ``share_held`` percent rows for the government and the rebels, with
    ``value_low``, ``value_high``, ``qualifier`` and ``party`` given as the government's share,
    plus ``converted`` (bool) and the stated values in ``stated_low``, ``stated_high``,
    ``stated_qualifier`` and ``stated_party``."""
    mask = ((claims["category"] == "territory") & (claims["measure"] == "share_held")
            & (claims["unit"] == "percent") & claims["party"].isin(["government", "rebels"]))
    out = claims.loc[mask].copy()
    out["stated_low"] = out["value_low"].astype(float)
    out["stated_high"] = out["value_high"].astype(float)
    out["stated_qualifier"] = out["qualifier"]
    out["stated_party"] = out["party"]
    rebels = out["party"] == "rebels"
    out["converted"] = rebels
    out.loc[rebels, "value_low"] = 100.0 - out.loc[rebels, "stated_high"]
    out.loc[rebels, "value_high"] = 100.0 - out.loc[rebels, "stated_low"]
    out.loc[rebels, "qualifier"] = out.loc[rebels, "stated_qualifier"].map(_FLIP)
    out["party"] = "government"
    out["converted"] = out["converted"].astype(bool)
    return out


# ---------------------------------------------------------------------------- enclave_population

ENCLAVE_MIN_PEOPLE = 1000


def enclave_population(claims: pd.DataFrame, min_people: float = ENCLAVE_MIN_PEOPLE) -> pd.DataFrame:
    """Rule ``enclave_population``: the population estimates that are about the enclave."""
    party = claims["party"].map(as_text)
    mask = ((claims["category"] == "population") & (claims["unit"] == "people")
            & party.isin(["", "civilians"]) & (claims["value_high"] >= min_people))
    if mask.any() and "sentence" in claims:
        about = [bool(m) and not pre_war_cue(s, q) and (measure in ENCLAVE_MEASURES or enclave_cue(s, q))
                 for m, s, q, measure in zip(mask, claims["sentence"], claims["quote"], claims["measure"])]
        mask &= pd.Series(about, index=claims.index, dtype=bool)
    return claims.loc[mask].copy()


#: Population measures that are about a besieged place by what they say (people trapped, or
#: still inside); ``residents`` of a place count only with an :data:`ENCLAVE_CUE` beside them.
ENCLAVE_MEASURES = ("trapped", "remaining")
#: Words that place a residents figure in the enclave, in the figure's own part of the sentence.
ENCLAVE_CUE = compile_regex(r"\b(?:east(?:ern)?|besieged|siege|enclave|pocket|(?:rebel|opposition)[- ](?:held|controlled|run)"
                         r"|encircled|surrounded)\b", re.IGNORECASE)
_SEGMENT_BREAK = compile_regex(r"[,;:()\u2014]|\s-\s|\s--\s|[.!?](?=\s|$)")


def enclave_cue(sentence: object, quote: object) -> str:
    """An :data:`ENCLAVE_CUE` in the part of ``sentence`` around ``quote`` (between commas,
    semicolons, colons, dashes or brackets): "Fewer than 100,000 people are crammed into what
    remains of opposition-held east Aleppo" has one; "Idlib province, where roughly 2 million
    people live" and "Sheikh Maqsoud is home to 30,000 people" have none. ``""`` for none."""
    s, q = as_text(sentence), as_text(quote)
    if not q or q not in s:
        return ""
    m = ENCLAVE_CUE.search(figure_clause(s, q, _SEGMENT_BREAK))
    return m.group(0).lower() if m else ""


# ---------------------------------------------------------------------------- same quantity

KEY = ["category", "measure", "unit", "party_key"]
_MERGE_CIVILIANS = {"displacement", "population"}


def comparable_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims ready to be compared: territory shares as government shares (rule
    ``government_share``; other ``share_held`` rows dropped), a ``party_key`` column (rule
    ``quantity``) and ``source_label``. Rows without a date are dropped, and so are repeats of a
    figure within one article (same source, quantity, date, value and qualifier) and, where the
    claims have a ``statement_id``, every report of a statement but the first: a statement
    carried by several articles (wire copies) is compared once, and ``n_articles`` says how
    many articles carried it."""
    if claims.empty:
        out = claims.copy()
        out["party_key"] = pd.Series(dtype=object)
        out["source_label"] = pd.Series(dtype=object)
        out["converted"] = pd.Series(dtype=bool)
        out["n_articles"] = pd.Series(dtype=int)
        return out
    shares = (claims["category"] == "territory") & (claims["measure"] == "share_held")
    rest = claims.loc[~shares].copy()
    rest["converted"] = False
    out = pd.concat([rest, government_share(claims)], ignore_index=True, sort=False)
    out = out.loc[is_present(out["date"])].copy()
    party = out["party"].map(as_text)
    merge = out["category"].isin(_MERGE_CIVILIANS) & (party == "civilians")
    out["party_key"] = party.where(~merge, "")
    out["unit"] = out["unit"].map(as_text)
    out["source_label"] = out["source"].map(source_label)
    out["converted"] = out["converted"].fillna(False).astype(bool)
    out = out.sort_values(["article_id", "start", "claim_id"], kind="stable")
    out = out.drop_duplicates(subset=["article_id", "source_label"] + KEY + ["date", "value_low", "value_high", "qualifier"],
                              keep="first")
    out["n_articles"] = 1
    if "statement_id" in out:
        sid = out["statement_id"].map(as_text)
        has = sid != ""
        counts = out[has].groupby(sid[has])["article_id"].nunique()
        out.loc[has, "n_articles"] = sid[has].map(counts).astype(int)
        out = out[~has | ~sid.duplicated(keep="first")]
    return out.reset_index(drop=True)


def quantity_label(category: str, measure: str, unit: str, party_key: str) -> str:
    """A readable name for a quantity: ``displacement/fled (people)``, ``territory/share_held
    (percent, government)``."""
    extra = ", ".join(x for x in (unit, party_key) if x)
    return f"{category}/{measure}" + (f" ({extra})" if extra else "")


def disagreements(comparable: pd.DataFrame, min_sources: int = 2) -> pd.DataFrame:
    """Claims about the same quantity on the same date from at least ``min_sources`` different
    sources (the article's own reporting counts as one source). Input: :func:`comparable_claims`.

    Adds ``group`` (a readable label), ``n_sources`` and ``spread`` (largest ``value_high``
    over smallest ``value_low``, ``inf`` when the smallest is 0); sorted by spread, largest
    first, then by date and group."""
    cols = list(comparable.columns) + ["group", "n_sources", "spread"]
    if comparable.empty:
        return pd.DataFrame(columns=cols)
    keyed = comparable.copy()
    grp = keyed.groupby(KEY + ["date"], dropna=False, sort=True)
    keyed["n_sources"] = grp["source_label"].transform("nunique").astype(int)
    keyed = keyed[keyed["n_sources"] >= min_sources].copy()
    if keyed.empty:
        return pd.DataFrame(columns=cols)
    grp = keyed.groupby(KEY + ["date"], dropna=False, sort=True)
    lo = grp["value_low"].transform("min")
    hi = grp["value_high"].transform("max")
    keyed["spread"] = [float("inf") if l == 0 else float(h) / float(l) for l, h in zip(lo, hi)]
    keyed["group"] = [f"{d} · {quantity_label(c, m, u, p)}" for d, c, m, u, p in
                      zip(keyed["date"], keyed["category"], keyed["measure"], keyed["unit"], keyed["party_key"])]
    keyed = keyed.sort_values(["spread", "date", "group", "source_label", "claim_id"],
                              ascending=[False, True, True, True, True], kind="stable")
    return keyed.reset_index(drop=True)


# ---------------------------------------------------------------------------- reconciliation rules

GROUP = KEY + ["date"]


def _point_median(g: pd.DataFrame) -> float:
    points = g.loc[g["value_low"] == g["value_high"], "value_low"]
    return float(points.median()) if len(points) else float("nan")


def ucdp_low_best_high(comparable: pd.DataFrame) -> pd.DataFrame:
    """Rule ``ucdp_low_best_high`` (see module doc). Input: :func:`comparable_claims`.

    One row per quantity and date: the key columns, ``n_claims``, ``n_sources``, ``low``,
    ``best`` (NaN when no claim is a point figure), ``high``, ``claim_ids`` (";"-joined) and
    ``rule``."""
    cols = GROUP + ["n_claims", "n_sources", "low", "best", "high", "claim_ids", "rule"]
    if comparable.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for key, g in comparable.groupby(GROUP, dropna=False, sort=True):
        rows.append(dict(zip(GROUP, key), n_claims=int(len(g)), n_sources=int(g["source_label"].nunique()),
                         low=float(g["value_low"].min()), best=_point_median(g), high=float(g["value_high"].max()),
                         claim_ids=";".join(sorted(g["claim_id"].astype(str))), rule="ucdp_low_best_high"))
    return pd.DataFrame(rows, columns=cols)


def acled_conservative(comparable: pd.DataFrame) -> pd.DataFrame:
    """Rule ``acled_conservative`` (see module doc). Input: :func:`comparable_claims`.

    One row per quantity and date: the key columns, ``n_claims``, ``value`` (the chosen
    claim's ``value_low``), ``qualifier``, ``source``, ``party_to_conflict``, ``claim_id``,
    ``fallback_to_party`` and ``rule``."""
    cols = GROUP + ["n_claims", "value", "qualifier", "source", "party_to_conflict", "claim_id",
                    "fallback_to_party", "rule"]
    if comparable.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for key, g in comparable.groupby(GROUP, dropna=False, sort=True):
        independent = g[~g["party_to_conflict"].astype(bool)]
        pool = independent if len(independent) else g
        pick = pool.sort_values(["value_low", "source_label", "claim_id"], kind="stable").iloc[0]
        rows.append(dict(zip(GROUP, key), n_claims=int(len(g)), value=float(pick["value_low"]),
                         qualifier=str(pick["qualifier"]), source=str(pick["source_label"]),
                         party_to_conflict=bool(pick["party_to_conflict"]), claim_id=str(pick["claim_id"]),
                         fallback_to_party=bool(len(independent) == 0), rule="acled_conservative"))
    return pd.DataFrame(rows, columns=cols)


#: The reconciliation rules, by name. Each takes :func:`comparable_claims` output.
RULES: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "ucdp_low_best_high": ucdp_low_best_high,
    "acled_conservative": acled_conservative,
}


def rule_summary(name: str) -> str:
    """The first paragraph of a rule's docstring (what the chapter prints next to its name)."""
    doc = (RULES[name].__doc__ or "").strip()
    return " ".join(doc.split("\n\n")[0].split())


def side_by_side(comparable: pd.DataFrame) -> pd.DataFrame:
    """Both rules' outputs for every quantity and date, side by side: ``ucdp_low``,
    ``ucdp_best``, ``ucdp_high``, ``acled_value``, ``acled_source``, ``acled_party`` (the chosen
    source is a party to the conflict), ``acled_fallback``, plus ``n_claims``, ``n_sources`` and
    ``quantity`` (a readable label)."""
    cols = GROUP + ["quantity", "n_claims", "n_sources", "ucdp_low", "ucdp_best", "ucdp_high",
                    "acled_value", "acled_source", "acled_party", "acled_fallback"]
    if comparable.empty:
        return pd.DataFrame(columns=cols)
    u = ucdp_low_best_high(comparable).rename(columns={"low": "ucdp_low", "best": "ucdp_best", "high": "ucdp_high"})
    a = acled_conservative(comparable).rename(columns={"value": "acled_value", "source": "acled_source",
                                                       "party_to_conflict": "acled_party",
                                                       "fallback_to_party": "acled_fallback"})
    both = u.merge(a[GROUP + ["acled_value", "acled_source", "acled_party", "acled_fallback"]], on=GROUP, how="inner",
                   validate="one_to_one")
    both["quantity"] = [quantity_label(c, m, un, p) for c, m, un, p in
                        zip(both["category"], both["measure"], both["unit"], both["party_key"])]
    return both[cols]
