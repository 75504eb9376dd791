"""Districts named after a counted taking: "the army has freed 35 neighbourhoods. Among them are
X, Y and Z" (captured by the side that took the count).

``counted_taking(sentence)`` is the side whose capture verb governs a number of districts and
names none of them; ``member_mentions(sentence, party)`` reads a following sentence that opens
by listing members of that count ("Among them are", "They include", "These include").
"""

from __future__ import annotations

import re

from .clauses import _Sentence, sentence_places
from .control import CONTROLLERS, ControlMention
from .grammar import _grammar
from ..regexstore import compile as compile_regex

_COUNTED = compile_regex(
    r"\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least|another|a\s+further)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several)\s+"
    r"(?:(?:more|other|new|eastern|rebel-held|residential)\s+)?(?:neighbou?rhoods|districts|quarters|residential\s+areas)\b",
    re.IGNORECASE,
)
_MEMBERS = compile_regex(
    r"(?:^\W*|(?<=[.;])\s+)(?:among\s+them\s+(?:are|were|is|was)|(?:they|these|those)\s+(?:include|included)|"
    r"these\s+are|they\s+are)\s+",
    re.IGNORECASE,
)


def counted_taking(sentence: str) -> str | None:
    """The side that took a counted number of districts in ``sentence`` naming none, or None."""
    if not sentence or not re.search(r"neighbou?rhoods|districts|quarters|residential areas", sentence, re.I):
        return None
    places = sentence_places(sentence)
    if places:  # (before the sentence's actors and triggers are read)
        return None
    s = _Sentence(sentence, _grammar(), None, places=places)
    for t in s.triggers:
        if t.kind != "capture" or not _COUNTED.match(s.text, t.end):
            continue
        subj = s.subject_before(t.start)
        if subj is not None and subj.party in CONTROLLERS:
            return subj.party
    return None


def member_mentions(sentence: str, party: str | None) -> list[ControlMention]:
    """The districts a sentence lists as members of the count the sentence before took (or the
    quoted sentence before it in the same quotation: '"... freed 35 neighbourhoods. Among them
    are X," he said')."""
    m = _MEMBERS.search(sentence or "")
    if m is None:
        return []
    if m.start() > 0 and sentence[: m.start()].strip(" \"'“‘"):
        party = counted_taking(sentence[: m.start()])
    if party not in CONTROLLERS:
        return []
    s = _Sentence(sentence, _grammar(), None)
    if any(t.kind != "held_adjective" and t.start >= m.end() for t in s.triggers):
        return []  # the list is followed by a statement of its own: read it on its own
    objects = s.objects_after(m.end() - 1)
    if not objects:
        return []
    lead = m.group(0)
    start, end = m.start() + len(lead) - len(lead.lstrip(" \"'“‘\t\n")), s.quote_end(s.places[objects[-1]].end)
    out = []
    for i in objects:
        p = s.places[i]
        out.append(ControlMention(
            neighbourhood=p.neighbourhood.name, controller=party, event="captured", surface=p.surface,
            quote=sentence[start:end], start=start, end=end, trigger=m.group(0).strip(), inferred=True,
            in_gazetteer=p.neighbourhood.known,
        ))
    return out
