"""Across sentences: :func:`attribute` reads an article's sentences in order and resolves
"he", "the group" and bare surnames to the source introduced earlier."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .candidates import _Analysis, _Cand, _Ctx, _original
from .lexicon import Source, _Entry, _Lexicon, _PARTICLES, _Ref, _fold, _lexicon, _skeleton, _tokens
from .foreign import foreign_entry
from .mentions import _scan
from .sentence import _analyse_cached, _make_source, _pick, _source_of, owned_body
from .roles import _infer_role
from .speakers import _is_personal_mention, _people_of
from ..regexstore import compile as compile_regex


_PERSONAL_REACH = 10  # sentences a "he"/"she" can reach back
_ORG_REACH = 6  # sentences an "it"/"the group" can reach back


@dataclass(frozen=True)
class _Known:
    """A source met earlier in the article, as an antecedent."""

    name: str
    source_type: str
    party: bool
    personal: bool  # a person (or a singular role), the antecedent of "he"/"she"
    spoke: bool  # it spoke (a speaker), rather than being only mentioned
    sentence: int
    speaker: str = ""  # the person's name as first written, for the `speaker` column
    subject: bool = False  # an organisation opening its sentence, the antecedent of a later "it"

    @classmethod
    def of(cls, src: Source, personal: bool, spoke: bool, sentence: int) -> "_Known":
        return cls(src.name, src.source_type, src.party_to_conflict, personal, spoke, sentence, src.speaker)


class Antecedents:
    """The explicit antecedent store of one article.

    ``history`` holds every source met so far, in order (organisations and people mentioned,
    then the speakers of each sentence); ``registry`` maps the names of people introduced so
    far (full name and surname) to what they speak for, so "Abu Rajab said" finds "Mohammed Abu
    Rajab, a radiologist".  :meth:`resolve` answers a back-reference ("he", "it", "the group",
    "the monitor"); :meth:`remember` records what a sentence said about sources.
    """

    def __init__(self, lex: _Lexicon, analyses: Sequence[_Analysis | None]):
        self.lex = lex
        self.analyses = analyses
        self.history: list[_Known] = []
        self.registry: dict[str, _Known] = {}
        self.generic = frozenset(e.name for e in lex.entries.values() if e.generic)

    # ---- lookups

    @staticmethod
    def _fits(ref: _Ref, name: str, stype: str, generic: bool) -> bool:
        if ref.names:
            return name in ref.names
        return stype in ref.prefer and not generic

    def _named_ahead(self, ref: _Ref, start: int) -> _Known | None:
        """"A monitor says ..." before the monitor is named: the first fitting name from here on."""
        for j in range(start, len(self.analyses)):
            an_j = self.analyses[j]
            if an_j is None:
                continue
            for m in an_j.mentions:
                e = m.entry
                if m.target.kind != "ref" and e is not None and self._fits(ref, e.name, e.source_type, e.generic):
                    return _Known(e.name, e.source_type, e.party, False, False, j)
        return None

    def resolve(self, ref: _Ref, i: int, local: Sequence[_Known]) -> _Known | None:
        """What the back-reference ``ref`` in sentence ``i`` points to (``local``: speakers met
        earlier in the same sentence)."""
        # "..., something he said was impossible": a speaker earlier in the same sentence first
        for k in reversed(local):
            if ref.personal and k.personal or (not ref.personal and not k.personal and not ref.names):
                if not ref.prefer or k.source_type in ref.prefer:
                    return k
        history = self.history
        if ref.lookahead:
            for k in reversed(history):
                if self._fits(ref, k.name, k.source_type, k.name in self.generic):
                    return k
            return self._named_ahead(ref, i)
        if ref.personal:
            # "he"/"she": the latest person, else the latest speaker
            for want_person in (True, False):
                for k in reversed(history):
                    if (k.personal if want_person else k.spoke) and i - k.sentence <= _PERSONAL_REACH:
                        return k
            return None
        if ref.plural:
            # "they said": an organisation or a group that spoke just before
            for k in reversed(history):
                if k.spoke and not k.personal and i - k.sentence <= 2:
                    return k
            return None
        pool = [k for k in reversed(history) if i - k.sentence <= _ORG_REACH]
        if ref.prefer:
            # a typed reference ("the agency", "the channel") only points to its own kind
            for want_spoke in (True, False):
                for k in pool:
                    if k.spoke == want_spoke and k.source_type in ref.prefer:
                        return k
            return None
        for test in (lambda k: (k.spoke or k.subject) and not k.personal, lambda k: k.spoke, lambda k: not k.personal):
            for k in pool:
                if test(k):
                    return k
        return None

    def person(self, name: str) -> _Known | None:
        """A person introduced earlier, by full name or surname."""
        return _registry_lookup(self.registry, name)

    # ---- memory

    def remember(self, i: int, an: _Analysis, resolved: Sequence[tuple[_Cand, Source, bool]],
                 chosen: Source | None) -> None:
        """Record what sentence ``i`` tells about sources: organisations and people mentioned,
        then its speakers (the latest speaker is the first antecedent of a later "it"/"he")."""
        lex = self.lex
        for mi, m in enumerate(an.mentions):
            e = m.entry
            if m.target.kind in ("alias", "name") and e is not None and not e.generic and mi not in an.relay:
                personal = _is_personal_mention(lex, an.folded, m)
                speaker = _original(an, m.start, m.end) if personal else ""
                # an organisation opening the sentence is its subject: the antecedent of a
                # following "It says" ("The WFP distributed its last rations. It says ...")
                subject = not personal and _SUBJECT_OPENING.fullmatch(an.folded[:m.start]) is not None
                self.history.append(_Known(e.name, e.source_type, e.party, personal, False, i, speaker, subject))
        spoke = {c.name or c.speaker for c, _, _ in resolved}  # their own speech registers them below
        for p in _people_of(an, lex):
            psrc = _source_of(an, p, lex)
            if psrc is not None:
                k = _Known.of(psrc, True, False, i)
                self.history.append(k)
                if (p.kind == "person" or p.speaker) and (p.name or p.speaker) not in spoke:
                    _registry_add(self.registry, p.name or p.speaker, k)
        for c, src, personal in resolved:
            k = _Known.of(src, personal, True, i)
            self.history.append(k)
            if c.kind == "person" and src.name == c.name:
                _registry_add(self.registry, c.name, k)
            elif c.speaker and c.kind in ("entry", "org", "ref"):
                _registry_add(self.registry, c.speaker, k)
        if chosen is not None and resolved and chosen is not resolved[0][1]:
            self.history.append(_Known.of(chosen, False, True, i))


_SUBJECT_LEAD_RE = compile_regex(r"[\s\"'*\-]*(?:[\w\-]+\s+){0,2}\Z")


def _subject_group(an: _Analysis, c: _Cand) -> _Known | None:
    """"Opposition activists have published lists of several hundred men they say have been
    detained": a plural "they" inside the sentence of the group that opens it (its subject)."""
    if c.ref is None or not c.ref.plural or c.ref.personal:
        return None
    for mi, m in enumerate(an.mentions):
        if m.end > c.start:
            return None
        e = m.entry
        if m.target.kind in ("alias", "name") and e is not None and mi not in an.relay:
            if not _SUBJECT_LEAD_RE.fullmatch(an.folded[: m.start]) or an.folded[m.start : m.end].lower() == "they":
                return None
            if re.search(r"[;:]|\b(?:said|says|told|according)\b", an.folded[m.end : c.start], re.I):
                return None  # a speaker of its own in between
            return _Known(e.name, e.source_type, e.party, False, True, 0)
    return None


