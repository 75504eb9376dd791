"""A foreign country's body is not Syria's: "the Turkish Health Ministry", "the Iranian Defence
Ministry", "an Israeli army spokesman".

The alias table gives bare state bodies ("Health Ministry", "army", "Defence Ministry") to the
state that speaks most often in this corpus.  A country adjective written in capitals right
before such a body (``demonyms`` in the data file) makes it that country's: the body keeps its
name as written ("Turkish Health Ministry"), typed and flagged as that country's government in
the table (``foreign_government`` when the table has none), and :func:`foreign_entry` reads the
same name as the country's government, so a gold "Turkish government" and an extracted
"Turkish Health Ministry" are the same source.  A phrase the table lists as a whole ("Russian
Foreign Ministry", "Turkish officials") is matched first and never reaches this rule; the
country's own possessive ("Turkey's health ministry") is :func:`organisations._country_owner`.

>>> from newsfigures.attribution import resolve_alias
>>> resolve_alias("the Turkish Health Ministry").name
'Turkish government'
"""

from __future__ import annotations

import re
from typing import Callable

from .candidates import _Cand, _Ctx, _original
from .lexicon import _Entry, _Lexicon
from .mentions import _Mention
from ..regexstore import compile as compile_regex

_STATE_TYPES = ("government", "military", "state_media")
_ADJECTIVE_BEFORE_RE = compile_regex(r"(?<![\w.'\-])((?:[A-Z]\.){2}|[A-Z][A-Za-z]+)\s+\Z")


def _demonym_before(lex: _Lexicon, folded: str, start: int) -> str | None:
    """The capitalised country adjective ending right before ``start`` ("Turkish "), lower-case."""
    m = _ADJECTIVE_BEFORE_RE.search(folded, max(0, start - 20), start)
    if m is None:
        return None
    word = m.group(1).lower()
    return word if word in lex.demonyms else None


def _belongs_to(lex: _Lexicon, entry: _Entry, demonym: str) -> bool:
    """The body is already that country's ("Russian" before the Russian Defence Ministry's alias)."""
    country = lex.demonyms.get(demonym)
    if country is not None and entry.name == country:
        return True
    own = lex.entries.get(country) if country else None
    first = entry.name.split()[0].lower()
    return first == demonym or (own is not None and first == own.name.split()[0].lower())


def foreign_body(ctx: _Ctx, m: _Mention, cue: int) -> _Cand | None:
    """The candidate for a state body mention ``m`` owned by the foreign country whose adjective
    stands right before it, or ``None`` (no adjective, or the body is that country's already)."""
    e = m.entry
    if m.target.kind != "alias" or e is None or e.source_type not in _STATE_TYPES:
        return None
    lex = ctx.lex
    demonym = _demonym_before(lex, ctx.folded, m.start)
    if demonym is None or _belongs_to(lex, e, demonym):
        return None
    start = m.start - len(re.search(r"\S+\s+\Z", ctx.folded[: m.start]).group())  # type: ignore[union-attr]
    end, speaker = m.end, ""
    role = re.search(r"\s+([a-z]+)\Z", ctx.folded[start : m.end])
    if role is not None and role.group(1) in lex.role_nouns:  # "an Israeli army spokesman"
        end, speaker = m.end - len(role.group()), _original(ctx, start, m.end)
    country = lex.entries.get(lex.demonyms[demonym] or "")
    stype = country.source_type if country is not None else "foreign_government"
    party = country.party if country is not None else False
    return _Cand("org", start, end, cue, name=_original(ctx, start, end), source_type=stype, party=party,
                 personal=bool(speaker), speaker=speaker)


_LEADING_RE = compile_regex(r"\s*(?:(?:the|a|an)\s+)?((?:[A-Z]\.){2}|[A-Za-z]+)\s+(.+)", re.S)


def foreign_entry(lex: _Lexicon, text: str, body_entry: Callable[[str], _Entry | None]) -> tuple[bool, _Entry | None]:
    """Read a whole phrase as a foreign country's body: ``(True, the country's government entry
    or None)`` when ``text`` is a country adjective before a body that ``body_entry`` resolves
    to a state body of another country; ``(False, None)`` otherwise."""
    m = _LEADING_RE.match(text)
    if m is None or not m.group(1)[:1].isupper():
        return False, None
    demonym = m.group(1).lower()
    if demonym not in lex.demonyms:
        return False, None
    body = body_entry(m.group(2))
    if body is None or body.source_type not in _STATE_TYPES or _belongs_to(lex, body, demonym):
        return False, None
    return True, lex.entries.get(lex.demonyms[demonym] or "")
