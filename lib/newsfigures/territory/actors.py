"""The one actors table of the territory stage, and the one rule for who takes what a side lost.

Actors (``actors:`` in ``data/control_verbs.yaml``) are the phrases that name a side:
government, rebels, kurdish, or ``none`` (armed groups of other wars, people who are no
party). Both territory grammars read actors here: the control events
(:mod:`.control`) and the shares of territory (:mod:`.shares`).

**Who takes what a side lost** (:func:`taker_after_loss`), when the text names only the loser
("The YPG lost 40 percent of the district", "Kurdish fighters lost Sheikh Maqsoud"):

1. If the text says who took it ("lost X to the army", "X was captured by rebels"), that side:
   the grammars read the taker before they ask this rule.
2. Rebels and the government are each other's opponents (``opponents:`` in the lexicon): what
   one loses, the other takes.
3. Kurdish forces have no single opponent. A Kurdish loss goes to the government only when the
   sentence shows the government offensive (a government actor is named in it: "as the army
   advanced"); otherwise nobody is credited (no control event, no party for the share).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import _grammar, _lexicon, _norm_phrase
from ..regexstore import compile as compile_regex

SIDES = ("government", "rebels", "kurdish")


@lru_cache(maxsize=1)
def _adjective_regex() -> re.Pattern[str]:
    return compile_regex(rf"(?<![\w\-‐‑])(?:{_grammar().adjective_alt})(?![\w])", re.IGNORECASE)


def find_actors(text: str, adjectives: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, side) of every actor phrase in ``text``, in order; side may be ``none``.

    With ``adjectives``, party adjectives count too ("rebel control", "opposition-held pocket"):
    the share grammar reads who holds a share from them."""
    g = _grammar()
    out: list[tuple[int, int, str]] = []
    for m in g.actor_regex.finditer(text):
        party = g.actor_party.get(_norm_phrase(m.group(0)))
        if party is None:
            continue
        if out and not text[out[-1][1] : m.start()].strip():
            # "Kurdish YPG fighters", "SDF fighters": one actor, the first word's side (as the
            # control grammar reads them)
            out[-1] = (out[-1][0], m.end(), out[-1][2])
            continue
        out.append((m.start(), m.end(), party))
    if adjectives:
        taken = [(a, b) for a, b, _ in out]
        for m in _adjective_regex().finditer(text):
            party = g.adjective_party.get(_norm_phrase(m.group(0)))
            if party is not None and not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.start(), m.end(), party))
        out.sort()
    return out


def government_offensive(sentence: str) -> bool:
    """The sentence names the government side (the context of a government offensive)."""
    return any(party == "government" for _, _, party in find_actors(sentence))


def taker_after_loss(loser: str | None, sentence: str) -> str | None:
    """Who took what ``loser`` lost, when the text does not name the taker (rules 2 and 3)."""
    if loser is None or loser not in SIDES:
        return None
    opponent = _grammar().opponents.get(loser)
    if opponent:
        return opponent
    if loser == "kurdish" and government_offensive(sentence):
        return "government"
    return None


def lead_party(sentence: str) -> str | None:
    """The side of the first armed actor that is a subject in ``sentence`` (not an object:
    "fighting rebels", "from the army"): who an "it"/"they" in the next sentence stands for."""
    if not sentence:
        return None
    g = _grammar()
    for start, end, party in find_actors(sentence):
        if party not in SIDES:
            continue
        if re.match(r"['’]", sentence[end : end + 1]):
            continue
        if g.subject_blocker.search(sentence[max(0, start - 60) : start]):
            continue
        return party
    return None


def headline_party(title: str) -> str | None:
    """The side a headline names as its subject: the first actor followed, after at most a force
    noun or an adverb, by a control trigger or a headline verb (``cues: headline_verbs``):
    "Syrian army captures key district" and "Syrian troops advance in eastern Aleppo" are the
    government's; "Aleppo opposition pocket shrinks as Old City falls" names no subject side."""
    if not title:
        return None
    g = _grammar()
    verbs = _headline_verbs()
    trigger_starts = {m.start() for rx in g.triggers.values() for m in rx.finditer(title)}
    for start, end, party in find_actors(title):
        if party not in SIDES or re.match(r"['’]", title[end : end + 1]):
            continue
        m = _HEADLINE_GAP.match(title, end)
        nxt = re.match(r"[A-Za-z]+", title[m.end() :])
        if m.end() in trigger_starts or (nxt is not None and nxt.group(0).lower() in verbs):
            return party
        return None
    return None


_HEADLINE_GAP = compile_regex(r"\s+(?:(?:forces|troops|units|fighters|soldiers|militias|\w+ly|now|still)\s+)*")


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in _lexicon()["cues"].get("headline_verbs") or [])


def side_of_speaker(names: list[str], source_type: str = "", party_to_conflict: bool = False) -> str | None:
    """The side a speaker belongs to, whom "our forces" and "we" stand for: the first side an
    actor phrase names in ``names`` (the source's name, the words that named it, the person),
    else, for a party to the conflict, the side of its ``source_type`` (``speaker_types:`` in the
    lexicon: a PYD statement is Kurdish, a ministry's the government's); else None."""
    for name in names:
        for _, _, party in find_actors(name or ""):
            if party in SIDES:
                return party
    if party_to_conflict:
        side = _lexicon()["possessives"]["speaker_types"].get(source_type)
        return side if side in SIDES else None
    return None

