"""Score extracted tables against a hand-annotated gold set.

Claims match on article, category and value (low and high, to 0.5 percent); where the same
value appears several times in an article, gold and predicted mentions are paired in order of
appearance. On matched pairs we report the share with the right source (both names resolved
through the alias table, so "the Observatory" equals "Syrian Observatory for Human Rights"),
date, party, measure and qualifier. Control events match on article, neighbourhood (resolved
through the gazetteer) and controller.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .tables import read_table


@dataclass(frozen=True)
class EvaluationReport:
    table: pd.DataFrame          # one row per category plus "all" and "control_events"
    accuracy: dict[str, float]   # source / date / party / measure / qualifier accuracy on matches
    n_matched: int
    misses: pd.DataFrame         # gold rows not found
    spurious: pd.DataFrame       # predicted rows with no gold counterpart
    wrong_source: pd.DataFrame   # matched pairs whose source differs


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.5, 0.005 * max(abs(a), abs(b)))


def canonical_source(name: object) -> str:
    if name is None or (isinstance(name, float) and pd.isna(name)) or str(name).strip() == "":
        return ""
    from .attribution import resolve_alias

    src = resolve_alias(str(name))
    return src.name if src else str(name).strip().lower()


def canonical_place(name: object) -> str:
    from .territory.gazetteer import find_places

    text = "" if name is None else str(name)
    found = find_places(text)
    return found[0].neighbourhood.name if found else text.strip().lower()


def _norm(x: object) -> str:
    if x is None or (isinstance(x, float) and pd.isna(x)):
        return ""
    return str(x).strip()


def match_claims(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of matching claims."""
    pred = pred.sort_values(["article_id", "start"], kind="stable")
    by_key: dict[tuple[str, str], list] = defaultdict(list)
    for idx, row in pred.iterrows():
        by_key[(row["article_id"], row["category"])].append((idx, float(row["value_low"]), float(row["value_high"])))
    used: set[int] = set()
    pairs = []
    for gidx, g in gold.iterrows():
        for pidx, lo, hi in by_key.get((g["article_id"], g["category"]), []):
            if pidx in used:
                continue
            if _same_value(lo, float(g["value_low"])) and _same_value(hi, float(g["value_high"])):
                used.add(pidx)
                pairs.append((gidx, pidx))
                break
    return pairs


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame, pred_events: pd.DataFrame | None = None,
             gold_events: pd.DataFrame | None = None, articles: set[str] | None = None) -> EvaluationReport:
    """Score ``pred`` against ``gold`` on the articles both cover (``articles``: the ids that
    were extracted; gold rows of other articles are left out, not counted as misses)."""
    if articles is not None:
        gold = gold[gold["article_id"].isin(articles)]
        if gold_events is not None:
            gold_events = gold_events[gold_events["article_id"].isin(articles)]
    articles = set(gold["article_id"]) | (set(gold_events["article_id"]) if gold_events is not None else set())
    pred = pred[pred["article_id"].isin(articles)].copy()
    pairs = match_claims(pred, gold)
    rows = []
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    from .tables import CATEGORIES

    for cat in CATEGORIES + ["all"]:
        g = gold if cat == "all" else gold[gold["category"] == cat]
        p = pred if cat == "all" else pred[pred["category"] == cat]
        tp = sum(1 for gi, _ in pairs if gi in g.index)
        prec, rec, f1 = _f1(tp, len(p), len(g))
        rows.append({"what": cat, "gold": len(g), "predicted": len(p), "matched": tp,
                     "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)})
    acc = {}
    wrong_source = []
    if pairs:
        checks = {"source": 0, "date": 0, "party": 0, "measure": 0, "qualifier": 0}
        for gi, pi in pairs:
            g, p = gold.loc[gi], pred.loc[pi]
            ok_source = canonical_source(g.get("source")) == canonical_source(p.get("source"))
            checks["source"] += ok_source
            if not ok_source:
                wrong_source.append({"article_id": g["article_id"], "quote": g["quote"],
                                     "gold": _norm(g.get("source")), "predicted": _norm(p.get("source"))})
            checks["date"] += _norm(g.get("date")) == _norm(p.get("date"))
            checks["party"] += _norm(g.get("party")) == _norm(p.get("party"))
            checks["measure"] += _norm(g.get("measure")) == _norm(p.get("measure"))
            checks["qualifier"] += _norm(g.get("qualifier")) == _norm(p.get("qualifier"))
        acc = {k: round(v / len(pairs), 3) for k, v in checks.items()}
    if gold_events is not None and pred_events is not None:
        ge = gold_events.copy()
        pe = pred_events[pred_events["article_id"].isin(articles)].copy()
        key = lambda df: [(a, canonical_place(n), c) for a, n, c in zip(df["article_id"], df["neighbourhood"], df["controller"])]
        remaining = defaultdict(int)
        for k in key(pe):
            remaining[k] += 1
        tp = 0
        for k in key(ge):
            if remaining[k] > 0:
                remaining[k] -= 1
                tp += 1
        prec, rec, f1 = _f1(tp, len(pe), len(ge))
        rows.append({"what": "control_events", "gold": len(ge), "predicted": len(pe), "matched": tp,
                     "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)})
    table = pd.DataFrame(rows)
    misses = gold.loc[[i for i in gold.index if i not in matched_gold]]
    spurious = pred.loc[[i for i in pred.index if i not in matched_pred]]
    return EvaluationReport(table, acc, len(pairs), misses, spurious, pd.DataFrame(wrong_source))


def read_gold(gold_dir: Path | str) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """``claims.csv`` and, if present, ``control_events.csv`` of a folder (gold or predicted)."""
    gold_dir = Path(gold_dir)
    claims = read_table(gold_dir / "claims.csv")
    events = read_table(gold_dir / "control_events.csv") if (gold_dir / "control_events.csv").exists() else None
    return claims, events


def evaluate_paths(predicted_dir: Path | str, gold_dir: Path | str) -> EvaluationReport:
    predicted_dir = Path(predicted_dir)
    gold, gold_events = read_gold(gold_dir)
    pred, pred_events = read_gold(predicted_dir)
    extracted = None
    if (predicted_dir / "articles.csv").exists():
        extracted = set(read_table(predicted_dir / "articles.csv")["article_id"])
    return evaluate(pred, gold, pred_events, gold_events, articles=extracted)


def format_report(report: EvaluationReport) -> str:
    lines = [report.table.to_string(index=False), ""]
    if report.accuracy:
        lines.append(f"on {report.n_matched} matched claims: " +
                     ", ".join(f"{k} accuracy {v:.3f}" for k, v in report.accuracy.items()))
    return "\n".join(lines)


# --------------------------------------------------------------------------- article metadata

@dataclass(frozen=True)
class MetadataScore:
    """Publication dates and outlets of articles against a manifest.

    Dates: ``right`` (same day), ``wrong_confident`` (another day at medium, high or given
    confidence: the failures that matter), ``wrong_low`` (another day at low confidence),
    ``empty`` (no date). Outlets: ``right`` when the outlet is the gold's first-named outlet,
    or runs that outlet's wire copy and is itself named in the gold ("Xinhua (republished by
    Syria Times)" is right for outlet Syria Times with wire Xinhua); ``other`` when it is an
    outlet the gold names second (a republisher) without the wire; else ``wrong``.
    Both names are resolved through ``data/outlets.yaml``. Values the extractor was given (a
    manifest, front matter: method ``given:...``) are counted as ``given``, not scored."""

    table: pd.DataFrame   # one row per article: gold and predicted values, verdicts
    dates: dict[str, int]
    outlets: dict[str, int]

    def line(self) -> str:
        d, o = self.dates, self.outlets
        return (f"publication dates: {d['right']} right, {d['wrong_confident']} wrong at medium/high, "
                f"{d['wrong_low']} wrong at low confidence, {d['empty']} empty (of {d['scored']}; "
                f"{d['given']} given); outlets: {o['right']} right, {o['other']} a republisher, {o['wrong']} wrong, "
                f"{o['empty']} empty (of {o['scored']}; {o['given']} given)")


def _file_key(name: object) -> str:
    return Path(_norm(name)).stem


def score_metadata(articles: pd.DataFrame, gold: pd.DataFrame) -> MetadataScore:
    """Score the ``published`` and ``outlet`` columns of an articles table against a manifest
    (columns ``file`` and any of ``published``, ``outlet``); rows match on the file stem."""
    from .reading.outlets import find_outlet_names, resolve_outlet

    gold = gold.copy()
    gold["article_id"] = gold["file"].map(_file_key)
    pred = {str(r["article_id"]): r for _, r in articles.iterrows()}
    rows = []
    dates = dict.fromkeys(("scored", "right", "wrong_confident", "wrong_low", "empty", "given"), 0)
    outs = dict.fromkeys(("scored", "right", "other", "wrong", "empty", "given"), 0)
    for _, g in gold.iterrows():
        aid = g["article_id"]
        if aid not in pred:
            continue
        p = pred[aid]
        row = {"article_id": aid}
        gp, pp = _norm(g.get("published")), _norm(p.get("published"))
        if gp and _norm(p.get("published_method")).startswith("given"):
            dates["given"] += 1
        elif gp:
            dates["scored"] += 1
            conf = _norm(p.get("published_confidence"))
            verdict = ("empty" if not pp else "right" if pp[:10] == gp[:10]
                       else "wrong_low" if conf == "low" else "wrong_confident")
            dates[verdict] += 1
            row.update(gold_published=gp, published=pp, confidence=conf, date_verdict=verdict)
        go, po, pw = _norm(g.get("outlet")), _norm(p.get("outlet")), _norm(p.get("wire"))
        if go and _norm(p.get("outlet_method")).startswith("given"):
            outs["given"] += 1
        elif go:
            outs["scored"] += 1
            named = [m.outlet.name for m in find_outlet_names(go)]
            first = resolve_outlet(go)
            gold_names = ([first.name] if first else [go.lower()]) + [n for n in named if not first or n != first.name]
            po_c = (resolve_outlet(po).name if resolve_outlet(po) else po.lower()) if po else ""
            pw_c = (resolve_outlet(pw).name if resolve_outlet(pw) else pw.lower()) if pw else ""
            if not po_c:
                verdict = "empty"
            elif po_c == gold_names[0] or (pw_c == gold_names[0] and po_c in gold_names):
                verdict = "right"
            elif po_c in gold_names:
                verdict = "other"
            else:
                verdict = "wrong"
            outs[verdict] += 1
            row.update(gold_outlet=go, outlet=po, wire=pw, outlet_verdict=verdict)
        rows.append(row)
    return MetadataScore(pd.DataFrame(rows), dates, outs)


def read_metadata(paths: list[Path | str]) -> pd.DataFrame:
    """Merge manifests (``file`` plus ``published`` / ``outlet``): later files fill the
    columns earlier ones leave empty (a date manifest and an outlet list, say)."""
    merged: dict[str, dict[str, str]] = {}
    for path in paths:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        for _, r in df.iterrows():
            key = _norm(r.get("file"))
            if not key:
                continue
            row = merged.setdefault(key, {"file": key, "published": "", "outlet": ""})
            for col in ("published", "outlet"):
                if not row[col] and _norm(r.get(col)):
                    row[col] = _norm(r.get(col))
    return pd.DataFrame(list(merged.values()), columns=["file", "published", "outlet"])
