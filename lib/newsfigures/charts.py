"""Chart helpers shared by the chapters: one colour per source across the book, plotly
figures emitted as HTML that uses the site's single copy of plotly.js, and escaping of
untrusted article text.
"""

from __future__ import annotations

import hashlib
import html
from typing import Iterable

import pandas as pd

# Okabe-Ito plus Paul Tol's muted scheme: distinguishable with the common colour-vision
# deficiencies. Sources are assigned colours in a fixed order, so a source keeps its colour
# in every chapter.
PALETTE = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
    "#117733", "#AA4499", "#44AA99", "#999933", "#DDCC77", "#661100", "#6699CC", "#888888",
]
OWN_AUTHORITY = "(article's own reporting)"
PREFERRED_ORDER = [
    "Syrian Observatory for Human Rights", "Syrian army", "Syrian state television", "SANA",
    "Syrian state media", "Syrian government", "Russian Defence Ministry", "rebel officials",
    "ICRC", "UN OCHA", "United Nations", "aid groups", "activists", "PYD", OWN_AUTHORITY,
]


def source_label(source: object) -> str:
    return OWN_AUTHORITY if source is None or (isinstance(source, float) and pd.isna(source)) or source == "" else str(source)


def source_colours(sources: Iterable[object]) -> dict[str, str]:
    """A stable colour for every source: the preferred sources first, then by name."""
    labels = sorted({source_label(s) for s in sources})
    ordered = [s for s in PREFERRED_ORDER if s in labels] + [s for s in labels if s not in PREFERRED_ORDER]
    colours = {}
    for label in ordered:
        if label in PREFERRED_ORDER:
            colours[label] = PALETTE[PREFERRED_ORDER.index(label) % len(PALETTE)]
        else:
            digest = int(hashlib.sha1(label.encode("utf-8")).hexdigest(), 16)
            colours[label] = PALETTE[len(PREFERRED_ORDER) + digest % (len(PALETTE) - len(PREFERRED_ORDER))] \
                if len(PALETTE) > len(PREFERRED_ORDER) else PALETTE[digest % len(PALETTE)]
    return colours


def escape(text: object) -> str:
    """Article text is untrusted: escape it before it goes into any HTML."""
    return html.escape("" if text is None else str(text), quote=True)


def plotly_html(fig, div_id: str):
    """Display a plotly figure as HTML that relies on the plotly.js the book loads once.

    ``div_id`` must be stable (a rerun on the same data gives the same page)."""
    from IPython.display import HTML

    return HTML(fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id,
                            config={"displaylogo": False, "responsive": True}))


def coverage_figure(articles: pd.DataFrame):
    """Articles per publication day (plotly bar chart), coloured by how the date was obtained."""
    import plotly.graph_objects as go

    dated = articles.dropna(subset=["published"]).copy()
    dated["how"] = dated["published_method"].str.split(":").str[0]
    fig = go.Figure()
    for how, colour in (("given", PALETTE[0]), ("inferred", PALETTE[1])):
        part = dated[dated["how"] == how]
        if part.empty:
            continue
        counts = part.groupby("published").agg(n=("article_id", "size"),
                                                 titles=("title", lambda t: "<br>".join(escape(x) for x in t)))
        fig.add_bar(x=counts.index, y=counts["n"], name=f"date {how}", marker_color=colour,
                    customdata=counts["titles"], hovertemplate="%{x}: %{y} article(s)<br>%{customdata}<extra></extra>")
    fig.update_layout(barmode="stack", height=320, margin=dict(l=40, r=10, t=30, b=40),
                      yaxis_title="articles", xaxis_title="publication date", legend_orientation="h")
    return fig


def coverage_static(articles: pd.DataFrame, ax=None):
    """The same coverage as a static matplotlib bar chart, for print."""
    import matplotlib.pyplot as plt

    dated = articles.dropna(subset=["published"])
    counts = dated.groupby("published").size()
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar(pd.to_datetime(counts.index), counts.values, color=PALETTE[0], width=0.8)
    ax.set_ylabel("articles")
    ax.set_title("Articles per publication day")
    ax.figure.autofmt_xdate()
    return ax
