"""The three output tables: columns, declared schemas (pandera), deterministic CSV output.

Rows are sorted and ids are content-derived, so the same articles always give byte-identical
tables. Files are written atomically (see :mod:`newsfigures.io`). The
columns are the fields of the records in :mod:`newsfigures.records`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd
import pandera.pandas as pa

from .io import write_text_atomic
from .records import ArticleRow, Claim, ControlEvent, columns, stable_id  # noqa: F401 (stable_id: re-exported)

ARTICLE_COLUMNS = columns(ArticleRow)
CLAIM_COLUMNS = columns(Claim)
CONTROL_COLUMNS = columns(ControlEvent)

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
    },
    checks=[pa.Check(lambda df: (df["value_low"] <= df["value_high"]), error="value_low <= value_high"),
            pa.Check(lambda df: (df["start"] < df["end"]), error="start < end")],
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


_NUMERIC = {"value_low", "value_high", "start", "end", "words", "party_to_conflict", "in_gazetteer"}


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
    df["party_to_conflict"] = df["party_to_conflict"].astype(object).where(df["party_to_conflict"].notna(), False).astype(bool)
    df = df.sort_values(["article_id", "start", "end", "claim_id"], kind="stable").reset_index(drop=True)
    return CLAIMS_SCHEMA.validate(df)


def control_frame(rows: Iterable[dict]) -> pd.DataFrame:
    df = _frame(rows, CONTROL_COLUMNS)
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    # False: a name the text presents as a district that neighbourhoods.csv lacks (kept as written)
    df["in_gazetteer"] = df["in_gazetteer"].astype(object).where(df["in_gazetteer"].notna(), True).astype(bool)
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


def read_table(path: Path | str) -> pd.DataFrame:
    """Read a table written by :func:`write_csv` with the right types."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for col in ("value_low", "value_high"):
        if col in df:
            df[col] = df[col].astype(float)
    for col in ("start", "end", "words"):
        if col in df:
            df[col] = df[col].astype(int)
    if "party_to_conflict" in df:
        df["party_to_conflict"] = df["party_to_conflict"].map({"True": True, "False": False}).fillna(False).astype(bool)
    if "in_gazetteer" in df:
        df["in_gazetteer"] = df["in_gazetteer"].map({"True": True, "False": False}).fillna(True).astype(bool)
    return df


TABLE_NAMES = ("articles", "claims", "control_events")
