"""Aleppo neighbourhoods: a gazetteer, place mentions in text, and who controls which district.

Gazetteer
    ``data/neighbourhoods.csv`` (columns ``name,variants,side,lat,lon,coord_source,csr_name,
    arabic,match``, described in ``data/neighbourhoods.md``) lists the city's districts with
    ``|``-separated spelling variants; the rows with a ``csr_name`` come from the neighbourhood
    layer of the Columbia Center for Spatial Research (MIT, credited there). ``side`` says where the district
    lay relative to the front line of mid-November 2016: ``east`` (the rebel-held east),
    ``west`` (the government-held west), ``north`` (the Kurdish-held Sheikh Maqsoud and its
    neighbour Ashrafieh), ``outskirts`` (camps, industrial zones and edge districts), or empty
    where the district was divided or the side is not known (Salaheddine, Amiriyah, Old City).
    Coordinates are empty: no offline source with these names was available, and none are
    made up (``coord_source`` says where a coordinate came from when one is filled in).

Place matching (:func:`find_places`)
    One precompiled, case-insensitive alternation of every variant, longest first, on word
    boundaries. Spelling is flexible where transliteration is: a leading article
    (``al-``/``el-``/``as-``...) is optional unless the variant itself starts with one (then
    the bare form must be listed to match: ``al-Sabil`` never matches "Sabil"); an article
    inside a name may be spelt ``al``/``el``/``ad``/``ash``... or left out; Sheikh/Sheik/
    Shaykh/Shaikh/Shekh are one word; apostrophes (ayn, hamza) may stand anywhere in a name
    ("Sa'eed", "al-‘Amiriyeh": they are taken out of the text before matching, offsets still
    index the text); hyphens and spaces are interchangeable; a final -iya/-iyah/-iyeh/-iyya/
    -ieh is one ending, so is a final -a/-ah/-eh/-e after a consonant ("Kallaseh"/"Kallasa"),
    and ou/oo/u and ee/i are one vowel ("Sakhour"/"Sakhoor", "Jibreen"/"Jibrin"). A name with
    ``match=with_noun`` (a common word or a person's name: "Tishreen", "al-Ghazali") is a
    district only capitalised and next to a place noun ("the Tishreen district", "the
    neighbourhoods of Ghazali and Kawakbi"). "Aleppo" alone is no neighbourhood; "Hanano" alone is Masaken Hanano;
    "the citadel"/"Old City" are the canonical Citadel/Old City. A single-word name preceded by
    a capitalised given name ("Mohammed al-Ansari") is a person; a name followed by
    "province"/"Iraq"/... or preceded by "the Iraqi city of" is a place elsewhere.

Control (:func:`control_mentions`)
    Reads one sentence and returns :class:`ControlMention` records, from sentence shapes
    documented in ``data/control_verbs.yaml`` (which holds all the words). Rules:

    * ``captured`` means the text says the district changed hands; ``held`` means it states
      who controls it ("rebel-held Sukkari", "X, controlled by a Kurdish militia").
    * The controller is the subject or agent: troops/army/regime/militias -> government,
      rebels/opposition/insurgents/fighters -> rebels, Kurdish militia/YPG/Kurds -> kurdish.
    * Losses: when the text names only the loser ("rebels lost X", "rebels withdrew from X",
      "rebels were driven out of X", "X slipped out of government control") the district is
      captured by the loser's opponent (rebels <-> government) and the mention is flagged
      ``inferred=True``; Kurdish losses give no event unless the winner is named.
    * An agentless passive ("X was captured on Monday") takes its controller from
      "from AGENT" (the opponent), from a party-held modifier of the place ("rebel-held X was
      captured" -> government) or, for verbs of taking back (retaken, recaptured, liberated),
      is read as a government capture; all three are flagged ``inferred``. Otherwise no event.
    * Advances are not captures: advanced into, pushed into, entered, breached, besieged,
      shelled ... give nothing. Partial objects ("parts of X", "most of X", "the eastern section
      of X") are events, as in the gold conventions (data/gold/NOTES.md).
    * Negated, intended, expected or hypothetical events give nothing ("failed to capture",
      "hopes to retake", "could fall", "the fall of X would..."); so do denied claims
      ("Rebels denied that X had fallen", "reports that X fell were false"). A claim that is
      merely attributed ("the military claimed to have retaken X") is an event.
    * Historic changes ("In 2012 Hanano became the first ... to fall to the rebels") are events
      like any other; the caller decides the date.
    * A district captured in the sentence is not also reported as held there (the held
      modifier in "troops captured rebel-held Sukkari" describes the state before).
    * A name in the possessive is not an object ("took the Old City's Umayyad Mosque"); a
      name used as a modifier ends a list ("captured Hanano and Sukkari residents fled").
    * An attributive participle of taking back ("the recently retaken Sakhour district") is
      an agentless passive (government, inferred).
    * Other armed groups (Islamic State, Iraqi troops, Peshmerga) are no controller: their
      captures give nothing.

    * Lists: every place of a list governed by the verb is an event ("retook the districts of
      A, B and C, and completed control of D", "liberated 12 quarters including A and B",
      "8 neighbourhoods in east Aleppo: A, B and C", "the districts captured on Monday include
      A and B", "rebel control is now limited to A and B", "the rebel enclave: A, B").
    * Names outside the gazetteer: a capitalised name before a place noun ("the Karm al-Denj
      neighbourhood") or inside a list of districts ("the neighbourhoods of A, X and B", "seized
      A and X") is kept as written, with ``in_gazetteer=False``.
    * No taker named ("Sukkari fell on Monday", "Sukkari was captured", "the collapse of
      Sheikh Saeed"): the opponent of the side that held the district when the offensive began
      (``side_holders``: east -> rebels, so the government took it; west -> government),
      flagged ``inferred``; north, outskirts and districts of unknown side give nothing.
    * Pronoun subjects ("It took X", "They lost X") stand for the speaker of a sentence-final
      "..., the army said", else for ``context_party`` (the caller passes the actor of the
      sentence before, :func:`lead_party`); flagged ``inferred``.
    * Location and predicate holdings: "Jibreen, a district in the government-held west",
      "X lies in the rebel-held east", "X and Y are the only rebel-held areas left" are held.

    Besides what and where, :class:`ControlMention` carries ``trigger`` (the verb
    or phrase as written), ``inferred`` (the controller was inferred, not named) and
    ``in_gazetteer`` (False for a district name the gazetteer lacks).

Actors (:func:`actors_in`)
    One actor table (``actors`` in ``data/control_verbs.yaml``) serves the control events and
    the shares of territory in :mod:`newsfigures.claims`, so both agree on who is who (a
    Kurdish loss has no single winner in either).

    The quote is the clause fragment that states the event, an exact substring of the
    sentence, with its offsets.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "Neighbourhood",
    "PlaceMention",
    "ControlMention",
    "gazetteer",
    "find_places",
    "control_mentions",
    "lead_party",
    "actors_in",
]

CONTROLLERS = ("government", "rebels", "kurdish")
EVENTS = ("captured", "held")


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


@dataclass(frozen=True)
class ControlMention:
    """A sentence's statement that a side took (``captured``) or holds (``held``) a district.

    ``quote`` is an exact substring of the sentence (``sentence[start:end] == quote``);
    ``surface`` is the place name as written. ``trigger`` is the verb or phrase that states
    the event; ``inferred`` is True when the controller was not named but inferred (from the
    loser, a party-held modifier, or a verb of taking back).
    """

    neighbourhood: str
    controller: str
    event: str
    surface: str
    quote: str
    start: int
    end: int
    trigger: str = ""
    inferred: bool = False
    in_gazetteer: bool = True


# ---------------------------------------------------------------------------------------------
# data loading


def _data_text(name: str) -> str:
    return (resources.files("newsfigures") / "data" / name).read_text(encoding="utf-8")


def _float_or_none(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Neighbourhood, ...]:
    """All neighbourhoods of ``data/neighbourhoods.csv`` (loaded once)."""
    out: list[Neighbourhood] = []
    for row in csv.DictReader(io.StringIO(_data_text("neighbourhoods.csv"))):
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


def _check_strings(node: Any, path: str) -> None:
    """Every list entry of the lexicon must be a string (YAML reads a bare on/no/false as bool)."""
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for v in node:
            if not isinstance(v, str):
                raise ValueError(f"control_verbs.yaml {path}: entry {v!r} is not a string; quote it")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    lex = yaml.safe_load(_data_text("control_verbs.yaml"))
    _check_strings(lex, "")
    return lex


# ---------------------------------------------------------------------------------------------
# place matching

_APOS_CHARS = "'’‘ʿʻ`"
_APOS = "['’‘ʿʻ`]"
_HY = "[-‐‑]"  # hyphen, Unicode hyphen, non-breaking hyphen
_SEP = r"(?:[\s\-‐‑]+)"
_ARTICLES = frozenset({"al", "el", "ad", "at", "as", "ar", "az", "an", "aj", "ash", "ath", "adh"})
_SHEIKH = ("sheikh", "shaykh", "shaikh", "sheykh", "shiekh", "cheikh", "sheik", "shaik", "shekh")
_ARTICLE_RE = r"(?:al|el|a[dtsrznj]h?)"
_LEAD_OPTIONAL = rf"(?:(?:al|el)(?:{_SEP})|a[dtsrznj]h?{_HY})?"


def _split_tokens(variant: str) -> list[str]:
    return [t for t in re.split(r"[\s\-‐‑]+", variant.strip()) if t]


# Transliteration spellings that are one name (the key keeps the first form of each):
# a final -iya/-iyah/-iyeh/-iyya/-ieh, a final -a/-ah/-eh/-e after a consonant, ou/oo/u, ee/i.
_ENDING_IYA = re.compile(r"(?:iyy?(?:ah|eh|a|e)|ieh|iye)$")
_ENDING_A = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:ah|eh|a|e)$")
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
            rf"(?:city|town|district|micro-?district|neighbou?rhood|suburb|province|shrine|village)\s+of\s+(?:the\s+)?$",
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


# an apostrophe inside or at the edge of a word, except the English "'s", "n't", "'ll"...
_NAME_APOSTROPHE = re.compile(rf"{_APOS}(?!(?:s|t|ll|re|ve|d|m)\b)")


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
    return out


# a name that is also a common word or a person ("Tishreen", "al-Ghazali", "Public Park") is a
# district only as "the Tishreen district" or "the neighbourhoods of Tishreen (, X and Y)"
_NOUN_AFTER = re.compile(r"['’]?\s+(?:district|micro-?district|neighbou?rhood|quarter)s?\b", re.IGNORECASE)
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:district|micro-?district|neighbou?rhood|quarter)s?\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’‘\-]*(?:\s+[A-Za-z][\w'’‘\-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)


def _named_as_place(text: str, start: int, end: int) -> bool:
    body = text[start:end].lstrip(_APOS_CHARS)
    first = re.sub(r"^(?:al|el|a[dtsrznj]h?)[\s\-‐‑]+", "", body).lstrip(_APOS_CHARS)
    if not first[:1].isupper():
        return False
    return bool(_NOUN_AFTER.match(text, end) or _NOUN_OF_BEFORE.search(text[max(0, start - 160) : start]))


# ---------------------------------------------------------------------------------------------
# names outside the gazetteer

# One capitalised name of up to four words, with the articles and particles of Arabic names
# inside it ("Karm al-Denj", "Sheikh Abu Bakr", "Scientific Research Housings").
_NAME_WORD = r"(?:[A-Z][\w'’‘]*(?:[\-‐‑][A-Z][\w'’‘]*)?)"
_NAME_PARTICLE = r"(?:(?:al|el|ad|as|ash|at|az|an|aj|ar|bin|ibn|ben|abu|bani|bab|de)[\s\-‐‑]+)"
_NAME = rf"(?:(?:al|el|ad|as|ash|at|az|an|aj|ar)[\-‐‑])?{_NAME_WORD}(?:[\s\-‐‑]+{_NAME_PARTICLE}?{_NAME_WORD}){{0,3}}"
_PLACE_NOUN_RE = r"(?:district|micro-?district|neighbou?rhood|quarter|area|suburb)s?"
# "the Karm al-Denj neighbourhood"
_NAME_THEN_NOUN = re.compile(rf"(?<![\w'’\-])(?P<name>{_NAME})\s+{_PLACE_NOUN_RE}\b")
# "the neighbourhoods of A, B and C" / "12 quarters including A, B" / "districts: A, B"
_LIST_INTRO = re.compile(
    rf"\b(?:{_PLACE_NOUN_RE}\s+(?:of|such\s+as|including|namely|like)|(?:including|namely|such\s+as)|{_PLACE_NOUN_RE}\s*:)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(rf"(?P<name>{_NAME})")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+as\s+well\s+as\s+(?:the\s+)?)")
# what may follow the last name of a list: punctuation, a place noun, a date or a clause
_LIST_END = re.compile(
    rf"\s*(?:$|[.,;:)\]—–]|\s{_PLACE_NOUN_RE}\b|\s(?:on|in|at|after|from|by|to|during|since|last|this|early|late|overnight|today|yesterday|and|as|while|with|amid|following|before|when|where)\b)",
    re.IGNORECASE,
)


def _not_a_place_name(name: str) -> bool:
    """Words that start or make up capitalised phrases that are no district names."""
    words = [w for w in re.split(r"[\s\-‐‑]+", name) if w]
    stop = _stop_words()
    core = [w for w in words if w.lower() not in _ARTICLES]
    if not core:
        return True
    if core[0].strip("'’").lower() in stop or all(w.strip("'’").lower() in stop for w in core):
        return True
    if re.search(r"['’]s$", name):  # possessive: "Aleppo's", "Syria's"
        return True
    return _grammar().actor_regex.fullmatch(name) is not None


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w.lower() for w in (_lexicon().get("unlisted_place_stop") or []))


def _unlisted(name: str) -> Neighbourhood:
    return Neighbourhood(name=name, variants=(name,), side="", lat=None, lon=None, known=False)


def _unlisted_places(text: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Names outside the gazetteer that the text presents as districts.

    * a capitalised name right before a place noun: "the Karm al-Denj neighbourhood";
    * every capitalised name of a list that a place noun introduces ("the neighbourhoods of A,
      B and C", "12 quarters including A and B") or that a listed gazetteer name belongs to
      ("seized Sheikh Saeed and Karm al-Denj"), up to what ends the list.

    They are returned as :class:`PlaceMention` of a :class:`Neighbourhood` with ``known=False``
    and the name as written (without "the").
    """
    taken = [(p.start, p.end) for p in known]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    found: dict[int, PlaceMention] = {}

    def add(a: int, b: int) -> None:
        name = text[a:b]
        if free(a, b) and not _not_a_place_name(name):
            found[a] = PlaceMention(_unlisted(name), name, a, b)
            taken.append((a, b))

    for m in _NAME_THEN_NOUN.finditer(text):
        add(m.start("name"), m.end("name"))

    def walk(pos: int) -> None:
        """Names of a list from ``pos`` on; known places are list members too."""
        while True:
            k = next((p for p in known if p.start == pos), None)
            if k is not None:
                end = k.end
            else:
                m = _LIST_ITEM.match(text, pos)
                if m is None:
                    return
                end = m.end()
                # a name must end the list or be followed by another item
                sep = _LIST_SEP.match(text, end)
                if not (_LIST_END.match(text, end) or sep):
                    return
                add(pos, end)
            sep = _LIST_SEP.match(text, end)
            if sep is None:
                return
            pos = sep.end()

    for m in _LIST_INTRO.finditer(text):
        walk(m.end())
    # lists that a gazetteer name belongs to: look from each known place forwards, and from
    # the start of a name just before it ("Karm al-Denj and Sheikh Saeed")
    for p in known:
        sep = _LIST_SEP.match(text, p.end)
        if sep is not None:
            walk(sep.end())
        before = text[max(0, p.start - 60) : p.start]
        back = re.search(rf"(?P<name>{_NAME})(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", before)
        if back is not None:
            a = p.start - len(before) + back.start("name")
            b = p.start - len(before) + back.end("name")
            add(a, b)
    return sorted(known + list(found.values()), key=lambda p: p.start)


