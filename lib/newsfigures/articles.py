"""Read article files (.txt scrapes, .html pages, Markdown/text with YAML front matter).

Each file becomes an :class:`Article`: id, title, body text with page furniture removed
(photo captions and credits, "Read more" link lists, newsletter and comment prompts, share
buttons), outlet, URL and publication date, with how each field was obtained
(``given:manifest``, ``given:front_matter``, ``given:html_metadata``, ``inferred:...`` or
``none``). Metadata given in a ``manifest.csv`` beside the articles wins over anything
inferred.

Bad input never raises out of :func:`read_articles`: each problem becomes an
:class:`ArticleError` naming the file and the reason, and the other files are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable

import yaml

from . import dates, outlets

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html"}
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "published", "url")
DEFAULT_MAX_BYTES = 5_000_000
MIN_WORDS = 40
_DOC_FILE = re.compile(r"^(readme|license|licence|changelog|sources)(\..*)?$", re.I)


class ArticleError(ValueError):
    """A file that could not be read as an article; says which file and why."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class Article:
    article_id: str
    path: str
    format: str
    title: str
    body: str
    outlet: str
    url: str
    published: dt.date | None
    title_method: str
    outlet_method: str
    url_method: str
    published_method: str
    published_confidence: str
    published_evidence: str
    encoding: str
    captions: tuple[str, ...] = field(default=(), repr=False)
    #: how the running text was obtained: ``as_is`` (text, Markdown), ``main_text`` (HTML main
    #: text by trafilatura) or ``visible_text`` (HTML fallback: every visible line of the page)
    text_method: str = "as_is"
    #: things the reader of the tables should know about this article (become warnings)
    notes: tuple[str, ...] = field(default=(), repr=False)
    #: the news agency whose copy the text is (dateline tag, agency byline or credit), if any
    wire: str = ""

    @property
    def words(self) -> int:
        return len(self.body.split())


# --------------------------------------------------------------------------- lexicons

@functools.lru_cache(maxsize=None)
def _furniture() -> dict[str, list[re.Pattern[str]]]:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "furniture.yaml").read_text("utf-8"))
    return {key: [re.compile(p, re.I) for p in pats] for key, pats in raw.items()}


def _any(patterns: Iterable[re.Pattern[str]], line: str) -> bool:
    return any(p.search(line) for p in patterns)


# --------------------------------------------------------------------------- decoding

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
    control = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
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
_CREDIT_ONLY = re.compile(r"^\(.*\)$")


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


_EDGE_LINES = 8  # lines at the top and foot of a page where site names, bylines and dates sit


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
        short_outlet = outlets.is_outlet_line(line) or dates.is_date_stamp(line)
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
    if body_idx and _headline_like(lines[body_idx[0]], 30) and len(lines[body_idx[0]].split()) >= 2:
        title = lines[body_idx[0]]
        paragraphs.append(title)
        start = 1
        if len(body_idx) > 1 and len(lines[body_idx[1]].split()) >= 6 and _headline_like(lines[body_idx[1]], 40):
            paragraphs.append(lines[body_idx[1]])
            start = 2
    pending = ""
    for i in body_idx[start:]:
        line = lines[i]
        if _headline_like(line):
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
    long_body = [i for i in body_idx if len(lines[i].split()) >= 20]
    first_long = long_body[0] if long_body else len(lines)
    last_long = long_body[-1] if long_body else len(lines)
    top = [ln for ln in lines[:first_long] if ln][:_EDGE_LINES]
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


# --------------------------------------------------------------------------- reading

def _parse_iso(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def read_article(path: Path | str, article_id: str | None = None, manifest_row: dict | None = None,
                 year_hint: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 min_words: int = MIN_WORDS) -> Article:
    """Read one article file. Raises :class:`ArticleError` with the reason when it cannot."""
    path = Path(path)
    suffix = path.suffix.lower()
    fmt = ARTICLE_SUFFIXES.get(suffix)
    if fmt is None:
        raise ArticleError(path, f"unsupported file type {suffix or '(none)'!r}; expected one of "
                                 + ", ".join(sorted(ARTICLE_SUFFIXES)))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB "
                                     "limit for one article (raise it with --max-bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read file: {exc.strerror or exc}") from None
    return article_from_bytes(raw, path, article_id or path.stem, fmt, manifest_row, year_hint, min_words)


