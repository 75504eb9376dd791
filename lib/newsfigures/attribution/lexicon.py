"""The source lexicon (``data/sources.yaml``): sources and their aliases, organisation and role
words, speech verbs and cues, compiled once; and the folding of text (accents, apostrophes,
transliterations) that lets one alias match its spellings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence


from ..lexicon import alternation, data_text, parse_yaml
from ..regexstore import compile as compile_regex


SOURCE_TYPES = frozenset(
    {
        "monitor",
        "government",
        "military",
        "state_media",
        "opposition",
        "kurdish",
        "un",
        "aid",
        "medical",
        "activists",
        "resident",
        "media",
        "foreign_government",
        "think_tank",
    }
)


@dataclass(frozen=True)
class Source:
    """A source a statement is attributed to.

    ``name`` is the canonical name from ``data/sources.yaml`` (or, for a person or organisation
    the table does not know, the name as written); ``surface`` is the text as it stands in the
    sentence, ``sentence[start:end] == surface`` (empty, at 0, for the voice of the article's
    publisher).  ``speaker`` is the person who spoke for the source, as first named in the
    article ("Jane Doe" of "Jane Doe, the ICRC's regional director, said" -> ICRC; "He said"
    carries the name of the person it refers to), or the role phrase of an unnamed person ("a
    Syrian general"); empty when an organisation speaks as such.
    """

    name: str
    source_type: str
    party_to_conflict: bool
    surface: str
    start: int
    end: int
    speaker: str = ""
    scope: tuple[int, int] | None = None  # the part of the sentence it covers; None: all of it
    rest: "Source | None" = field(default=None, repr=False)  # the next speaker, past ``scope``

    def covers(self, offset: int) -> bool:
        """Whether a figure at ``offset`` in the sentence is within this attribution."""
        return self.scope is None or self.scope[0] <= offset < self.scope[1]

    def at(self, offset: int, outside: "Source | None" = None) -> "Source | None":
        """The source of a figure at ``offset`` in the sentence: this one where it covers the
        figure, else the sentence's next speaker past it ("The army said it took 3 districts,
        while the rebels said they lost 2"), else ``outside`` (the publisher's voice or none)."""
        if self.covers(offset):
            return self
        if self.rest is not None and self.rest.covers(offset) and (self.scope is None or offset >= self.scope[1]):
            return self.rest
        return outside


_CHAR_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}


def _fold(text: str) -> tuple[str, Sequence[int]]:
    """Strip diacritics and unify quotes/dashes.

    Returns the folded text and, for each folded character, the index of the character of
    ``text`` it came from (plus a final entry ``len(text)``).
    """
    if text.isascii():
        return text, range(len(text) + 1)
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        if ch < "\x80":
            out.append(ch)
            offs.append(i)
            continue
        mapped = _CHAR_MAP.get(ch)
        if mapped is None:
            decomposed = unicodedata.normalize("NFKD", ch)
            mapped = "".join(c for c in decomposed if not unicodedata.combining(c))
        for c in mapped:
            out.append(c)
            offs.append(i)
    offs.append(len(text))
    return "".join(out), tuple(offs)


_TOKEN_RE = compile_regex(r"(?:[A-Za-z]\.){2,}|[^\W_]+")
_JOIN_RE = compile_regex(r"(?:'s?)?[\s\-'.]{0,3}\Z")
_PARTICLES = frozenset(
    "al el ad ar as ash at az ud ul il ed er es et ez bin ibn bint".split()
)


_ABD_RE = compile_regex(r"abd(?:[aeiou](?:l|r(?=r))?)?")
_VOWELS_RE = compile_regex(r"[aeiouy]+")
_DOUBLE_RE = compile_regex(r"(.)\1+")


class _Tok(NamedTuple):
    start: int
    end: int
    raw: str  # folded text of the token, dots of abbreviations removed
    norm: str  # lower case, spelling-normalised


