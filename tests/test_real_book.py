"""The whole book built from a real-looking corpus, checked in Chromium as a reader sees it.

The corpus: the 33 development articles (with their annotated publication dates), the five seed
articles, and hostile files an extractor will misread: a share of 1,125 percent, a day's toll of
100,000 in one city, a figure dated 1990, and an undated article with a capture. The book must
build, set those figures aside with a reason (never chart them, never fail on them), list them,
print no missing value (``nan``, ``None``, ``NaT``) and keep every chart's hover working.
One build, shared by the tests of this module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from browser import hover_probe, plotly_figures, rendered_dom, visible_text
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
#: (quote, check) of the hostile figures the checks must set aside
SET_ASIDE_EXPECTED = [("1,125 percent", "share_range"), ("100,000 people", "day_toll_scale"),
                      ("40 people", "date_window")]
MISSING = re.compile(r"\b(?:nan|NaN|NaT|None|undefined)\b")


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> tuple[Path, Path, str]:
    """The book built with ``newsfigures book`` (its own process) from dev + seeds + hostile
    files: (site, tables folder, log)."""
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
    manifest = pd.concat(rows + [pd.DataFrame(hostile)], ignore_index=True)
    manifest.to_csv(corpus / "manifest.csv", index=False)
    out, tables = base / "site", base / "tables"
    proc = subprocess.run([str(Path(sys.executable).parent / "newsfigures"), "book", str(corpus), "--out-dir", str(out),
                           "--tables-dir", str(tables)], capture_output=True, text=True, cwd=ROOT)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    return out, tables, log


def pages(book: Path) -> list[Path]:
    toc = toc_files(ROOT)
    return [book / f"{Path(entry).stem}.html" if i == 0 else book / f"{Path(entry).with_suffix('')}.html"
            for i, entry in enumerate(toc)]


def test_the_book_builds_and_the_log_says_how_many_claims_were_set_aside(real_build):
    _, tables, log = real_build
    n_dev = len([f for f in DEV.iterdir() if f.suffix == ".txt"])
    assert re.search(rf"from {n_dev + 5 + len(HOSTILE)} articles \(0 skipped\)", log), log
    m = re.search(r"(\d+) statements; (\d+) of (\d+) claims set aside by the plausibility checks \((.*); see set_aside\.csv\)",
                  log)
    assert m, log
    aside = read_table(tables / "set_aside.csv")
    assert int(m.group(2)) == len(aside) and int(m.group(1)) == len(read_table(tables / "statements.csv"))


def test_the_misread_figures_are_set_aside_with_their_reason_and_never_charted(real_build):
    _, tables, _ = real_build
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
    for page in pages(book):
        text = " ".join(visible_text(rendered_dom(page)).split())
        bad = [text[max(0, m.start() - 80): m.end() + 40] for m in MISSING.finditer(text)]
        assert not bad, f"{page.name}: {bad[:3]}"


def test_every_claim_set_aside_is_listed_in_the_method_chapter_and_flagged_in_the_explorer(real_build):
    book, tables, _ = real_build
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
        assert all(f["drawn"] for f in plotly_figures(rendered_dom(page))), page.name
        for chart in hover_probe(page):
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
