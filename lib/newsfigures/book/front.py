"""The front page (``intro.ipynb``): the story at a glance, computed from the tables like the
chapters, so that a run on other articles rewrites it.

Every sentence of the page with a number in it is made here, from the tables
(:func:`front_page` gives them all, by glue name: the notebook glues them and the tests
recompute them):

- the corpus: articles, outlets, days of publication, figures (statements) and sources
  (:func:`corpus_sentence`);
- per category (casualties, displacement, territory), the headline figures chosen by the rules
  of the chapters (:mod:`newsfigures.book.headlines`);
- where the sources disagree most: the first group of
  :func:`newsfigures.reconcile.disagreements` (same quantity, same day, two or more sources;
  the widest spread first), as the sources chapter tells it;
- the overview chart's marks (:func:`overview_marks`): per day, the lowest and the highest
  figure given for the government's share of territory, the people displaced and the people
  killed;
- where to go next: one line per chapter of ``_toc.yml``, with the question it answers (the
  chapter notebook's metadata ``newsfigures.question``, else its **Overview** sentence).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .. import reconcile
from ..reconcile import as_text, source_label
from . import headlines
from .marks import bin_bounds
from .prose import disagreement_sentence, set_aside_sentence
from .style import format_number, format_value, source_words

# ---------------------------------------------------------------------------- words


def count_words(n: int, noun: str, plural: str = "") -> str:
    """``1 article``, ``1,204 articles``."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    return " ".join(items)


# ---------------------------------------------------------------------------- the corpus


class Corpus(NamedTuple):
    n_articles: int
    n_outlets: int        # identified outlets
    n_days: int           # distinct publication days
    first_day: str        # "" when no article is dated
    last_day: str
    n_figures: int        # statements: a source's figure for one day, however many articles carried it
    n_reports: int        # claims: every report of a statement
    n_sources: int        # distinct sources (an article's own reporting counts as one)
    n_events: int         # statements of who held a neighbourhood
    n_neighbourhoods: int
    n_set_aside: int      # claims the plausibility checks set aside


def corpus_counts(tables: dict[str, pd.DataFrame], claims: pd.DataFrame, events: pd.DataFrame,
                  aside: pd.DataFrame) -> Corpus:
    """The corpus in numbers (``claims`` and ``events`` are the ones the book charts, ``aside``
    the claims the plausibility checks set aside)."""
    articles = tables["articles"]
    outlets = articles["outlet"].map(as_text)
    days = articles["published"].map(as_text)
    days = days[days != ""]
    return Corpus(
        n_articles=int(len(articles)), n_outlets=int(outlets[outlets != ""].nunique()),
        n_days=int(days.nunique()), first_day=str(days.min()) if len(days) else "",
        last_day=str(days.max()) if len(days) else "",
        n_figures=int(len(headlines.one_each(claims))), n_reports=int(len(claims)),
        n_sources=int(claims["source"].map(source_label).nunique()),
        n_events=int(len(events)), n_neighbourhoods=int(events["neighbourhood"].map(as_text).replace("", pd.NA).nunique()),
        n_set_aside=int(len(aside)))


def corpus_sentence(c: Corpus) -> str:
    """The corpus paragraph (plain text)."""
    outlets = f" from {count_words(c.n_outlets, 'identified outlet')}" if c.n_outlets else ""
    if not c.first_day:
        when = "; none of them has a publication date"
    elif c.first_day == c.last_day:
        when = f", published on {c.first_day}"
    else:
        when = f", published on {count_words(c.n_days, 'day')} between {c.first_day} and {c.last_day}"
    out = [f"This book is built from {count_words(c.n_articles, 'article')}{outlets}{when}."]
    if c.n_reports == 0:
        out.append("The articles give no figure.")
    else:
        out.append(f"They give {count_words(c.n_figures, 'statement')} ({headlines.ONCE}: "
                   f"{count_words(c.n_reports, 'report')} in all), from {count_words(c.n_sources, 'source')}, an "
                   f"article's own reporting counting as one.")
    if c.n_events:
        out.append(f"They make {count_words(c.n_events, 'statement')} of who took or held "
                   f"{count_words(c.n_neighbourhoods, 'neighbourhood')}.")
    if c.n_set_aside:
        out.append(f"The plausibility checks set aside {count_words(c.n_set_aside, 'figure')} read from the "
                   f"articles; each is listed with the reason in its chapter, and none is charted.")
    return " ".join(out)


# ---------------------------------------------------------------------------- headlines by category


