"""District names outside the gazetteer that a sentence presents as districts.

A capitalised name before a place noun ("the Karm al-Denj neighbourhood"), or inside a list of
districts ("the neighbourhoods of A, X and B", "12 quarters including A and X", "seized Sheikh
Saeed and X"), is read as a district the gazetteer lacks: a :class:`~.gazetteer.PlaceMention`
whose :class:`~.gazetteer.Neighbourhood` has ``known=False`` and the name as written. The words
that never start such a name (directions, peoples, parties, calendar words, the city itself) are
``unlisted_place_stop`` in ``data/control_verbs.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import _ARTICLES, Neighbourhood, PlaceMention
from .grammar import _grammar, _lexicon
from ..regexstore import compile as compile_regex

# One capitalised name of up to four words, with the articles and particles of Arabic names
# inside it ("Karm al-Denj", "Sheikh Abu Bakr", "Scientific Research Housings").
_NAME_WORD = r"(?:[A-Z][\w'’‘]*(?:[\-‐‑][A-Z][\w'’‘]*)?)"
_NAME_PARTICLE = r"(?:(?:al|el|ad|as|ash|at|az|an|aj|ar|bin|ibn|ben|abu|bani|bab|de)[\s\-‐‑]+)"
_NAME = rf"(?:(?:al|el|ad|as|ash|at|az|an|aj|ar)[\-‐‑])?{_NAME_WORD}(?:[\s\-‐‑]+{_NAME_PARTICLE}?{_NAME_WORD}){{0,3}}"
_PLACE_NOUN_RE = r"(?:district|micro-?district|neighbou?rhood|quarter|area|suburb)s?"
# "the Karm al-Denj neighbourhood"
_NAME_THEN_NOUN = compile_regex(rf"(?<![\w'’\-])(?P<name>{_NAME})\s+{_PLACE_NOUN_RE}\b")
# "the neighbourhoods of A, B and C" / "12 quarters including A, B" / "districts: A, B"
_LIST_INTRO = compile_regex(
    rf"\b(?:{_PLACE_NOUN_RE}\s+(?:of|such\s+as|including|namely|like)|(?:including|namely|such\s+as)|{_PLACE_NOUN_RE}\s*:)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LIST_ITEM = compile_regex(rf"(?P<name>{_NAME})")
_LIST_SEP = compile_regex(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+as\s+well\s+as\s+(?:the\s+)?)")
# what may follow the last name of a list: punctuation, a place noun, a date or a clause
_LIST_END = compile_regex(
    rf"\s*(?:$|[.,;:)\]—–]|\s{_PLACE_NOUN_RE}\b|\s(?:on|in|at|after|from|by|to|during|since|last|this|early|late|overnight|today|yesterday|and|as|while|with|amid|following|before|when|where|"
    # a verb the listed districts are the subject of: "the districts of A and B fell on Monday"
    rf"fell|followed|collapsed|were|was|are|is|have|has|had|came|slipped|remain|remained|remains)\b)",
    re.IGNORECASE,
)


# "the Kalma district of Mogadishu", "the Bakara Market area in Mogadishu": another city's district
_OTHER_CITY_AFTER = compile_regex(
    rf"(?:\s+{_PLACE_NOUN_RE})?\s+(?:of|in)\s+(?:the\s+)?(?!(?:(?:eastern|western|northern|southern|east|west|north|"
    rf"south|central|old|rebel-held|besieged)\s+)?Aleppo\b)[A-Z]"
)


def _not_a_place_name(name: str) -> bool:
    """Words that start or make up capitalised phrases that are no district names."""
    words = [w for w in re.split(r"[\s\-‐‑]+", name) if w]
    stop = _stop_words()
    core = [w for w in words if w.lower() not in _ARTICLES]
    if not core:
        return True
    if core[0].strip("'’").lower() in stop or all(w.strip("'’").lower() in stop for w in core):
        return True
    if re.search(r"['’]s$", name):  # possessive: "Aleppo's", "Syria's"
        return True
    if " ".join(w.lower() for w in core) in _elsewhere():  # "the Foua and Kefraya area": villages outside
        return True
    return _grammar().actor_regex.fullmatch(name) is not None


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w.lower() for w in (_lexicon().get("unlisted_place_stop") or []))


@lru_cache(maxsize=1)
def _elsewhere() -> frozenset[str]:
    return frozenset(w.lower() for w in (_lexicon().get("unlisted_place_elsewhere") or []))


def _unlisted(name: str) -> Neighbourhood:
    return Neighbourhood(name=name, variants=(name,), side="", lat=None, lon=None, known=False)


def unlisted_places(text: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Names outside the gazetteer that the text presents as districts.

    * a capitalised name right before a place noun: "the Karm al-Denj neighbourhood";
    * every capitalised name of a list that a place noun introduces ("the neighbourhoods of A,
      B and C", "12 quarters including A and B") or that a listed gazetteer name belongs to
      ("seized Sheikh Saeed and Karm al-Denj"), up to what ends the list.

    They are returned as :class:`PlaceMention` of a :class:`Neighbourhood` with ``known=False``
    and the name as written (without "the").
    """
    taken = [(p.start, p.end) for p in known]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    found: dict[int, PlaceMention] = {}

    def add(a: int, b: int) -> None:
        name = text[a:b]
        if free(a, b) and not _not_a_place_name(name) and not _OTHER_CITY_AFTER.match(text, b):
            found[a] = PlaceMention(_unlisted(name), name, a, b)
            taken.append((a, b))

    plural_ends: list[int] = []  # names before a plural place noun: "A and B neighbourhoods"
    for m in _NAME_THEN_NOUN.finditer(text):
        a, b = m.start("name"), m.end("name")
        # "The Karm al-Denj district", "Eastern Karm al-Denj district": leading stop words are no name
        lead = re.match(r"(?:[A-Z][\w'’]*\s+)+", text[a:b])
        while lead is not None:
            word = re.match(r"[A-Z][\w'’]*\s+", text[a:b])
            if word is None or word.group(0).strip().lower() not in _stop_words():
                break
            a += word.end()
        add(a, b)
        if re.match(r"\s+\S+s\b", text[m.end("name") : m.end()]):
            plural_ends.append(a)

    def walk(pos: int) -> None:
        """Names of a list from ``pos`` on; known places are list members too."""
        while True:
            k = next((p for p in known if p.start == pos), None)
            if k is not None:
                end = k.end
            else:
                m = _LIST_ITEM.match(text, pos)
                if m is None:
                    return
                end = m.end()
                # a name must end the list or be followed by another item
                sep = _LIST_SEP.match(text, end)
                if not (_LIST_END.match(text, end) or sep):
                    return
                add(pos, end)
            sep = _LIST_SEP.match(text, end)
            if sep is None:
                return
            pos = sep.end()

    for m in _LIST_INTRO.finditer(text):
        walk(m.end())
    # lists that a gazetteer name belongs to: look from each known place forwards, and from
    # the start of a name just before it ("Karm al-Denj and Sheikh Saeed")
    for p in known:
        sep = _LIST_SEP.match(text, p.end)
        if sep is not None:
            walk(sep.end())
        before = text[max(0, p.start - 60) : p.start]
        back = re.search(rf"(?P<name>{_NAME})(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", before)
        if back is not None:
            a = p.start - len(before) + back.start("name")
            b = p.start - len(before) + back.end("name")
            add(a, b)
    # "restored security to A and B neighborhoods": the names before the last one of a list
    # that a plural place noun ends
    for start in plural_ends:
        while True:
            before = text[max(0, start - 60) : start]
            back = re.search(rf"(?P<name>{_NAME})(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", before)
            if back is None:
                break
            a = start - len(before) + back.start("name")
            b = start - len(before) + back.end("name")
            if not free(a, b):
                if not any(p.start == a for p in known):
                    break
            else:
                add(a, b)
                if a not in found:
                    break
            start = a
    return sorted(known + list(found.values()), key=lambda p: p.start)
