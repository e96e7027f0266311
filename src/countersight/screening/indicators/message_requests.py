"""What the sender wants from the recipient up front: money, or identity and account details.

Not among the contract's common codes (CONTRACTS.md allows more); both are the classic tells of
employment scams in FTC, FBI IC3 and Action Fraud guidance, and of the credential harvesting that
hostile actors use as a way in:

- ``message.upfront_fee``: the recipient must pay first (a visa, permit, training, certificate or
  equipment fee, a deposit), often with a promise that it will be refunded from the first salary;
- ``message.personal_data_request``: asks for identity documents, bank or login details before
  any real hiring process (passport scan, ID photo, selfie with ID, SSN, online-banking password).
"""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import ScreeningContext, evidence_of
from countersight.screening.lexicon import concept
from countersight.screening.registry import indicator

_MONEY = (
    r"(?:[£$€¥₹]\s?\d[\d,.]*(?:k\b)?"
    r"|\d[\d,.]*\s?(?:k\b)?\s?(?:usd|gbp|eur|cad|aud|inr|usdt|dollars|pounds|euros))"
)

#: A fee or deposit that somebody must pay.
FEE = concept(
    "upfront_fee",
    r"re:(?:processing|registration|application|enrol+ment|admission|training|certification"
    r"|certificate|visa|permit|work\s+permit|onboarding|placement|booking|verification|clearance"
    r"|background\s+check|medical|insurance|courier|shipping|activation|membership|sponsorship"
    r"|administration|admin|agency|legal|documentation|embassy)\s+(?:fee|fees|charge|charges|cost"
    r"|costs|deposit)",
    "deposit*",
    "starter kit*",
    "security deposit*",
    "re:enrol+ment\\s+is",
)
#: The recipient is the one who pays, or is promised the money back later.
YOU_PAY = concept(
    "upfront_you_pay",
    r"re:you\s+(?:will\s+)?(?:only\s+)?(?:need\s+to|must|have\s+to|should|are\s+required\s+to"
    r"|are\s+to)\s+(?:first\s+)?(?:pay|cover|transfer|send|purchase|buy|deposit)",
    r"re:(?:only|the)\s+cost\s+to\s+you",
    r"re:(?:payable|paid)\s+by\s+(?:you|card|the\s+candidate|the\s+applicant)",
    r"re:(?:refund|reimburs|return|deduct)\w*\s+(?:\w+\s+){0,4}(?:first|1st|initial)\s+"
    r"(?:salary|pay|paycheck|payslip|wage|month|invoice)",
    r"re:(?:refund|reimburs)\w*\s+(?:\w+\s+){0,3}(?:after|within|once)\s+(?:\w+\s+){0,3}"
    r"(?:months?|weeks?|days?|start|onboarding|hired|employment)",
    r"re:at\s+your\s+(?:own\s+)?(?:cost|expense)",
    r"re:(?:here\s+is|here's|use|via|through|on)\s+the\s+payment\s+(?:link|page|portal)",
    r"re:payment\s+(?:link|details|instructions)\s+(?:is|are)\s+(?:attached|below|enclosed)",
)
AMOUNT = concept("upfront_amount", f"re:{_MONEY}")
#: Identity documents, bank and login details.
IDENTITY = concept(
    "personal_identity_data",
    "passport*",
    "ID card*",
    "ID pic*",
    "ID photo*",
    "identity card*",
    "identity document*",
    "photo ID",
    "driver's licen*",
    "drivers licen*",
    "driving licen*",
    "driver licen*",
    "social security number*",
    "SSN",
    "national insurance number*",
    "tax ID*",
    "bank details",
    "bank account details",
    "bank account number*",
    "account number*",
    "sort code*",
    "routing number*",
    "online banking",
    "banking login*",
    "username and password",
    "login details",
    "login credentials",
    "credentials",
    "password*",
    "selfie*",
    "date of birth",
    "mother's maiden name",
    "credit card*",
    "card number*",
    "IBAN",
)
#: Asking for something to be sent or handed over.
HAND_OVER = concept(
    "personal_hand_over",
    "send",
    "sending",
    "provide",
    "provided",
    "providing",
    "share",
    "sharing",
    "upload",
    "uploading",
    "submit",
    "submitting",
    "forward",
    "forwarding",
    "email me",
    "scan",
    "scans",
    "scanned",
    "give me",
    "give us",
    "fill in",
    "fill out",
    "enter your",
    "need your",
    "needs your",
    "require your",
    "requires your",
    "attach*",
    "copy of",
    "verify your",
    "verification of",
    "confirm your",
)
_NOT_ASKED = (
    "do not send",
    "don't send",
    "never ask",
    "will never",
    "no need to send",
    "not required",
    "do not share",
    "don't share",
    "never share",
    "never send",
    "won't ask",
    "not ask",
    "no need for",
    "only go through",
)


