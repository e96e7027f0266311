"""Who may do what: the logged-in user as the service functions see them, and role checks.

Roles: a *reporter* submits approaches and sees only their own reports; an *analyst* triages,
annotates and decides every report, and sees reporters by pseudonym only; an *admin* can do all an
analyst can, and reveal a reporter's name (audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from countersight.errors import Forbidden, InvalidRequest
from countersight.store.schema import ROLES, User

Role = Literal["reporter", "analyst", "admin"]
STAFF: tuple[Role, ...] = ("analyst", "admin")
_ROLES: dict[str, Role] = {"reporter": "reporter", "analyst": "analyst", "admin": "admin"}


@dataclass(frozen=True)
class UserView:
    """A user as the service functions take and return them (never the password hash)."""

    id: int
    name: str
    role: Role
    pseudonym: str

    @property
    def is_staff(self) -> bool:
        """An analyst or an admin."""
        return self.role in STAFF

    @property
    def actor(self) -> str:
        """How the audit log names this user: reporters by pseudonym, staff by name."""
        return self.pseudonym if self.role == "reporter" else self.name

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(id=user.id, name=user.name, role=check_role(user.role), pseudonym=user.pseudonym)


def check_role(role: str) -> Role:
    """``role`` if it is one of ``reporter``, ``analyst``, ``admin``."""
    if role in _ROLES:
        return _ROLES[role]
    raise InvalidRequest(f"unknown role {role[:32]!r}: use one of {', '.join(ROLES)}")


def require(user: UserView, *roles: Role) -> None:
    """Raise :class:`Forbidden` unless ``user`` has one of ``roles``."""
    if user.role not in roles:
        raise Forbidden(f"a {user.role} may not do this; it needs the role {' or '.join(roles)}")
