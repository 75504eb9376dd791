"""Tables and sentences for the chapters' text: HTML tables of claims (escaped, capped),
source-by-category counts, a disagreement told as a sentence, lists of titles."""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from ..reconcile import _blank, _text, source_label
from .style import COVERAGE_MAX_TITLES, TABLE_MAX_ROWS, escape, format_number, format_value, source_words


# ---------------------------------------------------------------------------- sources


def source_category_counts(claims: pd.DataFrame, categories: Sequence[str] | None = None) -> pd.DataFrame:
    """Claims per source (rows) and category (columns), with a ``total`` column and a boolean
    ``party_to_conflict`` column (any of the source's figures is flagged); sorted by total."""
    from ..tables import CATEGORIES

    cats = list(categories or CATEGORIES)
    if claims.empty:
        return pd.DataFrame(columns=cats + ["total", "party_to_conflict"])
    c = claims.assign(source_label=claims["source"].map(source_label))
    counts = pd.crosstab(c["source_label"], c["category"]).reindex(columns=cats, fill_value=0)
    counts["total"] = counts.sum(axis=1)
    counts["party_to_conflict"] = c.groupby("source_label")["party_to_conflict"].any().reindex(counts.index).astype(bool)
    counts = counts.sort_values(["total"], ascending=False, kind="stable")
    counts.index.name = "source"
    return counts.astype({k: int for k in cats + ["total"]})


def _source_row_label(label: str, party: bool) -> str:
    return f"{label} †" if party else label


# ---------------------------------------------------------------------------- tables


def table_html(df: pd.DataFrame, columns: dict[str, str] | None = None, max_rows: int = TABLE_MAX_ROWS,
               caption: str = "", table_id: str = "", numbers: Sequence[str] = ()) -> str:
    """A plain HTML table of ``df`` with every cell escaped (the data comes from articles).

    ``columns`` maps column -> header (and picks the columns); ``numbers`` are formatted with
    :func:`format_number` (empty for NaN). At most ``max_rows`` rows are written; a last line
    says how many were left out."""
    cols = columns or {c: c for c in df.columns}
    head = "".join(f"<th>{escape(h)}</th>" for h in cols.values())
    body = []
    for _, r in df.head(max_rows).iterrows():
        cells = []
        for c in cols:
            v = r[c]
            if c in numbers:
                s = "" if _blank(v) else format_number(float(v))
            elif isinstance(v, bool):
                s = "yes" if v else "no"
            else:
                s = _text(v)
            cells.append(f"<td>{escape(s)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = len(df) - min(len(df), max_rows)
    foot = f'<tfoot><tr><td colspan="{len(cols)}">{more:,} more row(s) not shown</td></tr></tfoot>' if more else ""
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    tid = f' id="{escape(table_id)}"' if table_id else ""
    return (f'<div class="nf-table-wrap"><table class="nf-table"{tid}>{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody>{foot}</table></div>")


def claims_table(df: pd.DataFrame, max_rows: int = 200, caption: str = "", extra: dict[str, str] | None = None) -> str:
    """The claims in ``df`` as an escaped HTML table, newest first: date, figure (in words),
    measure, party, source (marked when a party to the conflict), quote, claim id, plus the
    ``extra`` columns (column -> header)."""
    if df.empty:
        return "<p><em>No figures.</em></p>"
    view = df.sort_values(["date", "article_id", "start"], ascending=[False, True, True], kind="stable").copy()
    view["figure"] = [format_value(lo, hi, _text(q), u) for lo, hi, q, u in
                      zip(view["value_low"], view["value_high"], view["qualifier"], view["unit"])]
    view["who"] = [source_label(s) + (" (party to the conflict)" if bool(p) else "")
                   for s, p in zip(view["source"], view["party_to_conflict"])]
    view["period"] = [f"{_text(a)} to {_text(b)}" if not (_blank(a) and _blank(b)) else ""
                      for a, b in zip(view["period_start"], view["period_end"])]
    columns = {"date": "date", "figure": "figure", "measure": "measure", "party": "who (party)", "who": "source",
               "quote": "quote", "claim_id": "claim"}
    if view["period"].astype(bool).any():
        columns = {"date": "date", "period": "period", **{k: v for k, v in columns.items() if k != "date"}}
    columns.update(extra or {})
    return table_html(view, columns, max_rows=max_rows, caption=caption)


def disagreement_sentence(group: pd.DataFrame, max_figures: int = 6) -> str:
    """One disagreement (rows of one group of :func:`newsfigures.reconcile.disagreements`) in
    words: ``On 2016-11-27, for displacement/fled (people): 1,500 people (Syrian state media,
    a party to the conflict); 4,000 people (Syrian Observatory for Human Rights).``, lowest
    first. The same figure from the same source is said once (``, in 12 articles``); past
    ``max_figures`` figures the middle ones are counted, and the highest is still said. Plain
    text (escape it before it goes into HTML)."""
    if group.empty:
        return ""
    g = group.sort_values(["value_low", "source_label"], kind="stable")
    first = g.iloc[0]
    bits: dict[str, int] = {}  # the same figure from the same source (wire copies) is said once, with a count
    for _, r in g.iterrows():
        who = source_words(r["source_label"]) + (", a party to the conflict" if bool(r["party_to_conflict"]) else "")
        conv = ", converted from a rebel share" if bool(r.get("converted", False)) else ""
        bit = f"{format_value(r['value_low'], r['value_high'], _text(r['qualifier']), r['unit'])} ({who}{conv}"
        bits[bit] = bits.get(bit, 0) + 1
    said = [f"{bit}{f', in {n:,} articles' if n > 1 else ''})" for bit, n in bits.items()]
    if len(said) > max_figures:
        said = said[:max_figures - 1] + [f"{len(said) - max_figures + 1:,} other figures, up to {said[-1]}"]
    label = str(first["group"]).split(" · ", 1)[-1]
    return f"On {first['date']}, for {label}: " + "; ".join(said) + "."


# ---------------------------------------------------------------------------- corpus chapter


def _title_list(titles: pd.Series, limit: int | None = None) -> str:
    """Escaped titles for a hover, one per line: the first ``limit`` (sorted) and how many more."""
    limit = COVERAGE_MAX_TITLES if limit is None else limit
    names = sorted(_text(t) or "(no title)" for t in titles)
    shown = [escape(_wrap_title(t)) for t in names[:limit]]
    rest = len(names) - len(shown)
    if rest:
        shown.append(f"… and {rest:,} more" if shown else f"{rest:,} articles (titles in the table and articles.csv)")
    return "<br>".join(shown)


def _wrap_title(title: str, limit: int = 90) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