def _names_body(an: _Analysis, c: _Cand) -> bool:
    """The sentence names the candidate's organisation itself (not only through a title)."""
    return c.entry is not None and any(m.entry == c.entry and m.target.kind != "person" for m in an.mentions)


def _resolve_in_context(store: Antecedents, an: _Analysis, i: int) -> tuple[Source | None, list[tuple[_Cand, Source, bool]]]:
    """The source of sentence ``i`` with back-references resolved against ``store``; also the
    speakers found (candidate, source, personal) for the store to remember."""
    lex = store.lex
    resolved: list[tuple[_Cand, Source, bool]] = []
    local: list[_Known] = []
    for c in an.speakers:
        src: Source | None = None
        personal = c.personal
        if c.kind == "ref" and c.ref is not None:
            k = _subject_group(an, c) or store.resolve(c.ref, i, local)
            if k is not None:
                speaker = c.speaker or (k.speaker if k.personal else "")
                src = _make_source(an, c, k.name, k.source_type, k.party, speaker)
                personal = k.personal or bool(c.speaker)
            else:
                src = _source_of(an, c, lex)
        elif c.kind == "person":
            k = store.person(c.name)
            if k is not None:
                src = _make_source(an, c, k.name, k.source_type, k.party, k.speaker or c.name)
            else:
                src = _source_of(an, c, lex)
        else:
            src = _source_of(an, c, lex)
            if src is not None and c.speaker:
                k = store.person(c.speaker)  # "Abdulrahman said": the full name introduced before
                if k is not None and k.name == src.name and k.speaker:
                    src = replace(src, speaker=k.speaker)
                elif k is not None and k.name != src.name and not _names_body(an, c):
                    # "Lieutenant-General X said" after "X of the Russian General Staff": the body
                    # the person was introduced with carries over a title's default
                    src = _make_source(an, c, k.name, k.source_type, k.party, k.speaker or c.speaker)
        if src is not None:
            resolved.append((c, src, personal))
            local.append(_Known.of(src, personal, True, i))
    cited = [(c, s) for c in an.cited if (s := _source_of(an, c, lex)) is not None]
    chosen = _pick(an, [(c, s) for c, s, _ in resolved], cited)
    return chosen, resolved


