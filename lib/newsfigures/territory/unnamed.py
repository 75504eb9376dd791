"""A district taken but not named in its sentence, named in the sentence next to it: "Rebels have
been driven out of a pivotal district. ... forces took control of Sakhour, a strategically
placed district" (data/gold/NOTES.md: descriptive references are events when they clearly refer
to a named neighbourhood).

``unnamed_district(sentence)`` finds the description ("a pivotal district", "a key
neighbourhood", "another quarter") in a sentence that names no district; ``named_taking(mentions)``
is the one district the next (or previous) sentence reports as taken, if exactly one;
``resolve_unnamed`` reads the first sentence with that name in place of the description.

Doctest::

    >>> m = unnamed_district("Activists say rebels have been driven out of a pivotal district.")
    >>> m.group(0)
    'a pivotal district'
    >>> [(x.neighbourhood, x.controller) for x in resolve_unnamed(
    ...     "Activists say rebels have been driven out of a pivotal district.", m, "Sakhour")]
    [('Sakhour', 'government')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .control import ControlMention, control_mentions
from .gazetteer import find_places
from ..regexstore import compile as compile_regex

# an indefinite district: up to three modifiers, a place noun, not followed by "of X" (which
# names it) nor a possessive; "a district of Aleppo" ends at the city and is still unnamed
_DESCRIPTION = compile_regex(
    r"\b(?:a|an|another|one\s+more)\s+(?:[\w\-]+\s+){0,3}?(?:district|neighbou?rhood|quarter)\b(?!['’])"
    r"(?!\s+of\s+(?!(?:the\s+)?(?:(?:east|eastern|west|western)\s+)?(?:Aleppo|city)\b))",
    re.IGNORECASE,
)
# words that make the description something other than one district taken ("a district council")
_NOT_A_DISTRICT_AFTER = compile_regex(r"\s+(?:council|councils|official|officials|resident|residents|hospital|school)\b",
                                   re.IGNORECASE)


def unnamed_district(sentence: str) -> re.Match[str] | None:
    """The indefinite description of a district in a sentence that names none, or None."""
    if not sentence or find_places(sentence):
        return None
    for m in _DESCRIPTION.finditer(sentence):
        if not _NOT_A_DISTRICT_AFTER.match(sentence, m.end()):
            return m
    return None


def named_taking(mentions: Sequence[ControlMention]) -> str | None:
    """The one gazetteer district a neighbouring sentence reports as taken, or None."""
    names = {m.neighbourhood for m in mentions if m.event == "captured" and m.in_gazetteer}
    return names.pop() if len(names) == 1 else None


def resolve_unnamed(sentence: str, description: re.Match[str], name: str,
                    context_party: str | None = None) -> list[ControlMention]:
    """Control mentions of ``sentence`` read with ``name`` in place of ``description``: only
    captures (a description is of a district taken, not held); offsets are into the rewritten
    sentence, so the caller quotes the whole sentence."""
    rewritten = sentence[: description.start()] + name + sentence[description.end() :]
    return [m for m in control_mentions(rewritten, context_party) if m.event == "captured" and m.neighbourhood == name]
