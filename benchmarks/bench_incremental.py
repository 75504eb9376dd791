"""A rerun after a few articles arrive: how long it takes against the first run, and whether its
tables are the tables of a run from scratch.

    .venv/bin/python benchmarks/bench_incremental.py [--articles 2040] [--workers auto]

1. A synthetic corpus of ``--articles`` articles (benchmarks/corpus.py) is copied to a work
   folder and extracted once (`newsfigures extract DIR --out-dir OUT`: the results cache goes
   to OUT/.cache).
2. Five articles arrive (five reports of the development set, new to the corpus) and one
   changes (a sentence with a new figure is added to it); `newsfigures extract` runs again on
   the same OUT.
3. A run from scratch (`--no-cache`, another folder) gives the reference tables; the three
   tables of the rerun are compared byte for byte (`cmp`), and the changed article's new
   figure is looked for in the rerun's claims.

Each step is a whole process from a cold start; CPU seconds include Dask workers when the
default chooses them (the first run and the run from scratch: 2,000 files or more).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, build_corpus  # noqa: E402

BIN = Path(sys.executable).parent
TABLES = ("articles.csv", "claims.csv", "control_events.csv")
NEW_FIGURE = "The Syrian Observatory said 4,321 people fled the district on Tuesday."


def extract(corpus: Path, out: Path, workers: str, *extra: str) -> tuple[float, float, str]:
    cmd = [str(BIN / "newsfigures"), "extract", str(corpus), "--out-dir", str(out), "--no-progress", *extra]
    if workers != "auto":
        cmd += ["--workers", workers]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    log = [ln for ln in proc.stderr.splitlines() if ln.startswith(("read ", "extracting", "using", "newsfigures"))]
    return wall, cpu, " | ".join(log)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2040)
    ap.add_argument("--workers", default="auto", help="auto (the default choice), 1, 0 or N")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsfigures-bench")
    args = ap.parse_args()
    source = build_corpus(args.work / f"corpus-{args.articles}", args.articles)
    corpus = args.work / "incremental-articles"
    out, scratch = args.work / "incremental-out", args.work / "incremental-scratch"
    for d in (corpus, out, scratch):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(source, corpus)
    mb = sum(f.stat().st_size for f in corpus.rglob("*.txt")) / 1e6
    print(f"corpus: {args.articles:,} articles, {mb:.2f} MB; load average {os.getloadavg()[0]:.1f}")

    first = extract(corpus, out, args.workers)
    print(f"first run:  wall {first[0]:6.2f} s  cpu {first[1]:6.2f} s  [{first[2]}]")

    dev = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))[:5]
    arrived = corpus / "part0000"
    for f in dev:
        shutil.copyfile(f, arrived / f"arrived-{f.name}")
    changed = sorted(arrived.glob("*.txt"))[10]
    changed.write_text(changed.read_text("utf-8").rstrip("\n") + "\n\n" + NEW_FIGURE + "\n", "utf-8")

    rerun = extract(corpus, out, args.workers)
    print(f"rerun:      wall {rerun[0]:6.2f} s  cpu {rerun[1]:6.2f} s  [{rerun[2]}]")
    fresh = extract(corpus, scratch, args.workers, "--no-cache")
    print(f"scratch:    wall {fresh[0]:6.2f} s  cpu {fresh[1]:6.2f} s  [{fresh[2]}]")

    same = {t: filecmp.cmp(out / t, scratch / t, shallow=False) for t in TABLES}
    claims = (out / "claims.csv").read_text("utf-8")
    has_new = changed.stem in claims and "4321" in claims and NEW_FIGURE in claims
    print(f"rerun / first run: wall {rerun[0] / first[0]:.0%}, cpu {rerun[1] / first[1]:.0%}")
    print("cmp rerun vs scratch: " + ", ".join(f"{t} {'identical' if ok else 'DIFFERENT'}" for t, ok in same.items()))
    print(f"the changed article's new figure ({changed.name}: 4,321 fled) is in the rerun's claims: {has_new}")
    if not all(same.values()) or not has_new:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
