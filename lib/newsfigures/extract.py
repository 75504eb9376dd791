"""Where the stages meet: one article in, its claims and control events out.

Sentences (:mod:`newsfigures.reading`) -> number phrases and what they count
(:mod:`newsfigures.figures`) -> who said it (:mod:`newsfigures.attribution`) -> who holds
which district (:mod:`newsfigures.territory`) -> :class:`~newsfigures.records.Claim` and
:class:`~newsfigures.records.ControlEvent` records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .attribution import attribute, publisher_of
from .attribution.interviews import interview_answers
from .figures.context import CONFLICT_CATEGORIES, is_conflict_text, is_evacuation_text, operation_measure
from .figures.dates import FigureDate, figure_date
from .figures.measure import classify
from .figures.things import elliptical
from .figures.tally import WAR, figure_tally, war_scope
from .figures.numbers import find_quantities
from .memo import new_article
from .reading.calendar import MONTHS
from .reading.sentences import Sentence, split_sentences
from .records import Claim, ControlEvent, claim_id, event_id
from .territory.actors import headline_party, lead_party, side_of_speaker
from .territory.control import control_mentions
from .territory.members import counted_taking, member_mentions
from .territory.gazetteer import find_places
from .territory.shares import territory_party
from .territory.unnamed import named_taking, resolve_unnamed, unnamed_district
from .regexstore import compile as compile_regex


@dataclass
class ArticleFigures:
    claims: list[Claim] = field(default_factory=list)
    events: list[ControlEvent] = field(default_factory=list)


def _iso(d) -> str | None:
    return d.isoformat() if d else None


# a sentence that continues the previous one's event ("Seven children were among the dead")
_CONTINUES_EVENT = compile_regex(r"\b(?:among|of)\s+(?:the|those)\s+(?:dead|victims|killed|wounded|injured|casualties)\b"
                              r"|\bthe\s+(?:dead|victims)\s+(?:included|were|are)\b", re.I)
# "In 2012 Hanano fell to the rebels" is history; "held since 2012" says who holds it now
_HISTORIC_YEAR = compile_regex(r"\b(?:in|of)\s+((?:19|20)\d\d)\b", re.I)
# a month with no day after it: "in August", "since July" (a day, "on 3 December", is a date)
_HISTORIC_MONTH = compile_regex(r"\b(?:in|since|during|until|through)\s+(?:early\s+|late\s+|mid-?)?"
                                r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
                                r"(?!\s+\d{1,2}\b)", re.I)
_LATER_CLAUSE = compile_regex(r"[,;:(—–]|\b(?:since|when|after|before|until|which|who|where)\b", re.I)
# "The army took the district", "won it back", "retook it": a control sentence that refers back
# to the neighbourhood named last in the article
_ANAPHOR_VERBS = ("won", "took", "retook", "seized", "stormed", "overran", "secured", "cleared", "captured",
                  "regained", "liberated", "recaptured")
_ANAPHOR = compile_regex(
    r"\b(?:the|this|that) (?:district|neighbou?rhood|area|quarter)\b(?!\s+of\b)|\bit back\b|"
    + "|".join(rf"(?<=\b{v} )it\b" for v in _ANAPHOR_VERBS),  # one look-behind per verb (fixed width)
    re.I,
)


# a wider area the sentence names before "the area", which then stands for it, not for the district
# named last ("military operations in eastern Aleppo had ended and the area was returning ...")
_OWN_AREA = compile_regex(
    r"\b(?:east|eastern|west|western|north|northern|south|southern|rebel-held|opposition-held)\s+Aleppo\b"
    r"|\bthe\s+(?:(?:rebel|opposition|besieged)\s+)?(?:east|west|city|enclave|pocket|old\s+city)\b",
    re.I,
)


# a held statement in a relative clause or aside ("The YPG, which holds Sheikh Maqsoud, took X on
# 27 November") is dated by its own clause, not by the main clause's date
_RELATIVE_ASIDE = compile_regex(r",\s*(?:which|who|that|where)\s+[^,;:()—–]*?(?=[,;:()—–]|$)", re.I)


def _held_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause (", which holds X,") that holds a held mention ending at ``end``."""
    for m in _RELATIVE_ASIDE.finditer(sentence):
        if m.start() <= end and end <= m.end() and m.start() >= start - 1:
            return m.start(), m.end()
    return None


