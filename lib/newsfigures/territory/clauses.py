"""A sentence as the control grammar reads it: tokens, places, actors and triggers with offsets,
and the clause helpers (agent after "by", apposition, parenthetical, coordination)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .actors import taker_after_loss
from .gazetteer import PlaceMention, find_places
from .grammar import _BLOCKING_KINDS, _Grammar, _norm_phrase
from .possessors import possessed_forces
from .unlisted import unlisted_places
from ..regexstore import compile as compile_regex


# ---------------------------------------------------------------------------------------------
# control grammar: spans of one sentence


@dataclass(frozen=True)
class _Actor:
    start: int
    end: int
    party: str


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class _Event:
    """One event the grammar read: the index of its place in ``_Sentence.places``, who, what, the quote's span."""

    place: int
    controller: str
    event: str
    qstart: int
    qend: int
    trigger: str
    inferred: bool
    descriptive: bool = False  # a background description ("rebel-held X", "X, a Kurdish district")


_TOKEN = compile_regex(r"[A-Za-z0-9][\w'’\-‐‑]*|[,:]|\S")
# The object of a hold/capture verb is a stretch of ground that names its districts: "(hold) a
# shrinking pocket in the southeast that includes X", "(took) an area which comprises X", "(hold) a
# small enclave, including X". Not: "a pocket near X", "an area next to X" (no containing verb).
_CONTAINER_OBJECT = compile_regex(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:pocket|pockets|enclave|enclaves|area|areas|zone|territory|strip|sliver|patch|corner|belt|sector|swath|swathe)"
    r"(?:\s+(?:in|on|of|across)\s+(?:the\s+)?(?:[\w\-.]+\s+){0,3}?[\w\-.]+)?(?:\s+(?:now|still))?"
    r"(?:\s*,?\s*(?:that|which)\s+(?:still\s+|now\s+)?(?:includes?|included|comprises?|comprised|covers?|covered|contains?|"
    r"contained|spans?|spanned|encompass(?:es|ed)?)"
    r"|\s*,?\s*(?:including|comprising|covering|encompassing|spanning)"
    # "holds only a sliver of the city now - parts of X, Y and Z"
    r"|\s+[-—–]\s*(?:(?:parts?|most|much|some)\s+of)?)\s+"
    # "... that includes the districts of X"
    r"(?:(?:the\s+)?(?:districts?|neighbou?rhoods?|quarters?|areas?)\s+of\s+)?",
    re.IGNORECASE,
)
# what a holding is limited to can be "an area (of two square miles) around the neighbourhoods of X"
_AREA_AROUND = compile_regex(
    r"\s+(?:an?\s+|the\s+)?(?:(?:small|tiny|narrow)\s+)?(?:area|pocket|patch|sliver|strip)(?:\s+of\s+[^,;()]{1,50}?)?"
    r"\s+(?:around|surrounding|centred\s+on|centered\s+on)(?:\s+the)?(?:\s+(?:neighbou?rhoods?|districts?|areas?)\s+of)?(?=\s)",
    re.IGNORECASE,
)

# Entering is an advance, not a capture, unless the sentence says the other side had gone or the
# entering side then secured the ground: "entered X after rebel groups withdrew from the area",
# "..., after which army units entered X and began combing them for mines".
_ENTRY_VERBS = frozenset({"entered", "enter", "enters", "entering", "moved into", "moving into"})
_ENTRY_COMPLETED = compile_regex(
    r"\b(?:withdrew|withdrawn|withdrawing|pulled\s+out|pulled\s+back|retreated|abandoned|"
    r"withdrawal|pull-?out)\b|\bafter\s+which\b|"
    r"\band\s+(?:began|started|then)?\s*(?:combing|clearing|securing|sweeping|combed|cleared|secured|swept)\b",
    re.IGNORECASE,
)

