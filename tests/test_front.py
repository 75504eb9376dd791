"""The front page's parts, one by one: the corpus in words, the headlines by the chapters' rules,
the overview's marks and their check, the chapter guide from ``_toc.yml``, and the front page's
parameters. (The built page itself is checked in ``test_book.py``.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import tables_factory as tf
from newsfigures import reconcile
from newsfigures.book import charts, front, headlines
from newsfigures.book.build import front_page_parameters, toc_files
from newsfigures.book.checks import overview_problems
from newsfigures.book.plotly_figures import overview_figure

ROOT = Path(__file__).resolve().parents[1]
#: The articles the factory's claims come from (a1, a2, a3), each from its own outlet.
ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "published": ["2016-12-12"] * 3,
                         "outlet": ["Wire", "Daily", "Weekly"]})


def test_the_front_page_notebook_types_no_figure_and_no_place():
    nb = nbformat.read(ROOT / "intro.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert not re.findall(r"\d", prose), "every number on the front page is glued"
    assert "Aleppo" not in prose, "the place is the subject parameter's, not the page's"
    parameters = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and not re.findall(r"\d", parameters[0].source)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "stored without outputs"


def _corpus(**kw) -> front.Corpus:
    base = dict(n_articles=1, n_outlets=1, n_days=1, first_day="2016-12-12", last_day="2016-12-12", n_figures=1,
                n_reports=1, n_sources=1, n_events=0, n_neighbourhoods=0, n_set_aside=0)
    return front.Corpus(**{**base, **kw})


@pytest.mark.parametrize("kw,said", [
    ({}, "This book is built from 1 article from 1 identified outlet, published on 2016-12-12. They give 1 statement "
         "(a statement is a source's figure for one day, however many articles carried it: 1 report in all), from 1 "
         "source, an article's own reporting counting as one."),
    (dict(n_articles=1204, n_outlets=0, n_days=2, last_day="2016-12-13", n_figures=3, n_reports=5, n_sources=2,
          n_events=4, n_neighbourhoods=3),
     "This book is built from 1,204 articles, published on 2 days between 2016-12-12 and 2016-12-13. They give 3 "
     "statements (a statement is a source's figure for one day, however many articles carried it: 5 reports in "
     "all), from 2 sources, an article's own reporting counting as one. They make 4 statements of who took or held 3 "
     "neighbourhoods."),
    (dict(first_day="", last_day="", n_days=0, n_figures=0, n_reports=0),
     "This book is built from 1 article from 1 identified outlet; none of them has a publication date. The articles "
     "give no figure."),
    (dict(n_set_aside=2), "The plausibility checks set aside 2 figures read from the articles; each is listed with "
                          "the reason in its chapter, and none is charted."),
], ids=["one of each", "many, no outlet, repeats, control events", "undated, no figure", "set aside"])
def test_the_corpus_is_said_in_the_singular_or_the_plural(kw, said):
    assert said in front.corpus_sentence(_corpus(**kw))


def _aside(claims, check: str):
    return claims.assign(check=check, reason=f"failed {check}")


def test_headlines_take_the_largest_toll_of_each_tally_and_say_what_was_set_aside():
    claims = tf.claims(
        dict(value_low=40, quote="40 people", sentence="Shelling killed 40 people on Monday.", source="Observatory"),
        dict(value_low=40, quote="40 people", sentence="Shelling killed 40 people on Monday.", source="Observatory",
             article_id="a3"),
        dict(value_low=400, quote="400 people", sentence="The toll since the offensive began rose to 400 people.",
             article_id="a2"),
        dict(value_low=12, measure="wounded", quote="12 people"))
    war = tf.claims(dict(value_low=300_000, quote="300,000 people", sentence="The war has killed 300,000 people.",
                         scope="war", article_id="a3"))
    said = front.casualties_sentence(claims, ARTICLES, _aside(war, "war_scope"))
    assert ("The largest single-day death figure is \u201c40 people\u201d (40 people), from Observatory on 2016-12-12, "
            "carried by 2 articles from 2 outlets.") in said
    assert ("The largest cumulative death figure is \u201c400 people\u201d (400 people), from the article's own "
            "reporting on 2016-12-12; it rests on one article") in said
    assert "The plausibility checks set aside 1 casualty figure (1 by war_scope): it is listed in the casualties chapter" in said
    assert "300,000" not in said
    assert front.casualties_sentence(claims.iloc[0:0], ARTICLES, war.iloc[0:0]) == "The articles give no casualty statement."


def test_the_territory_headline_is_the_latest_government_share_and_the_last_capture():
    claims = tf.claims(
        dict(category="territory", measure="share_held", unit="percent", party="government", value_low=60,
             date="2016-11-28", quote="60 percent"),
        dict(category="territory", measure="share_held", unit="percent", party="rebels", value_low=10,
             qualifier="at_most", date="2016-12-12", quote="no more than a tenth", article_id="a2"))
    events = tf.events(dict(neighbourhood="Masaken Hanano", date="2016-11-27"),
                       dict(neighbourhood="Sheikh Saeed", date="2016-12-11", source="Observatory"))
    said = front.territory_sentence(claims, events, ARTICLES, claims.iloc[0:0].assign(check="", reason=""))
    assert ("The latest government share is at least 90 percent (converted from a rebel share), from the article's "
            "own reporting on 2016-12-12") in said
    assert "The last capture reported is Sheikh Saeed (by the government), from Observatory on 2016-12-11" in said


def test_the_widest_disagreement_is_the_one_the_sources_chapter_names():
    claims = tf.claims(
        dict(category="displacement", measure="fled", value_low=2000, source="SANA", party_to_conflict=True),
        dict(category="displacement", measure="fled", value_low=50_000, source="UN OCHA", article_id="a2"),
        dict(category="displacement", measure="fled", value_low=100, source="SANA", date="2016-12-13"),
        dict(category="displacement", measure="fled", value_low=150, source="UN OCHA", date="2016-12-13",
             article_id="a2"))
    said = front.disagreement_words(claims)
    assert said.startswith("Different sources gave a figure for the same quantity on the same day 2 times. They "
                           "disagree most where the highest figure is 25 times the lowest. On 2016-12-12")
    assert said.endswith("Rule ucdp_low_best_high gives that day a low of 2,000, a best of 26,000 and a high of 50,000; "
                         "rule acled_conservative takes 50,000, from UN OCHA.")
    assert front.disagreement_words(claims.iloc[[0]]) == "No two sources gave a figure for the same quantity on the same day."


def test_overview_marks_run_from_the_lowest_to_the_highest_figure_of_each_day_and_series():
    claims = tf.claims(
        dict(category="displacement", measure="fled", value_low=2000, source="SANA"),
        dict(category="displacement", measure="fled", value_low=20_000, value_high=99_999, qualifier="approximate",
             article_id="a2"),
        dict(category="displacement", measure="evacuated", value_low=500, article_id="a3"),
        dict(category="territory", measure="share_held", unit="percent", party="rebels", value_low=10,
             qualifier="at_most"),
        dict(value_low=40, sentence="Shelling killed 40 people on Monday."))
    marks = front.overview_marks(claims)
    fled = marks[marks["series"] == "fled"].iloc[0]
    assert (fled["low"], fled["high"], fled["n_figures"], fled["n_sources"]) == (2000, 99_999, 2, 2)
    share = marks[marks["panel"] == "share"].iloc[0]
    assert (share["low"], share["high"], share["low_text"]) == (90, 90, "at least 90 percent"), \
        "a rebel share is drawn as the government's, and said with its qualifier"
    assert (fled["low_text"], fled["high_text"]) == ("2,000 people", "roughly 20,000–99,999 people")
    assert set(marks["series"]) == {"fled", "evacuated", "government share", "single-day count"}
    fig = overview_figure(marks)
    assert overview_problems(fig, marks) == []
    fig.data[1].y = [1.0] + list(fig.data[1].y[1:])  # a point moved
    assert overview_problems(fig, marks)


def test_overview_marks_group_days_into_weeks_past_the_limit():
    claims = tf.claims(*[dict(category="displacement", measure="fled", value_low=100 + i, date=f"2016-12-{d:02d}",
                              article_id=f"a{i}") for i, d in enumerate(range(1, 15))])
    marks = front.overview_marks(claims, max_marks=5)
    assert set(marks["level"]) == {"week"} and int(marks["n_figures"].sum()) == 14
    assert "by the week they refer to" in front.overview_caption(marks)


def test_the_guide_has_one_line_per_chapter_of_the_toc_with_its_question():
    lines = front.chapter_guide(ROOT)
    assert [line.doc for line in lines] == toc_files(ROOT)[1:]
    assert all(line.question.endswith("?") and line.title for line in lines)
    assert front.guide_markdown(lines).splitlines()[0] == f"- {{doc}}`{lines[0].title} <{lines[0].doc}>`: {lines[0].question}"


def test_a_new_chapter_without_a_question_is_listed_with_its_overview(tmp_path):
    (tmp_path / "chapters").mkdir()
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/new\n")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        "# New things\n\n**Overview.** What changed in the new articles. More words.\n\n**What you need.** Nothing.")])
    nbformat.write(nb, str(tmp_path / "chapters" / "new.ipynb"))
    assert front.chapter_guide(tmp_path) == [front.ChapterLine("chapters/new", "New things",
                                                               "What changed in the new articles.")]
    nb.metadata["newsfigures"] = {"question": "What changed?"}
    nbformat.write(nb, str(tmp_path / "chapters" / "new.ipynb"))
    assert front.chapter_guide(tmp_path)[0].question == "What changed?"


def test_every_shipped_chapter_says_which_question_it_answers():
    for doc in toc_files(ROOT)[1:]:
        meta = json.loads((ROOT / f"{doc}.ipynb").read_text("utf-8"))["metadata"]
        assert meta.get("newsfigures", {}).get("question", "").endswith("?"), doc


@pytest.mark.parametrize("title,subject,expected", [
    (None, None, {}),
    ("Mosul <b>2017</b>", None, {"title": "Mosul 2017", "subject": ""}),
    ("Mosul", "The battle for {Mosul}.", {"title": "Mosul", "subject": "The battle for Mosul."}),
    (None, "Only a subject.", {"subject": "Only a subject."}),
], ids=["defaults", "another title drops the default subject", "both", "subject alone"])
def test_the_front_page_parameters_come_from_title_and_subject(title, subject, expected):
    assert front_page_parameters(title, subject) == expected


def test_a_statement_counts_once_however_many_articles_carry_it():
    claims = tf.claims(dict(value_low=40), dict(value_low=40, start=300), dict(value_low=40, article_id="a2"),
                       dict(value_low=41))
    claims["statement_id"] = ["s1", "s1", "s1", "s2"]
    assert len(headlines.one_each(claims)) == 2
    assert set(reconcile.claim_tally(claims)) <= {"single_day", "cumulative"}


def test_a_corpus_with_no_figure_gives_a_page_that_says_so():
    tables = {"articles": ARTICLES.assign(title="t"), "claims": tf.claims(dict(value_low=1)).iloc[0:0],
              "control_events": tf.events(dict()).iloc[0:0]}
    aside = _aside(tables["claims"], "share_range")
    texts = front.page_texts(tables, tables["claims"], tables["control_events"], aside, ROOT)
    assert texts["casualties"] == "The articles give no casualty statement."
    assert texts["displacement"] == "The articles give no displacement statement."
    assert texts["territory"] == "The articles give no share of territory and report no neighbourhood changing hands."
    assert texts["disagreement"] == "No two sources gave a figure for the same quantity on the same day."
    assert "no dated share of territory" in texts["overview_caption"]
    marks = front.overview_marks(tables["claims"])
    assert overview_problems(overview_figure(marks), marks) == [] and not charts.prose_problems(*texts.values())
