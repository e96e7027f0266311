"""Indicators about pay in the sender's messages: out of proportion to the work, or for reports.

``message.too_good_to_be_true`` and ``message.paid_reports`` (NPSA / FBI "Think Before You Link").
They read the inbound messages only, and the amounts in them through
:mod:`countersight.screening.pay_terms`. No currency is weighed above another.

What separates the hostile version from the genuine one, and what each indicator encodes:

- Recruiters state salaries ("£95-115k base + equity"): an annual salary, or an amount beside
  "salary", "base", "package", is never on its own too good or payment for reports. Hostile
  approaches pay per piece of work or per hour, a lot, for little ("£3,000 for a short report",
  "$500 an hour, totally flexible").
- Expert networks pay for calls, and say what they will not ask (no confidential or non-public
  information, the employer's permission, compliance terms). Such safeguards turn off the call
  and consultation evidence; a request for written reports still counts.
- Conferences pay speakers and cover travel; publishers pay contributors a modest honorarium. A
  paid talk at a named event, or a paid chapter for a handbook or journal, is not "paid reports";
  the travel is still a travel offer, a neutral fact that the scorer weighs.
"""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.money import Money
from countersight.screening.pay_terms import (
    PAY,
    VIEWS,
    WRITTEN,
    carries_safeguards,
    gbp,
    is_scholarly,
    money_mentions,
    near_offered,
    offered_pay,
    pay_candidates,
)
from countersight.screening.proximity import find, find_beside, led_by, mentions, near, outside
from countersight.screening.quotes import tightest_evidence
from countersight.screening.registry import indicator
from countersight.screening.vocabulary import vocabulary

# --- too good to be true --------------------------------------------------------------------------

