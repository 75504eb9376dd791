"""Scope: which part of a sentence an attribution covers.

Most attributions cover the whole sentence ("Air strikes killed 30 and wounded 70, rebel
officials said": both figures).  A speaker inside a relative clause covers that clause only ("25
civilians were killed by an airstrike that activists said the government carried out": not the
toll); a speaker in a free relative covers the figure it governs ("home to what the UN estimated
were 250,000 people": not the area before it); a speaker opening the sentence covers the reported clause up to an adverbial "as"/"while"
clause, a semicolon or a dash ("The army said it holds 98 percent, as troops close in on a
pocket with tens of thousands of civilians": the last figure is the writer's)."""

from __future__ import annotations

import re

from .candidates import _Analysis, _Cand
from .lexicon import _lexicon
from ..regexstore import compile as compile_regex


# "an airstrike that activists said ...", "in the east, where the UN says ...": a speaker inside a
# relative clause
_RELATIVE_BEFORE_RE = compile_regex(r"\b([a-z]+)(?:\s+|,\s+(?=where))(?:that|which|who|whom|where)\s+\Z")
# "what the UN estimated were 250,000 people": a free relative naming the figure it governs
_WHAT_BEFORE_RE = compile_regex(r"(?:^|\W)(what)\s+(?:the\s+)?\Z", re.I)
_FIGURE_NP_RE = compile_regex(r"\d[\d,.]*(?:\s+[\w\-]+){0,3}")
_PHRASE_END_RE = compile_regex(r"[,;:()]|\s-{1,2}\s|\.(?:\s|\Z)|\s(?:and|but|while|whereas|as)\s")
_CLAUSE_BREAK_RE = compile_regex(
    r",\s+(?:even\s+)?(?:as(?!\s+(?:part|well|a|an|of|many|much|such|if|though|per|to|usual|expected|"
    r"long|soon|far|in|with|for)\b)|while|whereas)\s+|;\s+|\s+--\s+|\s+-\s+"
)


def _scope_of(an: _Analysis, c: _Cand) -> tuple[int, int] | None:
    """The part of the sentence an attribution covers, when it is not the whole sentence.

    - a speaker inside a relative clause covers that clause only: in "25 civilians were killed
      by an airstrike that activists said the government carried out", activists say who
      carried it out, not the toll (also ", where the UN says ...");
    - a speaker opening the sentence ("X said ...") covers the reported clause up to an
      adverbial "as"/"while" clause, a semicolon or a dash: in "The army said it holds 98
      percent of the east, as troops close in on a pocket packed with tens of thousands of
      civilians" the last figure is the writer's.
    A sentence-final attribution ("..., rebel officials said") covers every figure before it.
    """
    folded = an.folded
    n = len(folded)
    head = folded[max(0, c.start - 40) : c.start]
    contact = _contact_relative(an, c)
    if contact is not None:
        return contact
    what = _WHAT_BEFORE_RE.search(head)
    if what is not None:
        # "home to what the UN estimated were 250,000 people": the free relative's figure only
        lo = c.start - (len(head) - what.start(1))
        stop = _PHRASE_END_RE.search(folded, c.cue)
        hi = stop.start() if stop is not None else n
        figure = _FIGURE_NP_RE.search(folded, c.cue, hi)
        if figure is not None:
            hi = figure.end()  # the figure it names, not the clause the free relative is subject of
        return an.offs[lo], an.offs[hi] if hi < n else len(an.text)
    rel = _RELATIVE_BEFORE_RE.search(head)
    if rel is not None and rel.group(1).lower() not in _lexicon().verbs and rel.group(1).lower() not in (
        "so", "such", "and", "but", "now"
    ):
        lo = c.start - (len(head) - rel.end(1))
        comma = folded.find(",", c.cue)
        hi = comma if comma >= 0 else n
        return an.offs[lo], an.offs[hi] if hi < n else len(an.text)
    # the speaker opens the sentence (after a dateline or adverbial at most) and speaks first
    if c.end <= c.cue <= c.end + 40 and not re.search(r"\d", folded[: c.start]):
        br = _CLAUSE_BREAK_RE.search(folded, c.cue)
        # "OCHA said 2,000 fled, and the UN human rights office said 40 died": a coordinated
        # clause with a speaker of its own ends this one ("X said 2,000 fled, and 40 died" does not)
        joined = next((m for m in _COORDINATED_RE.finditer(folded, c.cue)
                       if any(o is not c and o.cue > m.end() for o in an.speakers)), None)
        if joined is not None and (br is None or joined.start() < br.start()):
            br = joined
        if br is not None:
            return 0, an.offs[br.start()]
    return None


_COORDINATED_RE = compile_regex(r",\s+(?:and|but)\s+")


# "several hundred men they say have been detained": a relative clause without "that", its
# subject a pronoun, right after a plural head noun; the figure heading that noun is theirs
_CONTACT_HEAD_RE = compile_regex(r"\b([a-z][a-z\-]*(?:s|men|people|children))\s+\Z")
_FIGURE_HEAD_RE = compile_regex(
    r"(?:\d[\d,.]*|(?:several|a\s+few|some|many|hundreds|thousands|dozens|tens|scores)\b)"
    r"(?:\s+(?!(?:of|at|in|on|to|from|for|with|by|and|or)\b)[\w\-]+){0,4}\s+\Z")
_NOT_HEADS = frozenset("was has is does this its his as us yes".split())


def _contact_relative(an: _Analysis, c: _Cand) -> tuple[int, int] | None:
    """The scope of a pronoun speaker opening a contact relative clause: the head noun's figure
    and the clause, up to the next comma."""
    folded = an.folded
    if c.kind != "ref" or folded[c.start : c.end].lower() not in ("they", "we"):
        return None
    head = _CONTACT_HEAD_RE.search(folded, max(0, c.start - 30), c.start)
    if head is None or head.group(1) in _NOT_HEADS or head.group(1) in _lexicon().verbs:
        return None
    fig = _FIGURE_HEAD_RE.search(folded, max(0, c.start - 60), c.start)
    lo = fig.start() if fig is not None and fig.start() <= head.start(1) else head.start(1)
    comma = folded.find(",", c.cue)
    hi = comma if comma >= 0 else len(folded)
    return an.offs[lo], an.offs[hi] if hi < len(folded) else len(an.text)
