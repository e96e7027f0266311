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
) -> None:
    """Serve the web app: reporters report, analysts triage and decide, admins manage users.

    Applies the database migrations at start. Listens on 127.0.0.1 unless told otherwise; put it
    behind a TLS-terminating proxy before exposing it (cookies are then marked Secure with
    COUNTERSIGHT_SECURE_COOKIES=1).
    """
    import os

    import uvicorn

    from countersight.store import open_store
    from countersight.web.app import create_app
    from countersight.web.demo import demo_approaches, seed_demo
    from countersight.web.security import load_secret

    settings = Settings.from_env()
    store = open_store(db)
    screener = Screener(settings=settings)
    # Warm up (compiled patterns, model caches) so that the first reporters do not wait for it.
    screener.screen_batch(demo_approaches()[:8])
    if demo:
        passwords = seed_demo(store, screener)
        for name, password in passwords.items():
            sys.stderr.write(f"demo user {name}: password {password}\n")
        if not passwords:
            sys.stderr.write("demo users already exist; their passwords are unchanged\n")
    secure = os.environ.get("COUNTERSIGHT_SECURE_COOKIES", "") == "1"
    app = create_app(store, screener, load_secret(), secure_cookies=secure)
    sys.stderr.write(f"countersight: serving on http://{host}:{port}/\n")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
