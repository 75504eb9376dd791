"""What a number counts: category, measure, unit and party of each figure in an article.

For every sentence, :func:`newsfigures.figures.numbers.find_quantities` gives the number phrases; this
module keeps those that are figures of the conflict and decides what they count from the
words around them, with the lexicons in ``data/claims.yaml``:

1. **Head noun**: the thing counted, read after the number ("31,000 *people*", "thousands of
   *civilians*", "27 of them *children*", "47 of its 57 *staff*"). It gives the party for
   people (civilians, children, fighters...), a unit (families, buses, neighbourhoods), and
   for some nouns the measure itself ("60 *fatalities*", "*refugees*"). A plural noun the
   lexicon does not know counts a thing (:func:`counted_thing`: "27 *attacks*", "4,000
   *blankets*": category and measure ``other``, unit the noun in the singular), never people;
   "14 *members of the regime forces*" are fighters of that side.
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
   "the toll", "the real figure", "an additional", "another"), or opens on the group the
   number is part of ("Of those, nearly 10,000 went to ...", "Of the 250,000 people trapped,
   around 100,000 are children", "Among them were 47 children"); a toll's level ("the toll
   ... passes 300 civilians") counts the dead.
   Who the people are (:func:`.people.people_group`): a state before a people noun describes them
   ("400 wounded *children*"), a side before "fighters" names their party ("*rebel*
   fighters"), a group of two kinds names none ("civilians and rebels"). People counted as
   those aid is for ("kits for 20,000 children") or met for a report ("we interviewed 14
   people") are ``other``; an unknown counted thing named as aid (``aid_things``) is aid.

Then :mod:`newsfigures.attribution` says who the figure is attributed to, and
:mod:`newsfigures.figures.dates` which day (and period) it refers to.
5. **The off-domain gate** (:mod:`.context`): in an article that is not about the conflict, or
   a sentence of another domain (markets, sport, the screen, science, weather, elections), a
   number is no figure of the conflict: ``other`` or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .context import CONFLICT_CATEGORIES, conflict_context, other_domain
from .money import money_figure
from .numbers import Quantity, is_figure_kind
from .people import _STATE_NOUNS, people_group
from .things import counted_thing
from .windows import share_window
from ..regexstore import compile as compile_regex

#: Who holds a share of territory: ``(sentence, quantity) -> (party, verb found)``. The
#: territory stage answers it (:func:`newsfigures.territory.shares.territory_party`); the
#: extraction passes it in, so this stage knows nothing of actors.
SharePartyFn = Callable[[str, Quantity], "tuple[str, bool]"]


def _no_party(sentence: str, q: Quantity) -> tuple[str, bool]:
    return "", False


from .vocabulary import CATEGORY_OF, PEOPLE_MEASURES, STRONG_NOUN_MEASURES, Lexicon, lexicon  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class Classification:
    category: str
    measure: str
    unit: str
    party: str
    quote_end: int  # offset in the sentence where the figure phrase (number + head noun) ends


_RIGHT_STOP = compile_regex(r"[;:()\[\]—–]|,\s|\.\s|\.$|\bbut\b|\bwhile\b|\bwhereas\b|\baccording to\b|\bsaid\b|\bsays\b")
_LEFT_STOP = compile_regex(r"[;:()\[\]—–]|[.,]\s|\bbut\b|\bwhile\b|\bwhereas\b")
# ", two of them children," / ", most of them women and children," : an appositive the clause skips
_APPOSITIVE = compile_regex(r"^,\s+(?:[\w-]+\s+){0,3}(?:of them|of whom|among them|including|as well as|along with|together with)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60},(?=\s)", re.I)
# ", most of them women, children and elderly people, were evacuated": a list, closed by the verb
_APPOSITIVE_LIST = compile_regex(r"^,\s+(?:[\w.,-]+\s+){0,3}(?:of them|of whom|among them|including)\b[^;.]{0,90}?,(?=\s+(?:were|was|are|is|have|has|had|got|get)\b)", re.I)
# ", roughly half the prewar population," restates the number before it; the clause goes on after it
_APPOSITIVE_SHARE = compile_regex(r"^,\s+(?:(?:roughly|about|nearly|almost|some|around|more\s+than|over|perhaps)\s+)?"
                               r"(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|two-thirds|[\d.]+\s*(?:%|percent|per\s+cent))\s+"
                               r"(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+'s\s+)?(?:(?:pre-?war|entire|whole|total|former)\s+)?"
                               r"population,(?=\s)", re.I)
_APPOSED = compile_regex(r",\s*$|\b(?:among them|including)\s*$", re.I)
_OF_THEM = compile_regex(r"^\s+(?:of them|of whom)\b", re.I)
# "four children among them", "among them 9 women and 9 children": the same measure as the figure before
_AMONG_AFTER = compile_regex(r"^\s+(?:[\w-]+\s+){0,2}?(?:among them|among whom)\b", re.I)
_AMONG_LIST = compile_regex(r"\b(?:among them|among whom|including|of them|of whom|in addition to)\b[^,;.]{0,60}\band\s*$", re.I)
# "including 412 civilians: 76 children and 47 women, in addition to 251 fighters": the parts of a
# figure, after a colon closing it or "in addition to", keep its measure
_BREAKDOWN = compile_regex(r"\b(?:among them|including|in addition to)\s*$|\d\s+[a-z]+:\s*$", re.I)
# "Among the dead, he said, were at least 11 women": the group named before the number
_AMONG_GROUP = compile_regex(r"\bamong\s+(?:the|those)\s+(?P<group>dead|killed|victims|wounded|injured|evacuees|evacuated|displaced|missing)\b", re.I)
_GROUP_MEASURE = {"dead": "killed", "killed": "killed", "victims": "killed", "wounded": "wounded", "injured": "wounded",
                  "evacuees": "evacuated", "evacuated": "evacuated", "displaced": "displaced", "missing": "missing"}
_OF_GROUP = compile_regex(r"^\s*of\s+(?:the|those|these|all\s+the)\s+(?:[\w-]+\s+){0,2}?(?P<group>dead|victims|wounded|injured|evacuees|displaced)\b(?!\s+(?:areas?|districts?|neighbou?rhoods?|ground))", re.I)
_SKIP_AFTER = compile_regex(r"^\s*(?:of\s+(?:the|its|their|his|her|our|them|those|whom|these|which)?\s*)?", re.I)
_REFER_BACK = compile_regex(r"\b(the|that|this)\s+(?:(?:real|actual|true|official|new|latest|final|overall|revised|correct|"
                         r"higher|lower)\s+)?(number|figure|toll|tally|count|total)\b|\b(an? additional|another|a further|further)\s*$", re.I)


# " - 138 of them babies - have left", " (most of them women) were": an aside the clause skips
_ASIDE = compile_regex(r"^\s+[-–—]\s[^-–—;:.()]{1,80}?\s[-–—](?=\s)|^\s*\([^()]{0,80}\)")
# ", including 1,519 children - 138 of them babies - have left": an appositive closed by an aside
_APPOSITIVE_TO_ASIDE = compile_regex(r"^,\s+(?:[\w-]+\s+){0,3}(?:of them|of whom|among them|including)\b"
                                  r"(?:[^,;.()—–-]|(?<=\d)[,.](?=\d)){0,60}?(?=\s[-–—]\s)", re.I)


# "50,000 residents of eastern Aleppo, including 21,000 children, have left": the place the
# counted people are from, right before an appositive
_FROM_BEFORE_APPOSITIVE = compile_regex(r"^\s+(?:of|from|in)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
                                        r"(?=,\s+(?:[\w.,-]+\s+){0,3}(?:of them|of whom|among them|including)\b)", re.I)


def _right_clause(sentence: str, pos: int, limit: int = 90) -> str:
    tail = sentence[pos:pos + limit + 160]
    for _ in range(3):  # appositives and asides, possibly one inside the other
        skip = (_APPOSITIVE_LIST.match(tail) or _APPOSITIVE.match(tail) or _ASIDE.match(tail) or _FROM_BEFORE_APPOSITIVE.match(tail)
                or _APPOSITIVE_TO_ASIDE.match(tail) or _APPOSITIVE_SHARE.match(tail))
        if not skip or not skip.end():
            break
        tail = tail[skip.end():]
    tail = tail[:limit]
    m = _RIGHT_STOP.search(tail)
    return tail[:m.start()] if m else tail


def _left_clause(sentence: str, pos: int, limit: int = 110) -> str:
    start = max(0, pos - limit)
    head = sentence[start:pos]
    stops = list(_LEFT_STOP.finditer(head))
    if stops and stops[-1].group(0).startswith(",") and _COORDINATED_NUMBER.fullmatch(head[stops[-1].end():]) \
            and _LIST_NUMBER.search(head[stops[-2].end() if len(stops) > 1 else 0:stops[-1].start()]):
        # "killed 364 soldiers, and no fewer than 321 fighters": a serial comma before the
        # last number of a list; the list shares the verb before it
        stops.pop()
    last = stops[-1] if stops else None
    return head[last.end():] if last else head


_LIST_NUMBER = compile_regex(r"\d|\b(?:dozens|hundreds|thousands|tens|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", re.I)
_COORDINATED_NUMBER = compile_regex(r"\s*(?:and|or|as\s+well\s+as)\s*", re.I)


_OF_OBJECT = compile_regex(r"^\s*of\s+(?P<object>[^,;:.()\[\]]{0,60})", re.I)
# the object of "X percent of ..." ends at its first preposition or clause word
_OBJECT_END = compile_regex(r"\b(?:in|on|at|by|from|after|since|for|as|with|under|over|during|to|than|and|but|"
                         r"which|that|who|was|were|is|are|has|have|had)\b", re.I)
_OF_PEOPLE = compile_regex(r"^\s*of\s+(?:them|those|whom|these)\b(?!\s+(?:areas|districts|neighbou?rhoods))", re.I)
_PROPER_NAME = compile_regex(r"\s*(?!The\b|A\b|An\b)[A-Z][\w'-]+")
_SIZE_OBJECT = compile_regex(r"\s*(?:its|their)\s+(?:(?:former|original|previous|pre-\w+|earlier)\s+)?(?:size|extent|area)\b", re.I)
_PRONOUN_OBJECT_OF = compile_regex(r"\s*(?:what|it|them|those|this|that)\b", re.I)  # "of what was left"


def _percent_is_territory(sentence: str, q: Quantity, left: str, share_party: SharePartyFn) -> bool:
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
        # the head of a possessive object decides: "of the Old City's buildings" is no territory,
        # "of the city's east" is
        head = re.split(r"['’]s?\s+", obj)[-1] if re.search(r"\w['’]s?\s+\w", obj) else obj
        if lex.territory_words.search(head):
            return True
        # "the enclave has shrunk to a fifth of its size": the size of a territory named before
        if _SIZE_OBJECT.match(head) and lex.territory_words.search(left):
            return True
        if head is not obj:
            return False
        if not (_PRONOUN_OBJECT_OF.match(obj) or _PROPER_NAME.match(obj)):  # "of the vote", "of its deposits"
            return False  # (a name, "of Sheikh Maqsoud", is read on: a place if a side gains or loses it)
    if lex.territory_words.search(sentence[q.end:q.end + 80]):
        return True
    # "the army has retaken 99 percent": a gain or loss verb, with an actor or a place in the
    # sentence ("oil prices gained 3 percent" has neither)
    return bool((lex.gain.search(left) or lex.loss.search(left))
                and (share_party(sentence, q)[0] or lex.territory_words.search(sentence)))


def head_noun(sentence: str, q: Quantity) -> tuple[str | None, int]:
    """The counted noun after the number phrase and where it ends ((None, q.end) if none)."""
    lex = lexicon()
    after = sentence[q.end:q.end + 70]
    skip = _SKIP_AFTER.match(after)
    pos = skip.end() if skip else 0
    window = after[pos:]
    stop = re.search(r"[;:,.()\[\]—–]|(?<=\w\s)\d|\b\w+ed\s+(?:as|when|after|while|since|because)\b|\b(?:who|which|that|have|has|had|were|was|are|is|in|on|at|from|to|into|with|by|for)\b"
                     r"|(?<!\bsick\s)(?<!\bill\s)\b(?:and|or)\s+(?=\w+ed\b)", window)  # "killed 12 and wounded 40": no noun for 12
    # (but "1,000 sick and wounded" are people in a state: the noun runs on)
    window = window[:stop.start()] if stop else window
    # up to four words of modifiers before the noun ("more Aleppo", "fleeing", "Shiite")
    tokens = window.split()[:5]
    scope = " ".join(tokens)
    m = lex.noun_pattern.search(scope)
    if m:
        end_in_after = after.find(m.group(0), pos) + len(m.group(0))
        # "opposition fighters and residents": the counted group runs over the coordinated noun
        coord = re.match(r"\s+(?:and|or)\s+(?!(?:that|which|who|whom|when|where|then|so|because)\b)"
                         r"(?:[^\W\d][\w-]*\s+){0,2}?(" + lex.noun_pattern.pattern + ")",
                         after[end_in_after:], re.I)
        if coord and (not coord.group(1).lower().endswith("ed")  # "9 civilians and injured 31": a verb
                      or re.match(r"\s+(?:have|has|had|were|are|was|is)\b", after[end_in_after + coord.end():])):
            # ("8,000 civilians and wounded have been evacuated": a noun before the verb)
            end_in_after += coord.end()
        return m.group(0).lower(), q.end + end_in_after
    return None, q.end


_PREVENTED = compile_regex(r"\b(?:prevent\w*|stop\w*|block\w*|barr\w*|kept|keep\w*|forbid\w*|forbade)\b[^,;.]{0,30}$", re.I)
_FROM_LEAVING = compile_regex(r"^\s*(?:[\w-]+\s+){0,2}?from\s+(?:leaving|fleeing|getting\s+out|escaping|crossing|exiting)\b", re.I)


def _sentence_cue(text: str) -> str | None:
    """The measure of the first cue word in ``text`` (a sentence up to a number), if any: the
    subject of "Estimates of the population in the besieged east vary, from A to B"."""
    best: tuple[int, int, str] | None = None
    for measure, pat in lexicon().cue_patterns:
        m = pat.search(text)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), measure)
    return best[2] if best else None


_CHANGED_FROM = compile_regex(r"\b(?:down|up|rising|falling|dropping|climbing)\s+from\s+(?:\w+\s+){0,2}$", re.I)
_OF_THEM_TAIL = compile_regex(r"\s*of\s+(?:them|whom)\b", re.I)
_AUXILIARY_BEFORE = compile_regex(r"\b(?:were|was|are|is|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_LEFT_TRANSITIVE = compile_regex(r"left|leave|leaves|leaving|reach|reaches|reached", re.I)  # "aid reached 20,000 people"
# "Aleppo was home to 2 million", "it was a city of 2 million": the number is the predicate's own
_HOME_TO = compile_regex(r"home\s+to|an?\s+(?:city|town)\s+of", re.I)
_NEXT_FIGURE = compile_regex(r"(?<![\w.,])\d")
# "40,000 civilians and around 5,000 fighters are still waiting": two counted groups, one predicate
_COORDINATED_BEFORE = compile_regex(r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s*(?:(?:at\s+least|some|about|around|nearly|almost|"
                                 r"more\s+than|over|roughly|up\s+to)\s*)?", re.I)
_SUBSET_BEFORE = compile_regex(r"\b(?:including|among\s+them|among\s+whom)\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I)
# "patients who need to be evacuated", "ready to receive evacuated patients": a need, no evacuation
_NEED_BEFORE = compile_regex(r"\b(?:(?:in\s+)?need(?:s|ed|ing)?(?:\s+of)?|require[sd]?|requiring|awaiting|await|receive|receiving|"
                          r"ready\s+to\s+(?:be|receive)|wait(?:s|ed|ing)?\s+to\s+be|yet\s+to\s+be)\s+"
                          r"(?:urgent(?:ly)?\s+|medical(?:ly)?\s+|to\s+be\s+|some\s+|about\s+|around\s+|up\s+to\s+|at\s+least\s+|"
                          r"\d[\d,.]*\s+|hundreds\s+|thousands\s+)*$", re.I)


# a place that houses the displaced: "sheltering in the Jibreen collective shelter", "in a reception centre"
_DISPLACED_PLACE = compile_regex(r"\b(?:collective|collection|reception|transit|temporary)\s+(?:shelters?|centres?|centers?|points?|camps?|sites?)\b|"
                              r"\b(?:displacement|refugee|idp|displaced\s+persons?)\s+(?:camps?|shelters?|sites?)\b", re.I)
# the people's origin after the noun: "1,200 families from the east", "people who fled from Hanano"
_FROM_ORIGIN = compile_regex(r"\s+(?:who\s+(?:had\s+|have\s+)?(?:fled|escaped|came|arrived)\s+)?from\s+(?:the\s+)?"
                          r"(?:(?:besieged|rebel-held|opposition-held|former)\s+)?(?:east|eastern\s+(?:aleppo|districts|neighbou?rhoods)|"
                          r"[A-Z][\w'-]+)\b")
# "left" after the people that says they are still there: "2,000 left behind", "people left here"
_LEFT_BEHIND = compile_regex(r"\s+(?:behind|here|there|alive|inside|in\s+(?:the\s+)?(?:city|east|enclave|pocket|area|district|"
                          r"neighbou?rhoods?|besieged|rebel-held|opposition-held))\b", re.I)
# an existential clause counts who is there: "There are maybe 50,000 people left"
_EXISTENTIAL = compile_regex(r"\bthere\s+(?:are|were|is|was|'re|remain|remained)\s+(?:(?:still|now|only|just|maybe|perhaps|probably|about|"
                          r"around|some|roughly|fewer\s+than|less\s+than|more\s+than|at\s+least|an\s+estimated)\s+)*$", re.I)
# a state word before the people it describes, after a copula: "were wounded or sick patients"
_STATE_OF_PEOPLE = compile_regex(r"\s+(?:or|and)\s+(?:sick|ill|chronically\s+ill)\s+(?:patients|people|persons|civilians|"
                              r"children|women|men|residents)\b|\s+patients\b", re.I)
_COPULA_BEFORE = compile_regex(r"\b(?:were|are|was|is)\s+(?:(?:mostly|mainly|all|also)\s+)?$", re.I)


def _cue(sentence: str, q: Quantity, noun_end: int) -> str | None:
    """The measure named by the nearest cue word in the clause (right of the counted noun,
    or left of the number); at equal distance the right one, and the longer phrase, win."""
    lex = lexicon()
    right = _right_clause(sentence, noun_end, 70)
    other_number = _NEXT_FIGURE.search(right)  # "killed 3 and wounded 40": "wounded" is the 40's cue
    if other_number and (_SUBSET_BEFORE.search(right[:other_number.start()])
                         or _COORDINATED_BEFORE.fullmatch(right[:other_number.start()])):
        # "103 civilians including 19 children were killed": the subset shares the predicate
        subset = re.match(r"[\d,.]+\s+(?:[^\W\d][\w-]*\s+){0,2}?(?:" + lex.noun_pattern.pattern + r")\b",
                          right[other_number.start():], re.I) \
            or re.match(r"[\d,.]+\s+(?:[^\W\d][\w-]*\s+){0,2}", right[other_number.start():])
        rest = right[other_number.start() + (subset.end() if subset else 0):]
        nxt = _NEXT_FIGURE.search(rest)
        right = right[:other_number.start()] + " " * (subset.end() if subset else 0) + (rest[:nxt.start()] if nxt else rest)
    else:
        right = right[:other_number.start()] if other_number else right
    left = _left_clause(sentence, q.start)
    relative = _RELATIVE_CLAUSE.match(sentence[noun_end:])
    if relative:
        # "hundreds of men who crossed into government areas have gone missing": the relative
        # clause says where they went, the main predicate what befell them; a fate there wins
        # ("30,000 people who lived in the east have fled", "... who live there are trapped")
        main = _right_clause(sentence, noun_end + relative.end(), 50)
        fate = _sentence_cue(main)
        if fate in _FATES:
            return fate
    best: tuple[int, int, str] | None = None
    for measure, pat in lex.cue_patterns:
        for m in pat.finditer(right):
            if _NOUN_USE.fullmatch(m.group(0)) and _DETERMINER_BEFORE.search(right[:m.start()]):
                continue  # "gathered at the crossing": a place, not a crossing
            if measure == "remaining" and _PLACE_AFTER_ADJECTIVE.match(right, m.end()):
                continue  # "moved into the remaining rebel-held neighbourhoods": the places remain
            if measure == "evacuated" and _WAITING_BEFORE.search(right[:m.start()]):
                # "50,000 civilians are still waiting to be evacuated": still there
                key = (m.start(), -len(m.group(0)), "remaining")
                best = key if best is None or key < best else best
                continue
            if measure == "evacuated" and _NEED_BEFORE.search(right[:m.start()]):
                continue  # "need to be evacuated": a need, not an evacuation
            if measure == "wounded" and _COPULA_BEFORE.search(right[:m.start()]) and _STATE_OF_PEOPLE.match(right, m.end()):
                continue  # "500 were wounded or sick patients": who they are, not what befell them
            if measure == "fled" and m.group(0).lower() == "left" and (
                    _LEFT_BEHIND.match(right, m.end()) or _EXISTENTIAL.search(sentence[:q.start])):
                measure_here = "remaining"  # "There are 50,000 people left", "2,000 left behind": still there
            else:
                measure_here = measure
            key = (m.start(), -len(m.group(0)), measure_here)
            best = key if best is None or key < best else best
        for m in pat.finditer(left):
            if measure == "fled" and _LEFT_TRANSITIVE.fullmatch(m.group(0)):
                continue  # "have left 250,000 people without care": left in a state, not fleeing
            if measure == "evacuated" and _NEED_BEFORE.search(left[:m.start()]):
                continue  # "ready to receive evacuated patients"
            if _AUXILIARY_BEFORE.search(left[:m.start()]) and not _HOME_TO.fullmatch(m.group(0)):
                continue  # "three were martyred and 12 others injured": the predicate of the earlier subject
            key = (len(left) - m.end() + 1, -len(m.group(0)), measure)
            best = key if best is None or key < best else best
    if best is not None:
        return best[2]
    # "several thousand people have been standing in the cold, waiting to learn ...": a
    # participle clause after the comma still says what the counted people do
    clause_end = noun_end + len(_right_clause(sentence, noun_end, 70))
    participle = _PARTICIPLE_CLAUSE.match(sentence[clause_end:])
    found = _nearest_cue(participle.group(0)) if participle else None
    if found is None and noun_end > q.end and sentence[noun_end:].lstrip().startswith(",") \
            and _APPOSITION_OPEN.search(sentence[:q.start]):
        # "the remaining residents, perhaps 100,000 people, faced ...": the clause before the comma
        head = sentence[:_APPOSITION_OPEN.search(sentence[:q.start]).start()]
        found = _nearest_cue(_left_clause(head, len(head)), from_end=True)
    if found is None and noun_end > q.end:
        # "registered more than 4,600 displaced families": with no word around them saying what
        # befell the counted people, their own adjective does
        need = _NEED_BEFORE.search(sentence[:q.start])  # "ready to receive 100 evacuated patients"
        found = _nearest_cue(sentence[q.end:noun_end], skip=("evacuated", "fled", "displaced") if need else ())
    return found


def _nearest_cue(text: str, from_end: bool = False, skip: tuple[str, ...] = ()) -> str | None:
    """The measure of the cue nearest to the start of ``text`` (``from_end``: to its end); at
    equal distance the longer phrase, then the measure's name, win."""
    best: tuple[int, int, str] | None = None
    for measure, pat in lexicon().cue_patterns:
        if measure in skip:
            continue
        for m in pat.finditer(text):
            key = (len(text) - m.end() + 1 if from_end else m.start(), -len(m.group(0)), measure)
            best = key if best is None or key < best else best
    return best[2] if best else None


