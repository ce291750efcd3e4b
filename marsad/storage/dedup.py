"""Cross-report deduplication: link reports of the same real event from different articles.

Two events match when they come from different articles and have the same type
family, compatible actors (a shared actor id, or one side without actors),
compatible places (a few km apart, or one inside the other's governorate or
district when it is the vaguer one) and dates within their precision windows.
Every match carries a score and the reasons in words; matches are joined into
canonical events (single linkage) that name the earliest and the
best-attributed report.  ``undo_canonical`` splits a canonical event again and
remembers the split so later runs do not re-link it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import combinations
from typing import Any

import sqlalchemy as sa

from marsad.storage import schema as t
from marsad.storage.filters import EventFilter
from marsad.storage.store import Store
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

JSON = dict[str, Any]

# Event types reporters may use for the same happening (announced vs carried-out withdrawal).
TYPE_FAMILY = {"CONCEDE": "RETREAT"}
# Factualities of events that may be linked: what the text presents as having happened.  Negated,
# planned, hypothetical, historical and generic mentions are never linked.
MERGEABLE = frozenset({"asserted", "reported", "rumored", None})
# Reasons kept per canonical event (the strongest matches), so huge groups stay small.
MAX_REASONS = 20
# Days of uncertainty of a date, by ACLED time_precision (1 day, 2 week, 3 month).
DATE_WINDOW_DAYS = {1: 1, 2: 7, 3: 31}
# Distance (km) under which two geocoded places count as the same place, by the vaguer geo_precision.
RADIUS_KM = {1: 8.0, 2: 25.0, 3: 60.0}
# How much an attribution kind is worth when choosing the best-attributed report.
ATTRIBUTION_RANK = {
    "official": 6,
    "correspondent": 5,
    "outlet": 5,
    "witness": 4,
    "organisation": 4,
    "social-media": 2,
    "anonymous-sources": 1,
}
THRESHOLD = 0.65


@dataclass(frozen=True, slots=True)
class EventKey:
    """What deduplication compares of one event."""

    id: str
    article_id: str
    type: str
    day: date | None
    date_precision: int
    published: date | None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    place: str = ""
    actors: frozenset[str] = frozenset()  # actor ids from the dictionary
    actor_texts: frozenset[str] = frozenset()  # normalised texts of actors without an id
    mode: str | None = None
    factuality: str | None = None
    attribution: int = 0
    confidence: float = 0.0
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """Why two events were judged the same real event."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]

    def to_dict(self) -> JSON:
        """JSON form (stored in ``canonical_events.reasons``)."""
        return {"a": self.a, "b": self.b, "score": round(self.score, 3), "reasons": list(self.reasons)}


