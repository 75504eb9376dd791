"""In-run reuse of byte-identical files (newsfigures.copies): a copy of an earlier file (same
bytes, suffix and manifest row but the file name) is read once, and the tables are byte for byte
those of a run that reads every file; a copy that differs by one byte or by its manifest date is
read on its own."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from newsfigures.copies import Copies, as_copy, copy_key, plan_copies
from newsfigures.pipeline import plan_tasks, process_file
from newsfigures.scale import extract_partitioned

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"
TABLES = ("articles.csv", "claims.csv", "control_events.csv", "statements.csv", "set_aside.csv")
SHORT = "Too short to be an article.\n"


def _manifest(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The shipped articles plus: exact copies (one in a sub-folder, one whose stem repeats an
    original's, so its id is path-based), a copy one byte longer, a copy with another manifest
    date, a copy with another suffix, and two copies of a file too short to read."""
    folder = tmp_path_factory.mktemp("copies") / "articles"
    shutil.copytree(SEEDS, folder)
    rows = _manifest(folder)
    first, second = rows[0], rows[1]
    (folder / "wire").mkdir()
    extra = []

    def copy(src: dict, name: str, **changes) -> None:
        shutil.copy(folder / src["file"], folder / name)
        extra.append({**src, "file": name, **changes})

    copy(first, "zz_copy_of_first.txt")
    copy(first, "wire/aa_copy_of_first.txt")
    copy(first, f"wire/{first['file']}")  # same stem as the original: both get path-based ids
    copy(first, "zz_first_other_date.txt", published="2016-12-01")
    copy(second, "zz_copy_of_second.txt")
    copy(second, "zz_second_one_more_byte.txt")
    with (folder / "zz_second_one_more_byte.txt").open("ab") as fh:
        fh.write(b" ")
    copy(second, "zz_second_as_markdown.md")
    for name in ("short_a.txt", "short_b.txt"):
        (folder / name).write_text(SHORT, "utf-8")
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows + extra)
    return folder


def run(articles: Path, out: Path, **kw):
    messages: list[str] = []
    result = extract_partitioned(articles, out, workers=1, progress=False, report=messages.append, **kw)
    return result, messages


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def every_file_read(articles, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("no-dedup")
    result, messages = run(articles, out, cache=False, dedup=False)
    assert result.n_copies == 0 and not any("byte-identical" in m for m in messages)
    return tables(out)


@pytest.mark.parametrize("partition_size", [2, 256])
def test_copies_are_read_once_and_the_tables_are_those_of_a_run_that_reads_every_file(
        articles, every_file_read, tmp_path, partition_size):
    result, messages = run(articles, tmp_path / "out", cache=False, partition_size=partition_size)
    # exact copies: 3 of the first, 1 of the second, 1 of the short file (its reason is reused)
    assert result.n_copies == 5
    assert "5 files were byte-identical copies of earlier files (read once)" in messages
    assert tables(tmp_path / "out") == every_file_read
    assert sum("short_" in m and "not an article" in m for m in messages) == 2  # each copy says why, by its own name


def test_copies_get_their_own_ids_and_paths(articles, every_file_read):
    claims = list(csv.DictReader(every_file_read["claims.csv"].decode().splitlines()))
    rows = {r["path"]: r for r in csv.DictReader(every_file_read["articles.csv"].decode().splitlines())}
    ids = {r["article_id"] for r in rows.values()}
    assert len(ids) == len(rows)  # every copy is an article of its own
    by_article: dict[str, set[str]] = {}
    for c in claims:
        by_article.setdefault(c["article_id"], set()).add(c["claim_id"])
    copy_id = rows["zz_copy_of_first.txt"]["article_id"]
    first_id = next(r["article_id"] for p, r in rows.items() if p.startswith("000_"))
    assert by_article[copy_id] and by_article[copy_id].isdisjoint(by_article[first_id])


def test_the_results_cache_and_copies_together_give_the_same_tables(articles, every_file_read, tmp_path):
    out = tmp_path / "out"
    first, _ = run(articles, out, partition_size=3)
    assert (first.n_copies, first.n_from_cache) == (5, 0)
    assert tables(out) == every_file_read
    second, messages = run(articles, out, partition_size=3)
    assert (second.n_copies, second.n_from_cache) == (0, first.n_articles + first.n_skipped)
    assert tables(out) == every_file_read


def test_a_file_differing_by_one_byte_or_by_its_manifest_row_is_no_copy(articles):
    tasks, _ = plan_tasks(articles)
    by_name = {Path(t.rel).name: t for t in tasks}
    key = {name: copy_key(t, Path(t.path).read_bytes()) for name, t in by_name.items()}
    first, second = sorted(n for n in by_name if n[:3] in ("000", "001"))[:2]
    assert key["zz_copy_of_first.txt"] == key["aa_copy_of_first.txt"] == key[first]
    assert key["zz_first_other_date.txt"] != key[first]
    assert key["zz_copy_of_second.txt"] == key[second]
    assert key["zz_second_one_more_byte.txt"] != key[second]
    assert key["zz_second_as_markdown.md"] != key[second]
    copies = plan_copies(tasks)
    assert sorted(copies.remaining.values()) == [2, 2, 4]  # short x2, second x2, first x4


def test_a_kept_result_is_dropped_once_its_last_copy_is_served(articles):
    tasks, _ = plan_tasks(articles)
    copies = plan_copies(tasks)
    for t in tasks:
        copies.process(t)
    assert copies.remaining == {} and copies._kept == {}
    assert copies.n_reused == 5


def test_a_result_whose_extraction_failed_is_not_reused(articles):
    tasks, _ = plan_tasks(articles)
    task = next(t for t in tasks if t.rel == "zz_copy_of_first.txt")
    result = process_file(task)
    result.warnings.append("figure extraction failed: RuntimeError: somewhere in zz_copy_of_first.txt")
    key = copy_key(task, Path(task.path).read_bytes())
    copies = Copies({key: 3})
    copies.seen(key, result)
    assert copies._kept == {}


def test_a_rewritten_copy_equals_reading_the_copy(articles):
    tasks, _ = plan_tasks(articles)
    first = next(t for t in tasks if t.rel.startswith("000_"))
    for other in (t for t in tasks if t.rel in ("zz_copy_of_first.txt", "wire/" + first.rel)):
        assert as_copy(process_file(first), other) == process_file(other)


def test_no_dedup_on_the_command_line(articles, tmp_path, capsys):
    from newsfigures.cli import main

    assert main(["extract", str(articles), "--out-dir", str(tmp_path / "a"), "--workers", "1", "--no-cache",
                 "--no-progress", "--no-dedup"]) == 0
    assert "byte-identical" not in capsys.readouterr().err
    assert main(["extract", str(articles), "--out-dir", str(tmp_path / "b"), "--workers", "1", "--no-cache",
                 "--no-progress"]) == 0
    assert "5 files were byte-identical copies of earlier files (read once)" in capsys.readouterr().err
    assert tables(tmp_path / "a") == tables(tmp_path / "b")