# "the number of citizens who have left ... has exceeded", "the number of militants still holding
# out ... at": the subject of a sentence whose predicate is the number (no stop between them)
_NUMBER_OF_WHO = compile_regex(r"\b(?:number|total|count)\s+of\s+(?P<first>[a-z-]+)\s+(?P<second>[a-z-]+)?"
                            r"(?P<rest>(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,300})$", re.I | re.S)


def _number_of(before: str) -> tuple[dict, str] | None:
    """``(the lexicon entry of the counted noun, the words after "number of")`` when the text
    before a number is "the number of NOUN ..." (NOUN first or second: "the number of displaced
    people"); "those" counts people."""
    m = _NUMBER_OF_WHO.search(before)
    if not m:
        return None
    nouns = lexicon().nouns
    words = before[m.start("first"):]
    for word in (m.group("first"), m.group("second") or ""):
        entry = nouns.get(word.lower()) or ({"party": ""} if word.lower() == "those" else None)
        if entry:
            return entry, words
    return None
_OF_THEM_ARE = compile_regex(r"\s*of\s+(?:them|whom)\s+(?:are|were)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b", re.I)
# "50,000 people are still inside, of whom around 40,000 are civilians": the part before its verb
_OF_WHOM_BEFORE = compile_regex(r",\s*(?:of\s+(?:whom|them)|among\s+(?:whom|them))\s+(?:(?:some|about|around|nearly|almost|roughly|"
                                r"approximately|an\s+estimated|at\s+least|more\s+than|over|up\s+to)\s+)?$", re.I)
