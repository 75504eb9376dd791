"""The claims explorer: the newest claims embedded in the page as JSON (escaped, capped by
bytes), the rest written as parts loaded on demand."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Sequence

import pandas as pd

from ..reconcile import is_blank, as_text, source_label
from .style import EXPLORER_CHUNK_ROWS, EXPLORER_MAX_BYTES, EXPLORER_PAGE_SIZE, QUALIFIER_WORDS, escape, format_value


# ---------------------------------------------------------------------------- claims explorer


def json_for_html(obj: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``: ``<``, ``>`` and ``&``
    become ``\\u003c``, ``\\u003e``, ``\\u0026`` (so no ``</script>`` or ``<!--`` can appear),
    and U+2028/U+2029 are escaped too."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _json_bytes(obj: object) -> int:
    """Bytes ``obj`` takes in the page (UTF-8, after :func:`json_for_html` escaping)."""
    return len(json_for_html(obj).encode("utf-8"))


EXPLORER_COLUMNS = ["claim_id", "date", "category", "measure", "value", "qualifier", "party", "source",
                    "party_to_conflict", "quote", "sentence", "article_id", "period", "speaker", "set_aside",
                    "statement_id"]


def with_checks(claims: pd.DataFrame, set_aside: pd.DataFrame) -> pd.DataFrame:
    """``claims`` with the ``check`` and ``reason`` of those set aside (``set_aside.csv``),
    empty for the others: the explorer flags them."""
    reasons = set_aside[["claim_id", "check", "reason"]] if len(set_aside) else \
        pd.DataFrame(columns=["claim_id", "check", "reason"])
    out = claims.drop(columns=[c for c in ("check", "reason") if c in claims]).merge(reasons, on="claim_id", how="left")
    out.index = claims.index
    return out


def _safe_url(url: object) -> str:
    u = as_text(url).strip()
    return u if re.match(r"^https?://", u, re.IGNORECASE) else ""


def _explorer_sorted(claims: pd.DataFrame) -> pd.DataFrame:
    c = claims.assign(_undated=claims["date"].map(is_blank), _date=claims["date"].map(as_text))
    return c.sort_values(["_undated", "_date", "article_id", "start", "claim_id"],
                         ascending=[True, False, True, True, True], kind="stable")


def _empty_part() -> dict:
    return {"columns": EXPLORER_COLUMNS, "rows": [], "sentences": [], "articles": {}}


def _flag(r: pd.Series) -> str:
    """``check: reason`` for a claim set aside, else ``""``."""
    check = as_text(r.get("check"))
    return f"{check}: {as_text(r.get('reason'))}" if check else ""


def explorer_parts(claims: pd.DataFrame, articles: pd.DataFrame, max_rows: int = EXPLORER_CHUNK_ROWS,
                   max_bytes: int = EXPLORER_MAX_BYTES) -> list[dict]:
    """Every claim as explorer rows, newest first (by ``date``, undated last), cut into parts of
    at most ``max_rows`` rows and about ``max_bytes`` of JSON each. A part is self-contained:
    ``{"columns", "rows", "sentences", "articles"}``, sentences shared by several of its claims
    stored once (a row holds the index), ``articles`` mapping article id -> [title, outlet,
    published, url] (url only when http(s)). A claim set aside (``check`` and ``reason``
    columns, see :func:`with_checks`) carries ``check: reason`` in its ``set_aside`` field. The
    page embeds the first part and loads the others on demand (:func:`write_explorer_parts`)."""
    art = articles.set_index("article_id") if len(articles) else pd.DataFrame()
    entries: dict[str, list] = {}

    def article_entry(aid: str) -> list:
        if aid not in entries:
            a = art.loc[aid] if aid in art.index else None
            entries[aid] = ([as_text(a.get("title")), as_text(a.get("outlet")), as_text(a.get("published")),
                             _safe_url(a.get("url"))] if a is not None else ["", "", "", ""])
        return entries[aid]

    parts: list[dict] = []
    part, size, index = _empty_part(), 200, {}
    for _, r in _explorer_sorted(claims).iterrows():
        sentence = as_text(r["sentence"])
        aid = as_text(r["article_id"])
        period = ""
        if not is_blank(r["period_start"]) or not is_blank(r["period_end"]):
            period = f"{as_text(r['period_start']) or '?'} to {as_text(r['period_end']) or '?'}"
        row = [as_text(r["claim_id"]), as_text(r["date"]), as_text(r["category"]), as_text(r["measure"]),
               format_value(r["value_low"], r["value_high"], as_text(r["qualifier"]), r["unit"]),
               QUALIFIER_WORDS.get(as_text(r["qualifier"]), as_text(r["qualifier"])), as_text(r["party"]),
               source_label(r["source"]), bool(r["party_to_conflict"]), as_text(r["quote"]), None, aid, period,
               as_text(r.get("speaker")), _flag(r), as_text(r.get("statement_id"))]

        def cost() -> int:  # what the row adds to the current part
            extra = 0 if sentence in index else _json_bytes(sentence) + 1
            if aid not in part["articles"]:
                extra += _json_bytes([aid, article_entry(aid)]) + 1
            return _json_bytes(row) + 8 + extra

        c = cost()
        if part["rows"] and (len(part["rows"]) >= max_rows or size + c > max_bytes):
            parts.append(part)
            part, size, index = _empty_part(), 200, {}
            c = cost()
        if sentence not in index:
            index[sentence] = len(part["sentences"])
            part["sentences"].append(sentence)
        part["articles"].setdefault(aid, article_entry(aid))
        row[10] = index[sentence]
        part["rows"].append(row)
        size += c
    if part["rows"] or not parts:
        parts.append(part)
    return parts


def explorer_payload(claims: pd.DataFrame, articles: pd.DataFrame, max_rows: int = EXPLORER_CHUNK_ROWS,
                     max_bytes: int = EXPLORER_MAX_BYTES, parts: list[dict] | None = None) -> dict:
    """The first part of :func:`explorer_parts` (the newest claims) plus ``total`` (all
    claims), ``shown`` (rows in this part), ``set_aside`` (claims set aside by the plausibility
    checks) and the ``categories`` and ``sources`` of all claims
    (for the explorer's filters). Pass ``parts`` when they are already cut."""
    first = (parts if parts is not None else explorer_parts(claims, articles, max_rows, max_bytes))[0]
    n_aside = int(claims["check"].map(lambda v: not is_blank(v)).sum()) if "check" in claims else 0
    return {**first, "total": int(len(claims)), "shown": len(first["rows"]), "set_aside": n_aside,
            "categories": sorted({as_text(c) for c in claims["category"]} - {""}),
            "sources": sorted({source_label(s) for s in claims["source"]})}


def write_explorer_parts(parts: list[dict], extra_dir: Path | str, element_id: str = "claims-explorer") -> list[str]:
    """Write every part after the first as a script file under ``extra_dir`` (a folder the
    book copies to the site's root) and return their paths relative to the site root.

    Each file calls ``newsfiguresExplorerPart(element id, part number, data)``; the data is
    :func:`json_for_html` JSON, so it holds no markup. The folder name carries a digest of the
    contents: a rebuilt book never mixes parts of two builds, even from a browser cache."""
    from ..io import write_text_atomic

    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    bodies = [f"newsfiguresExplorerPart({json.dumps(eid)},{k},{json_for_html(p)});\n"
              for k, p in enumerate(parts[1:], start=1)]
    if not bodies:
        return []
    digest = hashlib.sha1("".join(bodies).encode("utf-8")).hexdigest()[:12]
    rel = Path("explorer-data") / digest
    folder = Path(extra_dir) / rel
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, body in enumerate(bodies, start=1):
        name = f"{eid}-{k:05d}.js"
        write_text_atomic(folder / name, body)
        paths.append((rel / name).as_posix())
    return paths


def explorer_html(payload: dict, element_id: str = "claims-explorer", csv_hint: str = "claims.csv",
                  parts: Sequence[str] = ()) -> str:
    """The explorer's HTML: a container that ``_static/explorer.js`` fills in (with
    ``textContent`` only), the first part's rows as JSON in a ``<script
    type="application/json">`` element, the site-root paths of the other ``parts`` (loaded on
    demand: when the reader pages past the loaded rows, searches or filters), and a note
    saying how many claims the page holds and where the rest are."""
    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    shown, total = int(payload["shown"]), int(payload["total"])
    if total == shown:
        note = f"All {total:,} claims are listed below."
    elif parts:
        note = (f"{total:,} claims: the newest {shown:,} are in this page, the others load in "
                f"{len(parts):,} parts as you page, search or filter.")
    else:
        note = (f"The {shown:,} newest of {total:,} claims are listed below; {total - shown:,} older ones are "
                f"left out to keep this page light. Every claim is in {csv_hint}.")
    chunks = escape(json.dumps(list(parts)))
    return (f'<div class="claims-explorer" id="{eid}" data-claims-explorer="{eid}-data" '
            f'data-page-size="{EXPLORER_PAGE_SIZE}" data-parts="{chunks}">'
            f'<p class="claims-explorer-note">{escape(note)}</p>'
            f"<noscript><p>The claims table needs JavaScript; every claim is in {escape(csv_hint)}.</p></noscript>"
            f"</div>\n"
            f'<script type="application/json" id="{eid}-data">{json_for_html(payload)}</script>')


def explorer_rows_from_html(page: str, element_id: str = "claims-explorer") -> dict:
    """Parse the JSON back out of :func:`explorer_html` output (for checks and tests)."""
    eid = re.sub(r"[^A-Za-z0-9_-]", "-", element_id)
    m = re.search(rf'<script type="application/json" id="{re.escape(eid)}-data">(.*?)</script>', page, re.DOTALL)
    if not m:
        raise ValueError("no explorer data in page")
    return json.loads(m.group(1))
