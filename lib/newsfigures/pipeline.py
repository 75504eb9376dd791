"""From a folder of article files to the three tables.

Every file goes through :func:`process_file`, a pure function of the file and its manifest
row, so the same code runs in one process, in a local process pool or on a Dask cluster and
gives the same rows; the tables are then sorted, so the output is byte-identical either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from . import reading as art
from .extract import extract_article
from .records import ArticleRow
from .statements import finish_tables
from .tables import FINISHED_TABLE_NAMES, TABLE_NAMES, articles_frame, claims_frame, control_frame, csv_text, read_table

Report = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


@dataclass(frozen=True)
class FileTask:
    path: str
    article_id: str
    rel: str
    manifest_row: dict | None
    year_hint: int | None
    max_bytes: int
    min_words: int = art.MIN_WORDS
    #: SHA-256 of the file's bytes when the run was planned (None: not read then): the results
    #: cache and the copies key the file by it, so a file the cache answers is not read again
    digest: bytes | None = None


@dataclass
class FileResult:
    article_id: str
    path: str
    article_row: dict | None = None
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        """What to tell the user about this file: why it was skipped, and its warnings."""
        return ([f"skipped {self.path}: {self.error}"] if self.error else []) + \
            [f"warning {self.path}: {w}" for w in self.warnings]


def article_row(a: art.Article, rel: str) -> dict:
    return ArticleRow(
        article_id=a.article_id, title=a.title, outlet=a.outlet, wire=a.wire,
        published=a.published.isoformat() if a.published else None,
        published_method=a.published_method, published_confidence=a.published_confidence,
        published_evidence=a.published_evidence, url=a.url, title_method=a.title_method,
        outlet_method=a.outlet_method, url_method=a.url_method, format=a.format,
        encoding=a.encoding, text_method=a.text_method, words=a.words, path=rel,
    ).row()


def process_file(task: FileTask, extract: bool = True, data: bytes | None = None) -> FileResult:
    """Read one file and (optionally) extract its figures. Never raises for bad input.

    ``data``: the file's bytes when the caller has read them already (the results cache keys
    an entry by the bytes it read, so those are the bytes extracted)."""
    result = FileResult(task.article_id, task.path)
    fmt = art.ARTICLE_SUFFIXES.get(Path(task.path).suffix.lower())
    try:
        if data is not None and fmt is not None and len(data) <= task.max_bytes:
            article = art.article_from_bytes(data, Path(task.path), task.article_id, fmt, task.manifest_row,
                                             task.year_hint, task.min_words)
        else:
            article = art.read_article(task.path, task.article_id, task.manifest_row, task.year_hint,
                                       task.max_bytes, task.min_words)
    except art.ArticleError as exc:
        result.error = exc.reason
        return result
    except Exception as exc:  # a bug must not stop the other articles; say what happened
        result.error = f"internal error while reading: {type(exc).__name__}: {exc}"
        return result
    result.article_row = article_row(article, task.rel)
    result.warnings.extend(article.notes)
    if article.published is None:
        result.warnings.append("no publication date given or inferable: figure dates left empty "
                               "(add it to manifest.csv)")
    if extract:
        try:
            figures = extract_article(article)
        except Exception as exc:
            result.warnings.append(f"figure extraction failed: {type(exc).__name__}: {exc}")
            return result
        result.claims = [c.row() for c in figures.claims]  # plain rows: cheap to ship between processes
        result.events = [e.row() for e in figures.events]
        if not result.claims:
            result.warnings.append("no figures found")
    return result


def plan_tasks(directory: Path | str, max_bytes: int = art.DEFAULT_MAX_BYTES,
               manifest: Path | str | None = None, min_words: int = art.MIN_WORDS,
               follow_symlinks: bool = False) -> tuple[list[FileTask], list[str]]:
    """The files to read (sorted) with their manifest rows, plus notices about skipped files
    (symbolic links out of ``directory`` among them, unless ``follow_symlinks``)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise art.ArticleError(directory, "not a directory (expected a folder of article files)")
    manifest_path = Path(manifest) if manifest else directory / art.MANIFEST_NAME
    manifest, notices = art.load_manifest(directory, manifest_path)
    files, skip_notices = art.find_article_files(directory, follow_symlinks)
    notices += skip_notices
    ids = art.article_ids(directory, files)
    year_hint, digests = art.scan_files(files, max_bytes)
    used: set[str] = set()
    tasks = []
    for p in files:
        rel = p.relative_to(directory).as_posix()
        key = rel if rel in manifest else p.name
        row = manifest.get(key)
        if row is not None:
            used.add(key)
        tasks.append(FileTask(str(p), ids[p], rel, row, year_hint, max_bytes, min_words, digests.get(p)))
    for name in sorted(set(manifest) - used):
        notices.append(f"{manifest_path}: row for {name!r} ignored: no such article file")
    return tasks, notices


