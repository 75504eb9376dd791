"""Helpers of the control-event case tables (rounds 6 and 7): sides, test ids, and the events of a
sentence as ``"district:controller:event"`` strings."""

from __future__ import annotations

import re

import pytest

from newsfigures.territory.control import control_mentions

G, R, K = "government", "rebels", "kurdish"


def _id(note: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", note.lower()).strip("-")


def _table(rows):
    return [pytest.param(*row, id=_id(row[-1])) for row in rows]


def _triples(sentence: str, context_party: str | None = None) -> set[str]:
    return {f"{m.neighbourhood}:{m.controller}:{m.event}" for m in control_mentions(sentence, context_party)}


def _captured(party: str, *names: str) -> set[str]:
    return {f"{n}:{party}:captured" for n in names}


def _held(party: str, *names: str) -> set[str]:
    return {f"{n}:{party}:held" for n in names}
