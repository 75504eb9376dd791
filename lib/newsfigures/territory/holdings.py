"""Statements of who holds districts (``held``), read by :func:`.control.control_mentions`.

Shapes (words in ``data/control_verbs.yaml``):

* ``PARTY-held PLACES`` ("rebel-held Sukkari"), its apposition ("X, a Kurdish-controlled
  enclave"), predicate ("X and Y are the only rebel-held areas") and location ("Jibreen, a
  district in the government-held west") (:func:`held_adjective`);
* ``PARTY place-noun of PLACES`` ("the Kurdish neighbourhood of X") and the apposition
  "X, the last rebel stronghold" (:func:`party_noun`);
* ``PARTY holding-noun (is now) holding-list PLACES`` ("rebel control is limited to X", "the
  rebels' remaining enclave covers X", "the rebel pocket: X, Y"), and the opposition's own
  "liberated area", a rebel holding only where the text says it shrank ("the liberated area now
  is only X") (:func:`holding_list`);
* ``PLACE, where SIDE (are still) holding out`` (:func:`where_holding_out`).
"""

from __future__ import annotations

import re

from .clauses import _APPOSITIVE, _AREA_AROUND, _HELD_ADJ_GAP, _Event, _Sentence, _Trigger
from .grammar import _norm_phrase
from ..regexstore import compile as compile_regex


# between a district and "PARTY-held <area>" that says where it lies
_LOCATED_IN = compile_regex(
    r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter))?"
    r"(?:\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"|\s+(?:(?:is|was)\s+)?(?:lies|lie|lay|is|was|sits|sat|located|situated|stands|falls|fall)\s+(?:[\w\-]+\s+){0,5}?|\s+)"
    r"(?:in|on|inside|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# between districts and a predicate "PARTY-held areas": "X and Y are now the only rebel-held areas"
_PREDICATE_HELD = compile_regex(
    r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter)s?)?\s+(?:is|are|remain|remains)\s+"
    r"(?:(?:now|still|the|only|last|few|one|of|among|a|an|two|three|four|remaining|main|largest|biggest)\s+)*$",
    re.IGNORECASE,
)
_HELD_NOUN_AFTER = compile_regex(r"\s+(?:district|micro-?district|neighbou?rhood|area|quarter|part|pocket|enclave|zone|sector)s?\b",
                              re.IGNORECASE)
# the area a held adjective names after a located district: "east side", "west of the city", "Aleppo"
_HELD_AREA = compile_regex(
    r"\s+(?:(?:east|west|north|south|eastern|western|northern|southern)(?:\s+(?:side|part|half|sector|Aleppo))?"
    r"|part|side|sector|area|zone|enclave|pocket|territory|half|Aleppo|city)\b",
    re.IGNORECASE,
)


_OUTSIDE_BEFORE = compile_regex(r"\b(?:outside(?:\s+of)?|beyond|out\s+of|free\s+of|no\s+longer\s+(?:under|in))\s+(?:the\s+)?$", re.IGNORECASE)


