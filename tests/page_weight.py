"""What a reader's browser downloads for a page of the built book, counted from the HTML.

A page's weight is its own HTML plus every local script, stylesheet, preloaded file and image
the HTML references (``<script src>``, ``<link rel=stylesheet|preload|modulepreload href>``,
``<img src>``), each file counted once, uncompressed. Files referenced from inside CSS (fonts)
and remote URLs are not counted (the book references none). Run as a script to print a table:
``python tests/page_weight.py BOOK_DIR``.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LOADED_LINKS = {"stylesheet", "preload", "modulepreload", "icon", "shortcut"}


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "link" and a.get("href") and set((a.get("rel") or "").lower().split()) & LOADED_LINKS:
            self.urls.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.urls.append(a["src"])


def resources(page: Path, book: Path) -> dict[Path, int]:
    """The local files ``page`` makes the browser load, with their sizes (bytes)."""
    parser = _References()
    parser.feed(page.read_text("utf-8"))
    out: dict[Path, int] = {}
    for url in parser.urls:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path:  # remote or data: URLs
            if parts.scheme in ("http", "https") or parts.netloc:
                raise AssertionError(f"{page.name} loads a remote file: {url}")
            continue
        path = (page.parent / unquote(parts.path)).resolve()
        if not path.is_file():
            raise AssertionError(f"{page.name} references a missing file: {url}")
        if book.resolve() not in path.parents:
            raise AssertionError(f"{page.name} references a file outside the book: {url}")
        out[path] = path.stat().st_size
    return out


def first_visit(page: Path, book: Path) -> int:
    """Bytes of a first visit to ``page`` (empty cache)."""
    return page.stat().st_size + sum(resources(page, book).values())


def further_visit(page: Path, after: Path, book: Path) -> int:
    """New bytes of ``page`` when the browser already holds what ``after`` loaded."""
    cached = set(resources(after, book))
    return page.stat().st_size + sum(n for p, n in resources(page, book).items() if p not in cached)


def pages(book: Path) -> list[Path]:
    skip = {"genindex.html", "search.html"}
    return sorted(p for p in book.rglob("*.html") if p.name not in skip and "_static" not in p.parts
                  and "_sources" not in p.parts)


def main(book: str) -> None:
    root = Path(book)
    ps = pages(root)
    print(f"{'page':32} {'first visit':>12} {'max further':>12} {'further after a chart page':>28}")
    chart_pages = [p for p in ps if 'class="plotly-graph-div' in p.read_text("utf-8")]
    for p in ps:
        others = [q for q in ps if q != p]
        worst = max(further_visit(p, q, root) for q in others)
        after_chart = max((further_visit(p, q, root) for q in chart_pages if q != p), default=0)
        print(f"{str(p.relative_to(root)):32} {first_visit(p, root):12,} {worst:12,} {after_chart:28,}")


if __name__ == "__main__":
    main(sys.argv[1])
