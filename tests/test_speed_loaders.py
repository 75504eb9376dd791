"""Speed guards: every lexicon loader reads its data once per process (a cache decorator that
slipped onto another function once made extraction about 15x slower), and the lazily read
context of a sentence (extract._LeadParty) gives what the eager reading gave."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import newsfigures
from newsfigures.extract import _LeadParty
from newsfigures.territory.actors import lead_party

_READS_DATA = ("load_yaml(", "data_text(", "parse_yaml(", "read_text(", "csv.")


def _loaders():
    """(module, name) of every module-level function of the extraction that takes no argument
    and reads a data file: the lexicon, grammar, gazetteer and outlet loaders."""
    out = []
    for info in pkgutil.walk_packages(newsfigures.__path__, "newsfigures."):
        if info.name.startswith("newsfigures.book"):
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            fn_inner = inspect.unwrap(fn) if callable(fn) else None
            if not inspect.isfunction(fn_inner) or fn_inner.__module__ != module.__name__:
                continue
            if any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                   for p in inspect.signature(fn_inner).parameters.values()):
                continue
            source = inspect.getsource(fn_inner)
            if any(s in source for s in _READS_DATA):
                out.append((info.name, name))
    return out


LOADERS = _loaders()


def test_the_loaders_are_found():
    names = {f"{m}.{n}" for m, n in LOADERS}
    assert {"newsfigures.attribution.lexicon._lexicon", "newsfigures.territory.grammar._lexicon",
            "newsfigures.figures.vocabulary.lexicon", "newsfigures.reading.outlets.known_outlets"} <= names


@pytest.mark.parametrize("module, name", LOADERS, ids=[f"{m}.{n}" for m, n in LOADERS])
def test_each_loader_returns_the_same_object_when_called_twice(module, name):
    fn = getattr(importlib.import_module(module), name)
    assert fn() is fn(), f"{module}.{name} reads its data again on every call: cache it (functools.lru_cache)"


SENTENCES = ["Rebels shelled the district on Monday.", "The weather was cold.", "It was quiet.",
             "The army advanced.", "Nothing else happened.", "Residents fled."]


def _eager(sentences: list[str], start: str | None) -> list[str | None]:
    out, party = [], start
    for s in sentences:
        party = lead_party(s) or party
        out.append(party)
    return out


@pytest.mark.parametrize("start", [None, "government"])
def test_the_lazily_read_lead_party_is_the_eager_one(start):
    chain, lazies = start, []
    for s in SENTENCES:
        chain = _LeadParty(s, chain)
        lazies.append(chain)
    assert [lz() for lz in reversed(lazies)][::-1] == _eager(SENTENCES, start)


def test_a_long_run_of_sentences_without_actors_resolves_without_deep_recursion():
    chain = _LeadParty("The army advanced.", None)
    for _ in range(5000):
        chain = _LeadParty("Nothing happened.", chain)
    assert chain() == "government"
