"""Dates: publication-date inference, and the day (or period) a figure refers to.

Everything relative is resolved against an explicit base, the article's publication date,
never against "now".

Publication-date inference (:func:`infer_published`) works from evidence in the text:

* **dateline** (confidence ``high``): a dated dateline at the start of the body
  ("DAMASCUS, Dec. 12 (Xinhua) --"), a statement of publication ("It was published on
  1 December 2016", "Update, Wednesday AM, December 21, 2016"), a date in the headline
  ("Situation Report No. 1 (1 December 2016)"), or a line holding only a date.
* **anchor + weekday words** (confidence ``medium`` when the result is within a day of the
  anchor, else ``low``): a photo caption date is a lower bound for the publication date; weekday words in the body ("on Monday", "late
  Tuesday") name days in the week before publication. Of the seven days from the latest
  anchor on, we take the one that minimises the total days back to every weekday mention
  plus the days after the anchor (ties go to the earliest): photos are usually of the news
  day, and the day most talked about is the news day. AP-style file photos ("In this Monday, Dec. 5, 2016 photo") and "since ..."
  dates, like dates of past events in the body ("The offensive began on Nov. 26"), are weak
  evidence: reported in the evidence but never used as anchors.
* otherwise no date (``none``): weekday words alone, or an anchor with no weekday words,
  do not fix a day, so we do not guess. The evidence string says what was seen.

Years: a date written without a year takes the year of another full date in the same
article, else the corpus year hint (the year most often written in the corpus); the method
says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")
_DATE_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?")
_WEEKDAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b", re.I)
_NOT_PAST = re.compile(r"\b(next|coming|until|by|will|would|planned|scheduled|expected)\s+(?:\w+\s+){0,3}$", re.I)


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


@functools.lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> tuple[int, int, int | None] | None:
    """Parse a matched date string with dateparser; (month, day, year or None)."""
    import dateparser

    has_year = re.search(r"(19|20)\d\d", text) is not None
    parsed = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    if parsed is None:
        return None
    return parsed.month, parsed.day, (parsed.year if has_year else None)


def find_explicit_dates(text: str) -> list[DateMention]:
    """Explicit calendar dates in ``text`` ("Nov. 27, 2016", "27 November", "December 15th")."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_DATE_MDY, _DATE_DMY):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.group("month").lower().rstrip(".") == "may" and not m.group("year"):
                # "may 12" is too often the verb; require a year or a capital
                if not m.group("month")[0].isupper():
                    continue
            parsed = _parse_date_text(m.group(0))
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


# --------------------------------------------------------------------------- publication date

@dataclass(frozen=True)
class DateInference:
    date: dt.date | None
    method: str
    confidence: str   # high | medium | low | none
    evidence: str


_DATELINE = re.compile(rf"^[A-Z][A-Za-z .,'()-]{{1,60}}?,\s*{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\([^)]*\))?\s*[-—–]")
_PUBLISHED_STATEMENT = re.compile(
    r"\b(published|posted|issued|released|updated?|dated|last updated)\b(?:\s+on)?[\s,:]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+[AP]M)?[\s,]*)?$",
    re.I)
_FILE_PHOTO = re.compile(r"\bIn this\b[^\n]{0,60}?\b(?:file )?photo\b", re.I)
_SINCE = re.compile(r"\b(since|from|until|till|before|after|between)\s+(?:\w+\s+){0,2}$", re.I)


def _year_for(mentions: list[DateMention], year_hint: int | None) -> tuple[int | None, str]:
    years = [m.year for m in mentions if m.year]
    if years:
        return max(set(years), key=years.count), "year from the article"
    if year_hint:
        return year_hint, "year from the corpus"
    return None, ""


