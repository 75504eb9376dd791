"""Memos of sentence scans that several steps repeat on the same sentence, kept for one
article at a time.

The control grammar, the anaphora check and the article's last-named district each scan a
sentence for places; the off-domain gate reads every sentence for the article, then again for
each figure. :func:`sentence_memo` keeps such a scan's answers, and
:func:`~newsfigures.extract.extract_article` forgets them all when it starts an article
(:func:`new_article`): nothing is carried from one article to the next, so a corpus of
repeated texts is not measured as faster than it is, and memory stays bounded. A memo holds at
most ``MAX_ENTRIES`` answers for callers that use a scan outside an article.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
MAX_ENTRIES = 256
_MEMOS: list = []


def sentence_memo(fn: F) -> F:
    """``fn`` (a pure function of hashable arguments whose answer is not mutated) with a memo
    that :func:`new_article` empties."""
    memo = lru_cache(maxsize=MAX_ENTRIES)(fn)
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


def new_article() -> None:
    """Forget every memo's answers (at the start of each article)."""
    for memo in _MEMOS:
        memo.cache_clear()
