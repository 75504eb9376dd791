"""The built book, checked as a reader sees it: every page builds, plotly charts draw in
headless Chromium, no page shows a traceback, pages stay under the weight budget, and article
text (untrusted) never becomes markup."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

import page_weight
from front_page_checks import (  # noqa: F401  (imported tests run in this module)
    FIRST_VISIT_BUDGET, front_page_parts, test_every_number_on_the_front_page_is_glued_from_the_tables,
    test_the_front_page_links_every_chapter_with_its_question, test_the_front_page_says_no_missing_value,
    test_the_front_page_shows_its_overview_chart_in_chromium_with_a_static_twin)
from browser import live_markup, plotly_figures, rendered_dom, rendered_with, screenshot, visible_text
from newsfigures.book import bundle
from newsfigures.book.build import toc_files
from newsfigures.book.charts import PAGE_BUDGET_BYTES
from newsfigures.cli import main
from newsfigures.territory.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parents[1]
PAGE_BUDGET = PAGE_BUDGET_BYTES  # bytes of HTML per chapter page
@pytest.fixture(scope="session")
def shipped_build(tmp_path_factory) -> tuple[Path, str]:
    """The shipped book, built as `make book` builds it (the command, in its own process, so
    that what the chapter kernels print reaches the log), and that log. Its tables are kept
    beside it (``../tables``), as `make book` keeps them."""
    base = tmp_path_factory.mktemp("book")
    out = base / "html"
    exe = Path(sys.executable).parent / "newsfigures"
    proc = subprocess.run([str(exe), "book", str(ROOT / "data" / "articles"), "--out-dir", str(out),
                           "--tables-dir", str(base / "tables")], capture_output=True, text=True, cwd=ROOT)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    return out, log


@pytest.fixture(scope="session")
def shipped_book(shipped_build) -> Path:
    return shipped_build[0]


def test_a_good_build_log_is_one_line_per_step_with_no_error_or_kernel_noise(shipped_build):
    _, log = shipped_build
    lines = log.strip().splitlines()
    for noise in ("ERROR", "Traceback", "WARNING", "Kernel is running", "KeyboardInterrupt", "IPKernelApp"):
        assert not [ln for ln in lines if noise in ln], (noise, log)
    assert lines[0].startswith("extracting figures from")
    assert any(re.fullmatch(r"extracted \d+ claims and \d+ control events from 5 articles \(0 skipped\) in [\d.]+s", ln)
               for ln in lines), log
    assert any(re.fullmatch(r"ran \d+ chapters in [\d.]+s", ln) for ln in lines), log
    assert any(re.fullmatch(r"built the HTML in [\d.]+s", ln) for ln in lines), log
    notebooks = [e for e in toc_files(ROOT) if (ROOT / f"{e}.ipynb").is_file()]  # the front page is one too
    assert "intro" in notebooks and sum(ln.startswith("chapter ") for ln in lines) == len(notebooks)
    assert re.fullmatch(r"newsfigures book: 5 articles read, 0 skipped, \d+ claims, \d+ control events; "
                        r"book at .*index\.html \(\d+s\)", lines[-1]), log


def test_a_failing_chapter_names_chapter_cell_and_check_and_logs_the_traceback(tmp_path):
    import nbformat

    project = tmp_path / "project"
    (project / "chapters").mkdir(parents=True)
    shutil.copy2(ROOT / "_config.yml", project / "_config.yml")
    (project / "intro.md").write_text("# Test\n")
    (project / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/broken\n")
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('tables_dir = "data/tables"')
    params.metadata["tags"] = ["parameters"]
    check = nbformat.v4.new_code_cell("import pandas as pd\nshare = 1125.0\n"
                                      "assert share <= 100, f'a drawn share is {share} percent'")
    nb.cells = [nbformat.v4.new_markdown_cell("# Broken"), params, check]
    nbformat.write(nb, str(project / "chapters" / "broken.ipynb"))
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old site")
    proc = subprocess.run([str(Path(sys.executable).parent / "newsfigures"), "book", str(ROOT / "data" / "articles"),
                           "--out-dir", str(out), "--project", str(project)], capture_output=True, text=True)
    assert proc.returncode == 1
    error = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert error and "chapter broken failed in cell" in error[0] and "AssertionError: a drawn share is 1125.0 percent" in error[0]
    assert "Traceback" not in proc.stderr + proc.stdout and "IPKernelApp" not in proc.stderr
    log = out.parent / "site.build.log"
    assert f"full log: {log}" in proc.stderr
    assert "AssertionError" in log.read_text() and "share <= 100" in log.read_text()
    assert (out / "index.html").read_text() == "old site"


def chapter_pages(book: Path) -> list[Path]:
    pages = []
    for entry in toc_files(ROOT):
        page = book / f"{Path(entry).with_suffix('')}.html"
        if entry == toc_files(ROOT)[0]:
            page = book / f"{Path(entry).stem}.html"
        pages.append(page)
    return pages


def test_every_toc_page_is_built_without_traceback_and_under_budget(shipped_book):
    assert (shipped_book / "index.html").exists()
    for page in chapter_pages(shipped_book):
        assert page.exists(), page
        html = page.read_text("utf-8")
        text = visible_text(html)
        for marker in ("Traceback (most recent call last)", "Error in callback", "NameError", "KeyError:"):
            assert marker not in text, f"{page.name} shows {marker!r}"
        assert page.stat().st_size < PAGE_BUDGET, f"{page.name} is {page.stat().st_size} bytes"


def test_plotly_js_is_a_partial_bundle_loaded_only_by_pages_with_charts(shipped_book):
    assert (shipped_book / bundle.SITE_PATH).read_bytes() == bundle.source_file().read_bytes()
    assert not list(shipped_book.rglob("plotly.min.js")) and not list((shipped_book / "_static").rglob("plotly*"))
    with_charts = 0
    for page in [shipped_book / "intro.html", *chapter_pages(shipped_book)]:
        html = page.read_text("utf-8")
        loads = re.findall(r'<script[^>]*src="([^"]*plotly[^"]*)"', html)
        first_chart = html.find('class="plotly-graph-div')
        assert "fontawesome.js" not in html, page.name
        assert "Plotly.register" not in html and len(re.findall(r"plotly\.js v\d", html)) == 0
        if first_chart < 0:
            assert loads == [], f"{page.name} has no chart but loads {loads}"
            continue
        with_charts += 1
        src = bundle.page_src("" if page.parent == shipped_book else bundle.CHAPTER_ROOT)
        assert loads == [src], f"{page.name} loads {loads}"
        assert html.find(src) < first_chart, f"{page.name}: the bundle loads after the first chart"
    assert with_charts >= 5


FURTHER_CHAPTER_BUDGET = 300_000  # new bytes of a chapter after another chapter with charts


def test_page_weight_first_visit_and_further_chapters(shipped_book):
    pages = page_weight.pages(shipped_book)
    chart_pages = [p for p in pages if 'class="plotly-graph-div' in p.read_text("utf-8")]
    report = {}
    for page in pages:
        first = page_weight.first_visit(page, shipped_book)
        further = max(page_weight.further_visit(page, q, shipped_book) for q in chart_pages if q != page)
        report[page.name] = (first, further)
        assert first <= FIRST_VISIT_BUDGET, f"{page.name}: first visit {first:,} bytes"
        assert further <= FURTHER_CHAPTER_BUDGET, f"{page.name}: {further:,} new bytes after another chapter"
        # from a page without charts, the one extra is the bundle itself (once per reader)
        plain = [q for q in pages if q not in chart_pages and q != page
                 and page_weight.resources(q, shipped_book)]  # not index.html, a bare redirect
        worst = max((page_weight.further_visit(page, q, shipped_book) for q in plain), default=0)
        assert worst <= FURTHER_CHAPTER_BUDGET + bundle.source_file().stat().st_size
    assert 'class="plotly-graph-div' in (shipped_book / "intro.html").read_text("utf-8"), \
        "the front page's overview chart is within the first-visit budget"


def test_territory_map_draws_in_chromium_with_named_neighbourhoods(shipped_book, tmp_path):
    page = shipped_book / "chapters" / "territory.html"
    html = page.read_text("utf-8")
    assert 'id="territory-map"' in html
    assert "Columbia Center for Spatial Research, Conflict Urbanism: Aleppo" in visible_text(html)
    probe = ("<script>window.addEventListener('load', function () { setTimeout(function () {"
             " var d = document.getElementById('territory-map');"
             " document.body.setAttribute('data-map-names', JSON.stringify(d.data.map(function (t) { return t.name; })));"
             " document.body.setAttribute('data-map-fills', String(d.querySelectorAll('g.trace.scatter path.js-fill').length));"
             # hover the middle of the first outline with statements: its hover lists them
             " var t = d.data[d.layout.meta.stepped[0]], xs = [], ys = [];"
             " t.x.forEach(function (x, i) { if (x !== null) { xs.push(x); ys.push(t.y[i]); } });"
             " var mean = function (a) { return a.reduce(function (s, v) { return s + v; }, 0) / a.length; };"
             " Plotly.Fx.hover(d, {xval: mean(xs), yval: mean(ys)}, 'xy');"
             " setTimeout(function () { var h = d.querySelector('.hoverlayer');"
             "   document.body.setAttribute('data-map-hover', h ? h.textContent : ''); }, 300);"
             " }, 500); });</script>")
    dom = rendered_with(page, probe, budget_ms=15000)
    figures = {f["id"]: f["drawn"] for f in plotly_figures(dom)}
    assert figures.get("territory-map") is True
    names = json.loads(unescape(re.search(r'data-map-names="([^"]*)"', dom).group(1)))
    gazetteer_names = {n.name for n in gazetteer()}
    drawn = {n for name in names for n in name.split(" / ") if n in gazetteer_names}
    assert len(drawn) >= 25, drawn
    assert int(re.search(r'data-map-fills="(\d+)"', dom).group(1)) >= len(drawn) // 2
    assert 'class="slider-container"' in dom or "slider-rail-rect" in dom, "the day slider is drawn"
    hover = unescape(re.search(r'data-map-hover="([^"]*)"', dom).group(1))
    assert re.search(r"\d{4}-\d{2}-\d{2} · .* (taken|held) by ", hover), hover
    png = tmp_path / "territory.png"
    screenshot(page, png, width=1280, height=3600)
    assert png.stat().st_size > 10_000


def test_plotly_charts_draw_in_headless_chromium(shipped_book):
    total = 0
    for page in chapter_pages(shipped_book):
        html = page.read_text("utf-8")
        expected = html.count('class="plotly-graph-div')
        if not expected:
            continue
        figures = plotly_figures(rendered_dom(page))
        assert len(figures) == expected, page.name
        undrawn = [f["id"] for f in figures if not f["drawn"]]
        assert not undrawn, f"{page.name}: plotly did not draw {undrawn}"
        total += expected
    assert total >= 1, "the book should contain at least one plotly chart"


def test_glued_numbers_match_the_tables(shipped_book):
    page = (shipped_book / "chapters" / "corpus.html").read_text("utf-8")
    text = re.sub(r"\s+", " ", visible_text(page))
    n = len([p for p in (ROOT / "data" / "articles").iterdir() if p.suffix in (".txt", ".html", ".md")])
    assert f"The book is built from {n} articles" in text


def test_book_with_nothing_readable_fails_and_keeps_the_old_site(tmp_path):
    src = tmp_path / "junk"
    src.mkdir()
    (src / "a.txt").write_bytes(b"")
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old site")
    assert main(["book", str(src), "--out-dir", str(out), "--no-progress"]) == 1
    assert (out / "index.html").read_text() == "old site"


def test_unknown_parameter_is_refused(tmp_path):
    assert main(["book", str(ROOT / "data" / "articles"), "--out-dir", str(tmp_path / "s"), "--no-progress",
                 "-p", "no_such_parameter=1"]) == 1


@pytest.mark.parametrize("html,hit", [
    ('<img src=x onerror="document.title=\'PWNED\'">', True),
    ("<script>document.title='PWNED'</script>", True),
    ('<script type="application/json">{"q": "<script>PWNED<\\/script>"}</script>', False),
    ("<p>&lt;script&gt;PWNED&lt;/script&gt;</p>", False),
    ('<a href="javascript:PWNED()">x</a>', True),
], ids=["onerror attribute", "live script", "json data block", "escaped text", "javascript link"])
def test_live_markup_detector(html, hit):
    assert bool(live_markup(html, "PWNED")) == hit


# ---------------------------------------------------------------------------- the front page
# (the checks are imported from front_page_checks.py and run here on the shipped book;
# test_real_book.py runs them on its book too)


@pytest.fixture
def front_page(shipped_book) -> tuple[Path, Path, str | None]:
    """The shipped book's front page: (site, articles, title)."""
    return shipped_book, ROOT / "data" / "articles", None
