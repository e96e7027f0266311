"""The domain model: pure, typed, validated at the boundary."""

from countersight.domain.approach import (
    Approach,
    Education,
    Experience,
    Message,
    PartialDate,
    Recipient,
    Sender,
)
from countersight.domain.assessment import Assessment, Evidence, IndicatorHit

__all__ = [
    "Approach",
    "Assessment",
    "Education",
    "Evidence",
    "Experience",
    "IndicatorHit",
    "Message",
    "PartialDate",
    "Recipient",
    "Sender",
]
