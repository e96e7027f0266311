"""Every indicator module; importing this package registers them all, in this order."""

from countersight.screening.indicators import (
    profile,
    message_money,
    message_contact,
    message_social,
    message_secrecy,
    target,
)

__all__ = [
    "message_contact",
    "message_money",
    "message_secrecy",
    "message_social",
    "profile",
    "target",
]
