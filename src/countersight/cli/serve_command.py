"""``countersight serve`` (CONTRACTS.md section 7): the security team's web app."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from countersight.config import Settings
from countersight.screening import Screener


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    db: Annotated[
        str | None,
        typer.Option(
            help="Database: a SQLite path or an SQLAlchemy URL (postgresql+psycopg://…); "
            "default COUNTERSIGHT_DATABASE_URL, else a SQLite file in your data folder.",
        ),
    ] = None,
    demo: Annotated[
        bool, typer.Option(help="Seed demo users and reports (passwords printed once).")
    ] = False,
    workers: Annotated[
        int, typer.Option(help="Worker processes (one per core is a good start).", min=1)
    ] = 1,
) -> None:
    """Serve the web app: reporters report, analysts triage and decide, admins manage users.

    Applies the database migrations at start. Listens on 127.0.0.1 unless told otherwise; put it
    behind a TLS-terminating proxy before exposing it (cookies are then marked Secure with
    COUNTERSIGHT_SECURE_COOKIES=1).
    """
    import os

    import uvicorn

    from countersight.store import DATABASE_URL_ENV, open_store, resolve_url
    from countersight.web.demo import seed_demo
    from countersight.web.security import load_secret

    settings = Settings.from_env()
    url = resolve_url(db)
    store = open_store(url)  # migrations run once here, before any worker starts
    if demo:
        passwords = seed_demo(store, Screener(settings=settings))
        for name, password in passwords.items():
            sys.stderr.write(f"demo user {name}: password {password}\n")
        if not passwords:
            sys.stderr.write("demo users already exist; their passwords are unchanged\n")
    store.close()
    load_secret()  # made once here, so that every worker signs with the same key
    os.environ[DATABASE_URL_ENV] = url
    sys.stderr.write(f"countersight: serving on http://{host}:{port}/ ({workers} worker(s))\n")
    uvicorn.run(
        "countersight.web.asgi:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )
