/* eventwatch dashboard: an SVG world map with event points coloured by QuadClass.
   Basemap: world-atlas countries-110m TopoJSON (ISC, static/vendor), decoded here and drawn in
   an equirectangular projection; no tile server. Points closer than ~22 screen pixels are
   merged into a cluster (size = events, colour = the dominant QuadClass, label = count);
   clicking a cluster zooms in, the wheel and the +/- buttons zoom, dragging pans. */
"use strict";

(() => {
  const W = 960, H = 500, TOP = 84, BOTTOM = -60; // latitudes shown
  const px = (lon) => ((lon + 180) / 360) * W;
  const py = (lat) => ((TOP - lat) / (TOP - BOTTOM)) * H;
  let basemap = null;

  function decodeArcs(topo) {
    const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
    const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
    return topo.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => {
        x += dx; y += dy;
        return [x * sx + tx, y * sy + ty];
      });
    });
  }

  function ringPath(arcs, ring) {
    let pts = [];
    for (const a of ring) {
      const seg = a >= 0 ? arcs[a] : arcs[~a].slice().reverse();
      pts = pts.concat(pts.length ? seg.slice(1) : seg);
    }
    // a jump of more than 180 degrees of longitude crosses the antimeridian: move, don't draw
    let d = "", prev = null;
    for (const [lon, lat] of pts) {
      d += (prev === null || Math.abs(lon - prev) > 180 ? "M" : "L") +
        `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`;
      prev = lon;
    }
    return d + "Z";
  }

  function loadBasemap() {
    if (!basemap) {
      basemap = fetch("/static/vendor/world-110m.json").then((r) => r.json()).then((topo) => {
        const arcs = decodeArcs(topo);
        const paths = [];
        for (const g of topo.objects.countries.geometries) {
          if (g.id === "010") continue; // Antarctica: outside the latitudes shown
          const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
          const d = polys.map((p) => p.map((r) => ringPath(arcs, r)).join("")).join("");
          if (d) paths.push({ d, name: (g.properties && g.properties.name) || "" });
        }
        return paths;
      });
    }
    return basemap;
  }

  function dominant(p) {
    let best = 1;
    for (const q of [2, 3, 4]) if ((p["q" + q] || 0) > (p["q" + best] || 0)) best = q;
    return best;
  }

  /* Greedy grid clustering in screen space at zoom k. */
  function cluster(points, k, cell) {
    const size = cell / k;
    const cells = new Map();
    for (const p of points) {
      const x = px(p.lon), y = py(p.lat);
      const key = `${Math.floor(x / size)},${Math.floor(y / size)}`;
      let c = cells.get(key);
      if (!c) { c = { x: 0, y: 0, n: 0, q1: 0, q2: 0, q3: 0, q4: 0, places: [] }; cells.set(key, c); }
      c.x += x * p.n; c.y += y * p.n; c.n += p.n;
      for (const q of [1, 2, 3, 4]) c["q" + q] += p["q" + q] || 0;
      c.places.push(p);
    }
    return [...cells.values()].map((c) => Object.assign(c, { x: c.x / c.n, y: c.y / c.n }));
  }

  EW.worldMap = async function worldMap(container, points, opts) {
    const { el, svg } = EW;
    opts = opts || {};
    const paths = await loadBasemap();
    container.replaceChildren();
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of events",
      class: "map-svg", preserveAspectRatio: "xMidYMid meet" });
    const land = svg("g", { class: "basemap" });
    for (const p of paths) {
      const path = svg("path", { class: "land", d: p.d });
      path.append(svg("title", {}, p.name));
      land.append(path);
    }
    const layer = svg("g", { class: "points" });
    root.append(land, layer);
    let view = { x: 0, y: 0, k: 1 };

    function setView(v) {
      const k = Math.min(64, Math.max(1, v.k));
      const w = W / k, h = H / k;
      view = { k, x: Math.min(W - w, Math.max(0, v.x)), y: Math.min(H - h, Math.max(0, v.y)) };
      root.setAttribute("viewBox", `${view.x} ${view.y} ${w} ${h}`);
      draw();
    }

    function zoomAt(cx, cy, factor) {
      const k = Math.min(64, Math.max(1, view.k * factor));
      const w = W / k, h = H / k;
      setView({ k, x: cx - w / 2, y: cy - h / 2 });
    }

    function draw() {
      layer.replaceChildren();
      const scale = (container.clientWidth || W) / W; // screen px per map unit at k = 1
      const groups = cluster(points, view.k, 22 / scale);
      groups.sort((a, b) => b.n - a.n);
      for (const c of groups) {
        const r = (3 + 2.2 * Math.sqrt(c.n)) / view.k / Math.max(scale, 0.5);
        const isCluster = c.places.length > 1;
        const q = dominant(c);
        const dot = svg("circle", { cx: c.x.toFixed(2), cy: c.y.toFixed(2), r: Math.min(r, 40 / view.k),
          class: `pt q${q}${isCluster ? " cluster" : ""}`, "data-n": c.n });
        const names = c.places.slice(0, 8).map((p) => `${p.name} (${p.n})`).join(", ");
        dot.append(svg("title", {}, `${c.n} events — ${names}${c.places.length > 8 ? ", …" : ""}` +
          ` — q1 ${c.q1}, q2 ${c.q2}, q3 ${c.q3}, q4 ${c.q4}`));
        dot.addEventListener("click", (e) => {
          e.stopPropagation();
          if (isCluster) zoomAt(c.x, c.y, 3);
          else if (opts.onPlace) opts.onPlace(c.places[0]);
        });
        layer.append(dot);
        if (isCluster && c.n > 1) {
          layer.append(svg("text", { class: "cluster-label", x: c.x.toFixed(2), y: c.y.toFixed(2),
            "font-size": (11 / view.k / Math.max(scale, 0.5)).toFixed(2) }, c.n));
        }
      }
    }

    // wheel zoom, drag pan
    root.addEventListener("wheel", (e) => {
      e.preventDefault();
      const pt = toMap(e);
      zoomAt(pt.x, pt.y, e.deltaY < 0 ? 1.5 : 1 / 1.5);
    }, { passive: false });
    let drag = null;
    root.addEventListener("pointerdown", (e) => { drag = { sx: e.clientX, sy: e.clientY, v: view }; });
    window.addEventListener("pointerup", () => { drag = null; });
    root.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const f = W / drag.v.k / (root.clientWidth || W);
      setView({ k: drag.v.k, x: drag.v.x - (e.clientX - drag.sx) * f, y: drag.v.y - (e.clientY - drag.sy) * f });
    });
    function toMap(e) {
      const rect = root.getBoundingClientRect();
      const w = W / view.k, h = H / view.k;
      return { x: view.x + ((e.clientX - rect.left) / rect.width) * w,
        y: view.y + ((e.clientY - rect.top) / rect.height) * h };
    }

    const controls = el("div", { class: "controls" },
      el("button", { type: "button", title: "zoom in", onclick: () => zoomAt(view.x + W / view.k / 2, view.y + H / view.k / 2, 2) }, "+"),
      el("button", { type: "button", title: "zoom out", onclick: () => zoomAt(view.x + W / view.k / 2, view.y + H / view.k / 2, 0.5) }, "−"),
      el("button", { type: "button", title: "whole world", onclick: () => setView({ x: 0, y: 0, k: 1 }) }, "⌂"));
    const total = points.reduce((s, p) => s + p.n, 0);
    const legend = el("div", { class: "map-legend" }, [1, 2, 3, 4].map((q) =>
      el("span", {}, EW.quadDot(q), EW.QUAD[q], " ")), ` · ${total} located events`);
    container.append(root, controls, legend);
    // start zoomed to the points when they are all in one region
    if (points.length && opts.fit !== false) {
      const xs = points.map((p) => px(p.lon)), ys = points.map((p) => py(p.lat));
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const k = Math.max(1, Math.min(8, 0.7 * Math.min(W / Math.max(x1 - x0, 1), H / Math.max(y1 - y0, 1))));
      setView({ k, x: (x0 + x1) / 2 - W / k / 2, y: (y0 + y1) / 2 - H / k / 2 });
    } else {
      draw();
    }
    return root;
  };
})();
