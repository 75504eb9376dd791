"""environment.yml must not drift from pyproject.toml."""

import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_environment_installs_the_project_with_every_extra():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    requires = pyproject["project"]["requires-python"]
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert requires.startswith(">=") and python.split("=")[1] >= requires[2:]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    extras = set(pyproject["project"]["optional-dependencies"])
    install = next(line for line in pip if line.startswith("-e ."))
    listed = set(install.split("[", 1)[1].rstrip("]").split(","))
    assert listed == extras, f"environment.yml installs extras {listed}, pyproject has {extras}"


def test_makefile_installs_the_same_extras():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    extras = ",".join(sorted(pyproject["project"]["optional-dependencies"]))
    makefile = (ROOT / "Makefile").read_text()
    assert f"'.[{extras}]'" in makefile


def test_jupyter_book_pinned_below_2():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    book = [d for d in pyproject["project"]["optional-dependencies"]["book"] if d.startswith("jupyter-book")]
    assert book and "<2" in book[0]
