"""Publication dates, outlets and wire tags from the raw text of a page, without a manifest.

Made-up datelines, headers, bylines and page furniture in the forms real pages use, positive
and negative: captions, past events, "updated" against "published", copyright years, scrape
dates, reported speech naming other outlets. Confidence matters as much as the value: a wrong
date at medium or high confidence is the failure to avoid.
"""

import datetime as dt

import pandas as pd
import pytest

from newsfigures.reading.published import check_year, infer_published, is_date_stamp, weekday_dates
from newsfigures.evaluate import score_metadata
from newsfigures.reading.outlets import dateline_tag, infer_outlet, resolve_outlet

D = dt.date
H = "Syrian troops press on in eastern Aleppo"  # a headline
BODY = "Government forces took two more districts, a monitor said."

# (top lines, paragraphs after the headline, captions, year hint, expected date, confidence, note)
# expected confidence "low|none" style alternatives are written with "|".
PUBLISHED = [
    # ------------------------------------------------------------ datelines
    ([], ["3 December 2016, NEW YORK - Nearly half a million children live under siege, UNICEF said."], [], None,
     D(2016, 12, 3), "high", "date-first dateline (UN press release)"),
    ([], ["NEW YORK/AMMAN, 3 December 2016 – Children in eastern Aleppo are at grave risk."], [], None,
     D(2016, 12, 3), "high", "two cities then the date"),
    ([], ["BEIRUT, Lebanon, Nov. 30 (UPI) -- Syrian forces seized more districts."], [], 2016,
     D(2016, 11, 30), "high", "UPI dateline without year takes the corpus year"),
    ([], ["MOSCOW, December 14. /TASS/. Another quarter of Aleppo was taken."], [], 2016,
     D(2016, 12, 14), "high", "TASS dateline with slashes and no dash"),
    ([], ["MOSCOW, December 14 /TASS/ - Syrian troops took Sukari."], [], 2016,
     D(2016, 12, 14), "high", "TASS dateline with a dash"),
    ([], ["DAMASCUS, Dec. 12 (Xinhua) -- Troops seized Sheikh Saeed.", "The offensive began on Nov. 15, 2016."], [], 2015,
     D(2016, 12, 12), "high", "year from a later full date in the article beats the corpus year"),
    ([], ["DAMASCUS, Dec. 12 (Xinhua) -- Troops seized Sheikh Saeed.", "Rebels took the east on July 19, 2012."], [], 2016,
     D(2016, 12, 12), "high", "an older full date is history: the corpus year stands"),
    ([], ["DAMASCUS, Dec. 12 (Xinhua) -- Troops seized Sheikh Saeed.", "Rebels took the east on July 19, 2012."], [], None,
     D(2012, 12, 12), "high", "with no corpus, the article's year is all there is"),
    ([], ["ALEPPO, Syria, Dec. 13, 2016 (Reuters) - Rebels agreed to leave."], [], None,
     D(2016, 12, 13), "high", "Reuters dateline with a year"),
    ([], ["Aleppo, Dec 9, SANA - Army units advanced in the Old City."], [], 2016,
     D(2016, 12, 9), "high", "SANA dateline with a date"),
    ([], ["Washington, DC, December 1, 2016 — SAMS announced that its facilities were seized."], [], None,
     D(2016, 12, 1), "high", "NGO release dateline with a long dash"),
    ([], ["GENEVA, 20 December 2016 - Nearly 19,000 people have been evacuated."], [], None,
     D(2016, 12, 20), "high", "day-month-year dateline"),
    # ------------------------------------------------------------ statements and header lines
    (["Published: Friday 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "high", "Published: with weekday"),
    (["Last updated 12:04 GMT, 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "medium",
     "an update stamp alone is only medium"),
    (["First published on Fri 16 Dec 2016 12.04 GMT", "Last modified on Sat 17 Dec 2016 09.10 GMT"], [BODY], [], None,
     D(2016, 12, 16), "high", "published beats a later modification"),
    (["Posted: Dec 16, 2016 9:30 AM ET | Last Updated: Dec 17, 2016"], [BODY], [], None,
     D(2016, 12, 16), "high", "posted and updated on one line"),
    (["Press release, 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "high", "press release header"),
    (["PRESS RELEASE | 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "high", "press release with a bar"),
    (["For immediate release: December 16, 2016"], [BODY], [], None, D(2016, 12, 16), "high", "for immediate release"),
    (["Briefing notes, 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "high", "UN briefing note header"),
    (["Date: 13 December 2016"], [BODY], [], None, D(2016, 12, 13), "high", "Date: label"),
    (["Posted on December 9, 2016 by admin"], [BODY], [], None, D(2016, 12, 9), "high", "blog posted-on line"),
    (["By Jane Doe | Dec. 3, 2016 4:12 PM ET"], [BODY], [], None, D(2016, 12, 3), "high", "byline with date and time"),
    (["By Jane Doe and John Roe", "December 3, 2016"], [BODY], [], None, D(2016, 12, 3), "high", "date line under a byline"),
    (["Monday 12 December 2016 16.27 GMT"], [BODY], [], None, D(2016, 12, 12), "high", "weekday date time header"),
    (["12:04 GMT 16 Dec 2016"], [BODY], [], None, D(2016, 12, 16), "high", "time before the date"),
    ([], ["This report was published on 5 December 2016 and covers the week before."], [], None,
     D(2016, 12, 5), "high", "the report says when it was published"),
    ([], ["Update, Wednesday AM, December 21, 2016 (EST):", BODY], [], None,
     D(2016, 12, 21), "medium", "blog update stamp"),
    ([], ["Three teams were out today (16 December) visiting camps in Atareb."], [], 2016,
     D(2016, 12, 16), "medium", "today with its date in parentheses"),
    ([], ["Aid workers said this morning, Dec. 16, that buses had left."], [], 2016,
     D(2016, 12, 16), "medium", "this morning with its date"),
    (["By ANNE BARNARD and HWAIDA SAAD DEC. 12, 2016"], [BODY], [], None, D(2016, 12, 12), "high",
     "newspaper byline with the date in capitals"),
    (["Source: Xinhua | 2016-12-13 05:38:59 | Editor: huaxia"], [BODY], [], None, D(2016, 12, 13), "high",
     "ISO date on an agency header"),
    (["18:25 14.12.2016 (updated 19:02 14.12.2016)"], [BODY], [], None, D(2016, 12, 14), "high",
     "dotted European date with an update stamp"),
    (["December 16, 2016 / 12:04 PM / 8 years ago"], [BODY], [], None, D(2016, 12, 16), "high",
     "date with a relative age"),
    (["Published time: 14 Dec, 2016 10:05", "Edited time: 15 Dec, 2016 12:30"], [BODY], [], None,
     D(2016, 12, 14), "high", "published time beats edited time"),
    (["12-13-2016 17:50 BJT"], [BODY], [], None, D(2016, 12, 13), "high", "month-first numeric date, unambiguous"),
    (["12/11/2016 17:50"], [BODY], [], None, None, "none", "numeric date whose order cannot be known"),
    (["12/12/2016 17:50"], [BODY], [], None, D(2016, 12, 12), "high", "numeric date that reads the same either way"),
    (["December 14, 2016, 17:35 UTC+3"], [BODY], [], None, D(2016, 12, 14), "high", "date with a UTC offset"),
    ([], ["DAMASCUS, Dec. 14, 2016 (SANA) - Troops advanced."], [], None, D(2016, 12, 14), "low",
     "a dateline and a dated headline that disagree leave only a low guess"),
    ([], ["16 December 2016 – The United Nations said evacuations had resumed."], [], None,
     D(2016, 12, 16), "high", "UN news dateline with only a date"),
    ([], ["GENEVA (13 December 2016) – The UN human rights office said it had reports of killings."], [], None,
     D(2016, 12, 13), "high", "dateline with the date in parentheses"),
    ([], ["Buses left the city yesterday (15 December), the committee said."], [], 2016,
     D(2016, 12, 16), "medium", "yesterday with its date: the page is a day later"),
    ([], ["Buses left the city yesterday (31 December), the committee said."], [], 2016,
     D(2017, 1, 1), "medium", "yesterday at the turn of the year"),
    (["Press briefing notes on Syria, 16 December 2016"], [BODY], [], None, D(2016, 12, 16), "high",
     "a header line ending in its date"),
    (["Posted: Dec 16, 2016 9:30 AM ET | Last Updated: Dec 20, 2016"], [BODY], [], None, D(2016, 12, 16), "high",
     "an update stamp at the end of a header line is no headline date"),
    (["Posted on 14 December، 2016"], [BODY], [], None, D(2016, 12, 14), "high", "Arabic comma before the year"),
    ([], ["Dec 13 (Reuters) - Syrian government forces advanced."], [], 2016, D(2016, 12, 13), "high",
     "a brief's dateline with only a date and the tag"),
    ([], ["QAMISHLO, 14-12-2016 – Kurdish units said civilians had arrived."], [], None, D(2016, 12, 14), "high",
     "numeric date in a dateline"),
    ([], ["BEIJING, DEC. 14 (Xinhua) -- China urged a ceasefire."], [], 2016, D(2016, 12, 14), "high",
     "month in capitals in a dateline"),
    # ------------------------------------------------------------ lead dates (low)
    ([], ["DAMASCUS, Syria (AFP) - Syrian forces pressed their assault on Friday (Dec 9) as civilians fled."], [], 2016,
     D(2016, 12, 9), "low", "AFP lead weekday with its date is only a low guess"),
    ([], ["BEIRUT (AP) — Syrian troops advanced on Tuesday, Nov. 22, into the Hanano district."], [], 2016,
     D(2016, 11, 22), "low", "AP lead weekday-date"),
    ([], ["BEIRUT (AP) — Syrian troops advanced on Tuesday, Nov. 22, into the Hanano district."], [], 2017,
     D(2016, 11, 22), "low", "the weekday moves a wrong corpus year by one"),
    # ------------------------------------------------------------ headlines
    ([], [BODY], [], None, D(2016, 12, 16), "high", "headline ending in a date"),
    ([], [BODY], [], None, D(2016, 12, 5), "high", "headline with a date in parentheses"),
    # ------------------------------------------------------------ traps: no date, or never above low
    ([], [BODY], ["Smoke rises over Aleppo on Dec. 11, 2016. (AFP)"], None, None, "none",
     "a caption without weekday words is only a lower bound"),
    ([], ["Government forces advanced on Tuesday, a monitor said."], ["A boy in Aleppo, Dec. 21, 2016. (AP)"], None,
     D(2016, 12, 21), "low", "a caption dated after the news is never above low"),
    ([], ["Syria's army said Monday it held 98 percent of the east."], ["In this Monday, Dec. 5, 2016 photo, soldiers fire. (AP Photo)"],
     None, None, "none", "AP file photo"),
    ([], ["BEIRUT (AP) — The offensive, which began on Tuesday, Nov. 15, has killed hundreds."], [], 2016,
     None, "none", "a past event in the lead is not the news day"),
    ([], ["BEIRUT -- Government forces, who launched the assault on Nov. 15, pressed on."], [], 2016,
     None, "none", "a bare past date in the lead"),
    ([], ["On December 7 the Aleppo Leadership Council issued a statement - it demanded a truce."], [], 2016,
     None, "none", "a sentence starting with a date is no dateline"),
    ([], ["27 November 2016, the day Hanano fell, was the turning point."], [], None,
     None, "none", "a date as a sentence subject is no dateline"),
    ([], ["The prisoners were released on Dec. 5, officials said, and went home."], [], 2016,
     None, "none", "'released on' in running text is news, not publication"),
    ([], ["OCHA will release the next report on 3 December 2016."], [], None,
     None, "none", "a future release"),
    ([], ["The next report will be issued on 3 December 2016, the agency said."], [], None,
     None, "none", "a future issue date"),
    ([], ["A ceasefire would last until Friday, Dec. 9, the envoy said."], [], 2016,
     None, "none", "a weekday-date after 'until' is a plan"),
    ([], ["Last year, on Tuesday, Dec. 13, the same district was shelled."], [], 2016,
     None, "none", "'last year' makes the weekday-date a past event"),
    (["© 2016 BBC"], [BODY], [], None, None, "none", "a copyright year is no date"),
    (["Copyright 2017 The Associated Press. All rights reserved."], [BODY], [], None, None, "none",
     "a copyright line gives no publication date"),
    (["Tuesday, 1 December 2026"], [BODY], [], 2016, None, "none",
     "a site header dated years after the corpus is the scrape date"),
    ([], [BODY], [], None, None, "none", "a weekly report's date range is no publication day"),
]
HEADLINES = {
    "headline ending in a date": "Syria: Aleppo Flash Update - 16 December 2016",
    "headline with a date in parentheses": "Aleppo Situation Report No. 3 (5 December 2016)",
    "a weekly report's date range is no publication day": "Syria Situation Report: December 2-8, 2016",
    "a dateline and a dated headline that disagree leave only a low guess": "Aleppo Flash Update (16 December 2016)",
}


@pytest.mark.parametrize("top,paragraphs,captions,year_hint,expected,confidence,note", PUBLISHED,
                         ids=[c[-1] for c in PUBLISHED])
def test_publication_date_from_raw_text(top, paragraphs, captions, year_hint, expected, confidence, note):
    headline = HEADLINES.get(note, H)
    inf = infer_published([headline] + paragraphs, captions, list(top), year_hint=year_hint, top=list(top))
    assert (inf.date, inf.confidence) == (expected, confidence), inf.evidence
    assert inf.evidence
    assert (inf.method == "none") == (expected is None)


def test_missing_year_says_where_it_came_from():
    corpus = infer_published([H, "BEIRUT, Nov. 30 (UPI) -- Troops advanced."], year_hint=2016)
    article = infer_published([H, "BEIRUT, Nov. 30 (UPI) -- Troops advanced.", "Talks began on Nov. 2, 2016."], year_hint=2015)
    assert corpus.method == "inferred:dateline+corpus_year"
    assert article.method == "inferred:dateline+article_year" and article.date == D(2016, 11, 30)


def test_weekday_moves_a_wrong_year_and_says_so():
    inf = infer_published([H, "DAMASCUS, Dec. 9 (SANA) - Troops advanced on Friday (Dec 9) in the Old City."], year_hint=2017)
    assert inf.date == D(2016, 12, 9) and "weekday_year" in inf.method and inf.confidence == "high"


def test_weekday_that_fits_no_year_nearby_lowers_confidence():
    inf = infer_published([H, "DAMASCUS, Dec. 10 (SANA) - Troops advanced on Friday (Dec 10) in the Old City."], year_hint=2016)
    assert inf.confidence == "low" and "weekday_conflict" in inf.method


@pytest.mark.parametrize("year,checks,expected", [
    (2016, [(4, 12, 9)], (2016, "weekday_ok")),
    (2017, [(4, 12, 9)], (2016, "weekday_year")),
    (2015, [(4, 12, 9)], (2016, "weekday_year")),
    (2016, [(5, 12, 10), (4, 12, 9)], (2016, "weekday_ok")),
    (2016, [(0, 12, 10)], (2016, "weekday_conflict")),
    (2016, [], (2016, "")),
])
def test_check_year(year, checks, expected):
    assert check_year(year, checks) == expected


@pytest.mark.parametrize("text,expected", [
    ("on Friday (Dec 9) as civilians fled", [(4, 12, 9)]),
    ("on Tuesday, Nov. 22, into Hanano", [(1, 11, 22)]),
    ("since Thursday December 15th", [(3, 12, 15)]),
    ("on Wednesday, Nov. 30, 2016", []),   # has its year: nothing to check
    ("on Friday the army said", []),
])
def test_weekday_dates(text, expected):
    assert weekday_dates(text) == expected


# ------------------------------------------------------------------------------ outlets

# (top lines, paragraphs after the headline, bottom lines, expected outlet, expected wire, note)
OUTLETS = [
    (["CNN International | Middle East"], [BODY], [], "CNN", "", "site-name line with a section"),
    (["TASS | Russian News Agency"], ["MOSCOW, December 14. /TASS/. Troops took Sukari."], [], "TASS", "TASS",
     "an agency's own site"),
    (["The Daily Star", "World > Middle East"], ["Civilians trudged through the cold, an AFP correspondent saw."], [],
     "The Daily Star", "Agence France-Presse", "paper running AFP copy, known from AFP speaking of itself"),
    (["Newsweek", "World"], [BODY], ["Reuters", "Sign up for Newsweek's daily newsletter"], "Newsweek", "Reuters",
     "magazine with a Reuters credit at the foot"),
    ([], ["BEIRUT, Lebanon, Nov. 30 (UPI) -- Syrian forces seized more districts."], [],
     "United Press International", "United Press International", "UPI dateline, no page furniture"),
    ([], ["DAMASCUS, Syria (AFP) - Syrian forces pressed their assault."], [], "Agence France-Presse",
     "Agence France-Presse", "AFP dateline"),
    ([], ["Aleppo, SANA- Army units restored security to the Old City."], [], "SANA", "SANA", "SANA dateline"),
    ([], ["(CNN) - A boy sits barefoot on the pavement."], [], "CNN", "", "a broadcaster's own dateline"),
    ([], ["ANKARA (AA) - Turkey said evacuations would resume."], [], "Anadolu Agency", "Anadolu Agency", "Anadolu tag"),
    ([], ["BEIRUT, Dec 16 (dpa) - Buses left eastern Aleppo."], [], "Deutsche Presse-Agentur",
     "Deutsche Presse-Agentur", "dpa tag in lower case"),
    ([], ["Aleppo Province, The Syrian Observatory for Human Rights: Civilians keep fleeing."], [],
     "Syrian Observatory for Human Rights", "", "a monitor's own dateline"),
    (["Syria Times"], ["DAMASCUS, Dec. 12 (Xinhua) -- Troops seized Sheikh Saeed."], [], "Syria Times", "Xinhua",
     "blog republishing Xinhua"),
    ([], [BODY], ["© 2016 The Washington Post"], "The Washington Post", "", "publisher's copyright line"),
    ([], [BODY], ["Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
                  "broadcast, rewritten or redistributed."], "Associated Press", "Associated Press",
     "agency copyright: wire copy on an unknown page"),
    (["Aleppo falls to the army | BBC News"], [BODY], [], "BBC News", "", "page title ending in the site"),
    (["Home | Al Jazeera English"], [BODY], [], "Al Jazeera", "", "breadcrumb ending in the site"),
    ([], [BODY], ["More from SANA"], "SANA", "", "'More from' prompt"),
    ([], [BODY], ["Source: Al Jazeera and news agencies"], "Al Jazeera", "", "source line"),
    ([], [BODY, "(Reporting by Tom Perry; Editing by Mark Heinrich)"], [], "Reuters", "Reuters",
     "Reuters signature"),
    (["The Guardian"], [BODY], ["Additional reporting by AFP"], "The Guardian", "Agence France-Presse",
     "additional reporting credit"),
    ([], [BODY], ["Associated Press contributed to this report."], "Associated Press", "Associated Press",
     "contributed-to-this-report credit"),
    ([], [BODY], ["Associated Press writers Albert Aji in Damascus, Syria, and Jamey Keaten in Geneva contributed."],
     "Associated Press", "Associated Press", "the agency's writers contributed"),
    ([], [BODY], ["Reuters reporters in Beirut and Geneva contributed."], "Reuters", "Reuters",
     "the agency's reporters contributed"),
    ([], [BODY], ["Staff writers Jane Doe in Beirut and John Roe in Geneva contributed."], "", "",
     "writers of no agency contributed"),
    (["www.sana.sy"], [BODY], [], "SANA", "SANA", "web address"),
    (["Doctors Without Borders / Medecins Sans Frontieres"], [BODY], [], "Medecins Sans Frontieres", "",
     "NGO site name with a slash"),
    (["By Reuters"], [BODY], [], "Reuters", "Reuters", "agency byline"),
    (["By Sarah El Deeb and Philip Issa, Associated Press"], [BODY], [], "Associated Press", "Associated Press",
     "writers then the agency"),
    (["The Guardian", "Reuters in Beirut"], [BODY], [], "The Guardian", "Reuters", "agency filing from a place"),
    (["By Liz Sly, The Washington Post"], [BODY], [], "The Washington Post", "", "writer then the paper"),
    (["Kareem Shaheen in Beirut"], [BODY], [], "", "", "a correspondent filing from a place names no outlet"),
    (["By Jane Doe, Middle East correspondent"], [BODY], [], "", "", "a byline with a job title names no outlet"),
    (["Thomson Reuters"], [BODY], ["Report Typo or Error"], "CBC News", "Reuters", "CBC furniture with a Reuters byline"),
    ([], ["Rebels told CNN that the hospital was hit twice."], [], "CNN", "", "self-reference, nothing else"),
    ([], ["Six orphans are out, ABC News was told by a source."], [], "ABC News", "", "'was told' self-reference"),
    ([], ["A commander told AFP the factions had agreed."], [], "Agence France-Presse", "Agence France-Presse",
     "an agency speaking of itself"),
    (["Yahoo7 News"], ["Aleppo (Syria) (AFP) - Rebel groups called for a truce."], [], "Agence France-Presse",
     "Agence France-Presse", "aggregator page running AFP copy: the agency is the outlet"),
    (["ReliefWeb", "Syria: Aleppo Situation Report No. 9"], [BODY], [], "UN OCHA", "",
     "a UN report on an aggregator is the UN agency's"),
    (["Military.com"], [BODY], [], "Military.com", "", "an aggregator naming nothing else"),
    ([], [BODY], ["About SAMS: The Syrian American Medical Society is a non-profit medical relief organization."],
     "Syrian American Medical Society", "", "press-release boilerplate"),
    ([], [BODY], ["A version of this article appears in print on December 13, 2016, on Page A1 of the New York edition."],
     "The New York Times", "", "print-edition note"),
    (["Source: Xinhua | 2016-12-13 05:38:59 | Editor: huaxia"], [BODY], [], "Xinhua", "Xinhua", "agency source header"),
    # ------------------------------------------------------------ traps: no outlet
    ([], [BODY, "READ MORE: Who are the White Helmets?"], [], "", "", "a read-more prompt names no site"),
    ([], [BODY], ["About 4,000 people crossed on Monday"], "", "", "'About' before a number"),
    ([], [BODY, "About the White Helmets", "The group says it has saved thousands of lives."], [], "", "",
     "an explainer's crosshead 'About X' in the body"),
    ([], [BODY], ["Source: UN OCHA, Syrian Observatory for Human Rights"], "", "", "a chart's data source"),
    ([], ["The BBC's Lyse Doucet reported from the western side."], [], "", "", "a colleague named is no outlet"),
    ([], ["According to Reuters, 50 people were killed."], [], "", "", "a cited agency is no outlet"),
    ([], ["He told the Reuters news agency that talks had failed."], [], "", "", "'the X news agency' is citing"),
    ([], ["He told CNN the shelling went on; she told the BBC it had stopped."], [], "", "",
     "self-references to two outlets contradict"),
    ([], ["A survivor told Amnesty International that the men were shot."], [], "", "",
     "an NGO in the body is no self-reference"),
    ([], ["The MSF team reached the hospital on Thursday."], [], "", "", "an NGO team is no correspondent"),
    (["500 children trapped in eastern Aleppo - UNICEF"], [BODY], [], "", "",
     "a headline ending in its source is no page title"),
    (["Children trapped in eastern Aleppo | UNICEF"], [BODY], [], "UNICEF", "", "an NGO page title after a bar"),
    (["Red Cross: 3,000 people brought out of east Aleppo"], [BODY], [], "", "", "headline starting with an organisation"),
    (["UNICEF says 500 children trapped in Aleppo"], [BODY], [], "", "", "headline naming an NGO"),
    ([], [BODY, "Amnesty International", "The group called for an inquiry."], [], "", "",
     "a crosshead naming an NGO is not the site"),
    ([], ["BEIRUT — Syrian troops advanced again."], [], "", "", "a dateline with no tag"),
    ([], ["Washington, DC - It is with great sorrow that we announce this."], [], "", "", "a place-only dateline"),
    (["Reuters: Syrian army retakes Aleppo's Old City"], [BODY], [], "", "", "headline starting with an agency"),
]


@pytest.mark.parametrize("top,paragraphs,bottom,outlet,wire,note", OUTLETS, ids=[c[-1] for c in OUTLETS])
def test_outlet_and_wire(top, paragraphs, bottom, outlet, wire, note):
    furniture = [p for p in paragraphs if len(p.split()) <= 6]  # short lines are furniture in a scrape
    found = infer_outlet(top=top, furniture=furniture + list(bottom), paragraphs=[H] + paragraphs, bottom=bottom)
    assert (found.outlet, found.wire) == (outlet, wire), found.evidence
    assert (found.method == "none") == (outlet == "")


@pytest.mark.parametrize("paragraph,expected", [
    ("MOSCOW, December 14. /TASS/. Another quarter fell.", "TASS"),
    ("BEIRUT (Reuters) - Rebels withdrew.", "Reuters"),
    ("Aleppo (Syria) (AFP) - Rebel groups called for a truce.", "Agence France-Presse"),
    ("Moscow, SANA - The Russian Defense Ministry said.", "SANA"),
    ("The army (AFP) - backed by Russia - advanced.", None),
    ("Syrian troops (SAA) - the army - advanced.", None),
    ("Red Cross: 3,000 people were evacuated.", None),
])
def test_dateline_tag(paragraph, expected):
    tag = dateline_tag(paragraph)
    assert (tag[0].name if tag else None) == expected


@pytest.mark.parametrize("name,expected", [
    ("BBC (republished by viewsaround.net)", "BBC News"),
    ("Associated Press wire copy (via Yahoo News Australia)", "Associated Press"),
    ("Medecins Sans Frontieres / Doctors Without Borders", "Medecins Sans Frontieres"),
    ("The Daily Star, Bangladesh (AFP copy)", "The Daily Star"),
    ("A Local Blog Nobody Knows", None),
])
def test_resolve_outlet(name, expected):
    found = resolve_outlet(name)
    assert (found.name if found else None) == expected


def test_score_metadata_counts_right_wrong_and_empty():
    articles = pd.DataFrame([
        {"article_id": "a", "published": "2016-12-09", "published_confidence": "high", "outlet": "Syria Times", "wire": "Xinhua"},
        {"article_id": "b", "published": "2016-12-10", "published_confidence": "medium", "outlet": "CNN", "wire": ""},
        {"article_id": "c", "published": "2016-12-10", "published_confidence": "low", "outlet": "", "wire": ""},
        {"article_id": "d", "published": None, "published_confidence": "none", "outlet": "BBC News", "wire": ""},
    ])
    gold = pd.DataFrame([
        {"file": "a.txt", "published": "2016-12-09", "outlet": "Xinhua (republished by Syria Times blog)"},
        {"file": "b.txt", "published": "2016-12-09", "outlet": "BBC"},
        {"file": "c.txt", "published": "2016-12-09", "outlet": "CNN International"},
        {"file": "d.txt", "published": "2016-12-09", "outlet": "BBC (republished by viewsaround.net)"},
    ])
    s = score_metadata(articles, gold)
    assert s.dates == {"scored": 4, "right": 1, "wrong_confident": 1, "wrong_low": 1, "empty": 1, "given": 0}
    assert s.outlets == {"scored": 4, "right": 2, "other": 0, "wrong": 1, "empty": 1, "given": 0}


def test_score_metadata_does_not_score_given_values():
    articles = pd.DataFrame([{"article_id": "a", "published": "2016-12-09", "published_confidence": "given",
                              "published_method": "given:manifest", "outlet": "CNN", "outlet_method": "given:manifest"}])
    gold = pd.DataFrame([{"file": "a.txt", "published": "2016-12-09", "outlet": "CNN"}])
    s = score_metadata(articles, gold)
    assert s.dates["given"] == 1 and s.dates["scored"] == 0 and s.outlets["given"] == 1


def test_evaluate_command_scores_an_articles_table(tmp_path, capsys):
    from newsfigures.cli import main

    (tmp_path / "a.txt").write_text("TASS | Russian News Agency\n\nSukari falls\n\nMOSCOW, December 14, 2016. /TASS/. "
                                    + LEAD * 2)
    (tmp_path / "gold.csv").write_text("file,published,outlet\na.txt,2016-12-14,TASS\n")
    assert main(["articles", str(tmp_path), "--out", str(tmp_path / "articles.csv"), "--no-progress"]) == 0
    assert main(["evaluate", str(tmp_path / "articles.csv"), str(tmp_path / "gold.csv")]) == 0
    out = capsys.readouterr().out
    assert "publication dates: 1 right, 0 wrong at medium/high" in out and "outlets: 1 right" in out


# ------------------------------------------------------------------------------ whole pages

LEAD = ("Government forces took two more districts of eastern Aleppo on the day, pushing thousands of "
        "civilians to flee towards the west of the city, a monitor and residents said. ")
PAGES = [
    ("unicef-release", "UNICEF\nPress release\n\nChildren trapped in eastern Aleppo\n\n"
     "NEW YORK/AMMAN, 3 December 2016 – " + LEAD * 2 + "\n\n###\n\nAbout UNICEF\n",
     "UNICEF", "", D(2016, 12, 3), "high"),
    ("tass-page", "TASS | Russian News Agency\nAll news / World\n\nSukari falls as the enclave shrinks\n\n"
     "MOSCOW, December 14. /TASS/. " + LEAD * 2 + "\n\nRead also\nLavrov expects resistance to end\n",
     "TASS", "TASS", D(2016, 12, 14), "high"),
    ("afp-on-portal", "Rebels call for truce in Aleppo\n\nAleppo (Syria) (AFP) - " + LEAD +
     "On Wednesday (Dec 7) the factions signed a statement, a commander told AFP.\n\n" + LEAD,
     "Agence France-Presse", "Agence France-Presse", D(2016, 12, 7), "low"),
    ("guardian-stamps", "The Guardian\nWorld news\n\nAleppo evacuation halted\n\n"
     "First published on Fri 16 Dec 2016 12.04 GMT\n\n" + LEAD * 2 + "\n\nLast modified on Sat 17 Dec 2016 09.10 GMT\n",
     "The Guardian", "", D(2016, 12, 16), "high"),
    ("bbc-live", "BBC News | Live\n\nAleppo evacuations: live updates\n\nLast updated 12:04 GMT, 16 December 2016\n\n"
     + LEAD * 2, "BBC News", "", D(2016, 12, 16), "medium"),
    ("paper-with-wire-and-caption", "The Daily Star\nWorld > Middle East\n\nArmy tightens its grip\n\n"
     "Photo: Residents walk past damaged buildings, Dec. 30, 2016. AFP\n\n" + LEAD +
     "Families walked through the cold on Friday, an AFP correspondent saw.\n\n" + LEAD,
     "The Daily Star", "Agence France-Presse", D(2016, 12, 30), "low"),
    ("byline-date", "Syrian army retakes Old City\n\nBy Jane Doe | Dec. 9, 2016 4:12 PM ET\n\n" + LEAD * 2,
     "", "", D(2016, 12, 9), "high"),
    ("related-story-stamp", "Aleppo evacuation halted\n\nPublished: 16 December 2016\n\n" + LEAD * 4 +
     "\n\nAleppo talks stall in Geneva\nPublished: 2 December 2016\n\n" + LEAD * 2 + "\n\nMore news\nShare this\n",
     "", "", D(2016, 12, 16), "high"),
    ("stamp-only-far-down", "Aleppo evacuation halted\n\n" + LEAD * 3 + "\n\nMore\nNews\nShare\nTweet\nEmail\nPrint\n"
     "\n\n" + LEAD * 2 + "\n\nPublished: 2 December 2016\n\n" + LEAD + "\n\nUpdated: 20 December 2016\n",
     "", "", D(2016, 12, 2), "medium"),
    ("nothing", "Syrian army retakes Old City\n\n" + LEAD * 2 + "\n\nTroops advanced on Monday.\n", "", "", None, "none"),
]


@pytest.mark.parametrize("text,outlet,wire,published,confidence", [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_whole_page_metadata(text, outlet, wire, published, confidence):
    from newsfigures.reading import article_from_bytes

    a = article_from_bytes(text.encode(), "page.txt", "page", "text", year_hint=2016)
    assert (a.outlet, a.wire, a.published, a.published_confidence) == (outlet, wire, published, confidence), \
        (a.outlet_method, a.published_evidence)
    assert not a.title.startswith(("UNICEF", "TASS", "The Guardian", "BBC News", "By ", "First published"))


# pages in the manner of state agencies, live pages, NGOs and think tanks (all made up)
PARA = ("Syrian army units advanced in the eastern neighbourhoods of Aleppo city, where thousands of "
        "civilians were taken to temporary shelters in the west of the city, officials said on the day. ")
STYLE_PAGES = [
    ("xinhua", "Xinhuanet\nEnglish\n\nSyrian army retakes more areas in east Aleppo\n\n"
     "Source: Xinhua| 2016-12-07 05:38:59|Editor: huaxia\n\nDAMASCUS, Dec. 6 (Xinhua) -- " + PARA * 3,
     "Xinhua", "Xinhua", D(2016, 12, 6)),
    ("rt", "RT\nWorld News\n\nSyrian army takes control of 98% of Aleppo\n\nPublished time: 12 Dec, 2016 14:05\n"
     "Edited time: 12 Dec, 2016 16:30\nGet short URL\n\n" + PARA * 3, "RT", "", D(2016, 12, 12)),
    ("sputnik", "Sputnik International\nMiddle East\n\nAleppo militants lay down arms\n\n"
     "18:25 14.12.2016 (updated 19:02 14.12.2016) Get short URL\n\n" + PARA * 3, "Sputnik", "Sputnik", D(2016, 12, 14)),
    ("kurdish-live", "ANHA | Hawar News Agency\n\nLive: the battle for Aleppo\n\n14 December 2016\n\n"
     "16:45 " + PARA + "\n\n15:10 " + PARA * 2, "Hawar News Agency", "", D(2016, 12, 14)),
    ("unicef-statement", "UNICEF\nPress release\n\nStatement on children in eastern Aleppo\n\n"
     "AMMAN, 13 December 2016 – " + PARA * 3 + "\n\nAbout UNICEF\n\nFor more information, please contact:\n",
     "UNICEF", "", D(2016, 12, 13)),
    ("think-tank", "Atlantic Council\nSyriaSource\n\nAleppo: what comes next for the opposition\n\nBy Faysal Itani\n"
     "December 13, 2016\n\n" + PARA * 3, "Atlantic Council", "", D(2016, 12, 13)),
    ("sana", "Syrian Arab News Agency\n\nArmy restores security to more neighbourhoods\n\nDec 13, 2016\n\n"
     "Aleppo, SANA- " + PARA * 3, "SANA", "SANA", D(2016, 12, 13)),
    ("bbc", "Syria conflict: Aleppo evacuation under way - BBC News\n\n16 December 2016\n\nFrom the section Middle East\n\n"
     "Image copyright AFP\n\n" + PARA * 3, "BBC News", "", D(2016, 12, 16)),
    ("nyt", "The New York Times\nMiddle East\n\nAleppo falls to Syrian forces\n\nBy ANNE BARNARD DEC. 13, 2016\n\n"
     "BEIRUT, Lebanon — " + PARA * 3, "The New York Times", "", D(2016, 12, 13)),
    ("reliefweb", "ReliefWeb\n\nSyria: Aleppo Flash Update No. 4\n\nReport from UN Office for the Coordination of "
     "Humanitarian Affairs\nPublished on 16 Dec 2016\n\n" + PARA * 3, "UN OCHA", "", D(2016, 12, 16)),
    ("republished", "Syria News Digest\n\nArmy advances in Aleppo\n\nThis article originally appeared in The Guardian.\n\n"
     + PARA * 3, "The Guardian", "", None),
]


@pytest.mark.parametrize("text,outlet,wire,published", [p[1:] for p in STYLE_PAGES], ids=[p[0] for p in STYLE_PAGES])
def test_pages_in_the_manner_of_other_publishers(text, outlet, wire, published):
    from newsfigures.reading import article_from_bytes

    a = article_from_bytes(text.encode(), "page.txt", "page", "text", year_hint=2016)
    assert (a.outlet, a.wire, a.published) == (outlet, wire, published), (a.outlet_method, a.published_evidence)
    assert a.published_confidence in (("none",) if published is None else ("high", "medium"))


# ------------------------------------------------------------------------------ invariants

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "BEIRUT, Nov. 30 (UPI) -- ", "MOSCOW, December 14. /TASS/. ", "(CNN) - ", "Published: ", "Updated ",
    "16 December 2016", "Dec. 9", "Friday (Dec 9)", "today (16 December)", "yesterday (31 December)", "12:04 GMT",
    "2016-12-13", "14.12.2016", "12/11/2016", "© 2016 ", "The Daily Star", "AFP", "told CNN", " | ", " - ",
    "\n", "\n\n", "Aleppo", "on Tuesday", "By Jane Doe", "About SAMS:", "Report from OCHA", "29 February",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25), st.sampled_from([None, 2016, 2017]))
def test_publication_and_outlet_inference_never_raise(pieces, year_hint):
    text = "".join(pieces)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    inf = infer_published(lines or [""], lines[:2], lines[2:4], year_hint=year_hint, top=lines[:3])
    assert inf.confidence in ("high", "medium", "low", "none")
    assert (inf.date is None) == (inf.confidence == "none")
    found = infer_outlet(top=lines[:3], furniture=lines, paragraphs=lines, bottom=lines[-3:])
    assert (found.outlet == "") == (found.method == "none")
    assert not found.wire or resolve_outlet(found.wire) is not None


@pytest.mark.parametrize("line,expected", [
    ("Published: Fri 16 Dec 2016 12.04 GMT", True),
    ("Last updated 12:04 GMT, 16 December 2016", True),
    ("By Jane Doe | Dec. 3, 2016 4:12 PM ET", True),
    ("December 15, 2016", True),
    ("Posted: Dec 16, 2016 9:30 AM ET | Last Updated: Dec 17, 2016", True),
    ("Updated December 16, 2016: the death toll rose to 30 people in the east.", False),
    ("On December 15, 2016 buses began to leave the city.", False),
    ("Shelling killed 45 civilians on 30 November.", False),
    ("Aleppo evacuation halted", False),
])
def test_date_stamp_lines_are_furniture_but_news_is_not(line, expected):
    assert is_date_stamp(line) is expected


# ------------------------------------------------------------------ a report's own day and self-naming
# (made-up titles, headers and passages)



@pytest.mark.parametrize("top,paragraphs,expected,note", [
    (["Syria: Aleppo flash update (as of 6 December 2016)"], ["Up to 100,000 people remain."], D(2016, 12, 6),
     "title-as-of"),
    ([], ["Aleppo situation report (as at 6 Dec 2016)", "Some 30,000 people were displaced."], D(2016, 12, 6),
     "title-as-at"),
    (["Eastern Aleppo: humanitarian snapshot (status as of 9 December 2016)"], ["Convoys wait."], D(2016, 12, 9),
     "title-status-as-of"),
    ([], ["13 December 2016 | DAMASCUS / GENEVA - Since the start we have identified 9 hospitals."],
     D(2016, 12, 13), "who-style-header-dateline"),
    ([], ["2 December 2016 | NEW YORK - The Secretary-General is alarmed."], D(2016, 12, 2), "bar-dateline-one-city"),
    ([], ["13 December 2016, NEW YORK - Children are trapped."], D(2016, 12, 13), "comma-dateline-still"),
    (["Aleppo offensive (since 15 November 2016)"], ["Troops advanced."], None, "neg-since-in-title"),
    ([], ["13 December 2016 | Aleppo has fallen - Since the start we have identified 9 hospitals."], None,
     "neg-bar-then-sentence"),
    ([], ["The offensive, launched on 15 November 2016 | according to the army - continued."], None,
     "neg-date-in-running-text"),
], ids=lambda v: v if isinstance(v, str) and not v[:1].isupper() and "-" in v else None)
def test_a_report_s_own_day_from_its_title_or_header(top, paragraphs, expected, note):
    got = infer_published(paragraphs, top=top)
    assert got.date == expected, (note, got)
    if expected is not None:
        assert got.confidence in ("high", "medium")


@pytest.mark.parametrize("paragraphs,expected,note", [
    (["Up to 90,000 people remain.", "This flash update was produced by OCHA Syria in collaboration with partners."],
     "UN OCHA", "footer-produced-by"),
    (["Some 300 families crossed.", "Produced by OCHA"], "UN OCHA", "footer-line-produced-by"),
    (["SOHR was informed by reliable sources that 23 people were killed in Hanano."],
     "Syrian Observatory for Human Rights", "monitor-was-informed"),
    (["The Syrian Observatory for Human Rights obtained information that 12 fighters were killed."],
     "Syrian Observatory for Human Rights", "monitor-obtained-information"),
    (["Crisis Group looks at what the loss of the city means for the opposition."], "International Crisis Group",
     "think-tank-looks-at"),
    (["RT's correspondent said 300 people left the enclave overnight."], "RT", "rt-correspondent"),
    (["Rebels say 30 died, a survivor told Amnesty International."], "", "neg-org-as-object"),
    (["Al Jazeera's correspondent Zeina Khodr said 300 people left."], "", "neg-named-colleague-of-another-outlet"),
    (["A report published by OCHA on Monday said 30,000 people were displaced."], "", "neg-published-by-in-text"),
    (["The Syrian Observatory for Human Rights said 40 people were killed."], "", "neg-monitor-cited"),
], ids=lambda v: v if isinstance(v, str) and "-" in v and " " not in v else None)
def test_an_organisation_or_outlet_naming_itself_in_the_text(paragraphs, expected, note):
    assert infer_outlet(paragraphs=paragraphs).outlet == expected, note


@pytest.mark.parametrize("top,paragraphs,bottom,expected", [
    (["WHO: east Aleppo health system collapsed"],
     ["13 December 2016 | DAMASCUS / GENEVA - Since the start of the offensive we have identified 9 hospitals."], [],
     "World Health Organization"),
    (["UNICEF: children trapped in Aleppo"], ["Our teams delivered winter kits to 2,000 children in the west."], [],
     "UNICEF"),
    (["Aleppo flash update"], ["Up to 90,000 people remain."],
     ["This flash update was produced by OCHA Syria in collaboration with humanitarian partners."], "UN OCHA"),
    (["WHO: east Aleppo health system collapsed"], ['"We have identified 9 hospitals," a WHO official said.'], [], ""),
    (["UN says 50,000 trapped"], ["We will bring you updates as they come in."], [], ""),
    (["WHO and UNICEF warn of disease"], ["We are deeply concerned about the children of Aleppo."], [], ""),
    (["Aleppo evacuations"], ["Buses left the east."], ["A survivor told Amnesty International about the shelling."], ""),
    (["Aleppo hospitals"], ["We have identified 9 hospitals."], [], ""),
], ids=["who-we-identified", "unicef-our-teams", "footer-produced-by", "neg-quoted-we", "neg-live-page-we",
        "neg-two-organisations", "neg-footer-org-as-object", "neg-we-without-org"])
def test_an_organisation_narrating_as_we_or_signing_its_footer(top, paragraphs, bottom, expected):
    assert infer_outlet(top=top, paragraphs=paragraphs, bottom=bottom).outlet == expected


AUTHOR_LINES = [
    ([], ["Rebels lost half the east in two weeks.", "Jane Doe is a contributor to Al-Monitor's Turkey Pulse."], [],
     "Al-Monitor", "a contributor's closing line"),
    ([], ["Rebels lost half the east.", "John Smith is a columnist for The National."], [], "The National",
     "a columnist's closing line"),
    ([], ["The army advanced."], ["Mary Roe is a correspondent for The Washington Post in Beirut."],
     "The Washington Post", "a bottom line"),
    ([], ["The army advanced.", "Omar Haddad is the Middle East editor at The Independent."], [], "The Independent",
     "an editor 'at' the paper"),
    ([], ["Sami Nour is a senior analyst with the International Crisis Group.", "The army advanced."], [], "",
     "an organisation is no publisher of a news analysis by this line alone"),
    ([], ["Jane Doe, who is a contributor to Al-Monitor, said the army advanced.", "The army advanced.",
          "Rebels fled."], [], "", "a tagline inside a sentence of the body is no closing line"),
    ([], ["Jane Doe is a contributor to Al-Monitor.", "The army advanced.", "Rebels fled.", "Talks went on."], [], "",
     "a tagline at the top is no closing line"),
    ([], ["The army advanced.", "Jane Doe is a contributor to several outlets."], [], "", "no outlet named"),
    (["Syrian army takes 70% of the east"], ["The army advanced."],
     ["Published time: 6 Dec, 2016 13:05", "Edited time: 6 Dec, 2016 15:40"], "RT", "RT's time stamps"),
    (["Syria: civilians at risk"], ["We are alarmed by the reports."], ["Index: MDE 24/5395/2016"],
     "Amnesty International", "Amnesty's document index"),
    (["Syria: civilians at risk"], ["The army advanced."], ["AI Index: MDE 24/1234/2016"], "Amnesty International",
     "the same with 'AI Index'"),
    (["Syria: civilians at risk"], ["The army advanced."], ["Index of prices: 24/5395/2016"], "",
     "another index is no Amnesty document"),
    (["Aleppo falls"], ["The army advanced."], ["Published: 6 Dec, 2016 13:05"], "", "a plain 'Published:' stamp names no outlet"),
]


@pytest.mark.parametrize("top,paragraphs,bottom,expected,note", AUTHOR_LINES, ids=[c[-1] for c in AUTHOR_LINES])
def test_an_author_s_closing_line_or_a_publisher_s_own_stamp(top, paragraphs, bottom, expected, note):
    found = infer_outlet(top=top, furniture=list(bottom), paragraphs=paragraphs, bottom=bottom)
    assert found.outlet == expected, (note, found.evidence)
