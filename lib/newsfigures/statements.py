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
from .io import atomic_path
from .reconcile import _blank, _text, source_label
from .records import stable_id  # noqa: F401 (statement ids are stable_id("statement", *key), vectorised)
from .tables import (CLAIM_COLUMNS, FINISHED_CLAIMS_SCHEMA, SET_ASIDE_COLUMNS, STATEMENT_COLUMNS,
                     csv_text, read_table, read_table_chunks, set_aside_frame, statements_frame, write_csv)

#: What makes two claims the same statement (``source`` blank = the articles' own reporting).
STATEMENT_KEY = ["source", "category", "measure", "unit", "party", "value_low", "value_high", "qualifier", "date",
                 "period_start", "period_end"]
#: Rule ``carried_by_two``: a headline prefers figures carried by at least this many articles.
HEADLINE_MIN_ARTICLES = 2


def _key_text(claims: pd.DataFrame, column: str) -> pd.Series:
    if column in ("value_low", "value_high"):  # as claims.csv writes them, so both paths give one id
        values = claims[column].astype(float)
        whole = values == values.round()
        text = values.round(2).map("{:.2f}".format).str.rstrip("0").str.rstrip(".")
        return text.where(~whole, values.map(lambda v: str(int(v)) if v == v else "")).astype(str)
    return claims[column].astype(object).where(claims[column].notna(), "").astype(str)


def statement_ids(claims: pd.DataFrame) -> pd.Series:
    """The ``statement_id`` of every claim: a hash of :data:`STATEMENT_KEY`."""
    if claims.empty:
        return pd.Series([], index=claims.index, name="statement_id", dtype=object)
    joined = pd.Series("statement", index=claims.index, dtype=str)
    for c in STATEMENT_KEY:
        joined = joined + "\x1f" + _key_text(claims, c)
    return pd.Series([hashlib.sha1(k.encode("utf-8")).hexdigest()[:12] for k in joined], index=claims.index,
                     name="statement_id", dtype=object)


def _article_info(articles: pd.DataFrame) -> pd.DataFrame:
    a = articles[["article_id", "published", "outlet"]].copy()
    a["_published"] = a["published"].map(_text)
    a["_outlet"] = a["outlet"].map(_text)
    return a[["article_id", "_published", "_outlet"]]


def _with_articles(claims: pd.DataFrame, articles: pd.DataFrame, id_column: str = "claim_id") -> pd.DataFrame:
    """``claims`` with ``_published``, ``_outlet`` and ``_outlet_key`` (an article with no
    known outlet is its own outlet), ordered first report first: earliest publication
    (undated last), article id, offset."""
    c = claims.merge(_article_info(articles), on="article_id", how="left")
    c["_published"] = c["_published"].fillna("")
    c["_outlet"] = c["_outlet"].fillna("")
    c["_outlet_key"] = [o if o else f"(article {a})" for o, a in zip(c["_outlet"], c["article_id"])]
    c["_undated"] = c["_published"] == ""
    sort = ["_undated", "_published", "article_id"] + (["start"] if "start" in c else []) + [id_column]
    return c.sort_values(sort, kind="stable").reset_index(drop=True)


def _joined(c: pd.DataFrame, column: str, index: pd.Index) -> pd.Series:
    """Per statement: the distinct non-empty values of ``column``, sorted, ";"-joined (None if none)."""
    v = c[["statement_id", column]].astype(str)
    v = v[v[column] != ""].drop_duplicates().sort_values(["statement_id", column], kind="stable")
    return v.groupby("statement_id", sort=False)[column].agg(";".join).reindex(index)


