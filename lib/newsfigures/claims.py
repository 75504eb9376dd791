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
   loss verbs ("rebels *driven from* 98 percent" -> government). Counts of neighbourhoods are
   territory when a control verb is in the clause.
4. Numbers with no head noun and no cue ("put the number at 4,000") take the measure of the
   previous figure in the article when the sentence refers back to a number ("the number",
   "the toll", "the figure", "an additional", "another").

5. **The off-domain gate**: conflict categories need a conflict context, in the sentence
   (:func:`conflict_context`: attacks, fighting, a conflict party, the place, the humanitarian
   response, by more cues than words of another domain) or in the article (:func:`is_conflict_text`);
   markets, sport, screen, science, weather and election sentences give ``other`` or nothing.
6. **Scope and tally**: a toll of the whole war gets scope ``war`` (:func:`war_scope`);
   casualty and displacement figures get a tally, ``single_day`` or ``cumulative``
   (:func:`figure_tally`).

Then :mod:`newsfigures.sources` says who the figure is attributed to, and
:mod:`newsfigures.dates` which day (and period) it refers to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
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
    actors: tuple[tuple[str, re.Pattern[str]], ...]
    gain: re.Pattern[str]
    loss: re.Pattern[str]
    window: re.Pattern[str]
    conflict: re.Pattern[str]
    off_domain: re.Pattern[str]
    war_scope: re.Pattern[str]
    current_events: re.Pattern[str]
    evacuee_party: dict[str, str]
    evacuation_article: re.Pattern[str]
    flight: re.Pattern[str]
    cross_line: re.Pattern[str]
    evacuation: re.Pattern[str]
    hurt: re.Pattern[str]


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
        actors=tuple((a, re.compile(_word_alt(ws), re.I)) for a, ws in raw["actors"].items()),
        gain=re.compile(_word_alt(raw["gain_verbs"]), re.I),
        loss=re.compile(_word_alt(raw["loss_verbs"]), re.I),
        window=re.compile("|".join(raw["share_window"]), re.I),
        conflict=re.compile("|".join([_word_alt([w for ws in raw["conflict_context"].values() for w in ws]),
                                      *raw["conflict_patterns"]]), re.I),
        off_domain=re.compile(_word_alt([w for ws in raw["off_domain"].values() for w in ws]), re.I),
        war_scope=re.compile("|".join(f"(?:{p})" for p in raw["war_scope"]), re.I),
        current_events=re.compile("|".join(f"(?:{p})" for p in raw["current_events"]), re.I),
        evacuee_party={k.lower(): v for k, v in raw["evacuee_party"].items()},
        evacuation_article=re.compile(_word_alt(raw["evacuation_article_words"]), re.I),
        flight=re.compile(_word_alt(raw["flight_words"]), re.I),
        cross_line=re.compile(_word_alt(raw["cross_line_destinations"]), re.I),
        evacuation=re.compile(_word_alt(raw["evacuation_cues"]), re.I),
        hurt=re.compile(_word_alt(raw["hurt_cues"]), re.I),
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
_APPOSITIVE = re.compile(r"^,\s+(?:[\w-]+\s+){0,3}(?:of them|of whom|among them|including)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60},", re.I)
# ", most of them women, children and elderly people, were evacuated": a list, closed by the verb
_APPOSITIVE_LIST = re.compile(r"^,\s+(?:[\w-]+\s+){0,3}(?:of them|of whom|among them|including)\b[^;.]{0,90}?,(?=\s+(?:were|was|are|is|have|has|had|got|get)\b)", re.I)
_APPOSED = re.compile(r",\s*$|\b(?:among them|including)\s*$", re.I)
_OF_THEM = re.compile(r"^\s+(?:of them|of whom)\b", re.I)
# "four children among them", "among them 9 women and 9 children": the same measure as the figure before
_AMONG_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:among them|among whom)\b", re.I)
_AMONG_LIST = re.compile(r"\b(?:among them|among whom|including|of them|of whom)\b[^,;.]{0,40}\band\s*$", re.I)
# "Among the dead, he said, were at least 11 women": the group named before the number
_AMONG_GROUP = re.compile(r"\bamong\s+(?:the|those)\s+(?P<group>dead|killed|victims|wounded|injured|evacuees|evacuated|displaced|missing)\b", re.I)
_GROUP_MEASURE = {"dead": "killed", "killed": "killed", "victims": "killed", "wounded": "wounded", "injured": "wounded",
                  "evacuees": "evacuated", "evacuated": "evacuated", "displaced": "displaced", "missing": "missing"}
