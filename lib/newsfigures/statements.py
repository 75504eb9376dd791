"""Statements, not reports; and the one step that finishes the tables once the whole corpus is
extracted.

A *statement* is a source giving one figure for one day: the same source (the organisation;
figures an article states on its own authority share one label), category, measure, unit,
group of people, value range, qualifier, date and stated period. Wire copies and rewrites
carry the same statement in several articles, so the book counts statements and says how many
articles (and outlets) carried each. ``statement_id`` is a hash of that key
(:func:`statement_ids`), so the same claims always give the same ids.

:func:`finish_tables` runs once on the combined tables (never per article or per partition):

1. the plausibility checks of :mod:`newsfigures.checks` decide which claims are set aside;
2. every claim not set aside gets its ``statement_id``; a claim set aside gets none;
3. ``statements.csv`` gets one row per statement of the claims not set aside, and
   ``set_aside.csv`` one row per claim set aside (the claim's columns, ``check``, ``reason``).

:func:`finish_directory` does the same on a tables folder in chunks, so memory does not grow with
the sentences of the corpus; the result is the same as :func:`finish_tables`'.

Headlines (rule ``carried_by_two``)
    A headline figure (the largest, the latest, the first) is chosen among the figures that at
    least :data:`HEADLINE_MIN_ARTICLES` (2) articles carry, so that one misread sentence cannot
    become a headline; a figure is the same value, qualifier and day, whoever gave it
    (:func:`carried`). When a more extreme figure rests on one article, or when no figure is
    carried by two, the headline says so (:func:`headline`).
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import checks, reconcile
from .checks import lookup
from .io import atomic_path, write_text_atomic
from .reconcile import is_blank, as_text, source_label
from .records import stable_id  # noqa: F401 (statement ids are stable_id("statement", *key), vectorised)
from .tables import (CLAIM_COLUMNS, FINISHED_CLAIMS_SCHEMA, SET_ASIDE_COLUMNS, STATEMENT_COLUMNS,
                     csv_text, read_table, read_table_chunks, set_aside_frame, statements_frame, write_csv)

#: What makes two claims the same statement (``source`` blank = the articles' own reporting).
STATEMENT_KEY = ["source", "category", "measure", "unit", "party", "value_low", "value_high", "qualifier", "date",
                 "period_start", "period_end"]
#: Rule ``carried_by_two``: a headline prefers figures carried by at least this many articles.
HEADLINE_MIN_ARTICLES = 2


def _value_text(values: pd.Series) -> pd.Series:
    """Values as claims.csv writes them, so both paths give one id."""
    whole = values == values.round()
    text = values.round(2).map("{:.2f}".format).str.rstrip("0").str.rstrip(".")
    return text.where(~whole, values.map(lambda v: str(int(v)) if v == v else "")).astype(str)


def _key_text(claims: pd.DataFrame, column: str) -> list[str]:
    """The text of ``column`` in a statement key, one per claim."""
    if column in ("value_low", "value_high"):
        values = claims[column].astype(float).tolist()
        # each distinct value formatted once (a table repeats few values); NaN apart, as a dict
        # key it is not found again
        numbers = sorted({v for v in values if v == v})
        text = dict(zip(numbers, _value_text(pd.Series(numbers, dtype=float)).tolist()))
        if len(text) < len(values) and any(v != v for v in values):
            missing = _value_text(pd.Series([float("nan")])).tolist()[0]
            return [text[v] if v == v else missing for v in values]
        return [text[v] for v in values]
    # as .astype(object).where(notna, "").astype(str), in one pass over the cells
    return [v if type(v) is str else ("" if v is None or pd.isna(v) else str(v)) for v in claims[column].tolist()]


def statement_ids(claims: pd.DataFrame) -> pd.Series:
    """The ``statement_id`` of every claim: a hash of :data:`STATEMENT_KEY`."""
    if claims.empty:
        return pd.Series([], index=claims.index, name="statement_id", dtype=object)
    parts = zip(*(_key_text(claims, c) for c in STATEMENT_KEY))  # joined in Python: no pandas
    joined = ("\x1f".join(("statement", *key)) for key in parts)  # concatenation per column
    return pd.Series([hashlib.sha1(k.encode("utf-8")).hexdigest()[:12] for k in joined], index=claims.index,
                     name="statement_id", dtype=object)


def _with_articles(claims: pd.DataFrame, articles: pd.DataFrame, id_column: str = "claim_id") -> pd.DataFrame:
    """``claims`` with ``_published``, ``_outlet`` and ``_outlet_key`` (an article with no
    known outlet is its own outlet), ordered first report first: earliest publication
    (undated last), article id, offset."""
    published, outlet = _article_days(articles), _article_outlets(articles)
    c = claims.copy()
    aid = c["article_id"].astype(str)
    c["_published"] = lookup(aid, published)
    c["_outlet"] = lookup(aid, outlet)
    c["_outlet_key"] = c["_outlet"].where(c["_outlet"] != "", "(article " + aid + ")")
    c["_undated"] = c["_published"] == ""
    sort = ["_undated", "_published", "article_id"] + (["start"] if "start" in c else []) + [id_column]
    return c.sort_values(sort, kind="stable").reset_index(drop=True)


class _Reports:
    """What the reports of one statement add up to (:func:`_per_statement`)."""
    __slots__ = ("party", "speakers", "n_claims", "articles", "outlets", "own", "days", "claims")

    def __init__(self):
        self.party, self.n_claims = False, 0
        self.speakers, self.articles, self.outlets, self.own = set(), set(), set(), set()
        self.days: list[str] = []
        self.claims: list[str] = []


def _per_statement(reports: pd.DataFrame, outlets: dict[str, str], published: dict[str, str]) -> dict[str, _Reports]:
    """Every statement's reports, added up in one pass of plain Python (a pandas group per
    column, and a sort of every claim id, cost ~60 ms on the benchmark's 16,000 claims)."""
    per: dict[str, _Reports] = {}
    columns = ("statement_id", "claim_id", "article_id", "party_to_conflict", "_speaker")
    for sid, cid, aid, party, speaker in zip(*(reports[c].tolist() for c in columns)):
        r = per.get(sid)
        if r is None:
            r = per[sid] = _Reports()
        r.party = r.party or bool(party)
        r.n_claims += 1
        r.claims.append(cid)
        r.speakers.add(speaker)
        r.articles.add(aid)
        outlet, day = outlets.get(aid, ""), published.get(aid, "")
        if outlet != "":
            r.outlets.add(outlet)
        else:
            r.own.add(aid)  # an article with no known outlet is its own outlet
        if day != "":
            r.days.append(day)
    return per