#: Little effort: short pieces, few pages, a few hours or minutes a day, simple tasks.
LITTLE_EFFORT = vocabulary(
    "money.little_effort",
    *led_by(
        ("short|small", "brief", "quick"),
        "\\s+(?:written\\s+)?(?:reports?|papers?|notes?|analys[ie]s|pieces?|articles?|essays?|"
        "summar(?:y|ies)|briefs?|write[\\s-]?ups?|memos?|overviews?|inputs?|samples?|debriefs?)",
    ),
    *led_by(("one", "two|three", "a\\s+few", "[1-5]"), "(?:\\s*-\\s*[2-5])?[\\s-]*pages?"),
    "one-pager*", "one pager*",
    *led_by(
        ("\\d\\d?", "a\\s+few", "few|four|five", "one", "two|three"),
        "(?:\\s*(?:-|to)\\s*\\d{1,2})?\\s*(?:minutes?|mins?|hours?|hrs?)\\s*"
        "(?:(?:a|per|each|every)\\s+)?(?:day|week|month|d|wk)",
    ),
    *led_by(
        ("only", "just"),
        "\\s+(?:takes?\\s+)?(?:\\d{1,2}|a\\s+few|few)\\s*(?:minutes?|mins?|hours?)",
    ),
    "spare time", "free time", "simple task*", "easy task*", "simple job*", "easy job*",
    "simple work", "easy work", "a few clicks", "just click*",
)  # fmt: skip
#: Short conversations: "a one-hour briefing", "a 30-minute call" (not talks at events).
SHORT_SESSION = vocabulary(
    "money.short_session",
    *led_by(
        ("\\d\\d?", "one", "two", "half", "an?"),
        "[\\s-]*(?:hours?|hrs?|minutes?|mins?)[\\s-]+(?:long\\s+)?(?:briefings?|calls?|chats?|"
        "conversations?|consultations?|interviews?|sessions?|meetings?)",
    ),
)
#: Easy money and pay above the norm, stated outright.
EXTRAVAGANT = vocabulary(
    "money.extravagant",
    "re:no\\s+(?:prior\\s+|previous\\s+|work\\s+)?(?:experience|qualifications?|skills?|degree)"
    "(?:\\s+(?:or\\s+|and\\s+)?\\w+)?\\s+(?:is\\s+)?(?:needed|required|necessary)",
    "no qualification no experience",
    "re:guaranteed\\s+(?:\\w+\\s+)?(?:income|earnings|pay|payments?|returns?|profits?)",
    "easy money", "quick money", "fast money", "fast cash", "easy cash", "passive income",
    "financial freedom", "be your own boss", "unlimited earning*", "make money online",
    "earn money online", "make money from home", "earn money from home",
    *led_by(("get\\s+paid", "paid"), "\\s+(?:daily|every\\s+day|the\\s+same\\s+day|same[\\s-]day)"),
    "daily pay", "daily payout*", "daily payment*", "same-day pay", "same day pay",
    *led_by(
        ("earn", "make"),
        "\\s+(?:\\S+\\s+){0,4}?(?:from|at)\\s+(?:the\\s+comfort\\s+of\\s+)?(?:your\\s+)?"
        "(?:own\\s+)?home",
    ),
    "re:lucrative\\s+(?:\\w+\\s+)?(?:opportunit\\w+|consult\\w+|advis\\w+|work|offers?|deals?|"
    "contracts?|roles?|positions?|jobs?|gigs?|projects?|side\\s+\\w+)",
    "re:(?:work|working)\\s+(?:from|at)\\s+home\\W+(?:and\\s+)?(?:earn|make)",
    "support you financially", "financially support you",
    "re:support\\s+your\\s+living\\s+(?:costs|expenses)\\s+while",
    *led_by(("job", "placement|position", "employment"), "\\s+(?:is\\s+)?guaranteed"),
    "re:guaranteed\\s+(?:job|placement|employment|position)s?",
    *led_by(
        ("well|way", "far", "significantly|substantially", "much"),
        "\\s+above\\s+(?:the\\s+)?(?:market|average|norm|normal|going\\s+rate|industry)",
    ),
    *led_by(
        ("\\d(?:\\.\\d)?\\s?x", "double", "twice|triple|three\\s+times"),
        "\\s+(?:the\\s+)?(?:market|going|usual|normal|average|standard|industry)"
        "(?:\\s+(?:rates?|salary|salaries|pay))?",
    ),
)  # fmt: skip
#: Flexibility beyond the ordinary ("work whenever you like", "a few hours a week").
FLEXIBLE = vocabulary(
    "money.flexible",
    "re:when(?:ever)?\\s+you\\s+(?:like|want|wish|choose|are\\s+free|have\\s+(?:the\\s+)?time)",
    *led_by(("set", "choose", "pick"), "\\s+your\\s+own\\s+(?:hours|schedule|times?)"),
    "own hours",
    "at your own pace", "spare time", "free time", "totally flexible",
    "completely flexible",
    *led_by(("a\\s+few", "few", "one", "two|three", "[1-5]"), "\\s+hours?\\s+of\\s+your\\s+time"),
    *led_by(
        ("a\\s+few", "few", "one", "two|three", "[1-5](?:\\s*-\\s*\\d{1,2})?"),
        "\\s+hours?\\s+(?:a|per|each|every)\\s+(?:week|month|day)",
    ),
)  # fmt: skip
#: Ordinary flexibility, which counts only beside extravagant pay ("flexible, remote, well paid").
FLEXIBLE_SOFT = vocabulary(
    "money.flexible_soft", "flexible", "remote", "part-time", "part time", "from home"
)
#: Part-time presence for large sums (talent programmes: "2 months per year").
PART_TIME = vocabulary(
    "money.part_time", "part-time", "part time", "summers", "while in residence",
    "re:\\d\\d?\\s+(?:months?|weeks?)\\s+(?:a|per|each|every)\\s+year",
)  # fmt: skip
#: Qualitative money mentions that are extravagant on their own ("paid handsomely").
_EXTRAVAGANT_WORDS = frozenset(
    {"handsome", "handsomely", "lucrative", "lavishly", "richly", "huge", "hefty", "fat", "big"}
)