_ARE_NOUN = compile_regex(r"\s+(?:are|were)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b", re.I)
# a number that opens its sentence ("Nearly 100,000 of them are children", "Some 18,000 of them
# have gone to ..."): "of them" are the people of the sentence before
_OPENS_SENTENCE = compile_regex(r"^\W*(?:(?:some|about|around|nearly|almost|roughly|approximately|an\s+estimated|at\s+least|"
                                r"more\s+than|over|up\s+to|and|but|while)\s+)*$", re.I)
_OF_POPULATION = compile_regex(r"\s*(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+'s\s+)?(?:(?:pre-?war|entire|whole|total|former)\s+)?population\b", re.I)
_RELATIVE_CLAUSE = compile_regex(r"\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?[a-z]+\b[^,;:.()\[\]]{0,80}?\s(?=(?:have|has|had|were|was|are|is)\s)", re.I)
_FATES = frozenset({"killed", "wounded", "missing", "detained", "fled", "displaced", "evacuated", "refugees", "trapped"})
_NOUN_USE = compile_regex(r"crossing|crossings|exit|exits|departure", re.I)
_PUT_FIGURE_AT = compile_regex(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|that|this|its)\s+"
                               r"(?:figure|share|number|estimate|proportion)\s+at\s+(?:[\w-]+\s+){0,2}$", re.I)
