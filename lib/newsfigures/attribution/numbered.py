"""Names with a number in them: "France 24", "Channel 4 News", "BBC Radio 4".

Speaker names are read by their capitalised words, and a number before a reporting verb is
usually a date to skip ("on December 24 said"); a number standing between capitalised words, or
after one that is no month or day, is part of a broadcaster's name.  A known organisation inside
the name speaks for it ("BBC Radio 4" -> BBC); a country inside it does not ("France 24" is no
French government): the name is kept as written, typed ``media``.

>>> from newsfigures.attribution import find_source
>>> find_source("France 24 reported that 30 people were killed.").name
'France 24'
"""

from __future__ import annotations


from .candidates import _Cand, _Ctx, _original
from ..regexstore import compile as compile_regex

_CAP = r"[A-Z][\w\-]*"
_NUMBERED_END_RE = compile_regex(
    rf"(?<![\w'\-])((?:{_CAP}\s+){{1,3}}\d{{1,3}}(?:\s+{_CAP}){{0,2}})\Z")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "the a an on in since until by from at of resolution article paragraph section chapter page "
    "number no room phase stage day week".split())


def numbered_name(ctx: _Ctx, before: str, cue: int) -> _Cand | None:
    """The numbered name ending ``before`` (the folded text up to a cue), or ``None``."""
    m = _NUMBERED_END_RE.search(before, max(0, len(before) - 60))
    if m is None:
        return None
    words = m.group(1).split()
    number_at = next(k for k, w in enumerate(words) if w.isdigit())
    if words[number_at - 1].lower().strip(".") in _CALENDAR:
        return None
    start, end = m.start(1), m.end(1)
    if words[0].lower() in ("the", "a", "an"):
        start += len(words[0]) + 1
    for mm in ctx.mentions:
        e = mm.entry
        if start <= mm.start and mm.end <= end and e is not None and mm.target.kind in ("alias", "name") \
                and e.source_type in ("media", "state_media") and not e.generic:
            return _Cand("entry", start, end, cue, entry=e)
    return _Cand("org", start, end, cue, name=_original(ctx, start, end), source_type="media")
