"""The book at scale: `newsfigures book` on a synthetic archive, with the weight of every page.

    .venv/bin/python benchmarks/bench_book.py --sizes 1000 10000 --spread-days 730

For each size, a dated synthetic corpus is built from the shipped articles
(benchmarks/corpus.py: copies spread over ``--spread-days`` days by a manifest), then
`newsfigures book` runs in a subprocess (its own extraction included). Reports the build time,
peak memory of the process tree (driver, papermill kernels, jupyter-book), the largest HTML
page against the page budget (newsfigures.charts.PAGE_BUDGET_BYTES) and the largest part of
the claims explorer loaded on demand. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import run  # noqa: E402
from corpus import build_corpus  # noqa: E402

from newsfigures.charts import PAGE_BUDGET_BYTES  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--spread-days", type=int, default=730, help="days the synthetic archive covers")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsfigures-bench")
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "newsfigures")
    print(f"page budget: {PAGE_BUDGET_BYTES / 1e6:.1f} MB")
    print("| articles | claims | build time (s) | peak memory (MB) | largest page | size (KB) | explorer parts | largest part (KB) |")
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for n in args.sizes:
        corpus = build_corpus(args.work / f"book-corpus-{n}", n, spread_days=args.spread_days)
        out = args.work / f"book-{n}"
        secs, peak, last = run([exe, "book", str(corpus), "--out-dir", str(out), "--no-progress"])
        pages = sorted(out.rglob("*.html"), key=lambda p: p.stat().st_size, reverse=True)
        parts = sorted((out / "explorer-data").rglob("*.js"), key=lambda p: p.stat().st_size, reverse=True) \
            if (out / "explorer-data").is_dir() else []
        claims = last.split(" claims")[0].rsplit(" ", 1)[-1]
        biggest = pages[0]
        print(f"| {n:,} | {claims} | {secs:.0f} | {peak:.0f} | {biggest.relative_to(out)} | "
              f"{biggest.stat().st_size / 1e3:.0f} | {len(parts)} | "
              f"{(parts[0].stat().st_size / 1e3 if parts else 0):.0f} |", flush=True)
        over = [p for p in pages if p.stat().st_size > PAGE_BUDGET_BYTES]
        if over:
            raise SystemExit(f"pages over the budget: {', '.join(str(p) for p in over)}")


if __name__ == "__main__":
    main()
