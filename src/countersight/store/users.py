"""Users: creating them, listing them, and logging in with throttling.

Passwords are stored as argon2id hashes (argon2-cffi), never in plain text, and rehashed on login
when the hasher's parameters have changed. Every user gets a random pseudonym, which is how
analysts see reporters.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from countersight.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidRequest,
    LoginThrottled,
    NotFound,
)
from countersight.store import audit
from countersight.store.access import UserView, check_role, require
from countersight.store.database import Store
from countersight.store.schema import LoginAttempt, User

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$")
#: Verified against when the name is unknown, so that unknown names take as long as known ones.
_DUMMY_PASSWORD = "countersight-no-such-user"  # noqa: S105


_dummy_hashes: dict[tuple[int, int, int], str] = {}


def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash with ``hasher``'s parameters of a password nobody has (computed once)."""
    key = (hasher.time_cost, hasher.memory_cost, hasher.parallelism)
    if key not in _dummy_hashes:
        _dummy_hashes[key] = hasher.hash(_DUMMY_PASSWORD)
    return _dummy_hashes[key]


def _pseudonym() -> str:
    return "R-" + secrets.token_hex(5).upper()


def _name_hash(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def create_user(
    store: Store, name: str, role: str, password: str, actor: UserView | None = None
) -> UserView:
    """Add a user; ``actor`` is the admin doing it (None for the command line).

    Raises :class:`InvalidRequest` for a malformed name, an unknown role or a password shorter
    than ``MIN_PASSWORD`` characters, and :class:`Conflict` when the name is taken.
    """
    if actor is not None:
        require(actor, "admin")
    if not _NAME.match(name):
        raise InvalidRequest(
            "a user name is 1-64 letters, digits and . _ @ + -, starting with a letter or digit"
        )
    checked = check_role(role)
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InvalidRequest(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    password_hash = store.hasher.hash(password)
    try:
        with store.transaction() as session:
            user = User(
                name=name,
                role=checked,
                password_hash=password_hash,
                pseudonym=_pseudonym(),
                active=True,
                created_at=store.clock(),
            )
            session.add(user)
            session.flush()
            view = UserView.of(user)
            who = actor.actor if actor else "system"
            audit.record(
                session, store.clock(), who, "user.create", f"user:{view.id}", {"role": role}
            )
    except IntegrityError:
        raise Conflict(f"the user name {name!r} is taken") from None
    return view


def get_user(store: Store, name: str) -> UserView:
    """The active user called ``name`` (:class:`~countersight.errors.NotFound` otherwise)."""
    with store.reading() as session:
        user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
    if user is None:
        raise NotFound(f"no user {name[:64]!r}")
    return UserView.of(user)


def list_users(store: Store) -> list[UserView]:
    """Every active user, by name."""
    with store.reading() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.name))
        return [UserView.of(u) for u in users]


def _failures(session: Session, store: Store, name_hash: str, source: str | None) -> int:
    """Seconds until the name or the source may try again (0 when neither is locked)."""
    now = store.clock()
    since = now - store.throttle.window
    last_ok = session.scalar(
        select(func.max(LoginAttempt.at)).where(
            LoginAttempt.name_hash == name_hash, LoginAttempt.succeeded.is_(True)
        )
    )
    user_since = max(since, last_ok) if last_ok is not None else since
    waits = [
        _wait(
            session,
            LoginAttempt.name_hash == name_hash,
            user_since,
            store.throttle.max_user_failures,
        )
    ]
    if source is not None:
        waits.append(
            _wait(session, LoginAttempt.source == source, since, store.throttle.max_source_failures)
        )
    ends = [w for w in waits if w is not None]
    if not ends:
        return 0
    return max(1, int((max(ends) + store.throttle.window - now).total_seconds()) + 1)


def _wait(
    session: Session, where: ColumnElement[bool], since: datetime, limit: int
) -> datetime | None:
    """The time of the ``limit``-th newest failure since ``since``, if there are that many."""
    query = (
        select(LoginAttempt.at)
        .where(where, LoginAttempt.succeeded.is_(False), LoginAttempt.at > since)
        .order_by(LoginAttempt.at.desc())
        .offset(limit - 1)
        .limit(1)
    )
    return session.scalar(query)


def authenticate(store: Store, name: str, password: str, source: str | None = None) -> UserView:
    """The user ``name`` if ``password`` is theirs.

    ``source`` is where the attempt comes from (an IP address), throttled on its own. Raises
    :class:`LoginThrottled` while the name or the source is locked (the password is not even
    checked) and :class:`AuthenticationFailed` for a wrong name or password, without saying which.
    """
    name_hash = _name_hash(name)
    source = source[:64] if source else None
    with store.transaction() as session:
        retry_after = _failures(session, store, name_hash, source)
        if retry_after:
            raise LoginThrottled(retry_after)
        user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
        ok = _verify(store, user.password_hash if user else None, password)
        now = store.clock()
        session.add(LoginAttempt(name_hash=name_hash, source=source, succeeded=ok, at=now))
        if user is not None and ok:
            if store.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = store.hasher.hash(password)
            session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - store.throttle.keep))
            view = UserView.of(user)
            audit.record(session, now, view.actor, "user.login", f"user:{view.id}")
            return view
        if user is not None:
            audit.record(session, now, "anonymous", "user.login_failed", f"user:{user.id}")
    raise AuthenticationFailed("wrong user name or password")


def _verify(store: Store, password_hash: str | None, password: str) -> bool:
    try:
        if password_hash is None:
            store.hasher.verify(_dummy_hash(store.hasher), password)
            return False
        return store.hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
