"""Article files in a folder: which files are articles, their ids, the ``manifest.csv`` beside
them, and the corpus year (the year most often written in the corpus)."""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

from .calendar import find_explicit_dates, parse_iso
from .scrape import ArticleError, decode_bytes
from ..regexstore import compile as compile_regex


ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 5_000_000
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "published", "url")
_DOC_FILE = compile_regex(r"^(readme|license|licence|changelog|sources)(\..*)?$", re.I)


# --------------------------------------------------------------------------- folders

def load_manifest(directory: Path, path: Path | None = None) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Read ``manifest.csv`` (beside the articles, or at ``path``): {file name or relative
    path: row}, plus notices about rows that cannot be used."""
    path = Path(path) if path is not None else directory / MANIFEST_NAME
    notices: list[str] = []
    if not path.exists():
        return {}, notices
    try:
        text, _ = decode_bytes(path.read_bytes(), path)
    except ArticleError as exc:
        return {}, [f"{path}: manifest ignored: {exc.reason}"]
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        return {}, [f"{path}: manifest ignored: it has no 'file' column (expected {', '.join(MANIFEST_COLUMNS)})"]
    rows: dict[str, dict[str, str]] = {}
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        name = row.get("file", "")
        if not name:
            notices.append(f"{path}:{n}: manifest row without a file name ignored")
            continue
        for fld, problem in manifest_field_problems(row):
            notices.append(f"{path}:{n}: {name}: {fld}={row[fld]!r} ignored ({problem}); "
                           f"the article is read and its {fld} inferred as if not given")
            row[fld] = ""
        rows[name] = row
    return rows, notices


def manifest_field_problems(row: dict[str, str]) -> list[tuple[str, str]]:
    """(field, what is wrong) for each given manifest field that cannot be used. An empty
    field is simply not given; a bad one must not cost the article."""
    problems = []
    published = row.get("published", "")
    if published and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", published) or parse_iso(published) is None):
        problems.append(("published", "not an ISO date YYYY-MM-DD"))
    url = row.get("url", "")
    if url and not re.match(r"https?://[^\s/]+", url, re.I):
        problems.append(("url", "not an http(s) URL"))
    for fld in ("title", "outlet"):
        value = row.get(fld, "")
        if value and not re.search(r"\w", value):
            problems.append((fld, "no letters or digits"))
    return problems


def find_article_files(directory: Path, follow_symlinks: bool = False) -> tuple[list[Path], list[str]]:
    """All candidate article files under ``directory`` (recursive, sorted), plus skip notices.

    Symbolic links: a link to a file inside ``directory`` is read like the file; a link that
    leads out of ``directory`` (to a file or a folder) is not followed but reported, unless
    ``follow_symlinks``: a folder handed over for a book must not publish files from elsewhere
    on the machine. A link to a folder inside ``directory`` is not followed either (its files
    are read where they are); a broken or looping link is reported."""
    directory = Path(directory)
    root = directory.resolve()
    files: list[Path] = []
    notices: list[str] = []
    seen_dirs: set[Path] = {root}

    def visit(folder: Path) -> None:
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            notices.append(f"{folder}: skipped: cannot list the folder ({exc.strerror or exc})")
            return
        for p in entries:
            if p.name.startswith((".", "_")):
                continue
            if p.is_symlink():
                try:
                    target = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    notices.append(f"{p}: skipped: a broken or looping symbolic link")
                    continue
                inside = target == root or root in target.parents
                if target.is_dir():
                    if not follow_symlinks:
                        where = ("inside the articles folder: its files are read where they are" if inside else
                                 f"outside the articles folder ({target}); --follow-symlinks reads it")
                        notices.append(f"{p}: skipped: a symbolic link to a folder {where}")
                        continue
                    if target in seen_dirs:
                        notices.append(f"{p}: skipped: a symbolic link to a folder already read ({target})")
                        continue
                    seen_dirs.add(target)
                    visit(p)
                    continue
                if not inside and not follow_symlinks:
                    notices.append(f"{p}: skipped: a symbolic link to a file outside the articles folder "
                                   f"({target}); --follow-symlinks reads it")
                    continue
            elif p.is_dir():
                seen_dirs.add(p.resolve())
                visit(p)
                continue
            consider(p)

    def consider(p: Path) -> None:
        if not p.is_file() or p.name == MANIFEST_NAME:
            return
        if _DOC_FILE.match(p.name):
            notices.append(f"{p}: skipped: looks like documentation ({p.name}), not an article")
            return
        if p.suffix.lower() not in ARTICLE_SUFFIXES:
            notices.append(f"{p}: skipped: unsupported file type {p.suffix or '(none)'!r}")
            return
        files.append(p)

    visit(directory)
    return sorted(files), notices


def article_ids(directory: Path, files: list[Path]) -> dict[Path, str]:
    """File stem as id; where two files share a stem, the relative path (``a__b``) instead; where
    that is shared too (``a.txt`` and ``a.md`` in one folder), the path with its suffix (``a_md``)."""
    rel_ids = {p: "__".join(p.relative_to(directory).with_suffix("").parts) for p in files}

    def by_path(p: Path) -> str:
        return rel_ids[p]

    def with_suffix(p: Path) -> str:
        return by_path(p) + "_" + p.suffix.lstrip(".").lower()

    stems: dict[str, int] = {}
    paths: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
        paths[by_path(p)] = paths.get(by_path(p), 0) + 1
    ids = {}
    for p in files:
        if stems[p.stem] == 1:
            ids[p] = p.stem
        elif paths[by_path(p)] == 1:
            ids[p] = by_path(p)
        else:
            ids[p] = with_suffix(p)
    return ids


def corpus_year(files: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> int | None:
    """The year most often written in full in explicit dates across the corpus (a hint for
    datelines that give no year); None when no file gives one."""
    return scan_files(files, max_bytes)[0]


def scan_files(files: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[int | None, dict[Path, bytes]]:
    """One read of every file: the corpus year (:func:`corpus_year`) and each file's SHA-256
    digest (of all its bytes: the results cache and the in-run copies key a file by it, so a run
    hashes each file once). A file larger than ``max_bytes`` or unreadable has no digest."""
    counts: dict[int, int] = {}
    digests: dict[Path, bytes] = {}
    years_of: dict[bytes, list[int]] = {}  # by digest: copies of one text (the same wire story) are read once
    for p in files:
        try:
            if p.stat().st_size > max_bytes:
                continue
            data = p.read_bytes()
        except OSError:
            continue
        key = digests[p] = hashlib.sha256(data).digest()
        years = years_of.get(key)
        if years is None:
            text = data[:200_000].decode("utf-8", errors="ignore")
            years = years_of[key] = [d.date.year for d in find_explicit_dates(text) if d.year_given]
        for year in years:
            counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None, digests
    return max(sorted(counts), key=lambda y: counts[y]), digests
