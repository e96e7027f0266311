"""Money mentions in free text: where they are, the currency, the amount(s) and the period.

:func:`find_money` finds the ways an approach states pay: a currency symbol or code before the
amount ("GBP 3,000", "£3k", "US$1.5m", "€2.000,00", "¥20,000", "RMB 10000"), a currency word,
code or sign after it ("3000 pounds", "1,500 USDT", "0.1 BTC", "10,000 yuan", "500€"), ranges
("£3,000-£5,000", "£95-115k", "between $90k and $120k"), bare thousands ("5k", "95-115k",
"5 grand"), amounts in words ("five thousand dollars", "thousands of pounds", "a six-figure
salary"), the period when one is given ("$500/hour", "EUR 800 per day", "£2,000 per report",
"$300 daily", "GBP 2,500 each") and qualitative mentions without an amount ("a generous
honorarium", "handsome fee", "well compensated", "attractive remuneration", "we pay
handsomely").

Every mention keeps its character span so that indicators can quote it. The scan is linear in the
length of the text, 100,000 characters of adversarial input included: every repetition in the
patterns is bounded, and each pattern starts with a cheap anchor that the regular-expression
engine skips to without trying a match at every position (a digit, the currency sign or code
before it being recognised by look-behinds; a space before one of a fixed set of words, on the
lower-cased text of :func:`countersight.screening.vocabulary.lowered`). Results are cached per
text, so several indicators can ask for the money in the same message and pay for one scan.

Codes before an amount are recognised in capitals ("USD 500"; "TRY", "CAD", "NOK" are also
words); after an amount the common ones are recognised in lower case too ("500 usd").

Currencies are ISO 4217 codes where the text fixes them ("$" alone is read as USD, its usual
reading); the yen/yuan sign on its own is kept as ``"¥"`` because it means either. The rates in
:data:`APPROX_GBP` are order-of-magnitude conversions for judging whether an amount is large, never
for accounting.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from countersight.screening.vocabulary import lowered

Period = Literal[
    "hour", "day", "week", "month", "year", "report", "article", "call", "word", "task", "item"
]


def _words(text: str) -> list[str]:
    return text.split()


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored on shared prefixes (a trie).

    The regular-expression engine checks an alternative's first literal before trying it, so a
    factored alternation costs a few comparisons per position instead of one per word. A space in
    a word matches one or two spaces.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, tails in groups.items():
        if not head:
            continue
        rest = [t for t in tails if t]
        piece = "[ -]{1,2}" if head == " " else re.escape(head)
        if rest:
            optional = "?" if len(rest) < len(tails) else ""
            piece += f"(?:{_alternation(rest)}){optional}"
        parts.append(piece)
    return "|".join(parts)


# --- numeric mentions (scanned on the original text) ----------------------------------------------

# Codes are matched in capitals only ("TRY", "CAD", "NOK" are also words); the unambiguous ones are
# accepted in lower case too.
_CODE_LIST = _words(
    "USDT USDC GBP USD EUR CNY CNH RMB JPY CHF AUD CAD HKD SGD NZD INR KRW RUB AED SAR QAR ILS NIS "
    "SEK NOK DKK PLN TRY ZAR BRL MXN TWD MYR THB NGN PHP IDR VND BTC XBT ETH BNB TRX LTC XMR"
)
_LOWER_CODE_LIST = _words("usdt usdc gbp usd eur rmb cny jpy hkd sgd aud chf inr btc")
_DOLLAR_LETTERS = _words("US U.S. USD A AU C CA HK S SG NZ NT R MX")
_YEN_LETTERS = ["CN", "JP", "RMB"]
_CODES = _alternation(_CODE_LIST)
_LOWER_CODES = _alternation(_LOWER_CODE_LIST)
_SIGNS = "£€¥₹₩₽₺₦₱₪₫₿元$"
_CUR_PREFIX = (
    rf"(?:(?:{_alternation(_DOLLAR_LETTERS)})?\$|(?:{_alternation(_YEN_LETTERS)})?¥|[{_SIGNS}]"
    rf"|Rs\.?|(?:{_CODES}|{_LOWER_CODES})(?![a-z]))"
)
_CUR_WORD_LIST = _words(
    "pound pounds sterling quid dollar dollars bucks euro euros yuan renminbi yen rupee rupees "
    "franc francs rouble roubles ruble rubles lira lire dirham dirhams riyal riyals ringgit baht "
    "rand shekel shekels zloty zlotys kronor krona kroner krone peso pesos naira bitcoin bitcoins "
    "ether ethers tether tethers satoshi satoshis"
)
_CUR_WORD = rf"(?i:pounds?[ \t]+sterling|{_alternation(_CUR_WORD_LIST)})"
_CUR_SUFFIX = rf"(?:{_CUR_WORD}|{_CODES}|{_LOWER_CODES}|[{_SIGNS}])"

# A number: thousands in groups of three (comma, dot, apostrophe or space) with an optional decimal
# part, or up to 10 digits with an optional decimal part; never ends inside a longer number.
# ``_NUM_TAIL`` is what follows the first digit.
_NUM_TAIL = (
    r"(?:\d{0,2}(?:[,.'’ \u00a0\u202f\u2009]\d{3}){1,4}(?:[.,]\d{1,2})?(?!\d)"
    r"|\d{0,9}(?:[.,]\d{1,8})?(?!\d))"
)
_NUM = rf"\d{_NUM_TAIL}"
# The first digit of a number that does not follow a letter, a digit, a separator or a sign.
_NUM_START = rf"\d(?<![\w.,{_SIGNS}]\d){_NUM_TAIL}"
_MULT = (
    r"(?:[kK](?!\w)|(?:mn|MM|[mM]|bn|[bB])(?!\w)"
    r"|[ \t]?(?i:thousand|million|billion|grand|lakhs?|crores?)(?!\w))"
)
_RANGE_SEP = r"[ \t]{0,2}(?:-|–|—|to(?!\w))[ \t]{0,2}"
_BETWEEN_SEP = r"[ \t]{0,2}(?:-|–|—|(?:to|and)(?!\w))[ \t]{0,2}"
_UNIT_LIST = _words(
    "hour hours hr hrs h day days diem d week weeks wk wks month months mth mths mo year years yr "
    "yrs annum report reports paper papers article articles piece pieces post posts essay essays "
    "call calls session sessions consultation consultations interview interviews word words task "
    "tasks assignment assignments note notes brief briefs briefing briefings debrief debriefs "
    "memo memos analysis analyses"
)
_UNITS = f"(?i:{_alternation(_UNIT_LIST)})"
_PERIOD_WORDS = (
    r"(?i:hourly|daily|weekly|monthly|annually|yearly|pcm|p\.?[ \t]?a\.?|p/a|p\.?h\.?|p/h|pw|p/w"
    r"|pd|p/d|each|apiece)"
)
_PERIOD = (
    rf"(?P<per>[ \t]{{0,3}}(?:/[ \t]?{_UNITS}|(?i:per|an?|each|every)[ \t]{{1,2}}{_UNITS}"
    rf"|{_PERIOD_WORDS})(?!\w))?"
)
_NOT_MONEY_AFTER_K = (
    r"(?![ \t]?(?i:runs?|races?|steps|followers|connections|subscribers|views|likes|words|users"
    r"|members|people|employees|downloads|stars|miles|km|times|tokens|monitors?|displays?|video"
    r"|tv|resolution|records|rows|lines|images|samples)(?!\w))"
)
_SPACE = r"[ \t\u00a0]{0,2}"


def _amount(first: str, sep: str, tag: str = "") -> str:
    """An amount or a range of amounts, the second end optionally with its own currency."""
    return (
        rf"(?P<{tag}n1>{first})(?P<{tag}m1>{_MULT})?"
        rf"(?:{sep}(?:{_CUR_PREFIX}{_SPACE})?(?P<{tag}n2>{_NUM})(?P<{tag}m2>{_MULT})?)?\+?"
    )


def _suffix(name: str) -> str:
    """After the amount: a currency ("pounds", "USDT", "€"), or a "k"/"grand" that says money."""
    return (
        rf"(?:{_SPACE}(?P<{name}>{_CUR_SUFFIX})(?!\w)"
        rf"|(?<=[kK]){_NOT_MONEY_AFTER_K}|(?<=[gG]rand){_NOT_MONEY_AFTER_K})"
    )


# One pass finds every amount written with digits. The pattern starts with a digit (a character
# class), so the engine tries a match only where a number starts; what comes before the number (a
# sign, a code, "between") is recognised by look-behinds here and read back in Python afterwards.
_SIGNED = rf"(?P<signed>(?<=[{_SIGNS}]\d)|(?<=[{_SIGNS}][ \u00a0]\d))"
_CODED = (
    r"(?P<coded>(?<=[A-Z]{3}\d)|(?<=[A-Z]{3}[ \u00a0]\d)|(?<=[A-Z]{4}\d)|(?<=[A-Z]{4}[ \u00a0]\d)"
    r"|(?<=Rs\d)|(?<=Rs[ .]\d)|(?<=Rs\.[ \u00a0]\d))"
)
# A plain number starts after no letter, digit or separator.
_PLAIN = r"(?<![^\W\d]\d)"
_DIGITS = re.compile(
    rf"(?P<n1>\d(?<![\d.,]\d)(?:{_SIGNED}|{_CODED}|{_PLAIN}){_NUM_TAIL})(?P<m1>{_MULT})?"
    rf"(?:{_RANGE_SEP}(?:{_CUR_PREFIX}{_SPACE})?(?P<n2>{_NUM})(?P<m2>{_MULT})?)?\+?"
    rf"(?:{_SPACE}(?P<cur>{_CUR_SUFFIX})(?!\w)|(?<=[kK]){_NOT_MONEY_AFTER_K}"
    rf"|(?<=[gG]rand){_NOT_MONEY_AFTER_K}|(?(signed)|(?(coded)|(?!))))"
    rf"{_PERIOD}"
)
# "between £3,000 and £5,000", "between 3,000 and 5,000 euros": tried where "between" occurs.
_BETWEEN_LED = re.compile(
    rf"[Bb](?i:etween)[ \t]{{1,2}}(?:(?P<cur>{_CUR_PREFIX}){_SPACE}{_amount(_NUM, _BETWEEN_SEP)}"
    rf"|{_amount(_NUM, _BETWEEN_SEP, 'b_')}{_suffix('b_cur')})"
    rf"{_PERIOD}"
)
_CODES_BEFORE = frozenset([*_CODE_LIST, "Rs", "Rs."])
_LETTERS_BEFORE = {"$": frozenset(_DOLLAR_LETTERS), "¥": frozenset(_YEN_LETTERS)}

# --- mentions in words (scanned on a lower-cased copy) --------------------------------------------

_ADVERB_LIST = _words("very extremely highly really truly most")
_ADJECTIVE_LIST = _words(
    "generous handsome attractive lucrative substantial significant competitive excellent "
    "considerable sizeable sizable hefty huge high great good nice decent fair rewarding "
    "guaranteed fat big impressive exceptional outstanding fantastic amazing top premium"
)
_MODIFIER_LIST = [
    *_words(
        "hourly daily weekly monthly annual consulting consultancy speaking advisory cash base "
        "fixed additional extra"
    ),
    "one off",
]
_NOUN_LIST = _words(
    "fee fees honorarium honoraria honorariums remuneration compensation pay payment payments "
    "salary salaries reward rewards sum sums income commission commissions bonus bonuses stipend "
    "stipends rate rates package packages earnings money retainer retainers wage wages"
)
_PAID_ADVERB_LIST = _words("handsomely generously well richly lavishly highly")
_PAID_VERB_LIST = _words("paid pay compensated compensate remunerated remunerate rewarded reward")
_NUMBER_WORD_LIST = _words(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety several"
)
_A_NUMBER_LIST = ["a hundred", "a thousand", "a million", "a few", "a couple of"]
_VAGUE_LIST = ["tens of thousands", "hundreds of thousands", "hundreds", "thousands", "millions"]
_FIGURE_LIST = ["five", "six", "seven", "eight", "5", "6", "7", "8"]
_ANCHOR_LIST = [
    *_ADVERB_LIST, *_ADJECTIVE_LIST, *_PAID_ADVERB_LIST, *_PAID_VERB_LIST, *_NUMBER_WORD_LIST,
    *_A_NUMBER_LIST, "tens", "hundreds", "thousands", "millions", *_FIGURE_LIST,
]  # fmt: skip

_WORDS = re.compile(
    "".join(
        [
            r"(?:",
            # Qualitative: "a generous honorarium", "very attractive consulting fees".
            rf"(?:(?:{_alternation(_ADVERB_LIST)}) {{1,2}})?"
            rf"(?P<q_adj>{_alternation(_ADJECTIVE_LIST)})",
            rf" {{1,2}}(?:(?:{_alternation(_MODIFIER_LIST)}) {{1,2}})?",
            rf"(?:{_alternation(_NOUN_LIST)})",
            # "well paid", "handsomely rewarded", "pay you handsomely".
            rf"|(?P<q_well>{_alternation(_PAID_ADVERB_LIST)})[ -]{{1,2}}"
            rf"(?:{_alternation(_PAID_VERB_LIST)})",
            rf"|(?:{_alternation(_PAID_VERB_LIST)}) {{1,2}}(?:(?:you|them) {{1,2}})?",
            rf"(?P<q_adv2>{_alternation(_PAID_ADVERB_LIST)})",
            # In words: "five thousand dollars", "a few hundred pounds", "a thousand quid".
            rf"|(?P<w_n>{_alternation([*_NUMBER_WORD_LIST, *_A_NUMBER_LIST])}) {{1,2}}",
            r"(?:(?P<w_m>hundred|thousand|million) {1,2})?",
            rf"(?P<w_cur>pounds? {{1,2}}sterling|{_alternation(_CUR_WORD_LIST)})(?!\w)",
            rf"(?P<w_per> {{1,2}}(?:(?:per|an?|each|every) {{1,2}}(?:{_alternation(_UNIT_LIST)})"
            r"|hourly|daily|weekly|monthly|annually|yearly|each|apiece))?",
            # Vague: "thousands of dollars", "a six-figure salary".
            rf"|(?P<v_m>{_alternation(_VAGUE_LIST)}) {{1,2}}of {{1,2}}",
            rf"(?P<v_cur>{_alternation(_CUR_WORD_LIST + [c.lower() for c in _CODE_LIST])})",
            rf"|(?P<f_n>{_alternation(_FIGURE_LIST)})[ -]{{0,2}}figures? {{1,2}}",
            rf"(?:{_alternation(_NOUN_LIST)})",
            r")(?!\w)",
        ]
    )
)
_WORD_ANCHOR = re.compile(rf" (?:{_alternation(_ANCHOR_LIST)})(?!\w)")
#: Words of which a text holds one (as a word: a run of letters and digits) if it holds a mention
#: in words: the words that begin one, "few" for "a few".
ANCHOR_WORDS = frozenset(w.split()[1] if w.startswith("a ") else w for w in _ANCHOR_LIST)
#: The words of :data:`ANCHOR_WORDS` that follow "a" and one or two spaces or hyphens.
_AFTER_A = frozenset(w.split()[1] for w in _A_NUMBER_LIST)

# --- interpretation -------------------------------------------------------------------------------

_CURRENCY_OF: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "sg$": "SGD", "nz$": "NZD",
    "nt$": "TWD", "r$": "BRL", "mx$": "MXN", "£": "GBP", "€": "EUR", "¥": "¥", "cn¥": "CNY",
    "rmb¥": "CNY", "jp¥": "JPY", "元": "CNY", "₹": "INR", "rs": "INR", "rs.": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND", "₿": "BTC",
    "rmb": "CNY", "cnh": "CNY", "nis": "ILS", "xbt": "BTC",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "quid": "GBP", "dollar": "USD",
    "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "franc": "CHF",
    "francs": "CHF", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "lira": "TRY", "lire": "TRY", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
    "riyals": "SAR", "ringgit": "MYR", "baht": "THB", "rand": "ZAR", "shekel": "ILS",
    "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "kronor": "SEK", "krona": "SEK",
    "kroner": "NOK", "krone": "NOK", "peso": "MXN", "pesos": "MXN", "naira": "NGN",
    "bitcoin": "BTC", "bitcoins": "BTC", "ether": "ETH", "ethers": "ETH", "tether": "USDT",
    "tethers": "USDT", "satoshi": "SAT", "satoshis": "SAT",
}  # fmt: skip

#: Rough value of one unit in pounds sterling, to judge the size of an amount (not for accounting).
APPROX_GBP: dict[str, float] = {
    "GBP": 1.0, "USD": 0.78, "EUR": 0.85, "CNY": 0.11, "JPY": 0.0052, "CHF": 0.9, "AUD": 0.51,
    "CAD": 0.57, "HKD": 0.1, "SGD": 0.58, "NZD": 0.46, "INR": 0.0093, "KRW": 0.00055,
    "RUB": 0.0095, "AED": 0.21, "SAR": 0.21, "QAR": 0.21, "ILS": 0.21, "SEK": 0.073,
    "NOK": 0.071, "DKK": 0.11, "PLN": 0.19, "TRY": 0.022, "ZAR": 0.043, "BRL": 0.14,
    "MXN": 0.042, "TWD": 0.024, "MYR": 0.17, "THB": 0.022, "NGN": 0.0005, "PHP": 0.013,
    "IDR": 0.00005, "VND": 0.00003, "BTC": 50_000.0, "ETH": 2_000.0, "USDT": 0.78,
    "USDC": 0.78, "BNB": 400.0, "TRX": 0.1, "LTC": 60.0, "XMR": 120.0, "SAT": 0.0005,
}  # fmt: skip
#: Currencies whose amounts are crypto-assets.
CRYPTO = frozenset({"BTC", "ETH", "USDT", "USDC", "BNB", "TRX", "LTC", "XMR", "SAT"})

_MULTIPLIER = {
    "k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "lakh": 1e5, "crore": 1e7, "hundred": 1e2,
}  # fmt: skip
_WORD_NUMBER = {
    "one": 1, "a few": 3, "a couple of": 2, "several": 3, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
    "a thousand": 1_000, "a million": 1_000_000,
}  # fmt: skip
_VAGUE = {
    "hundreds": 200.0, "thousands": 2_000.0, "millions": 2_000_000.0,
    "tens of thousands": 20_000.0, "hundreds of thousands": 200_000.0,
}  # fmt: skip
_FIGURES = {"five": 5, "six": 6, "seven": 7, "eight": 8, "5": 5, "6": 6, "7": 7, "8": 8}
_PERIOD_OF: dict[str, Period] = {
    "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "ph": "hour", "p/h": "hour",
    "day": "day", "diem": "day", "d": "day", "daily": "day", "pd": "day", "p/d": "day",
    "week": "week", "wk": "week", "weekly": "week", "pw": "week", "p/w": "week",
    "month": "month", "mth": "month", "mo": "month", "monthly": "month", "pcm": "month",
    "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year",
    "pa": "year", "p/a": "year",
    "report": "report", "paper": "report", "essay": "article", "article": "article",
    "piece": "article", "post": "article", "call": "call", "session": "call",
    "consultation": "call", "interview": "call", "word": "word", "task": "task",
    "assignment": "task", "each": "item", "apiece": "item", "note": "report", "brief": "report",
    "briefing": "report",
    "debrief": "report", "memo": "report", "analysis": "report", "analyse": "report",
}  # fmt: skip
_AMOUNT = ("n1", "m1", "n2", "m2")
_BETWEEN_AMOUNT = ("b_n1", "b_m1", "b_n2", "b_m2")
_GROUPING = str.maketrans("", "", " '’\u00a0\u202f\u2009")


@dataclass(frozen=True, slots=True)
class Money:
    """One money mention: its span in the text, what it says, and how it was said.

    ``low``/``high`` are the amount (equal unless a range was given); both are None for a
    qualitative mention ("a generous honorarium"), which has a ``qualifier`` ("generous") instead.
    A vague amount ("thousands of pounds", "six-figure salary") has its order of magnitude as
    ``low``/``high`` and a ``qualifier``. ``currency`` is None when the text does not say ("5k").
    """

    start: int
    end: int
    text: str
    currency: str | None
    low: float | None
    high: float | None
    period: Period | None
    qualifier: str | None = None

    @property
    def qualitative(self) -> bool:
        """True for a mention without an amount ("well compensated")."""
        return self.low is None

    @property
    def crypto(self) -> bool:
        """True when the amount is in a crypto-asset ("0.1 BTC", "1,500 USDT")."""
        return self.currency in CRYPTO

    def approx_gbp(self) -> tuple[float, float] | None:
        """The amount in pounds, roughly, as (low, high); None without an amount.

        An amount without a currency ("5k") and an unknown code count at par; the yen/yuan sign
        alone counts at the yen rate for the low end and the yuan rate for the high end.
        """
        if self.low is None or self.high is None:
            return None
        if self.currency == "¥":
            return self.low * APPROX_GBP["JPY"], self.high * APPROX_GBP["CNY"]
        rate = APPROX_GBP.get(self.currency or "GBP", 1.0)
        return self.low * rate, self.high * rate


def _number(text: str, crypto: bool) -> float:
    """Read a number written with any common grouping and decimal convention."""
    s = text.translate(_GROUPING)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        # "1.250 ETH" is a decimal amount; "1,500 USDT" and "3.000 EUR" are thousands.
        decimal_crypto = crypto and sep == "."
        thousands = len(parts) > 2 or (
            len(parts[-1]) == 3 and parts[0] != "0" and not decimal_crypto
        )
        s = "".join(parts) if thousands else ".".join(parts)
    return float(s)


def _multiplier(text: str | None) -> float:
    if not text:
        return 1.0
    word = text.strip().lower()
    return _MULTIPLIER.get(word, _MULTIPLIER.get(word.rstrip("s"), 1.0))


def _currency(token: str | None) -> str | None:
    if token is None:
        return None
    key = " ".join(token.lower().split())
    if key.endswith(" sterling"):
        return "GBP"
    return _CURRENCY_OF.get(key, token.upper())


def _period(text: str | None) -> Period | None:
    if not text:
        return None
    word = " ".join(text.lower().split())
    if word.startswith("/"):
        word = word[1:].strip()
    elif word.split()[0] in ("per", "a", "an", "each", "every"):
        word = word.split()[-1]
    word = word.replace(".", "").replace(" ", "")
    return _PERIOD_OF.get(word) or _PERIOD_OF.get(word[:-1] if word.endswith("s") else word)


def _amounts(
    n1: str, m1: str | None, n2: str | None, m2: str | None, crypto: bool
) -> tuple[float, float]:
    first, k1 = _number(n1, crypto), _multiplier(m1)
    if n2 is None:
        return first * k1, first * k1
    second, k2 = _number(n2, crypto), _multiplier(m2)
    if not m1 and m2 and first <= second:
        k1 = k2  # "£95-115k": the multiplier applies to both ends
    low, high = first * k1, second * k2
    return (low, high) if low <= high else (high, low)


def _numeric_money(m: re.Match[str], start: int, cur: str | None) -> Money:
    between = m.re is _BETWEEN_LED and m.group("b_n1") is not None
    n1, m1, n2, m2 = m.group(*(_BETWEEN_AMOUNT if between else _AMOUNT))
    currency = _currency(cur)
    first = m1 or (m2 if n2 is None else None)
    low, high = _amounts(n1, first, n2, m2, currency in CRYPTO)
    return Money(start, m.end(), m.string[start : m.end()], currency, low, high, _period(m["per"]))


def _word_money(m: re.Match[str], text: str) -> Money:
    g = m.groupdict()
    start, end = m.start() - 1, m.end() - 1  # the lower-cased copy has one leading space
    span = (start, end, text[start:end])
    if g["w_n"] is not None:
        value = _WORD_NUMBER.get(" ".join(g["w_n"].split()), 1) * _multiplier(g["w_m"])
        return Money(*span, _currency(g["w_cur"]), value, value, _period(g["w_per"]))
    if g["v_m"] is not None:
        vague = " ".join(g["v_m"].split())
        value = _VAGUE.get(vague, 0.0)
        return Money(*span, _currency(g["v_cur"]), value, value, None, vague)
    if g["f_n"] is not None:
        digits = _FIGURES.get(g["f_n"], 6)
        low, high = 10.0 ** (digits - 1), 10.0**digits - 1
        return Money(*span, None, low, high, None, f"{digits}-figure")
    qualifier = g["q_adj"] or g["q_well"] or g["q_adv2"] or ""
    return Money(*span, None, None, None, None, qualifier)


def _letters_before(text: str, end: int) -> tuple[int, str]:
    """The letters and dots (at most 4) right before ``end``, not inside a longer word."""
    k = end
    while k > 0 and end - k < 4 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    if k > 0 and text[k - 1].isalnum():
        return end, ""
    return k, text[k:end]


def _prefix(text: str, m: re.Match[str]) -> tuple[int, str | None] | None:
    """Where a digit-led match really starts and its currency token, or None if it is no money."""
    start, cur = m.start(), m.group("cur")
    coded_only = cur is None and m.group("m1") is None and m.group("m2") is None
    if m.group("signed") is not None:
        j = start
        while text[j - 1] in " \u00a0":
            j -= 1
        sign = text[j - 1]
        start, cur = j - 1, sign
        letters = _LETTERS_BEFORE.get(sign)
        if letters is not None:
            k, token = _letters_before(text, start)
            if token in letters:
                start, cur = k, token + sign
    elif m.group("coded") is not None:
        j = start - 1 if text[start - 1] in " \u00a0" else start
        k, token = _letters_before(text, j)
        if token in _CODES_BEFORE:
            start, cur = k, token
        elif coded_only:
            return None
    return start, cur


def _numeric(text: str) -> list[Money]:
    found: list[Money] = []
    for m in _DIGITS.finditer(text):
        prefix = _prefix(text, m)
        if prefix is not None:
            found.append(_numeric_money(m, *prefix))
    if "etween" in text or "ETWEEN" in text:
        for m in _BETWEEN_LED.finditer(text):
            found.append(_numeric_money(m, m.start(), m.group("cur") or m.group("b_cur")))
    return found


def _anchor_starts(low: str, words: AbstractSet[str]) -> list[int]:
    """Where :data:`_WORD_ANCHOR` matches in ``low``, in order, found from the words of
    :data:`ANCHOR_WORDS` that the text holds (every anchor holds one): a few substring searches
    instead of a pattern tried at every space."""
    starts: set[int] = set()
    for word in words:
        # " word", or "a", one or two separators, then the word.
        needle, offsets = (word, (3, 4)) if word in _AFTER_A else (" " + word, (0,))
        i = low.find(needle)
        while i >= 0:
            for q in offsets:
                if i >= q and _WORD_ANCHOR.match(low, i - q):
                    starts.add(i - q)
            i = low.find(needle, i + 1)
    return sorted(starts)


def _in_words(text: str, words: AbstractSet[str] | None = None) -> list[Money]:
    low = lowered(text)
    found: list[Money] = []
    pos = 0
    starts = None if words is None else _anchor_starts(low, words)

    def next_anchor() -> re.Match[str] | None:  # _WORD_ANCHOR.search(low, pos)
        if starts is None:
            return _WORD_ANCHOR.search(low, pos)
        i = bisect_left(starts, pos)
        return _WORD_ANCHOR.match(low, starts[i]) if i < len(starts) else None

    while (anchor := next_anchor()) is not None:
        m = _WORDS.match(low, anchor.start() + 1)
        if m is not None:
            found.append(_word_money(m, text))
            pos = m.end()
        else:
            pos = anchor.end()
    return found


@lru_cache(maxsize=64)
def find_money(
    text: str, *, digits: bool = True, words: frozenset[str] | None = None
) -> tuple[Money, ...]:
    """Every money mention in ``text``, in order and non-overlapping (cached per text).

    A caller that knows the words of the text may say whether it holds a digit (``digits``) and
    which of :data:`ANCHOR_WORDS` it holds as words (``words``): the scan for amounts written
    with digits is then skipped where it could find nothing, and the one for amounts in words
    looks only where those words are."""
    found = _numeric(text) if digits else []
    if words is None or words:
        found += _in_words(text, words)
    mentions = sorted(found, key=lambda m: (m.start, -m.end))
    kept: list[Money] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return tuple(kept)
