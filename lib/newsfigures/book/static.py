"""Static (matplotlib) twins of the interactive figures, for print and for readers without
JavaScript."""

from __future__ import annotations

import pandas as pd

from ..reconcile import as_text
from .marks import MAX_MARKS, _dated, control_marks, timeline_marks
from .prose import _source_row_label
from .style import PALETTE, QUALIFIER_SYMBOL
from .traces import _auto_log, _dodge


#: plotly marker symbol -> matplotlib marker (the static twins draw the same shapes)
MPL_MARKER = {"circle": "o", "diamond": "D", "triangle-up": "^", "triangle-down": "v", "x": "X"}


def compact_png(fig, dpi: int = 100, colours: int = 128) -> bytes:
    """A matplotlib figure as a palette PNG: charts are flat colours and antialiased edges, so
    ``colours`` entries lose nothing a reader sees and the file is a third of the RGBA PNG the
    inline backend writes (pages have a weight budget)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    image = Image.open(buf).convert("RGB").quantize(colors=colours)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def show_figures_as_compact_png() -> None:
    """Have this kernel display matplotlib figures through :func:`compact_png`."""
    import matplotlib.pyplot as plt
    from IPython import get_ipython
    from matplotlib.figure import Figure

    # the inline backend is loaded with the first figure and then sets its own formatter:
    # load it now, so that ours is set last
    plt.close(plt.figure())
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["image/png"].for_type(Figure, compact_png)


# ---------------------------------------------------------------------------- matplotlib versions


def _date_axis(ax) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _blank_axis(ax) -> None:
    """Hide an empty panel's ticks without touching its (possibly shared) locators."""
    ax.tick_params(bottom=False, labelbottom=False, left=False, labelleft=False)


def _mpl_symbol(qualifier: object, converted: bool) -> str:
    return MPL_MARKER["x" if converted else QUALIFIER_SYMBOL.get(as_text(qualifier), "circle")]


