"""Territory shares: who holds or took the share of territory a figure states ("the army
recaptured 99 percent" -> government; "rebels driven from 98 percent" -> government)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from ..lexicon import load_yaml, word_pattern
from .actors import SIDES, find_actors, taker_after_loss


class _Span(Protocol):  # a number phrase (figures.numbers.Quantity): where it sits in the sentence
    start: int
    end: int


@dataclass(frozen=True)
class _ShareLexicon:
    gain: re.Pattern[str]
    loss: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> _ShareLexicon:
    raw = load_yaml("claims.yaml")
    return _ShareLexicon(
        gain=re.compile(word_pattern(raw["gain_verbs"]), re.I),
        loss=re.compile(word_pattern(raw["loss_verbs"]), re.I),
    )


_OUT_OF = re.compile(r"\b(forc\w*|push\w*|drov\w*|driv\w*|expell\w*|kick\w*|chas\w*)\s+"
                     r"(?=((?:\w+\s+){0,3}?)out\s+of\s*(?:\w+\s+){0,4}$)", re.I)
_PRONOUN_OBJECT = re.compile(r"\s*(?:them|those)\s*$", re.I)
_GIVE = re.compile(r"\b(giv\w*|gave|hand\w*)\s+(?:the\s+)?(\w+(?:\s\w+)?)", re.I)
_BY_ACTOR = re.compile(r"\b(?:by|to)\s+(?:the\s+|a\s+)?([\w'-]+(?:\s[\w'-]+)?)", re.I)
_PASSIVE = re.compile(r"\b(been|were|was|are|is|be|being|get|got)\s+(?:\w+\s+)?$", re.I)


def _actor_in(text: str, last: bool = True) -> str | None:
    """The side of the last (or first) actor named in ``text`` (the one actors table)."""
    found = [party for _, _, party in find_actors(text, adjectives=True) if party in SIDES]
    if not found:
        return None
    return found[-1] if last else found[0]


def _taker(loser: str | None, sentence: str) -> str:
    return taker_after_loss(loser, sentence) or ""


def territory_party(sentence: str, q: _Span) -> tuple[str, bool]:
    """(party that holds or took the share, whether a gain/loss verb was found)."""
    lex = lexicon()
    left = sentence[max(0, q.start - 160):q.start]
    right = sentence[q.end:q.end + 120]
    give = None
    for give in _GIVE.finditer(left):
        pass
    if give is not None and len(left) - give.end() < 25:
        actor = _actor_in(give.group(2))
        if actor:
            return actor, True
    verbs = [(m.start(), m.end(), "gain") for m in lex.gain.finditer(left)] + \
            [(m.start(), m.end(), "loss") for m in lex.loss.finditer(left)]
    # "forced rebels out of", "pushed them out of": an object between the verb and "out of";
    # the verb nearest "out of" ("forces pushed them out of": "pushed", not the noun "forces")
    for m in list(_OUT_OF.finditer(left))[-1:]:
        obj = _actor_in(m.group(2))
        if obj:
            return _taker(obj, sentence), True
        if _PRONOUN_OBJECT.match(m.group(2)):  # "pushed them out of": the one pushing holds it
            pusher = _actor_in(left[:m.start()])
            if pusher:
                return pusher, True
        verbs.append((m.start(), len(left), "loss"))  # (the match ran to the end of `left`)
    if verbs:
        start, end, kind = max(verbs)
        subject = _actor_in(left[:start])
        after_verb = left[end:]
        by = _BY_ACTOR.search(after_verb)
        if kind == "gain":
            if by and _actor_in(by.group(0)):
                return _actor_in(by.group(0)), True
            return (subject or ""), True
        # loss: the subject lost it; a passive "had been lost" after the number is handled below
        if by and _actor_in(by.group(0)) and _PASSIVE.search(left[:start]):
            return _actor_in(by.group(0)), True
        return _taker(subject, sentence), True
    # the verb comes after the number: "98 percent is held by the army", "the territory rebels
    # once held ... had been lost"
    rverbs = [(m.start(), "gain") for m in lex.gain.finditer(right)] + [(m.start(), "loss") for m in lex.loss.finditer(right)]
    if rverbs:
        if any(k == "loss" for _, k in rverbs):
            first_loss = min(s for s, k in rverbs if k == "loss")
            actor = _actor_in(right[:first_loss])
            return _taker(actor, sentence), True
        start, _ = min(rverbs)
        by = _BY_ACTOR.search(right[start:start + 40])
        if by and _actor_in(by.group(0)):
            return _actor_in(by.group(0)), True
        return (_actor_in(right[:start]) or _actor_in(left) or ""), True
    return (_actor_in(left) or ""), False
