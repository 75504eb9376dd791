"""Organisations the alias table does not know, and state bodies owned by a country.

A capitalised name that begins or ends with an organisation head word (``org_heads`` in the
data file: council, institute, society, ministry, office ...) is an organisation and keeps its
name ("the Aleppo Medical Council said", "the Institute for the Study of War estimated"); a
known organisation inside it takes over ("the UN Office at Geneva" -> United Nations); an armed
group's name folds into "rebel officials".  A person whose role names such an organisation
speaks for it ("Ahmed Khalil, a spokesman for the Aleppo provincial council").  A country before
a state body owns it ("China's foreign ministry" -> Chinese government)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidates import _Analysis, _Cand, _Ctx, _original
from .foreign import foreign_body
from .mentions import _Mention
from ..regexstore import compile as compile_regex


def _country_owner(ctx: "_Ctx | _Analysis", m: _Mention) -> _Mention | None:
    """The country owning a state body: "China's foreign ministry" -> China (Chinese government)."""
    e = m.entry
    if e is None or e.source_type not in ("government", "foreign_government", "military"):
        return None
    for p in ctx.mentions:
        if p.end <= m.start and p.target.kind == "place" and p.entry is not None and p.entry.name != e.name:
            if re.fullmatch(r"'s?\s+(?:the\s+)?", ctx.folded[p.end : m.start]):
                return p
    return None


_CAP = r"(?:[A-Z][\w'\-]*|(?:al|el)-[A-Z][\w'\-]*)"
_ORG_NAME = rf"{_CAP}(?:(?:\s+(?:of|for|on|at|and|in)(?:\s+the)?)?\s+{_CAP}){{0,8}}"
_ORG_NAME_END_RE = compile_regex(rf"(?<![\w\-']){_ORG_NAME}\Z")
_ORG_NAME_START_RE = compile_regex(rf"(?:(?:the|a|an)\s+)?({_ORG_NAME})")


def _org_cand(ctx: _Ctx, start: int, end: int, cue: int) -> _Cand | None:
    """An organisation named in capitals that the table does not know: "the Aleppo Medical
    Council", "the Institute for the Study of War", "Ministry of Local Administration".

    The name must begin or end with an organisation head word (``org_heads`` in the data
    file).  A known organisation inside the name takes it over ("the UN Office at Geneva" ->
    United Nations); otherwise the name is kept as written, typed by its words (``org_words``),
    and an armed group's name folds into "rebel officials" as before.
    """
    lex = ctx.lex
    folded = ctx.folded
    m0 = re.match(r"(?:the|a|an)\s+", folded[start:end], re.I)
    if m0:
        start += m0.end()
    words = re.findall(r"[\w'\-]+", folded[start:end])
    caps = [w for w in words if w[:1].isupper() or w[:3] in ("al-", "el-")]
    if len(caps) < 2:
        return None
    lows = [w.lower().removesuffix("'s") for w in caps]
    if not any(w in lex.org_heads for w in lows):
        return None
    # the name ends at its head or runs on only through prepositions ("Office at Geneva"): a
    # person's name after the head is the speaker, not part of the organisation
    last_head = max(k for k, w in enumerate(words) if w.lower().removesuffix("'s") in lex.org_heads)
    after = words[last_head + 1 :]
    if after and after[0].lower() not in ("of", "for", "at", "in", "on", "and"):
        return None
    if lows[0] in lex.titles and lows[0] not in lex.org_heads:
        return None
    # a generic phrase inside a capitalised name is part of the name ("Idlib Health Directorate")
    named = [m for m in ctx.mentions if not (m.entry is not None and m.entry.generic)]
    for m in named:
        if m.start <= start + 1 and m.end >= end - 1 or (m.start < end <= m.end):
            foreign = foreign_body(ctx, m, cue) if m.end == end else None  # "said the Turkish Health Ministry"
            return None if foreign is None else replace(foreign, start=min(foreign.start, start))  # a known name (or one running past this one): the alias table speaks for it
    inner = [m for m in named if m.start >= start and m.end <= end]
    if inner and inner[0].start == start and inner[0].target.kind == "place":
        pm = re.match(r"'s?\s+", folded[inner[0].end : end])
        if pm:
            # "Syria's Interior Ministry": a ministry of that country's government
            if any(w in lex.government_heads for w in lows):
                e = inner[0].entry
                assert e is not None
                return _Cand("entry", start, end, cue, entry=e)
            start = inner[0].end + pm.end()
            inner = inner[1:]
    for m in inner:
        e = m.entry
        if m.target.kind in ("alias", "name") and e is not None and not e.generic and e.source_type not in ("media",):
            foreign = foreign_body(ctx, m, cue)
            if foreign is not None:
                return replace(foreign, start=min(foreign.start, start), end=end)
            return _Cand("entry", start, end, cue, entry=e)
    name = _original(ctx, start, end)
    for stype, ws in lex.org_words:
        if any(w in ws for w in lows):
            if stype == "opposition" and any(w in lex.armed_words for w in lows):
                e = lex.entries.get("rebel officials")
                if e is not None:
                    return _Cand("entry", start, end, cue, entry=e)
            return _Cand("org", start, end, cue, name=name, source_type=stype, party=stype in ("government", "opposition"))
    return _Cand("org", start, end, cue, name=name, source_type=lex.default_org_type)


def _org_name_ending(ctx: _Ctx, q: int) -> _Cand | None:
    m = _ORG_NAME_END_RE.search(ctx.folded, max(0, q - 120), q)
    if m is None:
        return None
    start = m.start()
    # "The" opening a sentence is caught by the capitals: leave it out
    return _org_cand(ctx, start, m.end(), q)


def _org_name_starting(ctx: _Ctx, p: int) -> _Cand | None:
    m = _ORG_NAME_START_RE.match(ctx.folded, p)
    if m is None:
        return None
    return _org_cand(ctx, m.start(1), m.end(1), p)


_HEAD_STOPS = frozenset("of for with at in from based on who which that".split())
_ROLE_ORG_RE = compile_regex(
    r"\b(?:of|for|with|at|from|in|to|heads|leads|runs|directs|represents)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'\-]*\s+)(?:[\w'\-]+\s+){0,4}(?i:%s))\b" % "|".join(
        sorted("council committee institute institution society foundation organisation "
               "organization association union network observatory centre center office agency "
               "ministry directorate department authority commission coalition alliance federation "
               "fund programme trust initiative group league relief board assembly mission".split(),
               key=len, reverse=True)),
)


def _org_of_role(ctx: _Ctx, start: int, end: int) -> _Cand | None:
    """The organisation a person's role names, when the table does not know it: "a spokesman
    for the Aleppo provincial council" -> "Aleppo provincial council" (kept by name)."""
    m = _ROLE_ORG_RE.search(ctx.folded, start, end)
    if m is None:
        return None
    s_, e_ = m.start(1), m.end(1)
    for mm in ctx.mentions:
        if mm.start < e_ and mm.end > s_ and not (mm.entry is not None and mm.entry.generic):
            return None  # a known organisation: _infer_role has read it
    cand = _org_cand(ctx, s_, e_, s_)
    if cand is not None:
        return cand
    name = _original(ctx, s_, e_)
    lows = name.lower().split()
    for stype, ws in ctx.lex.org_words:
        if any(w in ws for w in lows):
            if stype == "opposition" and any(w in ctx.lex.armed_words for w in lows):
                e = ctx.lex.entries.get("rebel officials")
                if e is not None:
                    return _Cand("entry", s_, e_, s_, entry=e)
            return _Cand("org", s_, e_, s_, name=name, source_type=stype, party=stype in ("government", "opposition"))
    return _Cand("org", s_, e_, s_, name=name, source_type=ctx.lex.default_org_type)


_WITH_PARTICIPLE_RE = compile_regex(r"\bwith\s+\Z", re.I)
