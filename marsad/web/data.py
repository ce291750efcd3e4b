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
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Hashable
from datetime import date, timedelta
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
    with _engine(store).connect() as conn:
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


def _fkey(f: EventFilter) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in f.to_dict().items()))


def _engine(store: Any) -> sa.Engine:
    return store.engine  # type: ignore[no-any-return]


def _where(store: Any, f: EventFilter) -> list[sa.ColumnElement[bool]]:
    return conditions(f, _engine(store).dialect.name)


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
    where = _where(store, f)
    order = [col.desc().nulls_last() if desc else col.asc().nulls_last(), e.c.id]
    q = sa.select(e).where(*where).order_by(*order).limit(per_page).offset((page - 1) * per_page)
    with _engine(store).connect() as conn:
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
    with _engine(store).connect() as conn:
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
    with _engine(store).connect() as conn:
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
    with _engine(store).connect() as conn:
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


# -- map ---------------------------------------------------------------------------
MAP_COLUMNS = ["id", "lat", "lon", "type", "fatalities", "geo_precision", "date", "location", "review_state"]


def map_points(store: Any, f: EventFilter, *, limit: int = 50_000) -> JSON:
    """Located events as compact rows (``columns`` + ``rows``) for the map."""
    return cached(store, ("map", _fkey(f), limit), lambda: _map_points(store, f, limit))


def _map_points(store: Any, f: EventFilter, limit: int) -> JSON:
    e = t.events
    cols = [getattr(e.c, c) for c in MAP_COLUMNS]
    where = [*_where(store, f), e.c.lat.is_not(None), e.c.lon.is_not(None)]
    with _engine(store).connect() as conn:
        rows = conn.execute(
            sa.select(*cols).where(*where).order_by(e.c.date.desc(), e.c.id).limit(limit)
        ).all()
        unlocated = conn.execute(
            sa.select(sa.func.count()).select_from(e).where(*_where(store, f), e.c.lat.is_(None))
        ).scalar()
    return {
        "filters": f.to_dict(),
        "columns": MAP_COLUMNS,
        "rows": [list(r) for r in rows],
        "unlocated": int(unlocated or 0),
    }


# -- timeline ----------------------------------------------------------------------
def _week(day: str) -> str:
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


def timeline(store: Any, f: EventFilter, *, interval: str = "week") -> JSON:
    """Event counts per day or week (Monday) and type, and week-over-week change per governorate."""
    return cached(store, ("timeline", _fkey(f), interval), lambda: _timeline(store, f, interval))


def _timeline(store: Any, f: EventFilter, interval: str) -> JSON:
    e = t.events
    where = [*_where(store, f), e.c.date.is_not(None)]
    with _engine(store).connect() as conn:
        by_type = conn.execute(
            sa.select(e.c.date, e.c.type, sa.func.count()).where(*where).group_by(e.c.date, e.c.type)
        ).all()
        by_region = conn.execute(
            sa.select(e.c.date, e.c.admin1, sa.func.count()).where(*where).group_by(e.c.date, e.c.admin1)
        ).all()
    key = _week if interval == "week" else (lambda d: d[:10])
    series: dict[str, Counter[str]] = defaultdict(Counter)
    periods: set[str] = set()
    for day, typ, n in by_type:
        try:
            p = key(day)
        except ValueError:
            continue
        series[typ or "?"][p] += n
        periods.add(p)
    weekly: dict[str, Counter[str]] = defaultdict(Counter)
    for day, region, n in by_region:
        try:
            weekly[region or "(unknown)"][_week(day)] += n
        except ValueError:
            continue
    return {
        "filters": f.to_dict(),
        "interval": "week" if interval == "week" else "day",
        "periods": _fill_periods(periods, interval),
        "series": {k: dict(v) for k, v in sorted(series.items())},
        "regions": _region_change(weekly),
    }


def _fill_periods(periods: set[str], interval: str, *, cap: int = 3000) -> list[str]:
    """Every day or week from the first to the last period, so gaps show as gaps (at most ``cap``)."""
    if not periods:
        return []
    first, last = date.fromisoformat(min(periods)), date.fromisoformat(max(periods))
    step = timedelta(days=7 if interval == "week" else 1)
    if (last - first) / step > cap:
        return sorted(periods)
    out, d = [], first
    while d <= last:
        out.append(d.isoformat())
        d += step
    return out


def _region_change(weekly: dict[str, Counter[str]]) -> list[JSON]:
    weeks = sorted({w for c in weekly.values() for w in c})
    if not weeks:
        return []
    last = weeks[-1]
    prev = (date.fromisoformat(last) - timedelta(days=7)).isoformat()
    out: list[JSON] = []
    for region, c in weekly.items():
        a, b = c.get(prev, 0), c.get(last, 0)
        out.append(
            {
                "admin1": region,
                "week": last,
                "count": b,
                "previous": a,
                "change": b - a,
                "total": sum(c.values()),
            }
        )
    out.sort(key=lambda r: (-abs(r["change"]), -r["total"], r["admin1"]))
    return out


