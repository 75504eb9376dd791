"""A partition's CSV rows straight from its rows, for the one-process path
(:class:`newsfigures.scale.CsvTables`): the same text as ``csv_text(articles_frame(rows))``,
``csv_text(claims_frame(rows))`` and ``csv_text(control_frame(rows))``, without a pandas
frame of every partition's claims (building and formatting those frames was a third of a
cached rerun).

What the frame functions do besides formatting, done here on plain rows:

* types: numbers and flags converted as they convert them (``value_low`` a float, written
  plainly: 31000, 33.33; ``start`` an int; a missing flag False, ``in_gazetteer`` True);
  text cells are written as they are (``None`` as an empty cell);
* order: sorted by the same columns (:data:`SORT_COLUMNS`), stably;
* schema checks: articles and control events are checked here, per partition, as before;
  claims are not, because :func:`newsfigures.statements.finish_directory` checks every claim
  of ``claims.csv`` against ``FINISHED_CLAIMS_SCHEMA``, which holds every check of
  ``CLAIMS_SCHEMA`` (uniqueness across a whole chunk of 100,000 claims rather than one
  partition), and raises the same :class:`~newsfigures.tables.SchemaError`.

The writer is the one ``DataFrame.to_csv`` uses (:mod:`csv`, minimal quoting, ``\\n``).
"""

from __future__ import annotations

import csv
import io
from operator import itemgetter
from typing import Callable, Iterable

import pandas as pd

from .tables import (ARTICLE_COLUMNS, ARTICLES_SCHEMA, CLAIM_COLUMNS, CONTROL_COLUMNS, CONTROL_SCHEMA, Schema,
                     _format_float)

#: the order of each table's rows (as :func:`newsfigures.tables.claims_frame` and its twins sort)
SORT_COLUMNS = {"articles": ["article_id"], "claims": ["article_id", "start", "end", "claim_id"],
                "control_events": ["article_id", "start", "neighbourhood", "event_id"]}
_COLUMNS = {"articles": ARTICLE_COLUMNS, "claims": CLAIM_COLUMNS, "control_events": CONTROL_COLUMNS}
_CHECKED: dict[str, Schema | None] = {"articles": ARTICLES_SCHEMA, "claims": None, "control_events": CONTROL_SCHEMA}


def _flag(missing: bool) -> Callable[[object], bool]:
    return lambda v: bool(v) if v is not None and v == v else missing


def _number(v: object) -> float:
    return float("nan") if v is None else float(v)  # type: ignore[arg-type]


_CONVERT: dict[str, Callable[[object], object]] = {
    "value_low": _number, "value_high": _number, "start": int, "end": int, "words": int,
    "party_to_conflict": _flag(False), "set_aside": _flag(False), "in_gazetteer": _flag(True)}
_FLOATS = ("value_low", "value_high")
_DTYPES = {"value_low": float, "value_high": float, "start": int, "end": int, "words": int,
           "party_to_conflict": bool, "set_aside": bool, "in_gazetteer": bool}  # of an empty table's columns


def _cells(rows: Iterable[dict], columns: list[str]) -> list[list]:
    """The rows as lists of cells in ``columns`` order, numbers and flags converted."""
    get = itemgetter(*columns)
    out = []
    for row in rows:
        try:
            out.append(list(get(row)))
        except KeyError:  # a row without some column: an empty cell, as in a frame
            out.append([row.get(c) for c in columns])
    for i, col in enumerate(columns):
        convert = _CONVERT.get(col)
        if convert is not None:
            for cells in out:
                cells[i] = convert(cells[i])
    return out


def table_rows(name: str, rows: Iterable[dict]) -> list[list]:
    """The cells of table ``name``'s rows, sorted and (articles, control events) schema-checked."""
    columns = _COLUMNS[name]
    cells = _cells(rows, columns)
    keys = [columns.index(c) for c in SORT_COLUMNS[name]]
    cells.sort(key=lambda r: tuple(r[k] for k in keys))
    schema = _CHECKED[name]
    if schema is not None:
        frame = pd.DataFrame(cells, columns=columns)
        schema.validate(frame.astype({c: _DTYPES[c] for c in columns if c in _DTYPES}) if not cells else frame)
    return cells


def _format_floats(columns: list[str], cells: list[list]) -> None:
    """The float cells as the tables write them (31000, 33.33; NaN empty), in place."""
    for col in _FLOATS:
        if col in columns:
            i = columns.index(col)
            text = {v: _format_float(v) for v in {r[i] for r in cells if r[i] == r[i]}}
            for r in cells:
                r[i] = text[r[i]] if r[i] == r[i] else ""


def csv_rows_text(name: str, cells: list[list], header: bool) -> str:
    """The CSV text of table ``name``'s ``cells`` (:func:`table_rows`), as :func:`~newsfigures.tables.csv_text`
    writes the frame."""
    columns = _COLUMNS[name]
    _format_floats(columns, cells)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(columns)
    writer.writerows(cells)
    return buf.getvalue()


class _Lines(list):
    write = list.append  # csv.writer writes each row in one call


def csv_row_lines(name: str, cells: list[list], n_columns: int) -> list[str]:
    """Each row's CSV text for its first ``n_columns`` cells, without the line end: what
    :func:`csv_rows_text` writes for those cells (the row goes on with "," and the rest)."""
    _format_floats(_COLUMNS[name][:n_columns], cells)
    lines = _Lines()
    csv.writer(lines, lineterminator="\n").writerows(r[:n_columns] for r in cells)
    return [line[:-1] for line in lines]
