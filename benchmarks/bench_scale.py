"""Cost growth of `newsfigures extract` with corpus size and workers.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000 100000 --workers 1 0

For each size, a synthetic corpus is built from the shipped articles (benchmarks/corpus.py:
each shipped article cycled, its paragraphs rotated, 1,000 files per sub-folder), then
`newsfigures extract` runs in a subprocess with --workers 1 (one process) and --workers 0
(a local Dask cluster on all cores). Peak memory is the largest total RSS of the process tree
(driver plus Dask workers), sampled every 0.1 s with psutil. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402


def run(cmd: list[str]) -> tuple[float, float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return time.perf_counter() - t0, peak / 1e6, err.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 0], help="0 = all cores (Dask)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsfigures-bench")
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "newsfigures")
    print(f"cores: {os.cpu_count()}")
    print("| articles | workers | time (s) | articles/s | peak memory (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        corpus = build_corpus(args.work / f"corpus-{n}", n)
        for w in args.workers:
            out = args.work / f"out-{n}-{w}"
            secs, peak, last = run([exe, "extract", str(corpus), "--out-dir", str(out), "--workers", str(w),
                                    "--no-progress"])
            label = f"{w}" if w else f"all ({os.cpu_count()}, Dask)"
            print(f"| {n:,} | {label} | {secs:.1f} | {n / secs:.0f} | {peak:.0f} |", flush=True)
        if len(args.workers) < 2:
            continue
        same = all((args.work / f"out-{n}-{args.workers[0]}" / f).read_bytes()
                   == (args.work / f"out-{n}-{w}" / f).read_bytes()
                   for w in args.workers[1:] for f in ("articles.csv", "claims.csv", "control_events.csv"))
        print(f"|  | identical tables across worker counts: {same} | | | |", flush=True)


if __name__ == "__main__":
    main()
