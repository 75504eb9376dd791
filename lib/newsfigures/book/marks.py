"""Marks: a chart draws at most :data:`MAX_MARKS` marks. Identical figures share one mark; past
the limit each source's figures are binned by day, week, month, quarter or year into one
low-high mark. The ``*_problems`` functions check that marks and rows agree."""

from __future__ import annotations

import pandas as pd

from ..reconcile import is_present, as_text, source_label
from .style import QUALIFIER_WORDS, claim_hover, escape, format_number


def _dated(df: pd.DataFrame, column: str = "date") -> pd.DataFrame:
    """Rows with a date (works on empty frames too)."""
    return df.loc[is_present(df[column])].copy()


def _prepare(points: pd.DataFrame) -> pd.DataFrame:
    p = _dated(points)
    p["source_label"] = p["source"].map(source_label)
    if "converted" not in p:
        p["converted"] = False
    p["converted"] = p["converted"].fillna(False).astype(bool)
    p["party_to_conflict"] = p["party_to_conflict"].fillna(False).astype(bool)
    p["has_period"] = is_present(p["period_start"]) & is_present(p["period_end"])
    p["is_range"] = p["value_low"] < p["value_high"]
    return p


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
    ts = pd.to_datetime(dates.map(as_text), format="%Y-%m-%d")
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
            q["_bin_start"] = q["_bin_end"] = q[date_column].map(as_text)
            keys = figure_keys
        else:
            q["_bin_start"], q["_bin_end"] = bin_bounds(q[date_column], lvl)
            keys = group_keys + ["_bin_start"]
        key_frame = pd.DataFrame({k: q[k].map(as_text) if q[k].dtype == object else q[k] for k in keys})
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
        lambda s: ", ".join(f"{QUALIFIER_WORDS.get(k, k)} {v}" for k, v in sorted(s.map(as_text).value_counts().items())))
    if lvl != "figure":
        marks["value_low"] = g["value_low"].min()
        marks["value_high"] = g["value_high"].max()
        uniq = g["qualifier"].agg(lambda s: s.map(as_text).nunique())
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
    day = j["date"].map(as_text)
    bad = (day < j["bin_start"]) | (day > j["bin_end"])
    for col in same:
        bad |= j[col].map(as_text) != j[f"{col}_mark"].map(as_text)
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
    if as_text(get("level")) in ("", "figure"):
        text = claim_hover(r, level == "full", note, level == "compact")
        if n > 1:
            ids = as_text(get("claim_ids")).split()
            shown = [i for i in ids if i != as_text(get("claim_id"))][:2]
            more = f" and {n - 1 - len(shown):,} more" if n - 1 > len(shown) else ""
            k = int(get("n_articles"))
            text += (f"<br>one statement, carried by {k:,} article{'s' if k != 1 else ''} ({n:,} mentions;"
                     f" also claim {', '.join(escape(i) for i in shown)}{more})")
        return text
    party = " (party to the conflict)" if bool(get("party_to_conflict", False)) else ""
    lines = [f"<b>{n:,} figures</b> from {escape(format_number(get('value_low')))} to "
             f"{escape(format_number(get('value_high')))}" + (f" {escape(as_text(get('unit')))}" if as_text(get("unit")) else ""),
             f"source: {escape(source_label(get('source')))}{party}",
             f"{escape(as_text(get('level')))} {escape(as_text(get('bin_start')))} to {escape(as_text(get('bin_end')))}"
             f" · {int(get('n_articles')):,} articles"]
    if level != "compact":
        lines.append(f"qualifiers: {escape(as_text(get('qualifiers')))}")
        lines.append(f"first: “{escape(as_text(get('quote')))}”")
    lines.append(f"claim {escape(as_text(get('claim_id')))} · article {escape(as_text(get('article_id')))}"
                 " · the claims explorer has every figure")
    return "<br>".join(lines)
