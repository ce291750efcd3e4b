"""Builders of hand-made Documents and event records for the storage tests (no extractor involved)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.doc import Document

DATA = Path(__file__).resolve().parent.parent / "data"


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.find(needle)
    if start < 0:
        raise ValueError(f"{needle!r} not in text")
    return start, start + len(needle)


def build_event(text: str, spec: dict[str, Any]) -> dict[str, Any]:
    """An event record in the spec's shape from a compact description with span *texts*."""
    t0, t1 = _span(text, spec["trigger"])
    actors = {}
    for role in ("source", "recipient"):
        actors[role] = []
        for surface, actor_id in spec.get(role, []):
            s, e = _span(text, surface)
            actors[role].append(
                {"text": surface, "actor": actor_id, "name_en": actor_id, "start": s, "end": e}
            )
    location = None
    if spec.get("place"):
        surface, name_en, admin1, admin2, lat, lon, prec = spec["place"]
        s, e = _span(text, surface)
        location = {
            "text": surface,
            "start": s,
            "end": e,
            "geonameid": None,
            "name_en": name_en,
            "admin1": admin1,
            "admin2": admin2,
            "country": "SY",
            "lat": lat,
            "lon": lon,
            "geo_precision": prec,
        }
    value, tp = spec.get("date") or (None, 3)
    sentence_end = text.find(".", t0)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return {
        "type": spec["type"],
        "mode": spec.get("mode"),
        "acled": None,
        **actors,
        "location": location,
        "date": {"text": "", "value": value, "precision": "day", "time_precision": tp},
        "attribution": [
            dict(zip(("text", "kind"), a, strict=True))
            | dict(zip(("start", "end"), _span(text, a[0]), strict=True))
            for a in spec.get("attribution", [])
        ],
        "factuality": spec.get("factuality", "asserted"),
        "fatalities": spec.get("fatalities"),
        "evidence": {
            "sentence": 0,
            "start": 0,
            "end": sentence_end,
            "trigger": {"text": spec["trigger"], "start": t0, "end": t1},
        },
        "confidence": spec.get("confidence", 0.8),
    }


def dedup_articles() -> list[tuple[Document, list[str]]]:
    """The dedup test articles as Documents with events, and each event's expected group key."""
    data = json.loads((DATA / "dedup" / "articles.json").read_text(encoding="utf-8"))
    out = []
    for art in data["articles"]:
        doc = Document(text=art["text"], id=art["id"], published=art["published"], outlet=art["outlet"])
        doc.events = [build_event(art["text"], ev) for ev in art["events"]]
        for i, ev in enumerate(doc.events):
            ev["id"] = f"{doc.id}#{i}"
        out.append((doc, [ev["key"] for ev in art["events"]]))
    return out


def simple_doc(doc_id: str, text: str, events: list[dict[str, Any]] | None = None, **meta: Any) -> Document:
    """A Document with hand-built events (compact specs as in dedup/articles.json)."""
    doc = Document(text=text, id=doc_id, **meta)
    doc.events = [build_event(text, ev) for ev in events or []]
    return doc
