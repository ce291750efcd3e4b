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
  const col = Object.fromEntries(data.columns.map((c, i) => [c, i]));
  const cluster = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 40, spiderfyOnMaxZoom: true });
  const markers = data.rows.map((r) => {
    const prec = r[col.geo_precision] || 1;
    const fat = r[col.fatalities] || 0;
    const colour = marsad.typeColour(r[col.type]);
    const m = L.circleMarker([r[col.lat], r[col.lon]], {
      radius: Math.min(22, 5 + 2.2 * Math.sqrt(fat)),
      color: colour, weight: prec === 1 ? 1 : 2,
      fillColor: colour, fillOpacity: prec === 1 ? 0.8 : prec === 2 ? 0.35 : 0,
      dashArray: prec === 1 ? null : "4 3",
      className: "pt prec-" + prec,
    });
    m.eventId = r[col.id];
    m.bindTooltip(() => marsad.el("span", { dir: "auto", text:
      `${r[col.type]} · ${r[col.date] || "no date"} · ${r[col.location] || ""}` + (fat ? ` · ${fat} killed` : "") + ` · precision ${prec} · ${r[col.review_state]}` }));
    m.on("click", () => { location.href = "/events/" + encodeURIComponent(m.eventId); });
    return m;
  });
  cluster.addLayers(markers);
  map.addLayer(cluster);
  box.dataset.points = String(markers.length);
  document.getElementById("map-count").textContent = `${markers.length} located events` + (data.unlocated ? `, ${data.unlocated} without a place` : "");
  window.marsadMap = { map, cluster, markers };
})();
