"""The figures beside the record: extracted statements set against outside reference series.

The reference series (``data/reference/``, see its README for sources, caveats and citations)
are facts with citations: UCDP GED events for Aleppo, OCHA's figures by date, casualty tolls,
evacuation counts, the Russian Ministry of Defence's counts (a party to the conflict),
territory shares and dated neighbourhood changes. This module turns them into *reference
points* and sets the corpus's statements beside them. Every rule is named here, applied as
written and printed by the chapter. The charts that draw the comparison are in
:mod:`newsfigures.book.reference_figures`.

Rules in this module

``quantity`` (:data:`QUANTITY_RULES`, :func:`claim_quantity`)
    Both sides are sorted into the same few quantities: ``killed, cumulative``, ``killed,
    single day``, ``displaced, cumulative``, ``displaced, single day``, ``evacuated``, ``in
    shelters``, ``remaining`` and ``government share``. A reference row gets its quantity from
    the first rule of :data:`QUANTITY_RULES` whose pattern its ``measure`` matches; a rule
    with no quantity leaves the row out of the comparison and says why (western Aleppo, a
    whole-war toll, part of a stated total ...). A claim gets its quantity from its category,
    measure, unit and party (people or unstated/civilians only: a count of children or of
    fighters is a part, not the count) and, for deaths and displacement, its tally: the
    ``tally`` column when the extractor wrote one, else the library's rule
    :func:`newsfigures.reconcile.tally_kind` (a stated period longer than a day or a cue such
    as "so far" makes it cumulative). Territory shares are government shares after
    :func:`newsfigures.reconcile.government_share`; the reference's rebel ("NSAG") share is
    converted by the same rule.

``statements`` (:func:`statements`)
    Claims in ``set_aside.csv`` (when the extractor wrote one) are left out. The same statement
    carried by several articles is counted once: by ``statement_id`` when the claims have one,
    else by source, quantity, value, qualifier and day. ``n_reports`` says how many claims
    carried it.

``window`` (:func:`corpus_window`, :func:`in_window`)
    The corpus window runs from the first to the last dated statement or control event.
    Reference points are kept when they fall inside it, widened by :data:`MATCH_DAYS` at both
    ends; when nothing overlaps, nothing is compared and the chapter says so.

``nearest`` (:func:`agreement_table`)
    For each reference point, the statement of the same quantity nearest in time, at most
    :data:`MATCH_DAYS` days away (a daily series such as GED's has a point for every day, so
    there only the same day counts). A cumulative toll whose own stated period starts more than
    :data:`MATCH_DAYS` days from the reference's start is a different count and is not
    matched. Among equally near statements the one closest in value is taken, so a
    disagreement shown is one that no statement of that day resolves. Statements that are
    parties' own counts are matched like any other and flagged.

``verdict`` (:func:`verdict`)
    ``ratio`` = statement / record, taken between the nearest ends of the two ranges (1 when
    they overlap; a range is never reduced to a midpoint; an open bound, "more than 25,000",
    enters with its stated number). For people: *with the record* when the ratio is within
    :data:`AGREE_RATIO` either way, *ahead* (higher) or *behind* (lower) up to
    :data:`AGAINST_RATIO`, *against* beyond it (a different count, not a matter of timing).
    For shares, the same by percentage points (:data:`AGREE_POINTS`, :data:`AGAINST_POINTS`).
    For a cumulative count or the government's share, higher means the corpus runs ahead of
    the record.

``neighbourhood dates`` (:func:`neighbourhood_dates`)
    Reference names are matched to the gazetteer with the library's own place matcher
    (:func:`newsfigures.territory.gazetteer.find_places`), after the reviewed spellings of
    ``neighbourhood_aliases.csv``. For each neighbourhood and taker the first reported capture in
    the corpus is set against the first dated capture in the reference; ``days`` = corpus -
    reference (positive: the corpus reported it later).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from .reconcile import CUMULATIVE, SINGLE_DAY, as_text, government_share, is_blank, source_label, tally_kind
from .territory.gazetteer import find_places
from .regexstore import compile as compile_regex

# ---------------------------------------------------------------------------- files and citations

GED_EVENTS = "ucdp_ged_aleppo_2016.csv"
GED_DAILY = "ucdp_ged_aleppo_city_daily.csv"
SERIES_FILES = ("casualty_tolls_by_date.csv", "ocha_aleppo_series.csv", "evacuation_and_displacement_series.csv",
                "russia_mod_series.csv", "territory_share_by_date.csv")
CHANGES_FILE = "neighbourhood_control_changes.csv"
ALIASES_FILE = "neighbourhood_aliases.csv"
REFERENCE_FILES = (GED_EVENTS, GED_DAILY, *SERIES_FILES, CHANGES_FILE, ALIASES_FILE)
SERIES_COLUMNS = ["date", "published", "measure", "value_low", "value_high", "qualifier", "unit", "scope",
                  "source", "title", "url", "note"]

#: The citations the chapter prints (the README of ``data/reference`` gives the same).
CITATIONS = {
    "UCDP GED": ("Sundberg, Ralph and Erik Melander (2013), “Introducing the UCDP Georeferenced Event Dataset”, "
                 "Journal of Peace Research 50(4); Högbladh (2019), UCDP GED Codebook 19.1. Data: UCDP “GED Syria "
                 "20160101-20191130” country file, CC BY 4.0."),
    "OCHA": ("UN Office for the Coordination of Humanitarian Affairs (OCHA), Syria situation reports and flash "
             "updates on Aleppo, November-December 2016, via ReliefWeb (https://reliefweb.int)."),
}

# ---------------------------------------------------------------------------- quantities

KILLED_CUMULATIVE = "killed, cumulative"
KILLED_DAY = "killed, single day"
DISPLACED_CUMULATIVE = "displaced, cumulative"
DISPLACED_DAY = "displaced, single day"
EVACUATED = "evacuated"
IN_SHELTERS = "in shelters"
REMAINING = "remaining"
GOV_SHARE = "government share"
QUANTITIES = (KILLED_CUMULATIVE, KILLED_DAY, DISPLACED_CUMULATIVE, DISPLACED_DAY, EVACUATED, IN_SHELTERS,
              REMAINING, GOV_SHARE)

#: (pattern on the reference ``measure``, quantity or None, why). The first match decides.
QUANTITY_RULES: tuple[tuple[str, str | None, str], ...] = (
    (r"west|sheikh_maqsoud|rebel_shells", None, "counts western Aleppo or Sheikh Maqsoud; the extractor does not say which side a figure counts"),
    (r"province|since_2011", None, "a whole-war or province-wide toll"),
    (r"^rebels_killed", None, "fighters only"),
    (r"wounded|injured", None, "wounded are not compared"),
    (r"killed_single_day|killed_while_crossing|killed_single_strike", KILLED_DAY,
     "deaths on one day (one strike's or one crossing's deaths are a lower bound of the day's)"),
    (r"killed", KILLED_CUMULATIVE, "deaths since a date"),
    (r"foah|kefraya|medical|vehicles|buses|to_be_evacuated|dar_al_safaa", None,
     "another evacuation, vehicles, patients or a plan, not the evacuation of eastern Aleppo"),
    (r"collective_shelters|in_mahalej", IN_SHELTERS, "people in or arrived at shelters"),
    (r"^idps_|within_city|residents|to_kurdish", None, "a part of a stated total, or residents"),
    (r"remaining_(east|opposition)", REMAINING, "people still in the enclave"),
    (r"evacuat|first_convoy_people|left_during_fighter_withdrawal", EVACUATED, "people evacuated under the deal"),
    (r"(_24h|_day|half_day|overnight)$", DISPLACED_DAY, "people leaving in one day"),
    (r"displaced|fled|left_east", DISPLACED_CUMULATIVE, "people displaced or fled since a date"),
    (r"^gos_share_(east_aleppo|aleppo_city)$", GOV_SHARE, "the government's share"),
    (r"^nsag_share", GOV_SHARE, "the rebels' share, converted: government share = 100 - rebel share"),
    (r".", None, "counts something the extractor has no measure for (an area, a district, a map)"),
)
_RULES = tuple((compile_regex(p), q, why) for p, q, why in QUANTITY_RULES)

#: Sources that are parties to the conflict (their figures are claims, drawn hollow).
PARTY_SOURCE = compile_regex(r"Russian MoD|Russian Defen[cs]e|Syrian army|SANA|Syrian Department of Health|"
                          r"Ministry of Health", re.IGNORECASE)

MATCH_DAYS = 2
AGREE_RATIO = 1.25
AGAINST_RATIO = 2.0
AGREE_POINTS = 5.0
AGAINST_POINTS = 20.0
WITH, AHEAD, BEHIND, AGAINST = "with the record", "ahead", "behind", "against"
VERDICTS = (WITH, AHEAD, BEHIND, AGAINST)
_SINCE = compile_regex(r"since_(\d{4}-\d{2}-\d{2})|(\d{4}-\d{2}-\d{2})_to_")


def reference_quantity(measure: object, unit: object = "people") -> tuple[str | None, str]:
    """Rule ``quantity`` for one reference row: (quantity or None, why)."""
    m = as_text(measure)
    for rx, quantity, why in _RULES:
        if rx.search(m):
            wanted = "percent" if quantity == GOV_SHARE else "people"
            if quantity is not None and as_text(unit) != wanted:
                return None, f"counted in {as_text(unit) or 'no unit'}, not {wanted}"
            return quantity, why
    return None, "no rule"  # pragma: no cover - the last rule matches everything


# ---------------------------------------------------------------------------- reading

def _empty_series() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=float if c.startswith("value") else object) for c in SERIES_COLUMNS})


def read_reference(folder: Path | str) -> dict[str, pd.DataFrame]:
    """Every reference file of ``folder`` as a DataFrame (a missing file gives an empty frame)."""
    folder = Path(folder)
    out: dict[str, pd.DataFrame] = {}
    for name in REFERENCE_FILES:
        path = folder / name
        if path.is_file():
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        elif name in SERIES_FILES:
            df = _empty_series()
        else:
            df = pd.DataFrame()
        for col in ("value_low", "value_high", "low", "best", "high", "km_from_aleppo_centre"):
            if col in df:
                df[col] = df[col].astype(float)
        if "in_aleppo_city" in df:
            df["in_aleppo_city"] = df["in_aleppo_city"].map({"True": True, "False": False}).fillna(False).astype(bool)
        out[name] = df
    return out


def series_points(ref: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The non-GED reference rows as points: one row per figure with ``quantity`` (None when not
    compared), ``why``, ``party_to_conflict``, ``since`` and both bounds filled (an open bound
    takes the stated number). Rows with no number ("unknown", a map) are dropped."""
    frames = []
    for name in SERIES_FILES:
        df = ref.get(name, _empty_series())
        if df.empty:
            continue
        df = df.copy()
        df["series"] = name.removesuffix(".csv")
        frames.append(df)
    if not frames:
        return _points_frame([])
    df = pd.concat(frames, ignore_index=True)
    df = df[df["value_low"].notna() | df["value_high"].notna()].copy()
    df["value_low"] = df["value_low"].fillna(df["value_high"])
    df["value_high"] = df["value_high"].fillna(df["value_low"])
    rules = [reference_quantity(m, u) for m, u in zip(df["measure"], df["unit"])]
    df["quantity"] = [q for q, _ in rules]
    df["why"] = [w for _, w in rules]
    nsag = df["measure"].astype(str).str.startswith("nsag_share") & (df["quantity"] == GOV_SHARE)
    lo, hi = df.loc[nsag, "value_low"].copy(), df.loc[nsag, "value_high"].copy()
    df.loc[nsag, "value_low"], df.loc[nsag, "value_high"] = 100.0 - hi, 100.0 - lo
    df["converted"] = nsag
    df["party_to_conflict"] = [bool(PARTY_SOURCE.search(as_text(s))) for s in df["source"]]
    df["since"] = [_since(m) for m in df["measure"]]
    # a row given in two files (OCHA's rebel share is in two) is one point
    df = df.drop_duplicates(["date", "measure", "value_low", "value_high", "source"], keep="first")
    df["point_id"] = [f"{s}:{i}" for s, i in zip(df["series"], df.index)]
    return _points_frame(df)


