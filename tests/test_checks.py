"""Plausibility checks, statements and headline figures: case tables of made-up claims."""

from __future__ import annotations

import pandas as pd
import pytest

from newsfigures import checks, statements
from newsfigures.tables import FINISHED_CLAIMS_SCHEMA, read_table, write_csv
from tables_factory import claims


def articles(*rows: tuple[str, str | None, str | None]) -> pd.DataFrame:
    """(article_id, published, outlet) rows; by default one article a1 of 2016-12-12."""
    rows = rows or (("a1", "2016-12-12", "Wire"),)
    return pd.DataFrame(rows, columns=["article_id", "published", "outlet"])


def set_aside(*rows: dict, arts: pd.DataFrame | None = None, without: tuple[str, ...] = ()) -> dict[str, str]:
    """claim id -> the first check it failed (``without``: columns dropped first, e.g. tables
    written before the extractor gave ``scope``)."""
    out = checks.check_claims(claims(*rows).drop(columns=list(without)), arts if arts is not None else articles())
    return dict(zip(out["claim_id"], out["check"]))


WAR = "The five-year war that has killed {q} goes on."

# (row, the check it fails or None, note)
ONE_CLAIM_CASES = [
    (dict(category="territory", measure="share_held", unit="percent", value_low=1125.0), "share_range",
     "'45 quarters' read as 1,125 percent"),
    (dict(category="territory", measure="share_held", unit="percent", value_low=100.0), None, "the whole city: 100 percent"),
    (dict(category="territory", measure="share_held", unit="percent", value_low=0.0), None, "none of it: 0 percent"),
    (dict(category="other", measure="other", unit="percent", value_low=90.0, value_high=120.0), "share_range",
     "any percent figure, not only territory"),
    (dict(value_low=1500.0, scope="war"), "war_scope", "the extractor's scope says war"),
    (dict(value_low=100_000.0, quote="100,000 people", sentence="Shelling killed 100,000 people on Monday."),
     "day_toll_scale", "a day's toll of 100,000 in one city"),
    (dict(value_low=49_999.0, quote="49,999 people", sentence="Shelling killed 49,999 people on Monday."), None,
     "just under the day's limit"),
    (dict(measure="wounded", value_low=60_000.0, quote="60,000 people", sentence="Shelling wounded 60,000 people."),
     "day_toll_scale", "wounded too"),
    (dict(category="displacement", measure="fled", value_low=60_000.0, quote="60,000 people",
          sentence="60,000 people fled on Monday."), None, "60,000 fleeing in a day is possible"),
    (dict(value_low=310_000.0, quote="310,000 people", sentence="The toll so far is 310,000 people."), "toll_scale",
     "a cumulative toll of the war without a war cue"),
    (dict(value_low=31_000.0, quote="31,000 people", sentence="The toll so far is 31,000 people."), None,
     "a toll of the city's size"),
    (dict(category="displacement", measure="displaced", value_low=2e6, value_high=9_999_999.0, quote="millions",
          sentence="Millions were displaced."), "people_scale", "'millions': more than the city held"),
    (dict(category="population", measure="trapped", value_low=275_000.0, quote="275,000 people",
          sentence="275,000 people are trapped."), None, "the enclave's population"),
    (dict(date="1990-03-03"), "date_window", "a figure dated 1990"),
    (dict(date="2016-11-11"), None, "a month before the first publication: inside the margin"),
    (dict(date="2016-12-14"), "after_publication", "dated two days after its article"),
    (dict(date="2016-12-13"), None, "one day after (time zones)"),
    (dict(date=None), None, "undated: no date to check"),
]


@pytest.mark.parametrize("row,check,note", ONE_CLAIM_CASES, ids=[c[2] for c in ONE_CLAIM_CASES])
def test_each_check_sets_aside_what_it_should_and_nothing_else(row, check, note):
    got = set_aside(row)
    assert got == ({"c0": check} if check else {}), note


# (row, set aside by war_scope?, note): tables without a scope column (written before the extractor gave one)
WAR_CUE_CASES = [
    (dict(value_low=1500.0, quote="1,500 people", sentence=WAR.format(q="1,500 people")), True,
     "a war cue in the figure's clause"),
    (dict(value_low=1500.0, quote="1,500 people", sentence="Since the conflict began in 2011, 1,500 people died. "
          "On Monday 40 people were killed."), True, "'since the conflict began'"),
    (dict(value_low=40.0, quote="40 people", sentence="Since 2011 the city has suffered; on Monday 40 people were killed."),
     False, "a war cue in another clause"),
]