_SUBJECT_OPENING = compile_regex(r"[\s*\-\u2022\"']*(?:the\s+)?", re.I)


_INTERVIEWED_BY_US_RE = compile_regex(
    r"^\s*,?\s*(?:(?:whom|who|that)\s+)?(?:we|I)\s+(?:have\s+|had\s+|recently\s+)?"
    r"(?:spoke|spoken|talked|interviewed|met|contacted|reached|surveyed|asked)\b",
    re.I,
)


_CORRESPONDENT_AFTER_RE = compile_regex(
    r"^(?:['\u2019]s?\s+|\s+)(?:own\s+|local\s+|field\s+)?(?:correspondents?|reporters?|journalists?|crew|team)\b", re.I)


_MEMBER_ROLE_RE = compile_regex(
    r"^\s*,\s*(?:an?|one\s+of\s+(?:our|the|its)|our|its)\s+(?:[\w-]+\s+){0,2}?(?:volunteers?|staff(?:\s+member)?|team\s+(?:leader|member)|"
    r"doctors?|nurses?|surgeons?|paramedics?|medics?|rescuers?|(?:rescue|aid|field|relief|health)\s+workers?|"
    r"spokes(?:man|woman|person)|coordinators?|field\s+officers?|officers?|managers?)\b(?!\s+(?:of|for|with|at|from)\b)",
    re.I,
)
_OUR_MEMBER_RE = compile_regex(r"\bour\s+(?:[\w-]+\s+)?(?:volunteers?|staff|colleagues?|doctors?|nurses?|surgeons?|"
                            r"paramedics?|rescuers?|workers?|spokes(?:man|woman|person)|coordinators?)\s+$", re.I)


def _own_member(src: Source, text: str) -> bool:
    """An unknown named person introduced as a member without an organisation of their own
    ("X, a volunteer,", "our volunteer X"): in an organisation's own text, its member."""
    if not src.surface or src.name != (src.speaker or "") or src.name in _lexicon().entries:
        return False
    return bool(_MEMBER_ROLE_RE.match(text[src.end:]) or _OUR_MEMBER_RE.search(text[:src.start]))


_OUR_BEFORE_RE = compile_regex(r"\bour\s+(?:[\w-]+\s+)?$", re.I)


def _ours(src: Source, text: str) -> bool:
    """The speaker is the publisher's own people: "our partners", "our teams on the ground"."""
    if not src.surface:
        return False
    return src.surface.lower().startswith("our ") or bool(_OUR_BEFORE_RE.search(text[:src.start]))


def _own_correspondent(src: Source, text: str, outlet_name: str | None) -> bool:
    """"RT's correspondent said" in RT's own article: the outlet speaks on its own authority."""
    if not outlet_name or src.name != outlet_name or not src.surface:
        return False
    return bool(_CORRESPONDENT_AFTER_RE.match(text[src.end:])) or bool(
        re.search(r"\b(?:correspondent|reporter)s?\b", src.surface, re.I))


