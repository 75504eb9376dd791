"""Descriptions of a side's pocket that list its districts (``held``), read by
:func:`.control.control_mentions`.

Shapes (made-up examples):

* a holding noun phrase of a side, then its members (:func:`described_pocket`): "a shrinking
  pocket in the south of the former rebel sector, including the districts of A, B and C", "the
  rebel enclave, made up of A and B", "What is left of opposition Aleppo is a patchwork of about a
  dozen neighborhoods, among them A, B"; or an apposition that locates it: "the rebel pocket, a
  handful of streets in A, B and C". The side is a party adjective of the phrase's own words
  (not after "former": "the former rebel pocket, including Hanano" gives nothing); a pocket or
  enclave inside a side's sector (even a former one) is that side's; "what is left of PARTY X is"
  names the side of the predicate.
* a side confined to places (:func:`confined_side`): as an object, "cornering rebels in A, B and
  part of C", "trapping the rebels in A and B"; as the subject of a passive, "rebels have been
  pushed into an area of little more than three square miles, made up of A, B and parts of C".
  "pushed", "driven" and "forced" need the passive (be, get, left): "troops pushed into X" is an
  advance.

A phrase governed by a capture or loss verb ("captured what remained of the opposition's
territory, including A") is the verb's object, not a description: nothing here.
"""

from __future__ import annotations

import re

from .clauses import _Event, _Sentence
from ..regexstore import compile as compile_regex


_HEADS = (
    r"pockets?|enclaves?|sector|areas?|territory|territories|zone|patchwork|redoubt|rump|strip|sliver|"
    r"strongholds?|bastions?|remnants?|districts|neighbou?rhoods|quarters|east|west|north|south|half"
)
# nouns that are a besieged holding by themselves: their side may be that of the sector they lie in
_INTRINSIC = compile_regex(r"pockets?|enclaves?|patchwork|redoubt|rump|remnants?|sliver", re.IGNORECASE)
# words that introduce the members of a holding
_MEMBERS = (
    r"(?:(?:which|that)\s+(?:still\s+|now\s+)?(?:includes?|included|comprises?|comprised|covers?|contains?|spans?|"
    r"encompass(?:es)?)|including|comprising|made\s+up\s+of|consisting\s+of|among\s+them|such\s+as|namely|"
    r"covering|spanning|encompassing)"
)
# an apposition of ground that locates the holding in the places: "a handful of streets in"
_LOCATING_APPOSITION = (
    r",\s*(?:(?:a|an|the|just|only|some)\s+)?(?:(?:handful|few|couple|cluster|string|dozen|patch|maze|warren|"
    r"number|collection|block|blocks|small|tiny|narrow|of|streets|alleys|lanes|buildings|neighbou?rhoods?|"
    r"districts?|areas?|parts?|sections?|square|miles?|kilomet(?:re|er)s?|km|\d[\d.,]*|two|three|four|five|six|"
    r"little|more|than|less|about|around)\s+){1,8}(?:in|across|spanning)\s+"
)
_HOLDING_PHRASE = compile_regex(
    r"(?<![\w\-])(?:a|an|the|its|their|[\w\-]+['’]s?)\s+"
    r"(?P<mods>(?:[\w\-'’]+\s+){0,4}?)"
    rf"(?P<head>{_HEADS})\b"
    r"(?P<tail>\s+(?:of|in|on|across)\s+[^,;:.()]{0,70}?)?"
    rf"(?P<marker>\s*,?\s*{_MEMBERS}\s+|{_LOCATING_APPOSITION})",
    re.IGNORECASE,
)
# "What is left of opposition Aleppo is ...", "What remains of the rebel east is now ..."
_WHAT_IS_LEFT = compile_regex(
    r"\bwhat\s+(?:is\s+left|remains|was\s+left|remained)\s+of\s+(?:the\s+)?(?P<np>[^,;:]{0,50}?)\s+"
    r"(?:is|are|was|were)\s+(?:now\s+|just\s+|only\s+|little\s+more\s+than\s+)*$",
    re.IGNORECASE,
)
_FORMER = compile_regex(r"\b(?:former|once|ex-|erstwhile|previously)\s*$", re.IGNORECASE)
# capture and loss verbs: a phrase they govern is their object, not a description
_GOVERNING_KINDS = frozenset({"capture", "loss", "nominal_capture", "nominal_loss", "expel"})


def _party_in(s: _Sentence, a: int, b: int, former_ok: bool) -> str | None:
    """The side a party adjective in ``text[a:b]`` names ("rebel", "opposition-held", "the
    rebels'"); not after "former" unless ``former_ok``."""
    rx = compile_regex(rf"(?<![\w\-])(?P<adj>{s.g.adjective_alt})(?:s?['’]s?|[-‐‑](?:held|controlled))?(?![\w])",
                    re.IGNORECASE)
    for m in rx.finditer(s.text, a, b):
        if not former_ok and _FORMER.search(s.text, max(0, m.start() - 20), m.start()):
            continue
        party = s.party_of_adjective(m.group("adj"))
        if party is not None:
            return party
    return None


