"""The output tables: columns, declared schemas, deterministic CSV output.

Extraction writes ``articles.csv``, ``claims.csv`` and ``control_events.csv``; once the whole
corpus is extracted, :func:`newsfigures.statements.finish_tables` adds ``set_aside.csv`` (claims
that failed a plausibility check, with the check and the reason) and ``statements.csv`` (one row
per statement), and fills the claims' ``statement_id`` and ``set_aside`` columns.

Rows are sorted and ids are content-derived, so the same articles always give byte-identical
tables. Files are written atomically (see :mod:`newsfigures.io`). The
columns are the fields of the records in :mod:`newsfigures.records`.

Every table is checked against its declared :class:`Schema` before it is written: column
types, missing values, allowed values, patterns, uniqueness and checks across columns, with a
:class:`SchemaError` that names the table, the column and the failing values. (These few checks
are our own code: pandera, used before for the same checks, cost about 0.3 s of imports in every
process, a quarter of an ``extract`` run's start-up.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import pandas as pd

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


class SchemaError(ValueError):
    """A table that breaks its declared schema: which table, which column and check, and the
    values that fail it."""


@dataclass(frozen=True)
class Column:
    """What one column must hold. Checks on values skip missing cells (``nullable`` says
    whether there may be any)."""
    dtype: type                       # str, int, float or bool
    nullable: bool = False
    unique: bool = False
    required: bool = True
    isin: tuple[str, ...] | None = None
    matches: str | None = None        # a regex every value must match from its start
    min_value: float | None = None    # every value >= this
    min_length: int | None = None     # every text at least this long


@dataclass(frozen=True)
class Schema:
    """A table's columns (others may be present, in any order) and checks across columns:
    (what must hold, a function of the frame giving a boolean per row)."""
    name: str
    columns: dict[str, Column]
    checks: tuple[tuple[str, Callable[[pd.DataFrame], pd.Series]], ...] = ()

    def validate(self, df: pd.DataFrame) -> pd.DataFrame:
        """``df`` itself when it keeps the schema; else raise :class:`SchemaError`."""
        for name, col in self.columns.items():
            if name not in df.columns:
                if col.required:
                    raise SchemaError(f"{self.name}: column {name!r} is missing")
                continue
            _check_column(self.name, name, col, df[name])
        for what, check in self.checks:
            ok = check(df)
            if not bool(ok.all()):
                rows = [int(i) for i in df.index[~ok.to_numpy(dtype=bool)][:5]]
                raise SchemaError(f"{self.name}: check {what!r} fails on {int((~ok).sum())} row(s), "
                                  f"first at index {rows}")
        return df


def _failure(table: str, column: str, what: str, values: pd.Series) -> SchemaError:
    shown = ", ".join(repr(v) for v in list(dict.fromkeys(values.tolist()))[:5])
    return SchemaError(f"{table}: column {column!r} {what}: {len(values)} failing value(s): {shown}")


def _check_column(table: str, name: str, col: Column, values: pd.Series) -> None:
    dtype = values.dtype
    if col.dtype is str:
        ok_dtype = pd.api.types.is_string_dtype(dtype) or dtype == object
    elif col.dtype is bool:
        ok_dtype = pd.api.types.is_bool_dtype(dtype)
    elif col.dtype is int:
        ok_dtype = pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
    else:
        ok_dtype = pd.api.types.is_float_dtype(dtype)
    if not ok_dtype:
        raise SchemaError(f"{table}: column {name!r} should hold {col.dtype.__name__} values, its type is {dtype}")
    missing = values.isna()
    any_missing = bool(missing.any())
    if any_missing and not col.nullable:
        raise SchemaError(f"{table}: column {name!r} has {int(missing.sum())} missing value(s) "
                          f"(first at index {values.index[missing.to_numpy()][0]}) and may have none")
    present = values[~missing] if any_missing else values  # most columns have no gap: no copy
    if col.dtype is str and dtype == object and pd.api.types.infer_dtype(present, skipna=False) != "string":
        not_text = present[[not isinstance(v, str) for v in present]]
        if len(not_text):
            raise _failure(table, name, "should hold text", not_text)
    if col.unique and values.duplicated().any():
        raise _failure(table, name, "should hold unique values, has duplicates",
                       values[values.duplicated(keep=False)])
    if col.isin is not None:
        bad = present[~present.isin(col.isin)]
        if len(bad):
            raise _failure(table, name, f"should be one of {list(col.isin)}", bad)
    if col.matches is not None:
        bad = present[~present.str.match(col.matches).astype(bool)]
        if len(bad):
            raise _failure(table, name, f"should match {col.matches!r}", bad)
    if col.min_value is not None:
        bad = present[~(present >= col.min_value)]
        if len(bad):
            raise _failure(table, name, f"should be at least {col.min_value:g}", bad)
    if col.min_length is not None:
        bad = present[~(present.str.len() >= col.min_length)]
        if len(bad):
            raise _failure(table, name, f"should be at least {col.min_length} character(s) long", bad)


def _opt_date(name: str) -> Column:
    return Column(str, matches=_ISO, nullable=True)


_TEXT, _OPT_TEXT = Column(str), Column(str, nullable=True)

ARTICLES_SCHEMA = Schema("articles", {
    "article_id": Column(str, unique=True),
    "title": _OPT_TEXT,
    "outlet": _OPT_TEXT,
    "wire": Column(str, nullable=True, required=False),
    "published": _opt_date("published"),
    "published_method": Column(str, matches=r"^(given|inferred):|^none$"),
    "published_confidence": Column(str, isin=("given", "high", "medium", "low", "none")),
    "words": Column(int, min_value=0),
})

_CLAIM_COLUMNS_SCHEMA = {
    "claim_id": Column(str, unique=True),
    "article_id": _TEXT,
    "category": Column(str, isin=tuple(CATEGORIES)),
    "measure": _TEXT,
    "value_low": Column(float, min_value=0),
    "value_high": Column(float, min_value=0),
    "qualifier": Column(str, isin=tuple(QUALIFIERS)),
    "unit": _OPT_TEXT,
    "party": _OPT_TEXT,
    "source": _OPT_TEXT,
    "source_type": _OPT_TEXT,
    "party_to_conflict": Column(bool),
    "speaker": _OPT_TEXT,
    "date": _opt_date("date"),
    "period_start": _opt_date("period_start"),
    "period_end": _opt_date("period_end"),
    "tally": Column(str, isin=tuple(TALLIES), nullable=True),
    "scope": Column(str, isin=tuple(SCOPES), nullable=True),
    "quote": Column(str, min_length=1),
    "sentence": _TEXT,
    "start": Column(int, min_value=0),
    "end": Column(int, min_value=0),
    "statement_id": Column(str, nullable=True, required=False),
    "set_aside": Column(bool, required=False),
}
_CLAIM_CHECKS = (("value_low <= value_high", lambda df: df["value_low"] <= df["value_high"]),
                 ("start < end", lambda df: df["start"] < df["end"]))
CLAIMS_SCHEMA = Schema("claims", _CLAIM_COLUMNS_SCHEMA, _CLAIM_CHECKS)

#: ``claims.csv`` once finished: every claim kept; a claim set aside has no statement, every
#: other claim has one.
FINISHED_CLAIMS_SCHEMA = Schema(
    "claims", {**_CLAIM_COLUMNS_SCHEMA, "statement_id": Column(str, nullable=True), "set_aside": Column(bool)},
    _CLAIM_CHECKS + (("a statement for every claim not set aside",
                      lambda df: df["statement_id"].isna() == df["set_aside"]),))

SET_ASIDE_SCHEMA = Schema("set_aside", {
    "claim_id": Column(str, unique=True),
    "article_id": _TEXT,
    "check": Column(str, min_length=1),
    "reason": Column(str, min_length=1),
    "quote": _TEXT,
})

STATEMENTS_SCHEMA = Schema("statements", {
    "statement_id": Column(str, unique=True),
    "category": Column(str, isin=tuple(CATEGORIES)),
    "measure": _TEXT,
    "value_low": Column(float, min_value=0),
    "value_high": Column(float, min_value=0),
    "qualifier": Column(str, isin=tuple(QUALIFIERS)),
    "date": _opt_date("date"),
    "tally": Column(str, isin=("single_day", "cumulative"), nullable=True),
    "n_claims": Column(int, min_value=1),
    "n_articles": Column(int, min_value=1),
    "n_outlets": Column(int, min_value=1),
    "claim_ids": Column(str, min_length=1),
}, (("outlets <= articles <= claims",
     lambda df: (df["n_articles"] <= df["n_claims"]) & (df["n_outlets"] <= df["n_articles"])),))

CONTROL_SCHEMA = Schema("control_events", {
    "event_id": Column(str, unique=True),
    "article_id": _TEXT,
    "neighbourhood": _TEXT,
    "controller": Column(str, isin=("government", "rebels", "kurdish")),
    "event": Column(str, isin=("captured", "held")),
    "date": _opt_date("date"),
    "quote": _TEXT,
})


_NUMERIC = {"value_low", "value_high", "start", "end", "words", "party_to_conflict", "in_gazetteer", "set_aside",
            "n_claims", "n_articles", "n_outlets"}


def _frame(rows: Iterable[dict], columns: list[str]) -> pd.DataFrame:
    """A frame with the table's columns; text columns use pandas' string dtype (missing = NaN)."""
    df = pd.DataFrame(list(rows), columns=columns)
    text = {col: pd.array(df[col].to_numpy(dtype=object, na_value=None), dtype="str") for col in columns
            if col not in _NUMERIC}
    if text:
        df = df.assign(**text)
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
            values = out[col].to_numpy(dtype=float)
            # each distinct value formatted once (a table repeats few values)
            text = {v: _format_float(v) for v in set(values[~np.isnan(values)].tolist())}
            out[col] = [text[v] if v == v else "" for v in values.tolist()]
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
