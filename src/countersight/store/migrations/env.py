"""Alembic environment: runs on the connection that :mod:`countersight.store.migrate` passes in.

Offline (SQL script) mode is not supported: the store migrates itself when it opens.
"""

from __future__ import annotations

from alembic import context

from countersight.errors import FatalError
from countersight.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise FatalError("case store migrations run through countersight.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