_SKIP_AFTER = re.compile(r"^\s*(?:of\s+(?:the|its|their|his|her|our|them|those|whom|these|which)?\s*)?", re.I)
_REFER_BACK = re.compile(r"\b(the|that|this)\s+(number|figure|toll|tally|count|total)\b|\b(an? additional|another|a further|further)\s*$", re.I)
_OPPOSITE = {"government": "rebels", "rebels": "government", "kurdish": "rebels"}
_OUT_OF = re.compile(r"\b(forc\w*|push\w*|drov\w*|driv\w*|expell\w*|kick\w*|chas\w*)\s+"
                     r"(?=((?:\w+\s+){0,3}?)out\s+of\s*(?:\w+\s+){0,4}$)", re.I)
_PRONOUN_OBJECT = re.compile(r"\s*(?:them|those)\s*$", re.I)
_GIVE = re.compile(r"\b(giv\w*|gave|hand\w*)\s+(?:the\s+)?(\w+(?:\s\w+)?)", re.I)
_BY_ACTOR = re.compile(r"\b(?:by|to)\s+(?:the\s+|a\s+)?([\w'-]+(?:\s[\w'-]+)?)", re.I)
_PASSIVE = re.compile(r"\b(been|were|was|are|is|be|being|get|got)\s+(?:\w+\s+)?$", re.I)


def _right_clause(sentence: str, pos: int, limit: int = 90) -> str:
    tail = sentence[pos:pos + limit + 80]
    skip = _APPOSITIVE_LIST.match(tail) or _APPOSITIVE.match(tail)
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


_OF_OBJECT = re.compile(r"^\s*of\s+(?P<object>[^,;:.()\[\]]{0,60})", re.I)
# the object of "X percent of ..." ends at its first preposition or clause word
_OBJECT_END = re.compile(r"\b(?:in|on|at|by|from|after|since|for|as|with|under|over|during|to|than|and|but|"
                         r"which|that|who|was|were|is|are|has|have|had)\b", re.I)
_OF_PEOPLE = re.compile(r"^\s*of\s+(?:them|those|whom|these)\b(?!\s+(?:areas|districts|neighbou?rhoods))", re.I)
_PRONOUN_OBJECT_OF = re.compile(r"\s*(?:what|it|them|those|this|that)\b", re.I)  # "of what was left"


def _percent_is_territory(sentence: str, q: Quantity, left: str) -> bool:
    """A share of a place: "98 percent of eastern Aleppo", "retook 40 percent". A share of
    anything else is not territory: "52 percent of the vote", "7 percent of its deposits",
    "a quarter of its value"; nor is a rise or fall with no place ("shares rose 12 percent
    after a record quarter")."""
    lex = lexicon()
    of = _OF_OBJECT.match(sentence[q.end:])
    if of:
        obj = of.group("object")
        end = _OBJECT_END.search(obj)
        obj = obj[:end.start()] if end else obj
        if lex.territory_words.search(obj):
            return True
        if not _PRONOUN_OBJECT_OF.match(obj):  # "of the vote", "of its deposits"
            return False
    if lex.territory_words.search(sentence[q.end:q.end + 80]):
        return True
    # "the army has retaken 99 percent": a gain or loss verb, with an actor or a place in the
    # sentence ("oil prices gained 3 percent" has neither)
    return bool((lex.gain.search(left) or lex.loss.search(left))
                and (_actor_in(sentence) or lex.territory_words.search(sentence)))


def head_noun(sentence: str, q: Quantity) -> tuple[str | None, int]:
    """The counted noun after the number phrase and where it ends ((None, q.end) if none)."""
    lex = lexicon()
    after = sentence[q.end:q.end + 70]
    skip = _SKIP_AFTER.match(after)
    pos = skip.end() if skip else 0
    window = after[pos:]
    stop = re.search(r"[;:,.()\[\]—–]|(?<=\w\s)\d|\b\w+ed\s+(?:as|when|after|while|since|because)\b|\b(?:who|which|that|have|has|had|were|was|are|is|in|on|at|from|to|into|with|by|for)\b"
                     r"|\b(?:and|or)\s+(?=\w+ed\b)", window)  # "killed 12 and wounded 40": no noun for 12
    window = window[:stop.start()] if stop else window
    # up to four words of modifiers before the noun ("more Aleppo", "fleeing", "Shiite")
    tokens = window.split()[:5]
    scope = " ".join(tokens)
    m = lex.noun_pattern.search(scope)
    if m:
        end_in_after = after.find(m.group(0), pos) + len(m.group(0))
        # "opposition fighters and residents": the counted group runs over the coordinated noun
        coord = re.match(r"\s+(?:and|or)\s+(?:[^\W\d][\w-]*\s+){0,2}?(" + lex.noun_pattern.pattern + ")",
                         after[end_in_after:], re.I)
        if coord and not coord.group(1).lower().endswith("ed"):  # "9 civilians and injured 31": a verb
            end_in_after += coord.end()
        return m.group(0).lower(), q.end + end_in_after
    return None, q.end


