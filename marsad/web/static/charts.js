/* Timeline (stacked bars per period and type) and actor network (circular layout), in plain SVG. */
"use strict";
(() => {
  const W = 960;
  function timelineChart(node, d) {
    const periods = d.periods, types = Object.keys(d.series);
    if (!periods.length) { node.textContent = "No dated events."; return; }
    const H = 300, pad = { l: 40, r: 10, t: 10, b: 50 };
    const totals = periods.map((p) => types.reduce((s, t) => s + (d.series[t][p] || 0), 0));
    const max = Math.max(1, ...totals);
    const bw = (W - pad.l - pad.r) / periods.length;
    const s = marsad.svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per period by type" });
    const step = max <= 8 ? 1 : Math.ceil(max / 4);
    for (let v = 0; v <= max; v += step) {
      const y = pad.t + (H - pad.t - pad.b) * (1 - v / max);
      s.append(marsad.svg("line", { x1: pad.l, x2: W - pad.r, y1: y, y2: y, stroke: "#eee" }));
      s.append(marsad.svg("text", { x: pad.l - 4, y: y + 4, "text-anchor": "end", "font-size": 10 }, String(v)));
    }
    periods.forEach((p, i) => {
      let y = H - pad.b;
      types.forEach((t) => {
        const n = d.series[t][p] || 0;
        if (!n) return;
        const h = (H - pad.t - pad.b) * n / max;
        y -= h;
        const r = marsad.svg("rect", { x: pad.l + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: marsad.typeColour(t), class: "bar" });
        r.append(marsad.svg("title", {}, `${p} ${t}: ${n}`));
        s.append(r);
      });
      if (periods.length < 30 || i % Math.ceil(periods.length / 20) === 0)
        s.append(marsad.svg("text", { x: pad.l + i * bw + bw / 2, y: H - pad.b + 12, "font-size": 9, "text-anchor": "end",
          transform: `rotate(-45 ${pad.l + i * bw + bw / 2} ${H - pad.b + 12})` }, p));
    });
    node.append(s);
    const legend = marsad.el("p", { class: "legend" });
    types.forEach((t) => legend.append(marsad.el("span", { class: "tag t-" + t, text: t }), " "));
    node.append(legend);
  }
  function networkChart(node, d) {
    const nodes = d.nodes.slice(0, 60);
    if (!nodes.length) { node.textContent = "No actor pairs (events with both a source and a recipient)."; return; }
    const H = 640, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 110;
    const pos = {};
    nodes.forEach((n, i) => {
      const a = 2 * Math.PI * i / nodes.length - Math.PI / 2;
      pos[n.id] = { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a };
    });
    const maxN = Math.max(1, ...d.edges.map((e) => e.count));
    const s = marsad.svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
    s.append(marsad.svg("defs", {}));
    d.edges.forEach((e) => {
      const a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      const top = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0][0];
      const path = a === b ? `M${a.x},${a.y} c 30,-40 60,0 0,0` : `M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}`;
      const p = marsad.svg("path", { d: path, fill: "none", stroke: marsad.typeColour(top), "stroke-opacity": 0.7,
        "stroke-width": 1 + 5 * e.count / maxN, class: "edge" });
      p.append(marsad.svg("title", {}, `${e.source} → ${e.target}: ${e.count} (${Object.entries(e.types).map(([k, v]) => k + " " + v).join(", ")})`));
      s.append(p);
    });
    const maxE = Math.max(1, ...nodes.map((n) => n.events));
    nodes.forEach((n) => {
      const p = pos[n.id];
      const g = marsad.svg("a", { href: "/actors/" + encodeURIComponent(n.id) });
      g.append(marsad.svg("circle", { cx: p.x, cy: p.y, r: 4 + 10 * Math.sqrt(n.events / maxE), fill: "#1f2d3d", class: "node" }));
      const right = Math.cos(p.a) >= 0;
      g.append(marsad.svg("text", { x: p.x + (right ? 14 : -14), y: p.y + 4, "font-size": 11, "text-anchor": right ? "start" : "end" }, n.name));
      s.append(g);
    });
    node.append(s);
  }
  const tl = document.getElementById("timeline-chart");
  if (tl) timelineChart(tl, marsad.readJSON("timeline-data"));
  const nw = document.getElementById("network");
  if (nw) networkChart(nw, marsad.readJSON("network-data"));
})();