_PLACE_AFTER_ADJECTIVE = compile_regex(r"\s+(?:[\w-]+-(?:held|controlled|run)\s+|rebel\s+|opposition\s+)?(?:areas?|neighbou?rhoods?|"
                                      r"districts?|pockets?|enclaves?|parts?|territory|quarters?|streets?|positions?|sector)\b", re.I)
_DETERMINER_BEFORE = compile_regex(r"\b(?:the|a|an|this|that|its|their)\s+(?:\w+\s+)?$", re.I)
_PARTICIPLE_CLAUSE = compile_regex(r",\s+(?:still\s+)?[a-z]+ing\b[^,;:.()]{0,50}")
_APPOSITION_OPEN = compile_regex(r",\s*(?:perhaps|possibly|maybe|about|some|around|roughly|nearly|an\s+estimated|at\s+least|"
                              r"(?:(?:estimated|put|thought|believed|said)\s+(?:at|to\s+(?:be|number))|estimated|numbering|"
                              r"totall?ing)(?:\s+(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to))?)?\s*$", re.I)


def classify(sentence: str, q: Quantity, previous_measure: str | None = None,
             previous_in_sentence: str | None = None, share_party: SharePartyFn = _no_party,
             conflict_text: bool | None = None) -> Classification | None:
    """Category, measure, unit and party of the figure ``q`` in ``sentence``; None if ``q`` is
    not a figure of the conflict. ``share_party`` says who holds a share of territory.

    The off-domain gate (``conflict_text`` True or False; None, the default, reads the sentence
    without it): a sentence that shows no armed conflict (:func:`conflict_context`)
    gives no figure, unless ``conflict_text`` says the article around it is about the conflict;
    even then, a sentence of another domain (:func:`other_domain`: "shares rose", "Game 7",
    the series "Casualty") gives no figure in the conflict categories, only ``other``.
    """
    cls = _classify(sentence, q, previous_measure, previous_in_sentence, share_party)
    if cls is None or conflict_text is None or conflict_context(sentence):
        return cls
    if not conflict_text:
        return None
    if cls.category in CONFLICT_CATEGORIES and other_domain(sentence):
        return Classification("other", "other", cls.unit, "", cls.quote_end)
    return cls


