"""Headless Chromium for checks of the built book (Debian's `chromium`)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError("headless Chromium is needed for the browser checks: `make browser-deps` installs "
                       "Debian's chromium (apt-get install chromium)")


def _run(args: list[str], timeout: int = 90) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)


#: Rendered DOMs by (page, its size and modification time, fragment, budget): several tests read
#: the same built page, and a Chromium launch costs a second or two.
_RENDERED: dict[tuple, str] = {}


def rendered_dom(page: Path, budget_ms: int = 15000, fragment: str = "") -> str:
    """The page's DOM after its scripts ran (file:// URL, with ``#fragment`` if given). A page
    rendered before, unchanged since, is not rendered again."""
    stat = page.stat()
    key = (str(page.resolve()), stat.st_size, stat.st_mtime_ns, fragment, budget_ms)
    if key not in _RENDERED:
        url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
        out = _run([f"--virtual-time-budget={budget_ms}", "--run-all-compositor-stages-before-draw",
                    "--dump-dom", url])
        _RENDERED[key] = out.stdout
    return _RENDERED[key]


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 2400, budget_ms: int = 15000) -> None:
    _run([f"--virtual-time-budget={budget_ms}", f"--window-size={width},{height}", f"--screenshot={png}",
          page.resolve().as_uri()])


class _PlotlyDivs(HTMLParser):
    """Counts plotly figure divs and whether plotly drew an SVG inside each."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, int | None]] = []
        self.divs: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        current = None
        if "plotly-graph-div" in (a.get("class") or ""):
            self.divs.append({"id": a.get("id"), "drawn": False})
            current = len(self.divs) - 1
        elif self.stack and self.stack[-1][1] is not None:
            current = self.stack[-1][1]
        if current is not None and tag == "svg" and "main-svg" in (a.get("class") or ""):
            self.divs[current]["drawn"] = True
        if tag not in ("img", "br", "hr", "input", "meta", "link", "path", "rect", "line", "circle", "use", "image"):
            self.stack.append((tag, current))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def plotly_figures(dom: str) -> list[dict]:
    parser = _PlotlyDivs()
    parser.feed(dom)
    return parser.divs


def visible_text(dom: str) -> str:
    dom = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", dom)
    return re.sub(r"<[^>]+>", " ", dom)


class _LiveMarkup(HTMLParser):
    """Finds markup that would run: event-handler attributes and executable script bodies."""

    def __init__(self, needle: str) -> None:
        super().__init__()
        self.needle = needle
        self.hits: list[str] = []
        self._script_type: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on") and value and self.needle in value:
                self.hits.append(f"<{tag} {name}=...>")
            if name.lower() in ("href", "src") and value and value.strip().lower().startswith("javascript:"):
                self.hits.append(f"<{tag} {name}=javascript:...>")
        if tag == "script":
            self._script_type = (dict(attrs).get("type") or "text/javascript").lower()

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_type = None

    def handle_data(self, data):
        if self._script_type is not None and "json" not in self._script_type and self.needle in data:
            self.hits.append(f"<script> containing {self.needle!r}")


def live_markup(html: str, needle: str) -> list[str]:
    """Places where ``needle`` (from untrusted text) sits in markup that would execute."""
    parser = _LiveMarkup(needle)
    parser.feed(html)
    return parser.hits


#: Hovers every chart of a page the way a reader's pointer would (plotly's own ``Fx.hover`` on
#: the first point of each trace that has a hover), and records what the hover box says.
_HOVER_PROBE = """<script>window.addEventListener('load', function () { setTimeout(function () {
  var out = [];
  document.querySelectorAll('.plotly-graph-div').forEach(function (gd) {
    var res = {id: gd.id, drawn: !!gd._fullData, probed: 0, shown: 0, texts: []};
    (gd._fullData || []).forEach(function (tr, i) {
      if (res.probed >= 4 || tr.visible !== true || tr.hoverinfo === 'skip' || !tr.x) return;
      var j = -1;
      if (tr.type === 'heatmap') { j = [0, 0]; }
      else { for (var k = 0; k < tr.x.length; k++) { if (tr.x[k] !== null && tr.y && tr.y[k] !== null) { j = k; break; } } }
      if (j === -1) return;
      res.probed += 1;
      try {
        var where = (tr.xaxis || 'x') + (tr.yaxis || 'y');
        if (tr.type === 'heatmap') { Plotly.Fx.hover(gd, {xval: 0, yval: 0}, where); }
        else { Plotly.Fx.hover(gd, [{curveNumber: i, pointNumber: j}], where); }
        var box = gd.querySelector('.hoverlayer');
        var text = box ? box.textContent.trim() : '';
        if (text) { res.shown += 1; res.texts.push(text.slice(0, 300)); }
        Plotly.Fx.unhover(gd);
      } catch (e) { res.texts.push('ERROR ' + e); }
    });
    out.push(res);
  });
  document.body.setAttribute('data-hover-probe', JSON.stringify(out));
}, 1500); });</script>"""


def rendered_with(page: Path, script: str, budget_ms: int = 20000) -> str:
    """The DOM of ``page`` with ``script`` (a ``<script>`` element) added before ``</body>``,
    after its scripts ran. The probed copy sits beside the page (same relative links) and is
    removed afterwards."""
    probe = page.with_name(page.stem + ".probe.html")
    probe.write_text(page.read_text("utf-8").replace("</body>", script + "</body>"), "utf-8")
    try:
        return rendered_dom(probe, budget_ms=budget_ms)
    finally:
        probe.unlink()


def probed_dom(page: Path) -> str:
    """The page's DOM after its scripts ran and every chart was hovered (see ``_HOVER_PROBE``;
    on a page without charts the probe finds nothing). Rendered once per unchanged page."""
    stat = page.stat()
    key = ("probe", str(page.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _RENDERED:
        _RENDERED[key] = rendered_with(page, _HOVER_PROBE)
    return _RENDERED[key]


def hover_probe(page: Path) -> list[dict]:
    """For every plotly chart of ``page``: ``{"id", "drawn", "probed", "shown", "texts"}``:
    how many traces were hovered, how many showed a hover box, and the boxes' text."""
    import html as _html
    import json

    m = re.search(r'data-hover-probe="([^"]*)"', probed_dom(page))
    return json.loads(_html.unescape(m.group(1))) if m else []
