"""Where the gazetteer's neighbourhoods are, and who held each one as of a day.

Outlines
    ``data/geo/aleppo_neighbourhoods_csr.geojson``: 133 neighbourhood polygons (126 names) of
    Columbia's Center for Spatial Research, "Conflict Urbanism: Aleppo" (MIT licence, text in
    ``data/geo/LICENSE-csr-neighbourhoods.txt``; after UN-Habitat/REACH 2013), lon/lat,
    5 decimals. :data:`OUTLINE_CREDIT` goes under every map drawn from them.

Gazetteer and outlines (:func:`outline_table`)
    One row per gazetteer name (``data/neighbourhoods.csv``). A gazetteer row taken from the CSR
    layer names its polygon itself (``csr_name``): an ``exact`` outline, written nowhere else.
    For the other names, ``data/neighbourhood_outlines.csv`` has the row: ``outline`` says how
    the name relates to the CSR polygons named in ``polygons`` (``|``-separated CSR ``NAME``
    values):

    * ``exact``: a CSR polygon carries the neighbourhood's own name (spelling aside);
    * ``union``: several CSR polygons carry the name (Ramouseh I-IV, Hamdaniyeh I-V...);
    * ``alias``: CSR's alias table files the name under a larger polygon, so the map colours
      the parent area (the hover says so);
    * ``none``: no outline. Landmarks and camps known only as a point, a "related" polygon
      that is not the place (Nairab camp), and names nobody could place. Never guessed.

    :func:`outline_problems` checks that every gazetteer name has exactly one row (a
    ``csr_name`` or a row of the CSV, which then agrees with it) and that every polygon named
    exists: a new gazetteer name must say where it is or that it has no outline.

Who held a neighbourhood as of a day (:func:`control_as_of`)
    Rule **latest statement**: the statements about a place dated on or before the day; the
    latest day among them decides. One controller on that day -> that controller (a capture
    on 12 December means "held by the captor from 12 December" until another statement).
    Different controllers on that latest day -> ``contested`` (sources disagree that day; no
    source is preferred). No statement yet -> ``nothing reported``. Undated statements are not
    placed in time and count for no day. The same rule, applied to the statements about every
    gazetteer name drawn on a polygon, colours that polygon (:func:`polygon_control_as_of`).
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from ..lexicon import data_text
from .gazetteer import gazetteer

__all__ = [
    "OUTLINE_CREDIT", "STATUSES", "OFFENSIVE", "Outline", "outlines", "outline_table", "outline_problems",
    "polygon_names", "control_as_of", "polygon_events", "polygon_control_as_of", "unplaced_names", "map_days",
    "simplify_ring",
]

OUTLINE_CREDIT = ("Neighbourhood outlines: Columbia Center for Spatial Research, Conflict Urbanism: Aleppo "
                  "(after UN-Habitat/REACH 2013), MIT licence.")
OUTLINES_FILE = "geo/aleppo_neighbourhoods_csr.geojson"
TABLE_FILE = "neighbourhood_outlines.csv"
CSR_NAME_NOTE = "the gazetteer row comes from this CSR polygon (csr_name)"
OUTLINE_KINDS = ("exact", "union", "alias", "none")
#: What a neighbourhood's colour can say, in legend order.
STATUSES = ("government", "rebels", "kurdish", "contested", "nothing reported")
#: The government offensive on eastern Aleppo: the map's days when the corpus lies inside it.
OFFENSIVE = ("2016-11-15", "2016-12-22")
#: With a longer window, the map steps only through the days with statements.
MAX_DAILY_STEPS = 90


@dataclass(frozen=True)
class Outline:
    """One CSR polygon name: its Arabic name and its parts, each a list of rings of (lon, lat)."""

    name: str
    name_ar: str
    parts: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]


@lru_cache(maxsize=1)
def outlines() -> dict[str, Outline]:
    """The CSR polygons by ``NAME`` (features sharing a name are one outline, in file order)."""
    data = json.loads(data_text(OUTLINES_FILE))
    parts: dict[str, list] = {}
    arabic: dict[str, str] = {}
    for feature in data["features"]:
        name = feature["properties"]["NAME"]
        arabic.setdefault(name, feature["properties"].get("NAME_A") or "")
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            parts.setdefault(name, []).append(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon))
    return {name: Outline(name, arabic[name], tuple(p)) for name, p in parts.items()}


@lru_cache(maxsize=1)
def _table_rows() -> tuple[dict, ...]:
    return tuple(csv.DictReader(io.StringIO(data_text(TABLE_FILE))))


def outline_table() -> pd.DataFrame:
    """``name``, ``outline``, ``polygons`` (a list), ``note``: the rows of
    ``data/neighbourhood_outlines.csv``, then an ``exact`` row for every gazetteer name with a
    ``csr_name`` that the CSV does not list."""
    rows = [dict(r, polygons=[p for p in (r.get("polygons") or "").split("|") if p]) for r in _table_rows()]
    listed = {r["name"] for r in rows}
    rows += [dict(name=n.name, outline="exact", polygons=[n.csr_name], note=CSR_NAME_NOTE)
             for n in gazetteer() if n.csr_name and n.name not in listed]
    return pd.DataFrame(rows, columns=["name", "outline", "polygons", "note"])


def outline_problems() -> list[str]:
    """What is wrong between the gazetteer, the outline table and the polygons (empty = agree)."""
    table = outline_table()
    known = set(outlines())
    names = [n.name for n in gazetteer()]
    problems = [f"gazetteer name {n!r} is not in {TABLE_FILE} and has no csr_name: say which polygon(s) it is, "
                "or outline 'none'" for n in names if n not in set(table["name"])]
    csr = {n.name: n.csr_name for n in gazetteer() if n.csr_name}
    problems += [f"{r.name!r}: the gazetteer's csr_name is {csr[r.name]!r}, {TABLE_FILE} says {r.polygons!r}"
                 for r in table.itertuples() if r.name in csr and csr[r.name] not in r.polygons]
    problems += [f"{TABLE_FILE} names {n!r}, which is not in the gazetteer" for n in table["name"] if n not in names]
    problems += [f"{n!r} is listed {k} times in {TABLE_FILE}" for n, k in table["name"].value_counts().items() if k > 1]
    for r in table.itertuples():
        if r.outline not in OUTLINE_KINDS:
            problems.append(f"{r.name!r}: outline {r.outline!r} is none of {', '.join(OUTLINE_KINDS)}")
        if (r.outline == "none") != (not r.polygons):
            problems.append(f"{r.name!r}: outline {r.outline!r} but polygons {r.polygons!r}")
        if r.outline == "exact" and len(r.polygons) != 1:
            problems.append(f"{r.name!r}: an exact outline is one polygon, not {len(r.polygons)}")
        problems += [f"{r.name!r}: no CSR polygon is called {p!r}" for p in r.polygons if p not in known]
    return problems


def polygon_names() -> dict[str, list[str]]:
    """CSR polygon name -> the gazetteer names drawn on it (table order); polygons no gazetteer
    name uses are absent."""
    out: dict[str, list[str]] = {}
    for r in outline_table().itertuples():
        for p in r.polygons:
            out.setdefault(p, []).append(r.name)
    return out


def _dated(events: pd.DataFrame) -> pd.DataFrame:
    if events is None or events.empty or "date" not in events:
        return pd.DataFrame(columns=["neighbourhood", "controller", "date"])
    ev = events[events["date"].notna() & (events["date"].astype(str).str.len() > 0)]
    return ev.assign(date=ev["date"].astype(str).str[:10])


def _latest_statement(ev: pd.DataFrame, key: str, day: str) -> pd.DataFrame:
    """Rule **latest statement** (module doc) over the rows of ``ev`` grouped by ``key``."""
    ev = ev[ev["date"] <= day]
    if ev.empty:
        return pd.DataFrame(columns=[key, "status", "since", "controllers"])
    latest = ev.groupby(key)["date"].transform("max")
    last = ev[ev["date"] == latest]
    rows = []
    for place, g in last.groupby(key, sort=True):
        controllers = sorted(set(g["controller"]))
        rows.append({key: place, "status": controllers[0] if len(controllers) == 1 else "contested",
                     "since": g["date"].iloc[0], "controllers": controllers})
    return pd.DataFrame(rows, columns=[key, "status", "since", "controllers"])


def control_as_of(events: pd.DataFrame, day: str) -> pd.DataFrame:
    """Who held each named neighbourhood as of ``day`` (ISO): ``neighbourhood``, ``status``
    (``government``/``rebels``/``kurdish``/``contested``), ``since`` (the deciding day) and
    ``controllers``. Places with no statement by then are absent (``nothing reported``)."""
    return _latest_statement(_dated(events), "neighbourhood", day)


def polygon_events(events: pd.DataFrame) -> pd.DataFrame:
    """The dated control events, one row per CSR polygon each one is drawn on (``polygon``)."""
    names = polygon_names()
    by_name: dict[str, list[str]] = {}
    for polygon, gazetteer_names in names.items():
        for n in gazetteer_names:
            by_name.setdefault(n, []).append(polygon)
    ev = _dated(events)
    ev = ev.assign(polygon=[by_name.get(n, []) for n in ev["neighbourhood"]]).explode("polygon")
    return ev[ev["polygon"].notna()]


def polygon_control_as_of(events: pd.DataFrame, day: str) -> pd.DataFrame:
    """:func:`control_as_of` for the CSR polygons (``polygon`` instead of ``neighbourhood``):
    the statements about every gazetteer name drawn on a polygon decide its colour."""
    return _latest_statement(polygon_events(events), "polygon", day)


def unplaced_names(events: pd.DataFrame) -> list[str]:
    """Neighbourhoods the events name that no outline shows (sorted)."""
    drawn = {n for names in polygon_names().values() for n in names}
    if events is None or events.empty:
        return []
    return sorted({str(n) for n in events["neighbourhood"].dropna() if str(n) not in drawn})


def _days(start: str, end: str) -> list[str]:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    return [(a + timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def map_days(events: pd.DataFrame, date_from: str = "", date_to: str = "") -> list[str]:
    """The days the map can show, oldest first.

    Every day of the offensive (:data:`OFFENSIVE`) when no window is given and every dated
    statement falls inside it; otherwise every day of the window (``date_from``..``date_to``,
    an open end filled from the statements' dates), or, with no window, of the span of the
    statements' dates (the corpus window). Past :data:`MAX_DAILY_STEPS` days, only the days with
    statements (and the window's ends)."""
    dated = sorted(set(_dated(events)["date"]))
    if not date_from and not date_to and all(OFFENSIVE[0] <= d <= OFFENSIVE[1] for d in dated):
        return _days(*OFFENSIVE)
    start = date_from or (dated[0] if dated else OFFENSIVE[0])
    end = date_to or (dated[-1] if dated else OFFENSIVE[1])
    if end < start:
        start, end = end, start
    days = _days(start, end)
    if len(days) > MAX_DAILY_STEPS:
        days = sorted({start, end} | {d for d in dated if start <= d <= end})
    return days


def simplify_ring(ring: tuple[tuple[float, float], ...], tolerance_m: float = 8.0) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of a closed lon/lat ring, ``tolerance_m`` metres in a local
    equirectangular plane (the map is drawn at about 20 m per pixel). Keeps at least 4 points."""
    if len(ring) <= 4:
        return list(ring)
    lat0 = math.radians(sum(y for _, y in ring) / len(ring))
    kx, ky = 111_320.0 * math.cos(lat0), 110_540.0
    pts = [(x * kx, y * ky) for x, y in ring]
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    far = max(range(len(pts)), key=lambda i: (pts[i][0] - pts[0][0]) ** 2 + (pts[i][1] - pts[0][1]) ** 2)
    keep[far] = True
    stack = [(0, far), (far, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        if b <= a + 1:
            continue
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = (abs(dy * (px - ax) - dx * (py - ay)) / norm) if norm else math.hypot(px - ax, py - ay)
            if d > best:
                best, index = d, i
        if best > tolerance_m:
            keep[index] = True
            stack += [(a, index), (index, b)]
    out = [p for p, k in zip(ring, keep) if k]
    if len(out) < 4:
        return list(ring)
    return out
