/* Ingest page: upload or paste, then poll the job's progress from the runs table. */
"use strict";
(() => {
  const upload = document.getElementById("upload-form");
  const paste = document.getElementById("paste-form");
  const table = document.querySelector("#runs tbody");
  function row(r) {
    const cells = [r.id, r.kind, r.status, `${r.processed}/${r.total === null ? "?" : r.total}`, r.stored, r.skipped, r.failed, r.events, r.started, r.message || ""];
    const tr = marsad.el("tr", { "data-run": r.id });
    cells.forEach((c, i) => tr.append(marsad.el("td", { class: i === 2 ? "status " + r.status : null, text: String(c) })));
    return tr;
  }
  async function poll(runId) {
    const r = await marsad.api("GET", "/api/runs/" + encodeURIComponent(runId));
    const old = table.querySelector(`tr[data-run="${CSS.escape(runId)}"]`);
    const tr = row(r);
    if (old) old.replaceWith(tr); else table.prepend(tr);
    if (r.status === "running") setTimeout(() => poll(runId), 700);
  }
  if (upload) upload.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = await marsad.api("POST", "/api/ingest/files", new FormData(upload));
    poll(out.run_id);
  });
  if (paste) paste.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(paste);
    const body = { text: f.get("text"), title: f.get("title") || null, published: f.get("published") || null, outlet: f.get("outlet") || null };
    const out = await marsad.api("POST", "/api/ingest/text", body);
    poll(out.run_id);
  });
  table.querySelectorAll("tr[data-run]").forEach((tr) => {
    if (tr.querySelector(".status.running")) poll(tr.dataset.run);
  });
})();
