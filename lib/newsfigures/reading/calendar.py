"""Calendar words in text: explicit dates ("Dec. 12, 2016", "12 December") and weekday
words, and resolving a weekday against an explicit base day (never against "now")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from ..regexstore import compile as compile_regex

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH_NC = _MONTH.replace("(?P<month>", "(?:")
_DAY_NC = _DAY.replace("(?P<day>", "(?:")
#: a day and month in either order, no groups: "Dec 9", "16 December", "15th of December"
_DAY_MONTH = rf"(?:{_MONTH_NC}\s+{_DAY_NC}|{_DAY_NC}\s+(?:of\s+)?{_MONTH_NC})"
_DATE_MDY = compile_regex(rf"\b{_MONTH}\s+{_DAY}\b(?:[,،]?\s*{_YEAR}\b)?")
_DATE_DMY = compile_regex(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:[,،]?\s*{_YEAR}\b)?")
#: the first three letters of every month word of ``_MONTH`` (a cheap test before the full patterns)
_MONTH_START = compile_regex(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY = compile_regex(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b", re.I)
# "by" is a deadline only right before the day ("by Saturday", "by next Saturday"); "retaken by
# the army on Saturday" and "killed by an airstrike on Saturday" are past days
_NOT_PAST = compile_regex(r"\b(?:(?:next|coming|until|will|would|planned|scheduled|expected)\s+(?:\w+\s+){0,3}"
                       r"|by\s+(?:(?:next|this|coming|the\s+end\s+of|end\s+of|late|early)\s+)?)$", re.I)


@dataclass(frozen=True)
class DateMention:
    month: int
    day: int
    year: int | None
    start: int
    end: int
    text: str

    @property
    def year_given(self) -> bool:
        return self.year is not None

    def resolve(self, year: int | None) -> dt.date | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None

    @property
    def date(self) -> dt.date:  # only for mentions with a year
        assert self.year is not None
        return dt.date(self.year, self.month, self.day)


def _date_parts(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a date matched by ``_DATE_MDY`` or ``_DATE_DMY``; None
    when no such day exists ("June 31", "Feb 29, 2015", "Dec 0") or the month word is no month
    ("Sepember"). A day without a year may be February 29.

    Read straight from the match's groups. (This is what dateparser answered for every text
    these patterns can match, checked on 200,000 of them, at a fraction of the cost: loading
    dateparser took about a second per process.)"""
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    if month is None:
        return None
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so a yearless February 29 stands
    except ValueError:
        return None
    return month, day, year


def find_explicit_dates(text: str) -> list[DateMention]:
    """Explicit calendar dates in ``text`` ("Nov. 27, 2016", "27 November", "December 15th")."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if not _MONTH_START.search(text):  # both patterns need a month word: most texts have none
        return found
    for pattern in (_DATE_MDY, _DATE_DMY):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.group("month").lower().rstrip(".") == "may" and not m.group("year"):
                # "may 12" is too often the verb; require a year or a capital
                if not m.group("month")[0].isupper():
                    continue
            parsed = _date_parts(m)
            if parsed is None:
                continue
            month, day, year = parsed
            found.append(DateMention(month, day, year, m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


@dataclass(frozen=True)
class WeekdayMention:
    weekday: int
    start: int
    end: int
    text: str


def find_weekdays(text: str) -> list[WeekdayMention]:
    """Weekday words that refer to a past or present day ("on Monday", "Tuesday's")."""
    out = []
    for m in _WEEKDAY.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _NOT_PAST.search(before):
            continue
        # "Wednesday, Nov. 30, 2016": a weekday naming an explicit date is not a free weekday word
        if re.match(r",?\s*(?:AM|PM)?,?\s*" + _MONTH, text[m.end():m.end() + 20]):
            continue
        out.append(WeekdayMention(WEEKDAYS[m.group("wd").lower()], m.start(), m.end(), m.group(0)))
    return out


def resolve_weekday(weekday: int, base: dt.date) -> dt.date:
    """The most recent day with this weekday on or before ``base``."""
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def parse_iso(value: object) -> dt.date | None:
    """A date from an ISO string (its first 10 characters), a date or a datetime; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


#: numeric dates as page headers print them: ISO "2016-12-13", European "14.12.2016", and
#: "12/14/2016" or "14-12-2016" only when one part is above 12 (else the order is unknowable)
_NUMERIC_DATE = compile_regex(
    r"(?<![\d.:/-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)"
    r"|(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d])")
_CAPS_MONTH = compile_regex(r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?:[A-Z]{0,6})\b")


def find_numeric_dates(text: str) -> list[DateMention]:
    """Numeric dates with a year (see ``_NUMERIC_DATE``); ambiguous day/month orders are left out."""
    out = []
    for m in _NUMERIC_DATE.finditer(text):
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            if m.group("sep") == ".":
                d, mo = a, b
            elif a > 12 >= b:
                d, mo = a, b
            elif b > 12 >= a:
                mo, d = a, b
            elif a == b:  # "12/12/2016" reads the same either way
                d = mo = a
            else:
                continue
        try:
            dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(DateMention(mo, d, y, m.start(), m.end(), m.group(0)))
    return out


def header_dates(line: str) -> list[DateMention]:
    """Dates on a header or byline line: written dates (also in capitals, "DEC. 12, 2016") and
    numeric dates with a year."""
    written = find_explicit_dates(_CAPS_MONTH.sub(lambda m: m.group(0).capitalize(), line))
    numeric = [n for n in find_numeric_dates(line) if not any(w.start < n.end and n.start < w.end for w in written)]
    return sorted(written + numeric, key=lambda d: d.start)
