"""Number phrases in news text -> :class:`Quantity` (low, high, qualifier, kind, unit, span).

This module knows how numbers are *written*; it knows nothing of what they count. It finds
every number phrase in a text, left to right and without overlaps, and says

* its value as a ``low``-``high`` pair (``31,000`` -> 31000-31000; ``tens of thousands`` ->
  20000-99999; ``a third`` -> 33.33 percent; ``6,000 to 10,000`` -> 6000-10000),
* its ``qualifier`` (``exact``, ``at_least``, ``more_than``, ``at_most``, ``approximate``,
  ``range``) from the words around it ("more than", "up to", "or more", ...),
* its ``kind``: the figures a caller may keep (``count``, ``percent``, ``area``, ``vague``) and
  the numbers it must drop (``duration``, ``date``, ``year``, ``age``, ``distance``,
  ``ordinal``, ``document``, ``time``, ``money``, ``score``, ``other``),
* its ``unit`` when a unit word follows (``percent``, ``km2``, ``sq_mi``, ``hectares``, ...),
* and the exact text span, with and without the qualifier words.

The conventions (vague magnitudes, fractions, qualifier words) are those of
``data/gold/README.md``; the words themselves live in ``data/numbers.yaml``.

The grammar is a handful of regular expressions compiled once from the lexicon. Plain cardinal
words are converted with ``text2num`` (only on candidate spans); vague magnitudes, fractions and
ranges use our own grammar because ``alpha2digit`` mangles them.

>>> [(q.text, q.low, q.high, q.qualifier, q.kind) for q in find_quantities(
...     "More than 31,000 people fled; rebels hold less than a third of the east.")]
[('More than 31,000', 31000.0, 31000.0, 'more_than', 'count'), ('less than a third', 33.33, 33.33, 'at_most', 'percent')]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

import yaml
from text_to_num import text2num

__all__ = [
    "FIGURE_KINDS",
    "KINDS",
    "QUALIFIERS",
    "Quantity",
    "find_quantities",
    "is_figure_kind",
    "parse_number",
]

#: Kinds that can be figures (numbers that count people, territory or things).
FIGURE_KINDS: frozenset[str] = frozenset({"count", "percent", "area", "vague"})
#: Every kind :func:`find_quantities` can give.
KINDS: tuple[str, ...] = (
    "count", "percent", "area", "vague", "duration", "date", "year", "age", "distance",
    "ordinal", "document", "time", "money", "score", "other",
)
#: Every qualifier :func:`find_quantities` can give.
QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "at_most", "approximate", "range",
)


@dataclass(frozen=True)
class Quantity:
    """One number phrase found in a text.

    ``text == source[start:end]`` (number with its qualifier words and unit) and
    ``source[value_start:value_end]`` is the number part alone.
    """

    low: float
    high: float
    qualifier: str
    kind: str
    unit: str
    text: str
    start: int
    end: int
    value_start: int
    value_end: int

    @property
    def is_figure(self) -> bool:
        """True when the kind can be a figure (count, percent, area, vague)."""
        return is_figure_kind(self.kind)


def is_figure_kind(kind: str) -> bool:
    """True for the kinds that can be figures: count, percent, area, vague."""
    return kind in FIGURE_KINDS


# --------------------------------------------------------------------------------------------
# Regex building blocks
# --------------------------------------------------------------------------------------------

#: Whitespace between two words of a phrase: any run of spaces (non-breaking too), with at
#: most one line break (a paragraph break ends a phrase).
_SP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_SP0 = rf"(?:{_SP})?"
_HY = r"[-\u2010\u2011]"
#: Between the words of a compound: a space or a hyphen ("three quarters", "three-quarters").
_SEP = rf"(?:{_SP}|{_HY})"
#: No word character follows.
_NB = r"(?![^\W_])"
#: What may not stand right before a number: a letter or digit (G20), a hyphen (F-16,
#: sub-zero), an apostrophe, or the separators of a longer number or a date (1.5, 12/13).
_BEFORE = r"(?<![\w'’\-\u2010\u2011.,/])"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
    r"|\d+)(?:\.\d+)?"
)
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3})")
_HALF_IN_NUMBER = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)


def _alt(phrases: Iterable[str], sep: str = _SP, boundary: bool = True) -> str:
    """An alternation of literal phrases, longest first; words joined by ``sep``."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        rx = sep.join(re.escape(word) for word in phrase.split(" "))
        if boundary and phrase[-1].isalnum():
            rx += _NB
        if phrase[0].isalnum():
            rx = r"(?<![^\W\d_])" + rx  # no letter right before (a digit may be: "10km")
        parts.append(rx)
    return "(?:" + "|".join(parts) + ")"


def _norm(s: str) -> str:
    """Lower-case, hyphens unified, whitespace runs -> one space."""
    return " ".join(s.lower().replace("\u2010", "-").replace("\u2011", "-").split())


def _fmt(value: Decimal | float) -> float:
    """A plain float, integral when possible (no -0.0, no 1200000.0000001)."""
    f = float(value)
    if not math.isfinite(f):
        return f
    return float(round(f)) if abs(f - round(f)) < 1e-9 else f


# --------------------------------------------------------------------------------------------
# The grammar, compiled once from the lexicon
# --------------------------------------------------------------------------------------------

_RANGE_FIRST = {"r_to": "to_a", "r_between": "bw_a", "r_or": "or_a", "r_dash": "da"}
_RANGE_PARTS = {"r_to": ("to_a", "to_b"), "r_between": ("bw_a", "bw_b"),
                "r_or": ("or_a", "or_b"), "r_dash": ("da", "db")}


