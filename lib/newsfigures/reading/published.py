"""Publication dates: inferred from evidence in the text of an article.

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
import re
from dataclasses import dataclass

from .calendar import DateMention, _DAY, _MONTH, _YEAR, find_explicit_dates, find_weekdays, resolve_weekday


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
