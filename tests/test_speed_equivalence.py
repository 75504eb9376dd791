"""Speed-ups that replaced slower code answer exactly as the code they replaced.

* Whether a sentence has a conflict or an other-domain word is tested with the word lists as
  letter trees (``lexicon.word_trie_pattern``): the same answer as the word alternation.
* Outlet names are found with the names as letter trees (``lexicon.phrase_tree``): the same
  spans as the alternation of the names, longest first.
* Explicit dates are read from the date patterns' groups, not by dateparser (which took about a
  second to load in every process): the same answers as dateparser on a sample of every form
  the patterns match (all 183,600 forms were compared when the change was made).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.reading import calendar

MONTH_WORDS = ["Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul",
               "July", "Aug", "August", "Sep", "Sept", "September", "Sepember", "Oct", "October", "Nov", "November",
               "Dec", "December"]


def _date_forms() -> list[str]:
    days = [str(d) for d in range(0, 40)] + [f"0{d}" for d in range(10)]
    forms = []
    for month, dot, day, suffix, year, comma in itertools.product(
            MONTH_WORDS, ["", "."], days, ["", "st", "th"], ["", "2016", "2000", "1900", "2015"], [",", ""]):
        if year or not comma:
            tail = f"{comma} {year}" if year else ""
            forms += [f"{month}{dot} {day}{suffix}{tail}", f"{day}{suffix} {month}{dot}{tail}"]
    forms += ["Dec.\n12", "Dec.  12,\n2016", "12\tDecember", "12 of\nDecember 2016", "Feb 29", "Feb 29, 2015"]
    return forms


def _dateparser_reading(text: str):
    """What calendar.py answered before: dateparser with these settings."""
    import dateparser

    has_year = re.search(r"(19|20)\d\d", text) is not None
    parsed = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    if parsed is None:
        return None
    return parsed.month, parsed.day, (parsed.year if has_year else None)


def test_explicit_dates_are_read_as_dateparser_read_them():
    pytest.importorskip("dateparser")
    forms = _date_forms()
    sample = random.Random(15).sample(forms, 400) + forms[-6:]
    checked = 0
    for text in sample:
        m = calendar._DATE_MDY.fullmatch(text) or calendar._DATE_DMY.fullmatch(text)
        if m is None:
            continue
        checked += 1
        assert calendar._date_parts(m) == _dateparser_reading(text), text
    assert checked > 300


def test_sentence_memos_hold_one_article_at_a_time():
    """Scans repeated on a sentence are kept for the article at hand only (newsfigures.memo):
    nothing carries over to the next article."""
    from newsfigures import memo
    from newsfigures.figures.context import conflict_context
    from newsfigures.territory.gazetteer import find_places

    memo.new_article()
    find_places("Rebels lost Hanano on Monday.")
    conflict_context("Airstrikes killed 30 people in Aleppo.")
    assert conflict_context.cache_info().currsize == 1
    memo.new_article()
    assert conflict_context.cache_info().currsize == 0
    assert find_places("Rebels lost Hanano on Monday.")[0].neighbourhood.name == "Masaken Hanano"


def _context_words() -> tuple[list[str], list[str]]:
    from newsfigures.lexicon import load_yaml

    raw = load_yaml("claims.yaml")
    return ([w for ws in raw["conflict_context"].values() for w in ws],
            [w for ws in raw["off_domain"].values() for w in ws])


_CONFLICT_WORDS, _OFF_DOMAIN_WORDS = _context_words()
_FILLER = ["the", "a", "in", "x", "s", "ed", "-", "'s", ",", "Aleppo", "7", "", "ing", "er"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([w.rstrip("*") for w in _CONFLICT_WORDS + _OFF_DOMAIN_WORDS] + _FILLER), max_size=8),
       st.lists(st.sampled_from([" ", "", "-", ". ", "  "]), min_size=8, max_size=8), st.booleans())
def test_the_letter_trees_find_a_word_exactly_when_the_word_lists_do(words, seps, upper):
    from newsfigures.figures.context import lexicon

    text = "".join(w + sep for w, sep in zip(words, seps))
    text = text.upper() if upper else text
    lex = lexicon()
    assert bool(lex.has_conflict.search(text)) == bool(lex.conflict.search(text))
    assert bool(lex.has_off_domain.search(text)) == bool(lex.off_domain.search(text))


def test_the_letter_trees_agree_on_every_sentence_of_the_shipped_articles():
    from pathlib import Path

    from newsfigures.figures.context import lexicon
    from newsfigures.reading import split_sentences

    root = Path(__file__).resolve().parents[1]
    lex = lexicon()
    files = sorted((root / "data" / "articles").glob("*.txt")) + sorted((root / "tests" / "corpus" / "dev").glob("*.txt"))
    sentences = [s.text for f in files for s in split_sentences(f.read_text("utf-8"))]
    assert len(sentences) > 500
    for text in sentences:
        assert bool(lex.has_conflict.search(text)) == bool(lex.conflict.search(text)), text
        assert bool(lex.has_off_domain.search(text)) == bool(lex.off_domain.search(text)), text


def _alternation_of_names():
    """The outlet-name pattern as it was built before: every name, longest first."""
    from newsfigures.reading.outlets import _name_index

    _, exact, folded = _name_index()
    by_len = sorted(folded, key=len, reverse=True)
    alt_folded = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in by_len)
    alt_exact = "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?i:{alt_folded})|{alt_exact})(?![\w-])")


def _outlet_names() -> list[str]:
    from newsfigures.reading.outlets import _name_index

    _, exact, folded = _name_index()
    return sorted(exact) + sorted(folded)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_outlet_names() + ["the", "-", "said", "x", "News", "Agency", "'s"]), max_size=6),
       st.lists(st.sampled_from([" ", "  ", "", "-", ", ", "\n"]), min_size=6, max_size=6),
       st.sampled_from(["as written", "upper", "title"]))
def test_the_outlet_name_tree_finds_the_names_the_alternation_found(words, seps, case):
    from newsfigures.reading.outlets import _name_index

    text = "".join(w + sep for w, sep in zip(words, seps))
    text = {"as written": text, "upper": text.upper(), "title": text.title()}[case]
    spans = lambda rx: [(m.start(), m.end()) for m in rx.finditer(text)]  # noqa: E731
    assert spans(_name_index()[0]) == spans(_alternation_of_names())