def figures_static(points: pd.DataFrame, colours: dict[str, str], ax=None, *, y_title: str, title: str = "",
                   log_y: bool | str = "auto", band: tuple[float, float, str] | None = None,
                   empty_message: str = "No figures in this selection.", y_range: tuple[float, float] | None = None,
                   legend: bool = True, max_marks: int = MAX_MARKS):
    """The same encoding as :func:`figures_timeline` in matplotlib (one panel, the same
    :func:`timeline_marks`), for print."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 3.4))
    p = timeline_marks(points, max_marks=max_marks)
    ax.set_title(title, fontsize=11, loc="left")
    if p.empty:
        ax.text(0.5, 0.5, empty_message, ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    order = [s for s in colours if s in set(p["source_label"])] + sorted(set(p["source_label"]) - set(colours))
    dodge = _dodge(order)
    for _, r in p.iterrows():
        c = colours.get(r["source_label"], "#888888")
        off = pd.Timedelta(hours=dodge.get(r["source_label"], 0.0))
        lo, hi = float(r["value_low"]), float(r["value_high"])
        ls = ":" if r["party_to_conflict"] else "-"
        if r["has_period"]:
            a, b = pd.Timestamp(r["period_start"]) + off, pd.Timestamp(r["period_end"]) + off
            ax.hlines([lo] + ([hi] if hi > lo else []), a, b, colors=c, linestyles=ls, linewidth=2.2)
            if hi > lo:
                ax.vlines([a, b], lo, hi, colors=c, linestyles=ls, linewidth=1.2)
        if r["is_range"] and not r["has_period"]:
            x = pd.Timestamp(r["date"]) + off
            ax.vlines(x, lo, hi, colors=c, linestyles=ls, linewidth=2.2)
            ax.plot([x, x], [lo, hi], linestyle="none", marker="_", markersize=10, color=c, markeredgewidth=2)
        if not r["is_range"]:
            x = pd.Timestamp(r["period_end"] if r["has_period"] else r["date"]) + off
            ax.plot([x], [lo], linestyle="none", marker=_mpl_symbol(r["qualifier"], r["converted"]), markersize=7,
                    color=c, markerfacecolor="white" if r["party_to_conflict"] else c, markeredgewidth=1.6)
    if band is not None:
        ax.axhspan(band[0], band[1], color="#bbbbbb", alpha=0.3, lw=0, zorder=0)
        ax.text(0.01, 0.98, band[2], transform=ax.transAxes, va="top", fontsize=8, color="#444")
    values = pd.concat([p["value_low"], p["value_high"]])
    if (_auto_log(values) if log_y == "auto" else bool(log_y)):
        ax.set_yscale("log")
    if y_range is not None:
        ax.set_ylim(*y_range)
    ax.set_ylabel(y_title)
    _date_axis(ax)
    ax.grid(True, color="#e5e5e5", lw=0.6)
    handles = [Line2D([], [], color=colours.get(s, "#888888"), marker="o", linestyle="-", label=s) for s in order]
    if p["party_to_conflict"].any():
        handles.append(Line2D([], [], color="#555", marker="o", markerfacecolor="white", linestyle=":",
                              label="hollow / dotted: party to the conflict"))
    if p["converted"].any():
        handles.append(Line2D([], [], color="#555", marker="X", linestyle="none", label="converted from rebel share"))
    if p["qualifier"].isin(["at_least", "more_than"]).any():
        handles.append(Line2D([], [], color="#555", marker="^", linestyle="none", label="at least / more than"))
    if (p["qualifier"] == "at_most").any():
        handles.append(Line2D([], [], color="#555", marker="v", linestyle="none", label="at most"))
    if legend:
        ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def control_static(events: pd.DataFrame, colours: dict[str, str], ax=None):
    """The neighbourhood timeline in matplotlib, for print."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    ev = control_marks(events)
    rows = list(ev.groupby("neighbourhood")["date"].min().sort_values(kind="stable").index) if len(ev) else []
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, max(1.6, 0.32 * len(rows) + 1.0)))
    if ev.empty:
        ax.text(0.5, 0.5, "No neighbourhood control events in this selection.", ha="center", va="center",
                transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    ypos = {n: len(rows) - 1 - i for i, n in enumerate(rows)}
    mk = {"government": "s", "rebels": "D", "kurdish": "^"}
    for _, r in ev.iterrows():
        c = colours.get(r["source_label"], "#888888")
        ax.plot([pd.Timestamp(r["date"])], [ypos[r["neighbourhood"]]], linestyle="none",
                marker=mk.get(r["controller"], "o"), markersize=7, color=c,
                markerfacecolor="white" if r["event"] == "held" else c, markeredgewidth=1.6)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows[::-1], fontsize=8)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    _date_axis(ax)
    ax.grid(True, axis="x", color="#e5e5e5", lw=0.6)
    handles = [Line2D([], [], color=colours.get(s, "#888888"), marker="o", linestyle="none", label=s)
               for s in dict.fromkeys(ev["source_label"])]
    handles += [Line2D([], [], color="#555", marker=mk[c], linestyle="none", label=f"captured by {c}")
                for c in mk if (ev["controller"] == c).any()]
    handles.append(Line2D([], [], color="#555", marker="s", markerfacecolor="white", linestyle="none",
                          label="hollow: stated as held"))
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def source_matrix_static(counts: pd.DataFrame, ax=None, max_sources: int = 25):
    """The same heatmap in matplotlib, for print."""
    import matplotlib.pyplot as plt

    counts = counts.head(max_sources)
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, max(1.6, 0.3 * len(counts) + 1.2)))
    if counts.empty:
        ax.text(0.5, 0.5, "No claims in this selection.", ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    cats = [c for c in counts.columns if c not in ("total", "party_to_conflict")]
    z = counts[cats].to_numpy()
    ax.imshow(z, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, z.max()))
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            if z[i, j]:
                ax.text(j, i, str(int(z[i, j])), ha="center", va="center", fontsize=8,
                        color="white" if z[i, j] > z.max() / 2 else "black")
    ax.set_xticks(range(len(cats)))
    ax.set_xticklabels(cats, fontsize=8)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(counts)))
    ax.set_yticklabels([_source_row_label(s, p) for s, p in zip(counts.index, counts["party_to_conflict"])], fontsize=8)
    return ax