#: Rates (in pounds) far above the norm: per hour or call, day, week, month.
_HIGH_RATE = {"hour": 150.0, "call": 150.0, "day": 1_200.0, "week": 2_500.0, "month": 20_000.0}
_HIGH_PIECE = 1_000.0  # per report, article or other piece of work
_HIGH_FEE = 5_000.0  # a consulting or advisory fee
_PIECES = ("report", "article", "task", "item")
#: Amounts (in pounds) that count when offered for little effort, by period (else a lump sum).
_LITTLE_EFFORT_PAY = {"hour": 40.0, "day": 150.0, "week": 150.0, "month": 500.0}
_LITTLE_EFFORT_SUM = 500.0
_SUM_PERIODS = (None, "item", "call", "task", "report", "article")
_LARGE_SUM = 100_000.0  # for part-time presence

_PER = {"hour": "an hour", "call": "a call", "day": "a day", "week": "a week", "month": "a month"}
_Amounts = list[tuple[Match, Money]]


def _high_rates(ctx: ScreeningContext, amounts: _Amounts, notes: dict[Match, str]) -> list[Match]:
    """Rates far above the norm, per period or per piece of work."""
    found: list[Match] = []
    for match, amount in amounts:
        value, period = gbp(amount), amount.period or ""
        threshold = _HIGH_RATE.get(period)
        if threshold is not None and value >= threshold:
            if period in ("hour", "call") and carries_safeguards(ctx):
                continue  # the market rate of an expert-network call
            notes[match] = f"about £{value:,.0f} {_PER[period]}"
        elif period in _PIECES and value >= _HIGH_PIECE:
            notes[match] = f"about £{value:,.0f} per piece of work"
        else:
            continue
        found.append(match)
    return found


# Which offered amounts count (given each with its value in pounds).


def _little_effort_pay(x: Money, pounds: float) -> bool:
    return pounds >= _LITTLE_EFFORT_PAY.get(x.period or "", _LITTLE_EFFORT_SUM)


def _session_sum(x: Money, pounds: float) -> bool:
    return x.period in _SUM_PERIODS and pounds >= _LITTLE_EFFORT_SUM


def _piece_pay(x: Money, pounds: float) -> bool:
    return x.period in (None, "item") and pounds >= _HIGH_PIECE


def _fee_pay(x: Money, pounds: float) -> bool:
    return x.period in (None, "item") and pounds >= _HIGH_FEE


def _large_pay(x: Money, pounds: float) -> bool:
    return pounds >= _LARGE_SUM


def _for_little_effort(ctx: ScreeningContext) -> list[Match]:
    """Amounts offered for short pieces, a few pages, a few hours or minutes, simple tasks, and
    (without expert-network safeguards) for an hour's call or briefing."""
    found = near_offered(ctx, _little_effort_pay, LITTLE_EFFORT, window=160)
    # A sum for an hour's call, not a day rate beside "a 15-minute call".
    calls = near_offered(ctx, _session_sum, SHORT_SESSION, window=100)
    if calls and not carries_safeguards(ctx):
        found += calls
    return found


def _for_written_work(ctx: ScreeningContext) -> list[Match]:
    """Large sums for a written piece or for consultancy: "writing papers of 10 pages ... GBP
    2,500 each", "a consulting fee of USD 10,000"."""
    found: list[Match] = []
    written = near_offered(ctx, _piece_pay, WRITTEN, window=150)
    if written and not is_scholarly(ctx):
        found += written
    views = near_offered(ctx, _fee_pay, VIEWS, window=120)
    if views and not carries_safeguards(ctx):
        found += views
    return found


def _for_flexibility(ctx: ScreeningContext) -> list[Match]:
    """Pay beside unusual flexibility: "work whenever you like", "a few hours a week"."""
    pay_words = find(ctx, PAY)
    candidates = pay_candidates(ctx)  # the offered amounts are among them
    flexible = find_beside(ctx, FLEXIBLE, [*pay_words, *candidates])
    if not flexible:
        return []
    found: list[Match] = []
    if near(candidates, flexible, 100):
        found += near([m for m, _ in offered_pay(ctx)], flexible, 100)
    return found + near(pay_words, flexible, 100)


