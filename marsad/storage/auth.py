"""Users, API tokens and login sessions of the store (used by the web app and ``marsad users``).

Passwords are hashed with argon2id (argon2-cffi); API tokens and session ids are
random secrets of which only the SHA-256 is stored, so a copied database does
not leak working credentials.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from marsad.errors import StoreError
from marsad.storage import schema as t

_hasher = PasswordHasher()


def _sha(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _user(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "id": row.id,
        "name": row.name,
        "role": row.role,
        "created": row.created,
        "disabled": bool(row.disabled),
    }


class AuthMixin:
    """User, token and session methods of :class:`marsad.storage.store.Store`."""

    engine: sa.Engine

    # -- users ---------------------------------------------------------------
    def add_user(self, name: str, role: str, *, password: str | None = None) -> dict[str, Any]:
        """Create a user.

        Args:
            name: unique login name.
            role: ``admin``, ``reviewer`` or ``viewer``.
            password: plain password (hashed with argon2 before storing); None = token-only user.

        Raises:
            StoreError: unknown role or the name is taken.
        """
        if role not in t.ROLES:
            raise StoreError(f"unknown role {role!r}; use one of {', '.join(t.ROLES)}")
        pw = _hasher.hash(password) if password else None
        try:
            with self.engine.begin() as conn:
                conn.execute(t.users.insert().values(name=name, role=role, password_hash=pw, created=_now()))
        except sa.exc.IntegrityError as e:
            raise StoreError(f"user {name!r} already exists") from e
        user = self.get_user(name)
        assert user is not None  # just inserted
        return user

    def get_user(self, name: str) -> dict[str, Any] | None:
        """A user by name (without the password hash), or None."""
        with self.engine.connect() as conn:
            return _user(conn.execute(sa.select(t.users).where(t.users.c.name == name)).first())

    def list_users(self) -> list[dict[str, Any]]:
        """All users, by name."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.users).order_by(t.users.c.name)).all()
        return [u for u in (_user(r) for r in rows) if u]

    def set_user(
        self, name: str, *, role: str | None = None, password: str | None = None, disabled: bool | None = None
    ) -> dict[str, Any]:
        """Change a user's role, password or disabled flag.

        Raises:
            StoreError: no such user or unknown role.
        """
        values: dict[str, Any] = {}
        if role is not None:
            if role not in t.ROLES:
                raise StoreError(f"unknown role {role!r}")
            values["role"] = role
        if password is not None:
            values["password_hash"] = _hasher.hash(password)
        if disabled is not None:
            values["disabled"] = disabled
        with self.engine.begin() as conn:
            n = (
                conn.execute(t.users.update().where(t.users.c.name == name).values(**values)).rowcount
                if values
                else 1
            )
        user = self.get_user(name)
        if not n or user is None:
            raise StoreError(f"no user {name!r}")
        return user

    def delete_user(self, name: str) -> bool:
        """Delete a user with its tokens and sessions; False when there was none."""
        with self.engine.begin() as conn:
            uid = conn.execute(sa.select(t.users.c.id).where(t.users.c.name == name)).scalar()
            if uid is None:
                return False
            conn.execute(t.api_tokens.delete().where(t.api_tokens.c.user_id == uid))
            conn.execute(t.sessions.delete().where(t.sessions.c.user_id == uid))
            conn.execute(t.users.delete().where(t.users.c.id == uid))
        return True

    def verify_password(self, name: str, password: str) -> dict[str, Any] | None:
        """The user when the password is right and the user is enabled, else None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.users).where(t.users.c.name == name)).first()
        if row is None or row.disabled or not row.password_hash:
            # hash anyway so a wrong name costs as long as a wrong password
            _hasher.hash(password or "x")
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            self.set_user(name, password=password)
        return _user(row)

    # -- API tokens ------------------------------------------------------------
    def create_token(self, user: str, *, name: str | None = None) -> str:
        """Create an API token for a user and return the secret (shown once, stored hashed).

        Raises:
            StoreError: no such user.
        """
        secret = "mrs_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            uid = conn.execute(sa.select(t.users.c.id).where(t.users.c.name == user)).scalar()
            if uid is None:
                raise StoreError(f"no user {user!r}")
            conn.execute(
                t.api_tokens.insert().values(user_id=uid, name=name, token_hash=_sha(secret), created=_now())
            )
        return secret

    def user_for_token(self, secret: str) -> dict[str, Any] | None:
        """The enabled user owning a live API token, or None (also records last use)."""
        h = _sha(secret)
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(t.users)
                .join(t.api_tokens, t.api_tokens.c.user_id == t.users.c.id)
                .where(t.api_tokens.c.token_hash == h, t.api_tokens.c.revoked == sa.false())
            ).first()
            if row is None or row.disabled:
                return None
            conn.execute(t.api_tokens.update().where(t.api_tokens.c.token_hash == h).values(last_used=_now()))
        return _user(row)

    def list_tokens(self, user: str) -> list[dict[str, Any]]:
        """A user's tokens (id, name, created, last_used, revoked), never the secrets."""
        tok = t.api_tokens
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(tok.c.id, tok.c.name, tok.c.created, tok.c.last_used, tok.c.revoked)
                .join(t.users, t.users.c.id == tok.c.user_id)
                .where(t.users.c.name == user)
                .order_by(tok.c.id)
            ).all()
        return [dict(r._mapping) for r in rows]

    def revoke_token(self, token_id: int) -> bool:
        """Revoke a token by id; False when there was none."""
        with self.engine.begin() as conn:
            n = conn.execute(
                t.api_tokens.update().where(t.api_tokens.c.id == token_id).values(revoked=True)
            ).rowcount
        return bool(n)

    # -- sessions --------------------------------------------------------------
    def create_session(self, user: str, *, ttl_hours: float = 12.0) -> tuple[str, str]:
        """Start a login session and return ``(session secret, csrf token)``.

        Raises:
            StoreError: no such user.
        """
        secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = (datetime.now(UTC) + timedelta(hours=ttl_hours)).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            uid = conn.execute(sa.select(t.users.c.id).where(t.users.c.name == user)).scalar()
            if uid is None:
                raise StoreError(f"no user {user!r}")
            conn.execute(
                t.sessions.insert().values(
                    id_hash=_sha(secret), user_id=uid, csrf=csrf, created=_now(), expires=expires
                )
            )
        return secret, csrf

    def session_user(self, secret: str) -> dict[str, Any] | None:
        """The user of a live session, with its ``csrf`` token, or None when expired/unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(t.users, t.sessions.c.csrf, t.sessions.c.expires)
                .join(t.sessions, t.sessions.c.user_id == t.users.c.id)
                .where(t.sessions.c.id_hash == _sha(secret))
            ).first()
        if row is None or row.disabled or row.expires < _now():
            return None
        user = _user(row)
        assert user is not None
        user["csrf"] = row.csrf
        return user

    def delete_session(self, secret: str) -> None:
        """Log a session out."""
        with self.engine.begin() as conn:
            conn.execute(t.sessions.delete().where(t.sessions.c.id_hash == _sha(secret)))
