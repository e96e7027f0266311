"""Applying the shipped Alembic migrations when the store opens.

The migration scripts live in ``countersight/store/migrations``; their location is set here, so no
``alembic.ini`` is needed. Upgrading is idempotent (an up-to-date database is left as it is) and
safe when several processes start at once: on PostgreSQL an advisory lock serialises them, on
SQLite the ``BEGIN IMMEDIATE`` of the migrating transaction does.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from countersight.store.availability import unavailable_as_error

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Key of the PostgreSQL advisory lock held while migrating ("cs-store" in ASCII).
_LOCK_KEY = 0x63732D73746F7265


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped migrations (and ``connection``)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision the shipped migrations define."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with unavailable_as_error(), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest revision, in one transaction where the backend allows."""
    with unavailable_as_error(), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        command.upgrade(alembic_config(connection), "head")