def disagreement_static(dis: pd.DataFrame, colours: dict[str, str], max_groups: int = 6):
    """The first ``max_groups`` disagreement panels in matplotlib, for print."""
    import matplotlib.pyplot as plt

    groups = list(dict.fromkeys(dis["group"]))[:max_groups] if len(dis) else []
    if not groups:
        fig, ax = plt.subplots(figsize=(7.5, 1.4))
        ax.text(0.5, 0.5, "No two sources gave the same quantity on the same day.", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    sizes = [dis[dis["group"] == g]["source_label"].nunique() for g in groups]
    fig, axes = plt.subplots(len(groups), 1, figsize=(7.5, sum(0.55 + 0.28 * s for s in sizes) + 0.4),
                             gridspec_kw=dict(height_ratios=[1 + s for s in sizes]), squeeze=False)
    for ax, gname in zip(axes[:, 0], groups):
        g = dis[dis["group"] == gname]
        labels = list(dict.fromkeys(g.sort_values("source_label")["source_label"]))
        pos = {s: i for i, s in enumerate(labels)}
        for _, r in g.iterrows():
            c = colours.get(r["source_label"], "#888888")
            y = pos[r["source_label"]]
            lo, hi = float(r["value_low"]), float(r["value_high"])
            party = bool(r["party_to_conflict"])
            if lo < hi:
                ax.hlines(y, lo, hi, colors=c, linestyles=":" if party else "-", linewidth=2.5)
                ax.plot([lo, hi], [y, y], "|", color=c, markersize=10, markeredgewidth=2)
            else:
                ax.plot([lo], [y], linestyle="none", marker=_mpl_symbol(r["qualifier"], bool(r.get("converted", False))),
                        color=c, markerfacecolor="white" if party else c, markersize=7, markeredgewidth=1.6)
        ax.set_yticks(range(len(labels)))
        ax.set_yticklabels([s + (" †" if s in set(g.loc[g["party_to_conflict"].astype(bool), "source_label"]) else "")
                            for s in labels], fontsize=8)
        ax.set_ylim(-0.6, len(labels) - 0.4)
        ax.set_title(gname, fontsize=9, loc="left")
        vals = pd.concat([g["value_low"], g["value_high"]])
        if _auto_log(vals):
            ax.set_xscale("log")
        ax.grid(True, axis="x", color="#e5e5e5", lw=0.6)
        ax.margins(x=0.15)
    fig.tight_layout()
    return fig


def claims_per_day_static(claims: pd.DataFrame, ax=None):
    """Claims per figure date, stacked by category (matplotlib), for print."""
    import matplotlib.pyplot as plt

    from ..tables import CATEGORIES

    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 2.8))
    dated = _dated(claims)
    if dated.empty:
        ax.text(0.5, 0.5, "No dated claims in this selection.", ha="center", va="center", transform=ax.transAxes)
        _blank_axis(ax)
        return ax
    counts = pd.crosstab(pd.to_datetime(dated["date"]), dated["category"]).reindex(columns=CATEGORIES, fill_value=0)
    bottom = None
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#888888"]
    for cat, colour in zip(CATEGORIES, colours):
        ax.bar(counts.index, counts[cat], bottom=bottom, color=colour, width=0.8, label=cat)
        bottom = counts[cat] if bottom is None else bottom + counts[cat]
    ax.set_ylabel("claims")
    _date_axis(ax)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


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


def overview_static(marks: pd.DataFrame):
    """The front page's overview as a static matplotlib figure (the twin of
    :func:`newsfigures.book.plotly_figures.overview_figure`), for print and readers without
    JavaScript: the same panels and marks, with a legend per panel."""
    import matplotlib.pyplot as plt

    from .front import OVERVIEW_PANELS, OVERVIEW_SERIES

    fig, axes = plt.subplots(len(OVERVIEW_PANELS), 1, figsize=(8, 1.9 * len(OVERVIEW_PANELS) + 0.6), sharex=True)
    if marks.empty:
        axes[0].text(0.5, 0.5, "No dated share of territory, displacement or death figure to draw.", ha="center",
                     va="center", transform=axes[0].transAxes)
        for ax in axes:
            _blank_axis(ax)
        return fig
    for ax, (panel, y_title) in zip(axes, OVERVIEW_PANELS):
        part = marks[marks["panel"] == panel]
        for series, colour in OVERVIEW_SERIES.items():
            m = part[part["series"] == series]
            if m.empty:
                continue
            start, end = pd.to_datetime(m["bin_start"]), pd.to_datetime(m["bin_end"])
            x = start + (end - start) / 2
            rng = m["low"] < m["high"]
            ax.vlines(x[rng], m.loc[rng, "low"], m.loc[rng, "high"], color=colour, lw=2)
            ax.plot(list(x) + list(x[rng]), list(m["low"]) + list(m.loc[rng, "high"]), "o", color=colour, ms=4,
                    label=series)
        if panel == "share":
            ax.set_ylim(0, 100)
        elif len(part) and _auto_log(pd.concat([part["low"], part["high"]])):
            ax.set_yscale("log")
        ax.set_ylabel(y_title, fontsize=8)
        ax.grid(True, color="#e5e5e5", lw=0.6)
        if len(part):
            ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        else:
            ax.text(0.5, 0.5, "no figure", ha="center", va="center", transform=ax.transAxes, color="#888888")
    _date_axis(axes[-1])
    fig.tight_layout()
    return fig
