"""One territory grammar: shares of territory and control events read sides and losses by the
same rules (newsfigures.territory.actors).

A loss by X goes to the taker the text names; else rebels <-> government; a Kurdish loss goes
to the government only when the sentence names the government side, else to nobody (no party
for a share, no control event for a district). Sentences are made up, generic.
"""

import pytest

from newsfigures.figures.numbers import find_quantities
from newsfigures.territory.actors import find_actors, taker_after_loss
from newsfigures.territory.control import control_mentions
from newsfigures.territory.shares import territory_party

# (sentence with a share, expected holder of the share ("" = nobody credited))
SHARES = [
    ("The YPG lost 40 percent of the district.", ""),
    ("Kurdish fighters lost 30 percent of the area.", ""),
    ("The SDF withdrew from 15 percent of the neighbourhood after talks.", ""),
    ("Kurdish fighters lost 30 percent of the area as the army advanced.", "government"),
    ("Kurdish units withdrew from half of the area as regime forces pushed in.", "government"),
    ("The YPG lost 40 percent of the district to government forces.", "government"),
    ("Rebels lost 60 percent of the eastern districts.", "government"),
    ("The army lost 20 percent of the territory it held.", "rebels"),
    ("Rebels were driven from 98 percent of the enclave.", "government"),
    ("The army recaptured 85 percent of the city.", "government"),
    ("Rebels now hold less than 10 percent of the east.", "rebels"),
]

# (sentence naming a district, expected (district, controller) events)
EVENTS = [
    ("Kurdish fighters lost Sheikh Maqsoud.", []),
    ("The YPG lost Sheikh Maqsoud.", []),
    ("Kurdish forces withdrew from Ashrafieh.", []),
    ("Kurdish fighters lost Sheikh Maqsoud to the army.", [("Sheikh Maqsoud", "government")]),
    ("Kurdish fighters lost Sheikh Maqsoud as the army advanced.", [("Sheikh Maqsoud", "government")]),
    ("Kurdish forces withdrew from Ashrafieh as government troops moved in.", [("Ashrafieh", "government")]),
    ("Rebels lost Hanano.", [("Masaken Hanano", "government")]),
    ("The army lost Hanano.", [("Masaken Hanano", "rebels")]),
    ("Rebels withdrew from Sukkari.", [("Sukkari", "government")]),
    ("Government forces captured Hanano.", [("Masaken Hanano", "government")]),
    ("Rebels captured Hanano from the army.", [("Masaken Hanano", "rebels")]),
]


@pytest.mark.parametrize("sentence,holder", SHARES, ids=[s for s, _ in SHARES])
def test_who_holds_a_share(sentence, holder):
    q = next(q for q in find_quantities(sentence) if q.kind == "percent" or "half" in q.text)
    assert territory_party(sentence, q)[0] == holder


@pytest.mark.parametrize("sentence,events", EVENTS, ids=[s for s, _ in EVENTS])
def test_who_takes_a_district(sentence, events):
    assert [(m.neighbourhood, m.controller) for m in control_mentions(sentence)] == events


@pytest.mark.parametrize("loser,sentence,taker", [
    ("rebels", "Rebels lost ground.", "government"),
    ("government", "The army lost ground.", "rebels"),
    ("kurdish", "The YPG lost ground.", None),
    ("kurdish", "The YPG lost ground as the army advanced.", "government"),
    ("none", "Islamic State lost ground.", None),
])
def test_the_loss_rule(loser, sentence, taker):
    assert taker_after_loss(loser, sentence) == taker


def test_a_kurdish_loss_reads_the_same_in_both_grammars():
    """The issue's pair: a Kurdish loss credits nobody, as a share and as a district."""
    share = "The YPG lost 40 percent of the district."
    q = next(q for q in find_quantities(share) if q.kind == "percent")
    assert territory_party(share, q)[0] == ""
    assert control_mentions("Kurdish fighters lost Sheikh Maqsoud.") == []


def test_one_actors_table_with_party_adjectives_for_shares():
    assert [p for _, _, p in find_actors("Kurdish fighters and the army")] == ["kurdish", "government"]
    assert [p for _, _, p in find_actors("the opposition-held pocket", adjectives=True)] == ["rebels"]
    assert find_actors("the opposition-held pocket") == []
