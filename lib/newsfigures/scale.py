"""Extraction at archive scale: partitions of articles, processed in this process, on all
local cores (a Dask LocalCluster) or on an existing Dask cluster, with flat memory.

How it works:

1. The file list is sorted by article id and cut into partitions of ``partition_size`` files.
2. Each partition is one task (:func:`process_partition`): read and extract its files, and
   write its three tables as Parquet part files in a staging folder. Only a small summary
   (counts and messages) travels back to the driver.
3. At most ``2 x workers`` partitions are in flight, so memory does not grow with the corpus.
4. The driver streams the part files in partition order into the final CSV (and Parquet)
   tables. Partitions are in article-id order and rows are sorted within each partition, so
   the result is byte-identical to a single-process run, whatever the number of workers.
5. Each file task goes through the results cache (:mod:`newsfigures.cache`, under
   ``OUT/.cache`` unless told otherwise): a file whose bytes, manifest row and options are
   unchanged since the last run, under the same extractor, is not read again. After a complete
   run the entries no file used are forgotten.
5b. A file whose bytes and manifest row equal an earlier file's (the same wire copy in many
   papers) is read once and its result reused with its own ids (:mod:`newsfigures.copies`);
   ``dedup=False`` reads every file.
6. Once, on the combined tables: the plausibility checks and the statements
   (:func:`newsfigures.statements.finish_directory`): ``set_aside.csv``, ``statements.csv``
   and the claims' ``statement_id`` and ``set_aside`` columns.

Workers must see the article files and the output folder at the same paths (a shared
filesystem, or a cluster on one machine).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from . import reading as art
from .tables import (ARTICLE_COLUMNS, CLAIM_COLUMNS, CONTROL_COLUMNS, articles_frame, claims_frame,
                     control_frame, csv_text)
from .cache import ResultCache, cached_process_file, count_to_read, default_cache_dir
from .copies import Copies, copies_line, plan_copies
from .io import atomic_path
from .pipeline import FileTask, plan_tasks, progress_bar
from .rowcsv import csv_rows_text, table_rows
from .heldclaims import HeldClaims
from .statements import FinishSummary, finish_directory, finish_held

Report = Callable[[str], None]
TABLES = (("articles", ARTICLE_COLUMNS), ("claims", CLAIM_COLUMNS), ("control_events", CONTROL_COLUMNS))
DEFAULT_PARTITION = 256
MAX_MESSAGES = 200  # per-file messages printed in full; the rest are counted by reason


@dataclass(frozen=True)
class ExtractResult:
    n_articles: int
    n_skipped: int
    n_claims: int
    n_events: int
    out_dir: Path
    messages: tuple[str, ...]
    n_from_cache: int = 0            # file tasks answered by the results cache (not read again)
    n_set_aside: int = 0           # claims set aside by the plausibility checks (set_aside.csv)
    n_statements: int = 0
    set_aside_by_check: dict = field(default_factory=dict)
    n_copies: int = 0              # files that were byte-identical copies of earlier ones (read once)

    def checks_line(self) -> str:
        """One line on the plausibility checks and statements, for the log."""
        why = ", ".join(f"{name} {n}" for name, n in self.set_aside_by_check.items())
        return (f"{self.n_statements} statements; {self.n_set_aside} of {self.n_claims} claims set aside by the "
                f"plausibility checks" + (f" ({why}; see set_aside.csv)" if why else ""))


def extract_directory(directory: Path | str, out_dir: Path | str, max_bytes: int = art.DEFAULT_MAX_BYTES,
                      progress: bool | None = None, parquet: bool = False, workers: int | None = None,
                      scheduler: str | None = None, report: Report = lambda _msg: None,
                      manifest: Path | str | None = None, min_words: int = art.MIN_WORDS,
                      cache: bool = True, cache_dir: Path | str | None = None,
                      follow_symlinks: bool = False, dedup: bool = True) -> ExtractResult:
    """Write articles.csv, claims.csv and control_events.csv for ``directory`` into ``out_dir``.

    Always streamed in partitions (see the module docstring): in this process with
    ``workers=1``, on local cores or a Dask cluster otherwise; ``None`` chooses
    (:func:`choose_workers`). The tables are the same whichever runs, and the same with or
    without the results cache (``cache_dir``, default ``out_dir/.cache``; ``cache=False``
    neither reads nor writes it). ``follow_symlinks``: also read links that lead out of
    ``directory`` (see :func:`newsfigures.reading.find_article_files`). ``dedup``: read a file
    whose bytes and manifest row equal an earlier file's only once (:mod:`newsfigures.copies`)."""
    return extract_partitioned(directory, out_dir, max_bytes=max_bytes, progress=progress, parquet=parquet,
                               workers=workers, scheduler=scheduler, report=report, manifest=manifest,
                               min_words=min_words, cache=cache, cache_dir=cache_dir,
                               follow_symlinks=follow_symlinks, dedup=dedup)


