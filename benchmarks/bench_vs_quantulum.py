"""Throughput of `newsfigures extract` against quantulum3 on the same corpus.

    .venv/bin/python benchmarks/bench_vs_quantulum.py [--articles 300]

Both read the same synthetic corpus (benchmarks/corpus.py). newsfigures runs its whole
pipeline (reading, cleaning, sentences, numbers, claims, sources, dates, places, tables);
quantulum3 only parses quantities out of the same article bodies. Prints articles/s and MB/s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsfigures-bench")
    args = ap.parse_args()
    corpus = build_corpus(args.work / f"corpus-{args.articles}", args.articles)
    files = sorted(corpus.rglob("*.txt"))
    mb = sum(f.stat().st_size for f in files) / 1e6

    from newsfigures.pipeline import extract_directory

    extract_directory(build_corpus(args.work / "warmup", 5), args.work / "warmup-out")  # imports, lexicons
    t0 = time.perf_counter()
    result = extract_directory(corpus, args.work / "out", progress=False)
    t_nf = time.perf_counter() - t0

    warnings.filterwarnings("ignore")
    from quantulum3 import parser as q3

    from newsfigures.articles import read_article

    bodies = [read_article(f).body for f in files]
    q3.parse(bodies[0])  # warm-up: quantulum loads its unit tables on first use
    t0 = time.perf_counter()
    n_q = sum(len(q3.parse(b)) for b in bodies)
    t_q = time.perf_counter() - t0

    print(f"corpus: {len(files)} articles, {mb:.2f} MB (synthetic, from the shipped articles)")
    print(f"newsfigures extract: {t_nf:7.2f} s  {len(files) / t_nf:8.1f} articles/s  {mb / t_nf:6.3f} MB/s  "
          f"({result.n_claims} claims)")
    print(f"quantulum3 parse:    {t_q:7.2f} s  {len(files) / t_q:8.1f} articles/s  {mb / t_q:6.3f} MB/s  "
          f"({n_q} quantities)")
    print(f"speed-up: {t_q / t_nf:.1f}x")


if __name__ == "__main__":
    main()