@pytest.mark.parametrize("row,war,note", WAR_CUE_CASES, ids=[c[2] for c in WAR_CUE_CASES])
def test_without_a_scope_column_a_war_cue_in_the_figures_clause_decides(row, war, note):
    assert set_aside(row, without=("scope",)) == ({"c0": "war_scope"} if war else {}), note


def test_the_scope_column_decides_when_the_extractor_gives_it():
    rows = claims(dict(value_low=40.0, sentence=WAR.format(q="40 people"), quote="40 people"),
                  dict(value_low=41.0))
    rows["scope"] = [None, "war"]
    out = checks.check_claims(rows, articles())
    assert dict(zip(out["claim_id"], out["check"])) == {"c1": "war_scope"}
    assert "scope war" in out["reason"].iloc[0]


def test_the_tally_column_decides_when_the_extractor_gives_it():
    row = dict(value_low=120_000.0, quote="120,000 people", sentence="120,000 people were killed.")
    assert set_aside(row) == {"c0": "toll_scale"} or set_aside(row) == {"c0": "day_toll_scale"}
    rows = claims(row)
    rows["tally"] = ["single_day"]
    assert dict(zip(*checks.check_claims(rows, articles())[["claim_id", "check"]].T.values)) == {"c0": "day_toll_scale"}
    rows["tally"] = ["cumulative"]
    assert dict(zip(*checks.check_claims(rows, articles())[["claim_id", "check"]].T.values)) == {"c0": "toll_scale"}


def test_a_claim_failing_several_checks_names_the_first_and_gives_every_reason():
    out = checks.check_claims(claims(dict(value_low=150_000.0, date="1990-01-01", quote="150,000 people",
                                          sentence="150,000 people were killed on Monday.")), articles())
    assert out["check"].tolist() == ["day_toll_scale"]
    assert "also date_window: dated 1990-01-01" in out["reason"].iloc[0]


def test_without_dated_articles_the_window_is_not_checked():
    assert set_aside(dict(date="1990-03-03"), arts=articles(("a1", None, None))) == {}


TOTAL = "The toll so far is {q}."
DAY = "Shelling killed {q} on Monday."

# (single-day row, cumulative row, set aside?, note): both rows default to source None, article a1
DAY_OVER_TOTAL_CASES = [
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11"), True,
     "a day's 400 above the next day's toll of 300"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-09"), False,
     "a toll dated before the day does not count it"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", qualifier="more_than"), False,
     "'more than 300' as a toll binds nothing"),
    (dict(value_low=400.0, date="2016-12-10", qualifier="at_most"), dict(value_low=300.0, date="2016-12-11"), False,
     "'up to 400' in a day binds nothing"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", period_start="2016-12-11",
                                                   period_end="2016-12-12"), False,
     "a toll over a period starting after the day"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", source="UN OCHA"), False,
     "another source's toll"),
    (dict(value_low=400.0, date="2016-12-10", source="UN OCHA"), dict(value_low=300.0, date="2016-12-11", source="UN OCHA"),
     True, "the same named source"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", article_id="a2"), False,
     "two articles' own reporting are two sources"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", party="civilians"), False,
     "a toll of civilians against a day's count of everyone"),
    (dict(value_low=400.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11", measure="wounded"), False,
     "another measure"),
    (dict(value_low=250.0, date="2016-12-10"), dict(value_low=300.0, date="2016-12-11"), False, "a day below the toll"),
    # a toll that does not say whom it counts is a part of a group named elsewhere
    (dict(value_low=40.0, date="2016-12-10"), dict(value_low=9.0, date="2016-12-11", quote="nine",
                                                 sentence="Of our 130 volunteers, nine have been killed since November 15."),
     False, "a bare 'nine' after 'of our 130 volunteers'"),
    (dict(value_low=40.0, date="2016-12-10"), dict(value_low=25.0, date="2016-12-11", quote="25",
                                                 sentence="Four of our medics were killed and 25 wounded so far."),
     False, "a bare number in a list of tolls"),
    (dict(value_low=40.0, date="2016-12-10"), dict(value_low=30.0, date="2016-12-11", quote="30 civilians"),
     True, "a toll of '30 civilians' names its group (party civilians is not set: the party is unstated)"),
    (dict(value_low=40.0, date="2016-12-10"), dict(value_low=30.0, date="2016-12-11", quote="30 bodies"),
     True, "'30 bodies' names what it counts"),
    (dict(value_low=40.0, date="2016-12-10"), dict(value_low=30.0, date="2016-12-11", quote="thirty persons"),
     True, "a number in words with its noun"),
    (dict(value_low=69.0, date="2016-12-10"), dict(value_low=26.0, date="2016-12-10"), False,
     "a toll given the same day may count another event of that day"),
    (dict(value_low=69.0, date="2016-12-10"), dict(value_low=26.0, date="2016-12-10", period_start="2016-12-08",
                                                   period_end="2016-12-10"), True,
     "a toll over a period that holds the day, given that day"),
    (dict(value_low=69.0, date="2016-12-12"), dict(value_low=26.0, date="2016-12-13", period_start="2016-12-01",
                                                   period_end="2016-12-10"), False,
     "a toll over a period that ended before the day"),
]