@dataclass
class PartitionSummary:
    index: int
    n_articles: int = 0
    n_skipped: int = 0
    n_claims: int = 0
    n_events: int = 0
    messages: list[str] = field(default_factory=list)
    n_from_cache: int = 0
    n_copies: int = 0                # file tasks answered by an earlier copy's result (newsfigures.copies)
    n_damaged: int = 0               # damaged cache entries found (and replaced)
    entries: list[str] = field(default_factory=list)  # cache entries this partition used


def process_partition(index: int, tasks: list, parts_dir: str, extract: bool = True,
                      cache: ResultCache | None = None, copies: Copies | None = None,
                      sink: "CsvTables | None" = None) -> PartitionSummary:
    """Process one partition and write its tables to ``parts_dir`` (runs on a worker), or, in
    one process, append them to the final CSV tables (``sink``).
    ``copies``: the run's byte-identical files (:mod:`newsfigures.copies`), None to read each."""
    summary = PartitionSummary(index)
    articles, claims, events = [], [], []
    for task in tasks:
        r, entry, how = cached_process_file(task, cache, extract, copies)
        if entry is not None:
            summary.entries.append(entry)
        summary.n_from_cache += how == "cache"
        summary.n_damaged += how == "damaged"
        summary.n_copies += how == "copy"
        summary.n_skipped += bool(r.error)
        summary.messages += r.messages()
        if r.article_row is not None:
            articles.append(r.article_row)
            claims.extend(r.claims)
            events.extend(r.events)
    if sink is not None:
        sink.append(index, {"articles": articles, "claims": claims, "control_events": events})
    else:
        frames = {"articles": articles_frame(articles), "claims": claims_frame(claims),
                  "control_events": control_frame(events)}
        for name, df in frames.items():
            df.to_parquet(Path(parts_dir) / f"{name}-{index:06d}.parquet", index=False)
    summary.n_articles, summary.n_claims, summary.n_events = len(articles), len(claims), len(events)
    return summary


def partitions(tasks: list, size: int) -> list[list]:
    ordered = sorted(tasks, key=lambda t: t.article_id)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)] or [[]]


def _sequential(parts: list[list], parts_dir: str, extract: bool, cache: ResultCache | None,
                copies: Copies | None = None, sink: "CsvTables | None" = None) -> Iterator[PartitionSummary]:
    for i, part in enumerate(parts):
        yield process_partition(i, part, parts_dir, extract, cache, copies, sink)


class CsvTables:
    """The three CSV tables written partition by partition, in order, in one process (no part
    files to write and read back): temporary files beside the tables until :meth:`commit`
    puts them in place in one step each; :meth:`discard` removes them. With ``hold``, the
    claims are held in memory (:mod:`newsfigures.heldclaims`) until :meth:`finish`, unless
    there are too many."""

    def __init__(self, out_dir: Path, hold: bool = False):
        self.out_dir = out_dir
        self.held = HeldClaims() if hold else None
        self.paths: dict[str, tuple[Path, Path]] = {}
        self.files = {}
        for name, _columns in TABLES:
            target = out_dir / f"{name}.csv"
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".csv", dir=out_dir)
            self.paths[name] = (Path(tmp), target)
            self.files[name] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.next_index = 0

    def append(self, index: int, rows: dict[str, list[dict]]) -> None:
        """Partition ``index``'s rows of each table (sorted and written here: :mod:`newsfigures.rowcsv`)."""
        if index != self.next_index:
            raise ValueError(f"partition {index} arrived before partition {self.next_index}")
        cells = {name: table_rows(name, rows[name]) for name, _ in TABLES}  # every table checked first
        if self.held is not None and not self.held.add(cells["claims"], cells["articles"]):
            self._spill()
        for name, _ in TABLES:
            if name != "claims" or self.held is None:
                self.files[name].write(csv_rows_text(name, cells[name], header=(index == 0)))
            elif index == 0:
                self.files[name].write(csv_rows_text(name, [], header=True))
        self.next_index += 1

    def _spill(self) -> None:
        """Write the claims held so far to the file; the next are written as they come."""
        self.files["claims"].write(self.held.csv_text())
        self.held = None

    def _close(self) -> None:
        for fh in self.files.values():
            fh.close()

    def commit(self) -> None:
        if self.held is not None:
            self._spill()
        self._close()
        for tmp, target in self.paths.values():
            os.replace(tmp, target)

    def finish(self) -> FinishSummary:
        """Put the tables in place and finish them (:func:`newsfigures.statements.finish_directory`):
        from the claims held in memory when there are any, else from ``claims.csv``."""
        held = self.held
        if held is None or not held.cells:
            self.commit()
            return finish_directory(self.out_dir)
        self._close()
        claims_tmp = self.paths.pop("claims")[0]
        claims_tmp.unlink()  # (the header only)
        for tmp, target in self.paths.values():
            os.replace(tmp, target)
        return finish_held(self.out_dir, held.claims_frame(), held.lines, held.articles_frame())

    def discard(self) -> None:
        self._close()
        for tmp, _target in self.paths.values():
            tmp.unlink(missing_ok=True)


