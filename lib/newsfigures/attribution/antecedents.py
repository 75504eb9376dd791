"""Across sentences: :func:`attribute` reads an article's sentences in order and resolves
"he", "the group" and bare surnames to the source introduced earlier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .lexicon import Source, _Entry, _Lexicon, _PARTICLES, _Ref, _fold, _lexicon, _skeleton, _tokens
from .mentions import _scan
from .sentence import _analyse_cached, _make_source, _pick, _source_of
from .speakers import _Analysis, _Cand, _Ctx, _infer_role, _is_personal_mention


_PERSONAL_REACH = 10  # sentences a "he"/"she" can reach back
_ORG_REACH = 6  # sentences an "it"/"the group" can reach back


@dataclass(frozen=True)
class _Known:
    """A source met earlier in the article, as an antecedent."""

    name: str
    source_type: str
    party: bool
    personal: bool
    speaker: bool
    sentence: int


def _fits(ref: _Ref, name: str, stype: str, generic: bool) -> bool:
    if ref.names:
        return name in ref.names
    return stype in ref.prefer and not generic


def _known(src: Source, personal: bool, speaker: bool, i: int) -> _Known:
    return _Known(src.name, src.source_type, src.party_to_conflict, personal, speaker, i)


class Antecedents:
    """The sources met so far in one article, in order, and the people met by name.

    :meth:`resolve` answers a back-reference ("he", "the group", "the monitor") of sentence
    ``i``; :meth:`remember` records what sentence ``i`` tells about sources once it is read.
    """

    def __init__(self, lex: _Lexicon, analyses: list[_Analysis | None]):
        self.lex = lex
        self.analyses = analyses
        self.history: list[_Known] = []           # every antecedent, oldest first
        self.registry: dict[str, _Known] = {}      # people by full name and surname skeleton

    def person(self, name: str) -> _Known | None:
        """A person met earlier under this name (or surname)."""
        return _registry_lookup(self.registry, name)

    def _named_ahead(self, ref: _Ref, rng: Iterable[int]) -> _Known | None:
        for j in rng:
            an_j = self.analyses[j]
            if an_j is None:
                continue
            for m in an_j.mentions:
                e = m.entry
                if m.target.kind != "ref" and e is not None and _fits(ref, e.name, e.source_type, e.generic):
                    return _Known(e.name, e.source_type, e.party, False, False, j)
        return None

    def resolve(self, ref: _Ref, i: int, local: list[_Known]) -> _Known | None:
        """The antecedent of ``ref`` in sentence ``i``; ``local``: speakers earlier in the sentence."""
        history = self.history
        # "..., something he said was impossible": a speaker earlier in the same sentence first
        for k in reversed(local):
            if ref.personal and k.personal or (not ref.personal and not k.personal and not ref.names):
                if not ref.prefer or k.source_type in ref.prefer:
                    return k
        if ref.lookahead:
            generic = {e.name for e in self.lex.entries.values() if e.generic}
            for k in reversed(history):
                if _fits(ref, k.name, k.source_type, k.name in generic):
                    return k
            return self._named_ahead(ref, range(i, len(self.analyses)))
        if ref.personal:
            for k in reversed(history):
                if k.personal and i - k.sentence <= _PERSONAL_REACH:
                    return k
            for k in reversed(history):
                if k.speaker and i - k.sentence <= _PERSONAL_REACH:
                    return k
            return None
        if ref.plural:
            # "they said": an organisation or a group that spoke just before
            for k in reversed(history):
                if k.speaker and not k.personal and i - k.sentence <= 2:
                    return k
            return None
        pool = [k for k in reversed(history) if i - k.sentence <= _ORG_REACH]
        if ref.prefer:
            # a typed reference ("the agency", "the channel") only points to its own kind
            for want_speaker in (True, False):
                for k in pool:
                    if k.speaker == want_speaker and k.source_type in ref.prefer:
                        return k
            return None
        for k in pool:
            if k.speaker and not k.personal:
                return k
        for k in pool:
            if k.speaker:
                return k
        for k in pool:
            if not k.personal:
                return k
        return None

    def remember(self, an: _Analysis, i: int, resolved: list[tuple[_Cand, Source]], personal_of: dict[int, bool],
                 chosen: Source | None) -> None:
        """Record what sentence ``i`` tells about sources: organisations and people mentioned,
        then the speakers (the latest speaker is the first antecedent of a later "it"/"he")."""
        lex, history = self.lex, self.history
        for mi, m in enumerate(an.mentions):
            e = m.entry
            if m.target.kind in ("alias", "name") and e is not None and not e.generic and mi not in an.relay:
                personal = _is_personal_mention(lex, an.folded, m)
                history.append(_Known(e.name, e.source_type, e.party, personal, False, i))
        for p in an.people(lex):
            psrc = _source_of(an, p, lex)
            if psrc is not None:
                k = _known(psrc, True, False, i)
                history.append(k)
                if p.kind == "person":
                    _registry_add(self.registry, p.name, k)
        for n, (c, s) in enumerate(resolved):
            k = _known(s, personal_of[n], True, i)
            history.append(k)
            if c.kind == "person" and s.name == c.name:
                _registry_add(self.registry, c.name, k)
        if chosen is not None and resolved and chosen is not resolved[0][1]:
            history.append(_known(chosen, False, True, i))


def attribute(sentences: list[str]) -> list[Source | None]:
    """One source (or ``None``) per sentence of an article, following attribution across sentences.

    A sentence gets a source only if it carries an attribution itself: a named source, or a
    back-reference ("He said", "It added", "the group also said", "the monitor said") resolved
    against the sources met earlier in the article (or, for "a monitor", later).  Unmarked
    sentences get ``None``.
    """
    lex = _lexicon()
    texts = [s if isinstance(s, str) else "" for s in sentences]
    analyses = [_analyse_cached(t) if t.strip() else None for t in texts]
    store = Antecedents(lex, analyses)
    out: list[Source | None] = []
    for i, an in enumerate(analyses):
        if an is None:
            out.append(None)
            continue
        resolved: list[tuple[_Cand, Source]] = []
        personal_of: dict[int, bool] = {}
        local: list[_Known] = []
        for c in an.speakers:
            src: Source | None = None
            personal = c.personal
            if c.kind == "ref" and c.ref is not None:
                k = store.resolve(c.ref, i, local)
                if k is not None:
                    src = _make_source(an, c, k.name, k.source_type, k.party)
                    personal = k.personal
                else:
                    src = _source_of(an, c, lex)
            elif c.kind == "person":
                reg = store.person(c.name)
                if reg is not None:
                    src = _make_source(an, c, reg.name, reg.source_type, reg.party)
                else:
                    src = _source_of(an, c, lex)
            else:
                src = _source_of(an, c, lex)
            if src is not None:
                personal_of[len(resolved)] = personal
                resolved.append((c, src))
                local.append(_known(src, personal, True, i))
        cited = [(c, s) for c in an.cited if (s := _source_of(an, c, lex)) is not None]
        chosen = _pick(resolved, cited)
        out.append(chosen)
        store.remember(an, i, resolved, personal_of, chosen)
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


# --------------------------------------------------------------------------- alias lookup


def resolve_alias(surface: str) -> Source | None:
    """Canonical source for a name or phrase, or ``None``.

    Case-, punctuation- and diacritics-insensitive ("U.N." = "UN", "Rami Abdel Rahman" =
    "Rami Abdurrahman"); a leading determiner is optional ("the Observatory" = "Observatory").
    Back-reference phrases with a standing default resolve to it ("the monitor" -> Syrian
    Observatory for Human Rights).  Role phrases the table does not list are read by their
    words ("a senior rebel commander" -> rebel officials, "a Russian general" -> Russian Defence
    Ministry).
    """
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
            return Source(entry.name, entry.source_type, entry.party, surface, 0, len(surface))
    # a role phrase
    ctx = _Ctx(lex, text, folded, offs, _scan(lex, folded, toks))
    if any(t.norm in lex.role_nouns for t in toks) or len(ctx.mentions) == 1:
        ent, stype, fold = _infer_role(ctx, 0, len(folded))
        if ent is not None and (fold or any(t.norm in lex.role_nouns for t in toks)):
            return Source(ent.name, ent.source_type, ent.party, surface, 0, len(surface))
    return None