def _listed(values: set[str]) -> str | None:
    """The distinct non-empty values, sorted, ";"-joined (None if none)."""
    return ";".join(sorted(v for v in values if v != "")) or None


def _claim_ids(claims: list[str], first: str) -> str:
    """The first report's claim first, then the others sorted."""
    return ";".join(sorted(claims, key=lambda c: (c != first, c)))


_ORDER = ["_undated", "_published", "article_id", "start", "claim_id"]  # first report first


def _column_dict(articles: pd.DataFrame, column: str) -> dict[str, str]:
    values = articles[column].astype(object).where(articles[column].notna(), "").astype(str)
    return dict(zip(articles["article_id"].astype(str), values))


def _article_days(articles: pd.DataFrame) -> dict[str, str]:
    """article id -> publication day ("" when undated)."""
    return _column_dict(articles, "published")


def _article_outlets(articles: pd.DataFrame) -> dict[str, str]:
    """article id -> outlet ("" when unknown)."""
    return _column_dict(articles, "outlet")


def _in_report_order(rows: pd.DataFrame, published: dict[str, str]) -> pd.DataFrame:
    out = rows.copy()
    out["_published"] = lookup(out["article_id"].astype(str), published)
    out["_undated"] = out["_published"] == ""
    return out.sort_values(_ORDER, kind="stable")


def _reports(claims: pd.DataFrame) -> pd.DataFrame:
    """One thin row per report of a statement: ids, offset, party flag and speaker."""
    return pd.DataFrame({
        "statement_id": claims["statement_id"].astype(str).to_numpy(),
        "claim_id": claims["claim_id"].astype(str).to_numpy(),
        "article_id": claims["article_id"].astype(str).to_numpy(),
        "start": claims["start"].to_numpy(),
        "party_to_conflict": claims["party_to_conflict"].astype(bool).to_numpy(),
        "_speaker": (claims["speaker"].astype(object).where(claims["speaker"].notna(), "").astype(str).to_numpy()
                     if "speaker" in claims else ""),
    })