@dataclass(slots=True)
class DedupReport:
    """What a deduplication run did."""

    events: int = 0
    pairs: int = 0
    canonical: int = 0
    linked_events: int = 0
    changed: int = 0
    groups: list[list[str]] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the terminal."""
        return (
            f"dedup: {self.linked_events} reports linked into {self.canonical} canonical events "
            f"({self.linked_events - self.canonical} duplicates merged; {self.changed} changed) from {self.events} events"
        )

    def to_dict(self) -> JSON:
        """JSON form."""
        return {
            "events": self.events,
            "pairs": self.pairs,
            "canonical": self.canonical,
            "linked_events": self.linked_events,
            "changed": self.changed,
        }


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def key_from_record(
    record: JSON, *, article_id: str, published: str | None = None, outlet: str | None = None
) -> EventKey:
    """The comparison key of an event record (spec shape)."""
    loc = record.get("location") or {}
    dt = record.get("date") or {}
    actors, texts = set(), set()
    for role in ("source", "recipient"):
        for a in record.get(role) or []:
            if a.get("actor"):
                actors.add(str(a["actor"]))
            elif a.get("text"):
                texts.add(norm(a["text"]))
    attribution = max(
        (ATTRIBUTION_RANK.get(x.get("kind", ""), 1) for x in record.get("attribution") or []), default=0
    )
    typ = str(record.get("type") or "")
    return EventKey(
        id=str(record.get("id")),
        article_id=article_id,
        type=TYPE_FAMILY.get(typ, typ),
        day=_day(dt.get("value")),
        date_precision=int(dt.get("time_precision") or 1),
        published=_day(published),
        lat=loc.get("lat"),
        lon=loc.get("lon"),
        geo_precision=int(loc.get("geo_precision") or 3),
        country=loc.get("country"),
        admin1=loc.get("admin1"),
        admin2=loc.get("admin2"),
        place=norm(loc.get("text") or ""),
        actors=frozenset(actors),
        actor_texts=frozenset(texts),
        mode=record.get("mode"),
        factuality=record.get("factuality"),
        attribution=attribution,
        confidence=float(record.get("confidence") or 0.0),
        outlet=outlet,
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _date_part(a: EventKey, b: EventKey) -> tuple[float, str] | None:
    da, db = a.day, b.day
    window = max(DATE_WINDOW_DAYS.get(a.date_precision, 31), DATE_WINDOW_DAYS.get(b.date_precision, 31))
    label = "dates"
    if da is None or db is None:
        # no event date: fall back on publication dates, which only roughly bound the event
        da, db = da or a.published, db or b.published
        window, label = max(window, 2), "publication dates"
    if da is None or db is None:
        return None
    gap = abs((da - db).days)
    if gap > window:
        return None
    if gap == 0 and label == "dates" and a.date_precision == b.date_precision == 1:
        return 0.3, f"same day {da.isoformat()}"
    return 0.1, f"{label} {gap} day(s) apart (window {window})"


def linkable(k: EventKey) -> bool:
    """Whether an event carries enough to be linked at all: a place at least at governorate level
    (a country alone is not a place) and a factuality of something that happened."""
    return bool(k.admin1) and k.factuality in MERGEABLE and bool(k.type)


def _place_part(a: EventKey, b: EventKey) -> tuple[float, str] | None:
    if not (a.admin1 and b.admin1) or (a.country and b.country and a.country != b.country):
        return None
    exact = a.geo_precision == b.geo_precision == 1
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if exact and km <= 2.0:
            return 0.3, f"places {km:.1f} km apart"
        if exact and km <= RADIUS_KM[1]:
            return 0.2, f"places {km:.1f} km apart"
        radius = RADIUS_KM.get(max(a.geo_precision, b.geo_precision), 60.0)
        if not exact and km <= radius:
            return 0.1, f"vague place: {km:.1f} km apart (within {radius:.0f} km)"
    if exact:
        if None in (a.lat, b.lat) and a.place and a.place == b.place:
            return 0.2, f"same place name {a.place}"
        return None
    vague, other = (a, b) if a.geo_precision >= b.geo_precision else (b, a)
    if vague.admin2 and vague.admin2 == other.admin2:
        return 0.1, f"{other.place or other.admin2} lies in district {vague.admin2}"
    if vague.geo_precision >= 3 and vague.admin1 == other.admin1:
        return 0.1, f"{other.place or other.admin1} lies in {vague.admin1}"
    return None


def _actor_part(a: EventKey, b: EventKey) -> tuple[float, str] | None:
    shared = a.actors & b.actors
    if shared:
        return 0.3, "shared actors " + ", ".join(sorted(shared))
    if a.actors and b.actors:
        return None  # both name known actors, and not the same ones
    if a.actor_texts & b.actor_texts:
        return 0.2, "same actor names " + ", ".join(sorted(a.actor_texts & b.actor_texts))
    return 0.05, "actors compatible (no known actor on one side)"


def _mode_part(a: EventKey, b: EventKey) -> tuple[float, str]:
    if a.mode and b.mode:
        if a.mode == b.mode:
            return 0.1, f"same mode {a.mode}"
        return -0.15, f"different modes {a.mode}/{b.mode}"
    return 0.0, "mode unknown on one side"


def compare(a: EventKey, b: EventKey, *, threshold: float = THRESHOLD) -> Match | None:
    """Whether two events are the same real event, with the score and the reasons.

    Args:
        a: one event.
        b: another event.
        threshold: the least score of a match.
    """
    if a.article_id == b.article_id or a.type != b.type or not (linkable(a) and linkable(b)):
        return None
    parts = [_date_part(a, b), _place_part(a, b), _actor_part(a, b)]
    if any(p is None for p in parts):
        return None
    parts.append(_mode_part(a, b))
    score = 0.1 + sum(p[0] for p in parts if p)  # 0.1 for the same type family
    reasons = (f"same type {a.type}", *(p[1] for p in parts if p))
    if score < threshold - 1e-9:  # float sums such as 0.1 + 0.3 + … must not fall just short
        return None
    return Match(a.id, b.id, score, reasons)


def compatible(a: EventKey, b: EventKey) -> bool:
    """Whether two events *could* be one (no conflict of type, factuality, date, place or actors);
    used to stop chains of matches from joining events that contradict each other."""
    # two events of one article are two events: the extractor already merged repeated mentions
    return compare(a, b, threshold=float("-inf")) is not None


def find_matches(
    keys: Sequence[EventKey], *, blocked: set[frozenset[str]] | None = None, threshold: float = THRESHOLD
) -> list[Match]:
    """All matching pairs among events (blocked by type, country and date so it stays near-linear)."""
    blocked = blocked or set()
    by_type: dict[tuple[str, str | None], list[EventKey]] = {}
    for k in keys:
        if linkable(k):
            by_type.setdefault((k.type, k.country), []).append(k)
    out: list[Match] = []
    for group in by_type.values():
        group.sort(key=lambda k: k.day or k.published or date.min)
        for i, a in enumerate(group):
            da = a.day or a.published or date.min
            for b in group[i + 1 :]:
                db = b.day or b.published or date.min
                if (db - da).days > max(DATE_WINDOW_DAYS.values()):
                    break
                if frozenset((a.id, b.id)) in blocked:
                    continue
                m = compare(a, b, threshold=threshold)
                if m:
                    out.append(m)
    return out


def cluster(matches: Iterable[Match], keys: dict[str, EventKey] | None = None) -> list[list[str]]:
    """Groups of event ids joined by matches, strongest first, each sorted, largest group first.

    Two groups are joined only when every pair across them is :func:`compatible` (when ``keys``
    are given), so a vague report cannot chain two contradicting reports together.
    """
    groups: dict[str, set[str]] = {}
    owner: dict[str, str] = {}
    for m in sorted(matches, key=lambda m: (-m.score, m.a, m.b)):
        ga, gb = owner.get(m.a, m.a), owner.get(m.b, m.b)
        if ga == gb:
            continue
        sa_, sb_ = groups.get(ga, {m.a}), groups.get(gb, {m.b})
        if keys is not None and not all(compatible(keys[x], keys[y]) for x in sa_ for y in sb_):
            continue
        root, other = min(ga, gb), max(ga, gb)
        merged = sa_ | sb_
        groups.pop(other, None)
        groups[root] = merged
        for x in merged:
            owner[x] = root
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def best_attributed(keys: Sequence[EventKey]) -> EventKey:
    """The report with the best attribution, then the highest confidence, then the most precise place."""
    return max(
        keys, key=lambda k: (k.attribution, k.confidence, -k.geo_precision, bool(k.actors), _neg_id(k))
    )


def earliest(keys: Sequence[EventKey]) -> EventKey:
    """The report published first (then by id)."""
    return min(keys, key=lambda k: (k.published or date.max, k.id))


def _neg_id(k: EventKey) -> tuple[int, ...]:
    return tuple(-ord(c) for c in k.id)


# -- store step ------------------------------------------------------------------


def load_keys(store: Store) -> list[EventKey]:
    """Comparison keys of every stored event not rejected by a reviewer."""
    return [
        key_from_record(
            row["record"], article_id=row["article_id"], published=row["published"], outlet=row["outlet"]
        )
        for row in store.iter_events(EventFilter(), order_by="id")
    ]


def blocked_pairs(store: Store) -> set[frozenset[str]]:
    """Pairs a person split apart."""
    with store.engine.connect() as conn:
        return {frozenset((r.event_a, r.event_b)) for r in conn.execute(sa.select(t.dedup_blocks))}


def dedup_store(
    store: Store, *, rebuild: bool = False, run_id: str | None = None, threshold: float = THRESHOLD
) -> DedupReport:
    """Link the store's reports of the same events into canonical events.

    Args:
        store: the store.
        rebuild: drop every existing link first (splits made with ``undo_canonical`` are kept).
        run_id: recorded on new canonical events.
        threshold: the least match score.
    """
    if rebuild:
        for c in store.canonical_events():
            store.unlink_canonical(c["id"])
    keys = load_keys(store)
    by_id = {k.id: k for k in keys}
    matches = find_matches(keys, blocked=blocked_pairs(store), threshold=threshold)
    report = DedupReport(events=len(keys), pairs=len(matches))
    reasons: dict[str, list[Match]] = {}
    for m in matches:
        reasons.setdefault(m.a, []).append(m)
    existing = {c["id"]: set(store.get_canonical(c["id"])["event_ids"]) for c in store.canonical_events()}  # type: ignore[index]
    for group in cluster(matches, by_id):
        members = [by_id[i] for i in group]
        report.canonical += 1
        report.linked_events += len(group)
        report.groups.append(group)
        if set(group) in existing.values():
            continue
        members_set = set(group)
        found = [m for i in group for m in reasons.get(i, []) if m.b in members_set]
        why = [m.to_dict() for m in sorted(found, key=lambda m: (-m.score, m.a, m.b))[:MAX_REASONS]]
        score = max(m.score for m in found) if found else None
        store.link_canonical(
            group,
            representative_id=best_attributed(members).id,
            earliest_id=earliest(members).id,
            reasons=why,
            score=score,
            run_id=run_id,
        )
        report.changed += 1
    log.info(report.describe())
    return report


def undo_canonical(store: Store, canonical_id: str, *, user: str | None = None) -> list[str]:
    """Split a canonical event into its reports and block them from being linked again.

    Returns:
        The event ids that were linked (empty when there was no such canonical event).
    """
    ids = store.unlink_canonical(canonical_id)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [
        {"event_a": a, "event_b": b, "user": user, "created": now} for a, b in combinations(sorted(ids), 2)
    ]
    if rows:
        with store.engine.begin() as conn:
            conn.execute(t.dedup_blocks.insert(), rows)
    return ids