# -- actors ------------------------------------------------------------------------
def _actor_key(actor_id: Any, name_en: Any, text: Any) -> str:
    return str(actor_id or name_en or text or "?")


def actor_network(store: Any, f: EventFilter, *, max_edges: int = 150) -> JSON:
    """Who acted on whom: edges source→recipient with counts per event type, and the actors' totals."""
    return cached(store, ("network", _fkey(f), max_edges), lambda: _actor_network(store, f, max_edges))


def _actor_network(store: Any, f: EventFilter, max_edges: int) -> JSON:
    e, a = t.events, t.event_actors
    src, rcp = a.alias("src"), a.alias("rcp")
    ids = sa.select(e.c.id).where(*_where(store, f))
    q = (
        sa.select(
            src.c.actor_id,
            src.c.name_en,
            src.c.text,
            rcp.c.actor_id,
            rcp.c.name_en,
            rcp.c.text,
            e.c.type,
            sa.func.count(),
        )
        .select_from(
            src.join(rcp, sa.and_(src.c.event_id == rcp.c.event_id, rcp.c.role == "recipient")).join(
                e, e.c.id == src.c.event_id
            )
        )
        .where(src.c.role == "source", src.c.event_id.in_(ids))
        .group_by(
            src.c.actor_id, src.c.name_en, src.c.text, rcp.c.actor_id, rcp.c.name_en, rcp.c.text, e.c.type
        )
    )
    totals_q = (
        sa.select(a.c.actor_id, a.c.name_en, a.c.text, sa.func.count(sa.distinct(a.c.event_id)))
        .where(a.c.event_id.in_(ids))
        .group_by(a.c.actor_id, a.c.name_en, a.c.text)
    )
    with _engine(store).connect() as conn:
        pairs = conn.execute(q).all()
        totals = conn.execute(totals_q).all()
    edges: dict[tuple[str, str], JSON] = {}
    for sid, sname, stext, rid, rname, rtext, typ, n in pairs:
        k = (_actor_key(sid, sname, stext), _actor_key(rid, rname, rtext))
        ed = edges.setdefault(k, {"source": k[0], "target": k[1], "count": 0, "types": Counter()})
        ed["count"] += n
        ed["types"][typ or "?"] += n
    top = sorted(edges.values(), key=lambda x: (-x["count"], x["source"], x["target"]))[:max_edges]
    nodes: dict[str, JSON] = {}
    for aid, name, text, n in totals:
        key = _actor_key(aid, name, text)
        node = nodes.setdefault(key, {"id": key, "actor_id": aid, "name": name or text or key, "events": 0})
        node["events"] += n
    used = {x for ed in top for x in (ed["source"], ed["target"])}
    for ed in top:
        for end in ("source", "target"):
            node = nodes.get(ed[end])
            ed[end + "_name"] = node["name"] if node else ed[end]
    return {
        "filters": f.to_dict(),
        "nodes": sorted((n for k, n in nodes.items() if k in used), key=lambda n: (-n["events"], n["id"])),
        "edges": [{**ed, "types": dict(ed["types"])} for ed in top],
        "actors": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))[:100],
    }


def actor_page(store: Any, actor: str, f: EventFilter) -> JSON:
    """One actor: its events over time (weekly, by type and role) and its latest events."""
    e, a = t.events, t.event_actors
    match = sa.or_(a.c.actor_id == actor, a.c.name_en == actor, a.c.text == actor)
    with _engine(store).connect() as conn:
        rows = conn.execute(
            sa.select(e.c.id, e.c.date, e.c.type, a.c.role, a.c.name_en, a.c.text)
            .join(a, a.c.event_id == e.c.id)
            .where(match, *_where(store, f))
            .order_by(e.c.date.desc().nulls_last(), e.c.id)
        ).all()
    weekly: dict[str, Counter[str]] = defaultdict(Counter)
    roles: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for r in rows:
        roles[r.role] += 1
        names[r.name_en or r.text or actor] += 1
        if r.date:
            try:
                weekly[r.type or "?"][_week(r.date)] += 1
            except ValueError:
                continue
    periods = sorted({w for c in weekly.values() for w in c})
    return {
        "actor": actor,
        "names": [n for n, _ in names.most_common(5)],
        "events": len({r.id for r in rows}),
        "roles": dict(roles),
        "periods": periods,
        "series": {k: dict(v) for k, v in sorted(weekly.items())},
        "latest": [{"id": r.id, "date": r.date, "type": r.type, "role": r.role} for r in rows[:50]],
    }


# -- runs --------------------------------------------------------------------------
def runs(store: Any, *, limit: int = 20) -> JSON:
    """The latest ingest runs with their progress counters."""
    r = t.runs
    with _engine(store).connect() as conn:
        rows = conn.execute(sa.select(r).order_by(r.c.started.desc()).limit(limit)).all()
    return {"runs": [dict(x._mapping) for x in rows]}


def run(store: Any, run_id: str) -> JSON | None:
    """One run's progress."""
    with _engine(store).connect() as conn:
        row = conn.execute(sa.select(t.runs).where(t.runs.c.id == run_id)).first()
    return dict(row._mapping) if row else None
