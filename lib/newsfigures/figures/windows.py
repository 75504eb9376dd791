"""When a share of territory is a share *taken*: the recent window a share is stated with.

``share_taken`` is a share taken by a side within a stated recent window (data/gold/README.md);
without one a share is ``share_held``. The windows are ``share_window`` in ``data/claims.yaml``
("in the past week", "this week", "in recent days"), read in the number's clause or right after
it; where the clause takes or loses ground (a gain or loss verb of ``claims.yaml`` that is no
verb of holding), also "since 15 November", "in three weeks", and a window fronted before the
sentence's first comma ("Over the past two weeks, the opposition has lost more than half").

>>> from newsfigures.figures.numbers import find_quantities
>>> s = "Government forces have retaken around 90% of the east since 15 November."
>>> q = find_quantities(s)[0]
>>> share_window(s, q, s[:q.start])
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import load_yaml, word_pattern
from .numbers import Quantity
from ..regexstore import compile as compile_regex


@dataclass(frozen=True)
class _Windows:
    window: re.Pattern[str]
    gain: re.Pattern[str]
    loss: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Windows:
    raw = load_yaml("claims.yaml")
    return _Windows(window=compile_regex("|".join(raw["share_window"]), re.I),
                    gain=compile_regex(word_pattern(raw["gain_verbs"]), re.I),
                    loss=compile_regex(word_pattern(raw["loss_verbs"]), re.I))


# "since 15 November", "since the offensive began": a window, unless it opens on the war itself
_SINCE_WINDOW = compile_regex(r"\bsince\s+(?!(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b|the\s+(?:start|beginning|outbreak)\s+of\s+"
                           r"the\s+(?:war|conflict|uprising|revolution)\b|the\s+(?:war|conflict|uprising)\s+(?:began|started))", re.I)
# "in three weeks", "in a few days": the span the taking took
_SPAN_WINDOW = compile_regex(r"\bin\s+(?:a\s+few\s+|several\s+|a\s+couple\s+of\s+|a\s+matter\s+of\s+|(?:[a-z]+|\d+)\s+)?"
                          r"(?:days|weeks)\b", re.I)
_HOLDING_VERB = compile_regex(r"control\w*|hold\w*|held", re.I)
# "Since the offensive began on November 15, the army has ...": a fronted since-clause
_FRONTED_SINCE = compile_regex(r"^\W*since\b[^,;.]{1,60},", re.I)


def _taking_verb(clause: str) -> bool:
    """A verb of taking or losing ground in ``clause`` ("retaken", "lost"), not of holding it."""
    lex = _lexicon()
    return any(not _HOLDING_VERB.fullmatch(m.group(0))
               for pat in (lex.gain, lex.loss) for m in pat.finditer(clause))


def share_window(sentence: str, q: Quantity, left: str) -> bool:
    """Whether the share ``q`` (``left``: its clause up to the number) is stated with a recent
    window. A holding stays held whatever the window ("has held 30 percent since 2012")."""
    lex = _lexicon()
    after = sentence[q.end:q.end + 80]
    if lex.window.search(left) or lex.window.search(after):
        return True
    if not _taking_verb(left):
        return False
    if _SINCE_WINDOW.search(left) or _SINCE_WINDOW.search(after) or _SPAN_WINDOW.search(after):
        return True
    fronted = lex.window.search(sentence[:q.start], 0, min(q.start, 60))
    if fronted and fronted.start() <= 3 and sentence[fronted.end():fronted.end() + 2].startswith(","):
        return True
    since = _FRONTED_SINCE.match(sentence[:q.start])
    return bool(since and _SINCE_WINDOW.match(since.group(0).lstrip(" \t\"'“")))
