"""Districts excepted from a side's whole: "the army controls all of the east apart from X and Y".

A side that holds, took or lost *all* (most, the whole, the rest) of an area *except* named
districts says who holds those districts: the excepted districts stay with the other side.

* SIDE hold|capture-verb all|most|the whole ... except|apart from|but for|other than PLACES ->
  PLACES held by the side's opponent (:func:`.actors.taker_after_loss`: rebels <-> government;
  a Kurdish side's other side is unknown, so nothing), flagged ``inferred``;
* SIDE loss-verb all ... except PLACES -> PLACES held by the side itself ("rebels have lost all
  of the east except X": X is still theirs).

* wherever the marker stands, what the other shapes read on the excepted districts is the other
  side's holding: "Apart from X and Y, the whole east is under government control" -> X and Y
  held by the rebels (:func:`invert_excepted`).

Not exceptions: "all of the east apart from a sliver near X" (no district follows the marker),
and a negated or hypothetical verb ("could take all of the east except X")."""

from __future__ import annotations

import re

from .actors import SIDES
from .clauses import _Event, _Sentence, _Trigger
from ..regexstore import compile as compile_regex

# the whole the verb governs, then the marker of the exception; the exception's own place noun
# ("except the districts of X and Y") is left to the object gap of objects_after
_WHOLE_EXCEPT = compile_regex(
    r"\s+(?:(?:nearly|almost|virtually|practically)\s+)?(?:all|most|much|the\s+whole|the\s+entire|the\s+rest|"
    r"everything|every\s+\w+)\b[^.;:()]{0,60}?\s*,?\s*"
    r"(?:except(?:\s+for)?|apart\s+from|save\s+for|but\s+for|other\s+than|with\s+the\s+exception\s+of|excluding)(?=\s)",
    re.IGNORECASE,
)


def excepted_holdings(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> bool:
    """SIDE v all of AREA except PLACES -> PLACES held by the side that still has them.
    Returns True when the shape was read (the verb has no other object then)."""
    m = _WHOLE_EXCEPT.match(s.text, t.end)
    if m is None:
        return False
    objects = s.objects_after(m.end())
    if not objects:
        return False
    subj = s.subject_before(t.start, adjacent=False)
    if subj is None or subj.party not in SIDES:
        return True
    holder = subj.party if kind == "loss" else s.opponent(subj.party)
    if holder is None:
        return True
    qend = s.quote_end(s.places[objects[-1]].end)
    qstart = s.subject_start(subj)
    if s.suppressed(qstart, t.start, qend):
        return True
    for i in objects:
        out.append(_Event(i, holder, "held", qstart, qend, t.text, True))
    return True


# a marker of exception before a list of districts, wherever it stands ("Apart from X and Y, the
# whole east is under government control")
_EXCEPT_MARKER = compile_regex(
    r"(?<![\w\-])(?:apart\s+from|except(?:\s+for)?|other\s+than|with\s+the\s+exception\s+of|save\s+for|but\s+for|"
    r"excluding)(?=\s)",
    re.IGNORECASE,
)


def invert_excepted(s: _Sentence, events: list[_Event], own: set[int]) -> list[_Event]:
    """Events the other shapes read on excepted districts are the other side's holdings: "Apart
    from X and Y, the whole east is under government control" -> X and Y held by the rebels, not
    the government. ``own`` are the indices of the events :func:`excepted_holdings` made."""
    excepted: set[int] = set()
    for m in _EXCEPT_MARKER.finditer(s.text):
        excepted.update(s.objects_after(m.end()))
    if not excepted:
        return events
    out: list[_Event] = []
    for k, e in enumerate(events):
        if k in own or e.place not in excepted:
            out.append(e)
            continue
        holder = s.opponent(e.controller)
        if holder is not None:
            out.append(_Event(e.place, holder, "held", e.qstart, e.qend, e.trigger, True, e.descriptive))
    return out
