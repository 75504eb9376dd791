"""Entering a district: when it is a taking.

The gold conventions (data/gold/README.md: ``captured`` = changed hands; data/gold/NOTES.md leaves
out only an ongoing advance, "moving forward through X") and every gold set that meets the form
annotate a side's completed entry into a named district as a capture. So:

* "SIDE entered X", "SIDE moved into X" (``completed_entries``) are captures by the side, unless
  a setback follows in the sentence ("entered X but were pushed back", ``entry_setbacks``);
* the progressive and the present ("are entering X", "moving into X", "poised to enter X") stay
  advances, unless the sentence says the other side withdrew or the ground was secured
  ("entered X after rebel groups withdrew", "and began combing it"): that rule is
  :func:`completed_entry`'s first test;
* "moved in" with no object (``move_in``), and "entered" or "took over" with none ("X was
  abandoned and YPG fighters entered"), takes the district the sentence says someone left:
  "Rebels fled X as government forces moved in", "As families left X, troops moved in"
  (``vacated`` verbs); "moved in on X" is closing in, nothing; with no district left, nothing.

A side must be the subject: "Aid convoys entered X" and "Reporters moved in" give nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import SIDES
from .clauses import _ENTRY_COMPLETED, _ENTRY_VERBS, _Event, _Sentence, _Trigger
from .grammar import _lexicon, _norm_phrase, _word_regex
from ..regexstore import compile as compile_regex


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    verbs = _lexicon()["verbs"]
    return (frozenset(_norm_phrase(v) for v in verbs["completed_entries"]),
            _word_regex(list(verbs["entry_setbacks"])), _word_regex(list(verbs["vacated"])))


def entry_is_taking(s: _Sentence, t: _Trigger, objects_end: int) -> bool:
    """Is the entry verb ``t`` a taking: the other side gone or the ground secured anywhere in the
    sentence, or a completed entry with no setback right before the verb ("briefly entered") or
    after its objects to the clause's end ("but were pushed back")?"""
    verb = _norm_phrase(t.text)
    if verb not in _ENTRY_VERBS:
        return False
    if _ENTRY_COMPLETED.search(s.text):
        return True
    completed, setbacks, _ = _words()
    if verb not in completed:
        return False
    end = min((i for i in (s.text.find(c, objects_end) for c in ";.") if i >= 0), default=len(s.text))
    return not setbacks.search(s.text, max(0, t.start - 25), t.start) and not setbacks.search(s.text, objects_end, end)


# "entered" with no object: the clause ends, or a time or a conjunction follows ("and YPG fighters
# entered on Sunday", "entered shortly after")
_BARE_ENTRY = compile_regex(
    r"\s*(?:[.,;:)\]—–]|$|(?:(?:on|late\s+on|early\s+on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:overnight|later|shortly|soon|hours|days|minutes|immediately|after|afterwards|and|unopposed|without)\b)",
    re.IGNORECASE,
)


# verbs of entering or taking that, with no object, take the district the sentence says was left
_BARE_ENTRY_VERBS = frozenset({"entered", "took over", "have taken over", "has taken over", "had taken over"})


def bare_entry(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """SIDE entered / took over (no object): read like "moved in", the district the sentence says
    was left ("Rebels evacuated X and YPG fighters took over")."""
    if _norm_phrase(t.text) not in _BARE_ENTRY_VERBS or not _BARE_ENTRY.match(s.text, t.end):
        return
    moved_in(s, t, out, closing_in=False)


# "moved in on X" closes in; "moved in to help" has a purpose: neither is a taking
_NOT_INTRANSITIVE = compile_regex(r"\s+(?:on|to|toward|towards|against|around|with|behind)\b", re.IGNORECASE)


def moved_in(s: _Sentence, t: _Trigger, out: list[_Event], closing_in: bool = True) -> None:
    """SIDE moved in (no object): the district the sentence says was left, taken by the side.
    ``closing_in``: a preposition after the verb may make it closing in ("moved in on X")."""
    if closing_in and _NOT_INTRANSITIVE.match(s.text, t.end):
        return
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.party not in SIDES:
        return
    _, setbacks, vacated = _words()
    best: list[int] = []
    for v in vacated.finditer(s.text):
        if v.start() < t.end and v.end() > t.start:
            continue
        objects = s.objects_after(v.end())
        if objects and (not best or abs(v.start() - t.start) < abs(s.places[best[0]].start - t.start)):
            best = objects
    if not best:
        return
    end = min((i for i in (s.text.find(c, t.end) for c in ";.") if i >= 0), default=len(s.text))
    if setbacks.search(s.text, t.end, end) or s.suppressed(subj.start, t.start, t.end):
        return
    qstart = min(s.places[best[0]].start, subj.start)
    qend = max(s.places[best[-1]].end, t.end)
    for i in best:
        out.append(_Event(i, subj.party, "captured", qstart, qend, t.text, False))
