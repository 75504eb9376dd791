"""Publication dates: inferred from what an article's page says about itself.

Everything relative is resolved against an explicit base, the article's publication date,
never against "now".

Publication-date inference (:func:`infer_published`) works from what the page says about
itself, strongest first:

* ``high``: a statement of publication ("Published: Fri 16 Dec 2016", "Press release, 16
  December 2016", "Date: 13 December 2016", "This report was published on 1 December 2016"), a
  dated dateline ("BEIRUT, Lebanon, Nov. 30 (UPI) --", "3 December 2016, NEW YORK -", "MOSCOW,
  December 14. /TASS/.", "GENEVA (13 December 2016) -"), a headline or header line ending in its
  date ("Situation Report No. 1 (1 December 2016)"), or a header/byline line at the top of the
  page holding only a date ("By Jane Doe | Dec. 3, 2016 4:12 PM ET", "2016-12-13 05:38:59");
* ``medium``: an update stamp alone ("Last updated 12:04 GMT, 16 December 2016"; a published
  stamp beats it), the text dating itself ("today (16 December)", "yesterday (15 December)"),
  a statement further down the page (it may belong to a related story);
* ``low``: a weekday with its date in the lead ("on Friday (Dec 9)": the news day, often the
  day before publication) and a photo-caption date fixed by weekday words in the body (a
  caption can come from a gallery added days later: never more than a hint);
* otherwise no date (``none``), with the evidence seen.

Never used: dates of past events ("since", "began", "when"), periods ("December 2-8, 2016"),
AP-style file photos ("In this Monday, Dec. 5, 2016 photo"), copyright years, "released on" in
running text, header dates years away from the corpus (a scrape date). Where equally sure
evidence names two days more than a day apart, the date drops to ``low``.

Years: a date written without a year takes the latest year of a full date in the article (older
ones are history), else the corpus year hint (the year most often written in the corpus); the
method says so (``inferred:dateline+corpus_year``). Weekdays written with a day and month
("Friday (Dec 9)") check the year: one year off is corrected (``+weekday_year``); no fitting
year nearby lowers the confidence to ``low`` (``+weekday_conflict``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .calendar import (MONTHS, WEEKDAYS, _DAY_MONTH, _NOT_PAST, DateMention, find_explicit_dates, find_weekdays,
                       header_dates, resolve_weekday)
from ..regexstore import compile as compile_regex


# --------------------------------------------------------------------------- publication date

@dataclass(frozen=True)
class DateInference:
    date: dt.date | None
    method: str
    confidence: str   # high | medium | low | none
    evidence: str


# Parts of the publication-date grammar, each with one job.
#: weekday names, full or abbreviated ("Fri", "Thurs"), as page headers print them
_WD_ANY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?"
#: a clock time with an optional zone: "12:04 GMT", "4.15 pm ET", "09:30 (EST)"
_TIME = (r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?|"
         r"BST|CET|CEST|EET|EEST|ET|EST|EDT|CST|CDT|PT|PST|PDT|MSK|AST|BJT|IST)\)?)?")
#: words that say a date is when the page appeared ("Published", "Press release")
_PUBLISHED_WORDS = (r"first published|published|posted|issued|released|press release|news release|media release|"
                    r"for immediate release|date|dated|statement|briefing notes?|press briefing notes?")
#: words that say a date is when the page last changed
_UPDATED_WORDS = r"last updated|last modified|updated|update|modified|last update|edited"
#: the lead-in before a date, from the start of a line: "Published: Fri 16 Dec 2016",
#: "Last updated 12:04 GMT,", "Update, Wednesday AM,", "Press release, "
_LEADIN = compile_regex(
    rf"^\W*(?:(?P<up>{_UPDATED_WORDS})|(?P<pub>{_PUBLISHED_WORDS}))\b(?:\s+(?:on|at|time|date))?[\s,:|–—-]*"
    rf"(?:{_WD_ANY}(?:\s+[AP]M)?[\s,]*)?(?:{_TIME}[\s,]*)?(?:on\s+)?$", re.I)
#: the same inside running text, after "This report was" / "It was"
_SELF_STATEMENT = compile_regex(
    r"\b(?:(?:this|the)\s+(?:report|article|story|statement|release|update|document|page|note|bulletin)\s+(?:was|is|has been)|"
    r"it\s+was)\s+(?P<pub>published|posted|issued|released|last updated|updated|prepared)\s+(?:on\s+)?$", re.I)
#: what may stand beside a date on a header or byline line and still leave it "only a date":
#: stamp words, times, weekdays, ages ("8 years ago", "3 min read"), labels ("Editor: huaxia"),
#: share buttons, joining words and separators
_AGE = r"\b(?:an?|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\s+ago\b|\b\d+\s+min(?:ute)?s?\s+read\b"
_LABEL = r"\b(?:source|editors?|author|writer|reporter|credit)\s*:\s*[^|]*"
_BUTTONS = r"\b(?:get short url|share|tweet|print|e-?mail|comments?|\d+\s+comments?)\b"
_HEADER_NOISE = compile_regex("|".join([
    rf"\b(?:{_UPDATED_WORDS}|{_PUBLISHED_WORDS})\b(?:\s+(?:time|date))?", _TIME, rf"\b{_WD_ANY}\b", _AGE,
    r"\b(?:UTC|GMT)\s*[+-]\s*\d{1,2}\b", r"\b(?:by|at|on|and|[AP]M)\b", _LABEL, _BUTTONS, r"[|:,·•/()–—-]+"]), re.I)
#: AP-style file photos ("In this Monday, Dec. 5, 2016 photo")
_FILE_PHOTO = compile_regex(r"\bIn this\b[^\n]{0,60}?\b(?:file )?photo\b", re.I)
#: words before a date that make it a bound of a period, not a day of news
_SINCE = compile_regex(r"\b(since|from|until|till|before|after|between)\s+(?:\w+\s+){0,2}$", re.I)
#: words around a date in a lead that make it a past event, not the news day
_PAST_EVENT = compile_regex(r"\b(?:since|began|begun|started|launched|when|after|before|until|ago|earlier|last|previous|anniversary)\b", re.I)
#: the dash or slash tag that ends a dateline
_DATELINE_END = compile_regex(r"\s*(?:--|[-—–:])\s+|\s*/[^/\n]{2,30}/\.?\s*|\s*[-—–]\s*(?=[A-Z])")
#: words that can start a sentence but never a dateline ("On December 7 the council ...")
_NOT_PLACE = {"on", "in", "by", "since", "as", "at", "from", "until", "before", "after", "last", "this", "early",
              "late", "between", "during", "for", "over", "about", "around", "and", "but", "the", "a", "an"}
#: a dateline head: places, dates, agency tags, commas; capitalised words only
_HEAD_TOKENS = compile_regex(r"^(?:[A-Z][\w'.&-]*|de|al|el|of|and|\d{1,2}(?:st|nd|rd|th)?\.?|(?:19|20)\d\d|[,.()/|]|\s)*$")
#: a weekday written with its day and month but no year: "Friday (Dec 9)", "Tuesday, Nov. 22"
_WEEKDAY_DATE = compile_regex(
    rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*(?:\(\s*)?(?P<date>{_DAY_MONTH})"
    rf"(?!\d)(?!\s*,?\s*(?:19|20)\d\d)")
#: the text dating itself: "today (16 December)", "this morning, Dec. 16,", "yesterday (15 December)"
_TODAY_DATE = compile_regex(
    rf"\b(?P<when>today|tonight|this (?:morning|afternoon|evening)|yesterday|last night)\s*(?:\(\s*|,\s*)"
    rf"(?:{_WD_ANY}[\s,]*)?(?P<date>{_DAY_MONTH})(?:,?\s+(?:19|20)\d\d)?\s*[),]", re.I)


def _year_for(mentions: list[DateMention], year_hint: int | None) -> tuple[int | None, str]:
    """The year for dates written without one: the latest year of a full date in the article
    (a page cannot be older than what it reports; older full dates are history, "on July 19,
    2012, rebels took the east"), unless the corpus year is later still; years more than one
    after the corpus year (a scrape date, a plan) are left out."""
    years = {m.year for m in mentions if m.year and (year_hint is None or m.year <= year_hint + 1)}
    if years and (year_hint is None or max(years) >= year_hint):
        return max(years), "article_year"
    if year_hint:
        return year_hint, "corpus_year"
    return None, ""


def weekday_dates(text: str) -> list[tuple[int, int, int]]:
    """Weekdays written with a day and month but no year ("Friday (Dec 9)", "on Tuesday,
    Nov. 22"): (weekday, month, day) triples, which can check a candidate year."""
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        dms = find_explicit_dates(m.group("date"))
        if dms:
            out.append((WEEKDAYS[m.group("wd").lower()], dms[0].month, dms[0].day))
    return out


def check_year(year: int, checks: list[tuple[int, int, int]]) -> tuple[int, str]:
    """Check a candidate year against weekday+date pairs written without a year. Returns the
    year (moved by one when only the neighbour fits every pair) and a note: ``weekday_ok``,
    ``weekday_year`` (moved), ``weekday_conflict`` (no year fits) or ``""`` (nothing to check)."""
    def fits(y: int) -> bool:
        try:
            return all(dt.date(y, mo, d).weekday() == wd for wd, mo, d in checks)
        except ValueError:
            return False
    if not checks:
        return year, ""
    if fits(year):
        return year, "weekday_ok"
    for y in (year - 1, year + 1):
        if fits(y):
            return y, "weekday_year"
    return year, "weekday_conflict"


@dataclass(frozen=True)
class _Candidate:
    mention: DateMention
    kind: str          # statement | dateline | headline | date_line | updated | lead_date
    confidence: str
    desc: str
    order: int         # reading order, to break ties
    shift: int = 0     # days from the written date to the publication day ("yesterday (15 December)": 1)


_RANK = {"statement": 0, "dateline": 1, "headline": 2, "date_line": 3, "today": 4, "updated": 5, "lead_date": 6}


def _dateline_dates(para: str) -> list[DateMention]:
    """Dates inside a dateline at the start of ``para``: "BEIRUT, Lebanon, Nov. 30 (UPI) --",
    "3 December 2016, NEW YORK -", "MOSCOW, December 14. /TASS/.", "NEW YORK/AMMAN, 3 Dec 2016 –"."""
    m = _DATELINE_END.search(para[:160])
    if not m:
        return []
    head = para[:m.start()]  # a "/TASS/" tag ends the dateline and is not part of the head
    # drop agency tags in parentheses, "(AFP)", "(Xinhua)"; "(13 December 2016)" stays
    bare = re.sub(r"\((?=[^()]*[A-Za-z])[^()\d]{1,40}\)", " ", head)
    bare = re.sub(r"[()]", " ", bare).strip(" ,.")
    if not bare or len(bare.split()) > 12:
        return []
    dms = header_dates(bare)
    if not dms:
        return []
    first_word = re.split(r"[\s,]+", bare)[0].lower().rstrip(".")
    starts_with_date = dms[0].start == 0
    if not starts_with_date and (first_word in _NOT_PLACE or first_word in MONTHS or first_word in WEEKDAYS):
        return []
    # everything but the dates must be capitalised place words and punctuation
    rest = bare
    for dm in reversed(dms):
        rest = rest[:dm.start] + " " + rest[dm.end:]
    if not _HEAD_TOKENS.match(rest):
        return []
    if starts_with_date and not re.match(r"\s*[,|]?\s*[A-Z]", bare[dms[0].end:] or "X"):  # "13 December 2016 | DAMASCUS -"
        return []
    if not starts_with_date and "," not in bare[:dms[0].start] and not re.search(r"[A-Z]{3,}", bare[:dms[0].start]):
        return []  # "Aleppo December 9" reads as a phrase; a dateline has a comma or capitals
    return dms


def _is_header_date_line(line: str, dm: DateMention) -> bool:
    """A line that holds one date and otherwise only header words: weekday, time, zone,
    "Published"/"Updated", a short byline ("By Jane Doe | Dec. 3, 2016 4:12 PM")."""
    rest = line
    for other in sorted(header_dates(line) + [dm], key=lambda d: d.start, reverse=True):
        rest = rest[:other.start] + " " * (other.end - other.start) + rest[other.end:]
    rest = _HEADER_NOISE.sub(" ", rest)
    words = rest.split()
    if not words:
        return True
    # a byline name or outlet: up to five capitalised words
    return len(words) <= 5 and all(w[:1].isupper() or w in ("de", "al", "van", "von", "bin") for w in words) \
        and bool(re.match(r"\s*(?:by\b|[A-Z0-9])", line))


def is_date_stamp(line: str) -> bool:
    """A page-furniture line that only dates the page: "Published: Fri 16 Dec 2016 12.04 GMT",
    "By Jane Doe | Dec. 3, 2016 4:12 PM ET", "Last updated 12:04 GMT, 16 December 2016"."""
    if len(line.split()) > 16 or line.rstrip().endswith((".", "!", "?")) and not re.search(r"\d\.?$", line.rstrip()):
        return False
    found = header_dates(line)
    if not found or len(found) > 2:
        return False
    first = found[0]
    tail = _HEADER_NOISE.sub(" ", line[found[-1].end:]).split()
    if len(tail) > 3:
        return False  # "Updated Dec. 16: the death toll rose to 30." is news with a stamp in front
    return bool(_LEADIN.search(line[:first.start])) or (len(found) == 1 and _is_header_date_line(line, first))


def infer_published(paragraphs: list[str], captions: list[str] = (), furniture: list[str] = (),
                    year_hint: int | None = None, top: list[str] = ()) -> DateInference:
    """Infer the publication date from body paragraphs, photo captions, furniture lines and
    the first lines of the page (``top``)."""
    paragraphs = list(paragraphs)
    body = "\n\n".join(paragraphs)
    body_dates = find_explicit_dates(body)
    caption_text = "\n".join(captions)
    caption_dates = find_explicit_dates(caption_text)
    furniture_dates = find_explicit_dates("\n".join(furniture))
    year, year_source = _year_for(body_dates + caption_dates + furniture_dates, year_hint)
    checks = weekday_dates(body)
    evidence: list[str] = []
    cands: list[_Candidate] = []
    order = 0

    def add(dm: DateMention, kind: str, conf: str, desc: str, shift: int = 0) -> None:
        nonlocal order
        order += 1
        cands.append(_Candidate(dm, kind, conf, desc, order, shift))

    # lines where self-description may stand: page top, furniture, paragraph starts
    top_set = {ln.strip() for ln in top}
    lines: list[tuple[str, str]] = [(ln.strip(), "top") for ln in top if ln.strip()]
    lines += [(ln.strip(), "furniture") for ln in furniture if ln.strip() and ln.strip() not in top_set]
    lines += [(p, "body") for p in paragraphs if p not in top_set]
    for line, where in lines:
        for dm in (header_dates(line) if where != "body" else find_explicit_dates(line)):
            before = line[:dm.start]
            after = line[dm.end:dm.end + 4]
            if re.match(r"\s*[-–]\s*\d", after) or _SINCE.search(before[-30:]):
                continue  # "December 2-8, 2016", "since Dec. 15": a period, not a day of publication
            # "Published: ..." starts a header line; in running text only a short paragraph
            lead = _LEADIN.search(before) if len(before) <= 60 and (where != "body" or len(line.split()) <= 15) else None
            if lead is None and where != "body":  # a later stamp on the same header line: "... | Last Updated: Dec 17"
                segment = re.split(r"\s[|·•]\s|\s\|", before)[-1]
                lead = _LEADIN.search(segment)
            stated = _SELF_STATEMENT.search(before[-80:])
            if lead or stated:
                updated = (lead and lead.group("up")) or (stated and "updated" in stated.group("pub").lower())
                words = (lead or stated).group(0).strip()
                # a stamp in the furniture further down may belong to a related story: one step lower
                inner = where == "furniture"
                if updated:
                    add(dm, "updated", "low" if inner else "medium", f"updated {words[:30]!r} {dm.text!r}")
                else:
                    add(dm, "statement", "medium" if inner else "high", f"statement {words[:30]!r} {dm.text!r}")
            elif where != "body" and _is_header_date_line(line, dm):
                conf = "high" if where == "top" else "low"
                add(dm, "date_line", conf, f"date line {line[:50]!r}")
            elif where == "body" and len(find_explicit_dates(line)) == 1 and _is_header_date_line(line, dm) \
                    and dm.year_given:
                add(dm, "date_line", "high", f"date line {line[:50]!r}")
    for para in paragraphs:
        for m in _TODAY_DATE.finditer(para):
            dms = find_explicit_dates(m.group("date"))
            if dms:
                shift = 1 if m.group("when").lower() in ("yesterday", "last night") else 0  # the page is a day later
                add(dms[0], "today", "medium", f"{m.group('when').lower()} with its date {m.group(0)!r}", shift)
    for para in paragraphs[:4]:  # the first dateline only: later ones quote other reports
        found = _dateline_dates(para)
        for dm in found:
            add(dm, "dateline", "high", f"dateline {para[:min(len(para), dm.end + 20)]!r}")
        if found:
            break
    heads = [paragraphs[0]] if paragraphs else []
    heads += [ln.strip() for ln in top if ln.strip() and len(ln.split()) <= 14 and ln.strip() not in heads]
    for head in heads:
        for dm in header_dates(head):
            # "(13 December 2016)", a report's title "(as of 6 December 2016)"
            inside = re.search(r"\(\s*(?:(?:as\s+(?:of|at|on)|status\s+(?:as\s+)?(?:of|at)|updated|issued)[:\s]+)?"
                               + re.escape(dm.text) + r"\s*\)", head, re.I)
            at_end = re.search(r"[-–—|:,]\s*" + re.escape(dm.text) + r"\W{0,3}(?:\[[A-Z/]+\])?\s*$", head)
            # "| Last Updated: Dec 17", "Last updated 12:04 GMT, 16 December": stamps, read above
            stamped = re.search(rf"\b(?:{_UPDATED_WORDS}|{_PUBLISHED_WORDS})\b[^|]*$", head[:dm.start], re.I)
            if inside and re.match(r"\(\s*(?:as|status)\b", inside.group(0), re.I):
                stamped = None  # "Flash Update (as of 6 December 2016)": the report's own day
            if (inside or at_end) and not stamped and not re.match(r"\s*[-–]\s*\d", head[dm.end:dm.end + 4]):
                add(dm, "headline", "high", f"date in headline {head[:40]!r}")

    def resolve(c: _Candidate) -> tuple[dt.date | None, str]:
        if c.mention.year_given:
            return c.mention.date + dt.timedelta(days=c.shift), ""
        if year is None:
            return None, ""
        y, note = check_year(year, checks)
        d = c.mention.resolve(y)
        return (d + dt.timedelta(days=c.shift) if d else None), "+".join(x for x in (year_source, note) if x)

    strong = [c for c in cands if c.kind != "lead_date"]
    # a header date far from the year every other article is from is the scrape date, not ours
    if year_hint:
        for c in list(strong):
            if c.mention.year_given and abs(c.mention.year - year_hint) > 1 and c.kind in ("date_line", "headline"):
                strong.remove(c)
                evidence.append(f"date line {c.mention.text!r} ignored: {c.mention.year} is far from the corpus year {year_hint}")
    if strong:
        tier = {"high": 0, "medium": 1, "low": 2}
        best = min(strong, key=lambda c: (tier[c.confidence], _RANK[c.kind], c.order))
        group = [c for c in strong if c.kind == best.kind and c.confidence == best.confidence]
        resolved = [(resolve(c), c) for c in group]
        resolved = [(d, note, c) for (d, note), c in resolved if d is not None]
        if resolved:
            d, note, c = min(resolved, key=lambda x: (x[0], x[2].order))  # the first version, not a later update
            conf = c.confidence
            # other confident evidence naming another day: we cannot tell which is right
            others = {resolve(x)[0] for x in strong if x.kind != "updated" and x.confidence == best.confidence} - {None}
            if any(abs((o - d).days) > 1 for o in others):
                conf = "low"
                evidence.append("other dates of publication in the page: " +
                                ", ".join(sorted(o.isoformat() for o in others if o != d)))
            if "weekday_conflict" in note:
                conf = "low"
            method = "inferred:" + c.kind + (f"+{note}" if note else "")
            return DateInference(d, method, conf, "; ".join([c.desc] + evidence))

    # lead date: a weekday with its date in the first paragraphs ("on Friday (Dec 9)")
    for para in paragraphs[:3]:
        for m in _WEEKDAY_DATE.finditer(para):
            before = para[max(0, m.start() - 50):m.start()]
            after = para[m.end():m.end() + 40]
            if _PAST_EVENT.search(before[-25:]) or _PAST_EVENT.search(after[:25]) or _NOT_PAST.search(before):
                continue
            dms = find_explicit_dates(m.group("date"))
            if not dms or year is None:
                continue
            y, note = check_year(year, [(WEEKDAYS[m.group("wd").lower()], dms[0].month, dms[0].day)])
            if note != "weekday_conflict":
                d = dms[0].resolve(y)
                if d:
                    note = "+".join(x for x in (year_source, note) if x)
                    return DateInference(d, f"inferred:lead_date+{note}", "low",
                                         f"weekday and date in the lead {m.group(0)!r}: the news day, "
                                         "usually the day of publication or the day before")

    # anchors (caption dates) + weekday words: a caption is never more than a low hint
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

        cands7 = [lower + dt.timedelta(days=k) for k in range(7)]
        cand = min(cands7, key=lambda c: (spread(c) + (c - lower).days, c))
        how = (f"{anchor_desc} is a lower bound; weekday words ({', '.join(wd_names)}) sit closest "
               f"before {cand:%A %d %B %Y}; a caption is only a hint")
        if evidence:
            how += "; " + "; ".join(evidence)
        if year_source == "corpus_year":
            how += "; year from the corpus"
        return DateInference(cand, "inferred:anchor+weekday", "low", how)
    if anchors and not weekdays:
        evidence.insert(0, f"on or after {max(a[0] for a in anchors).isoformat()} ({max(anchors, key=lambda a: a[0])[1]}) but no weekday words to fix the day")
    elif weekdays and not anchors:
        evidence.insert(0, f"weekday words ({', '.join(wd_names)}) but no dated anchor")
    elif not evidence:
        evidence.insert(0, "no dates or weekday words in the text")
    return DateInference(None, "none", "none", "; ".join(e for e in evidence if e))
