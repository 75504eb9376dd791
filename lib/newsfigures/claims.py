"""What a number counts: category, measure, unit and party of each figure in an article.

For every sentence, :func:`newsfigures.numbers.find_quantities` gives the number phrases; this
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
   -> government: a loss is no holding) by one grammar for every side (:func:`territory_party`),
   with the actor table of the control events (a Kurdish loss has no single winner). A share is
   never above 100 percent ("45 quarters" counts districts). Counts of neighbourhoods are
   territory when a control verb is in the clause.
4. Numbers with no head noun and no cue ("put the number at 4,000") take the measure of the
   previous figure in the article when the sentence refers back to a number ("the number",
   "the toll", "the figure", "an additional", "another").

Then :mod:`newsfigures.sources` says who the figure is attributed to, and
:mod:`newsfigures.dates` which day (and period) it refers to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import dates as dates_mod
from .numbers import Quantity, find_quantities, is_figure_kind
from .sentences import Sentence, split_sentences
from .tables import stable_id

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


def _word_alt(words: list[str]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        w = w.lower()
        if w.endswith("*"):
            parts.append(re.escape(w[:-1]) + r"\w*")
        else:
            parts.append(re.escape(w))
    return r"\b(?:" + "|".join(parts) + r")\b"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "claims.yaml").read_text("utf-8"))
    cues = tuple((m, re.compile(_word_alt(ws), re.I)) for m, ws in raw["measures"].items())
    nouns = {k.lower(): v for k, v in raw["nouns"].items()}
    return Lexicon(
        cue_patterns=cues,
        nouns=nouns,
        noun_pattern=re.compile(_word_alt(list(nouns)), re.I),
        not_figures=re.compile(_word_alt(raw["not_figures"]), re.I),
        territory_words=re.compile(_word_alt(raw["territory_words"]), re.I),
        gain=re.compile(_word_alt(raw["gain_verbs"]), re.I),
        loss=re.compile(_word_alt(raw["loss_verbs"]), re.I),
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
# who gains what a side loses: as the control events (control_verbs.yaml ``opponents``); a
# Kurdish loss has no single winner, so it gives no party
_OPPOSITE = {"government": "rebels", "rebels": "government"}
_OUT_OF = re.compile(r"\b(forc\w*|push\w*|drov\w*|driv\w*|expell\w*|kick\w*|chas\w*)\s+"
                     r"(?=((?:\w+\s+){0,3}?)out\s+of\s*(?:\w+\s+){0,4}$)", re.I)
_PRONOUN_OBJECT = re.compile(r"\s*(?:them|those)\s*$", re.I)
_GIVE = re.compile(r"\b(giv\w*|gave|hand\w*)\s+(?:the\s+)?(\w+(?:\s\w+)?)", re.I)
_BY_ACTOR = re.compile(r"\b(?:by|to)\s+(?:the\s+|a\s+)?([\w'-]+(?:\s[\w'-]+)?)", re.I)
_PASSIVE = re.compile(r"\b(been|were|was|are|is|be|being|get|got)\s+(?:\w+\s+)?$", re.I)


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


def _actor_in(text: str, last: bool = True) -> str | None:
    """The party of the last (or first) armed side named in ``text``, from the one actor table
    of :func:`newsfigures.places.actors_in` (so shares and control events agree)."""
    from .places import actors_in

    found = [party for _, _, party in actors_in(text) if party != "none"]
    if not found:
        return None
    return found[-1] if last else found[0]


_CONFINED = re.compile(r"\b(?:pocket|enclave|sliver|strip|confined\s+to|limited\s+to|reduced\s+to|"
                       r"squeezed\s+into|bottled\s+up\s+in)\b", re.I)
_PERCENT_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)|\b(?:half|third|quarter|tenth)s?\b", re.I)


def territory_party(sentence: str, q: Quantity) -> tuple[str, bool]:
    """(party that holds or took the share, whether a gain/loss verb was found).

    Shares held and shares taken by any side are read by this one grammar, with the actors of
    :func:`newsfigures.places.actors_in`: the subject of a gain verb holds the share; a loss
    verb's subject lost it, so its opponent holds it ("rebels have lost more than half of the
    east" -> government, as data/gold/NOTES.md reads 61); a Kurdish loss gives no party. The
    side left "in a pocket of" / "confined to" the figure holds it, and in "the army controls
    93 percent and rebels the remaining 7 percent" the second share is the second actor's.
    """
    lex = lexicon()
    left = sentence[max(0, q.start - 160):q.start]
    right = sentence[q.end:q.end + 120]
    clause = _left_clause(sentence, q.start)
    if _CONFINED.search(clause):  # "leaving rebels in a pocket of 5 square km", "rebels are confined to 10 percent"
        actor = _actor_in(clause[:_CONFINED.search(clause).start()])
        if actor:
            return actor, True
    give = None
    for give in _GIVE.finditer(left):
        pass
    if give is not None and len(left) - give.end() < 25:
        actor = _actor_in(give.group(2))
        if actor:
            return actor, True
    verbs = [(m.start(), m.end(), "gain") for m in lex.gain.finditer(left)] + \
            [(m.start(), m.end(), "loss") for m in lex.loss.finditer(left)]
    # "forced rebels out of", "pushed them out of": an object between the verb and "out of";
    # the verb nearest "out of" ("forces pushed them out of": "pushed", not the noun "forces")
    for m in list(_OUT_OF.finditer(left))[-1:]:
        obj = _actor_in(m.group(2))
        if obj:
            return _OPPOSITE.get(obj, ""), True
        if _PRONOUN_OBJECT.match(m.group(2)):  # "pushed them out of": the one pushing holds it
            pusher = _actor_in(left[:m.start()])
            if pusher:
                return pusher, True
        verbs.append((m.start(), len(left), "loss"))  # (the match ran to the end of `left`)
    if verbs:
        start, end, kind = max(verbs)
        subject = _actor_in(left[:start])
        after_verb = left[end:]
        by = _BY_ACTOR.search(after_verb)
        if kind == "gain":
            if by and _actor_in(by.group(0)):
                return _actor_in(by.group(0)), True
            # "control 93 percent of the east, and rebels the remaining 7 percent": elliptical second share
            share_before = list(_PERCENT_BEFORE.finditer(after_verb))
            if share_before:
                second = _actor_in(after_verb[share_before[-1].end():])
                if second:
                    return second, True
            return (subject or ""), True
        # loss: the subject lost it; a passive "had been lost" after the number is handled below
        if by and _actor_in(by.group(0)) and _PASSIVE.search(left[:start]):
            return _actor_in(by.group(0)), True
        return (_OPPOSITE.get(subject, "") if subject else ""), True
    # the verb comes after the number: "98 percent is held by the army", "the territory rebels
    # once held ... had been lost"
    rverbs = [(m.start(), "gain") for m in lex.gain.finditer(right)] + [(m.start(), "loss") for m in lex.loss.finditer(right)]
    if rverbs:
        if any(k == "loss" for _, k in rverbs):
            first_loss = min(s for s, k in rverbs if k == "loss")
            actor = _actor_in(right[:first_loss])
            return (_OPPOSITE.get(actor, "") if actor else ""), True
        start, _ = min(rverbs)
        by = _BY_ACTOR.search(right[start:start + 40])
        if by and _actor_in(by.group(0)):
            return _actor_in(by.group(0)), True
        return (_actor_in(right[:start]) or _actor_in(left) or ""), True
    return (_actor_in(left) or ""), False


def classify(sentence: str, q: Quantity, previous_measure: str | None = None,
             previous_in_sentence: str | None = None) -> Classification | None:
    """Category, measure, unit and party of the figure ``q`` in ``sentence``; None if ``q`` is
    not a figure of the conflict."""
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
        party, _ = territory_party(sentence, q)
        window = lex.window.search(left) or lex.window.search(sentence[q.end:q.end + 80])
        measure = "share_taken" if window else "share_held"
        end = q.end
        return Classification("territory", measure, "percent", party, end)
    if q.kind == "area" or q.unit in ("km2", "sq_mi", "hectares", "acres"):
        # a unit conversion in brackets repeats the figure before it: "6 hectares (15 acres)"
        if sentence[:q.start].rstrip().endswith("(") and re.search(r"\d", sentence[max(0, q.start - 40):q.start]):
            return None
        party, _ = territory_party(sentence, q)
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
            tparty, _ = territory_party(sentence, q)
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


# --------------------------------------------------------------------------- whole articles

@dataclass
class ArticleFigures:
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def _iso(d) -> str | None:
    return d.isoformat() if d else None


# "In 2012 Hanano fell to the rebels" is history; "held since 2012" says who holds it now
_HISTORIC_YEAR = re.compile(r"\b(?:in|of)\s+((?:19|20)\d\d)\b", re.I)
# "The army took the district", "won it back": a control sentence that refers back to the
# neighbourhood named last in the article
_ANAPHOR_VERBS = ("won", "took", "retook", "seized", "stormed", "overran", "secured", "cleared", "captured",
                  "regained", "liberated", "recaptured")
_ANAPHOR = re.compile(
    r"\b(?:the|this|that) (?:district|neighbou?rhood|area|quarter)\b|\bit back\b|"
    + "|".join(rf"(?<=\b{v} )it\b" for v in _ANAPHOR_VERBS),  # "took it", "retook it" (one look-behind each)
    re.I,
)


def _control_with_anaphora(sentence: str, last_place: str | None, context_party: str | None = None):
    """Control mentions of ``sentence``; if it names no district but refers back to one
    ("the district", "won it back"), read it with the last named district in its place.
    ``context_party`` is the actor of the sentence before, for an "it"/"they" subject."""
    from .places import control_mentions, find_places

    mentions = control_mentions(sentence, context_party)
    if mentions or not last_place or find_places(sentence):
        return mentions, False
    m = _ANAPHOR.search(sentence)
    if not m:
        return [], False
    replacement = f"back {last_place}" if m.group(0).lower().endswith("back") else last_place
    rewritten = sentence[:m.start()] + replacement + sentence[m.end():]
    return control_mentions(rewritten, context_party), True


def drop_contradicted_holdings(events: list[dict]) -> list[dict]:
    """An article's ``held`` rows that its own ``captured`` rows contradict are dropped.

    "Sheikh Saeed was one of the few parts ... still in rebel hands" in an article reporting that
    the army took Sheikh Saeed describes the state before the capture (data/gold/NOTES.md: held
    statements that the same article contradicts are not events).
    """
    takers: dict[str, set[str]] = {}
    for e in events:
        if e["event"] == "captured":
            takers.setdefault(e["neighbourhood"], set()).add(e["controller"])
    return [e for e in events
            if not (e["event"] == "held" and takers.get(e["neighbourhood"], set()) - {e["controller"]})]


def extract_article(article) -> ArticleFigures:
    """All figures and control events of one :class:`~newsfigures.articles.Article`."""
    from .places import find_places, lead_party
    from .sources import attribute

    body = article.body
    sentences: list[Sentence] = split_sentences(body)
    attributions = attribute([s.text for s in sentences])
    out = ArticleFigures()
    previous_measure: str | None = None
    last_place: str | None = None
    context_party: str | None = None
    for s, src in zip(sentences, attributions):
        quantities = find_quantities(s.text)
        in_sentence: str | None = None
        for q in quantities:
            try:
                cls = classify(s.text, q, previous_measure, in_sentence)
            except Exception:  # one odd sentence must not lose the article
                cls = None
            if cls is None:
                continue
            previous_measure = in_sentence = cls.measure
            fd = dates_mod.figure_date(s.text, article.published, anchor=q.start)
            quote_end = cls.quote_end
            start, end = s.start + q.start, s.start + quote_end
            out.claims.append({
                "claim_id": stable_id(article.article_id, start, end, cls.category, cls.measure),
                "article_id": article.article_id, "category": cls.category, "measure": cls.measure,
                "value_low": float(q.low), "value_high": float(q.high), "qualifier": q.qualifier,
                "unit": cls.unit, "party": cls.party,
                "source": src.name if src else None, "source_type": src.source_type if src else None,
                "party_to_conflict": bool(src.party_to_conflict) if src else False,
                "date": _iso(fd.date), "date_method": fd.how,
                "period_start": _iso(fd.period_start), "period_end": _iso(fd.period_end),
                "quote": body[start:end], "sentence": s.text, "start": start, "end": end,
            })
        try:
            mentions, resolved = _control_with_anaphora(s.text, last_place, context_party)
            named = find_places(s.text)
            if named:
                last_place = named[-1].neighbourhood.name
            # who "it"/"they" is in the next sentence: this sentence's taker, else its first actor
            context_party = mentions[-1].controller if mentions else (lead_party(s.text) or context_party)
        except Exception:
            mentions, resolved = [], False
        for cm in mentions:
            years = [int(y) for y in _HISTORIC_YEAR.findall(s.text)]
            if article.published and years and max(years) < article.published.year:
                continue  # "In 2012 Hanano became the first to fall to the rebels": history, not news
            if resolved:  # offsets refer to the rewritten sentence: quote the whole sentence
                cm_start, cm_end = 0, len(s.text)
            else:
                cm_start, cm_end = cm.start, cm.end
            fd = dates_mod.figure_date(s.text, article.published, anchor=cm_start)
            start, end = s.start + cm_start, s.start + cm_end
            out.events.append({
                "event_id": stable_id(article.article_id, start, end, cm.neighbourhood, cm.controller, cm.event),
                "article_id": article.article_id, "neighbourhood": cm.neighbourhood, "controller": cm.controller,
                "event": cm.event, "date": _iso(fd.date), "source": src.name if src else None,
                "source_type": src.source_type if src else None, "quote": body[start:end], "sentence": s.text,
                "start": start, "end": end, "in_gazetteer": cm.in_gazetteer,
            })
    out.events = drop_contradicted_holdings(out.events)
    return out