# ---------------------------------------------------------------------------------------------
# control grammar: compiled lexicon


def _phrase_pattern(phrase: str, flexible_control: bool = False) -> str:
    """Regex for a lexicon phrase: any whitespace between words, hyphen or space inside words."""
    words = phrase.split()
    parts: list[str] = []
    for w in words:
        if flexible_control and w.lower() == "control":
            parts.append(r"(?:(?:their|its|full|complete|total|effective|firm)\s+){0,2}control")
            continue
        pieces = re.split(r"[-‐‑]", w)
        pat = rf"{_HY}?\s*".join(
            "".join(_APOS if ch in _APOS_CHARS else re.escape(ch) for ch in p) for p in pieces
        )
        parts.append(pat)
    return r"[\"“”]?\s+[\"“”]?".join(parts)


def _alternation(phrases: list[str], flexible_control: bool = False) -> str:
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_phrase_pattern(p, flexible_control) for p in uniq)


def _word_regex(phrases: list[str], flexible_control: bool = False) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-‐‑])(?:{_alternation(phrases, flexible_control)})(?![\w])", re.IGNORECASE
    )


_TRIGGER_KINDS = (
    "capture",
    "loss",
    "fall_to",
    "change_to",
    "slip_from",
    "hold",
    "held_by",
    "nominal_capture",
    "nominal_loss",
    "advance",
    "expel",
    "fall",
)
# kinds that end the reach of a place before them (a place is not the subject across them)
_BLOCKING_KINDS = frozenset(
    {"capture", "loss", "fall_to", "change_to", "slip_from", "advance", "nominal_capture", "nominal_loss", "expel"}
)  # not "fall": "Sukkari fell under government control" reads on to "under ... control"


