"""Figure dates: the day (or period) a figure refers to, resolved against the article's
publication date: explicit dates, weekdays, "yesterday", "in the last 10 days", "since ...".

A day opening the next clause ("32 attacks since September, and on November 18 alone four
hospitals were struck") dates that clause, not a figure before it; "since launching their
offensive on November 15" starts a period like "since the offensive began on November 15"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..reading.calendar import MONTHS, WEEKDAYS, _DAY, _MONTH, find_explicit_dates, find_weekdays, resolve_weekday
from ..regexstore import compile as compile_regex


# --------------------------------------------------------------------------- figure dates

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": 3, "few": 3}
_PERIOD_UNITS = {"hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "fortnight": 14}
_LAST_N = compile_regex(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|preceding)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)?\s*"
    r"(?P<unit>hour|day|night|week|month|fortnight)(?P<plural>s)?\b", re.I)
_MONTH_NC = _MONTH.replace("(?P<month>", "(?:")
_DAY_NC = _DAY.replace("(?P<day>", "(?:")
# "since Nov. 15", "since the offensive began on Nov. 15", "since the pro-regime offensive opened
# on November 15", "since the government launched its offensive on 15 November"
_PERIOD_START_VERB = (r"(?:began|begun|started|opened|launched|launching|starting|beginning|opening|resumed|broke\s+out|erupted|kicked\s+off|"
                      r"got\s+(?:under\s*way|going))")
_DATE_TO_DATE = compile_regex(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.I)
_FROM_BEFORE = compile_regex(r"\b(?:between|from)\s+$", re.I)
# "the offensive, which began on Nov. 15, ...": the day something started is not the figure's day
_STARTED_ON = compile_regex(rf"\b{_PERIOD_START_VERB}\s+(?:on\s+|last\s+)?$", re.I)
# "three weeks ago", "two days ago": that many days before publication
_AGO = compile_regex(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|several)\s+"
                  r"(?P<unit>day|night|week|fortnight|month)(?P<plural>s)?\s+ago\b", re.I)
# the noun form: "since the start of the offensive on Nov. 15", "since the launch of its assault on 15 November"
_PERIOD_START_NOUN = r"(?:start|beginning|launch|outset|onset|opening)"
_SINCE_DATE = compile_regex(
    rf"\bsince\s+(?:the\s+{_PERIOD_START_NOUN}\s+of\s+(?:(?:its|their|the|an?)\s+)?(?:(?!on\b)[a-z][\w'\u2019-]*\s+){{1,3}}(?:on\s+)?"
    rf"|(?:[\w'-]+\s+){{0,5}}?{_PERIOD_START_VERB}(?:\s+(?:its|their|the|an?)(?:\s+(?!on\b)[a-z][\w-]*){{1,3}})?\s+(?:on\s+)?)?"
    rf"(?:(?:last|this\s+past|on)\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?"
    rf"(?:the\s+)?(?P<dt>{_MONTH_NC}\s+{_DAY_NC}|{_DAY_NC}\s+(?:of\s+)?{_MONTH_NC})?", re.I)
# "since yesterday", "since last night": a period from that day to publication
_SINCE_RELATIVE = compile_regex(r"\bsince\s+(?P<w>yesterday|last\s+night|this\s+morning|dawn|early\s+morning|midnight|"
                             r"the\s+early\s+hours)\b", re.I)
# "on Saturday and Sunday", "from Friday to Sunday": two days make a period
_WEEKDAY_TO_WEEKDAY = compile_regex(r"\s*(?:,?\s*and|to|until|till|through|-|\u2013)\s*", re.I)
_BETWEEN = compile_regex(rf"\bbetween\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}", re.I)
_DAY_RANGE = compile_regex(rf"\b(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\s+{_MONTH}", re.I)
_WEEKEND = compile_regex(r"\b(?:over|during|at)\s+the\s+weekend\b", re.I)
# "... 32 attacks since September, and on November 18 alone four hospitals were struck": a day
# opening the next clause dates that clause, not a figure before it
_NEXT_CLAUSE_OPENING = compile_regex(r"(?:,\s*(?:and|but|while|whereas|then)|;)\s+(?:then\s+|also\s+|later\s+)?"
                                  r"(?:on|late|early|by|from)?\s*(?:the\s+)?$", re.I)
_RELATIVE_DAY = compile_regex(r"\b(?P<w>today|tonight|this morning|this afternoon|this evening|earlier today|yesterday|overnight|last night)\b", re.I)


@dataclass(frozen=True)
class FigureDate:
    date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    how: str


def _days(n: str | None, unit: str, plural: bool = False) -> float:
    """Length of "the past N units"; "the past days" (a plural with no number) is a few."""
    if n is None:
        value = _NUM_WORDS["few"] if plural else 1
    else:
        value = int(n) if n.isdigit() else _NUM_WORDS.get(n.lower(), 1)
    return value * _PERIOD_UNITS[unit.lower()]


def figure_date(text: str, published: dt.date | None, anchor: int | None = None) -> FigureDate:
    """The day a figure in ``text`` (a sentence) refers to, and any stated period.

    ``anchor`` is the offset of the figure in ``text``: the time expression nearest to it wins.
    Without a publication date only explicit dates with a year can be resolved.
    """
    anchor = len(text) // 2 if anchor is None else anchor
    year = published.year if published else None
    period_start = period_end = None
    how = []

    def near(span: tuple[int, int]) -> int:
        return 0 if span[0] <= anchor <= span[1] else min(abs(span[0] - anchor), abs(span[1] - anchor))

    def next_clause(start: int) -> bool:
        return start > anchor and bool(_NEXT_CLAUSE_OPENING.search(text[anchor:start]))

    # periods
    m = _LAST_N.search(text)
    if m and published:
        days = _days(m.group("n"), m.group("unit"), bool(m.group("plural")))
        period_end = published
        period_start = published - dt.timedelta(days=max(1, round(days)) if days >= 1 else 1)
        how.append(f"period {m.group(0).strip()!r}")
    m = _BETWEEN.search(text) or _DAY_RANGE.search(text)
    if m and year:
        month = MONTHS[m.group("month").lower().rstrip(".")[:4].rstrip("t") if m.group("month").lower().startswith("sept") else m.group("month").lower().rstrip(".")[:3]]
        try:
            period_start = dt.date(year, month, int(m.group("d1")))
            period_end = dt.date(year, month, int(m.group("d2")))
            if published and period_end > published:
                period_start, period_end = period_start.replace(year=year - 1), period_end.replace(year=year - 1)
            how.append(f"period {m.group(0)!r}")
        except ValueError:
            pass
    if period_start is None and year:
        # "between December 5 and December 11", "from 23 November to 29 November"
        mentions = find_explicit_dates(text)
        for a, b in zip(mentions, mentions[1:]):
            if _DATE_TO_DATE.fullmatch(text[a.end:b.start]) and _FROM_BEFORE.search(text[max(0, a.start - 12):a.start]):
                d1, d2 = a.resolve(year), b.resolve(year)
                if d1 and d2 and d1 <= d2:
                    if published and d2 > published and b.year is None:
                        d1, d2 = d1.replace(year=d1.year - 1), d2.replace(year=d2.year - 1)
                    period_start, period_end = d1, d2
                    how.append(f"period {text[a.start:b.end]!r}")
                    break
    since_spans: list[tuple[int, int]] = []  # a day inside "since ..." starts the period, it is not the figure's day
    for m in _SINCE_DATE.finditer(text):
        if not (m.group("wd") or m.group("dt")):
            continue
        since_spans.append(m.span())
        start = None
        if m.group("dt"):
            dms = find_explicit_dates(m.group(0))
            if dms:
                start = dms[0].resolve(year)
                if start and published and start > published:
                    start = start.replace(year=start.year - 1)
        elif published:
            start = resolve_weekday(WEEKDAYS[m.group("wd").lower()], published)
        if start:
            period_start, period_end = start, published or period_end
            how.append(f"period {m.group(0).strip()!r}")
        break
    if period_start is None and published:
        m = _SINCE_RELATIVE.search(text)
        if m:
            back = 0 if m.group("w").lower().startswith(("this", "dawn", "early", "the")) else 1
            period_start, period_end = published - dt.timedelta(days=back), published
            since_spans.append(m.span())
            how.append(f"period {m.group(0).strip()!r}")
    if period_start is None and published:
        days = find_weekdays(text)
        for a, b in zip(days, days[1:]):
            if _WEEKDAY_TO_WEEKDAY.fullmatch(text[a.end:b.start]):
                d1, d2 = resolve_weekday(a.weekday, published), resolve_weekday(b.weekday, published)
                if d1 < d2:
                    period_start, period_end = d1, d2
                    since_spans.append((a.start, b.end))
                    how.append(f"period {text[a.start:b.end]!r}")
                    break
    if _WEEKEND.search(text) and published:
        sat = resolve_weekday(5, published - dt.timedelta(days=1))
        if not period_start:
            period_start, period_end = sat, sat + dt.timedelta(days=1)
            how.append("period 'the weekend'")

    # a day: explicit date, weekday word or relative day, nearest to the figure
    candidates: list[tuple[int, dt.date, str]] = []
    for dm in find_explicit_dates(text):
        before = text[max(0, dm.start - 12):dm.start]
        if re.search(r"\bsince\s+$", before, re.I) or _STARTED_ON.search(text[max(0, dm.start - 30):dm.start]) \
                or next_clause(dm.start):
            continue
        d = dm.resolve(year)
        if d and published and d > published and dm.year is None:
            d = d.replace(year=d.year - 1)
        if d and not (period_start and period_start <= d <= (period_end or d)):
            candidates.append((near((dm.start, dm.end)), d, f"date {dm.text!r}"))
    if published:
        for w in find_weekdays(text):
            before = text[max(0, w.start - 8):w.start]
            if re.search(r"\bsince\s+$", before, re.I) or any(a <= w.start < b for a, b in since_spans) \
                    or _STARTED_ON.search(text[max(0, w.start - 30):w.start]) or next_clause(w.start):
                continue
            candidates.append((near((w.start, w.end)), resolve_weekday(w.weekday, published), f"weekday {w.text!r}"))
        for m in _AGO.finditer(text):
            n = None if m.group("n").lower() in ("few", "several") else m.group("n")
            days = _days(n, m.group("unit"), bool(m.group("plural")))
            candidates.append((near(m.span()), published - dt.timedelta(days=round(days)), f"{m.group(0)!r}"))
        for m in _RELATIVE_DAY.finditer(text):
            if any(a <= m.start() < b for a, b in since_spans):
                continue  # "since yesterday": the start of a period
            word = m.group("w").lower()
            d = published - dt.timedelta(days=1) if word in ("yesterday", "overnight", "last night") else published
            candidates.append((near(m.span()), d, f"{word!r}"))
    if candidates:
        _, d, why = min(candidates, key=lambda c: c[0])
        return FigureDate(d, period_start, period_end, "; ".join([why] + how))
    if period_end:  # a figure over a stated period is dated when it was reported
        return FigureDate(published or period_end, period_start, period_end, "; ".join(how))
    return FigureDate(published, None, None, "publication date" if published else "no date")
