"""The claims of a one-process run held in memory until the run finishes its tables, instead
of being written to ``claims.csv`` and read back (:func:`newsfigures.statements.finish_held`).

In one process the partitions arrive in order (:class:`newsfigures.scale.CsvTables`); each
partition's claims are kept as their typed cells (the sentences are the rows' own strings)
and as their CSV text up to ``statement_id``, which the finished table only completes with
``statement_id`` and ``set_aside``: the same bytes as writing the table and finishing it
from the file (:func:`newsfigures.statements.finish_directory`), without parsing 17,000
claims back and writing them again. A run of more than :data:`HELD_CLAIMS` claims writes
what it holds to the file and finishes from the file, in chunks, as Dask runs do: memory
stays bounded.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .rowcsv import csv_row_lines, csv_rows_text
from .tables import ARTICLE_COLUMNS, CLAIM_COLUMNS

#: Claims held at most (the chunk ``finish_directory`` reads at once).
HELD_CLAIMS = 100_000
#: ``claims.csv``'s columns up to ``statement_id``: what a partition's claims already know.
_KNOWN = CLAIM_COLUMNS.index("statement_id")
_TYPES = {"value_low": float, "value_high": float, "start": int, "end": int, "party_to_conflict": bool,
          "set_aside": bool}


class HeldClaims:
    """The claims of the partitions so far (:meth:`add`), up to ``limit``."""

    def __init__(self, limit: int | None = None):
        self.limit = HELD_CLAIMS if limit is None else limit
        self.cells: list[list] = []
        self.lines: list[str] = []
        self.articles: list[tuple] = []  # (article_id, published, outlet), as the checks and statements need

    def add(self, claims: list[list], articles: list[list]) -> bool:
        """Hold a partition's claims (:func:`newsfigures.rowcsv.table_rows`, whose float cells
        are then formatted in place) and its articles; False, holding nothing more, when the
        claims would pass the limit."""
        if len(self.cells) + len(claims) > self.limit:
            return False
        self.cells += [list(r) for r in claims]
        self.lines += csv_row_lines("claims", claims, _KNOWN)
        get = [ARTICLE_COLUMNS.index(c) for c in ("article_id", "published", "outlet")]
        self.articles += [tuple(r[i] for i in get) for r in articles]
        return True

    def csv_text(self) -> str:
        """What :meth:`add` holds as the unfinished ``claims.csv`` rows (no header)."""
        return csv_rows_text("claims", self.cells, header=False)

    def claims_frame(self) -> pd.DataFrame:
        """The claims as ``claims.csv`` reads back (:func:`newsfigures.tables.read_table`):
        numbers and flags typed, text cells as Python strings, an empty one missing."""
        return _frame(self.cells, CLAIM_COLUMNS)

    def articles_frame(self) -> pd.DataFrame:
        return _frame(self.articles, ["article_id", "published", "outlet"])


def _frame(rows: list, columns: list[str]) -> pd.DataFrame:
    data = {}
    for name, values in zip(columns, zip(*rows) if rows else [()] * len(columns)):
        dtype = _TYPES.get(name)
        if dtype is not None:
            data[name] = np.array(values, dtype=dtype)
            continue
        if "" in values:
            values = [None if v == "" else v for v in values]
        data[name] = pd.Series(np.array(values, dtype=object), dtype=object)
    return pd.DataFrame(data, columns=columns)