def _classify(sentence: str, q: Quantity, previous_measure: str | None,
              previous_in_sentence: str | None, share_party: SharePartyFn) -> Classification | None:
    lex = lexicon()
    if q.kind == "money":
        category, measure, unit = money_figure(sentence, q)
        return Classification(category, measure, unit, "", q.end)
    if not is_figure_kind(q.kind):
        return None
    if q.low < 0 or q.high < q.low:
        return None
    if _KINSHIP.search(sentence[:q.start]) and not re.match(r"\s*(?:people|civilians|others)\b", sentence[q.end:]):
        return None  # "a father of five": a family, no figure of the conflict
    left = _left_clause(sentence, q.start)
    right = _right_clause(sentence, q.end)
    if q.kind == "percent" or q.unit == "percent":
        if _OF_PEOPLE.match(sentence[q.end:]):
            # "more than half of them went to Kurdish-held areas": a share of the people counted before
            measure = _cue(sentence, q, q.end) or previous_in_sentence or previous_measure
            if measure in PEOPLE_MEASURES:
                return Classification(CATEGORY_OF.get(measure, "other"), measure, "percent", "", q.end)
        group = _OF_GROUP.match(sentence[q.end:])
        if group:  # "about 60 percent of the evacuees went to Idlib": a share of the group named
            return Classification(CATEGORY_OF[_GROUP_MEASURE[group["group"].lower()]], _GROUP_MEASURE[group["group"].lower()], "percent", "", q.end)
        population = _OF_POPULATION.match(sentence[q.end:])
        if population:
            # "more than half of Syria's pre-war population has been forced from their homes": a
            # share of the people, counted by what befell them; ", roughly half the prewar
            # population," restates the figure before it
            after = q.end + population.end()
            close = re.match(r"\s*,\s*", sentence[after:])
            if close and _APPOSITION_OPEN.search(sentence[:q.start]):
                measure = _sentence_cue(_right_clause(sentence, after + close.end(), 60)) or previous_in_sentence
            else:
                measure = _cue(sentence, q, after)
            if measure in PEOPLE_MEASURES and measure != "residents":
                return Classification(CATEGORY_OF.get(measure, "other"), measure, "percent", "", q.end)
        # "... 93 percent of the east, and rebels the remaining 7 percent"
        # ("... control 93% of the area, while the rebels are besieged in about 7% of it": the same ground)
        follows_share = previous_in_sentence in ("share_held", "share_taken") and (
            not re.match(r"\s+of\b", sentence[q.end:]) or re.match(r"\s+of\s+(?:it|that|this)\b", sentence[q.end:])) or (
            # "The army says it controls 85 percent. The Observatory put the figure at about 90 per cent."
            previous_in_sentence is None and previous_measure in ("share_held", "share_taken")
            and _PUT_FIGURE_AT.search(sentence[:q.start]) is not None)
        is_territory = _percent_is_territory(sentence, q, left, share_party) or follows_share
        if not is_territory or q.high > 100:  # a share of territory is never above 100 percent
            return Classification("other", "other", "percent", "", q.end)
        party, _ = share_party(sentence, q)
        measure = "share_taken" if share_window(sentence, q, left) else "share_held"
        end = q.end
        return Classification("territory", measure, "percent", party, end)
    if q.kind == "area" or q.unit in ("km2", "sq_mi", "hectares", "acres"):
        # a unit conversion in brackets repeats the figure before it: "6 hectares (15 acres)"
        if sentence[:q.start].rstrip().endswith("(") and re.search(r"\d", sentence[max(0, q.start - 40):q.start]):
            return None
        party, _ = share_party(sentence, q)
        return Classification("territory", "area", q.unit, party, q.end)

    forces = _MEMBERS_OF_FORCES.match(sentence[q.end:])
    if forces:
        # "14 members of the regime forces", "18 fighters of the rebel factions": the side names the party
        noun, noun_end = "fighters", q.end + forces.end()
    else:
        noun, noun_end = head_noun(sentence, q)
    distributive = noun is None and _DISTRIBUTIVE.match(q.text)
    if distributive:
        # "civilians were leaving in their thousands": the clause's subject is the counted group,
        # its verb says what befell them
        people = [m.group(0).lower() for m in lex.noun_pattern.finditer(left)
                  if lex.nouns.get(m.group(0).lower(), {}).get("unit", "people") == "people"]
        noun = people[-1] if people else None
    thing = None
    lives = _LIVES.match(sentence, q.end)
    if lives and lex.lives_taken.search(_left_clause(sentence, q.start)):
        # "the war has claimed more than 300,000 lives", "cost 40 civilian lives": the dead
        return Classification("casualties", "killed", "people", "civilians" if lives.group("civilian") else "",
                              lives.end())
    if noun is None:
        thing = counted_thing(sentence, q)
        if thing:
            # "27 attacks", "4,000 blankets", "12 rebel positions": a thing we do not know is a
            # thing (other, its unit), never people, whatever the clause says happened to it
            aid = previous_in_sentence == "aid" or (previous_measure == "aid" and _REFER_BACK.search(sentence[:q.start])) \
                or thing[0].split()[-1] in lex.aid_things or thing[0] in lex.aid_things
            # ("45 tonnes of supplies ..., another 700 kits": more of the aid counted before)
            return Classification("other", "aid" if aid else "other", thing[0], "", thing[1])
    if noun is None:
        # "two or three neighborhoods"-style tails are found above; numbers followed by a
        # noun we do not count ("two sides", "three countries") are not figures
        tail = sentence[q.end:q.end + 30]
        complement = _OF_THEM_ARE.match(sentence[q.end:])
        if complement is None and _OF_WHOM_BEFORE.search(sentence[:q.start]):
            complement = _ARE_NOUN.match(sentence[q.end:])  # ", of whom around 40,000 are civilians"
        # the people counted before: in the sentence, or in the one before when the part opens its own
        counted = previous_in_sentence if previous_in_sentence in PEOPLE_MEASURES else (
            previous_measure if previous_in_sentence is None and previous_measure in PEOPLE_MEASURES
            and _OPENS_SENTENCE.match(sentence[:q.start]) else None)
        if complement and counted:
            # "50,000 people remain, and about 5,000 of them are fighters": a part of the people
            # counted before, with their measure; the complement names its party
            kind = lex.nouns.get(complement.group("noun").lower(), {})
            if kind.get("party"):
                return Classification(CATEGORY_OF.get(counted, "other"), counted, "people", kind["party"], q.end)
        of_them = _OF_THEM_TAIL.match(tail)
        if counted and previous_in_sentence is None and of_them and _MOVEMENT_AFTER.match(sentence[q.end + of_them.end():]):
            # "Some 18,000 of them have gone to government-held areas": where a part of them went
            return Classification(CATEGORY_OF.get(counted, "other"), counted, "people", "", q.end + of_them.end())
        if lex.not_figures.match(tail.strip()) or lex.not_figures.search(tail.split(",")[0][:20]):
            # "killing 12 of them": a share of a group named before, counted when a cue says what
            # happened to them ("two of them", "one of us" alone are no figures)
            # ("10,000 people had fled, some 6,000 of them to Sheikh Maqsoud": apposed to the
            # people counted before in the sentence, with no verb of its own)
            if not (_OF_THEM_TAIL.match(tail) and (_cue(sentence, q, q.end) in PEOPLE_MEASURES or (
                    previous_in_sentence in PEOPLE_MEASURES and _APPOSED.search(sentence[:q.start])))):
                return None
    info = lex.nouns.get(noun or "", {})
    if forces:
        info = {"party": _SIDE_PARTY.get(forces.group("side").lower(), "fighters"), "measure": "fighters"}
    unit = info.get("unit", "people")
    party = info.get("party", "")
    person_noun = noun
    if noun is not None and not forces and unit == "people":
        person_noun, party, noun_end = people_group(sentence, q, noun, party, noun_end)
    if info.get("territory"):
        control = lex.gain.search(left) or lex.loss.search(left) or lex.gain.search(right) or \
            re.search(r"\b(breach\w*|entered|overran|storm\w*|advanced into)\b", left, re.I)
        if control:
            tparty, _ = share_party(sentence, q)
            held = re.search(r"\b(control\w*|hold\w*|held|limited to|confined to|reduced to|remain\w* (?:in|under))\b", left + " " + right, re.I) and \
                not re.search(r"\b(regain\w*|recaptur\w*|retak\w*|retook|captur\w*|seiz\w*|took|taken|lost|fell|retreat\w*|withdr\w*|driven|forced|pushed|breach\w*|entered|overran|storm\w*)\b", left, re.I)
            measure = "neighbourhoods_held" if held else "neighbourhoods_taken"
            return Classification("territory", measure, "neighbourhoods", tparty, noun_end)
        return Classification("other", "other", unit, "", noun_end)
    noun_measure = info.get("measure")
    cue = _cue(sentence, q, noun_end)
    if distributive and cue is None:
        cue = _sentence_cue(left)
    prevented = _PREVENTED.search(left) and _FROM_LEAVING.match(sentence[noun_end:])
    if prevented:
        cue = "trapped"  # "prevented roughly 100 families from leaving"
    number_of = _number_of(sentence[:q.start]) if noun is None else None
    if number_of:
        # "The number of people who left the east since 26 November has risen to 120,000": the
        # clause after the subject's noun says what the number counts ("risen", "reached" do
        # not); else the noun does ("the number of militants holding out at about 5,000")
        subject, words = number_of
        if subject.get("territory"):
            # "the number of neighborhoods liberated since the operation began reached 28"
            held = re.search(r"\b(?:control\w*|hold\w*|held|remain\w*)\b", words, re.I) and not re.search(
                r"\b(?:liberat\w*|freed|captur\w*|recaptur\w*|retak\w*|retook|seiz\w*|took|taken|regain\w*|lost|fell)\b", words, re.I)
            tparty, _ = share_party(sentence, q)
            return Classification("territory", "neighbourhoods_held" if held else "neighbourhoods_taken",
                                  subject.get("unit", "neighbourhoods"), tparty, q.end)
        fate = _sentence_cue(words) if subject.get("unit", "people") in ("people", "families") else None
        if fate in PEOPLE_MEASURES:
            cue = fate
        elif subject.get("measure"):
            noun_measure = subject["measure"]
        party = subject.get("party", party)
        unit = subject.get("unit", "people")
    before = sentence[:q.start]
    if unit == "people" and _MET_BY_US.search(before):
        # "we interviewed 14 people who fled": the people met for a report, counted by the report
        return Classification("other", "other", "people", party, max(noun_end, q.end))
    if unit in ("people", "families") and _aid_for(before):
        if _DISPLACED_PLACE.search(before[-80:]):
            # "serves as a collective shelter for around 4,600 people": the displaced it houses
            return Classification("displacement", "displaced", unit, party, max(noun_end, q.end))
        # "hygiene kits for 20,000 children": the people the aid is for, no population
        return Classification("other", "aid", "people", party, max(noun_end, q.end))
    fronted = _FRONTED_GROUP.match(before)
    # "Of these, 18,000 have arrived in the west, while 10,000 have moved to X": a part that only
    # says where it went keeps the group's measure, in a parallel clause too
    movement = _MOVEMENT_AFTER.match(sentence[max(noun_end, q.end):])
    if fronted and fronted.group("rest") and not (previous_in_sentence and (
            _GAPPED.match(fronted.group("rest")) or (movement and _PARALLEL.match(fronted.group("rest"))))):
        fronted = None  # the number is further on in the sentence, in its own clause
    if fronted and fronted.group("rest"):
        fronted_measure = previous_in_sentence
    elif fronted:
        fronted_measure = previous_in_sentence if _NEXT_FIGURE.search(fronted.group("group")) else previous_measure
    else:
        fronted_measure = None
    gapped = False
    toll = _TOLL_LEVEL.search(before)
    if toll is not None and cue not in _CASUALTY_MEASURES:
        cue = None  # the toll's subject says what it counts, not a word on the way ("besieged")
    apposed = previous_in_sentence and (_APPOSED.search(before) and _OF_THEM.match(sentence[q.end:])
                                        or _BREAKDOWN.search(before)
                                        or _AMONG_AFTER.match(sentence[noun_end:])
                                        or _AMONG_LIST.search(before))
    group = None if cue is not None else _AMONG_GROUP.search(before)
    own = _right_cue(sentence, noun_end) if apposed else None
    if apposed and noun_measure not in STRONG_NOUN_MEASURES and own in _CASUALTY_MEASURES \
            and previous_in_sentence in _CASUALTY_MEASURES:
        measure = own  # "300 were wounded, 176 of whom died", "18 of them with shrapnel wounds"
    elif apposed and noun_measure not in STRONG_NOUN_MEASURES:
        measure = previous_in_sentence  # "219 civilians, 27 of them children": the same measure
    elif noun_measure == "staff" and cue in _CASUALTY_MEASURES:
        measure = cue  # "Four of our volunteers have been killed": staff killed are casualties
    elif group and noun_measure not in STRONG_NOUN_MEASURES:
        measure = _GROUP_MEASURE[group.group("group").lower()]
    elif noun_measure in STRONG_NOUN_MEASURES:
        measure = noun_measure
    elif movement and fronted and fronted_measure in PEOPLE_MEASURES:
        measure = fronted_measure  # ("arrived in", "moved to": where the group's people went)
    elif cue is not None:
        measure = cue
    elif noun_measure:
        measure = noun_measure
    elif noun is None and previous_measure and _REFER_BACK.search(sentence[:q.start]):
        measure = previous_measure
    elif fronted and fronted_measure in PEOPLE_MEASURES:
        # "Of those, nearly 10,000 went to ...", "Among them were the 47 children": a part of
        # the people counted before, with their measure
        measure = fronted_measure
        complement = _COMPLEMENT.match(sentence[q.end:]) if noun is None else None
        party = lex.nouns.get(complement.group("noun").lower(), {}).get("party", "") if complement else party
        if complement and complement.group("state") and not party:
            # "200 were wounded and sick people": the state says who they are
            state = re.sub(r"\s+or\s+", " and ", complement.group("state").lower())
            party = lex.evacuee_party.get(state) or lex.evacuee_party.get(state.split()[0], "")
    elif noun is None and (previous_in_sentence in PEOPLE_MEASURES and _GAPPED_BEFORE.search(before)
                           and _PLACE_AFTER.match(sentence, q.end)):
        measure, gapped = previous_in_sentence, True  # "killed 470 in the east, and 140 in the west": the verb gapped
    elif previous_measure in ("fled", "displaced", "evacuated", "refugees") and _OTHERS_MOVED.match(sentence, q.end):
        measure = previous_measure  # "8,000 fled to the west. About 4,000 others went to X": more of them
    elif toll is not None:
        measure = "killed"  # "the toll of the offensive passes 300 civilians": the toll's level
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
    if measure == "residents" and _DISPLACED_PLACE.search(_right_clause(sentence, noun_end, 90)):
        measure = "displaced"  # "8,000 of them are sheltering in the collective shelter": where the displaced stay
    if measure == "residents" and _FROM_ORIGIN.match(sentence, noun_end) and not _UNDER_SIEGE.search(_right_clause(sentence, noun_end, 90)):
        measure = "displaced"  # "1,200 families from the east were sheltering in schools": away from home
    if measure in ("residents", "remaining") and _UNDER_SIEGE.search(_right_clause(sentence, noun_end, 70)):
        measure = "trapped"  # "100,000 people are living under a crippling government siege"
    if measure == "fled" and _CARRIED.search(left) and not _FLIGHT.search(sentence):
        measure = "evacuated"  # "buses carrying thousands of people left": carried out, no flight
    evacuee = lex.evacuee_party.get(person_noun or "") or lex.evacuee_party.get(noun or "")
    # "1,156 people, including 28 wounded, had left", "... evacuated. Among them were 200 wounded":
    # wounded people who are part of a group moved out
    moved = (previous_in_sentence if apposed else fronted_measure if fronted else None) in ("evacuated", "fled")
    if evacuee and (_evacuation_in(sentence) or moved) and not lex.hurt.search(sentence):
        # "40 wounded were evacuated", "300 wounded were among the evacuees": people moved out,
        # not casualties; the party says who they are
        measure, party = ("evacuated" if _evacuation_in(sentence) else previous_in_sentence if apposed
                          else fronted_measure), evacuee
    elif evacuee and measure in _CASUALTY_MEASURES and not lex.hurt.search(sentence) \
            and (previous_in_sentence if apposed else fronted_measure if fronted else None) in ("remaining", "trapped"):
        # "25,000 people remain in the pocket, among them several hundred wounded": part of those still there
        measure, party = (previous_in_sentence if apposed else fronted_measure), evacuee
    elif evacuee and measure in _CASUALTY_MEASURES and not lex.hurt.search(sentence) and cue in ("remaining", "trapped"):
        # "1,000 sick and wounded are still waiting to be evacuated" (the cue reads the wait as
        # "remaining"): people still inside, the party says who they are
        measure, party = cue, evacuee
    category = CATEGORY_OF.get(measure, "other")
    if category == "other" and measure not in ("fighters", "staff", "vehicles", "facilities", "aid", "detained",
                                               "surrendered"):
        measure = "other"
    if unit not in ("people", "families") and measure in PEOPLE_MEASURES and info.get("measure") in ("vehicles", "facilities"):
        measure, category = info["measure"], "other"
    if not party and noun is None and not gapped:
        # "secured the exit of 1,500 people": a party named right before the number
        m = re.search(r"\b(civilians|children|women|fighters|rebels|soldiers)\b[^.]{0,25}$", left, re.I)
        party = m.group(1).lower() if m else ""
    if not party and noun is None and category == "casualties":
        # "He put the civilian toll in the east at 413": the toll's own word names whose dead
        m = _TOLL_OF.search(sentence[:q.start])
        party = _TOLL_PARTY.get(m.group("who").lower(), "") if m else ""
    return Classification(category, measure, unit, party, max(noun_end, q.end))


