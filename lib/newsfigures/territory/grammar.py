"""The control lexicon (``data/control_verbs.yaml``) compiled: trigger verbs and nouns by kind,
actor words, blocking words, cues; phrase patterns that accept hyphens, apostrophes and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Iterator


from ..lexicon import alternation, data_text, parse_yaml
from ..regexstore import compile as compile_regex


def _check_strings(node: Any, path: str) -> None:
    """Every list entry of the lexicon must be a string (YAML reads a bare on/no/false as bool)."""
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for v in node:
            if not isinstance(v, str):
                raise ValueError(f"control_verbs.yaml {path}: entry {v!r} is not a string; quote it")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    lex = parse_yaml(data_text("control_verbs.yaml"))
    _check_strings(lex, "")
    return lex


# ---------------------------------------------------------------------------------------------
# place matching

_APOS_CHARS = "'’‘ʿʻ`"
_APOS = "['’‘ʿʻ`]"
_HY = "[-‐‑]"  # hyphen, Unicode hyphen, non-breaking hyphen


# ---------------------------------------------------------------------------------------------
# control grammar: compiled lexicon


# a day or time a verb phrase may carry before its last preposition: "restored security and
# stability on Sunday to X", "took control overnight of X" (SANA and wire word order)
_INNER_TIME = (
    r"(?:\s*,)?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*,)?"
    r"|\s+(?:overnight|yesterday|today|last\s+night|on\s+\d{1,2}\s+[A-Z][a-z]+)"
)
_LAST_PREPOSITIONS = frozenset({"to", "in", "of", "over", "on", "into"})


def _phrase_pattern(phrase: str, flexible_control: bool = False, inner_time: bool = True) -> str:
    """Regex for a lexicon phrase: any whitespace between words, hyphen or space inside words.

    With ``flexible_control`` (the trigger verbs), a phrase of three or more words ending in a
    preposition also accepts a day before that preposition (:data:`_INNER_TIME`), unless
    ``inner_time`` is False (see :class:`TriggerRegex`)."""
    words = phrase.split()
    if flexible_control and len(words) >= 3 and words[-1].lower() in _LAST_PREPOSITIONS:
        head = _phrase_pattern(" ".join(words[:-1]), flexible_control, inner_time)
        day = f"(?:{_INNER_TIME})?" if inner_time else ""
        return rf"{head}{day}[\"“”]?\s+[\"“”]?{_phrase_pattern(words[-1])}"
    parts: list[str] = []
    for w in words:
        if flexible_control and w.lower() == "control":
            parts.append(r"(?:(?:their|its|full|complete|total|effective|firm)\s+){0,2}control")
            continue
        pieces = re.split(r"[-‐‑]", w)
        pat = rf"{_HY}?\s*".join(
            "".join(_APOS if ch in _APOS_CHARS else re.escape(ch) for ch in p) for p in pieces
        )
        parts.append(pat)
    return r"[\"“”]?\s+[\"“”]?".join(parts)


def _alternation(phrases: list[str], flexible_control: bool = False, inner_time: bool = True) -> str:
    return alternation(phrases, word=lambda p: _phrase_pattern(p, flexible_control, inner_time), space=None)


def _word_regex(phrases: list[str], flexible_control: bool = False, inner_time: bool = True) -> re.Pattern[str]:
    return compile_regex(
        rf"(?<![\w\-‐‑])(?:{_alternation(phrases, flexible_control, inner_time)})(?![\w])", re.IGNORECASE
    )


def _words_around_a_day(phrases: list[str]) -> tuple[set[str], set[str]]:
    """The words between which :func:`_phrase_pattern` lets a phrase take :data:`_INNER_TIME`:
    (the words before the day, the prepositions after it)."""
    before, after = set(), set()
    for phrase in phrases:
        words = phrase.split()
        while len(words) >= 3 and words[-1].lower() in _LAST_PREPOSITIONS:
            before.add(words[-2])
            after.add(words[-1])
            words = words[:-1]
    return before, after


class TriggerRegex:
    """One kind of trigger phrases as a regex (:func:`_word_regex`), compiled cheaply.

    The phrases that may carry a day before their last preposition ("restored security and
    stability on Sunday to X", :data:`_INNER_TIME`) make the regex about three times longer to
    compile (0.3 s of a run for all kinds). A match can go through such a day only where the
    text has one of the words before a day, the day, and one of the prepositions after it
    (``guard``, a small regex). In a text without that, every path through an optional day
    fails, so the regex without them (``plain``) succeeds on exactly the same paths in the same
    order: the same matches. The full regex (``timed``) is compiled on the first text that
    has such a day."""

    def __init__(self, phrases: list[str], flexible_control: bool = False):
        self.phrases, self.flexible_control = phrases, flexible_control
        self.plain = _word_regex(phrases, flexible_control, inner_time=False)
        before, after = _words_around_a_day(phrases) if flexible_control else (set(), set())
        self.guard = compile_regex(
            rf"(?:{'|'.join(_phrase_pattern(w) for w in sorted(before))})(?:{_INNER_TIME})"
            rf"[\"“”]?\s+[\"“”]?(?:{'|'.join(_phrase_pattern(w) for w in sorted(after))})(?![\w])", re.IGNORECASE
        ) if before else None

    @cached_property
    def timed(self) -> re.Pattern[str]:
        return _word_regex(self.phrases, self.flexible_control)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the trigger regex in ``text``."""
        timed = self.guard is not None and self.guard.search(text) is not None
        return (self.timed if timed else self.plain).finditer(text)


_TRIGGER_KINDS = (
    "capture",
    "loss",
    "fall_to",
    "change_to",
    "slip_from",
    "hold",
    "held_by",
    "nominal_capture",
    "nominal_loss",
    "advance",
    "expel",
    "fall",
    "hold_out",
    "move_in",
)
# kinds that end the reach of a place before them (a place is not the subject across them)
_BLOCKING_KINDS = frozenset(
    {"capture", "loss", "fall_to", "change_to", "slip_from", "advance", "nominal_capture", "nominal_loss", "expel",
     "move_in"}
)  # not "fall": "Sukkari fell under government control" reads on to "under ... control"


@dataclass(frozen=True)
class _Grammar:
    actor_regex: re.Pattern[str]
    actor_party: dict[str, str]
    adjective_alt: str
    adjective_party: dict[str, str]
    opponents: dict[str, str]
    triggers: dict[str, TriggerRegex]
    participles: frozenset[str]
    restore: frozenset[str]
    restore_gerunds: frozenset[str]
    held_adjective: re.Pattern[str]
    under_control: re.Pattern[str]
    in_hands: re.Pattern[str]
    nominal_support: re.Pattern[str]
    negation: re.Pattern[str]
    irrealis: re.Pattern[str]
    denial: re.Pattern[str]
    falsity: re.Pattern[str]
    subject_blocker: re.Pattern[str]
    clause_break: re.Pattern[str]
    object_gap: frozenset[str]
    list_gap: frozenset[str]
    list_separators: frozenset[str]
    list_stop: frozenset[str]
    change_prefix: re.Pattern[str]
    place_noun: re.Pattern[str]
    side_holders: dict[str, str]
    holding_list: re.Pattern[str]
    own_ground: frozenset[str]
    dated_takings: frozenset[str]
    restrictive: re.Pattern[str]
    party_noun: re.Pattern[str]


def _norm_phrase(s: str) -> str:
    s = s.lower()
    for ch in _APOS_CHARS:
        s = s.replace(ch, "'")
    s = re.sub(r"[-‐‑]", " ", s)
    return " ".join(s.split())


def _cue_regex(cues: list[str], lowercase_only: frozenset[str]) -> re.Pattern[str]:
    """Case-sensitive cue words: lower case, or capitalised at a sentence start ("If", "Would").

    Cues in ``lowercase_only`` never match capitalised: "May" is a month, "Will" a name.
    """
    pats = []
    for c in sorted(set(cues), key=lambda c: (-len(c), c)):
        pat = _phrase_pattern(c)
        if c[:1].isalpha() and c not in lowercase_only:
            pat = f"[{c[0].lower()}{c[0].upper()}]" + _phrase_pattern(c[1:]) if len(c) > 1 else pat
        pats.append(pat)
    return compile_regex(rf"(?<![\w'’])(?:{'|'.join(pats)})(?![\w])")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lex = _lexicon()
    actor_party: dict[str, str] = {}
    for party, phrases in (lex.get("actors") or {}).items():
        for p in phrases or []:
            actor_party[_norm_phrase(p)] = party
    # an actor word glued to a following hyphen is an adjective ("rebel-held"), not an actor
    actors_alt = _alternation([p for ps in lex["actors"].values() for p in ps])
    actor_regex = compile_regex(
        rf"(?<![\w\-‐‑])(?:{actors_alt})(?![\w])(?!{_HY})",
        re.IGNORECASE,
    )
    adjective_party: dict[str, str] = {}
    for party, words in (lex.get("party_adjectives") or {}).items():
        for w in words or []:
            adjective_party[_norm_phrase(w)] = party
    adjective_alt = _alternation(list(sum(lex["party_adjectives"].values(), [])))
    verbs = lex["verbs"]
    triggers = {
        kind: TriggerRegex(list(verbs[kind]), flexible_control=True)
        for kind in _TRIGGER_KINDS
        if kind not in ("nominal_capture", "nominal_loss")
    }
    triggers["nominal_capture"] = TriggerRegex(list(verbs["nominal_capture"]))
    triggers["nominal_loss"] = TriggerRegex(list(verbs["nominal_loss"]))
    held_adjective = compile_regex(
        rf"(?<![\w\-‐‑])(?P<adj>{adjective_alt})(?:{_HY}\s*|\s+)(?:{_alternation(verbs['held_adjective'])})(?![\w])",
        re.IGNORECASE,
    )
    under_control = compile_regex(
        rf"\b(?:under|within)\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm|sole)\s+)?"
        rf"(?P<adj>{adjective_alt})(?:['’]s?)?\s+(?:{_alternation(verbs['under_nouns'])})\b",
        re.IGNORECASE,
    )
    in_hands = compile_regex(
        # "in rebel hands"; "still in their hands" (the side named before)
        rf"\b(?:in|into)\s+(?:the\s+)?(?P<adj>{adjective_alt}|their|its)\s+(?:{_alternation(verbs['hands_nouns'])})\b",
        re.IGNORECASE,
    )
    cues = lex["cues"]
    neg_words = [c for c in cues["negation"] if "'" not in c]  # "n't" is glued to its verb
    # "came under" + "government control": the words before a final under/in/into/to
    change_prefixes = [
        " ".join(p.split()[:-1]) for p in verbs["change_to"] if p.split()[-1] in ("under", "in", "into", "to")
    ]
    return _Grammar(
        actor_regex=actor_regex,
        actor_party=actor_party,
        adjective_alt=adjective_alt,
        adjective_party=adjective_party,
        opponents=dict(lex.get("opponents") or {}),
        triggers=triggers,
        participles=frozenset(_norm_phrase(p) for p in verbs["participles"]),
        restore=frozenset(_norm_phrase(p) for p in verbs["restore"]),
        restore_gerunds=frozenset(_norm_phrase(p) for p in verbs.get("restore_gerunds") or []),
        held_adjective=held_adjective,
        under_control=under_control,
        in_hands=in_hands,
        nominal_support=compile_regex(rf"\b(?:{_alternation(verbs['nominal_support'])})\b", re.IGNORECASE),
        negation=compile_regex(
            rf"(?:\b(?:{_alternation(neg_words)})\b|n['’]t\b)",
            re.IGNORECASE,
        ),
        irrealis=_cue_regex(cues["irrealis"], frozenset(cues.get("irrealis_lowercase_only") or [])),
        denial=compile_regex(rf"\b(?:{_alternation(cues['denial'])})\b", re.IGNORECASE),
        falsity=compile_regex(
            rf"[^.;]{{0,60}}?\b(?:was|were|is|are|be|been|proved|proven|as)\s+(?:\w+\s+)?(?:{_alternation(cues['falsity'])})\b",
            re.IGNORECASE,
        ),
        subject_blocker=compile_regex(
            rf"\b(?:{_alternation(cues['subject_blockers'])})\s+(?:(?:the|a|an|their|its|remaining|last|besieged|embattled|retreating|fleeing|beleaguered|exhausted)\s+)*$",
            re.IGNORECASE,
        ),
        clause_break=compile_regex(rf"\b(?:{_alternation(cues['clause_breaks'])})\b|[;:]", re.IGNORECASE),
        object_gap=frozenset(w.lower() for w in lex["object_gap"]),
        list_gap=frozenset(w.lower() for w in lex["list_gap"]),
        list_separators=frozenset(w.lower() for w in lex["list_separators"]),
        list_stop=frozenset(w.lower() for w in lex["list_stop"]),
        change_prefix=compile_regex(rf"\b(?:{_alternation(change_prefixes)})\s+$", re.IGNORECASE),
        place_noun=compile_regex(rf"\s+(?:{_alternation(lex['place_nouns'])})\b", re.IGNORECASE),
        side_holders=dict(lex.get("side_holders") or {}),
        # "rebel control is now limited to", "the rebel enclave now comprises", "the rebel pocket:"
        # and "(the offensive) reduced the rebel enclave to X"
        holding_list=compile_regex(
            rf"(?:\b(?P<red>reduced|reducing|reduces|reduce|shrank|shrunk|shrinking|squeezed|squeezing)\s+(?:the\s+|its\s+|their\s+)?)?"
            rf"(?<![\w\-])(?P<adj>{adjective_alt}|{_alternation(verbs['own_ground_adjectives'])})"
            rf"(?:{_HY}(?:held|controlled)|s?['’]s?)?\s+(?:(?:{_alternation(verbs['holding_modifiers'])})\s+){{0,2}}"
            rf"(?:{_alternation(verbs['holding_nouns'])})(?:\s*,?\s*(?:which|that))?\s*,?(?:\s+(?:is|are|remains|remain|has\s+been|have\s+been|"
            rf"now|still|only|largely|mostly))*\s*(?:{_alternation(verbs['holding_list'])}|(?(red)(?:down\s+)?to|(?!)))(?=\s)"
            # "the pocket still in rebel hands takes in X": the side after the holding noun
            rf"|(?<![\w\-])(?:the|a|an|its|their)\s+(?:(?:{_alternation(verbs['holding_modifiers'])})\s+){{0,2}}"
            rf"(?:{_alternation(verbs['holding_nouns'])})\s+(?:(?:still|now|left)\s+)*(?:(?:in|under)\s+(?:the\s+)?"
            rf"(?P<after>{adjective_alt})(?:s?['’]s?)?\s+(?:hands|control)"
            # "the areas still controlled by the factions are X"
            rf"|(?:controlled|held|run)\s+by\s+(?:the\s+)?(?P<by>{actors_alt})"
            # "the last neighbourhoods under the control of the factions are X"
            rf"|(?:under|in)\s+the\s+(?:control|hands)\s+of\s+(?:the\s+)?(?P<by2>{actors_alt}))"
            rf"\s*,?(?:\s+(?:is|are|remains|remain|has\s+been|have\s+been|"
            rf"now|still|only|largely|mostly))*\s*(?:{_alternation(verbs['holding_list'])}|as)(?=\s)",
            re.IGNORECASE,
        ),
        dated_takings=frozenset(_norm_phrase(w) for w in verbs["dated_takings"]),
        own_ground=frozenset(_norm_phrase(w) for w in verbs["own_ground_adjectives"]),
        restrictive=compile_regex(rf"\b(?:{_alternation(verbs['restrictive_holding'])})\b", re.IGNORECASE),
        # "the Kurdish neighbourhood of Sheikh Maqsoud", "the rebel enclave of X" (not "the former ...")
        party_noun=compile_regex(
            rf"(?<![\w\-‐‑])(?<!former )(?<!once )(?<!ex-)(?P<adj>{adjective_alt})\s+"
            rf"(?:{_alternation(verbs['party_nouns'])})(?![\w\-])(?:\s+(?P<of>of)(?=\s))?",
            re.IGNORECASE,
        ),
    )
