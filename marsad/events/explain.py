"""Explanations of extracted events for reviewers (pure; rendered by ``marsad explain``).

``explain(text, event)`` turns one event record into a title, the evidence
segments (with the trigger and the argument spans marked) and one line per
argument saying what was chosen and why (the ``why`` key the extractor stores).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Explanation:
    """What ``marsad explain`` prints for one event."""

    title: str
    segments: list[list[tuple[str, str]]] = field(default_factory=list)  # per evidence span: (text, role)
    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (field, value, why)


def _marks(event: dict[str, Any]) -> list[tuple[int, int, str]]:
    ev = event.get("evidence") or {}
    out = []
    for t in [ev.get("trigger") or {}, *(ev.get("triggers") or [])]:
        if "start" in t:
            out.append((t["start"], t["end"], "trigger"))
    for role in ("source", "recipient", "attribution"):
        for a in event.get(role) or []:
            if "start" in a:
                out.append((a["start"], a["end"], role))
    for key, role in (("location", "location"), ("date", "date")):
        a = event.get(key) or {}
        if a.get("start") is not None and a.get("end") is not None:
            out.append((a["start"], a["end"], role))
    return sorted(out)


def _segment(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    pos = start
    for a, b, role in marks:
        if b <= pos or a >= end or a < pos:
            continue
        if a > pos:
            parts.append((text[pos:a], ""))
        parts.append((text[a : min(b, end)], role))
        pos = min(b, end)
    if pos < end:
        parts.append((text[pos:end], ""))
    return parts


def _names(args: list[dict[str, Any]] | None) -> str:
    return "; ".join(
        f"{a.get('text')}" + (f" [{a['actor']}]" if a.get("actor") else "") + (f" ({a['name_en']})" if a.get("name_en") else "")
        for a in args or []
    ) or "—"


def explain(text: str, event: dict[str, Any]) -> Explanation:
    """The explanation of one event record over the document ``text``."""
    why = event.get("why") or {}
    ev = event.get("evidence") or {}
    title = (
        f"{event.get('id')}  {event.get('type')}/{event.get('mode') or '-'}  "
        f"factuality={event.get('factuality')}  confidence={event.get('confidence')}"
    )
    out = Explanation(title=title)
    marks = _marks(event)
    spans = [(ev.get("start", 0), ev.get("end", 0))] + [tuple(s) for s in ev.get("spans") or []]
    for a, b in spans:
        out.segments.append(_segment(text, int(a), int(b), marks))

    def j(x: Any) -> str:
        return "; ".join(x) if isinstance(x, list) else str(x or "")

    loc = event.get("location") or {}
    date = event.get("date") or {}
    acled = event.get("acled")
    out.lines = [
        ("trigger", (ev.get("trigger") or {}).get("text", ""), j(why.get("trigger"))),
        ("source", _names(event.get("source")), j(why.get("actors"))),
        ("recipient", _names(event.get("recipient")), ""),
        ("location", f"{loc.get('text', '—')} {('(' + loc['name_en'] + ')') if loc.get('name_en') else ''}".strip(),
         j(why.get("location"))),
        ("date", f"{date.get('value') or '—'} {date.get('precision', '')}".strip(), j(why.get("date"))),
        ("fatalities", "—" if event.get("fatalities") is None else str(event["fatalities"]), j(why.get("fatalities"))),
        ("attribution", "; ".join(f"{a['text']} ({a['kind']})" for a in event.get("attribution") or []) or "—",
         j(why.get("attribution"))),
        ("factuality", str(event.get("factuality")), j(why.get("factuality"))),
        ("acled", f"{acled['event_type']} / {acled['sub_event_type']}" if acled else "—", ""),
    ]
    if why.get("merged"):
        out.lines.append(("merged", f"{len(why['merged'])} more mention(s)", j(why["merged"])))
    return out
