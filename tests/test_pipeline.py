"""End to end: the CLI on the shipped corpus and on folders with bad input."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from newsfigures.cli import main
from newsfigures.evaluate import evaluate_paths
from newsfigures.tables import CLAIM_COLUMNS, CONTROL_COLUMNS, read_table

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"
DEV = ROOT / "tests" / "corpus" / "dev"
PROSE = ("Syrian government forces pushed deeper into the rebel-held east of the city on Monday, activists said, "
         "as more than 2,000 civilians fled toward government-held districts in the west and aid groups warned "
         "that at least 45 people had been killed by shelling in the besieged enclave over the past two days.")


def run_extract(src: Path, out: Path, *extra: str) -> int:
    return main(["extract", str(src), "--out-dir", str(out), "--no-progress", *extra])


def test_extract_shipped_corpus_is_byte_identical_across_runs(tmp_path):
    assert run_extract(SEEDS, tmp_path / "a") == 0
    assert run_extract(SEEDS, tmp_path / "b") == 0
    for name in ("articles.csv", "claims.csv", "control_events.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    claims = read_table(tmp_path / "a" / "claims.csv")
    assert list(claims.columns) == CLAIM_COLUMNS
    assert list(read_table(tmp_path / "a" / "control_events.csv").columns) == CONTROL_COLUMNS
    assert claims["claim_id"].is_unique
    assert claims.equals(claims.sort_values(["article_id", "start", "end", "claim_id"]).reset_index(drop=True))


def test_quotes_are_exact_slices_of_the_article_body(tmp_path):
    from newsfigures.reading import read_article

    run_extract(SEEDS, tmp_path)
    claims = read_table(tmp_path / "claims.csv")
    bodies = {p.stem: read_article(p).body for p in SEEDS.glob("*.txt")}
    for row in claims.itertuples():
        assert bodies[row.article_id][row.start:row.end] == row.quote
        assert row.quote in row.sentence


def test_seed_evaluation_meets_floor(tmp_path):
    """A regression floor on the seed gold set (the targets for unseen articles are higher)."""
    run_extract(SEEDS, tmp_path)
    report = evaluate_paths(tmp_path, ROOT / "data" / "gold")
    f1 = report.table.set_index("what").loc["all", "f1"]
    assert f1 >= 0.85
    assert report.accuracy["source"] >= 0.75 and report.accuracy["date"] >= 0.85


def test_dev_evaluation_meets_floor(tmp_path):
    run_extract(DEV, tmp_path, "--manifest", str(ROOT / "tests" / "gold_dev" / "manifest.csv"))
    report = evaluate_paths(tmp_path, ROOT / "tests" / "gold_dev")
    scores = report.table.set_index("what")
    assert scores.loc["all", "f1"] >= 0.82
    assert scores.loc["control_events", "f1"] >= 0.55
    assert report.accuracy["source"] >= 0.8 and report.accuracy["date"] >= 0.85


# (F1, control-event F1, source, date) each set keeps: a little under what it scores now
UNSEEN_FLOORS = {"tuned-1": (0.94, 0.97, 0.92, 0.94), "tuned-2": (0.85, 0.88, 0.92, 0.92),
                 "tuned-3": (0.84, 0.93, 0.80, 0.94), "holdout-1": (0.86, 0.84, 0.79, 0.93),
                 "holdout-2": (0.82, 0.90, 0.91, 0.96), "holdout-3": (0.87, 0.88, 0.89, 0.96),
                 "tuned-4": (0.93, 0.94, 0.85, 0.96), "holdout-4": (0.84, 0.88, 0.89, 0.94)}


@pytest.mark.parametrize("name", sorted(UNSEEN_FLOORS))
def test_unseen_sets_meet_their_floor(tmp_path, name):
    """The sets of benchmarks/accuracy (annotated blind; the holdouts never tuned on) keep a floor
    under their scores, so a change that loses what they measure fails here, not in the book."""
    folder = ROOT / "benchmarks" / "accuracy" / name
    run_extract(folder / "articles", tmp_path, "--manifest", str(folder / "gold" / "manifest.csv"), "--min-words", "1")
    report = evaluate_paths(tmp_path, folder / "gold")
    scores = report.table.set_index("what")
    f1, control, source, date = UNSEEN_FLOORS[name]
    assert scores.loc["all", "f1"] >= f1
    assert scores.loc["control_events", "f1"] >= control
    assert report.accuracy["source"] >= source and report.accuracy["date"] >= date


def test_bad_files_are_reported_and_the_rest_processed(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(f"Troops push on in Aleppo\n\n{PROSE}\n")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.html").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (src / "no_figures.md").write_text("---\ntitle: Quiet day\n---\n" + ("Nothing was counted on a quiet day in the city. " * 10))
    (src / "cp1252.txt").write_bytes(("Caf\xe9 talks \u2014 \u201cno deal\u201d\n\n" + PROSE).encode("cp1252"))
    (src / "manifest.csv").write_text("file,title,outlet,published,url\ngood.txt,,,2016-12-12,\nghost.txt,,,2016-12-01,\n")
    assert run_extract(src, tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert "binary.html: binary file" in err
    assert "no_figures.md: no figures found" in err
    assert "ghost.txt" in err and "no such article file" in err
    articles = read_table(tmp_path / "out" / "articles.csv")
    assert sorted(articles["article_id"]) == ["cp1252", "good", "no_figures"]
    assert articles.set_index("article_id").loc["cp1252", "encoding"] == "cp1252"
    claims = read_table(tmp_path / "out" / "claims.csv")
    good = claims[claims["article_id"] == "good"]
    assert set(good["value_low"]) >= {2000.0, 45.0}
    # no temporary files left behind (the results cache, .cache, is kept on purpose)
    assert [p.name for p in (tmp_path / "out").glob(".*")] == [".cache"]
    assert not [p for p in (tmp_path / "out" / ".cache").rglob("*") if p.name.startswith(".")]


def test_exit_status_non_zero_only_when_nothing_readable(tmp_path):
    src = tmp_path / "junk"
    src.mkdir()
    (src / "a.txt").write_bytes(b"")
    assert run_extract(src, tmp_path / "out") == 1
    assert not (tmp_path / "out" / "claims.csv").exists()
    (src / "b.txt").write_text(f"A title here\n\n{PROSE}\n")
    assert run_extract(src, tmp_path / "out") == 0
    assert run_extract(src, tmp_path / "out2", "--strict") == 3


def test_articles_command_writes_required_columns(tmp_path):
    out = tmp_path / "articles.csv"
    assert main(["articles", str(SEEDS), "--out", str(out), "--no-progress"]) == 0
    df = pd.read_csv(out)
    for col in ("article_id", "title", "outlet", "published", "published_method", "url", "words"):
        assert col in df.columns
    assert sorted(df["article_id"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "newsfigures"
    out = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "extract" in out.stdout and "book" in out.stdout


def test_evaluate_names_a_missing_folder_instead_of_a_traceback(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope"), str(ROOT / "data" / "gold")]) == 2
    err = capsys.readouterr().err
    assert "predicted folder" in err and "has no claims.csv" in err and "Traceback" not in err
