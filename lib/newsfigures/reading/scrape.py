"""Scrape cleaning: decoding bytes, page furniture (captions, credits, link lists, prompts,
site-name lines and date stamps), Markdown to text, and the page's head and foot lines where
outlets and dates are read (:mod:`.outlets`, :mod:`.published`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..lexicon import load_yaml
from .outlets import is_outlet_line
from .published import is_date_stamp
from ..regexstore import compile as compile_regex



# --------------------------------------------------------------------------- lexicons
class ArticleError(ValueError):
    """A file that could not be read as an article; says which file and why."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@functools.lru_cache(maxsize=None)
def _furniture() -> dict[str, re.Pattern[str]]:
    """Each kind of page furniture in ``furniture.yaml`` as one regex: the alternation of its
    patterns, found in a line exactly when one of them is (they have no groups, backreferences
    or global flags), in one scan instead of one per pattern."""
    raw = load_yaml("furniture.yaml")
    return {key: compile_regex("|".join(f"(?:{p})" for p in pats) or "(?!)", re.I) for key, pats in raw.items()}


def _any(pattern: re.Pattern[str], line: str) -> bool:
    return pattern.search(line) is not None


# --------------------------------------------------------------------------- decoding

#: control characters other than the line and page breaks and tabs of ordinary text
_CONTROL_CHARS = compile_regex(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode_bytes(raw: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode file bytes to text; return (text, encoding). Raises ArticleError on binary data."""
    if not raw.strip():
        raise ArticleError(path, "empty file")
    sample = raw[:65536]
    if b"\x00" in sample:
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    encoding = "utf-8"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    if not text:
        text, encoding = _decode_legacy(raw)
    control = len(_CONTROL_CHARS.findall(text, 0, 65536))
    if control > max(10, len(text[:65536]) // 50):
        raise ArticleError(path, "binary file (too many control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return text, encoding


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """Non-UTF-8 bytes: Windows-1252 when it decodes to Western text (English news saved by
    Windows tools or old CMSs, and Latin-1, which it extends), else charset-normalizer's guess."""
    try:
        text = raw.decode("cp1252")
        odd = [ch for ch in text if ord(ch) > 127]
        western = sum(1 for ch in odd if 0xA0 <= ord(ch) <= 0xFF or 0x2010 <= ord(ch) <= 0x20AC)
        if not odd or western / len(odd) >= 0.9:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None:
        return str(best), best.encoding
    return raw.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------- cleaning

_TERMINAL = tuple(".!?:;…")
_CLOSERS = "\"'”’)]» "
_CREDIT_ONLY = compile_regex(r"^\(.*\)$")


# "- UN estimates about 50,000 people still trapped in rebel enclave": a live page's summary bullet
# is a sentence without its full stop (a bullet with a figure and a clause, not a link or a label)
_BULLET = compile_regex(r"^[-•*–]\s+(?P<text>[A-Z0-9\"'‘“].*)$")
_LINK_LIKE = compile_regex(r"^[^:]{1,30}:\s|\?$|\|", re.I)


_NUMBER_WORD = compile_regex(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
                             r"hundreds|thousands|half|third|quarter)\b", re.I)
# "UN: about 50,000 people still inside", "Red Cross: 3,000 out so far": a source's name before the colon
_PROMPT_LABEL = compile_regex(r"^(?:watch|read|listen|opinion|video|analysis|explainer|related|live|photos?|gallery|"
                              r"in pictures|comment|podcast|quiz|timeline|profile|q&a)\s*:", re.I)
_LABELLED = compile_regex(r"^(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*:\s+(?P<rest>.+)$")


def _summary_bullet(line: str) -> bool:
    m = _BULLET.match(line)
    if not m:
        return False
    text = m.group("text")
    labelled = _LABELLED.match(text)
    if labelled is not None and "|" not in text and not text.rstrip().endswith("?") \
            and not _PROMPT_LABEL.match(text):
        text = labelled.group("rest")  # the label is who says it; the rest must read as a sentence
    elif _LINK_LIKE.search(text):
        return False
    return len(text.split()) >= 5 and bool(re.search(r"\d", text) or _NUMBER_WORD.search(text))


# a site's menu on one line: "World | Business & Economy | Military & Defense": three items or
# more between bars, none longer than four words ("Rebels | army | Russia: who holds what in the
# city today, a guide" is a headline)
_MENU_BAR = compile_regex(r"\s+[|•·]\s+")


def _menu_line(line: str) -> bool:
    items = _MENU_BAR.split(line.strip())
    return len(items) >= 3 and all(0 < len(item.split()) <= 4 for item in items)


def _headline_like(line: str, max_words: int = 25) -> bool:
    return not line.rstrip(_CLOSERS).endswith(_TERMINAL) and len(line.split()) <= max_words


@dataclass
class _Cleaned:
    title: str
    paragraphs: list[str]
    captions: list[str]
    furniture: list[str]
    top: list[str] = field(default_factory=list)      # the first lines of the page, any kind
    bottom: list[str] = field(default_factory=list)   # the last lines of the page, any kind


_EDGE_LINES = 8  # lines at the head and foot of a page where site names, bylines and dates sit


def clean_scrape(text: str) -> _Cleaned:
    """Split a page scrape into title, body paragraphs, captions and furniture lines."""
    furn = _furniture()
    lines = [ln.strip() for ln in text.split("\n")]
    kind = ["body"] * len(lines)
    prev_nonempty = -1
    in_link_list = False
    for i, line in enumerate(lines):
        if not line:
            continue
        short_outlet = is_outlet_line(line) or is_date_stamp(line)
        if _any(furn["link_list_start"], line):
            kind[i] = "furniture"
            in_link_list = True
        elif in_link_list and len(line.split()) < 25:
            kind[i] = "furniture"
        elif _any(furn["drop_line"], line) or short_outlet:
            kind[i] = "furniture"
            in_link_list = False
        elif _any(furn["credit"], line):
            kind[i] = "caption"
            in_link_list = False
            # a caption followed by a credit-only line: "(George Ourfalian / AFP/Getty Images)"
            if _CREDIT_ONLY.match(line) and prev_nonempty >= 0 and i - prev_nonempty == 1:
                kind[prev_nonempty] = "caption"
        else:
            in_link_list = False
        if prev_nonempty >= 0 and line == lines[prev_nonempty] and kind[i] != "furniture":
            kind[i] = kind[prev_nonempty] = "caption"  # captions are often scraped twice
        prev_nonempty = i

    title = ""
    paragraphs: list[str] = []
    captions = [lines[i] for i in range(len(lines)) if kind[i] == "caption"]
    furniture = [lines[i] for i in range(len(lines)) if kind[i] == "furniture"]
    body_idx = [i for i in range(len(lines)) if lines[i] and kind[i] == "body"]
    # title: the first body line when it reads like a headline; the next one may be a standfirst
    start = 0
    # (a one-word masthead before it, "RUDAW", is page furniture, not the headline)
    while start < min(2, len(body_idx) - 1) and len(lines[body_idx[start]].split()) < 2 \
            and _headline_like(lines[body_idx[start + 1]], 30) and len(lines[body_idx[start + 1]].split()) >= 2:
        furniture.append(lines[body_idx[start]])
        start += 1
    # (a site's name and menu words before it, "BBC Homepage", "News", are furniture too: the
    # headline is the first headline-like line of four words or more, before the first paragraph)
    long_body = [i for i in body_idx if len(lines[i].split()) >= 20]
    first_long = long_body[0] if long_body else len(lines)
    lead = [k for k in range(start, min(len(body_idx), start + _EDGE_LINES)) if body_idx[k] < first_long]
    # (taglines and menus may run past the lead's first lines: every line before the first paragraph)
    candidates = [k for k in range(start, len(body_idx)) if body_idx[k] < first_long
                  and len(lines[body_idx[k]].split()) >= 4 and not _menu_line(lines[body_idx[k]])]
    headline = candidates[0] if candidates else None
    tagline: set[int] = set()
    # a site's tagline above its menu ("Exclusive news, data and analytics ...", then "World",
    # "Business", "Markets"): a line followed by two or more menu words before the next
    # headline-like line is the site's, not the article's
    for k in candidates[1:]:
        menu = sum(1 for j in range(body_idx[headline] + 1, body_idx[k]) if 0 < len(lines[j].split()) < 3)
        if menu < 2 or not _headline_like(lines[body_idx[k]], 30):
            break
        headline, tagline = k, tagline | {headline}
    if headline is not None and _headline_like(lines[body_idx[headline]], 30) \
            and all(len(lines[body_idx[k]].split()) < 4 or k in tagline or _menu_line(lines[body_idx[k]])
                    for k in range(start, headline)):
        furniture.extend(lines[body_idx[k]] for k in range(start, headline))
        start = headline
    title_line = body_idx[start] if body_idx else 0
    if body_idx and _headline_like(lines[body_idx[start]], 30) and len(lines[body_idx[start]].split()) >= 2:
        title = lines[body_idx[start]]
        paragraphs.append(title)
        start += 1
        if len(body_idx) > start and len(lines[body_idx[start]].split()) >= 6 and _headline_like(lines[body_idx[start]], 40):
            paragraphs.append(lines[body_idx[start]])
            start += 1
    pending = ""
    for i in body_idx[start:]:
        line = lines[i]
        if _headline_like(line) and not _summary_bullet(line):
            furniture.append(line)  # crossheads and inline related-story links
            continue
        if pending:
            joiner = "" if pending.endswith("-") else " "
            line = pending + joiner + line
            pending = ""
        if line.endswith("-") or (not line.rstrip(_CLOSERS).endswith(_TERMINAL) and i + 1 < len(lines) and lines[i + 1][:1].islower()):
            pending = line
            continue
        paragraphs.append(line)
    if pending:
        paragraphs.append(pending)
    # the page's head and foot: lines before the first and after the last long body paragraph
    last_long = long_body[-1] if long_body else len(lines)
    top = [ln for ln in lines[:first_long] if ln][:_EDGE_LINES]
    # the lines right under a headline further down the page (its date line, its byline)
    top += [ln for ln in lines[title_line:first_long] if ln and ln not in top][:_EDGE_LINES // 2]
    bottom = [ln for ln in lines[last_long + 1:] if ln][-_EDGE_LINES:]
    return _Cleaned(title, paragraphs, captions, furniture, top, bottom)


def _markdown_to_text(md: str) -> str:
    md = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", md)          # images -> alt text
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)           # links -> link text
    md = re.sub(r"^\s{0,3}#{1,6}\s*", "", md, flags=re.M)      # headings
    md = re.sub(r"^\s{0,3}>\s?", "", md, flags=re.M)           # block quotes
    md = re.sub(r"(\*\*|__)(.+?)\1", r"\2", md)                # bold
    md = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", md)  # italics
    return md


#: elements whose text a reader does not see as the article (left out by the visible-text fallback)
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form",
                        "button", "select", "svg", "iframe", "head", "title"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                     "h6", "blockquote", "br", "tr", "table", "figure", "figcaption", "dd", "dt", "pre", "hr"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed"})


class _VisibleText(HTMLParser):
    """Text outside invisible elements, a paragraph break at every block element. The standard
    library's parser streams tags and has no nesting limit (libxml2, under trafilatura, stops
    reading below 255 levels of nesting)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []  # open invisible elements

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE and tag not in _VOID:
            self.hidden.append(tag)
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if self.hidden and tag == self.hidden[-1]:
            self.hidden.pop()
        elif tag in self.hidden:  # unclosed children: close up to the matching tag
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The text a browser would show, one paragraph per block element, with scripts, styles,
    navigation, headers, footers and forms left out."""
    parser = _VisibleText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the stdlib parser is lenient; never let junk stop the fallback
        pass
    lines = (re.sub(r"\s+", " ", part).strip() for part in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(line for line in lines if line)
