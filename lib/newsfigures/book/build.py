"""Build the HTML book: extract the tables, run every chapter with papermill, build with
Jupyter Book 1.x (execution off), then swap the finished site into place atomically.

The chapters and book configuration come from the project folder (the repository: it holds
``_config.yml``, ``_toc.yml`` and ``chapters/``). Nothing in the project folder is modified:
notebooks are copied to a staging folder and executed there.
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from ..io import atomic_directory
from .style import plain_text

Report = Callable[[str], None]
#: Set by the book itself for every notebook that declares them (``title`` and ``subject``: the
#: front page's, from ``--title`` and ``--subject``).
BOOK_PARAMETERS = ("tables_dir", "articles_dir", "project_dir", "extra_dir", "title", "subject")
EXTRA_DIR = "_extra"  # files the chapters write for the site root (e.g. the explorer's parts)


class BookError(RuntimeError):
    """The book could not be built; the message says which step failed and why, in a line or
    two; ``details`` holds the full story (a traceback, the tool's output) for the log file."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


#: kernels log to the terminal by default ("Kernel is running over TCP without encryption",
#: "KeyboardInterrupt caught in kernel" at shutdown): noise on a good build. Errors of a chapter
#: reach us through papermill, with the cell and traceback, so the kernel's own log is silenced.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


@functools.lru_cache(maxsize=None)
def quiet_kernel_manager() -> type:
    """A kernel manager whose kernel process writes nothing to our terminal: what a kernel
    prints to its own stderr while shutting down after a failed cell (a KeyboardInterrupt
    traceback, depending on timing) is noise; the chapter's error reaches us through papermill."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw.setdefault("stderr", subprocess.DEVNULL)
            await super()._async_launch_kernel(kernel_cmd, **kw)

    return QuietKernelManager
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class BookSummary:
    n_articles: int
    n_skipped: int
    n_claims: int
    n_events: int
    out_dir: Path
    seconds: float

    def line(self) -> str:
        index = self.out_dir / "index.html"
        return (f"newsfigures book: {self.n_articles} articles read, {self.n_skipped} skipped, "
                f"{self.n_claims} claims, {self.n_events} control events; book at {index} "
                f"({self.seconds:.0f}s)")


def find_project(start: Path | None = None) -> Path:
    """The folder holding ``_config.yml``, ``_toc.yml`` and ``chapters/``."""
    candidates = []
    if start is not None:
        candidates.append(Path(start))
    try:
        cwd = Path.cwd()
        candidates += [cwd, *cwd.parents]
    except FileNotFoundError:  # the working directory was removed under us
        pass
    candidates.append(Path(__file__).resolve().parents[3])
    for c in candidates:
        if (c / "_config.yml").is_file() and (c / "_toc.yml").is_file() and (c / "chapters").is_dir():
            return c.resolve()
    raise BookError("cannot find the book project (a folder with _config.yml, _toc.yml and chapters/); "
                    "run from the repository or pass --project")


def toc_files(project: Path) -> list[str]:
    toc = yaml.safe_load((project / "_toc.yml").read_text("utf-8"))
    files = [toc["root"]]

    def walk(entries):
        for e in entries or []:
            if "file" in e:
                files.append(e["file"])
            walk(e.get("sections"))
            for part in e.get("parts", []) or []:
                walk(part.get("chapters"))

    walk(toc.get("chapters"))
    for part in toc.get("parts", []) or []:
        walk(part.get("chapters"))
    return files


def notebook_parameters(path: Path) -> dict:
    import papermill

    return papermill.inspect_notebook(str(path))


def _stage(project: Path, staging: Path, title: str | None) -> list[Path]:
    config = yaml.safe_load((project / "_config.yml").read_text("utf-8"))
    if title:
        # the theme puts the title into the page as HTML: keep it plain text
        config["title"] = plain_text(title) or config.get("title")
    (staging / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), "utf-8")
    shutil.copy2(project / "_toc.yml", staging / "_toc.yml")
    notebooks = []
    for entry in toc_files(project):
        matches = [project / f"{entry}{ext}" for ext in ("", ".ipynb", ".md") if (project / f"{entry}{ext}").is_file()]
        if not matches:
            raise BookError(f"_toc.yml lists {entry!r} but no such file exists")
        src = matches[0]
        dst = staging / src.relative_to(project)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
        if dst.suffix == ".ipynb":
            _ensure_kernelspec(dst)
            notebooks.append(dst)
    static = staging / "_static"
    if (project / "_static").is_dir():
        shutil.copytree(project / "_static", static, dirs_exist_ok=True)
    static.mkdir(exist_ok=True)
    if (project / "_templates").is_dir():
        shutil.copytree(project / "_templates", staging / "_templates", dirs_exist_ok=True)
    from .bundle import copy_to_site

    # plotly.js once per site, outside _static (Jupyter Book loads every _static/*.js on every
    # page): the first chart of a chapter loads it (see book/bundle.py)
    copy_to_site(staging / EXTRA_DIR)
    return notebooks


def _ensure_kernelspec(path: Path) -> None:
    """A notebook saved without kernel metadata runs on this interpreter's ``python3``."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    if not nb.metadata.get("kernelspec", {}).get("name"):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, str(path))


def run_chapters(notebooks: list[Path], parameters: dict, progress: bool | None, report: Report,
                 workers: int = 2) -> None:
    """Execute each notebook in place with papermill, two at a time."""
    import papermill

    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    known = set().union(*[set(d) for d in declared.values()]) if declared else set()
    unknown = sorted(set(parameters) - known - set(BOOK_PARAMETERS))
    if unknown:
        raise BookError(f"unknown chapter parameter(s) {', '.join(unknown)}; the chapters accept: {', '.join(sorted(known))}")

    def run(nb: Path) -> tuple[Path, float]:
        t0 = time.perf_counter()
        params = {k: _coerce(v, declared[nb][k]) for k, v in parameters.items() if k in declared[nb]}
        try:
            # no cwd=: papermill would os.chdir the whole process, which races between the
            # threads; every path a chapter needs is passed to it as an absolute parameter
            papermill.execute_notebook(str(nb), str(nb), parameters=params,
                                       kernel_name="python3", progress_bar=False, log_output=False,
                                       request_save_on_cell_execute=False, extra_arguments=KERNEL_ARGUMENTS,
                                       kernel_manager_class=quiet_kernel_manager())
        except papermill.PapermillExecutionError as exc:
            raise chapter_error(nb, exc) from None
        _tag_for_readers(nb)
        return nb, time.perf_counter() - t0

    from tqdm import tqdm

    with cf.ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(run, nb) for nb in notebooks]
        for fut in tqdm(cf.as_completed(futures), total=len(futures), desc="chapters", unit="notebook",
                        disable=(not progress) if progress is not None else None, leave=False):
            nb, secs = fut.result()
            report(f"chapter {nb.stem}: executed in {secs:.1f}s")