def _aside(aside: pd.DataFrame, categories: tuple[str, ...], what: str, chapter: str) -> str:
    """What the plausibility checks set aside in ``categories``, and why (empty when nothing)."""
    rows = aside[aside["category"].isin(categories)]
    return set_aside_sentence(rows, what, f"listed in the {chapter} chapter") if len(rows) else ""


def casualties_sentence(claims: pd.DataFrame, articles: pd.DataFrame, aside: pd.DataFrame) -> str:
    """The largest single-day and cumulative death figures (the casualties chapter's rule), and
    what was set aside."""
    counted = claims[(claims["category"] == "casualties") & (claims["unit"] == "people")]
    set_aside = _aside(aside, ("casualties",), "casualty", "casualties")
    if counted.empty:
        return _join(["The articles give no casualty statement.", set_aside])
    tally = reconcile.claim_tally(counted)
    single = headlines.largest_deaths(counted[tally == "single_day"], "single-day", articles)
    cumulative = headlines.largest_deaths(counted[tally == "cumulative"], "cumulative", articles)
    lead = (f"The articles give {count_words(len(headlines.one_each(counted)), 'statement')} of people killed, "
            f"wounded or missing.")
    if not (single or cumulative):
        lead += " None of them is a death figure."
    return _join([lead, single, cumulative, set_aside])


def displacement_sentence(claims: pd.DataFrame, articles: pd.DataFrame, aside: pd.DataFrame) -> str:
    """The largest number of people who fled, were displaced or evacuated, and what was set aside."""
    moved = claims[(claims["category"] == "displacement") & (claims["unit"] == "people")]
    set_aside = _aside(aside, ("displacement", "population"), "displacement or population", "displacement")
    if moved.empty:
        return _join(["The articles give no displacement statement.", set_aside])
    lead = (f"The articles give {count_words(len(headlines.one_each(moved)), 'statement')} of people displaced, "
            f"fleeing, evacuated or counted as refugees.")
    return _join([lead, headlines.largest_displacement(moved, articles), set_aside])


def territory_sentence(claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                       aside: pd.DataFrame) -> str:
    """The latest government share and the last capture reported, and what was set aside."""
    shares = reconcile.government_share(claims)
    captured = events[events["event"] == "captured"]
    set_aside = _aside(aside, ("territory",), "territory", "territory")
    if shares.empty and captured.empty:
        return _join(["The articles give no share of territory and report no neighbourhood changing hands.",
                      set_aside])
    lead = (f"The articles give {count_words(len(headlines.one_each(shares)), 'share')} of territory (a rebel share "
            f"converted to the government's by the rule government_share) and "
            f"{count_words(len(captured), 'capture')} of a neighbourhood.")
    return _join([lead, headlines.latest_share(shares, articles), headlines.last_capture(captured, articles),
                  set_aside])


def disagreement_words(claims: pd.DataFrame) -> str:
    """Where the sources disagree most: the widest spread of :func:`newsfigures.reconcile.disagreements`."""
    dis = reconcile.disagreements(reconcile.comparable_claims(claims))
    if dis.empty:
        return "No two sources gave a figure for the same quantity on the same day."
    n = int(dis["group"].nunique())
    first = dis[dis["group"] == dis["group"].iloc[0]]
    spread = float(first["spread"].iloc[0])
    how = ("the lowest figure is zero" if spread == float("inf")
           else f"the highest figure is {format_number(round(spread, 1 if spread < 10 else 0))} times the lowest")
    times = "once" if n == 1 else f"{n:,} times"
    return (f"Different sources gave a figure for the same quantity on the same day {times}. They disagree most "
            f"where {how}. {disagreement_sentence(first)} {reconciled_words(first)}")


def reconciled_words(group: pd.DataFrame) -> str:
    """What the two named reconciliation rules make of one disagreement (rows of one group of
    :func:`newsfigures.reconcile.disagreements`)."""
    r = reconcile.side_by_side(group).iloc[0]
    best = (f"a best of {format_number(r['ucdp_best'])}" if not pd.isna(r["ucdp_best"])
            else "no best (no exact figure)")
    party = ", a party to the conflict, as no other source gave one" if bool(r["acled_party"]) else ""
    return (f"Rule ucdp_low_best_high gives that day a low of {format_number(r['ucdp_low'])}, {best} and a high of "
            f"{format_number(r['ucdp_high'])}; rule acled_conservative takes {format_number(r['acled_value'])}, "
            f"from {source_words(r['acled_source'])}{party}.")


# ---------------------------------------------------------------------------- where to go next


