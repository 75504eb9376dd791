"""Aleppo neighbourhoods: a gazetteer, place mentions in text, and who controls which district.

Gazetteer
    ``data/neighbourhoods.csv`` (columns ``name,variants,side,lat,lon,coord_source``) lists the
    city's districts with ``|``-separated spelling variants. ``side`` says where the district
    lay relative to the front line of mid-November 2016: ``east`` (the rebel-held east),
    ``west`` (the government-held west), ``north`` (the Kurdish-held Sheikh Maqsoud and its
    neighbour Ashrafieh), ``outskirts`` (camps, industrial zones and edge districts), or empty
    where the district was divided or the side is not known (Salaheddine, Amiriyah, Old City).
    Coordinates are empty: no offline source with these names was available, and none are
    made up (``coord_source`` says where a coordinate came from when one is filled in).

Place matching (:func:`find_places`)
    One precompiled, case-insensitive alternation of every variant, longest first, on word
    boundaries. Spelling is flexible where transliteration is: a leading article
    (``al-``/``el-``/``as-``...) is optional unless the variant itself starts with one (then
    the bare form must be listed to match: ``al-Sabil`` never matches "Sabil"); an article
    inside a name may be spelt ``al``/``el``/``ad``/``ash``... or left out; Sheikh/Sheik/
    Shaykh/Shaikh are one word; apostrophes are optional; hyphens and spaces are
    interchangeable. "Aleppo" alone is no neighbourhood; "Hanano" alone is Masaken Hanano;
    "the citadel"/"Old City" are the canonical Citadel/Old City. A single-word name preceded by
    a capitalised given name ("Mohammed al-Ansari") is a person; a name followed by
    "province"/"Iraq"/... or preceded by "the Iraqi city of" is a place elsewhere.

Control (:func:`control_mentions`)
    Reads one sentence and returns :class:`ControlMention` records, from sentence shapes
    documented in ``data/control_verbs.yaml`` (which holds all the words). Rules:

    * ``captured`` means the text says the district changed hands; ``held`` means it states
      who controls it ("rebel-held Sukkari", "X, controlled by a Kurdish militia").
    * The controller is the subject or agent: troops/army/regime/militias -> government,
      rebels/opposition/insurgents/fighters -> rebels, Kurdish militia/YPG/Kurds -> kurdish.
    * Losses: when the text names only the loser ("rebels lost X", "rebels withdrew from X",
      "rebels were driven out of X", "X slipped out of government control") the district is
      captured by the loser's opponent (rebels <-> government) and the mention is flagged
      ``inferred=True``; a Kurdish loss gives an event only when the winner is named or the
      sentence names the government side (one rule for both grammars: :mod:`.actors`).
    * An agentless passive ("X was captured on Monday") takes its controller from
      "from AGENT" (the opponent), from a party-held modifier of the place ("rebel-held X was
      captured" -> government) or, for verbs of taking back (retaken, recaptured, liberated),
      is read as a government capture; all three are flagged ``inferred``. Otherwise no event.
    * Advances are not captures: advanced into, pushed into, entered, breached, besieged,
      shelled ... give nothing. Partial objects ("parts of X", "most of X") give nothing.
    * Negated, intended, expected or hypothetical events give nothing ("failed to capture",
      "hopes to retake", "could fall", "the fall of X would..."); so do denied claims
      ("Rebels denied that X had fallen", "reports that X fell were false"). A claim that is
      merely attributed ("the military claimed to have retaken X") is an event.
    * Historic changes ("In 2012 Hanano became the first ... to fall to the rebels") are events
      like any other; the caller decides the date.
    * A district captured in the sentence is not also reported as held there (the held
      modifier in "troops captured rebel-held Sukkari" describes the state before).
    * A name in the possessive is not an object ("took the Old City's Umayyad Mosque"); a
      name used as a modifier ends a list ("captured Hanano and Sukkari residents fled").
    * An attributive participle of taking back ("the recently retaken Sakhour district") is
      an agentless passive (government, inferred).
    * Other armed groups (Islamic State, Iraqi troops, Peshmerga) are no controller: their
      captures give nothing.

    Besides what and where, :class:`ControlMention` carries ``trigger`` (the verb
    or phrase as written) and ``inferred`` (the controller was inferred, not named).

    The quote is the clause fragment that states the event, an exact substring of the
    sentence, with its offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import _AGENT_BY, _APPOSITIVE, _ATTRIBUTIVE, _Actor, _BE_AUX, _FROM, _HELD_ADJ_GAP, _MODAL_AFTER, _RELATIVE, _Sentence, _TO, _Trigger
from .gazetteer import find_places
from .grammar import _grammar, _norm_phrase


CONTROLLERS = ("government", "rebels", "kurdish")
EVENTS = ("captured", "held")


@dataclass(frozen=True)
class ControlMention:
    """A sentence's statement that a side took (``captured``) or holds (``held``) a district.

    ``quote`` is an exact substring of the sentence (``sentence[start:end] == quote``);
    ``surface`` is the place name as written. ``trigger`` is the verb or phrase that states
    the event; ``inferred`` is True when the controller was not named but inferred (from the
    loser, a party-held modifier, or a verb of taking back).
    """

    neighbourhood: str
    controller: str
    event: str
    surface: str
    quote: str
    start: int
    end: int
    trigger: str = ""
    inferred: bool = False


# ---------------------------------------------------------------------------------------------
# control grammar: sentence shapes


@dataclass(frozen=True)
class _Event:
    place: int
    controller: str
    event: str
    qstart: int
    qend: int
    trigger: str
    inferred: bool


def _controller_from_context(s: _Sentence, places: list[int], after: int, verb: str) -> tuple[str | None, bool]:
    """Controller of an agentless passive: "from AGENT", a party-held modifier, a restore verb."""
    frm = s.agent_after(after, _FROM)
    if frm is not None and frm.party in CONTROLLERS:
        opp = s.opponent(frm.party)
        if opp:
            return opp, True
    for i in places:
        mod = s.held_modifier.get(i)
        if mod is not None:
            opp = s.opponent(mod[0])
            if opp:
                return opp, True
    if _norm_phrase(verb) in s.g.restore:
        return "government", True
    return None, False


def _active(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """SUBJECT v OBJECTS (capture, loss, hold), or the relative "PLACE, which SUBJECT v"."""
    adjacent = kind == "hold"
    objects = s.objects_after(t.end)
    if not objects:
        _relative(s, t, out, kind)
        return
    last_end = s.places[objects[-1]].end
    if kind == "capture" and _ATTRIBUTIVE.search(s.text[max(0, t.start - 30) : t.start]):
        # "the recently retaken al-Sakhour neighbourhood": a participle, no subject
        controller_, inferred_ = _controller_from_context(s, objects, last_end, t.text)
        if controller_ is not None and not s.suppressed(t.start, t.start, last_end):
            q0, q1 = max(0, t.start), s.quote_end(last_end)
            for i in objects:
                out.append(_Event(i, controller_, "captured", q0, q1, t.text, inferred_))
        return
    subj = s.subject_before(t.start, adjacent=adjacent)
    inferred = False
    qend = s.quote_end(last_end)
    if kind == "loss":
        to_agent = s.agent_after(last_end, _TO)
        by_agent = s.agent_after(last_end, _AGENT_BY) if to_agent is None else None
        winner = to_agent or by_agent
        if winner is not None and winner.party in CONTROLLERS:
            controller: str | None = winner.party
            qend = winner.end
        elif subj is not None and subj.party in CONTROLLERS:
            controller, inferred = s.opponent(subj.party), True
        else:
            controller = None
    elif subj is not None and subj.party in CONTROLLERS:
        controller = subj.party
    elif kind == "capture":
        frm = s.agent_after(last_end, _FROM)
        controller = s.opponent(frm.party) if frm is not None and frm.party in CONTROLLERS else None
        inferred = controller is not None
    else:
        controller = None
    if controller is None:
        return
    near = subj is not None and t.start - subj.end <= 80
    qstart = s.subject_start(subj) if subj is not None and near else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    event = "held" if kind == "hold" else "captured"
    for i in objects:
        out.append(_Event(i, controller, event, qstart, qend, t.text, inferred))


def _relative(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACE(, the district) which|that SUBJECT (had) v -> the subject's event on PLACE."""
    cands = [i for i, p in enumerate(s.places) if p.end <= t.start]
    if not cands:
        return
    i = cands[-1]
    gap = s.text[s.places[i].end : t.start]
    if len(gap) > 100 or ";" in gap:
        return
    rel = None
    for m in _RELATIVE.finditer(gap):
        rel = m
    if rel is None:
        return
    rel_pos = s.places[i].end + rel.end()
    subj = s.subject_before(t.start, adjacent=True)
    if subj is None or subj.start < rel_pos or subj.party not in CONTROLLERS:
        return
    if not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", s.text[rel_pos : subj.start]):
        return
    if s.blocked(s.places[i].end, s.places[i].end + rel.start()):
        return
    if s.suppressed(subj.start, t.start, t.end):
        return
    inferred = False
    if kind == "loss":
        controller = s.opponent(subj.party)
        inferred = True
        if controller is None:
            return
    else:
        controller = subj.party
    event = "held" if kind == "hold" else "captured"
    out.append(_Event(i, controller, event, s.places[i].start, t.end, t.text, inferred))


