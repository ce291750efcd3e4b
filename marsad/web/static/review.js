/* Review page: edit fields, search actors and places, decide; keyboard shortcuts. */
"use strict";
(() => {
  const D = marsad.readJSON("review-data");
  const form = document.getElementById("review-form");
  const status = document.getElementById("review-status");
  const go = (id) => { if (id) location.href = "/events/" + encodeURIComponent(id); };
  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT") ) {
      if (ev.key === "Escape") t.blur();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "j") go(D.next);
    else if (ev.key === "k") go(D.prev);
    else if (!form) return;
    else if (ev.key === "a") decide("accept");
    else if (ev.key === "r") decide("reject");
    else if (ev.key === "f") decide("fix");
    else if (ev.key === "/") { ev.preventDefault(); document.getElementById("place-search").focus(); }
  });
  if (!form) return;

  const cur = D.current || {};
  const actors = { source: (cur.source || []).slice(), recipient: (cur.recipient || []).slice() };
  let place = cur.location || null;

  function renderChips(role) {
    const box = document.querySelector(`.chips[data-role="${role}"]`);
    box.replaceChildren();
    actors[role].forEach((a, i) => {
      const label = (a.name_en || a.text || a.actor || "?") + (a.actor ? ` [${a.actor}]` : "");
      const x = marsad.el("button", { type: "button", title: "remove", text: "×" });
      x.addEventListener("click", () => { actors[role].splice(i, 1); renderChips(role); });
      box.append(marsad.el("span", { class: "chip", dir: "auto" }, label, x));
    });
  }
  function renderPlace() {
    const box = document.getElementById("place-current");
    box.textContent = place ? [place.name_en || place.text, place.admin1, place.country].filter(Boolean).join(", ") +
      (place.geo_precision ? ` (precision ${place.geo_precision})` : "") : "no place";
  }
  renderChips("source"); renderChips("recipient"); renderPlace();

  function suggester(input, list, url, label, pick) {
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (!q) { list.replaceChildren(); return; }
        const data = await marsad.api("GET", url + encodeURIComponent(q));
        list.replaceChildren(...data.results.map((r) => {
          const li = marsad.el("li", { dir: "auto", text: label(r) });
          li.addEventListener("click", () => { pick(r); list.replaceChildren(); input.value = ""; });
          return li;
        }));
      }, 150);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { ev.preventDefault(); const first = list.querySelector("li"); if (first) first.click(); }
    });
  }
  document.querySelectorAll(".actor-search").forEach((input) => {
    const role = input.dataset.role;
    suggester(input, input.nextElementSibling, "/api/search/actors?q=",
      (r) => (r.name_en || r.text || r.actor) + (r.actor ? ` [${r.actor}]` : "") + (r.type ? ` · ${r.type}` : ""),
      (r) => { actors[role].push({ text: r.text || r.name_en || r.actor, actor: r.actor || null, name_en: r.name_en || null }); renderChips(role); });
  });
  suggester(document.getElementById("place-search"), document.getElementById("place-suggest"), "/api/search/places?q=",
    (r) => [r.name_ar, r.name_en, r.admin1, r.country].filter(Boolean).join(" · ") + ` (${r.feature || "place"})`,
    (r) => {
      const keep = place ? { text: place.text, start: place.start, end: place.end } : { text: r.name_ar || r.name_en };
      place = { ...keep, place_id: r.place_id, geonameid: r.geonameid, name_en: r.name_en, admin1: r.admin1, admin2: r.admin2,
        country: r.country, lat: r.lat, lon: r.lon, geo_precision: r.geo_precision };
      renderPlace();
    });

  const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
  function changes() {
    const f = new FormData(form);
    const out = {};
    const fatInput = form.elements.fatalities;
    const fat = fatInput.value === fatInput.defaultValue ? (cur.fatalities ?? "") : f.get("fatalities");
    const wanted = {
      type: f.get("type"),
      mode: f.get("mode") || null,
      factuality: f.get("factuality"),
      fatalities: fat === "" || fat === null ? null : parseInt(fat, 10),
      source: actors.source,
      recipient: actors.recipient,
      location: place,
    };
    // compare with what the page showed: a month-precision date ("2024-03") cannot show in a date input
    const dateInput = form.elements.date;
    const oldDate = cur.date || null;
    if (dateInput.value !== dateInput.defaultValue) {
      wanted.date = dateInput.value ? { ...(oldDate || {}), value: dateInput.value, precision: "day", time_precision: 1 } : null;
    }
    for (const [k, v] of Object.entries(wanted)) if (!same(v, cur[k])) out[k] = v;
    return out;
  }
  async function decide(kind) {
    const ch = kind === "reject" ? {} : changes();
    const decision = kind === "reject" ? "reject" : (Object.keys(ch).length ? "fix" : "accept");
    status.textContent = "saving…";
    try {
      const out = await marsad.api("POST", "/api/review/" + encodeURIComponent(D.id),
        { decision, changes: decision === "fix" ? ch : null, note: new FormData(form).get("note") || null });
      status.textContent = `${decision} saved (${out.review_state}).`;
      document.getElementById("state").textContent = out.review_state;
      document.getElementById("state").className = "state " + out.review_state;
      setTimeout(() => location.reload(), 400);
    } catch (e) {
      status.textContent = "Not saved: " + e.message;
    }
  }
  document.getElementById("btn-accept").addEventListener("click", () => decide("accept"));
  document.getElementById("btn-fix").addEventListener("click", () => decide("fix"));
  document.getElementById("btn-reject").addEventListener("click", () => decide("reject"));
})();
