"""What a number counts: category, measure, unit and party of each figure in an article.

For every sentence, :func:`newsfigures.figures.numbers.find_quantities` gives the number phrases; this
module keeps those that are figures of the conflict and decides what they count from the
words around them, with the lexicons in ``data/claims.yaml``:

1. **Head noun**: the thing counted, read after the number ("31,000 *people*", "thousands of
   *civilians*", "27 of them *children*", "47 of its 57 *staff*"). It gives the party for
   people (civilians, children, fighters...), a unit (families, buses, neighbourhoods), and
   for some nouns the measure itself ("60 *fatalities*", "*refugees*").
2. **Cue words**: the verb or noun of the clause that says what happened to them ("have
   *fled*", "*killing* 11 people", "cost the *lives* of", "*trapped*"). The first cue to the
   right of the number within the clause wins, else the nearest to the left.
3. **Territory**: percentages, fractions and areas of a place are territory; the party is the
   actor that holds or gains it, read from gain verbs ("the army *recaptured* 99 percent") and
   loss verbs ("rebels *driven from* 98 percent", "rebels have *lost* more than half of the east"
   -> government: a loss is no holding) by one grammar for every side
   (:func:`newsfigures.territory.shares.territory_party`, passed in as ``share_party``), with the
   actors table of the control events. A share is never above 100 percent ("45 quarters" counts
   districts). Counts of neighbourhoods are
   territory when a control verb is in the clause.
4. Numbers with no head noun and no cue ("put the number at 4,000") take the measure of the
   previous figure in the article when the sentence refers back to a number ("the number",
   "the toll", "the figure", "an additional", "another").

Then :mod:`newsfigures.attribution` says who the figure is attributed to, and
:mod:`newsfigures.figures.dates` which day (and period) it refers to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from ..lexicon import load_yaml, word_pattern
from .numbers import Quantity, is_figure_kind

#: Who holds a share of territory: ``(sentence, quantity) -> (party, verb found)``. The
#: territory stage answers it (:func:`newsfigures.territory.shares.territory_party`); the
#: extraction passes it in, so this stage knows nothing of actors.
SharePartyFn = Callable[[str, Quantity], "tuple[str, bool]"]


def _no_party(sentence: str, q: Quantity) -> tuple[str, bool]:
    return "", False


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
    window: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_yaml("claims.yaml")
    cues = tuple((m, re.compile(word_pattern(ws), re.I)) for m, ws in raw["measures"].items())
    nouns = {k.lower(): v for k, v in raw["nouns"].items()}
    return Lexicon(
        cue_patterns=cues,
        nouns=nouns,
        noun_pattern=re.compile(word_pattern(list(nouns)), re.I),
        not_figures=re.compile(word_pattern(raw["not_figures"]), re.I),
        territory_words=re.compile(word_pattern(raw["territory_words"]), re.I),
        gain=re.compile(word_pattern(raw["gain_verbs"]), re.I),
        loss=re.compile(word_pattern(raw["loss_verbs"]), re.I),
        window=re.compile("|".join(raw["share_window"]), re.I),
    )


@dataclass(frozen=True)
class Classification:
    category: str
    measure: str
    unit: str
    party: str
    quote_end: int  # offset in the sentence where the figure phrase (number + head noun) ends


_RIGHT_STOP = re.compile(r"[;:()\[\]—–]|,\s|\.\s|\.$|\bbut\b|\bwhile\b|\bwhereas\b|\baccording to\b|\bsaid\b|\bsays\b")
_LEFT_STOP = re.compile(r"[;:()\[\]—–]|[.,]\s|\bbut\b|\bwhile\b|\bwhereas\b")
# ", two of them children," / ", most of them women and children," : an appositive the clause skips
_APPOSITIVE = re.compile(r"^,\s+(?:[\w-]+\s+){0,3}(?:of them|of whom|among them|including)\b[^,;.]{0,60},", re.I)
_APPOSED = re.compile(r",\s*$|\b(?:among them|including)\s*$", re.I)
_OF_THEM = re.compile(r"^\s+(?:of them|of whom)\b", re.I)
_SKIP_AFTER = re.compile(r"^\s*(?:of\s+(?:the|its|their|his|her|our|them|those|whom|these|which)?\s*)?", re.I)
_REFER_BACK = re.compile(r"\b(the|that|this)\s+(number|figure|toll|tally|count|total)\b|\b(an? additional|another|a further|further)\s*$", re.I)


def _right_clause(sentence: str, pos: int, limit: int = 90) -> str:
    tail = sentence[pos:pos + limit + 80]
    skip = _APPOSITIVE.match(tail)
    if skip:
        tail = tail[skip.end():]
    tail = tail[:limit]
    m = _RIGHT_STOP.search(tail)
    return tail[:m.start()] if m else tail


def _left_clause(sentence: str, pos: int, limit: int = 110) -> str:
    start = max(0, pos - limit)
    head = sentence[start:pos]
    last = None
    for m in _LEFT_STOP.finditer(head):
        last = m
    return head[last.end():] if last else head


def head_noun(sentence: str, q: Quantity) -> tuple[str | None, int]:
    """The counted noun after the number phrase and where it ends ((None, q.end) if none)."""
    lex = lexicon()
    after = sentence[q.end:q.end + 70]
    skip = _SKIP_AFTER.match(after)
    pos = skip.end() if skip else 0
    window = after[pos:]
    stop = re.search(r"[;:,.()\[\]—–]|\b(?:who|which|that|have|has|had|were|was|are|is|in|on|at|from|to|into|with|by|for)\b", window)
    window = window[:stop.start()] if stop else window
    # up to four words of modifiers before the noun ("more Aleppo", "fleeing", "Shiite")
    tokens = window.split()[:5]
    scope = " ".join(tokens)
    m = lex.noun_pattern.search(scope)
    if m:
        end_in_after = after.find(m.group(0), pos) + len(m.group(0))
        return m.group(0).lower(), q.end + end_in_after
    return None, q.end


def _cue(sentence: str, q: Quantity, noun_end: int) -> str | None:
    """The measure named by the nearest cue word in the clause (right of the counted noun,
    or left of the number); at equal distance the right one, and the longer phrase, win."""
    lex = lexicon()
    right = _right_clause(sentence, noun_end, 70)
    left = _left_clause(sentence, q.start)
    best: tuple[int, int, str] | None = None
    for measure, pat in lex.cue_patterns:
        for m in pat.finditer(right):
            key = (m.start(), -len(m.group(0)), measure)
            best = key if best is None or key < best else best
        for m in pat.finditer(left):
            key = (len(left) - m.end() + 1, -len(m.group(0)), measure)
            best = key if best is None or key < best else best
    return best[2] if best else None


def classify(sentence: str, q: Quantity, previous_measure: str | None = None,
             previous_in_sentence: str | None = None, share_party: SharePartyFn = _no_party) -> Classification | None:
    """Category, measure, unit and party of the figure ``q`` in ``sentence``; None if ``q`` is
    not a figure of the conflict. ``share_party`` says who holds a share of territory."""
    lex = lexicon()
    if not is_figure_kind(q.kind):
        return None
    if q.low < 0 or q.high < q.low:
        return None
    left = _left_clause(sentence, q.start)
    right = _right_clause(sentence, q.end)
    if q.kind == "percent" or q.unit == "percent":
        of_what = sentence[q.end:q.end + 80]
        is_territory = bool(lex.territory_words.search(of_what) or lex.gain.search(left) or lex.loss.search(left)
                            # "... 93 percent of the east, and rebels the remaining 7 percent"
                            or (previous_in_sentence in ("share_held", "share_taken")
                                and not re.match(r"\s+of\b", of_what)))
        if not is_territory or q.high > 100:  # a share of territory is never above 100 percent
            return Classification("other", "other", "percent", "", q.end)
        party, _ = share_party(sentence, q)
        window = lex.window.search(left) or lex.window.search(sentence[q.end:q.end + 80])
        measure = "share_taken" if window else "share_held"
        end = q.end
        return Classification("territory", measure, "percent", party, end)
    if q.kind == "area" or q.unit in ("km2", "sq_mi", "hectares", "acres"):
        # a unit conversion in brackets repeats the figure before it: "6 hectares (15 acres)"
        if sentence[:q.start].rstrip().endswith("(") and re.search(r"\d", sentence[max(0, q.start - 40):q.start]):
            return None
        party, _ = share_party(sentence, q)
        return Classification("territory", "area", q.unit, party, q.end)

    noun, noun_end = head_noun(sentence, q)
    if noun is None:
        # "two or three neighborhoods"-style tails are found above; numbers followed by a
        # noun we do not count ("two sides", "three countries") are not figures
        tail = sentence[q.end:q.end + 30]
        if lex.not_figures.match(tail.strip()) or lex.not_figures.search(tail.split(",")[0][:20]):
            return None
    info = lex.nouns.get(noun or "", {})
    unit = info.get("unit", "people")
    party = info.get("party", "")
    if info.get("territory"):
        control = lex.gain.search(left) or lex.loss.search(left) or lex.gain.search(right) or \
            re.search(r"\b(breach\w*|entered|overran|storm\w*|advanced into)\b", left, re.I)
        if control:
            tparty, _ = share_party(sentence, q)
            held = re.search(r"\b(control\w*|hold\w*|held|limited to|remain\w* (?:in|under))\b", left + " " + right, re.I) and \
                not re.search(r"\b(regain\w*|recaptur\w*|retak\w*|retook|captur\w*|seiz\w*|took|taken|lost|fell|retreat\w*|withdr\w*|driven|forced|pushed|breach\w*|entered|overran|storm\w*)\b", left, re.I)
            measure = "neighbourhoods_held" if held else "neighbourhoods_taken"
            return Classification("territory", measure, "neighbourhoods", tparty, noun_end)
        return Classification("other", "other", unit, "", noun_end)
    noun_measure = info.get("measure")
    cue = _cue(sentence, q, noun_end)
    apposed = previous_in_sentence and (_APPOSED.search(sentence[:q.start]) and _OF_THEM.match(sentence[q.end:])
                                        or re.search(r"\b(?:among them|including)\s*$", sentence[:q.start], re.I))
    if apposed and noun_measure not in STRONG_NOUN_MEASURES:
        measure = previous_in_sentence  # "219 civilians, 27 of them children": the same measure
    elif noun_measure in STRONG_NOUN_MEASURES:
        measure = noun_measure
    elif cue is not None:
        measure = cue
    elif noun_measure:
        measure = noun_measure
    elif noun is None and previous_measure and _REFER_BACK.search(sentence[:q.start]):
        measure = previous_measure
    elif noun is not None and unit == "people":
        measure = "other"
    else:
        return None
    if measure == "fighters" and cue in PEOPLE_MEASURES:
        measure = cue
    category = CATEGORY_OF.get(measure, "other")
    if category == "other" and measure not in ("fighters", "staff", "vehicles", "facilities", "aid", "detained",
                                               "surrendered"):
        measure = "other"
    if unit not in ("people", "families") and measure in PEOPLE_MEASURES and info.get("measure") in ("vehicles", "facilities"):
        measure, category = info["measure"], "other"
    if not party and noun is None:
        # "secured the exit of 1,500 people": a party named right before the number
        m = re.search(r"\b(civilians|children|women|fighters|rebels|soldiers)\b[^.]{0,25}$", left, re.I)
        party = m.group(1).lower() if m else ""
    return Classification(category, measure, unit, party, max(noun_end, q.end))
