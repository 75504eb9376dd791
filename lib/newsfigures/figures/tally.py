"""Scope and tally of a figure: a toll of the whole war or of the events reported, and a day's
count or a running total.

``tally_kind`` (one figure: :func:`tally_of`)
    Casualty figures are either *cumulative* (a toll over a stretch of time) or *single day*.
    Cues are looked for in the figure's own clause of its sentence (the text between the
    nearest clause breaks ``; . : —`` around the quote), as whole words, in any case. In order:

    1. A stated period (``period_start`` to ``period_end``) decides alone: longer than one day
       is cumulative, one day ("in the past 24 hours") is single day.
    2. A single-day cue (:data:`SINGLE_DAY_CUES`: "on Monday *alone*", "in a single day") makes
       it single day.
    3. A cumulative cue (:data:`CUMULATIVE_CUES`: "so far", "since", "in total", "rose to",
       "over the past", "in recent days", "this week" ..., or a stretch named by an event: "in
       the latest offensive", "during the siege", "of the war", "in four days") makes it
       cumulative.
    4. A weak cue (:data:`WEAK_CUES`: "toll", "total") makes it cumulative only when the
       figure is not dated to a named day (its ``date_method`` is the publication date): "the
       death toll" of Monday's shelling is still Monday's count. The clause a colon opens the
       figure's clause with counts too ("The death toll among fighters rose: at least 276 ...").
    5. Every other figure is single day: a figure dated by a weekday, "yesterday" or an
       explicit date refers to that day, and an undated figure gets its article's publication
       date (see the gold README), so it counts as what was reported that day.

    The extractor fills ``claims.csv``'s ``tally`` column with it (:func:`figure_tally`, for
    casualties and displacement); the book applies it by name through
    :mod:`newsfigures.reconcile`.

``war_scope``
    A toll or count of the whole war ("a conflict that has killed hundreds of thousands", "more
    than 300,000 since 2011", "the five-year war") is not about the events reported: scope
    ``war`` (lexicon: ``war_scope`` and ``current_events`` in ``data/claims.yaml``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..lexicon import load_yaml
from ..records import as_text, is_blank
from .numbers import Quantity
from ..regexstore import compile as compile_regex


#: Words that make a casualty figure a toll over time rather than one day's count. Matched as
#: whole words, case-insensitively, in the clause of the sentence that holds the figure.
CUMULATIVE_CUES = (
    "so far", "to date", "in total", "in all", "overall", "altogether", "cumulative", "since",
    "over the past", "in the past", "in the last", "over the last", "throughout", "rose to",
    "risen to", "climbed to", "in recent days", "in recent weeks", "over recent days", "over recent weeks",
    "this week", "this month",
)
#: "in the latest offensive", "during the siege", "of the war": a stretch of time named by an event.
CAMPAIGN_CUE = (r"(?:in|during|throughout|over|of|since)\s+the\s+(?:(?:latest|current|recent|ongoing|government|army|"
                r"regime|rebel|russian)\s+)?(?:offensive|siege|war|battle|campaign|assault|conflict|fighting)"
                # "fled in four days", "over two weeks": a stretch of several days
                r"|(?:in|over|within)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
                r"(?:days|weeks|months)")
#: Weak cues: cumulative only when the figure is not dated to a named day ("the death toll"
#: of one day's shelling is still one day's count).
WEAK_CUES = ("toll", "tolls", "total")
#: Cues that a figure counts one day ("on Monday alone", "in a single day").
SINGLE_DAY_CUES = ("alone", "in a single day", "in one day", "that day")
#: Cues that a figure describes the time before the war ("a pre-war population of 2.3 million",
#: "before the conflict, the city was home to ..."): it is about neither the war nor the events.
PRE_WAR_CUES = ("before the war", "before the civil war", "before the conflict", "before the uprising",
                "before the revolution", "before the crisis", "pre-war", "prewar", "pre-conflict", "before 2011",
                "in 2010")
#: A number in a clause (digits or a number word): a cue belongs to the number nearest to it.
_NUMBER_BETWEEN = compile_regex(r"\d|\b(?:half|third|quarter|dozens?|hundreds?|thousands?|millions?)\b", re.I)


def _cue_re(cues: tuple[str, ...], extra: str = "") -> re.Pattern:
    parts = [re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)]
    if extra:
        parts.append(extra)
    return compile_regex(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_CUE_RE = _cue_re(CUMULATIVE_CUES, CAMPAIGN_CUE)
_WEAK_RE = _cue_re(WEAK_CUES)
_DAY_RE = _cue_re(SINGLE_DAY_CUES)
_PRE_WAR_RE = _cue_re(PRE_WAR_CUES)
_CLAUSE_BREAK = compile_regex(r"[;:.!?\u2014]|\s-\s|\s--\s")

CUMULATIVE = "cumulative"
SINGLE_DAY = "single day"


def figure_clause(sentence: object, quote: object, breaks: re.Pattern | None = None) -> str:
    """The clause of ``sentence`` that holds ``quote`` (the whole sentence when the quote is
    not found in it); ``breaks`` are the clause breaks (default ``; . : —`` and dashes)."""
    breaks = breaks or _CLAUSE_BREAK
    s, q = as_text(sentence), as_text(quote)
    at = s.find(q) if q else -1
    if at < 0:
        return s
    start = 0
    for m in breaks.finditer(s, 0, at):
        start = m.end()
    m = breaks.search(s, at + len(q))
    end = m.start() if m else len(s)
    return s[start:end]


def _heading_cue(pattern: re.Pattern, sentence: object, quote: object) -> str:
    """A cue in the clause a colon opens the figure's clause with ("The death toll among fighters
    rose: at least 276 soldiers have been killed"), or ``""``."""
    s, q = as_text(sentence), as_text(quote)
    at = s.find(q) if q else -1
    if at < 0:
        return ""
    breaks = list(_CLAUSE_BREAK.finditer(s, 0, at))
    if not breaks or breaks[-1].group(0) != ":":
        return ""
    start = breaks[-2].end() if len(breaks) > 1 else 0
    m = pattern.search(s, start, breaks[-1].start())
    return " ".join(m.group(0).lower().split()) if m else ""


