"""The gazetteer: Aleppo's neighbourhoods (``data/neighbourhoods.csv``, columns described in
``data/neighbourhoods.md``; the rows with a ``csr_name`` come from the neighbourhood layer of the
Columbia Center for Spatial Research, MIT, credited there) with their variant spellings, and
:func:`find_places`, which finds them in text (not when the name is a person's).

Spelling is flexible where transliteration is: a leading article (al-/el-/as-/aj-...) is
optional unless the variant starts with one; Sheikh/Sheik/Shaykh/Shekh are one word; apostrophes
(ayn, hamza) may stand anywhere in a name ("Sa'eed", "al-‘Amiriyeh": they are taken out of the
text before matching, offsets still index the text); hyphens and spaces are interchangeable; a
final -iya/-iyah/-iyeh/-iyya/-ieh is one ending, so is a final -a/-ah/-eh/-e after a consonant
("Kallaseh"/"Kallasa"), and ou/oo/u and ee/i are one vowel ("Sakhour"/"Sakhoor",
"Jibreen"/"Jibrin"). A name with ``match=with_noun`` (a common word or a person's name:
"Tishreen", "al-Ghazali") is a district only capitalised and next to a place noun ("the
Tishreen district", "the neighbourhoods of Ghazali and Kawakbi")."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import data_text
from ..memo import sentence_memo
from .grammar import _APOS, _APOS_CHARS, _HY, _lexicon
from ..regexstore import compile as compile_regex


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
    csr_name: str = ""
    arabic: str = ""
    match: str = ""
    known: bool = True


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
                csr_name=(row.get("csr_name") or "").strip(),
                arabic=(row.get("arabic") or "").strip(),
                match=(row.get("match") or "").strip(),
            )
        )
    return tuple(out)
_SEP = r"(?:[\s\-‐‑]+)"
_ARTICLES = frozenset({"al", "el", "ad", "at", "as", "ar", "az", "an", "aj", "ash", "ath", "adh"})
_SHEIKH = ("sheikh", "shaykh", "shaikh", "sheykh", "shiekh", "cheikh", "sheik", "shaik", "shekh")
_ARTICLE_RE = r"(?:al|el|a[dtsrznj]h?)"
_LEAD_OPTIONAL = rf"(?:(?:al|el)(?:{_SEP})|a[dtsrznj]h?{_HY})?"


def _split_tokens(variant: str) -> list[str]:
    return [t for t in re.split(r"[\s\-‐‑]+", variant.strip()) if t]


# Transliteration spellings that are one name (the key keeps the first form of each):
# a final -iya/-iyah/-iyeh/-iyya/-ieh, a final -a/-ah/-eh/-e after a consonant, ou/oo/u, ee/i.
_ENDING_IYA = compile_regex(r"(?:iyy?(?:ah|eh|a|e)|ieh|iye)$")
_ENDING_A = compile_regex(r"(?<=[bcdfghjklmnpqrstvwxz])(?:ah|eh|a|e)$")
_IYA_PATTERN = r"(?:iyyah|iyyeh|iyya|iyye|iyah|iyeh|iya|iye|ieh)"
_A_PATTERN = r"(?:ah|eh|a|e)"
_VOWEL_GROUPS = (("ou", "u"), ("oo", "u"), ("ee", "i"))


def _canon_token(low: str) -> str:
    """A lower-case token without apostrophes in its canonical transliteration."""
    ending = ""
    if len(low) > 4 and _ENDING_IYA.search(low):
        low, ending = _ENDING_IYA.sub("", low), "iya"
    elif len(low) > 3 and _ENDING_A.search(low):
        low, ending = _ENDING_A.sub("", low), "a"
    for a, b in _VOWEL_GROUPS:
        low = low.replace(a, b)
    return low + ending


def _norm_token(tok: str) -> str:
    low = tok.lower()
    for ch in _APOS_CHARS:
        low = low.replace(ch, "")
    return "sheikh" if low in _SHEIKH else _canon_token(low)


def _place_key(surface: str) -> str:
    """Normalised key: lowercase, no articles, no apostrophes, one Sheikh spelling."""
    toks = [_norm_token(t) for t in _split_tokens(surface)]
    return " ".join(t for t in toks if t and t not in _ARTICLES)


def _token_pattern(tok: str) -> str:
    """Regex of one name token: the spellings :func:`_norm_token` makes one (case is free)."""
    canon = _norm_token(tok)
    if canon == "sheikh":
        return "(?:" + "|".join(_SHEIKH) + ")"
    if not canon.isalpha():  # digits ("1070"), odd characters: as written
        return "".join(re.escape(ch) for ch in tok if ch not in _APOS_CHARS)
    ending = ""
    stem = canon
    if canon.endswith("iya") and len(tok) > 4 and _ENDING_IYA.search(tok.lower().strip(_APOS_CHARS)):
        stem, ending = canon[:-3], _IYA_PATTERN
    elif canon.endswith("a") and len(tok) > 3 and _ENDING_A.search(tok.lower().strip(_APOS_CHARS)):
        stem, ending = canon[:-1], _A_PATTERN
    # apostrophes (ayn, hamza: "al-‘Aziziyeh", "Sa'eed", "Qal’et") are taken out of the text
    # before matching (see _without_name_apostrophes), so the pattern has none
    parts = []
    for ch in stem:
        if ch == "u":
            parts.append("(?:ou|oo|u)")
        elif ch == "i":
            parts.append("(?:ee|i)")
        else:
            parts.append(re.escape(ch))
    return "".join(parts) + ending


def _variant_pattern(variant: str) -> tuple[bool, str, str]:
    """(article required?, regex of the name after any leading article, its first letters)."""
    toks = _split_tokens(variant)
    article_required = len(toks) > 1 and toks[0].lower() in _ARTICLES
    if article_required:
        toks = toks[1:]
    canon = _norm_token(toks[0])
    # the letters a match can start with: "(?:ou|oo|u)" starts with o or u, "(?:ee|i)" with e or i
    firsts = "sc" if canon == "sheikh" else {"u": "ou", "i": "ei"}.get(canon[:1], canon[:1])
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
        alts.append(f"(?={_APOS}?[{cls}])(?:{'|'.join(members)})")
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
    seen: set[tuple[bool, str]] = set()
    for v in variants:
        required, body, firsts = _variant_pattern(v)
        if (required, body) in seen:  # spellings the transliteration rules already join
            continue
        seen.add((required, body))
        (with_article if required else bare).append((body, firsts))
    alternation = (
        f"{_LEAD_OPTIONAL}(?:{_by_first_letter(bare)})"
        f"|{_ARTICLE_RE}(?:{_SEP})?(?:{_by_first_letter(with_article)})"
    )
    regex = compile_regex(rf"(?<![\w\-‐‑])(?:{alternation})(?![\w])(?!{_HY}\w)", re.IGNORECASE)
    ctx = _lexicon().get("place_context", {}) or {}
    nb_words = [re.escape(w).replace(r"\ ", r"\s+") for w in ctx.get("not_before", []) or []]
    na_words = [re.escape(w).replace(r"\ ", r"\s+") for w in ctx.get("not_after", []) or []]
    not_before = (
        compile_regex(rf"^\s*,?\s*(?:{'|'.join(nb_words)})\b(?!['’]|{_HY})", re.IGNORECASE) if nb_words else None
    )
    not_after = (
        compile_regex(
            rf"\b(?:{'|'.join(na_words)})(?:['’]s)?\s+(?:(?:holy|capital|port|northern|southern|eastern|western)\s+)?"
            rf"(?:city|town|district|micro-?district|neighbou?rhood|suburb|province|shrine|village)\s+of\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        if na_words
        else None
    )
    pv_words = [re.escape(w) for w in ctx.get("person_verbs_after", []) or []]
    person_after = compile_regex(rf"\s*,?\s*(?:{'|'.join(pv_words)})\b", re.IGNORECASE) if pv_words else None
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


_PREV_WORD = compile_regex(r"([A-Za-z][\w'’\-]*)\s+$")


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


# an apostrophe inside or at the edge of a word, except the English "'s", "n't", "'ll"...
_NAME_APOSTROPHE = compile_regex(rf"{_APOS}(?!(?:s|t|ll|re|ve|d|m)\b)")


def _without_name_apostrophes(text: str) -> tuple[str, list[int]]:
    """``text`` without the apostrophes of transliterated names, and for each character of
    the result (plus the end) its offset in ``text``."""
    if not _NAME_APOSTROPHE.search(text):
        return text, list(range(len(text) + 1))
    keep = [True] * len(text)
    for m in _NAME_APOSTROPHE.finditer(text):
        keep[m.start()] = False
    offsets = [i for i, k in enumerate(keep) if k]
    return "".join(ch for ch, k in zip(text, keep) if k), offsets + [len(text)]


def find_places(text: str) -> list[PlaceMention]:
    """Every neighbourhood named in ``text``, in order, with offsets into ``text``."""
    if not text:
        return []
    return list(_places_in(text))


#: Several steps scan the same sentence (the control grammar's cheap test, its sentence
#: reading, the article's last-named district, the anaphora check): the memo scans each once
#: per article.
@sentence_memo
def _places_in(text: str) -> tuple[PlaceMention, ...]:
    idx = _place_index()
    clean, offsets = _without_name_apostrophes(text)
    out: list[PlaceMention] = []
    for m in idx.regex.finditer(clean):
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        while end < offsets[m.end()] and text[end] in _APOS_CHARS:
            end += 1  # a final hamza belongs to the name: "ash-Shuhada’"
        surface = text[start:end]
        key = _place_key(surface)
        nb = idx.by_key.get(key)
        if nb is None:  # pragma: no cover - the regex only accepts keyed spellings
            continue
        if idx.not_before is not None and idx.not_before.search(text[end : end + 40]):
            continue
        if idx.not_after is not None and idx.not_after.search(text[max(0, start - 60) : start]):
            continue
        if _looks_like_person(text, start, end, key, idx):
            continue
        if nb.match == "with_noun" and not _named_as_place(text, start, end):
            continue
        out.append(PlaceMention(nb, surface, start, end))
    return tuple(out)


# a name that is also a common word or a person ("Tishreen", "al-Ghazali", "Public Park") is a
# district only as "the Tishreen district" or "the neighbourhoods of Tishreen (, X and Y)"
_NOUN_AFTER = compile_regex(r"['’]?\s+(?:district|micro-?district|neighbou?rhood|quarter)s?\b", re.IGNORECASE)
_NOUN_OF_BEFORE = compile_regex(
    r"\b(?:district|micro-?district|neighbou?rhood|quarter)s?\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’‘\-]*(?:\s+[A-Za-z][\w'’‘\-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)


def _named_as_place(text: str, start: int, end: int) -> bool:
    body = text[start:end].lstrip(_APOS_CHARS)
    first = re.sub(r"^(?:al|el|a[dtsrznj]h?)[\s\-‐‑]+", "", body).lstrip(_APOS_CHARS)
    if not first[:1].isupper():
        return False
    return bool(_NOUN_AFTER.match(text, end) or _NOUN_OF_BEFORE.search(text[max(0, start - 160) : start]))
