"""What to do next, in the words of the NPSA / MI5 "Think Before You Link" guidance.

The advice depends on the band and on which red flags fired; it is the same for everyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from countersight.domain.assessment import Band

ALWAYS = [
    "Keep the evidence: screenshot the profile and the whole conversation before anything is "
    "deleted, and note the date.",
]
WHEN_RAISED = [
    "Stay on the platform: do not move to WhatsApp, WeChat, Telegram, Signal or personal e-mail.",
    "Tell your security officer (or line manager) and report the profile to the platform.",
    "Do not send your CV, reports, documents or names of colleagues until the approach is checked.",
]
BY_INDICATOR = {
    "message.malicious_lure": "Do not open attachments or links from this sender, above all not "
    "on a work device; let your IT security team look at them.",
    "message.off_platform": "Decline politely to continue elsewhere; a genuine contact can "
    "proceed on the platform or through a corporate address.",
    "message.access_probe": "Share nothing that is not public: requests for internal projects, "
    "colleagues or clearances are a hallmark of hostile approaches.",
    "message.paid_reports": "Paid 'reports' or 'consultancy' for unknown clients is how many "
    "hostile approaches begin: check the client independently before writing anything.",
    "message.travel_offer": "Before accepting expenses-paid travel, check the inviting "
    "organisation independently and talk to your security officer.",
    "message.unusual_payment": "Never accept payment in cryptocurrency, cash, gift cards or via "
    "third parties.",
    "profile.generic_firm": "Check the firm independently (company register, a website, a "
    "switchboard number) rather than through the links the sender gives.",
}


def advice_for(band: Band, codes: Iterable[str]) -> list[str]:
    """The NPSA-based advice for an assessment with ``band`` whose indicators are ``codes``."""
    out = list(ALWAYS)
    if band != "low":
        out += WHEN_RAISED
        out += [BY_INDICATOR[c] for c in codes if c in BY_INDICATOR]
    else:
        out.append(
            "Nothing here stands out, but stay alert if the conversation moves to payment, "
            "travel, other apps or non-public work."
        )
    return out