class _Grammar:
    """Compiled patterns and lookup tables built from ``data/numbers.yaml`` (read-only)."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        self.cardinals: dict[str, int] = {**lex["cardinals"], **lex["tens"]}
        self.scales: dict[str, int] = dict(lex["scales"])
        self.scale_abbr: dict[str, int] = dict(lex["scale_abbreviations"])
        self.dozen: int = int(lex["dozen"])
        self.ordinals: dict[str, int] = dict(lex["ordinals"])
        self.frac_singular: dict[str, int] = dict(lex["fraction_singular"])
        self.frac_plural: dict[str, int] = dict(lex["fraction_plural"])
        self.vague: dict[str, tuple[float, float]] = {
            _norm(v["phrase"]): (float(v["low"]), float(v["high"])) for v in lex["vague"]
        }
        self.qualifiers: dict[str, str] = {
            _norm(p): q for q, phrases in lex["qualifiers"].items() for p in phrases
        }
        self.symbol_qualifiers: dict[str, str] = dict(lex["symbol_qualifiers"])
        self.suffix_qualifiers: dict[str, str] = {
            _norm(p): q for p, q in lex["suffix_qualifiers"].items()
        }
        self.duration_units: dict[str, str] = {
            _norm(k): v for k, v in lex["duration_units"].items()
        }
        self.currency_before: dict[str, str] = {
            _norm(k): v for k, v in lex["currency_before"].items()
        }
        self.currency_after: dict[str, str] = {
            _norm(k): v for k, v in lex["currency_after"].items()
        }
        self.non_count_compounds: frozenset[str] = frozenset(
            _norm(w) for w in lex["non_count_compounds"]
        )
        self._compile(lex)

    # -- compilation ------------------------------------------------------------------------

    def _compile(self, lex: Mapping[str, Any]) -> None:
        flags = re.IGNORECASE
        cardinals = lex["cardinals"]
        unit19 = _alt(cardinals)
        unit1_9 = _alt(w for w, v in cardinals.items() if 1 <= v <= 9)
        tens = _alt(lex["tens"])
        small = rf"(?:{tens}(?:{_SEP}{unit1_9})?|{unit19})"
        scalew = _alt(lex["scales"])
        abbr = _alt(lex["scale_abbreviations"], boundary=False).replace(
            r"(?<![^\W\d_])", "") + r"(?![\w\-\u2010\u2011])"
        wordnum = (
            rf"(?:{small}|a(?={_SP}{scalew}))"
            rf"(?:{_SP}{scalew}(?:{_SP}(?:and{_SP})?{small})?)*"
        )
        halfsuf = rf"{_SP}and{_SP}a{_SP}half{_NB}"
        num = (
            rf"(?:{_DIGITS}(?:{abbr}|(?:{halfsuf})?(?:{_SP}{scalew})*)"
            rf"|{wordnum}(?:{halfsuf})?(?:{_SP}{scalew})*)"
        )
        pct = _alt(lex["percent_words"])
        quals = _alt(self.qualifiers)
        qin = rf"(?:{quals}{_SP})?"
        months = _alt(lex["months"]) + "|" + "|".join(
            rf"(?<![^\W_]){re.escape(a)}(?:\.|{_NB})" for a in lex["month_abbreviations"]
        )
        months = rf"(?-i:(?:{months}))"

        vague_parts = []
        for v in sorted(lex["vague"], key=lambda v: -len(v["phrase"])):
            rx = _SP.join(re.escape(w) for w in v["phrase"].split(" ")) + _NB
            if v.get("followed_by"):
                rx += rf"(?={_SP}{_alt(v['followed_by'])})"
            vague_parts.append(rx)
        vague = "(?:" + "|".join(vague_parts) + ")"

        r_to = (rf"(?P<r_to>(?:from{_SP}{qin})?(?P<to_a>{num})(?:{_SP0}{pct})?"
                rf"{_SP}to{_SP}{qin}(?P<to_b>{num}))")
        r_between = (rf"(?P<r_between>between{_SP}(?:(?P<bw_ages>the{_SP}ages?{_SP}of){_SP})?"
                     rf"{qin}(?P<bw_a>{num})(?:{_SP0}{pct})?"
                     rf"{_SP}and{_SP}{qin}(?P<bw_b>{num}))")
        r_or = rf"(?P<r_or>(?P<or_a>{num}){_SP}or{_SP}(?P<or_b>{num}))"
        r_dash = (rf"(?P<r_dash>(?P<da>{_DIGITS}(?:{_SP}{scalew})*)"
                  rf"(?:{_HY}|{_SP0}\u2013{_SP0})"
                  rf"(?P<db>{_DIGITS}(?:{abbr}|(?:{_SP}{scalew})*)))")
        numdate = (r"(?P<numdate>\d{4}-\d{1,2}-\d{1,2}(?!\d)"
                   r"|\d{1,2}(?P<nd_sep>[/.])\d{1,2}(?P=nd_sep)\d{2,4}(?!\d))")
        clock = (rf"(?P<clock>\d{{1,2}}(?:[:.]\d{{2}})?{_SP0}(?:a\.m\.|p\.m\.|am{_NB}|pm{_NB})"
                 r"|\d{1,2}:\d{2}(?!\d))")
        dozen = rf"(?P<dozen>(?:a|half{_SP}a|{small}|\d+){_SP}dozen{_NB})"
        frac_pl = (rf"(?P<frac_pl>(?P<fp_num>{small}|\d+){_SEP}"
                   rf"(?P<fp_den>{_alt(lex['fraction_plural'])}))")
        frac_sg = (rf"(?P<frac_sg>(?P<fs_num>an|a|one)(?P<fs_sep>{_SEP})"
                   rf"(?P<fs_den>{_alt(lex['fraction_singular'])}))")
        half = r"(?P<half>half(?![\w\-\u2010\u2011]))"
        ord_d = r"(?P<ord_d>\d+(?:st|nd|rd|th)(?![^\W_]))"
        ord_w = rf"(?P<ord_w>(?:{tens}{_HY})?{_alt(lex['ordinals'])})"

        singles = [rf"(?P<vague>{vague})", dozen, frac_pl, frac_sg, half, ord_d, ord_w,
                   rf"(?P<num>{num})"]
        self.core = re.compile(
            _BEFORE + "(?:" + "|".join([numdate, clock, r_between, r_to, r_or, r_dash,
                                         *singles]) + ")", flags)
        self.single = re.compile(_BEFORE + "(?:" + "|".join([numdate, clock, *singles]) + ")",
                                 flags)
        self.number_only = re.compile(rf"(?:{num}|{dozen})", flags)

        # Left context: each is searched in a short window ending where the number starts.
        self.qual_tail = re.compile(rf"(?<![\w'’])(?P<q>{quals}){_SP}\Z", flags)
        symbols = "|".join(re.escape(k) for k in sorted(self.symbol_qualifiers, key=len,
                                                         reverse=True))
        self.symbol_tail = re.compile(rf"(?<![^\W\d_])(?P<q>{symbols})[^\S\n]?\Z")
        self.over_verb = re.compile(rf"{_alt(lex['over_phrasal_verbs'])}{_SP}\Z", flags)
        self.month_before = re.compile(rf"{months}(?:{_SP}the)?{_SP}\Z", flags)
        self.age_before = re.compile(rf"{_alt(lex['age_before'])}{_SP}\Z", flags)
        self.document_before = re.compile(
            rf"(?-i:{_alt(lex['document_before'])}){_SP0}\Z", flags)
        self.name_before = re.compile(rf"(?-i:{_alt(lex['name_before'])}){_SP}\Z", flags)
        self.currency_before_re = re.compile(
            rf"(?P<c>{_alt(lex['currency_before'])}){_SP0}\Z", flags)
        self.change_before = re.compile(
            rf"{_alt(lex['change_verbs'])}(?:{_SP}by)?(?:{_SP}{quals})?{_SP}\Z", flags)
        self.change_level_ratio = float(lex["change_level_ratio"])
        self.half_not_before = re.compile(
            rf"{_alt(lex['half_not_fraction_before'] + ['a', 'an'])}{_SP}\Z", flags)

        # Right context: each is matched where the number (or its unit) ends.
        self.percent_after = re.compile(rf"(?:{_SP0}|{_HY}){pct}", flags)
        self.area_after = re.compile(rf"(?:{_SP0}|{_HY})(?:" + "|".join(
            rf"(?P<a_{unit}>{_alt(spellings, sep=_SEP)})"
            for unit, spellings in lex["area_units"].items()) + ")", flags)
        self.distance_after = re.compile(rf"(?:{_SP0}|{_HY})(?:" + "|".join(
            rf"(?P<d_{unit}>{_alt(spellings, sep=_SEP)})"
            for unit, spellings in lex["distance_units"].items()) + ")", flags)
        self.age_after = re.compile(
            rf"{_SEP}(?P<au>years?|months?|weeks?|days?){_SEP}olds?{_NB}", flags)
        self.duration_after = re.compile(
            rf"(?:{_SP0}|{_HY})(?P<du>{_alt(lex['duration_units'])})(?:{_SEP}long{_NB})?",
            flags)
        self.of_duration_after = re.compile(
            rf"{_SP}of{_SP}(?P<du>{_alt(lex['duration_units'])})", flags)
        self.of_money_after = re.compile(
            rf"{_SP}of{_SP}(?P<c>{_alt(lex['currency_after'])})", flags)
        self.clock_after = re.compile(rf"{_SP0}{_alt(lex['clock_suffixes'])}", flags)
        self.temperature_after = re.compile(
            rf"{_SP0}(?:{_alt(lex['temperature_units'])})"
            rf"(?:{_SP}{_alt(lex['temperature_scales'])})?", flags)
        self.currency_after_re = re.compile(rf"{_SP}(?P<c>{_alt(lex['currency_after'])})",
                                            flags)
        self.month_after = re.compile(
            rf"(?:{_SP}(?:of{_SP})?|{_HY}){months}"
            rf"(?:,?{_SP}(?P<year>(?:1[89]|20)\d\d)(?![^\W_]))?", flags)
        self.year_after = re.compile(rf",?{_SP}(?P<year>(?:1[89]|20)\d\d)(?![^\W_])", flags)
        sfx_words = [p for p in self.suffix_qualifiers if " " in p]
        sfx_single = [p for p in self.suffix_qualifiers if " " not in p and p.isalpha()]
        sfx_symbols = [p for p in self.suffix_qualifiers if not p.replace(" ", "").isalpha()]
        self.suffix_after = re.compile("|".join(filter(None, [
            sfx_words and rf"{_SP}(?P<sq_w>{_alt(sfx_words)})",
            sfx_single and rf"(?:{_HY}|{_SP})(?P<sq_s>{_alt(sfx_single)})",
            sfx_symbols and rf"(?P<sq_p>{'|'.join(re.escape(s) for s in sfx_symbols)})(?!\d)",
        ])), flags)
        self.fraction_of = re.compile(rf"{_SP}of{_NB}", flags)
        self.fraction_scale = re.compile(
            rf"(?:{_SP}of)?{_SP}a{_SP}(?P<s>{scalew})|{_SP}(?P<s2>{scalew})", flags)
        self.half_after = re.compile(rf"{_SP}{_alt(lex['half_fraction_after'])}", flags)
        self.half_scale = re.compile(rf"{_SP}a{_SP}(?P<s>{scalew}|dozen{_NB})", flags)
        self.compound_after = re.compile(rf"{_HY}(?P<w>[^\W\d_]+)")
        self.ratio_after = re.compile(
            rf"{_SP}(?:in|out{_SP}of){_SP}(?P<den>{small}|\d{{1,3}}(?![\d,.]\d|[^\W_]))",
            flags)
        self.of_a_time_unit = re.compile(
            rf"{_SP}of{_SP}an?{_SP}(?P<du>{_alt(lex['duration_units'])})", flags)
        self.next_word = re.compile(rf"{_SP}(?P<w>[^\W\d_])")
        self.decade_suffix = re.compile(r"['’]?s(?![^\W_])")

        # Gates for the left-context searches: the word right before the number (or its
        # qualifier) must be the last word of one of the lexicon's phrases.
        def last_words(phrases: Iterable[str]) -> frozenset[str]:
            return frozenset(_norm(p).split(" ")[-1] for p in phrases)

        self.gate_qualifier = last_words(self.qualifiers)
        self.gate_month = last_words(
            [*lex["months"], *lex["month_abbreviations"], "the"]) | frozenset(
            _norm(a) + "." for a in lex["month_abbreviations"])
        self.gate_age = last_words(lex["age_before"])
        self.gate_document = last_words(lex["document_before"])
        self.gate_name = last_words(lex["name_before"])
        self.gate_currency = tuple(_norm(c) for c in lex["currency_before"])

        # Cheap pre-pass: a number phrase can only start at a digit or at one of these words,
        # so the full grammar is tried only there.
        self.start_words: frozenset[str] = frozenset(
            [*self.cardinals, *self.ordinals, "a", "an", "half", "from", "between",
             *(_norm(v["phrase"]).split(" ")[0] for v in lex["vague"])])
        self.token = re.compile(r"(?<!\d)\d|[^\W\d_]+")
        self.start_tokens: frozenset[str] = frozenset(
            variant for w in self.start_words
            for variant in (w, w.capitalize(), w.upper())) | frozenset("0123456789")

    def candidates(self, text: str) -> list[int]:
        """Offsets where a number phrase may start (first digit of a run, or a start word)."""
        tokens = self.start_tokens
        return [m.start() for m in self.token.finditer(text) if m.group() in tokens]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    """The grammar built from the packaged lexicon (built once, then shared read-only)."""
    text = resources.files("newsfigures").joinpath("data/numbers.yaml").read_text("utf-8")
    return _Grammar(yaml.safe_load(text))


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

def _cardinal_words(g: _Grammar, words: str) -> Decimal | None:
    """Value of a plain cardinal phrase ("twenty-seven", "one hundred and twenty")."""
    words = _norm(words)
    if words in ("a", "an", ""):
        return Decimal(1)
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    try:
        return Decimal(text2num(words, "en"))
    except Exception:  # noqa: BLE001 - third-party parser: any failure means "use ours"
        pass
    # Fallback: the usual total/current accumulation over our own tables.
    total, current = 0, 0
    for token in re.split(r"[\s-]+", words):
        if token == "and":
            continue
        if token in g.cardinals:
            current += g.cardinals[token]
        elif token in g.scales:
            scale = g.scales[token]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return Decimal(total + current)


def _number_parts(g: _Grammar, span: str) -> tuple[Decimal, Decimal] | None:
    """(coefficient, multiplier) of a number phrase: "1.2 million" -> (1.2, 1000000).

    Trailing scale words are the multiplier, so that ranges can share them ("5 to 6 million").
    "and a half" adds one half before the scale words that follow it.
    """
    span = _DIGIT_GROUP_SPACE.sub("", span)
    half = _HALF_IN_NUMBER.search(span)
    before, after = (span[:half.start()], span[half.end():]) if half else (span, "")
    tokens = _norm(before).split(" ")
    mult = Decimal(1)
    # Trailing scale words are the multiplier unless a larger scale comes before them
    # ("two hundred thousand" -> 2 x 100000, but "two thousand five hundred" -> 2500 x 1).
    run = 0
    while run < len(tokens) - 1 and tokens[-1 - run] in g.scales:
        run += 1
    if run:
        smallest = min(g.scales[t] for t in tokens[len(tokens) - run:])
        if all(g.scales.get(t, 0) < smallest for t in tokens[:len(tokens) - run]):
            for t in tokens[len(tokens) - run:]:
                mult *= g.scales[t]
            tokens = tokens[:len(tokens) - run]
    if tokens[0][:1].isdigit():
        if len(tokens) != 1:
            return None
        m = re.fullmatch(r"([\d,]*\d(?:\.\d+)?)([a-z]*)", tokens[0])
        if not m:
            return None
        try:
            coef = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        if m.group(2):
            if m.group(2) not in g.scale_abbr:
                return None
            mult *= g.scale_abbr[m.group(2)]
    else:
        coef = _cardinal_words(g, " ".join(tokens))
        if coef is None:
            return None
    if half:
        coef = coef * mult + Decimal("0.5")
        mult = Decimal(1)
        for token in _norm(after).split():
            if token not in g.scales:
                return None
            mult *= g.scales[token]
    return coef, mult


def _number_value(g: _Grammar, span: str) -> float | None:
    parts = _number_parts(g, span)
    if parts is None:
        return None
    value = _fmt(parts[0] * parts[1])
    return value if math.isfinite(value) else None


def _dozen_value(g: _Grammar, span: str) -> float | None:
    """ "a dozen" -> 12, "two dozen" -> 24, "half a dozen" -> 6."""
    head = _norm(span).rsplit(" ", 1)[0]
    if head in ("a", "an"):
        return float(g.dozen)
    if head == "half a":
        return g.dozen / 2
    count = _number_value(g, head)
    return None if count is None else count * g.dozen


def parse_number(text: str) -> float | None:
    """Value of a plain number phrase, or None.

    Digits with separators and decimals, scale words and abbreviations, cardinal words and
    dozens: ``"31,000"`` -> 31000, ``"eleven"`` -> 11, ``"four thousand"`` -> 4000,
    ``"1.2 million"`` -> 1200000, ``"3.5m"`` -> 3500000, ``"a dozen"`` -> 12. Fractions, vague
    magnitudes and ranges are not plain numbers (``"a tenth"`` -> None): use
    :func:`find_quantities` for them.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text or len(text) > 200:
        return None
    g = _grammar()
    m = g.number_only.fullmatch(text)
    if m is None:
        return None
    if _norm(text).endswith("dozen"):
        return _dozen_value(g, text)
    if _norm(text) in ("a", "an"):
        return None
    return _number_value(g, text)


