/* Events dashboard: filters -> events table, map, and (with a dyad) the dyad chart. */
"use strict";

(() => {
  const { api, apiFilters, formParams, fillForm, urlParams, setUrl } = EW;
  const form = document.getElementById("filters");
  const detail = document.getElementById("detail");
  const mapBox = document.getElementById("map");
  const panel = document.getElementById("dyad-panel");
  let filters = {};

  const loadTable = EW.eventsTable(document.getElementById("events"), document.getElementById("more"),
    (cursor) => api("/events", Object.assign({}, filters, { limit: 50, cursor })),
    (ev) => EW.showEvent(detail, ev), document.getElementById("count"));

  async function loadMap() {
    try {
      const res = await api("/map", filters);
      await EW.worldMap(mapBox, res.points);
    } catch (err) { EW.showError(mapBox, err); }
  }

  async function loadDyad(p) {
    if (!(p.dyad_a && p.dyad_b)) { panel.hidden = true; return; }
    panel.hidden = false;
    const a = p.dyad_a.toUpperCase(), b = p.dyad_b.toUpperCase();
    const title = document.getElementById("dyad-title");
    title.replaceChildren(`Dyad ${a} – ${b} per week `,
      EW.el("a", { href: "/dyad" + EW.query({ a, b }) }, "open the dyad view"));
    const box = document.getElementById("chart");
    try {
      const [d, al] = await Promise.all([
        api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { freq: "week", since: p.since, until: p.until }),
        api("/alerts").catch(() => ({ alerts: [] }))]);
      const keys = new Set([a.slice(0, 3), b.slice(0, 3)]);
      const alerts = al.alerts.filter((x) => x.kind === "dyad" && x.key.split("-").every((c) => keys.has(c)));
      EW.chart(box, d.series, { shifts: d.shifts, alerts, freq: "week", label: `${a}-${b} events per week` });
    } catch (err) { EW.showError(box, err); }
  }

  function apply() {
    const p = formParams(form);
    setUrl(p);
    filters = apiFilters(p);
    detail.replaceChildren(EW.el("p", { class: "hint" }, "Select an event to read the sentence it was coded from."));
    loadTable(true);
    loadMap();
    loadDyad(p);
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.addEventListener("reset", () => setTimeout(apply, 0));
  fillForm(form, urlParams());
  apply();
})();