def _first_reports(claims: pd.DataFrame, published: dict[str, str]) -> pd.DataFrame:
    """The first report of each statement among ``claims`` (with its key columns, quote and
    tally): a candidate; the first among the candidates of all chunks is the statement's."""
    order = _in_report_order(claims[["statement_id", "article_id", "start", "claim_id"]], published)
    first = claims.loc[order.drop_duplicates("statement_id").index]  # (ordered without copying the sentences)
    tally = first["_tally"] if "_tally" in first else reconcile.claim_tally(first)
    return first[["statement_id", "claim_id", "article_id", "start"] + STATEMENT_KEY + ["quote"]].assign(
        _tally=tally.to_numpy())


def _assemble(reports: pd.DataFrame, firsts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``statements.csv`` from every report (:func:`_reports`) and the candidate first reports
    (:func:`_first_reports`)."""
    if reports.empty:
        return statements_frame([])
    published, outlets = _article_days(articles), _article_outlets(articles)
    first = _in_report_order(firsts, published).drop_duplicates("statement_id").set_index("statement_id")
    index = first.index
    per_statement = _per_statement(reports, outlets, published)
    per = [per_statement[sid] for sid in index.tolist()]
    out = pd.DataFrame({
        "statement_id": index,
        **{col: first[col].to_numpy() for col in STATEMENT_KEY},
        "tally": first["_tally"].replace("", None).to_numpy(),
        "party_to_conflict": [r.party for r in per],
        "speakers": [_listed(r.speakers) for r in per],
        "n_claims": [r.n_claims for r in per],
        "n_articles": [len(r.articles) for r in per],
        "n_outlets": [len(r.outlets) + len(r.own) for r in per],
        "outlets": [_listed(r.outlets) for r in per],
        "first_published": [min(r.days) if r.days else None for r in per],
        "quote": first["quote"].to_numpy(),
        "claim_ids": [_claim_ids(r.claims, cid) for r, cid in zip(per, first["claim_id"].tolist())],
        "article_ids": [_listed(r.articles) for r in per],
    })
    return statements_frame(out[STATEMENT_COLUMNS])


def statements_table(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``statements.csv`` from claims that have a ``statement_id`` (the claims not set aside)."""
    if claims.empty:
        return statements_frame([])
    return _assemble(_reports(claims), _first_reports(claims, _article_days(articles)), articles)


# ---------------------------------------------------------------------------- finishing the tables


class Finished(NamedTuple):
    claims: pd.DataFrame      # every claim, with statement_id and set_aside
    set_aside: pd.DataFrame   # the claims set aside, with check and reason
    statements: pd.DataFrame  # one row per statement of the claims not set aside


def _casualty_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims the cross checks compare (casualty counts), without their sentences."""
    c = claims[claims["category"] == "casualties"]
    return c.drop(columns=[col for col in ("sentence",) if col in c])


def _set_aside_reasons(failures: pd.DataFrame, casualties: pd.DataFrame, ctx: checks.Context) -> pd.DataFrame:
    """One row per claim set aside (``claim_id``, ``check``, ``reason``), from the per-claim
    failures and the cross checks among the casualty counts that passed them."""
    cross = checks.cross_failures(casualties, ctx, set(failures["claim_id"]))
    return checks.first_failures(pd.concat([failures, cross], ignore_index=True))


def _finish_chunk(chunk: pd.DataFrame, aside: set[str]) -> pd.DataFrame:
    """The chunk with ``set_aside`` and, for the claims kept, their ``statement_id``."""
    out = chunk.copy()
    out["set_aside"] = out["claim_id"].astype(str).isin(aside).to_numpy()
    ids = statement_ids(out)
    out["statement_id"] = ids.astype(object).where(~out["set_aside"], None)
    return out


def _set_aside_rows(claims: pd.DataFrame, reasons: pd.DataFrame) -> pd.DataFrame:
    return claims.merge(reasons, on="claim_id", how="inner")


def finish_tables(claims: pd.DataFrame, articles: pd.DataFrame) -> Finished:
    """Checks, statements and the set-aside list for the whole corpus (see the module doc)."""
    ctx = checks.context(articles)
    prepared = checks.tallied(claims)
    reasons = _set_aside_reasons(checks.claim_failures(prepared, ctx), _casualty_rows(prepared), ctx)
    done = _finish_chunk(prepared, set(reasons["claim_id"]))
    finished = FINISHED_CLAIMS_SCHEMA.validate(done[list(claims.columns) + [c for c in ("statement_id", "set_aside")
                                                                           if c not in claims]])
    statements = statements_table(done[~done["set_aside"]], articles)
    return Finished(finished, set_aside_frame(_set_aside_rows(finished, reasons)), statements)


@dataclass(frozen=True)
class FinishSummary:
    n_claims: int
    n_set_aside: int
    n_statements: int
    by_check: dict[str, int]


def finish_directory(out_dir: Path | str, parquet: bool = False, chunk_rows: int = 100_000) -> FinishSummary:
    """:func:`finish_tables` on the tables in ``out_dir``, reading ``claims.csv`` twice in chunks
    of ``chunk_rows``: first for the checks, then to rewrite it (with ``statement_id`` and
    ``set_aside``) while collecting one thin row per report for ``statements.csv``; also writes
    ``set_aside.csv`` (and the Parquet twins with ``parquet``), atomically. What is held
    across chunks: the casualty counts (for the cross checks), the failures, and per report a
    few ids; never the sentences."""
    out_dir = Path(out_dir)
    claims_csv = out_dir / "claims.csv"
    articles = read_table(out_dir / "articles.csv", columns=["article_id", "published", "outlet"])
    published = _article_days(articles)
    ctx = checks.context(articles)
    failures, casualties, read = [], [], []
    for chunk in read_table_chunks(claims_csv, chunk_rows):
        read = [chunk] if not read else [None]  # a table of one chunk is not read twice
        chunk = checks.tallied(chunk)
        failures.append(checks.claim_failures(chunk, ctx))
        casualties.append(_casualty_rows(chunk))
    reasons = _set_aside_reasons(pd.concat(failures, ignore_index=True), pd.concat(casualties, ignore_index=True), ctx)
    del failures, casualties
    aside = set(reasons["claim_id"])
    aside_parts, reports, firsts, n_claims = [], [], [], 0
    with contextlib.ExitStack() as stack:
        tmp_csv = stack.enter_context(atomic_path(claims_csv, suffix=".csv"))
        tmp_pq = stack.enter_context(atomic_path(out_dir / "claims.parquet", suffix=".parquet")) if parquet else None
        writer = None
        with open(tmp_csv, "w", encoding="utf-8", newline="") as fh:
            again = read if read and read[0] is not None else read_table_chunks(claims_csv, chunk_rows)
            del read
            for i, chunk in enumerate(again):
                done = FINISHED_CLAIMS_SCHEMA.validate(_finish_chunk(chunk, aside))[CLAIM_COLUMNS]
                n_claims += len(done)
                fh.write(csv_text(done, header=(i == 0)))
                aside_parts.append(_set_aside_rows(done[done["set_aside"]], reasons))
                kept = done[~done["set_aside"]]
                reports.append(_reports(kept))
                firsts.append(_first_reports(kept, published))
                if tmp_pq is not None:
                    writer = _write_parquet_part(writer, tmp_pq, done)
        if writer is not None:
            writer.close()
    return _finish_others(out_dir, parquet, n_claims, aside_parts, reports, firsts, articles)


def finish_held(out_dir: Path | str, claims: pd.DataFrame, lines: list[str], articles: pd.DataFrame) -> FinishSummary:
    """:func:`finish_directory` for the claims a one-process run holds in memory
    (:mod:`newsfigures.heldclaims`) instead of reading ``claims.csv`` back: ``claims`` as that
    table would read back, ``lines`` each claim's CSV text up to its ``statement_id``, in the
    table's order. Writes the same ``claims.csv`` (each line finished with its
    ``statement_id`` and ``set_aside``), ``set_aside.csv`` and ``statements.csv``."""
    out_dir = Path(out_dir)
    ctx = checks.context(articles)
    claims = checks.tallied(claims)
    reasons = _set_aside_reasons(checks.claim_failures(claims, ctx), _casualty_rows(claims), ctx)
    done = FINISHED_CLAIMS_SCHEMA.validate(_finish_chunk(claims, set(reasons["claim_id"])))[CLAIM_COLUMNS]
    ends = [",,True\n" if aside else f",{sid},False\n" for sid, aside in zip(done["statement_id"].tolist(),
                                                                          done["set_aside"].tolist())]
    write_text_atomic(out_dir / "claims.csv", ",".join(CLAIM_COLUMNS) + "\n" + "".join(map(str.__add__, lines, ends)))
    kept = done[~done["set_aside"]]
    return _finish_others(out_dir, False, len(done), [_set_aside_rows(done[done["set_aside"]], reasons)],
                          [_reports(kept)], [_first_reports(kept, _article_days(articles))], articles)


def _finish_others(out_dir: Path, parquet: bool, n_claims: int, aside_parts: list[pd.DataFrame],
                   reports: list[pd.DataFrame], firsts: list[pd.DataFrame], articles: pd.DataFrame) -> FinishSummary:
    """Write ``set_aside.csv`` and ``statements.csv`` from the finished claims' parts."""
    statements = _assemble(pd.concat(reports, ignore_index=True), pd.concat(firsts, ignore_index=True), articles)
    set_aside = set_aside_frame(pd.concat(aside_parts, ignore_index=True) if aside_parts
                                else pd.DataFrame(columns=SET_ASIDE_COLUMNS))
    write_csv(set_aside, out_dir / "set_aside.csv")
    write_csv(statements, out_dir / "statements.csv")
    if parquet:
        set_aside.to_parquet(out_dir / "set_aside.parquet", index=False)
        statements.to_parquet(out_dir / "statements.parquet", index=False)
    counts = set_aside["check"].value_counts()
    return FinishSummary(n_claims, int(len(set_aside)), int(len(statements)),
                         {c: int(counts[c]) for c in checks.CHECKS if c in counts})


