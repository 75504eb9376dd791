"""What an article is about, as far as figures are concerned: the off-domain gate, and
evacuation operations.

* **The off-domain gate.** A figure in a conflict category (casualties, displacement,
  territory, population) needs a conflict context: its sentence shows attacks or fighting, a
  conflict party, the place or the humanitarian response (:func:`conflict_context`), or the
  sentence stands in an article about the conflict (:func:`is_conflict_text`) and is not about
  something else (:func:`other_domain`: markets, sport, the screen, science, weather,
  elections). "Shares rose 12 percent", "Game 7", the TV series "Casualty" are no figures of
  the conflict.
* **Evacuation operations.** In an article about one (:func:`is_evacuation_text`), people who
  "got out" or "left" were evacuated, not fleeing (:func:`operation_measure`).

The word lists are ``conflict_context``, ``conflict_patterns``, ``off_domain``,
``evacuation_article_words``, ``flight_words`` and ``cross_line_destinations`` in
``data/claims.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import load_yaml, word_pattern, word_trie_pattern
from ..memo import sentence_memo
from ..regexstore import compile as compile_regex

#: The categories of the conflict; ``other`` is the rest.
CONFLICT_CATEGORIES = frozenset({"casualties", "displacement", "territory", "population"})


@dataclass(frozen=True)
class _ContextLexicon:
    conflict: re.Pattern[str]
    off_domain: re.Pattern[str]
    has_conflict: re.Pattern[str]     # the same words as ``conflict`` as a letter tree: a faster test
    has_off_domain: re.Pattern[str]   # (see lexicon.word_trie_pattern), not for counting
    evacuation_article: re.Pattern[str]
    flight: re.Pattern[str]
    cross_line: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> _ContextLexicon:
    raw = load_yaml("claims.yaml")
    conflict_words = [w for ws in raw["conflict_context"].values() for w in ws]
    off_domain_words = [w for ws in raw["off_domain"].values() for w in ws]
    return _ContextLexicon(
        conflict=compile_regex("|".join([word_pattern(conflict_words), *raw["conflict_patterns"]]), re.I),
        off_domain=compile_regex(word_pattern(off_domain_words), re.I),
        has_conflict=compile_regex("|".join([word_trie_pattern(conflict_words), *raw["conflict_patterns"]]), re.I),
        has_off_domain=compile_regex(word_trie_pattern(off_domain_words), re.I),
        evacuation_article=compile_regex(word_pattern(raw["evacuation_article_words"]), re.I),
        flight=compile_regex(word_pattern(raw["flight_words"]), re.I),
        cross_line=compile_regex(word_pattern(raw["cross_line_destinations"]), re.I),
    )


#: The article's sentences are read here twice (for :func:`is_conflict_text`, then for each
#: figure's :func:`~.measure.classify`): the memo reads each once per article.
@sentence_memo
def conflict_context(text: str) -> bool:
    """True when ``text`` shows an armed conflict: attacks or fighting, a conflict party, the
    place, the humanitarian response, by more cues than it shows of another domain
    (:func:`other_domain`): "the war drama drew 3 million viewers" is about the screen,
    "airstrikes killed 30" is not."""
    lex = lexicon()
    # counted only when both kinds are there: most sentences have no cue, or no other domain
    if lex.has_conflict.search(text) is None:
        return False
    if lex.has_off_domain.search(text) is None:
        return True
    cues = sum(1 for _ in lex.conflict.finditer(text))
    return cues > sum(1 for _ in lex.off_domain.finditer(text))


def other_domain(text: str) -> bool:
    """True when ``text`` has a word of another domain: markets, sport, the screen, science,
    weather, elections."""
    return bool(lexicon().has_off_domain.search(text))


def is_conflict_text(sentences: list[str], min_sentences: int = 2, min_share: float = 0.25,
                     title: str | None = None) -> bool:
    """True when at least ``min_sentences`` and ``min_share`` of the (non-empty) ``sentences``
    show an armed conflict: the article is about the conflict, so its sentences without a cue
    of their own still count. (Articles about the offensive run at 45-90 percent; a sports
    report with a "massacred 7-0" and an "attacked down the left" stays well below.)
    Questions ("How many doctors are still working?") assert nothing and are not counted; a
    ``title`` that shows the conflict ("A surgeon inside east Aleppo") is its own evidence: then
    ``min_share`` is halved (an interview's chatty answers name the war less often)."""
    sentences = [s for s in sentences if s.strip() and not s.rstrip(" \"'”’)").endswith("?")]
    if title and title.strip():
        titled = conflict_context(title)
        sentences = [title] + sentences
        if titled:
            min_share /= 2
    n = sum(1 for s in sentences if conflict_context(s))
    if len(sentences) <= 3:  # a short text (a brief, a live-page entry): one such sentence of three is enough
        return n >= 1 and n >= len(sentences) / 3
    return n >= min_sentences and n >= min_share * len(sentences)


def is_evacuation_text(text: str, min_words: int = 3, per_thousand: float = 8.0) -> bool:
    """True when ``text`` (title and body) is about an evacuation operation: at least
    ``min_words`` and ``per_thousand`` per 1,000 words of evacuations, evacuees, buses, convoys,
    "brought out"."""
    n = sum(1 for _ in lexicon().evacuation_article.finditer(text))
    return n >= min_words and n >= per_thousand * len(text.split()) / 1000


def operation_measure(measure: str, sentence: str) -> str:
    """In an article about an evacuation operation, people who "got out", "left" or joined an
    "exodus" were evacuated; those who "fled" or "escaped", or crossed to the government or
    Kurdish side, fled."""
    lex = lexicon()
    if measure != "fled" or lex.flight.search(sentence) or lex.cross_line.search(sentence):
        return measure
    return "evacuated"