class ChapterLine(NamedTuple):
    doc: str        # the toc entry, e.g. "chapters/casualties"
    title: str
    question: str


_HEADING = re.compile(r"^#\s+(.+?)\s*$", re.M)
_OVERVIEW = re.compile(r"\*\*Overview\.\*\*\s+(.+?)(?:\n\s*\n|$)", re.S)


def chapter_line(project_dir: Path | str, doc: str) -> ChapterLine:
    """A chapter's title (its first heading) and the question it answers (its notebook's
    metadata ``newsfigures.question``, else the first sentence of its **Overview**)."""
    project = Path(project_dir)
    path = next((project / f"{doc}{ext}" for ext in ("", ".ipynb", ".md") if (project / f"{doc}{ext}").is_file()), None)
    if path is None:
        return ChapterLine(doc, Path(doc).name, "")
    question, text = "", path.read_text("utf-8")
    if path.suffix == ".ipynb":
        nb = json.loads(text)
        question = str((nb.get("metadata", {}).get("newsfigures") or {}).get("question", ""))
        text = "\n\n".join("".join(c.get("source", "")) for c in nb.get("cells", []) if c.get("cell_type") == "markdown")
    heading = _HEADING.search(text)
    if not question:
        overview = _OVERVIEW.search(text)
        question = " ".join(overview.group(1).split()).split(". ")[0].rstrip(".") + "." if overview else ""
    return ChapterLine(doc, heading.group(1).strip() if heading else Path(doc).name, question)


def chapter_guide(project_dir: Path | str) -> list[ChapterLine]:
    """One line per chapter of ``_toc.yml`` (the root, this page, left out), in toc order."""
    from .build import toc_files

    return [chapter_line(project_dir, doc) for doc in toc_files(Path(project_dir))[1:]]


def guide_markdown(lines: list[ChapterLine]) -> str:
    """The lines as a MyST list of ``{doc}`` links (the titles and questions come from the
    project's own chapters, not from articles)."""
    def safe(text: str) -> str:
        return re.sub(r"[`<>{}]", "", text)

    return "\n".join(f"- {{doc}}`{safe(l.title)} <{l.doc}>`: {safe(l.question)}" for l in lines)


# ---------------------------------------------------------------------------- the overview chart

#: The overview's panels, top to bottom: (panel, axis title).
OVERVIEW_PANELS = (("share", "government share (%)"), ("displaced", "people displaced"), ("killed", "people killed"))
#: The overview's series and their colours (Okabe-Ito), in legend order.
OVERVIEW_SERIES = {"government share": "#332288", "fled": "#0072B2", "displaced": "#56B4E9", "evacuated": "#009E73",
                   "single-day count": "#D55E00", "cumulative toll": "#882255"}
#: At most this many marks on the overview; past it, days are grouped into weeks, months...
OVERVIEW_MAX_MARKS = 300