def _passive_capture(s: _Sentence, t: _Trigger, out: list[_Event]) -> bool:
    """PLACES (was|were|has been) v (by AGENT). Returns True when the trigger was passive."""
    form = _norm_phrase(t.text)
    if form not in s.g.participles:
        return False
    aux = _BE_AUX.search(s.text[max(0, t.start - 60) : t.start])
    agent = s.agent_after(t.end, _AGENT_BY)
    objects = s.objects_after(t.end)
    if aux is None and (agent is None or objects):
        return False  # active past tense ("troops captured X")
    subjects = s.places_before(t.start)
    if not subjects:
        return True
    inferred = False
    qend = t.end
    if agent is not None and agent.party in CONTROLLERS:
        controller: str | None = agent.party
        qend = agent.end
    elif agent is not None:
        return True  # by Islamic State, by activists...
    else:
        controller, inferred = _controller_from_context(s, subjects, t.end, t.text)
    if controller is None:
        return True
    if s.suppressed(s.places[subjects[0]].start, t.start, qend):
        return True
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))
    return True


def _place_then_agent(s: _Sentence, t: _Trigger, out: list[_Event], event: str) -> None:
    """PLACES v AGENT: fall_to (captured) and held_by (held)."""
    agent = s.actor_at(t.end)
    if agent is None or agent.party not in CONTROLLERS:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, agent.end):
        return
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, agent.party, event, qstart, agent.end, t.text, False))


