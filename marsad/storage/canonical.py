"""Canonical events of the store: reports of one real event linked by deduplication."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.storage import schema as t

JSON = dict[str, Any]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CanonicalMixin:
    """Canonical-event methods of :class:`marsad.storage.store.Store` (the logic is in ``dedup.py``)."""

    engine: sa.Engine

    def get_canonical(self, canonical_id: str) -> JSON | None:
        """A canonical event with ``event_ids`` (its reports), or None."""
        c = t.canonical_events
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(c).where(c.c.id == canonical_id)).first()
            if row is None:
                return None
            ids = (
                conn.execute(
                    sa.select(t.events.c.id)
                    .where(t.events.c.canonical_id == canonical_id)
                    .order_by(t.events.c.published, t.events.c.id)
                )
                .scalars()
                .all()
            )
        return {**dict(row._mapping), "event_ids": list(ids)}

    def canonical_events(self, *, limit: int | None = None) -> list[JSON]:
        """All canonical events (without their members), largest first."""
        c = t.canonical_events
        q = sa.select(c).order_by(c.c.n_events.desc(), c.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def link_canonical(
        self,
        event_ids: list[str],
        *,
        representative_id: str,
        earliest_id: str,
        reasons: list[JSON],
        score: float | None = None,
        run_id: str | None = None,
    ) -> str:
        """Link reports into one canonical event (replacing canonical events they were in).

        Returns:
            The canonical id (``c:<representative id>``).
        """
        e, c = t.events, t.canonical_events
        cid = "c:" + uuid.uuid5(uuid.NAMESPACE_URL, "|".join(sorted(event_ids))).hex[:16]
        with self.engine.begin() as conn:
            rows = conn.execute(
                sa.select(e.c.id, e.c.article_id, e.c.outlet, e.c.type, e.c.date, e.c.canonical_id).where(
                    e.c.id.in_(event_ids)
                )
            ).all()
            if len(rows) != len(set(event_ids)):
                raise StoreError("unknown event id in canonical group")
            old = {r.canonical_id for r in rows if r.canonical_id}
            if old:
                conn.execute(e.update().where(e.c.canonical_id.in_(old)).values(canonical_id=None))
                conn.execute(c.delete().where(c.c.id.in_(old)))
            rep = next(r for r in rows if r.id == representative_id)
            conn.execute(
                c.insert().values(
                    id=cid,
                    representative_id=representative_id,
                    earliest_id=earliest_id,
                    type=rep.type,
                    date=rep.date,
                    n_events=len(rows),
                    n_articles=len({r.article_id for r in rows}),
                    outlets=sorted({r.outlet for r in rows if r.outlet}),
                    reasons=reasons,
                    score=score,
                    run_id=run_id,
                    created=_now(),
                )
            )
            conn.execute(e.update().where(e.c.id.in_(event_ids)).values(canonical_id=cid))
        return cid

    def unlink_canonical(self, canonical_id: str) -> list[str]:
        """Undo a merge: the reports become separate events again.

        Returns:
            The ids of the events that were linked (empty when there was no such canonical event).
        """
        e, c = t.events, t.canonical_events
        with self.engine.begin() as conn:
            ids = conn.execute(sa.select(e.c.id).where(e.c.canonical_id == canonical_id)).scalars().all()
            conn.execute(e.update().where(e.c.canonical_id == canonical_id).values(canonical_id=None))
            conn.execute(c.delete().where(c.c.id == canonical_id))
        return list(ids)


def repick_representative(conn: sa.Connection, event_id: str) -> None:
    """When a canonical event's representative is rejected, the next report (by publication) that is
    not rejected represents it, so the collapsed views keep showing the real event."""
    c, e = t.canonical_events, t.events
    cid = conn.execute(sa.select(c.c.id).where(c.c.representative_id == event_id)).scalar()
    state = conn.execute(sa.select(e.c.review_state).where(e.c.id == event_id)).scalar()
    if cid is None or state != "rejected":
        return
    other = conn.execute(
        sa.select(e.c.id)
        .where(e.c.canonical_id == cid, e.c.review_state != "rejected")
        .order_by(e.c.published, e.c.id)
        .limit(1)
    ).scalar()
    if other:
        conn.execute(c.update().where(c.c.id == cid).values(representative_id=other))
