"""What every chart chapter does first, in one place: check the date window, load the tables,
pick the book's colours, select the claims in the window, and glue the window phrase and the
"how to read the charts" text (a chapter's Markdown shows it with ``{glue:md}`how_to_read```).
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ..pipeline import load_tables
from .marks import MAX_MARKS
from .static import show_figures_as_compact_png
from .style import book_source_colours, check_window, in_window, window_phrase

#: The "how to read the charts" paragraph shared by the chart chapters.
HOW_TO_READ = (
    "How to read the charts: colour is the source, the same colour in every chapter; a vertical bar runs "
    "from a figure's low to its high value (a range such as \"hundreds\" or \"between 23 and 29\" is never "
    "reduced to its midpoint); a horizontal bar spans a stated period (\"in the last 10 days\"); ● is an "
    "exact figure, ◆ an approximate one, ▲ \"at least\" or \"more than\" (the true number may be higher), "
    "▼ \"at most\". Hollow marks and dotted bars are figures from a party to the conflict. Two sources on "
    "the same day are drawn a few hours apart so that neither hides the other. Hover a mark for its value, "
    "qualifier, source, date, quote and sentence, and the claim id, which you can search in the "
    "{doc}`claims explorer <explorer>`. The same figure from the same source on the same day (wire copies) "
    "is one mark, drawn larger the more articles gave it; when a chart would need more than "
    f"{MAX_MARKS:,} marks, each source's figures are grouped by day, week, month, quarter or year into one "
    "mark running from the lowest to the highest figure, and the chart's title says so."
)


class Chapter(NamedTuple):
    date_from: str
    date_to: str
    tables: dict[str, pd.DataFrame]
    colours: dict[str, str]       # one colour per source, the same in every chapter
    claims: pd.DataFrame          # the claims in the window
    window: str                   # the window in words ("" = no limit)


def chapter(tables_dir: str, articles_dir: str, date_from: str = "", date_to: str = "") -> Chapter:
    """Set a chart chapter up (raises on a malformed window) and glue ``window``, ``max_marks``
    and ``how_to_read`` for its prose."""
    from IPython.display import Markdown
    from myst_nb import glue

    date_from, date_to = check_window(date_from, date_to)
    tables = load_tables(tables_dir, articles_dir)
    colours = book_source_colours(tables)
    claims = in_window(tables["claims"], date_from, date_to)
    window = window_phrase(date_from, date_to)
    glue("window", window, display=False)
    glue("max_marks", f"{MAX_MARKS:,}", display=False)
    glue("how_to_read", Markdown(HOW_TO_READ), display=False)
    show_figures_as_compact_png()
    return Chapter(date_from, date_to, tables, colours, claims, window)
