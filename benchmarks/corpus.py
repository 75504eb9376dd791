"""Synthetic corpora for benchmarks, built from the shipped articles.

An article of the synthetic corpus is a shipped article (cycled in order) whose body
paragraphs are rotated by ``i % n_paragraphs`` and whose file name carries the copy number:
same vocabulary and figure density as the real corpus, different texts and sizes, fully
deterministic (no randomness), so every run measures the same input.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"


def build_corpus(target: Path, n: int, per_folder: int = 1000) -> Path:
    """Write ``n`` articles under ``target`` (in sub-folders of ``per_folder``) and return it."""
    marker = target / f".built-{n}"
    if marker.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    sources = sorted(p for p in SEEDS.glob("*.txt"))
    texts = [p.read_text("utf-8").split("\n\n") for p in sources]
    for i in range(n):
        paras = texts[i % len(texts)]
        head, rest = paras[:2], paras[2:]
        k = i % max(1, len(rest))
        body = head + rest[k:] + rest[:k]
        folder = target / f"part{i // per_folder:04d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{sources[i % len(sources)].stem}-{i:07d}.txt").write_text("\n\n".join(body), "utf-8")
    marker.touch()
    return target
