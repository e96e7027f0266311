"""Login throttling: how many failed logins lock a user name or a source, and for how long.

Failures are counted in the database (table ``login_attempts``), so the limits hold across server
processes and restarts. A name is locked after ``max_user_failures`` failures within ``window``
since its last successful login; a source (an IP address) after ``max_source_failures`` failures
within ``window``, whatever names it tried. The lock lifts when enough failures age out of the
window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Throttle:
    """The limits of login throttling."""

    max_user_failures: int = 5
    max_source_failures: int = 20
    window: timedelta = timedelta(minutes=15)
    #: Attempts older than this are deleted when a login succeeds.
    keep: timedelta = timedelta(days=1)
