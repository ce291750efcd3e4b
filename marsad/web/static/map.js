/* Map page: bundled boundaries (no tile server), clustered event points coloured by type. */
"use strict";
(async () => {
  const box = document.getElementById("map");
  const map = L.map(box, { preferCanvas: true, zoomSnap: 0.5, minZoom: 4, maxZoom: 14 }).setView([35.0, 38.5], 6.5);
  map.attributionControl.addAttribution("Boundaries: Natural Earth (public domain)");
  const [countries, admin1] = await Promise.all([
    fetch("/static/geo/countries.geojson").then((r) => r.json()),
    fetch("/static/geo/sy_admin1.geojson").then((r) => r.json()),
  ]);
  L.geoJSON(countries, {
    style: (f) => ({ color: "#777", weight: 1, fillColor: f.id === "SYR" ? "#fbfbf3" : "#eceae2", fillOpacity: 1 }),
    interactive: false,
  }).addTo(map);
  const gov = L.geoJSON(admin1, { style: { color: "#9a8f7a", weight: 1, dashArray: "3 3", fill: false } }).addTo(map);
  gov.eachLayer((l) => l.bindTooltip(() => marsad.el("span", { text: l.feature.properties.name }), { sticky: true }));
  map.fitBounds(gov.getBounds(), { padding: [10, 10] });
  box.dataset.regions = String(gov.getLayers().length);

  const data = await marsad.api("GET", box.dataset.api);
  performance.mark("marsad-map-data");
  const col = Object.fromEntries(data.columns.map((c, i) => [c, i]));
  let markers = [];
  let shown = 0;
  const done = () => {
    performance.mark("marsad-map-done");
    box.dataset.points = String(shown);
    document.getElementById("map-count").textContent =
      `${shown} located events` + (data.unlocated ? `, ${data.unlocated} without a place` : "");
  };
  // Events at the same coordinates with the same type and precision share one marker (n events):
  // real data repeats town coordinates a lot, and markercluster's cost grows with the marker count.
  const stacks = new Map();
  for (const r of data.rows) {
    const key = `${r[col.lat]},${r[col.lon]},${r[col.type]},${r[col.geo_precision] || 1}`;
    const s = stacks.get(key);
    if (s) s.push(r); else stacks.set(key, [r]);
  }
  const count = (m) => m.rows.length;
  const cluster = L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 400, maxClusterRadius: 40, spiderfyOnMaxZoom: true,
    chunkProgress: (processed, total) => { if (total && processed === total) done(); },
    iconCreateFunction: (c) => {
      const n = c.getAllChildMarkers().reduce((a, m) => a + count(m), 0);
      const size = n < 10 ? "small" : n < 100 ? "medium" : "large";
      return L.divIcon({ html: `<div><span>${n}</span></div>`, className: `marker-cluster marker-cluster-${size}`,
        iconSize: L.point(40, 40) });
    },
  });
  map.addLayer(cluster);
  for (const rows of stacks.values()) {
    const r = rows[0];
    const prec = r[col.geo_precision] || 1;
    const fat = rows.reduce((a, x) => a + (x[col.fatalities] || 0), 0);
    const colour = marsad.typeColour(r[col.type]);
    const m = L.circleMarker([r[col.lat], r[col.lon]], {
      radius: Math.min(22, 5 + 2.2 * Math.sqrt(fat) + (rows.length > 1 ? 2 : 0)),
      color: colour, weight: prec === 1 ? 1 : 2,
      fillColor: colour, fillOpacity: prec === 1 ? 0.8 : prec === 2 ? 0.35 : 0,
      dashArray: prec === 1 ? null : "4 3",
    });
    m.rows = rows;
    markers.push(m);
    shown += rows.length;
  }
  const label = (x) => {
    const fat = x[col.fatalities] || 0;
    return `${x[col.type]} · ${x[col.date] || "no date"} · ${x[col.location] || ""}` + (fat ? ` · ${fat} killed` : "") +
      ` · precision ${x[col.geo_precision] || 1} · ${x[col.review_state]}`;
  };
  const reviewUrl = (x) => "/events/" + encodeURIComponent(x[col.id]);
  // one handler for all markers; tooltips and popups are made on demand
  cluster.on("click", (e) => {
    const m = e.layer;
    if (m.rows.length === 1) { location.href = reviewUrl(m.rows[0]); return; }
    const list = marsad.el("ul", { class: "stack" });
    m.rows.slice(0, 200).forEach((x) => list.append(marsad.el("li", {}, marsad.el("a", { href: reviewUrl(x), dir: "auto", text: label(x) }))));
    const box2 = marsad.el("div", {}, marsad.el("b", { text: `${m.rows.length} events here` }), list);
    m.bindPopup(box2, { maxHeight: 300 }).openPopup();
  });
  cluster.on("mouseover", (e) => {
    const m = e.layer;
    if (!m.getTooltip()) {
      const text = m.rows.length === 1 ? label(m.rows[0]) : `${m.rows.length} events: ${label(m.rows[0])} …`;
      m.bindTooltip(marsad.el("span", { dir: "auto", text }));
      m.openTooltip();
    }
  });
  cluster.addLayers(markers);
  if (!markers.length) done();
  window.marsadMap = {
    map, cluster, markers,
    find: (id) => markers.find((m) => m.rows.some((x) => x[col.id] === id)),
  };
})();
