"""Tables and sentences for the chapters' text: HTML tables of claims (escaped, capped),
source-by-category counts, a disagreement told as a sentence, lists of titles."""

from __future__ import annotations

import re
from typing import Sequence

import pandas as pd

from ..reconcile import is_blank, as_text, source_label
from .style import COVERAGE_MAX_TITLES, TABLE_MAX_ROWS, escape, format_number, format_value, source_words


# ---------------------------------------------------------------------------- sources


def source_category_counts(claims: pd.DataFrame, categories: Sequence[str] | None = None) -> pd.DataFrame:
    """Statements per source (rows) and category (columns), with a ``total`` column and a
    boolean ``party_to_conflict`` column (any of the source's figures is flagged); sorted by
    total. A statement carried by several articles counts once (claims without a
    ``statement_id`` count one each)."""
    from ..tables import CATEGORIES

    cats = list(categories or CATEGORIES)
    if claims.empty:
        return pd.DataFrame(columns=cats + ["total", "party_to_conflict"])
    c = one_per_statement(claims)
    c = c.assign(source_label=c["source"].map(source_label))
    counts = pd.crosstab(c["source_label"], c["category"]).reindex(columns=cats, fill_value=0)
    counts["total"] = counts.sum(axis=1)
    counts["party_to_conflict"] = c.groupby("source_label")["party_to_conflict"].any().reindex(counts.index).astype(bool)
    counts = counts.sort_values(["total"], ascending=False, kind="stable")
    counts.index.name = "source"
    return counts.astype({k: int for k in cats + ["total"]})


def one_per_statement(claims: pd.DataFrame) -> pd.DataFrame:
    """The first claim of each statement (claims without a ``statement_id`` are kept each)."""
    if "statement_id" not in claims:
        return claims
    has = claims["statement_id"].map(lambda v: not is_blank(v))
    return pd.concat([claims[has].drop_duplicates("statement_id"), claims[~has]]).sort_index()


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
                s = "" if is_blank(v) else format_number(float(v))
            elif isinstance(v, bool):
                s = "yes" if v else "no"
            else:
                s = as_text(v)
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
    view["figure"] = [format_value(lo, hi, as_text(q), u) for lo, hi, q, u in
                      zip(view["value_low"], view["value_high"], view["qualifier"], view["unit"])]
    view["who"] = [source_label(s) + (" (party to the conflict)" if bool(p) else "")
                   for s, p in zip(view["source"], view["party_to_conflict"])]
    view["period"] = [f"{as_text(a)} to {as_text(b)}" if not (is_blank(a) and is_blank(b)) else ""
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
        bit = f"{format_value(r['value_low'], r['value_high'], as_text(r['qualifier']), r['unit'])} ({who}{conv}"
        n = r.get("n_articles", 1)
        bits[bit] = bits.get(bit, 0) + (1 if is_blank(n) else int(n))
    said = [f"{bit}{f', in {n:,} articles' if n > 1 else ''})" for bit, n in bits.items()]
    if len(said) > max_figures:
        said = said[:max_figures - 1] + [f"{len(said) - max_figures + 1:,} other figures, up to {said[-1]}"]
    label = str(first["group"]).split(" · ", 1)[-1]
    return f"On {first['date']}, for {label}: " + "; ".join(said) + "."


# ---------------------------------------------------------------------------- corpus chapter


def _title_list(titles: pd.Series, limit: int | None = None) -> str:
    """Escaped titles for a hover, one per line: the first ``limit`` (sorted) and how many more."""
    limit = COVERAGE_MAX_TITLES if limit is None else limit
    names = sorted(as_text(t) or "(no title)" for t in titles)
    shown = [escape(_wrap_title(t)) for t in names[:limit]]
    rest = len(names) - len(shown)
    if rest:
        shown.append(f"… and {rest:,} more" if shown else f"{rest:,} articles (titles in the table and articles.csv)")
    return "<br>".join(shown)


def _wrap_title(title: str, limit: int = 90) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------- headlines and set-aside claims


def _sources_words(labels: Sequence[str]) -> str:
    names = [source_words(s) for s in labels]
    if len(names) <= 1:
        return names[0] if names else "an unnamed source"
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) <= 4 else \
        ", ".join(names[:3]) + f" and {len(names) - 3:,} others"
    return f"{listed} ({len(names):,} independent sources)"


def carried_words(row: pd.Series) -> str:
    """``3 articles from 2 outlets`` / ``one article``: how far a figure of
    :func:`newsfigures.statements.carried` travelled."""
    n, k = int(row["n_articles"]), int(row["n_outlets"])
    if n == 1:
        return "one article"
    return f"{n:,} articles from {'one outlet' if k == 1 else f'{k:,} outlets'}"