def article_from_bytes(raw: bytes, path: Path | str, article_id: str, fmt: str,
                       manifest_row: dict | None = None, year_hint: int | None = None,
                       min_words: int = MIN_WORDS) -> Article:
    """Build an Article from raw bytes (the pure core of :func:`read_article`)."""
    text, encoding = decode_bytes(raw, path)
    given: dict[str, object] = {}
    given_method: dict[str, str] = {}
    if fmt in ("markdown", "text") and text.lstrip().startswith("---"):
        import frontmatter

        try:
            post = frontmatter.loads(text)
        except Exception as exc:  # yaml errors come in many types
            raise ArticleError(path, f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from None
        meta = post.metadata if isinstance(post.metadata, dict) else {}
        text = post.content
        for key, aliases in (("title", ("title", "headline")), ("outlet", ("outlet", "source", "publisher", "site")),
                             ("published", ("published", "date", "pubdate", "published_at")),
                             ("url", ("url", "link"))):
            for alias in aliases:
                if meta.get(alias) not in (None, ""):
                    given[key] = meta[alias]
                    given_method[key] = "given:front_matter"
                    break
    if fmt == "markdown":
        text = _markdown_to_text(text)
    text_method, notes = "as_is", ()
    if fmt == "html":
        text, text_method = _html_text(text, path, given, given_method, min_words)
        if text_method == "visible_text":
            notes = ("the main-text extractor found no article text; read the page's visible text instead "
                     "(menus and footers may remain)",)
    if "\x00" in text:
        raise ArticleError(path, "binary content inside the text")

    cleaned = clean_scrape(text)
    body = "\n\n".join(cleaned.paragraphs)
    if len(body.split()) < min_words:
        raise ArticleError(path, f"not an article: only {len(body.split())} words of running text "
                                 f"after removing page furniture (need {min_words}; lower it with --min-words)")

    title, title_method = cleaned.title, ("inferred:first_line" if cleaned.title else "none")
    found = outlets.infer_outlet([ln for ln in cleaned.top if ln not in cleaned.captions], cleaned.furniture,
                                 cleaned.paragraphs, cleaned.bottom, captions=cleaned.captions)
    outlet, outlet_method, wire = found.outlet, found.method, found.wire
    url, url_method = "", "none"
    if "title" in given:
        title, title_method = str(given["title"]).strip(), given_method["title"]
    if "outlet" in given:
        outlet, outlet_method = str(given["outlet"]).strip(), given_method["outlet"]
    if "url" in given:
        url, url_method = str(given["url"]).strip(), given_method["url"]

    inference = dates.infer_published(cleaned.paragraphs, cleaned.captions, cleaned.furniture, year_hint=year_hint,
                                      top=[ln for ln in cleaned.top if ln not in cleaned.captions])
    published, pub_method, pub_conf, evidence = inference.date, inference.method, inference.confidence, inference.evidence
    if "published" in given and _parse_iso(given["published"]):
        published, pub_method, pub_conf = _parse_iso(given["published"]), given_method["published"], "given"

    row = manifest_row or {}
    if row.get("title"):
        title, title_method = row["title"].strip(), "given:manifest"
    if row.get("outlet"):
        outlet, outlet_method = row["outlet"].strip(), "given:manifest"
    if row.get("url"):
        url, url_method = row["url"].strip(), "given:manifest"
    if row.get("published") and _parse_iso(row["published"]) is not None:  # (bad dates: see load_manifest)
        published, pub_method, pub_conf = _parse_iso(row["published"]), "given:manifest", "given"

    return Article(article_id=article_id, path=str(path), format=fmt, title=title, body=body,
                   outlet=outlet, url=url, published=published, title_method=title_method,
                   outlet_method=outlet_method, url_method=url_method, published_method=pub_method,
                   published_confidence=pub_conf, published_evidence=evidence, encoding=encoding,
                   captions=tuple(cleaned.captions), text_method=text_method, notes=notes, wire=wire)


def _html_text(html: str, path: Path | str, given: dict, given_method: dict,
               min_words: int = MIN_WORDS) -> tuple[str, str]:
    """Main text of an HTML page (trafilatura) and how it was obtained, plus metadata the page
    declares. When trafilatura finds no main text (markup it cannot handle, such as deeply
    nested divs), fall back to the page's visible text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception:  # trafilatura raises assorted lxml errors on junk
        doc = None
    main_words = len((doc.text or "").split()) if doc is not None else 0
    if main_words < min_words:  # nothing (or only a menu line) found: try what a browser shows
        text = visible_text(html)
        if len(text.split()) > main_words:
            return text, "visible_text"
    if doc is None or not (doc.text or "").strip():
        raise ArticleError(path, "no text found in the HTML page (neither main text nor visible text)")
    for key, value in (("title", doc.title), ("outlet", doc.sitename), ("url", doc.url)):
        if value and key not in given:
            given[key], given_method[key] = value, "given:html_metadata"
    if doc.date and "published" not in given:
        given["published"], given_method["published"] = doc.date, "given:html_metadata"
    text = doc.text
    if doc.title and not text.lstrip().startswith(doc.title):
        text = doc.title + "\n\n" + text
    # trafilatura separates paragraphs by single newlines
    return text.replace("\n", "\n\n"), "main_text"


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


# --------------------------------------------------------------------------- folders

def load_manifest(directory: Path, path: Path | None = None) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Read ``manifest.csv`` (beside the articles, or at ``path``): {file name or relative
    path: row}, plus notices about rows that cannot be used."""
    path = Path(path) if path is not None else directory / MANIFEST_NAME
    notices: list[str] = []
    if not path.exists():
        return {}, notices
    try:
        text, _ = decode_bytes(path.read_bytes(), path)
    except ArticleError as exc:
        return {}, [f"{path}: manifest ignored: {exc.reason}"]
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        return {}, [f"{path}: manifest ignored: it has no 'file' column (expected {', '.join(MANIFEST_COLUMNS)})"]
    rows: dict[str, dict[str, str]] = {}
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        name = row.get("file", "")
        if not name:
            notices.append(f"{path}:{n}: manifest row without a file name ignored")
            continue
        for fld, problem in manifest_field_problems(row):
            notices.append(f"{path}:{n}: {name}: {fld}={row[fld]!r} ignored ({problem}); "
                           f"the article is read and its {fld} inferred as if not given")
            row[fld] = ""
        rows[name] = row
    return rows, notices


def manifest_field_problems(row: dict[str, str]) -> list[tuple[str, str]]:
    """(field, what is wrong) for each given manifest field that cannot be used. An empty
    field is simply not given; a bad one must not cost the article."""
    problems = []
    published = row.get("published", "")
    if published and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", published) or _parse_iso(published) is None):
        problems.append(("published", "not an ISO date YYYY-MM-DD"))
    url = row.get("url", "")
    if url and not re.match(r"https?://[^\s/]+", url, re.I):
        problems.append(("url", "not an http(s) URL"))
    for fld in ("title", "outlet"):
        value = row.get(fld, "")
        if value and not re.search(r"\w", value):
            problems.append((fld, "no letters or digits"))
    return problems


def find_article_files(directory: Path) -> tuple[list[Path], list[str]]:
    """All candidate article files under ``directory`` (recursive, sorted), plus skip notices."""
    files: list[Path] = []
    notices: list[str] = []
    for p in sorted(directory.rglob("*")):
        rel = p.relative_to(directory)
        if any(part.startswith((".", "_")) for part in rel.parts) or not p.is_file():
            continue
        if p.name == MANIFEST_NAME:
            continue
        if _DOC_FILE.match(p.name):
            notices.append(f"{p}: skipped: looks like documentation ({p.name}), not an article")
            continue
        if p.suffix.lower() not in ARTICLE_SUFFIXES:
            notices.append(f"{p}: skipped: unsupported file type {p.suffix or '(none)'!r}")
            continue
        files.append(p)
    return files, notices


def article_ids(directory: Path, files: list[Path]) -> dict[Path, str]:
    """File stem as id; where two files share a stem, the relative path (``a__b``) instead."""
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    ids = {}
    for p in files:
        if stems[p.stem] == 1:
            ids[p] = p.stem
        else:
            ids[p] = "__".join(p.relative_to(directory).with_suffix("").parts)
    return ids




def corpus_year(files: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> int | None:
    """The year most often written in full in explicit dates across the corpus (a hint for
    datelines that give no year); None when no file gives one."""
    counts: dict[int, int] = {}
    for p in files:
        try:
            if p.stat().st_size > max_bytes:
                continue
            text = p.read_bytes()[:200_000].decode("utf-8", errors="ignore")
        except OSError:
            continue
        for d in dates.find_explicit_dates(text):
            if d.year_given:
                counts[d.date.year] = counts.get(d.date.year, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda y: counts[y])