def chapter_error(nb: Path, exc) -> BookError:
    """One or two lines naming the chapter, the cell and the failed check; the traceback as
    details (``exc`` is papermill's ``PapermillExecutionError``)."""
    first = next((ln.strip() for ln in (exc.source or "").splitlines()
                  if ln.strip() and not ln.lstrip().startswith("#")), "")
    check = str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else "(no message)"
    message = (f"chapter {nb.stem} failed in cell {exc.exec_count} ({first[:80]!r}): {exc.ename}: {check[:300]}")
    details = _ANSI.sub("", "\n".join(exc.traceback or []))
    return BookError(message, f"{message}\n\ncell source:\n{exc.source}\n\ntraceback:\n{details}\n")


def build_log_path(out_dir: Path) -> Path:
    """Where a failed build writes its full log: beside the site, never inside it."""
    return out_dir.parent / f"{out_dir.name}.build.log"


def _tag_for_readers(path: Path) -> None:
    """Readers see outputs, not code: remove papermill's injected cell (it holds local
    paths) and fold the code of the other cells behind a toggle."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.setdefault("tags", [])
        if "injected-parameters" in tags:
            tags.append("remove-cell")
        elif not any(t.startswith(("remove-", "hide-")) for t in tags):
            tags.append("hide-input")
    nbformat.write(nb, str(path))


def _coerce(value: object, spec: dict) -> object:
    """Turn a command-line string into the type the parameters cell declares."""
    if not isinstance(value, str):
        return value
    inferred = (spec.get("inferred_type_name") or "").lower()
    try:
        if inferred == "int":
            return int(value)
        if inferred == "float":
            return float(value)
        if inferred == "bool":
            return value.lower() in ("1", "true", "yes")
    except ValueError:
        raise BookError(f"parameter {spec.get('name')} expects {inferred}, got {value!r}") from None
    return value


def _add_extra_path(staging: Path, folder: str) -> None:
    """Have Sphinx copy ``folder`` (files the chapters wrote) to the site's root."""
    path = staging / "_config.yml"
    config = yaml.safe_load(path.read_text("utf-8"))
    sphinx_config = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx_config["html_extra_path"] = list(sphinx_config.get("html_extra_path") or []) + [folder]
    config["exclude_patterns"] = list(config.get("exclude_patterns") or []) + [folder]
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), "utf-8")


