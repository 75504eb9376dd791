"""The results cache (newsfigures.cache): a rerun reads only new and changed files, forgets
deleted ones, never trusts a damaged entry, and writes the same tables as a run from scratch.
And which files a run reads: symbolic links that lead out of the articles folder are not followed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsfigures import cache as results_cache
from newsfigures.pipeline import FileTask, plan_tasks
from newsfigures.scale import extract_partitioned

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("articles.csv", "claims.csv", "control_events.csv")
SEEDS = ROOT / "data" / "articles"


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def run(articles: Path, out: Path, **kw):
    messages: list[str] = []
    result = extract_partitioned(articles, out, workers=kw.pop("workers", 1), progress=False,
                                 report=messages.append, partition_size=kw.pop("partition_size", 2), **kw)
    return result, messages


def scratch(articles: Path, tmp: Path) -> dict[str, bytes]:
    """The tables of a run from scratch (no cache at all)."""
    out = tmp / "scratch"
    shutil.rmtree(out, ignore_errors=True)
    run(articles, out, cache=False)
    assert not (out / ".cache").exists(), "--no-cache writes no cache"
    return tables(out)


def entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.rglob("*.json"))


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_a_rerun_reads_only_the_new_and_changed_files_and_writes_the_tables_of_a_run_from_scratch(articles, tmp_path):
    out = tmp_path / "out"
    first, _ = run(articles, out)
    assert (first.n_articles, first.n_from_cache) == (5, 0)
    assert len(entries(out / ".cache")) == 5

    second, messages = run(articles, out)
    assert second.n_from_cache == 5
    assert any(m.startswith("read 0 of 5 articles anew (5 from the cache") for m in messages)

    # one new article (a copy under another name) and one changed: a figure added to it
    shutil.copyfile(articles / "000_515f39fc3d102fd6.txt", articles / "new-copy.txt")
    changed = articles / "003_27822b3222cb0826.txt"
    changed.write_text(changed.read_text("utf-8") + "\n\nThe United Nations said 4,321 people fled on Sunday.\n",
                       "utf-8")
    third, messages = run(articles, out)
    assert third.n_articles == 6 and third.n_from_cache == 4
    assert any(m.startswith("read 2 of 6 articles anew (4 from the cache") for m in messages)
    assert tables(out) == scratch(articles, tmp_path)
    assert b"4321" in tables(out)["claims.csv"], "the changed article's new figure is in the tables"
    assert len(entries(out / ".cache")) == 6, "the changed file's old entry is forgotten"


def test_a_deleted_file_is_forgotten(articles, tmp_path):
    out = tmp_path / "out"
    run(articles, out)
    (articles / "001_82fb5c8a9c3c66ef.txt").unlink()
    result, _ = run(articles, out)
    assert (result.n_articles, result.n_from_cache) == (4, 4)
    assert len(entries(out / ".cache")) == 4
    assert b"001_82fb5c8a9c3c66ef" not in tables(out)["articles.csv"]
    assert tables(out) == scratch(articles, tmp_path)


@pytest.mark.parametrize("damage", ["truncate", "flip a byte", "empty"])
def test_a_damaged_entry_is_read_anew_never_trusted(articles, tmp_path, damage):
    out = tmp_path / "out"
    run(articles, out)
    victim = entries(out / ".cache")[2]
    blob = victim.read_bytes()
    if damage == "truncate":
        victim.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip a byte":
        victim.write_bytes(blob[:-10] + bytes([blob[-10] ^ 0x20]) + blob[-9:])
    else:
        victim.write_bytes(b"")
    result, messages = run(articles, out)
    assert result.n_from_cache == 4
    assert any("1 damaged cache entries read anew and replaced" in m for m in messages)
    assert victim.read_bytes() == blob, "the entry is rewritten whole"
    assert tables(out) == scratch(articles, tmp_path)


def test_no_cache_neither_reads_nor_writes_it(articles, tmp_path):
    out = tmp_path / "out"
    run(articles, out)
    before = {p: p.read_bytes() for p in entries(out / ".cache")}
    result, messages = run(articles, out, cache=False)
    assert result.n_from_cache == 0 and not any("from the cache" in m for m in messages)
    assert {p: p.read_bytes() for p in entries(out / ".cache")} == before


def test_a_cache_dir_elsewhere_is_used_and_the_output_folder_gets_none(articles, tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "kept"
    run(articles, out, cache_dir=elsewhere)
    result, _ = run(articles, out, cache_dir=elsewhere)
    assert result.n_from_cache == 5 and not (out / ".cache").exists() and len(entries(elsewhere)) == 5


def test_a_changed_manifest_date_or_option_reads_the_article_anew(articles, tmp_path):
    out = tmp_path / "out"
    run(articles, out)
    manifest = articles / "manifest.csv"
    text = manifest.read_text("utf-8")
    assert "2016-12-12" in text
    manifest.write_text(text.replace("2016-12-12", "2016-12-10", 1), "utf-8")
    result, _ = run(articles, out)
    assert result.n_from_cache == 4
    assert b"2016-12-10" in tables(out)["articles.csv"]
    result, _ = run(articles, out, min_words=30)
    assert result.n_from_cache == 0, "another --min-words is another key"


def test_a_change_of_the_extractor_reads_everything_anew(articles, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(articles, out)
    monkeypatch.setattr(results_cache, "fingerprint", lambda: "another extractor")
    result, _ = run(articles, out)
    assert result.n_from_cache == 0
    assert len(entries(out / ".cache")) == 5, "the older extractor's entries are forgotten"


def test_the_fingerprint_covers_the_lexicons_and_the_extraction_code():
    package = ROOT / "lib" / "newsfigures"
    covered = {"data/numbers.yaml", "data/neighbourhoods.csv", "data/sources.yaml", "figures/numbers.py",
               "territory/control.py", "extract.py", "pipeline.py"}
    results_cache.fingerprint.cache_clear()
    seen: list[str] = []
    real = results_cache.hashlib.sha256

    class Spy:
        def __init__(self, data=b""):
            self.h = real(data)

        def update(self, data):
            if b"\0" in data:
                seen.append(data.split(b"\0")[0].decode())
            self.h.update(data)

        def hexdigest(self):
            return self.h.hexdigest()

        def digest(self):
            return self.h.digest()

    try:
        results_cache.hashlib.sha256 = Spy  # type: ignore[assignment]
        results_cache.fingerprint()
    finally:
        results_cache.hashlib.sha256 = real  # type: ignore[assignment]
        results_cache.fingerprint.cache_clear()
    assert covered <= set(seen)
    assert not any(s.startswith("book/") for s in seen), "the book's code cannot change a row"
    assert all((package / s).is_file() for s in seen)


def test_the_entry_key_depends_on_the_bytes_and_every_field_of_the_task():
    task = FileTask("/x/a.txt", "a", "a.txt", {"file": "a.txt", "published": "2016-12-01"}, 2016, 5_000_000, 40)
    key = results_cache.entry_key(task, b"text")
    assert results_cache.entry_key(task, b"text") == key
    others = [
        results_cache.entry_key(task, b"text!"),
        results_cache.entry_key(FileTask("/x/a.txt", "b", "a.txt", task.manifest_row, 2016, 5_000_000, 40), b"text"),
        results_cache.entry_key(FileTask("/x/a.txt", "a", "b/a.txt", task.manifest_row, 2016, 5_000_000, 40), b"text"),
        results_cache.entry_key(FileTask("/x/a.txt", "a", "a.txt", {"file": "a.txt", "published": "2016-12-02"},
                                         2016, 5_000_000, 40), b"text"),
        results_cache.entry_key(FileTask("/x/a.txt", "a", "a.txt", task.manifest_row, 2015, 5_000_000, 40), b"text"),
        results_cache.entry_key(FileTask("/x/a.txt", "a", "a.txt", task.manifest_row, 2016, 1_000, 40), b"text"),
        results_cache.entry_key(FileTask("/x/a.txt", "a", "a.txt", task.manifest_row, 2016, 5_000_000, 10), b"text"),
    ]
    assert len(set(others) | {key}) == len(others) + 1


def test_a_file_is_hashed_once_when_planned_and_an_entry_is_keyed_by_the_bytes_read(articles, tmp_path):
    tasks, _ = plan_tasks(articles)
    task = tasks[0]
    data = Path(task.path).read_bytes()
    assert task.digest is not None
    assert results_cache.task_entry_name(task) == results_cache.entry_name(results_cache.entry_key(task, data))
    cache = results_cache.ResultCache(tmp_path / "cache")
    Path(task.path).write_bytes(data + b"\nA sentence added after the run was planned.\n")
    result, name, how = results_cache.cached_process_file(task, cache)
    changed = Path(task.path).read_bytes()
    assert (how, name) == ("read", results_cache.entry_name(results_cache.entry_key(task, changed)))
    assert not (cache.root / results_cache.task_entry_name(task)).exists(), "no entry under the planned bytes' key"
    Path(task.path).write_bytes(data)
    again, name, how = results_cache.cached_process_file(task, cache)
    assert (how, name) == ("read", results_cache.task_entry_name(task))
    assert results_cache.cached_process_file(task, cache)[2] == "cache"


def test_the_cache_gives_the_same_tables_on_a_local_dask_cluster(articles, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    run(articles, out, workers=2)
    (articles / "002_bf4136b5d83f17ff.txt").unlink()
    result, messages = run(articles, out, workers=2)
    assert result.n_from_cache == 4
    assert any("local Dask cluster" in m for m in messages)
    assert len(entries(out / ".cache")) == 4
    assert tables(out) == scratch(articles, tmp_path)


# ------------------------------------------------------------------------------------ symlinks

def _link(link: Path, target: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError):  # pragma: no cover - no symlinks on this filesystem
        pytest.skip("symbolic links are not supported here")


def test_a_link_to_a_file_outside_the_folder_is_reported_and_not_read(articles, tmp_path):
    secret = tmp_path / "elsewhere" / "private-notes.txt"
    secret.parent.mkdir()
    secret.write_text("Private notes\n\n" + "The 9,999 figures in this file must not be published here. " * 10)
    _link(articles / "notes.txt", secret)
    tasks, notices = plan_tasks(articles)
    assert "notes.txt" not in {Path(t.path).name for t in tasks}
    assert any("notes.txt: skipped: a symbolic link to a file outside the articles folder" in n
               and "--follow-symlinks" in n for n in notices)
    result, messages = run(articles, tmp_path / "out")
    assert result.n_articles == 5
    assert not any(b"must not be published" in t for t in tables(tmp_path / "out").values())
    assert any("notes.txt" in m and "outside the articles folder" in m for m in messages)

    tasks, _ = plan_tasks(articles, follow_symlinks=True)
    assert "notes.txt" in {Path(t.path).name for t in tasks}, "--follow-symlinks reads it"


def test_a_link_inside_the_folder_to_a_file_inside_it_is_read(articles, tmp_path):
    (articles / "sub").mkdir()
    _link(articles / "sub" / "alias.txt", Path("..") / "000_515f39fc3d102fd6.txt")
    tasks, notices = plan_tasks(articles)
    assert "sub/alias.txt" in {t.rel for t in tasks}
    assert not any("alias.txt" in n for n in notices)


def test_a_link_to_a_folder_outside_is_not_followed_and_a_link_loop_is_reported(articles, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.txt").write_text("Far away\n\n" + "Nothing to see here at all today. " * 20)
    _link(articles / "far", outside)
    _link(articles / "loop-a.txt", articles / "loop-b.txt")
    _link(articles / "loop-b.txt", articles / "loop-a.txt")
    _link(articles / "self", articles)
    tasks, notices = plan_tasks(articles)
    assert {t.rel for t in tasks} == {p.name for p in SEEDS.glob("*.txt")}
    assert any("far: skipped: a symbolic link to a folder outside the articles folder" in n for n in notices)
    assert any("loop-a.txt: skipped: a broken or looping symbolic link" in n for n in notices)
    assert any("self: skipped: a symbolic link to a folder inside the articles folder" in n for n in notices)

    tasks, notices = plan_tasks(articles, follow_symlinks=True)
    assert "far/far.txt" in {t.rel for t in tasks}
    assert any("self: skipped: a symbolic link to a folder already read" in n for n in notices), \
        "following links never loops"


def test_a_rerun_with_few_files_to_read_runs_in_one_process_even_above_the_dask_threshold(articles, tmp_path,
                                                                                          monkeypatch):
    from newsfigures import scale

    out = tmp_path / "out"
    run(articles, out)
    monkeypatch.setattr(scale, "AUTO_DASK_MIN_FILES", 3)
    result, messages = run(articles, out, workers=None)
    assert "extracting 5 files (0 to read anew) in one process" in messages
    assert result.n_from_cache == 5
