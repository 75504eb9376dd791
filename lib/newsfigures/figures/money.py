"""Sums of money: a figure of the response to the conflict (category ``other``).

``aid`` when the sentence gives or pledges the sum as aid (``money_aid`` in ``data/claims.yaml``:
"an extra £20m in humanitarian aid", "pledged £10 million for emergency relief"), else ``other``
("an appeal that requests US$3.2 billion", "could cost $200 million"). The unit is the
currency's name in the singular (``dollar``, ``pound``, ``euro``).

>>> from newsfigures.figures.numbers import find_quantities
>>> s = "Britain pledged £10 million for emergency relief."
>>> money_figure(s, find_quantities(s)[0])
('other', 'aid', 'pound')
"""

from __future__ import annotations

import functools
import re

from ..lexicon import load_yaml, word_pattern
from .numbers import Quantity
from ..regexstore import compile as compile_regex

_CURRENCY_UNIT = {"USD": "dollar", "GBP": "pound", "EUR": "euro"}
_CLAUSE_STOP = compile_regex(r"[;:!?]|\.\s|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


@functools.lru_cache(maxsize=1)
def _money_aid() -> re.Pattern[str]:
    return compile_regex(word_pattern(load_yaml("claims.yaml")["money_aid"]), re.I)


def money_figure(sentence: str, q: Quantity) -> tuple[str, str, str]:
    """``(category, measure, unit)`` of the sum ``q`` (a quantity of kind ``money``)."""
    stops = [m.end() for m in _CLAUSE_STOP.finditer(sentence, 0, q.start)]
    after = _CLAUSE_STOP.search(sentence, q.end)
    clause = sentence[stops[-1] if stops else 0:after.start() if after else len(sentence)]
    measure = "aid" if _money_aid().search(clause) else "other"
    return "other", measure, _CURRENCY_UNIT.get(q.unit, q.unit.lower() or "money")