@pytest.mark.parametrize("quote,named", [
    ("at least 916 civilians", True), ("54 people", True), ("More than 2,800 people", True), ("12 children", True),
    ("37 bodies", True), ("hundreds of fighters", True), ("nine", False), ("25", False), ("some 40", False),
    ("nine have been killed", False), (None, False), ("", False),
])
def test_a_toll_names_its_group_when_its_quote_has_a_head_noun(quote, named):
    assert checks.names_its_group(quote) is named


@pytest.mark.parametrize("day,total,aside,note", DAY_OVER_TOTAL_CASES, ids=[c[3] for c in DAY_OVER_TOTAL_CASES])
def test_a_days_count_above_a_later_toll_of_the_same_source_is_set_aside(day, total, aside, note):
    day = {"quote": f"{day['value_low']:g} people", **day}
    total = {"quote": f"{total['value_low']:g} people", **total}
    day.setdefault("sentence", DAY.format(q=day["quote"]))
    total.setdefault("sentence", TOTAL.format(q=total["quote"]))
    arts = articles(("a1", "2016-12-12", "Wire"), ("a2", "2016-12-12", "Paper"))
    got = set_aside(day, total, arts=arts)
    assert got == ({"c0": "day_over_total"} if aside else {}), note


def test_a_weak_toll_does_not_set_a_days_count_aside():
    """'the toll climbed, with 22 of the dead in one village' may be part of the day's 87."""
    day = dict(value_low=87.0, qualifier="at_least", quote="At least 87 people",
               sentence="At least 87 people were killed when jets struck.")
    part = dict(value_low=22.0, quote="22 people",
                sentence="Later in the day the toll climbed higher, with 22 people among the dead in one village.")
    assert set_aside(day, part) == {}


def test_a_set_aside_toll_never_sets_a_day_aside():
    day = dict(value_low=400.0, quote="400 people", sentence=DAY.format(q="400 people"))
    total = dict(value_low=300.0, date="1990-01-01", quote="300 people", sentence=TOTAL.format(q="300 people"))
    assert set_aside(day, total) == {"c1": "date_window"}


def test_every_check_is_documented_in_the_module_docstring_and_summarised():
    for name in checks.CHECKS:
        assert f"``{name}``" in checks.__doc__
        summary = checks.check_summary(name)
        assert summary and ":data:" not in summary
    assert list(checks.describe()["check"]) == list(checks.CHECKS)


# ---------------------------------------------------------------------------- statements

def wire_rows() -> pd.DataFrame:
    same = dict(value_low=300.0, source="UN OCHA", quote="300 people", sentence="UN OCHA said 300 people were killed.")
    return claims(dict(same, article_id="a1", claim_id="k1"), dict(same, article_id="a2", claim_id="k2"),
                  dict(same, article_id="a3", claim_id="k3"),
                  dict(same, article_id="a3", claim_id="k4", qualifier="at_least"),
                  dict(value_low=1125.0, category="territory", measure="share_held", unit="percent", article_id="a2",
                       claim_id="k5", quote="45 quarters"))


WIRE_ARTICLES = articles(("a1", "2016-12-12", "Reuters"), ("a2", "2016-12-13", "Reuters"), ("a3", "2016-12-12", None))


def test_the_same_statement_in_several_articles_is_one_statement():
    done = statements.finish_tables(wire_rows(), WIRE_ARTICLES)
    st = done.statements
    assert len(st) == 2, "'300' in three articles and 'at least 300': two statements"
    three = st[st["qualifier"] == "exact"].iloc[0]
    assert (three["n_claims"], three["n_articles"], three["n_outlets"]) == (3, 3, 2)
    assert three["outlets"] == "Reuters" and three["first_published"] == "2016-12-12"
    assert three["claim_ids"] == "k1;k2;k3", "the first report first (earliest article, then id)"
    assert three["article_ids"] == "a1;a2;a3" and three["tally"] == "single_day"
    c = done.claims.set_index("claim_id")
    assert c.loc["k1", "statement_id"] == c.loc["k2", "statement_id"] == c.loc["k3", "statement_id"] == three["statement_id"]
    assert c.loc["k4", "statement_id"] != three["statement_id"]


