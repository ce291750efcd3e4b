"""Look-ups the review page and the export use: actor and place search, and export formats.

They call other areas' public functions (the knowledge base, the gazetteer,
the store's exporters) read-only, and fall back to what the store itself holds
when one of them is missing, so the web app runs on a bare store.
"""

from __future__ import annotations

import hashlib
import io
import logging
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from marsad.errors import MarsadError
from marsad.storage import schema as t
from marsad.storage.filters import EventFilter
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

JSON = dict[str, Any]


def pasted_id(text: str) -> str:
    """A stable id for a pasted article (from its content)."""
    return "pasted-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=4096)
def actor_info(actor_id: str) -> tuple[str, str] | None:
    """``(English name, actor type)`` of a knowledge-base actor, or None when unknown."""
    try:
        from marsad.kb.store import default_kb

        actor = default_kb().actor(actor_id)
    except (ImportError, MarsadError) as e:
        log.warning("actor knowledge base unavailable: %s", e)
        return None
    if actor is None:
        return None
    return actor.name_en, f"{actor.type}, {actor.category}"


def search_actors(store: Any, q: str, *, limit: int = 20) -> list[JSON]:
    """Actors matching ``q``: the knowledge base first, then actors already seen in the store."""
    out: list[JSON] = []
    seen: set[str] = set()
    if q.strip():
        try:
            from marsad.kb.store import default_kb

            hits = default_kb().search(q, limit=limit * 2)
        except (ImportError, MarsadError) as e:
            log.warning("actor knowledge base unavailable: %s", e)
            hits = []
        for h in hits:
            if h.kind != "actor" or h.id in seen:
                continue
            seen.add(h.id)
            entry = h.entry
            aliases = getattr(entry, "aliases", ()) or ()
            out.append(
                {
                    "actor": h.id,
                    "name_en": h.name_en,
                    "type": getattr(entry, "type", None),
                    "text": aliases[0] if aliases else h.alias,
                    "origin": "kb",
                }
            )
    a = t.event_actors
    key = norm(q)
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(a.c.actor_id, a.c.name_en, a.c.text, sa.func.count())
            .group_by(a.c.actor_id, a.c.name_en, a.c.text)
            .order_by(sa.func.count().desc())
            .limit(2000)
        ).all()
    for aid, name, text, _n in rows:
        hay = norm(" ".join(x for x in (aid, name, text) if x))
        ident = aid or name or text
        if ident and ident not in seen and (not key or key in hay or q.lower() in hay.lower()):
            seen.add(ident)
            out.append({"actor": aid, "name_en": name, "text": text, "origin": "store"})
    return out[:limit]


def search_places(q: str, *, limit: int = 20) -> list[JSON]:
    """Gazetteer places matching ``q`` as event ``location`` values (empty when no gazetteer)."""
    if not q.strip():
        return []
    try:
        from marsad.kb.places import load_places

        hits = load_places().search(q, limit=limit)
    except (ImportError, MarsadError) as e:
        log.warning("gazetteer unavailable: %s", e)
        return []
    return [
        {
            "place_id": p.id,
            "geonameid": p.geonameid,
            "name_en": p.name_en,
            "name_ar": p.names_ar[0] if p.names_ar else None,
            "feature": p.feature,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "geo_precision": p.precision,
        }
        for p in hits
    ]


# -- export ------------------------------------------------------------------------
MEDIA = {
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "plover": ("application/x-ndjson; charset=utf-8", "plover.jsonl"),
    "gexf": ("application/xml; charset=utf-8", "gexf"),
}


def export(store: Any, f: EventFilter, fmt: str) -> tuple[bytes, str, str]:
    """The filtered events in one of the store's export formats (``marsad.storage.export``).

    Returns:
        ``(body, media type, file extension)``.

    Raises:
        MarsadError: an unknown format.
    """
    from marsad.storage.export import export as store_export

    buf = io.StringIO()
    store_export(store, fmt, buf, f=f)
    media, ext = MEDIA.get(fmt, ("text/plain; charset=utf-8", "txt"))
    return buf.getvalue().encode("utf-8"), media, ext
