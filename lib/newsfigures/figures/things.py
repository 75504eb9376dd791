"""Things a number counts that the lexicon does not name: :func:`counted_thing` reads a plural
noun after a number ("27 *attacks*", "1,200 food *baskets*"), :func:`elliptical` a number that
counts more of a group named before ("injuring 21 *others*", "*a further* 142")."""

from __future__ import annotations

import re

from .numbers import Quantity
from ..regexstore import compile as compile_regex


def _not_figures() -> re.Pattern[str]:
    from .measure import lexicon  # the claims lexicon, loaded once (measure imports this module)

    return lexicon().not_figures


# a plural we do not know that still names people ("21 others"), or a time or a measure, is no thing
_NO_THING = compile_regex(
    r"(?:others|more|adults|teenagers|youths|pupils|students|journalists|reporters|survivors|relatives|locals|"
    r"guards|pilgrims|passengers|residents|brothers|sisters|sons|daughters|mothers|fathers|wives|husbands|"
    r"siblings|cousins|nephews|nieces|friends|neighbou?rs|colleagues|paramedics|rescuers|firefighters|officials|"
    r"commanders|leaders|activists|engineers|teachers|farmers|clerics|defectors|deserters|recruits|conscripts|"
    r"snipers|captives|fugitives|migrants|generals|advisers|advisors|experts|monitors|observers|diplomats|"
    r"shiites|sunnis|kurds|alawites|christians|muslims|americans|"
    r"years|months|weeks|days|hours|minutes|seconds|nights|decades|centuries|times|miles|kilometres|kilometers|"
    r"metres|meters|feet|yards|percent|dollars|euros|pounds|degrees|thousands|hundreds|millions|dozens|tens|"
    r"billions|points|goals|votes|seats|members|[a-z]*(?:ss|us|is|ous))", re.I)
_THING = compile_regex(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?P<noun>[a-z][a-z-]{2,}s)\b(?!['\u2019])")
# "1,600 winter clothing kits", "300 bedding sets": a noun in -ing inside a compound (a participle still stops)
_ING_NOUN = compile_regex(r"(?:clothing|bedding|housing|heating|cooking|drinking|lighting|roofing|washing|"
                       r"sleeping|hygiene|building|water-pumping|pumping)", re.I)
_THING_STOP = compile_regex(r"(?:the|a|an|of|and|or|to|in|on|at|by|for|from|with|were|was|are|is|have|has|had|"
                         r"who|which|that|as|than|[a-z]+ed|[a-z]+ing|[a-z]+ly)", re.I)


def counted_thing(sentence: str, q: Quantity) -> tuple[str, int] | None:
    """``(unit, end)`` of a plural noun the lexicon does not know, counted by ``q`` ("27 *attacks*",
    "1,200 food *baskets*", "12 rebel *positions*"), or None: the unit is the noun in the singular."""
    m = _THING.match(sentence, q.end)
    if not m:
        return None
    words = sentence[q.end:m.end()].split()
    if any(_THING_STOP.fullmatch(w) and not _ING_NOUN.fullmatch(w) for w in words) \
            or _NO_THING.fullmatch(m.group("noun")):
        return None
    if _not_figures().search(" ".join(words)):
        return None
    noun = m.group("noun").lower()
    if noun.endswith("ies"):
        unit = noun[:-3] + "y"
    elif re.search(r"(?:ch|sh|x|ss|z)es$", noun):
        unit = noun[:-2]
    else:
        unit = noun[:-1]
    return unit, m.end()


_ELLIPSIS_BEFORE = compile_regex(r"\b(?:a\s+further|another|an\s+additional|further)\s+(?:[\w-]+\s+)?$", re.I)
_ELLIPSIS_AFTER = compile_regex(r"^\s+(?:others|more)\b", re.I)


def elliptical(sentence: str, q: Quantity) -> bool:
    """``q`` counts more of a group named before: "injuring 21 *others*", "*a further* 142"."""
    return bool(_ELLIPSIS_AFTER.match(sentence[q.end:]) or _ELLIPSIS_BEFORE.search(sentence[:q.start]))
