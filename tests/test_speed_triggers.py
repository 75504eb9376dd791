"""The control grammar's trigger regexes (territory.grammar.TriggerRegex) find exactly what the
full regexes find: the cheap regex without the optional day before a last preposition is used
only on texts where no match can go through such a day."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.reading import read_article, split_sentences
from newsfigures.territory import grammar

ROOT = Path(__file__).resolve().parents[1]
TRIGGERS = grammar._grammar().triggers


def _full(trigger: grammar.TriggerRegex):
    return grammar._word_regex(trigger.phrases, trigger.flexible_control)


def _same(text: str) -> None:
    for kind, trigger in TRIGGERS.items():
        expected = [(m.span(), m.group(0)) for m in _full(trigger).finditer(text)]
        assert [(m.span(), m.group(0)) for m in trigger.finditer(text)] == expected, (kind, text)


@pytest.mark.parametrize("text, kind, quote", [
    ("The army restored security and stability on Sunday to Hanano.", "capture",
     "restored security and stability on Sunday to"),
    ("Troops took control overnight of Sakhour, state media said.", "capture", "took control overnight of"),
])
def test_a_day_inside_a_trigger_phrase_is_read_as_before(text, kind, quote):
    _same(text)
    assert any(m.group(0) == quote for m in TRIGGERS[kind].finditer(text))


def test_a_day_after_a_word_that_may_take_one_but_no_preposition_after_it_keeps_the_cheap_regex():
    text = "Government forces won it back on Saturday."
    _same(text)
    assert all(t.guard is None or t.guard.search(text) is None for t in TRIGGERS.values())


def test_every_sentence_of_the_shipped_and_development_articles_gives_the_same_triggers():
    files = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "corpus" / "dev").glob("*"))
    n = 0
    for path in files:
        try:
            article = read_article(path)
        except Exception:
            continue
        for s in split_sentences(article.body):
            _same(s.text)
            n += 1
    assert n > 500


_lex = grammar._lexicon()["verbs"]
_WORDS = sorted({w for kind in grammar._TRIGGER_KINDS for p in _lex[kind] for w in p.split()})
_DAYS = ["on Sunday", "late Monday", "overnight", "yesterday", "today", "last night", "on 12 December",
         ", on Tuesday morning,", "Wednesday", "early on Friday"]
_OTHER = ["the", "rebels", "army", "Hanano", "district", ",", "\u201c", "\u201d", "-", "it", "they"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _DAYS + _OTHER), min_size=1, max_size=12))
def test_any_sequence_of_trigger_words_days_and_prepositions_gives_the_same_triggers(words):
    _same(" ".join(words))
