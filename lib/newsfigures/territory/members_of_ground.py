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

_MARKER = re.compile(r"\s*,?\s*(?:including|among\s+them|such\s+as|notably|among\s+which)\s+", re.IGNORECASE)
_GROUND = re.compile(
    r"\b(?:percent|per\s*cent|districts?|neighbou?rhoods?|quarters?|areas?|territory|territories|ground|"
    r"pocket|enclave|sector|east|half|third|what\s+(?:remained|remains|was\s+left|is\s+left))\b|%",
    re.IGNORECASE,
)
# triggers that only modify the ground ("the militant-held eastern districts")
_MODIFIERS = frozenset({"held_adjective", "party_noun"})
_MAX_STRETCH = 160
_MAX_WORDS = 24


def members_of_ground(s: _Sentence, t: _Trigger) -> list[int]:
    """Indices of the places listed after the ground that verb ``t`` governs, or []."""
    end = len(s.text)
    for m in _MARKER.finditer(s.text, t.end, min(end, t.end + _MAX_STRETCH)):
        stretch = s.text[t.end : m.start()]
        if not _GROUND.search(stretch) or re.search(r"[.;:()\"“”]", stretch) or "," in stretch:
            return []
        if len(stretch.split()) > _MAX_WORDS or s.g.clause_break.search(stretch):
            return []
        if any(t.end <= p.start < m.start() for p in s.places):
            return []
        if any(o is not t and o.kind not in _MODIFIERS and t.end <= o.start < m.start() for o in s.triggers):
            return []
        return s.objects_after(m.end())
    return []
