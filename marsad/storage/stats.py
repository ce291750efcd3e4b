"""Store statistics for ``marsad stats``: counts by type, month, governorate and outlet."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from marsad.storage import schema as t
from marsad.storage.store import Store

JSON = dict[str, Any]


def _counts(
    store: Store,
    column: sa.ColumnElement[Any],
    *,
    table: sa.Table = t.events,
    limit: int | None = None,
    drop_rejected: bool = True,
) -> dict[str, int]:
    q = sa.select(column.label("k"), sa.func.count().label("n")).select_from(table).group_by(column)
    if table is t.events and drop_rejected:
        q = q.where(t.events.c.review_state != "rejected")
    q = q.order_by(sa.desc("n"), column)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return {str(k) if k is not None else "(none)": int(n) for k, n in conn.execute(q)}


def store_stats(store: Store, *, top: int = 30) -> JSON:
    """Counts over the store.

    Args:
        store: the store.
        top: at most this many admin1 regions and outlets.

    Returns:
        ``{"articles", "events", "mentions", "events_per_article", "by_type", "by_month", "by_admin1",
        "by_outlet" (events), "articles_by_outlet", "duplicates": {"canonical_events", "linked_reports",
        "merged"}, "reviews": {...}, "runs"}``.
    """
    e = t.events
    n_articles = store.count("articles")
    n_events = store.count_events()
    with store.engine.connect() as conn:
        linked = int(
            conn.execute(
                sa.select(sa.func.count()).select_from(e).where(e.c.canonical_id.is_not(None))
            ).scalar()
            or 0
        )
        dist = {
            int(k): int(v)
            for k, v in conn.execute(
                sa.select(t.articles.c.n_events, sa.func.count())
                .group_by(t.articles.c.n_events)
                .order_by(t.articles.c.n_events)
            )
        }
    n_canonical = store.count("canonical_events")
    by_month = _counts(store, sa.func.substr(e.c.date, 1, 7))
    return {
        "articles": n_articles,
        "events": n_events,
        "mentions": store.count("mentions"),
        "events_per_article": round(n_events / n_articles, 3) if n_articles else 0.0,
        "events_per_article_histogram": dist,
        "by_type": _counts(store, e.c.type),
        "by_month": dict(sorted(by_month.items())),
        "by_admin1": _counts(store, e.c.admin1, limit=top),
        "by_outlet": _counts(store, e.c.outlet, limit=top),
        "articles_by_outlet": _counts(store, t.articles.c.outlet, table=t.articles, limit=top),
        "by_review_state": _counts(store, e.c.review_state, drop_rejected=False),
        "duplicates": {
            "canonical_events": n_canonical,
            "linked_reports": linked,
            "merged": linked - n_canonical,
        },
        "reviews": store.count("reviews"),
        "runs": len(store.runs(limit=1000)),
    }


def format_stats(data: JSON) -> str:
    """A plain-text report of :func:`store_stats`."""
    lines = [
        f"articles: {data['articles']}   events: {data['events']}   mentions: {data['mentions']}",
        f"events per article: {data['events_per_article']}",
        f"duplicates: {data['duplicates']['linked_reports']} reports linked into "
        f"{data['duplicates']['canonical_events']} canonical events ({data['duplicates']['merged']} merged)",
        f"reviews: {data['reviews']}",
    ]
    for key, title in (
        ("by_type", "by type"),
        ("by_month", "by month"),
        ("by_admin1", "by admin1"),
        ("by_outlet", "events by outlet"),
        ("articles_by_outlet", "articles by outlet"),
    ):
        lines.append(f"\n{title}:")
        lines += [f"  {k:<40} {v:>7}" for k, v in data[key].items()] or ["  (none)"]
    return "\n".join(lines)
