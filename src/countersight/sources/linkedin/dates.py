"""Every date format seen in LinkedIn exports, read as UTC.

``messages.csv`` writes ``2023-06-11 15:33:58 UTC``; older exports ``3/6/18, 10:06 AM``;
``Invitations.csv`` writes ``1/19/23, 10:19 AM`` (newer ones with a narrow no-break space before
``AM``); ``Connections.csv`` writes ``15 Jan 2024`` (older ones ``3/15/24`` or ``Mar 15, 2024``);
``Positions.csv`` writes ``Mar 2019``. LinkedIn writes numeric dates month first, whatever the
member's locale; a first number above 12 can only be a day, so day-first is tried after.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_FAST = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?: ?(?:UTC|GMT|Z))?"
)
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")

#: strptime formats, most common first (C locale month and AM/PM names).
FORMATS = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y, %H:%M",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%a %b %d %H:%M:%S %Z %Y",
    "%a %b %d %H:%M:%S %Y",
    "%a, %d %b %Y %H:%M:%S %Z",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d",
    "%b %Y",
    "%B %Y",
    "%Y-%m",
    "%Y",
    "%d/%m/%Y, %H:%M",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y",
    "%d/%m/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
)

_last = [FORMATS[0]]


def parse_date(raw: str) -> datetime | None:
    """``raw`` as an aware UTC datetime, or None when it is empty or in no known format."""
    text = _SPACES.sub(" ", raw).strip()
    if not text:
        return None
    fast = _FAST.fullmatch(text)
    if fast:
        y, mo, d, h, mi, s = fast.groups()
        try:
            return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=UTC)
        except ValueError:
            return None
    if _EPOCH.fullmatch(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC)
    try:
        value = datetime.fromisoformat(text.replace(" UTC", "+00:00"))
    except ValueError:
        pass
    else:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    upper = text.upper()
    # A file keeps to one format: the one that read the last date is tried first.
    for fmt in (_last[0], *FORMATS):
        try:
            value = datetime.strptime(upper if "%p" in fmt else text, fmt)
        except ValueError:
            continue
        _last[0] = fmt
        return value.replace(tzinfo=UTC)
    return None
