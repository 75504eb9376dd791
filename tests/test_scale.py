"""Extraction at scale (newsfigures.scale): the tables do not depend on how the corpus is cut
into partitions or on how many processes run it, and the worker count is chosen sensibly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsfigures import scale
from newsfigures.scale import extract_directory

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("articles.csv", "claims.csv", "control_events.csv")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The shipped articles twice (in two folders), plus a bad file and an article without figures."""
    src = tmp_path_factory.mktemp("corpus")
    for folder in ("a", "b"):
        shutil.copytree(ROOT / "data" / "articles", src / folder)
    (src / "b" / "empty.txt").write_text("")
    (src / "no-figures.txt").write_text("Aleppo in winter\n\n" + "The streets were quiet and cold that morning. " * 20)
    return src


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("ref")
    result = scale.extract_partitioned(corpus, out, workers=1, progress=False, report=lambda m: None)
    assert (result.n_articles, result.n_skipped) == (11, 1)
    return tables(out)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 256])
def test_partition_size_does_not_change_the_tables(corpus, reference, tmp_path, size):
    scale.extract_partitioned(corpus, tmp_path, workers=1, progress=False, report=lambda m: None,
                              partition_size=size)
    assert tables(tmp_path) == reference
    assert not list(tmp_path.glob(".parts-*")), "the staging folder of part files is removed"


def test_local_dask_cluster_gives_byte_identical_tables(corpus, reference, tmp_path):
    messages: list[str] = []
    result = scale.extract_partitioned(corpus, tmp_path, workers=2, progress=False, report=messages.append,
                                       partition_size=3)
    assert tables(tmp_path) == reference
    assert any("local Dask cluster with 2 worker processes" in m for m in messages)
    assert any("empty.txt" in m and "empty file" in m for m in messages), "a bad file is named, the rest read"
    assert result.n_articles == 11


def test_partitions_are_sorted_by_article_id_and_cover_every_task():
    class T:
        def __init__(self, article_id):
            self.article_id = article_id
    tasks = [T(x) for x in ["d", "a", "c", "b", "e"]]
    parts = scale.partitions(tasks, 2)
    assert [[t.article_id for t in p] for p in parts] == [["a", "b"], ["c", "d"], ["e"]]
    assert scale.partitions([], 2) == [[]]


@pytest.mark.parametrize("workers, n_files, scheduler, expected, words", [
    (1, 50_000, None, 1, "in one process"),
    (0, 10, None, 0, "local Dask workers"),
    (3, 10, None, 3, "on 3 local Dask workers"),
    (None, 10, None, 1, "in one process"),
    (None, scale.AUTO_DASK_MIN_FILES - 1, None, 1, "in one process"),
    (1, 10, "tcp://10.0.0.1:8786", 0, "on the Dask cluster at tcp://10.0.0.1:8786"),
])
def test_choose_workers(workers, n_files, scheduler, expected, words):
    n, where = scale.choose_workers(workers, n_files, scheduler)
    assert n == expected and words in where


def test_auto_uses_all_cores_for_a_large_corpus(monkeypatch):
    monkeypatch.setattr(scale.os, "cpu_count", lambda: 8)
    assert scale.choose_workers(None, scale.AUTO_DASK_MIN_FILES, None) == (0, f"extracting {scale.AUTO_DASK_MIN_FILES:,} files on 8 local Dask workers")
    monkeypatch.setattr(scale.os, "cpu_count", lambda: 1)
    assert scale.choose_workers(None, 10 * scale.AUTO_DASK_MIN_FILES, None)[0] == 1, "one core: no Dask"


def test_negative_workers_are_refused():
    with pytest.raises(ValueError, match="--workers"):
        scale.choose_workers(-2, 10)


def test_extract_directory_defaults_to_one_process_for_a_small_corpus(corpus, reference, tmp_path):
    messages: list[str] = []
    extract_directory(corpus, tmp_path, report=messages.append)
    assert tables(tmp_path) == reference
    assert "extracting 12 files in one process" in messages