def jupyter_book_build(staging: Path) -> Path:
    """Run ``jupyter-book build`` (warnings are errors); return the html folder."""
    exe = Path(sys.executable).parent / "jupyter-book"
    cmd = [str(exe) if exe.exists() else "jupyter-book", "build", str(staging), "--builder", "html",
           "-W", "-n", "--keep-going", "--quiet"]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        last = next((ln for ln in reversed(output.splitlines()) if "WARNING" in ln or "ERROR" in ln or "rror" in ln),
                    output.splitlines()[-1] if output else "(no output)")
        raise BookError(f"jupyter-book build failed: {last.strip()[:300]}", output)
    html = staging / "_build" / "html"
    if not (html / "index.html").exists():
        raise BookError("jupyter-book build produced no index.html")
    return html


def front_page_parameters(title: str | None, subject: str | None) -> dict[str, str]:
    """The front page's ``title`` and ``subject`` (plain text). A book given another title is
    about another subject: without ``subject``, the front page's default paragraph (about
    Aleppo) is left out rather than kept under the new title."""
    out = {}
    if title is not None and plain_text(title):
        out["title"] = plain_text(title)
    if subject is not None:
        out["subject"] = plain_text(subject)
    elif title is not None:
        out["subject"] = ""
    return out


def build_book(directory: Path | str, out_dir: Path | str, title: str | None = None,
               parameters: dict | None = None, subject: str | None = None, max_bytes: int = 5_000_000, progress: bool | None = None,
               report: Report = print, project_dir: Path | None = None,
               tables_dir: Path | None = None, manifest: Path | None = None, workers: int | None = None,
               scheduler: str | None = None, min_words: int | None = None, cache: bool = True,
               cache_dir: Path | None = None, follow_symlinks: bool = False, dedup: bool = True) -> BookSummary:
    """Extract ``directory``, run the chapters and build the site into ``out_dir``.

    The results cache (see :mod:`newsfigures.cache`) is ``cache_dir``, else the ``.cache`` of
    ``tables_dir``, else ``.<out_dir name>.cache`` beside ``out_dir`` (the site itself is
    replaced whole, and the cache is not published with it)."""
    from ..scale import extract_directory

    t0 = time.perf_counter()
    project = find_project(project_dir)
    directory = Path(directory).resolve()
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".newsfigures-book-", dir=out_dir.parent))
    try:
        tables = Path(tables_dir).resolve() if tables_dir else staging / "tables"
        report(f"extracting figures from {directory}")
        t_step = time.perf_counter()
        if cache_dir is None and not tables_dir:
            cache_dir = out_dir.parent / f".{out_dir.name}.cache"
        result = extract_directory(directory, tables, max_bytes=max_bytes, progress=progress, report=report,
                                   manifest=manifest, workers=workers, scheduler=scheduler, cache=cache,
                                   cache_dir=cache_dir, follow_symlinks=follow_symlinks, dedup=dedup,
                                   **({"min_words": min_words} if min_words is not None else {}))
        if result.n_articles == 0:
            raise BookError(f"no article could be read in {directory}; nothing to build")
        report(f"extracted {result.n_claims} claims and {result.n_events} control events from "
               f"{result.n_articles} articles ({result.n_skipped} skipped) in {time.perf_counter() - t_step:.1f}s")
        report(result.checks_line())
        if tables_dir:  # keep a copy beside the book so the chapters' inputs travel with it
            shutil.copytree(tables, staging / "tables", dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*"))
        notebooks = _stage(project, staging, title)
        extra = staging / EXTRA_DIR
        params = {"tables_dir": str(staging / "tables"), "articles_dir": str(directory), "project_dir": str(project),
                  "extra_dir": str(extra)}
        params.update(front_page_parameters(title, subject))
        params.update(parameters or {})
        report(f"running {len(notebooks)} chapters with papermill")
        t_step = time.perf_counter()
        run_chapters(notebooks, params, progress, report)
        report(f"ran {len(notebooks)} chapters in {time.perf_counter() - t_step:.1f}s")
        if extra.is_dir() and any(extra.iterdir()):
            _add_extra_path(staging, EXTRA_DIR)
        report("building the HTML book with jupyter-book")
        t_step = time.perf_counter()
        html = jupyter_book_build(staging)
        report(f"built the HTML in {time.perf_counter() - t_step:.1f}s")
        with atomic_directory(out_dir) as tmp:
            shutil.copytree(html, tmp, dirs_exist_ok=True)
    except Exception as exc:
        if isinstance(exc, BookError) and not exc.details:
            raise
        if not isinstance(exc, BookError):  # a bug: one line here, the traceback in the log
            import traceback

            exc = BookError(f"internal error while building the book: {type(exc).__name__}: {exc}",
                            traceback.format_exc())
        log = build_log_path(out_dir)
        from ..io import write_text_atomic

        write_text_atomic(log, exc.details)
        raise BookError(f"{exc}\nfull log: {log}; the previous site (if any) is kept") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BookSummary(result.n_articles, result.n_skipped, result.n_claims, result.n_events, out_dir,
                       time.perf_counter() - t0)