def _without_other_asides(sentence: str, start: int, end: int, surface: str) -> str:
    """``sentence`` with the relative clauses inside a mention's quote that do not hold its
    place blanked out: "The YPG, which held X on 10 December, took Y on 27 November" dates Y
    by its own clause (offsets are kept)."""
    at = sentence.rfind(surface, start, end) if surface else -1
    out = sentence
    for m in _RELATIVE_ASIDE.finditer(sentence):
        if start <= m.start() and m.end() <= end and not (at >= 0 and m.start() <= at < m.end()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def _control_with_anaphora(sentence: str, last_place: str | None, context_party: str | None = None,
                           speaker_party: str | None = None):
    """Control mentions of ``sentence``; if it names no district but refers back to one
    ("the district", "won it back"), read it with the last named district in its place.
    ``context_party`` is the actor of the sentence before, for an "it"/"they" subject;
    ``speaker_party`` the side of its speaker or publication, for "our forces" and "we"."""
    mentions = control_mentions(sentence, context_party, speaker_party)
    if mentions or not last_place or find_places(sentence):
        return mentions, False
    m = _ANAPHOR.search(sentence)
    if not m:
        return [], False
    if m.group(0).lower().endswith("area") and _OWN_AREA.search(sentence, 0, m.start()):
        return [], False  # "operations in eastern Aleppo had ended and the area was returning ...": that area
    replacement = f"back {last_place}" if m.group(0).lower().endswith("back") else last_place
    rewritten = sentence[:m.start()] + replacement + sentence[m.end():]
    return control_mentions(rewritten, context_party, speaker_party), True


_BACK_REFERENCE = compile_regex(r"(?:he|she|it|they|the\s+[\w-]+)$", re.I)


def _speaker_side(src) -> str | None:
    """The side of a sentence's speaker or of the publication (a Source), for "our forces"."""
    if src is None:
        return None
    return side_of_speaker([src.name, src.surface or "", src.speaker or ""], src.source_type or "",
                           bool(src.party_to_conflict))


def _source_before(attributions: list, k: int, publisher):
    """The source of sentence ``k - 1`` (None for the first sentence)."""
    before = attributions[k - 1] if k else None
    return before.at(0, publisher) if before is not None else None


def continued_speaker(src, before) -> bool:
    """The figure's speaker is a back-reference ("he said", "It also said", "the ministry
    added") to the source of the sentence before: the same statement goes on."""
    return (src is not None and before is not None and src.name == before.name
            and bool(_BACK_REFERENCE.fullmatch((src.surface or "").strip())))


_DAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
_SPEECH_VERB = r"(?:said|says|told|announced|reported|stated|added|declared|estimated|wrote|tweeted)"
# the day belongs to the statement: "said in a statement late Monday", "On Tuesday, the UN said"
_DATED_STATEMENT = compile_regex(
    rf"\b{_SPEECH_VERB}\b[^,;]{{0,40}}?\b(?:on\s+)?(?:late\s+|early\s+)?{_DAY_WORD}\b"
    rf"|^\W*(?:on\s+)?(?:late\s+|early\s+)?{_DAY_WORD}\b,?[^,;]{{0,90}}?\b{_SPEECH_VERB}\b", re.I)


def dated_statement(text: str) -> bool:
    """The day named in ``text`` is the day of its statement ("said in a statement late
    Monday", "On Thursday, the general told reporters"), not only of the events it reports."""
    return bool(_DATED_STATEMENT.search(text))


def drop_contradicted_holdings(events: list[ControlEvent]) -> list[ControlEvent]:
    """An article's ``held`` rows that its own ``captured`` rows contradict are dropped.

    "Sheikh Saeed was one of the few parts ... still in rebel hands" in an article reporting that
    the army took Sheikh Saeed describes the state before the capture (data/gold/NOTES.md: held
    statements that the same article contradicts are not events).
    """
    takers: dict[str, set[str]] = {}
    for e in events:
        if e.event == "captured":
            takers.setdefault(e.neighbourhood, set()).add(e.controller)
    return [e for e in events
            if not (e.event == "held" and takers.get(e.neighbourhood, set()) - {e.controller})]


_PERIOD_TEXT = compile_regex(r"period '([^']+)'")


def _event_day(fd: FigureDate, text: str = "", start: int = 0, end: int = 0):
    """The day of a change of control: a figure's date, but the last day of a closed period
    ("seized X over the weekend" -> the Sunday, data/gold/NOTES.md) when the period dates the
    event's own words (the figure's date alone, or the period phrase inside or right after the
    quote ``text[start:end]``), not the publication day."""
    if fd.period_end is None or fd.date is None or fd.period_end >= fd.date:
        return fd.date
    if fd.how.startswith("period"):
        return fd.period_end
    m = _PERIOD_TEXT.search(fd.how)
    at = text.find(m.group(1), start) if m else -1
    if 0 <= at <= end + 12:
        return fd.period_end
    return fd.date


# a day right after a listed place: "entered Sheikh Fares on Sunday and Bustan al-Basha on Monday"
_DAY_AFTER_PLACE = compile_regex(
    r"(?:\s+(?:district|neighbou?rhood|area|quarter))?\s+(?:(?:late|early)\s+)?on\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


# days counted back from the sentence's own day: "after troops took X the previous day" (after the
# event), "a day after / two days after troops took X" (before it)
_DAY_BEFORE = compile_regex(r"\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|the\s+day\s+before)\b"
                         r"(?!\s+(?:the|a|an|its|their|yesterday)\b)", re.I)
_DAYS_AFTER = compile_regex(r"\b(a|one|two|three|four)\s+days?\s+after\s+(?:[\w'’-]+\s+){0,6}?$", re.I)
_OWN_TIME = compile_regex(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
                       r"|\bon\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b", re.I)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _days_back(sentence: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """(span of the phrase, days) when the event's day is counted back from the sentence's own day."""
    m = _DAY_BEFORE.search(sentence, start, min(len(sentence), end + 40))
    if m is not None:
        return (m.start(), m.end()), 1
    m = _DAYS_AFTER.search(sentence, max(0, start - 80), start)
    stop = min((i for i in (sentence.find(c, end) for c in ",;") if i >= 0), default=len(sentence))
    if m is not None and not _OWN_TIME.search(sentence, start, stop):  # "two days after troops took X on Saturday"
        return (m.start(), m.end()), _COUNT[m.group(1).lower()]
    return None


def _own_day(sentence: str, surface: str, start: int, end: int) -> str | None:
    """The place and the day right after it, when the place is one of several in a list that
    name their own days (None otherwise: the clause's day dates the event)."""
    at = sentence.find(surface, start) if surface else -1
    if at < 0:
        return None
    m = _DAY_AFTER_PLACE.match(sentence, at + len(surface))
    if m is None or len(_DAY_AFTER_PLACE.findall(sentence)) < 2:
        return None
    return sentence[at:m.end()]


def _add_events(out: ArticleFigures, article, s: Sentence, sentence_src, publisher, mentions, resolved: bool) -> None:
    """The control events of one sentence's mentions (``resolved``: read from a rewritten
    sentence, so quoted whole), dated by their clause; history (an earlier year) is left out."""
    body = article.body
    for cm in mentions:
        # a background description ("the Kurdish-run neighbourhood of X") is the paper's own statement
        src = None if sentence_src is None else publisher if cm.descriptive else sentence_src.at(cm.start, publisher)
        if resolved:  # offsets refer to the rewritten sentence: quote the whole sentence
            cm_start, cm_end = 0, len(s.text)
        else:
            cm_start, cm_end = cm.start, cm.end
        # the clause that dates the event: a held statement's own relative clause, else the
        # sentence without the relative clauses about other places ("X, which fell in 2012, was retaken")
        aside = _held_clause(s.text, cm_start, cm_end) if cm.event == "held" and not resolved else None
        if aside is not None:
            date_text, anchor = s.text[aside[0]:aside[1]], cm_start - aside[0]
        elif not resolved:
            date_text, anchor = _without_other_asides(s.text, cm_start, cm_end, cm.surface), cm_start
        else:
            date_text, anchor = s.text, cm_start
        # a year in a later clause dates that clause ("lost X on Saturday, their first loss since
        # they stormed it in 2012"), not this event
        own = lambda m: not _LATER_CLAUSE.search(date_text, anchor + (cm_end - cm_start), m.start())  # noqa: E731
        years = [int(m.group(1)) for m in _HISTORIC_YEAR.finditer(date_text) if own(m)]
        if article.published and years and max(years) < article.published.year:
            continue  # "In 2012 Hanano became the first to fall to the rebels": history, not news
        months = [MONTHS[m.group(1).lower()] for m in _HISTORIC_MONTH.finditer(date_text) if own(m)]
        if article.published and months and all(mo < article.published.month - 1 or mo > article.published.month
                                                 for mo in months):
            continue  # "which rebels captured briefly in August" (in a December report): history
        fd = figure_date(date_text, article.published, anchor=anchor)
        own = _own_day(s.text, cm.surface, cm_start, cm_end) if not resolved else None
        if own is not None:  # "entered X on Sunday and Y on Monday": each listed place its own day
            fd = figure_date(own, article.published, anchor=0)
        back = _days_back(s.text, cm_start, cm_end) if not resolved else None
        if back is not None:  # "after troops took X the previous day", "a day after troops took X"
            span, days = back
            rest = figure_date(s.text[:span[0]] + s.text[span[1]:], article.published, anchor=0)
            if rest.date is not None:
                fd = FigureDate(rest.date - dt.timedelta(days=days), None, None, f"{rest.how} ({days} day(s) before)")
        start, end = s.start + cm_start, s.start + cm_end
        out.events.append(ControlEvent(
            event_id=event_id(article.article_id, start, end, cm.neighbourhood, cm.controller, cm.event),
            article_id=article.article_id, neighbourhood=cm.neighbourhood, controller=cm.controller,
            event=cm.event, date=_iso(_event_day(fd, s.text, cm_start, cm_end)), source=src.name if src else None,
            source_type=src.source_type if src else None, speaker=(src.speaker or None) if src else None,
            quote=body[start:end], sentence=s.text,
            start=start, end=end, in_gazetteer=cm.in_gazetteer,
        ))


def _headline_party(title: str | None) -> str | None:
    """The side a headline names as its subject, the article's context before its first sentence."""
    try:
        taken = [m.controller for m in control_mentions(title or "") if m.event == "captured"]
        return taken[-1] if taken else headline_party(title or "")
    except Exception:  # one odd title must not lose the article
        return None


class _LeadParty:
    """``lead_party(text) or before``, computed when first called: who an "it"/"they" of the next
    sentence stands for, when this sentence took nothing (its first actor, else the one before)."""

    __slots__ = ("text", "before", "value")
    _UNREAD = object()

    def __init__(self, text: str, before):
        self.text, self.before, self.value = text, before, self._UNREAD

    def __call__(self) -> str | None:
        node, unresolved = self, []
        while isinstance(node, _LeadParty) and node.value is self._UNREAD:  # back to a known party
            party = lead_party(node.text)
            if party:
                node.value, node.before = party, None
                break
            unresolved.append(node)
            node = node.before
        known = node.value if isinstance(node, _LeadParty) else node
        for n in unresolved:  # no actor of their own: the one before stands
            n.value, n.before = known, None
        return self.value


def extract_article(article) -> ArticleFigures:
    """All figures and control events of one :class:`~newsfigures.reading.Article`."""
    new_article()  # sentence memos hold one article's sentences (see newsfigures.memo)
    body = article.body
    sentences: list[Sentence] = split_sentences(body)
    publisher = publisher_of(body, article.title, article.outlet)  # an organisation's own page speaks for it
    attributions = attribute([s.text for s in sentences], publisher=publisher, outlet=article.outlet or "")
    attributions = interview_answers(body, sentences, attributions, publisher, article.outlet or "")
    index_of = {s.start: k for k, s in enumerate(sentences)}  # a sentence's place, to read the one before
    # the off-domain gate and evacuation operations (figures.context): what the article is about
    conflict_text = is_conflict_text([s.text for s in sentences], title=article.title)
    evacuation_text = is_evacuation_text(f"{article.title or ''}\n{body}")
    out = ArticleFigures()
    previous_measure: str | None = None
    last_place: str | None = None
    day_before: FigureDate | None = None  # the named day of the previous sentence's figures
    # who "it"/"they" and an untaken fall stand for until a sentence names a side: the headline's
    # actor ("Syrian army captures key district" ... "They captured Sakhour on Monday")
    context_party: str | None = _headline_party(article.title)
    counted_party: str | None = None  # who took "35 neighbourhoods" in the sentence before
    previous_mentions: list = []  # the sentence before's control mentions
    pending = None  # (sentence, its attribution, description, context party): "a key district" to be named
    for s, sentence_src in zip(sentences, attributions):
        quantities = find_quantities(s.text)
        in_sentence: str | None = None
        party_here = ""
        day_here: FigureDate | None = None
        for q in quantities:
            try:
                cls = classify(s.text, q, previous_measure, in_sentence, share_party=territory_party,
                               conflict_text=conflict_text)
            except Exception:  # one odd sentence must not lose the article
                cls = None
            if cls is None:
                continue
            if evacuation_text and cls.measure == "fled":
                cls = replace(cls, measure=operation_measure(cls.measure, s.text))
            if not cls.party and cls.unit == "people" and party_here and elliptical(s.text, q):
                cls = replace(cls, party=party_here)  # "killed 5 civilians, injuring 21 others"
            party_here = cls.party if cls.unit == "people" else party_here
            previous_measure = in_sentence = cls.measure
            src = sentence_src.at(q.start, publisher) if sentence_src is not None else None
            fd = figure_date(s.text, article.published, anchor=q.start)
            if fd.how == "publication date" and day_before is not None and _CONTINUES_EVENT.search(s.text):
                # "Shells fired Wednesday ... killed 26 civilians. Seven children were among the dead."
                fd = FigureDate(day_before.date, None, None, f"{day_before.how} (previous sentence)")
            elif fd.how == "publication date" and day_before is not None \
                    and continued_speaker(src, _source_before(attributions, index_of[s.start], publisher)) \
                    and dated_statement(sentences[index_of[s.start] - 1].text if index_of[s.start] else ""):
                # "On Tuesday, the UN said ... 82 civilians. It also said hundreds of men had gone
                # missing": the same speaker goes on with the same statement, of the same day
                fd = FigureDate(day_before.date, None, None, f"{day_before.how} (the same speaker's statement)")
            if not fd.how.startswith(("publication date", "period", "no date")) and fd.period_start is None:
                day_here = fd
            quote_end = cls.quote_end
            start, end = s.start + q.start, s.start + quote_end
            scope = WAR if cls.category in CONFLICT_CATEGORIES and war_scope(s.text, q) else None
            tally = figure_tally(cls.category, scope, _iso(fd.period_start), _iso(fd.period_end), s.text,
                                 body[start:end], fd.how)
            out.claims.append(Claim(
                claim_id=claim_id(article.article_id, start, end, cls.category, cls.measure),
                article_id=article.article_id, category=cls.category, measure=cls.measure,
                value_low=float(q.low), value_high=float(q.high), qualifier=q.qualifier,
                unit=cls.unit, party=cls.party,
                source=src.name if src else None, source_type=src.source_type if src else None,
                party_to_conflict=bool(src.party_to_conflict) if src else False,
                speaker=(src.speaker or None) if src else None,
                date=_iso(fd.date), date_method=fd.how,
                period_start=_iso(fd.period_start), period_end=_iso(fd.period_end),
                tally=tally, scope=scope,
                quote=body[start:end], sentence=s.text, start=start, end=end,
            ))
        day_before = day_here
        context_before = context_party
        try:
            speaker = sentence_src if sentence_src is not None else publisher
            mentions, resolved = _control_with_anaphora(s.text, last_place, context_party, _speaker_side(speaker))
            if not mentions:  # "... freed 35 neighbourhoods. Among them are X, Y and Z"
                mentions = member_mentions(s.text, counted_party)
            counted_party = counted_taking(s.text)
            named = find_places(s.text)
            if named:
                last_place = named[-1].neighbourhood.name
            # who "it"/"they" is in the next sentence: this sentence's taker, else its first actor
            # (read only if the next sentence is read for control: most are not)
            context_party = mentions[-1].controller if mentions else _LeadParty(s.text, context_party)
        except Exception:
            mentions, resolved = [], False
        _add_events(out, article, s, sentence_src, publisher, mentions, resolved)
        # a district taken but not named here, named by the previous or the next sentence
        try:
            if pending is not None:
                name = named_taking(mentions)
                if name is not None:
                    _add_events(out, article, pending[0], pending[1], publisher,
                                resolve_unnamed(pending[0].text, pending[2], name, pending[3]), True)
                pending = None
            description = unnamed_district(s.text) if not mentions else None
            if description is not None:
                name = named_taking(previous_mentions)
                if name is not None:
                    _add_events(out, article, s, sentence_src, publisher,
                                resolve_unnamed(s.text, description, name, context_before), True)
                else:
                    pending = (s, sentence_src, description, context_before)
        except Exception:  # one odd sentence must not lose the article
            pending = None
        previous_mentions = mentions
    out.events = drop_contradicted_holdings(out.events)
    return out
