"""Synthetic corpora for benchmarks, built from the shipped articles.

An article of the synthetic corpus is a shipped article (cycled in order) whose body
paragraphs are rotated by ``i % n_paragraphs`` and whose file name carries the copy number:
same vocabulary and figure density as the real corpus, different texts and sizes, fully
deterministic (no randomness), so every run measures the same input.

With ``spread_days`` (the book benchmark), the corpus also gets a ``manifest.csv`` that dates
copy ``i`` of a shipped article ``(i * 7919) % spread_days`` days after its shipped date minus
half the spread: an archive covering ``spread_days`` days, so the charts have as many days,
sources and distinct figures to draw as a long archive would.
"""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"
#: the real reports shipped with the project: the seed articles and the development set, each
#: with the manifest that dates it
REPORTS = ((SEEDS, SEEDS / "manifest.csv"),
           (ROOT / "tests" / "corpus" / "dev", ROOT / "tests" / "gold_dev" / "manifest.csv"))


def _shipped_dates() -> dict[str, str]:
    with (SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row["published"] for row in csv.DictReader(fh)}


def build_corpus(target: Path, n: int, per_folder: int = 1000, spread_days: int = 0) -> Path:
    """Write ``n`` articles under ``target`` (in sub-folders of ``per_folder``) and return it."""
    marker = target / (f".built-{n}-spread-{spread_days}" if spread_days else f".built-{n}")
    if marker.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    sources = sorted(p for p in SEEDS.glob("*.txt"))
    texts = [p.read_text("utf-8").split("\n\n") for p in sources]
    shipped = _shipped_dates()
    manifest = io.StringIO()
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["file", "published"])
    for i in range(n):
        paras = texts[i % len(texts)]
        head, rest = paras[:2], paras[2:]
        k = i % max(1, len(rest))
        body = head + rest[k:] + rest[:k]
        folder = target / f"part{i // per_folder:04d}"
        folder.mkdir(exist_ok=True)
        seed = sources[i % len(sources)]
        name = f"{seed.stem}-{i:07d}.txt"
        (folder / name).write_text("\n\n".join(body), "utf-8")
        if spread_days and shipped.get(seed.name):
            day = date.fromisoformat(shipped[seed.name]) + timedelta(days=(i * 7919) % spread_days - spread_days // 2)
            writer.writerow([f"{folder.name}/{name}", day.isoformat()])
    if spread_days:
        (target / "manifest.csv").write_text(manifest.getvalue(), "utf-8")
    marker.touch()
    return target


def build_copies(target: Path, n: int, per_folder: int = 1000) -> Path:
    """Write ``n`` verbatim copies of the shipped real reports (the seed articles and the
    development set, cycled in order) under ``target``, with a ``manifest.csv`` giving each copy
    its report's manifest row (title, outlet, date, URL): real text, real figure density."""
    marker = target / f".copies-{n}"
    if marker.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    reports = []
    for folder, manifest_path in REPORTS:
        with manifest_path.open(encoding="utf-8", newline="") as fh:
            rows = {row["file"]: row for row in csv.DictReader(fh)}
        reports += [(p, rows.get(p.name, {})) for p in sorted(folder.glob("*.txt")) if p.name in rows]
    manifest = io.StringIO()
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["file", "title", "outlet", "published", "url"])
    for i in range(n):
        source, row = reports[i % len(reports)]
        folder = target / f"part{i // per_folder:04d}"
        folder.mkdir(exist_ok=True)
        name = f"{source.stem}-{i:07d}.txt"
        shutil.copyfile(source, folder / name)
        writer.writerow([f"{folder.name}/{name}"] + [row.get(k, "") for k in ("title", "outlet", "published", "url")])
    (target / "manifest.csv").write_text(manifest.getvalue(), "utf-8")
    marker.touch()
    return target