_CASUALTY_MEASURES = {"killed", "wounded", "missing"}
_DISTRIBUTIVE = compile_regex(r"in\s+their\s", re.I)
_LIVES = compile_regex(r"\s+(?:of\s+)?(?:(?P<civilian>civilian\s+)|(?:innocent|human|more)\s+)?lives\b", re.I)
_KINSHIP = compile_regex(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent|mum|mom|dad)s?\s+of\s+$", re.I)
# the object of a verb of inquiry: "we interviewed 14 people who fled", "researchers spoke to 30 residents"
_MET_BY_US = compile_regex(r"\b(?:interviewed|surveyed|polled|questioned\s+by\s+us|"
                        r"(?:spoke|spoken|talked|speaking|talking)\s+(?:(?!to\b|with\b)[\w-]+\s+){0,5}?(?:to|with)|"
                        r"met\s+with|consulted|contacted)\s+(?:with\s+)?$", re.I)
# ("spoke by phone and messaging applications with 11 residents": the way of speaking in between)
# "Of those, nearly 10,000 went to ...", "Of the 250,000 people still trapped, around 100,000 are
# children", "Among them were the 47 children": a sentence opening on the group the number is part of
_FRONTED_GROUP = compile_regex(r"^\W*(?:of|among)\s+(?P<group>(?:those|these)\s+(?:who|that|which)\s+[^,;:.()\d]{1,60}?|those|them|these|whom|the\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,90}?)"
                            r"(?:\s*,\s+|\s+(?:were|was|are|is)\s+(?:the\s+)?)(?P<rest>.*)$", re.I)
