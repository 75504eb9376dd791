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
from decimal import Decimal

from ..regexstore import compile as compile_regex

# "splitting the enclave in two", "cut into three": how a thing was divided, not a count
_SPLIT_INTO = compile_regex(r"\b(?:split|splits|splitting|cut|cuts|cutting|divided|divides|dividing|divide|broken|broke|"
                         r"breaking|sliced|slicing|torn|tore|tearing)\b[^.;:,]{0,45}?\b(?:in|into)\s+\Z", re.I)
_NOUN_AFTER = compile_regex(r"\s+(?:[\w-]+\s+)?(?:parts|pieces|halves|sections|pockets|enclaves|zones|areas|sectors)\b", re.I)

from .grammar import _Grammar, parse_number, _RANGE_FIRST, _RANGE_PARTS, _dozen_value, _fmt, _grammar, _norm, _number_parts, _number_value


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


# "one person was killed", "one child died": "one" counts a casualty, it is no article
_ONE_HURT = compile_regex(
    r"\s+(?:[a-z-]+\s+)?(?:person|civilian|child|man|woman|boy|girl|baby|soldier|fighter|rebel|resident|"
    r"volunteer|worker|medic|doctor|nurse|journalist|policeman|officer)\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|executed|martyred|slain|missing)\b"
    r"|\s+(?:[a-z-]+\s+)?(?:person|civilian|child|man|woman|boy|girl|baby|soldier|fighter|rebel|resident)\s+"
    r"(?:died|dies|was\s+killed)\b", re.I)


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
        if plural and numerator >= denominator:
            # "45 quarters", "five quarters": a count of districts, never a share of 100% or more
            num_end = m.start("fp_num") + len(num_text)
            return self.finish(m.start(), num_end, numerator, numerator, "count", floor)
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
        if kind == "r_to" and self.change_then_level(m, low, high, floor):
            return None  # two numbers: each is read on its own
        start, end = m.start(), m.end()
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
        if words and value <= 4 and _SPLIT_INTO.search(text, max(0, vs - 60), vs) and not _NOUN_AFTER.match(text, ve):
            return self.make(value, value, "exact", "other", "", vs, ve, vs, ve)  # "cut the enclave in two"
        if not words and (_is_day(span) or _is_year(span)):
            if month := _left(g.month_before, text, vs, floor, g.gate_month):
                if _is_day(span) and (year := g.year_after.match(text, ve)):
                    end = year.end()
                return self.make(value, value, "exact", "date", "", month.start(), end, vs, ve)
            if _is_day(span) and (month := g.month_after.match(text, ve)):
                return self.make(value, value, "exact", "date", "", vs, month.end(), vs, ve)
            if _is_day(span) and g.day_and_month_after.match(text, ve):
                return self.make(value, value, "exact", "date", "", vs, ve, vs, ve)

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
        if bare and q.qualifier == "exact" and kind in ("count", "duration", "other") \
                and not (_norm(span) == "one" and _ONE_HURT.match(text, ve)):
            return None  # "one resident", "one of the", "would one day want" (but "one person was killed")
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