def test_a_claim_set_aside_keeps_its_row_has_no_statement_and_is_listed_with_its_reason():
    done = statements.finish_tables(wire_rows(), WIRE_ARTICLES)
    assert len(done.claims) == 5
    assert dict(zip(done.claims["claim_id"], done.claims["set_aside"])) == {"k1": False, "k2": False, "k3": False,
                                                                            "k4": False, "k5": True}
    assert pd.isna(done.claims.set_index("claim_id").loc["k5", "statement_id"])
    aside = done.set_aside
    assert aside["claim_id"].tolist() == ["k5"] and aside["check"].tolist() == ["share_range"]
    assert aside["quote"].tolist() == ["45 quarters"] and "1,125 percent" in aside["reason"].iloc[0]
    FINISHED_CLAIMS_SCHEMA.validate(done.claims)


def test_statement_ids_depend_only_on_the_statement():
    rows = wire_rows()
    a = dict(zip(rows["claim_id"], statements.statement_ids(rows)))
    b = dict(zip(rows["claim_id"].iloc[::-1], statements.statement_ids(rows.iloc[::-1])))
    assert a == b and a["k1"] == a["k2"] == a["k3"] != a["k4"]


def test_finishing_a_folder_in_chunks_gives_the_tables_of_finishing_in_memory(tmp_path):
    rows = wire_rows()
    write_csv(rows, tmp_path / "claims.csv")
    write_csv(WIRE_ARTICLES, tmp_path / "articles.csv")
    summary = statements.finish_directory(tmp_path, chunk_rows=2)
    done = statements.finish_tables(read_table(tmp_path / "claims.csv").assign(statement_id=None, set_aside=False),
                                    WIRE_ARTICLES)
    assert (summary.n_claims, summary.n_set_aside, summary.n_statements) == (5, 1, 2)
    assert summary.by_check == {"share_range": 1}
    for name, df in (("claims", done.claims), ("set_aside", done.set_aside), ("statements", done.statements)):
        on_disk = read_table(tmp_path / f"{name}.csv")
        from newsfigures.tables import csv_text
        assert csv_text(on_disk) == csv_text(df[on_disk.columns]), name


# ---------------------------------------------------------------------------- headlines

def headline_rows() -> pd.DataFrame:
    return claims(
        dict(value_low=900.0, article_id="a1", source="X", claim_id="big"),          # the largest, one article
        dict(value_low=300.0, article_id="a1", source="UN OCHA", claim_id="u1"),     # 300 in two articles
        dict(value_low=300.0, article_id="a2", source="SOHR", claim_id="s1"),
        dict(value_low=200.0, article_id="a2", claim_id="o1"),
        dict(value_low=200.0, article_id="a2", claim_id="o2", start=500),           # repeated in one article
    )


ARTS = articles(("a1", "2016-12-12", "Reuters"), ("a2", "2016-12-12", "AP"))


def test_a_headline_prefers_a_figure_two_articles_carry_and_says_a_larger_one_rests_on_one():
    h = statements.headline(headline_rows(), ["date", "value_low", "value_high", "qualifier"],
                            ["value_high", "value_low"], [False, False], ARTS)
    assert h.held and h.top_differs
    assert h.pick["value_low"] == 300.0 and h.pick["n_articles"] == 2 and h.pick["n_sources"] == 2
    assert h.pick["sources"] == ["UN OCHA", "SOHR"] or sorted(h.pick["sources"]) == ["SOHR", "UN OCHA"]
    assert h.top["claim_id"] == "big" and h.top["n_articles"] == 1


def test_a_figure_repeated_in_one_article_still_rests_on_one_article():
    rows = headline_rows()
    h = statements.headline(rows[rows["claim_id"].isin(["o1", "o2"])], ["date", "value_low", "value_high", "qualifier"],
                            ["value_high"], [False], ARTS)
    assert not h.held and h.pick["n_reports"] == 2 and h.pick["n_articles"] == 1


def test_no_figure_no_headline():
    h = statements.headline(headline_rows().iloc[0:0], ["date"], ["date"], [False], ARTS)
    assert h.pick is None and h.top is None and not h.held
