"""Indicator about travel in the sender's messages: ``message.travel_offer``.

Expenses-paid trips and invitations to visit (NPSA / FBI "Think Before You Link"). It reads the
inbound messages only. No place or destination is weighed above another: a trip to one city and
a trip to another are the same signal, and the vocabularies below hold no place names or
nationalities. Conferences pay speakers' travel and employers pay candidates': a travel offer is a
neutral fact that the scorer weighs.
"""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.proximity import (
    after,
    before,
    case_sensitive,
    find,
    find_beside,
    led_by,
    mentions,
    near,
)
from countersight.screening.quotes import tightest_evidence
from countersight.screening.registry import indicator
from countersight.screening.vocabulary import vocabulary

TRAVEL = vocabulary(
    "money.travel",
    # Travel as a duty of the job ("involves occasional travel", "travel required") is not paid.
    "re:travel(?<!occasional\\stravel)(?<!regular\\stravel)(?<!frequent\\stravel)"
    "(?<!some\\stravel)(?<!extensive\\stravel)(?<!involves\\stravel)(?<!requires\\stravel)"
    "(?<!require\\stravel)(?<!business\\stravel)"
    "(?:s|ling|ing)?(?!\\s+(?:is\\s+)?(?:required|involved|expected))",
    "trip", "trips", "flight*",
    "airfare*", "air fare*", "air ticket*", "plane ticket*", "air travel", "return ticket*",
    "round trip*", "round-trip*", "hotel*", "accommodation*", "lodging*", "per diem*",
    "business class", "business-class", "first class", "economy class", "economy plus",
    "economy-plus", "study tour*", "summer exchange*", "airport pick-up", "airport pickup",
    "airport transfer*", "exchange trip*", "exchange programme*", "exchange program*",
    "exchange visit*",
)  # fmt: skip
#: Paying for travel, said before it: "we cover flights", "will pay your travel", "a sponsored
#: trip", "arrange the round trip".
COVERS = vocabulary(
    "money.covers", "cover", "covers", "covering", "pay", "pays", "paying", "pay for",
    "pays for", "reimburse", "reimburses", "sponsor", "sponsors", "provide", "provides",
    "providing", "arrange", "arranges", "arranging", "book", "books", "include", "includes",
    "including", "bear", "bears", "take care of",
    "complimentary", "paid", "sponsored", "funded", "fully paid", "fully funded",
    "fully sponsored", "fully covered", "all expenses", "all-expenses*", "expenses paid",
    "expense paid",
)  # fmt: skip
#: Paying for travel, said after it: "flights and hotel covered", "travel reimbursement".
COVERED = vocabulary(
    "money.covered", "covered", "paid", "paid for", "included", "provided", "reimbursed",
    "reimbursement*", "re:sponsored(?!\\s+(?:\\S+\\s+){0,2}?visas?)", "funded", "borne",
    "booked", "arranged", "taken care of", "on us", "at our expense", "at our cost",
    "at no cost", "free of charge", "complimentary", "expensed", "fully paid", "fully funded",
    "fully sponsored", "fully covered", "fully expensed",
)  # fmt: skip
#: Expenses paid, stated outright.
EXPENSES_PAID = vocabulary(
    "money.expenses_paid",
    "re:all[\\s-]+(?:your\\s+|travel\\s+|related\\s+|the\\s+)?expenses",
    "re:all[\\s-]+(?:your\\s+|travel\\s+|related\\s+|the\\s+)?costs?[\\s-]+(?:\\w+\\s+){0,3}?"
    "(?:paid|covered|borne|reimbursed|met|included|sponsored|taken\\s+care\\s+of)",
    "fully expensed", "expenses-paid", "expense-paid", "at our expense", "at our cost",
    *led_by(
        ("cover", "pay", "reimburse", "bear"),
        "\\w*\\s+(?:for\\s+)?(?:all\\s+)?your\\s+(?:travel\\s+)?(?:expenses|costs)",
    ),
)  # fmt: skip
_VENUE = (
    r"(?:headquarters|hq|offices?|campus|labs?|laborator(?:y|ies)|institute|facilit(?:y|ies)|"
    r"factory|plant|site|premises|university|centre|center|city|country|company|base)"
)
#: Invitations to come over: "invite you to visit", "come to our headquarters", "host you in",
#: "fly you out".
INVITATION = vocabulary(
    "money.invitation",
    "re:invit\\w*\\s+(?:you\\s+)?(?:\\w+\\s+){0,3}?to\\s+(?:come\\s+(?:to|and|over)|visit|travel|fly)",
    "re:invit\\w*\\s+(?:you\\s+)?(?:for|on)\\s+(?:a\\s+)?(?:visit|trip|tour|stay)",
    f"re:invit\\w*\\s+(?:you\\s+)?to\\s+(?:our|the|their)\\s+(?:\\w+\\s+)?{_VENUE}",
    f"re:come\\s+(?:and\\s+)?(?:visit|see\\s+us|to\\s+our\\s+(?:\\w+\\s+)?{_VENUE})",
    *led_by(("host|hosting", "welcome", "receive"), "\\s+you\\s+(?:in|at|for)"),
    "re:fly\\s+you\\s+(?:out|over|in|to|business|first|economy|here)",
    "re:bring\\s+you\\s+(?:over|out)\\s+to",
    "re:visit\\s+us\\s+(?:in|at)(?!\\s+(?:our\\s+)?(?:booth|stand|website|site|page))",
)  # fmt: skip
_INVITATION_NEEDLES = ("invit", "come", "host", "welcome you", "receive you", "fly you",
                       "bring you", "visit us")  # fmt: skip
