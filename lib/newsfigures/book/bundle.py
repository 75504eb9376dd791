"""The plotly.js the book ships: a partial bundle, loaded only by pages with charts.

Jupyter Book 1 loads every ``.js`` under ``_static/`` (recursively) on every page, so the
bundle does not go there: :func:`copy_to_site` puts it under ``vendor/`` at the site's root
(through Sphinx's ``html_extra_path``), and the first figure a chapter emits carries a
``<script src>`` to it (:func:`include_plotlyjs`). The path is relative to the page (the
chapters live in ``chapters/``, the front page at the root: :func:`page_src`), so it works from
``file://`` as from a server. The bundle and its provenance are in ``data/vendor/`` (see its
README).
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

#: plotly.js version of the shipped bundle (the plotly Python package writes for 4.1.x).
VERSION = "4.1.1"
FILE = f"plotly-basic-{VERSION}.min.js"
#: Where the bundle sits in the built site, from its root.
SITE_PATH = f"vendor/{FILE}"
#: The ``src`` of the script tag on a chapter page (``chapters/*.html``).
PAGE_SRC = f"../{SITE_PATH}"
#: From a chapter page to the site's root.
CHAPTER_ROOT = "../"
#: Trace types the basic bundle registers.
TRACE_TYPES = frozenset({"bar", "pie", "scatter"})

_emitted = False  # one kernel runs one chapter: has this chapter's first figure been emitted?


def source_file() -> Path:
    """The bundle inside the installed package."""
    return Path(str(resources.files("newsfigures") / "data" / "vendor" / FILE))


def copy_to_site(extra_dir: Path) -> Path:
    """Copy the bundle (and its licence) to ``extra_dir/vendor/``, a folder the build copies to
    the site's root."""
    target = Path(extra_dir) / SITE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source_file(), target)
    shutil.copy2(source_file().with_name("LICENSE-plotly.js.txt"), target.with_name("LICENSE-plotly.js.txt"))
    return target


def page_src(root: str = CHAPTER_ROOT) -> str:
    """The ``src`` of the bundle from a page whose way to the site's root is ``root``
    (``"../"`` from ``chapters/*.html``, ``""`` from the front page)."""
    return f"{root}{SITE_PATH}"


def include_plotlyjs(root: str = CHAPTER_ROOT) -> str | bool:
    """For ``fig.to_html(include_plotlyjs=...)``: the bundle's path (:func:`page_src`) for the
    first figure of the page (plotly then writes ``<script src=...>`` before it), ``False``
    after that."""
    global _emitted
    if _emitted:
        return False
    _emitted = True
    return page_src(root)


def reset() -> None:
    """Forget that a figure was emitted (a new page begins)."""
    global _emitted
    _emitted = False


def unsupported_traces(fig) -> list[str]:
    """Trace types of ``fig`` the shipped bundle cannot draw."""
    return sorted({t.type for t in fig.data if (t.type or "scatter") not in TRACE_TYPES})
