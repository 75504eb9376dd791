/* Claims explorer (Counting Aleppo appendix).
 *
 * Finds every element with a data-claims-explorer attribute, reads the rows from the
 * <script type="application/json"> element it names, and renders a filterable table,
 * EXPLORER_PAGE_SIZE rows at a time. The page holds the newest claims; the others come in
 * parts (data-parts: script files under the site root, each calling
 * newsfiguresExplorerPart(id, k, data)), loaded one at a time when the reader pages past
 * the loaded rows, and all of them before a search or filter runs.
 *
 * Article text is untrusted: it is only ever written with textContent (or as an attribute
 * value via setAttribute on a checked http(s) link), never with innerHTML.
 * The page can open pre-filtered: explorer.html#q=<words or a claim id>.
 * Claims set aside by the plausibility checks are listed too, flagged with the check and reason.
 */
(function () {
  "use strict";

  // the site root, from this script's own URL (it lives in <root>/_static/)
  var here = document.currentScript && document.currentScript.src;
  var siteRoot = here ? new URL("../", here) : null;
  var waiting = {};  // "id:k" -> callback for a part being loaded

  window.newsfiguresExplorerPart = function (id, k, data) {
    var cb = waiting[id + ":" + k];
    if (cb) {
      delete waiting[id + ":" + k];
      cb(data);
    }
  };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function option(select, value, label) {
    var o = el("option", label === undefined ? value : label);
    o.value = value;
    select.appendChild(o);
  }

  function labelled(labelText, control) {
    var wrap = el("label", null, "claims-explorer-control");
    wrap.appendChild(el("span", labelText));
    wrap.appendChild(control);
    return wrap;
  }

  /* The sentence as text nodes, with the quote (first occurrence) in a <mark>. */
  function sentenceNode(sentence, quote) {
    var span = el("span", null, "claims-explorer-sentence");
    var at = quote ? sentence.indexOf(quote) : -1;
    if (at < 0) {
      span.textContent = sentence;
      return span;
    }
    span.appendChild(document.createTextNode(sentence.slice(0, at)));
    span.appendChild(el("mark", quote));
    span.appendChild(document.createTextNode(sentence.slice(at + quote.length)));
    return span;
  }

  function init(root) {
    if (root.getAttribute("data-explorer-ready")) return;
    root.setAttribute("data-explorer-ready", "1");
    var source = document.getElementById(root.getAttribute("data-claims-explorer"));
    if (!source) return;
    var data;
    try {
      data = JSON.parse(source.textContent);
    } catch (e) {
      root.appendChild(el("p", "The claims data could not be read.", "claims-explorer-error"));
      return;
    }
    var pageSize = parseInt(root.getAttribute("data-page-size"), 10) || 100;
    var parts = [];
    try { parts = JSON.parse(root.getAttribute("data-parts") || "[]"); } catch (e) { parts = []; }
    var total = data.total || data.rows.length;
    var col = {};
    data.columns.forEach(function (name, i) { col[name] = i; });
    var rows = [];
    var sentences = [];
    var articles = {};
    var haystack = [];  // lower-cased search text per row
    var nextPart = 0;   // index into parts of the next part to load
    var loading = false;
    var failed = false;

    function addPart(part) {
      var offset = sentences.length;
      part.sentences.forEach(function (s) { sentences.push(s); });
      Object.keys(part.articles || {}).forEach(function (k) { articles[k] = part.articles[k]; });
      part.rows.forEach(function (r) {
        r = r.slice();
        r[col.sentence] = r[col.sentence] + offset;
        rows.push(r);
        var a = articles[r[col.article_id]] || [];
        haystack.push([r[col.claim_id], r[col.date], r[col.category], r[col.measure], r[col.value], r[col.party],
                       r[col.source], r[col.quote], sentences[r[col.sentence]] || "", r[col.article_id], a[0] || "",
                       a[1] || "", r[col.speaker] || "", r[col.set_aside] || "", r[col.statement_id] || ""]
                      .join(" \u0001 ").toLowerCase());
      });
    }
    addPart(data);

    /* Load the next part, then call done(ok). */
    function loadNext(done) {
      if (!canLoad()) { done(false); return; }
      var k = nextPart + 1;
      var tag = document.createElement("script");
      var id = root.id;
      waiting[id + ":" + k] = function (part) {
        addPart(part);
        nextPart += 1;
        done(true);
      };
      tag.onerror = function () {
        delete waiting[id + ":" + k];
        failed = true;
        status.textContent = "Part " + k + " of the claims could not be loaded; every claim is in claims.csv.";
        done(false);
      };
      tag.src = new URL(parts[nextPart], siteRoot).href;
      document.head.appendChild(tag);
    }

    function canLoad() { return nextPart < parts.length && !failed && Boolean(siteRoot); }

    /* Load every part still missing (one at a time, saying how far it got), then call done. */
    function loadAll(done) {
      loading = true;
      (function step() {
        if (!canLoad()) { loading = false; done(); return; }
        status.textContent = "Loading all " + total + " claims: part " + (nextPart + 1) + " of " + parts.length + "…";
        loadNext(step);
      })();
    }

    // controls
    var controls = el("div", null, "claims-explorer-controls");
    var search = el("input");
    search.type = "search";
    search.placeholder = "words, source, claim id…";
    var category = el("select");
    option(category, "", "all");
    (data.categories || Array.from(new Set(rows.map(function (r) { return r[col.category]; }))).sort())
      .forEach(function (c) { option(category, c); });
    var sourceSel = el("select");
    option(sourceSel, "", "all");
    (data.sources || Array.from(new Set(rows.map(function (r) { return r[col.source]; }))).sort())
      .forEach(function (s) { option(sourceSel, s); });
    var party = el("select");
    option(party, "", "all sources");
    option(party, "party", "parties to the conflict only");
    option(party, "independent", "not parties to the conflict");
    var checked = el("select");
    option(checked, "", "all claims");
    option(checked, "charted", "charted only");
    option(checked, "aside", "set aside only" + (data.set_aside ? " (" + data.set_aside + ")" : ""));
    var from = el("input");
    from.type = "date";
    var to = el("input");
    to.type = "date";
    controls.appendChild(labelled("Search", search));
    controls.appendChild(labelled("Category", category));
    controls.appendChild(labelled("Source", sourceSel));
    controls.appendChild(labelled("Who", party));
    controls.appendChild(labelled("Checks", checked));
    controls.appendChild(labelled("From", from));
    controls.appendChild(labelled("To", to));
    root.appendChild(controls);

    var status = el("p", null, "claims-explorer-status");
    status.setAttribute("aria-live", "polite");
    root.appendChild(status);

    var wrap = el("div", null, "claims-explorer-wrap");
    var table = el("table", null, "claims-explorer-table");
    var thead = el("thead");
    var hr = el("tr");
    ["Date", "Figure", "Source", "Quote in its sentence", "Article", "Claim"].forEach(function (h) {
      var th = el("th", h);
      th.scope = "col";
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    table.appendChild(thead);
    var tbody = el("tbody");
    table.appendChild(tbody);
    wrap.appendChild(table);
    root.appendChild(wrap);

    var pager = el("div", null, "claims-explorer-pager");
    var prev = el("button", "← previous");
    prev.type = "button";
    var next = el("button", "next →");
    next.type = "button";
    var pageInfo = el("span");
    pager.appendChild(prev);
    pager.appendChild(pageInfo);
    pager.appendChild(next);
    root.appendChild(pager);

    var matches = [];
    var page = 0;

    function filtering() {
      return Boolean(search.value.trim() || category.value || sourceSel.value || party.value || checked.value ||
                     from.value || to.value);
    }

    function filter() {
      if (filtering() && canLoad()) {
        if (!loading) loadAll(filter);
        return;
      }
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var cat = category.value, src = sourceSel.value, who = party.value, f = from.value, t = to.value;
      matches = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (cat && r[col.category] !== cat) continue;
        if (src && r[col.source] !== src) continue;
        if (who === "party" && !r[col.party_to_conflict]) continue;
        if (who === "independent" && r[col.party_to_conflict]) continue;
        if (checked.value === "charted" && r[col.set_aside]) continue;
        if (checked.value === "aside" && !r[col.set_aside]) continue;
        if (f && (!r[col.date] || r[col.date] < f)) continue;
        if (t && (!r[col.date] || r[col.date] > t)) continue;
        var ok = true;
        for (var w = 0; w < words.length; w++) {
          if (haystack[i].indexOf(words[w]) < 0) { ok = false; break; }
        }
        if (ok) matches.push(i);
      }
      page = 0;
      render();
    }

    function cellFigure(r) {
      var td = el("td");
      td.appendChild(el("strong", r[col.value]));
      var bits = [r[col.category] + "/" + r[col.measure]];
      if (r[col.party]) bits.push(r[col.party]);
      if (r[col.qualifier]) bits.push(r[col.qualifier]);
      td.appendChild(el("div", bits.join(" · "), "claims-explorer-meta"));
      if (r[col.set_aside]) td.appendChild(el("div", "set aside, not charted: " + r[col.set_aside], "claims-explorer-aside"));
      return td;
    }

    function cellArticle(r) {
      var td = el("td");
      var a = articles[r[col.article_id]] || ["", "", "", ""];
      var title = a[0] || r[col.article_id];
      var url = a[3] || "";
      if (/^https?:\/\//i.test(url)) {
        var link = el("a", title);
        link.setAttribute("href", url);
        link.setAttribute("rel", "noopener noreferrer nofollow");
        td.appendChild(link);
      } else {
        td.appendChild(el("span", title));
      }
      var meta = [a[1], a[2]].filter(Boolean).join(", ");
      if (meta) td.appendChild(el("div", meta, "claims-explorer-meta"));
      return td;
    }

    function render() {
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      var pages = Math.max(1, Math.ceil(matches.length / pageSize));
      if (page >= pages) page = pages - 1;
      var start = page * pageSize;
      var end = Math.min(matches.length, start + pageSize);
      for (var k = start; k < end; k++) {
        var r = rows[matches[k]];
        var tr = el("tr", null, r[col.set_aside] ? "claims-explorer-set-aside" : "");
        var d = el("td", r[col.date] || "undated");
        if (r[col.period]) d.appendChild(el("div", "period " + r[col.period], "claims-explorer-meta"));
        tr.appendChild(d);
        tr.appendChild(cellFigure(r));
        var s = el("td", r[col.source]);
        if (r[col.speaker]) s.appendChild(el("div", "speaker: " + r[col.speaker], "claims-explorer-meta"));
        if (r[col.party_to_conflict]) s.appendChild(el("div", "party to the conflict", "claims-explorer-party"));
        tr.appendChild(s);
        var q = el("td");
        q.appendChild(sentenceNode(sentences[r[col.sentence]] || "", r[col.quote]));
        tr.appendChild(q);
        tr.appendChild(cellArticle(r));
        tr.appendChild(el("td", r[col.claim_id], "claims-explorer-id"));
        tbody.appendChild(tr);
      }
      var more = !filtering() && canLoad();  // unfiltered, parts still to come
      var of = more ? total : matches.length;
      if (!failed) {
        status.textContent = filtering()
          ? matches.length + " of " + total + " claims match"
          : total + " claims" + (more ? " (" + rows.length + " loaded; more load as you page)" : "");
      }
      pageInfo.textContent = matches.length ? " rows " + (start + 1) + "–" + end + " of " + of + " " : " no rows ";
      prev.disabled = page === 0;
      next.disabled = end >= matches.length && !more;
    }

    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(filter, 150);
    });
    [category, sourceSel, party, checked, from, to].forEach(function (c) { c.addEventListener("change", filter); });
    prev.addEventListener("click", function () { page -= 1; render(); });
    next.addEventListener("click", function () {
      page += 1;
      if ((page + 1) * pageSize > rows.length && !filtering() && canLoad() && !loading) {
        loading = true;
        next.disabled = true;
        loadNext(function () { loading = false; filterKeepPage(); });
      } else {
        render();
      }
    });

    /* Re-run the (empty) filter over the rows loaded so far without going back to page 1. */
    function filterKeepPage() {
      var keep = page;
      filter();
      page = keep;
      render();
    }

    var m = /^#q=(.*)$/.exec(window.location.hash || "");
    if (m) {
      try { search.value = decodeURIComponent(m[1]); } catch (e) { search.value = ""; }
    }
    filter();
  }

  function start() {
    var roots = document.querySelectorAll("[data-claims-explorer]");
    for (var i = 0; i < roots.length; i++) init(roots[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
