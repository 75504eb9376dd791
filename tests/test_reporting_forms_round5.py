"""Forms of real reporting met on unseen reports (issue 12, fifth round), claims side: a place
described in apposition is no person ("he said" skips it), a capitalised brand is no name, and
a toll dated by the noun form of a start ("since the start of the offensive on Nov. 15").

Every case is a made-up sentence (or a few) read inside a short article about the conflict
published on Monday 12 December 2016 (the helpers of ``test_real_reporting_forms``):
``(text, quote start, expected, note)``. Known misses are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from test_real_reporting_forms import claim


def field(text: str, quote: str, name: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else (r[name] or "")


# --- "he said" after a place described in apposition ------------------------------------------------
PLACE_APPOSITIONS = [
    ("Jane Moss of UNICEF said 30,000 people had reached Jibreen, a government-held area east of the city. "
     "\"Up to 50,000 people may still be inside,\" she said.", "Up to 50,000", "UNICEF",
     "an area in apposition is no person"),
    ("Omar Haddad, a spokesman for the Syrian Civil Defence, said 400 people had fled to Tal Rifaat, a town "
     "north of the city. He said 25 people were killed on Sunday.", "25 people", "Syrian Civil Defence",
     "a town in apposition"),
    ("The ICRC's Pawel Nowak said 2,000 people were sheltering in Mashhad, the last district still held "
     "by rebels. He said 300 wounded were evacuated.", "300 wounded", "ICRC", "a district in apposition"),
    ("Jan Egeland, the UN humanitarian adviser, said 100,000 people were trapped. He said 2,000 had left.",
     "2,000", "United Nations", "a person in apposition is still one (unchanged)"),
]


@pytest.mark.parametrize("text, quote, expected, note", PLACE_APPOSITIONS, ids=[c[-1] for c in PLACE_APPOSITIONS])
def test_a_place_in_apposition_is_no_speaker(text, quote, expected, note):
    assert field(text, quote, "source") == expected, note


# --- a capitalised brand inside a word is no name ---------------------------------------------------------
BRANDS = [
    ("A resident reached by WhatsApp said 11 bodies lay in his street.", "11 bodies", "residents",
     "'WhatsApp' gives no person 'Whats'"),
    ("Activists posting on YouTube said 40 people were killed in the shelling.", "40 people", "activists",
     "'YouTube'"),
    ("I reached a teacher by WhatsApp. He told me 30 people died in his street.", "30 people", "",
     "no name, so no speaker from the brand"),
]


@pytest.mark.parametrize("text, quote, expected, note", BRANDS, ids=[c[-1] for c in BRANDS])
def test_a_brand_is_no_name(text, quote, expected, note):
    assert field(text, quote, "source") == expected, note
    assert "Whats" not in (field(text, quote, "speaker") or "") and "You" not in (field(text, quote, "speaker") or ""), note


# --- the noun form of a start dates a running toll --------------------------------------------------------
SINCE_THE_START = [
    ("Troops have taken at least 30 neighborhoods since the start of the offensive on November 15.",
     "at least 30", ("2016-12-12", "2016-11-15", "2016-12-12"), "neighbourhoods taken since the start of"),
    ("Since the beginning of the army's assault on Nov. 15, the monitor has counted 700 civilians killed.",
     "700", ("2016-12-12", "2016-11-15", "2016-12-12"), "fronted, a possessive before the offensive"),
    ("More than 40,000 people have fled since the launch of the government offensive on 15 November.",
     "More than 40,000", ("2016-12-12", "2016-11-15", "2016-12-12"), "since the launch of"),
    ("Some 300 people were killed on Sunday, since the start of the truce talks.", "Some 300",
     ("2016-12-11", "", ""), "a start with no date leaves the weekday"),
]


@pytest.mark.parametrize("text, quote, expected, note", SINCE_THE_START, ids=[c[-1] for c in SINCE_THE_START])
def test_the_start_of_an_offensive_on_a_day_opens_the_period(text, quote, expected, note):
    got = tuple(field(text, quote, k) for k in ("date", "period_start", "period_end"))
    assert got == expected, note


# --- a share of a named group, an alias of the UN's humanitarian office, "may still be inside" ----------
GROUP_SHARES = [
    ("OCHA estimates that about 60 percent of the evacuees went on to Idlib province.", "about 60 percent",
     ("displacement", "evacuated", "percent"), "a share of the evacuees"),
    ("More than 40 percent of the dead were women and children, the monitor said.", "More than 40 percent",
     ("casualties", "killed", "percent"), "a share of the dead"),
    ("Nearly half of the displaced are children, UNICEF said.", "Nearly half",
     ("displacement", "displaced", "percent"), "a fraction of the displaced"),
    ("A third of the wounded were treated in field clinics.", "A third", ("casualties", "wounded", "percent"),
     "a share of the wounded"),
    ("Rebels still hold 10 percent of the east.", "10 percent", ("territory", "share_held", "percent"),
     "a share of a place is unchanged"),
    ("Some 52 percent of the vote went to the ruling party.", "Some 52 percent", ("other", "other", "percent"),
     "a share of no group stays other"),
]


@pytest.mark.parametrize("text, quote, expected, note", GROUP_SHARES, ids=[c[-1] for c in GROUP_SHARES])
def test_a_share_of_a_named_group_counts_that_group(text, quote, expected, note):
    r = claim(text, quote)
    assert r is not None and (r["category"], r["measure"], r["unit"]) == expected, note


WORDINGS = [
    ("The UN humanitarian wing warned that tens of thousands of people remained trapped.", "tens of thousands",
     "source", "UN OCHA", "the UN's humanitarian wing is OCHA"),
    ("The UN's humanitarian arm said 31,000 people had fled in four days.", "31,000", "source", "UN OCHA",
     "the UN's humanitarian arm"),
    ("- The UN envoy says as many as 50,000 people may still be inside", "as many as 50,000", "measure",
     "remaining", "'may still be inside' is remaining"),
    ("Up to 2,000 fighters could still be in the pocket, the army said.", "Up to 2,000", "measure", "remaining",
     "'could still be in'"),
]


@pytest.mark.parametrize("text, quote, column, expected, note", WORDINGS, ids=[c[-1] for c in WORDINGS])
def test_wordings_of_sources_and_populations(text, quote, column, expected, note):
    assert field(text, quote, column) == expected, note
