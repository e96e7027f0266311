"""The app as uvicorn's worker processes build it: ``countersight.web.asgi:app_from_env``.

``countersight serve`` sets the environment (database URL) and starts uvicorn with this factory,
so that ``--workers N`` gives N processes, each with its own store connections and screener.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from countersight.config import Settings
from countersight.screening import Screener
from countersight.store import DATABASE_URL_ENV, open_store
from countersight.web.app import create_app
from countersight.web.demo import demo_approaches
from countersight.web.security import load_secret

SECURE_COOKIES_ENV = "COUNTERSIGHT_SECURE_COOKIES"


def app_from_env() -> FastAPI:
    """A ready app: migrations checked, screener warmed up (so no first request waits)."""
    settings = Settings.from_env()
    store = open_store(os.environ.get(DATABASE_URL_ENV))
    screener = Screener(settings=settings)
    screener.screen_batch(demo_approaches()[:8])
    secure = os.environ.get(SECURE_COOKIES_ENV, "") == "1"
    return create_app(store, screener, load_secret(), secure_cookies=secure)
