"""Versioned migrations recorded in _marsad_migrations."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marsad.errors import MigrationError
from marsad.storage import migrations as m
from marsad.storage.store import Store


def test_fresh_store_is_at_latest_version(tmp_path):
    s = Store(str(tmp_path / "a.db"))
    assert m.current_version(s.engine) == m.latest_version() >= 1
    assert m.migrate(s.engine) == []  # nothing left to do
    names = set(sa.inspect(s.engine).get_table_names())
    assert {"articles", "events", "event_sources", "reviews", "users", "api_tokens", "runs"} <= names
    assert "articles_fts" in names


def test_database_newer_than_code_is_refused(tmp_path):
    path = str(tmp_path / "b.db")
    s = Store(path)
    with s.engine.begin() as conn:
        conn.execute(
            m.migrations_table.insert().values(version=m.latest_version() + 1, name="future", applied="x")
        )
    s.close()
    with pytest.raises(MigrationError, match=r"newer|upgrade"):
        Store(path)


def test_migrations_apply_in_order_once():
    engine = sa.create_engine("sqlite://")
    calls: list[int] = []

    def step(v):
        def apply(conn):
            calls.append(v)
            conn.exec_driver_sql(f"CREATE TABLE t{v} (x INTEGER)")

        return m.Migration(v, f"step {v}", apply)

    steps = [step(1), step(2)]
    assert m.migrate(engine, migrations=steps[:1]) == [1]
    assert m.migrate(engine, migrations=steps) == [2]
    assert m.migrate(engine, migrations=steps) == []
    assert calls == [1, 2]


def test_failed_migration_raises_and_is_not_recorded():
    engine = sa.create_engine("sqlite://")

    def bad(conn):
        conn.exec_driver_sql("CREATE TABLE broken (")

    with pytest.raises(MigrationError, match=r"broken|failed"):
        m.migrate(engine, migrations=[m.Migration(1, "broken", bad)])
    assert m.current_version(engine) == 0


def test_migration_registered_out_of_order_is_an_error():
    with pytest.raises(MigrationError):
        m.migration(0, "too early")(lambda conn: None)