# the time of a counted taking, between the count and its members: "captured 13 neighbourhoods
# since Monday, including X", "seized 15 districts over the past week, among them X"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_COUNTED_TIME = compile_regex(
    r"\s+(?:(?:since|on|in|over|during|within|throughout|by)\s+(?:the\s+)?(?:(?:past|last|previous|first|recent|same)\s+)?"
    r"(?:(?:few|couple\s+of|two|three|four|five|six|seven|ten|several|\d+)\s+)?"
    rf"(?:{_DAYS}(?:\s+(?:morning|afternoon|evening|night))?|weekend|days?|weeks?|hours|months?|period|"
    rf"(?:offensive|operation|assault|campaign|push)(?:\s+began)?|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
    rf"|overnight|yesterday|today|so\s+far|{_DAYS})"
    r"(?=\s*,?\s*(?:including|among\s+them|among\s+which|such\s+as|namely|:))",
    re.IGNORECASE,
)

# a day right after a listed place does not end the list: "took X on Sunday and Y on Monday"
_LIST_DAY = compile_regex(
    r"(?:\s+(?:district|neighbou?rhood|area|quarter))?\s+(?:"
    r"(?:(?:on|late\s+on|early\s+on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # a date: "took X in 2012 and Y", "took X on 26 November, then Y"
    rf"|in\s+(?:{_MONTH}\s+)?\d{{4}}|on\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r")(?=\s*(?:,|and\b|then\b))",
    re.IGNORECASE,
)
# the city named after a listed place's noun does not end the list: "took the X neighbourhood of
# Aleppo and parts of Y", "the X district of eastern Aleppo, and Y"
_LIST_CITY = compile_regex(
    r"\s+(?:district|neighbou?rhood|area|quarter)s?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:eastern|western|northern|southern|east|west|north|south|rebel-held|besieged|old)\s+)?(?:Aleppo|city)"
    r"(?=\s*(?:,|and\b|as\s+well\s+as\b))",
    re.IGNORECASE,
)
# where the listed places lie does not end the list: "hold A and B in the south of the enclave, as
# well as C", "A and B in the east, and C"
_LIST_WHERE = compile_regex(
    r"\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|centre|center|middle|north-?east|north-?west|south-?east|south-?west)"
    r"(?:\s+of\s+(?:the\s+)?(?:(?:rebel|opposition)(?:-held)?\s+)?(?:enclave|city|pocket|east|west|sector|area|Aleppo))?"
    r"(?=\s*,?\s*(?:and\b|as\s+well\s+as\b|along\s+with\b|plus\b))",
    re.IGNORECASE,
)
_CITY_QUALIFIER = compile_regex(
    r"\b(?:of|in)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|east|west|north|south|rebel-held|besieged)\s+)?"
    r"Aleppo(?:\s+city)?\b",
    re.IGNORECASE,
)
_HELD_TOKEN = compile_regex(r"^\w+[-‐‑](?:held|controlled|run|dominated|ruled|occupied)$", re.IGNORECASE)
_POSSESSIVE = compile_regex(r"^[\w\-]+['’]s?$")
_BE_AUX = compile_regex(
    r"\b(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+(?:(?:\w+ly|now|also|all|both|reportedly|finally|then|just|since|already|recently)\s+)*$",
    re.IGNORECASE,
)
# the next patterns are used as pattern.match(text, pos), where "^" would never match: no anchors
_AGENT_BY = compile_regex(r"(?:\s*,?\s*(?:[\w'’]+\s+){0,4}?)?\s*by\s+", re.IGNORECASE)
_FROM = compile_regex(r"\s+from\s+", re.IGNORECASE)
_TO = compile_regex(r"\s+to\s+", re.IGNORECASE)
_AGENT_PREFIX = compile_regex(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}?", re.IGNORECASE)
_MODAL_AFTER = compile_regex(r"\s*(?:\w+\s+)?(?:would|could|will|might|may|can|should|must)\b", re.IGNORECASE)
_COORDINATION = compile_regex(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|,)\s+(?:(?:allied|their|its|the|other|foreign)\s+)*", re.IGNORECASE)
_CONJUNCTION = compile_regex(r"\b(?:and|as\s+well\s+as|along\s+with)\b", re.IGNORECASE)
_HELD_ADJ_GAP = compile_regex(
    r"\s*(?:(?:district|micro-?district|neighbou?rhood|area|quarter|suburb|zone|enclave|pocket)s?\s*"
    # "the last opposition-held districts of Aleppo, including X": the city named between
    r"(?:(?:of|in)\s+(?:[\w\-]+\s+){0,4}?(?:Aleppo|city|east|west|north|south)\s*)?,?\s*"
    r"(?:of|such\s+as|including|like|include|includes|included|are|were|among\s+them|namely|:)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_APPOSITIVE = compile_regex(r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter))?\s*,\s*(?:(?:a|an|the|now|still|largely|mostly)\s+)+", re.IGNORECASE)