_PREVENTED = re.compile(r"\b(?:prevent\w*|stop\w*|block\w*|barr\w*|kept|keep\w*|forbid\w*|forbade)\b[^,;.]{0,30}$", re.I)
_FROM_LEAVING = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?from\s+(?:leaving|fleeing|getting\s+out|escaping|crossing|exiting)\b", re.I)


def _sentence_cue(text: str) -> str | None:
    """The measure of the first cue word in ``text`` (a sentence up to a number), if any: the
    subject of "Estimates of the population in the besieged east vary, from A to B"."""
    best: tuple[int, int, str] | None = None
    for measure, pat in lexicon().cue_patterns:
        m = pat.search(text)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), measure)
    return best[2] if best else None


_CHANGED_FROM = re.compile(r"\b(?:down|up|rising|falling|dropping|climbing)\s+from\s+(?:\w+\s+){0,2}$", re.I)
_OF_THEM_TAIL = re.compile(r"\s*of\s+(?:them|whom)\b", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:were|was|are|is|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_LEFT_TRANSITIVE = re.compile(r"left|leave|leaves|leaving", re.I)
_NEXT_FIGURE = re.compile(r"(?<![\w.,])\d")


def _cue(sentence: str, q: Quantity, noun_end: int) -> str | None:
    """The measure named by the nearest cue word in the clause (right of the counted noun,
    or left of the number); at equal distance the right one, and the longer phrase, win."""
    lex = lexicon()
    right = _right_clause(sentence, noun_end, 70)
    other_number = _NEXT_FIGURE.search(right)  # "killed 3 and wounded 40": "wounded" is the 40's cue
    right = right[:other_number.start()] if other_number else right
    left = _left_clause(sentence, q.start)
    best: tuple[int, int, str] | None = None
    for measure, pat in lex.cue_patterns:
        for m in pat.finditer(right):
            if _NOUN_USE.fullmatch(m.group(0)) and _DETERMINER_BEFORE.search(right[:m.start()]):
                continue  # "gathered at the crossing": a place, not a crossing
            key = (m.start(), -len(m.group(0)), measure)
            best = key if best is None or key < best else best
        for m in pat.finditer(left):
            if measure == "fled" and _LEFT_TRANSITIVE.fullmatch(m.group(0)):
                continue  # "have left 250,000 people without care": left in a state, not fleeing
            if _AUXILIARY_BEFORE.search(left[:m.start()]):
                continue  # "three were martyred and 12 others injured": the predicate of the earlier subject
            key = (len(left) - m.end() + 1, -len(m.group(0)), measure)
            best = key if best is None or key < best else best
    if best is None:
        # "several thousand people have been standing in the cold, waiting to learn ...": a
        # participle clause after the comma still says what the counted people do
        clause_end = noun_end + len(_right_clause(sentence, noun_end, 70))
        participle = _PARTICIPLE_CLAUSE.match(sentence[clause_end:])
        if participle:
            for measure, pat in lex.cue_patterns:
                for m in pat.finditer(participle.group(0)):
                    key = (200 + m.start(), -len(m.group(0)), measure)
                    best = key if best is None or key < best else best
    if best is None and noun_end > q.end and sentence[noun_end:].lstrip().startswith(",") \
            and _APPOSITION_OPEN.search(sentence[:q.start]):
        # "the remaining residents, perhaps 100,000 people, faced ...": the clause before the comma
        head = sentence[:_APPOSITION_OPEN.search(sentence[:q.start]).start()]
        before = _left_clause(head, len(head))
        for measure, pat in lex.cue_patterns:
            for m in pat.finditer(before):
                key = (len(before) - m.end() + 1, -len(m.group(0)), measure)
                best = key if best is None or key < best else best
    return best[2] if best else None


_NOUN_USE = re.compile(r"crossing|crossings|exit|exits|departure", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+(?:\w+\s+)?$", re.I)
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:still\s+)?[a-z]+ing\b[^,;:.()]{0,50}")
_APPOSITION_OPEN = re.compile(r",\s*(?:perhaps|possibly|maybe|about|some|around|roughly|nearly|an\s+estimated|estimated|at\s+least)?\s*$", re.I)


def _actor_in(text: str, last: bool = True) -> str | None:
    found: list[tuple[int, str]] = []
    for actor, pat in lexicon().actors:
        for m in pat.finditer(text):
            found.append((m.start(), actor))
    if not found:
        return None
    found.sort()
    return found[-1][1] if last else found[0][1]


def territory_party(sentence: str, q: Quantity) -> tuple[str, bool]:
    """(party that holds or took the share, whether a gain/loss verb was found)."""
    lex = lexicon()
    left = sentence[max(0, q.start - 160):q.start]
    right = sentence[q.end:q.end + 120]
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


CONFLICT_CATEGORIES = frozenset({"casualties", "displacement", "territory", "population"})


def conflict_context(text: str) -> bool:
    """True when ``text`` shows an armed conflict: attacks or fighting, a conflict party, the
    place, the humanitarian response (``conflict_context`` and ``conflict_patterns`` in
    ``data/claims.yaml``), by more cues than it shows of another domain (:func:`other_domain`):
    "the war drama drew 3 million viewers" is about the screen, "airstrikes killed 30" is not."""
    lex = lexicon()
    cues = sum(1 for _ in lex.conflict.finditer(text))
    return cues > 0 and cues > sum(1 for _ in lex.off_domain.finditer(text))


def other_domain(text: str) -> bool:
    """True when ``text`` has a word of another domain: markets, sport, the screen, science,
    weather, elections (``off_domain`` in ``data/claims.yaml``)."""
    return bool(lexicon().off_domain.search(text))


def is_conflict_text(sentences: list[str], min_sentences: int = 2, min_share: float = 0.25) -> bool:
    """True when at least ``min_sentences`` and ``min_share`` of the (non-empty) ``sentences``
    show an armed conflict: the article is about the conflict, so its sentences without a cue
    of their own still count. (Articles about the offensive run at 45-90 percent; a sports
    report with a "massacred 7-0" and an "attacked down the left" stays well below.)"""
    sentences = [s for s in sentences if s.strip()]
    n = sum(1 for s in sentences if conflict_context(s))
    return n >= min_sentences and n >= min_share * len(sentences)


def classify(sentence: str, q: Quantity, previous_measure: str | None = None,
             previous_in_sentence: str | None = None, conflict_text: bool = False) -> Classification | None:
    """Category, measure, unit and party of the figure ``q`` in ``sentence``; None if ``q`` is
    not a figure of the conflict.

    The off-domain gate: a sentence that shows no armed conflict (:func:`conflict_context`)
    gives no figure, unless ``conflict_text`` says the article around it is about the conflict;
    even then, a sentence of another domain (:func:`other_domain`: "shares rose", "Game 7",
    the series "Casualty") gives no figure in the conflict categories, only ``other``.
    """
    cls = _classify(sentence, q, previous_measure, previous_in_sentence)
    if cls is None or conflict_context(sentence):
        return cls
    if not conflict_text:
        return None
    if cls.category in CONFLICT_CATEGORIES and other_domain(sentence):
        return Classification("other", "other", cls.unit, "", cls.quote_end)
    return cls


def _classify(sentence: str, q: Quantity, previous_measure: str | None,
              previous_in_sentence: str | None) -> Classification | None:
    lex = lexicon()
    if not is_figure_kind(q.kind):
        return None
    if q.low < 0 or q.high < q.low:
        return None
    left = _left_clause(sentence, q.start)
    right = _right_clause(sentence, q.end)
    if q.kind == "percent" or q.unit == "percent":
        if _OF_PEOPLE.match(sentence[q.end:]):
            # "more than half of them went to Kurdish-held areas": a share of the people counted before
            measure = _cue(sentence, q, q.end) or previous_in_sentence or previous_measure
            if measure in PEOPLE_MEASURES:
                return Classification(CATEGORY_OF.get(measure, "other"), measure, "percent", "", q.end)
        if not _percent_is_territory(sentence, q, left):
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
            # "killing 12 of them": a share of a group named before, counted when a cue says what
            # happened to them ("two of them", "one of us" alone are no figures)
            if not (_OF_THEM_TAIL.match(tail) and _cue(sentence, q, q.end) in PEOPLE_MEASURES):
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
    prevented = _PREVENTED.search(left) and _FROM_LEAVING.match(sentence[noun_end:])
    if prevented:
        cue = "trapped"  # "prevented roughly 100 families from leaving"
    before = sentence[:q.start]
    apposed = previous_in_sentence and (_APPOSED.search(before) and _OF_THEM.match(sentence[q.end:])
                                        or re.search(r"\b(?:among them|including)\s*$", before, re.I)
                                        or _AMONG_AFTER.match(sentence[noun_end:])
                                        or _AMONG_LIST.search(before))
    group = None if cue is not None else _AMONG_GROUP.search(before)
    if apposed and noun_measure not in STRONG_NOUN_MEASURES:
        measure = previous_in_sentence  # "219 civilians, 27 of them children": the same measure
    elif group and noun_measure not in STRONG_NOUN_MEASURES:
        measure = _GROUP_MEASURE[group.group("group").lower()]
    elif noun_measure in STRONG_NOUN_MEASURES:
        measure = noun_measure
    elif cue is not None:
        measure = cue
    elif noun_measure:
        measure = noun_measure
    elif noun is None and previous_measure and _REFER_BACK.search(sentence[:q.start]):
        measure = previous_measure
    elif noun is None and previous_in_sentence and _CHANGED_FROM.search(sentence[:q.start]):
        measure = previous_in_sentence  # "10,000 civilians remain, down from an estimated 250,000"
    elif noun is None and q.qualifier == "range" and _sentence_cue(sentence[:q.start]):
        # "Estimates of the population ... vary wildly, from 60,000 to more than 275,000": a bare
        # range takes the measure named earlier in its sentence
        measure = _sentence_cue(sentence[:q.start])
    elif noun is not None and unit == "people":
        measure = "other"
    else:
        return None
    if measure == "fighters" and cue in PEOPLE_MEASURES:
        measure = cue
    evacuee = lex.evacuee_party.get(noun or "")
    if evacuee and lex.evacuation.search(sentence) and not lex.hurt.search(sentence):
        # "40 wounded were evacuated", "300 wounded were among the evacuees": people moved out,
        # not casualties; the party says who they are
        measure, party = "evacuated", evacuee
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


def is_evacuation_text(body: str, min_words: int = 3, per_thousand: float = 8.0) -> bool:
    """True when ``body`` is about an evacuation operation: at least ``min_words`` and
    ``per_thousand`` per 1,000 words of ``evacuation_article_words`` (evacuations, evacuees,
    buses, convoys)."""
    n = sum(1 for _ in lexicon().evacuation_article.finditer(body))
    return n >= min_words and n >= per_thousand * len(body.split()) / 1000


def operation_measure(measure: str, sentence: str) -> str:
    """In an article about an evacuation operation, people who "got out", "left" or joined an
    "exodus" were evacuated; those who "fled" or "escaped", or crossed to the government or
    Kurdish side, fled."""
    lex = lexicon()
    if measure != "fled" or lex.flight.search(sentence) or lex.cross_line.search(sentence):
        return measure
    return "evacuated"


# --------------------------------------------------------------------------- scope and tally

#: Categories whose figures count events over time (a day's count or a running total); shares,
#: populations and the ``other`` things are states, with no tally.
TALLIED_CATEGORIES = frozenset({"casualties", "displacement"})
WAR = "war"
_SCOPE_BREAK = re.compile(r"[;:()\[\]\u2014\u2013]|\b(?:but|while|whereas|said|says|adding|added|according to)\b", re.I)


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
    :func:`newsfigures.reconcile.tally_of` decides (a stated period, "on Monday alone",
    "so far", "since", "in the past 24 hours" ...)."""
    if category not in TALLIED_CATEGORIES:
        return None
    if scope == WAR:
        return "cumulative"
    from .reconcile import CUMULATIVE, tally_of

    kind, _ = tally_of(period_start, period_end, sentence, quote, date_method)
    return "cumulative" if kind == CUMULATIVE else "single_day"


# --------------------------------------------------------------------------- whole articles

@dataclass
class ArticleFigures:
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def _iso(d) -> str | None:
    return d.isoformat() if d else None


# a sentence that continues the previous one's event ("Seven children were among the dead")
_CONTINUES_EVENT = re.compile(r"\b(?:among|of)\s+(?:the|those)\s+(?:dead|victims|killed|wounded|injured|casualties)\b"
                              r"|\bthe\s+(?:dead|victims)\s+(?:included|were|are)\b", re.I)
_HISTORIC_YEAR = re.compile(r"\b(?:in|since|of)\s+((?:19|20)\d\d)\b", re.I)
# "The army took the district", "won it back": a control sentence that refers back to the
# neighbourhood named last in the article
_ANAPHOR = re.compile(r"\b(?:the|this|that) (?:district|neighbou?rhood|area|quarter)\b|\bit back\b|(?<=\bwon )it\b|(?<=\btook )it\b", re.I)


def _control_with_anaphora(sentence: str, last_place: str | None):
    """Control mentions of ``sentence``; if it names no district but refers back to one
    ("the district", "won it back"), read it with the last named district in its place."""
    from .places import control_mentions, find_places

    mentions = control_mentions(sentence)
    if mentions or not last_place or find_places(sentence):
        return mentions, False
    m = _ANAPHOR.search(sentence)
    if not m:
        return [], False
    replacement = f"back {last_place}" if m.group(0).lower().endswith("back") else last_place
    rewritten = sentence[:m.start()] + replacement + sentence[m.end():]
    return control_mentions(rewritten), True


def extract_article(article) -> ArticleFigures:
    """All figures and control events of one :class:`~newsfigures.articles.Article`."""
    from .places import find_places
    from .sources import attribute

    body = article.body
    sentences: list[Sentence] = split_sentences(body)
    attributions = attribute([s.text for s in sentences])
    conflict_text = is_conflict_text([article.title or ""] + [s.text for s in sentences])
    evacuation_text = is_evacuation_text(f"{article.title or ''}\n{body}")
    out = ArticleFigures()
    previous_measure: str | None = None
    last_place: str | None = None
    day_before: dates_mod.FigureDate | None = None  # the named day of the previous sentence's figures
    for s, src in zip(sentences, attributions):
        quantities = find_quantities(s.text)
        day_here: dates_mod.FigureDate | None = None
        in_sentence: str | None = None
        for q in quantities:
            try:
                cls = classify(s.text, q, previous_measure, in_sentence, conflict_text)
            except Exception:  # one odd sentence must not lose the article
                cls = None
            if cls is None:
                continue
            if evacuation_text and cls.measure == "fled":
                cls = replace(cls, measure=operation_measure(cls.measure, s.text))
            previous_measure = in_sentence = cls.measure
            fd = dates_mod.figure_date(s.text, article.published, anchor=q.start)
            if fd.how == "publication date" and day_before is not None and _CONTINUES_EVENT.search(s.text):
                # "Shells fired Wednesday ... killed 26 civilians. Seven children were among the dead."
                fd = dates_mod.FigureDate(day_before.date, None, None, f"{day_before.how} (previous sentence)")
            if not fd.how.startswith(("publication date", "period", "no date")) and fd.period_start is None:
                day_here = fd
            quote_end = cls.quote_end
            start, end = s.start + q.start, s.start + quote_end
            scope = WAR if cls.category in CONFLICT_CATEGORIES and war_scope(s.text, q) else None
            tally = figure_tally(cls.category, scope, _iso(fd.period_start), _iso(fd.period_end), s.text,
                                 body[start:end], fd.how)
            out.claims.append({
                "claim_id": stable_id(article.article_id, start, end, cls.category, cls.measure),
                "article_id": article.article_id, "category": cls.category, "measure": cls.measure,
                "value_low": float(q.low), "value_high": float(q.high), "qualifier": q.qualifier,
                "unit": cls.unit, "party": cls.party,
                "source": src.name if src else None, "source_type": src.source_type if src else None,
                "party_to_conflict": bool(src.party_to_conflict) if src else False,
                "date": _iso(fd.date), "date_method": fd.how,
                "period_start": _iso(fd.period_start), "period_end": _iso(fd.period_end),
                "tally": tally, "scope": scope,
                "quote": body[start:end], "sentence": s.text, "start": start, "end": end,
            })
        day_before = day_here
        try:
            mentions, resolved = _control_with_anaphora(s.text, last_place)
            named = find_places(s.text)
            if named:
                last_place = named[-1].neighbourhood.name
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
                "start": start, "end": end,
            })
    return out