def _place_then_party(s: _Sentence, t: _Trigger, out: list[_Event], kind: str) -> None:
    """PLACES change_to|slip_from PARTY control|hands; PLACES under PARTY control / in PARTY hands."""
    if kind in ("under", "hands"):
        m = (s.g.under_control if kind == "under" else s.g.in_hands).match(s.text, t.start)
        party = s.party_of_adjective(m.group("adj")) if m else None
        end = t.end
        inferred = False
        # "came under government control", "is back in government hands": a change of hands
        changed = s.g.change_prefix.search(s.text[max(0, t.start - 30) : t.start])
        event = "captured" if changed else "held"
    else:
        m = re.match(
            rf"\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm|sole)\s+)?(?P<adj>{s.g.adjective_alt})"
            rf"(?:['’]s)?\s+(?:control|rule|authority|hands)\b",
            s.text[t.end :],
            re.IGNORECASE,
        )
        if m:
            party = s.party_of_adjective(m.group("adj"))
            end = t.end + m.end()
        elif kind == "slip_from" and (loser := s.actor_at(t.end)) is not None and loser.party in CONTROLLERS:
            party, end = loser.party, loser.end  # "was wrested from the rebels"
        else:
            return
        inferred = kind == "slip_from"
        if inferred and party is not None:
            party = s.opponent(party)
        event = "captured"
    if party is None:
        return
    subjects = s.places_before(t.start)
    if not subjects:
        return
    if s.suppressed(s.places[subjects[0]].start, t.start, end):
        return
    qstart = s.places[subjects[0]].start
    for i in subjects:
        out.append(_Event(i, party, event, qstart, end, t.text, inferred))


