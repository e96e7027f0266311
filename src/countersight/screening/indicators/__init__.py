"""Every indicator module; importing this package registers them all, in this order."""

# Registration order is import order (and the order of reports and docs/indicators.md).
# isort: off
from countersight.screening.indicators import (
    message_off_platform,
    message_lure,
    message_pay,
    message_payment,
    message_travel,
    message_requests,
    message_secrecy,
    message_social,
    profile,
    target,
)

# isort: on

__all__ = [
    "message_lure",
    "message_off_platform",
    "message_pay",
    "message_payment",
    "message_requests",
    "message_secrecy",
    "message_social",
    "message_travel",
    "profile",
    "target",
]
