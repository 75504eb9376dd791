"""Who the counted people are (:func:`people_group`): a state before a people noun describes them
("400 wounded *children*"), a side before "fighters" names their party ("*rebel* fighters"), a
group of two kinds names none ("civilians and rebels")."""

from __future__ import annotations

import re

from .numbers import Quantity
from .vocabulary import lexicon
from ..regexstore import compile as compile_regex


# a state before the people it describes: "400 wounded children", "40 injured patients"
_NUMBER_WORD = compile_regex(r"\d|\b(?:dozens?|scores|hundreds?|thousands?|millions?|several|tens|few)\b", re.I)
_STATE_NOUNS = frozenset({"wounded", "injured", "dead", "sick", "elderly"})
# a side before a fighters noun names their party: "4,000 rebel fighters", "300 pro-government fighters"
_SIDE_ADJECTIVE = {"rebel": "rebels", "opposition": "rebels", "insurgent": "rebels", "jihadist": "rebels",
                   "islamist": "rebels", "militant": "rebels", "terrorist": "rebels", "regime": "soldiers",
                   "government": "soldiers", "pro-government": "soldiers", "pro-regime": "soldiers",
                   "army": "soldiers", "loyalist": "soldiers"}


def people_group(sentence: str, q: Quantity, noun: str, party: str, noun_end: int) -> tuple[str, str, int]:
    """``(the noun naming who the people are, their party, where the phrase ends)`` for a
    counted group of people whose head noun is ``noun``:

    - a state before a people noun describes them, the noun names them: "400 wounded
      *children*" (children), "40 injured *patients*" (patients);
    - a side before a fighters noun names their party: "4,000 *rebel* fighters" (rebels);
    - a group of two kinds names no party: "civilians and
      rebels", "men and boys" (the gold convention: the party is one group's); families with
      them are their families ("3,000 fighters and their families": fighters)."""
    lex = lexicon()
    person, phrase_end = noun, noun_end
    at = sentence.lower().find(noun, q.end)
    if noun in _STATE_NOUNS and at >= 0:
        m = re.match(r"\s+(?:and\s+(?:sick|wounded|injured)\s+)?(" + lex.noun_pattern.pattern + r")",
                     sentence[at + len(noun):], re.I)
        kind = lex.nouns.get(m.group(1).lower(), {}) if m else {}
        if m and not kind.get("measure") and kind.get("unit", "people") == "people":
            person, party = m.group(1).lower(), kind.get("party", "")
            phrase_end = max(phrase_end, at + len(noun) + m.end())
    if party == "fighters" and at >= 0:
        sides = [w for w in re.findall(r"[\w-]+", sentence[q.end:at].lower()) if w in _SIDE_ADJECTIVE]
        if sides:
            party = _SIDE_ADJECTIVE[sides[-1]]
    other_number = _NUMBER_WORD.search(sentence, q.end + 1, phrase_end)  # "civilians and several thousand fighters"
    group = [m.group(0).lower() for m in lex.noun_pattern.finditer(sentence, q.end, other_number.start() if other_number
                                                                     else phrase_end)
             if m.group(0).lower() not in _STATE_NOUNS]
    # ("fighters and their families" are the fighters' group: families name no group of their own)
    parties = {lex.nouns.get(g, {}).get("party", "") for g in group if lex.nouns.get(g, {}).get("unit", "people") == "people"}
    if len(parties) > 1:
        party = ""
    return person, party, phrase_end
