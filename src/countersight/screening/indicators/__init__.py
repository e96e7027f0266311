"""Every indicator module; importing this package registers them all, in this order."""

from countersight.screening.indicators import (
    message_contact,
    message_money,
    message_requests,
    message_secrecy,
    message_social,
    profile,
    target,
)

__all__ = [
    "message_contact",
    "message_money",
    "message_requests",
    "message_secrecy",
    "message_social",
    "profile",
    "target",
]
