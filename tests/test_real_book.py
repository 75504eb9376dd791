"""The whole book built from a real-looking corpus, checked in Chromium as a reader sees it.

The corpus: the 33 development articles (with their annotated publication dates), the five seed
articles, hostile figures an extractor will misread (a share of 1,125 percent, a day's toll of
100,000 in one city, a figure dated 1990, an undated article with a capture) and junk files
(empty, binary, too short, Latin-1, an HTML page in a subfolder, markup and script injection in
an article and in the book's title, a manifest row naming no file). The book must build, report
the junk by name, set the misread figures aside with a reason (never chart them, never fail on
them), list them, print no missing value (``nan``, ``None``, ``NaT``), run no injected script,
and keep every chart's hover working. It is built under another title, as a reader rerunning the
book on other articles would, with small explorer parts so that paging loads them.
One build, shared by the tests of this module (it is the suite's slowest step).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from browser import hover_probe, live_markup, probed_dom, rendered_dom, rendered_with, visible_text
from front_page_checks import (  # noqa: F401  (imported tests run in this module)
    front_page_glue, article_text, front_page_parts, test_every_number_on_the_front_page_is_glued_from_the_tables,
    test_the_front_page_links_every_chapter_with_its_question, test_the_front_page_says_no_missing_value,
    test_the_front_page_shows_its_overview_chart_in_chromium_with_a_static_twin)
from newsfigures.book.build import toc_files
from newsfigures.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "corpus" / "dev"
SEEDS = ROOT / "data" / "articles"

HOSTILE = {
    "hostile_share.txt": ("2016-12-08", "Army claims sweeping gains in Aleppo\n\nDAMASCUS, Dec. 8 (Wire) -- The Syrian "
                          "army said on Thursday that government forces now control 1,125 percent of the former rebel "
                          "enclave of eastern Aleppo. Rebels denied the claim and said fighting continued in several "
                          "districts of the city, where civilians remained trapped without food or medicine.\n"),
    "hostile_toll.txt": ("2016-12-05", "Heavy shelling in eastern Aleppo\n\nBEIRUT, Dec. 5 (Wire) -- Government "
                         "shelling killed 100,000 people in eastern Aleppo on Monday, the Syrian Observatory for Human "
                         "Rights said, a figure that could not be independently verified. Residents described the "
                         "heaviest bombardment of the war, with bodies left in the streets as rescue workers were "
                         "unable to reach the wounded in several districts.\n"),
    "hostile_1990.txt": ("2016-12-06", "An old massacre remembered\n\nBEIRUT, Dec. 6 (Wire) -- On 3 March 1990, 40 "
                         "people were killed in Aleppo, the Observatory said on Tuesday, recalling an old attack as "
                         "residents of the besieged eastern districts marked another day of bombardment and hunger in "
                         "the city. Aid workers said they could not reach the area and appealed for a pause.\n"),
    # no manifest row and no dateline: undated figures and an undated capture
    "hostile_undated.txt": (None, "Fighting in the north of the city\n\nThe army captured Masaken Hanano, activists "
                            "said, and at least 20 civilians were killed in the fighting around the district. Families "
                            "sheltered in basements while shelling continued through the night, according to "
                            "residents reached by telephone, and aid groups warned of worse to come.\n"),
}
PROSE = ("Syrian government forces pushed deeper into the rebel-held east of the city on Monday, activists said, "
         "as more than 2,000 civilians fled toward government-held districts in the west and aid groups warned "
         "that at least 45 people had been killed by shelling in the besieged enclave. ")
INJECTION = ("<script>document.title='PWNED-SCRIPT'</script> Rebels said 300 fighters left "
           "<img src=x onerror=\"document.title='PWNED-IMG'\"> the district. {{ 7*7 }} {% raw %} "
           "**bold** [link](javascript:alert(1)) ```{code-cell} python\nimport os\n``` $x$ {glue:text}`n_articles`")


#: junk files: (relative path, bytes, read?) ; a manifest row names good.txt and a file that does not exist
JUNK = [
    ("good.txt", f"Troops push on in Aleppo\n\n{PROSE * 3}\n".encode(), True),
    ("nested/page.html", (f"<html><head><title>Evacuations resume</title></head><body><article><h1>Evacuations resume</h1>"
                          f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>").encode(), True),
    ("latin.txt", ("Caf\xe9 talks fail\n\n" + PROSE * 2).encode("latin-1"), True),
    ("markup_injection.md", (f"---\ntitle: \"<script>alert('t')</script> Aleppo {{{{ 1+1 }}}}\"\n---\n\n{PROSE}\n\n"
                             f"{INJECTION}\n").encode(), True),
    ("empty.txt", b"", False),
    ("binary.txt", b"\x00\xff\x00\xfe" * 500, False),
    ("notes.txt", b"buy milk", False),
    ("undated.txt", f"Quiet day\n\n{'Nothing much happened in the city today, residents said. ' * 8}\n".encode(), True),
]
TITLE = "The development articles <b>and junk</b>"   # markup in the title must stay text
PART_ROWS = 25  # claims per explorer part: the built explorer has many parts to load
#: (quote, check) of the hostile figures the checks must set aside
SET_ASIDE_EXPECTED = [("1,125 percent", "share_range"), ("100,000 people", "day_toll_scale"),
                      ("40 people", "date_window")]
MISSING = re.compile(r"\b(?:nan|NaN|NaT|None|undefined)\b")


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> tuple[Path, Path, str, Path]:
    """The book built with ``newsfigures book`` (its own process) from dev + seeds + hostile
    files: (site, tables folder, log, articles folder)."""
    base = tmp_path_factory.mktemp("real")
    corpus = base / "articles"
    for name, src in (("dev", DEV), ("seeds", SEEDS)):
        (corpus / name).mkdir(parents=True)
        for f in src.iterdir():
            if f.suffix in (".txt", ".html", ".md") and f.name.lower() != "readme.md":
                shutil.copy2(f, corpus / name / f.name)
    (corpus / "hostile").mkdir()
    rows = [pd.read_csv(ROOT / "tests" / "gold_dev" / "manifest.csv", dtype=str),
            pd.read_csv(SEEDS / "manifest.csv", dtype=str)]
    hostile = []
    for name, (published, text) in HOSTILE.items():
        (corpus / "hostile" / name).write_text(text, "utf-8")
        if published:
            hostile.append({"file": name, "outlet": "Wire", "published": published})
    for rel, data, _ in JUNK:
        (corpus / "junk" / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / "junk" / rel).write_bytes(data)
    hostile += [{"file": "good.txt", "outlet": "Wire", "published": "2016-12-12"},
                {"file": "ghost.txt", "published": "2016-12-01"}]
    manifest = pd.concat(rows + [pd.DataFrame(hostile)], ignore_index=True)
    manifest.to_csv(corpus / "manifest.csv", index=False)
    out, tables = base / "site", base / "tables"
    proc = subprocess.run([str(Path(sys.executable).parent / "newsfigures"), "book", str(corpus), "--out-dir", str(out),
                           "--tables-dir", str(tables), "--title", TITLE, "-p", f"part_rows={PART_ROWS}"],
                          capture_output=True, text=True, cwd=ROOT)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    assert not list(base.glob(".newsfigures-book-*")), "the staging folder is removed"
    return out, tables, log, corpus


def pages(book: Path) -> list[Path]:
    toc = toc_files(ROOT)
    return [book / f"{Path(entry).stem}.html" if i == 0 else book / f"{Path(entry).with_suffix('')}.html"
            for i, entry in enumerate(toc)]


def test_the_book_builds_and_the_log_says_how_many_claims_were_set_aside(real_build):
    _, tables, log, _ = real_build
    n_dev = len([f for f in DEV.iterdir() if f.suffix == ".txt"])
    n_read = n_dev + 5 + len(HOSTILE) + sum(read for _, _, read in JUNK)
    assert re.search(rf"from {n_read} articles \({sum(not read for _, _, read in JUNK)} skipped\)", log), log
    for rel, _, read in JUNK:  # each junk file skipped is named, with its reason, on one line
        named = [ln for ln in log.splitlines() if ln.startswith("skipped ") and ln.split(":")[0].endswith(rel)]
        assert bool(named) != read and all(len(ln.split(": ", 1)[1]) > 5 for ln in named), (rel, named)
    assert re.search(r"manifest\.csv: row for 'ghost\.txt' ignored: no such article file", log), log
    m = re.search(r"(\d+) statements; (\d+) of (\d+) claims set aside by the plausibility checks \((.*); see set_aside\.csv\)",
                  log)
    assert m, log
    aside = read_table(tables / "set_aside.csv")
    assert int(m.group(2)) == len(aside) and int(m.group(1)) == len(read_table(tables / "statements.csv"))


def test_the_misread_figures_are_set_aside_with_their_reason_and_never_charted(real_build):
    _, tables, _, _ = real_build
    claims, aside = read_table(tables / "claims.csv"), read_table(tables / "set_aside.csv")
    statements = read_table(tables / "statements.csv")
    charted_ids = set(";".join(statements["claim_ids"]).split(";"))
    for quote, check in SET_ASIDE_EXPECTED:
        rows = aside[aside["quote"] == quote]
        assert len(rows), f"the hostile figure {quote!r} is no longer extracted: update the hostile file ({check})"
        assert (rows["check"] == check).all() and rows["reason"].str.len().gt(0).all(), rows[["check", "reason"]]
        assert not set(rows["claim_id"]) & charted_ids
    assert set(aside["claim_id"]) == set(claims.loc[claims["set_aside"], "claim_id"])
    assert claims.loc[claims["set_aside"], "statement_id"].isna().all()
    assert claims.loc[~claims["set_aside"], "statement_id"].notna().all()
    kept = claims[~claims["set_aside"]]
    percent = kept[kept["unit"] == "percent"]
    assert ((percent["value_low"] >= 0) & (percent["value_high"] <= 100)).all(), "no share over 100 percent is kept"
    killed = kept[(kept["category"] == "casualties") & (kept["value_low"] >= 50_000)]
    assert killed.empty, killed[["quote", "sentence"]]


def test_no_page_shows_a_missing_value(real_build):
    book = real_build[0]
    for page in pages(book):  # (the DOM the chart test reads too: one Chromium run per page)
        text = " ".join(visible_text(probed_dom(page)).split())
        bad = [text[max(0, m.start() - 80): m.end() + 40] for m in MISSING.finditer(text)]
        assert not bad, f"{page.name}: {bad[:3]}"


def test_every_claim_set_aside_is_listed_in_the_method_chapter_and_flagged_in_the_explorer(real_build):
    book, tables, _, _ = real_build
    aside = read_table(tables / "set_aside.csv")
    method = " ".join(visible_text((book / "chapters" / "method.html").read_text("utf-8")).split())
    assert all(cid in method for cid in aside["claim_id"]), "every claim set aside is listed"
    assert all(check in method for check in aside["check"])
    share = aside.loc[aside["quote"] == "1,125 percent", "claim_id"].iloc[0]
    dom = rendered_dom(book / "chapters" / "explorer.html", fragment=f"q={share}")
    assert "1 of " in dom and f'claims-explorer-id">{share}<' in dom
    assert "set aside, not charted: share_range" in " ".join(visible_text(dom).split())
    toll = aside.loc[aside["quote"] == "100,000 people", "claim_id"].iloc[0]
    casualties = " ".join(visible_text((book / "chapters" / "casualties.html").read_text("utf-8")).split())
    assert "day_toll_scale" in casualties and toll in casualties, "the casualties chapter lists its figure set aside"


def test_every_chart_draws_and_its_hover_shows_in_chromium(real_build):
    book = real_build[0]
    probed = 0
    for page in pages(book):
        html = page.read_text("utf-8")
        expected = html.count('class="plotly-graph-div')
        if not expected:
            continue
        charts = hover_probe(page)
        assert len(charts) == expected and all(chart["drawn"] for chart in charts), (page.name, charts)
        for chart in charts:
            assert chart["drawn"], (page.name, chart["id"])
            assert chart["shown"] == chart["probed"] >= 1, (page.name, chart)
            for text in chart["texts"]:
                assert not MISSING.search(text) and "ERROR" not in text, (page.name, chart["id"], text)
            probed += chart["probed"]
    assert probed >= 10


def test_headlines_say_how_far_their_figure_travelled(real_build):
    book = real_build[0]
    text = " ".join(visible_text((book / "chapters" / "casualties.html").read_text("utf-8")).split())
    single = re.search(r"The largest single-day death figure[^.]*\.[^.]*\.", text).group(0)
    assert "100,000" not in single, "a misread toll never becomes the headline"
    assert "rests on one article" in single or "articles from" in single, single
    territory = " ".join(visible_text((book / "chapters" / "territory.html").read_text("utf-8")).split())
    assert "1,125" not in re.search(r"The latest government share[^.]*\.", territory).group(0)
    assert re.search(r"capture[^.]*(rests on one article|articles from)", territory)


def test_injected_markup_and_script_stay_text_on_every_page(real_build):
    book, _, _, _ = real_build
    for page in book.rglob("*.html"):
        html = page.read_text("utf-8")
        assert not live_markup(html, "PWNED"), (page, live_markup(html, "PWNED"))
        assert not live_markup(html, "alert("), (page, live_markup(html, "alert("))
        assert "<b>and junk</b>" not in html, page
    for page in pages(book):
        dom = probed_dom(page)   # scripts ran: an executed payload would have set the title
        title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
        assert "PWNED" not in title, page.name
    text = visible_text(probed_dom(book / "chapters" / "corpus.html"))
    assert "markup_injection" in text, "the article with injected markup is listed, as text"


@pytest.fixture
def front_page(real_build) -> tuple[Path, Path, str]:
    """This book's front page: (site, articles, title)."""
    return real_build[0], real_build[3], TITLE


