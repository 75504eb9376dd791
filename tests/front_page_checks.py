"""The built front page, checked as a reader sees it: every number on it is glued from the
book's tables, no missing value, its overview chart draws with a static twin, and the guide
links every chapter with its question.

The checks run on two books: the shipped one (``test_book.py``) and the development articles'
book with hostile files (``test_real_book.py``). Each of those modules defines a ``front_page``
fixture giving ``(site, articles folder, title)`` and imports the ``test_`` functions below, so
pytest runs them there, once per book (and each book is built once, by its own module).
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

import page_weight
from browser import plotly_figures, rendered_dom, visible_text
from newsfigures.book.build import toc_files

ROOT = Path(__file__).resolve().parents[1]
FIRST_VISIT_BUDGET = 2_500_000  # bytes: a page with its scripts, styles and images, empty cache

#: A number as a reader sees one: an ISO day, or digits with thousands commas and decimals.
NUMBER = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:,\d{3})*(?:\.\d+)?")
MISSING = re.compile(r"\b(?:nan|NaN|NaT|None|null|undefined)\b")


def plain(text: str) -> str:
    """Text as compared: entities decoded, curly quotes straight (Sphinx's smartquotes), spaces single."""
    text = unescape(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def article_text(html: str) -> str:
    """The visible text of a page's article (no sidebar, header or footer)."""
    return plain(visible_text(html[html.index('<article class="bd-article">'):html.index("</article>")]))


def guide_as_read(markdown: str) -> str:
    """The MyST of "where to go next" as the page shows it: link titles, no roles."""
    return re.sub(r"^- \{doc\}`([^<`]*?) <[^>`]*>`:", r"\1 :", markdown, flags=re.M)


def front_page_glue(book: Path, articles: Path, title: str | None) -> dict[str, str]:
    """The front page's glued texts recomputed from the book's tables (kept beside the site) with
    the parameters the book gave the front page."""
    from ast import literal_eval

    from newsfigures.book import front
    from newsfigures.book.build import front_page_parameters, notebook_parameters

    params = {k: literal_eval(v["default"]) for k, v in notebook_parameters(ROOT / "intro.ipynb").items()}
    params.update(front_page_parameters(title, None))
    texts = front.front_page(str(book.parent / "tables"), str(articles), ROOT, params["title"], params["subject"]).texts
    return {k: plain(guide_as_read(v) if k == "guide" else v) for k, v in texts.items()}


@pytest.fixture
def front_page_parts(front_page) -> tuple[Path, dict[str, str], str]:
    """(site, the front page's glue recomputed from its tables, the page's article text)."""
    book, articles, title = front_page
    return book, front_page_glue(book, articles, title), article_text((book / "intro.html").read_text("utf-8"))


def test_every_number_on_the_front_page_is_glued_from_the_tables(front_page_parts):
    book, glue, text = front_page_parts
    for name, value in glue.items():
        assert value in text, f"the glued {name!r} is not on the page as the tables give it: {value[:200]!r}"
    on_page = sorted(NUMBER.findall(text))
    glued = sorted(n for value in glue.values() for n in NUMBER.findall(value))
    assert on_page == glued, f"numbers on the page but not glued: {sorted(set(on_page) - set(glued))}"
    assert on_page, "the front page states the corpus in numbers"
    # and the corpus sentence agrees with a plain count of the tables
    from newsfigures.tables import read_table

    articles = read_table(book.parent / "tables" / "articles.csv")
    outlets = articles["outlet"].dropna().astype(str)
    days = articles["published"].dropna().astype(str)
    claims = read_table(book.parent / "tables" / "claims.csv")
    if "set_aside" in claims:  # the claims the plausibility checks set aside are not the book's
        claims = claims[~claims["set_aside"].astype(bool)]
    sources = claims["source"].fillna("").astype(str).nunique()
    assert (f"This book is built from {len(articles):,} articles from {outlets[outlets != ''].nunique():,} identified "
            f"outlets, published on {days.nunique():,} days between {days.min()} and {days.max()}.") in text
    assert f"from {sources:,} sources" in text


def test_the_front_page_says_no_missing_value(front_page_parts):
    book, _, _ = front_page_parts
    text = plain(visible_text((book / "intro.html").read_text("utf-8")))
    assert not MISSING.findall(text), MISSING.findall(text)


def test_the_front_page_shows_its_overview_chart_in_chromium_with_a_static_twin(front_page_parts):
    book, _, _ = front_page_parts
    html = (book / "intro.html").read_text("utf-8")
    figures = {f["id"]: f["drawn"] for f in plotly_figures(rendered_dom(book / "intro.html"))}
    assert figures == {"front-overview": True}, figures
    static = re.findall(r'<img[^>]*src="(_images/[^"]+\.png)"', html)
    assert len(static) == 1 and (book / static[0]).stat().st_size > 5_000, static
    assert page_weight.first_visit(book / "intro.html", book) <= FIRST_VISIT_BUDGET


def test_the_front_page_links_every_chapter_with_its_question(front_page_parts):
    from newsfigures.book.front import chapter_line

    book, _, _ = front_page_parts
    html = (book / "intro.html").read_text("utf-8")
    section = html[html.index('id="where-to-go-next"'):]
    items = [(re.search(r'href="([^"]+)"', li).group(1), plain(visible_text(li)))
             for li in re.findall(r"<li>(.*?)</li>", section[:section.index("</section>")], re.S)]
    chapters = toc_files(ROOT)[1:]
    assert [href for href, _ in items] == [f"{doc}.html" for doc in chapters]
    for (href, said), doc in zip(items, chapters):
        line = chapter_line(ROOT, doc)
        assert line.question.endswith("?") and said == plain(f"{line.title}: {line.question}").replace(":", " :", 1)
        assert (book / href).is_file()