def overview_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The figures the overview draws, each counted once (:func:`newsfigures.reconcile.comparable_claims`),
    with ``panel`` and ``series``: the government's share of territory (a rebel share
    converted), people who fled, were displaced or evacuated (by measure), and people killed
    (single-day counts apart from cumulative tolls, rule ``tally``). The claims the plausibility
    checks set aside (figures of the whole war among them) are not among ``claims``."""
    c = reconcile.comparable_claims(claims)
    parts = []
    share = c[(c["category"] == "territory") & (c["measure"] == "share_held")]
    parts.append(share.assign(panel="share", series="government share"))
    moved = c[(c["category"] == "displacement") & c["measure"].isin(headlines.MOVED) & (c["unit"] == "people")]
    parts.append(moved.assign(panel="displaced", series=moved["measure"]))
    killed = c[(c["category"] == "casualties") & (c["measure"] == "killed") & (c["unit"] == "people")]
    if len(killed):
        tally = reconcile.claim_tally(killed)
        parts.append(killed.assign(panel="killed", series=tally.map({"single_day": "single-day count",
                                                                      "cumulative": "cumulative toll"})))
    rows = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else \
        c.head(0).assign(panel=pd.Series(dtype=object), series=pd.Series(dtype=object))
    return rows.reset_index(drop=True)


def _words(r: pd.Series) -> str:
    return format_value(r["value_low"], r["value_high"], as_text(r["qualifier"]), r["unit"])


def overview_marks(claims: pd.DataFrame, max_marks: int = OVERVIEW_MAX_MARKS) -> pd.DataFrame:
    """One mark per panel, series and day (or week, month... when there would be more than
    ``max_marks``): ``low`` (the smallest low value), ``high`` (the largest high value),
    ``low_text`` and ``high_text`` (the figures that give them, in words with their qualifier),
    ``n_figures``, ``n_sources``, ``sources`` (names, most figures first), ``bin_start``,
    ``bin_end``, ``level`` and ``claim_ids`` (space-separated)."""
    rows = overview_rows(claims)
    cols = ["panel", "series", "bin_start", "bin_end", "level", "low", "high", "low_text", "high_text", "n_figures",
            "n_sources", "sources", "claim_ids"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    for level in ("day", "week", "month", "quarter", "year"):
        start, end = bin_bounds(rows["date"], level)
        keyed = rows.assign(bin_start=start, bin_end=end)
        if keyed.groupby(["panel", "series", "bin_start"]).ngroups <= max_marks:
            break
    out = []
    for (panel, series, b0, b1), g in keyed.groupby(["panel", "series", "bin_start", "bin_end"], sort=True):
        sources = g["source_label"].value_counts()
        lowest = g.sort_values(["value_low", "value_high"], kind="stable").iloc[0]
        highest = g.sort_values(["value_high", "value_low"], ascending=False, kind="stable").iloc[0]
        out.append(dict(panel=panel, series=series, bin_start=b0, bin_end=b1, level=level,
                        low=float(g["value_low"].min()), high=float(g["value_high"].max()),
                        low_text=_words(lowest), high_text=_words(highest), n_figures=int(len(g)),
                        n_sources=int(len(sources)), sources=list(sources.index),
                        claim_ids=" ".join(sorted(g["claim_id"].astype(str)))))
    return pd.DataFrame(out, columns=cols)


def overview_caption(marks: pd.DataFrame) -> str:
    """What the overview chart shows, in numbers (plain text)."""
    if marks.empty:
        return "The articles give no dated share of territory, displacement or death figure to draw."
    n = {p: int(marks.loc[marks["panel"] == p, "n_figures"].sum()) for p, _ in OVERVIEW_PANELS}
    level = str(marks["level"].iloc[0])
    span = "day" if level == "day" else level
    return (f"Top to bottom: {count_words(n['share'], 'share')} of territory held by the government, "
            f"{count_words(n['displaced'], 'statement')} of people displaced and "
            f"{count_words(n['killed'], 'statement')} of people killed, by the {span} they refer to. Each mark runs "
            f"from the lowest to the highest figure given for that {span}, by any source; hover a mark for the "
            f"sources.")


# ---------------------------------------------------------------------------- the page


def page_texts(tables: dict[str, pd.DataFrame], claims: pd.DataFrame, events: pd.DataFrame, aside: pd.DataFrame,
               project_dir: Path | str) -> dict[str, str]:
    """Every glued text of the front page computed from the tables, by glue name (plain text,
    except ``guide``, MyST). ``claims``: the ones charted; ``aside``: the ones set aside."""
    articles = tables["articles"]
    return {
        "corpus": corpus_sentence(corpus_counts(tables, claims, events, aside)),
        "casualties": casualties_sentence(claims, articles, aside),
        "displacement": displacement_sentence(claims, articles, aside),
        "territory": territory_sentence(claims, events, articles, aside),
        "disagreement": disagreement_words(claims),
        "overview_caption": overview_caption(overview_marks(claims)),
        "guide": guide_markdown(chapter_guide(project_dir)),
    }


class FrontPage(NamedTuple):
    texts: dict[str, str]   # every glued text, by glue name: title, subject and :func:`page_texts`
    marks: pd.DataFrame     # the overview chart's marks (:func:`overview_marks`)


def front_page(tables_dir: str, articles_dir: str, project_dir: Path | str, title: str, subject: str,
               date_from: str = "", date_to: str = "") -> FrontPage:
    """The front page from its notebook's parameters: the chapters' setup
    (:func:`newsfigures.book.setup.chapter`: tables, the claims in the window), then every text
    and the overview's marks. The notebook glues ``texts``; the tests recompute them."""
    from .setup import chapter, set_aside_in
    from .style import in_window, plain_text

    date_from, date_to, tables, _colours, claims, _window = chapter(tables_dir, articles_dir, date_from, date_to)
    events = in_window(tables["control_events"], date_from, date_to)
    texts = {"title": plain_text(title), "subject": plain_text(subject)}
    texts.update(page_texts(tables, claims, events, set_aside_in(tables, date_from, date_to), project_dir))
    return FrontPage(texts, overview_marks(claims))

