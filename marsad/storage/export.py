"""Exports of stored events: ACLED-style CSV, GeoJSON, JSON Lines, PLOVER JSON, GEXF actor network.

Every exporter takes the same :class:`~marsad.storage.filters.EventFilter` and
writes to an open text stream, returning the number of events written.
Reviewer fixes are included (the effective record), rejected events are not.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from marsad.errors import StoreError
from marsad.storage.filters import EventFilter
from marsad.storage.store import Store

JSON = dict[str, Any]

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

# Country facts for the ACLED columns (ISO 3166 alpha-2 → alpha-3, numeric, English name, ACLED region).
COUNTRIES: dict[str, tuple[str, int, str, str]] = {
    "SY": ("SYR", 760, "Syria", "Middle East"),
    "IQ": ("IRQ", 368, "Iraq", "Middle East"),
    "LB": ("LBN", 422, "Lebanon", "Middle East"),
    "JO": ("JOR", 400, "Jordan", "Middle East"),
    "TR": ("TUR", 792, "Turkey", "Middle East"),
    "IL": ("ISR", 376, "Israel", "Middle East"),
    "PS": ("PSE", 275, "Palestine", "Middle East"),
    "YE": ("YEM", 887, "Yemen", "Middle East"),
    "SA": ("SAU", 682, "Saudi Arabia", "Middle East"),
    "IR": ("IRN", 364, "Iran", "Middle East"),
    "KW": ("KWT", 414, "Kuwait", "Middle East"),
    "BH": ("BHR", 48, "Bahrain", "Middle East"),
    "QA": ("QAT", 634, "Qatar", "Middle East"),
    "AE": ("ARE", 784, "United Arab Emirates", "Middle East"),
    "OM": ("OMN", 512, "Oman", "Middle East"),
    "EG": ("EGY", 818, "Egypt", "Northern Africa"),
    "LY": ("LBY", 434, "Libya", "Northern Africa"),
    "SD": ("SDN", 729, "Sudan", "Northern Africa"),
    "TN": ("TUN", 788, "Tunisia", "Northern Africa"),
    "DZ": ("DZA", 12, "Algeria", "Northern Africa"),
    "MA": ("MAR", 504, "Morocco", "Northern Africa"),
}

ACLED_FACTUALITY = ("asserted", "reported")

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# PLOVER type (and mode) → ACLED type/sub-type when the record carries no ACLED view.
_ASSAULT_MODE = {
    "aerial": ("Explosions/Remote violence", "Air/drone strike"),
    "heavy-weapons": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosives": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide-attack": ("Explosions/Remote violence", "Suicide bomb"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual": ("Violence against civilians", "Sexual violence"),
}
_TYPE_FALLBACK = {
    "PROTEST": ("Protests", "Peaceful protest"),
    "COERCE": ("Strategic developments", "Arrests"),
    "AGREE": ("Strategic developments", "Agreement"),
    "RETREAT": ("Strategic developments", "Non-violent transfer of territory"),
    "MOBILIZE": ("Strategic developments", "Other"),
}


def acled_types(record: JSON) -> tuple[str, str] | None:
    """ACLED (event_type, sub_event_type) of a record: its ACLED view, else a mapping from PLOVER; None when
    the event is not an ACLED event (meetings, statements)."""
    view = record.get("acled")
    if isinstance(view, dict) and view.get("event_type"):
        return str(view["event_type"]), str(view.get("sub_event_type") or "")
    typ, mode = record.get("type"), record.get("mode")
    if typ == "ASSAULT":
        if mode in _ASSAULT_MODE:
            return _ASSAULT_MODE[mode]
        if len(record.get("source") or []) >= 2 and not record.get("recipient"):
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if typ == "PROTEST" and mode == "riot":
        return "Riots", "Violent demonstration"
    return _TYPE_FALLBACK.get(str(typ))


def _name(actor: JSON) -> str:
    return str(actor.get("name_en") or actor.get("text") or actor.get("actor") or "")


def _outlets(store: Store) -> dict[str, list[str]]:
    return {c["id"]: list(c["outlets"] or []) for c in store.canonical_events()}


def actor_inter(actor: JSON) -> int | None:
    """ACLED's actor-type code (1 state forces … 8 external/other) of an event actor, from the actor
    dictionary's category; None for actors the dictionary does not know."""
    from marsad.kb.store import ACLED_INTER, default_kb

    known = default_kb().actor(actor["actor"]) if actor.get("actor") else None
    return ACLED_INTER.get(known.category) if known else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code (lower code first; ``10 * inter1`` for a sole actor)."""
    if inter1 and inter2:
        return int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
    return inter1 * 10 if inter1 else None


def acled_row(row: JSON, *, outlets: list[str] | None = None) -> JSON | None:
    """One ACLED CSV row for a stored event row (None when it is not an ACLED event)."""
    rec = row["record"]
    types = acled_types(rec)
    if types is None:
        return None
    event_type, sub_type = types
    loc = rec.get("location") or {}
    date = rec.get("date") or {}
    iso3, num, cname, region = COUNTRIES.get(
        str(loc.get("country") or ""), ("", "", loc.get("country") or "", "")
    )
    src, dst = list(rec.get("source") or []), list(rec.get("recipient") or [])
    if not dst and len(src) >= 2:  # two-sided fight: both sides are sources in PLOVER, actor1/actor2 in ACLED
        dst = [src.pop(1)]
    view = rec.get("acled") if isinstance(rec.get("acled"), dict) else {}
    evidence = rec.get("evidence") if isinstance(rec.get("evidence"), dict) else {}
    trigger = (evidence or {}).get("trigger") or {}
    inter1 = view.get("inter1") or (actor_inter(src[0]) if src else None)
    inter2 = view.get("inter2") or (actor_inter(dst[0]) if dst else None)
    civ = view.get("civilian_targeting") or (
        "Civilian targeting" if event_type == "Violence against civilians" else ""
    )
    tags = [f"factuality={rec.get('factuality')}", f"marsad_type={rec.get('type')}"]
    if rec.get("mode"):
        tags.append(f"mode={rec['mode']}")
    created = row.get("created") or ""
    try:
        timestamp: int | str = int(datetime.fromisoformat(created).timestamp())
    except ValueError:
        timestamp = ""
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}-{row['id']}",
        "event_date": row.get("date") or "",
        "year": (row.get("date") or "")[:4],
        "time_precision": date.get("time_precision") or "",
        "disorder_type": DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": _name(src[0]) if src else "",
        "assoc_actor_1": "; ".join(_name(a) for a in src[1:]),
        "inter1": inter1 or "",
        "actor2": _name(dst[0]) if dst else "",
        "assoc_actor_2": "; ".join(_name(a) for a in dst[1:]),
        "inter2": inter2 or "",
        "interaction": view.get("interaction") or interaction(inter1, inter2) or "",
        "civilian_targeting": civ,
        "iso": num,
        "region": region,
        "country": cname,
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": loc.get("admin3") or "",
        "location": loc.get("name_en") or loc.get("text") or "",
        "latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "longitude": loc.get("lon") if loc.get("lon") is not None else "",
        "geo_precision": loc.get("geo_precision") or "",
        "source": "; ".join(outlets or ([row["outlet"]] if row.get("outlet") else [])),
        "source_scale": "",
        "notes": f"{rec.get('type')} ({trigger.get('text') or ''}) reported by {row.get('outlet') or 'unknown'}"
        f" on {(row.get('published') or '')[:10]}; article {row.get('article_id')}",
        "fatalities": rec.get("fatalities") or 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp,
    }


def export_acled_csv(store: Store, out: TextIO, *, f: EventFilter | None = None) -> int:
    """ACLED-style CSV (ACLED's columns and order).

    Events without an ACLED type (meetings, statements) are left out, and so, unless the filter asks
    for a factuality, are events the text does not present as having happened (negated, planned,
    hypothetical, generic, historical), as ACLED codes only events that took place.
    """
    if f is None or not f.factuality:
        f = dataclasses.replace(f or EventFilter(), factuality=list(ACLED_FACTUALITY))
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    outlets = _outlets(store)
    n = 0
    for row in store.iter_events(f):
        line = acled_row(row, outlets=outlets.get(row.get("canonical_id") or ""))
        if line:
            writer.writerow(line)
            n += 1
    return n


def export_geojson(store: Store, out: TextIO, *, f: EventFilter | None = None) -> int:
    """A GeoJSON FeatureCollection of the geocoded events (Point features, [lon, lat])."""
    outlets = _outlets(store)
    features = []
    for row in store.iter_events(f):
        if row["lat"] is None or row["lon"] is None:
            continue
        rec = row["record"]
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": {
                    "id": row["id"],
                    "type": row["type"],
                    "mode": row["mode"],
                    "date": row["date"],
                    "time_precision": row["date_precision"],
                    "geo_precision": row["geo_precision"],
                    "country": row["country"],
                    "admin1": row["admin1"],
                    "location": row["location"],
                    "fatalities": row["fatalities"],
                    "factuality": row["factuality"],
                    "review_state": row["review_state"],
                    "article_id": row["article_id"],
                    "outlet": row["outlet"],
                    "canonical_id": row["canonical_id"],
                    "outlets": outlets.get(
                        row["canonical_id"] or "", [row["outlet"]] if row["outlet"] else []
                    ),
                    "source": [_name(a) for a in rec.get("source") or []],
                    "recipient": [_name(a) for a in rec.get("recipient") or []],
                },
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def export_jsonl(store: Store, out: TextIO, *, f: EventFilter | None = None) -> int:
    """One event record (spec shape, reviewer fixes applied) per line, plus its article and review state."""
    n = 0
    for row in store.iter_events(f):
        rec = {
            **row["record"],
            "article_id": row["article_id"],
            "outlet": row["outlet"],
            "published": row["published"],
            "review_state": row["review_state"],
            "canonical_id": row["canonical_id"],
        }
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def plover_record(row: JSON) -> JSON:
    """A PLOVER-style record (field names after the PLOVER data interchange format)."""
    rec = row["record"]
    loc = rec.get("location") or {}
    date = rec.get("date") or {}
    src, tgt = rec.get("source") or [], rec.get("recipient") or []
    evidence = rec.get("evidence") if isinstance(rec.get("evidence"), dict) else {}
    return {
        "id": row["id"],
        "date": row["date"],
        "date_precision": date.get("precision"),
        "event": rec.get("type"),
        "mode": rec.get("mode"),
        "context": rec.get("context") or [],
        "srcActor": [a.get("actor") for a in src],
        "srcName": [_name(a) for a in src],
        "srcText": [a.get("text") for a in src],
        "tgtActor": [a.get("actor") for a in tgt],
        "tgtName": [_name(a) for a in tgt],
        "tgtText": [a.get("text") for a in tgt],
        "placename": loc.get("name_en") or loc.get("text"),
        "statename": loc.get("admin1"),
        "countrycode": loc.get("country"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": loc.get("geo_precision"),
        "fatalities": rec.get("fatalities"),
        "factuality": rec.get("factuality"),
        "confidence": rec.get("confidence"),
        "trigger": ((evidence or {}).get("trigger") or {}).get("text"),
        "publisher": row.get("outlet"),
        "story_id": row.get("article_id"),
        "story_date": (row.get("published") or "")[:10] or None,
        "canonical_id": row.get("canonical_id"),
    }


def export_plover(store: Store, out: TextIO, *, f: EventFilter | None = None) -> int:
    """PLOVER JSON: ``{"format": "PLOVER", "events": [...]}``."""
    events = [plover_record(row) for row in store.iter_events(f)]
    json.dump(
        {"format": "PLOVER", "version": "marsad-1", "events": events}, out, ensure_ascii=False, indent=1
    )
    out.write("\n")
    return len(events)


def export_gexf(store: Store, out: TextIO, *, f: EventFilter | None = None) -> int:
    """GEXF 1.3 directed actor network for Gephi: actors as nodes, source→recipient edges weighted by
    the number of events, with the event types on each edge.  Returns the number of events counted."""
    links = store.actor_links(f)
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": datetime.now(UTC).date().isoformat()})
    ET.SubElement(meta, "creator").text = "marsad"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    attrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    ET.SubElement(attrs, "attribute", {"id": "types", "title": "event types", "type": "string"})
    nodes_el = ET.SubElement(graph, "nodes")
    edges_el = ET.SubElement(graph, "edges")
    names: dict[str, str] = {}
    edges: dict[tuple[str, str], dict[str, int]] = {}
    for link in links:
        names.setdefault(link["source"], link["source_name"] or link["source"])
        names.setdefault(link["recipient"], link["recipient_name"] or link["recipient"])
        edges.setdefault((link["source"], link["recipient"]), {})[link["type"] or ""] = link["count"]
    ids = {key: f"n{i}" for i, key in enumerate(sorted(names))}
    for key in sorted(names):
        ET.SubElement(nodes_el, "node", {"id": ids[key], "label": names[key]})
    total = 0
    for i, ((s, r), types) in enumerate(sorted(edges.items())):
        weight = sum(types.values())
        total += weight
        edge = ET.SubElement(
            edges_el,
            "edge",
            {"id": f"e{i}", "source": ids[s], "target": ids[r], "weight": str(float(weight))},
        )
        values = ET.SubElement(edge, "attvalues")
        ET.SubElement(
            values,
            "attvalue",
            {"for": "types", "value": ", ".join(f"{k}:{v}" for k, v in sorted(types.items()))},
        )
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return total


EXPORTERS: dict[str, Callable[..., int]] = {
    "acled-csv": export_acled_csv,
    "geojson": export_geojson,
    "jsonl": export_jsonl,
    "plover": export_plover,
    "gexf": export_gexf,
}


def export(store: Store, fmt: str, out: TextIO, *, f: EventFilter | None = None) -> int:
    """Write events in a format (acled-csv, geojson, jsonl, plover, gexf); returns how many were written.

    Raises:
        StoreError: unknown format.
    """
    try:
        fn = EXPORTERS[fmt]
    except KeyError:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTERS)}") from None
    return fn(store, out, f=f)
