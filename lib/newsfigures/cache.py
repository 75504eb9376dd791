"""Per-article results kept between runs, so a rerun reads only the files that changed.

An entry holds what one file task returned (:class:`~newsfigures.pipeline.FileResult`: the
article row, its claims and control events, or why it was skipped, and its warnings). Its key
is a hash of

* the file's bytes,
* everything else the task depends on: the article id, the path relative to the articles
  folder, the manifest row, the corpus year hint, ``max_bytes`` and ``min_words``,
* the extractor's :func:`fingerprint`: the package version, the installed versions of the
  libraries the reading stage calls, and the bytes of every source and data file of the
  package that extraction runs (the book's code is left out: it cannot change a table row).

So a changed file, a changed manifest date, a new corpus year, another ``--min-words`` or
an edited lexicon or rule each give another key, and the file is read anew.

Layout: ``CACHE/<key[:2]>/<key>.json``, one file per entry, written atomically. The file starts
with a line ``newsfigures-cache 2 <sha256 of the rest> <length of the rest>`` and the rest is
the result as marshal data (the fingerprint names the Python version, whose format it is); an entry whose checksum or length does not match (a truncated or damaged
file) is never trusted: the file is read anew and the entry rewritten. After a complete run
the entries that no file of the run used (deleted files, old versions of changed files, an
older extractor) are removed, so the cache holds one entry per file of the last run. A cache
folder belongs to one output folder: two corpora sharing one would evict each other.

Entries are read and written where the file task runs (this process or a Dask worker): the
workers already read the articles and write the partition parts under the output folder at
the same paths as the driver, no result travels through the driver twice, and the driver only
collects the names of the entries used.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .io import atomic_path
from .pipeline import FileResult, FileTask, process_file

if TYPE_CHECKING:
    from .copies import Copies

CACHE_DIR_NAME = ".cache"
_MAGIC = b"newsfigures-cache 2"  # 2: the body is marshal data (1 was JSON)
_MARSHAL_VERSION = 4
#: libraries whose answers end up in the rows (decoding, front matter, HTML text, numbers, sentences)
_LIBRARIES = ("charset-normalizer", "python-frontmatter", "trafilatura", "text2num", "sentencex", "pyyaml")
#: package parts that cannot change a row of the three tables (paths relative to the package)
_NOT_EXTRACTION = ("book/", "cli.py", "evaluate.py", "reconcile.py", "reference.py", "data/geo/", "data/vendor/",
                   "data/neighbourhood_outlines.csv")


def default_cache_dir(out_dir: Path | str) -> Path:
    return Path(out_dir) / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of everything besides the file that decides what extraction returns for it."""
    from importlib import metadata

    package = Path(__file__).resolve().parent
    h = hashlib.sha256(f"newsfigures {__version__}\npython {sys.version}\n".encode())
    for lib in _LIBRARIES:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{lib} {version}\n".encode())
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(_NOT_EXTRACTION) or "__pycache__" in rel or not path.is_file() \
                or path.suffix in (".pyc", ".typed"):
            continue
        h.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def entry_key(task: FileTask, data: bytes, extract: bool = True) -> str:
    """The key of ``task``'s entry when its file holds ``data``."""
    return digest_entry_key(task, hashlib.sha256(data).digest(), extract)


def digest_entry_key(task: FileTask, digest: bytes, extract: bool = True) -> str:
    """:func:`entry_key` when the file's bytes have the SHA-256 ``digest``."""
    task_fields = json.dumps([task.article_id, task.rel, task.manifest_row, task.year_hint, task.max_bytes,
                              task.min_words, extract], sort_keys=True, ensure_ascii=False)
    h = hashlib.sha256()
    for part in (fingerprint().encode(), task_fields.encode("utf-8"), digest):
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


def entry_name(key: str) -> str:
    """The entry's path relative to the cache folder."""
    return f"{key[:2]}/{key}.json"


def encode_entry(result: FileResult) -> bytes:
    # the fields as they are (marshal walks the rows itself): dataclasses.asdict would first
    # deep-copy every claim, the larger part of a store's cost. marshal, not JSON: the rows are
    # plain dicts, lists, text, numbers and None, and marshal reads them back 4-5x faster (a
    # cached rerun reads every entry); its format belongs to this Python, which the fingerprint names
    fields_ = {f.name: getattr(result, f.name) for f in dataclass_fields(result)}
    body = marshal.dumps(fields_, _MARSHAL_VERSION)
    return _MAGIC + b" " + hashlib.sha256(body).hexdigest().encode() + b" " + str(len(body)).encode() + b"\n" + body


def decode_entry(blob: bytes) -> FileResult | None:
    """The result stored in ``blob``, or None when the entry is damaged (checksum, length, form)."""
    head, sep, body = blob.partition(b"\n")
    parts = head.split(b" ")
    if not sep or len(parts) != 4 or b" ".join(parts[:2]) != _MAGIC:
        return None
    checksum, length = parts[2], parts[3]
    if not length.isdigit() or int(length) != len(body) or hashlib.sha256(body).hexdigest().encode() != checksum:
        return None
    try:
        return FileResult(**marshal.loads(body))
    except (ValueError, TypeError, EOFError):
        return None


