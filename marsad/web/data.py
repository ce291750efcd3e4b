"""The data functions behind every page and its JSON twin (datasette's pattern).

Each public function takes the store and plain arguments and returns a JSON-able
dict; ``api.py`` returns it as JSON and ``views.py`` renders it with a template.
Reads go through the store's engine with the store's schema and its shared
:class:`~marsad.storage.filters.EventFilter`; writes go through the store's methods.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import sqlalchemy as sa

from marsad.storage import schema as t
from marsad.storage.filters import EventFilter, conditions
from marsad.web import lookup
from marsad.web.highlight import Span, pieces

log = logging.getLogger(__name__)

JSON = dict[str, Any]

SORTS = {
    "date": t.events.c.date,
    "type": t.events.c.type,
    "admin1": t.events.c.admin1,
    "location": t.events.c.location,
    "fatalities": t.events.c.fatalities,
    "factuality": t.events.c.factuality,
    "outlet": t.events.c.outlet,
    "confidence": t.events.c.confidence,
    "review_state": t.events.c.review_state,
    "id": t.events.c.id,
}
FILTER_FIELDS = (
    "date_from",
    "date_to",
    "type",
    "actor",
    "admin1",
    "outlet",
    "factuality",
    "review_state",
    "text",
)
MAX_PER_PAGE = 500
DEFAULT_PER_PAGE = 50


CACHE_SIZE = 64
_caches: weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, tuple[tuple[Any, ...], JSON]]] = (
    weakref.WeakKeyDictionary()
)
_cache_lock = threading.Lock()


def data_version(store: Any) -> tuple[Any, ...]:
    """A cheap token that changes whenever events, reviews or duplicate links change (counts use indexes)."""
    with engine_of(store).connect() as conn:
        row = conn.execute(
            sa.select(
                sa.select(sa.func.count()).select_from(t.articles).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.events).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.reviews).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.canonical_events).scalar_subquery(),
                sa.select(sa.func.max(t.canonical_events.c.created)).scalar_subquery(),
            )
        ).one()
    return tuple(row)


def cached(store: Any, key: Hashable, compute: Callable[[], JSON]) -> JSON:
    """``compute()``, remembered per store until :func:`data_version` changes.

    The aggregate views (map, timeline, network, facets) scan every event; analysts
    reload them far more often than the data changes.
    """
    version = data_version(store)
    with _cache_lock:
        cache = _caches.setdefault(store, OrderedDict())
        hit = cache.get(key)
        if hit is not None and hit[0] == version:
            cache.move_to_end(key)
            return hit[1]
    value = compute()
    with _cache_lock:
        cache[key] = (version, value)
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return value


def filter_key(f: EventFilter) -> tuple[Any, ...]:
    """A hashable cache key for a filter."""
    return tuple(sorted((k, str(v)) for k, v in f.to_dict().items()))


def engine_of(store: Any) -> sa.Engine:
    """The store's SQLAlchemy engine (reads only)."""
    return store.engine  # type: ignore[no-any-return]


def filter_conditions(store: Any, f: EventFilter) -> list[sa.ColumnElement[bool]]:
    """The store's SQL conditions for a filter, in the store's dialect."""
    return conditions(f, engine_of(store).dialect.name)


def make_filter(params: dict[str, Any]) -> EventFilter:
    """An :class:`EventFilter` from query parameters (unknown and empty ones ignored)."""
    values: dict[str, Any] = {
        k: str(params[k]).strip() for k in FILTER_FIELDS if params.get(k) not in (None, "")
    }
    return EventFilter(**{k: v for k, v in values.items() if v})


def record_of(row: Any) -> JSON:
    """The effective record of an event row: the reviewer's version if any, else the machine's."""
    return dict(row.current or row.record or {})


def _actor_names(record: JSON, role: str) -> list[str]:
    return [
        a.get("name_en") or a.get("text") or a.get("actor") or "?"
        for a in record.get(role) or []
        if isinstance(a, dict)
    ]


