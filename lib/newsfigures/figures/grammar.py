"""The number grammar's parts: regex building blocks, the word lists of ``data/numbers.yaml``
(cardinals, multipliers, vague magnitudes, qualifiers, units) compiled once, and
:func:`parse_number` for one number phrase."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from typing import Any, Iterable, Mapping

from text_to_num import text2num

from ..lexicon import alternation, data_text, parse_yaml
from ..regexstore import compile as compile_regex

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
_DIGIT_GROUP_SPACE = compile_regex(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3})")
_HALF_IN_NUMBER = compile_regex(r"\s+and\s+a\s+half\b", re.IGNORECASE)


def _alt(phrases: Iterable[str], sep: str = _SP, boundary: bool = True) -> str:
    """An alternation of literal phrases, longest first; words joined by ``sep``."""
    def edges(phrase: str, rx: str) -> str:
        if boundary and phrase[-1].isalnum():
            rx += _NB
        if phrase[0].isalnum():
            rx = r"(?<![^\W\d_])" + rx  # no letter right before (a digit may be: "10km")
        return rx

    return alternation(phrases, space=sep, each=edges, boundary=("", ""))


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

    @cached_property
    def single(self) -> re.Pattern[str]:
        """One number (no range) where ``core`` found a range that does not hold."""
        return compile_regex(*self._single_rx)

    @cached_property
    def number_only(self) -> re.Pattern[str]:
        """A whole text that is one number (``number_value``)."""
        return compile_regex(*self._number_only_rx)

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
        self.core = compile_regex(
            _BEFORE + "(?:" + "|".join([numdate, clock, r_between, r_to, r_or, r_dash,
                                         *singles]) + ")", flags)
        # used only when a range falls apart and by number_value: compiled on first use
        self._single_rx = (_BEFORE + "(?:" + "|".join([numdate, clock, *singles]) + ")", flags)
        self._number_only_rx = (rf"(?:{num}|{dozen})", flags)

        # Left context: each is searched in a short window ending where the number starts.
        # (no letter or apostrophe before: "rebels' about"; an opening quote is no apostrophe: "'over 70%'")
        self.qual_tail = compile_regex(rf"(?:(?<![\w'’])|(?<=[\s(\[]['‘])|(?<=\A['‘]))(?P<q>{quals}){_SP}\Z", flags)
        symbols = "|".join(re.escape(k) for k in sorted(self.symbol_qualifiers, key=len,
                                                         reverse=True))
        self.symbol_tail = compile_regex(rf"(?<![^\W\d_])(?P<q>{symbols})[^\S\n]?\Z")
        self.over_verb = compile_regex(rf"{_alt(lex['over_phrasal_verbs'])}{_SP}\Z", flags)
        self.month_before = compile_regex(rf"{months}(?:{_SP}the)?{_SP}\Z", flags)
        self.age_before = compile_regex(rf"{_alt(lex['age_before'])}{_SP}\Z", flags)
        self.document_before = compile_regex(
            rf"(?-i:{_alt(lex['document_before'])}){_SP0}\Z", flags)
        self.name_before = compile_regex(rf"(?-i:{_alt(lex['name_before'])}){_SP}\Z", flags)
        self.currency_before_re = compile_regex(
            rf"(?P<c>{_alt(lex['currency_before'])}){_SP0}\Z", flags)
        self.change_before = compile_regex(
            rf"{_alt(lex['change_verbs'])}(?:{_SP}by)?(?:{_SP}{quals})?{_SP}\Z", flags)
        self.change_level_ratio = float(lex["change_level_ratio"])
        self.half_not_before = compile_regex(
            rf"{_alt(lex['half_not_fraction_before'] + ['a', 'an'])}{_SP}\Z", flags)

        # Right context: each is matched where the number (or its unit) ends.
        self.percent_after = compile_regex(rf"(?:{_SP0}|{_HY}){pct}", flags)
        self.area_after = compile_regex(rf"(?:{_SP0}|{_HY})(?:" + "|".join(
            rf"(?P<a_{unit}>{_alt(spellings, sep=_SEP)})"
            for unit, spellings in lex["area_units"].items()) + ")", flags)
        self.distance_after = compile_regex(rf"(?:{_SP0}|{_HY})(?:" + "|".join(
            rf"(?P<d_{unit}>{_alt(spellings, sep=_SEP)})"
            for unit, spellings in lex["distance_units"].items()) + ")", flags)
        self.age_after = compile_regex(
            rf"{_SEP}(?P<au>years?|months?|weeks?|days?){_SEP}olds?{_NB}", flags)
        self.duration_after = compile_regex(
            rf"(?:{_SP0}|{_HY})(?P<du>{_alt(lex['duration_units'])})(?:{_SEP}long{_NB})?",
            flags)
        self.of_duration_after = compile_regex(
            rf"{_SP}of{_SP}(?P<du>{_alt(lex['duration_units'])})", flags)
        self.of_money_after = compile_regex(
            rf"{_SP}of{_SP}(?P<c>{_alt(lex['currency_after'])})", flags)
        self.clock_after = compile_regex(rf"{_SP0}{_alt(lex['clock_suffixes'])}", flags)
        self.temperature_after = compile_regex(
            rf"{_SP0}(?:{_alt(lex['temperature_units'])})"
            rf"(?:{_SP}{_alt(lex['temperature_scales'])})?", flags)
        self.currency_after_re = compile_regex(rf"{_SP}(?P<c>{_alt(lex['currency_after'])})",
                                            flags)
        self.month_after = compile_regex(
            rf"(?:{_SP}(?:of{_SP})?|{_HY}){months}"
            rf"(?:,?{_SP}(?P<year>(?:1[89]|20)\d\d)(?![^\W_]))?", flags)
        # "on 12 and 13 December", "12 or 13 December": a day coordinated with a dated day
        self.day_and_month_after = compile_regex(
            rf"{_SP}(?:and|&|or){_SP}[0-3]?\d(?:st|nd|rd|th)?(?:{_SP}(?:of{_SP})?|{_HY}){months}", flags)
        self.year_after = compile_regex(rf",?{_SP}(?P<year>(?:1[89]|20)\d\d)(?![^\W_])", flags)
        sfx_words = [p for p in self.suffix_qualifiers if " " in p]
        sfx_single = [p for p in self.suffix_qualifiers if " " not in p and p.isalpha()]
        sfx_symbols = [p for p in self.suffix_qualifiers if not p.replace(" ", "").isalpha()]
        self.suffix_after = compile_regex("|".join(filter(None, [
            sfx_words and rf"{_SP}(?P<sq_w>{_alt(sfx_words)})",
            sfx_single and rf"(?:{_HY}|{_SP})(?P<sq_s>{_alt(sfx_single)})",
            sfx_symbols and rf"(?P<sq_p>{'|'.join(re.escape(s) for s in sfx_symbols)})(?!\d)",
        ])), flags)
        self.fraction_of = compile_regex(rf"{_SP}of{_NB}", flags)
        self.fraction_scale = compile_regex(
            rf"(?:{_SP}of)?{_SP}a{_SP}(?P<s>{scalew})|{_SP}(?P<s2>{scalew})", flags)
        self.half_after = compile_regex(rf"{_SP}{_alt(lex['half_fraction_after'])}", flags)
        self.half_scale = compile_regex(rf"{_SP}a{_SP}(?P<s>{scalew}|dozen{_NB})", flags)
        self.compound_after = compile_regex(rf"{_HY}(?P<w>[^\W\d_]+)")
        self.ratio_after = compile_regex(
            rf"{_SP}(?:in|out{_SP}of){_SP}(?P<den>{small}|\d{{1,3}}(?![\d,.]\d|[^\W_]))",
            flags)
        self.of_a_time_unit = compile_regex(
            rf"{_SP}of{_SP}an?{_SP}(?P<du>{_alt(lex['duration_units'])})", flags)
        self.next_word = compile_regex(rf"{_SP}(?P<w>[^\W\d_])")
        self.decade_suffix = compile_regex(r"['’]?s(?![^\W_])")

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
        self.token = compile_regex(r"(?<!\d)\d|[^\W\d_]+")
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
    text = data_text("numbers.yaml")
    return _Grammar(parse_yaml(text))


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
