"""Interviews: the answers of a question-and-answer piece ("Abu Tareq: When the siege began
...") speak for the answerer, as the article introduced them."""

from __future__ import annotations

import re

from .antecedents import attribute
from .lexicon import Source
from ..regexstore import compile as compile_regex


# an interview's answer: a paragraph opening on the answerer's name and a colon ("Abu Tareq: When
# the siege began ..."); the questions ("MEE: How many ...?") are the outlet's
_ANSWER_LABEL = compile_regex(r"(?P<label>[A-Z][\w'’.\-]*(?:\s+(?:al-|el-|bin\s+|abu\s+)?[A-Z][\w'’.\-]*){0,3}):\s+\S")
_NOT_ANSWERERS = frozenset({"q", "a", "question", "answer", "interviewer", "update", "photo", "video", "source",
                            "note", "editor's note", "read more", "key points", "related", "watch", "listen"})


def interview_answers(body: str, sentences: list, attributions: list, publisher, outlet: str) -> list:
    """In an interview, every sentence of an answer paragraph ("Abu Tareq: ...") that names no
    source of its own speaks for the answerer, as the article introduced them ("Dr Abu Tareq, a
    general surgeon"). Read only where two paragraphs or more open on the same label; a label
    that is the outlet, an initialism ("MEE", "Q") or a paragraph that asks a question is no answer."""
    labels: dict[int, str] = {}  # paragraph start -> label
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", body)]
    for st in starts:
        m = _ANSWER_LABEL.match(body, st)
        if m is None:
            continue
        label = m.group("label")
        para_end = body.find("\n\n", st)
        para = body[st: para_end if para_end >= 0 else len(body)]
        if (label.lower() in _NOT_ANSWERERS or (label.isupper() and len(label) <= 5) or label.lower() == outlet.lower()
                or para.rstrip().endswith("?")):
            continue
        labels[st] = label
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    labels = {st: lb for st, lb in labels.items() if counts[lb] >= 2}
    if not labels:
        return attributions
    # who each label is, read as "LABEL said" in the article's context (its registry of people)
    texts = [s.text for s in sentences]
    para_of = []
    for s in sentences:
        st = max((p for p in labels if p <= s.start), default=None)
        nxt = body.find("\n\n", st) if st is not None else -1
        para_of.append(st if st is not None and (nxt < 0 or s.start < nxt) else None)
    first = {}
    for k, st in enumerate(para_of):
        if st is not None and st not in first:
            first[st] = k
            texts[k] = f"{labels[st]} said. " + texts[k]
    resolved = attribute(texts, publisher=publisher, outlet=outlet)
    out = list(attributions)
    for k, st in enumerate(para_of):
        if st is None or (out[k] is not None and out[k] is not publisher):
            continue
        who = resolved[first[st]]
        if who is not None and who is not publisher:
            out[k] = Source(who.name, who.source_type, who.party_to_conflict, "", 0, 0, who.speaker or labels[st])
    return out
