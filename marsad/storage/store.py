"""The event store: one query layer over SQLite (default) and PostgreSQL.

>>> store = Store(memory=True)
>>> store.save_document(doc, run_id=None)          # article + mentions + events, one transaction
>>> store.iter_events(EventFilter(type="ASSAULT", admin1="Aleppo"))

Every write of an article happens in one transaction; an article whose id or
content hash is already stored is not written again (``SaveResult.stored`` is
False), which makes ingest idempotent and resumable.  Machine event records are
never modified: reviewer decisions are appended to ``reviews`` and the corrected
record is kept beside the original (see docs/store.md).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marsad.doc import Document
from marsad.errors import StoreError
from marsad.storage import records as rec
from marsad.storage import schema as t
from marsad.storage.auth import AuthMixin
from marsad.storage.canonical import CanonicalMixin, repick_representative
from marsad.storage.filters import EventFilter, conditions, fts_query
from marsad.storage.migrations import migrate
from marsad.storage.runs import RunsMixin
from marsad.text.normalize import norm

log = logging.getLogger(__name__)

JSON = dict[str, Any]
DEFAULT_DB = "marsad.db"
_ORDER = {
    "date",
    "type",
    "admin1",
    "outlet",
    "fatalities",
    "confidence",
    "id",
    "published",
    "factuality",
    "review_state",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def database_url(db: str) -> str:
    """A SQLAlchemy URL from a file path or URL (``postgresql://`` gets the psycopg 3 driver)."""
    if "://" not in db:
        return "sqlite:///" + str(Path(db).expanduser().resolve())
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`Store.save_document` did: ``stored`` False means an identical article was there."""

    article_id: str
    stored: bool
    n_events: int = 0
    reason: str | None = None


class Store(AuthMixin, RunsMixin, CanonicalMixin):
    """The event store.

    Args:
        url_or_path: a SQLite file path, ``sqlite:///…`` or ``postgresql://…`` URL; None means
            ``$MARSAD_DB`` or ``marsad.db`` in the working directory.
        memory: a private throw-away SQLite database (tests), deleted by :meth:`close`; it is a temporary
            file (in /dev/shm when available) so that threads get their own connections.
        migrate_schema: create/upgrade the schema on open.

    Raises:
        StoreError: the database cannot be opened.
        MigrationError: the database is newer than this marsad.
    """

    def __init__(
        self, url_or_path: str | None = None, *, memory: bool = False, migrate_schema: bool = True
    ) -> None:
        self._tmpdir: tempfile.TemporaryDirectory[str] | None = None
        if memory:
            # a private throw-away SQLite file rather than ":memory:": one in-memory connection shared
            # by threads (web requests, background jobs) would roll back each other's transactions
            base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
            self._tmpdir = tempfile.TemporaryDirectory(prefix="marsad-store-", dir=base)
            url_or_path = os.path.join(self._tmpdir.name, "store.db")
        self.url = database_url(url_or_path or os.environ.get("MARSAD_DB") or DEFAULT_DB)
        kwargs: JSON = {"json_serializer": _json_dumps}
        if self.url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        try:
            self.engine = sa.create_engine(self.url, **kwargs)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise StoreError(f"cannot open database {url_or_path!r}: {e}") from e
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate_schema:
            try:
                migrate(self.engine)
            except sa.exc.OperationalError as e:
                raise StoreError(f"cannot open database {self.url}: {e}") from e

    @classmethod
    def open(cls, db: str) -> Store:
        """Open a store from a path or URL (the ``--db`` option)."""
        return cls(db)

    def close(self) -> None:
        """Release the connections (and delete a ``memory=True`` database)."""
        self.engine.dispose()
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------
    def has_article(self, article_id: str | None = None, *, content_hash: str | None = None) -> bool:
        """Whether an article with this id, or this content hash, is stored."""
        a = t.articles
        conds = []
        if article_id:
            conds.append(a.c.id == article_id)
        if content_hash:
            conds.append(a.c.content_hash == content_hash)
        if not conds:
            return False
        with self.engine.connect() as conn:
            return conn.execute(sa.select(a.c.id).where(sa.or_(*conds)).limit(1)).first() is not None

    def article_keys(self) -> tuple[set[str], set[str]]:
        """The ids and content hashes of every stored article (ingest checks new input against them)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.articles.c.id, t.articles.c.content_hash)).all()
        return {r.id for r in rows}, {r.content_hash for r in rows}

    def save_document(
        self, doc: Document, *, run_id: str | None = None, title: str | None = None
    ) -> SaveResult:
        """Store an analysed article with its mentions, events, actors and evidence in ONE transaction.

        Args:
            doc: the analysed document (``doc.id`` must be set).
            run_id: the ingest run that produced it.
            title: the article's title, searched with the text.

        Returns:
            ``stored=False`` (and nothing written) when the same id or content hash is already stored.
        """
        if not doc.id:
            raise StoreError("a document needs an id to be stored")
        h = rec.content_hash(doc.text)
        if self.has_article(doc.id, content_hash=h):
            return SaveResult(doc.id, False, reason="already stored")
        now = _now()
        ev_rows, actor_rows, src_rows = [], [], []
        for i, record in enumerate(doc.events):
            eid = rec.event_id(doc.id, i, record)
            record = {**record, "id": eid}
            cols = rec.event_columns(record, text=doc.text)
            ev_rows.append(
                {
                    "id": eid,
                    "article_id": doc.id,
                    "idx": i,
                    "record": record,
                    "outlet": doc.outlet,
                    "published": doc.published,
                    "created": now,
                    "review_state": "machine",
                    **cols,
                }
            )
            actor_rows += rec.actor_rows(eid, record)
            src_rows += [{"event_id": eid, "article_id": doc.id, **s} for s in rec.evidence_spans(record)]
        mention_rows = [
            {
                "article_id": doc.id,
                "idx": i,
                "start": m.start,
                "end": m.end,
                "label": m.label,
                "kind": m.kind,
                "text": m.text or doc.text[m.start : m.end],
                "kb_id": m.kb_id,
                "name_en": m.name_en,
            }
            for i, m in enumerate(doc.mentions)
        ]
        norm_text = rec.search_text(doc, title=title)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    t.articles.insert().values(
                        id=doc.id,
                        content_hash=h,
                        text=doc.text,
                        norm_text=norm_text,
                        title=title,
                        published=doc.published,
                        outlet=doc.outlet,
                        url=doc.url,
                        lang=doc.lang or "ar",
                        document=rec.document_json(doc),
                        n_events=len(ev_rows),
                        run_id=run_id,
                        created=now,
                    )
                )
                for table, rows in (
                    (t.mentions, mention_rows),
                    (t.events, ev_rows),
                    (t.event_actors, actor_rows),
                    (t.event_sources, src_rows),
                ):
                    if rows:
                        conn.execute(table.insert(), rows)
                if self.dialect == "sqlite":
                    conn.execute(
                        sa.text("INSERT INTO articles_fts(ref, body) VALUES (:r, :b)"),
                        {"r": doc.id, "b": norm_text},
                    )
                    if ev_rows:
                        conn.execute(
                            sa.text("INSERT INTO events_fts(ref, body) VALUES (:r, :b)"),
                            [{"r": r["id"], "b": r["search_text"]} for r in ev_rows],
                        )
        except sa.exc.IntegrityError as e:
            if self.has_article(doc.id, content_hash=h):
                # a concurrent writer stored the same article between the check and the insert
                log.info("article %s not stored: %s", doc.id, e.orig)
                return SaveResult(doc.id, False, reason="already stored")
            raise StoreError(f"cannot store article {doc.id!r}: {e.orig}") from e
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"cannot store article {doc.id!r}: {e}") from e
        return SaveResult(doc.id, True, n_events=len(ev_rows))

    def get_article(self, article_id: str) -> JSON | None:
        """An article: its fields, ``document`` (the full Document JSON with text) and its events' ids."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).first()
            if row is None:
                return None
            evs = conn.execute(
                sa.select(t.events.c.id, t.events.c.record)
                .where(t.events.c.article_id == article_id)
                .order_by(t.events.c.idx)
            ).all()
        out = dict(row._mapping)
        out.pop("norm_text", None)
        # the machine records live in the events table only (reviewer fixes: see get_event)
        out["document"] = {**(out["document"] or {}), "text": row.text, "events": [e.record for e in evs]}
        out["event_ids"] = [e.id for e in evs]
        return out

    def get_document(self, article_id: str) -> Document | None:
        """The stored Document of an article (events are the machine records), or None."""
        art = self.get_article(article_id)
        return Document.from_dict(art["document"]) if art else None

    def iter_articles(
        self, *, outlet: str | None = None, text: str | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[JSON]:
        """Articles (without text and document) by publication date, optionally by outlet or free text."""
        a = t.articles
        q = sa.select(
            a.c.id, a.c.title, a.c.published, a.c.outlet, a.c.url, a.c.n_events, a.c.run_id, a.c.created
        )
        if outlet:
            q = q.where(a.c.outlet == outlet)
        if text and norm(text):
            q = q.where(self._article_text_condition(text))
        q = q.order_by(a.c.published, a.c.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield dict(row._mapping)

    def _article_text_condition(self, text: str) -> sa.ColumnElement[bool]:
        a = t.articles
        if self.dialect == "sqlite":
            sub = sa.text("SELECT ref FROM articles_fts WHERE articles_fts MATCH :q").bindparams(
                q=fts_query(text)
            )
            return a.c.id.in_(sub)
        return sa.and_(*[a.c.norm_text.ilike(f"%{w}%") for w in norm(text).split()])

    def search_articles(self, text: str, *, limit: int = 50) -> list[JSON]:
        """Articles matching free text (normalised Arabic; FTS5 on SQLite, ILIKE on PostgreSQL)."""
        return list(self.iter_articles(text=text, limit=limit))

    # -- events ------------------------------------------------------------------
    def _event_query(self, f: EventFilter | None) -> sa.Select[Any]:
        e = t.events
        cols = [c for c in e.c if c.name not in ("record", "current", "search_text")]
        q = sa.select(*cols, sa.func.coalesce(e.c.current, e.c.record).label("record"))
        return q.where(*conditions(f or EventFilter(), self.dialect))

    def iter_events(
        self,
        f: EventFilter | None = None,
        *,
        order_by: str = "date",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[JSON]:
        """Events matching a filter; ``record`` is the effective record (reviewer fixes applied).

        Args:
            f: the filter (None = every event not rejected).
            order_by: a column: date, type, admin1, outlet, fatalities, confidence, id, published.
            descending: reverse order.
            limit: at most this many.
            offset: skip this many (paging).
        """
        if order_by not in _ORDER:
            raise StoreError(f"cannot order by {order_by!r}")
        col = t.events.c[order_by]
        q = self._event_query(f).order_by(col.desc() if descending else col, t.events.c.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield dict(row._mapping)

    def events(self, f: EventFilter | None = None, **kwargs: Any) -> list[JSON]:
        """:meth:`iter_events` as a list."""
        return list(self.iter_events(f, **kwargs))

    def count_events(self, f: EventFilter | None = None) -> int:
        """How many events match a filter."""
        q = (
            sa.select(sa.func.count())
            .select_from(t.events)
            .where(*conditions(f or EventFilter(), self.dialect))
        )
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar() or 0)

    def count(self, table: str) -> int:
        """Row count of a store table (articles, events, mentions, canonical_events, reviews, …)."""
        if table not in t.metadata.tables:
            raise StoreError(f"no table {table!r}")
        with self.engine.connect() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(t.metadata.tables[table])).scalar() or 0
            )

    def count_articles(self) -> int:
        """Number of stored articles."""
        return self.count("articles")

    def get_event(self, event_id: str) -> JSON | None:
        """One event with ``machine`` (original record), ``record`` (effective), ``reviews``,
        ``sources`` (see :meth:`event_sources`) and ``canonical`` (the canonical event or None)."""
        e = t.events
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(e).where(e.c.id == event_id)).first()
            if row is None:
                return None
            reviews = conn.execute(
                sa.select(t.reviews).where(t.reviews.c.event_id == event_id).order_by(t.reviews.c.id)
            ).all()
        out = dict(row._mapping)
        out["machine"] = out.pop("record")
        out["record"] = out.pop("current") or out["machine"]
        out.pop("search_text", None)
        out["reviews"] = [dict(r._mapping) for r in reviews]
        out["sources"] = self.event_sources(event_id)
        out["canonical"] = self.get_canonical(row.canonical_id) if row.canonical_id else None
        return out

    def event_sources(self, event_id: str) -> list[JSON]:
        """Every report supporting an event: its own evidence and, when it was merged into a
        canonical event, the evidence of every other report.  Each item has event_id,
        article_id, outlet, published, url, title, sentence, start, end, trigger_start, trigger_end, and
        ``text`` (the evidence characters)."""
        e, s, a = t.events, t.event_sources, t.articles
        with self.engine.connect() as conn:
            cid = conn.execute(sa.select(e.c.canonical_id).where(e.c.id == event_id)).scalar()
            ids = (
                (sa.select(e.c.id).where(e.c.canonical_id == cid)) if cid else sa.select(sa.literal(event_id))
            )
            rows = conn.execute(
                sa.select(
                    s.c.event_id,
                    s.c.article_id,
                    a.c.outlet,
                    a.c.published,
                    a.c.url,
                    a.c.title,
                    s.c.sentence,
                    s.c.start,
                    s.c.end,
                    s.c.trigger_start,
                    s.c.trigger_end,
                    sa.func.substr(a.c.text, s.c.start + 1, s.c.end - s.c.start).label("text"),
                )
                .join(a, a.c.id == s.c.article_id)
                .where(s.c.event_id.in_(ids))
                .order_by(a.c.published, s.c.event_id, s.c.start)
            ).all()
        return [dict(r._mapping) for r in rows]

    def event_actors(self, event_id: str) -> list[JSON]:
        """The actors of an event (role, actor_id, text, name_en, start, end), effective values."""
        a = t.event_actors
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(a).where(a.c.event_id == event_id).order_by(a.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def actor_links(self, f: EventFilter | None = None) -> list[JSON]:
        """Who acted on whom: ``{source, source_name, recipient, recipient_name, type, count}`` per
        actor pair and event type, over the events of a filter (actor key: id, else text)."""
        e, a = t.events, t.event_actors
        src, dst = a.alias("src"), a.alias("dst")
        skey = sa.func.coalesce(src.c.actor_id, src.c.text)
        dkey = sa.func.coalesce(dst.c.actor_id, dst.c.text)
        q = (
            sa.select(
                skey.label("source"),
                sa.func.max(src.c.name_en).label("source_name"),
                dkey.label("recipient"),
                sa.func.max(dst.c.name_en).label("recipient_name"),
                e.c.type,
                sa.func.count(sa.distinct(e.c.id)).label("count"),
            )
            .select_from(
                e.join(src, sa.and_(src.c.event_id == e.c.id, src.c.role == "source")).join(
                    dst, sa.and_(dst.c.event_id == e.c.id, dst.c.role == "recipient")
                )
            )
            .where(*conditions(f or EventFilter(), self.dialect))
            .group_by(skey, dkey, e.c.type)
            .order_by(sa.desc("count"))
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # -- reviews -----------------------------------------------------------------
    def record_review(
        self, event_id: str, user: str, decision: str, *, changes: JSON | None = None, note: str | None = None
    ) -> JSON:
        """Store a reviewer's decision; the machine record is kept, fixes go to the effective record.

        Args:
            event_id: the event.
            user: the reviewer's name.
            decision: ``accept``, ``fix`` (changes then accept) or ``reject``.
            changes: ``{field: new value}`` for fields in ``records.EDITABLE_FIELDS`` (e.g.
                ``{"location": {...place...}, "type": "ASSAULT"}``).
            note: free text.

        Returns:
            The event as :meth:`get_event` returns it after the decision.

        Raises:
            StoreError: unknown event, decision or field.
        """
        if decision not in t.DECISIONS:
            raise StoreError(f"unknown decision {decision!r}; use one of {', '.join(t.DECISIONS)}")
        changes = changes or {}
        e = t.events
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(e.c.record, e.c.current, e.c.article_id).where(e.c.id == event_id)
            ).first()
            if row is None:
                raise StoreError(f"no event {event_id!r}")
            base = row.current or row.record
            try:
                new, before = rec.apply_changes(base, changes)
            except ValueError as err:
                raise StoreError(str(err)) from err
            values: JSON = {"review_state": "rejected" if decision == "reject" else "accepted"}
            if changes:
                text = conn.execute(
                    sa.select(t.articles.c.text).where(t.articles.c.id == row.article_id)
                ).scalar()
                values.update(rec.event_columns(new, text=text or ""), current=new)
                if {"source", "recipient"} & set(changes):
                    conn.execute(t.event_actors.delete().where(t.event_actors.c.event_id == event_id))
                    rows = rec.actor_rows(event_id, new)
                    if rows:
                        conn.execute(t.event_actors.insert(), rows)
                if self.dialect == "sqlite":
                    conn.execute(sa.text("DELETE FROM events_fts WHERE ref = :r"), {"r": event_id})
                    conn.execute(
                        sa.text("INSERT INTO events_fts(ref, body) VALUES (:r, :b)"),
                        {"r": event_id, "b": values["search_text"]},
                    )
            conn.execute(e.update().where(e.c.id == event_id).values(**values))
            conn.execute(
                t.reviews.insert().values(
                    event_id=event_id,
                    user=user,
                    decision=decision,
                    changes=changes or None,
                    before=before or None,
                    note=note,
                    created=_now(),
                )
            )
            repick_representative(conn, event_id)
        out = self.get_event(event_id)
        assert out is not None
        return out

    def reviews(
        self, *, event_id: str | None = None, user: str | None = None, limit: int = 100
    ) -> list[JSON]:
        """Reviewer decisions, newest first."""
        r = t.reviews
        q = sa.select(r).order_by(r.c.id.desc()).limit(limit)
        if event_id:
            q = q.where(r.c.event_id == event_id)
        if user:
            q = q.where(r.c.user == user)
        with self.engine.connect() as conn:
            return [dict(x._mapping) for x in conn.execute(q)]


def _json_dumps(value: Any) -> str:
    # Arabic as UTF-8, not \uXXXX escapes: a third of the size
    return json.dumps(value, ensure_ascii=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