def holding_list(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY control|enclave (is now) limited to|comprises|: PLACES (held by the party)."""
    m = s.g.holding_list.match(s.text, t.start)
    if m and m.group("adj") and _norm_phrase(m.group("adj")) in s.g.own_ground:
        # "the liberated area now is only X": the opposition's own ground, shrunk to the list
        party = "rebels" if s.g.restrictive.search(m.group(0)) else None
    else:
        by = (m.group("by") or m.group("by2")) if m else None
        if m is None:
            party = None
        elif by:  # "the areas controlled by the factions are X"
            party = s.g.actor_party.get(_norm_phrase(by))
        else:
            party = s.party_of_adjective(m.group("adj") or m.group("after"))
        if party is not None and _OUTSIDE_BEFORE.search(s.text, max(0, t.start - 30), t.start):
            # "the only districts still outside regime control are X": the other side's
            party = s.opponent(party)
    if party is None:
        return
    around = _AREA_AROUND.match(s.text, t.end)
    objects = s.objects_after(around.end() if around else t.end)
    if not objects:
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        out.append(_Event(i, party, "held", t.start, qend, t.text, False))



# "Sheikh Saeed, the last rebel stronghold", "Bustan al-Qasr remains a rebel bastion"
_PARTY_NOUN_APPOSITION = compile_regex(
    r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter)s?)?\s*(?:,\s*|\s+(?:is|are|remains|remain)\s+)"
    r"(?:(?:a|an|the|now|still|largely|mostly|last|remaining|main|only|biggest|largest|key|one\s+of\s+the)\s+)+$",
    re.IGNORECASE,
)


def party_noun(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY place-noun of PLACES (held): "the Kurdish neighbourhood of Sheikh Maqsoud"; and the
    apposition "Sheikh Saeed, the last rebel stronghold" / "X remains a rebel bastion"."""
    m = s.g.party_noun.match(s.text, t.start)
    party = s.party_of_adjective(m.group("adj")) if m else None
    if party is None:
        return
    if not m.group("of"):
        before = [i for i, p in enumerate(s.places) if p.end <= t.start]
        if not before or not _PARTY_NOUN_APPOSITION.search(s.text[s.places[before[-1]].end : t.start]):
            return
        if not _PARTY_NOUN_APPOSITION.fullmatch(s.text, s.places[before[-1]].end, t.start):
            return
        subjects = s.places_before(t.start) or [before[-1]]
        comma = "," in s.text[s.places[before[-1]].end : t.start]  # an apposition, not a predicate
        if s.suppressed(s.places[subjects[0]].start, t.start, t.end):
            return
        for i in subjects:
            s.held_modifier.setdefault(i, (party, t.start))
            out.append(_Event(i, party, "held", s.places[subjects[0]].start, t.end, t.text, False, comma))
        return
    objects = s.objects_after(t.end)
    if not objects or s.suppressed(t.start, t.start, t.end):
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        s.held_modifier.setdefault(i, (party, t.start))
        out.append(_Event(i, party, "held", t.start, qend, t.text, False, True))


def held_adjective(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY-held PLACES ("rebel-held Sukkari", "the government-held district of Jibreen")."""
    m = s.g.held_adjective.match(s.text, t.start)
    party = s.party_of_adjective(m.group("adj")) if m else None
    if party is None:
        return
    first = next((i for i, p in enumerate(s.places) if p.start >= t.end), None)
    if first is None or not _HELD_ADJ_GAP.fullmatch(s.text, t.end, s.places[first].start):
        # appositive: "Sheikh Maqsoud, a Kurdish-controlled enclave"
        before = [i for i, p in enumerate(s.places) if p.end <= t.start]
        if before and _APPOSITIVE.fullmatch(s.text, s.places[before[-1]].end, t.start):
            i = before[-1]
            s.held_modifier[i] = (party, t.start)
            out.append(_Event(i, party, "held", s.places[i].start, s.quote_end(t.end), t.text, False, True))
        elif before and _PREDICATE_HELD.fullmatch(s.text, s.places[before[-1]].end, t.start) and \
                _HELD_NOUN_AFTER.match(s.text, t.end):
            # predicate: "Sheikh Saeed and Amiriyah are now the only rebel-held areas left"
            subjects = s.places_before(t.start)
            for i in subjects:
                s.held_modifier[i] = (party, t.start)
                out.append(_Event(i, party, "held", s.places[subjects[0]].start, s.quote_end(t.end), t.text, False))
        elif (
            before
            and _LOCATED_IN.fullmatch(s.text, s.places[before[-1]].end, t.start)
            and (area := _HELD_AREA.match(s.text, t.end)) is not None
        ):
            # location: "Jibreen, a district in the government-held west", "X lies in the rebel-held east"
            i = before[-1]
            s.held_modifier[i] = (party, t.start)
            out.append(_Event(i, party, "held", s.places[i].start, area.end(), t.text, False, True))
        return
    objects = [first]
    j = first + 1
    while j < len(s.places) and s.list_gap_ok(s.places[j - 1].end, s.places[j].start) and s.follow_ok(j):
        objects.append(j)
        j += 1
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        s.held_modifier[i] = (party, t.start)
        out.append(_Event(i, party, "held", t.start, qend, t.text, False, True))


# between a district (list) and the side holding out there: ", where", "district, where"
_WHERE = compile_regex(r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter)s?)?\s*,?\s*where\s+", re.IGNORECASE)


def where_holding_out(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PLACE(S)(, the district), where SIDE (are still) holding out|holed up|dug in -> held by
    the side: "fighting is concentrated around Sheikh Saeed, where militants are still holding out"."""
    before = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not before:
        return
    last = before[-1]
    where = _WHERE.match(s.text, s.places[last].end)
    if where is None or where.end() > t.start:
        return
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.start < where.end() or subj.party not in ("government", "rebels", "kurdish"):
        return
    if not re.fullmatch(r"\s*(?:(?:the|a|an|some|about|around|\d[\d,]*|a\s+few|hundreds\s+of|thousands\s+of)\s+)*",
                        s.text[where.end() : subj.start]):
        return
    if s.suppressed(subj.start, t.start, t.end):
        return
    places = [last]
    j = last - 1
    while j >= 0 and s.list_gap_ok(s.places[j].end, s.places[j + 1].start):
        places.insert(0, j)
        j -= 1
    for i in places:
        out.append(_Event(i, subj.party, "held", s.places[places[0]].start, t.end, t.text, False))
