"""Territory shares: who holds or took the share of territory a figure states ("the army
recaptured 99 percent" -> government; "rebels driven from 98 percent" -> government).

Shares held and shares taken by any side are read by this one grammar (:func:`territory_party`),
with the actors of the one actors table (:mod:`.actors`): the subject of a gain verb holds the
share; a loss verb's subject lost it, so the taker of :func:`.actors.taker_after_loss` holds it
("rebels have lost more than half of the east" -> government, as data/gold/NOTES.md reads 61: a
loss is no holding). The side left "in a pocket of" or "confined to" the figure holds it, and in
"the army controls 93 percent and rebels the remaining 7 percent" the second share is the second
actor's."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from ..lexicon import load_yaml, word_pattern
from .actors import SIDES, find_actors, taker_after_loss
from .grammar import _grammar, _norm_phrase
from ..regexstore import compile as compile_regex


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
        gain=compile_regex(word_pattern(raw["gain_verbs"]), re.I),
        loss=compile_regex(word_pattern(raw["loss_verbs"]), re.I),
    )


_OUT_OF = compile_regex(r"\b(forc\w*|push\w*|drov\w*|driv\w*|expell\w*|kick\w*|chas\w*)\s+"
                     r"(?=((?:\w+\s+){0,3}?)out\s+of\s*(?:\w+\s+){0,4}$)", re.I)
_PRONOUN_OBJECT = compile_regex(r"\s*(?:them|those)\s*$", re.I)
_GIVE = compile_regex(r"\b(giv\w*|gave|hand\w*)\s+(?:the\s+)?(\w+(?:\s\w+)?)", re.I)
_BY_ACTOR = compile_regex(r"\b(?:by|to)\s+(?:the\s+|a\s+)?([\w'-]+(?:\s[\w'-]+)?)", re.I)
_PASSIVE = compile_regex(r"\b(been|were|was|are|is|be|being|get|got)\s+(?:\w+\s+)?$", re.I)


_CONFINED = compile_regex(r"\b(?:pocket|enclave|sliver|strip|confined\s+to|limited\s+to|reduced\s+to|"
                       r"squeezed\s+into|bottled\s+up\s+in)\b", re.I)
_PERCENT_BEFORE = compile_regex(r"\d\s*(?:%|percent|per\s+cent)|\b(?:half|third|quarter|tenth)s?\b", re.I)
_TO_AFTER = compile_regex(r"[^,;.]{0,60}?\bto\s+", re.I)
_CLAUSE_STOP = compile_regex(r"[;:()\[\]—–]|[.,]\s|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


def _clause_before(sentence: str, pos: int, limit: int = 110) -> str:
    """The words of the clause before ``pos`` (from the last comma, semicolon, "but"...)."""
    head = sentence[max(0, pos - limit):pos]
    stops = list(_CLAUSE_STOP.finditer(head))
    return head[stops[-1].end():] if stops else head


def _actor_in(text: str, last: bool = True) -> str | None:
    """The side of the last (or first) actor named in ``text`` (the one actors table)."""
    found = [party for _, _, party in find_actors(text, adjectives=True) if party in SIDES]
    if not found:
        return None
    return found[-1] if last else found[0]


def _taker(loser: str | None, sentence: str) -> str:
    return taker_after_loss(loser, sentence) or ""


# the share's own predicate after it: "30 percent of the east is now under government control",
# "... has come under army control", "... is in rebel hands" (not "once under rebel control")
_STATE_VERB = compile_regex(
    r"[^;.:]{0,90}?\b(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|came|come|comes|fell|falls|"
    r"returned|returns)\s+(?:(?:now|back|firmly|fully|once\s+again|again)\s+)*$",
    re.IGNORECASE,
)


# verbs of taking back (the control lexicon's ``restore`` verbs, as the share lexicon writes them)
_TAKING_BACK = compile_regex(r"(?:retak|retook|recaptur|regain|liberat|freed|reclaim)", re.IGNORECASE)


def _predicate_holder(right: str) -> str | None:
    """The side of "is (now) under SIDE control / in SIDE hands" said of the share after it."""
    g = _grammar()
    for rx in (g.under_control, g.in_hands):
        for m in rx.finditer(right):
            if _STATE_VERB.fullmatch(right[: m.start()]):
                party = g.adjective_party.get(_norm_phrase(m.group("adj")))
                if party in SIDES:
                    return party
    return None


def territory_party(sentence: str, q: _Span) -> tuple[str, bool]:
    """(party that holds or took the share, whether a gain/loss verb was found)."""
    lex = lexicon()
    left = sentence[max(0, q.start - 160):q.start]
    right = sentence[q.end:q.end + 120]
    held_now = _predicate_holder(right)
    if held_now:
        return held_now, True
    clause = _clause_before(sentence, q.start)
    confined = _CONFINED.search(clause)
    if confined:  # "leaving rebels in a pocket of 5 square km", "rebels are confined to 10 percent"
        actor = _actor_in(clause[:confined.start()])
        if actor:
            return actor, True
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
            # "control 93 percent of the east, and rebels the remaining 7 percent": elliptical second share
            share_before = list(_PERCENT_BEFORE.finditer(after_verb))
            if share_before:
                second = _actor_in(after_verb[share_before[-1].end():])
                if second:
                    return second, True
            if subject is None and _TAKING_BACK.match(left, start):
                # "'Our forces have retaken 75 percent,' the source said": a verb of taking back
                # with no side named is the government's, as the control grammar reads "was retaken"
                return "government", True
            return (subject or ""), True
        # loss: the subject lost it; a passive "had been lost" after the number is handled below
        if by and _actor_in(by.group(0)) and _PASSIVE.search(left[:start]):
            return _actor_in(by.group(0)), True
        # "handed 10 percent of the city to the regime", "lost 40 percent to the army": the taker
        to = _TO_AFTER.match(right)
        if to and _actor_in(right[to.end():to.end() + 40], last=False):
            return _actor_in(right[to.end():to.end() + 40], last=False), True
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
