"""API tokens: random bearer secrets of which only the SHA-256 is stored.

A token is shown once, when it is created; the store keeps its hash (to find it) and its first
characters (to tell tokens apart in a listing), when it was created and last used, and whether it
was revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from countersight.errors import AuthenticationFailed, NotFound
from countersight.store import audit
from countersight.store.access import UserView, require
from countersight.store.database import Store
from countersight.store.schema import ApiToken, User

TOKEN_PREFIX = "cs_"  # noqa: S105 (the public marker of a countersight token)
PREFIX_CHARS = 10
#: ``last_used_at`` is refreshed at most this often (a request is not a write).
_TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class TokenInfo:
    """What a listing shows of a token: never the token itself."""

    id: int
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def token_hash(token: str) -> str:
    """The SHA-256 (hex) under which a token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: Store, user: UserView, actor: UserView | None = None) -> str:
    """A new token for ``user``, returned once. ``actor`` is who asks (None: the command line).

    A user may create tokens for themselves; an admin for anyone.
    """
    if actor is not None and actor.id != user.id:
        require(actor, "admin")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.transaction() as session:
        row = ApiToken(
            user_id=user.id,
            token_hash=token_hash(token),
            prefix=token[:PREFIX_CHARS],
            created_at=store.clock(),
        )
        session.add(row)
        session.flush()
        who = actor.actor if actor else "system"
        audit.record(
            session, store.clock(), who, "token.create", f"user:{user.id}", {"token_id": row.id}
        )
    return token


def user_for_token(store: Store, token: str) -> UserView:
    """The active user a live token belongs to (:class:`AuthenticationFailed` otherwise)."""
    with store.reading() as session:
        found = session.execute(
            select(ApiToken, User)
            .join(User, User.id == ApiToken.user_id)
            .where(ApiToken.token_hash == token_hash(token))
        ).first()
    if found is None or found[0].revoked_at is not None or not found[1].active:
        raise AuthenticationFailed("unknown or revoked token")
    row, user = found
    now = store.clock()
    if row.last_used_at is None or now - row.last_used_at > _TOUCH_EVERY:
        with store.transaction() as session:
            session.get_one(ApiToken, row.id).last_used_at = now
    return UserView.of(user)


def list_tokens(store: Store, user: UserView) -> list[TokenInfo]:
    """``user``'s tokens, newest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
        )
        return [TokenInfo(r.id, r.prefix, r.created_at, r.last_used_at, r.revoked_at) for r in rows]


def revoke_token(store: Store, actor: UserView, token_id: int) -> None:
    """Revoke a token: its owner or an admin may (others get :class:`NotFound`)."""
    with store.transaction() as session:
        row = session.get(ApiToken, token_id)
        if row is None or (row.user_id != actor.id and actor.role != "admin"):
            raise NotFound(f"no token {token_id}")
        if row.revoked_at is None:
            row.revoked_at = store.clock()
            audit.record(
                session, store.clock(), actor.actor, "token.revoke", f"user:{row.user_id}",
                {"token_id": row.id},
            )  # fmt: skip
