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

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .published import infer_published
from .calendar import parse_iso
from .files import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES
from .outlets import infer_outlet
from .scrape import ArticleError, visible_text, _markdown_to_text, clean_scrape, decode_bytes
from ..regexstore import compile as compile_regex


MIN_WORDS = 40



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


# --------------------------------------------------------------------------- reading

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
    found = infer_outlet([ln for ln in cleaned.top if ln not in cleaned.captions], cleaned.furniture,
                         cleaned.paragraphs, cleaned.bottom, captions=cleaned.captions)
    outlet, outlet_method, wire = found.outlet, found.method, found.wire
    url, url_method = "", "none"
    if "title" in given:
        title, title_method = str(given["title"]).strip(), given_method["title"]
    if "outlet" in given:
        outlet, outlet_method = str(given["outlet"]).strip(), given_method["outlet"]
    if "url" in given:
        url, url_method = str(given["url"]).strip(), given_method["url"]

    inference = infer_published(cleaned.paragraphs, cleaned.captions, cleaned.furniture, year_hint=year_hint,
                                top=[ln for ln in cleaned.top if ln not in cleaned.captions])
    published, pub_method, pub_conf, evidence = inference.date, inference.method, inference.confidence, inference.evidence
    if "published" in given and parse_iso(given["published"]):
        published, pub_method, pub_conf = parse_iso(given["published"]), given_method["published"], "given"

    row = manifest_row or {}
    if row.get("title"):
        title, title_method = row["title"].strip(), "given:manifest"
    if row.get("outlet"):
        outlet, outlet_method = row["outlet"].strip(), "given:manifest"
    if row.get("url"):
        url, url_method = row["url"].strip(), "given:manifest"
    if row.get("published") and parse_iso(row["published"]) is not None:  # (bad dates: see load_manifest)
        published, pub_method, pub_conf = parse_iso(row["published"]), "given:manifest", "given"

    return Article(article_id=article_id, path=str(path), format=fmt, title=title, body=body,
                   outlet=outlet, url=url, published=published, title_method=title_method,
                   outlet_method=outlet_method, url_method=url_method, published_method=pub_method,
                   published_confidence=pub_conf, published_evidence=evidence, encoding=encoding,
                   captions=tuple(cleaned.captions), text_method=text_method, notes=notes, wire=wire)


_RAW_TITLE = compile_regex(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _site_of_title(html: str, title: str) -> str:
    """The words a page's <title> adds to its headline ("PressTV-", " | Reuters"), if short."""
    import html as html_lib

    m = _RAW_TITLE.search(html[:20000])
    if m is None:
        return ""
    raw = re.sub(r"\s+", " ", html_lib.unescape(m.group(1))).strip()
    if title not in raw or raw == title:
        return ""
    site = raw.replace(title, " ").strip(" -|–—:·»")
    return site if site and len(site.split()) <= 5 and "  " not in raw.replace(title, "  ").strip() else ""


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
    site = _site_of_title(html, doc.title) if doc.title and not doc.sitename and "outlet" not in given else ""
    if site:
        # "<title>PressTV-Syrian army declares ...</title>": the site's name around the headline,
        # read as the page's top line (the outlet inference decides whether it names an outlet)
        text = site + "\n\n" + text
    # trafilatura separates paragraphs by single newlines
    return text.replace("\n", "\n\n"), "main_text"