# --------------------------------------------------------------------------------------------
# Finding quantities
# --------------------------------------------------------------------------------------------

_LEFT_WINDOW = 48
#: Denominators beyond 10 that make "N in D" a share ("one in 100"), not "5 in 40 villages".
_RATIO_BASES = frozenset({20, 100, 1000})
_SENTENCE_OPENERS = set(".!?:;\"“”‘(['•*–—-")
_OPENING_PUNCTUATION = "([{\"“‘'«—–-"


def _left(pattern: re.Pattern[str], text: str, pos: int, floor: int,
          gate: frozenset[str] | tuple[str, ...] | None = None) -> re.Match[str] | None:
    """Search ``pattern`` (anchored with ``\\Z``) in the short window ending at ``pos``.

    With a ``gate``, the (slower) search only runs when the word right before ``pos`` is in
    the gate set (or, for a tuple, ends with one of its strings).
    """
    lo = max(floor, pos - _LEFT_WINDOW)
    if gate is not None:
        words = text[lo:pos].split()
        if not words:
            return None
        last = words[-1].lstrip(_OPENING_PUNCTUATION).lower()
        if isinstance(gate, tuple):
            if not last.endswith(gate):
                return None
        elif last not in gate:
            return None
    return pattern.search(text, lo, pos)


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


