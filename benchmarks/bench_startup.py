"""How long the command line takes to start: `newsfigures --help` against a bare Python, and
what `extract` pays in imports before it reads the first article.

    .venv/bin/python benchmarks/bench_startup.py [--repeat 15]

Each command runs ``--repeat`` times as a whole process; prints the median and the fastest
wall time. ``--help`` imports only the command line (``cli.py`` imports a stage inside the
command that needs it), so it costs a bare interpreter plus argparse.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "newsfigures --help": [str(BIN / "newsfigures"), "--help"],
    "newsfigures extract --help": [str(BIN / "newsfigures"), "extract", "--help"],
    "import newsfigures.scale (what extract imports)": [sys.executable, "-c", "import newsfigures.scale"],
    "the same, one OpenBLAS thread (as extract sets it)": [sys.executable, "-c", "import newsfigures.scale"],
}
#: extract sets these before numpy is imported (newsfigures.cli._one_blas_thread)
ENV = {"the same, one OpenBLAS thread (as extract sets it)": {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    for name, cmd in COMMANDS.items():
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, **ENV.get(name, {})})
            times.append(time.perf_counter() - t0)
        print(f"{name:50s} median {statistics.median(times) * 1000:6.0f} ms, fastest {min(times) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
