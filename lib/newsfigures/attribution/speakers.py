"""Speakers: the candidate source of a speech verb or cue: the noun phrase that ends before it,
the subject of the verb, a person with a role ("Ahmed, a doctor in the city"), an
organisation, with the words that link them.  A person speaking for an organisation is kept as
the candidate's ``speaker`` ("Jane Doe, the ICRC's regional director" -> ICRC, "Jane Doe")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from .candidates import _Analysis, _Cand, _Ctx, _det_start, _original
from .foreign import foreign_body
from .roles import _ORG_NOUNS, _infer_role
from .numbered import numbered_name
from .lexicon import _Entry, _Lexicon, _Tok
from .mentions import _Mention
from .organisations import (
    _HEAD_STOPS,
    _WITH_PARTICIPLE_RE,
    _country_owner,
    _org_name_ending,
    _org_name_starting,
    _org_of_role,
)
from ..regexstore import compile as compile_regex


def _cand_from_mention(ctx: _Ctx, m: _Mention, cue: int) -> _Cand:
    t = m.target
    if t.kind == "ref":
        assert t.ref is not None
        return _Cand("ref", m.start, m.end, cue, ref=t.ref, personal=t.ref.personal)
    assert t.entry is not None
    foreign = foreign_body(ctx, m, cue)  # "the Turkish Health Ministry": Turkey's, not Syria's
    if foreign is not None:
        return foreign
    employer = _employer_of(ctx, m)  # "Anadolu Agency correspondents": the agency's own people
    if employer is not None:
        assert employer.entry is not None
        return _Cand("entry", employer.start, m.end, cue, entry=employer.entry)
    owner = _country_owner(ctx, m)
    if owner is not None:
        assert owner.entry is not None
        return _Cand("entry", owner.start, m.end, cue, entry=owner.entry)
    start = m.start
    # keep a determiner with the surface: "the Britain-based monitor"
    if t.kind in ("alias", "name") and ctx.folded[max(0, start - 4) : start].lower() == "the ":
        if start < 5 or not ctx.folded[start - 5].isalnum():
            start -= 4
    personal = _is_personal_mention(ctx.lex, ctx.folded, m)
    return _Cand(
        "entry",
        start,
        m.end,
        cue,
        entry=t.entry,
        personal=personal,
        generic=t.entry.generic,
        speaker=_original(ctx, m.start, m.end) if personal else "",
    )


_EMPLOYER_GAP_RE = compile_regex(r"(?:'s?)?\s+(?:own\s+|local\s+|field\s+|staff\s+)?\Z")


def _employer_of(ctx: _Ctx, m: _Mention) -> _Mention | None:
    """The outlet employing the journalists of mention ``m``: "Anadolu Agency correspondents",
    "Reuters reporters", "AFP's own journalists" -> the outlet (whose own authority they carry)."""
    e = m.entry
    if e is None or not e.generic or e.source_type != "media":
        return None
    for p in ctx.mentions:
        if p.end <= m.start and p.entry is not None and p.entry.source_type in ("media", "state_media") \
                and not p.entry.generic and _EMPLOYER_GAP_RE.fullmatch(ctx.folded, p.end, m.start):
            return p
    return None


def _is_personal_mention(lex: _Lexicon, folded: str, m: _Mention) -> bool:
    """A spokesperson, or a singular role ("a Syrian general", "a security source")."""
    if m.target.kind == "person":
        return True
    if m.target.kind != "alias":
        return False
    last = folded[m.start : m.end].split()[-1].lower()
    return last in lex.role_nouns and not last.endswith("s") and last not in lex.collective_roles


def _person_cand(
    ctx: _Ctx,
    name_start: int,
    name_end: int,
    cue: int,
    role_spans: Sequence[tuple[int, int]],
) -> _Cand | None:
    """A named person or organisation the table does not know."""
    lex = ctx.lex
    folded = ctx.folded
    words = folded[name_start:name_end].split()
    pre: list[str] = []
    # strip leading titles, stop words and role words ("Lieutenant-General", "Activist", "But")
    while words:
        w = words[0].strip(".,").lower()
        if w in lex.titles or w in lex.not_names or w in lex.role_nouns or _is_role_word(lex, w) \
                or (w in lex.title_adjectives and len(words) > 2):
            pre.append(words.pop(0))
            continue
        break
    if not words:
        return None
    if any(w.strip(".,").lower() in lex.not_names for w in words):
        return None
    # "Chief of the Idlib Relief Committee Omar Faris": a body's name run into the person's
    heads = [k for k, w in enumerate(words) if w.strip(".,'").lower() in lex.org_heads]
    if heads and len(words) - heads[-1] - 1 >= 2 and _names_a_person(lex, words[heads[-1] + 1:]):
        cut = folded.find(words[heads[-1] + 1], folded.find(words[heads[-1]], name_start) + len(words[heads[-1]]))
        if cut > 0:
            body_start = next((s_ for s_, e_ in role_spans if e_ >= name_start - 1), name_start)
            role_spans = [*role_spans, (body_start, cut)]
            pre.extend(words[: heads[-1] + 1])
            words = words[heads[-1] + 1:]
    # recompute the start of the name proper
    head = " ".join(pre)
    start = name_start
    if pre:
        idx = folded.find(words[0], name_start + len(head))
        start = idx if idx >= 0 else name_start
    # overlapping a known mention: not an unknown name
    for m in ctx.mentions:
        if m.start < name_end and m.end > start:
            return None
    lows = [w.lower().strip(".,'") for w in words]
    name = ctx.text[ctx.offs[start] : ctx.offs[name_end - 1] + 1]
    if re.search(r"\b(?:in|of|at|from|near|inside)\s+$", folded[max(0, name_start - 8) : name_start]) \
            and _is_district(lex, ctx.text[ctx.offs[name_start] : ctx.offs[name_end - 1] + 1]):
        return None  # "the administration in Sheikh Maqsoud said": a district, no person or body
    if _ORIGIN_BEFORE_RE.search(folded, max(0, name_start - 60), name_start) \
            and not any(w in ws for _, ws in lex.org_words for w in lows):
        return None  # "one woman from al-Sakhour said": where a person is from, not their name
    for stype, ws in lex.org_words:
        if any(w in ws for w in lows):
            if stype == "opposition":
                e = lex.entries.get("rebel officials")
                if e is not None:
                    return _Cand("entry", start, name_end, cue, entry=e)
            party = stype == "government"
            return _Cand("org", start, name_end, cue, name=name, source_type=stype, party=party)
    for s_, e_ in role_spans:
        head_words = re.findall(r"[\w\-]+", folded[s_:e_].lower())[:7]
        # the head is read before any preposition: "a spokesman for the council" is a person
        cut = next((k for k, w in enumerate(head_words) if w in _HEAD_STOPS), len(head_words))
        head_words = head_words[:cut]
        if any(w in _ORG_NOUNS for w in head_words) and not any(w in lex.role_nouns for w in head_words):
            entry, stype, fold = _infer_role(ctx, s_, e_)
            if fold and entry is not None:
                return _Cand("entry", start, name_end, cue, entry=entry)
            if stype is None:
                for st, ws in lex.org_words:
                    if any(w in ws for w in head_words):
                        stype = st
                        break
            stype = stype if stype and stype != "resident" else lex.default_org_type
            return _Cand("org", start, name_end, cue, name=name, source_type=stype)
    sentence_initial = not folded[:start].strip(" \"'([-")
    single = len(words) == 1 and "-" not in words[0]
    spans = list(role_spans)
    if pre:
        spans.append((name_start, start))
    entry: _Entry | None = None
    stype: str | None = None
    fold = False
    for s, e in spans:
        entry, stype, fold = _infer_role(ctx, s, e)
        if fold or stype:
            break
    if fold and entry is not None:
        return _Cand("entry", start, name_end, cue, entry=entry, personal=True, speaker=name)
    for s_, e_ in spans:
        for m in ctx.mentions:
            # "Its spokesman, Tom Brenner, said": the organisation referred to, with the person
            if m.target.kind == "ref" and m.target.ref is not None and not m.target.ref.personal \
                    and s_ <= m.start and m.end <= e_:
                return _Cand("ref", start, name_end, cue, ref=m.target.ref, personal=True, speaker=name)
    if stype in (None, lex.default_person_type, "aid", "medical", "opposition", "government"):
        for s_, e_ in spans:
            org = _org_of_role(ctx, s_, e_)
            if org is not None:
                return replace(org, start=start, end=name_end, cue=cue, personal=True, speaker=name)
    return _Cand(
        "person",
        start,
        name_end,
        cue,
        name=name,
        source_type=stype or lex.default_person_type,
        party=False,
        personal=True,
        needs_registry=single and sentence_initial,
    )


# a person described by where they come from: "a woman from", "a father of three from"
_ORIGIN_BEFORE_RE = compile_regex(
    r"\b(?:wom[ae]n|m[ae]n|mothers?|fathers?|girls?|boys?|child(?:ren)?|residents?|survivors?|evacuees?|"
    r"witness(?:es)?|teachers?|students?|famil(?:y|ies)|grand(?:mother|father)s?|widows?|people)"
    r"(?:\s+of\s+(?:[\w\-]+\s+){1,2}?)?\s+(?:originally\s+)?from\s+\Z", re.I)


def _is_district(lex: _Lexicon, name: str) -> bool:
    """A gazetteer name, with or without its Arabic article ("al-Sakhour" = "Sakhour")."""
    low = name.rstrip(".,;:'").lower()
    return low in lex.district_names or re.sub(r"^(?:al|el|ash|as|ad|ar|at|az)[\-\s]", "", low) in lex.district_names


def _names_a_person(lex: _Lexicon, rest: Sequence[str]) -> bool:
    """The words after a body's head word are a person's name: capitalised, none of them a head,
    an organisation word or a title-case function word ("Committee for Relief" is one body)."""
    lows = [w.strip(".,'").lower() for w in rest]
    return all(w[:1].isupper() for w in rest) and not any(
        w in lex.org_heads or any(w in ws for _, ws in lex.org_words) or w in ("of", "for", "and", "the") for w in lows)


def _is_role_word(lex: _Lexicon, w: str) -> bool:
    for r in lex.roles:
        if w in r.any_words:
            return True
    return False


def _mentions_ending_before(ctx: _Ctx, q: int, window: int = 160) -> list[int]:
    idx = [i for i, m in enumerate(ctx.mentions) if m.end <= q and m.end >= q - window]
    idx.sort(key=lambda i: ctx.mentions[i].end, reverse=True)
    return idx


def _outer_of(ctx: _Ctx, mi: int, depth: int = 0) -> int | None:
    """Resolve a mention inside a prepositional phrase.

    Returns the index of the mention that heads the noun phrase ("the Foreign Ministry in
    Damascus" -> Foreign Ministry), ``mi`` itself when a role or a person heads it ("a spokesman
    for the UN", "Ibrahim al-Haj of the Civil Defence") and ``None`` when the mention is just an
    object ("the shelling of Damascus").
    """
    m = ctx.mentions[mi]
    before = ctx.folded[max(0, m.start - 80) : m.start]
    pm = ctx.lex.prep_before.search(before)
    if pm is None:
        return mi
    head_end = m.start - (len(before) - pm.start())
    # another mention right before the preposition heads the phrase
    for j in _mentions_ending_before(ctx, head_end, window=40):
        mj = ctx.mentions[j]
        gap = ctx.folded[mj.end : head_end]
        if ctx.lex.tail_re.match(gap) and depth < 3 and j not in ctx.relay:
            outer = _outer_of(ctx, j, depth + 1)
            return outer if outer is not None else None
        break
    if m.target.kind == "place":
        return None
    if ctx.lex.role_before_prep.search(before):
        return mi
    # a capitalised name right before the preposition: "Ibrahim al-Haj of the Civil Defence"
    pre = ctx.folded[max(0, head_end - 60) : head_end].rstrip()
    if pm.group(1).lower() in ("of", "for", "with", "from", "at") and ctx.lex.name_end.search(pre):
        return mi
    return None


def _compound(ctx: _Ctx, mi: int) -> int:
    """Pick one of a compound subject: the specific source before a generic one, else the first."""
    if ctx.mentions[mi].target.kind == "ref":
        return mi
    chain = [mi]
    cur = mi
    while True:
        m = ctx.mentions[cur]
        before = ctx.folded[max(0, m.start - 12) : m.start]
        # the last link of "A, B and C said" is "and"; earlier ones may be commas
        link = r"(?:,?\s+and\s+|\s*&\s*)" if len(chain) == 1 else r"(?:,\s*(?:and\s+)?|\s+and\s+)"
        cm = re.search(link + r"(?:(?:the|a|an)\s+)?\Z", before, re.I)
        if cm is None:
            break
        joint = m.start - (len(before) - cm.start())
        prev = [j for j in _mentions_ending_before(ctx, joint, window=2) if ctx.mentions[j].end == joint]
        if not prev or ctx.mentions[prev[0]].target.kind == "ref":
            break
        cur = prev[0]
        chain.append(cur)
    if len(chain) == 1:
        return mi
    chain.reverse()  # in text order
    for j in chain:
        e = ctx.mentions[j].entry
        if e is not None and not e.generic:
            return j
    return chain[0]


def _np_ending(ctx: _Ctx, q: int, cue: int, apposition: tuple[int, int] | None) -> _Cand | None:
    """The speaker noun phrase ending at folded offset ``q`` (before a reporting verb)."""
    lex = ctx.lex
    folded = ctx.folded
    best: _Cand | None = None
    best_start = -1
    # 1. a mention, possibly with a role or a prepositional phrase after it
    for mi in _mentions_ending_before(ctx, q):
        m = ctx.mentions[mi]
        if mi in ctx.relay:
            continue
        if not lex.tail_re.match(folded, m.end, q):
            continue
        if lex.outside_roles_re.match(folded, m.end, q):
            continue  # "the UN's partner reported": someone else, read as a role below
        direct = not folded[m.end : q].strip(" )")
        if m.target.kind == "place" and (not direct or _PLACE_OF_PERSON.search(folded, max(0, m.start - 12), m.start)):
            continue  # ("a woman from al-Sakhour said": the place says where the speaker is from)
        outer = _outer_of(ctx, mi)
        if outer is None and _WITH_PARTICIPLE_RE.search(folded, max(0, m.start - 12), _det_start(folded, m.start)) \
                and re.match(r"[a-z]+ing\b", folded[cue : cue + 20]):
            outer = mi  # "with the White Helmets now saying that ...": the subject of the participle
        if outer is None:
            continue
        outer = _compound(ctx, outer)
        om = ctx.mentions[outer]
        best, best_start = _cand_from_mention(ctx, om, cue), m.start
        # "a spokesman for the Syrian army said": a person speaking for it, kept as the speaker
        lead = lex.role_lead.search(folded, max(0, om.start - 80), _det_start(folded, om.start))
        if lead is not None and not best.personal and not lead.group(1).lower().endswith("s"):
            best = replace(best, personal=True, speaker=_original(ctx, lead.start(), om.end))
        break
    # 2. an unknown named person ending right there ("Mohammed Abu Rajab said")
    last = _LAST_WORD_RE.search(folded, max(0, q - 40), q)
    capitalised = last is not None and (last.group(1)[:1].isupper() or last.group(1)[:3] in ("al-", "el-"))
    nm = lex.name_end.search(folded, max(0, q - 90), q) if capitalised else None
    om_ = _org_name_ending(ctx, q) if capitalised else None
    if om_ is not None and om_.start > best_start:
        best, best_start = om_, om_.start
        nm = None
    if nm is not None and best is not None and re.fullmatch(
        r"\s+(?:of|for|on|in)\s+(?:the\s+)?", folded[best.end : nm.start()]
    ):
        nm = None  # "the Russian Centre for Reconciliation of the Opposing Sides": the name's own tail
    if nm is not None and _PLACE_PREP_RE.search(folded, max(0, nm.start() - 12), nm.start()) \
            and not any(w.strip(".").lower() in lex.titles for w in nm.group().split()[:1]):
        nm = None  # "40 wounded were taken to Kilis, said the ministry": a place, no speaker
    if nm is not None and nm.start() > best_start:
        spans: list[tuple[int, int]] = []
        if apposition:
            spans.append(apposition)
        # "A rebel official with the Levant Front, Zakaria Malahifji, said": the phrase before
        lead = _LEAD_NP_RE.search(folded, max(0, nm.start() - 124), nm.start())
        if lead:
            spans.append((lead.start(1), lead.end(1)))
        # "activist Modar Sheko said": lower-case role words right before the name
        # "The Director of Aleppo Health Directorate Dr. Jane Doe told SANA": a title naming
        # the body, capitalised, right before the name
        title = _TITLE_LEAD_RE.search(folded, max(0, nm.start() - 110), nm.start())
        if title and any(w.lower() in lex.role_nouns for w in re.findall(r"[\w\-]+", title.group(1))[:3]):
            spans.append((title.start(1), title.end(1)))
        pre = _PRE_WORDS_RE.search(folded, max(0, nm.start() - 60), nm.start())
        if pre:
            spans.append((pre.start(1), pre.end(1)))
            initial = _INITIAL_ROLE_RE.match(folded, 0, nm.start())
            if initial:
                spans.append((initial.start(1), initial.end(1)))
        pc = _person_cand(ctx, nm.start(), nm.end(), cue, spans)
        if pc is not None:
            best, best_start = pc, pc.start
    # 3. an unnamed role: "a fighter on the government side", "a senior Russian officer"
    rm = None
    if best is None and any(q - 120 <= p < q for p in ctx.role_at):
        rm = lex.role_np_end.search(folded, max(0, q - 120), q)
    if rm is not None:
        entry, stype, fold = _infer_role(ctx, rm.start(), rm.end())
        if entry is not None:
            single = not re.search(r"\b(?:two|three|several|some|many)\b|s\s*\Z", rm.group(), re.I)
            best = _Cand(
                "entry", rm.start(), rm.end(), cue, entry=entry, personal=single, generic=entry.generic,
                speaker=_original(ctx, rm.start(), len(rm.group().rstrip()) + rm.start()) if single else "",
            )
    return best


def _is_apposition(ctx: _Ctx, s: int, e: int) -> bool:
    seg = ctx.folded[s:e].strip()
    if not seg or len(seg) > 200 or re.search(r";|--|\s-\s", seg):
        return False
    first = re.match(r"[\w\-]+", seg)
    if first and first.group().lower() in ctx.lex.starters:
        return True
    hm = ctx.lex.filler_head.match(seg)
    if hm and hm.end() > 2 and _PARENTHETICAL_REST_RE.match(seg, hm.end()):
        # a parenthetical: "in a statement", "on Monday", "in a statement read on state TV"
        return True
    if first and re.fullmatch(r"[a-z][a-z\-]+(?:ing|ed)", first.group()):
        # a participle phrase: "speaking on condition of anonymity", "contacted by phone"
        return True
    if re.match(r"[\w\-.]+(?:\s+[\w\-.]+){0,3}'s?\s", seg):
        return True
    words = [w.lower() for w in re.findall(r"[\w\-]+", seg)[:8]]
    return any(w in ctx.lex.role_nouns for w in words)


def _subject(ctx: _Ctx, verb_start: int) -> _Cand | None:
    """The speaker before a reporting verb."""
    lex = ctx.lex
    folded = ctx.folded
    lo = max(0, verb_start - 300)
    numbered = numbered_name(ctx, folded[:verb_start].rstrip(), verb_start)
    if numbered is not None:  # "France 24 reported": the number is the name's, no date to strip
        return numbered
    q = _strip_filler(ctx, lo, verb_start)
    # "X was quoted (by SANA) as saying"
    qm = _QUOTED_AS_RE.search(folded[lo:q])
    if qm:
        q = _strip_filler(ctx, lo, lo + qm.start())
    while q > 0 and folded[q - 1] == " ":
        q -= 1
    if q > 0 and ctx.in_quote(q - 1):
        return None
    if q > 0 and folded[q - 1] == ",":
        close = q - 1
        commas = [i for i in range(close - 1, max(lo, close - 220) - 1, -1) if folded[i] == ","][:4]
        found: _Cand | None = None
        for c in commas:  # nearest first; the leftmost valid one heads the apposition chain
            if not _is_apposition(ctx, c + 1, close):
                continue
            head = c
            while head > 0 and folded[head - 1] == " ":
                head -= 1
            cand = _np_ending(ctx, head, verb_start, (c + 1, close))
            if cand is not None and cand.kind == "ref":
                # "The monitor, the Syrian Observatory for Human Rights, said": the apposition names it
                named = _np_starting(ctx, c + 1, verb_start, strict=True)
                if named is not None and named.kind == "entry":
                    cand = named
            if cand is not None:
                found = cand
        if found is not None:
            return found
        q = close
        while q > 0 and folded[q - 1] == " ":
            q -= 1
        cand = _np_ending(ctx, q, verb_start, None)
        if cand is not None:
            return cand
        # "In it, a 10-year-old girl, with other children around her, says": the subject is the
        # phrase between two commas
        for c in commas:
            nxt = folded.find(",", c + 1, close + 1)
            cand = _np_starting(ctx, c + 1, verb_start, strict=True)
            if cand is not None and nxt >= 0 and not folded[cand.end : nxt].strip():
                return cand
        return None
    if re.search(r"(?:^|\W)(?:and|but|yet)\Z", folded[max(0, q - 4) : q]):
        # "X went into Aleppo on Thursday and said ...", "X disputed that figure but acknowledged
        # ...": the subject of the clause
        return _np_starting(ctx, 0, verb_start, strict=True)
    return _np_ending(ctx, q, verb_start, None)


def _strip_filler(ctx: _Ctx, lo: int, q: int) -> int:
    """Move ``q`` back over time words and phrases ("on Monday", "in a statement"), never into a mention."""
    fm = ctx.lex.filler_tail.search(ctx.folded, max(lo, q - 90), q)
    if fm is None:
        return q
    p = fm.start()
    for m in ctx.mentions:
        if p < m.end <= q:
            p = max(p, m.end)
    return p


def _np_starting(ctx: _Ctx, p: int, cue: int, strict: bool = False) -> _Cand | None:
    """The speaker noun phrase starting at folded offset ``p`` (after "said", "according to").

    ``strict`` (a subject at the start of a clause) skips leading adverbials ("On Monday,") but
    not arbitrary words.
    """
    lex = ctx.lex
    folded = ctx.folded
    hm = lex.filler_head.match(folded, p)
    q = hm.end() if hm else p
    while q < len(folded) and folded[q] in " \"'":
        q += 1
    # a mention at the start, allowing a determiner, titles and a few adjectives before it
    lead = re.match(r"(?:(?:the|a|an)\s+)?(?:[\w\-.']+\s+){0,4}", folded[q : q + 80])
    stop = q
    if lead:
        for w in re.finditer(r"(?:(?:the|a|an)\s+)|([\w\-.]+)\s+", lead.group()):
            word = w.group(1)
            if word is not None:
                low = word.lower().strip(".")
                if low not in lex.titles and (
                    strict or not word[:1].islower() or low in lex.not_names
                ):
                    break
            stop = q + w.end()
    for mi, m in enumerate(ctx.mentions):
        if m.start < q:
            continue
        if m.start > stop:
            break
        if mi in ctx.relay:
            continue
        if not strict and m.target.kind == "ref" and folded[m.start : m.end].lower() in _PRONOUNS:
            break  # "said it had ...": a pronoun after the verb is the subject of the reported clause
        between = folded[q : m.start]
        if re.search(r"[,.;:]", between):
            break
        if m.target.kind == "place" and re.search(r"\b(?:in|of|for|to|from)\s+\Z", between):
            continue
        if m.target.kind == "place" and re.match(r"'s?\s", folded[m.end : m.end + 3]):
            continue  # "Syria's al-Ikhbariya TV": the country only qualifies the speaker after it
        cand = _cand_from_mention(ctx, m, cue)
        # "said UNICEF Representative in Syria Jane Doe": the person named after the role
        pm = _ROLE_THEN_NAME_RE.match(folded, m.end)
        if pm is not None and not cand.speaker and any(
            w.lower() in lex.role_nouns for w in re.findall(r"[\w\-]+", pm.group(1))
        ):
            nm2 = lex.name_start.match(folded, pm.end(1))
            if nm2 is not None and nm2.start(1) == pm.end(1) and not any(
                mm.start < nm2.end(1) and mm.end > nm2.start(1) and mm.target.kind != "person" for mm in ctx.mentions
            ):
                cand = replace(cand, personal=True, speaker=_original(ctx, nm2.start(1), nm2.end(1)))
        return cand
    # "the head of the Observatory", "a spokesperson for the World Health Organisation"
    rm = lex.role_np_start.match(folded, q)
    if rm is not None:
        after = rm.end()
        for mi, m in enumerate(ctx.mentions):
            if m.start >= after and m.start <= after + 40 and mi not in ctx.relay:
                if not re.search(r"[,.;:]", folded[after : m.start]) and re.search(
                    r"\b(?:of|for|at|with|from|to)\s+(?:(?:the|a|an)\s+)?(?:[\w\-']+\s+){0,3}\Z",
                    folded[rm.start() : m.start],
                    re.I,
                ):
                    if m.target.kind == "place":
                        break
                    return _cand_from_mention(ctx, m, cue)
                break
    # an organisation the table does not know ("the Aleppo Medical Council")
    org = _org_name_starting(ctx, q)
    if org is not None:
        return org
    # an unknown named person, with an apposition after it for the role
    nm = lex.name_start.match(folded, q)
    if nm is not None:
        ns, ne = nm.start(1), nm.end(1)
        spans: list[tuple[int, int]] = []
        if ns > q:
            spans.append((q, ns))
        am = re.match(r"\s*,\s*([^,.;\"]{1,160})", folded[ne:])
        if am:
            spans.append((ne + am.start(1), ne + am.end(1)))
        pc = _person_cand(ctx, ns, ne, cue, spans)
        if pc is not None:
            return pc
    if rm is not None:
        end = rm.end()
        pp = re.match(r"[\w\-'.]+(?:\s+[\w\-'.]+){0,4}", folded[end:])
        if pp and re.search(r"\s(?:of|for|at|with|from|in)\s+(?:(?:the|a|an)\s+)?\Z", rm.group()):
            end += pp.end()
        entry, stype, fold = _infer_role(ctx, rm.start(), end)
        if entry is not None:
            single = not re.search(r"\A(?:two|three|several|some|many)\b", rm.group(), re.I)
            return _Cand(
                "entry", rm.start(), rm.end(), cue, entry=entry, personal=single, generic=entry.generic,
                speaker=_original(ctx, rm.start(), end).strip() if single else "",
            )
    return None


_PARENTHETICAL_REST_RE = compile_regex(
    r"[\s,]*\Z|\s*(?:read|broadcast|published|issued|posted|carried|aired)\b"
)


_QUOTED_AS_RE = compile_regex(
    r"\b(?:was|were|is|are|been)\s+quoted(?:\s+by\s+[^,;]{1,80}?)?\s+as\s*\Z", re.I
)


_ROLE_THEN_NAME_RE = compile_regex(r"(?:'s)?\s+((?:[A-Za-z][\w\-]*\s+){1,3}(?:(?:in|for)\s+[A-Z][\w\-]*\s+)?)")
_LAST_WORD_RE = compile_regex(r"([\w'\-]+)\Z")
_LEAD_NP_RE = compile_regex(r"(?:^|[,;(])\s*([^,;()]{3,120}),\s*\Z")
_PLACE_OF_PERSON = compile_regex(r"\b(?:from|in|of|at|near|inside)\s+(?:the\s+)?\Z", re.I)
_TITLE_LEAD_RE = compile_regex(
    r"(?:^|[,;(:]\s*|\bthat\s+)[\"']?((?:[Tt]he\s+)?(?:[A-Z][\w\-]*\s+){1,2}(?:of|for|at|in)\s+(?:[\w\-'.&]+\s+){1,6}?)"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng|Sheikh)\.?\s+)?\Z"
)
_PLACE_PREP_RE = compile_regex(r"\b(?:to|into|in|at|near|towards?|across|outside|inside)\s+\Z", re.I)
_BODY_AFTER_NAME_RE = compile_regex(r"\s+(?:of|from|with|at)\s+(?:the\s+)?", re.I)
_PRE_WORDS_RE = compile_regex(r"((?:[a-z][\w\-]*\s+){1,4})\Z")
_PRONOUNS = frozenset("he she it they him her them".split())
_BE = frozenset("is are was were be been being".split())
_DETS = frozenset("a an the this that these those its their his her our my your to".split())


def _title_case(toks: Sequence[_Tok]) -> bool:
    words = [t for t in toks if t.raw.isalpha()]
    caps = sum(1 for t in words if t.raw[:1].isupper())
    return len(words) >= 3 and caps >= 0.6 * len(words)


def _introduced_people(ctx: _Ctx) -> Iterable[_Cand]:
    """Persons named with a role anywhere in the sentence (antecedents for "he"/"she")."""
    lex = ctx.lex
    folded = ctx.folded
    for m in ctx.mentions:
        if m.target.kind == "person" and not re.match(r"'s?\b", folded[m.end : m.end + 2]):
            yield _cand_from_mention(ctx, m, m.start)
    for nm in lex.name_any.finditer(folded):
        s, e = nm.start(), nm.end()
        # an introduction has a role before the name or an apposition after it
        after_comma = folded.startswith(",", e)
        after_word = s > 1 and folded[s - 1] == " " and folded[s - 2].islower()
        if not (after_comma or after_word):
            if not any(w.strip(".").lower() in lex.titles for w in folded[s:e].split()[:3]):
                continue
        if any(m.start < e and m.end > s for m in ctx.mentions):
            continue
        if _is_district(lex, ctx.text[ctx.offs[s] : ctx.offs[e - 1] + 1]):
            continue  # "the army took Sakhour, Haydariya and ...": districts, not people introduced
        spans: list[tuple[int, int]] = []
        body = _BODY_AFTER_NAME_RE.match(folded, e)
        if body is not None and any(e < m.start < body.end() + 8 and m.target.kind in ("alias", "name")
                                    for m in ctx.mentions):
            spans.append((e, min(len(folded), body.end() + 60)))  # "X of the Russian General Staff"
        pre = _PRE_WORDS_RE.search(folded, max(0, s - 60), s)
        if pre:
            spans.append((pre.start(1), pre.end(1)))
        am = re.match(r"\s*,\s*((?:a|an|the|who|its|his|her)\b[^,.;\"]{1,160})", folded[e:])
        if am and lex.place_apposition.match(am.group(1)):
            continue  # "Jibreen, a government-held area": a place, not a person
        if am:
            spans.append((e + am.start(1), e + am.end(1)))
        titled = any(w.strip(".").lower() in lex.titles for w in folded[s:e].split()[:3])
        if not spans and not titled:
            continue
        pc = _person_cand(ctx, s, e, s, spans)
        if pc is None or pc.needs_registry or pc.kind == "org":
            continue
        if pc.kind == "person" and not titled and not any(_infer_role(ctx, a, b)[1] for a, b in spans):
            continue  # a name after unrelated lower-case words is not an introduction
        yield pc


def _people_of(an: _Analysis, lex: _Lexicon) -> tuple[_Cand, ...]:
    """Persons introduced in a sentence (antecedents for "he"/"she")."""
    ctx = _Ctx(lex, an.text, an.folded, an.offs, an.mentions, set(an.relay), an.quotes)
    return tuple(_introduced_people(ctx))


_INITIAL_ROLE_RE = compile_regex(r"[\s\"'(]*((?:[A-Z][a-z\-]+\s+)(?:[a-z][\w\-]*\s+){1,3})\Z")
