"""Throughput of `newsfigures extract` against quantulum3, side by side in one run.

    .venv/bin/python benchmarks/bench_vs_quantulum.py [--articles 510] [--repeat 3] [--corpus copies]

The corpus (benchmarks/corpus.py) is ``--articles`` verbatim copies of the project's real
reports (the shipped articles and the development set, with their manifest dates), or with
``--corpus synthetic`` the rotated-paragraph synthetic corpus. Each round runs, one after the
other, two whole processes from a cold start:

* ``newsfigures extract DIR --workers 1 --no-cache`` (the whole pipeline: reading, cleaning,
  sentences, numbers, what they count, sources, dates, places, control events, tables), which
  reads a byte-identical copy of an earlier file once (:mod:`newsfigures.copies`; the copies
  corpus is nothing but such copies);
* the same with ``--no-dedup``, which extracts every copy (unless ``--skip-no-dedup``);
* quantulum3 parsing the same article bodies (numbers and units only: no category, source or
  date). It gets the bodies as our reader cleaned them, prepared before the round and not
  timed, so its time is its import plus its parsing.

Both run in one process on one core, so CPU seconds are seconds per core; wall seconds depend
on what else the machine is running. Prints each round and the median, in articles/s and MB/s
(of article files) per core, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_copies, build_corpus  # noqa: E402

BIN = Path(sys.executable).parent
QUANTULUM = """
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
bodies = json.load(open(sys.argv[1], encoding="utf-8"))
print(sum(len(parser.parse(b)) for b in bodies))
"""


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child, its stdout+stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout + proc.stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=510)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", choices=["copies", "synthetic"], default="copies")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsfigures-bench")
    ap.add_argument("--skip-no-dedup", action="store_true", help="do not also run newsfigures with --no-dedup")
    args = ap.parse_args()
    if args.corpus == "copies":
        corpus = build_copies(args.work / f"copies-{args.articles}", args.articles)
    else:
        corpus = build_corpus(args.work / f"corpus-{args.articles}", args.articles)
    files = sorted(corpus.rglob("*.txt"))
    mb = sum(f.stat().st_size for f in files) / 1e6

    from newsfigures.reading import read_article

    bodies_path = args.work / f"bodies-{args.corpus}-{args.articles}.json"

    bodies = [read_article(f, f.stem).body for f in files]
    bodies_path.write_text(json.dumps(bodies), "utf-8")

    print(f"corpus: {len(files)} articles, {mb:.2f} MB ({args.corpus}); load average before: "
          f"{os.getloadavg()[0]:.1f}")
    ours, every, theirs = [], [], []
    extract = [str(BIN / "newsfigures"), "extract", str(corpus), "--out-dir", str(args.work / "out-vs"),
               "--workers", "1", "--no-cache", "--no-progress"]
    for r in range(args.repeat):
        nf = timed(extract)
        ours.append(nf)
        if not args.skip_no_dedup:
            every.append(timed(extract + ["--no-dedup"]))
        q3 = timed([sys.executable, "-c", QUANTULUM, str(bodies_path)])
        theirs.append(q3)
        claims = next((ln for ln in nf[2].splitlines() if ln.startswith("newsfigures extract:")), "")
        no_dedup = f"--no-dedup cpu {every[-1][1]:6.2f} s | " if every else ""
        print(f"round {r + 1}: newsfigures wall {nf[0]:6.2f} s cpu {nf[1]:6.2f} s | {no_dedup}quantulum3 wall "
              f"{q3[0]:6.2f} s cpu {q3[1]:6.2f} s ({q3[2].strip()} quantities) | "
              f"{claims.split(': ', 1)[-1].split(' in ')[0]} (load {os.getloadavg()[0]:.1f})")

    def line(name: str, runs: list[tuple[float, float, str]]) -> tuple[float, float]:
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"{name:12s} median wall {wall:6.2f} s, cpu {cpu:6.2f} s: {len(files) / cpu:7.1f} articles/s and "
              f"{mb / cpu:6.3f} MB/s per core")
        return wall, cpu

    w1, c1 = line("newsfigures", ours)
    if every:
        w3, c3 = line("--no-dedup", every)
    w2, c2 = line("quantulum3", theirs)
    print(f"newsfigures is {c2 / c1:.1f}x quantulum3 in CPU time, {w2 / w1:.1f}x in wall time "
          f"(load average after: {os.getloadavg()[0]:.1f})")
    if every:
        print(f"with --no-dedup (every copy extracted): {c2 / c3:.1f}x in CPU time, {w2 / w3:.1f}x in wall time")


if __name__ == "__main__":
    main()
