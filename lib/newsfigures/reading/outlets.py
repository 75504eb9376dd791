"""Outlets: whose page an article is, and which news agency's copy it runs.

The known outlets are data (``data/outlets.yaml``): canonical name, the names the outlet
writes itself under, whether it is a news agency (a *wire*), its web domains and furniture
only it prints. :func:`infer_outlet` reads the evidence a scraped page carries, strongest
first:

* **site** evidence names the page's publisher: a header or site-name line
  ("TASS | Russian News Agency", "The Daily Star"), a page-title line ending in a name
  ("Aleppo falls | BBC News"), the outlet's own furniture ("Get our Today's Headlines
  newsletter"), a copyright line of a publisher, "More from SANA", "Sign up for Newsweek's
  daily newsletter", "Source: CNN", a web address, or a dateline naming a publisher that is
  not an agency ("(CNN) -");
* **wire** evidence names the agency whose copy the text is: a dateline tag ("BEIRUT, Nov. 30
  (UPI) --", "MOSCOW, December 14. /TASS/.", "Aleppo, SANA -"), an agency byline or credit
  line ("Associated Press", "Reuters" at the foot, "(Reporting by ...; Editing by ...)"),
  an agency's copyright line, or the agency speaking of itself ("told AFP", "an AFP
  correspondent saw");
* **self-reference** of a publisher in the body ("told CNN", "ABC News was told by") is the
  weakest: used only when nothing else names an outlet, and only when one publisher does it.

The outlet is the site when known, else the wire, else the self-reference; the wire is
recorded beside it. Names in reported speech otherwise count for nothing ("the BBC's Lyse
Doucet", "according to Reuters"): being wrong is worse than being empty.

>>> infer_outlet(top=["TASS | Russian News Agency"], paragraphs=["Title",
...     "MOSCOW, December 14. /TASS/. Troops took Sukari."]).outlet
'TASS'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from ..lexicon import load_yaml, phrase_tree
from ..regexstore import compile as compile_regex


@dataclass(frozen=True)
class Outlet:
    name: str
    names: tuple[str, ...]
    wire: bool
    domains: tuple[str, ...]
    furniture: tuple[re.Pattern[str], ...]
    aggregator: bool = False
    organisation: bool = False   # a UN body, NGO, monitor or think tank rather than a news outlet


@dataclass(frozen=True)
class OutletMention:
    outlet: Outlet
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class OutletInference:
    outlet: str
    wire: str
    method: str      # inferred:<kind> (evidence) | none
    evidence: str


# --------------------------------------------------------------------------- lexicon

@functools.lru_cache(maxsize=None)
def known_outlets() -> tuple[Outlet, ...]:
    raw = load_yaml("outlets.yaml")
    out = []
    for name, spec in raw.items():
        spec = spec or {}
        out.append(Outlet(name=name, names=tuple(spec.get("names") or [name]), wire=bool(spec.get("wire")),
                          domains=tuple(spec.get("domains") or ()),
                          furniture=tuple(compile_regex(p, re.M) for p in spec.get("furniture") or ()),
                          aggregator=bool(spec.get("aggregator")),
                          organisation=spec.get("kind") == "organisation"))
    return tuple(out)


def _exact_case(name: str) -> bool:
    """Short one-word names (AFP, AP, CNN, dpa) match only as written; others in any case."""
    return " " not in name and len(name) <= 5


@functools.lru_cache(maxsize=None)
def _name_index() -> tuple[re.Pattern[str], dict[str, Outlet], dict[str, Outlet]]:
    exact: dict[str, Outlet] = {}
    folded: dict[str, Outlet] = {}
    for o in known_outlets():
        for n in (o.name,) + o.names:
            if _exact_case(n):
                exact.setdefault(n, o)
            else:
                folded.setdefault(n.lower(), o)
    # the names as letter trees: at each place the longest name that fits, as an alternation
    # longest first would match, several times faster (see lexicon.phrase_tree)
    pattern = compile_regex(rf"(?<![\w-])(?:(?i:{phrase_tree(folded)})|{phrase_tree(exact)})(?![\w-])")
    return pattern, exact, folded


def _lookup(text: str) -> Outlet | None:
    _, exact, folded = _name_index()
    text = re.sub(r"\s+", " ", text.strip())
    return exact.get(text) or folded.get(text.lower())


def find_outlet_names(text: str) -> list[OutletMention]:
    """Every known outlet name written in ``text`` (longest name first at each place)."""
    pattern = _name_index()[0]
    out = []
    for m in pattern.finditer(text):
        o = _lookup(m.group(0))
        if o is not None:
            out.append(OutletMention(o, m.start(), m.end(), m.group(0)))
    return out


def resolve_outlet(name: str) -> Outlet | None:
    """The known outlet a name stands for: the whole name, else the first outlet named in it
    ("BBC (republished by viewsaround.net)" -> BBC News); None for unknown names."""
    if not name or not str(name).strip():
        return None
    whole = _lookup(str(name).strip().removeprefix("the ").removeprefix("The "))
    if whole is not None:
        return whole
    found = find_outlet_names(str(name))
    return found[0].outlet if found else None


# --------------------------------------------------------------------------- evidence forms

#: a copyright line: "© 2016 The Washington Post", "Copyright 2016 The Associated Press. All rights ..."
_COPYRIGHT_MARK = r"(?:©|\(c\)|copyright\b)"
_COPYRIGHT = compile_regex(rf"^\s*{_COPYRIGHT_MARK}\s*{_COPYRIGHT_MARK}?\s*"
                        r"(?P<years>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*(?P<rest>.{2,240})$", re.I)
#: a site's own prompts: "More from SANA", "Sign up for Newsweek's daily newsletter"
_PROMPT = compile_regex(r"^(?:more (?:from|on|at)|sign up (?:for|to)|subscribe to|follow|like|read more (?:from|on))\s+"
                     r"(?:the\s+)?(?P<rest>.{2,80})$", re.I)
#: a page naming where its text comes from: "Report from UN OCHA", "This article originally
#: appeared in The Guardian", "Republished from Xinhua": the originator is the outlet
_ORIGIN = compile_regex(r"^(?:(?:a |this )?(?:report|news and press release|statement|article|story)\s+(?:from|by)|"
                     r"(?:this (?:article|story|report) )?(?:was )?(?:originally|first) (?:published|appeared|ran) (?:by|in|on|at)|"
                     r"republished (?:from|with permission (?:from|of))|reprinted (?:from|with permission (?:from|of)))\s+"
                     r"(?:the\s+)?(?P<rest>.{2,90})$", re.I)
#: the boilerplate closing a press release: "About SAMS: The Syrian American Medical Society is ..."
_ABOUT = compile_regex(r"^about\s+(?:the\s+)?(?P<rest>.{2,80}?)(?::|$)", re.I)
#: "Source: Al Jazeera and news agencies"
_SOURCE_LINE = compile_regex(r"^sources?\s*:\s*(?P<rest>.{2,80})$", re.I)
#: an agency byline: "By Reuters", "— AFP", "(AP)", "Reuters staff"
_BYLINE = compile_regex(r"^(?:by\s+|[-—–]\s*|\()?(?P<name>[^()\n]{2,40}?)(?:\s+(?:staff|reporters?|wire|news service))?\)?\.?$", re.I)
#: a byline naming the outlet after the writers, or an agency with the place it files from:
#: "By Sarah El Deeb and Philip Issa, Associated Press", "Reuters in Beirut"
_BYLINE_OUTLET = compile_regex(r"^(?:by\s+[^,|]{2,80}?[,|]\s*(?:the\s+)?(?P<name>[^,|]{2,50}?)|(?P<agency>[^,|]{2,40}?)\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*$", re.I)
#: agency credits: "Additional reporting by AFP", "Associated Press contributed to this report."
_CONTRIBUTED = compile_regex(r"^(?:\(|\[)?(?:additional reporting by|with reporting (?:from|by)|material from)\s+(?P<rest>.{2,80}?)[)\].]?$|"
                          r"^(?P<rest2>.{2,60}?)\s+contributed (?:to )?(?:this )?report(?:ing)?\.?$|"
                          # "Associated Press writers Jane Doe in Damascus and John Roe in Geneva contributed."
                          r"^(?P<rest3>[^.]{2,40}?)\s+(?:writers?|reporters?|correspondents?|staff)\b[^.]{0,120}?\s+contributed\.?$", re.I)
#: the Reuters sign-off: "(Reporting by Tom Perry; Editing by Mark Heinrich)"
_REUTERS_SIGNATURE = compile_regex(r"\((?:Additional )?[Rr]eporting by [^()]{2,200}?;\s*(?:[Ww]riting|[Ee]diting) by [^()]{2,200}\)")
#: a web address in a furniture line: "www.sana.sy", "https://edition.cnn.com/..."
_TLD = r"(?:com|net|org|int|edu|info|news|tv|co\.uk|org\.uk|com\.au|com\.cn|com\.tr|com\.lb|[a-z]{2})"
_DOMAIN = compile_regex(rf"(?<![\w@.-])(?:https?://)?(?P<host>(?:[\w-]+\.)+{_TLD})(?=[/\s),;:|]|$)", re.I)

_DASH = r"(?:--|[-—–])"
#: a dateline: places, maybe a date, then an agency or outlet tag, then a dash or colon
_DATELINE_HEAD = compile_regex(rf"^(?P<head>[A-Z][^\n]{{0,110}}?|)\s*(?P<tag>\((?P<t1>[^()]{{2,40}})\)\s*{_DASH}|/(?P<t2>[^/]{{2,30}})/\.?(?:\s*{_DASH})?)")
#: a dateline naming the outlet after a comma: "Aleppo, SANA -", "Aleppo Province, The Syrian Observatory ...:"
_DATELINE_COMMA = compile_regex(rf"^(?P<head>[A-Z][\w .'()-]{{1,60}}?),\s*(?P<t3>[A-Z][\w .'&-]{{1,60}}?)\s*(?:{_DASH}|:)")
#: what may stand before a dateline tag: capitalised place words, day numbers, years, punctuation
_TAG_OK = compile_regex(r"^(?:[A-Z][\w'.-]*|de|al|el|of|and|the|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|[,.()/]|\s)*$")

#: an outlet speaking of itself in the body: "told CNN", "spoke to Al Jazeera" ...
_SELF_VERB = r"(?:told|spoke to|speaking to|said in an interview with|in an interview with)"
#: ... unless it is cited as another outlet: "told the Reuters news agency", "told Syrian TV channel"
_CITING_NOUN = r"(?:news agency|agency|correspondent|reporter|television|TV|newspaper|programme|program|network|channel)"


def _named(text: str) -> Outlet | None:
    """The outlet a short piece of furniture is the name of ("The Daily Star", "TASS"), if any."""
    text = text.strip(" .,:;|-—–")
    return _lookup(text) or _lookup(re.sub(r"^the\s+", "", text, flags=re.I))


def _header_outlet(line: str) -> tuple[Outlet, str, bool] | None:
    """(outlet, how, with a section name) for a site-name line ("BBC News | Middle East",
    "Newsweek") or a page-title line ending in the site ("Aleppo falls | BBC News")."""
    if len(line.split()) > 14 or line.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return None
    parts = re.split(r"\s*[|·•»]\s*|\s+/\s+|\s[-—–]\s", line.strip())
    first = _named(parts[0])
    if first is not None:
        rest = " ".join(parts[1:])
        if len(rest.split()) <= 8:
            return first, "site_name", bool(rest)
    if len(parts) > 1:
        last = _named(parts[-1])
        # "Aleppo falls - BBC News" names the site; "500 children trapped - UNICEF" names a source,
        # as news headlines do: an organisation ends a page title only after a bar
        barred = re.search(r"[|·•»]\s*(?:the\s+)?" + re.escape(parts[-1].strip()) + r"\s*$", line, re.I)
        if last is not None and not last.wire and (not last.organisation or barred):
            return last, "page_title", True
    return None


@dataclass
class _Evidence:
    outlet: Outlet
    kind: str      # site (the page) | origin (what the page republishes) | wire (agency copy) | self (body self-reference)
    how: str
    text: str


def _line_evidence(line: str, where: str) -> list[_Evidence]:
    """Evidence from one furniture line (``where``: top, furniture or bottom of the page)."""
    out: list[_Evidence] = []
    s = line.strip()
    if not s:
        return out
    for o in known_outlets():
        for p in o.furniture:
            if p.search(s):
                out.append(_Evidence(o, "wire" if o.wire and _named(s) is o else "site", "page_furniture", s))
                break
    m = _COPYRIGHT.match(s)
    if m and (m.group("years") or re.search(r"all rights reserved|copyright", s, re.I)):
        names = find_outlet_names(m.group("rest"))
        if names and names[0].start <= 8:
            o = names[0].outlet
            out.append(_Evidence(o, "wire" if o.wire else "site", "copyright", s))
        return out
    m = _CONTRIBUTED.match(s)
    if m:
        for mention in find_outlet_names(m.group("rest") or m.group("rest2") or m.group("rest3") or ""):
            if mention.outlet.wire:
                out.append(_Evidence(mention.outlet, "wire", "wire_credit", s))
        return out
    m = _PROMPT.match(s)
    if m:
        names = find_outlet_names(m.group("rest"))
        if names and names[0].start == 0:
            out.append(_Evidence(names[0].outlet, "site", "site_prompt", s))
        return out
    m = _ORIGIN.match(s)
    if m:
        names = find_outlet_names(m.group("rest"))
        if names and names[0].start <= 4:
            out.append(_Evidence(names[0].outlet, "origin", "origin_credit", s))
            return out
    m = _ABOUT.match(s)
    if m:  # the boilerplate closing a press release: "About SAMS: The Syrian American ..."
        o = _named(m.group("rest"))
        described = re.match(r"^about\s+[^:]{2,80}:\s*\S", s, re.I)
        if o is not None and (described or where == "bottom"):  # not an explainer's crosshead
            out.append(_Evidence(o, "wire" if o.wire else "site", "about_line", s))
            return out
    m = _SOURCE_LINE.match(s)
    if m:
        names = find_outlet_names(m.group("rest"))
        # "Source: Al Jazeera and news agencies" names the page; "Source: UN OCHA" under a chart, the data
        if names and names[0].start <= 4 and not names[0].outlet.organisation:
            o = names[0].outlet
            out.append(_Evidence(o, "wire" if o.wire else "site", "source_line", s))
        return out
    header = _header_outlet(s)
    if header is not None:
        o, how, sectioned = header
        bare = _named(re.sub(r"^by\s+", "", s, flags=re.I)) is o
        if o.wire and (bare or how != "site_name"):
            out.append(_Evidence(o, "wire", "wire_byline", s))
        elif sectioned or where == "top":
            # a bare name inside the page is a crosshead ("Amnesty International"), not the site
            out.append(_Evidence(o, "site", how, s))
        return out
    m = _BYLINE_OUTLET.match(s)
    if m:
        o = _named(m.group("name") or m.group("agency") or "")
        if o is not None and (o.wire or m.group("name")):
            out.append(_Evidence(o, "wire" if o.wire else "site", "byline", s))
            return out
    m = _BYLINE.match(s)
    if m and s.lower().startswith(("by ", "-", "—", "–", "(")):
        o = _named(m.group("name"))
        if o is not None and o.wire:
            out.append(_Evidence(o, "wire", "wire_byline", s))
    for dm in _DOMAIN.finditer(s):
        host = dm.group("host").lower()
        for o in known_outlets():
            if any(host == d or host.endswith("." + d) for d in o.domains):
                out.append(_Evidence(o, "wire" if o.wire else "site", "web_address", s))
                break
    return out


def dateline_tag(paragraph: str) -> tuple[Outlet, str] | None:
    """The outlet or agency tag of a dateline at the start of ``paragraph``:
    "BEIRUT, Lebanon, Nov. 30 (UPI) --", "MOSCOW, December 14. /TASS/.", "(CNN) -",
    "Aleppo, SANA -", "Aleppo Province, The Syrian Observatory for Human Rights:"."""
    head = paragraph[:220]
    m = _DATELINE_HEAD.match(head)
    if m and _TAG_OK.match(m.group("head") or ""):
        o = _named(m.group("t1") or m.group("t2") or "")
        if o is not None:
            return o, m.group(0).strip()
    m = _DATELINE_COMMA.match(head)
    if m and _TAG_OK.match(m.group("head")):
        o = _named(m.group("t3"))
        if o is not None:
            return o, m.group(0).strip()
    return None


#: an organisation naming itself as the author: "SOHR was informed", "Crisis Group looks at"
_ORG_SELF_AFTER = compile_regex(
    r"\s+(?:(?:also|further)\s+)?(?:(?:was|were|has been)\s+(?:informed|able to document)|"
    r"(?:got|obtained|received)\s+(?:confirmed\s+)?information|looks at|looked at|examines)\b", re.I)
#: ... or a document naming its producer: "This update was produced by OCHA", a footer "Produced by"
_ORG_SELF_BEFORE = compile_regex(
    r"(?:\bthis\s+(?:[\w-]+\s+){0,2}(?:report|update|sitrep|bulletin|note|brief|briefing|release|statement|"
    r"overview|snapshot|document|analysis|paper)\s+(?:is|was|has\s+been)\s+|(?:^|\n)\W{0,3})"
    r"(?:produced|prepared|compiled|issued|published)\s+by\s+(?:the\s+)?\Z", re.I)


#: an organisation narrating in its own first person: "we have identified 9 hospitals", "our teams"
_WE_VOICE = compile_regex(
    r"\bour\s+(?:teams?|staff|volunteers|partners|colleagues|doctors|surgeons|facilities|hospitals|clinics|"
    r"researchers|analysts)\b|"
    r"\bwe\s+(?:have\s+|had\s+|also\s+|are\s+|were\s+)?(?:identified|delivered|provided|distributed|supported|"
    r"evacuated|documented|recorded|call|urge|appeal|"
    r"(?:deeply\s+)?(?:concerned|alarmed|ready|working|providing|supporting))\b",
    re.I,
)


def _we_voice(top: list[str], paragraphs: list[str]) -> list[_Evidence]:
    """An organisation named in the page's first lines whose text narrates as "we" (outside
    quotes): "WHO: hospitals out of service" ... "we have identified 9 hospitals"."""
    head = [ln for ln in top if ln.strip()][:3] + [p for p in paragraphs if p.strip()][:1]
    orgs = {m.outlet.name: m for ln in head for m in find_outlet_names(ln) if m.outlet.organisation}
    if len(orgs) != 1:
        return []
    for para in paragraphs[:8]:
        unquoted = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", " ", para)
        m = _WE_VOICE.search(unquoted)
        if m:
            (mention,) = orgs.values()
            return [_Evidence(mention.outlet, "self", "self_reference", unquoted[max(0, m.start() - 20):m.end() + 20])]
    return []


def _self_references(body: str) -> list[_Evidence]:
    out: list[_Evidence] = []
    for mention in find_outlet_names(body):
        before = body[max(0, mention.start - 40):mention.start]
        after = body[mention.end:mention.end + 40]
        if mention.outlet.organisation:
            # "a survivor told Amnesty", "the MSF team": an organisation at work, not the page;
            # but "SOHR was informed", "Crisis Group looks at", "produced by OCHA" name the author
            if _ORG_SELF_AFTER.match(after) or _ORG_SELF_BEFORE.search(body[max(0, mention.start - 90):mention.start]):
                out.append(_Evidence(mention.outlet, "self", "self_reference",
                                     body[max(0, mention.start - 20):mention.end + 20].replace("\n", " ")))
            continue
        if re.match(r"['’]s\s+(?:own\s+)?(?:correspondents?|reporters?|crew)\b(?!\s+[A-Z])", after):
            out.append(_Evidence(mention.outlet, "wire" if mention.outlet.wire else "self", "self_reference",
                                 body[max(0, mention.start - 20):mention.end + 20].replace("\n", " ")))
            continue  # "RT's correspondent said": the outlet's own reporter
        if after.startswith(("'s", "’s")):
            continue  # "the BBC's Lyse Doucet": a colleague named, not a page
        told = re.search(rf"\b{_SELF_VERB}\s+(?:the\s+)?$", before) and not re.match(rf"\s+{_CITING_NOUN}\b", after)
        if told or \
                re.match(r"\s+(?:was told|has learned|has learnt|has obtained|obtained|understands|has confirmed)\b", after) or \
                (re.search(r"\b(?:an?|the)\s+$", before) and
                 re.match(r"\s+(?:correspondent|reporter|photographer|journalist|team)\b", after)):
            kind = "wire" if mention.outlet.wire else "self"
            out.append(_Evidence(mention.outlet, kind, "self_reference",
                                 body[max(0, mention.start - 20):mention.end + 20].replace("\n", " ")))
    return out


#: the author's line closing a page: "Jane Doe is a contributor to Al-Monitor's Turkey Pulse",
#: "John Smith is a columnist for The National"
_TAGLINE = compile_regex(
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:contributor|columnist|correspondent|"
    r"writer|reporter|editor|analyst|commentator)\s+(?:to|for|at|with)\s+(?P<rest>.{2,120})$")


def _author_tagline(paragraphs: list[str], bottom: list[str]) -> list[_Evidence]:
    """The outlet an author's closing line works for (a paragraph of its own, among the page's
    last two paragraphs or its bottom lines), named first in what follows "contributor to"."""
    for line in [p for p in paragraphs if p.strip()][-2:] + list(bottom):
        m = _TAGLINE.match(line.strip())
        if not m:
            continue
        names = find_outlet_names(m.group("rest"))
        if names and names[0].start <= 4 and not names[0].outlet.organisation:
            o = names[0].outlet
            return [_Evidence(o, "wire" if o.wire else "site", "author_tagline", line.strip())]
    return []


def infer_outlet(top: Iterable[str] = (), furniture: Iterable[str] = (), paragraphs: Iterable[str] = (),
                 bottom: Iterable[str] = (), captions: Iterable[str] = ()) -> OutletInference:
    """Outlet and wire of a page from its top lines, furniture, body paragraphs and bottom lines.
    Photo captions count only through an outlet's own caption style (its furniture patterns):
    a credit "(AFP)" under a photo says who took the picture, not whose text it is."""
    paragraphs = list(paragraphs)
    evidence: list[_Evidence] = []
    seen: set[str] = set()
    caption_set = set(captions)
    bottom = [ln for ln in bottom if ln not in caption_set]
    furniture = [ln for ln in furniture if ln not in caption_set]
    for where, lines in (("top", top), ("furniture", furniture), ("bottom", bottom)):
        for line in lines:
            if line in seen:
                continue
            seen.add(line)
            evidence.extend(_line_evidence(line, where))
    for line in caption_set:
        for o in known_outlets():
            if not o.wire and any(p.search(line) for p in o.furniture):
                evidence.append(_Evidence(o, "site", "page_furniture", line))
                break
    for para in paragraphs[:4]:
        tag = dateline_tag(para)
        if tag is not None:
            o, text = tag
            evidence.append(_Evidence(o, "wire" if o.wire else "site", "dateline", text))
            break
    body = "\n\n".join(paragraphs)
    for m in _REUTERS_SIGNATURE.finditer(body):
        o = _named("Reuters")
        if o is not None:
            evidence.append(_Evidence(o, "wire", "wire_credit", m.group(0)[:60]))
    evidence.extend(_self_references(body))
    # a footer naming its producer: "This flash update was produced by OCHA Syria ..."
    evidence.extend(e for e in _self_references("\n".join(bottom)) if e.outlet.organisation)
    evidence.extend(_we_voice(list(top), paragraphs))
    evidence.extend(_author_tagline(paragraphs, bottom))

    # the originator a page credits comes first; a republisher yields to what it republishes
    site = [e for e in evidence if e.kind == "origin"] + [e for e in evidence if e.kind == "site"]
    site.sort(key=lambda e: e.outlet.aggregator)
    wires = [e for e in evidence if e.kind == "wire"]
    selfs = [e for e in evidence if e.kind == "self"]
    wire_rank = ("dateline", "wire_byline", "byline", "wire_credit", "copyright", "source_line", "page_furniture",
                 "web_address", "self_reference")
    wires.sort(key=lambda e: wire_rank.index(e.how) if e.how in wire_rank else len(wire_rank))
    wire = wires[0] if wires else None
    notes = []
    if site and site[0].outlet.aggregator and wire is not None:
        chosen = wire  # "AFP (via Yahoo News)": the agency is the outlet
        notes.append(f"republished by {site[0].outlet.name}")
    elif site:
        chosen = site[0]
        others = sorted({e.outlet.name for e in site} - {chosen.outlet.name})
        if others:
            notes.append("also named: " + ", ".join(others))
    elif wire is not None:
        chosen = wire
    else:
        distinct = {e.outlet.name for e in selfs}
        if len(distinct) != 1:
            if distinct:
                return OutletInference("", "", "none", "self-references to several outlets: " + ", ".join(sorted(distinct)))
            return OutletInference("", "", "none", "no outlet named in the page furniture or dateline")
        chosen = selfs[0]
    method = f"inferred:{chosen.how} ({chosen.text.strip()[:40]!r})"
    wire_name = wire.outlet.name if wire is not None else ""
    evid = [f"{e.kind}:{e.how} {e.outlet.name} ({e.text.strip()[:40]!r})" for e in (site[:1] + wires[:1] + (selfs[:1] if not site and not wires else []))]
    return OutletInference(chosen.outlet.name, wire_name, method, "; ".join(evid + notes))


def is_outlet_line(line: str) -> bool:
    """A short line that only names a known outlet (site-name line, furniture, agency byline):
    page furniture, not article text."""
    s = line.strip()
    if len(s.split()) > 8:
        return False
    if any(p.search(s) for o in known_outlets() for p in o.furniture):
        return True
    header = _header_outlet(s)
    return header is not None and header[1] == "site_name"
