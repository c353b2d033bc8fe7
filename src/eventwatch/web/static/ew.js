/* eventwatch dashboard: shared helpers (API calls, DOM building, event table, evidence). */
"use strict";

const EW = (() => {
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation",
    3: "verbal conflict", 4: "material conflict" };
  const SVGNS = "http://www.w3.org/2000/svg";

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") q.set(k, v);
    }
    const s = q.toString();
    return s ? "?" + s : "";
  }

  let pending = 0;
  function status(delta) {
    pending += delta;
    const s = document.getElementById("status");
    if (s) s.textContent = pending > 0 ? "loading…" : "";
  }

  async function api(path, params, options) {
    status(1);
    try {
      const res = await fetch("/api" + path + query(params), options);
      let body = null;
      try { body = await res.json(); } catch (e) { body = null; }
      if (!res.ok) {
        const msg = body && body.error ? body.error : res.statusText;
        throw new Error(`${res.status}: ${msg}`);
      }
      return body;
    } finally {
      status(-1);
    }
  }

  function showError(container, err) {
    container.replaceChildren(el("p", { class: "error", role: "alert" }, String(err.message || err)));
  }

  /* Spans [{start, end, role}] of `text` -> fragment with <mark class="hl-ROLE">; on overlap the
     earlier span wins. */
  function highlight(text, spans, markAttrs) {
    const frag = document.createDocumentFragment();
    const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    let pos = 0;
    for (const s of sorted) {
      if (s.start < pos) continue;
      if (s.start > pos) frag.append(text.slice(pos, s.start));
      const attrs = Object.assign({ class: "hl-" + s.role, title: s.role }, markAttrs ? markAttrs(s) : {});
      frag.append(el("mark", attrs, text.slice(s.start, s.end)));
      pos = s.end;
    }
    frag.append(text.slice(pos));
    return frag;
  }

  function findSpan(text, needle, role) {
    if (!needle) return null;
    const i = text.toLowerCase().indexOf(needle.toLowerCase());
    return i < 0 ? null : { start: i, end: i + needle.length, role };
  }

  /* The evidence sentence with source (who) and target (whom) highlighted. */
  function evidence(ev) {
    const spans = [findSpan(ev.sentence, ev.source && ev.source.text, "who"),
      findSpan(ev.sentence, ev.target && ev.target.text, "whom"),
      findSpan(ev.sentence, ev.location && ev.location.name, "where")].filter(Boolean);
    return el("blockquote", { class: "evidence" }, highlight(ev.sentence || "", spans));
  }

  function actorLink(actor) {
    if (!actor) return el("span", { class: "hint" }, "—");
    return el("a", { href: "/actor/" + encodeURIComponent(actor.code), class: "code",
      title: `${actor.name} (${actor.text})` }, actor.code);
  }

  function quadDot(q) {
    return el("span", { class: "quad q" + q, title: QUAD[q] || "" });
  }

  function eventRow(ev, onSelect) {
    const tr = el("tr", { "data-event-id": ev.event_id },
      el("td", {}, ev.date || "—"),
      el("td", {}, actorLink(ev.source)),
      el("td", {}, quadDot(ev.quad_class), el("span", { class: "code", title: ev.plover }, ev.cameo),
        " ", el("small", {}, ev.plover)),
      el("td", {}, actorLink(ev.target)),
      el("td", {}, ev.location ? ev.location.name : "—"),
      el("td", {}, el("span", { class: "modality " + ev.modality }, ev.modality)));
    tr.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;
      for (const r of tr.parentNode.querySelectorAll("tr.selected")) r.classList.remove("selected");
      tr.classList.add("selected");
      onSelect(ev);
    });
    return tr;
  }

  /* A paged events table: `fetchPage(cursor)` returns {events, next_cursor}. */
  function eventsTable(table, moreButton, fetchPage, onSelect, countEl) {
    const body = table.querySelector("tbody");
    let cursor = null;
    let shown = 0;
    async function load(reset) {
      if (reset) { body.replaceChildren(); cursor = null; shown = 0; }
      moreButton.disabled = true;
      try {
        const page = await fetchPage(cursor);
        for (const ev of page.events) body.append(eventRow(ev, onSelect));
        shown += page.events.length;
        cursor = page.next_cursor;
        moreButton.hidden = !cursor;
        if (countEl) countEl.textContent = shown ? `${shown}${cursor ? "+" : ""} shown` : "none match";
        if (!shown) body.append(el("tr", {}, el("td", { colspan: 6, class: "hint" }, "No events match.")));
      } catch (err) {
        body.replaceChildren(el("tr", {}, el("td", { colspan: 6, class: "error" }, err.message)));
      } finally {
        moreButton.disabled = false;
      }
    }
    moreButton.addEventListener("click", () => load(false));
    return load;
  }

  /* The evidence panel for one event (fetches /api/events/{id} for article and mentions). */
  async function showEvent(container, ev) {
    container.replaceChildren(el("p", { class: "hint" }, "loading…"));
    let full;
    try { full = await api("/events/" + encodeURIComponent(ev.event_id)); } catch (err) {
      return showError(container, err);
    }
    const art = full.article || {};
    const loc = full.location;
    const facts = el("dl", { class: "facts" },
      el("dt", {}, "Who"), el("dd", {}, actorLink(full.source), full.source ? ` ${full.source.name}` : ""),
      el("dt", {}, "Did"), el("dd", {}, quadDot(full.quad_class),
        `${full.cameo} · ${full.plover} · Goldstein ${full.goldstein}`),
      el("dt", {}, "To whom"), el("dd", {}, actorLink(full.target), full.target ? ` ${full.target.name}` : ""),
      el("dt", {}, "When"), el("dd", {}, `${full.date || "—"} (${full.date_precision})`),
      el("dt", {}, "Where"), el("dd", {}, loc ? `${loc.name}${loc.country ? ", " + loc.country : ""} (${loc.precision})` : "—"),
      el("dt", {}, "Modality"), el("dd", {}, el("span", { class: "modality " + full.modality }, full.modality)),
      full.attribution ? [el("dt", {}, "Said by"), el("dd", {}, full.attribution.text)] : null,
      full.fatalities !== null ? [el("dt", {}, "Fatalities"), el("dd", {}, full.fatalities)] : null,
      el("dt", {}, "Article"), el("dd", {}, art.url ? el("a", { href: art.url, rel: "noopener noreferrer", target: "_blank" }, art.title || art.url) : (art.title || full.article_id),
        art.source ? ` · ${art.source}` : "", art.date ? ` · ${art.date}` : ""));
    const parts = [evidence(full), facts];
    if (full.mentions && full.mentions.length > 1) {
      parts.push(el("h3", {}, `Mentions of the same event (${full.mentions.length})`),
        el("ol", { class: "mentions" }, full.mentions.map((m) =>
          el("li", {}, el("q", {}, m.sentence), " — ", m.title || m.article_id, m.date ? ` (${m.date})` : ""))));
    }
    container.replaceChildren(...parts);
  }

  /* Form <-> URL query string. */
  function formParams(form) {
    const out = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) out[k] = String(v).trim();
    return out;
  }

  function fillForm(form, params) {
    for (const [k, v] of Object.entries(params)) {
      const field = form.elements.namedItem(k);
      if (field) field.value = v;
    }
  }

  function urlParams() {
    return Object.fromEntries(new URLSearchParams(location.search).entries());
  }

  function setUrl(params) {
    history.replaceState(null, "", location.pathname + query(params));
  }

  /* Filter form params -> API filter params (dyad_a/dyad_b -> dyad=A,B). */
  function apiFilters(p) {
    const out = Object.assign({}, p);
    delete out.dyad_a; delete out.dyad_b;
    if (p.dyad_a && p.dyad_b) out.dyad = `${p.dyad_a},${p.dyad_b}`;
    return out;
  }

  return { QUAD, el, svg, api, query, showError, highlight, evidence, actorLink, quadDot,
    eventsTable, showEvent, formParams, fillForm, urlParams, setUrl, apiFilters };
})();
