"""The gazetteer: Aleppo's neighbourhoods (``data/neighbourhoods.csv``) with their variant
spellings, and :func:`find_places`, which finds them in text (not when the name is a person's)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import data_text
from .grammar import _APOS, _APOS_CHARS, _HY, _lexicon


# ---------------------------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class Neighbourhood:
    """A district of Aleppo: canonical name, spelling variants, side of the 2016 front line."""

    name: str
    variants: tuple[str, ...]
    side: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceMention:
    """A neighbourhood named in a text; ``text[start:end] == surface``."""

    neighbourhood: Neighbourhood
    surface: str
    start: int
    end: int


# ---------------------------------------------------------------------------------------------
# data loading


def _float_or_none(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Neighbourhood, ...]:
    """All neighbourhoods of ``data/neighbourhoods.csv`` (loaded once)."""
    out: list[Neighbourhood] = []
    for row in csv.DictReader(io.StringIO(data_text("neighbourhoods.csv"))):
        name = row["name"].strip()
        if not name:
            continue
        variants: list[str] = [name]
        for v in (row.get("variants") or "").split("|"):
            v = v.strip()
            if v and v not in variants:
                variants.append(v)
        out.append(
            Neighbourhood(
                name=name,
                variants=tuple(variants),
                side=(row.get("side") or "").strip(),
                lat=_float_or_none(row.get("lat")),
                lon=_float_or_none(row.get("lon")),
            )
        )
    return tuple(out)
_SEP = r"(?:[\s\-‐‑]+)"
_ARTICLES = frozenset({"al", "el", "ad", "at", "as", "ar", "az", "an", "ash", "ath", "adh"})
_SHEIKH = ("sheikh", "shaykh", "shaikh", "sheykh", "shiekh", "cheikh", "sheik", "shaik")
_ARTICLE_RE = r"(?:al|el|a[dtsrzn]h?)"
_LEAD_OPTIONAL = rf"(?:(?:al|el)(?:{_SEP})|a[dtsrzn]h?{_HY})?"


def _split_tokens(variant: str) -> list[str]:
    return [t for t in re.split(r"[\s\-‐‑]+", variant.strip()) if t]


def _norm_token(tok: str) -> str:
    low = tok.lower()
    for ch in _APOS_CHARS:
        low = low.replace(ch, "")
    return "sheikh" if low in _SHEIKH else low


def _place_key(surface: str) -> str:
    """Normalised key: lowercase, no articles, no apostrophes, one Sheikh spelling."""
    toks = [_norm_token(t) for t in _split_tokens(surface)]
    return " ".join(t for t in toks if t and t not in _ARTICLES)


def _token_pattern(tok: str) -> str:
    if _norm_token(tok) == "sheikh":
        return "(?:" + "|".join(_SHEIKH) + ")"
    return "".join(_APOS + "?" if ch in _APOS_CHARS else re.escape(ch) for ch in tok)


def _variant_pattern(variant: str) -> tuple[bool, str, str]:
    """(article required?, regex of the name after any leading article, its first letters)."""
    toks = _split_tokens(variant)
    article_required = len(toks) > 1 and toks[0].lower() in _ARTICLES
    if article_required:
        toks = toks[1:]
    first = toks[0][0].lower()
    firsts = "sc" if _norm_token(toks[0]) == "sheikh" else first
    parts: list[str] = []
    pending_article = False
    for tok in toks:
        if tok.lower() in _ARTICLES:
            pending_article = True
            continue
        if parts:
            parts.append(_SEP)
            if pending_article:
                parts.append(rf"(?:{_ARTICLE_RE}(?:{_SEP})?)?")
        parts.append(_token_pattern(tok))
        pending_article = False
    return article_required, "".join(parts), firsts


def _by_first_letter(bodies: list[tuple[str, str]]) -> str:
    """Alternation grouped by first letter behind a lookahead: a failed letter skips a group."""
    groups: dict[str, list[str]] = {}
    for body, firsts in bodies:
        groups.setdefault(firsts, []).append(body)
    alts = []
    for firsts, members in groups.items():
        cls = "".join(re.escape(c) + re.escape(c.upper()) if c.isalpha() else re.escape(c) for c in firsts)
        alts.append(f"(?=[{cls}])(?:{'|'.join(members)})")
    return "|".join(alts) if alts else "(?!)"


@dataclass(frozen=True)
class _PlaceIndex:
    regex: re.Pattern[str]
    by_key: dict[str, Neighbourhood]
    single_word_keys: frozenset[str]
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    person_after: re.Pattern[str] | None
    name_ok_before: frozenset[str]


@lru_cache(maxsize=1)
def _place_index() -> _PlaceIndex:
    by_key: dict[str, Neighbourhood] = {}
    variants: list[str] = []
    for nb in gazetteer():
        for v in nb.variants:
            key = _place_key(v)
            if not key:
                continue
            other = by_key.get(key)
            if other is not None and other.name != nb.name:
                raise ValueError(f"neighbourhood variant {v!r} of {nb.name!r} clashes with {other.name!r}")
            by_key[key] = nb
            variants.append(v)
    # longest first, so "Masaken Hanano" wins over "Hanano" and "Hanano Housing" over "Hanano"
    variants.sort(key=lambda v: (-len(v), v))
    bare: list[tuple[str, str]] = []
    with_article: list[tuple[str, str]] = []
    for v in variants:
        required, body, firsts = _variant_pattern(v)
        (with_article if required else bare).append((body, firsts))
    alternation = (
        f"{_LEAD_OPTIONAL}(?:{_by_first_letter(bare)})"
        f"|{_ARTICLE_RE}(?:{_SEP})?(?:{_by_first_letter(with_article)})"
    )
    regex = re.compile(rf"(?<![\w\-‐‑])(?:{alternation})(?![\w])(?!{_HY}\w)", re.IGNORECASE)
    ctx = _lexicon().get("place_context", {}) or {}
    nb_words = [re.escape(w).replace(r"\ ", r"\s+") for w in ctx.get("not_before", []) or []]
    na_words = [re.escape(w).replace(r"\ ", r"\s+") for w in ctx.get("not_after", []) or []]
    not_before = (
        re.compile(rf"^\s*,?\s*(?:{'|'.join(nb_words)})\b(?!['’]|{_HY})", re.IGNORECASE) if nb_words else None
    )
    not_after = (
        re.compile(
            rf"\b(?:{'|'.join(na_words)})(?:['’]s)?\s+(?:(?:holy|capital|port|northern|southern|eastern|western)\s+)?"
            rf"(?:city|town|district|neighbou?rhood|suburb|province|shrine|village)\s+of\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        if na_words
        else None
    )
    pv_words = [re.escape(w) for w in ctx.get("person_verbs_after", []) or []]
    person_after = re.compile(rf"\s*,?\s*(?:{'|'.join(pv_words)})\b", re.IGNORECASE) if pv_words else None
    single = frozenset(k for k in by_key if " " not in k)
    return _PlaceIndex(
        regex=regex,
        by_key=by_key,
        single_word_keys=single,
        not_before=not_before,
        not_after=not_after,
        person_after=person_after,
        name_ok_before=frozenset(ctx.get("name_ok_before", []) or []),
    )


_PREV_WORD = re.compile(r"([A-Za-z][\w'’\-]*)\s+$")


def _looks_like_person(text: str, start: int, end: int, key: str, idx: _PlaceIndex) -> bool:
    """A one-word name right after a given name ("Mohammed al-Ansari") or before "said" is a person."""
    if key not in idx.single_word_keys:
        return False
    if idx.person_after is not None and idx.person_after.match(text, end):
        # '..., Shaer said' is a person; 'rebel-held Sukkari and al-Mashhad said' is not
        before = text[max(0, start - 3) : start].rstrip()
        if not before or before[-1] in ",\"“”'’.:;(—":
            return True
    m = _PREV_WORD.search(text[max(0, start - 40) : start])
    if not m:
        return False
    word = m.group(1)
    if not word[0].isupper() or word in idx.name_ok_before:
        return False
    if word.endswith(("'s", "’s")) or "-" in word or word.isupper():
        return False
    return True


def find_places(text: str) -> list[PlaceMention]:
    """Every neighbourhood named in ``text``, in order, with offsets into ``text``."""
    if not text:
        return []
    return list(_places_in(text))


#: Several steps scan the same sentence in a row (the control grammar's cheap test, its
#: sentence reading, the article's last-named district, the anaphora check): a small memo of
#: the last sentences scans each once. Small on purpose: it holds the sentences of the article
#: at hand, not a corpus (a corpus of repeated texts would otherwise be measured as faster).
@lru_cache(maxsize=64)
def _places_in(text: str) -> tuple[PlaceMention, ...]:
    idx = _place_index()
    out: list[PlaceMention] = []
    for m in idx.regex.finditer(text):
        surface = m.group(0)
        key = _place_key(surface)
        nb = idx.by_key.get(key)
        if nb is None:  # pragma: no cover - the regex only accepts keyed spellings
            continue
        if idx.not_before is not None and idx.not_before.search(text[m.end() : m.end() + 40]):
            continue
        if idx.not_after is not None and idx.not_after.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if _looks_like_person(text, m.start(), m.end(), key, idx):
            continue
        out.append(PlaceMention(nb, surface, m.start(), m.end()))
    return tuple(out)