_NOT_A_PLACE = (
    "Zoom|Teams|Join|Speak|Present|Apply|Attend|Participate|Contribute|Give|Deliver|Be|Our|The|"
    "A|An|This|That|LinkedIn|WhatsApp|WeChat|Telegram|Signal|Skype|Slack|Google|Microsoft|Meet|"
    "Webex|Discord|Review|Submit|Write|Serve|Connect|Chat"
)
#: "invite you to <Place>": a destination recognised by its capital letter, never from a list.
INVITATION_TO_PLACE = case_sensitive(
    "money.invitation_to_place",
    rf"(?i:nvit\w*)\s+(?:you\s+)?to\s+(?!(?:{_NOT_A_PLACE})\b)[A-Z][a-z]{{2,}}",
    lead="[Ii\u0130\u0131]",  # what (?i:i) matches
)


@indicator("message.travel_offer", "Expenses-paid travel or an invitation to visit")
def travel_offer(ctx: ScreeningContext) -> list[Evidence]:
    """Travel paid for by the sender, or an invitation to come and visit (NPSA "Think Before You
    Link": expenses-paid trips are a step in cultivation). A neutral fact that the scorer weighs:
    conferences and employers pay travel too, and this indicator fires for them as well. Fires on
    a travel word beside a covering word ("flights and hotel covered", "we will arrange the
    round trip flights"), on expenses paid outright ("all expenses", "at our expense", "fully
    expensed", "cover your expenses") and on invitations to visit ("invite you to visit", "come
    to our headquarters", "host you in <city>", "fly you out", "invite you to <Place>").

    The destination never matters: no place is named in any vocabulary, and an invitation "to
    <Place>" is recognised by its capital letter alone. Ignores travel as a job requirement that
    nobody pays for, relocation packages and visa sponsorship on their own, and "visit our
    website".
    """
    found: list[Match] = []
    travel = find(ctx, TRAVEL)
    if travel:
        covers = before(find_beside(ctx, COVERS, travel), travel, window=30)
        found += near(travel, covers, window=30)
        covered = after(find_beside(ctx, COVERED, travel), travel, window=60)
        found += near(travel, covered, window=60)
    if mentions(ctx, ("expense", "cost")):
        found += find(ctx, EXPENSES_PAID)
    # The pre-filter of the invitations is cheaper than the check for their many needles, which
    # is made only for the matches that it lets through.
    invitations = find(ctx, INVITATION)
    if invitations and mentions(ctx, _INVITATION_NEEDLES):
        found += invitations
    if mentions(ctx, ("invit",)):
        found += ctx.find(INVITATION_TO_PLACE)
    return tightest_evidence(found)
