"""The output tables: columns, declared schemas (pandera), deterministic CSV output.

Extraction writes ``articles.csv``, ``claims.csv`` and ``control_events.csv``; once the whole
corpus is extracted, :func:`newsfigures.statements.finish_tables` adds ``set_aside.csv`` (claims
that failed a plausibility check, with the check and the reason) and ``statements.csv`` (one row
per statement), and fills the claims' ``statement_id`` and ``set_aside`` columns.

Rows are sorted and ids are content-derived, so the same articles always give byte-identical
tables. Files are written atomically (see :mod:`newsfigures.io`). The
columns are the fields of the records in :mod:`newsfigures.records`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pandera.pandas as pa

from .io import write_text_atomic
from .records import ArticleRow, Claim, ControlEvent, Statement, columns, stable_id  # noqa: F401 (stable_id: re-exported)

ARTICLE_COLUMNS = columns(ArticleRow)
CLAIM_COLUMNS = columns(Claim)
CONTROL_COLUMNS = columns(ControlEvent)
#: ``set_aside.csv``: the claim's columns, the first check it failed and why (every check it failed).
SET_ASIDE_COLUMNS = CLAIM_COLUMNS + ["check", "reason"]
STATEMENT_COLUMNS = columns(Statement)

CATEGORIES = ["casualties", "displacement", "territory", "population", "other"]
QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "approximate", "range"]
TALLIES = ["single_day", "cumulative"]  # empty for figures that are no tally (shares, populations, things)
SCOPES = ["war"]  # empty: the events reported; "war": a toll or count of the whole war
_ISO = r"^\d{4}-\d{2}-\d{2}$"


def _opt_date(name: str) -> pa.Column:
    return pa.Column(str, pa.Check.str_matches(_ISO), nullable=True, name=name)


ARTICLES_SCHEMA = pa.DataFrameSchema(
    {
        "article_id": pa.Column(str, unique=True),
        "title": pa.Column(str, nullable=True),
        "outlet": pa.Column(str, nullable=True),
        "wire": pa.Column(str, nullable=True, required=False),
        "published": _opt_date("published"),
        "published_method": pa.Column(str, pa.Check.str_matches(r"^(given|inferred):|^none$")),
        "published_confidence": pa.Column(str, pa.Check.isin(["given", "high", "medium", "low", "none"])),
        "words": pa.Column(int, pa.Check.ge(0)),
    },
    strict=False, ordered=False,
)

CLAIMS_SCHEMA = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, unique=True),
        "article_id": pa.Column(str),
        "category": pa.Column(str, pa.Check.isin(CATEGORIES)),
        "measure": pa.Column(str),
        "value_low": pa.Column(float, pa.Check.ge(0)),
        "value_high": pa.Column(float, pa.Check.ge(0)),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
        "unit": pa.Column(str, nullable=True),
        "party": pa.Column(str, nullable=True),
        "source": pa.Column(str, nullable=True),
        "source_type": pa.Column(str, nullable=True),
        "party_to_conflict": pa.Column(bool),
        "speaker": pa.Column(str, nullable=True),
        "date": _opt_date("date"),
        "period_start": _opt_date("period_start"),
        "period_end": _opt_date("period_end"),
        "tally": pa.Column(str, pa.Check.isin(TALLIES), nullable=True),
        "scope": pa.Column(str, pa.Check.isin(SCOPES), nullable=True),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
        "sentence": pa.Column(str),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "statement_id": pa.Column(str, nullable=True, required=False),
        "set_aside": pa.Column(bool, required=False),
    },
    checks=[pa.Check(lambda df: (df["value_low"] <= df["value_high"]), error="value_low <= value_high"),
            pa.Check(lambda df: (df["start"] < df["end"]), error="start < end")],
    strict=False, ordered=False,
)

#: ``claims.csv`` once finished: every claim kept; a claim set aside has no statement, every
#: other claim has one.
FINISHED_CLAIMS_SCHEMA = pa.DataFrameSchema(
    {**CLAIMS_SCHEMA.columns, "statement_id": pa.Column(str, nullable=True), "set_aside": pa.Column(bool)},
    checks=list(CLAIMS_SCHEMA.checks) + [
        pa.Check(lambda df: df["statement_id"].isna() == df["set_aside"], error="a statement for every claim not set aside")],
    strict=False, ordered=False,
)

SET_ASIDE_SCHEMA = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, unique=True),
        "article_id": pa.Column(str),
        "check": pa.Column(str, pa.Check.str_length(min_value=1)),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "quote": pa.Column(str),
    },
    strict=False, ordered=False,
)

STATEMENTS_SCHEMA = pa.DataFrameSchema(
    {
        "statement_id": pa.Column(str, unique=True),
        "category": pa.Column(str, pa.Check.isin(CATEGORIES)),
        "measure": pa.Column(str),
        "value_low": pa.Column(float, pa.Check.ge(0)),
        "value_high": pa.Column(float, pa.Check.ge(0)),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
        "date": _opt_date("date"),
        "tally": pa.Column(str, pa.Check.isin(["single_day", "cumulative"]), nullable=True),
        "n_claims": pa.Column(int, pa.Check.ge(1)),
        "n_articles": pa.Column(int, pa.Check.ge(1)),
        "n_outlets": pa.Column(int, pa.Check.ge(1)),
        "claim_ids": pa.Column(str, pa.Check.str_length(min_value=1)),
    },
    checks=[pa.Check(lambda df: (df["n_articles"] <= df["n_claims"]) & (df["n_outlets"] <= df["n_articles"]),
                     error="outlets <= articles <= claims")],
    strict=False, ordered=False,
)

CONTROL_SCHEMA = pa.DataFrameSchema(
    {
        "event_id": pa.Column(str, unique=True),
        "article_id": pa.Column(str),
        "neighbourhood": pa.Column(str),
        "controller": pa.Column(str, pa.Check.isin(["government", "rebels", "kurdish"])),
        "event": pa.Column(str, pa.Check.isin(["captured", "held"])),
        "date": _opt_date("date"),
        "quote": pa.Column(str),
    },
    strict=False, ordered=False,
)


_NUMERIC = {"value_low", "value_high", "start", "end", "words", "party_to_conflict", "in_gazetteer", "set_aside",
            "n_claims", "n_articles", "n_outlets"}


def _frame(rows: Iterable[dict], columns: list[str]) -> pd.DataFrame:
    """A frame with the table's columns; text columns use pandas' string dtype (missing = NaN)."""
    df = pd.DataFrame(list(rows), columns=columns)
    for col in columns:
        if col not in _NUMERIC:
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype("str")
    return df


def articles_frame(rows: Iterable[dict]) -> pd.DataFrame:
    df = _frame(rows, ARTICLE_COLUMNS)
    df["words"] = df["words"].astype(int)
    df = df.sort_values("article_id", kind="stable").reset_index(drop=True)
    return ARTICLES_SCHEMA.validate(df)


def claims_frame(rows: Iterable[dict]) -> pd.DataFrame:
    df = _frame(rows, CLAIM_COLUMNS)
    df["value_low"] = df["value_low"].astype(float)
    df["value_high"] = df["value_high"].astype(float)
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    df["party_to_conflict"] = _bools(df["party_to_conflict"])
    df["set_aside"] = _bools(df["set_aside"])
    df = df.sort_values(["article_id", "start", "end", "claim_id"], kind="stable").reset_index(drop=True)
    return CLAIMS_SCHEMA.validate(df)


def _bools(values: pd.Series, missing: bool = False) -> pd.Series:
    """A boolean column; a missing value is ``missing``."""
    return pd.Series([bool(v) if v is not None and v == v else missing for v in values], index=values.index, dtype=bool)


def set_aside_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """``set_aside.csv``: the claims set aside with ``check`` and ``reason``, in claims order."""
    df = _frame(rows.reindex(columns=SET_ASIDE_COLUMNS).to_dict("records"), SET_ASIDE_COLUMNS)
    for col in ("value_low", "value_high"):
        df[col] = df[col].astype(float)
    for col in ("start", "end"):
        df[col] = df[col].astype(int)
    for col in ("party_to_conflict", "set_aside"):
        df[col] = _bools(df[col])
    df = df.sort_values(["article_id", "start", "end", "claim_id"], kind="stable").reset_index(drop=True)
    return SET_ASIDE_SCHEMA.validate(df)


def statements_frame(rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """``statements.csv``: one row per statement, by date (undated last), category, measure,
    source, value and id."""
    df = _frame(rows.to_dict("records") if isinstance(rows, pd.DataFrame) else rows, STATEMENT_COLUMNS)
    for col in ("value_low", "value_high"):
        df[col] = df[col].astype(float)
    for col in ("n_claims", "n_articles", "n_outlets"):
        df[col] = df[col].astype(int)
    df["party_to_conflict"] = df["party_to_conflict"].fillna(False).astype(bool)
    order = df.assign(_undated=df["date"].isna(), _date=df["date"].fillna(""), _source=df["source"].fillna(""))
    order = order.sort_values(["_undated", "_date", "category", "measure", "_source", "value_low", "value_high",
                               "statement_id"], kind="stable")
    return STATEMENTS_SCHEMA.validate(df.loc[order.index].reset_index(drop=True))


def control_frame(rows: Iterable[dict]) -> pd.DataFrame:
    df = _frame(rows, CONTROL_COLUMNS)
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    # False: a name the text presents as a district that neighbourhoods.csv lacks (kept as written)
    df["in_gazetteer"] = _bools(df["in_gazetteer"], missing=True)
    df = df.sort_values(["article_id", "start", "neighbourhood", "event_id"], kind="stable").reset_index(drop=True)
    return CONTROL_SCHEMA.validate(df)


def _format_float(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def csv_text(df: pd.DataFrame, header: bool = True) -> str:
    """The CSV text of ``df``: UTF-8, ``\\n`` line ends, plain numbers (31000, 33.33)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else _format_float(float(v)))
    return out.to_csv(index=False, header=header, lineterminator="\n")