def _shipped_rows() -> dict[str, list[dict]]:
    from newsfigures.pipeline import read_corpus

    corpus = read_corpus(ROOT / "data" / "articles", extract=True, progress=False)
    rows = {"articles": [r.article_row for r in corpus.articles], "claims": [c for r in corpus.articles for c in r.claims],
            "control_events": [e for r in corpus.articles for e in r.events]}
    odd = dict(rows["claims"][0], claim_id="zz-odd", quote='said "about 1,000", then\nleft', sentence="a,b\r\nc",
               value_low=33.333, value_high=31000, unit=None, party="", set_aside=None, party_to_conflict=float("nan"))
    rows["claims"].append(odd)
    rows["control_events"].append(dict(rows["control_events"][0], event_id="zz-odd", in_gazetteer=None, quote='"q"'))
    return rows


def test_partition_rows_are_written_as_the_frames_would_write_them():
    import copy

    from newsfigures import rowcsv, tables as tb

    frames = {"articles": tb.articles_frame, "claims": tb.claims_frame, "control_events": tb.control_frame}
    for name, rows in [*_shipped_rows().items(), *((name, []) for name in frames)]:
        for header in (True, False):
            expected = tb.csv_text(frames[name](copy.deepcopy(rows)), header=header)
            assert rowcsv.csv_rows_text(name, rowcsv.table_rows(name, copy.deepcopy(rows)), header) == expected, name


def test_a_row_breaking_its_schema_stops_the_run_with_the_schema_error(tmp_path):
    from newsfigures import rowcsv, tables as tb
    from newsfigures.statements import finish_directory

    rows = _shipped_rows()
    bad_article = [dict(rows["articles"][0], published_confidence="sure")]
    with pytest.raises(tb.SchemaError) as by_frame:
        tb.articles_frame(bad_article)
    with pytest.raises(tb.SchemaError) as by_rows:
        rowcsv.table_rows("articles", bad_article)
    assert str(by_rows.value) == str(by_frame.value)
    # claims are checked once, on the whole table, when the run finishes it
    sink = scale.CsvTables(tmp_path)
    sink.append(0, {**rows, "claims": [dict(c, category="guess") if i == 3 else c for i, c in enumerate(rows["claims"])]})
    sink.commit()
    with pytest.raises(tb.SchemaError, match=r"claims: column 'category' should be one of .*'guess'") as from_file:
        finish_directory(tmp_path)
    # the same when the run holds its claims in memory
    (tmp_path / "held").mkdir()
    held = scale.CsvTables(tmp_path / "held", hold=True)
    held.append(0, {**rows, "claims": [dict(c, category="guess") if i == 3 else c for i, c in enumerate(rows["claims"])]})
    with pytest.raises(tb.SchemaError) as from_memory:
        held.finish()
    assert str(from_memory.value) == str(from_file.value)


ALL_TABLES = TABLES + ("statements.csv", "set_aside.csv")


@pytest.mark.parametrize("limit", [None, 0, 5, 12])
def test_claims_held_in_memory_finish_as_from_the_file(corpus, tmp_path, monkeypatch, limit):
    """One process holds the claims until the tables are finished (newsfigures.heldclaims), and
    writes them to claims.csv to finish from the file when there are more than the limit: the
    same five tables either way as finishing from the file (the path of --parquet and Dask)."""
    from newsfigures import heldclaims

    run = dict(workers=1, progress=False, report=lambda m: None, partition_size=2, cache=False)
    scale.extract_partitioned(corpus, tmp_path / "file", parquet=True, **run)
    if limit is not None:
        monkeypatch.setattr(heldclaims, "HELD_CLAIMS", limit)
    scale.extract_partitioned(corpus, tmp_path / "held", **run)
    for name in ALL_TABLES:
        assert (tmp_path / "held" / name).read_bytes() == (tmp_path / "file" / name).read_bytes(), name
    assert not [p.name for p in (tmp_path / "held").iterdir() if p.name.startswith(".")], "no temporary file is left"
