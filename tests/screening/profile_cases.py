"""Shared builders for the profile indicator tests (not a test module)."""

from __future__ import annotations

from datetime import date
from typing import Any

from countersight.domain import Approach, Evidence
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import REGISTRY

TODAY = date(2025, 1, 1)
PROFILE_CODES = [
    "profile.generic_firm",
    "profile.state_links",
    "profile.unrealistic_role",
    "profile.thin_history",
    "profile.new_account",
    "profile.few_connections",
]

#: A genuine, established recruiter: the baseline that no profile indicator should fire on.
ESTABLISHED: dict[str, Any] = {
    "headline": "Senior Technical Recruiter at Arm",
    "organisation": "Arm",
    "connections": 2140,
    "followers": 2900,
    "account_created": "2011-02-10",
    "about": "I hire silicon engineers. Careers: arm.com/careers",
    "experience": [
        {"title": "Senior Technical Recruiter", "organisation": "Arm", "start": "2015-06"},
        {
            "title": "Recruitment Consultant",
            "organisation": "Hays",
            "start": "2011-09",
            "end": "2015-05",
        },
    ],
    "education": [
        {
            "institution": "University of Leeds",
            "degree": "BA History",
            "start": "2008",
            "end": "2011",
        }
    ],
}


def make_approach(text: str = "Hello, would you be open to a chat?", **sender: Any) -> Approach:
    """One inbound message from a sender with the given profile fields."""
    return Approach.model_validate(
        {
            "id": "t",
            "channel": sender.pop("channel", "linkedin"),
            "sender": {"name": "Alex Doe", **sender},
            "recipient": {"role": "Engineer", "sector": "quantum computing"},
            "messages": [{"direction": "inbound", "text": text}],
        }
    )


def run(code: str, approach: Approach) -> list[Evidence]:
    return REGISTRY[code].fn(ScreeningContext.build(approach, TODAY))


def established(**changes: Any) -> dict[str, Any]:
    return {**ESTABLISHED, **changes}