# "..., nearly 10,000 went to X and around 6,000 to Y": the second number shares the first's verb
_GAPPED_BEFORE = compile_regex(r"(?:,\s*|\s)(?:and|while|with)\s+(?:(?:another|a\s+further)\s+)?$", re.I)
_PLACE_AFTER = compile_regex(r"\s+(?:in|inside|across|on|at|near)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:west|east|north|south|"
                          r"city|districts?|neighbou?rhoods?|areas?|quarters?|parts?|side|province|countryside|[A-Z][\w'-]+)\b")
_OTHERS_MOVED = compile_regex(r"\s+others\s+(?:have\s+|has\s+|had\s+)?(?:moved|gone|went|arrived|travell?ed|headed|relocated)\s+"
                           r"(?:to|in|into|at|towards?)\b", re.I)
_GAPPED = compile_regex(r"^(?:[^,;:]|(?<=\d),(?=\d))*\b(?:and|or)\s+$")
_TOLL_OF = compile_regex(r"\b(?P<who>civilian|child|children's|military|army|rebel|opposition)\s+(?:death\s+|casualty\s+)?toll\b"
                      r"(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,100}$", re.I)
_TOLL_PARTY = {"civilian": "civilians", "child": "children", "children's": "children", "military": "soldiers",
               "army": "soldiers", "rebel": "rebels", "opposition": "rebels"}
