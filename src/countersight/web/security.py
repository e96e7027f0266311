"""Sessions, CSRF tokens and the secret that signs them.

The session is a signed, time-limited cookie (HttpOnly, SameSite=Strict) naming the user; every
form carries a CSRF token derived from the session, and the login form one derived from a
pre-session cookie. The signing secret comes from ``COUNTERSIGHT_SECRET_KEY`` or from a file
made once in the user data directory with owner-only permissions; it is never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer
from platformdirs import user_data_dir

from countersight.errors import FatalError

SECRET_ENV = "COUNTERSIGHT_SECRET_KEY"  # noqa: S105  (the variable's name, not a secret)
SESSION_COOKIE = "cs_session"
LOGIN_COOKIE = "cs_login"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_SECONDS = 8 * 3600


def load_secret(folder: Path | None = None) -> bytes:
    """The app's signing secret: the environment's, else the one kept in ``folder``."""
    raw = os.environ.get(SECRET_ENV)
    if raw:
        if len(raw) < 32:
            raise FatalError(f"{SECRET_ENV}: use at least 32 characters")
        return raw.encode()
    path = (folder or Path(user_data_dir("countersight", appauthor=False))) / "secret.key"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(48))
        return path.read_text().strip().encode()
    except OSError as exc:
        raise FatalError(f"{path}: cannot keep the app's secret ({exc.strerror})") from None


@dataclass(frozen=True)
class Session:
    """A logged-in browser: the user's name and a random id that CSRF tokens are bound to."""

    user: str
    sid: str


class Signer:
    """Issues and reads session cookies; makes and checks CSRF tokens."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._serializer = URLSafeTimedSerializer(secret, salt="countersight-session")

    def issue(self, user: str) -> str:
        return self._serializer.dumps({"u": user, "s": secrets.token_urlsafe(16)})

    def read(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("u"), str):
            return None
        return Session(user=data["u"], sid=str(data.get("s", "")))

    def csrf(self, bound_to: str) -> str:
        """The CSRF token for a session id (or a login cookie's value)."""
        return hmac.new(self._secret, b"csrf:" + bound_to.encode(), hashlib.sha256).hexdigest()

    def check_csrf(self, bound_to: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf(bound_to), token or "")