# -- events table ------------------------------------------------------------------
def events_page(
    store: Any,
    f: EventFilter,
    *,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    sort: str = "date",
    desc: bool = True,
) -> JSON:
    """One page of the events table.

    Args:
        store: the event store.
        f: the filter.
        page: 1-based page number.
        per_page: rows per page (capped at ``MAX_PER_PAGE``).
        sort: a key of ``SORTS``.
        desc: descending order.
    """
    e = t.events
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    page = max(1, page)
    col = SORTS.get(sort, e.c.date)
    where = filter_conditions(store, f)
    order = [col.desc().nulls_last() if desc else col.asc().nulls_last(), e.c.id]
    q = sa.select(e).where(*where).order_by(*order).limit(per_page).offset((page - 1) * per_page)
    with engine_of(store).connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(e).where(*where)).scalar() or 0
        rows = conn.execute(q).all()
        titles = _titles(conn, {r.article_id for r in rows})
    out = [_row_dict(r, titles.get(r.article_id)) for r in rows]
    return {
        "filters": f.to_dict(),
        "sort": sort if sort in SORTS else "date",
        "desc": desc,
        "page": page,
        "per_page": per_page,
        "total": int(total),
        "pages": max(1, -(-int(total) // per_page)),
        "rows": out,
    }


def _titles(conn: sa.Connection, ids: set[str]) -> dict[str, str | None]:
    if not ids:
        return {}
    a = t.articles
    return {r.id: r.title for r in conn.execute(sa.select(a.c.id, a.c.title).where(a.c.id.in_(ids)))}


def _row_dict(r: Any, title: str | None) -> JSON:
    rec = record_of(r)
    loc = rec.get("location") or {}
    return {
        "id": r.id,
        "article_id": r.article_id,
        "title": title,
        "date": r.date,
        "type": r.type,
        "mode": r.mode,
        "source": _actor_names(rec, "source"),
        "recipient": _actor_names(rec, "recipient"),
        "location": r.location,
        "location_text": loc.get("text"),
        "admin1": r.admin1,
        "fatalities": r.fatalities,
        "factuality": r.factuality,
        "outlet": r.outlet,
        "confidence": r.confidence,
        "review_state": r.review_state,
        "edited": r.current is not None,
    }


def facets(store: Any) -> JSON:
    """The values offered in the filter drop-downs (types, regions, outlets, factuality, states)."""
    return cached(store, ("facets",), lambda: _facets(store))


def _facets(store: Any) -> JSON:
    e = t.events
    out: JSON = {}
    with engine_of(store).connect() as conn:
        for name, col in (
            ("type", e.c.type),
            ("admin1", e.c.admin1),
            ("outlet", e.c.outlet),
            ("factuality", e.c.factuality),
        ):
            vals = (
                conn.execute(sa.select(col).where(col.is_not(None)).distinct().order_by(col)).scalars().all()
            )
            out[name] = list(vals)
    out["review_state"] = list(t.REVIEW_STATES)
    return out


# -- article -----------------------------------------------------------------------
def _article_row(conn: sa.Connection, article_id: str) -> Any:
    return conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).first()


def _mention_spans(doc: JSON) -> list[Span]:
    spans = []
    for m in doc.get("mentions") or []:
        kind = m.get("kind") or "other"
        label = m.get("label") or ""
        name = m.get("name_en") or ""
        info = lookup.actor_info(m["kb_id"]) if m.get("kb_id") and kind == "actor" else None
        if info:
            name = name or info[0]
        title = f"{name} ({label}, {info[1] if info else kind})" if name else f"{label}, {kind}"
        if m.get("kb_id"):
            title += f" [{m['kb_id']}]"
        spans.append(Span(int(m["start"]), int(m["end"]), f"m m-{label.lower()} k-{kind}", title))
    for p in doc.get("places") or []:
        bits = [p.get("name_en"), p.get("admin1"), p.get("country")]
        title = "place: " + ", ".join(b for b in bits if b) + f" (precision {p.get('geo_precision')})"
        spans.append(Span(int(p["start"]), int(p["end"]), "m place", title))
    for tm in doc.get("times") or []:
        spans.append(Span(int(tm["start"]), int(tm["end"]), "m time", f"date: {tm.get('value') or '?'}"))
    return spans


def _trigger_spans(events: list[JSON]) -> list[Span]:
    spans = []
    for ev in events:
        for ref in _evidences(ev["record"]):
            trig = ref.get("trigger") or {}
            if trig.get("start") is not None and trig.get("end") is not None:
                typ = (ev["record"].get("type") or "").upper()
                spans.append(
                    Span(int(trig["start"]), int(trig["end"]), f"trig t-{typ}", f"event {ev['id']}: {typ}")
                )
    return spans


def _evidences(record: JSON) -> list[JSON]:
    ev = record.get("evidence")
    return [x for x in (ev if isinstance(ev, list) else [ev]) if isinstance(x, dict)]


def article(store: Any, article_id: str) -> JSON | None:
    """An article with highlighted pieces (mentions, places, dates, event triggers) and its events."""
    with engine_of(store).connect() as conn:
        row = _article_row(conn, article_id)
        if row is None:
            return None
        evs = conn.execute(
            sa.select(t.events).where(t.events.c.article_id == article_id).order_by(t.events.c.idx)
        ).all()
    events = [
        {"id": r.id, "record": record_of(r), "review_state": r.review_state, "edited": r.current is not None}
        for r in evs
    ]
    doc = dict(row.document or {})
    spans = _mention_spans(doc) + _trigger_spans(events)
    return {
        "id": row.id,
        "title": row.title,
        "published": row.published,
        "outlet": row.outlet,
        "url": row.url,
        "lang": row.lang,
        "text": row.text,
        "pieces": [p.to_dict() for p in pieces(row.text, spans)],
        "mentions": doc.get("mentions") or [],
        "events": [_event_summary(e) for e in events],
    }


def _event_summary(ev: JSON) -> JSON:
    rec = ev["record"]
    loc = rec.get("location") or {}
    return {
        "id": ev["id"],
        "type": rec.get("type"),
        "mode": rec.get("mode"),
        "date": (rec.get("date") or {}).get("value"),
        "source": _actor_names(rec, "source"),
        "recipient": _actor_names(rec, "recipient"),
        "location": loc.get("name_en") or loc.get("text"),
        "factuality": rec.get("factuality"),
        "fatalities": rec.get("fatalities"),
        "review_state": ev["review_state"],
        "edited": ev["edited"],
    }


# -- review ------------------------------------------------------------------------
REVIEW_FIELDS = ("type", "mode", "source", "recipient", "location", "date", "factuality", "fatalities")
CONTEXT_CHARS = 240


def review(store: Any, event_id: str) -> JSON | None:
    """One event for review: machine and current values per field, evidence in its article,
    the other reports merged into it, and the decision history."""
    e = t.events
    with engine_of(store).connect() as conn:
        row = conn.execute(sa.select(e).where(e.c.id == event_id)).first()
        if row is None:
            return None
        art = _article_row(conn, row.article_id)
        history = conn.execute(
            sa.select(t.reviews).where(t.reviews.c.event_id == event_id).order_by(t.reviews.c.id)
        ).all()
        others: Any = []
        if row.canonical_id:
            others = conn.execute(
                sa.select(e)
                .where(e.c.canonical_id == row.canonical_id, e.c.id != event_id)
                .order_by(e.c.published)
            ).all()
        other_arts = {r.article_id: _article_row(conn, r.article_id) for r in others}
        nav = _neighbours(conn, event_id)
    machine = dict(row.record or {})
    current = record_of(row)
    fields = [
        {
            "name": name,
            "machine": machine.get(name),
            "current": current.get(name),
            "edited": row.current is not None and machine.get(name) != current.get(name),
        }
        for name in REVIEW_FIELDS
    ]
    return {
        "id": row.id,
        "article_id": row.article_id,
        "review_state": row.review_state,
        "machine": machine,
        "current": current,
        "fields": fields,
        "evidence": _evidence_view(art, current, CONTEXT_CHARS * 20) if art else None,
        "reports": [
            {
                "id": o.id,
                "outlet": o.outlet,
                "published": o.published,
                "evidence": _evidence_view(other_arts[o.article_id], record_of(o), CONTEXT_CHARS),
            }
            for o in others
            if other_arts.get(o.article_id) is not None
        ],
        "history": [
            {
                "user": h.user,
                "decision": h.decision,
                "changes": h.changes,
                "before": h.before,
                "note": h.note,
                "created": h.created,
            }
            for h in history
        ],
        "prev": nav[0],
        "next": nav[1],
    }


def _evidence_view(art: Any, record: JSON, context: int) -> JSON:
    """The article window around an event's evidence, with evidence, trigger, actors and place highlighted."""
    text = art.text
    evs = _evidences(record)
    spans: list[Span] = []
    lo, hi = len(text), 0
    for ev in evs:
        if ev.get("start") is None or ev.get("end") is None:
            continue
        s, en = int(ev["start"]), int(ev["end"])
        lo, hi = min(lo, s), max(hi, en)
        spans.append(Span(s, en, "evidence", "evidence"))
        trig = ev.get("trigger") or {}
        if trig.get("start") is not None:
            spans.append(Span(int(trig["start"]), int(trig["end"]), "trig", f"trigger: {record.get('type')}"))
    for role in ("source", "recipient"):
        for a in record.get(role) or []:
            if isinstance(a, dict) and a.get("start") is not None and a.get("end") is not None:
                title = f"{role}: {a.get('name_en') or a.get('text')}" + (
                    f" [{a['actor']}]" if a.get("actor") else ""
                )
                spans.append(Span(int(a["start"]), int(a["end"]), f"m role-{role}", title))
    for key, cls in (("location", "place"), ("date", "time")):
        v = record.get(key) or {}
        if isinstance(v, dict) and v.get("start") is not None and v.get("end") is not None:
            spans.append(
                Span(
                    int(v["start"]),
                    int(v["end"]),
                    f"m {cls}",
                    f"{key}: {v.get('name_en') or v.get('value') or v.get('text')}",
                )
            )
    if hi <= lo:
        lo, hi = 0, min(len(text), context)
    start, end = max(0, lo - context), min(len(text), hi + context)
    return {
        "article_id": art.id,
        "title": art.title,
        "outlet": art.outlet,
        "published": art.published,
        "start": start,
        "end": end,
        "pieces": [p.to_dict() for p in pieces(text, spans, start=start, end=end)],
    }


def _neighbours(conn: sa.Connection, event_id: str) -> tuple[str | None, str | None]:
    """The previous and next event in the review queue (unreviewed events, by id)."""
    e = t.events
    prev = conn.execute(
        sa.select(e.c.id)
        .where(e.c.id < event_id, e.c.review_state == "machine")
        .order_by(e.c.id.desc())
        .limit(1)
    ).scalar()
    nxt = conn.execute(
        sa.select(e.c.id).where(e.c.id > event_id, e.c.review_state == "machine").order_by(e.c.id).limit(1)
    ).scalar()
    return prev, nxt