_MOVEMENT_AFTER = compile_regex(r"^\s+(?:have\s+|has\s+|had\s+)?(?:since\s+|now\s+|so\s+far\s+|also\s+)?"
                             r"(?:moved|gone|went|arrived|travell?ed|headed|relocated)\s+(?:to|in|into|at|towards?)\b", re.I)
_PARALLEL = compile_regex(r"^(?:[^;:]|(?<=\d),(?=\d))*\b(?:while|whereas|and)\s+$", re.I)
# its complement names the party: "around 100,000 are children"
_COMPLEMENT = compile_regex(r"\s+(?:are|were|is|was)\s+(?:(?:mostly|mainly|all|also)\s+)?"
                         r"(?:(?P<state>(?:wounded|injured|sick|ill)(?:\s+(?:or|and)\s+(?:sick|ill|wounded|injured))?)\s+(?=[a-z]+\b))?(?P<noun>[a-z]+)\b", re.I)
# "the toll ... passes 300 civilians", "the death toll has risen to 45": the number is the toll's level
_TOLL_LEVEL = compile_regex(r"\btoll\b[^.;:!?]{0,80}?\b(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|passed|"
                         r"passes|stood|stands|hit|hits|topped|tops|exceeded|exceeds|surpassed|surpasses|jumped|"
                         r"increased|crossed|crosses|is|was)\s+(?:to\s+|at\s+)?$", re.I)
_SIDE_PARTY = {"regime": "soldiers", "government": "soldiers", "pro-government": "soldiers", "pro-regime": "soldiers",
               "syrian": "soldiers", "army": "soldiers", "loyalist": "soldiers", "security": "soldiers",
               "russian": "soldiers", "rebel": "rebels", "opposition": "rebels", "armed": "rebels",
               "jihadist": "rebels", "islamist": "rebels", "terrorist": "rebels", "militant": "rebels",
               "insurgent": "rebels"}
_MEMBERS_OF_FORCES = compile_regex(
    r"^\s+(?:[\w-]+\s+)?(?:members|fighters|elements|personnel)\s+of\s+(?:the\s+)?"
    r"(?P<side>" + "|".join(sorted(_SIDE_PARTY, key=len, reverse=True)) + r")\b(?:[\s-]+[\w-]+){0,2}?"
    r"[\s-]+(?:forces|army|troops|factions|groups|brigades|militias|units|organi[sz]ations)\b", re.I)


def _right_cue(sentence: str, noun_end: int) -> str | None:
    """The measure of the first cue in the figure's own clause, to its right ("176 of whom *died*")."""
    right = _right_clause(sentence, noun_end, 60)
    other_number = _NEXT_FIGURE.search(right)
    right = right[:other_number.start()] if other_number else right
    return _sentence_cue(right)


def _aid_for(before: str) -> bool:
    """The text before a number of people ends with aid for them: "food ready for", "kits for",
    "trucking drinking water to", "surgical supplies to treat" (not "food is running out for")."""
    lex = lexicon()
    tail = before[-90:]
    m = lex.aid_for.search(tail)
    return bool(m) and not lex.aid_scarcity.search(tail[max(0, m.start() - 25):])  # ("prevented aid from reaching")


# a wait for evacuation, not a need of it: "are still waiting to be evacuated", "awaiting evacuation"
_WAITING_BEFORE = compile_regex(r"\b(?:wait(?:s|ed|ing)?\s+(?:to\s+be|for)|awaiting|await|yet\s+to\s+be)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _evacuation_in(sentence: str) -> bool:
    """An evacuation cue that is no mere need ("need to be evacuated", "ready to receive evacuated")."""
    return any(not _NEED_BEFORE.search(sentence[:m.start()]) for m in lexicon().evacuation.finditer(sentence))


_UNDER_SIEGE = compile_regex(r"^\s*(?:are|were|is|was|still|now|currently|\s)*(?:living|live|lives|lived)\s+under\s+"
                          r"(?:a|the)?\s*(?:[\w-]+\s+){0,3}?siege\b", re.I)
_CARRIED = compile_regex(r"\b(?:buses|bus|convoys?|ambulances|vehicles|coaches|trucks)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:carrying|transporting|ferrying|with|full\s+of|packed\s+with)\s+(?:[\w-]+\s+)?$", re.I)
_FLIGHT = compile_regex(r"\b(?:fled|flee|flees|fleeing|escaped|escape|escaping|ran\s+away|smuggled)\b", re.I)