def infer_published(paragraphs: list[str], captions: list[str] = (), furniture: list[str] = (),
                    year_hint: int | None = None) -> DateInference:
    """Infer the publication date from body paragraphs, photo captions and furniture lines."""
    body = "\n\n".join(paragraphs)
    body_dates = find_explicit_dates(body)
    caption_text = "\n".join(captions)
    caption_dates = find_explicit_dates(caption_text)
    furniture_dates = find_explicit_dates("\n".join(furniture))
    year, year_note = _year_for(body_dates + caption_dates + furniture_dates, year_hint)
    evidence: list[str] = []

    def _note(d: dt.date, how: str) -> str:
        suffix = f"; {year_note}" if year_note and year_note != "year from the article" else ""
        return f"{how}{suffix}"

    # 1. datelines and statements of publication: high confidence
    strong: list[tuple[dt.date, str]] = []
    first = paragraphs[1:4] if len(paragraphs) > 1 else paragraphs
    for para in list(first) + list(furniture):
        m = _DATELINE.match(para)
        if m:
            for dm in find_explicit_dates(para[:m.end()]):
                d = dm.resolve(year)
                if d:
                    strong.append((d, f"dateline {dm.text!r}"))
    for dm in body_dates + furniture_dates:
        context = (body if dm in body_dates else "\n".join(furniture))
        before = context[max(0, dm.start - 45):dm.start]
        d = dm.resolve(year)
        if d and _PUBLISHED_STATEMENT.search(before):
            strong.append((d, f"statement {before.strip()[-30:] + ' ' + dm.text!r}"))
    if paragraphs:
        for dm in find_explicit_dates(paragraphs[0]):  # a dated headline: "(1 December 2016)"
            if re.search(r"\(\s*" + re.escape(dm.text) + r"\s*\)", paragraphs[0]):
                d = dm.resolve(year)
                if d:
                    strong.append((d, f"date in headline {dm.text!r}"))
    for para in list(paragraphs) + list(furniture):
        only = find_explicit_dates(para)
        if len(only) == 1 and len(para.strip(" .,-()")) <= len(only[0].text) + 12 and only[0].year_given:
            strong.append((only[0].date, f"date line {only[0].text!r}"))
    if strong:
        best = max(strong, key=lambda x: x[0])
        return DateInference(best[0], "inferred:dateline", "high", _note(best[0], best[1]))

    # 2. anchors (caption dates, dated events in the body) + weekday words
    anchors: list[tuple[dt.date, str]] = []
    weak: list[str] = []
    for dm in caption_dates:
        d = dm.resolve(year)
        if not d:
            continue
        line_start = caption_text.rfind("\n", 0, dm.start) + 1
        if _FILE_PHOTO.search(caption_text[line_start:dm.end + 10]):
            weak.append(f"file-photo caption {dm.text!r}")
        else:
            anchors.append((d, f"photo caption {dm.text!r}"))
    for dm in body_dates:
        d = dm.resolve(year)
        if not d:
            continue
        before = body[max(0, dm.start - 30):dm.start]
        if _SINCE.search(before) or re.match(r"\s*[-–]\s*\d", body[dm.end:dm.end + 4]):
            weak.append(f"period bound {dm.text!r}")
        else:
            weak.append(f"past date {dm.text!r}")
    weekdays = find_weekdays(body)
    wd_names = sorted({w.text.split("'")[0].capitalize() for w in weekdays})
    if weak:
        evidence.append("weak evidence: " + ", ".join(weak))
    if anchors and weekdays:
        lower, anchor_desc = max(anchors, key=lambda a: a[0])

        def spread(cand: dt.date) -> int:
            return sum((cand - resolve_weekday(w.weekday, cand)).days for w in weekdays)

        cands = [lower + dt.timedelta(days=k) for k in range(7)]
        cand = min(cands, key=lambda c: (spread(c) + (c - lower).days, c))
        conf = "medium" if (cand - lower).days <= 1 else "low"
        how = (f"{anchor_desc} is a lower bound; weekday words ({', '.join(wd_names)}) sit closest "
               f"before {cand:%A %d %B %Y}")
        if evidence:
            how += "; " + "; ".join(evidence)
        return DateInference(cand, "inferred:anchor+weekday", conf, _note(cand, how))
    if anchors and not weekdays:
        evidence.insert(0, f"on or after {max(a[0] for a in anchors).isoformat()} ({max(anchors, key=lambda a: a[0])[1]}) but no weekday words to fix the day")
    elif weekdays and not anchors:
        evidence.insert(0, f"weekday words ({', '.join(wd_names)}) but no dated anchor")
    else:
        evidence.insert(0, "no dates or weekday words in the text") if not evidence else None
    return DateInference(None, "none", "none", "; ".join(e for e in evidence if e))


