"""The event store's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

This module only *describes* the current schema; ``marsad.storage.migrations``
creates and upgrades it, and ``marsad.storage.store`` is the only code that
reads or writes rows.  Denormalised columns on ``events`` (type, date, admin1,
lat/lon, …) exist for filtering; the full machine record stays untouched in
``events.record`` and a reviewer's corrected record lives in ``events.current``.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# Review states of an event.  ``machine``: nobody has looked; ``accepted``: a
# reviewer accepted it (possibly after fixing fields); ``rejected``: not an event.
REVIEW_STATES = ("machine", "accepted", "rejected")
# Reviewer decisions.  ``fix`` stores changed fields and accepts.
DECISIONS = ("accept", "fix", "reject")
ROLES = ("admin", "reviewer", "viewer")

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),  # ingest | dedup | web-ingest
    sa.Column("status", sa.String(16), nullable=False),  # running | done | failed | interrupted
    sa.Column("started", sa.String(32), nullable=False),
    sa.Column("finished", sa.String(32)),
    sa.Column("total", sa.Integer),  # records seen (None while unknown)
    sa.Column("processed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("stored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("params", sa.JSON),
    sa.Column("errors", sa.JSON),  # [{"source": ..., "reason": ...}], capped
    sa.Column("message", sa.Text),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(255), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),  # sha256 of text
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("norm_text", sa.Text, nullable=False),  # marsad.text.normalize.norm(title + text)
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("outlet", sa.String(255)),
    sa.Column("url", sa.Text),
    sa.Column("lang", sa.String(8), nullable=False, server_default="ar"),
    sa.Column("document", sa.JSON),  # Document.to_dict() without "text"
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("run_id", sa.String(64)),
    sa.Column("created", sa.String(32), nullable=False),
    sa.Index("ix_articles_outlet", "outlet"),
    sa.Index("ix_articles_published", "published"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),  # index in Document.mentions
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(16)),
    sa.Column("text", sa.Text),
    sa.Column("kb_id", sa.String(128)),
    sa.Column("name_en", sa.Text),
    sa.Index("ix_mentions_article", "article_id"),
    sa.Index("ix_mentions_kb", "kb_id"),
)

canonical_events = sa.Table(
    "canonical_events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # "c:<representative event id>"
    sa.Column("representative_id", sa.String(300), nullable=False),  # best-attributed report
    sa.Column("earliest_id", sa.String(300), nullable=False),  # earliest report
    sa.Column("type", sa.String(32)),
    sa.Column("date", sa.String(10)),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("outlets", sa.JSON),  # sorted list of outlet names
    sa.Column("reasons", sa.JSON),  # [{"a": id, "b": id, "score": float, "reasons": [...]}]
    sa.Column("score", sa.Float),
    sa.Column("run_id", sa.String(64)),
    sa.Column("created", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(300), primary_key=True),  # "<article id>#<n>"
    sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),  # machine original, never changed
    sa.Column("current", sa.JSON),  # record with reviewer fixes applied (None = unchanged)
    sa.Column("type", sa.String(32)),
    sa.Column("mode", sa.String(64)),
    sa.Column("acled_type", sa.String(64)),
    sa.Column("date", sa.String(10)),  # ISO date of date.value (first 10 chars)
    sa.Column("date_precision", sa.Integer),  # ACLED time_precision 1..3
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.String(128)),
    sa.Column("admin2", sa.String(128)),
    sa.Column("location", sa.Text),  # English name or source text of the place
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("factuality", sa.String(16)),
    sa.Column("fatalities", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("outlet", sa.String(255)),  # copied from the article for fast filtering
    sa.Column("published", sa.String(40)),
    sa.Column("search_text", sa.Text),  # norm() of trigger, actors, place and evidence text
    sa.Column("canonical_id", sa.String(64), sa.ForeignKey("canonical_events.id", ondelete="SET NULL")),
    sa.Column("review_state", sa.String(16), nullable=False, server_default="machine"),
    sa.Column("created", sa.String(32), nullable=False),
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_type", "type"),
    sa.Index("ix_events_date", "date"),
    sa.Index("ix_events_admin1", "admin1"),
    sa.Index("ix_events_canonical", "canonical_id"),
    sa.Index("ix_events_review", "review_state"),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(300), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("sentence", sa.Integer),
    sa.Column("start", sa.Integer, nullable=False),  # evidence span in the article text
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Index("ix_event_sources_event", "event_id"),
    sa.Index("ix_event_sources_article", "article_id"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(300), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),  # source | recipient
    sa.Column("actor_id", sa.String(128)),
    sa.Column("text", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Index("ix_event_actors_event", "event_id"),
    sa.Index("ix_event_actors_actor", "actor_id"),
)

# Pairs of reports a person split apart (``marsad dedup --undo``): never linked again.
dedup_blocks = sa.Table(
    "dedup_blocks",
    metadata,
    sa.Column("event_a", sa.String(300), primary_key=True),
    sa.Column("event_b", sa.String(300), primary_key=True),
    sa.Column("user", sa.String(128)),
    sa.Column("created", sa.String(32), nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(128), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text),  # argon2id; None = cannot log in with a password
    sa.Column("created", sa.String(32), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(128)),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),  # sha256 of the secret
    sa.Column("created", sa.String(32), nullable=False),
    sa.Column("last_used", sa.String(32)),
    sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id_hash", sa.String(64), primary_key=True),  # sha256 of the cookie secret
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created", sa.String(32), nullable=False),
    sa.Column("expires", sa.String(32), nullable=False),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(300), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("user", sa.String(128), nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),  # accept | fix | reject
    sa.Column("changes", sa.JSON),  # {field: new value}
    sa.Column("before", sa.JSON),  # {field: value before this decision}
    sa.Column("note", sa.Text),
    sa.Column("created", sa.String(32), nullable=False),
    sa.Index("ix_reviews_event", "event_id"),
)

# SQLite only: full-text indexes over normalised text (created by migration 1).
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(ref UNINDEXED, body, tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(ref UNINDEXED, body, tokenize='unicode61 remove_diacritics 0')",
]