def _held_adjective(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """PARTY-held PLACES ("rebel-held Sukkari", "the government-held district of Jibreen")."""
    m = s.g.held_adjective.match(s.text, t.start)
    party = s.party_of_adjective(m.group("adj")) if m else None
    if party is None:
        return
    first = next((i for i, p in enumerate(s.places) if p.start >= t.end), None)
    if first is None or not _HELD_ADJ_GAP.fullmatch(s.text, t.end, s.places[first].start):
        # appositive: "Sheikh Maqsoud, a Kurdish-controlled enclave"
        before = [i for i, p in enumerate(s.places) if p.end <= t.start]
        if before and _APPOSITIVE.fullmatch(s.text, s.places[before[-1]].end, t.start):
            i = before[-1]
            s.held_modifier[i] = (party, t.start)
            out.append(_Event(i, party, "held", s.places[i].start, s.quote_end(t.end), t.text, False))
        return
    objects = [first]
    j = first + 1
    while j < len(s.places) and s.list_gap_ok(s.places[j - 1].end, s.places[j].start) and s.follow_ok(j):
        objects.append(j)
        j += 1
    qend = s.quote_end(s.places[objects[-1]].end)
    for i in objects:
        s.held_modifier[i] = (party, t.start)
        out.append(_Event(i, party, "held", t.start, qend, t.text, False))


def _expel(s: _Sentence, t: _Trigger, out: list[_Event]) -> None:
    """SUBJECT v LOSER out of|from PLACES ("troops drove the rebels out of Sakhour")."""
    if _BE_AUX.search(s.text[max(0, t.start - 40) : t.start]):
        return  # "rebels were driven out of X" is a loss (see the loss verbs)
    m = re.match(r"\s+((?:[\w'’\-]+\s+){1,5}?)(?:out\s+of|from)\b", s.text[t.end :], re.IGNORECASE)
    if not m:
        return
    np_start, np_end = t.end + m.start(1), t.end + m.end(1)
    losers = [a for a in s.actors if np_start <= a.start and a.end <= np_end]
    if not losers:
        return  # "forced civilians out of X" is no change of control
    loser = losers[0]
    objects = s.objects_after(t.end + m.end())
    if not objects:
        return
    subj = s.subject_before(t.start)
    inferred = False
    if subj is not None and subj.party in CONTROLLERS and subj.party != loser.party:
        controller: str | None = subj.party
    else:
        controller, inferred = (s.opponent(loser.party) if loser.party in CONTROLLERS else None), True
    if controller is None:
        return
    qend = s.quote_end(s.places[objects[-1]].end)
    qstart = s.subject_start(subj) if subj is not None and t.start - subj.end <= 80 else t.start
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


_POSSESSIVE_ACTOR_GAP = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}$")


