"""The store of compiled regular expressions (newsfigures.regexstore) gives exactly the patterns
re.compile gives, and never trusts a file it cannot read."""

from __future__ import annotations

import re
import sys

import pytest

from newsfigures import regexstore
from newsfigures.regexstore import RegexStore, read_store

PATTERNS = [
    (r"\b(?:killed|dead)\b", 0),
    (r"(?P<low>\d{1,3}(?:,\d{3})*)\s*(?:to|-)\s*(?P<high>\d{1,3}(?:,\d{3})*)", 0),
    (r"at\s+least|more\s+than", re.IGNORECASE),
    (r"^\s*(?:BEIRUT|DAMASCUS)\b.*?--", re.MULTILINE | re.DOTALL),
    (r"(?<![\w-])(?:al-)?Sh(?:ei|ay|e)kh\s+Sa(?:e|i|')?ee?d\b", re.I),
    (r"(\w+)\s+\1", 0),
    (r"caf\u00e9|Aleppo\u2019s", 0),
    (r"(?x) \d+ \s* % # percent", 0),
]
TEXTS = ["at least 219 killed", "from 60,000 to 275,000", "BEIRUT, Dec 7 --\nmore", "Sheikh Saeed",
         "the the dead", "Aleppo\u2019s caf\u00e9", "45 %", "Al-Shaykh Sa'eed fell"]


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # pattern text, flags and compiled program
    assert a.groupindex == b.groupindex and a.groups == b.groups
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_compiled_and_reloaded_patterns_equal_re_compile(tmp_path, monkeypatch, pattern, flags):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    first = RegexStore(path)
    _same(first.compile(pattern, flags), re.compile(pattern, flags))
    assert first.save() and path.exists()
    second = RegexStore(path)
    _same(second.compile(pattern, flags), re.compile(pattern, flags))
    assert (pattern, int(flags)) in second.loaded and not second.dirty  # taken from the file


def test_every_pattern_of_an_extraction_comes_back_equal(tmp_path):
    """The programs the package stored for a whole extraction rebuild patterns equal to
    re.compile's (a store written by another version of the code would differ here)."""
    from newsfigures.cli import main

    main(["extract", "data/articles", "--out-dir", str(tmp_path / "out"), "--workers", "1", "--no-cache",
          "--no-progress"])
    used = regexstore.STORE.used
    assert len(used) > 300
    import _sre

    for (pattern, flags), args in used.items():
        assert _sre.compile(*args) == re.compile(pattern, flags)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "other_python", "empty"])
def test_a_damaged_or_foreign_store_is_ignored_and_rewritten(tmp_path, monkeypatch, damage):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    store = RegexStore(path)
    for pattern, flags in PATTERNS:
        store.compile(pattern, flags)
    store.save()
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00not a store\xff" * 50)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        import marshal

        header, entries = marshal.loads(data)
        path.write_bytes(marshal.dumps((("2.7.18 (other)",) + tuple(header[1:]), entries)))
    assert read_store(path) == {}
    again = RegexStore(path)
    for pattern, flags in PATTERNS:
        _same(again.compile(pattern, flags), re.compile(pattern, flags))
    assert again.dirty and again.save()
    assert len(read_store(path)) == len(PATTERNS)


def test_a_program_the_engine_refuses_is_compiled_anew(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    store = RegexStore(path)
    store.compile(PATTERNS[1][0])
    store.save()
    import marshal

    header, entries = marshal.loads(path.read_bytes())
    key = next(iter(entries))
    bad = list(entries[key])
    bad[2] = [9999, 1, 2, 3]  # not a program
    entries[key] = tuple(bad)
    path.write_bytes(marshal.dumps((header, entries)))
    again = RegexStore(path)
    _same(again.compile(PATTERNS[1][0]), re.compile(PATTERNS[1][0]))
    assert again.dirty


def test_writes_only_where_python_writes_byte_code_unless_forced(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    store = RegexStore(path)
    store.compile(r"\d+ dead")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not store.save() and not path.exists()
    assert store.save(force=True) and path.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_forced_save_keeps_only_this_runs_programs(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    old = RegexStore(path)
    old.compile(r"stale lexicon entry")
    old.save()
    new = RegexStore(path)
    new.compile(r"new lexicon entry")
    assert new.save() and set(p for p, _ in read_store(path)) == {"stale lexicon entry", "new lexicon entry"}
    assert new.save(force=True) and set(p for p, _ in read_store(path)) == {"new lexicon entry"}


def test_a_bad_pattern_raises_re_error():
    with pytest.raises(re.error):
        RegexStore(regexstore.STORE_PATH.parent / "unused.marshal").compile(r"(unclosed")