def statements_table(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``statements.csv`` from claims that have a ``statement_id`` (the claims not set aside)."""
    if claims.empty:
        return statements_frame([])
    c = _with_articles(claims, articles)
    c["_tally"] = c["_tally"] if "_tally" in c else reconcile.claim_tally(c)
    c["_speaker"] = (c["speaker"].astype(object).where(c["speaker"].notna(), "") if "speaker" in c else "")
    g = c.groupby("statement_id", sort=False)
    first = g.head(1).set_index("statement_id")
    index = first.index
    published = c.loc[c["_published"] != "", ["statement_id", "_published"]].groupby("statement_id")["_published"].min()
    rest = c[["statement_id", "claim_id"]].astype(str).assign(_first=lambda d: d["claim_id"].isin(set(first["claim_id"])))
    rest = rest.sort_values(["statement_id", "_first", "claim_id"], ascending=[True, False, True], kind="stable")
    out = pd.DataFrame({
        "statement_id": index,
        **{col: first[col].to_numpy() for col in STATEMENT_KEY},
        "tally": first["_tally"].replace("", None).to_numpy(),
        "party_to_conflict": g["party_to_conflict"].any().reindex(index).to_numpy(),
        "speakers": _joined(c, "_speaker", index).to_numpy(),
        "n_claims": g.size().reindex(index).to_numpy(),
        "n_articles": g["article_id"].nunique().reindex(index).to_numpy(),
        "n_outlets": g["_outlet_key"].nunique().reindex(index).to_numpy(),
        "outlets": _joined(c, "_outlet", index).to_numpy(),
        "first_published": published.reindex(index).to_numpy(),
        "quote": first["quote"].to_numpy(),
        "claim_ids": rest.groupby("statement_id", sort=False)["claim_id"].agg(";".join).reindex(index).to_numpy(),
        "article_ids": _joined(c, "article_id", index).to_numpy(),
    })
    return statements_frame(out[STATEMENT_COLUMNS])


# ---------------------------------------------------------------------------- finishing the tables


class Finished(NamedTuple):
    claims: pd.DataFrame      # every claim, with statement_id and set_aside
    set_aside: pd.DataFrame   # the claims set aside, with check and reason
    statements: pd.DataFrame  # one row per statement of the claims not set aside


#: The claim columns the steps after the per-claim checks need (no sentence: it is the bulk).
_SLIM = ["claim_id", "article_id", "category", "measure", "value_low", "value_high", "qualifier", "unit", "party",
         "source", "party_to_conflict", "date", "period_start", "period_end", "quote", "start"]


def _slim(chunk: pd.DataFrame) -> pd.DataFrame:
    """The columns the later steps need, with the tally computed (its fallback rule reads the
    sentence, which is left out)."""
    return checks.tallied(chunk)[_SLIM + [c for c in ("speaker",) if c in chunk] + ["_tally", "_firm"]].copy()


def _conclude(slim: pd.DataFrame, failures: pd.DataFrame, articles: pd.DataFrame,
              ctx: checks.Context) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    """From the slim claims and their per-claim failures: the set-aside reasons (one row per
    claim), the statement id of every claim (None when set aside, indexed by claim id) and the
    statements table."""
    cross = checks.cross_failures(slim, ctx, set(failures["claim_id"]))
    reasons = checks.first_failures(pd.concat([failures, cross], ignore_index=True))
    aside = slim["claim_id"].isin(set(reasons["claim_id"]))
    ids = statement_ids(slim).where(~aside, None)
    kept = slim.loc[~aside].assign(statement_id=ids[~aside])
    return reasons, pd.Series(ids.to_numpy(), index=slim["claim_id"].to_numpy(), dtype=object), \
        statements_table(kept, articles)


def _finish_chunk(chunk: pd.DataFrame, ids: pd.Series) -> pd.DataFrame:
    out = chunk.copy()
    out["statement_id"] = chunk["claim_id"].map(ids).astype(object).where(lambda s: s.notna(), None)
    out["set_aside"] = out["statement_id"].isna()
    return out


def _set_aside_rows(claims: pd.DataFrame, reasons: pd.DataFrame) -> pd.DataFrame:
    return claims.merge(reasons, on="claim_id", how="inner")


def finish_tables(claims: pd.DataFrame, articles: pd.DataFrame) -> Finished:
    """Checks, statements and the set-aside list for the whole corpus (see the module doc)."""
    ctx = checks.context(articles)
    prepared = checks.tallied(claims)
    reasons, ids, statements = _conclude(_slim(prepared), checks.claim_failures(prepared, ctx), articles, ctx)
    finished = FINISHED_CLAIMS_SCHEMA.validate(_finish_chunk(claims, ids))
    return Finished(finished, set_aside_frame(_set_aside_rows(finished, reasons)), statements)


@dataclass(frozen=True)
class FinishSummary:
    n_claims: int
    n_set_aside: int
    n_statements: int
    by_check: dict[str, int]


def finish_directory(out_dir: Path | str, parquet: bool = False, chunk_rows: int = 100_000) -> FinishSummary:
    """:func:`finish_tables` on the tables in ``out_dir``, reading ``claims.csv`` in chunks of
    ``chunk_rows``: rewrites ``claims.csv`` (with ``statement_id`` and ``set_aside``) and writes
    ``set_aside.csv`` and ``statements.csv`` (and their Parquet twins with ``parquet``),
    atomically."""
    out_dir = Path(out_dir)
    claims_csv = out_dir / "claims.csv"
    articles = read_table(out_dir / "articles.csv")
    ctx = checks.context(articles)
    failures, slims = [], []
    for chunk in read_table_chunks(claims_csv, chunk_rows):
        chunk = checks.tallied(chunk)
        failures.append(checks.claim_failures(chunk, ctx))
        slims.append(_slim(chunk))
    reasons, ids, statements = _conclude(pd.concat(slims, ignore_index=True), pd.concat(failures, ignore_index=True),
                                         articles, ctx)
    del slims
    aside_parts = []
    with contextlib.ExitStack() as stack:
        tmp_csv = stack.enter_context(atomic_path(claims_csv, suffix=".csv"))
        tmp_pq = stack.enter_context(atomic_path(out_dir / "claims.parquet", suffix=".parquet")) if parquet else None
        writer = None
        with open(tmp_csv, "w", encoding="utf-8", newline="") as fh:
            for i, chunk in enumerate(read_table_chunks(claims_csv, chunk_rows)):
                done = FINISHED_CLAIMS_SCHEMA.validate(_finish_chunk(chunk, ids))[CLAIM_COLUMNS]
                fh.write(csv_text(done, header=(i == 0)))
                aside_parts.append(_set_aside_rows(done[done["set_aside"]], reasons))
                if tmp_pq is not None:
                    writer = _write_parquet_part(writer, tmp_pq, done)
        if writer is not None:
            writer.close()
    set_aside = set_aside_frame(pd.concat(aside_parts, ignore_index=True) if aside_parts
                                else pd.DataFrame(columns=SET_ASIDE_COLUMNS))
    write_csv(set_aside, out_dir / "set_aside.csv")
    write_csv(statements, out_dir / "statements.csv")
    if parquet:
        set_aside.to_parquet(out_dir / "set_aside.parquet", index=False)
        statements.to_parquet(out_dir / "statements.parquet", index=False)
    counts = set_aside["check"].value_counts()
    return FinishSummary(int(len(ids)), int(len(set_aside)), int(len(statements)),
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
    r["_key"] = list(zip(*[r[k].map(_text) if r[k].dtype == object else r[k] for k in keys]))
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
    figures = carried(rows[rows["date"].map(lambda d: not _blank(d))], keys, articles, id_column)
    if figures.empty:
        return Headline(None, None, False)
    ranked = figures.sort_values(order + ["n_articles", "ids"], ascending=ascending + [False, True], kind="stable")
    top = ranked.iloc[0]
    held = ranked[ranked["n_articles"] >= min_articles]
    if held.empty:
        return Headline(top, top, False)
    return Headline(held.iloc[0], top, True)
