"""Versioned schema migrations: ordered functions recorded in ``_marsad_migrations``.

Each migration is a function ``(connection) -> None`` registered with
:func:`migration`; they run in order, each in its own transaction, and each is
recorded by name and version so it runs once.  A database that records a
version this code does not know was written by a newer marsad and is refused
with :class:`~marsad.errors.MigrationError` rather than silently misread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from marsad.errors import MigrationError
from marsad.storage import schema

log = logging.getLogger(__name__)

_meta = sa.MetaData()
migrations_table = sa.Table(
    "_marsad_migrations",
    _meta,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(128), nullable=False),
    sa.Column("applied", sa.String(32), nullable=False),
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step."""

    version: int
    name: str
    apply: Callable[[sa.Connection], None]


MIGRATIONS: list[Migration] = []


def migration(
    version: int, name: str
) -> Callable[[Callable[[sa.Connection], None]], Callable[[sa.Connection], None]]:
    """Register a migration function under a version number (strictly increasing)."""

    def wrap(fn: Callable[[sa.Connection], None]) -> Callable[[sa.Connection], None]:
        if MIGRATIONS and MIGRATIONS[-1].version >= version:
            raise MigrationError(f"migration {version} registered out of order")
        MIGRATIONS.append(Migration(version, name, fn))
        return fn

    return wrap


@migration(1, "initial schema")
def _initial(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        for ddl in schema.SQLITE_FTS:
            conn.exec_driver_sql(ddl)


def latest_version() -> int:
    """The schema version this code writes."""
    return MIGRATIONS[-1].version if MIGRATIONS else 0


def current_version(engine: sa.Engine) -> int:
    """The schema version recorded in the database (0 for an empty database)."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("_marsad_migrations"):
            return 0
        value = conn.execute(sa.select(sa.func.max(migrations_table.c.version))).scalar()
        return int(value or 0)


def migrate(engine: sa.Engine, *, migrations: list[Migration] | None = None) -> list[int]:
    """Bring the database up to date.

    Args:
        engine: the database.
        migrations: the ordered migrations to apply (default: all registered).

    Returns:
        The versions applied by this call (empty when already current).

    Raises:
        MigrationError: the database is newer than this code, or a step failed.
    """
    steps = MIGRATIONS if migrations is None else migrations
    with engine.begin() as conn:
        _meta.create_all(conn)
    have = current_version(engine)
    known = steps[-1].version if steps else 0
    if have > known:
        raise MigrationError(
            f"the database has schema version {have} but this marsad knows only up to {known}; upgrade marsad"
        )
    applied: list[int] = []
    for step in steps:
        if step.version <= have:
            continue
        log.info("applying migration %d: %s", step.version, step.name)
        try:
            with engine.begin() as conn:
                step.apply(conn)
                conn.execute(
                    migrations_table.insert().values(
                        version=step.version, name=step.name, applied=datetime.now(UTC).isoformat()
                    )
                )
        except sa.exc.SQLAlchemyError as e:
            raise MigrationError(f"migration {step.version} ({step.name}) failed: {e}") from e
        applied.append(step.version)
    return applied