@dataclass(frozen=True)
class _Grammar:
    actor_regex: re.Pattern[str]
    actor_party: dict[str, str]
    adjective_alt: str
    adjective_party: dict[str, str]
    adjective_regex: re.Pattern[str]
    opponents: dict[str, str]
    triggers: dict[str, re.Pattern[str]]
    participles: frozenset[str]
    restore: frozenset[str]
    held_adjective: re.Pattern[str]
    under_control: re.Pattern[str]
    in_hands: re.Pattern[str]
    nominal_support: re.Pattern[str]
    negation: re.Pattern[str]
    irrealis: re.Pattern[str]
    denial: re.Pattern[str]
    falsity: re.Pattern[str]
    subject_blocker: re.Pattern[str]
    clause_break: re.Pattern[str]
    object_gap: frozenset[str]
    list_gap: frozenset[str]
    list_separators: frozenset[str]
    list_stop: frozenset[str]
    change_prefix: re.Pattern[str]
    place_noun: re.Pattern[str]
    holding_list: re.Pattern[str]
    side_holders: dict[str, str]


def _norm_phrase(s: str) -> str:
    s = s.lower()
    for ch in _APOS_CHARS:
        s = s.replace(ch, "'")
    s = re.sub(r"[-‐‑]", " ", s)
    return " ".join(s.split())


def _cue_regex(cues: list[str], lowercase_only: frozenset[str]) -> re.Pattern[str]:
    """Case-sensitive cue words: lower case, or capitalised at a sentence start ("If", "Would").

    Cues in ``lowercase_only`` never match capitalised: "May" is a month, "Will" a name.
    """
    pats = []
    for c in sorted(set(cues), key=lambda c: (-len(c), c)):
        pat = _phrase_pattern(c)
        if c[:1].isalpha() and c not in lowercase_only:
            pat = f"[{c[0].lower()}{c[0].upper()}]" + _phrase_pattern(c[1:]) if len(c) > 1 else pat
        pats.append(pat)
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(pats)})(?![\w])")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lex = _lexicon()
    actor_party: dict[str, str] = {}
    for party, phrases in (lex.get("actors") or {}).items():
        for p in phrases or []:
            actor_party[_norm_phrase(p)] = party
    # an actor word glued to a following hyphen is an adjective ("rebel-held"), not an actor
    actor_regex = re.compile(
        rf"(?<![\w\-‐‑])(?:{_alternation([p for ps in lex['actors'].values() for p in ps])})(?![\w])(?!{_HY})",
        re.IGNORECASE,
    )
    adjective_party: dict[str, str] = {}
    for party, words in (lex.get("party_adjectives") or {}).items():
        for w in words or []:
            adjective_party[_norm_phrase(w)] = party
    adjective_alt = _alternation(list(sum(lex["party_adjectives"].values(), [])))
    verbs = lex["verbs"]
    triggers = {
        kind: _word_regex(list(verbs[kind]), flexible_control=True)
        for kind in _TRIGGER_KINDS
        if kind not in ("nominal_capture", "nominal_loss")
    }
    triggers["nominal_capture"] = _word_regex(list(verbs["nominal_capture"]))
    triggers["nominal_loss"] = _word_regex(list(verbs["nominal_loss"]))
    held_adjective = re.compile(
        rf"(?<![\w\-‐‑])(?P<adj>{adjective_alt})(?:{_HY}\s*|\s+)(?:{_alternation(verbs['held_adjective'])})(?![\w])",
        re.IGNORECASE,
    )
    under_control = re.compile(
        rf"\b(?:under|within)\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm|sole)\s+)?"
        rf"(?P<adj>{adjective_alt})(?:['’]s?)?\s+(?:{_alternation(verbs['under_nouns'])})\b",
        re.IGNORECASE,
    )
    in_hands = re.compile(
        rf"\b(?:in|into)\s+(?:the\s+)?(?P<adj>{adjective_alt})\s+(?:{_alternation(verbs['hands_nouns'])})\b",
        re.IGNORECASE,
    )
    cues = lex["cues"]
    neg_words = [c for c in cues["negation"] if "'" not in c]  # "n't" is glued to its verb
    # "came under" + "government control": the words before a final under/in/into/to
    change_prefixes = [
        " ".join(p.split()[:-1]) for p in verbs["change_to"] if p.split()[-1] in ("under", "in", "into", "to")
    ]
    return _Grammar(
        actor_regex=actor_regex,
        actor_party=actor_party,
        adjective_alt=adjective_alt,
        adjective_party=adjective_party,
        adjective_regex=re.compile(rf"(?<![\w\-‐‑])(?:{adjective_alt})(?![\w])", re.IGNORECASE),
        opponents=dict(lex.get("opponents") or {}),
        triggers=triggers,
        participles=frozenset(_norm_phrase(p) for p in verbs["participles"]),
        restore=frozenset(_norm_phrase(p) for p in verbs["restore"]),
        held_adjective=held_adjective,
        under_control=under_control,
        in_hands=in_hands,
        nominal_support=re.compile(rf"\b(?:{_alternation(verbs['nominal_support'])})\b", re.IGNORECASE),
        negation=re.compile(
            rf"(?:\b(?:{_alternation(neg_words)})\b|n['’]t\b)",
            re.IGNORECASE,
        ),
        irrealis=_cue_regex(cues["irrealis"], frozenset(cues.get("irrealis_lowercase_only") or [])),
        denial=re.compile(rf"\b(?:{_alternation(cues['denial'])})\b", re.IGNORECASE),
        falsity=re.compile(
            rf"[^.;]{{0,60}}?\b(?:was|were|is|are|be|been|proved|proven|as)\s+(?:\w+\s+)?(?:{_alternation(cues['falsity'])})\b",
            re.IGNORECASE,
        ),
        subject_blocker=re.compile(
            rf"\b(?:{_alternation(cues['subject_blockers'])})\s+(?:(?:the|a|an|their|its|remaining|last|besieged|embattled|retreating|fleeing|beleaguered|exhausted)\s+)*$",
            re.IGNORECASE,
        ),
        clause_break=re.compile(rf"\b(?:{_alternation(cues['clause_breaks'])})\b|[;:]", re.IGNORECASE),
        object_gap=frozenset(w.lower() for w in lex["object_gap"]),
        list_gap=frozenset(w.lower() for w in lex["list_gap"]),
        list_separators=frozenset(w.lower() for w in lex["list_separators"]),
        list_stop=frozenset(w.lower() for w in lex["list_stop"]),
        change_prefix=re.compile(rf"\b(?:{_alternation(change_prefixes)})\s+$", re.IGNORECASE),
        place_noun=re.compile(rf"\s+(?:{_alternation(lex['place_nouns'])})\b", re.IGNORECASE),
        side_holders=dict(lex.get("side_holders") or {}),
        # "rebel control is now limited to", "the rebel enclave now comprises", "the rebel pocket:"
        holding_list=re.compile(
            rf"(?<![\w\-])(?P<adj>{adjective_alt})(?:{_HY}(?:held|controlled))?\s+"
            rf"(?:{_alternation(verbs['holding_nouns'])})(?:\s+(?:is|are|remains|remain|has\s+been|have\s+been|"
            rf"now|still|only|largely|mostly))*\s*(?:{_alternation(verbs['holding_list'])})(?=\s)",
            re.IGNORECASE,
        ),
    )


