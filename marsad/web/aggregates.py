"""The aggregate views: map points, timeline counts, the actor network and one actor's history.

Each scans every event matching a filter, so each is cached per store until the
data changes (:func:`marsad.web.data.cached`).  Like :mod:`marsad.web.data`, every
function returns a JSON-able dict shared by a page and its JSON twin.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from marsad.storage import schema as t
from marsad.storage.filters import EventFilter
from marsad.web.data import JSON, cached, engine_of, filter_conditions, filter_key

log = logging.getLogger(__name__)


# -- map ---------------------------------------------------------------------------
MAP_COLUMNS = ["id", "lat", "lon", "type", "fatalities", "geo_precision", "date", "location", "review_state"]


def map_points(store: Any, f: EventFilter, *, limit: int = 50_000) -> JSON:
    """Located events as compact rows (``columns`` + ``rows``) for the map."""
    return cached(store, ("map", filter_key(f), limit), lambda: _map_points(store, f, limit))


def _map_points(store: Any, f: EventFilter, limit: int) -> JSON:
    e = t.events
    cols = [getattr(e.c, c) for c in MAP_COLUMNS]
    where = [*filter_conditions(store, f), e.c.lat.is_not(None), e.c.lon.is_not(None)]
    with engine_of(store).connect() as conn:
        rows = conn.execute(
            sa.select(*cols).where(*where).order_by(e.c.date.desc(), e.c.id).limit(limit)
        ).all()
        unlocated = conn.execute(
            sa.select(sa.func.count()).select_from(e).where(*filter_conditions(store, f), e.c.lat.is_(None))
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
    return cached(store, ("timeline", filter_key(f), interval), lambda: _timeline(store, f, interval))


def _timeline(store: Any, f: EventFilter, interval: str) -> JSON:
    e = t.events
    where = [*filter_conditions(store, f), e.c.date.is_not(None)]
    with engine_of(store).connect() as conn:
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
    return cached(store, ("network", filter_key(f), max_edges), lambda: _actor_network(store, f, max_edges))


def _actor_network(store: Any, f: EventFilter, max_edges: int) -> JSON:
    e, a = t.events, t.event_actors
    src, rcp = a.alias("src"), a.alias("rcp")
    ids = sa.select(e.c.id).where(*filter_conditions(store, f))
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
    with engine_of(store).connect() as conn:
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
            other = nodes.get(ed[end])
            ed[end + "_name"] = other["name"] if other else ed[end]
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
    with engine_of(store).connect() as conn:
        rows = conn.execute(
            sa.select(e.c.id, e.c.date, e.c.type, a.c.role, a.c.name_en, a.c.text)
            .join(a, a.c.event_id == e.c.id)
            .where(match, *filter_conditions(store, f))
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
