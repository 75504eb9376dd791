"""In-run reuse of byte-identical files: the same wire copy carried by many papers is read once.

Two files are **copies** when their bytes, their file suffix and their manifest rows (every
field but the file name) are equal, and the run reads them with the same options (corpus year
hint, ``max_bytes``, ``min_words``). Extraction is a pure function of exactly these
(:func:`~newsfigures.pipeline.process_file`) plus the article id, and the article id reaches a
result only through

* the result's own ``article_id`` and ``path`` (the file that was read),
* the article row's ``article_id`` and ``path`` (relative to the articles folder),
* every claim's ``article_id`` and ``claim_id`` (:func:`~newsfigures.records.claim_id`) and every
  control event's ``article_id`` and ``event_id`` (:func:`~newsfigures.records.event_id`).

So a copy's result is the first file's with those fields rewritten (:func:`as_copy`), and the
tables are byte-identical to a run that reads every copy (they are sorted afterwards, by the
rewritten ids too). A result that cannot be trusted to depend only on the bytes is not reused:
an internal error's message or a failed extraction may name anything.

How a run uses it: before extraction :func:`plan_copies` keys every file (by the digest of its
bytes taken when the run was planned: :attr:`~newsfigures.pipeline.FileTask.digest`) and keeps the
keys that two or more files share (a small dict, whatever the corpus size). While the files are
processed, the first file of such a key is extracted and its result kept until the last copy has
been served, then dropped, so memory holds only results still to be reused. In one process every
copy is reused; on Dask workers each partition reuses the copies it holds (the others are
extracted, which gives the same rows). ``--no-dedup`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace

from .pipeline import FileResult, FileTask, process_file
from .reading import ARTICLE_SUFFIXES
from .records import claim_id, event_id


def copy_key(task: FileTask, data: bytes, extract: bool = True) -> str:
    """What makes two files copies: their bytes, suffix, manifest row but the file name, options."""
    return digest_copy_key(task, hashlib.sha256(data).digest(), extract)


def digest_copy_key(task: FileTask, digest: bytes, extract: bool = True) -> str:
    """:func:`copy_key` of the file whose bytes have the SHA-256 ``digest``."""
    row = {k: v for k, v in (task.manifest_row or {}).items() if k != "file"}
    fields = json.dumps([os.path.splitext(task.path)[1].lower(), row, task.year_hint, task.max_bytes, task.min_words,
                         extract], sort_keys=True, ensure_ascii=False)
    h = hashlib.sha256(fields.encode("utf-8"))
    h.update(b"\0")
    h.update(digest)
    return h.hexdigest()


def read_bytes(task: FileTask) -> bytes | None:
    """The file's bytes, or None when it would be refused unread (unsupported, too large, unreadable)."""
    if os.path.splitext(task.path)[1].lower() not in ARTICLE_SUFFIXES:
        return None
    try:
        if os.stat(task.path).st_size > task.max_bytes:
            return None
        with open(task.path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def planned_digest(task: FileTask) -> bytes | None:
    """The file's digest as the run was planned (:attr:`FileTask.digest`), else read now; None
    when it would be refused unread."""
    if task.digest is not None and os.path.splitext(task.path)[1].lower() in ARTICLE_SUFFIXES:
        return task.digest
    data = read_bytes(task)
    return None if data is None else hashlib.sha256(data).digest()


def reusable(result: FileResult) -> bool:
    """Whether ``result`` depends only on what :func:`copy_key` hashes (see the module docstring)."""
    if result.error is not None and result.error.startswith("internal error"):
        return False
    if any(w.startswith("figure extraction failed") for w in result.warnings):
        return False
    # the ids must be the ones this module knows how to rewrite
    return all(c["claim_id"] == claim_id(result.article_id, c["start"], c["end"], c["category"], c["measure"])
               for c in result.claims) and \
        all(e["event_id"] == event_id(result.article_id, e["start"], e["end"], e["neighbourhood"], e["controller"],
                                      e["event"]) for e in result.events)


def as_copy(first: FileResult, task: FileTask) -> FileResult:
    """``first`` (a copy's result) as the result of reading ``task``'s file."""
    aid = task.article_id
    row = None if first.article_row is None else {**first.article_row, "article_id": aid, "path": task.rel}
    claims = [{**c, "article_id": aid, "claim_id": claim_id(aid, c["start"], c["end"], c["category"], c["measure"])}
              for c in first.claims]
    events = [{**e, "article_id": aid, "event_id": event_id(aid, e["start"], e["end"], e["neighbourhood"],
                                                            e["controller"], e["event"])} for e in first.events]
    return replace(first, article_id=aid, path=task.path, article_row=row, claims=claims, events=events,
                   warnings=list(first.warnings))


@dataclass
class Copies:
    """The keys shared by two or more files of a run, and the results kept for their copies."""
    remaining: dict[str, int]                  # key -> files with it still to be processed
    extract: bool = True
    n_reused: int = 0                          # files answered from an earlier copy
    _kept: dict[str, FileResult] = field(default_factory=dict)

    def __getstate__(self) -> dict:  # travels to Dask workers without kept results
        return {"remaining": dict(self.remaining), "extract": self.extract, "n_reused": 0, "_kept": {}}

    def process(self, task: FileTask, data: bytes | None = None, digest: bytes | None = None
                ) -> tuple[FileResult, bool]:
        """(the task's result, whether it was an earlier copy's). ``data``: its bytes if read
        already (``digest``: their SHA-256, if computed already)."""
        if data is None:
            data = read_bytes(task)
        if data is not None and digest is None:
            digest = hashlib.sha256(data).digest()
        key = digest_copy_key(task, digest, self.extract) if data is not None else None
        if key is None or key not in self.remaining:
            return process_file(task, self.extract, data), False
        first = self._kept.get(key)
        if first is not None:
            result, reused = as_copy(first, task), True
            self.n_reused += 1
        else:
            result, reused = process_file(task, self.extract, data), False
        self.seen(key, result)
        return result, reused

    def remember(self, task: FileTask, digest: bytes, result: FileResult) -> None:
        """``task``'s result was had another way (the results cache, for the bytes of SHA-256
        ``digest``): count it, keep it for its copies."""
        key = digest_copy_key(task, digest, self.extract)
        if key in self.remaining:
            self.seen(key, result)

    def seen(self, key: str, result: FileResult) -> None:
        """One file of ``key`` is done (with ``result``): keep the result for the copies still to come."""
        left = self.remaining[key] - 1
        if left <= 0:
            del self.remaining[key]
            self._kept.pop(key, None)
            return
        self.remaining[key] = left
        if key not in self._kept and reusable(result):
            self._kept[key] = result


def plan_copies(tasks: list[FileTask], extract: bool = True) -> Copies:
    """Key every file of ``tasks`` (by the digest taken when the run was planned); keep the keys
    of files that have copies."""
    counts: Counter[str] = Counter()
    for task in tasks:
        digest = planned_digest(task)
        if digest is not None:
            counts[digest_copy_key(task, digest, extract)] += 1
    return Copies({k: n for k, n in counts.items() if n > 1}, extract)


def copies_line(n_reused: int) -> str:
    """The log line: "493 files were byte-identical copies of earlier files (read once)"."""
    return f"{n_reused:,} files were byte-identical copies of earlier files (read once)"