# ---------------------------------------------------------------------------------------------
# control grammar: spans of one sentence


@dataclass(frozen=True)
class _Actor:
    start: int
    end: int
    party: str


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str
    text: str


_TOKEN = re.compile(r"[A-Za-z0-9][\w'’\-‐‑]*|[,:]|\S")
_HELD_TOKEN = re.compile(r"^\w+[-‐‑](?:held|controlled|run|dominated|ruled|occupied)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[\w\-]+['’]s?$")
_BE_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+(?:(?:\w+ly|now|also|all|both|reportedly|finally|then|just|since|already|recently)\s+)*$",
    re.IGNORECASE,
)
# the next patterns are used as pattern.match(text, pos), where "^" would never match: no anchors
_AGENT_BY = re.compile(r"(?:\s*,?\s*(?:[\w'’]+\s+){0,4}?)?\s*by\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_AGENT_PREFIX = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}?", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:would|could|will|might|may|can|should|must)\b", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|,)\s+(?:(?:allied|their|its|the|other|foreign)\s+)*", re.IGNORECASE)
_HELD_ADJ_GAP = re.compile(
    r"\s*(?:(?:district|micro-?district|neighbou?rhood|area|quarter|suburb|zone|enclave)s?\s+"
    r"(?:of|such\s+as|including|like|include|includes|included|are|were)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter))?\s*,\s*(?:(?:a|an|the|now|still|largely|mostly)\s+)+", re.IGNORECASE)
# between a district and "PARTY-held <area>" that says where it lies
_LOCATED_IN = re.compile(
    r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter))?"
    r"(?:\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"|\s+(?:(?:is|was)\s+)?(?:lies|lay|is|was|sits|sat|located|situated|stands)\s+(?:[\w\-]+\s+){0,5}?|\s+)"
    r"(?:in|on|inside|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# between districts and a predicate "PARTY-held areas": "X and Y are now the only rebel-held areas"
_PREDICATE_HELD = re.compile(
    r"(?:\s+(?:district|micro-?district|neighbou?rhood|area|quarter)s?)?\s+(?:is|are|remain|remains)\s+"
    r"(?:(?:now|still|the|only|last|few|one|of|among|a|an|two|three|four|remaining|main|largest|biggest)\s+)*$",
    re.IGNORECASE,
)
_HELD_NOUN_AFTER = re.compile(r"\s+(?:district|micro-?district|neighbou?rhood|area|quarter|part|pocket|enclave|zone|sector)s?\b",
                              re.IGNORECASE)
# the area a held adjective names after a located district: "east side", "west of the city", "Aleppo"
_HELD_AREA = re.compile(
    r"\s+(?:(?:east|west|north|south|eastern|western|northern|southern)(?:\s+(?:side|part|half|sector|Aleppo))?"
    r"|part|side|sector|area|zone|enclave|pocket|territory|half|Aleppo|city)\b",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r",\s*(?:which|who|that|where)\b[^,;:]*,|\s[—–]\s[^—–]*\s[—–]\s|\([^()]*\)", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|newly|recently|freshly|just)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that|whom)\b", re.IGNORECASE)
_ADJACENT_SUBJECT_GAP = re.compile(
    r"^(?:\s*(?:,|still|now|also|only|largely|effectively|partly|partially|jointly|once|previously|already|"
    r"currently|reportedly|firmly|fully|long|have|has|had|do|does|did|continue\s+to|continued\s+to|"
    r"are|is|was|were|be|remain|remains|remained|"
    r"continues\s+to|which|who|that|then|last|this|week|month|year|in\s+\d{4}|"
    r"and\s+(?:its|their)\s+(?:allies|backers|partners))\s*)*\s*$",
    re.IGNORECASE,
)


# an aside between two places of one list: "took Sukkari, where thousands had sheltered, and Fardous"
_LIST_ASIDE = re.compile(
    r"(?:\s+(?:district|neighbou?rhood|area|quarter))?\s*,\s*(?:where|which|whose|a|an|the|once|home)\b[^,;:()]{0,80},"
    r"\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_POSSESSIVE_FORCES = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:units|forces|troops|soldiers|fighters|militias|militiamen)\b",
                                re.IGNORECASE)


