"""The case store of the security team's web app: one set of service functions over SQLAlchemy.

The web pages and the JSON API call these functions and nothing below them. Open the store with
:func:`open_store` (it applies the shipped migrations), then pass it to every function::

    store = open_store("postgresql+psycopg://…")   # or a SQLite path, or None for the default
    user = authenticate(store, "ana", password, source="203.0.113.7")
    report, created = submit_report(store, user, approach, screener, idempotency_key="…")

Errors are the :class:`~countersight.errors.StoreError` family, each with its HTTP status.
"""

from countersight.store.access import Role, UserView
from countersight.store.audit import BadEntry, verify_audit
from countersight.store.dashboard import Dashboard, dashboard
from countersight.store.database import (
    DATABASE_URL_ENV,
    Store,
    default_url,
    open_store,
    resolve_url,
)
from countersight.store.evidence import evidence_bundle
from countersight.store.reports import get_report, list_reports, submit_report
from countersight.store.throttle import Throttle
from countersight.store.tokens import (
    TokenInfo,
    create_token,
    list_tokens,
    revoke_token,
    user_for_token,
)
from countersight.store.triage import add_note, decide, reveal_reporter
from countersight.store.users import authenticate, create_user, get_user, list_users
from countersight.store.views import NoteView, Page, ReportFilter, ReportSummary, ReportView

__all__ = [
    "DATABASE_URL_ENV",
    "BadEntry",
    "Dashboard",
    "NoteView",
    "Page",
    "ReportFilter",
    "ReportSummary",
    "ReportView",
    "Role",
    "Store",
    "Throttle",
    "TokenInfo",
    "UserView",
    "add_note",
    "authenticate",
    "create_token",
    "create_user",
    "dashboard",
    "decide",
    "default_url",
    "evidence_bundle",
    "get_report",
    "get_user",
    "list_reports",
    "list_tokens",
    "list_users",
    "open_store",
    "resolve_url",
    "reveal_reporter",
    "revoke_token",
    "submit_report",
    "user_for_token",
    "verify_audit",
]
