"""newsfigures.territory.shares: who holds a share of territory, read from the verbs around it.

Cases are ``(sentence, expected party, note)``; the share is the sentence's percentage."""

from __future__ import annotations

import pytest

from newsfigures.territory.shares import territory_party
from newsfigures.figures.numbers import find_quantities

CASES = [
    ("Government forces pushed them out of more than 90 percent of the east.", "government",
     "a pronoun pushed out: the pusher holds the share"),
    ("The rebels pushed them out of 40 percent of the district.", "rebels", "the same with the rebels pushing"),
    ("Troops forced the rebels out of 85 percent of the enclave.", "government", "a named object: its opponent holds it"),
    ("They now hold less than 10 percent of the east.", "", "a bare pronoun names no party"),
    ("Rebels have lost 60 percent of the territory they held.", "government",
     "a loss verb: the share went to the loser's opponent"),
    ("The army has retaken 98 percent of eastern Aleppo.", "government", "a gain verb"),
]


@pytest.mark.parametrize("sentence, party, note", CASES, ids=[c[2] for c in CASES])
def test_territory_party(sentence, party, note):
    (q,) = [q for q in find_quantities(sentence) if q.kind == "percent"]
    assert territory_party(sentence, q)[0] == party, note
