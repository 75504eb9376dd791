"""Page furniture is found with one regex per kind (reading.scrape._furniture): the same lines as
the patterns of furniture.yaml one by one, which holds while they have no backreferences, named
groups, conditionals or global flags (plain groups are renumbered, which changes nothing here:
only whether a line matches is asked)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfigures.lexicon import load_yaml
from newsfigures.reading.scrape import _furniture

ROOT = Path(__file__).resolve().parents[1]
RAW = load_yaml("furniture.yaml")


@pytest.mark.parametrize("kind", sorted(RAW))
def test_the_patterns_can_be_joined(kind):
    for p in RAW[kind]:
        assert not re.search(r"\\[1-9]|\(\?P|\(\?\(", p), f"{p!r} refers to a group: it cannot be joined"
        assert not re.match(r"\(\?[aiLmsux]+\)", p), f"{p!r} starts with a global flag"


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "corpus" / "dev").glob("*"))
    lines = [ln for f in files if f.is_file() for ln in f.read_text("utf-8", errors="ignore").splitlines()]
    return lines + [p for ps in RAW.values() for p in ps]  # and the patterns' own text


@pytest.mark.parametrize("kind", sorted(RAW))
def test_one_regex_per_kind_finds_the_lines_the_patterns_find(kind):
    one_by_one = [re.compile(p, re.I) for p in RAW[kind]]
    joined = _furniture()[kind]
    for line in _lines():
        assert (joined.search(line) is not None) == any(p.search(line) for p in one_by_one), line