def headline_sentence(h, what: str, describe, comparative: str, kind: str = "such figure") -> str:
    """A headline figure in words, as rule ``carried_by_two`` chose it
    (:func:`newsfigures.statements.headline`): ``describe(row)`` gives the figure
    ("“at least 87 people” (at least 87 people)"); sources, day and how many articles carried it
    are added. A more extreme figure resting on one article (``comparative``: "larger",
    "later", "earlier") is named too. Plain text; ``""`` when there is no figure."""
    if h.pick is None:
        return ""
    p = h.pick
    said = _said(describe)
    if not h.held:
        return f"The {what} is {said(p)}; it rests on one article, and no {kind} is reported by two or more articles."
    if not h.top_differs:
        return f"The {what} is {said(p)}, carried by {carried_words(p)}."
    return (f"The {what} carried by at least two articles is {said(p)}, in {carried_words(p)}. "
            f"{_a(comparative).capitalize()} one, {said(h.top)}, rests on one article.")


def _a(word: str) -> str:
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _said(describe):
    def said(r: pd.Series) -> str:
        return f"{describe(r)}, from {_sources_words(r['sources'])} on {as_text(r['date'])}"
    return said


def first_last_sentence(first, last, describe, kind: str) -> str:
    """The first and the last ``kind`` ("capture") as rule ``carried_by_two`` chose them
    (:func:`headline_sentence` twice), said once when one figure is both: "The only capture
    reported by at least two articles is ...; the first reported, ..., rests on one article"."""
    if first.pick is None:
        return ""
    same = first.held and last.held and first.pick["ids"] == last.pick["ids"]
    if not same:
        return (headline_sentence(first, f"first {kind} reported", describe, "earlier", kind) + " "
                + headline_sentence(last, f"last {kind} reported", describe, "later", kind))
    said = _said(describe)
    out = [f"The only {kind} reported by at least two articles is {said(first.pick)}, in {carried_words(first.pick)}."]
    for h, which in ((first, "first"), (last, "last")):
        if h.top_differs:
            out.append(f"The {which} {kind} reported, {said(h.top)}, rests on one article.")
    return " ".join(out)


def set_aside_sentence(rows: pd.DataFrame, what: str = "", listed: str = "listed below", brief: bool = False) -> str:
    """How many ``what`` figures the plausibility checks set aside, and why (most frequent check
    first), and where they are ``listed`` (``brief``: only how many and where): plain text."""
    kind = f"{what} " if what else ""
    if rows.empty:
        return f"The plausibility checks set aside no {kind}figure."
    if brief:
        n = len(rows)
        return f"The plausibility checks set aside {n:,} {kind}figure{'s' if n != 1 else ''} ({listed}, with the reason)."
    counts = rows["check"].value_counts()
    why = "; ".join(f"{n:,} by {c}" for c, n in counts.items())
    n = len(rows)
    return (f"The plausibility checks set aside {n:,} {kind}figure{'s' if n != 1 else ''} ({why}): "
            f"{'they are' if n != 1 else 'it is'} {listed} with the reason, not charted, and flagged in the "
            f"claims explorer.")


def set_aside_table(rows: pd.DataFrame, max_rows: int = TABLE_MAX_ROWS) -> str:
    """The claims set aside as an escaped HTML table: check, reason, figure, source, date, quote,
    claim and article."""
    if rows.empty:
        return ""  # the chapter's sentence says so
    view = rows.sort_values(["check", "date", "article_id", "start"], kind="stable", na_position="last").copy()
    view["figure"] = [format_value(lo, hi, as_text(q), u) for lo, hi, q, u in
                      zip(view["value_low"], view["value_high"], view["qualifier"], view["unit"])]
    view["who"] = view["source"].map(source_label)
    view["what"] = view["category"].map(as_text) + "/" + view["measure"].map(as_text)
    return table_html(view, {"check": "check", "reason": "reason", "figure": "figure", "what": "measure",
                             "who": "source", "date": "date", "quote": "quote", "claim_id": "claim",
                             "article_id": "article"}, max_rows=max_rows, table_id="set-aside-claims")


_UNSET = re.compile(r"\b(?:nan|NaN|NaT|None|null|undefined)\b")


def prose_problems(*texts: object) -> list[str]:
    """Words that mean a missing value leaked into prose (``nan``, ``None``, ``NaT``...): one
    problem per text that has one (for the chapters' check cells and the page test)."""
    out = []
    for t in texts:
        m = _UNSET.search(str(getattr(t, "data", t)))
        if m:
            out.append(f"{m.group(0)!r} in {str(t)[:120]!r}")
    return out