def _extravagant(ctx: ScreeningContext) -> list[Match]:
    """Easy money, pay above the market, "paid handsomely", "well paid" beside "flexible"."""
    found = list(find(ctx, EXTRAVAGANT))
    words = [(m, x) for m, x in money_mentions(ctx) if x.qualitative]
    found += [m for m, x in words if x.qualifier in _EXTRAVAGANT_WORDS]
    well_paid = [m for m, x in words if x.qualifier in ("well", "highly")]
    if well_paid:
        found += near(well_paid, find_beside(ctx, FLEXIBLE_SOFT, well_paid), window=60)
    return found


@indicator("message.too_good_to_be_true", "Disproportionate pay, fees or flexibility")
def too_good_to_be_true(ctx: ScreeningContext) -> list[Evidence]:
    """Pay out of proportion to the work (NPSA / FBI "Think Before You Link": offers that are too
    good to be true). Fires on: £150 or more an hour or a call, £1,200 a day, £2,500 a week,
    £20,000 a month; £1,000 or more per report, article or piece, or beside a written
    deliverable; £5,000 or more as a consulting or advisory fee; an amount offered for little
    effort ("£3,000 for a short report", "$300-$800 daily" for "30-60 minutes a day", "USD
    1,500/month for 5-6 hours per week"); easy money ("no experience needed", "guaranteed
    income", "paid daily", "earn from home", "your job is guaranteed", "support you
    financially"); pay "well above market" or "1.5x market salary"; extravagant words ("paid
    handsomely", "lucrative") or "well paid" beside "flexible", "remote" or "part-time"; pay
    beside unusual flexibility ("work whenever you like", "a few hours a week"); £100,000 or more
    for part-time presence ("2 months per year"). Amounts are converted to pounds roughly
    (:data:`countersight.screening.money.APPROX_GBP`).

    Deliberately ignores salaries (annual amounts, amounts beside "salary", "base", "bonus",
    "equity", "package"), however large, unless monthly pay reaches £20,000; ordinary
    flexibility ("hybrid", "flexible working"); modest honoraria for scholarly writing. Hourly
    and per-call rates are ignored when the messages carry expert-network safeguards (no
    confidential or non-public information, the employer's permission): that is the market rate
    for an expert call.
    """
    found: list[Match] = []
    notes: dict[Match, str] = {}
    # Each check looks for its words only once it holds a candidate amount or word; the salary
    # and safeguard checks, only for the amounts that would count.
    amounts = [(m, x) for m, x in money_mentions(ctx) if not x.qualitative]
    if amounts:
        found += _high_rates(ctx, amounts, notes)
        found += _for_little_effort(ctx)
        found += _for_written_work(ctx)
    found += _for_flexibility(ctx)
    if amounts:
        found += near_offered(ctx, _large_pay, PART_TIME, window=150)
    found += _extravagant(ctx)
    return tightest_evidence(found, notes)


# --- paid reports ---------------------------------------------------------------------------------


#: Pay that is not on offer: declined ("there is no payment", "unpaid") or charged to the
#: recipient ("registration fee", "article processing charge", "fees waived").
REFUSED = vocabulary(
    "money.refused", "unpaid", "article processing charge*", "apc", "apcs",
    *led_by(
        ("no|not|never", "without", "cannot|can't", "unable"),
        "\\W+(?:\\w+\\W+){0,4}?(?:pay\\w*|fees?|honorari\\w*|remunerat\\w*|compensat\\w*|stipends?)",
    ),
    *led_by(
        ("registration", "publication|processing", "submission", "conference|course|certification",
         "attendance|application", "membership", "training|tuition", "enrol(?:l)?ment", "visa",
         "joining"),
        "\\s+(?:fees?|charges?|costs?)",
    ),
    *led_by(("fees?", "charges?"), "\\s+(?:is\\s+|are\\s+)?waived"),
    "re:waiv\\w*\\s+(?:the\\s+|all\\s+)?(?:fees?|charges?)",
)  # fmt: skip
#: Talks: paid only as speaking engagements when an event is named.
TALK = vocabulary(
    "money.talk", "presentation*", "lecture", "lectures", "keynote*", "speech", "speeches",
    "speaking engagement*", "speaker fee*", "speaking fee*",
    *led_by(
        ("a", "the", "your", "give|giving", "deliver\\w*", "invited", "short"),
        "\\s+(?:\\w+\\s+)?talks?",
    ),
)  # fmt: skip
EVENT = vocabulary(
    "money.event", "conference*", "symposi*", "summit*", "forum*", "congress*", "workshop*",
    "webinar*", "seminar*", "winter school*", "summer school*", "colloqui*", "festival*", "expo",
    "panel discussion*", "panel session*", "roundtable*", "round table*", "speakers",
    "invited speaker*", "keynote speaker*", "programme committee", "program committee",
)  # fmt: skip
_TALK_NEEDLES = ("present", "lecture", "talk", "keynote", "speech", "speak")