def test_a_rerun_under_another_title_keeps_nothing_typed_for_aleppo(real_build):
    book, _, _, corpus = real_build
    glue = front_page_glue(book, corpus, TITLE)
    html = (book / "intro.html").read_text("utf-8")
    shown = "The development articles"
    assert re.search(r"<h1>.*?</h1>", html, re.S) and shown in re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert f"<title>{shown}" in html
    typed = article_text(html)
    for name, value in glue.items():  # what is left is what the page itself says
        typed = typed.replace(value, " ")
    assert "Aleppo" not in typed, typed


def test_explorer_loads_its_parts_on_demand_in_chromium(real_build):
    """With PART_ROWS claims per part, the page holds the newest part; a search for the oldest
    claim loads every part and finds it; paging loads the parts one by one."""
    book, tables, _, _ = real_build
    n_claims = len(read_table(tables / "claims.csv"))
    page = book / "chapters" / "explorer.html"
    html = page.read_text("utf-8")
    parts = sorted((book / "explorer-data").rglob("*.js"))
    assert len(parts) == -(-n_claims // PART_ROWS) - 1, "one file per part after the first"
    assert all(p.stat().st_size < 20_000 * PART_ROWS and "<" not in p.read_text("utf-8") for p in parts)
    assert 'data-parts="[&quot;explorer-data/' in html
    dom = probed_dom(page)
    status = re.search(r'class="claims-explorer-status"[^>]*>([^<]*)<', dom).group(1)
    assert status == f"{n_claims} claims ({PART_ROWS} loaded; more load as you page)"
    oldest = re.search(r'\[\["([0-9a-f]{12})"', parts[-1].read_text("utf-8")).group(1)
    assert oldest not in visible_text(dom)
    dom = rendered_dom(page, fragment=f"q={oldest}")
    status = re.search(r'class="claims-explorer-status"[^>]*>([^<]*)<', dom).group(1)
    assert status == f"1 of {n_claims} claims match"
    assert re.search(rf'claims-explorer-id">{oldest}<', dom), "the oldest claim's row is shown"
    # a reader pressing "next" until it is disabled: each press past the loaded rows loads a part
    # (the button is disabled while a part loads: wait, and stop once it stays disabled)
    clicker = ("<script>window.addEventListener('load', function () {"
               " var next = document.querySelector('.claims-explorer-pager button:last-child'); var n = 0, idle = 0;"
               " (function press() {"
               "   if (!next.disabled && n < 200) { n += 1; idle = 0; next.click(); }"
               "   else { idle += 1; }"
               "   if (idle < 20) { setTimeout(press, 50); } else { document.body.setAttribute('data-presses', String(n)); }"
               " })(); });</script>")
    dom = rendered_with(page, clicker, budget_ms=30000)
    presses = int(re.search(r'data-presses="(\d+)"', dom).group(1))
    assert presses >= len(parts), "one press per part at least"
    ids = re.findall(r'claims-explorer-id">([0-9a-f]{12})<', dom)
    status = re.search(r'class="claims-explorer-status"[^>]*>([^<]*)<', dom).group(1)
    assert status == f"{n_claims} claims", "every part loaded"
    assert oldest in ids, "the last page shows the oldest claims"
