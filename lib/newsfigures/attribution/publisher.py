"""Own publications: the organisation an article is the own page of.

An organisation's own publication (a monitor's site, a UN situation report or briefing note, an
aid agency's or medical charity's release, a think-tank report, a text speaking as "we") speaks
for that organisation: the figures it states in its own voice are its figures, so
:func:`publisher_of` names it and :func:`~newsfigures.attribution.attribute` gives it to every
sentence without an attribution of its own.  News outlets (wires, papers, broadcasters, state
news agencies) speak on their own authority and are never publishers."""

from __future__ import annotations

import re

from .antecedents import _alias_entry
from .candidates import _Ctx
from .lexicon import Source, _fold, _lexicon, _tokens
from .mentions import _scan
from .organisations import _ORG_NAME_START_RE, _org_cand
from .sentence import _analyse_cached, find_source
from ..reading.sentences import split_sentences


_NEWS_TYPES = frozenset({"media", "state_media"})
_MASTHEAD_SPLIT_RE = re.compile(r"\s+[|/\u2013\u2014-]\s+|\s*\|\s*")
_DATELINE_ORG_RE = re.compile(r"^(?:[^,:\n]{1,60},\s*)?([^,:\n]{3,80}):\s*$")
_BYLINE_RE = re.compile(r"^By\s+(?:the\s+)?(.{2,60}?)(?:\s+(?:team|staff|desk|unit|office))?(?:,|\s+with\b|$)", re.I)
_SELF_REFERENCE_RE = re.compile(
    r"\b(?:we|our|us|ours)\b|\b(?:prepared|published|issued|released)\s+this\s+(?:report|update|"
    r"statement|release|briefing|note|sitrep)\b|\bthis\s+(?:report|update|press\s+release|briefing\s+note)\b",
    re.I,
)


_RELEASE_HEAD_RE = re.compile(
    r"^(?:joint\s+)?(?:statement|remarks|press\s+release|news\s+release|press\s+statement|"
    r"briefing\s+note|flash\s+update|situation\s+report|sitrep)s?\s+(?:by|from|of|attributable\s+to)\b|"
    r"^(?:press|news)\s+release\s*[:\-\u2013]",
    re.I,
)


def _organisation_named(text: str) -> Source | None:
    """The organisation ``text`` names as a whole (a masthead or a byline), if any: a known one
    that is not a news outlet, or an unknown one by the organisation-name grammar."""
    text = text.strip(" .:;,\"'()[]")
    if not text or len(text) > 90 or re.search(r"\d", text):
        return None
    e = _alias_entry(text, roles=False)
    if e is not None:
        if e.generic or e.source_type in _NEWS_TYPES:
            return None
        return Source(e.name, e.source_type, e.party, "", 0, 0)
    # a name containing a known organisation ("The United Nations Office at Geneva")
    lex = _lexicon()
    folded, offs = _fold(text)
    toks = _tokens(folded, lex.spelling)
    ctx = _Ctx(lex, text, folded, offs, _scan(lex, folded, toks))
    m = _ORG_NAME_START_RE.fullmatch(folded)
    if m is None:
        return None
    cand = _org_cand(ctx, m.start(1), m.end(1), 0)
    if cand is None:
        return None
    if cand.kind == "entry" and cand.entry is not None:
        e = cand.entry
        if e.generic or e.source_type in _NEWS_TYPES:
            return None
        return Source(e.name, e.source_type, e.party, "", 0, 0)
    if cand.source_type in _NEWS_TYPES or cand.source_type == "media":
        return None
    return Source(cand.name, cand.source_type, cand.party, "", 0, 0)


def _opening_lines(title: str, body: str, n: int = 8) -> list[str]:
    lines = [ln.strip() for ln in ([title] if title else []) + body.splitlines()]
    return [ln for ln in lines if ln][:n]


def publisher_of(body: str, title: str = "", outlet: str = "") -> Source | None:
    """The organisation an article is the own publication of, if it is one.

    An organisation's own page (a monitor's site, a UN situation report or briefing note, an
    aid agency's or a think tank's release) speaks for that organisation: the figures it states
    in its own voice are its figures.  News outlets (wires, papers, broadcasters, state news
    agencies) speak on their own authority and are never a publisher here.  Evidence, in order:

    1. the article's ``outlet`` (from the manifest or page furniture) names an organisation;
    2. a masthead: one of the first lines is, as a whole or as one of its ``|``/``-``/``/``
       separated parts, an organisation's name ("SAMS | Syrian American Medical Society",
       "Institute for the Study of War");
    3. a dateline or byline naming it ("Aleppo Province, The Syrian Observatory for Human
       Rights:", "By the ISW Syria team");
    4. self-reference in the opening paragraphs: first person ("our teams", "we") or "this
       report" in a sentence (outside quotes) whose subject is an organisation ("OCHA
       prepared this report ...", "It is with great sorrow that SAMS announces that ... our
       facilities").

    The result has an empty surface (it is not said in any sentence).
    """
    if outlet:
        src = _organisation_named(outlet)
        if src is not None:
            return src
    lines = _opening_lines(title or "", body or "")
    for ln in lines:
        if len(ln.split()) > 12:
            continue
        for part in _MASTHEAD_SPLIT_RE.split(ln):
            src = _organisation_named(part)
            if src is not None:
                return src
        dm = _DATELINE_ORG_RE.match(ln)
        if dm:
            src = _organisation_named(dm.group(1))
            if src is not None:
                return src
        bm = _BYLINE_RE.match(ln)
        if bm:
            words = bm.group(1).split()
            for k in range(len(words), 0, -1):  # "By the WHO media team" -> "WHO media", "WHO"
                src = _organisation_named(" ".join(words[:k]))
                if src is not None:
                    return src
    # a statement or release headed by its author: "Statement by UNICEF Executive Director ..."
    for ln in lines[:3]:
        if _RELEASE_HEAD_RE.match(ln):
            an = _analyse_cached(ln)
            for m in an.mentions:
                e = m.entry
                if m.target.kind in ("alias", "name", "person") and e is not None and not e.generic \
                        and e.source_type not in _NEWS_TYPES:
                    return Source(e.name, e.source_type, e.party, "", 0, 0)
    # self-reference in the first paragraphs

    paragraphs = [p for p in (body or "").split("\n\n") if p.strip()][:4]
    for para in paragraphs:
        for sent in split_sentences(para):
            text = sent.text
            unquoted = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", " ", text)
            ref = _SELF_REFERENCE_RE.search(unquoted)
            if ref is None:
                continue
            src = find_source(unquoted) or _first_subject_organisation(unquoted)
            # the organisation speaks before the self-reference ("SAMS announces that ... our
            # facilities"); "We are running out, said a doctor with SAMS" is reported speech
            if src is not None and src.start <= ref.start():
                e = _lexicon().entries.get(src.name)
                stype = e.source_type if e is not None else src.source_type
                if stype not in _NEWS_TYPES and (e is None or not e.generic) and src.source_type not in (
                    "resident", "activists"
                ):
                    return Source(src.name, src.source_type, src.party_to_conflict, "", 0, 0)
    return None


def _first_subject_organisation(sentence: str) -> Source | None:
    """The organisation opening ``sentence`` ("OCHA prepared this report ...")."""
    an = _analyse_cached(sentence)
    for m in an.mentions:
        if an.folded[: m.start].strip(" \"'").lower() not in ("", "the"):
            return None
        e = m.entry
        if m.target.kind in ("alias", "name") and e is not None:
            return Source(e.name, e.source_type, e.party, "", 0, 0)
        return None
    return None
