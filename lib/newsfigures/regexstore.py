"""Compiled regular expressions kept between runs, as Python keeps byte-code.

The extractor's lexicons and grammars compile to about 750 regular expressions; Python parses
and compiles each one again in every process (about 0.8 s, a quarter of a 500-article run).
``compile`` returns the same ``re.Pattern`` as ``re.compile`` but takes the compiled program
from a store written beside the package's byte-code (``__pycache__/regex.<tag>.marshal``) when
the store holds it: the program is handed to the regular-expression engine (``_sre``), which
validates it, with no parsing.

Safe by construction:

* the store is keyed by the interpreter's exact version and the engine's magic number, and
  each entry by the pattern text and flags, so another Python, or a changed lexicon, simply
  misses and compiles as usual;
* before trusting the store at all, one sample pattern compiled both ways must give equal
  ``Pattern`` objects (``Pattern.__eq__`` compares pattern, flags and program);
* a store that is unreadable, truncated or from elsewhere is ignored (and rewritten);
* it is written (atomically: a temporary file, then a rename) only when a run compiled
  something new, and never where Python itself would not write byte-code
  (``PYTHONDONTWRITEBYTECODE``), unless ``save(force=True)`` asks for it (``make install``).
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:  # the engine and the compiler's two internal steps (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation: plain re.compile
    _sre = None

STORE_PATH = Path(__file__).resolve().parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.marshal"
_HEADER = (sys.version, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0))



def _program(pattern: str, flags: int) -> tuple:
    """The arguments ``re`` hands to ``_sre.compile`` for ``pattern`` (as in ``re._compiler``)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def _sample_agrees() -> bool:
    sample = r"(?P<n>\d+(?:,\d{3})*)\s+(?:killed|dead)\b|(?i:at\s+least)"
    try:
        return _sre.compile(*_program(sample, re.IGNORECASE)) == re.compile(sample, re.IGNORECASE)
    except Exception:
        return False


def read_store(path: Path) -> dict[tuple[str, int], tuple]:
    """The programs a store file holds; empty when it is missing, truncated, or not this
    interpreter's."""
    try:
        header, entries = marshal.loads(path.read_bytes())
    except Exception:  # missing, truncated, or not ours: compile as usual
        return {}
    if tuple(header) != _HEADER or not isinstance(entries, dict):
        return {}
    return entries


class RegexStore:
    """Programs loaded from one store file, and those compiled in this process."""

    def __init__(self, path: Path):
        self.path = path
        self.loaded: dict[tuple[str, int], tuple] | None = None   # None: not read yet
        self.used: dict[tuple[str, int], tuple] = {}
        self.dirty = False

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
        """``re.compile(pattern, flags)``, from the store when it holds the pattern's program."""
        flags = int(flags)
        if not isinstance(pattern, str) or not _usable():
            return re.compile(pattern, flags)
        if self.loaded is None:
            self.loaded = read_store(self.path)
        key = (pattern, flags)
        args = self.loaded.get(key)
        if args is not None:
            try:
                compiled = _sre.compile(*args)
            except Exception:  # a program the engine refuses: compile it anew
                args = None
        if args is None:
            try:
                args = _program(pattern, flags)
                compiled = _sre.compile(*args)
            except Exception:  # let re raise its own error for a bad pattern
                return re.compile(pattern, flags)
            self.dirty = True
        self.used[key] = args
        return compiled

    def save(self, force: bool = False) -> bool:
        """Write the programs compiled in this process when something new was compiled (added
        to what the store holds), or, ``force``, exactly this process's programs, so that those
        of since-changed lexicons leave the store. True when the file was written."""
        if not self.used or not (self.dirty or force) or (sys.dont_write_bytecode and not force):
            return False
        entries = dict(self.used) if force else {**read_store(self.path), **self.used}
        tmp = None
        try:
            data = marshal.dumps((_HEADER, entries))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, self.path)
        except (OSError, ValueError):  # a read-only install: run without the store
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
            return False
        self.dirty = False
        return True


_verdict: list[bool] = []


def _usable() -> bool:
    if not _verdict:
        _verdict.append(_sre is not None and _sample_agrees())
    return _verdict[0]


STORE = RegexStore(STORE_PATH)
atexit.register(STORE.save)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` through the package's store."""
    return STORE.compile(pattern, flags)


def save(force: bool = False) -> bool:
    """Write the package's store (see ``RegexStore.save``)."""
    return STORE.save(force)