@indicator("message.upfront_fee", "The recipient must pay a fee or deposit first")
def upfront_fee(ctx: ScreeningContext) -> list[Evidence]:
    """A fee, deposit or purchase the recipient must pay before the job or deal starts
    (processing, visa, work-permit, training, certification, equipment, background-check fees),
    often "refunded with your first salary" (FTC, FBI IC3 and Action Fraud guidance on job
    scams). Fires on a fee word near a sign that the recipient pays ("the only cost to you",
    "you must pay", "payable by card", "reimbursed after 3 months"), or on such a sign near an
    amount. A conference's "registration fee is waived for speakers" has no payer sign and does
    not fire; an employer covering costs ("at our expense") does not either."""
    if not ctx.find(YOU_PAY):
        return []  # both readings need a payer sign; without one, amounts are not looked for
    matches = ctx.near(FEE, YOU_PAY, window=100) or ctx.near(YOU_PAY, AMOUNT, window=60)
    return evidence_of(matches)


@indicator("message.personal_data_request", "Asks for identity, bank or login details")
def personal_data_request(ctx: ScreeningContext) -> list[Evidence]:
    """Asks the recipient to send identity documents, bank or login details: a passport scan,
    an ID photo or a selfie holding it, a social security or national insurance number, bank
    account details, an online-banking username and password (identity harvesting and account
    takeover in FTC and FBI IC3 job-scam guidance; credential phishing in hostile approaches).
    Fires on a request verb near such data in the same sentence; statements that such data will
    never be asked for ("we will never ask for your password") do not fire. A genuine conference
    asking for a passport copy for a visa letter fires too; the scorer weighs it."""
    found = []
    for match in ctx.near(HAND_OVER, IDENTITY, window=60):
        before = match.field.lowered[max(0, match.start - 60) : match.end]
        if not any(phrase in before for phrase in _NOT_ASKED):
            found.append(match)
    return evidence_of(found)


#: Reshipping and money-mule work: goods or money pass through the recipient.
MULE_TASK = concept(
    "mule_task",
    r"re:(?:receiv|accept|collect)\w*\s+(?:the\s+|our\s+|some\s+)?(?:parcels?|packages?|boxes|box"
    r"|shipments?|goods|deliveries|items)\s+(?:\w+\s+){0,3}(?:at|to|in)\s+(?:your|the)\s+"
    r"(?:home|house|address|flat|apartment|adress)",
    r"re:(?:re-?ship|re-?pack|re-?label|forward|send)\w*\s+(?:\w+\s+){0,4}(?:with|using|under)\s+"
    r"(?:a\s+|the\s+)?(?:new|our|fresh|prepaid|provided)\s+(?:shipping\s+)?labels?",
    r"re:(?:re-?ship|re-?labell?)\w*",
    r"re:(?:receive|process|handle|accept)\w*\s+(?:customer\s+|client\s+|company\s+)?"
    r"(?:payments?|funds|transfers|money)\s+(?:\w+\s+){0,3}(?:into|through|via|on)\s+your\s+"
    r"(?:own\s+|personal\s+)?(?:bank\s+)?account",
    r"re:(?:payment|financial|transfer)\s+(?:processing\s+)?(?:agent|representative|officer)s?",
    r"re:(?:keep|retain)\s+(?:\d+\s?%|a\s+(?:small\s+)?(?:commission|percentage|cut))\s+"
    r"(?:\w+\s+){0,4}(?:forward|send|transfer|wire)\w*\s+(?:the\s+)?(?:rest|remainder|balance)",
)


@indicator("message.mule_task", "Reshipping goods or moving money through the recipient")
def mule_task(ctx: ScreeningContext) -> list[Evidence]:
    """The job is to receive parcels at home and send them on with new labels, or to receive
    payments into one's own account and pass them on (reshipping and money-mule schemes in
    FTC, FBI IC3 and Action Fraud guidance). A logistics job at a depot, or being paid into one's
    own account as salary, does not fire."""
    return evidence_of(ctx.find(MULE_TASK))
