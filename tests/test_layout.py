"""The package's layout contract: imports flow one way, down the stages, and no module is too long.

Flow (a module may import only from its own layer or the layers below it):
cli > book > run (pipeline, cache, copies, scale, evaluate) > tables (tables, reconcile, reference, checks, statements) > extract >
stages (figures, attribution, territory: they do not import each other) > reading >
records, lexicon, io, memo.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "newsfigures"
MAX_LINES = 800

#: top-level room -> layer (higher numbers sit above lower ones)
LAYERS = {
    "cli": 8, "book": 7, "pipeline": 6, "scale": 6, "cache": 6, "copies": 6, "evaluate": 6, "tables": 5, "reconcile": 5,
    "reference": 5, "checks": 5, "statements": 5, "rowcsv": 5, "heldclaims": 5,
    "extract": 4, "figures": 3, "attribution": 3, "territory": 3, "reading": 2,
    "records": 1, "lexicon": 1, "io": 1, "memo": 1, "regexstore": 1, "__init__": 1,
}
STAGES = {"figures", "attribution", "territory"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _room(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imported_rooms(path: Path) -> set[str]:
    """Top-level rooms of newsfigures that ``path`` imports (at any depth of its code)."""
    package = list(path.relative_to(PACKAGE).parts[:-1])  # the module's package, relative to newsfigures
    return _rooms_in(path.read_text("utf-8"), package)


def _rooms_in(source: str, package: list[str]) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = base + (node.module.split(".") if node.module else [])
                names = [target] if target else [[a.name] for a in node.names]
            elif node.module and node.module.split(".")[0] == "newsfigures":
                target = node.module.split(".")[1:]
                names = [target] if target else [[a.name] for a in node.names]
            else:
                continue
            # "from . import __version__" at the top: a name of the package's __init__
            rooms.update(n[0] if (PACKAGE / n[0]).is_dir() or (PACKAGE / f"{n[0]}.py").is_file() else "__init__"
                         for n in names if n)
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if parts[0] == "newsfigures" and len(parts) > 1:
                    rooms.add(parts[1])
    return rooms


def test_every_room_has_a_layer():
    assert {_room(p) for p in _modules()} - {"data"} <= set(LAYERS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_down_the_layers(path):
    room = _room(path)
    for other in _imported_rooms(path) - {room}:
        assert LAYERS[other] <= LAYERS[room], f"{room} (layer {LAYERS[room]}) imports {other} (layer {LAYERS[other]})"
        if room in STAGES:
            assert other not in STAGES, f"stage {room} imports stage {other}: stages meet only in extract"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_800_lines(path):
    n = len(path.read_text("utf-8").splitlines())
    assert n <= MAX_LINES, f"{path.name} has {n} lines: split it by job"


def test_at_least_three_stage_subpackages():
    assert all((PACKAGE / s / "__init__.py").is_file() for s in STAGES)


def test_the_contract_walker_sees_a_violation():
    """The walker is not vacuous: a reading module importing extract is seen."""
    source = "from ..extract import extract_article\nfrom .scrape import clean_scrape\n"
    assert _rooms_in(source, ["reading"]) == {"extract", "reading"}
