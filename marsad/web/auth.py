"""Who is asking, and may they: sessions, API tokens, roles and CSRF for the web app.

Users, password hashes, tokens and sessions live in the store
(:class:`marsad.storage.auth.AuthMixin`); this module only reads the request.

- A browser logs in with a password and gets an ``HttpOnly``, ``SameSite=Lax``
  session cookie holding a random secret (the store keeps its SHA-256 and a
  per-session CSRF token).
- A script sends ``Authorization: Bearer <token>``; token requests carry no
  cookie, so they need no CSRF token.
- Every unsafe request (POST, PUT, PATCH, DELETE) authenticated by cookie must
  carry the session's CSRF token in the ``X-CSRF-Token`` header or a
  ``csrf_token`` form field; the login form itself uses a double-submit cookie.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request

log = logging.getLogger(__name__)

SESSION_COOKIE = "marsad_session"
LOGIN_CSRF_COOKIE = "marsad_login_csrf"
CSRF_HEADER = "x-csrf-token"
ROLE_RANK = {"viewer": 0, "reviewer": 1, "admin": 2}
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated user: name, role, how they came in, and (for sessions) the CSRF token."""

    name: str
    role: str
    via: str  # session | token
    csrf: str | None = None

    def can(self, role: str) -> bool:
        """Whether this user has at least ``role``."""
        return ROLE_RANK.get(self.role, -1) >= ROLE_RANK[role]


class LoginRequired(Exception):
    """Raised by page handlers when nobody is logged in (turned into a redirect to /login)."""


def _store(request: Request) -> Any:
    return request.app.state.store


def current_user(request: Request) -> Principal | None:
    """The user of this request (bearer token first, then session cookie), cached on the request."""
    if hasattr(request.state, "principal"):
        return request.state.principal  # type: ignore[no-any-return]
    principal: Principal | None = None
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = _store(request).user_for_token(header[7:].strip())
        if user is None:
            raise HTTPException(401, "invalid or revoked API token", headers={"WWW-Authenticate": "Bearer"})
        principal = Principal(user["name"], user["role"], "token")
    else:
        secret = request.cookies.get(SESSION_COOKIE)
        if secret:
            user = _store(request).session_user(secret)
            if user is not None:
                principal = Principal(user["name"], user["role"], "session", user.get("csrf"))
    request.state.principal = principal
    return principal


def api_user(request: Request) -> Principal:
    """FastAPI dependency for JSON reads: any logged-in user, else 401."""
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "login or an API token required", headers={"WWW-Authenticate": "Bearer"})
    return user


def page_user(request: Request) -> Principal:
    """FastAPI dependency for HTML pages: any logged-in user, else a redirect to the login page."""
    user = current_user(request)
    if user is None:
        raise LoginRequired()
    return user


async def check_csrf(request: Request, user: Principal) -> None:
    """Refuse an unsafe cookie-authenticated request without the session's CSRF token (403)."""
    if request.method not in UNSAFE_METHODS or user.via != "session":
        return
    sent = request.headers.get(CSRF_HEADER)
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not sent or not user.csrf or not hmac.compare_digest(sent, user.csrf):
        raise HTTPException(403, "missing or wrong CSRF token")


def require(role: str) -> Any:
    """A FastAPI dependency for writes: a user with at least ``role`` and, for sessions, a valid CSRF token."""

    async def dependency(request: Request) -> Principal:
        user = api_user(request)
        if not user.can(role):
            raise HTTPException(403, f"the {user.role} role cannot do this; it needs {role}")
        await check_csrf(request, user)
        return user

    return dependency


def new_login_csrf() -> str:
    """A fresh token for the login form's double-submit cookie."""
    return secrets.token_urlsafe(24)


def login_csrf_ok(cookie: str | None, form_value: str | None) -> bool:
    """Whether the login form's token matches its cookie."""
    return bool(cookie and form_value and hmac.compare_digest(cookie, form_value))