def _governed(s: _Sentence, start: int) -> bool:
    """Is a phrase starting at ``start`` the object of a capture or loss verb before it?"""
    for t in s.triggers:
        if t.kind not in _GOVERNING_KINDS or t.end > start or start - t.end > 120:
            continue
        between = s.text[t.end : start]
        if re.search(r"[.;:]", between) or any(t.end <= p.start < start for p in s.places):
            continue
        return True
    return False


def described_pocket(s: _Sentence, out: list[_Event]) -> None:
    """A side's holding described by its members: "the rebel enclave, made up of A and B"."""
    for m in _HOLDING_PHRASE.finditer(s.text):
        if any(m.start() <= p.start < m.start("marker") for p in s.places):
            continue  # "a pocket near Sukkari, including ...": a place inside the phrase locates it
        party = _party_in(s, m.start(), m.end("head"), former_ok=False)
        if party is None and _INTRINSIC.fullmatch(m.group("head")) and m.group("tail"):
            party = _party_in(s, m.start("tail"), m.end("tail"), former_ok=True)
        if party is None and (left := _WHAT_IS_LEFT.search(s.text, max(0, m.start() - 90), m.start())):
            party = _party_in(s, left.start("np"), left.end("np"), former_ok=False)
        if party is None or _governed(s, m.start()):
            continue
        objects = s.objects_after(m.end())
        if not objects or s.suppressed(m.start(), m.start(), m.end()):
            continue
        qend = s.quote_end(s.places[objects[-1]].end)
        for i in objects:
            out.append(_Event(i, party, "held", m.start(), qend, m.group(0).strip(" ,"), False, True))


# a side as the object of a verb that confines it: "cornering rebels in", "trapping the rebels in"
_CONFINING = (
    r"cornering|cornered|corners|corner|trapping|trapped|traps|trap|pinning|pinned|boxing|boxed|penning|penned|"
    r"hemming|hemmed|bottling|bottled|squeezing|squeezed|pushing|pushed|driving|drove|driven|forcing|forced|"
    r"confining|confined|besieging|besieged|encircling|encircled|surrounding|surrounded|isolating|isolated"
)
# participles that confine without an auxiliary ("rebels cornered in X"); the rest need one
_STATIVE = compile_regex(r"cornered|trapped|pinned|boxed|penned|hemmed|bottled|holed|besieged|encircled|surrounded|isolated",
                      re.IGNORECASE)
_INTO = r"(?:\s+(?:up|back|down|in))?\s+(?:in|into|inside|within|to)\s+"
_CONFINE_OBJECT = compile_regex(
    rf"(?<![\w\-])(?P<verb>{_CONFINING})(?:\s+(?:in|up|down|back))?\s+(?:(?:the|remaining|last|surviving|besieged|holdout)\s+)*$",
    re.IGNORECASE,
)
_CONFINE_PASSIVE = compile_regex(
    r"\s+(?P<aux>(?:(?:have|has|had|now|been|being|were|was|are|is|get|got|left|remain|remains|remained|still|"
    r"effectively|largely|increasingly)\s+)*)"
    rf"(?P<verb>{_CONFINING}|holed)",
    re.IGNORECASE,
)
# "an area of little more than three square miles, made up of": a stretch of ground and its members
_CONTAINER = compile_regex(
    r"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?(?:area|pocket|enclave|sector|zone|strip|sliver|patch|corner|territory|"
    r"patchwork|handful\s+of\s+(?:districts|neighbou?rhoods|areas))"
    rf"(?:\s+of\s+[^,;:()]{{1,60}}?)?\s*,?\s*{_MEMBERS}\s+",
    re.IGNORECASE,
)


def _confined_places(s: _Sentence, pos: int) -> list[int]:
    """The places a side is confined to, after "in|into|to" ending at ``pos``."""
    container = _CONTAINER.match(s.text, pos)
    return s.objects_after(container.end() if container else pos)


def confined_side(s: _Sentence, out: list[_Event]) -> None:
    """SIDE confined to places (held by the side): as object ("trapping the rebels in A") or as
    subject of a passive ("rebels have been pushed into an area ..., made up of A, B")."""
    for a in s.actors:
        if a.party not in ("government", "rebels", "kurdish"):
            continue
        verb_start = None
        into = None
        obj = _CONFINE_OBJECT.search(s.text, max(0, a.start - 40), a.start)
        if obj is not None:
            into = compile_regex(_INTO, re.IGNORECASE).match(s.text, a.end)
            verb_start = obj.start()
        if into is None:
            passive = _CONFINE_PASSIVE.match(s.text, a.end)
            if passive is None or (not passive.group("aux").strip() and not _STATIVE.fullmatch(passive.group("verb"))):
                continue
            into = compile_regex(_INTO, re.IGNORECASE).match(s.text, passive.end())
            verb_start = passive.start("verb")
        if into is None:
            continue
        objects = _confined_places(s, into.end())
        if not objects or s.suppressed(min(a.start, verb_start), verb_start, into.end()):
            continue
        qstart = min(a.start, verb_start)
        qend = s.quote_end(s.places[objects[-1]].end)
        for i in objects:
            out.append(_Event(i, a.party, "held", qstart, qend, s.text[verb_start : into.end()].strip(), False))
