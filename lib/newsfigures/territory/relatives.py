"""Relative clauses about a named district: "X, which rebels took in 2012", "X that the army
holds", and the contact clause without "that" ("X is one of the few neighbourhoods rebels still
hold"). A restrictive "that" after a place governed by a preposition of location is about the
noun before it, not the place ("a district next to X that rebels had abandoned": nothing for X)."""

from __future__ import annotations

import re

from .actors import SIDES as CONTROLLERS, lead_party
from .clauses import _RELATIVE, _Actor, _Event, _Sentence, _Trigger
from ..regexstore import compile as compile_regex


# a place after a preposition of location heads no restrictive relative clause of its own
_LOCATIVE_BEFORE = compile_regex(
    r"\b(?:next\s+to|near|nearby|close\s+to|adjacent\s+to|bordering|beside|opposite|alongside|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _relative(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACE(, the district) which|that SUBJECT (had) v -> the subject's event on PLACE."""
    cands = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not cands:
        return
    i = cands[-1]
    gap = s.text[s.places[i].end : t.start]
    if len(gap) > 100 or ";" in gap:
        return
    rel = None
    for m in _RELATIVE.finditer(gap):
        rel = m
    if rel is None:
        _contact_relative(s, t, out, kind, i)
        return
    rel_pos = s.places[i].end + rel.end()
    if rel.group(0).lower() == "that" and not gap[: rel.start()].strip() \
            and _LOCATIVE_BEFORE.search(s.text, max(0, s.places[i].start - 40), s.places[i].start):
        return  # "a district next to X that rebels had abandoned": the clause is about the district, not X
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.start < rel_pos or subj.party not in CONTROLLERS:
        subj = _pronoun_subject(s, rel_pos, t.start, s.places[i].start)
        if subj is None:
            return
    if not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", s.text[rel_pos : subj.start]):
        return
    if s.blocked(s.places[i].end, s.places[i].end + rel.start()):
        return
    if s.suppressed(subj.start, t.start, t.end):
        return
    for j in _list_ending_in(s, i):  # "Kalasa and Fardous, which the rebels still hold": both
        _add(s, t, out, kind, j, subj)


# "X, which they took in late November": a pronoun subject of the relative clause
_PRONOUN = compile_regex(
    r"\s*(?P<pronoun>they|it)\s+(?:(?:had|has|have|also|then|later|only|finally|still|already|eventually)\s+)*$",
    re.IGNORECASE,
)


def _pronoun_subject(s: _Sentence, rel_pos: int, verb_start: int, place_start: int) -> _Actor | None:
    """The side a pronoun subject of a relative clause stands for: the subject side of the
    sentence before the place ("Troops pressed on toward X, which they took"), else the actor of
    the sentence before (``context_party``). The pronoun's span stands as the subject."""
    m = _PRONOUN.fullmatch(s.text, rel_pos, verb_start)
    if m is None:
        return None
    party = lead_party(s.text[:place_start])
    if party not in CONTROLLERS:
        party = s.context_party
    if party not in CONTROLLERS:
        return None
    return _Actor(m.start("pronoun"), m.end("pronoun"), party)


def _list_ending_in(s: _Sentence, i: int) -> list[int]:
    """Place ``i`` and the places listed before it ("A, B and C")."""
    out = [i]
    while out[0] > 0 and s.list_gap_ok(s.places[out[0] - 1].end, s.places[out[0]].start):
        out.insert(0, out[0] - 1)
    return out


def _add(s: _Sentence, t: _Trigger, out: list[_Event], kind: str, i: int, subj: _Actor) -> None:
    """The subject's event on place ``i`` (a loss: its opponent's taking, inferred)."""
    inferred = False
    if kind == "loss":
        controller = s.opponent(subj.party)
        inferred = True
        if controller is None:
            return
    else:
        controller = subj.party
    event = "held" if kind == "hold" else "captured"
    out.append(_Event(i, controller, event, s.places[i].start, t.end, t.text, inferred))


# a contact clause's head: the place is (one of) the NOUNs, by a copula or an apposition
_CONTACT_HEAD = compile_regex(
    r"(?:\s*,\s*|\s+(?:is|was|are|were|remains|remained|became|has\s+become|is\s+now|was\s+now)\s+)"
    r"(?:(?:now|still|also)\s+)?"
    r"(?:(?:one|two|three|some|several|each|any)\s+of\s+|among\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?:very|few|last|only|remaining|latest|first|final|biggest|largest|key|major|main|"
    r"strategic|handful\s+of|small\s+number\s+of|eastern|western|northern|southern|\d+|two|three|four|five)\s+){0,3}"
    r"(?:districts?|neighbou?rhoods?|areas?|quarters?|parts?|enclaves?|pockets?|strongholds?|bastions?|places?)\s+"
    r"(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)


def _contact_relative(s: _Sentence, t: _Trigger, out: list[_Event], kind: str, i: int) -> None:
    """A relative clause without "that": "X is one of the few neighbourhoods rebels still hold",
    "X, the latest district the army has taken, ..." -> the clause's event on X. The place must
    be (one of) the clause's head noun, by a copula or an apposition: "X is near the districts
    rebels hold" gives nothing."""
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.party not in CONTROLLERS or subj.start < s.places[i].end:
        return
    if not _CONTACT_HEAD.fullmatch(s.text[s.places[i].end : subj.start]):
        return
    if s.suppressed(subj.start, t.start, t.end):
        return
    for j in _list_ending_in(s, i):  # "A, B and C, the three neighbourhoods the opposition still controls"
        _add(s, t, out, kind, j, subj)
