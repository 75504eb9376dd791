"""Falls with no taker named: "Sukkari fell on Monday", "Sheikh Saeed, which fell on Monday",
"the last (rebel) positions in X collapsed", "The districts of A and B followed on 28 November".

The taker is the opponent of the side that held the districts when the offensive began
(``side_holders``: east -> rebels, so the government took them; west -> government), flagged
``inferred``; of the party named in "rebel defences in X collapsed"; for a district split by the
front line (no side in the gazetteer: the Old City, Salah al-Din) the government, when the
sentence or the one before speaks of the government side; north, outskirts and districts of
unknown side otherwise give nothing. See :mod:`.control` for the other shapes."""

from __future__ import annotations

import re

from .actors import SIDES as CONTROLLERS, government_offensive
from .clauses import _Event, _Sentence, _Trigger
from ..regexstore import compile as compile_regex


def _taker_by_side(s: _Sentence, places: list[int]) -> tuple[str | None, bool]:
    """Who took districts when no taker is named: the opponent of the side that held them
    before the offensive (``side_holders``), if all of them that lie on such a side lie on the
    same one; flagged inferred."""
    holders = {s.g.side_holders.get(s.places[i].neighbourhood.side) for i in places}
    known = holders - {None}
    if len(known) != 1:
        return None, False
    # districts of no such side (outskirts, split ones) fell with those listed beside them:
    # "Ain al-Tal, Baadeen and Jabal Badro had fallen" (outskirts, east, east) -> one taker
    taker = s.opponent(known.pop())
    return (taker, True) if taker else (None, False)


# a side's hold on a district as the subject of a fall: "the last (rebel) positions in X collapsed",
# "opposition defences in X crumbled" (the district itself stands after a preposition)
_DEFENCES_BEFORE = compile_regex(
    r"\b(?:(?:the|their|its)\s+)?(?:(?:last|remaining|final|few|main)\s+)?(?:(?P<adj>[\w\-]+)\s+)?"
    r"(?:positions|defences|defenses|defence|defense|lines|front\s*lines?|resistance|fortifications|strongholds?)"
    r"\s+(?:in|of|at|inside|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _no_side(s: _Sentence, places: list[int]) -> bool:
    """Do the districts all lie on no one side (the gazetteer gives them none: split by the front)?"""
    return all(s.places[i].neighbourhood.known and not s.places[i].neighbourhood.side for i in places)


# between the districts and a bare "fell": a place noun, an aside, auxiliaries and adverbs
_FALL_GAP = compile_regex(
    r"\s*(?:(?:district|micro-?district|neighbou?rhood|area|quarter|suburb)s?\s*)?(?:,[^,;:]{1,80},\s*)?"
    # "Sheikh Saeed, which fell on Monday, ...": a relative pronoun for the district
    r"(?:,?\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:district|neighbou?rhood|area|quarter)\s+)?(?:which|that)\s+)?"
    r"(?:(?:has|have|had|also|finally|quickly|now|then|soon|already|all|both|reportedly|effectively|"
    r"completely|fully|too)\s+)*$",
    re.IGNORECASE,
)
_FALL_NOT = compile_regex(
    r"\s+(?:silent|quiet|short|apart|victim|ill|asleep|below|behind|back|away|off|prey|foul|onto|upon|inside|outside|"
    r"in\s+(?:on|love)|under|into|over|by|from|"
    # "fell within the city limits" (not "fell within hours")
    r"within(?!\s+(?:(?:a\s+)?(?:few\s+|matter\s+of\s+|couple\s+of\s+|\d+\s+)?(?:hours?|days?|minutes?|weeks?)|an\s+hour|a\s+day|a\s+week)\b)|"
    r"on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:morning|evening|night|day)|\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))\b"
)


# a district after a preposition is no subject ("a building in Sukkari collapsed"), except in
# "the district of Sakhour fell"
_PREPOSITION_BEFORE = compile_regex(
    r"(?<!district )(?<!quarter )(?<!neighborhood )(?<!neighbourhood )"
    r"(?<!districts )(?<!quarters )(?<!neighborhoods )(?<!neighbourhoods )"
    r"\b(?:in|near|of|at|from|around|inside|outside|to|into|across|on|for|with|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The districts of A and B followed on 28 November": "followed" is a fall only with nothing but
# a time, "suit" or the end of the clause after it ("Sakhour followed the same path" is not)
_FOLLOW_OK = compile_regex(
    r"\s*(?:$|[.,;:)—–]|(?:suit|shortly|soon|later|quickly|swiftly|hours|days|minutes|within|overnight|the\s+(?:next|following|same)\s+(?:day|morning|night|evening|week)|"
    r"a\s+(?:day|few)|(?:on|in|by)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:morning|evening|afternoon|night|day)\b)))",
    re.IGNORECASE,
)


def _fall(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PLACES fell / have fallen / collapsed / followed (no taker named): taken by the opponent of
    the side that held them (``side_holders``); "Sukkari fell on Monday" -> government, inferred."""
    if t.text.lower().startswith("followed"):
        if not _FOLLOW_OK.match(s.text, t.end):
            return
    elif _FALL_NOT.match(s.text, t.end):
        return  # "fell silent", "shells fell on Sukkari", "fell by 10 percent"
    cands = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not cands or not _FALL_GAP.fullmatch(s.text, s.places[cands[-1]].end, t.start):
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    first = s.places[subjects[0]].start
    defences = _DEFENCES_BEFORE.search(s.text[max(0, first - 80) : first])
    if defences is None and (t.text.lower().startswith(("crumbl", "gave")) or _PREPOSITION_BEFORE.search(
            s.text[max(0, first - 30) : first])):
        return  # "a building in Sukkari collapsed": the district is no subject
    party = s.party_of_adjective(defences.group("adj")) if defences is not None and defences.group("adj") else None
    if party is not None:
        controller, inferred = s.opponent(party), True  # "rebel defences in Sakhour collapsed"
    else:
        controller, inferred = _taker_by_side(s, subjects)
    if controller is None and _no_side(s, subjects) and (
            s.context_party == "government" or government_offensive(s.text)):
        # "the Old City fell on December 7": a district of no one side (split by the front line)
        # fell in the government's offensive, when the sentence or the one before speaks of it;
        # a rebel taking is read only when named ("fell to the rebels")
        controller, inferred = "government", True
    if controller is None:
        return
    qstart = s.places[subjects[0]].start
    # the cue may stand in the clause the district's clause depends on: "could not verify that X had fallen"
    if s.suppressed(max(0, qstart - 40), t.start, t.end):
        return
    for i in subjects:
        out.append(_Event(i, controller, "captured", qstart, t.end, t.text, inferred))
