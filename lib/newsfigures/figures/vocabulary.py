"""The words of :mod:`.measure`: which measure belongs to which category, and the lexicons of
``data/claims.yaml`` compiled once (cue words of each measure, counted nouns, aid, evacuation)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import load_yaml, word_pattern
from ..regexstore import compile as compile_regex


CATEGORY_OF = {
    "killed": "casualties", "wounded": "casualties", "missing": "casualties",
    "displaced": "displacement", "fled": "displacement", "evacuated": "displacement", "refugees": "displacement",
    "share_held": "territory", "share_taken": "territory", "neighbourhoods_taken": "territory",
    "neighbourhoods_held": "territory", "area": "territory",
    "residents": "population", "trapped": "population", "remaining": "population",
}
STRONG_NOUN_MEASURES = {"killed", "wounded", "refugees", "evacuated", "displaced", "detained",
                        "staff", "vehicles", "facilities", "aid", "other"}
PEOPLE_MEASURES = {"killed", "wounded", "missing", "displaced", "fled", "evacuated", "refugees", "residents",
                   "trapped", "remaining", "detained", "surrendered"}


@dataclass(frozen=True)
class Lexicon:
    cue_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    nouns: dict[str, dict]
    noun_pattern: re.Pattern[str]
    not_figures: re.Pattern[str]
    territory_words: re.Pattern[str]
    gain: re.Pattern[str]
    loss: re.Pattern[str]
    evacuee_party: dict[str, str]
    evacuation: re.Pattern[str]
    hurt: re.Pattern[str]
    aid_things: frozenset[str]
    aid_for: re.Pattern[str]
    aid_scarcity: re.Pattern[str]
    lives_taken: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_yaml("claims.yaml")
    cues = tuple((m, compile_regex(word_pattern(ws), re.I)) for m, ws in raw["measures"].items())
    nouns = {k.lower(): v for k, v in raw["nouns"].items()}
    return Lexicon(
        cue_patterns=cues,
        nouns=nouns,
        noun_pattern=compile_regex(word_pattern(list(nouns)), re.I),
        not_figures=compile_regex(word_pattern(raw["not_figures"]), re.I),
        territory_words=compile_regex(word_pattern(raw["territory_words"]), re.I),
        gain=compile_regex(word_pattern(raw["gain_verbs"]), re.I),
        loss=compile_regex(word_pattern(raw["loss_verbs"]), re.I),
        evacuee_party={k.lower(): v for k, v in raw["evacuee_party"].items()},
        evacuation=compile_regex(word_pattern(raw["evacuation_cues"]), re.I),
        hurt=compile_regex(word_pattern(raw["hurt_cues"]), re.I),
        aid_things=frozenset(w.lower() for w in raw["aid_things"]),
        # an aid word, a few words, then the link right before the number ("kits for ")
        aid_for=compile_regex(word_pattern(raw["aid_words"]) + r"(?P<between>(?:\s+[^\s.;:!?]+){0,6}?)\s+"
                           + word_pattern(raw["aid_for"]) + r"\s+$", re.I),
        aid_scarcity=compile_regex(word_pattern(raw["aid_scarcity"]), re.I),
        # the verb right before "N lives" ("claimed more than 300,000 lives"), qualifier words between
        lives_taken=compile_regex(word_pattern(raw["lives_taken"]) + r"\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$", re.I),
    )