def attribute(sentences: list[str], publisher: Source | None = None, outlet: str = "") -> list[Source | None]:
    """One source (or ``None``) per sentence of an article, following attribution across sentences.

    A sentence gets a source only if it carries an attribution itself: a named source, or a
    back-reference ("He said", "It added", "the group also said", "the monitor said") resolved
    against the sources met earlier in the article (or, for "a monitor", later).  Unmarked
    sentences get ``publisher`` (the organisation whose own publication the article is, see
    :func:`publisher_of`), or ``None`` (the article's own authority).  The ``outlet``'s own
    correspondent ("RT's correspondent said" in RT's article, "our correspondent") is the
    outlet's own authority: ``None``.
    """
    lex = _lexicon()
    outlet_entry = _alias_entry(outlet, roles=False) if outlet else None
    outlet_name = outlet_entry.name if outlet_entry is not None and outlet_entry.source_type in (
        "media", "state_media") else None
    texts = [s if isinstance(s, str) else "" for s in sentences]
    analyses = [_analyse_cached(t) if t.strip() else None for t in texts]
    store = Antecedents(lex, analyses)
    out: list[Source | None] = []
    members: set[str] = set()  # people the publisher speaks through
    for i, an in enumerate(analyses):
        if an is None:
            out.append(None)
            continue
        chosen, resolved = _resolve_in_context(store, an, i)
        if chosen is None:
            chosen = owned_body(an)  # "X ..., its human rights office said"
        if chosen is not None and chosen.surface and _INTERVIEWED_BY_US_RE.match(texts[i][chosen.end:]):
            # "Rebel commanders we spoke to said ...": the organisation (or outlet) that spoke to
            # them states it in its own voice
            chosen = resolved = None
        elif chosen is not None and publisher is not None and (chosen.name in members or _own_member(chosen, texts[i])):
            # "Khaled Haj Omar, a volunteer, said" in the White Helmets' own statement: the
            # organisation speaks through its member (kept as speaker)
            members.add(chosen.name)  # "He said" later still speaks for the organisation
            chosen = replace(publisher, surface=chosen.surface, start=chosen.start, end=chosen.end,
                             speaker=chosen.speaker or chosen.name)
        elif chosen is not None and publisher is not None and _ours(chosen, texts[i]):
            # "Our partners have counted 30 children" in Save the Children's release: the
            # organisation states the count in its own voice
            chosen = replace(publisher, surface=chosen.surface, start=chosen.start, end=chosen.end)
        elif chosen is not None and (_own_correspondent(chosen, texts[i], outlet_name) or re.match(
                r"(?i)^our\s+(?:own\s+)?(?:correspondent|reporter|crew|team)", chosen.surface or "")):
            chosen = None
        store.remember(i, an, resolved, chosen)
        out.append(chosen if chosen is not None else publisher)
    return out


def _registry_key(name: str) -> tuple[str, str]:
    folded, _ = _fold(name)
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", folded)]
    words = [w for w in words if w not in _PARTICLES]
    if not words:
        return "", ""
    return _skeleton(words), _skeleton(words[-1:])


def _registry_add(registry: dict[str, _Known], name: str, k: _Known) -> None:
    full, last = _registry_key(name)
    if full:
        registry.setdefault(full, k)
    if last and len(last) >= 3:
        registry.setdefault(last, k)


def _registry_lookup(registry: dict[str, _Known], name: str) -> _Known | None:
    full, last = _registry_key(name)
    if full in registry:
        return registry[full]
    if last and last in registry and len(full.split()) <= 2:
        return registry[last]
    return None


def resolve_alias(surface: str) -> Source | None:
    """Canonical source for a name or phrase, or ``None``.

    Case-, punctuation- and diacritics-insensitive ("U.N." = "UN", "Rami Abdel Rahman" =
    "Rami Abdurrahman"); a leading determiner is optional ("the Observatory" = "Observatory").
    Back-reference phrases with a standing default resolve to it ("the monitor" -> Syrian
    Observatory for Human Rights).  Role phrases the table does not list are read by their
    words ("a senior rebel commander" -> rebel officials, "a Russian general" -> Russian Defence
    Ministry).
    """
    entry = _alias_entry(surface, roles=True)
    if entry is None:
        return None
    return Source(entry.name, entry.source_type, entry.party, surface, 0, len(surface))


def _alias_entry(surface: object, roles: bool) -> _Entry | None:
    """The table entry ``surface`` names as a whole; with ``roles``, role phrases too."""
    if not isinstance(surface, str):
        return None
    text = surface.strip()
    if not text:
        return None
    lex = _lexicon()
    folded, offs = _fold(text)
    toks = _tokens(folded, lex.spelling)
    if not toks:
        return None
    variants = [toks]
    if len(toks) > 1 and toks[0].norm in ("the", "a", "an"):
        variants.append(toks[1:])
    for vt in variants:
        key = tuple(t.norm for t in vt)
        entry: _Entry | None = None
        for target in lex.keys.get(key, ()):
            if target.kind == "ref":
                if target.ref is not None and target.ref.default:
                    entry = lex.entries.get(target.ref.default)
            else:
                entry = target.entry
            if entry is not None:
                break
        if entry is None:
            sk = _skeleton(t.norm for t in vt)
            target = lex.skeletons.get(sk) if len(sk) >= 5 else None
            if target is not None:
                entry = target.entry
        if entry is not None:
            return entry
    foreign, country = foreign_entry(lex, text, lambda body: _alias_entry(body, roles=False))
    if foreign:  # "the Turkish Health Ministry": Turkey's government, not Syria's ministry
        return country
    if not roles:
        return None
    # a role phrase
    ctx = _Ctx(lex, text, folded, offs, _scan(lex, folded, toks))
    if any(t.norm in lex.role_nouns for t in toks) or len(ctx.mentions) == 1:
        ent, stype, fold = _infer_role(ctx, 0, len(folded))
        if ent is not None and (fold or any(t.norm in lex.role_nouns for t in toks)):
            return ent
    return None