def _is_plain_digits(span: str) -> bool:
    return span.isdigit() and span.isascii()


def _is_year(span: str) -> bool:
    return _is_plain_digits(span) and len(span) == 4 and 1800 <= int(span) <= 2099


def _is_day(span: str) -> bool:
    return _is_plain_digits(span) and 1 <= int(span) <= 31


class _Finder:
    """One pass of :func:`find_quantities` over one text (holds the text, not state)."""

    def __init__(self, g: _Grammar, text: str) -> None:
        self.g = g
        self.text = text

    def run(self) -> list[Quantity]:
        g, text = self.g, self.text
        found: list[Quantity] = []
        pos, floor = 0, 0
        for candidate in g.candidates(text):
            if candidate < pos:
                continue
            m = g.core.match(text, candidate)
            if m is None:
                continue
            q = self.interpret(m, floor)
            if q is None and m.lastgroup in _RANGE_FIRST:
                # Not a real range ("5 or 3", "24-21" inside a date...): read the first number
                # alone; the second is found on its own later.
                m2 = g.single.match(text, m.start(_RANGE_FIRST[m.lastgroup]))
                if m2 is not None:
                    m = m2
                    q = self.interpret(m, floor)
            if q is None:
                continue
            found.append(q)
            floor = q.end
            pos = max(q.end, candidate + 1)
        return found

    # -- helpers ---------------------------------------------------------------------------

    def make(self, low: float, high: float, qualifier: str, kind: str, unit: str,
             start: int, end: int, vs: int, ve: int) -> Quantity:
        return Quantity(low=_fmt(low), high=_fmt(high), qualifier=qualifier, kind=kind,
                        unit=unit, text=self.text[start:end], start=start, end=end,
                        value_start=vs, value_end=ve)

    def qualifier_before(self, vs: int, floor: int) -> tuple[str, int] | None:
        """(qualifier, start) of a qualifier phrase right before ``vs``, if any."""
        m = _left(self.g.qual_tail, self.text, vs, floor, self.g.gate_qualifier)
        if m is None:
            sym = self.g.symbol_tail.search(self.text, max(floor, vs - 3), vs)
            if sym is None:
                return None
            return self.g.symbol_qualifiers[sym.group("q")], sym.start()
        phrase = _norm(m.group("q"))
        if phrase == "over" and _left(self.g.over_verb, self.text, m.start(), floor):
            return None
        return self.g.qualifiers.get(phrase, "approximate"), m.start()

    def suffix_qualifier(self, end: int) -> tuple[str, int] | None:
        m = self.g.suffix_after.match(self.text, end)
        if m is None:
            return None
        word = m.group("sq_w") or m.group("sq_s") or m.group("sq_p")
        return self.g.suffix_qualifiers[_norm(word)], m.end()

    def unit_after(self, end: int) -> tuple[str, str, int] | None:
        """(kind, unit, end) of a unit word right after a number, if any."""
        g, text = self.g, self.text
        if m := g.percent_after.match(text, end):
            return "percent", "percent", m.end()
        if m := g.area_after.match(text, end):
            return "area", (m.lastgroup or "a_")[2:], m.end()
        if m := g.age_after.match(text, end):
            return "age", g.duration_units.get(_norm(m.group("au")), "years"), m.end()
        if m := g.distance_after.match(text, end):
            return "distance", (m.lastgroup or "d_")[2:], m.end()
        if m := g.duration_after.match(text, end):
            return "duration", g.duration_units.get(_norm(m.group("du")), ""), m.end()
        if m := g.clock_after.match(text, end):
            return "time", "", m.end()
        if m := g.temperature_after.match(text, end):
            return "other", "degrees", m.end()
        if m := g.currency_after_re.match(text, end):
            return "money", g.currency_after.get(_norm(m.group("c")), ""), m.end()
        return None

    # -- interpretation --------------------------------------------------------------------

    def interpret(self, m: re.Match[str], floor: int) -> Quantity | None:
        kind = m.lastgroup
        if kind == "numdate":
            return self.make(0, 0, "exact", "date", "", m.start(), m.end(), m.start(), m.end())
        if kind == "clock":
            return self.clock(m, floor)
        if kind in _RANGE_PARTS:
            return self.range(m, kind, floor)
        if kind == "vague":
            return self.vague(m, floor)
        if kind == "dozen":
            value = _dozen_value(self.g, m.group())
            if value is None:
                return None
            return self.finish(m.start(), m.end(), value, value, "count", floor,
                               default_qualifier="approximate")
        if kind == "frac_pl":
            return self.fraction(m, floor, plural=True)
        if kind == "frac_sg":
            return self.fraction(m, floor, plural=False)
        if kind == "half":
            return self.half(m, floor)
        if kind == "ord_d":
            return self.ordinal_digits(m, floor)
        if kind == "ord_w":
            value = self.g.ordinals.get(_norm(m.group()).split("-")[-1], 0)
            tens = _norm(m.group()).split("-")
            if len(tens) == 2:
                value += self.g.cardinals.get(tens[0], 0)
            return self.make(value, value, "exact", "ordinal", "", m.start(), m.end(),
                             m.start(), m.end())
        if kind == "num":
            return self.number(m.start(), m.end(), floor)
        return None

    def clock(self, m: re.Match[str], floor: int) -> Quantity:
        span = _norm(m.group())
        hm = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", span)
        hours = int(hm.group(1)) + int(hm.group(2) or 0) / 60 if hm else 0.0
        if "p" in span and hours < 12:
            hours += 12
        start, end = m.start(), m.end()
        if after := self.g.clock_after.match(self.text, end):
            end = after.end()
        qual = self.qualifier_before(start, floor)
        qualifier, start = (qual[0], qual[1]) if qual else ("exact", start)
        return self.make(hours, hours, qualifier, "time", "", start, end, m.start(), m.end())

    def ordinal_digits(self, m: re.Match[str], floor: int) -> Quantity:
        text = self.text
        digits = m.group()[:-2]
        value = int(digits)
        start, end = m.start(), m.end()
        if 1 <= value <= 31:
            before = _left(self.g.month_before, text, start, floor, self.g.gate_month)
            after = self.g.month_after.match(text, end)
            if before is not None:
                start = before.start()
                if year := self.g.year_after.match(text, end):
                    end = year.end()
                return self.make(value, value, "exact", "date", "", start, end,
                                 m.start(), m.end())
            if after is not None:
                return self.make(value, value, "exact", "date", "", start, after.end(),
                                 m.start(), m.end())
        return self.make(value, value, "exact", "ordinal", "", start, end, m.start(), m.end())

    def vague(self, m: re.Match[str], floor: int) -> Quantity | None:
        low, high = self.g.vague.get(_norm(m.group()), (0.0, 0.0))
        if high == 0:
            return None
        end = m.end()
        kind, unit = "vague", ""
        if d := self.g.of_duration_after.match(self.text, end):
            kind, unit = "duration", self.g.duration_units.get(_norm(d.group("du")), "")
        elif c := self.g.of_money_after.match(self.text, end):
            kind, unit = "money", self.g.currency_after.get(_norm(c.group("c")), "")
        qual = self.qualifier_before(m.start(), floor)
        qualifier, start = (qual[0], qual[1]) if qual else ("approximate", m.start())
        return self.make(low, high, qualifier, kind, unit, start, end, m.start(), m.end())

    def fraction(self, m: re.Match[str], floor: int, plural: bool) -> Quantity | None:
        g, text = self.g, self.text
        if plural:
            num_text = m.group("fp_num")
            numerator = _number_value(g, num_text)
            denominator = g.frac_plural.get(_norm(m.group("fp_den")), 0)
        else:
            numerator = 1
            denominator = g.frac_singular.get(_norm(m.group("fs_den")), 0)
        if not numerator or not denominator:
            return None
        share = Decimal(numerator) / Decimal(denominator)
        qual = self.qualifier_before(m.start(), floor)
        if s := g.fraction_scale.match(text, m.end()):
            scale = g.scales[_norm(s.group("s") or s.group("s2"))]
            value = share * scale
            return self.finish(m.start(), s.end(), value, value, "count", floor,
                               value_end=s.end())
        percent = float(round(share * 100, 2))
        if t := g.of_a_time_unit.match(text, m.end()):  # "three quarters of an hour"
            value = share * 1
            unit = g.duration_units.get(_norm(t.group("du")), "")
            qualifier, start = (qual[0], qual[1]) if qual else ("exact", m.start())
            return self.make(value, value, qualifier, "duration", unit, start, t.end(),
                             m.start(), m.end())
        if not plural:
            hyphenated = not m.group("fs_sep").isspace() and m.group("fs_sep") != ""
            hyphenated = hyphenated and m.group("fs_sep")[0] in "-\u2010\u2011"
            has_of = g.fraction_of.match(text, m.end()) is not None
            if not (hyphenated or _norm(m.group("fs_num")) == "one" or has_of or qual):
                return self.singular_not_fraction(m)
        qualifier, start = (qual[0], qual[1]) if qual else ("exact", m.start())
        return self.make(percent, percent, qualifier, "percent", "percent", start, m.end(),
                         m.start(), m.end())

    def singular_not_fraction(self, m: re.Match[str]) -> Quantity | None:
        """ "a third convoy": the ordinal "third"; "a quarter", "a half": nothing."""
        word = _norm(m.group("fs_den"))
        if word not in self.g.ordinals:
            return None
        value = self.g.ordinals[word]
        s, e = m.start("fs_den"), m.end("fs_den")
        return self.make(value, value, "exact", "ordinal", "", s, e, s, e)

    def half(self, m: re.Match[str], floor: int) -> Quantity | None:
        g, text = self.g, self.text
        if _left(g.half_not_before, text, m.start(), floor):
            return None
        if s := g.half_scale.match(text, m.end()):
            word = _norm(s.group("s"))
            if word == "dozen":
                return self.finish(m.start(), s.end(), g.dozen / 2, g.dozen / 2, "count",
                                   floor, default_qualifier="approximate", value_end=s.end())
            value = g.scales[word] / 2
            return self.finish(m.start(), s.end(), value, value, "count", floor,
                               value_end=s.end())
        qual = self.qualifier_before(m.start(), floor)
        if not qual and not g.half_after.match(text, m.end()):
            return None
        qualifier, start = (qual[0], qual[1]) if qual else ("exact", m.start())
        return self.make(50, 50, qualifier, "percent", "percent", start, m.end(),
                         m.start(), m.end())

    def range(self, m: re.Match[str], kind: str, floor: int) -> Quantity | None:
        g, text = self.g, self.text
        a_name, b_name = _RANGE_PARTS[kind]
        a_span, b_span = m.group(a_name), m.group(b_name)
        a_parts, b_parts = _number_parts(g, a_span), _number_parts(g, b_span)
        if a_parts is None or b_parts is None:
            return None
        a_coef, a_mult = a_parts
        b_coef, b_mult = b_parts
        if a_mult == 1 and b_mult > 1 and a_coef <= b_coef:
            a_mult = b_mult  # "5 to 6 million", "two or three thousand"
        low, high = _fmt(a_coef * a_mult), _fmt(b_coef * b_mult)
        if not (math.isfinite(low) and math.isfinite(high)):
            return None
        vs, ve = m.start(a_name), m.end(b_name)
        start, end = m.start(), m.end()
        if kind == "r_to" and self.change_then_level(m, low, high, floor):
            return None  # two numbers: each is read on its own
        both_years = _is_year(a_span) and (
            _is_year(b_span) or (_is_plain_digits(b_span) and len(b_span) == 2
                                 and int(b_span) > int(a_span) % 100))
        if kind == "r_dash" and both_years:
            return self.make(low, _fmt(int(a_span[:2] + b_span[-2:])) if len(b_span) == 2
                             else high, "range", "year", "", start, end, vs, ve)
        if both_years:
            return self.make(low, high, "range", "year", "", start, end, vs, ve)
        if _is_day(a_span) and _is_day(b_span) and low < high:
            if month := g.month_after.match(text, end):  # "15-16 December"
                return self.make(low, high, "range", "date", "", start, month.end(), vs, ve)
            if month := _left(g.month_before, text, start, floor, g.gate_month):
                return self.make(low, high, "range", "date", "", month.start(), end, vs, ve)
        if low >= high:
            # "24-21", "3-0": a score; any other falling pair is not a range.
            is_score = (kind == "r_dash" and _is_plain_digits(a_span)
                        and _is_plain_digits(b_span) and low <= 200
                        and self.unit_after(end) is None)
            if is_score:
                return self.make(high, low, "exact", "score", "", start, end, vs, ve)
            return None
        if kind == "r_or" and (low != int(low) or high != int(high)):
            return None
        unit_kind, unit = "count", ""
        percent_inside = g.percent_after.search(text, m.end(a_name), m.start(b_name))
        if u := self.unit_after(end):
            unit_kind, unit, end = u
        elif percent_inside:
            unit_kind, unit = "percent", "percent"
        if start == vs and (qual := self.qualifier_before(vs, floor)):
            start = qual[1]  # "some 8,000 to 10,000": the words stay in the text
        if unit_kind in ("count", "duration"):
            if kind == "r_between" and m.group("bw_ages"):
                unit_kind, unit = "age", "years"
            elif age := _left(g.age_before, text, start, floor, g.gate_age):
                unit_kind, unit, start = "age", "years", age.start()
        if unit_kind == "count" and self.trailing_junk(end):
            unit_kind = "other"
        return self.make(low, high, "range", unit_kind, unit, start, end, vs, ve)

    def change_then_level(self, m: re.Match[str], low: float, high: float, floor: int) -> bool:
        """ "rose 20 percent to 31,000", "climbed 300 to 2,300": a change and the level it
        reached are two numbers. A percent on the first number only, or a verb of change
        before a level at least ``change_level_ratio`` times the change, says so; "from 60,000
        to more than 275,000" and "rose 10 to 12 percent" stay ranges."""
        g, text = self.g, self.text
        if _norm(m.group(0)).startswith("from"):
            return False
        percent_first = g.percent_after.search(text, m.end("to_a"), m.start("to_b")) is not None
        unit_second = self.unit_after(m.end())
        if percent_first and (unit_second is None or unit_second[0] != "percent"):
            return True
        if not percent_first and _left(g.change_before, text, m.start(), floor) is not None:
            return low > 0 and high / low >= g.change_level_ratio
        return False

    def trailing_junk(self, end: int) -> bool:
        """A letter or digit glued to the number ("4G", "24/7"): not a count."""
        text = self.text
        if end >= len(text):
            return False
        ch = text[end]
        if ch.isalnum():
            return True
        return ch == "/" and end + 1 < len(text) and text[end + 1].isdigit()

    def number(self, vs: int, ve: int, floor: int) -> Quantity | None:
        g, text = self.g, self.text
        span = text[vs:ve]
        value = _number_value(g, span)
        if value is None:
            return None
        words = not span[:1].isdigit()
        start, end = vs, ve

        if cur := _left(g.currency_before_re, text, vs, floor, g.gate_currency):
            unit = g.currency_before.get(_norm(cur.group("c")), "")
            return self.finish(cur.start(), ve, value, value, "money", floor, unit=unit,
                               value_start=vs, value_end=ve)
        if doc := _left(g.document_before, text, vs, floor, g.gate_document):
            return self.make(value, value, "exact", "document", "", doc.start(), ve, vs, ve)
        if name := _left(g.name_before, text, vs, floor, g.gate_name):
            return self.make(value, value, "exact", "other", "", name.start(), ve, vs, ve)
        if not words and (_is_day(span) or _is_year(span)):
            if month := _left(g.month_before, text, vs, floor, g.gate_month):
                if _is_day(span) and (year := g.year_after.match(text, ve)):
                    end = year.end()
                return self.make(value, value, "exact", "date", "", month.start(), end, vs, ve)
            if _is_day(span) and (month := g.month_after.match(text, ve)):
                return self.make(value, value, "exact", "date", "", vs, month.end(), vs, ve)

        kind, unit = "count", ""
        if u := self.unit_after(ve):
            kind, unit, end = u
            if kind == "time" and not words and len(span) in (3, 4) and span.isdigit():
                value = int(span[:-2]) + int(span[-2:]) / 60  # "1400 GMT" -> 14.0
        elif value == int(value) and (ratio := g.ratio_after.match(text, ve)):
            # "one in five", "nine out of 10": a share
            den = _number_value(g, ratio.group("den"))
            if den and value < den and (den <= 10 or den in _RATIO_BASES) and self.unit_after(ratio.end()) is None \
                    and g.month_after.match(text, ratio.end()) is None:
                share = round(100 * value / den, 2)
                return self.finish(vs, ratio.end(), share, share, "percent", floor,
                                   unit="percent", value_end=ratio.end())
        if kind in ("count", "duration"):
            # "aged 7", "aged under 5", "at the age of 7"
            qual = self.qualifier_before(vs, floor)
            lead = qual[1] if qual else vs
            if age := _left(g.age_before, text, lead, floor, g.gate_age):
                qualifier = qual[0] if qual else "exact"
                return self.make(value, value, qualifier, "age", "years", age.start(), end,
                                 vs, ve)
        if kind == "count":
            if not words and _is_year(span) and not self.qualifier_before(vs, floor) \
                    and not self.suffix_qualifier(ve):
                if g.decade_suffix.match(text, ve):  # "the 1980s"
                    end = g.decade_suffix.match(text, ve).end()
                return self.make(value, value, "exact", "year", "", vs, end, vs, ve)
            if self.trailing_junk(ve):
                kind = "other"
            elif c := g.compound_after.match(text, ve):
                if _norm(c.group("w")) in g.non_count_compounds:
                    kind = "other"
            if words and kind == "count" and text[vs].isupper() \
                    and not _at_sentence_start(text, vs):
                nxt = g.next_word.match(text, ve)
                if nxt is not None and nxt.group("w").isupper():
                    kind = "other"  # a name: "the Seven Pillars", "Kills Seven Children"
        bare = words and _norm(span) in ("one", "a", "an")
        q = self.finish(start, end, value, value, kind, floor, unit=unit,
                        value_start=vs, value_end=ve)
        if bare and q.qualifier == "exact" and kind in ("count", "duration", "other"):
            return None  # "one resident", "one of the", "would one day want"
        return q

    def finish(self, start: int, end: int, low: float | Decimal, high: float | Decimal,
               kind: str, floor: int, *, unit: str = "", default_qualifier: str = "exact",
               value_start: int | None = None, value_end: int | None = None) -> Quantity:
        """Attach qualifiers before (and after) the number and build the Quantity."""
        vs = start if value_start is None else value_start
        ve = end if value_end is None else value_end
        qualifier = default_qualifier
        qual = self.qualifier_before(vs, floor)
        if qual is not None:
            qualifier, start = qual[0], min(start, qual[1])
        if kind in ("count", "percent", "area", "vague", "money"):
            if sfx := self.suffix_qualifier(end):
                if qual is None:
                    qualifier = sfx[0]
                end = sfx[1]
        return self.make(float(low), float(high), qualifier, kind, unit, start, end, vs, ve)


def find_quantities(text: str) -> list[Quantity]:
    """Every number phrase in ``text``, left to right, without overlaps.

    Never raises on a string; offsets index ``text`` itself (``q.text ==
    text[q.start:q.end]``). Keep the figures with :func:`is_figure_kind`.
    """
    if not isinstance(text, str) or not text:
        return []
    return _Finder(_grammar(), text).run()
