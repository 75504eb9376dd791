"""Roles: what a role phrase says about the person holding it ("a spokesman for the UN" ->
United Nations, folded in; "a rescue worker" -> aid, the person's own type; "an Israeli army
spokesman" -> Israel's, not the Syrian army)."""

from __future__ import annotations

import re

from .candidates import _Ctx
from .foreign import foreign_body
from .lexicon import _Entry
from .organisations import _country_owner
from ..regexstore import compile as compile_regex


def _role_text_norm(text: str) -> str:
    low = text.lower()
    low = re.sub(r"\bu\.n\.", "un", low)
    low = re.sub(r"\bu\.s\.", "us", low)
    low = low.replace("defense", "defence")
    return low


def _infer_role(ctx: _Ctx, start: int, end: int) -> tuple[_Entry | None, str | None, bool]:
    """Read a role phrase ``folded[start:end]``.

    Returns ``(entry, type, fold)``: ``fold`` means the phrase names an institution the person
    speaks for (``entry``); otherwise ``type`` is the person's own type and ``entry`` the generic
    source for an unnamed speaker of that kind (e.g. "medical staff").
    """
    lex = ctx.lex
    if end <= start:
        return None, None, False
    for m in ctx.mentions:
        # "Iran's foreign ministry spokesman": the words before the role span belong to it
        if m.start < start < m.end or (m.end <= start and re.fullmatch(r"(?:'s?)?\s*", ctx.folded[m.end : start])):
            if m.target.kind != "ref":
                start = m.start
                owner = _country_owner(ctx, m)
                if owner is not None:
                    start = owner.start
    # a known organisation the role belongs to ("a member of the Syrian Civil Defense",
    # "UNICEF's director", "an ICRC official"); not the role itself ("a rescue worker")
    folded = ctx.folded
    for m in ctx.mentions:
        if not (m.start >= start and m.end <= end and m.target.kind in ("alias", "name", "person", "place")):
            continue
        e = m.target.entry
        assert e is not None
        if m.target.kind == "place":
            nxt_m = next((x for x in ctx.mentions if x.start > m.start and x.end <= end), None)
            if nxt_m is None or _country_owner(ctx, nxt_m) is not m:
                continue
        if e.generic:
            continue
        if lex.outside_roles_re.match(folded, m.end, end):
            continue  # "the UN's partner", "an ally of Damascus": not a member
        before = folded[start : m.start]
        after = folded[m.end : end]
        linked = bool(_ROLE_LINK.search(before))
        if not linked and re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", before, re.I):
            nxt = re.findall(r"[\w\-]+", after[:40])[:3]
            linked = bool(re.match(r"'s?\b", after)) or any(w.lower() in lex.role_nouns for w in nxt)
        if not linked:
            continue
        foreign = foreign_body(ctx, m, m.start)  # "an Israeli army spokesman"
        if foreign is not None:
            country = lex.entries.get(lex.demonyms.get(folded[foreign.start : m.start].strip().lower()) or "")
            return (country, country.source_type, True) if country is not None else (None, foreign.source_type, False)
        if e.source_type in ("media",):
            return None, "media", False
        return e, e.source_type, True
    # "Under-Secretary-General", "Director-General": a civil title, no military general
    low = _CIVIL_GENERAL.sub("official", _role_text_norm(ctx.folded[start:end]))
    for r in lex.roles:
        if r.all_words and not all(re.search(r"\b%s\b" % re.escape(w), low) for w in r.all_words):
            continue
        if not r.pattern.search(low):
            continue
        if r.source:
            e = lex.entries.get(r.source)
            if e is not None:
                return e, e.source_type, True
        gen = lex.entries.get(r.generic) if r.generic else None
        return gen, r.source_type or (gen.source_type if gen else None), False
    return None, None, False


_CIVIL_GENERAL = compile_regex(r"\b(?:under-)?(?:secretary|director|attorney|governor|inspector|solicitor|consul|auditor|"
                            r"procurator|prosecutor|surgeon)-general\b", re.I)


_ORG_NOUNS = frozenset(
    "organization organisation group charity ngo agency network foundation society association "
    "monitor body coalition faction movement committee council union outlet newspaper channel "
    "station broadcaster website company brigade battalion militia".split()
)


_ROLE_LINK = compile_regex(
    r"(?:\b(?:of|for|with|at|from|in|by|runs|run|heads|headed|leads|led|directs|founded|"
    r"represents|represented|joined|within|inside)|(?:adviser|advisor|envoy|ambassador|delegate|"
    r"spokesman|spokeswoman|spokesperson)\s+to)\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}\Z",
    re.I,
)
