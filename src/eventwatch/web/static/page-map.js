/* Full-page map of the filtered events. */
"use strict";

(() => {
  const { api, apiFilters, formParams, fillForm, urlParams, setUrl } = EW;
  const form = document.getElementById("filters");
  const box = document.getElementById("map");

  async function apply() {
    const p = formParams(form);
    setUrl(p);
    try {
      const res = await api("/map", Object.assign(apiFilters(p), { limit: 20000 }));
      const n = res.points.reduce((s, x) => s + x.n, 0);
      document.getElementById("count").textContent =
        `${n} events at ${res.points.length} places${res.truncated ? " (busiest places only)" : ""}`;
      await EW.worldMap(box, res.points, {
        onPlace: (pl) => { location.href = "/" + EW.query(Object.assign({}, p, { q: "" })); },
      });
    } catch (err) { EW.showError(box, err); }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.addEventListener("reset", () => setTimeout(apply, 0));
  fillForm(form, urlParams());
  apply();
})();