class _Sentence:
    """All spans of one sentence that the control grammar looks at."""

    def __init__(self, text: str, g: _Grammar, context_party: str | None = None) -> None:
        self.text = text
        self.g = g
        self.context_party = context_party
        self.places = _unlisted_places(text, find_places(text))
        self.actors = self._find_actors()
        self.triggers = self._find_triggers()
        self.held_modifier: dict[int, tuple[str, int]] = {}

    # -- spans ------------------------------------------------------------------------------

    def _find_actors(self) -> list[_Actor]:
        out: list[_Actor] = []
        for m in self.g.actor_regex.finditer(self.text):
            party = self.g.actor_party.get(_norm_phrase(m.group(0)))
            if party is None:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in self.places):
                continue  # "Jabal Badro" is no actor, nor the "Assad" of "Dahiyat al-Assad"
            prev = out[-1] if out else None
            if prev is not None and not self.text[prev.end : m.start()].strip():
                # "Kurdish YPG fighters", "SDF fighters": one actor, the first word's party
                out[-1] = _Actor(prev.start, m.end(), prev.party)
                continue
            out.append(_Actor(m.start(), m.end(), party))
        return out

    def _find_triggers(self) -> list[_Trigger]:
        found: list[_Trigger] = []
        for kind, rx in self.g.triggers.items():
            for m in rx.finditer(self.text):
                found.append(_Trigger(m.start(), m.end(), kind, m.group(0)))
        for rx, kind in ((self.g.held_adjective, "held_adjective"), (self.g.under_control, "under"), (self.g.in_hands, "hands"),
                         (self.g.holding_list, "holding_list")):
            for m in rx.finditer(self.text):
                found.append(_Trigger(m.start(), m.end(), kind, m.group(0)))
        # longest span wins where spans overlap ("fell to" over "fell", "rebel-held" over "held")
        found.sort(key=lambda t: (-(t.end - t.start), t.start))
        chosen: list[_Trigger] = []
        for t in found:
            if any(c.start < t.end and t.start < c.end for c in chosen):
                continue
            if any(p.start < t.end and t.start < p.end for p in self.places):
                continue  # inside a name ("Bab al-Hadid")
            chosen.append(t)
        chosen.sort(key=lambda t: t.start)
        return chosen

    # -- helpers ----------------------------------------------------------------------------

    def actor_at(self, pos: int) -> _Actor | None:
        """The actor starting at ``pos``, after determiners and up to three adjectives
        ("the advancing government troops"); None if anything else comes first."""
        for a in self.actors:
            if a.start < pos:
                continue
            if _AGENT_PREFIX.fullmatch(self.text, pos, a.start):
                return a
            return None
        return None

    def party_of_adjective(self, adj: str) -> str | None:
        return self.g.adjective_party.get(_norm_phrase(adj))

    def opponent(self, party: str) -> str | None:
        return self.g.opponents.get(party)

    def gap_tokens(self, a: int, b: int) -> list[str] | None:
        """Tokens between offsets; None if the gap holds anything but words, commas, colons."""
        gap = re.sub(r"[\"“”]", " ", self.text[a:b])
        toks = _TOKEN.findall(gap)
        for t in toks:
            if not (t in (",", ":") or t[0].isalnum()):
                return None
        return toks

    def object_gap_ok(self, a: int, b: int) -> bool:
        toks = self.gap_tokens(a, b)
        if toks is None or len(toks) > 10:
            return False
        for t in toks:
            low = t.lower()
            if low in self.g.object_gap or _HELD_TOKEN.match(t) or re.fullmatch(r"\d[\d,]*", t):
                continue
            if _POSSESSIVE.match(t) and t[-1] in "s'’" and ("'" in t or "’" in t):
                continue
            return False
        return True

    def list_gap_ok(self, a: int, b: int) -> bool:
        toks = self.gap_tokens(a, b)
        if toks is None or not toks or len(toks) > 6:
            return False
        lows = [t.lower() for t in toks]
        if not all(t in self.g.list_gap for t in lows):
            return False
        return any(t in self.g.list_separators for t in lows)

    def follow_ok(self, i: int) -> bool:
        """A listed place is a name, not a modifier ("Sukkari residents"), by the next word."""
        m = re.match(r"\s*([A-Za-z][\w'’\-]*)", self.text[self.places[i].end :])
        return not m or m.group(1).lower() not in self.g.list_stop

    def objects_after(self, pos: int) -> list[int]:
        """Indices of the places a verb ending at ``pos`` governs (a list), or []."""
        first = next((i for i, p in enumerate(self.places) if p.start >= pos), None)
        if first is None:
            return []
        if not self.object_gap_ok(pos, self.places[first].start):
            return []
        if re.match(r"['’]s?\b", self.text[self.places[first].end :]):
            return []  # "took the Old City's Umayyad Mosque": the object is the mosque
        out = [first]
        j = first + 1
        while j < len(self.places) and self.follow_ok(j) and (
            self.list_gap_ok(self.places[j - 1].end, self.places[j].start)
            or _LIST_ASIDE.fullmatch(self.text, self.places[j - 1].end, self.places[j].start)
        ):
            out.append(j)
            j += 1
        return out

    def blocked(self, a: int, b: int, kinds: frozenset[str] = _BLOCKING_KINDS) -> bool:
        """Does a clause boundary or another verb stand between offsets ``a`` and ``b``?

        A parenthetical relative clause (", which fell to the rebels in 2012,") or a dashed
        aside is skipped: "Hanano, which fell to the rebels in 2012, was retaken by the army".
        """
        skip = [(m.start() + a, m.end() + a) for m in _PARENTHETICAL.finditer(self.text[a:b])]

        def skipped(x: int) -> bool:
            return any(lo <= x < hi for lo, hi in skip)

        for m in self.g.clause_break.finditer(self.text, a, b):
            if not skipped(m.start()):
                return True
        return any(t.kind in kinds and a <= t.start and t.end <= b and not skipped(t.start) for t in self.triggers)

    def places_before(self, pos: int, max_gap: int = 120) -> list[int]:
        """The place (with any list it ends) that is the subject of a verb starting at ``pos``."""
        cands = [i for i, p in enumerate(self.places) if p.end <= pos]
        if not cands:
            return []
        last = cands[-1]
        if pos - self.places[last].end > max_gap or self.blocked(self.places[last].end, pos):
            return []
        out = [last]
        j = last - 1
        while j >= 0 and self.list_gap_ok(self.places[j].end, self.places[j + 1].start):
            out.insert(0, j)
            j -= 1
        return out

    def subject_before(self, pos: int, adjacent: bool = False) -> _Actor | None:
        """The actor that is the subject of a verb starting at ``pos``: nearest, not an object."""
        clause_start = max(self.text.rfind(";", 0, pos), self.text.rfind(":", 0, pos)) + 1
        for a in sorted(self.actors, key=lambda a: -a.end):
            if a.end > pos or a.start < clause_start:
                continue
            if re.match(r"['’]", self.text[a.end : a.end + 1]) and not _POSSESSIVE_FORCES.match(self.text, a.end):
                continue  # possessive: "the rebels' stronghold" (but "the army's units" is the army)
            if self.g.subject_blocker.search(self.text[max(0, a.start - 60) : a.start]):
                continue
            if adjacent and not _ADJACENT_SUBJECT_GAP.match(self.text[a.end : pos]):
                return None
            return a
        return None

    def subject_start(self, a: _Actor) -> int:
        """Start of a coordinated subject ending in ``a`` ("Syrian troops and allied militias")."""
        start = a.start
        for b in sorted(self.actors, key=lambda b: -b.end):
            if b.end > start:
                continue
            if _COORDINATION.fullmatch(self.text, b.end, start):
                start = b.start
            else:
                break
        return start

    def agent_after(self, pos: int, pattern: re.Pattern[str]) -> _Actor | None:
        m = pattern.match(self.text, pos)
        if not m:
            return None
        return self.actor_at(m.end())

    def quote_end(self, pos: int) -> int:
        m = self.g.place_noun.match(self.text, pos)
        return m.end() if m else pos

    def suppressed(self, anchor: int, verb_start: int, event_end: int) -> bool:
        """Negated, irrealis, denied or falsified by the words around the verb.

        ``anchor`` is where the subject starts (the verb itself when there is none near). Cues
        are looked for from a little before the subject ("If Sakhour falls") to the verb, but
        not across a comma or a conjunction that starts another clause.
        """
        text = self.text
        window_start = max(anchor - 25, verb_start - 80, 0)
        window = text[window_start:verb_start]
        cut = max(window.rfind(","), window.rfind(";"), window.rfind("("), window.rfind("—"), window.rfind(")"))
        if cut >= 0:
            window = window[cut + 1 :]
        breaks = list(self.g.clause_break.finditer(window))
        if breaks:
            window = window[breaks[-1].start() :]
        if self.g.negation.search(window) or self.g.irrealis.search(window):
            return True
        clause_start = max(text.rfind(";", 0, verb_start), 0)
        if self.g.denial.search(text[clause_start:verb_start]):
            return True
        if self.g.falsity.match(text, event_end):
            return True
        return False


