/* Alerts: significant conflict rises per country dyad and country, with triggering events. */
"use strict";

(() => {
  const { api, el, formParams, fillForm, urlParams, setUrl } = EW;
  const form = document.getElementById("alerts-form");
  const box = document.getElementById("alerts");

  async function load() {
    const p = formParams(form);
    setUrl(p);
    box.replaceChildren(el("p", { class: "hint" }, "scanning…"));
    try {
      const res = await api("/alerts", { since: p.since, events: 5 });
      document.getElementById("count").textContent =
        `${res.alerts.length} for shifts ${res.since || "—"} … ${res.until || "—"} (${res.series} series scanned)`;
      if (!res.alerts.length) { box.replaceChildren(el("p", { class: "hint" }, "No significant rises.")); return; }
      box.replaceChildren(...res.alerts.map((a) => {
        const [x, y] = a.key.split("-");
        const link = a.kind === "dyad" ? el("a", { href: "/dyad" + EW.query({ a: x, b: y }) }, a.key)
          : el("a", { href: "/actor/" + encodeURIComponent(a.key) }, a.key);
        return el("div", { class: "alert" },
          el("h3", {}, `${a.kind} `, link, ` from ${a.date} · severity ${a.severity} · p=${a.p.toPrecision(2)}`),
          el("p", {}, `conflict/day ${a.before.conflict_per_day} → ${a.after.conflict_per_day}; ` +
            `share ${a.before.conflict_share ?? "—"} → ${a.after.conflict_share ?? "—"}`),
          el("ul", {}, a.events.map((e) => el("li", {}, `${e.date} ${e.source_code || "?"} [${e.cameo}] → ` +
            `${e.target_code || "?"}: `, el("q", {}, e.sentence || "")))));
      }));
    } catch (err) { EW.showError(box, err); }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  fillForm(form, urlParams());
  load();
})();
