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
from ..regexstore import compile as compile_regex


_NEWS_TYPES = frozenset({"media", "state_media"})
_MASTHEAD_SPLIT_RE = compile_regex(r"\s+[|/\u2013\u2014-]\s+|\s*\|\s*")
_DATELINE_ORG_RE = compile_regex(r"^(?:[^,:\n]{1,60},\s*)?([^,:\n]{3,80}):\s*$")
_BYLINE_RE = compile_regex(r"^By\s+(?:the\s+)?(.{2,60}?)(?:\s+(?:team|staff|desk|unit|office))?(?:,|\s+with\b|$)", re.I)
_SELF_REFERENCE_RE = compile_regex(
    r"\b(?:we|our|us|ours)\b|\b(?:prepared|published|issued|released)\s+this\s+(?:report|update|"
    r"statement|release|briefing|note|sitrep)\b|\bthis\s+(?:report|update|press\s+release|briefing\s+note)\b",
    re.I,
)


# the self-reference as the one a speaker told: "told our agency", "said to us", "spoke to our correspondent"
_TOLD_US_RE = compile_regex(r"\b(?:told|tells|telling|said\s+to|spoke\s+to|speaking\s+to|talked\s+to|in\s+an\s+interview\s+with)\s+$",
                            re.I)


_RELEASE_HEAD_RE = compile_regex(
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
    src = _self_named(body or "", outlet) or _we_voice(title or "", body or "", outlet)
    if src is not None:
        return src
    # self-reference in the first paragraphs

    paragraphs = [p for p in (body or "").split("\n\n") if p.strip()][:4]
    for para in paragraphs:
        for sent in split_sentences(para):
            text = sent.text
            unquoted = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", " ", text)
            ref = _SELF_REFERENCE_RE.search(unquoted)
            if ref is None or _TOLD_US_RE.search(unquoted, 0, ref.start()):
                # ("a YPG commander told our agency", "spoke to us": the speaker is not the publisher)
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


# own-voice cues right after an organisation's name: "SOHR was informed", "the Syrian Observatory
# documented", "Crisis Group looks at", "OCHA and partners estimate"; strong ones suffice alone,
# weak ones ("documented", "monitored") must come twice (a news story cites a monitor once)
_STRONG_AFTER_RE = compile_regex(
    r"^\s+(?:(?:also|further|then)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+(?:informed|told\s+by|able\s+to\s+(?:document|confirm|verify))|"
    r"(?:got|obtained|received)\s+(?:information|confirmed\s+information|reports)|"
    r"(?:looks|looked)\s+at|examines|analy[sz]es|(?:has|have)\s+(?:identified|verified))\b",
    re.I,
)
_WEAK_AFTER_RE = compile_regex(
    r"^\s+(?:(?:also|further|then)\s+)?(?:(?:has|have|had)\s+)?(?:(?:also|further)\s+)?(?:documented|monitored|recorded|counted|(?:continues|continued)\s+to\s+(?:document|monitor))\b",
    re.I,
)
# a document naming its producer: "This flash update was produced by OCHA Syria", a footer
# "Produced by OCHA Syria" or "Prepared by the WHO country office"
_PRODUCED_BY_RE = compile_regex(
    r"\bthis\s+(?:[\w-]+\s+){0,2}(?:report|update|sitrep|bulletin|note|brief|briefing|release|statement|"
    r"overview|snapshot|document|analysis|paper|publication)\s+(?:is|was|has\s+been)\s+"
    r"(?:produced|prepared|compiled|issued|published|written)\s+by\s+|"
    r"^\W{0,3}(?:produced|prepared|compiled|issued|published)\s+by\s+",
    re.I,
)


def _known_org(e) -> bool:
    return e is not None and not e.generic and e.source_type not in _NEWS_TYPES and e.source_type not in (
        "resident", "activists")


def _self_named(body: str, outlet: str = "") -> Source | None:
    """An organisation that names itself as the author anywhere in ``body`` (a footer, a
    monitor's own wording): "produced by OCHA Syria", "SOHR was informed", "Crisis Group looks
    at".  A news outlet given as ``outlet`` speaks for itself: then nothing is read here."""
    if outlet and _alias_entry(outlet, roles=False) is not None:
        e = _alias_entry(outlet, roles=False)
        if e is not None and e.source_type in _NEWS_TYPES:
            return None
    weak: dict[str, int] = {}
    first_weak: dict[str, Source] = {}
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        for sent in split_sentences(line):
            text = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", " ", sent.text)
            pm = _PRODUCED_BY_RE.search(text)
            an = None
            if pm is not None:
                an = _analyse_cached(text)
                for m in an.mentions:
                    if m.start >= pm.end() - 1 and m.target.kind in ("alias", "name") and _known_org(m.entry):
                        e = m.entry
                        return Source(e.name, e.source_type, e.party, "", 0, 0)
                tail = text[pm.end():]
                src = _organisation_named(re.split(r"\s+(?:in|with|and)\s+(?:collaboration|partnership|cooperation|coordination)\b|[,;(]", tail)[0])
                if src is not None:
                    return src
            if not re.search(r"\b(?:informed|told by|able to|information|reports|looks|looked|examines|analy[sz]es|"
                             r"identified|verified|documented|monitored|recorded|counted|to document|to monitor)\b", text, re.I):
                continue
            an = an or _analyse_cached(text)
            for m in an.mentions:
                e = m.entry
                if m.target.kind not in ("alias", "name") or not _known_org(e):
                    continue
                after = an.folded[m.end:]
                if _STRONG_AFTER_RE.match(after):
                    return Source(e.name, e.source_type, e.party, "", 0, 0)
                if _WEAK_AFTER_RE.match(after):
                    weak[e.name] = weak.get(e.name, 0) + 1
                    first_weak.setdefault(e.name, Source(e.name, e.source_type, e.party, "", 0, 0))
                    if weak[e.name] >= 2:
                        return first_weak[e.name]
    return None


# an organisation's own first person, narrating (not quoted, not reported): "we have identified
# 9 hospitals", "our teams delivered", "the commanders we spoke to"
_WE_VOICE_RE = compile_regex(
    r"\bour\s+(?:teams?|staff|volunteers|partners|colleagues|doctors|surgeons|facilities|hospitals|clinics|"
    r"researchers|analysts|field\s+(?:teams?|staff|sources))\b|"
    r"\bwe\s+(?:have\s+|had\s+|also\s+|are\s+|were\s+)?(?:identified|delivered|provided|distributed|supported|"
    r"evacuated|documented|recorded|call|urge|appeal|estimate|"
    r"(?:deeply\s+)?(?:concerned|alarmed|ready|working|providing|supporting))\b",
    re.I,
)


def _we_voice(title: str, body: str, outlet: str = "") -> Source | None:
    """The organisation speaking as "we" in its own text: the first known organisation (not a
    news outlet) named in the title or the opening lines, when the text narrates in its first
    person ("we have identified 9 hospitals", "commanders we spoke to") outside quotes."""
    if outlet:
        e = _alias_entry(outlet, roles=False)
        if e is not None and e.source_type in _NEWS_TYPES:
            return None
    voiced = False
    for sent in split_sentences(body):
        text = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019", " ", sent.text)
        if _WE_VOICE_RE.search(text) and find_source(text) is None:
            voiced = True
            break
    if not voiced:
        return None
    counts: dict[str, int] = {}
    found: dict[str, Source] = {}
    lines = _opening_lines(title, body, 4)
    for k, ln in enumerate(lines + [p for p in body.split("\n\n") if p.strip()]):
        an = _analyse_cached(ln[:600])
        for m in an.mentions:
            e = m.entry
            if m.target.kind in ("alias", "name") and _known_org(e):
                if k < len(lines):
                    return Source(e.name, e.source_type, e.party, "", 0, 0)
                counts[e.name] = counts.get(e.name, 0) + 1
                found.setdefault(e.name, Source(e.name, e.source_type, e.party, "", 0, 0))
    if counts:
        name, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= 2:
            return found[name]
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
