"""Article ingestion: furniture removal, encodings, formats, manifest, bad input."""

import csv
import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from newsfigures.reading import (MIN_WORDS, ArticleError, article_from_bytes, clean_scrape, decode_bytes,
                                 read_article, visible_text)
from newsfigures.pipeline import plan_tasks, read_corpus

PROSE = ("Syrian government forces pushed deeper into the rebel-held east of the city on Monday, "
         "activists said, as thousands of civilians fled the fighting toward government-held districts "
         "in the west and aid groups warned of a humanitarian catastrophe for those who remain.")

FURNITURE = [
    ("Read more:", "link list heading"),
    ("Related Topics", "related topics"),
    ("Share this:", "share prompt"),
    ("Facebook", "share button"),
    ("Like Loading...", "wordpress like"),
    ("Leave a comment", "comment prompt"),
    ("Join the discussion...", "disqus prompt"),
    ("Comments on this piece are now closed", "closed comments"),
    ("Get our Today's Headlines newsletter", "newsletter prompt"),
    ("Sign up to the daily Briefing email", "email prompt"),
    ("Advertisement", "advert label"),
    ("Report Typo or Error", "typo prompt"),
    ("Tags: Aleppo, evacuation, Syria", "tags line"),
    ("Posted in News", "category line"),
    ("Photo caption: A family walks through a district on Wednesday, Nov. 30, 2016. (AP)", "photo caption"),
    ("A man carries a child through rubble after an air strike [Reuters]", "bracket credit caption"),
    ("Buses wait at a crossing point in Aleppo. (Reuters)", "paren credit caption"),
    ("Pro-government fighters on the edge of the city. Photograph: Reuters", "guardian credit"),
    ("Smoke rises over the city. (AFP/Getty Images)", "getty credit"),
    ("[Video: Crowds wait for buses in eastern Aleppo]", "video teaser"),
    ("Liz Sly in Beirut and Heba Habib in Stockholm contributed to this report.", "contributor line"),
    ("Staff and agencies", "byline"),
    ("Rescue crews search for survivors of quake that killed at least 97 people", "related headline with a number"),
    ("Home | Qatar | Region | International | Business | Sport | Opinion | Video | Epaper", "long site menu"),
    ("News | Middle East | Features | Opinion | Video | Investigations | Live", "section menu"),
    ("News · World · Middle East · Video", "dotted menu"),
    ("PRESS RELEASE", "label above the headline"),
    ("Analysis", "section label"),
    ("We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies. [Accept]",
     "cookie notice"),
    ("This site uses cookies. Read our privacy policy.", "short cookie notice"),
]

# (page lines before the headline, the headline the title must be)
TITLES = [
    ("Home | Qatar | Region | International | Business | Sport | Opinion | Video | Epaper\n"
     "We use cookies to improve your experience. By continuing you agree to our use of cookies. [Accept]",
     "Syria regime retakes a district as thousands flee"),
    ("News | Middle East | Features | Opinion | Video | Investigations | Live", "Battle for Aleppo: What you need to know"),
    ("PRESS RELEASE", "Children of eastern Aleppo are running out of time, warns a charity"),
    ("", "Aleppo | Rebels pull back as army advances"),    # a two-part headline is a headline, not a menu
    ("LIVE", "Aleppo evacuation: first buses leave the east"),
    ("Skip to main content\nMenu\nSearch", "Army says it holds 98 percent of the east"),
]


@pytest.mark.parametrize("before,headline", TITLES, ids=[t[1][:30] for t in TITLES])
def test_the_title_is_the_headline_not_the_menu_or_label_above_it(before, headline):
    text = f"{before}\n\n{headline}\n\n{PROSE}\n" if before else f"{headline}\n\n{PROSE}\n"
    assert clean_scrape(text).title == headline


def test_a_sentence_about_cookies_in_an_article_is_kept():
    line = "Aid workers said 40 children had only cookies and water left, and many would not accept help."
    body = "\n\n".join(clean_scrape(f"Aleppo rebels face defeat\n\n{PROSE}\n\n{line}\n").paragraphs)
    assert line in body


