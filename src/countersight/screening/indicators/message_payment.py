"""Indicator about how the sender would pay: ``message.unusual_payment``.

Crypto-assets, cash, gift cards, money transfer services, third parties and private accounts
(NPSA / FBI "Think Before You Link"; FTC job-scam advice). It reads the inbound messages only,
and the amounts in them through :mod:`countersight.screening.pay_terms`. No currency is weighed
above another: a crypto-asset counts as a means of payment, whatever its denomination.
"""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.pay_terms import money_mentions
from countersight.screening.proximity import (
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

_ORGS = (
    "exchange|exchanges|firm|firms|company|companies|industry|startup|start-up|space|sector|"
    "project|projects|team|platform|market|markets|fund|funds|native|community|startups"
)
CRYPTO = vocabulary(
    "money.crypto", f"re:crypto(?:currenc(?:y|ies))?(?!\\s+(?:{_ORGS})(?!\\w))", "bitcoin*",
    "btc", "usdt", "usdc", "tether", "stablecoin*", "ethereum", "trc20", "trc-20", "erc20",
    "erc-20", "crypto wallet*", "bitcoin atm*", "trust wallet", "metamask", "wallet address*",
    "digital currenc*", "virtual currenc*", "monero", "litecoin",
)  # fmt: skip
_CRYPTO_NEEDLES = ("crypto", "bitcoin", "btc", "usdt", "usdc", "tether", "wallet", "currenc")
#: Moving money, in either direction.
TRANSFER = vocabulary(
    "money.transfer", "pay", "pays", "paid", "paying", "payment*", "salary", "salaries",
    "compensat*", "remunerat*", "fee", "fees", "wage*", "commission*", "earn*", "deposit*",
    "withdraw*", "recharge*", "transfer*", "send", "sent", "receive*", "payout*", "settle*",
    "bonus", "funds", "money", "reward*", "top up", "top-up", "prefer",
)  # fmt: skip
#: Payment words for intermediaries and accounts (narrower than :data:`TRANSFER`).
PAYMENT = vocabulary(
    "money.payment", "pay", "pays", "paid", "paying", "payable", "payment*", "salary",
    "salaries", "wage*", "fee", "fees", "compensat*", "remunerat*", "transfer*", "deposit*",
    "payout*", "funds",
)  # fmt: skip
#: Ways of paying that no employer uses, stated outright.
OFF_BOOKS = vocabulary(
    "money.off_books",
    *led_by(
        ("paid|pay|pays|paying|payment|payments", "settled?", "given", "handed", "fee"),
        "\\s+(?:[\\w']+\\s+){0,4}?in\\s+cash"
        "(?!\\s*(?:(?:and|or|\\+|&)\\s*)?(?:equity|stock|shares|options))",
    ),
    "re:pay\\s+(?:you\\s+)?(?:in\\s+)?cash",
    "cash in hand", "cash-in-hand", "cash payment*", "cash only", "envelope of cash",
    "envelopes of cash", "cash envelope*",
    "gift card*", "giftcard*", "gift voucher*", "gift certificate*", "e-gift*", "itunes card*",
    "google play card*", "steam card*", "amazon card*", "amazon gift*", "prepaid card*",
    "prepaid visa", "prepaid debit card*", "green dot", "vanilla card*", "vanilla visa",
    "western union", "moneygram", "money gram", "money order*",
    "overpay*",
    *led_by(
        ("send", "transfer", "forward", "refund|return"),
        "\\w*\\s+(?:back\\s+)?(?:the\\s+)?(?:difference|excess|remainder|"
        "remaining\\s+(?:balance|amount|funds)|rest\\s+of\\s+the\\s+(?:money|funds))",
    ),
    "re:remaining\\s+(?:balance|amount|funds)\\s+(?:will|should|must|is\\s+to|to)\\s+"
    "(?:\\w+\\s+){0,2}?(?:sent|transferred|forwarded|paid)",
    "re:forward\\s+the\\s+(?:funds|money|payments?)",
    "re:bank\\s+accounts?\\s+(?:\\w+\\s+){0,4}?(?:which|that)\\s+we\\s+(?:will\\s+|can\\s+)?"
    "help\\s+you\\s+(?:to\\s+)?open",
)  # fmt: skip
_OFF_BOOKS_NEEDLES = (
    "cash", "gift", "itunes", "google play", "steam card", "amazon", "prepaid", "green dot",
    "vanilla", "western union", "moneygram", "money gram", "money order", "overpa", "difference",
    "excess", "remainder", "remaining", "rest of", "forward", "help you open",
)  # fmt: skip
P2P_APP = vocabulary("money.p2p_app", "zelle", "cash app", "cashapp", "venmo")
_P2P_NEEDLES = ("zelle", "cash app", "cashapp", "venmo")
_PARTY = (
    "partner", "consulting", "consultancy", "shell", "front", "another", "different", "sister",
    "affiliate", "affiliated", "intermediary", "separate", "associated",
)  # fmt: skip
_ENTITY = ("company", "companies", "firm", "firms", "organisation", "organization", "agency",
           "agencies", "entity", "entities")  # fmt: skip
_DESIGNATED = ("accredited", "appointed", "approved", "authorised", "authorized", "designated")
_AGENT = ("agent", "agents", "vendor", "vendors", "supplier", "suppliers")
#: Someone other than the payer: a third party, a partner company, a friend, a designated agent.
INTERMEDIARY = vocabulary(
    "money.intermediary", "third party", "third-party", "third parties", "friend of mine",
    "relatives", "family member*", "intermediar*", "middleman", "middlemen",
    *(f"{p} {e}" for p in _PARTY for e in _ENTITY),
    *(f"{d} {a}" for d in _DESIGNATED for a in (*_AGENT, "partner", "partners")),
    *(f"{o} {a}" for o in ("our", "their", "partner") for a in _AGENT),
    *led_by(
        ("accredited|appointed|approved|authori[sz]ed", "designated", "our", "their"),
        "\\s+\\w+\\s+(?:agents?|vendors?|suppliers?|partners?)",
    ),
    "a friend", "my friend", "our friend", "my friends", "our friends", "friends and family",
    "subsidiary", "subsidiaries",
    "on our behalf", "on my behalf", "on their behalf", "on his behalf", "on her behalf",
)  # fmt: skip
#: Personal, private or offshore accounts for payments.
ACCOUNT = vocabulary(
    "money.account",
    *led_by(
        ("personal|private", "offshore", "someone\\s+else'?s|separate", "friend'?s", "relative'?s"),
        "\\s+(?:bank\\s+)?accounts?",
    ),
    # "(help you |you )?(open|set up) ...", spelt out
    *led_by(
        ("help\\s+you\\s+(?:open|set\\s+up)", "you\\s+(?:open|set\\s+up)", "open", "set\\s+up"),
        "\\s+(?:a|an)\\s+(?:new\\s+)?(?:bank\\s+)?account\\s+(?:in|abroad|overseas|with)",
    ),
)  # fmt: skip
CHEQUE = vocabulary(
    "money.cheque", "cheque*", "cashier's check*", "certified check*", "e-check*",
    "mobile deposit",
    *led_by(
        ("send", "mail", "post", "issue", "deposit|deliver", "cash", "receive"),
        "\\w*\\s+(?:you\\s+)?(?:a|the|your|this|our)\\s+(?:(?!background|security|reference|credit|"
        "identity|criminal|health|quick|final)\\w+\\s+)?checks?(?![\\w-])",
    ),
    "re:checks?\\s+(?:of|for)\\s+(?:\\$|usd|us\\$)",
)  # fmt: skip
_CHEQUE_NEEDLES = ("cheque", "check", "mobile deposit")
#: Buying equipment or software through the sender's vendor (the fake-cheque scam).
PURCHASE = vocabulary(
    "money.purchase", "equipment", "supplies", "laptop*", "macbook*", "computer*", "software",
    "licence*", "license*", "home office", "workstation*", "work station*", "printer*",
    "monitor*", "vendor*", "supplier*", "buy*", "purchas*",
)  # fmt: skip
#: Wallet addresses: bech32 and legacy bitcoin, Ethereum-style, TRON.
WALLET = case_sensitive(
    "money.wallet",
    r"bc1[02-9ac-hj-np-z]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33}",
)


@indicator("message.unusual_payment", "Payment in crypto, cash, gift cards or via third parties")
def unusual_payment(ctx: ScreeningContext) -> list[Evidence]:
    """Payment by means that leave no trail or that no employer uses (NPSA / FBI guidance; FTC
    job-scam advice): crypto-assets (an amount in BTC or USDT, "we can pay in USDT", a wallet
    address), cash ("we prefer to pay in cash"), gift and prepaid cards, Western Union,
    MoneyGram, money orders, Zelle/Venmo/Cash App for pay; payment through a third party, a
    partner or consulting company, a friend or a designated agent; payment into a personal,
    private or newly opened account; a cheque to buy equipment from the sender's vendor;
    sending on the remainder of a payment.

    Deliberately ignores a crypto company as an employer ("a crypto exchange", "crypto
    industry"), cash as part of a package ("cash and equity", "cash bonus"), bank transfers and
    PayPal on their own, background or security checks, and book vouchers from publishers.
    """
    found: list[Match] = [m for m, x in money_mentions(ctx) if x.crypto]
    if mentions(ctx, _CRYPTO_NEEDLES):
        crypto = find(ctx, CRYPTO)
        if crypto:
            found += near(crypto, find_beside(ctx, TRANSFER, crypto), window=80)
        found += ctx.find(WALLET)
    # The pre-filter of these is cheaper than the check for their many needles, which is made
    # only for the matches that it lets through.
    off_books = find(ctx, OFF_BOOKS)
    if off_books and mentions(ctx, _OFF_BOOKS_NEEDLES):
        found += off_books
    apps = find(ctx, P2P_APP)
    if apps and mentions(ctx, _P2P_NEEDLES):
        found += near(apps, find_beside(ctx, TRANSFER, apps), window=80)
    # Payment words pair with intermediaries and accounts in one message: they are looked for
    # only in the messages that hold one, which are rarer.
    intermediaries = find(ctx, INTERMEDIARY)
    if intermediaries:
        found += near(find_beside(ctx, PAYMENT, intermediaries), intermediaries, window=80)
    accounts = find(ctx, ACCOUNT)
    if accounts and mentions(ctx, ("account",)):
        found += near(accounts, find_beside(ctx, PAYMENT, accounts), window=80)
    if mentions(ctx, _CHEQUE_NEEDLES):
        cheques = find(ctx, CHEQUE)
        found += near(cheques, find_beside(ctx, PURCHASE, cheques), window=200)
    return tightest_evidence(found)