def _tokens(folded: str, spelling: dict[str, str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(folded):
        raw = m.group().replace(".", "")
        s = m.start()
        # possessive 's is not a word of its own
        if raw in ("s", "S") and s > 0 and folded[s - 1] == "'":
            continue
        low = raw.lower()
        toks.append(_Tok(s, m.end(), raw, spelling.get(low, low)))
    return toks


def _skeleton(words: Iterable[str]) -> str:
    return _skeleton_of(tuple(words))


@lru_cache(maxsize=8192)
def _skeleton_of(words: tuple[str, ...]) -> str:
    """Transliteration-tolerant key of a proper name.

    Arabic articles are dropped, ``Abd-al/ul/ur/el`` collapse, ``h`` goes, vowel runs become
    ``a`` and doubled letters single: Abdurrahman, Abdulrahman, Abdul Rahman and Abdel Rahman
    all give ``abdraman``.
    """
    s = "".join(w for w in words if w not in _PARTICLES)
    s = _ABD_RE.sub("abd", s)
    s = s.replace("h", "").replace("q", "k").replace("ck", "k")
    s = _VOWELS_RE.sub("a", s)
    s = _DOUBLE_RE.sub(r"\1", s)
    return s


@dataclass(frozen=True)
class _Entry:
    name: str
    source_type: str
    party: bool
    generic: bool


@dataclass(frozen=True)
class _Ref:
    personal: bool
    plural: bool
    prefer: tuple[str, ...]
    default: str | None
    lookahead: bool
    names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Target:
    """What a matched phrase stands for."""

    kind: str  # alias | name | person | place | ref
    entry: _Entry | None
    ref: _Ref | None
    cased: tuple[bool, ...]  # per word: must be written in capitals in running text


@dataclass(frozen=True)
class _Role:
    all_words: tuple[str, ...]
    any_words: tuple[str, ...]
    source_type: str | None
    source: str | None
    generic: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Lexicon:
    entries: dict[str, _Entry]
    keys: dict[tuple[str, ...], tuple[_Target, ...]]
    prefixes: frozenset[tuple[str, ...]]
    skeletons: dict[str, _Target]
    max_n: int
    spelling: dict[str, str]
    roles: tuple[_Role, ...]
    role_nouns: frozenset[str]
    titles: frozenset[str]
    title_adjectives: frozenset[str]
    collective_roles: frozenset[str]
    place_apposition: re.Pattern[str]
    district_names: frozenset[str]  # the gazetteer's names and spellings, lower-case: no person's name
    not_names: frozenset[str]
    starters: frozenset[str]
    org_words: tuple[tuple[str, frozenset[str]], ...]
    org_heads: frozenset[str]
    outside_roles_re: re.Pattern[str]
    government_heads: frozenset[str]
    demonyms: dict[str, str | None]  # foreign country adjective -> its government's entry name (or None)
    armed_words: frozenset[str]
    default_person_type: str
    default_org_type: str
    verbs: frozenset[str]
    put_re: re.Pattern[str]
    filler_tail: re.Pattern[str]
    filler_head: re.Pattern[str]
    tail_re: re.Pattern[str]
    prep_before: re.Pattern[str]
    role_before_prep: re.Pattern[str]
    role_np_end: re.Pattern[str]
    role_np_start: re.Pattern[str]
    role_lead: re.Pattern[str]
    according_re: re.Pattern[str]
    according_skip: re.Pattern[str]
    agent_re: re.Pattern[str]
    figures_from_re: re.Pattern[str]
    possessive_fig_re: re.Pattern[str]
    cite_re: re.Pattern[str]
    relay_re: re.Pattern[str]
    carrier_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    statement_before: re.Pattern[str]
    statement_cue: re.Pattern[str]
    name_end: re.Pattern[str]
    name_start: re.Pattern[str]
    name_any: re.Pattern[str]


def _words(block: str | list[str] | None) -> list[str]:
    if block is None:
        return []
    if isinstance(block, list):
        return [str(w).lower() for w in block]
    return str(block).lower().split()


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words/phrases, longest first, spaces matching any whitespace."""
    return alternation(words, alphabetical=False)


_NAME_PART = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|bint|de|da|di|du|del|della|van|von|der|den|le|la)"
_CAPW = r"(?:[A-Z]'|Mc|Mac)?[A-Z][a-z]+(?:'[a-z]+)?(?:-[A-Za-z][a-z]+)*(?![A-Za-z])"  # "WhatsApp" is no name "Whats"
_NTOK = rf"(?:{_NAME_PART}[\-\s])?{_CAPW}"
_NAME = rf"{_NTOK}(?:\s+{_NTOK}){{0,5}}"


def _key_of(
    phrase: str, spelling: dict[str, str]
) -> tuple[tuple[str, ...], tuple[bool, ...], tuple[str, ...]]:
    folded, _ = _fold(phrase)
    toks = _tokens(folded, spelling)
    key = tuple(t.norm for t in toks)
    cased = tuple(len(t.raw) >= 2 and t.raw.isupper() for t in toks)
    return key, cased, tuple(t.raw for t in toks)


@lru_cache(maxsize=1)
def _district_names() -> frozenset[str]:
    """Names and variant spellings of ``data/neighbourhoods.csv`` (the gazetteer's file)."""
    import csv
    import io

    rows = csv.DictReader(io.StringIO(data_text("neighbourhoods.csv")))
    return frozenset(v.strip().lower() for r in rows for v in [r["name"], *(r.get("variants") or "").split("|")] if v.strip())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load and compile ``data/sources.yaml`` (once)."""
    raw = parse_yaml(
        data_text("sources.yaml")
    )
    gram = raw["grammar"]
    spelling = {str(k).lower(): str(v).lower() for k, v in (gram.get("spelling") or {}).items()}

    entries: dict[str, _Entry] = {}
    keys: dict[tuple[str, ...], list[_Target]] = {}
    skeletons: dict[str, _Target] = {}

    def add(phrase: str, kind: str, entry: _Entry | None, ref: _Ref | None) -> None:
        key, cased, raws = _key_of(phrase, spelling)
        if not key:
            return
        target = _Target(kind, entry, ref, cased)
        bucket = keys.setdefault(key, [])
        if all(t.entry != entry or t.ref != ref or t.cased != cased for t in bucket):
            bucket.append(target)
        if kind in ("name", "person"):
            sk = _skeleton(k for k in key)
            if len(sk) >= 5 and sk not in skeletons:
                skeletons[sk] = target

    for item in raw["sources"]:
        stype = item["type"]
        if stype not in SOURCE_TYPES:  # pragma: no cover - data error
            raise ValueError(f"unknown source type {stype!r} for {item['name']!r}")
        entry = _Entry(item["name"], stype, bool(item.get("party", False)), bool(item.get("generic", False)))
        entries[entry.name] = entry
        add(entry.name, "alias", entry, None)
        for a in item.get("aliases") or []:
            add(str(a), "alias", entry, None)
        for a in item.get("names") or []:
            add(str(a), "name", entry, None)
        for a in item.get("persons") or []:
            add(str(a), "person", entry, None)
        for a in item.get("places") or []:
            add(str(a), "place", entry, None)

    for item in raw["references"]:
        ref = _Ref(
            personal=bool(item.get("personal", False)),
            plural=bool(item.get("plural", False)),
            prefer=tuple(item.get("prefer") or ()),
            default=item.get("default"),
            lookahead=bool(item.get("lookahead", False)),
            names=frozenset(item.get("names") or ()),
        )
        for t in item["text"]:
            add(str(t), "ref", None, ref)

    roles = []
    for r in gram["roles"]:
        all_w = tuple(_words(r.get("all")))
        any_w = tuple(_words(r.get("any")))
        pat = compile_regex(r"\b(?:%s)\b" % _alt(any_w)) if any_w else compile_regex(r"(?!)")
        roles.append(_Role(all_w, any_w, r.get("type"), r.get("source"), r.get("generic"), pat))

    role_nouns = frozenset(_words(gram["role_nouns"]))
    preps = _words(gram["prepositions"])
    filler = _words(gram["filler"])
    phrases = "|".join(f"(?:{p})" for p in gram.get("filler_phrases") or [])
    filler_alt = _alt(filler) + (f"|{phrases}" if phrases else "")
    verbs = _words(gram["verbs"])
    figure_nouns = _words(gram["figure_nouns"])
    statement_nouns = frozenset(_words(gram["statement_nouns"]))
    agent_verbs = _words(gram["agent_verbs"])
    carrier_verbs = frozenset(_words(gram["carrier_verbs"]))
    relay_verbs = _words(gram["relay_verbs"])
    roles_alt = _alt(role_nouns)
    prep_alt = _alt(preps)
    prep_before_alt = _alt(p for p in preps if p != "based")
    word = r"[\w\-'.]+"

    org_words = tuple(
        (stype, frozenset(_words(ws))) for stype, ws in (gram.get("org_words") or {}).items()
    )
    return _Lexicon(
        entries=entries,
        keys={k: tuple(v) for k, v in keys.items()},
        prefixes=frozenset(k[:j] for k in keys for j in range(1, len(k))),
        skeletons=skeletons,
        max_n=max(len(k) for k in keys),
        spelling=spelling,
        roles=tuple(roles),
        role_nouns=role_nouns,
        titles=frozenset(_words(gram["titles"])),
        title_adjectives=frozenset(_words(gram["title_adjectives"])),
        collective_roles=frozenset(_words(gram["collective_roles"])),
        district_names=_district_names(),
        place_apposition=compile_regex(r"(?:a|an|the)\s+(?:[\w\-']+\s+){0,3}?(?:%s)\b" % _alt(_words(gram["place_nouns"])), re.I),
        not_names=frozenset(_words(gram["not_names"])),
        starters=frozenset(_words(gram["apposition_starters"])) | {"citing", "quoting"},
        org_words=org_words,
        org_heads=frozenset(_words(gram["org_heads"])),
        outside_roles_re=compile_regex(
            r"(?:'s?)?\s+(?:[\w\-]+\s+){0,2}?(?:%s)\b" % _alt(_words(gram["outside_roles"])), re.I
        ),
        government_heads=frozenset(_words(gram["government_heads"])),
        demonyms={str(k).lower(): (str(v) if v else None) for k, v in (gram.get("demonyms") or {}).items()},
        armed_words=frozenset(_words(gram["armed_words"])),
        default_person_type=gram.get("default_person_type", "resident"),
        default_org_type=gram.get("default_org_type", "aid"),
        verbs=frozenset(verbs),
        put_re=compile_regex(
            r"\bput(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?:[\w\-]+(?:'s?)?\s+){0,2}?(?:%s)\b"
            % _alt(_words(gram["put_nouns"])),
            re.I,
        ),
        filler_tail=compile_regex(
            r"(?:(?:\b(?:%s)\b|\d+(?:st|nd|rd|th)?|[\s.()\"'])+)\Z" % filler_alt, re.I
        ),
        filler_head=compile_regex(
            r"(?:(?:\b(?:%s)\b|\d+(?:st|nd|rd|th)?|[\s.,()])+)" % filler_alt, re.I
        ),
        tail_re=compile_regex(
            r"\)?(?:\s*\([^()]{1,25}\)?)?(?:'s?)?"
            r"(?:\s+(?:[\w\-]+\s+)?(?:%s)){0,2}"
            r"(?:\s+(?:[\w\-]+\s+){0,3}?(?:%s))?"
            r"(?:\s+(?:reached|contacted|interviewed|quoted|cited|questioned|surveyed|speaking|"
            r"writing|posting)(?:\s+(?:by|on|via|in|from|at|over)\s+(?:%s\s+){0,4}?%s)?)?"
            r"(?:\s+(?:%s)\s+(?:%s\s+){0,5}?%s)?\s*\Z"
            % (_alt(_words(gram["tail_nouns"])), roles_alt, word, word, prep_alt, word, word),
            re.I,
        ),
        prep_before=compile_regex(
            r"\b(%s|by|to|against|into|toward|towards|about|over|under|between|through|via|"
            r"during|like|including)\s+(?:(?:the|a|an)\s+)?\Z" % prep_before_alt,
            re.I,
        ),
        role_before_prep=compile_regex(
            r"\b(?:%s)\s+(?:%s)\s+(?:(?:the|a|an)\s+)?\Z" % (roles_alt, prep_alt), re.I
        ),
        role_np_end=compile_regex(
            r"\b(?:a|an|one|another|the|two|three|several|some|many|other|senior|local)\s+"
            r"(?:[\w\-'.]+\s+){0,4}?(?:%s)"
            r"(?:\s+(?:%s)\s+(?:%s\s+){0,5}?%s)?\s*\Z" % (roles_alt, prep_alt, word, word),
            re.I,
        ),
        role_np_start=compile_regex(
            r"(?:a|an|one|another|the|two|three|several|some|many|other)\s+"
            r"(?:[\w\-'.]+\s+){0,4}?(?:%s)\b"
            r"(?:\s+(?:%s)\s+(?:(?:the|a|an)\s+)?)?" % (roles_alt, prep_alt),
            re.I,
        ),
        role_lead=compile_regex(
            r"(?:\b(?:a|an|the|one|another)\s+)?(?:[\w\-'.]+\s+){0,3}?\b(%s)\s+(?:for|of|with|at|from)\s+"
            r"(?:(?:the|a|an)\s+)?\Z" % roles_alt,
            re.I,
        ),
        according_re=compile_regex(r"\baccording\s+to\s+", re.I),
        according_skip=compile_regex(
            r"(?:(?:the|a|an|its|their)\s+)?(?:(?:latest|new|updated|official|preliminary|"
            r"final|initial|daily|recent|own|provisional)\s+)*(?:(?:death|casualty|civilian)\s+)?"
            r"(?:(?:%s)\s+)(?:(?:compiled|released|issued|published|provided|given|gathered|"
            r"collected)\s+)?(?:from|by|of)\s+" % _alt(figure_nouns),
            re.I,
        ),
        agent_re=compile_regex(
            r"\b(%s)\s+(?:(?:on|late|early|last|also|jointly|publicly|separately|earlier|later)\s+)?"
            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|today\s+|yesterday\s+|overnight\s+|"
            r"night\s+|earlier\s+)?by\s+" % _alt(set(agent_verbs) | carrier_verbs),
            re.I,
        ),
        figures_from_re=compile_regex(
            r"\b(?:%s)\s+(?:(?:compiled|released|issued|published|provided|given|gathered|"
            r"collected)\s+)?(?:from|by)\s+" % _alt(figure_nouns),
            re.I,
        ),
        possessive_fig_re=compile_regex(
            r"(?:'s?|(?=\s+(?:figures|data|statistics|tally|count|estimates|numbers|toll)\b))"
            r"\s+(?:(?:own|latest|new|updated|official|daily|preliminary|final|initial|"
            r"recent|death|casualty|civilian|provisional)\s+){0,3}(?:%s)\b" % _alt(figure_nouns),
            re.I,
        ),
        cite_re=compile_regex(r"\b(?:citing|quoting)\s+", re.I),
        relay_re=compile_regex(
            r"\b(?:%s)\s+(?:(?:to|with|by)\s+)?(?:(?:the|a|an)\s+)?\Z|\(\s*\Z|\bin\s+an?\s+"
            r"(?:\w+\s+)?interview\s+with\s+(?:(?:the|a|an)\s+)?\Z|\bremarks\s+to\s+(?:the\s+)?\Z"
            % _alt(relay_verbs),
            re.I,
        ),
        carrier_verbs=carrier_verbs,
        statement_nouns=statement_nouns,
        statement_before=compile_regex(
            r"\b(?:%s)\b(?:\s+[\w\-']+){0,4}\s*\Z" % _alt(statement_nouns), re.I
        ),
        statement_cue=compile_regex(
            r"\b(?:according\s+to|in)\s+an?\s+(?:\w+\s+)?(?:%s)\b" % _alt(statement_nouns), re.I
        ),
        name_end=compile_regex(rf"(?<![\w\-']){_NAME}\Z"),
        name_start=compile_regex(rf"(?:[a-z][\w\-]*\s+){{0,3}}?({_NAME})"),
        name_any=compile_regex(rf"(?<![\w\-']){_NAME}"),
    )
