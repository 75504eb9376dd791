"""Accuracy of the extractor on every annotated set: the seeds, the development articles and the
sets in ``benchmarks/accuracy/`` (see its README), as ``newsfigures evaluate`` scores them.

    .venv/bin/python benchmarks/bench_accuracy.py [--sets tuned-1 holdout-1 ...]

For each set: ``newsfigures extract`` with the gold manifest (so figure dates are scored against
the true publication day), then category + value F1, source and date accuracy on the matched
figures, and control-event F1; then the articles alone, without the manifest, for the publication
dates and outlets the raw text gives (``newsfigures articles`` scored against the manifest).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS_DIR = ROOT / "benchmarks" / "accuracy"


def known_sets() -> dict[str, tuple[Path, Path]]:
    """name -> (articles folder, gold folder)."""
    sets = {"seeds": (ROOT / "data" / "articles", ROOT / "data" / "gold"),
            "development": (ROOT / "tests" / "corpus" / "dev", ROOT / "tests" / "gold_dev")}
    for d in sorted(p for p in SETS_DIR.iterdir() if (p / "gold").is_dir()):
        sets[d.name] = (d / "articles", d / "gold")
    return sets


def _quiet(argv: list[str]) -> None:
    from newsfigures.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    if code:
        raise SystemExit(f"newsfigures {' '.join(argv)} failed ({code})")


def score(articles: Path, gold: Path) -> dict:
    from newsfigures.evaluate import evaluate_paths, read_metadata, score_metadata
    from newsfigures.tables import read_table

    manifest = gold / "manifest.csv"
    if not manifest.exists():
        manifest = articles / "manifest.csv"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        _quiet(["extract", str(articles), "--manifest", str(manifest), "--out-dir", str(out), "--min-words", "1",
                "--no-cache", "--no-progress"])
        report = evaluate_paths(out, gold)
        table = report.table.set_index("what")
        row = {"articles": len(read_table(out / "articles.csv")), "figures": int(table.loc["all", "gold"]),
               "f1": table.loc["all", "f1"], "source": report.accuracy.get("source"),
               "date": report.accuracy.get("date"), "control": table.loc["control_events", "f1"]
               if "control_events" in table.index else None}
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for f in articles.iterdir():
            if f.is_file() and f.name != "manifest.csv":
                shutil.copy(f, raw / f.name)
        _quiet(["articles", str(raw), "--out", str(Path(tmp) / "articles.csv"), "--min-words", "1", "--no-progress"])
        meta = score_metadata(read_table(Path(tmp) / "articles.csv"), read_metadata([manifest]))
        row["dates"] = f"{meta.dates['right']}/{meta.dates['scored']} ({meta.dates['wrong_confident']} wrong)"
        row["outlets"] = f"{meta.outlets['right']}/{meta.outlets['scored']} ({meta.outlets['wrong']} wrong)"
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="names of sets (default: all)")
    args = parser.parse_args()
    sets = known_sets()
    names = args.sets or list(sets)
    unknown = [n for n in names if n not in sets]
    if unknown:
        sys.exit(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(sets)}")
    print("| set | articles | figures | category + value F1 | source | date | control events F1 | "
          "raw publication dates right | raw outlets right |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    fmt = lambda v: "" if v is None else f"{v:.3f}"  # noqa: E731
    for name in names:
        r = score(*sets[name])
        print(f"| {name} | {r['articles']} | {r['figures']} | {fmt(r['f1'])} | {fmt(r['source'])} | {fmt(r['date'])} "
              f"| {fmt(r['control'])} | {r['dates']} | {r['outlets']} |", flush=True)


if __name__ == "__main__":
    main()
