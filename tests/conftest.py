"""Shared fixtures for the whole test suite (one conftest, spaCy-style)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.doc import Document

REPO = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    return Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's ../shared folder; tests that need it skip cleanly when it is absent."""
    d = _shared_dir()
    if not (d / "data").is_dir():
        pytest.skip("../shared/data is not available")
    return d


@pytest.fixture()
def runner() -> CliRunner:
    """A click test runner."""
    return CliRunner()


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once for the session."""
    import marsad

    return marsad.load()


@pytest.fixture()
def make_doc():
    """Build a tokenised Document from text without running the whole pipeline."""
    from marsad.stages.tokenizer import Tokenizer

    tok = Tokenizer()

    def _make(text: str, **meta: str) -> Document:
        return tok(Document(text=text, **meta))

    return _make


def skip_or_fail(reason: str) -> None:
    """Skip a test whose service is missing, but fail in CI where the service must be there.

    ``.ci/run`` sets ``MARSAD_REQUIRE_SERVICES=1`` after installing PostgreSQL and Chromium, so a
    test that would silently skip there (a missing install step) fails instead.
    """
    if os.environ.get("MARSAD_REQUIRE_SERVICES"):
        pytest.fail(f"required service missing in CI: {reason}")
    pytest.skip(reason)


LOCAL_ACTOR_NAME = "كتيبة أبناء الوادي الأخضر"


@pytest.fixture()
def user_kb_dir(tmp_path: Path) -> Path:
    """A user knowledge-base directory adding one invented actor (TEST-BRIGADE, named LOCAL_ACTOR_NAME)."""
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "actors.tsv").write_text(
        "id\tname_en\ttype\tcategory\tcountry\taffiliation\tactive\twikidata\taliases\n"
        f"TEST-BRIGADE\tSons of the Valley Brigade\tarmed group\trebel\tSY\t\t\t\t{LOCAL_ACTOR_NAME}\n",
        encoding="utf-8",
    )
    return kb


@pytest.fixture()
def pg_url() -> str:
    """URL of an emptied PostgreSQL test database (``MARSAD_TEST_PG_URL``); skip or fail without one."""
    import sqlalchemy as sa

    from marsad.storage import schema
    from marsad.storage.migrations import migrations_table
    from marsad.storage.store import database_url

    url = os.environ.get("MARSAD_TEST_PG_URL")
    if not url:
        skip_or_fail("MARSAD_TEST_PG_URL is not set")
    assert url is not None
    engine = sa.create_engine(database_url(url))
    with engine.begin() as conn:  # start from an empty database
        schema.metadata.drop_all(conn)
        migrations_table.drop(conn, checkfirst=True)
    engine.dispose()
    return url
