"""Forces named by a possessive pronoun, and "we": whose side they are.

"Damascus says its forces have retaken X" is the government's taking; "The YPG said its fighters
took X" is Kurdish although bare "fighters" are rebels; "Our forces liberated X from the
mercenaries", in a Kurdish commander's words, is Kurdish, not the government's. The words live in
``possessives:`` of ``data/control_verbs.yaml``. Rules:

* ``its``/``their`` + a force noun (forces, troops, fighters, units, allies ...) is the side of the
  nearest side named before the pronoun in the sentence: an actor ("the YPG") or a side name
  ("Damascus", "Moscow": names that stand for a side only as a speaker or possessor); else the
  side speaking in the sentence ("..., the army said"); else the sentence's speaker known to the
  caller (``speaker_party``); else the side of the sentence before (``context_party``).
* ``our`` + a force noun, and the subject ``we``, are the side of whoever speaks: a side that is the
  subject of a speech verb in the sentence ("..., a YPG commander told Rudaw", "the army said:"),
  else ``speaker_party`` (the side of the attributed speaker or of the publication, which the
  extractor knows). With no speaker known the phrase names nobody (party ``none``): no event.

>>> [(text[a:b], side) for a, b, side in possessed_forces(
...     text := "The YPG said its fighters took Sheikh Fares.", [(4, 7, "kurdish"), (17, 25, "rebels")])]
[('its fighters', 'kurdish')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import find_actors
from .grammar import _alternation, _lexicon, _norm_phrase
from ..regexstore import compile as compile_regex

SIDES = ("government", "rebels", "kurdish")


@dataclass(frozen=True)
class _Words:
    possessive: re.Pattern[str]   # "its forces", "their own fighters", "our units"
    we: re.Pattern[str]           # the first-person subject
    side_names: re.Pattern[str]   # "Damascus", "Moscow"
    side_party: dict[str, str]
    speech_after: re.Pattern[str]   # a side then its speech verb: "a YPG commander, Ali Hasan, told"
    speech_before: re.Pattern[str]  # a speech verb then the side: "said a YPG commander"
    owner: re.Pattern[str]          # after an actor: "the army's fighters", "the YPG's own units"


@lru_cache(maxsize=1)
def _words() -> _Words:
    lex = _lexicon()["possessives"]
    forces = _alternation(list(lex["forces"]))
    speech = _alternation(list(lex["speech_verbs"]))
    names = [n for ns in lex["side_names"].values() for n in ns]
    side_party = {_norm_phrase(n): party for party, ns in lex["side_names"].items() for n in ns}
    return _Words(
        possessive=compile_regex(
            rf"(?<![\w\-])(?P<pron>{_alternation(lex['third_person'] + lex['first_person'])})\s+(?:own\s+)?"
            rf"(?:[\w\-]+\s+)?(?P<noun>{forces})(?![\w\-])",
            re.IGNORECASE,
        ),
        we=compile_regex(rf"(?<![\w\-'’])(?:{_alternation(lex['first_person_subjects'])})(?![\w\-'’])", re.IGNORECASE),
        side_names=compile_regex(rf"(?<![\w\-])(?:{_alternation(names)})(?![\w\-])", re.IGNORECASE),
        side_party=side_party,
        speech_after=compile_regex(rf"(?:\s*,?\s*(?:[\w'’\-.]+\s+){{0,4}}?)?\s*,?\s*(?:{speech})\b", re.IGNORECASE),
        owner=compile_regex(rf"['’]s?\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:{forces})(?![\w\-])", re.IGNORECASE),
        speech_before=compile_regex(rf"\b(?:{speech})\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){{0,2}}$", re.IGNORECASE),
    )


_FIRST = frozenset({"our", "we"})


def _speaking_side(text: str, actors: list[tuple[int, int, str]], skip: tuple[int, int]) -> str | None:
    """The side that is the subject of a speech verb in ``text`` ("..., the army said", "said a
    YPG commander", "YPG commander Ali told Rudaw:"), other than the span ``skip``."""
    w = _words()
    for a, b, party in actors:
        if party not in SIDES or (a < skip[1] and skip[0] < b):
            continue
        if w.speech_after.match(text, b) or w.speech_before.search(text[max(0, a - 60) : a]):
            return party
    return None


def _nearest_before(text: str, actors: list[tuple[int, int, str]], pos: int) -> str | None:
    """The side named last before ``pos``: an actor or a side name ("Damascus")."""
    w = _words()
    best: tuple[int, str] | None = None
    for a, b, party in actors:
        if b <= pos and (best is None or b > best[0]):
            best = (b, party)
    for m in w.side_names.finditer(text, 0, pos):
        if best is None or m.end() > best[0]:
            best = (m.end(), w.side_party[_norm_phrase(m.group(0))])
    return best[1] if best is not None else None


def possessed_forces(text: str, actors: list[tuple[int, int, str]], context_party: str | None = None,
                     speaker_party: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, side) of every possessed force ("its forces") and "we" subject in ``text``;
    ``actors`` are the sentence's other actors (start, end, side). Side ``none``: nobody known."""
    w = _words()
    out: list[tuple[int, int, str]] = []
    for a, b, party in actors:  # "the army's fighters": the owner's side
        m = w.owner.match(text, b)
        if m is not None:
            out.append((a, m.end(), party))
    found = [(m.start(), m.end(), m.group("pron").lower()) for m in w.possessive.finditer(text)]
    found += [(m.start(), m.end(), "we") for m in w.we.finditer(text)]
    if not found:
        return out
    speakers = find_actors(text, adjectives=True)  # "a rebel commander said": a party adjective speaks too
    for start, end, pron in sorted(found):
        others = [a for a in actors if not (a[0] < end and start < a[1])]
        speaking = _speaking_side(text, [a for a in speakers if not (a[0] < end and start < a[1])], (start, end))
        if pron in _FIRST:
            side = speaking or speaker_party
        else:
            side = _nearest_before(text, others, start) or speaking or speaker_party or context_party
        out.append((start, end, side if side in SIDES else "none"))
    return sorted(out)