def _dask(parts: list[list], parts_dir: str, extract: bool, workers: int, scheduler: str | None,
          report: Report, cache: ResultCache | None = None, copies: Copies | None = None
          ) -> Iterator[PartitionSummary]:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
        report(f"using the Dask cluster at {scheduler} ({len(client.scheduler_info().get('workers', {}))} workers)")
    else:
        n = workers if workers > 0 else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
        report(f"using a local Dask cluster with {n} worker processes")
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = 2 * n_workers
        pending = iter(enumerate(parts))
        futures = as_completed()
        for _ in range(in_flight):
            nxt = next(pending, None)
            if nxt is None:
                break
            futures.add(client.submit(process_partition, nxt[0], nxt[1], parts_dir, extract, cache, copies,
                                      pure=False))
        for fut in futures:
            yield fut.result()
            fut.release()
            nxt = next(pending, None)
            if nxt is not None:
                futures.add(client.submit(process_partition, nxt[0], nxt[1], parts_dir, extract, cache, copies,
                                          pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


#: With ``workers=None`` (the default), corpora of at least this many files run on all local
#: cores (Dask); smaller ones in one process, where Dask's start-up (about 8 s and 400 MB for two
#: workers, measured) costs more than it saves (see README, "Speed and scale").
AUTO_DASK_MIN_FILES = 2000


def choose_workers(workers: int | None, n_files: int, scheduler: str | None = None,
                   n_to_read: int | None = None) -> tuple[int, str]:
    """The worker count to use (1 = this process, 0 = all local cores with Dask, N > 1 = N Dask
    workers) and a sentence saying where extraction runs. With ``n_to_read`` (the files the
    results cache cannot answer), the default choice counts only those."""
    import importlib.util

    todo = "" if n_to_read is None else f" ({n_to_read:,} to read anew)"
    if scheduler:
        return 0, f"extracting {n_files:,} files{todo} on the Dask cluster at {scheduler}"
    cores = os.cpu_count() or 1
    if workers is None:
        has_dask = importlib.util.find_spec("distributed") is not None
        n = n_files if n_to_read is None else n_to_read
        workers = 0 if n >= AUTO_DASK_MIN_FILES and cores > 1 and has_dask else 1
    if workers < 0:
        raise ValueError(f"--workers must be 0 (all cores) or more, got {workers}")
    if workers == 1:
        return 1, f"extracting {n_files:,} files{todo} in one process"
    n = cores if workers == 0 else workers
    return workers, f"extracting {n_files:,} files{todo} on {n} local Dask workers"


def extract_partitioned(directory: Path | str, out_dir: Path | str, max_bytes: int = art.DEFAULT_MAX_BYTES,
                        progress: bool | None = None, parquet: bool = False, workers: int | None = None,
                        scheduler: str | None = None, report: Report = print, manifest: Path | str | None = None,
                        partition_size: int = DEFAULT_PARTITION, min_words: int = art.MIN_WORDS,
                        cache: bool = True, cache_dir: Path | str | None = None, follow_symlinks: bool = False,
                        dedup: bool = True):
    """Extract ``directory`` into ``out_dir`` partition by partition; see the module docstring."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    results_cache = ResultCache(Path(cache_dir) if cache_dir else default_cache_dir(out_dir)) if cache else None
    tasks, notices = plan_tasks(directory, max_bytes, manifest, min_words, follow_symlinks)
    for n in notices:
        report(n)
    parts = partitions(tasks, partition_size)
    copies = plan_copies(tasks) if dedup else None
    n_to_read = None
    if results_cache is not None and workers is None and not scheduler and len(tasks) >= AUTO_DASK_MIN_FILES:
        # a rerun that reads a few files anew is not worth starting Dask for
        n_to_read = count_to_read(tasks, results_cache)
    workers, where = choose_workers(workers, len(tasks), scheduler, n_to_read)
    if workers == 1 and not scheduler:
        report(where)  # (Dask runs say where they run when their cluster is up)
    parts_dir = tempfile.mkdtemp(prefix=".parts-", dir=out_dir)
    totals = PartitionSummary(-1)
    # in one process the partitions come in order: their CSV rows go straight to the tables
    sink = CsvTables(out_dir, hold=True) if workers == 1 and not scheduler and not parquet else None
    try:
        if workers == 1 and not scheduler:
            stream = _sequential(parts, parts_dir, True, results_cache, copies, sink)
        else:
            stream = _dask(parts, parts_dir, True, workers, scheduler, report, results_cache, copies)
        bar = progress_bar(progress, total=len(tasks), desc="articles", unit="file", leave=False)
        done: dict[int, PartitionSummary] = {}
        for summary in stream:
            done[summary.index] = summary
            bar.update(len(parts[summary.index]))
        bar.close()
        shown = 0
        for i in sorted(done):
            s = done[i]
            for m in s.messages:
                if shown < MAX_MESSAGES:
                    report(m)
                shown += 1
            totals.n_articles += s.n_articles
            totals.n_skipped += s.n_skipped
            totals.n_claims += s.n_claims
            totals.n_events += s.n_events
            totals.messages += s.messages
            totals.n_from_cache += s.n_from_cache
            totals.n_damaged += s.n_damaged
            totals.n_copies += s.n_copies
            totals.entries += s.entries
        if shown > MAX_MESSAGES:
            kinds: dict[str, int] = {}
            for m in totals.messages[MAX_MESSAGES:]:
                key = m.split(": ", 1)[-1].split(":")[0]
                kinds[key] = kinds.get(key, 0) + 1
            report(f"... and {shown - MAX_MESSAGES} more messages: "
                   + "; ".join(f"{k} ({v})" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:8]))
        finished = None
        if totals.n_articles:
            # once, on the combined tables
            if sink is not None:
                finished, sink = sink.finish(), None
            else:
                combine_parts(parts_dir, len(parts), out_dir, parquet)
                finished = finish_directory(out_dir, parquet)
    finally:
        if sink is not None:
            sink.discard()
        shutil.rmtree(parts_dir, ignore_errors=True)
    if totals.n_copies:
        report(copies_line(totals.n_copies))
    if results_cache is not None:
        report(cache_line(len(tasks), totals.n_from_cache, totals.n_damaged, results_cache.root))
        results_cache.forget_all_but(set(totals.entries))  # deleted files, old versions, older extractors
    return ExtractResult(totals.n_articles, totals.n_skipped, totals.n_claims, totals.n_events, out_dir,
                         tuple(notices) + tuple(totals.messages), totals.n_from_cache,
                         n_set_aside=finished.n_set_aside if finished else 0,
                         n_statements=finished.n_statements if finished else 0,
                         set_aside_by_check=dict(finished.by_check) if finished else {},
                         n_copies=totals.n_copies)


def cache_line(n_files: int, n_from_cache: int, n_damaged: int, root: Path) -> str:
    """"read 6 of 2,040 articles anew (2,034 from the cache)"."""
    line = f"read {n_files - n_from_cache:,} of {n_files:,} articles anew ({n_from_cache:,} from the cache"
    if n_damaged:
        line += f"; {n_damaged:,} damaged cache entries read anew and replaced"
    return line + f", {root})"


def combine_parts(parts_dir: str | Path, n_parts: int, out_dir: Path, parquet: bool) -> None:
    """Stream the part files, in partition order, into the final tables (atomically)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts_dir = Path(parts_dir)
    for name, columns in TABLES:
        with contextlib.ExitStack() as stack:
            tmp_csv = stack.enter_context(atomic_path(out_dir / f"{name}.csv", suffix=".csv"))
            tmp_pq = stack.enter_context(atomic_path(out_dir / f"{name}.parquet", suffix=".parquet")) if parquet else None
            writer = None
            with open(tmp_csv, "w", encoding="utf-8", newline="") as fh:
                for i in range(n_parts):
                    df = pd.read_parquet(parts_dir / f"{name}-{i:06d}.parquet")
                    fh.write(csv_text(df[columns], header=(i == 0)))
                    if tmp_pq is not None and (len(df) or writer is None):
                        table = pa.Table.from_pandas(df[columns], preserve_index=False)
                        if writer is None:
                            writer = pq.ParquetWriter(tmp_pq, table.schema)
                        if len(df):
                            writer.write_table(table.cast(writer.schema))
            if writer is not None:
                writer.close()
