"""Opening the case store: the database URL, the engine and its settings, and transactions.

SQLite (the embedded default, a file in the user's data directory) runs in WAL mode with foreign
keys on and a busy timeout, and every writing transaction starts with ``BEGIN IMMEDIATE`` so that
concurrent writers queue instead of failing half-way. PostgreSQL sessions run in UTC with a lock
timeout. Whatever the backend, a database that is down, unreachable or locked surfaces as
:class:`~countersight.errors.StoreUnavailable`, never as a driver error carrying its URL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from countersight.config import PREFIX
from countersight.errors import FatalError
from countersight.store.availability import unavailable_as_error
from countersight.store.migrate import upgrade
from countersight.store.throttle import Throttle

#: Environment variable naming the database (a SQLAlchemy URL or a SQLite file path).
DATABASE_URL_ENV = PREFIX + "DATABASE_URL"
DEFAULT_FILE = "countersight.db"
#: How long a statement waits for a lock before the store reports itself unavailable (seconds).
DEFAULT_BUSY_TIMEOUT = 10.0
_READ_ONLY = "countersight_read_only"


def default_url() -> str:
    """The embedded default: ``countersight.db`` in the user's data directory."""
    return sqlite_url(Path(platformdirs.user_data_dir("countersight")) / DEFAULT_FILE)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path.expanduser().resolve()}"


def resolve_url(url_or_path: str | None) -> str:
    """The database to open: the argument, else ``COUNTERSIGHT_DATABASE_URL``, else the default.

    A value without ``://`` is a SQLite file path.
    """
    value = url_or_path or os.environ.get(DATABASE_URL_ENV) or ""
    if not value:
        return default_url()
    if "://" not in value:
        return sqlite_url(Path(value))
    return value


def _sqlite_connect(busy_timeout: float) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the driver, open transactions (see _sqlite_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return on_connect


def _sqlite_begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(_READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _postgres_connect(busy_timeout: float) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.execute(f"SET lock_timeout = {int(busy_timeout * 1000)}")
        dbapi_connection.commit()

    return on_connect


def make_engine(url: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """An engine for ``url`` with the case store's connection settings."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise FatalError("the database URL is not a valid SQLAlchemy URL") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            raise FatalError("the case store needs a SQLite file, not an in-memory database")
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": busy_timeout}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect(busy_timeout))
        event.listen(engine, "begin", _sqlite_begin)
    elif backend == "postgresql":
        connect_args: dict[str, Any] = {}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = max(1, int(busy_timeout))
        engine = create_engine(
            parsed, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True
        )
        event.listen(engine, "connect", _postgres_connect(busy_timeout))
    else:
        raise FatalError(f"unsupported database {backend!r}: use sqlite or postgresql")
    return engine


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Store:
    """An open case store: the engine, the password hasher, login throttling and the clock.

    ``clock`` returns the current UTC time; tests may replace it. Use :meth:`transaction` for
    work that writes (every report read writes an audit entry) and :meth:`reading` for pure reads.
    """

    engine: Engine
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    throttle: Throttle = field(default_factory=Throttle)
    clock: Callable[[], datetime] = _utc_now
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    _reader: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(**{_READ_ONLY: True})
        self._reader = sessionmaker(reader, expire_on_commit=False)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on any exception."""
        with unavailable_as_error(), self._writer.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (on SQLite it does not take the write lock)."""
        with unavailable_as_error(), self._reader.begin() as session:
            yield session

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(
    url: str | None = None,
    *,
    hasher: PasswordHasher | None = None,
    throttle: Throttle | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> Store:
    """Open the case store at ``url`` (see :func:`resolve_url`) and bring its schema up to date.

    Raises :class:`~countersight.errors.StoreUnavailable` when the database cannot be reached and
    :class:`~countersight.errors.FatalError` when the URL is unusable.
    """
    engine = make_engine(resolve_url(url), busy_timeout)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(
        engine=engine,
        hasher=hasher or PasswordHasher(),
        throttle=throttle or Throttle(),
    )
