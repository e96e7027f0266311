"""A database that is down, unreachable or locked, as one error the web layer answers with 503."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from countersight.errors import StoreUnavailable


def _why(exc: DBAPIError | PoolTimeout) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "lock timeout" in text or "lock_timeout" in text or "busy" in text:
        return "the case database is locked by another process; try again shortly"
    return "the case database is unavailable (down, unreachable or unreadable); try again later"


@contextmanager
def unavailable_as_error() -> Iterator[None]:
    """Turn a down, unreachable or locked database into :class:`StoreUnavailable`.

    The driver's message is dropped (``from None``): it may name the host, the user or the file.
    """
    try:
        yield
    except (OperationalError, InterfaceError, PoolTimeout) as exc:
        raise StoreUnavailable(_why(exc)) from None
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StoreUnavailable(_why(exc)) from None
        raise
