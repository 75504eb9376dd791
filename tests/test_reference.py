"""The figures beside the record: reference series, matching statements to reference points,
the agreement verdicts, and what happens when nothing overlaps."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsfigures import reference as R
from newsfigures.book import reference_figures as RF

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT / "data" / "reference"


def claim(claim_id, value, date, *, high=None, category="casualties", measure="killed", unit="people", party="",
          source="SOHR", qualifier="exact", period_start="", period_end="", quote="", sentence="", **extra):
    row = dict(claim_id=claim_id, article_id=f"a-{claim_id}", category=category, measure=measure,
               value_low=float(value), value_high=float(high if high is not None else value), qualifier=qualifier,
               unit=unit, party=party or pd.NA, source=source, source_type="", party_to_conflict=False,
               date=date or pd.NA, date_method="publication date", period_start=period_start or pd.NA,
               period_end=period_end or pd.NA, quote=quote or str(value), sentence=sentence or f"{value} were killed.",
               start=0, end=1)
    row.update(extra)
    return row


def frame(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def point(point_id, quantity, date, low, high=None, series="casualty_tolls_by_date", since="", source="SOHR"):
    return dict(point_id=point_id, series=series, date=date, measure="m", quantity=quantity, why="", value_low=float(low),
                value_high=float(high if high is not None else low), qualifier="exact", unit="people", scope="",
                source=source, party_to_conflict=False, converted=False, since=since, title="", url="", note="")


# ---------------------------------------------------------------------------- quantity rule

QUANTITY_CASES = [
    ("civilians_killed_since_2016-11-15", "people", R.KILLED_CUMULATIVE, "a toll since a date"),
    ("killed_total_offensive", "people", R.KILLED_CUMULATIVE, "the offensive's toll"),
    ("civilians_killed_west_since_2016-11-15", "people", None, "western Aleppo is not what the corpus counts"),
    ("civilians_killed_by_rebel_shells_since_2016-11-15", "people", None, "deaths in the west from rebel shells"),
    ("civilians_killed_aleppo_province_since_2011-03", "people", None, "a whole-war province toll"),
    ("rebels_killed_since_2016-11-15", "people", None, "fighters only"),
    ("civilians_killed_single_day", "people", R.KILLED_DAY, "one day"),
    ("civilians_killed_while_crossing", "people", R.KILLED_DAY, "one day's shelling of a crossing"),
    ("civilians_killed_single_strike", "people", R.KILLED_DAY, "one strike's deaths on one day"),
    ("wounded_since_2016-11-15", "people", None, "wounded"),
    ("civilians_left_east_aleppo_24h", "people", R.DISPLACED_DAY, "MoD 24-hour count"),
    ("civilians_left_east_aleppo_since_start", "people", R.DISPLACED_CUMULATIVE, "MoD running count"),
    ("displaced_within_aleppo_city_since_2016-11-24", "people", R.DISPLACED_CUMULATIVE, "OCHA since a date"),
    ("displaced_from_east_aleppo_to_kurdish_areas", "people", None, "a part of a stated total"),
    ("idps_in_collective_shelters", "people", R.IN_SHELTERS, "in shelters"),
    ("idps_registered_hanano_and_surroundings", "people", None, "a part of a stated total"),
    ("evacuated_cumulative", "people", R.EVACUATED, "the evacuation's running count"),
    ("evacuated_foah_kefraya", "people", None, "another evacuation"),
    ("medical_evacuations", "patients", None, "patients"),
    ("evacuation_vehicles", "buses", None, "vehicles"),
    ("people_remaining_east_aleppo", "people", R.REMAINING, "still inside"),
    ("gos_share_east_aleppo", "percent", R.GOV_SHARE, "a government share"),
    ("nsag_share_of_former_east_aleppo", "percent", R.GOV_SHARE, "a rebel share, converted"),
    ("gos_area_east_aleppo", "km2", None, "an area"),
    ("gos_share_bustan_al_basha", "percent", None, "one district"),
    ("gos_share_east_aleppo", "km2", None, "a share rule with the wrong unit"),
]


@pytest.mark.parametrize("measure, unit, expected, note", QUANTITY_CASES, ids=[c[3] for c in QUANTITY_CASES])
def test_each_reference_measure_is_compared_as_what_it_counts(measure, unit, expected, note):
    quantity, why = R.reference_quantity(measure, unit)
    assert quantity == expected
    assert why


def test_the_rebel_share_of_the_record_is_converted_to_a_government_share():
    pts = R.series_points(R.read_reference(REF))
    nsag = pts[pts["measure"] == "nsag_share_of_former_east_aleppo"]
    assert len(nsag) == 1, "a row given in two files is one point"
    assert nsag.iloc[0]["value_low"] == 95 and bool(nsag.iloc[0]["converted"])


def test_the_russian_ministry_of_defence_is_marked_a_party():
    pts = R.series_points(R.read_reference(REF))
    mod = pts[pts["series"] == "russia_mod_series"]
    assert len(mod) and mod["party_to_conflict"].all()
    assert not pts[pts["source"] == "OCHA"]["party_to_conflict"].any()


# ---------------------------------------------------------------------------- claims side

CLAIM_CASES = [
    (dict(), R.KILLED_DAY, "a bare death figure counts one day"),
    (dict(period_start="2016-11-15", period_end="2016-12-06"), R.KILLED_CUMULATIVE, "a stated period makes a toll"),
    (dict(sentence="The toll so far is 300.", quote="300"), R.KILLED_CUMULATIVE, "a cue makes a toll"),
    (dict(tally="cumulative"), R.KILLED_CUMULATIVE, "the extractor's tally column wins"),
    (dict(tally="single_day", period_start="2016-11-15", period_end="2016-12-06"), R.KILLED_DAY,
     "the tally column wins over the period"),
    (dict(party="children"), None, "a count of children is a part"),
    (dict(category="displacement", measure="fled"), R.DISPLACED_DAY, "people fleeing on a day"),
    (dict(category="displacement", measure="evacuated", party="civilians"), R.EVACUATED, "evacuated civilians"),
    (dict(category="displacement", measure="fled", unit="families"), None, "families are not people"),
    (dict(category="population", measure="trapped"), R.REMAINING, "trapped = still inside"),
    (dict(category="other", measure="aid"), None, "not compared"),
]


@pytest.mark.parametrize("fields, expected, note", CLAIM_CASES, ids=[c[2] for c in CLAIM_CASES])
def test_claims_get_the_quantity_of_the_record_they_compare_with(fields, expected, note):
    q = R.claim_quantity(frame(claim("c1", 100, "2016-12-01", **fields)))
    assert q.iloc[0] == expected


def test_statements_count_a_figure_carried_by_several_articles_once():
    c = frame(claim("c1", 100, "2016-12-01"), claim("c2", 100, "2016-12-01"), claim("c3", 100, "2016-12-01", source="AFP"))
    s = R.statements(c)
    assert len(s) == 2 and sorted(s["n_reports"]) == [1, 2]


def test_statements_use_the_statement_id_when_the_extractor_gives_one():
    c = frame(claim("c1", 100, "2016-12-01", statement_id="s1"), claim("c2", 100, "2016-12-01", statement_id="s2"))
    assert len(R.statements(c)) == 2


def test_set_aside_claims_are_never_compared():
    c = frame(claim("c1", 100, "2016-12-01"), claim("c2", 200000, "2016-12-01", high=999999))
    s = R.statements(c, pd.DataFrame({"claim_id": ["c2"], "reason": ["implausible"]}))
    assert list(s["claim_id"]) == ["c1"]


# ---------------------------------------------------------------------------- agreement

VERDICT_CASES = [
    (R.KILLED_CUMULATIVE, 100, 100, 100, 100, R.WITH, "the same figure"),
    (R.KILLED_CUMULATIVE, 120, 120, 100, 100, R.WITH, "within a factor 1.25"),
    (R.KILLED_CUMULATIVE, 150, 150, 100, 100, R.AHEAD, "higher, within a factor 2"),
    (R.KILLED_CUMULATIVE, 60, 60, 100, 100, R.BEHIND, "lower, within a factor 2"),
    (R.KILLED_CUMULATIVE, 300, 300, 100, 100, R.AGAINST, "three times the record"),
    (R.KILLED_CUMULATIVE, 20, 20, 100, 100, R.AGAINST, "a fifth of the record"),
    (R.KILLED_CUMULATIVE, 200, 999, 1134, 1134, R.WITH, "'hundreds' reaches to 999: the ranges nearly touch"),
    (R.KILLED_CUMULATIVE, 200000, 999999, 1134, 1134, R.AGAINST, "a war-long toll beside the offensive's"),
    (R.KILLED_DAY, 60, 60, 0, 0, R.AGAINST, "the record has no deaths that day"),
    (R.GOV_SHARE, 93, 93, 95, 95, R.WITH, "two points apart"),
    (R.GOV_SHARE, 73, 73, 60, 60, R.AHEAD, "thirteen points ahead"),
    (R.GOV_SHARE, 33, 33, 60, 60, R.AGAINST, "27 points apart"),
]


@pytest.mark.parametrize("quantity, clo, chi, rlo, rhi, expected, note", VERDICT_CASES, ids=[c[6] for c in VERDICT_CASES])
def test_verdicts(quantity, clo, chi, rlo, rhi, expected, note):
    assert R.verdict(quantity, clo, chi, rlo, rhi) == expected


@pytest.mark.parametrize("clo, chi, rlo, rhi, ratio", [
    (100, 100, 50, 50, 2.0), (50, 50, 100, 100, 0.5), (80, 120, 100, 100, 1.0), (200, 999, 1134, 1134, 999 / 1134)])
def test_ratios_are_taken_between_the_nearest_ends_of_the_ranges(clo, chi, rlo, rhi, ratio):
    assert R.gap_ratio(clo, chi, rlo, rhi) == pytest.approx(ratio)


MATCH_CASES = [
    ([("c1", 100, "2016-12-01"), ("c2", 500, "2016-12-02")], "2016-12-01", "c1", "the same day wins over a closer value"),
    ([("c1", 100, "2016-12-03"), ("c2", 500, "2016-11-30")], "2016-12-01", "c2", "one day beats two"),
    ([("c1", 100, "2016-12-02"), ("c2", 480, "2016-11-30")], "2016-12-01", "c2", "equally near: the closer value"),
    ([("c1", 500, "2016-12-04")], "2016-12-01", None, "three days is too far"),
    ([("c1", 500, "2016-11-29")], "2016-12-01", "c1", "two days is near enough"),
    ([("c1", 500, "")], "2016-12-01", None, "an undated statement is never matched"),
]


@pytest.mark.parametrize("claims, ref_date, expected, note", MATCH_CASES, ids=[c[3] for c in MATCH_CASES])
def test_each_reference_point_takes_the_nearest_statement_of_its_quantity(claims, ref_date, expected, note):
    s = R.statements(frame(*[claim(i, v, d, tally="cumulative") for i, v, d in claims]))
    pts = pd.DataFrame([point("p", R.KILLED_CUMULATIVE, ref_date, 500)])
    t = R.agreement_table(pts, s)
    assert (list(t["claim_id"]) or [None]) == [expected]


def test_a_statement_of_another_quantity_is_never_matched():
    s = R.statements(frame(claim("c1", 500, "2016-12-01")))  # single day
    pts = pd.DataFrame([point("p", R.KILLED_CUMULATIVE, "2016-12-01", 500)])
    assert R.agreement_table(pts, s).empty


def test_a_daily_series_matches_the_same_day_only():
    s = R.statements(frame(claim("c1", 30, "2016-12-02")))
    pts = pd.DataFrame([point("g1", R.KILLED_DAY, "2016-12-01", 30, series="ucdp_ged"),
                        point("g2", R.KILLED_DAY, "2016-12-02", 28, series="ucdp_ged")])
    assert list(R.agreement_table(pts, s)["point_id"]) == ["g2"]


def test_a_toll_over_another_period_is_another_measure():
    s = R.statements(frame(claim("c1", 300000, "2016-12-12", period_start="2011-03-15", period_end="2016-12-12"),
                           claim("c2", 900, "2016-12-12", period_start="2016-11-15", period_end="2016-12-12")))
    pts = pd.DataFrame([point("p", R.KILLED_CUMULATIVE, "2016-12-12", 1134, since="2016-11-15")])
    assert list(R.agreement_table(pts, s)["claim_id"]) == ["c2"]


def test_the_summary_counts_every_pair_once():
    s = R.statements(frame(claim("c1", 100, "2016-12-01", tally="cumulative"),
                           claim("c2", 400, "2016-12-05", tally="cumulative")))
    pts = pd.DataFrame([point("p1", R.KILLED_CUMULATIVE, "2016-12-01", 100),
                        point("p2", R.KILLED_CUMULATIVE, "2016-12-05", 100),
                        point("p3", R.KILLED_CUMULATIVE, "2016-12-20", 100)])
    summary = R.agreement_summary(R.agreement_table(pts, s)).set_index("quantity")
    assert summary.loc["all", "pairs"] == 2 and summary.loc["all", R.WITH] == 1 and summary.loc["all", R.AGAINST] == 1


# ---------------------------------------------------------------------------- no overlap

def all_points():
    ref = R.read_reference(REF)
    return pd.concat([R.series_points(ref), R.ged_points(ref[R.GED_EVENTS])], ignore_index=True)


def test_an_empty_corpus_compares_nothing_and_does_not_fail():
    empty = frame(claim("c1", 1, "2016-12-01")).iloc[0:0]
    s = R.statements(empty)
    assert s.empty
    window = R.corpus_window(s, pd.DataFrame(columns=["date"]))
    assert window == ("", "")
    pts = R.in_window(all_points(), window)
    assert pts.empty
    t = R.agreement_table(pts, s)
    assert t.empty
    assert R.agreement_summary(t).set_index("quantity").loc["all", "pairs"] == 0
    for fig in (RF.deaths_figure(R.ged_city(pd.DataFrame()), pts, s, {}), RF.displacement_figure(pts, s, {}),
                RF.share_figure(pts, s, {}), RF.neighbourhood_figure(R.neighbourhood_dates(pd.DataFrame(), None), {})):
        assert RF.drawn_counts(fig) == {"statement": 0, "record": 0}


def test_a_corpus_outside_2016_is_compared_with_nothing():
    s = R.statements(frame(claim("c1", 40, "2020-03-01"), claim("c2", 60, "2020-03-05", tally="cumulative")))
    window = R.corpus_window(s)
    assert window == ("2020-03-01", "2020-03-05")
    pts = R.in_window(all_points(), window)
    assert pts.empty
    assert R.agreement_table(pts, s).empty
    assert RF.drawn_counts(RF.deaths_figure(R.ged_city(pd.DataFrame()), pts, s, {}))["record"] == 0


def test_the_window_keeps_the_record_within_two_days_of_the_corpus():
    pts = R.in_window(all_points(), ("2016-12-01", "2016-12-03"))
    assert pts["date"].min() >= "2016-11-29" and pts["date"].max() <= "2016-12-05" and len(pts)


# ---------------------------------------------------------------------------- UCDP GED

def test_ged_daily_sums_reproduce_the_shipped_daily_file():
    ref = R.read_reference(REF)
    mine = R.ged_city(ref[R.GED_EVENTS])
    shipped = pd.read_csv(REF / R.GED_DAILY)
    assert list(mine["date"]) == list(shipped["date"])
    assert list(mine["day_best"]) == list(shipped["best"].astype(float))
    assert list(mine["events"]) == list(shipped["events"])


def test_ged_cumulative_counts_multi_day_events_on_their_last_day():
    ref = R.read_reference(REF)
    g = R.ged_city(ref[R.GED_EVENTS]).set_index("date")
    city = ref[R.GED_EVENTS][ref[R.GED_EVENTS]["in_aleppo_city"]]
    assert g["cum_best"].iloc[-1] == city["best"].sum()
    jump = g.loc["2016-12-12", "cum_best"] - g.loc["2016-12-11", "cum_best"]
    assert jump == 459 + g.loc["2016-12-12", "day_best"]  # the 15 Nov - 12 Dec entry
    assert (g["cum_low"] <= g["cum_best"]).all() and (g["cum_best"] <= g["cum_high"]).all()


def test_the_share_of_ged_events_sourced_from_sohr_is_computed():
    ref = R.read_reference(REF)
    n, k, share = R.sohr_share(ref[R.GED_EVENTS])
    assert n == 94 and k == n and share == 1.0
    n_all, k_all, _ = R.sohr_share(ref[R.GED_EVENTS], city_only=False)
    assert n_all == 237 and k_all < n_all


# ---------------------------------------------------------------------------- neighbourhoods

NAME_CASES = [
    ("Hanano", "Masaken Hanano", "a gazetteer variant"),
    ("Masakin Hanano", "Masaken Hanano", "another spelling"),
    ("'Ard al-Hamra", "Ard al-Hamra", "a leading apostrophe"),
    ("Old City (three neighbourhoods)", "Old City", "a note after the name"),
    ("Sheikh Khider", "Sheikh Khodr", "a reviewed alias"),
    ("Sokari (pockets)", "Sukkari", "a reviewed alias with a note"),
    ("Zouhor hill", None, "not in the gazetteer"),
    ("eastern Aleppo (all)", None, "not a neighbourhood"),
]


@pytest.mark.parametrize("name, expected, note", NAME_CASES, ids=[c[2] for c in NAME_CASES])
def test_reference_names_are_matched_to_the_gazetteer(name, expected, note):
    aliases = pd.read_csv(REF / R.ALIASES_FILE)
    assert R.canonical_neighbourhood(name, dict(zip(aliases["reference_name"], aliases["gazetteer_name"]))) == expected


def test_the_first_capture_in_the_corpus_is_set_against_the_first_in_the_record():
    changes = pd.DataFrame([
        dict(date="2016-11-30", neighbourhood="Sheikh Saeed", change="captured", extent="most", taken_by="government",
             source="W"),
        dict(date="2016-12-01", neighbourhood="Sheikh Saeed", change="recaptured", extent="most", taken_by="rebels",
             source="W"),
        dict(date="2016-12-12", neighbourhood="Sheikh Said", change="captured", extent="full", taken_by="government",
             source="S"),
        dict(date="2016-11-27", neighbourhood="Huluk", change="captured", extent="", taken_by="SDF (from Sheikh Maqsoud)",
             source="I"),
        dict(date="2016-12-13", neighbourhood="Sukkari", change="remaining", extent="", taken_by="rebels", source="O"),
    ])
    events = pd.DataFrame([
        dict(event_id="e1", neighbourhood="Sheikh Saeed", controller="government", event="captured", date="2016-12-12",
             source="SANA"),
        dict(event_id="e2", neighbourhood="Sheikh Saeed", controller="government", event="captured", date="2016-12-13",
             source="AFP"),
        dict(event_id="e3", neighbourhood="Sukkari", controller="government", event="captured", date="2016-12-14",
             source="AFP"),
        dict(event_id="e4", neighbourhood="Sheikh Saeed", controller="rebels", event="held", date="2016-12-01",
             source="AFP"),
    ])
    t = R.neighbourhood_dates(changes, events)
    assert len(t) == 1
    row = t.iloc[0]
    assert (row["neighbourhood"], row["taker"], row["reference_date"], row["corpus_date"], row["days"]) == \
        ("Sheikh Saeed", "government", "2016-11-30", "2016-12-12", 12)
    assert row["reference_dates"] == "2016-11-30, 2016-12-12"


# ---------------------------------------------------------------------------- the shipped files

def test_the_reference_files_ship_with_a_readme_and_citations():
    readme = (REF / "README.md").read_text("utf-8")
    for name in R.REFERENCE_FILES:
        assert (REF / name).is_file(), name
        assert f"`{name}`" in readme, f"README describes {name}"
    for key in ("Sundberg", "Melander", "Journal of Peace Research", "Högbladh", "OCHA", "ReliefWeb", "CC BY 4.0"):
        assert key in readme
    for who, text in R.CITATIONS.items():
        assert who.split()[0] in readme
        assert "Sundberg" in text if who == "UCDP GED" else "ReliefWeb" in text


def test_every_reference_row_has_a_source_and_a_url():
    for name in R.SERIES_FILES + (R.CHANGES_FILE,):
        df = pd.read_csv(REF / name, dtype=str, keep_default_na=False)
        assert (df["source"] != "").all(), name
        assert (df["url"].str.startswith("http")).all(), name


def test_nothing_reads_the_shared_folder():
    nb = json.loads((ROOT / "chapters" / "reference.ipynb").read_text("utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"])
    modules = [(ROOT / "lib" / "newsfigures" / name).read_text("utf-8")
               for name in ("reference.py", "book/reference_figures.py")]
    for text in (code, *modules):
        assert "/shared" not in text and "shared/" not in text


def test_the_chapter_takes_the_reference_folder_as_a_parameter():
    from newsfigures.book.build import notebook_parameters

    params = notebook_parameters(ROOT / "chapters" / "reference.ipynb")
    assert {"reference_dir", "tables_dir", "project_dir", "date_from", "date_to"} <= set(params)