# ---------------------------------------------------------------------------------------------
# control grammar: sentence shapes


@dataclass(frozen=True)
class _Event:
    place: int
    controller: str
    event: str
    qstart: int
    qend: int
    trigger: str
    inferred: bool


def _controller_from_context(s: _Sentence, places: list[int], after: int, verb: str) -> tuple[str | None, bool]:
    """Controller of an agentless passive: "from AGENT", a party-held modifier, a restore verb."""
    frm = s.agent_after(after, _FROM)
    if frm is not None and frm.party in CONTROLLERS:
        opp = s.opponent(frm.party)
        if opp:
            return opp, True
    for i in places:
        mod = s.held_modifier.get(i)
        if mod is not None:
            opp = s.opponent(mod[0])
            if opp:
                return opp, True
    if _norm_phrase(verb) in s.g.restore:
        return "government", True
    return _taker_by_side(s, places)


def _taker_by_side(s: _Sentence, places: list[int]) -> tuple[str | None, bool]:
    """Who took districts when no taker is named: the opponent of the side that held them
    before the offensive (``side_holders``), if all lay on one such side; flagged inferred."""
    sides = {s.places[i].neighbourhood.side for i in places}
    if len(sides) != 1:
        return None, False
    holder = s.g.side_holders.get(sides.pop())
    taker = s.opponent(holder) if holder else None
    return (taker, True) if taker else (None, False)


# between the districts and a bare "fell": a place noun, an aside, auxiliaries and adverbs
_FALL_GAP = re.compile(
    r"\s*(?:(?:district|micro-?district|neighbou?rhood|area|quarter|suburb)s?\s*)?(?:,[^,;:]{1,80},\s*)?"
    r"(?:(?:has|have|had|also|finally|quickly|now|then|soon|already|all|both|reportedly|effectively|"
    r"completely|fully|too)\s+)*$",
    re.IGNORECASE,
)
_FALL_NOT = re.compile(
    r"\s+(?:silent|quiet|short|apart|victim|ill|asleep|below|behind|back|away|off|prey|foul|onto|upon|"
    r"in\s+(?:on|love)|under|into|over|by|from|"
    r"on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:morning|evening|night|day)|\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))\b"
)


def _fall(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PLACES fell / have fallen / collapsed (no taker named): taken by the opponent of the
    side that held them (``side_holders``); "Sukkari fell on Monday" -> government, inferred."""
    if _FALL_NOT.match(s.text, t.end):
        return  # "fell silent", "shells fell on Sukkari", "fell by 10 percent"
    cands = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not cands or not _FALL_GAP.fullmatch(s.text, s.places[cands[-1]].end, t.start):
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    controller, inferred = _taker_by_side(s, subjects)
    if controller is None:
        return
    qstart = s.places[subjects[0]].start
    # the cue may stand in the clause the district's clause depends on: "could not verify that X had fallen"
    if s.suppressed(max(0, qstart - 40), t.start, t.end):
        return
    for i in subjects:
        out.append(_Event(i, controller, "captured", qstart, t.end, t.text, inferred))


def _active(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """SUBJECT v OBJECTS (capture, loss, hold), or the relative "PLACE, which SUBJECT v"."""
    adjacent = kind == "hold"
    objects = s.objects_after(t.end)
    if not objects:
        _relative(s, t, out, kind)
        return
    last_end = s.places[objects[-1]].end
    if kind == "capture" and _ATTRIBUTIVE.search(s.text[max(0, t.start - 30) : t.start]):
        # "the recently retaken al-Sakhour neighbourhood": a participle, no subject
        controller_, inferred_ = _controller_from_context(s, objects, last_end, t.text)
        if controller_ is not None and not s.suppressed(t.start, t.start, last_end):
            q0, q1 = max(0, t.start), s.quote_end(last_end)
            for i in objects:
                out.append(_Event(i, controller_, "captured", q0, q1, t.text, inferred_))
        return
    subj = s.subject_before(t.start, adjacent=adjacent)
    inferred = False
    qend = s.quote_end(last_end)
    if kind == "loss":
        # "handed over the Sheikh Fares district to government troops": past the place noun
        to_agent = s.agent_after(last_end, _TO) or s.agent_after(qend, _TO)
        by_agent = s.agent_after(last_end, _AGENT_BY) if to_agent is None else None
        winner = to_agent or by_agent
        if winner is not None and winner.party in CONTROLLERS:
            controller: str | None = winner.party
            qend = winner.end
        elif subj is not None and subj.party in CONTROLLERS:
            controller, inferred = s.opponent(subj.party), True
        else:
            controller = None
    elif subj is not None and subj.party in CONTROLLERS:
        controller = subj.party
    elif kind == "capture":
        frm = s.agent_after(last_end, _FROM)
        controller = s.opponent(frm.party) if frm is not None and frm.party in CONTROLLERS else None
        inferred = controller is not None
    else:
        controller = None
    if controller is None and subj is None:
        pronoun = _pronoun_party(s, t.start, last_end)
        if pronoun is not None:
            controller = s.opponent(pronoun) if kind == "loss" else pronoun
            inferred = True
    if controller is None:
        return
    near = subj is not None and t.start - subj.end <= 80
    qstart = s.subject_start(subj) if subj is not None and near else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    event = "held" if kind == "hold" else "captured"
    for i in objects:
        out.append(_Event(i, controller, event, qstart, qend, t.text, inferred))


_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they)\s+(?:(?:had|has|have|also|then|later|now|quickly|subsequently|reportedly|already|finally|"
    r"eventually|soon|swiftly|successfully|still|fully|effectively)\s+)*$",
    re.IGNORECASE,
)
_SPEAKER_BEFORE_PRONOUN = re.compile(
    r"\s+(?:said|says|announced|claimed|stated|reported|added|confirmed)(?:\s+that)?\s+(?:it|they)\s+\S*\s*$|"
    r"\s+(?:said|says|announced|claimed|stated|reported|added|confirmed)(?:\s+that)?\s+(?:it|they)\b",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(r"\s*(?:,\s*)?(?:said|says|announced|reported|claimed|stated|added)\b", re.IGNORECASE)


def _pronoun_party(s: _Sentence, verb_start: int, after: int) -> str | None:
    """The party an "it"/"they" subject right before the verb stands for: the speaker of a
    sentence-final "..., the army said", else the actor of the sentence before
    (``context_party``)."""
    before = s.text[max(0, verb_start - 60) : verb_start]
    if not _PRONOUN_SUBJECT.search(before):
        return None
    # "the army said it controlled X": the speaker right before the pronoun
    speaker = _SPEAKER_BEFORE_PRONOUN.search(before)
    if speaker is not None:
        offset = max(0, verb_start - 60)
        for a in reversed(s.actors):
            if a.end <= offset + speaker.start() and s.text[a.end : offset + speaker.start()].strip() == "":
                if a.party in CONTROLLERS:
                    return a.party
                break
    for a in s.actors:
        if a.start >= after and _SPEAKER_AFTER.match(s.text, a.end) and a.party in CONTROLLERS:
            return a.party
    return s.context_party if s.context_party in CONTROLLERS else None


def actors_in(text: str) -> list[tuple[int, int, str]]:
    """Armed sides named in ``text`` as (start, end, party), left to right, from the one actor
    table (``actors`` of ``data/control_verbs.yaml``): adjacent names are one actor with the
    first one's party ("Kurdish YPG fighters" -> kurdish); a party adjective ("the rebel
    enclave", "rebel-held") counts where no actor name covers it. Party ``none`` marks people
    who are no side (activists, Islamic State); the share grammar of :mod:`newsfigures.claims`
    reads its actors here, so shares and control events agree on who is who."""
    if not text:
        return []
    g = _grammar()
    out: list[tuple[int, int, str]] = []
    for m in g.actor_regex.finditer(text):
        party = g.actor_party.get(_norm_phrase(m.group(0)))
        if party is None:
            continue
        if out and not text[out[-1][1] : m.start()].strip():
            out[-1] = (out[-1][0], m.end(), out[-1][2])
            continue
        out.append((m.start(), m.end(), party))
    for m in g.adjective_regex.finditer(text):
        party = g.adjective_party.get(_norm_phrase(m.group(0)))
        if party and all(m.end() <= a or m.start() >= b for a, b, _ in out):
            out.append((m.start(), m.end(), party))
    return sorted(out)


def lead_party(sentence: str) -> str | None:
    """The party of the first armed actor that is a subject in ``sentence`` (not an object:
    "fighting rebels", "from the army"), the referent of an "it"/"they" in the next sentence."""
    if not sentence:
        return None
    g = _grammar()
    for m in g.actor_regex.finditer(sentence):
        party = g.actor_party.get(_norm_phrase(m.group(0)))
        if party not in CONTROLLERS:
            continue
        if re.match(r"['’]", sentence[m.end() : m.end() + 1]):
            continue
        if g.subject_blocker.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue
        return party
    return None


def _relative(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACE(, the district) which|that SUBJECT (had) v -> the subject's event on PLACE."""
    cands = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not cands:
        return
    i = cands[-1]
    gap = s.text[s.places[i].end : t.start]
    if len(gap) > 100 or ";" in gap:
        return
    rel = None
    for m in _RELATIVE.finditer(gap):
        rel = m
    if rel is None:
        return
    rel_pos = s.places[i].end + rel.end()
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.start < rel_pos or subj.party not in CONTROLLERS:
        return
    if not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", s.text[rel_pos : subj.start]):
        return
    if s.blocked(s.places[i].end, s.places[i].end + rel.start()):
        return
    if s.suppressed(subj.start, t.start, t.end):
        return
    inferred = False
    if kind == "loss":
        controller = s.opponent(subj.party)
        inferred = True
        if controller is None:
            return
    else:
        controller = subj.party
    event = "held" if kind == "hold" else "captured"
    out.append(_Event(i, controller, event, s.places[i].start, t.end, t.text, inferred))


def _passive_capture(s: _Sentence, t: _Trigger, out: list[_Event]) -> bool:
    """PLACES (was|were|has been) v (by AGENT). Returns True when the trigger was passive."""
    form = _norm_phrase(t.text)
    if form not in s.g.participles:
        return False
    aux = _BE_AUX.search(s.text[max(0, t.start - 60) : t.start])
    agent = s.agent_after(t.end, _AGENT_BY)
    objects = s.objects_after(t.end)
    if aux is None and (agent is None or objects):
        return False  # active past tense ("troops captured X")
    subjects = s.places_before(t.start)
    if not subjects:
        return True
    inferred = False
    qend = t.end
    if agent is not None and agent.party in CONTROLLERS:
        controller: str | None = agent.party
        qend = agent.end
    elif agent is not None:
        return True  # by Islamic State, by activists...
    else:
        controller, inferred = _controller_from_context(s, subjects, t.end, t.text)
    if controller is None:
        return True
    if s.suppressed(s.places[subjects[0]].start, t.start, qend):
        return True
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))
    return True