@dataclass
class Corpus:
    results: list[FileResult]
    notices: list[str]

    @property
    def articles(self) -> list[FileResult]:
        return [r for r in self.results if r.article_row is not None]

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def articles_table(self) -> pd.DataFrame:
        return articles_frame(r.article_row for r in self.articles)

    @property
    def claims_table(self) -> pd.DataFrame:
        return claims_frame(c for r in self.articles for c in r.claims)

    @property
    def control_table(self) -> pd.DataFrame:
        return control_frame(e for r in self.articles for e in r.events)


class _NoBar:
    """What a run without a progress bar updates (so tqdm is not even imported)."""

    def __init__(self, iterable=None):
        self.iterable = iterable

    def __iter__(self):
        return iter(self.iterable)

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(progress: bool | None, iterable=None, **options):
    """A tqdm progress bar on standard error: with ``progress`` None only on a terminal (tqdm's
    ``disable=None``), never with False. tqdm (about 0.05 s to import) is imported only to show one."""
    import sys

    if progress is False or (progress is None and not sys.stderr.isatty()):
        return _NoBar(iterable)
    from tqdm import tqdm

    return tqdm(iterable, disable=(not progress) if progress is not None else None, **options)


def _run(tasks: list[FileTask], extract: bool, progress: bool | None) -> Iterable[FileResult]:
    for task in progress_bar(progress, tasks, desc="articles", unit="file", leave=False):
        yield process_file(task, extract)


def _report_result(r: FileResult, report: Report) -> None:
    for m in r.messages():
        report(m)


def read_corpus(directory: Path | str, max_bytes: int = art.DEFAULT_MAX_BYTES, progress: bool | None = None,
                report: Report = _quiet, extract: bool = False, manifest: Path | str | None = None,
                min_words: int = art.MIN_WORDS, follow_symlinks: bool = False) -> Corpus:
    """Read (and optionally extract) every article in memory: for the articles table and for
    notebooks. For large corpora use :func:`newsfigures.scale.extract_directory`, which streams."""
    tasks, notices = plan_tasks(directory, max_bytes, manifest, min_words, follow_symlinks)
    for n in notices:
        report(n)
    results = []
    for r in _run(tasks, extract, progress):
        if not extract:
            r.warnings = [w for w in r.warnings if not w.startswith("no figures")]
        _report_result(r, report)
        results.append(r)
    return Corpus(results, notices)


def load_tables(tables_dir: Path | str | None, articles_dir: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """The tables: ``articles``, ``claims``, ``control_events``, ``set_aside`` and
    ``statements``. Read from ``tables_dir`` when the first three are there (the other two are
    computed when missing: tables written before they existed), else extracted in memory from
    ``articles_dir`` (nothing is written)."""
    out = None
    if tables_dir is not None:
        paths = {name: Path(tables_dir) / f"{name}.csv" for name in TABLE_NAMES + FINISHED_TABLE_NAMES}
        if all(paths[name].exists() for name in TABLE_NAMES):
            out = {name: read_table(p) for name, p in paths.items() if p.exists()}
            if all(name in out for name in FINISHED_TABLE_NAMES) and "set_aside" in out["claims"]:
                return out
    if out is None:
        if articles_dir is None:
            raise FileNotFoundError(f"no tables in {tables_dir} and no articles_dir to extract them from")
        corpus = read_corpus(articles_dir, extract=True, progress=False)
        out = {"articles": corpus.articles_table, "claims": corpus.claims_table, "control_events": corpus.control_table}
        out = {name: _round_trip(df) for name, df in out.items()}
    finished = finish_tables(out["claims"], out["articles"])
    out.update(claims=_round_trip(finished.claims), set_aside=_round_trip(finished.set_aside),
               statements=_round_trip(finished.statements))
    return out


def _round_trip(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as :func:`read_table` gives it back from its CSV (so every path gives the same types)."""
    import io as _io

    buf = _io.StringIO(csv_text(df))
    return read_table(buf)