def _nominal(s: _Sentence, t: _Trigger, out: list[_Event], loss: bool) -> None:
    """(AGENT's) capture|fall|loss of PLACES (by|to AGENT)."""
    objects = s.objects_after(t.end)
    if not objects:
        return
    last_end = s.places[objects[-1]].end
    qend = s.quote_end(last_end)
    if _MODAL_AFTER.match(s.text, qend):
        return  # "the fall of Sakhour would slice the enclave in half"
    by_agent = s.agent_after(last_end, _AGENT_BY)
    to_agent = s.agent_after(last_end, _TO)
    # possessive or supported subject before the nominal
    pre: _Actor | None = None
    for a in sorted(s.actors, key=lambda a: -a.end):
        if a.end > t.start:
            continue
        between = s.text[a.end : t.start]
        if _POSSESSIVE_ACTOR_GAP.match(between):
            pre = a
        elif len(between) <= 50 and s.g.nominal_support.search(between) and re.fullmatch(r"[\w\s'’\-]*", between):
            pre = a
        break
    inferred = False
    controller: str | None = None
    qstart = pre.start if pre is not None else t.start
    winner = to_agent or (by_agent if not loss else None)
    if winner is not None and winner.party in CONTROLLERS:
        controller = winner.party
        qend = winner.end
    elif pre is not None and pre.party in CONTROLLERS:
        if loss:
            controller, inferred = s.opponent(pre.party), True
        elif "fall" not in t.text.lower():
            controller = pre.party
    if controller is None and not loss:
        controller, inferred = _controller_from_context(s, objects, last_end, "")
    if controller is None:
        return
    if s.suppressed(qstart, t.start, qend):
        return
    for i in objects:
        out.append(_Event(i, controller, "captured", qstart, qend, t.text, inferred))


# ---------------------------------------------------------------------------------------------
# public entry point


def control_mentions(sentence: str) -> list[ControlMention]:
    """Control changes (``captured``) and stated control (``held``) of named districts.

    ``sentence`` is one sentence; the offsets of each mention are into it. Returns [] for text
    without a named neighbourhood or without a control statement. See the module docstring
    for the rules.
    """
    if not sentence or not isinstance(sentence, str):
        return []
    if not find_places(sentence):  # cheap test first: most sentences name no district
        return []
    s = _Sentence(sentence, _grammar())
    if not s.places or not s.triggers:
        return []
    events: list[_Event] = []
    # modifiers first: they feed the controller of agentless passives elsewhere in the sentence
    for t in s.triggers:
        if t.kind == "held_adjective":
            _held_adjective(s, t, events)
    for t in s.triggers:
        kind = t.kind
        if kind == "capture":
            if not _passive_capture(s, t, events):
                _active(s, t, events, "capture")
        elif kind in ("loss", "hold"):
            _active(s, t, events, kind)
        elif kind == "fall_to":
            _place_then_agent(s, t, events, "captured")
        elif kind == "held_by":
            _place_then_agent(s, t, events, "held")
        elif kind in ("change_to", "slip_from", "under", "hands"):
            _place_then_party(s, t, events, kind)
        elif kind == "expel":
            _expel(s, t, events)
        elif kind == "nominal_capture":
            _nominal(s, t, events, loss=False)
        elif kind == "nominal_loss":
            _nominal(s, t, events, loss=True)
    captured_places = {e.place for e in events if e.event == "captured"}
    out: list[ControlMention] = []
    seen: set[tuple[str, str, str, int]] = set()
    for e in sorted(events, key=lambda e: (s.places[e.place].start, e.qstart)):
        if e.event == "held" and e.place in captured_places:
            continue
        p = s.places[e.place]
        key = (p.neighbourhood.name, e.controller, e.event, e.place)
        if key in seen:
            continue
        seen.add(key)
        qstart, qend = min(e.qstart, p.start), max(e.qend, p.end)
        out.append(
            ControlMention(
                neighbourhood=p.neighbourhood.name,
                controller=e.controller,
                event=e.event,
                surface=p.surface,
                quote=sentence[qstart:qend],
                start=qstart,
                end=qend,
                trigger=e.trigger,
                inferred=e.inferred,
            )
        )
    return out