def _write_parquet_part(writer, path, df: pd.DataFrame):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    if writer is None:
        writer = pq.ParquetWriter(path, table.schema)
    if len(df):
        writer.write_table(table.cast(writer.schema))
    return writer


# ---------------------------------------------------------------------------- headlines


def carried(rows: pd.DataFrame, keys: list[str], articles: pd.DataFrame, id_column: str = "claim_id") -> pd.DataFrame:
    """One row per distinct figure of ``rows`` (claims or control events not set aside): the
    ``keys`` (e.g. date, value_low, value_high, qualifier), whoever gave it. Each row is the
    first report's (earliest article) plus ``n_reports``, ``n_articles``, ``n_outlets``,
    ``n_sources`` (independent sources: distinct source labels), ``sources`` (their labels, in
    order of first report) and ``ids`` (every report's id, space-separated)."""
    cols = list(rows.columns) + ["n_reports", "n_articles", "n_outlets", "n_sources", "sources", "ids"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    r = _with_articles(rows, articles, id_column)
    r["source_label"] = r["source"].map(source_label)
    r["_key"] = list(zip(*[r[k].map(as_text) if r[k].dtype == object else r[k] for k in keys]))
    g = r.groupby("_key", sort=False)
    first = g.head(1).set_index("_key")
    first["n_reports"] = g.size()
    first["n_articles"] = g["article_id"].nunique()
    first["n_outlets"] = g["_outlet_key"].nunique()
    first["n_sources"] = g["source_label"].nunique()
    first["sources"] = g["source_label"].agg(lambda s: list(dict.fromkeys(s)))
    first["ids"] = g[id_column].agg(lambda s: " ".join(sorted(map(str, s))))
    out = first.reset_index(drop=True)
    return out.drop(columns=[c for c in out.columns if c.startswith("_")])


@dataclass(frozen=True)
class Headline:
    """A headline figure chosen by rule ``carried_by_two``: ``pick`` (the first figure in the
    order among those carried by at least two articles, else the first of all), ``top`` (the
    first of all), ``held`` (``pick`` is carried by two or more articles). Both are rows of
    :func:`carried`; ``None`` when there is no figure."""
    pick: pd.Series | None
    top: pd.Series | None
    held: bool

    @property
    def top_differs(self) -> bool:
        return self.pick is not None and self.top is not None and self.pick.name != self.top.name


def headline(rows: pd.DataFrame, keys: list[str], order: list[str], ascending: list[bool], articles: pd.DataFrame,
             id_column: str = "claim_id", min_articles: int = HEADLINE_MIN_ARTICLES) -> Headline:
    """Rule ``carried_by_two`` (see the module doc): the headline figure of ``rows`` in the
    ``order`` given (e.g. ``["value_high", "value_low", "date"]``, largest first), with ties
    broken by the number of articles (more first) and the ids."""
    figures = carried(rows[rows["date"].map(lambda d: not is_blank(d))], keys, articles, id_column)
    if figures.empty:
        return Headline(None, None, False)
    ranked = figures.sort_values(order + ["n_articles", "ids"], ascending=ascending + [False, True], kind="stable")
    top = ranked.iloc[0]
    held = ranked[ranked["n_articles"] >= min_articles]
    if held.empty:
        return Headline(top, top, False)
    return Headline(held.iloc[0], top, True)
