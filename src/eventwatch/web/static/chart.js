/* eventwatch dashboard: a small SVG chart of a series over time.
   Stacked bars = events per period by QuadClass; line = mean Goldstein (right axis, -10..10);
   dashed verticals = detected shifts (red when a significant rise); triangles = alerts. */
"use strict";

EW.chart = function chart(container, series, opts) {
  const { el, svg } = EW;
  opts = opts || {};
  container.replaceChildren();
  if (!series || !series.length) {
    container.append(el("p", { class: "hint" }, opts.empty || "No events in this period."));
    return null;
  }
  const W = Math.max(480, Math.round(container.clientWidth || 800));
  const H = opts.height || 240;
  const m = { l: 40, r: 40, t: 14, b: 34 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const n = series.length;
  const band = iw / n;
  const maxN = Math.max(1, ...series.map((r) => r.events));
  const y = (v) => m.t + ih - (v / maxN) * ih;
  const yg = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  const x = (i) => m.l + i * band;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart-svg",
    "aria-label": opts.label || "events over time" });

  // grid and axes
  const axis = svg("g", { class: "axis" });
  const ticks = niceTicks(maxN);
  for (const t of ticks) {
    axis.append(svg("line", { class: "grid-line", x1: m.l, x2: W - m.r, y1: y(t), y2: y(t) }),
      svg("text", { x: m.l - 6, y: y(t) + 3, "text-anchor": "end" }, t));
  }
  for (const g of [-10, 0, 10]) {
    axis.append(svg("text", { x: W - m.r + 6, y: yg(g) + 3 }, (g > 0 ? "+" : "") + g));
  }
  const every = Math.max(1, Math.ceil(n / Math.floor(iw / 70)));
  series.forEach((r, i) => {
    if (i % every === 0) {
      axis.append(svg("text", { x: x(i) + band / 2, y: H - m.b + 14, "text-anchor": "middle" },
        String(r.period).slice(0, opts.freq === "month" ? 7 : 10)));
    }
  });
  axis.append(svg("text", { x: 4, y: m.t + 2, "dominant-baseline": "hanging" }, "events"),
    svg("text", { x: W - 4, y: m.t + 2, "text-anchor": "end", "dominant-baseline": "hanging" }, "Goldstein"));
  root.append(axis);

  // stacked bars
  const bars = svg("g", { class: "bars" });
  const bw = Math.max(1, band * 0.8);
  series.forEach((r, i) => {
    let base = 0;
    const g = svg("g", { class: "bar", "data-period": r.period });
    for (const q of [1, 2, 3, 4]) {
      const v = r["q" + q] || 0;
      if (!v) continue;
      g.append(svg("rect", { x: x(i) + (band - bw) / 2, y: y(base + v), width: bw,
        height: Math.max(0.5, y(base) - y(base + v)), class: "q" + q }));
      base += v;
    }
    const gm = r.goldstein_mean === null || r.goldstein_mean === undefined ? "—" : r.goldstein_mean;
    g.append(svg("title", {}, `${r.period}: ${r.events} events (q1 ${r.q1 || 0}, q2 ${r.q2 || 0}, ` +
      `q3 ${r.q3 || 0}, q4 ${r.q4 || 0}); mean Goldstein ${gm}`));
    bars.append(g);
  });
  root.append(bars);

  // Goldstein line over periods with events
  let d = "", prev = false;
  const dots = svg("g", { class: "gold-dots" });
  series.forEach((r, i) => {
    const has = r.goldstein_mean !== null && r.goldstein_mean !== undefined;
    if (has) {
      const cx = (x(i) + band / 2).toFixed(1), cy = yg(r.goldstein_mean).toFixed(1);
      d += `${prev ? "L" : "M"}${cx},${cy}`;
      dots.append(svg("circle", { cx, cy, r: 2.2 }));
    }
    prev = has;
  });
  if (d) root.append(svg("path", { class: "gold", d }), dots);

  // shifts and alerts, placed in the period containing their date
  const index = (date) => {
    let k = -1;
    for (let i = 0; i < n; i++) if (String(series[i].period) <= date) k = i;
    return k;
  };
  for (const s of opts.shifts || []) {
    const i = index(s.date);
    if (i < 0) continue;
    const line = svg("line", { class: "shift" + (s.significant ? " significant" : ""),
      x1: x(i), x2: x(i), y1: m.t, y2: m.t + ih });
    line.append(svg("title", {}, `shift ${s.date}: conflict/day ${s.before.conflict_per_day} → ` +
      `${s.after.conflict_per_day}${s.significant ? " (significant rise)" : ""}`));
    root.append(line);
  }
  for (const a of opts.alerts || []) {
    const i = index(a.date);
    if (i < 0) continue;
    const cx = x(i) + band / 2;
    const tri = svg("path", { class: "alert-mark", d: `M${cx - 6},${m.t}L${cx + 6},${m.t}L${cx},${m.t + 10}Z` });
    tri.append(svg("title", {}, `alert ${a.key} from ${a.date}, severity ${a.severity}`));
    root.append(tri);
  }
  container.append(root, legend(opts));
  return root;
};

function niceTicks(max) {
  const step = Math.max(1, Math.pow(10, Math.floor(Math.log10(max))) *
    ([1, 2, 5].find((f) => max / (f * Math.pow(10, Math.floor(Math.log10(max)))) <= 5) || 10));
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

function legend(opts) {
  const { el } = EW;
  const items = [1, 2, 3, 4].map((q) => el("span", {}, EW.quadDot(q), EW.QUAD[q]));
  items.push(el("span", {}, "— mean Goldstein"));
  if ((opts.shifts || []).length) items.push(el("span", {}, "┆ shift (red: significant rise)"));
  if ((opts.alerts || []).length) items.push(el("span", {}, "▼ alert"));
  return el("p", { class: "legend" }, items);
}
