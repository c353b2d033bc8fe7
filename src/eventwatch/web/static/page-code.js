/* Code an article: POST /api/code, then the text with who/what/whom/when/where highlighted and
   one card per event (hover a card to see only its spans). */
"use strict";

(() => {
  const { api, el } = EW;
  const form = document.getElementById("code-form");
  const textBox = document.getElementById("coded-text");
  const list = document.getElementById("coded-events");
  const ROLES = ["who", "what", "whom", "when", "where"];

  function render(res, only) {
    const spans = [];
    res.events.forEach((ev, i) => {
      if (only === undefined || only === i) for (const h of ev.highlights) spans.push(Object.assign({ ev: i }, h));
    });
    textBox.replaceChildren(EW.highlight(res.text, spans, (s) => ({ "data-event": s.ev, title: `${s.role} (event ${s.ev + 1})` })));
  }

  function roleText(ev, role) {
    const hs = ev.highlights.filter((h) => h.role === role).map((h) => h.text);
    const actor = role === "who" ? ev.source : role === "whom" ? ev.target : null;
    if (actor && actor.code) return `${actor.code} — ${actor.name}${hs.length ? "" : ` (“${actor.text}”)`}`;
    if (actor) return `“${actor.text}” (not coded)`;
    if (role === "what") return `${ev.cameo} ${ev.plover} (“${ev.trigger}”)`;
    if (role === "when") return `${ev.date || "—"} (${ev.date_precision})`;
    if (role === "where") return ev.location ? `${ev.location.name}${ev.location.country ? ", " + ev.location.country : ""}` : "—";
    return hs.join(", ") || "—";
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const button = form.querySelector("button");
    const body = { text: form.elements.text.value, date: form.elements.date.value || null };
    button.disabled = true;
    list.replaceChildren();
    textBox.replaceChildren(el("p", { class: "hint" }, "coding… (the first call loads the language model)"));
    try {
      const res = await api("/code", null, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body) });
      document.getElementById("count").textContent = `${res.events.length} found`;
      render(res);
      if (!res.events.length) list.append(el("li", { class: "hint" }, "No events coded in this text."));
      res.events.forEach((ev, i) => {
        const card = el("li", { "data-event": i },
          el("strong", {}, `${i + 1}. `), EW.quadDot(ev.quad_class), ev.plover, " ",
          el("span", { class: "modality " + ev.modality }, ev.modality),
          el("div", { class: "roles" }, ROLES.map((r) => [el("span", {}, el("mark", { class: "hl-" + r }, r)), el("span", {}, roleText(ev, r))])));
        card.addEventListener("mouseenter", () => { card.classList.add("active"); render(res, i); });
        card.addEventListener("mouseleave", () => { card.classList.remove("active"); render(res); });
        list.append(card);
      });
    } catch (err) {
      EW.showError(textBox, err);
    } finally {
      button.disabled = false;
    }
  });
})();