@pytest.mark.parametrize("line,note", FURNITURE, ids=[f[1] for f in FURNITURE])
def test_furniture_lines_are_removed(line, note):
    text = f"Aleppo rebels face defeat as troops advance\n\n{PROSE}\n\n{line}\n\n{PROSE.replace('Monday', 'Tuesday')}\n"
    cleaned = clean_scrape(text)
    body = "\n\n".join(cleaned.paragraphs)
    assert line not in body
    assert "on Monday" in body and "on Tuesday" in body


def test_trailing_link_list_is_removed_including_question_headlines():
    text = (f"Title of the story here\n\n{PROSE}\n\nRead more:\nAleppo: the battle explained\n"
            "Who are the civilians still living in the east?\nFearing abandonment, rebels mull options\n")
    body = "\n\n".join(clean_scrape(text).paragraphs)
    assert "Who are the civilians" not in body and "Fearing abandonment" not in body


def test_caption_followed_by_credit_line_is_a_caption():
    text = (f"Title of the story here\n\nDisplaced in Syria\nFamilies arrive at a camp on Nov. 27, 2016, as civilians fled.\n"
            f"(George Ourfalian / AFP/Getty Images)\n\n{PROSE}\n")
    cleaned = clean_scrape(text)
    assert any("Nov. 27, 2016" in c for c in cleaned.captions)
    assert "Families arrive" not in "\n".join(cleaned.paragraphs)


def test_duplicated_caption_lines_are_captions():
    cap = "In this Monday, Dec. 5, 2016 photo, soldiers fire their weapons east of Aleppo."
    cleaned = clean_scrape(f"Title of the story here\n\n{cap}\n{cap}\n\n{PROSE}\n")
    assert cap in cleaned.captions and cap not in cleaned.paragraphs


def test_title_and_standfirst_are_kept_as_first_paragraphs():
    text = f"Shelling kills 26 as they flee east Aleppo\n\n7 children among dead; troops take more ground\n\n{PROSE}\n"
    cleaned = clean_scrape(text)
    assert cleaned.title == "Shelling kills 26 as they flee east Aleppo"
    assert cleaned.paragraphs[:2] == ["Shelling kills 26 as they flee east Aleppo", "7 children among dead; troops take more ground"]


def test_hyphenated_line_break_is_joined():
    text = f"Title of the story here\n\n{PROSE} It left the anti-\nAssad rebellion weaker.\n"
    assert "anti-Assad rebellion" in "\n".join(clean_scrape(text).paragraphs)


ENCODINGS = [
    ("utf-8", "Syria’s army — “total collapse” in Aleppo’s east", "utf-8"),
    ("utf-8-sig", "Syria's army said the BOM is dropped", "utf-8"),
    ("cp1252", "Syria’s army — “total collapse” in Aleppo’s east", None),
    ("latin-1", "Café Aleppo, naïve résumé of the Kurdish-held Sheikh Maqsoud", None),
]