def write_csv(df: pd.DataFrame, path: Path | str) -> None:
    """Write ``df`` as CSV (see :func:`csv_text`), atomically."""
    write_text_atomic(path, csv_text(df))


def read_table(path: Path | str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a table written by :func:`write_csv` with the right types (only ``columns``, if given)."""
    return _typed(pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], usecols=columns))


def read_table_chunks(path: Path | str, rows: int) -> Iterator[pd.DataFrame]:
    """:func:`read_table` in chunks of at most ``rows`` rows (at least one chunk, maybe empty)."""
    reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], chunksize=rows)
    empty = True
    for chunk in reader:
        empty = False
        yield _typed(chunk)
    if empty:
        yield read_table(path)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("value_low", "value_high"):
        if col in df:
            df[col] = df[col].astype(float)
    for col in ("start", "end", "words", "n_claims", "n_articles", "n_outlets"):
        if col in df:
            df[col] = df[col].astype(int)
    for col in ("party_to_conflict", "set_aside"):
        if col in df:
            df[col] = df[col].map({"True": True, "False": False}).fillna(False).astype(bool)
    if "in_gazetteer" in df:
        df["in_gazetteer"] = df["in_gazetteer"].map({"True": True, "False": False}).fillna(True).astype(bool)
    return df


#: The tables extraction writes (all three are needed to build a book).
TABLE_NAMES = ("articles", "claims", "control_events")
#: The tables written once the whole corpus is extracted (:func:`newsfigures.statements.finish_tables`).
FINISHED_TABLE_NAMES = ("set_aside", "statements")
