/* marsad: helpers shared by the pages (no framework). */
"use strict";
const marsad = (() => {
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  async function api(method, url, body) {
    const opts = { method, headers: { "Accept": "application/json" }, credentials: "same-origin" };
    if (method !== "GET") opts.headers["X-CSRF-Token"] = csrf();
    if (body instanceof FormData) opts.body = body;
    else if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    const r = await fetch(url, opts);
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.detail ? JSON.stringify(data.detail) : r.statusText);
    return data;
  }
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else if (v !== null && v !== undefined) e.setAttribute(k, v);
    }
    for (const k of kids) e.append(k);
    return e;
  }
  const svgNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const TYPE_COLOURS = {};
  function typeColour(t) {
    if (!(t in TYPE_COLOURS)) {
      const v = getComputedStyle(document.documentElement).getPropertyValue("--c-" + t).trim();
      TYPE_COLOURS[t] = v || "#888";
    }
    return TYPE_COLOURS[t];
  }
  function readJSON(id) { const n = document.getElementById(id); return n ? JSON.parse(n.textContent) : null; }
  return { api, el, svg, typeColour, readJSON, csrf };
})();