def _first(pattern: re.Pattern, sentence: object, quote: object) -> str:
    m = pattern.search(figure_clause(sentence, quote))
    return " ".join(m.group(0).lower().split()) if m else ""


def cumulative_cue(sentence: object, quote: object) -> str:
    """The first (strong) cumulative cue in the figure's clause, or ``""``."""
    return _first(_CUE_RE, sentence, quote)


def pre_war_cue(sentence: object, quote: object) -> str:
    """A pre-war cue (:data:`PRE_WAR_CUES`) in the figure's clause that is nearer to the figure
    than to any other number ("before the war, 2 million people lived there"; not the 275,000 of
    "275,000 remain in a city that before the war had 2 million"), or ``""``."""
    clause, q = figure_clause(sentence, quote), as_text(quote)
    at = clause.find(q) if q else -1
    others = [n.span() for n in _NUMBER_BETWEEN.finditer(clause) if at < 0 or not at <= n.start() < at + len(q)]

    def gap(cue: tuple[int, int], span: tuple[int, int]) -> int:
        return span[0] - cue[1] if span[0] >= cue[1] else cue[0] - span[1]

    for m in _PRE_WAR_RE.finditer(clause):
        rivals = [gap(m.span(), o) for o in others if not m.start() <= o[0] < m.end()]  # ("in 2010" holds one)
        if at < 0 or gap(m.span(), (at, at + len(q))) < min(rivals, default=len(clause) + 1):
            return " ".join(m.group(0).lower().split())
    return ""


def period_days(start: object, end: object) -> float:
    """Length of a stated period in days (``inf`` when only one end is known, NaN for none)."""
    if is_blank(start) and is_blank(end):
        return float("nan")
    if is_blank(start) or is_blank(end):
        return float("inf")
    return float((dt.date.fromisoformat(str(end)[:10]) - dt.date.fromisoformat(str(start)[:10])).days)


def dated_to_a_day(date_method: object) -> bool:
    """True when the figure's date comes from a day named in its text (a weekday, "yesterday",
    an explicit date), not from the publication date or a period."""
    m = as_text(date_method)
    return bool(m) and not m.startswith("publication date") and not m.startswith("period")


