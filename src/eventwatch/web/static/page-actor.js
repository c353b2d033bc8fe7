/* Actor page: totals, monthly trend, partners, events. */
"use strict";

(() => {
  const { api, el } = EW;
  const code = document.getElementById("actor").dataset.code;
  const detail = document.getElementById("detail");
  let first = null;

  const loadTable = EW.eventsTable(document.getElementById("events"), document.getElementById("more"),
    (cursor) => (cursor ? api("/events", { actor: code, limit: 50, cursor }) : first),
    (ev) => EW.showEvent(detail, ev));

  async function load() {
    try {
      const prof = await api("/actors/" + encodeURIComponent(code));
      first = Promise.resolve({ events: prof.events, next_cursor: prof.next_cursor });
      const t = prof.totals;
      document.getElementById("totals").textContent = t.events
        ? `${t.events} asserted events (${t.as_source} as source, ${t.as_target} as target), ` +
          `${t.conflict} conflict, mean Goldstein ${t.goldstein_mean}, ${t.first_date} … ${t.last_date}`
        : "no asserted events";
      EW.chart(document.getElementById("chart"), prof.trend, { freq: "month", label: `${code} events per month` });
      const body = document.querySelector("#partners tbody");
      body.replaceChildren(...prof.partners.map((p) => el("tr", {},
        el("td", {}, el("a", { href: "/dyad" + EW.query({ a: code, b: p.partner }), class: "code" }, p.partner)),
        el("td", {}, p.events), el("td", {}, p.conflict), el("td", {}, p.goldstein_mean))));
      loadTable(true);
    } catch (err) { EW.showError(document.getElementById("chart"), err); }
  }
  load();
})();