class ResultCache:
    """The entries under ``root`` (see the module docstring). Picklable: it travels to workers."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def lookup(self, name: str) -> tuple[FileResult | None, bool]:
        """(the stored result or None, whether an entry existed but was damaged)."""
        try:
            blob = (self.root / name).read_bytes()
        except OSError:
            return None, False
        result = decode_entry(blob)
        return result, result is None

    def store(self, name: str, result: FileResult) -> None:
        with atomic_path(self.root / name, suffix=".tmp") as tmp:
            tmp.write_bytes(encode_entry(result))

    def forget_all_but(self, used: set[str]) -> int:
        """Remove every entry (and stray temporary file) not in ``used``; return how many."""
        removed = 0
        if not self.root.is_dir():
            return 0
        root = str(self.root)
        for dirpath, _dirs, names in os.walk(root):
            prefix = os.path.relpath(dirpath, root).replace(os.sep, "/") + "/" if dirpath != root else ""
            for n in names:
                rel = prefix + n  # as entry_name spells it: "ab/abcd....json"
                if rel not in used:
                    try:
                        os.unlink(os.path.join(dirpath, n))
                        removed += 1
                    except OSError:
                        pass
        for dirpath, dirs, names in os.walk(self.root, topdown=False):
            if dirpath != str(self.root) and not dirs and not names:
                try:
                    os.rmdir(dirpath)
                except OSError:
                    pass
        return removed


def task_entry_name(task: FileTask, extract: bool = True) -> str | None:
    """The name of ``task``'s entry for the file as the run was planned
    (:attr:`~newsfigures.pipeline.FileTask.digest`), else as it is now (None when it cannot be read)."""
    if task.digest is not None:
        return entry_name(digest_entry_key(task, task.digest, extract))
    try:
        if os.stat(task.path).st_size > task.max_bytes:
            return None
        with open(task.path, "rb") as fh:
            return entry_name(entry_key(task, fh.read(), extract))
    except OSError:
        return None


def count_to_read(tasks: list[FileTask], cache: ResultCache, extract: bool = True) -> int:
    """How many of ``tasks`` have no entry yet: the files a run will read anew (an estimate
    made before the run, to choose where to run it; the tasks look up their entries again)."""
    names = (task_entry_name(t, extract) for t in tasks)
    return sum(1 for n in names if n is None or not (cache.root / n).is_file())


def cached_process_file(task: FileTask, cache: ResultCache | None, extract: bool = True,
                        copies: "Copies | None" = None) -> tuple[FileResult, str | None, str]:
    """:func:`~newsfigures.pipeline.process_file` through the cache (and, with ``copies``, the
    run's byte-identical copies: :mod:`newsfigures.copies`).

    A task hashed when the run was planned (:attr:`~newsfigures.pipeline.FileTask.digest`) looks
    its entry up by that digest, and its file is not read again when the entry is there (the run
    answers for the file as it was planned). A file that is read is keyed by the bytes read, so an
    entry always holds the result of the bytes its key names.

    Returns (result, the entry's name or None when the file could not be keyed, and how the
    result was had: ``"cache"``, ``"read"``, ``"copy"`` (an earlier copy's result) or
    ``"damaged"`` when a damaged entry was replaced)."""
    if cache is None:
        if copies is not None:
            result, reused = copies.process(task)
            return result, None, "copy" if reused else "read"
        return process_file(task, extract), None, "read"
    name = damaged = None
    if task.digest is not None:
        name = entry_name(digest_entry_key(task, task.digest, extract))
        stored, damaged = cache.lookup(name)
        if stored is not None:
            return _from_cache(task, task.digest, stored, name, copies)
    try:
        if os.stat(task.path).st_size > task.max_bytes:  # refused unread anyway: nothing to save
            return process_file(task, extract), None, "read"
        with open(task.path, "rb") as fh:
            data = fh.read()
    except OSError:
        return process_file(task, extract), None, "read"
    digest = hashlib.sha256(data).digest()
    if digest != task.digest:  # not hashed when planned, or changed since
        name = entry_name(digest_entry_key(task, digest, extract))
        stored, damaged = cache.lookup(name)
        if stored is not None:
            return _from_cache(task, digest, stored, name, copies)
    how = "damaged" if damaged else "read"
    if copies is not None:
        result, reused = copies.process(task, data, digest)
        how = "copy" if reused and not damaged else how
    else:
        result = process_file(task, extract, data)
    try:
        cache.store(name, result)
    except OSError:  # a read-only or full cache folder costs speed, not the run
        return result, None, how
    return result, name, how


def _from_cache(task: FileTask, digest: bytes, stored: FileResult, name: str,
                copies: "Copies | None") -> tuple[FileResult, str, str]:
    if copies is not None:
        copies.remember(task, digest, stored)
    return stored, name, "cache"
