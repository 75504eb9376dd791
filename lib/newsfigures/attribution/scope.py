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


# "an airstrike that activists said ...", "in the east, where the UN says ...": a speaker inside a
# relative clause
_RELATIVE_BEFORE_RE = re.compile(r"\b([a-z]+)(?:\s+|,\s+(?=where))(?:that|which|who|whom|where)\s+\Z")
# "what the UN estimated were 250,000 people": a free relative naming the figure it governs
_WHAT_BEFORE_RE = re.compile(r"(?:^|\W)(what)\s+(?:the\s+)?\Z", re.I)
_FIGURE_NP_RE = re.compile(r"\d[\d,.]*(?:\s+[\w\-]+){0,3}")
_PHRASE_END_RE = re.compile(r"[,;:()]|\s-{1,2}\s|\.(?:\s|\Z)|\s(?:and|but|while|whereas|as)\s")
_CLAUSE_BREAK_RE = re.compile(
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
        if br is not None:
            return 0, an.offs[br.start()]
    return None
