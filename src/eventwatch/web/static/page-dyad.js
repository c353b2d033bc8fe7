/* Dyad view: the relation of A and B over time with shifts and alerts, their events and map. */
"use strict";

(() => {
  const { api, el, formParams, fillForm, urlParams, setUrl } = EW;
  const form = document.getElementById("dyad-form");
  const detail = document.getElementById("detail");
  let current = {};

  const loadTable = EW.eventsTable(document.getElementById("events"), document.getElementById("more"),
    (cursor) => api("/events", { dyad: `${current.a},${current.b}`, since: current.since,
      until: current.until, limit: 50, cursor }),
    (ev) => EW.showEvent(detail, ev));

  async function show() {
    const p = formParams(form);
    if (!p.a || !p.b) return;
    setUrl(p);
    current = p;
    const a = p.a.toUpperCase(), b = p.b.toUpperCase(), freq = p.freq || "week";
    document.getElementById("dyad-title").textContent = `${a} – ${b}: events per ${freq}`;
    const box = document.getElementById("chart");
    const list = document.getElementById("shifts");
    try {
      const [d, al] = await Promise.all([
        api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { freq, since: p.since, until: p.until }),
        api("/alerts").catch(() => ({ alerts: [] }))]);
      const keys = new Set([a.slice(0, 3), b.slice(0, 3)]);
      const alerts = al.alerts.filter((x) => x.kind === "dyad" && x.key.split("-").every((c) => keys.has(c)));
      EW.chart(box, d.series, { shifts: d.shifts, alerts, freq, height: 300, label: `${a}-${b} events per ${freq}`,
        empty: `No asserted events between ${a} and ${b}.` });
      list.replaceChildren(...d.shifts.map((s) => el("li", { class: s.significant ? "significant" : "" },
        `${s.date}: ${s.significant ? "significant rise" : "change"} — conflict/day ${s.before.conflict_per_day} → ` +
        `${s.after.conflict_per_day}, conflict share ${s.before.conflict_share ?? "—"} → ${s.after.conflict_share ?? "—"}`)),
      ...alerts.map((x) => el("li", { class: "significant" }, `alert ${x.key} from ${x.date}, severity ${x.severity}`)));
    } catch (err) { EW.showError(box, err); }
    loadTable(true);
    try {
      const res = await api("/map", { dyad: `${a},${b}`, since: p.since, until: p.until });
      await EW.worldMap(document.getElementById("map"), res.points);
    } catch (err) { EW.showError(document.getElementById("map"), err); }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); show(); });
  fillForm(form, urlParams());
  show();
})();
