"""Terminal rendering helpers shared by the commands (rich tables)."""

from __future__ import annotations

from typing import Any

from rich.table import Table


def _actors(items: list[dict[str, Any]] | None) -> str:
    return "; ".join(a.get("name_en") or a.get("text") or "?" for a in items or [])


def events_table(rows: list[dict[str, Any]], *, title: str = "events") -> Table:
    """A table of stored event rows (``Store.events()``) or bare event records."""
    table = Table(title=title, show_lines=False)
    for col in ("id", "type", "date", "place", "source → recipient", "factuality", "killed", "canonical"):
        table.add_column(col, overflow="fold")
    for r in rows:
        rec = r.get("record", r)
        loc = rec.get("location") or {}
        date = (rec.get("date") or {}).get("value") or ""
        table.add_row(
            str(rec.get("id", "")),
            f"{rec.get('type', '')}/{rec.get('mode') or '-'}",
            str(date),
            str(loc.get("name_en") or loc.get("text") or ""),
            f"{_actors(rec.get('source'))} → {_actors(rec.get('recipient'))}",
            str(rec.get("factuality", "")),
            "" if rec.get("fatalities") is None else str(rec["fatalities"]),
            str(r.get("canonical_id") or ""),
        )
    return table
