"""Fixtures of the web tests (kept beside them because only they use them; see web_helpers.py)."""

from __future__ import annotations

from typing import Any

import pytest
from web_helpers import ASGIClient, fill_store, login

from marsad.storage.store import Store
from marsad.web.app import create_app


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # argon2's production cost (~0.5 s a hash on a busy 2-core machine) would dominate these tests;
    # the hashing itself is the store's business and is tested there.
    from argon2 import PasswordHasher

    import marsad.storage.auth as store_auth

    monkeypatch.setattr(store_auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture()
def web_store() -> Store:
    """An in-memory store with the test articles and users admin, reviewer, viewer."""
    return fill_store(Store(memory=True))


@pytest.fixture()
def app(web_store: Store) -> Any:
    """The web app over ``web_store``."""
    return create_app(web_store)


@pytest.fixture()
def anon(app: Any) -> ASGIClient:
    """A client that has not logged in (httpx over ASGI, no server)."""
    return ASGIClient(app, follow_redirects=False)


@pytest.fixture()
def reviewer(app: Any) -> tuple[ASGIClient, str]:
    """A client logged in as a reviewer, with its CSRF token."""
    c = ASGIClient(app, follow_redirects=False)
    return c, login(c, "reviewer")


@pytest.fixture()
def viewer(app: Any) -> tuple[ASGIClient, str]:
    """A client logged in as a viewer, with its CSRF token."""
    c = ASGIClient(app, follow_redirects=False)
    return c, login(c, "viewer")