# "The districts captured on Monday include", "Neighbourhoods retaken by the army so far:",
# "Also captured were", "Among the areas liberated today are"
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:\b{_PLACE_NOUN_RE}|\balso)\s+$", re.IGNORECASE
)
_PARTICIPLE_LIST_VERB = re.compile(
    r"[^.;:]{0,50}?\s*(?:\binclude[sd]?\b|\bare\b|\bwere\b|:)\s*", re.IGNORECASE
)


def _participle_list(s: _Sentence, t: _Trigger, out: list[_Event]) -> bool:
    """PLACE-NOUNS PARTICIPLE (by AGENT) ... include|are|were|: PLACES (captured)."""
    if _norm_phrase(t.text) not in s.g.participles:
        return False
    if not _PARTICIPLE_BEFORE.search(s.text[max(0, t.start - 30) : t.start]):
        return False
    m = _PARTICIPLE_LIST_VERB.match(s.text, t.end)
    if m is None:
        return False
    objects = s.objects_after(m.end())
    if not objects:
        return False
    agent = s.agent_after(t.end, _AGENT_BY)
    if agent is not None and agent.start < m.end() and agent.party in CONTROLLERS:
        controller, inferred = agent.party, False
    else:
        controller, inferred = _controller_from_context(s, objects, s.places[objects[-1]].end, t.text)
    if controller is None:
        return True
    qend = s.quote_end(s.places[objects[-1]].end)
    if s.suppressed(t.start, t.start, qend):
        return True
    for i in objects:
        out.append(_Event(i, controller, "captured", t.start, qend, t.text, inferred))
    return True


def _holding_list(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY control|enclave (is now) limited to|comprises|: PLACES (held by the party)."""
    m = s.g.holding_list.match(s.text, t.start)
    party = s.party_of_adjective(m.group("adj")) if m else None
    if party is None:
        return
    objects = s.objects_after(t.end)
    if not objects:
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        out.append(_Event(i, party, "held", t.start, qend, t.text, False))


def _place_then_agent(s: _Sentence, t: _Trigger, out: list[_Event], event: str) -> None:
    """PLACES v AGENT: fall_to (captured) and held_by (held)."""
    agent = s.actor_at(t.end)
    if agent is None or agent.party not in CONTROLLERS:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, agent.end):
        return
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, agent.party, event, qstart, agent.end, t.text, False))


def _place_then_party(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACES change_to|slip_from PARTY control|hands; PLACES under PARTY control / in PARTY hands."""
    if kind in ("under", "hands"):
        m = (s.g.under_control if kind == "under" else s.g.in_hands).match(s.text, t.start)
        party = s.party_of_adjective(m.group("adj")) if m else None
        end = t.end
        inferred = False
        # "came under government control", "is back in government hands": a change of hands
        changed = s.g.change_prefix.search(s.text[max(0, t.start - 30) : t.start])
        event = "captured" if changed else "held"
    else:
        m = re.match(
            rf"\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm|sole)\s+)?(?P<adj>{s.g.adjective_alt})"
            rf"(?:['’]s)?\s+(?:control|rule|authority|hands)\b",
            s.text[t.end :],
            re.IGNORECASE,
        )
        if m:
            party = s.party_of_adjective(m.group("adj"))
            end = t.end + m.end()
        elif kind == "slip_from" and (loser := s.actor_at(t.end)) is not None and loser.party in CONTROLLERS:
            party, end = loser.party, loser.end  # "was wrested from the rebels"
        else:
            return
        inferred = kind == "slip_from"
        if inferred and party is not None:
            party = s.opponent(party)
        event = "captured"
    if party is None:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, end):
        return
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, party, event, qstart, end, t.text, inferred))


