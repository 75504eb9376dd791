"""Lexicons are data: one loader for ``data/*.yaml|csv|md`` and one phrase-to-regex builder.

Every stage reads its word lists through :func:`data_text` / :func:`load_yaml` (cached, from
the installed package, so it works from a wheel as well as a checkout), and turns phrases into
regex alternations with :func:`alternation`: the longest phrase first, so "driven out of"
wins over "driven". The options say how each lexicon spells its phrases (a trailing ``*`` for
"any ending", spaces that match any whitespace, hyphens and apostrophes written either way).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable

import yaml


#: libyaml's parser when PyYAML was built with it (about 8x faster than the pure-Python one;
#: the same SafeConstructor, so the same objects)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``text`` parsed as YAML with the safe loader (C-accelerated when available)."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def data_text(name: str) -> str:
    """The text of ``data/<name>`` shipped with the package."""
    return resources.files("newsfigures").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """``data/<name>`` parsed as YAML (cached: callers must not mutate the result)."""
    return parse_yaml(data_text(name))


def longest_first(phrases: Iterable[str], *, alphabetical: bool = True, dedupe: bool = True) -> list[str]:
    """Phrases longest first; ties alphabetical, or in the order given (``alphabetical=False``)."""
    items = set(phrases) if dedupe else list(phrases)
    if alphabetical:
        return sorted(items, key=lambda p: (-len(p), p))
    return sorted(items, key=len, reverse=True)


def alternation(phrases: Iterable[str], *, word: Callable[[str], str] = re.escape, space: str | None = r"\s+",
                stars: bool = False, lower: bool = False, alphabetical: bool = True, dedupe: bool = True,
                each: Callable[[str, str], str] | None = None, boundary: tuple[str, str] | None = None) -> str:
    """A regex alternation of ``phrases``, longest first.

    ``word`` spells one word (default: literally); ``space`` joins the words (None: ``word``
    spells the whole phrase); with ``stars`` a
    trailing ``*`` means "any ending" (``evacuat*``); ``lower`` lower-cases the phrases first;
    ``each(phrase, rx)`` may wrap one phrase's regex (boundaries that depend on its letters);
    ``boundary`` = (before, after) wraps the group: ``(r"\\b", r"\\b")`` gives whole words.
    """
    items = [p.lower() for p in phrases] if lower else list(phrases)
    parts = []
    for phrase in longest_first(items, alphabetical=alphabetical, dedupe=dedupe):
        text, tail = phrase, ""
        if stars and phrase.endswith("*"):
            text, tail = phrase[:-1], r"\w*"
        rx = (word(text) if space is None else space.join(word(w) for w in text.split(" "))) + tail
        parts.append(each(phrase, rx) if each else rx)
    body = "|".join(parts)
    if boundary is None:
        return body
    return f"{boundary[0]}(?:{body}){boundary[1]}"


def word_pattern(words: Iterable[str]) -> str:
    """Whole words or phrases, case as given lower-cased, ``*`` = any ending: the claims lexicon."""
    return alternation(words, space=r"\ ", stars=True, lower=True, alphabetical=False, dedupe=False,
                       boundary=(r"\b", r"\b"))


def word_trie_pattern(words: Iterable[str]) -> str:
    """The words of :func:`word_pattern` as a letter tree ("attack", "attacks" -> ``attack(?:s)?``).

    It matches somewhere in a text exactly when :func:`word_pattern` does, several times
    faster: the engine follows one branch per letter instead of trying every word at every
    position. Where words overlap it may match another one of them (another length), so use
    it to test whether a text has a word, not to count or quote matches."""
    root: dict = {}
    for phrase in words:
        text = phrase.lower()
        star = text.endswith("*")
        node = root
        for ch in text[:-1] if star else text:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(star)

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        ends = node.get("", set())
        if True in ends:
            alts.append(r"\w*")
        elif False in ends:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return rf"\b(?:{branch(root)})\b" if root else "(?!)"


def phrase_tree(phrases: Iterable[str], space: str = r"\s+") -> str:
    """Literal phrases as one letter tree (a space in a phrase stands for ``space``).

    At any place it matches the phrase that the alternation of the same phrases, longest
    first, matches there (two phrases that both fit one place share a branch, and the tree
    tries the longer way first), but the engine follows one branch per letter instead of
    trying every phrase. Use it inside the same surrounding pattern as the alternation."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(" " if ch == " " else ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + branch(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # the phrase ends here: tried after every longer one
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(root) if root else "(?!)"