def _payment_offers(ctx: ScreeningContext) -> list[Match]:
    """Pay words and amounts that offer the recipient money: not salaries, not fees the
    recipient would pay, not pay that is declined ("there is no payment")."""
    pay_words = find(ctx, PAY)
    amounts = [m for m, _ in offered_pay(ctx)]
    if not pay_words and not amounts:
        return []
    refused = find_beside(ctx, REFUSED, [*pay_words, *amounts])
    return outside(pay_words, refused) + outside(amounts, refused, margin=40)


def _beside_offers(ctx: ScreeningContext, offers: list[Match]) -> tuple[list[Match], ...]:
    """The offers near a written deliverable, a talk, and a consultancy or "insight" word."""
    written = near(offers, find_beside(ctx, WRITTEN, offers), window=150)
    talks = find_beside(ctx, TALK, offers)
    spoken = near(offers, talks, window=120) if talks else []
    views = near(offers, find_beside(ctx, VIEWS, offers), window=120)
    return written, spoken, views


@indicator("message.paid_reports", "Payment offered for reports, insights or consultancy")
def paid_reports(ctx: ScreeningContext) -> list[Evidence]:
    """Payment offered for written reports, white papers, analyses, briefs, notes, articles,
    "insights", "perspectives", views, consultancy or advisory work (NPSA "Think Before You Link":
    paid reports are the classic first step in extracting information). Fires on a payment word
    or an amount within 150 characters of a written deliverable, or 120 of a consultancy or
    "insight" word, in the same message, and on amounts quoted per report or article ("£500 per
    brief", "$200-250 a piece").

    Deliberately does not fire on: salaries; fees the recipient would pay (registration,
    publication); pay that is declined ("there is no payment"); paid talks when an event is
    named (keynote honoraria: their travel is a travel offer); paid chapters, reviews and
    articles for scholarly publishers (handbooks, journals, encyclopedias); and paid calls,
    consultations or "perspectives" when the messages carry expert-network safeguards (no
    confidential or non-public information, the employer's permission, compliance terms), the
    hard negative of genuine expert networks. Written reports requested alongside such
    safeguards still count: the safeguards cover a conversation, not a document.
    """
    # Every pay word and amount is tried first: declined pay and salaries, which the offers
    # leave out, are looked for only when one of them is near evidence.
    candidates = [*find(ctx, PAY), *pay_candidates(ctx)]
    if not candidates:
        return []
    reports = [m for m, x in money_mentions(ctx) if x.period in ("report", "article")]
    if not reports and not any(_beside_offers(ctx, candidates)):
        return []
    offers = _payment_offers(ctx)
    if not offers:
        return []
    # Each exception (scholarly publishing, a named event, safeguards) is looked for only when
    # there is evidence for it to turn off.
    found: list[Match] = []
    written, spoken, views = _beside_offers(ctx, offers)
    if (reports or written) and not is_scholarly(ctx):
        found += reports
        found += written
    if spoken and mentions(ctx, _TALK_NEEDLES) and not find(ctx, EVENT):
        found += spoken
    if views and not carries_safeguards(ctx):
        found += views
    return tightest_evidence(found)