@pytest.mark.parametrize("codec,text,expected_encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decode_bytes_handles_encodings(codec, text, expected_encoding):
    decoded, encoding = decode_bytes((text + " " + PROSE).encode(codec))
    assert decoded.startswith(text)
    if expected_encoding:
        assert encoding == expected_encoding


BAD = [
    (b"", "empty file"),
    (b"   \n\n  ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(256)) * 40, "binary"),
    (b"Just a short note.", "not an article"),
    (b"<html><body><script>var x=1;</script><nav>Menu</nav></body></html>", "no main text|not an article"),
]


@pytest.mark.parametrize("raw,reason", BAD, ids=[b[1] for b in BAD])
def test_bad_input_raises_article_error_naming_the_file(raw, reason):
    fmt = "html" if raw.startswith(b"<html") else "text"
    with pytest.raises(ArticleError) as exc:
        article_from_bytes(raw, "some/file.txt", "file", fmt)
    assert "some/file.txt" in str(exc.value)
    assert re.search(reason, exc.value.reason)


def test_markdown_front_matter_gives_metadata():
    md = (f"---\ntitle: Troops advance\noutlet: Example Wire\ndate: 2016-12-07\nurl: https://example.org/a\n---\n"
          f"# Troops advance\n\n{PROSE} See [the map](https://example.org/map).\n").encode()
    a = article_from_bytes(md, "a.md", "a", "markdown")
    assert (a.title, a.outlet, a.published, a.url) == ("Troops advance", "Example Wire", dt.date(2016, 12, 7), "https://example.org/a")
    assert a.published_method == "given:front_matter"
    assert "the map" in a.body and "https://" not in a.body


def test_html_page_main_text_and_metadata():
    html = (f"<html><head><title>Troops advance - Wire</title><meta property='og:site_name' content='Example Wire'>"
            f"<meta name='date' content='2016-12-07'></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Troops advance</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>").encode()
    a = article_from_bytes(html, "a.html", "a", "html")
    assert a.outlet == "Example Wire" and a.published == dt.date(2016, 12, 7)
    assert "Home | World" not in a.body and "Subscribe" not in a.body
    assert "thousands of civilians fled" in a.body


def test_manifest_wins_over_inference(tmp_path: Path):
    (tmp_path / "a.txt").write_text(f"Troops advance\n\nDAMASCUS, Dec. 12, 2016 (Xinhua) -- {PROSE}\n")
    (tmp_path / "b.txt").write_text(f"Troops advance again\n\n{PROSE}\n")
    (tmp_path / "manifest.csv").write_text("file,title,outlet,published,url\na.txt,,Given Outlet,2016-12-13,\nmissing.txt,,,2016-12-01,\n")
    corpus = read_corpus(tmp_path)
    rows = {r.article_id: r.article_row for r in corpus.articles}
    assert rows["a"]["published"] == "2016-12-13" and rows["a"]["published_method"] == "given:manifest"
    assert rows["a"]["outlet"] == "Given Outlet" and rows["a"]["outlet_method"] == "given:manifest"
    assert rows["a"]["outlet"] and rows["a"]["title"] == "Troops advance"   # title not given: inferred
    assert rows["b"]["published"] is None and rows["b"]["published_method"] == "none"
    assert any("missing.txt" in n and "no such article file" in n for n in corpus.notices)


def test_nested_folders_and_duplicate_stems_get_distinct_ids(tmp_path: Path):
    for sub in ("wires", "un"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(f"A title for {sub}\n\n{PROSE}\n")
    (tmp_path / "other.txt").write_text(f"A title\n\n{PROSE}\n")
    tasks, _ = plan_tasks(tmp_path)
    assert sorted(t.article_id for t in tasks) == ["other", "un__report", "wires__report"]


def test_one_stem_with_two_suffixes_in_one_folder_gets_two_ids(tmp_path: Path):
    (tmp_path / "a.txt").write_text(f"A title\n\n{PROSE}\n")
    (tmp_path / "a.md").write_text(f"A title\n\n{PROSE}\n")
    (tmp_path / "b.txt").write_text(f"A title\n\n{PROSE}\n")
    tasks, _ = plan_tasks(tmp_path)
    assert sorted(t.article_id for t in tasks) == ["a_md", "a_txt", "b"]


def test_bad_files_do_not_stop_the_others(tmp_path: Path):
    (tmp_path / "good.txt").write_text(f"A title\n\n{PROSE}\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "data.json").write_text("{}")
    (tmp_path / "README.md").write_text("# notes")
    corpus = read_corpus(tmp_path)
    assert [r.article_id for r in corpus.articles] == ["good"]
    reasons = {Path(r.path).name: r.error for r in corpus.errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.txt"]
    assert any("data.json" in n and "unsupported" in n for n in corpus.notices)
    assert any("README.md" in n and "documentation" in n for n in corpus.notices)


def test_huge_file_is_skipped_with_reason(tmp_path: Path):
    p = tmp_path / "huge.txt"
    p.write_text(PROSE * 2000)
    with pytest.raises(ArticleError, match="over the"):
        read_article(p, max_bytes=100_000)


# --------------------------------------------------------------------------- bad metadata

OTHER_PROSE = PROSE.replace("Monday", "Tuesday").replace("civilians", "people")

@pytest.mark.parametrize("field,value,problem", [
    ("published", "not-a-date", "not an ISO date"),
    ("published", "12/07/2016", "not an ISO date"),
    ("published", "2016-13-45", "not an ISO date"),
    ("published", "7 December 2016", "not an ISO date"),
    ("url", "www.example.com/story", "not an http(s) URL"),
    ("url", "javascript:alert(1)", "not an http(s) URL"),
    ("url", "ftp://example.com/a", "not an http(s) URL"),
    ("title", "---", "no letters or digits"),
    ("outlet", "?", "no letters or digits"),
], ids=lambda v: str(v))
def test_a_bad_manifest_field_is_reported_with_row_and_field_then_inferred(tmp_path: Path, field, value, problem):
    (tmp_path / "a.txt").write_text(f"Troops advance\n\nDAMASCUS, Dec. 12, 2016 (Xinhua) -- {PROSE}\n")
    row = {"file": "a.txt", "title": "", "outlet": "", "published": "", "url": ""}
    row[field] = value
    with (tmp_path / "manifest.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(row))
        w.writeheader()
        w.writerow(row)
    corpus = read_corpus(tmp_path)
    assert [r.article_id for r in corpus.articles] == ["a"]  # the article is never lost
    notice = next(n for n in corpus.notices if f"{field}=" in n)
    assert "manifest.csv:2: a.txt" in notice and repr(value) in notice and problem in notice
    got = corpus.articles[0].article_row
    assert not got[f"{field}_method"].startswith("given:")  # inferred as if the manifest had not given it
    if field == "published":
        assert got["published"] == "2016-12-12"


@pytest.mark.parametrize("field,value", [
    ("published", "2016-12-07"), ("published", "2016-12-07T10:30:00"), ("url", "https://example.com/a?b=c"),
    ("url", "HTTP://EXAMPLE.COM/"), ("title", "Aleppo: 'the end'"), ("outlet", "BBC"),
], ids=lambda v: str(v))
def test_good_manifest_fields_are_used_without_notice(tmp_path: Path, field, value):
    (tmp_path / "a.txt").write_text(f"Troops advance\n\n{PROSE}\n")
    (tmp_path / "manifest.csv").write_text(f"file,{field}\na.txt,\"{value}\"\n")
    corpus = read_corpus(tmp_path)
    assert not corpus.notices
    assert corpus.articles[0].article_row[f"{field}_method"] == "given:manifest"


def test_articles_command_reads_every_seed_despite_a_bad_published_date(tmp_path: Path, capsys):
    from newsfigures.cli import main

    seeds = Path(__file__).resolve().parents[1] / "data" / "articles"
    src = tmp_path / "seeds"
    shutil.copytree(seeds, src)
    lines = (src / "manifest.csv").read_text("utf-8").splitlines()
    header = lines[0].split(",")
    cells = next(csv.reader([lines[1]]))
    cells[header.index("published")] = "not-a-date"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    lines[1] = buf.getvalue()
    (src / "manifest.csv").write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["articles", str(src), "--out", str(tmp_path / "a.csv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "published='not-a-date' ignored" in err and "manifest.csv:2" in err
    rows = pd.read_csv(tmp_path / "a.csv", dtype=str, keep_default_na=False).set_index("article_id")
    assert len(rows) == len(list(seeds.glob("*.txt")))
    bad = Path(cells[0]).stem
    assert rows.loc[bad, "published_method"].startswith("inferred:") or rows.loc[bad, "published_method"] == "none"
    assert rows.loc[bad, "published_method"] != "given:manifest"


# --------------------------------------------------------------------------- HTML fallback, short items

@pytest.mark.parametrize("depth", [5, 300, 3000], ids=["shallow", "past libxml2's 255 levels", "very deep"])
def test_html_the_extractor_cannot_read_falls_back_to_visible_text(depth):
    html = ("<html><head><title>t</title><style>p {color: red}</style><script>var toll = 999;</script></head>"
            "<body><nav>Home | World | Sport</nav>" + "<div>" * depth + "<h2>Shelling goes on</h2>"
            + f"<p>{PROSE}</p><p>{OTHER_PROSE}</p>" + "</div>" * depth
            + "<footer>Copyright 2016 Example</footer></body></html>")
    a = article_from_bytes(html.encode(), "deep.html", "deep", "html")
    assert "thousands of civilians fled" in a.body
    assert "999" not in a.body and "color" not in a.body and "Home | World" not in a.body and "Copyright" not in a.body
    if depth > 255:
        assert a.text_method == "visible_text" and any("visible text" in n for n in a.notes)


def test_html_fallback_is_reported_as_a_warning_and_figures_are_read(tmp_path: Path):
    html = "<html><body>" + "<div>" * 400 + f"<p>{PROSE}</p><p>{OTHER_PROSE}</p>" + "</div>" * 400 + "</body></html>"
    (tmp_path / "deep.html").write_text(html)
    corpus = read_corpus(tmp_path, extract=True)
    [result] = corpus.articles
    assert result.article_row["text_method"] == "visible_text"
    assert any("visible text" in m for m in result.messages())
    assert {c["value_low"] for c in result.claims} >= {2000.0}


def test_visible_text_of_junk_is_empty_not_an_exception():
    assert visible_text("") == ""
    assert isinstance(visible_text("<<<>>><div><p \x00 </"), str)
    assert visible_text("<p>a</p><script>b</script><p>c") == "a\n\nc"


def test_short_items_are_skipped_with_a_hint_and_kept_with_min_words(tmp_path: Path):
    short = "Shelling kills 12 in Aleppo\n\nAt least 12 civilians were killed in shelling of eastern Aleppo on Monday, activists said."
    (tmp_path / "brief.txt").write_text(short)
    corpus = read_corpus(tmp_path)
    assert not corpus.articles
    assert "--min-words" in corpus.errors[0].error and "need 40" in corpus.errors[0].error
    corpus = read_corpus(tmp_path, min_words=10)
    assert [r.article_id for r in corpus.articles] == ["brief"]


def test_cli_min_words_default_matches_the_library():
    from newsfigures import cli

    assert cli.MIN_WORDS == MIN_WORDS


# A live page's summary bullet is a sentence without its full stop (a figure and a clause); a
# bullet that is a link, a label or a question stays furniture.
BULLETS = [
    ("- UN estimates about 50,000 people still trapped in rebel enclave", True, "a summary bullet"),
    ("• Russia says 2,000 more civilians left the east overnight", True, "a round bullet"),
    ("* Government forces now hold 90 percent of the eastern districts", True, "an asterisk bullet"),
    ("– At least 82 civilians reportedly killed in the last hours of fighting", True, "a dash bullet"),
    ("- 300 wounded among those still waiting at the crossing", True, "a bullet opening with the number"),
    ("- Syria: Aleppo in 10 pictures", False, "a link with a colon label"),
    ("- Watch: three minutes inside the last hospital of 2 million people", False, "a video label"),
    ("- Evacuations suspended as fighting resumes", False, "no figure: a headline"),
    ("- More on this story", False, "a link"),
    ("- 10 things to know | Explainer", False, "a link with a bar"),
]


@pytest.mark.parametrize("line, kept, note", BULLETS, ids=[b[2] for b in BULLETS])
def test_summary_bullets_are_sentences(line, kept, note):
    text = f"Aleppo live: evacuations suspended\n\n{PROSE}\n\n{line}\n\n{PROSE.replace('Monday', 'Tuesday')}\n"
    body = "\n\n".join(clean_scrape(text).paragraphs)
    assert (line in body) == kept, note
    assert "on Monday" in body and "on Tuesday" in body
