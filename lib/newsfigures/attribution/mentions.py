"""Mentions: where the names of the source lexicon occur in a (folded) sentence, exact or by
consonant skeleton, and not inside a longer name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .lexicon import _Entry, _JOIN_RE, _Lexicon, _PARTICLES, _Target, _Tok, _skeleton


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets in the folded text
    end: int
    target: _Target

    @property
    def entry(self) -> _Entry | None:
        return self.target.entry


def _scan(lex: _Lexicon, folded: str, toks: Sequence[_Tok]) -> tuple[_Mention, ...]:
    """Scan the alias table over the words of a sentence.

    The longest phrase found at each word is a candidate; overlapping candidates are settled
    longest first ("the general command of the armed forces" beats "the general").
    """
    n_tok = len(toks)
    # joinable[i]: token i and i+1 belong to one phrase (only spaces, hyphens, dots, 's between)
    joinable = [
        toks[i + 1].start - toks[i].end <= 4
        and bool(_JOIN_RE.match(folded, toks[i].end, toks[i + 1].start))
        for i in range(n_tok - 1)
    ]
    found: list[tuple[int, int, _Mention]] = []
    for i in range(n_tok):
        best: tuple[int, _Mention] | None = None
        # walk the phrase table word by word (a trie over word tuples)
        key: tuple[str, ...] = ()
        for n in range(1, lex.max_n + 1):
            if i + n > n_tok or (n > 1 and not joinable[i + n - 2]):
                break
            key = key + (toks[i + n - 1].norm,)
            if key in lex.keys:
                m = _exact_at(lex, folded, toks, i, n, key)
                if m is not None:
                    best = (n, m)
            if key not in lex.prefixes:
                break
        # transliteration-tolerant proper names, capitalised words only
        if toks[i].raw[:1].isupper() and toks[i].norm not in lex.not_names and toks[i].norm not in lex.titles:
            for n in range(min(4, n_tok - i), 0, -1):
                if best is not None and best[0] >= n:
                    break
                if n > 1 and not all(joinable[i : i + n - 1]):
                    continue
                m = _skeleton_at(lex, folded, toks, i, n)
                if m is not None:
                    best = (n, m)
                    break
        if best is not None:
            found.append((best[0], i, best[1]))
    found.sort(key=lambda f: (-f[0], f[1]))
    taken = [False] * n_tok
    out: list[_Mention] = []
    for n, i, m in found:
        if any(taken[i : i + n]):
            continue
        for k in range(i, i + n):
            taken[k] = True
        out.append(m)
    out.sort(key=lambda m: m.start)
    return tuple(out)


def _exact_at(
    lex: _Lexicon, folded: str, toks: Sequence[_Tok], i: int, n: int, key: tuple[str, ...]
) -> _Mention | None:
    span = toks[i : i + n]
    start, end = span[0].start, span[-1].end
    if not _free_boundaries(folded, start, end):
        return None
    for target in lex.keys[key]:
        if all(not c or t.raw.isupper() for c, t in zip(target.cased, span)):
            if target.kind == "person" and _inside_longer_name(lex, folded, toks, i, n):
                continue
            if target.kind == "alias" and _local_body(lex, folded, toks, i, n):
                continue
            return _Mention(start, end, target)
    return None


def _local_body(lex: _Lexicon, folded: str, toks: Sequence[_Tok], i: int, n: int) -> bool:
    """A known common-noun body ending in an organisation head, written in capitals at the end
    of a longer name the table does not know: "the Sheikh Maqsoud Local Council" is that council
    (kept by name), not the table's "local council"."""
    span = toks[i : i + n]
    if n < 2 or i == 0 or span[-1].norm not in lex.org_heads:
        return False
    if not all(t.raw[:1].isupper() and not t.raw.isupper() for t in span):
        return False
    prev = toks[i - 1]
    if not re.fullmatch(r"[ \-]{1,2}", folded[prev.end : span[0].start]):
        return False
    return (prev.raw[:1].isupper() and not prev.raw.isupper() and prev.norm not in lex.titles
            and prev.norm not in lex.not_names and prev.norm not in ("the", "a", "an")
            and (prev.norm,) not in lex.keys)


def _skeleton_at(lex: _Lexicon, folded: str, toks: Sequence[_Tok], i: int, n: int) -> _Mention | None:
    span = toks[i : i + n]
    if not all(t.raw[:1].isupper() or t.norm in _PARTICLES for t in span):
        return None
    sk = _skeleton(t.norm for t in span)
    if len(sk) < 5:
        return None
    target = lex.skeletons.get(sk)
    if target is None:
        return None
    start, end = span[0].start, span[-1].end
    if not _free_boundaries(folded, start, end) or _inside_longer_name(lex, folded, toks, i, n):
        return None
    return _Mention(start, end, target)


def _inside_longer_name(lex: _Lexicon, folded: str, toks: Sequence[_Tok], i: int, n: int) -> bool:
    """A spokesperson's name that is only part of someone else's ("Abu Abdelrahman al-Hamawi")."""

    def name_word(t: _Tok) -> bool:
        return (
            t.raw[:1].isupper()
            and t.norm not in lex.titles
            and t.norm not in lex.not_names
            and t.norm not in lex.role_nouns
            and t.norm not in lex.org_heads
            and t.norm not in lex.title_adjectives
            and not t.raw.isupper()
        ) or t.norm in ("abu", "abo", "umm", "bin", "ibn")

    j = i - 1
    if j >= 0 and re.fullmatch(r"[ \-]{1,2}", folded[toks[j].end : toks[i].start]):
        if name_word(toks[j]):
            return True
        if toks[j].norm in _PARTICLES and j >= 1 and name_word(toks[j - 1]):
            return True
    k = i + n
    if k < len(toks) and re.fullmatch(r"[ \-]{1,2}", folded[toks[k - 1].end : toks[k].start]):
        nxt = toks[k]
        if name_word(nxt) and nxt.norm not in lex.role_nouns:
            return True
        if nxt.norm in _PARTICLES and k + 1 < len(toks) and toks[k + 1].raw[:1].isupper():
            return True
    return False


def _free_boundaries(folded: str, start: int, end: int) -> bool:
    """A phrase is not half of a hyphenated word ("government-held", "U.S.-backed")."""
    if end + 1 < len(folded) and folded[end] == "-" and folded[end + 1].isalnum():
        return False
    if start >= 2 and folded[start - 1] == "-" and folded[start - 2].isalnum():
        # allow an Arabic article before a name: al-Assad
        j = start - 1
        while j > 0 and folded[j - 1].isalpha():
            j -= 1
        if folded[j : start - 1].lower() not in _PARTICLES:
            return False
    return True
