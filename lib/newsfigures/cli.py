"""Command line: ``newsfigures articles | extract | evaluate | book``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__


#: the default shortest article, in words (the same number as newsfigures.reading.MIN_WORDS; kept
#: here so that ``--help`` does not import the reading stage)
MIN_WORDS = 40


def _non_negative(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expects a whole number of 0 or more, got {text!r}")
    return n


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cmd_articles(args: argparse.Namespace) -> int:
    from .pipeline import read_corpus
    from .tables import write_csv

    corpus = read_corpus(args.directory, max_bytes=args.max_bytes, progress=args.progress, report=_say,
                         manifest=args.manifest, min_words=args.min_words, follow_symlinks=args.follow_symlinks)
    write_csv(corpus.articles_table, args.out)
    _say(f"newsfigures articles: {len(corpus.articles)} read, {len(corpus.errors)} skipped -> {args.out}")
    return 0 if corpus.articles else 1


def _one_blas_thread() -> None:
    """Extraction does no linear algebra: starting OpenBLAS's thread pool when numpy is imported
    (by pandas) costs about 0.07 s of CPU and gives nothing. An explicit setting is kept."""
    import os

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def cmd_extract(args: argparse.Namespace) -> int:
    import gc

    _one_blas_thread()
    from .scale import extract_directory

    # what the imports made (pandas, numpy, our modules) lives as long as the process: the
    # garbage collector's full passes need not walk it again (about half their cost, 0.05 s a run)
    gc.freeze()

    t0 = time.perf_counter()
    result = extract_directory(args.directory, args.out_dir, max_bytes=args.max_bytes, progress=args.progress,
                               parquet=args.parquet, workers=args.workers, scheduler=args.scheduler,
                               report=_say, manifest=args.manifest, min_words=args.min_words,
                               cache=args.cache, cache_dir=args.cache_dir, follow_symlinks=args.follow_symlinks,
                               dedup=args.dedup)
    _say(f"newsfigures extract: {result.n_articles} articles read, {result.n_skipped} skipped, "
         f"{result.n_claims} claims, {result.n_events} control events in {time.perf_counter() - t0:.1f}s -> {args.out_dir}")
    if result.n_articles:
        _say(result.checks_line())
    if result.n_articles == 0:
        _say("error: no article could be read")
        return 1
    if args.strict and result.n_skipped:
        return 3
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_paths, format_report

    if args.predicted.is_file():  # an articles table from `newsfigures articles --out X.csv`
        from .evaluate import read_metadata, score_metadata
        from .tables import read_table

        metadata = [args.gold / "manifest.csv" if args.gold.is_dir() else args.gold] + list(args.metadata or [])
        meta = score_metadata(read_table(args.predicted), read_metadata(metadata))
        print(meta.table.to_string(index=False))
        print(meta.line())
        return 0
    for label, folder in (("predicted", args.predicted), ("gold", args.gold)):
        if not (Path(folder) / "claims.csv").is_file():
            _say(f"error: {label} folder {folder} has no claims.csv (expected the tables written by "
                 "`newsfigures extract`, or a gold set such as data/gold)")
            return 2
    report = evaluate_paths(args.predicted, args.gold)
    print(format_report(report))
    if args.out:
        from .tables import write_csv

        write_csv(report.table, args.out)
    metadata = list(args.metadata or [])
    if not metadata and (args.gold / "manifest.csv").exists():
        metadata = [args.gold / "manifest.csv"]
    if metadata and (args.predicted / "articles.csv").exists():
        from .evaluate import read_metadata, score_metadata
        from .tables import read_table

        meta = score_metadata(read_table(args.predicted / "articles.csv"), read_metadata(metadata))
        print(meta.line())
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from .book.build import BookError, build_book

    params = {}
    for item in args.param or []:
        if "=" not in item:
            _say(f"error: -p expects NAME=VALUE, got {item!r}")
            return 2
        k, v = item.split("=", 1)
        params[k] = v
    try:
        summary = build_book(args.directory, args.out_dir, title=args.title, subject=args.subject, parameters=params,
                             max_bytes=args.max_bytes, progress=args.progress,
                             report=_say, project_dir=args.project, tables_dir=args.tables_dir,
                             manifest=args.manifest, workers=args.workers, scheduler=args.scheduler,
                             min_words=args.min_words, cache=args.cache, cache_dir=args.cache_dir,
                             follow_symlinks=args.follow_symlinks, dedup=args.dedup)
    except BookError as exc:
        _say(f"error: {exc}")
        return 1
    _say(summary.line())
    if summary.n_articles == 0:
        return 1
    if args.strict and summary.n_skipped:
        return 3
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsfigures", description=__doc__)
    p.add_argument("--version", action="version", version=f"newsfigures {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def workers(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            n = -1
        if n < 0:
            raise argparse.ArgumentTypeError(f"expects 0 (all local cores) or a positive number, got {text!r}")
        return n

    def scale_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--workers", type=workers, default=None,
                        help="extraction processes: 1 = this process, 0 = all local cores, N = N Dask workers "
                             "(default: all cores for 2,000 files or more, one process below)")
        sp.add_argument("--scheduler", default=None,
                        help="address of a running Dask scheduler (tcp://host:8786) to extract on")
        sp.add_argument("--cache-dir", type=Path, default=None,
                        help="keep per-article results here, so a rerun reads only new and changed files "
                             "(default: OUT/.cache for extract, TABLES/.cache or a folder beside OUT for book)")
        sp.add_argument("--no-cache", dest="cache", action="store_false",
                        help="read every file anew; neither read nor write the results cache")
        sp.add_argument("--no-dedup", dest="dedup", action="store_false",
                        help="extract every file, also byte-identical copies of an earlier file (same bytes and "
                             "manifest row); by default such a copy is read once and its result reused")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--manifest", type=Path, default=None,
                        help="metadata CSV (file,title,outlet,published,url); default: DIR/manifest.csv if present")
        sp.add_argument("--max-bytes", type=int, default=5_000_000,
                        help="skip article files larger than this (default 5 MB)")
        sp.add_argument("--min-words", type=_non_negative, default=MIN_WORDS, metavar="N",
                        help=f"skip texts with fewer than N words of running text after removing page "
                             f"furniture (default {MIN_WORDS}; lower it for short items such as briefs or posts)")
        sp.add_argument("--follow-symlinks", action="store_true",
                        help="also read symbolic links that lead out of DIR (default: reported and skipped)")
        g = sp.add_mutually_exclusive_group()
        g.add_argument("--progress", dest="progress", action="store_true", default=None,
                       help="always show progress bars (default: only on a terminal)")
        g.add_argument("--no-progress", dest="progress", action="store_false")

    a = sub.add_parser("articles", help="read article files and write one row per article")
    a.add_argument("directory", type=Path)
    a.add_argument("--out", type=Path, required=True, help="CSV file to write")
    common(a)
    a.set_defaults(func=cmd_articles)

    e = sub.add_parser("extract", help="write articles.csv, claims.csv and control_events.csv")
    e.add_argument("directory", type=Path)
    e.add_argument("--out-dir", type=Path, required=True)
    e.add_argument("--parquet", action="store_true", help="also write Parquet files")
    scale_options(e)
    e.add_argument("--strict", action="store_true", help="exit non-zero (3) when any file was skipped")
    common(e)
    e.set_defaults(func=cmd_extract)

    v = sub.add_parser("evaluate", help="score extracted tables against a gold set")
    v.add_argument("predicted", type=Path, help="directory holding claims.csv and control_events.csv, or an "
                                                "articles CSV (then only publication dates and outlets are scored)")
    v.add_argument("gold", type=Path, help="directory holding the gold claims.csv and control_events.csv "
                                           "(or, for an articles CSV, a manifest)")
    v.add_argument("--out", type=Path, help="write the scores table as CSV")
    v.add_argument("--metadata", type=Path, action="append",
                   help="manifest(s) with file,published,outlet to score the articles table's publication "
                        "dates and outlets (default: GOLD/manifest.csv if present); repeat to merge")
    v.set_defaults(func=cmd_evaluate)

    b = sub.add_parser("book", help="extract, run the chapter notebooks and build the HTML book")
    b.add_argument("directory", type=Path)
    b.add_argument("--out-dir", type=Path, required=True)
    b.add_argument("--title", default=None, help="book title, also the front page's heading (default: Counting Aleppo)")
    b.add_argument("--subject", default=None,
                   help="one paragraph of plain text under the front page's title saying what the articles are "
                        "about (default: the paragraph about Aleppo; with --title and no --subject, none)")
    b.add_argument("-p", "--param", action="append", metavar="NAME=VALUE",
                   help="papermill parameter passed to every chapter, e.g. -p date_from=2016-12-01")
    b.add_argument("--tables-dir", type=Path, default=None,
                   help="also keep the extracted tables here (default: only inside the build)")
    b.add_argument("--strict", action="store_true", help="exit non-zero (3) when any file was skipped")
    b.add_argument("--project", type=Path, default=None,
                   help="the project folder holding chapters/, _config.yml and _toc.yml (default: found automatically)")
    scale_options(b)
    common(b)
    b.set_defaults(func=cmd_book)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _say("interrupted: outputs already written are complete; nothing half-written was left")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