def _held_adjective(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY-held PLACES ("rebel-held Sukkari", "the government-held district of Jibreen")."""
    m = s.g.held_adjective.match(s.text, t.start)
    party = s.party_of_adjective(m.group("adj")) if m else None
    if party is None:
        return
    first = next((i for i, p in enumerate(s.places) if p.start >= t.end), None)
    if first is None or not _HELD_ADJ_GAP.fullmatch(s.text, t.end, s.places[first].start):
        # appositive: "Sheikh Maqsoud, a Kurdish-controlled enclave"
        before = [i for i, p in enumerate(s.places) if p.end <= t.start]
        if before and _APPOSITIVE.fullmatch(s.text, s.places[before[-1]].end, t.start):
            i = before[-1]
            s.held_modifier[i] = (party, t.start)
            out.append(_Event(i, party, "held", s.places[i].start, s.quote_end(t.end), t.text, False))
        elif before and _PREDICATE_HELD.fullmatch(s.text, s.places[before[-1]].end, t.start) and \
                _HELD_NOUN_AFTER.match(s.text, t.end):
            # predicate: "Sheikh Saeed and Amiriyah are now the only rebel-held areas left"
            subjects = s.places_before(t.start)
            for i in subjects:
                s.held_modifier[i] = (party, t.start)
                out.append(_Event(i, party, "held", s.places[subjects[0]].start, s.quote_end(t.end), t.text, False))
        elif (
            before
            and _LOCATED_IN.fullmatch(s.text, s.places[before[-1]].end, t.start)
            and (area := _HELD_AREA.match(s.text, t.end)) is not None
        ):
            # location: "Jibreen, a district in the government-held west", "X lies in the rebel-held east"
            i = before[-1]
            s.held_modifier[i] = (party, t.start)
            out.append(_Event(i, party, "held", s.places[i].start, area.end(), t.text, False))
        return
    objects = [first]
    j = first + 1
    while j < len(s.places) and s.list_gap_ok(s.places[j - 1].end, s.places[j].start) and s.follow_ok(j):
        objects.append(j)
        j += 1
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        s.held_modifier[i] = (party, t.start)
        out.append(_Event(i, party, "held", t.start, qend, t.text, False))


def _expel(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """SUBJECT v LOSER out of|from PLACES ("troops drove the rebels out of Sakhour")."""
    if _BE_AUX.search(s.text[max(0, t.start - 40) : t.start]):
        return  # "rebels were driven out of X" is a loss (see the loss verbs)
    m = re.match(r"\s+((?:[\w'’\-]+\s+){1,5}?)(?:out\s+of|from)\b", s.text[t.end :], re.IGNORECASE)
    if not m:
        return
    np_start, np_end = t.end + m.start(1), t.end + m.end(1)
    losers = [a for a in s.actors if np_start <= a.start and a.end <= np_end]
    if not losers:
        return  # "forced civilians out of X" is no change of control
    loser = losers[0]
    objects = s.objects_after(t.end + m.end())
    if not objects:
        return
    subj = s.subject_before(t.start)
    inferred = False
    if subj is not None and subj.party in CONTROLLERS and subj.party != loser.party:
        controller: str | None = subj.party
    else:
        controller, inferred = (s.opponent(loser.party) if loser.party in CONTROLLERS else None), True
    if controller is None:
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    qstart = s.subject_start(subj) if subj is not None and t.start - subj.end <= 80 else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


_PLACE_NOUN_HINT = re.compile(rf"[A-Z][\w'’]*\s+{_PLACE_NOUN_RE}\b|\b{_PLACE_NOUN_RE}\s+(?:of|including|such\s+as)\b|\bincluding\b")
_POSSESSIVE_ACTOR_GAP = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}$")


def _nominal(s: _Sentence, t: _Trigger, out: list[_Event], loss: bool) -> None:
    """(AGENT's) capture|fall|loss of PLACES (by|to AGENT)."""
    objects = s.objects_after(t.end)
    if not objects:
        return
    last_end = s.places[objects[-1]].end
    qend = s.quote_end(last_end)
    if _MODAL_AFTER.match(s.text, qend):
        return  # "the fall of Sakhour would slice the enclave in half"
    by_agent = s.agent_after(last_end, _AGENT_BY)
    to_agent = s.agent_after(last_end, _TO)
    # possessive or supported subject before the nominal
    pre: _Actor | None = None
    for a in sorted(s.actors, key=lambda a: -a.end):
        if a.end > t.start:
            continue
        between = s.text[a.end : t.start]
        if _POSSESSIVE_ACTOR_GAP.match(between):
            pre = a
        elif len(between) <= 50 and s.g.nominal_support.search(between) and re.fullmatch(r"[\w\s'’\-]*", between):
            pre = a
        break
    inferred = False
    controller: str | None = None
    qstart = pre.start if pre is not None else t.start
    winner = to_agent or (by_agent if not loss else None)
    if winner is not None and winner.party in CONTROLLERS:
        controller = winner.party
        qend = winner.end
    elif pre is not None and pre.party in CONTROLLERS:
        if loss:
            controller, inferred = s.opponent(pre.party), True
        elif "fall" not in t.text.lower():
            controller = pre.party
    if controller is None and not loss:
        controller, inferred = _controller_from_context(s, objects, last_end, "")
    if controller is None:
        return
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


# ---------------------------------------------------------------------------------------------
# public entry point


def control_mentions(sentence: str, context_party: str | None = None) -> list[ControlMention]:
    """Control changes (``captured``) and stated control (``held``) of named districts.

    ``sentence`` is one sentence; the offsets of each mention are into it. Returns [] for text
    without a named neighbourhood or without a control statement. ``context_party`` is the
    party an "it"/"they" subject stands for when the sentence does not say (the caller passes
    the actor of the sentence before, see :func:`lead_party`). See the module docstring for
    the rules.
    """
    if not sentence or not isinstance(sentence, str):
        return []
    if not find_places(sentence) and not _PLACE_NOUN_HINT.search(sentence):
        return []  # cheap test first: most sentences name no district
    s = _Sentence(sentence, _grammar(), context_party)
    if not s.places or not s.triggers:
        return []
    events: list[_Event] = []
    # modifiers first: they feed the controller of agentless passives elsewhere in the sentence
    for t in s.triggers:
        if t.kind == "held_adjective":
            _held_adjective(s, t, events)
    for t in s.triggers:
        kind = t.kind
        if kind == "capture":
            if _participle_list(s, t, events):
                continue
            if not _passive_capture(s, t, events):
                _active(s, t, events, "capture")
        elif kind == "holding_list":
            _holding_list(s, t, events)
        elif kind in ("loss", "hold"):
            _active(s, t, events, kind)
        elif kind == "fall_to":
            _place_then_agent(s, t, events, "captured")
        elif kind == "held_by":
            _place_then_agent(s, t, events, "held")
        elif kind in ("change_to", "slip_from", "under", "hands"):
            _place_then_party(s, t, events, kind)
        elif kind == "expel":
            _expel(s, t, events)
        elif kind == "nominal_capture":
            _nominal(s, t, events, loss=False)
        elif kind == "nominal_loss":
            _nominal(s, t, events, loss=True)
        elif kind == "fall":
            _fall(s, t, events)
    captured_places = {e.place for e in events if e.event == "captured"}
    out: list[ControlMention] = []
    seen: set[tuple[str, str, str, int]] = set()
    for e in sorted(events, key=lambda e: (s.places[e.place].start, e.qstart)):
        if e.event == "held" and e.place in captured_places:
            continue
        p = s.places[e.place]
        key = (p.neighbourhood.name, e.controller, e.event, e.place)
        if key in seen:
            continue
        seen.add(key)
        qstart, qend = min(e.qstart, p.start), max(e.qend, p.end)
        out.append(
            ControlMention(
                neighbourhood=p.neighbourhood.name,
                controller=e.controller,
                event=e.event,
                surface=p.surface,
                quote=sentence[qstart:qend],
                start=qstart,
                end=qend,
                trigger=e.trigger,
                inferred=e.inferred,
                in_gazetteer=p.neighbourhood.known,
            )
        )
    return out
