"""The districts listed as members of a stretch of ground a capture or loss verb governs, when the
stretch is too long to be read as the verb's object (:meth:`.clauses._Sentence.objects_after` takes
ten words): "retook more than 90 percent of the militant-held eastern districts within a month,
including the strategic neighborhoods of A, B and C", "captured what remained of the
opposition's territory in the east, including A, B".

The stretch between the verb and "including|among them|such as" must name ground (a share, a
count of districts, territory, what remained) and hold no place, no other verb, no clause break;
the members are read like any object list after the marker.
"""

from __future__ import annotations

import re

from .clauses import _Sentence, _Trigger
from ..regexstore import compile as compile_regex

_MARKER = compile_regex(r"\s*,?\s*(?:including|among\s+them|such\s+as|notably|among\s+which)\s+", re.IGNORECASE)
_GROUND = compile_regex(
    r"\b(?:percent|per\s*cent|districts?|neighbou?rhoods?|quarters?|areas?|territory|territories|ground|"
    r"pocket|enclave|sector|east|half|third|what\s+(?:remained|remains|was\s+left|is\s+left))\b|%",
    re.IGNORECASE,
)
# triggers that only modify the ground ("the militant-held eastern districts")
_MODIFIERS = frozenset({"held_adjective", "party_noun"})
# a time inside the stretch is no clause: "since mid-November", "until last week"
_TIME = compile_regex(r"\b(?:since|until|by)\s+(?:(?:mid|early|late)[-\s]+)?(?:[A-Z][a-z]+|\d[\d\s]*[a-z]*|last\s+\w+)",
                   re.IGNORECASE)
_GROUND_RELATIVE = compile_regex(
    r"\b(?:area|areas|territory|ground|districts|neighbou?rhoods|east|part|parts)\s+(?:(?:that|which)\s+)?"
    r"(?:the\s+)?(?:[\w\-]+\s+){1,2}(?:(?:had|has|have|once|still|previously)\s+)*$",
    re.IGNORECASE,
)
_MAX_STRETCH = 160


def _modifier(s: _Sentence, o: _Trigger) -> bool:
    """A trigger that only modifies the ground: "the militant-held districts", "the besieged east"."""
    if o.kind in _MODIFIERS or re.search(r"\b(?:the|a|an|its|their)\s+$", s.text[max(0, o.start - 8) : o.start]):
        return True
    # a relative clause of holding on the ground noun: "lost 60 percent of the area they held"
    return o.kind == "hold" and _GROUND_RELATIVE.search(s.text, max(0, o.start - 60), o.start) is not None
_MAX_WORDS = 24


def members_of_ground(s: _Sentence, t: _Trigger) -> list[int]:
    """Indices of the places listed after the ground that verb ``t`` governs, or []."""
    end = len(s.text)
    for m in _MARKER.finditer(s.text, t.end, min(end, t.end + _MAX_STRETCH)):
        stretch = s.text[t.end : m.start()]
        if not _GROUND.search(stretch) or re.search(r"[.;:()\"“”]", stretch) or "," in stretch:
            return []
        if len(stretch.split()) > _MAX_WORDS or s.g.clause_break.search(_TIME.sub(" ", stretch)):
            return []
        if any(t.end <= p.start < m.start() for p in s.places):
            return []
        if any(o is not t and t.end <= o.start < m.start() and not _modifier(s, o) for o in s.triggers):
            return []
        return s.objects_after(m.end())
    return []