def _since(measure: object) -> str:
    m = _SINCE.search(as_text(measure))
    return (m.group(1) or m.group(2)) if m else ""


POINT_COLUMNS = ["point_id", "series", "date", "measure", "quantity", "why", "value_low", "value_high", "qualifier",
                 "unit", "scope", "source", "party_to_conflict", "converted", "since", "title", "url", "note"]


def _points_frame(df) -> pd.DataFrame:
    if isinstance(df, list):
        df = pd.DataFrame(columns=POINT_COLUMNS)
    for c in POINT_COLUMNS:
        if c not in df:
            df[c] = "" if c not in ("value_low", "value_high", "party_to_conflict", "converted") else (
                False if c in ("party_to_conflict", "converted") else float("nan"))
    return df[POINT_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------- UCDP GED

def ged_city(events: pd.DataFrame) -> pd.DataFrame:
    """UCDP GED for Aleppo city by day: the sums of single-day events (``day_best``,
    ``day_low``, ``day_high``) and the cumulative best/low/high of *all* city events, each
    counted on its last day (so a 15 Nov - 12 Dec entry enters on 12 Dec, when it was known)."""
    cols = ["date", "events", "day_best", "day_low", "day_high", "cum_best", "cum_low", "cum_high"]
    if events is None or events.empty or "in_aleppo_city" not in events:
        return pd.DataFrame(columns=cols)
    city = events[events["in_aleppo_city"]].copy()
    if city.empty:
        return pd.DataFrame(columns=cols)
    days = pd.date_range(city["date_start"].min(), city["date_end"].max(), freq="D").strftime("%Y-%m-%d")
    single = city[city["date_start"] == city["date_end"]]
    daily = single.groupby("date_start").agg(events=("best", "size"), day_best=("best", "sum"),
                                             day_low=("low", "sum"), day_high=("high", "sum"))
    ends = city.groupby("date_end")[["best", "low", "high"]].sum()
    out = pd.DataFrame(index=pd.Index(days, name="date"))
    out = out.join(daily).join(ends).fillna(0.0)
    for c in ("best", "low", "high"):
        out[f"cum_{c}"] = out[c].cumsum()
    out["events"] = out["events"].astype(int)
    return out.reset_index()[cols]


def ged_points(events: pd.DataFrame) -> pd.DataFrame:
    """GED city figures as reference points: one ``killed, single day`` point per day (sums of
    single-day events) and one ``killed, cumulative`` point per day (since the first day)."""
    g = ged_city(events)
    if g.empty:
        return _points_frame([])
    first = g["date"].iloc[0]
    rows = []
    for r in g.itertuples():
        rows.append(dict(point_id=f"ged-day:{r.date}", series="ucdp_ged", date=r.date, measure="killed_single_day_events",
                         quantity=KILLED_DAY, why="GED: sum of single-day events in Aleppo city", value_low=r.day_low,
                         value_high=r.day_high, best=r.day_best, qualifier="best estimate", unit="people",
                         scope="Aleppo city", source="UCDP GED", since=""))
        rows.append(dict(point_id=f"ged-cum:{r.date}", series="ucdp_ged", date=r.date, measure=f"killed_since_{first}",
                         quantity=KILLED_CUMULATIVE, why="GED: all Aleppo-city events to this day", value_low=r.cum_low,
                         value_high=r.cum_high, best=r.cum_best, qualifier="best estimate", unit="people",
                         scope="Aleppo city", source="UCDP GED", since=first))
    df = _points_frame(pd.DataFrame(rows))
    df["best"] = [r["best"] for r in rows]
    return df


def sohr_share(events: pd.DataFrame, city_only: bool = True) -> tuple[int, int, float]:
    """(events, events whose ``source_office`` names SOHR, their share) among GED events
    (Aleppo city only by default)."""
    if events is None or events.empty or "source_office" not in events:
        return 0, 0, float("nan")
    ev = events[events["in_aleppo_city"]] if city_only else events
    n = int(len(ev))
    k = int(ev["source_office"].fillna("").str.contains("SOHR").sum())
    return n, k, (k / n if n else float("nan"))


# ---------------------------------------------------------------------------- the corpus side

_PEOPLE_PARTIES = ("", "civilians")


def claim_quantity(claims: pd.DataFrame) -> pd.Series:
    """Rule ``quantity`` for claims (None where a claim is not compared)."""
    if claims.empty:
        return pd.Series([], index=claims.index, dtype=object)
    tally = claim_tally(claims)
    out = []
    for (_, r), t in zip(claims.iterrows(), tally):
        cat, measure, unit, party = (as_text(r.get(k)) for k in ("category", "measure", "unit", "party"))
        q = None
        if unit == "people" and party in _PEOPLE_PARTIES:
            if cat == "casualties" and measure == "killed":
                q = KILLED_CUMULATIVE if t == CUMULATIVE else KILLED_DAY
            elif cat == "displacement" and measure in ("fled", "displaced"):
                q = DISPLACED_CUMULATIVE if t == CUMULATIVE else DISPLACED_DAY
            elif cat == "displacement" and measure == "evacuated":
                q = EVACUATED
            elif cat == "population" and measure in ("remaining", "trapped"):
                q = REMAINING
        out.append(q)
    return pd.Series(out, index=claims.index, dtype=object)


def claim_tally(claims: pd.DataFrame) -> pd.Series:
    """The ``tally`` column where the extractor wrote one (``single_day``/``cumulative``),
    else :func:`newsfigures.reconcile.tally_kind`."""
    rule = tally_kind(claims) if len(claims) else pd.Series([], index=claims.index, dtype=object)
    if "tally" not in claims:
        return rule
    given = claims["tally"].map(lambda v: as_text(v).replace("_", " ").strip().lower())
    given = given.map(lambda v: CUMULATIVE if v == CUMULATIVE else (SINGLE_DAY if v == SINGLE_DAY else ""))
    return given.where(given != "", rule)


def read_set_aside(tables_dir: Path | str) -> pd.DataFrame:
    """``set_aside.csv`` of a tables folder, or an empty frame when the extractor wrote none."""
    path = Path(tables_dir) / "set_aside.csv"
    if not path.is_file():
        return pd.DataFrame(columns=["claim_id", "reason"])
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


STATEMENT_COLUMNS = ["statement_id", "quantity", "date", "value_low", "value_high", "qualifier", "unit", "source",
                     "source_label", "party_to_conflict", "period_start", "period_end", "quote", "sentence",
                     "claim_id", "article_id", "n_reports"]


def statements(claims: pd.DataFrame, set_aside: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rule ``statements``: the compared claims, set-aside ones removed, one row per statement
    (with ``quantity``, ``n_reports``). Government shares come from
    :func:`newsfigures.reconcile.government_share`."""
    if claims is None or claims.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    c = claims.copy()
    if set_aside is not None and len(set_aside) and "claim_id" in set_aside:
        c = c[~c["claim_id"].isin(set(set_aside["claim_id"]))]
    shares = government_share(c)
    if len(shares):
        shares = shares.copy()
        shares["quantity"] = GOV_SHARE
    rest = c[~c.index.isin(shares.index)].copy()
    rest["quantity"] = claim_quantity(rest)
    both = pd.concat([rest[rest["quantity"].notna()], shares]) if len(shares) else rest[rest["quantity"].notna()]
    if both.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    both = both.copy()
    both["source_label"] = both["source"].map(source_label)
    if "statement_id" not in both or both["statement_id"].map(is_blank).all():
        keys = ["source_label", "quantity", "value_low", "value_high", "qualifier", "date"]
        both["statement_id"] = ["|".join(map(as_text, row)) for row in both[keys].itertuples(index=False)]
    else:
        both["statement_id"] = [s if not is_blank(s) else f"claim:{c}" for s, c in zip(both["statement_id"], both["claim_id"])]
    both = both.sort_values(["date", "claim_id"], kind="stable", na_position="last")
    n = both.groupby("statement_id")["claim_id"].transform("size")
    both["n_reports"] = n.astype(int)
    first = both.drop_duplicates("statement_id", keep="first")
    for col in STATEMENT_COLUMNS:
        if col not in first:
            first[col] = pd.NA
    return first[STATEMENT_COLUMNS + [c for c in ("date_method",) if c in first]].reset_index(drop=True)


# ---------------------------------------------------------------------------- window

def corpus_window(*frames: pd.DataFrame) -> tuple[str, str]:
    """(first, last) dated row over the given frames' ``date`` columns, or ("", "")."""
    dates = []
    for f in frames:
        if f is not None and len(f) and "date" in f:
            dates += [d for d in map(as_text, f["date"]) if d]
    return (min(dates), max(dates)) if dates else ("", "")


def dated(df: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``df`` with a date (statements without one are placed on no day)."""
    return df[df["date"].map(as_text) != ""] if len(df) else df


def shift_day(day: str, days: int) -> str:
    """``day`` (ISO) moved by ``days`` days."""
    return (pd.Timestamp(day) + pd.Timedelta(days=days)).strftime("%Y-%m-%d")


def in_window(points: pd.DataFrame, window: tuple[str, str], pad: int = MATCH_DAYS) -> pd.DataFrame:
    """Rule ``window``: reference points inside the window widened by ``pad`` days (none when
    the window is empty)."""
    first, last = window
    if not first or points.empty:
        return points.iloc[0:0].copy()
    lo, hi = shift_day(first, -pad), shift_day(last, pad)
    d = points["date"].map(as_text)
    return points[(d >= lo) & (d <= hi)].copy()


# ---------------------------------------------------------------------------- agreement

def gap_ratio(claim_low: float, claim_high: float, ref_low: float, ref_high: float) -> float:
    """Statement / record between the nearest ends of the two ranges: 1 when they overlap."""
    if claim_low > ref_high:
        return claim_low / ref_high if ref_high > 0 else math.inf
    if claim_high < ref_low:
        return claim_high / ref_low if ref_low > 0 else 0.0
    return 1.0


def gap_points(claim_low: float, claim_high: float, ref_low: float, ref_high: float) -> float:
    """Statement - record in points between the nearest ends of the two ranges: 0 when they overlap."""
    if claim_low > ref_high:
        return claim_low - ref_high
    if claim_high < ref_low:
        return claim_high - ref_low
    return 0.0


def verdict(quantity: str, claim_low: float, claim_high: float, ref_low: float, ref_high: float) -> str:
    """Rule ``verdict``: with the record, ahead (higher), behind (lower) or against."""
    if quantity == GOV_SHARE:
        d = gap_points(claim_low, claim_high, ref_low, ref_high)
        if abs(d) <= AGREE_POINTS:
            return WITH
        if abs(d) > AGAINST_POINTS:
            return AGAINST
        return AHEAD if d > 0 else BEHIND
    r = gap_ratio(claim_low, claim_high, ref_low, ref_high)
    if 1 / AGREE_RATIO <= r <= AGREE_RATIO:
        return WITH
    if r > AGAINST_RATIO or r < 1 / AGAINST_RATIO:
        return AGAINST
    return AHEAD if r > 1 else BEHIND


AGREEMENT_COLUMNS = ["point_id", "quantity", "ref_date", "ref_source", "ref_measure", "ref_low", "ref_high",
                     "ref_qualifier", "ref_party", "statement_id", "date", "days", "source_label", "value_low",
                     "value_high", "qualifier", "party_to_conflict", "quote", "claim_id", "n_reports", "ratio",
                     "verdict"]


def agreement_table(points: pd.DataFrame, stmts: pd.DataFrame, max_days: int = MATCH_DAYS,
                    daily_series: tuple[str, ...] = ("ucdp_ged",)) -> pd.DataFrame:
    """Rule ``nearest`` and ``verdict``: one row per reference point (with a quantity) that has
    a statement of the same quantity within ``max_days`` days (0 for ``daily_series``)."""
    rows = []
    if points.empty or stmts.empty:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    s = stmts[stmts["date"].map(as_text) != ""].copy()
    s["_day"] = pd.to_datetime(s["date"])
    for p in points[points["quantity"].notna()].itertuples(index=False):
        if is_blank(p.date):
            continue
        cand = s[s["quantity"] == p.quantity].copy()
        if cand.empty:
            continue
        limit = 0 if p.series in daily_series else max_days
        cand["days"] = (cand["_day"] - pd.Timestamp(p.date)).dt.days
        cand = cand[cand["days"].abs() <= limit]
        if p.quantity == KILLED_CUMULATIVE and p.since:
            starts = cand["period_start"].map(as_text)
            ok = [st == "" or abs((pd.Timestamp(st) - pd.Timestamp(p.since)).days) <= max_days for st in starts]
            cand = cand[pd.Series(ok, index=cand.index, dtype=bool)]
        if cand.empty:
            continue
        cand["gap"] = [abs(math.log(max(gap_ratio(a, b, p.value_low, p.value_high), 1e-12)))
                       if p.quantity != GOV_SHARE else abs(gap_points(a, b, p.value_low, p.value_high))
                       for a, b in zip(cand["value_low"], cand["value_high"])]
        cand["absdays"] = cand["days"].abs()
        best = cand.sort_values(["absdays", "gap", "claim_id"], kind="stable").iloc[0]
        ratio = gap_ratio(best["value_low"], best["value_high"], p.value_low, p.value_high)
        rows.append(dict(point_id=p.point_id, quantity=p.quantity, ref_date=p.date, ref_source=p.source,
                         ref_measure=p.measure, ref_low=p.value_low, ref_high=p.value_high, ref_qualifier=p.qualifier,
                         ref_party=bool(p.party_to_conflict), statement_id=best["statement_id"], date=best["date"],
                         days=int(best["days"]), source_label=best["source_label"], value_low=float(best["value_low"]),
                         value_high=float(best["value_high"]), qualifier=best["qualifier"],
                         party_to_conflict=bool(best["party_to_conflict"]), quote=best["quote"],
                         claim_id=best["claim_id"], n_reports=int(best["n_reports"]), ratio=float(ratio),
                         verdict=verdict(p.quantity, best["value_low"], best["value_high"], p.value_low, p.value_high)))
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def agreement_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Counts of verdicts per quantity (one row per quantity present, plus ``all``)."""
    cols = ["quantity", "pairs", *VERDICTS]
    if table.empty:
        return pd.DataFrame([dict(quantity="all", pairs=0, **{v: 0 for v in VERDICTS})], columns=cols)
    rows = []
    for q in [q for q in QUANTITIES if q in set(table["quantity"])] + ["all"]:
        t = table if q == "all" else table[table["quantity"] == q]
        rows.append(dict(quantity=q, pairs=int(len(t)), **{v: int((t["verdict"] == v).sum()) for v in VERDICTS}))
    return pd.DataFrame(rows, columns=cols)


# ---------------------------------------------------------------------------- neighbourhoods

TAKERS = {"government": "government", "rebels": "rebels", "sdf": "kurdish", "kurdish": "kurdish", "ypg": "kurdish"}


def canonical_neighbourhood(name: object, aliases: dict[str, str] | None = None) -> str | None:
    """The gazetteer name of a reference neighbourhood name (None when it has none)."""
    text = as_text(name)
    text = (aliases or {}).get(text, text)
    found = find_places(text)
    return found[0].neighbourhood.name if found else None


def _taker(value: object) -> str:
    first = re.split(r"[\s/(]", as_text(value).strip().lower())[0] if as_text(value).strip() else ""
    return TAKERS.get(first, first)


NEIGHBOURHOOD_COLUMNS = ["neighbourhood", "taker", "reference_date", "reference_source", "reference_extent",
                         "reference_dates", "corpus_date", "corpus_source", "event_id", "days"]


def reference_captures(changes: pd.DataFrame, aliases: pd.DataFrame | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Captures (and recaptures) of the reference, with ``neighbourhood`` canonicalised; and the
    reference names that match no gazetteer entry."""
    if changes is None or changes.empty:
        return pd.DataFrame(columns=["neighbourhood", "taker", "date", "source", "extent", "name"]), []
    alias = {} if aliases is None or aliases.empty else dict(zip(aliases["reference_name"], aliases["gazetteer_name"]))
    c = changes[changes["change"].isin(["captured", "recaptured"])].copy()
    c["name"] = c["neighbourhood"]
    c["neighbourhood"] = [canonical_neighbourhood(n, alias) for n in c["name"]]
    c["taker"] = c["taken_by"].map(_taker)
    unmatched = sorted(set(c.loc[c["neighbourhood"].isna(), "name"]))
    return c[c["neighbourhood"].notna()][["neighbourhood", "taker", "date", "source", "extent", "name"]], unmatched


def neighbourhood_dates(changes: pd.DataFrame, events: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rule ``neighbourhood dates``: one row per (neighbourhood, taker) captured in both the
    corpus and the reference, with both first dates and ``days`` = corpus - reference."""
    ref, _ = reference_captures(changes, aliases)
    if ref.empty or events is None or events.empty:
        return pd.DataFrame(columns=NEIGHBOURHOOD_COLUMNS)
    ev = events[(events["event"] == "captured") & (events["date"].map(as_text) != "")]
    if ev.empty:
        return pd.DataFrame(columns=NEIGHBOURHOOD_COLUMNS)
    first_ref = ref.sort_values(["date", "source"], kind="stable").drop_duplicates(["neighbourhood", "taker"])
    all_dates = ref.groupby(["neighbourhood", "taker"])["date"].agg(lambda d: ", ".join(sorted(set(d))))
    first_ref = first_ref.assign(reference_dates=[all_dates[(n, t)] for n, t in zip(first_ref["neighbourhood"],
                                                                                   first_ref["taker"])])
    first_ev = ev.sort_values(["date", "event_id"], kind="stable").drop_duplicates(["neighbourhood", "controller"])
    m = first_ev.merge(first_ref, left_on=["neighbourhood", "controller"], right_on=["neighbourhood", "taker"],
                       suffixes=("_corpus", "_ref"))
    if m.empty:
        return pd.DataFrame(columns=NEIGHBOURHOOD_COLUMNS)
    out = pd.DataFrame(dict(
        neighbourhood=m["neighbourhood"], taker=m["taker"], reference_date=m["date_ref"],
        reference_source=m["source_ref"], reference_extent=m["extent"], reference_dates=m["reference_dates"],
        corpus_date=m["date_corpus"],
        corpus_source=m["source_corpus"].map(source_label), event_id=m["event_id"],
        days=[int((pd.Timestamp(a) - pd.Timestamp(b)).days) for a, b in zip(m["date_corpus"], m["date_ref"])]))
    return out.sort_values(["reference_date", "neighbourhood"], kind="stable").reset_index(drop=True)[NEIGHBOURHOOD_COLUMNS]
