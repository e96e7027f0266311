"""The one root exception, and the split between "skip this item" and "stop the run".

Messages are written for the person running the tool: they name the file, the record and the
field, and never include secrets or whole inputs.
"""


class CountersightError(Exception):
    """Root of every error countersight raises on purpose."""


class InputError(CountersightError):
    """One input item is unusable: report it on one line, skip it, and go on with the rest."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class FatalError(CountersightError):
    """The run cannot go on (a missing model file, an unreadable configuration)."""


class StoreError(CountersightError):
    """A request to the case store that cannot be served as asked.

    ``http_status`` is how the web layer answers it; the message is safe to show to the person who
    asked (it names the object, never a password, a token or a report's text).
    """

    http_status = 500


class InvalidRequest(StoreError):
    """A value the store does not accept (an unknown role, decision or TLP, a short password)."""

    http_status = 400


class AuthenticationFailed(StoreError):
    """Wrong user name, password or token (the message never says which)."""

    http_status = 401


class LoginThrottled(AuthenticationFailed):
    """Too many failed logins for this user or from this source: try again after a while."""

    http_status = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed logins; try again in {retry_after} seconds")
        self.retry_after = retry_after


class Forbidden(StoreError):
    """The user is known but their role does not allow this action."""

    http_status = 403


class NotFound(StoreError):
    """No such object, or one the user may not see (a reporter asking for another's report)."""

    http_status = 404


class Conflict(StoreError):
    """The request clashes with what is stored (a user name taken, a reused idempotency key)."""

    http_status = 409


class StoreUnavailable(StoreError):
    """The case database is down, unreachable or locked: nothing was changed; try again later."""

    http_status = 503
