"""One sentence at a time: :func:`find_source` gives the source a sentence attributes its
figures to, from the speech verbs and cues it holds and the speakers around them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from .candidates import _Analysis, _Cand, _Ctx
from .lexicon import Source, _Lexicon, _fold, _lexicon, _tokens
from .mentions import _scan
from .scope import _scope_of
from .speakers import _BE, _DETS, _cand_from_mention, _np_starting, _outer_of, _subject, _title_case
from ..regexstore import compile as compile_regex


_QUOTED_OBJ_RE = compile_regex(r"\bquot(?:ed|es|ing)\s+(?!as\b|by\b)", re.I)


class _Hit(NamedTuple):
    start: int
    end: int
    text: str


# a concession or a denial reports a clause ("denied that", "acknowledged that"), but its noun
# object is someone else's figure ("disputed the figure", "denied the toll of 30")
_REJECTED_OBJECT_RE = compile_regex(r"disput|den(?:y|ie)", re.I)
_FIGURE_OBJECT_RE = compile_regex(
    r"\s+(?:the|this|that|these|those|its|their|his|her|such|any|a|an)\s+(?:[\w\-']+\s+){0,2}?"
    r"(?:figures?|toll|tolls|numbers?|claims?|reports?|accounts?|estimates?|counts?|allegations?|tally|"
    r"version|charges?|accusations?|statements?|assessments?)\b", re.I)
_ADMITTED_TO_RE = compile_regex(r"\s+(?:[^.,;]{0,40}?\b)?(?:to|into)\s+(?:the\s+|a\s+)?(?:hospitals?|clinics?|"
                             r"intensive|field\s+hospitals?|wards?|care)\b", re.I)


_TOLD_BEFORE_RE = compile_regex(r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?\Z", re.I)
_INVERSION_RE = compile_regex(r"[,\"']\s*\Z")


def _verb_ok(ctx: _Ctx, vm: _Hit) -> bool:
    folded = ctx.folded
    s, e = vm.start, vm.end
    for m in ctx.mentions:
        if m.start < e and m.end > s:
            return False
    before = folded[max(0, s - 40) : s]
    if re.search(r"'s?\s*\Z", before):
        return False
    pw = re.search(r"([A-Za-z]+)\s*\Z", before)
    prev = pw.group(1).lower() if pw else ""
    if prev in _DETS:
        return False
    verb = vm.text.lower()
    after = folded[e : e + 60]
    if prev in _BE and verb not in ("saying",):
        return False
    if verb.startswith("add") and re.match(r"\s+(?:to|up)\b", after):
        return False
    if _REJECTED_OBJECT_RE.match(verb) and _FIGURE_OBJECT_RE.match(after):
        return False  # "activists disputed the figure (of 30 dead)": someone else's figure, rejected
    if verb.startswith("admit") and _ADMITTED_TO_RE.match(after):
        return False  # "hospitals admitted 40 wounded", "admitted to hospital": no concession
    if verb not in ("told", "tells", "tell") and re.match(r"\s+(?:to\s+(?:be|have)\b|as\s+(?:a|an|the)\b)", after):
        return False
    if verb in ("told", "tell", "tells", "telling"):
        for m in ctx.mentions:
            if e <= m.start <= e + 6:
                if m.entry is not None and m.entry.source_type in ("media", "state_media"):
                    return True
                break
        if re.match(r"\s+(?:[\w'\-]+\s+){0,3}?to\s+(?!be\b|have\b)[a-z]", after):
            return False
        if re.match(r"\s+(?:of|about)\b", after):
            return False
    return True


def _analyse_sentence(lex: _Lexicon, text: str) -> _Analysis:
    folded, offs = _fold(text)
    toks = _tokens(folded, lex.spelling)
    mentions = _scan(lex, folded, toks)
    marks = [i for i, ch in enumerate(folded) if ch == '"']
    quotes = tuple((marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2))
    role_at = tuple(t.start for t in toks if t.norm in lex.role_nouns)
    ctx = _Ctx(lex, text, folded, offs, mentions, quotes=quotes, role_at=role_at)

    # relayed-to outlets: "told Reuters", "speaking to AFP", "(Xinhua)"
    for i, m in enumerate(mentions):
        e = m.entry
        if m.target.kind == "ref" or e is None:
            continue
        before = folded[max(0, m.start - 60) : m.start]
        if e.source_type in ("media", "state_media"):
            if lex.relay_re.search(before):
                ctx.relay.add(i)
        elif "tel" in before or "tol" in before:
            if _TOLD_BEFORE_RE.search(before):
                ctx.relay.add(i)

    speakers: list[_Cand] = []
    carriers: list[_Cand] = []
    cited: list[_Cand] = []

    # subjects of reporting verbs, and inverted subjects after a comma or quote
    verb_matches = [
        _Hit(t.start, t.end, t.raw)
        for t in toks
        if t.norm in lex.verbs and not ctx.in_quote(t.start) and _verb_ok(ctx, _Hit(t.start, t.end, t.raw))
    ]
    if "put" in folded or "Put" in folded:
        verb_matches += [
            _Hit(vm.start(), vm.end(), vm.group())
            for vm in lex.put_re.finditer(folded)
            if not ctx.in_quote(vm.start())
        ]
    for vm in verb_matches:
        cand = _subject(ctx, vm.start)
        if cand is None and _INVERSION_RE.search(folded, max(0, vm.start - 4), vm.start):
            cand = _np_starting(ctx, vm.end, vm.start)
        if cand is None:
            continue
        if vm.text[:1].isupper() and folded[: vm.start].strip(" \"'"):
            # a capitalised verb inside a sentence ("Situation Report No. 9", "Sheikh Said") is a
            # name, unless the whole line is a title-case headline with a known subject
            if cand.kind in ("person", "org") or not _title_case(toks):
                continue
        speakers.append(cand)
        relayed = _relayed_reporter(ctx, vm.end, cand)
        if relayed is not None:
            speakers.append(relayed)

    # according to X
    unresolved_statement = None
    low = folded.lower()
    for am in lex.according_re.finditer(folded) if "according" in low else ():
        if ctx.in_quote(am.start()):
            continue
        p = am.end()
        sk = lex.according_skip.match(folded, p)
        cand = _np_starting(ctx, sk.end() if sk else p, am.start())
        if cand is not None:
            speakers.append(cand)
    sm = lex.statement_cue.search(folded) if " a" in low else None
    if sm is not None:
        unresolved_statement = sm.start()

    # agent after a participle: "reported by state media", "a statement carried by SANA"
    has_by = " by " in low
    for gm in lex.agent_re.finditer(folded) if has_by else ():
        if ctx.in_quote(gm.start()):
            continue
        cand = _np_starting(ctx, gm.end(), gm.start())
        if cand is None:
            continue
        verb = gm.group(1).lower()
        head = folded[max(0, gm.start() - 50) : gm.start()]
        carrier = verb in lex.carrier_verbs or (
            verb in ("published", "broadcast") and lex.statement_before.search(head) is not None
        )
        (carriers if carrier else speakers).append(cand)
    for fm in lex.figures_from_re.finditer(folded) if has_by or " from " in low else ():
        if ctx.in_quote(fm.start()):
            continue
        cand = _np_starting(ctx, fm.end(), fm.start())
        if cand is not None:
            speakers.append(cand)

    # possessive figures: "X's figures show", "by X's count"; headline colon "Red Cross: ..."
    for i, m in enumerate(mentions):
        if i in ctx.relay or m.target.kind == "place" or ctx.in_quote(m.start):
            continue
        if lex.possessive_fig_re.match(folded, m.end):
            speakers.append(_cand_from_mention(ctx, m, m.start))
        elif not folded[: m.start].strip(" \"'") and re.match(r"\s*:", folded[m.end :]):
            speakers.append(_cand_from_mention(ctx, m, m.start))
        elif m.target.kind in ("alias", "name", "person") and re.search(r"\S\s+[-\u2013\u2014]{1,2}\s*(?:the\s+)?\Z", folded[: m.start]) \
                and re.fullmatch(r"[\s\"')\].]*", folded[m.end :]) and re.search(r"\d", folded[: m.start]):
            # a headline ending in its source: "... army retakes 98% of city - Russian MoD"
            speakers.append(_cand_from_mention(ctx, m, m.start))

    # "X quoted Y as saying": Y speaks, X only carries it
    for qm in _QUOTED_OBJ_RE.finditer(folded) if "quot" in low else ():
        if ctx.in_quote(qm.start()):
            continue
        cand = _np_starting(ctx, qm.end(), qm.start())
        if cand is not None and re.match(r"[^,.;]{0,40}?\bas\s+(?:saying|stating|telling)\b", folded[cand.end :]):
            speakers.append(cand)

    # citing / quoting X
    for cm in lex.cite_re.finditer(folded) if "citing" in low or "quoting" in low else ():
        cand = _np_starting(ctx, cm.end(), cm.start())
        if cand is not None:
            cited.append(cand)

    speakers.sort(key=lambda c: (c.cue, -c.end))
    ordered: list[_Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in speakers:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            ordered.append(c)
    carriers.sort(key=lambda c: c.cue)
    ordered.extend(carriers)
    if unresolved_statement is not None and not ordered:
        for i, m in enumerate(mentions):
            if m.start >= unresolved_statement:
                break
            if i in ctx.relay or m.target.kind in ("place", "ref"):
                continue
            if _outer_of(ctx, i) is None:
                continue
            ordered.append(_cand_from_mention(ctx, m, unresolved_statement))
            break

    return _Analysis(
        text, folded, offs, mentions, tuple(ordered), tuple(cited), frozenset(ctx.relay), quotes
    )


# "X said the UN human rights office had received reports that ...", "X said the WHO has
# documented 27 attacks": the organisation whose reports the speaker relays is the source
_RELAYED_THAT = compile_regex(r"\s+(?:that\s+)?", re.I)
_REPORT_PREDICATE = compile_regex(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:received\s+(?:[\w-]+\s+){0,2}?reports|documented|recorded|counted|"
    r"registered|verified|tallied)\b", re.I)


def _relayed_reporter(ctx: _Ctx, verb_end: int, outer: _Cand) -> _Cand | None:
    """The organisation a speaker relays: the subject of a reporting predicate right after the
    speech verb ("said the UN human rights office had received reports", "said the WHO had
    documented"); it takes the outer speaker's cue, so it comes first."""
    folded = ctx.folded
    m = _RELAYED_THAT.match(folded, verb_end)
    if m is None or ctx.in_quote(verb_end):
        return None
    inner = _np_starting(ctx, m.end(), verb_end, strict=True)
    if inner is None or inner.kind not in ("entry", "org") or inner.start < verb_end:
        return None
    if not _REPORT_PREDICATE.match(folded, inner.end):
        return None
    return replace(inner, cue=outer.cue)


def _make_source(an: _Analysis, c: _Cand, name: str, stype: str, party: bool, speaker: str = "") -> Source:
    start = an.offs[c.start]
    end = an.offs[c.end - 1] + 1 if c.end > c.start else start
    return Source(name, stype, party, an.text[start:end], start, end, speaker)


def _source_of(an: _Analysis, c: _Cand, lex: _Lexicon) -> Source | None:
    """Context-free resolution of a candidate."""
    if c.kind == "entry" and c.entry is not None:
        return _make_source(an, c, c.entry.name, c.entry.source_type, c.entry.party, c.speaker)
    if c.kind in ("person", "org"):
        if c.needs_registry:
            return None
        return _make_source(an, c, c.name, c.source_type, c.party, c.name if c.kind == "person" else c.speaker)
    if c.kind == "ref" and c.ref is not None and c.ref.default:
        e = lex.entries.get(c.ref.default)
        if e is not None:
            return _make_source(an, c, e.name, e.source_type, e.party)
    return None


def _pick(an: _Analysis, resolved: list[tuple[_Cand, Source]], cited: list[tuple[_Cand, Source]]) -> Source | None:
    """The first speaker, or what it cites when the speaker is a media outlet relaying it; with
    the part of the sentence the attribution covers (see :func:`_scope_of`)."""
    if not resolved:
        return None
    cand, src = resolved[0]
    if src.source_type in ("media", "state_media") and cited:
        src = cited[0][1]
    scope = _scope_of(an, cand)
    if scope is None:
        return src
    rest = None
    end = scope[1]
    for c2, s2 in resolved[1:]:
        if an.offs[c2.start] >= end and s2.name != src.name:
            rest = replace(s2, scope=(end, len(an.text)))
            break
    if rest is None and scope[0] == 0 and _joins_clause(an, end):
        return src  # "X said 27 were killed in the east, while rebel fire killed 8 in the west": both X's
    return replace(src, scope=scope, rest=rest)


_JOINED_CLAUSE_RE = compile_regex(r",?\s*(?:while|whereas)\s", re.I)


def _joins_clause(an: _Analysis, end: int) -> bool:
    """The sentence-initial speaker's clause ends at ``end`` (original offset) on "while"/"whereas"
    and no speaker or cue of its own follows: the joined clause is part of what was said."""
    start = next((k for k, o in enumerate(an.offs) if o >= end), len(an.folded))
    if not _JOINED_CLAUSE_RE.match(an.folded, start):
        return False
    return not any(c.cue >= start for c in an.speakers)


@lru_cache(maxsize=4096)
def _analyse_cached(text: str) -> _Analysis:
    return _analyse_sentence(_lexicon(), text)


# "..., its human rights office said": a body of an organisation named earlier in the sentence
_OWNED_BODY = compile_regex(
    r"\b(?:its|their)\s+(?P<body>(?:[a-z][\w-]*\s+){0,3}?(?:office|ministry|agency|arm|wing|mission|command|"
    r"commission|council|department|directorate|spokesman|spokeswoman|spokesperson))\s*,?\s+"
    r"(?:said|says|reported|reports|announced|stated|added|told)\b", re.I)


def owned_body(an: _Analysis) -> Source | None:
    """The source of "X ..., its human rights office said": the body of the organisation X named
    first in the sentence, as the table knows it ("United Nations human rights office" -> UN
    human rights office), else X itself (its spokesman speaks for it). None without such an X."""
    m = _OWNED_BODY.search(an.folded)
    if m is None:
        return None
    owners = [mm for mm in an.mentions if mm.end <= m.start() and mm.entry is not None and not mm.entry.generic
              and mm.target.kind != "person"]
    if not owners:
        return None
    owner = owners[0]  # the sentence's subject, not an actor on the way ("pro-government forces killed")
    start, end = an.offs[m.start()], an.offs[m.end("body") - 1] + 1
    body = m.group("body")
    from .antecedents import resolve_alias  # (the alias reader lives with the article-level step)

    for name in (f"{an.folded[owner.start:owner.end]} {body}", f"{owner.entry.name} {body}"):
        found = resolve_alias(name)
        if found is not None and found.name != owner.entry.name and found.source_type != "media":
            return Source(found.name, found.source_type, found.party_to_conflict, an.text[start:end], start, end)
    e = owner.entry
    return Source(e.name, e.source_type, e.party, an.text[start:end], start, end)


def find_source(sentence: str) -> Source | None:
    """The source ``sentence`` attributes its statement to, if the sentence names one.

    Back-references ("he said", "the group said") need the article and give ``None`` here,
    except those with a standing default ("the monitor" -> Syrian Observatory for Human Rights,
    "the channel" -> Syrian state television); use :func:`attribute` for whole articles.
    """
    if not isinstance(sentence, str) or not sentence.strip():
        return None
    lex = _lexicon()
    an = _analyse_cached(sentence)
    resolved = [(c, s) for c in an.speakers if (s := _source_of(an, c, lex)) is not None]
    cited = [(c, s) for c in an.cited if (s := _source_of(an, c, lex)) is not None]
    return _pick(an, resolved, cited) or owned_body(an)
