"""``EventFilter``: the one filter shared by the event table, exports, stats and the web app."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa

from marsad.storage import schema as t
from marsad.text.normalize import norm

_FTS_SAFE_RE = re.compile(r"[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class EventFilter:
    """Which events to select.  Every field is optional; unset fields do not filter.

    Attributes:
        date_from: first ISO date included (``YYYY-MM-DD``), compared with the event date.
        date_to: last ISO date included.
        country: ISO country code(s) (``SY``).
        admin1: first-level region name(s) as in the gazetteer (``Aleppo``).
        type: PLOVER event type(s) (``ASSAULT``).
        actor: actor id(s) (``HTS``), or a name matched in the actor's text or English name.
        role: restrict ``actor`` to ``source`` or ``recipient``.
        outlet: outlet name(s) of the reporting article (exact match).
        factuality: factuality value(s) (``asserted``, ``reported`` …).
        review_state: ``machine``, ``accepted`` or ``rejected`` (one or several).
        text: free text, normalised with ``marsad.text.normalize.norm`` and matched in the event's
            evidence, actors and place, or in its article.
        article_id: events of one article.
        canonical_id: events linked to one canonical event.
        collapse_duplicates: keep only one event (the best-attributed report) per canonical event.
        include_rejected: keep events a reviewer rejected (default: drop them unless
            ``review_state`` asks for them).
        bbox: ``(min_lon, min_lat, max_lon, max_lat)``.
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | Sequence[str] | None = None
    admin1: str | Sequence[str] | None = None
    type: str | Sequence[str] | None = None
    actor: str | Sequence[str] | None = None
    role: str | None = None
    outlet: str | Sequence[str] | None = None
    factuality: str | Sequence[str] | None = None
    review_state: str | Sequence[str] | None = None
    text: str | None = None
    article_id: str | None = None
    canonical_id: str | None = None
    collapse_duplicates: bool = False
    include_rejected: bool = False
    bbox: tuple[float, float, float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The set fields, for logging and for carrying filters in URLs."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, False)
        }


def _many(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in (x.strip() for x in value.split(",")) if v]
    return [v for v in value if v]


def fts_query(text: str) -> str:
    """An FTS5 query (every word as a quoted prefix term) from free text, normalised."""
    words = _FTS_SAFE_RE.sub(" ", norm(text)).split()
    return " ".join(f'"{w}"*' for w in words)


def conditions(f: EventFilter, dialect: str) -> list[sa.ColumnElement[bool]]:
    """SQL conditions on the ``events`` table for a filter.

    Args:
        f: the filter.
        dialect: ``sqlite`` or ``postgresql`` (chooses FTS5 or ILIKE for free text).
    """
    e = t.events
    out: list[sa.ColumnElement[bool]] = []
    if f.date_from:
        out.append(e.c.date >= f.date_from[:10])
    if f.date_to:
        out.append(e.c.date <= f.date_to[:10])
    for col, value in (
        (e.c.country, f.country),
        (e.c.admin1, f.admin1),
        (e.c.type, f.type),
        (e.c.outlet, f.outlet),
        (e.c.factuality, f.factuality),
        (e.c.review_state, f.review_state),
    ):
        vals = _many(value)
        if col is e.c.type:
            vals = [v.upper() for v in vals]
        if vals:
            out.append(col.in_(vals))
    if not f.include_rejected and not _many(f.review_state):
        out.append(e.c.review_state != "rejected")
    actors = _many(f.actor)
    if actors:
        a = t.event_actors
        match = sa.or_(
            a.c.actor_id.in_(actors),
            *[sa.func.lower(a.c.name_en) == x.lower() for x in actors],
            *[a.c.text == x for x in actors],
        )
        sub = sa.select(a.c.event_id).where(match)
        if f.role:
            sub = sub.where(a.c.role == f.role)
        out.append(e.c.id.in_(sub))
    if f.article_id:
        out.append(e.c.article_id == f.article_id)
    if f.canonical_id:
        out.append(e.c.canonical_id == f.canonical_id)
    if f.collapse_duplicates:
        c = t.canonical_events
        out.append(sa.or_(e.c.canonical_id.is_(None), e.c.id.in_(sa.select(c.c.representative_id))))
    if f.bbox:
        x0, y0, x1, y1 = f.bbox
        out.append(sa.and_(e.c.lon >= x0, e.c.lon <= x1, e.c.lat >= y0, e.c.lat <= y1))
    if f.text and norm(f.text):
        out.append(_text_condition(f.text, dialect))
    return out


def _text_condition(text: str, dialect: str) -> sa.ColumnElement[bool]:
    e = t.events
    if dialect == "sqlite":
        q = fts_query(text)
        ev = sa.text("SELECT ref FROM events_fts WHERE events_fts MATCH :q").bindparams(q=q)
        ar = sa.text("SELECT ref FROM articles_fts WHERE articles_fts MATCH :q2").bindparams(q2=q)
        return sa.or_(e.c.id.in_(ev), e.c.article_id.in_(ar))
    words = norm(text).split()
    a = t.articles
    per_word = []
    for w in words:
        pat = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        per_word.append(
            sa.or_(
                e.c.search_text.ilike(pat),
                e.c.article_id.in_(sa.select(a.c.id).where(a.c.norm_text.ilike(pat))),
            )
        )
    return sa.and_(*per_word)
