"""newsfigures.figures.measure.classify: what a number counts, as a table of made-up generic sentences.

Each row: a sentence, then (category, measure) of every figure in it, in order.
"""

import pytest

from newsfigures.figures.measure import classify
from newsfigures.figures.numbers import find_quantities
from newsfigures.territory.shares import territory_party

CASES = [
    ('At least 12 people were killed when a shell hit the market.', [('casualties', 'killed')], 'passive verb after the head noun'),
    ('The strike killed 7 civilians, including 3 children.', [('casualties', 'killed'), ('casualties', 'killed')], "apposed 'including 3 children' keeps the measure"),
    ('Some 40 people were wounded in the attack on the bakery.', [('casualties', 'wounded')], ''),
    ('More than 5,000 people have fled the district since Sunday.', [('displacement', 'fled')], ''),
    ('About 300 families were displaced by the fighting.', [('displacement', 'displaced')], ''),
    ('Buses evacuated 1,200 people from the besieged quarter on Thursday.', [('displacement', 'evacuated')], ''),
    ('Nearly 2,000 refugees crossed into the neighbouring province.', [('displacement', 'refugees')], ''),
    ('An estimated 100,000 people are still trapped inside the enclave.', [('population', 'trapped')], ''),
    ('The city had a population of 250,000 before the offensive.', [('population', 'residents')], ''),
    ('Around 30,000 residents remain in the eastern districts.', [('population', 'remaining')], ''),
    ('The army recaptured 60 percent of the area held by the insurgents.', [('territory', 'share_held')], ''),
    ('Government forces now control 85 percent of the eastern districts.', [('territory', 'share_held')], ''),
    ('Rebels were driven from 40 percent of the territory they held.', [('territory', 'share_held')], ''),
    ('Troops seized 12 neighbourhoods during the week.', [('territory', 'neighbourhoods_taken')], ''),
    ('The militants hold about 10 square kilometres of the city.', [('territory', 'area')], ''),
    ('The convoy of 20 trucks carried food and medicine.', [('other', 'vehicles')], ''),
    ('Two hospitals were put out of service by the bombardment.', [('other', 'facilities')], ''),
    ('Police detained 15 men at the checkpoint.', [('other', 'detained')], ''),
    ('The toll rose to 85, the agency said, putting the number at 90.', [('casualties', 'killed'), ('casualties', 'killed')], "a number referring back ('the number') takes the previous measure"),
    ('Three doctors and 11 nurses were among the 60 staff who stayed.', [('other', 'staff'), ('other', 'staff'), ('other', 'staff')], 'staff counts are other'),
    ('The shelling killed 23 fighters and wounded 17 others.', [('casualties', 'killed'), ('casualties', 'wounded')], ''),
    ('Hundreds of people fled on foot overnight.', [('displacement', 'fled')], ''),
    ('Some 400 gunmen surrendered to the army.', [('other', 'surrendered')], ''),
    ('The explosion left 9 dead and 31 injured.', [('casualties', 'killed'), ('casualties', 'wounded')], ''),
    ('Aid workers said 50 tonnes of flour had arrived.', [('other', 'aid')], ''),
    ('Tens of thousands of civilians have left their homes.', [('displacement', 'fled')], ''),
    ('He was 45 years old.', [], 'an age is no figure'),
    ('The ceasefire was agreed at 3 pm on Tuesday.', [], 'a clock time is no figure'),
    ('The two sides met in three countries last year.', [], 'counted nouns we do not count are no figures'),
    ('About 1,500 people were evacuated from the hospital grounds.', [('displacement', 'evacuated')], ''),
    ('The air raids killed at least 100 people over the weekend.', [('casualties', 'killed')], ''),
    ('Four children were among the dead.', [('casualties', 'killed')], ''),
    # leaving by the corridors: "exited", "sought safety"
    ('In total, 17,000 residents have exited through the corridors since Saturday.', [('displacement', 'fled')], "'exited' is leaving"),
    ('Some 900 people were exiting the district through the crossing on Monday.', [('displacement', 'fled')], "'exiting'"),
    ('Thousands of civilians sought safety in the Kurdish-held quarter as the shelling went on.', [('displacement', 'fled')], "'sought safety'"),
    ('About 4,000 families are seeking safety in the western districts.', [('displacement', 'fled')], "'seeking safety'"),
    ('Officials said 70 percent of the population had no running water.', [('other', 'other')], 'a percentage of no territory is other'),
]

KNOWN_MISSES = [
    ("Dozens of residents remain missing after the building collapsed.", [("casualties", "missing")],
     "'remain' is read as 'remaining' before 'missing'"),
]


def _classified(sentence):
    previous = in_sentence = None
    out = []
    for q in find_quantities(sentence):
        c = classify(sentence, q, previous, in_sentence, share_party=territory_party)
        if c is not None:
            previous = in_sentence = c.measure
            out.append((c.category, c.measure))
    return out


@pytest.mark.parametrize("sentence,expected,note", CASES, ids=[c[0][:50] for c in CASES])
def test_what_a_number_counts(sentence, expected, note):
    assert _classified(sentence) == expected, note


@pytest.mark.xfail(strict=True, reason="known miss")
@pytest.mark.parametrize("sentence,expected,note", KNOWN_MISSES, ids=[c[0][:50] for c in KNOWN_MISSES])
def test_known_misses(sentence, expected, note):
    assert _classified(sentence) == expected, note