def _tally(start: object, end: object, sentence: object, quote: object, date_method: object) -> tuple[str, str]:
    days = period_days(start, end)
    if days == days:  # a stated period decides (its own words, "in the past 24 hours", are no cue)
        if days > 1:
            return CUMULATIVE, f"cumulative: stated period {as_text(start) or '?'} to {as_text(end) or '?'}"
        return SINGLE_DAY, f"single day: stated period of {int(days)} day(s)"
    day = _first(_DAY_RE, sentence, quote)
    if day:
        return SINGLE_DAY, f"single day: cue '{day}'"
    cue = cumulative_cue(sentence, quote)
    if cue:
        return CUMULATIVE, f"cumulative: cue '{cue}'"
    weak = _first(_WEAK_RE, sentence, quote) or _heading_cue(_WEAK_RE, sentence, quote)
    if weak and not dated_to_a_day(date_method):
        return CUMULATIVE, f"cumulative: cue '{weak}' and no named day"
    if weak:
        return SINGLE_DAY, f"single day: dated to a named day ({as_text(date_method)}); '{weak}' alone is not enough"
    return SINGLE_DAY, "single day: no period and no cumulative cue"


def tally_of(period_start: object, period_end: object, sentence: object, quote: object,
             date_method: object) -> tuple[str, str]:
    """Rule ``tally_kind`` for one figure: (kind, reason)."""
    return _tally(period_start, period_end, sentence, quote, date_method)



# ---------------------------------------------------------------------------- scope

@dataclass(frozen=True)
class _ScopeLexicon:
    war_scope: re.Pattern[str]
    current_events: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> _ScopeLexicon:
    raw = load_yaml("claims.yaml")
    return _ScopeLexicon(
        war_scope=compile_regex("|".join(f"(?:{p})" for p in raw["war_scope"]), re.I),
        current_events=compile_regex("|".join(f"(?:{p})" for p in raw["current_events"]), re.I),
    )


TALLIED_CATEGORIES = frozenset({"casualties", "displacement"})
WAR = "war"
_SCOPE_BREAK = compile_regex(r"[;:()\[\]\u2014\u2013]|\b(?:but|while|whereas|said|says|adding|added|according to)\b", re.I)


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 0 if a[0] < b[1] and b[0] < a[1] else min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def war_scope(sentence: str, q: Quantity) -> bool:
    """True when the figure ``q`` is a toll or count of the whole war, not of the events being
    reported: "a conflict that has killed hundreds of thousands", "more than 300,000 since 2011",
    "the five-year war" (``war_scope`` in ``data/claims.yaml``). The war cue nearest to the
    figure must be nearer than any cue of the current events ("on Monday", "the offensive",
    "in the past week") and not cut off from it by a clause break ("..., the monitor said,
    adding that the war has killed 300,000")."""
    lex = lexicon()
    cues = [m.span() for m in lex.war_scope.finditer(sentence)]
    if not cues:
        return False
    span = (q.start, q.end)
    cue = min(cues, key=lambda c: _distance(c, span))
    inside_cue = lambda m: any(c[0] <= m.start() and m.end() <= c[1] for c in cues)  # noqa: E731
    current = [m.span() for m in lex.current_events.finditer(sentence) if not inside_cue(m)]
    if any(_distance(c, span) < _distance(cue, span) for c in current):
        return False
    between = sentence[min(cue[1], span[1]):max(cue[0], span[0])]
    return not _SCOPE_BREAK.search(between)


def figure_tally(category: str, scope: str | None, period_start, period_end, sentence: str, quote: str,
                 date_method: str) -> str | None:
    """``single_day`` or ``cumulative`` for casualty and displacement figures (None for the
    others): a war-long figure is cumulative; otherwise the book's rule
    :func:`tally_of` (the book's rule ``tally_kind``) decides (a stated period, "on Monday alone",
    "so far", "since", "in the past 24 hours" ...)."""
    if category not in TALLIED_CATEGORIES:
        return None
    if scope == WAR:
        return "cumulative"
    kind, _ = tally_of(period_start, period_end, sentence, quote, date_method)
    return "cumulative" if kind == CUMULATIVE else "single_day"


def rule_entry(name: str) -> str:
    """The entry of rule ``name`` in this module's docstring (its name line and the indented
    text under it), so that other modules quote the rule instead of restating it."""
    lines = (__doc__ or "").splitlines()
    start = lines.index(next(ln for ln in lines if ln.startswith(f"``{name}``")))
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" ")), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "\n".join([f"``{name}``", *lines[start + 1:end]]) + "\n"