_PARENTHETICAL = compile_regex(r",\s*(?:which|who|that|where)\b[^,;:]*,|\s[—–]\s[^—–]*\s[—–]\s|\([^()]*\)", re.IGNORECASE)
_ATTRIBUTIVE = compile_regex(r"\b(?:the|a|an|newly|recently|freshly|just)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE = compile_regex(r"\b(?:which|that|whom)\b", re.IGNORECASE)
_ADJACENT_SUBJECT_GAP = compile_regex(
    r"^(?:\s*(?:,|units|forces|troops|fighters|soldiers|militiamen|brigades|battalions|still|now|also|only|largely|effectively|partly|partially|jointly|once|previously|already|"
    r"currently|reportedly|firmly|fully|long|have|has|had|do|does|did|continue\s+to|continued\s+to|"
    r"are|is|was|were|be|remain|remains|remained|"
    r"continues\s+to|which|who|that|then|last|this|week|month|year|in\s+\d{4}|"
    r"and\s+(?:its|their)\s+(?:allies|backers|partners)|"
    # "Rebels and tens of thousands of civilians are holed up in X": people beside the side
    r"(?:and|with)\s+(?:(?:tens|hundreds|thousands|dozens|of|some|many|their|the|about|around|an\s+estimated|\d[\d,]*)\s+)*"
    r"(?:civilians|residents|families|people|inhabitants))\s*)*\s*$",
    re.IGNORECASE,
)


# "took it (back)" followed by the end of the clause, a time or a conjunction: an object pronoun
# ("took it as a warning", "took it upon themselves" are not)
_PRONOUN_OBJECT = compile_regex(
    r"\s+((?:(?:(?:large|big|great|small|major|key)\s+)?(?:most|much|part|parts|all|the\s+rest|swathes|swaths)\s+of\s+)?(?:it|the\s+(?:district|neighbou?rhood|quarter)))(?=(?:\s+(?:back|over))?(?:\s*(?:[,.;:)]|$)|\s+(?:on|in|after|within|overnight|later|again|hours|days|"
    r"shortly|soon|the\s+same|that|and|but|from|yesterday|today|last|this|early|late|by|only|once|before)\b))",
    re.IGNORECASE,
)
# the time of an event in a clause: a day, "overnight", a date ("occupied X on Sunday")
_EVENT_TIME = compile_regex(
    r"\b(?:(?:on|late\s+on|early\s+on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:overnight|yesterday|last\s+night|this\s+morning)\b"
    r"|\bon\s+(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# a holding's start, not a taking: "have occupied X since 2012"
_SINCE_TIME = compile_regex(r"\b(?:since|for\s+(?:years|months|weeks))\b", re.IGNORECASE)


# an aside between two places of one list: "took Sukkari, where thousands had sheltered, and Fardous"
_LIST_ASIDE = compile_regex(
    r"(?:\s+(?:district|neighbou?rhood|area|quarter))?\s*,\s*(?:where|which|whose|a|an|the|once|home)\b[^,;:()]{0,80},"
    r"\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_AND_OWN = compile_regex(r"\s*,?\s*(?:and|along\s+with|as\s+well\s+as|with)\s+", re.IGNORECASE)
_POSSESSIVE_FORCES = compile_regex(r"['’]s?\s+(?:\w+\s+)?(?:units|forces|troops|soldiers|fighters|militias|militiamen)\b",
                                re.IGNORECASE)


# a place that locates the object rather than being it: "the districts east of X", "the area near X"
_LOCATIVE_GAP = compile_regex(
    # "the north of X" is a part of X, "districts north of X" lie outside it
    r"(?<!the\s)(?<!its\s)(?<!their\s)(?<!far\s)"
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west)\s+of|near|around|next\s+to|close\s+to|beyond)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_PHRASES = ("in addition to", "together with", "a few streets of", "a few streets in", "a handful of streets in")
# a place naming the area its listed parts lie in: "the Old City quarters of A and B"
_PARTS_OF = compile_regex(r"\s+(?:quarters|districts|neighbou?rhoods|areas|sections|parts)\s+(?:of|such\s+as|including)\s+(?:the\s+)?",
                          re.IGNORECASE)
_MEMBERS_AFTER = compile_regex(r"\s*,?\s*(?:including|among\s+them|such\s+as|namely)\s+", re.IGNORECASE)


def sentence_places(text: str) -> list:
    """The districts a sentence names: the gazetteer's and those it presents as districts."""
    return unlisted_places(text, find_places(text))


class _Sentence:
    """All spans of one sentence that the control grammar looks at.

    ``places`` are the gazetteer's names plus the names outside it that the sentence presents
    as districts (:mod:`.unlisted`); ``context_party`` is who an "it"/"they" subject stands for
    when the sentence does not say (the actor of the sentence before); ``speaker_party`` is the
    side of the sentence's speaker or publication, for "our forces" and "we" (:mod:`.possessors`)."""

    def __init__(self, text: str, g: _Grammar, context_party: str | None | Callable[[], str | None] = None,
                 speaker_party: str | None = None, places: list | None = None) -> None:
        self.text = text
        self.g = g
        self._context_party = context_party  # or a function giving it, called when first needed
        self.speaker_party = speaker_party
        # ``places``: :func:`sentence_places` of ``text`` when the caller has read them already
        self.places = sentence_places(text) if places is None else places
        self.actors = self._find_actors()
        self.triggers = self._find_triggers()
        self._pronoun_objects()
        self.held_modifier: dict[int, tuple[str, int]] = {}

    @property
    def context_party(self) -> str | None:
        if callable(self._context_party):
            self._context_party = self._context_party()
        return self._context_party

    # -- spans ------------------------------------------------------------------------------

    def _find_actors(self) -> list[_Actor]:
        out: list[_Actor] = []
        for m in self.g.actor_regex.finditer(self.text):
            party = self.g.actor_party.get(_norm_phrase(m.group(0)))
            if party is None:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in self.places):
                continue  # "Jabal Badro" is no actor, nor the "Assad" of "Dahiyat al-Assad"
            prev = out[-1] if out else None
            if prev is not None and not self.text[prev.end : m.start()].strip():
                # "Kurdish YPG fighters", "SDF fighters": one actor, the first word's party
                out[-1] = _Actor(prev.start, m.end(), prev.party)
                continue
            out.append(_Actor(m.start(), m.end(), party))
        # "its forces", "their fighters", "we": the possessor's or speaker's side (.possessors)
        owned = possessed_forces(self.text, [(a.start, a.end, a.party) for a in out], self.context_party,
                                 self.speaker_party)
        if owned:
            out = [a for a in out if not any(o[0] < a.end and a.start < o[1] for o in owned)]
            for o in owned:
                prev = max((a for a in out if a.end <= o[0]), key=lambda a: a.end, default=None)
                if prev is not None and prev.party == o[2] and _AND_OWN.fullmatch(self.text, prev.end, o[0]):
                    out[out.index(prev)] = _Actor(prev.start, o[1], prev.party)  # "the army and its allies": one subject
                else:
                    out.append(_Actor(*o))
            out.sort(key=lambda a: a.start)
        return out

    def _find_triggers(self) -> list[_Trigger]:
        found: list[_Trigger] = []
        for kind, rx in self.g.triggers.items():
            for m in rx.finditer(self.text):
                found.append(_Trigger(m.start(), m.end(), kind, m.group(0)))
        for rx, kind in ((self.g.held_adjective, "held_adjective"), (self.g.under_control, "under"), (self.g.in_hands, "hands"),
                         (self.g.holding_list, "holding_list"), (self.g.party_noun, "party_noun")):
            for m in rx.finditer(self.text):
                found.append(_Trigger(m.start(), m.end(), kind, m.group(0)))
        # longest span wins where spans overlap ("fell to" over "fell", "rebel-held" over "held")
        found.sort(key=lambda t: (-(t.end - t.start), t.start))
        chosen: list[_Trigger] = []
        for t in found:
            if any(c.start < t.end and t.start < c.end for c in chosen):
                continue
            if any(p.start < t.end and t.start < p.end for p in self.places):
                continue  # inside a name ("Bab al-Hadid")
            chosen.append(t)
        chosen.sort(key=lambda t: t.start)
        return chosen

    def _pronoun_objects(self) -> None:
        """An "it" or "the district" right after a capture, loss or entry verb stands for the district
        named last before it in the sentence: "the regime took Sheikh Saeed, and that night the
        fighters took it back", "advanced in X, capturing most of the district" (the phrase is
        added to ``places`` as written)."""
        added = False
        for t in self.triggers:
            if t.kind not in ("capture", "loss") and not (t.kind == "advance" and _norm_phrase(t.text) in _ENTRY_VERBS):
                continue
            m = _PRONOUN_OBJECT.match(self.text, t.end)
            if m is None:
                continue
            before = [p for p in self.places if p.end <= t.start and p.neighbourhood.known]
            if not before:
                continue
            nb = before[-1].neighbourhood
            self.places.append(PlaceMention(nb, m.group(1), m.start(1), m.end(1)))
            added = True
        if added:
            self.places.sort(key=lambda p: p.start)

    # -- helpers ----------------------------------------------------------------------------

    def actor_at(self, pos: int) -> _Actor | None:
        """The actor starting at ``pos``, after determiners and up to three adjectives
        ("the advancing government troops"); None if anything else comes first."""
        for a in self.actors:
            if a.start < pos:
                continue
            if _AGENT_PREFIX.fullmatch(self.text, pos, a.start):
                return a
            return None
        return None

    def party_of_adjective(self, adj: str) -> str | None:
        return self.g.adjective_party.get(_norm_phrase(adj))

    def opponent(self, party: str) -> str | None:
        """Who took what ``party`` lost, the text naming no taker: see :mod:`.actors`."""
        return taker_after_loss(party, self.text)

    def gap_tokens(self, a: int, b: int) -> list[str] | None:
        """Tokens between offsets; None if the gap holds anything but words, commas, colons."""
        gap = re.sub(r"[\"“”]", " ", self.text[a:b])
        toks = _TOKEN.findall(gap)
        for t in toks:
            if not (t in (",", ":") or t[0].isalnum()):
                return None
        return toks

    def object_gap_ok(self, a: int, b: int) -> bool:
        if _CONTAINER_OBJECT.fullmatch(self.text, a, b):
            return True  # "hold a shrinking pocket in the southeast that includes X, Y"
        time = _COUNTED_TIME.search(self.text, a, b)
        if time is not None:  # "captured 13 neighbourhoods since Monday, including X": the time is no object word
            return self._object_words_ok(a, time.start()) and self._object_words_ok(time.end(), b)
        return self._object_words_ok(a, b)

    def _object_words_ok(self, a: int, b: int) -> bool:
        toks = self.gap_tokens(a, b)
        # the city after a counted noun is not counted against the length: "took at least fifteen
        # districts of eastern Aleppo city, much of Aleppo's Old City among them"
        city = sum(len(m.group(0).split()) for m in _CITY_QUALIFIER.finditer(self.text, a, b))
        if toks is None or len(toks) - city > 10:
            return False
        for t in toks:
            low = t.lower()
            if low in self.g.object_gap or _HELD_TOKEN.match(t) or re.fullmatch(r"\d[\d,]*", t):
                continue
            if _POSSESSIVE.match(t) and t[-1] in "s'’" and ("'" in t or "’" in t):
                continue
            return False
        return True

    def list_gap_ok(self, a: int, b: int) -> bool:
        city = _LIST_CITY.match(self.text, a, b)
        if city is not None:
            a = city.end()  # "took the X neighbourhood of Aleppo and parts of Y"
        where = _LIST_WHERE.match(self.text, a, b)
        if where is not None:
            a = where.end()  # "hold A and B in the south of the enclave, as well as C"
        day = _LIST_DAY.match(self.text, a, b)
        if day is not None:
            a = day.end()  # "entered Sheikh Fares on Sunday and Bustan al-Basha on Monday"
        toks = self.gap_tokens(a, b)
        if toks is None or not toks:
            return False
        lows = [t.lower() for t in toks]
        joined = " ".join(lows)
        for phrase in _LIST_PHRASES:  # "in addition to parts of X", "together with a few streets of X"
            joined = joined.replace(phrase, "plus")
        lows = joined.split()
        if sum(t not in ("the", "of") for t in lows) > 6:
            return False  # ("along with the southern end of X": seven tokens, five that count)
        if not all(t in self.g.list_gap for t in lows):
            return False
        return any(t in self.g.list_separators for t in lows)

    def follow_ok(self, i: int) -> bool:
        """A listed place is a name, not a modifier ("Sukkari residents"), by the next word."""
        m = re.match(r"\s*([A-Za-z][\w'’\-]*)", self.text[self.places[i].end :])
        return not m or m.group(1).lower() not in self.g.list_stop

    def objects_after(self, pos: int) -> list[int]:
        """Indices of the places a verb ending at ``pos`` governs (a list), or []."""
        first = next((i for i, p in enumerate(self.places) if p.start >= pos), None)
        if first is None:
            return []
        if not self.object_gap_ok(pos, self.places[first].start):
            return []
        if _LOCATIVE_GAP.search(self.text, pos, self.places[first].start):
            # "took all districts east of the citadel, including X and Y": the place locates the
            # object; the districts are the list after it, if any
            after = _MEMBERS_AFTER.match(self.text, self.quote_end(self.places[first].end))
            return self.objects_after(after.end()) if after else []
        if re.match(r"['’]s?\b", self.text[self.places[first].end :]):
            return []  # "took the Old City's Umayyad Mosque": the object is the mosque
        part = _PARTS_OF.match(self.text, self.places[first].end)
        if part is not None and first + 1 < len(self.places) and self.places[first + 1].start == part.end():
            # "took the Old City quarters of Bab al-Hadid and Aqyol": the quarters, not the Old City
            return self.objects_after(part.end())
        if not self.follow_ok(first) and not re.match(r"\s*pocket\b", self.text[self.places[first].end :], re.I):
            return []  # "took control of Suleiman al-Halabi water station": the object is the station
        out = [first]
        j = first + 1
        while j < len(self.places) and self.follow_ok(j) and (
            self.list_gap_ok(self.places[j - 1].end, self.places[j].start)
            or _LIST_ASIDE.fullmatch(self.text, self.places[j - 1].end, self.places[j].start)
        ):
            out.append(j)
            j += 1
        return out

    def blocked(self, a: int, b: int, kinds: frozenset[str] = _BLOCKING_KINDS) -> bool:
        """Does a clause boundary or another verb stand between offsets ``a`` and ``b``?

        A parenthetical relative clause (", which fell to the rebels in 2012,") or a dashed
        aside is skipped: "Hanano, which fell to the rebels in 2012, was retaken by the army".
        """
        skip = [(m.start() + a, m.end() + a) for m in _PARENTHETICAL.finditer(self.text[a:b])]

        def skipped(x: int) -> bool:
            return any(lo <= x < hi for lo, hi in skip)

        for m in self.g.clause_break.finditer(self.text, a, b):
            if not skipped(m.start()):
                return True
        return any(t.kind in kinds and a <= t.start and t.end <= b and not skipped(t.start) for t in self.triggers)

    def places_before(self, pos: int, max_gap: int = 120) -> list[int]:
        """The place (with any list it ends) that is the subject of a verb starting at ``pos``."""
        cands = [i for i, p in enumerate(self.places) if p.end <= pos]
        if not cands:
            return []
        last = cands[-1]
        if pos - self.places[last].end > max_gap or self.blocked(self.places[last].end, pos):
            return []
        out = [last]
        j = last - 1
        while j >= 0 and self.list_gap_ok(self.places[j].end, self.places[j + 1].start):
            out.insert(0, j)
            j -= 1
        return out

    def subject_before(self, pos: int, adjacent: bool = False) -> _Actor | None:
        """The actor that is the subject of a verb starting at ``pos``: nearest, not an object."""
        clause_start = max(self.text.rfind(";", 0, pos), self.text.rfind(":", 0, pos)) + 1
        for a in sorted(self.actors, key=lambda a: -a.end):
            if a.end > pos or a.start < clause_start:
                continue
            if re.match(r"['’]", self.text[a.end : a.end + 1]) and not _POSSESSIVE_FORCES.match(self.text, a.end):
                continue  # possessive: "the rebels' stronghold" (but "the army's units" is the army)
            if self.g.subject_blocker.search(self.text[max(0, a.start - 60) : a.start]):
                continue
            if adjacent and not _ADJACENT_SUBJECT_GAP.match(self.text[a.end : pos]):
                return None
            return a
        return None

    def coordinated_parties(self, a: _Actor) -> set[str]:
        """The sides of a coordinated subject ending in ``a`` ("Syrian troops and allied militias")."""
        parties = {a.party}
        start = a.start
        for b in sorted(self.actors, key=lambda b: -b.end):
            if b.end > start:
                continue
            if self._coordinated(b.end, start, first=start == a.start):
                parties.add(b.party)
                start = b.start
            else:
                break
        return parties

    def _coordinated(self, a: int, b: int, first: bool) -> bool:
        """Do offsets ``a``..``b`` join two actors of one subject? The link nearest the verb must be
        a conjunction ("A, B and C"): "... against the terrorist organizations, the army ..." is
        an object and a subject."""
        if not _COORDINATION.fullmatch(self.text, a, b):
            return False
        return not first or _CONJUNCTION.search(self.text, a, b) is not None

    def subject_start(self, a: _Actor) -> int:
        """Start of a coordinated subject ending in ``a`` ("Syrian troops and allied militias")."""
        start = a.start
        for b in sorted(self.actors, key=lambda b: -b.end):
            if b.end > start:
                continue
            if self._coordinated(b.end, start, first=start == a.start):
                start = b.start
            else:
                break
        return start

    def dated_taking(self, t: _Trigger) -> bool:
        """Is a hold verb that also means taking ("occupied") dated as an event in its clause
        ("the YPG on Sunday also occupied X", "occupied X overnight")? Then it is a capture."""
        if _norm_phrase(t.text) not in self.g.dated_takings:
            return False
        objects = self.objects_after(t.end)
        after = self.places[objects[-1]].end if objects else t.end
        start = max(self.text.rfind(";", 0, t.start), 0)
        end = min((i for i in (self.text.find(c, after) for c in ",;.") if i >= 0), default=len(self.text))
        return bool(_EVENT_TIME.search(self.text, start, end)) and not _SINCE_TIME.search(self.text, start, end)

    def agent_after(self, pos: int, pattern: re.Pattern[str]) -> _Actor | None:
        m = pattern.match(self.text, pos)
        if not m:
            return None
        return self.actor_at(m.end())

    def quote_end(self, pos: int) -> int:
        m = self.g.place_noun.match(self.text, pos)
        return m.end() if m else pos

    def suppressed(self, anchor: int, verb_start: int, event_end: int) -> bool:
        """Negated, irrealis, denied or falsified by the words around the verb.

        ``anchor`` is where the subject starts (the verb itself when there is none near). Cues
        are looked for from a little before the subject ("If Sakhour falls") to the verb, but
        not across a comma or a conjunction that starts another clause.
        """
        text = self.text
        window_start = max(anchor - 25, verb_start - 80, 0)
        window = text[window_start:verb_start]
        cut = max(window.rfind(","), window.rfind(";"), window.rfind("("), window.rfind("—"), window.rfind(")"))
        if cut >= 0:
            window = window[cut + 1 :]
        breaks = list(self.g.clause_break.finditer(window))
        if breaks:
            window = window[breaks[-1].start() :]
        if self.g.negation.search(window) or self.g.irrealis.search(window):
            return True
        clause_start = max(text.rfind(";", 0, verb_start), 0)
        if self.g.denial.search(text[clause_start:verb_start]):
            return True
        if self.g.falsity.match(text, event_end):
            return True
        return False