# --------------------------------------------------------------------------- figure dates

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": 3, "few": 3}
_PERIOD_UNITS = {"hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "fortnight": 14}
_LAST_N = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|preceding)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)?\s*"
    r"(?P<unit>hour|day|night|week|month|fortnight)(?P<plural>s)?\b", re.I)
_MONTH_NC = _MONTH.replace("(?P<month>", "(?:")
_DAY_NC = _DAY.replace("(?P<day>", "(?:")
# "since Nov. 15", "since the offensive began on Nov. 15", "since the pro-regime offensive opened
# on November 15", "since the government launched its offensive on 15 November"
_PERIOD_START_VERB = (r"(?:began|begun|started|opened|launched|resumed|broke\s+out|erupted|kicked\s+off|"
                      r"got\s+(?:under\s*way|going))")
_DATE_TO_DATE = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.I)
_FROM_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
# "the offensive, which began on Nov. 15, ...": the day something started is not the figure's day
_STARTED_ON = re.compile(rf"\b{_PERIOD_START_VERB}\s+(?:on\s+)?$", re.I)
_SINCE_DATE = re.compile(
    rf"\bsince\s+(?:(?:[\w'-]+\s+){{0,5}}?{_PERIOD_START_VERB}(?:\s+(?:its|their|the|an?)\s+[\w-]+)?\s+(?:on\s+)?)?"
    rf"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?"
    rf"(?P<dt>{_MONTH_NC}\s+{_DAY_NC}|{_DAY_NC}\s+{_MONTH_NC})?", re.I)
_BETWEEN = re.compile(rf"\bbetween\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}", re.I)
_DAY_RANGE = re.compile(rf"\b(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\s+{_MONTH}", re.I)
_WEEKEND = re.compile(r"\b(?:over|during|at)\s+the\s+weekend\b", re.I)
_RELATIVE_DAY = re.compile(r"\b(?P<w>today|tonight|this morning|this afternoon|this evening|earlier today|yesterday|overnight|last night)\b", re.I)


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
    if _WEEKEND.search(text) and published:
        sat = resolve_weekday(5, published - dt.timedelta(days=1))
        if not period_start:
            period_start, period_end = sat, sat + dt.timedelta(days=1)
            how.append("period 'the weekend'")

    # a day: explicit date, weekday word or relative day, nearest to the figure
    candidates: list[tuple[int, dt.date, str]] = []
    for dm in find_explicit_dates(text):
        before = text[max(0, dm.start - 12):dm.start]
        if re.search(r"\bsince\s+$", before, re.I) or _STARTED_ON.search(text[max(0, dm.start - 30):dm.start]):
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
                    or _STARTED_ON.search(text[max(0, w.start - 30):w.start]):
                continue
            candidates.append((near((w.start, w.end)), resolve_weekday(w.weekday, published), f"weekday {w.text!r}"))
        for m in _RELATIVE_DAY.finditer(text):
            word = m.group("w").lower()
            d = published - dt.timedelta(days=1) if word in ("yesterday", "overnight", "last night") else published
            candidates.append((near(m.span()), d, f"{word!r}"))
    if candidates:
        _, d, why = min(candidates, key=lambda c: c[0])
        return FigureDate(d, period_start, period_end, "; ".join([why] + how))
    if period_end:  # a figure over a stated period is dated when it was reported
        return FigureDate(published or period_end, period_start, period_end, "; ".join(how))
    return FigureDate(published, None, None, "publication date" if published else "no date")
