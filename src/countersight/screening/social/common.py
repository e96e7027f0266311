"""Fragments shared by the social-engineering vocabularies: phrases, word gaps, sums of money,
names."""

from __future__ import annotations

import re

from countersight.screening.gating import Part, rx


def phrases(keys: str, terms: str) -> Part:
    """Plain terms, ``|``-separated, matched as :func:`~countersight.screening.gating.words`
    matches them (a space is any run of white space or hyphens, a plural is allowed), but gated on
    ``keys``: a rarer word of each term than its first ("as soon as possible" on "soon")."""
    listed = sorted(
        {t.strip().lower() for t in terms.split("|") if t.strip()}, key=len, reverse=True
    )
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in t.split()) + "(?:s|es)?" for t in listed)
    return rx(keys, body)


def gap(n: int) -> str:
    """Up to ``n`` intervening words (bounded and possessive, so patterns stay linear)."""
    return rf"(?:[\w'\-]++\s++){{0,{n}}}?"


def names(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


_CODES = (
    "usd|gbp|eur|sgd|aud|cad|chf|rmb|cny|hkd|aed|jpy|inr|rs|krw|twd|nzd|zar|brl|mxn|sek|nok|dkk|"
    "pln|czk|huf|rub|thb|myr|idr|php|vnd|ngn|kes|egp|sar|qar|kzt|ils"
)
_CODE = r"(?:" + _CODES + r")"
#: A number (bounded and possessive: a run of digits cannot make a pattern backtrack).
NUMBER = r"\d[\d,.]{0,15}+"
_RANGE = r"(?:\s?(?:-|to)\s?[$£€¥]?" + NUMBER + r"\s?(?:k|m)?)?"
_SYMBOL_MONEY = r"[$£€¥]\s?" + NUMBER + r"\s?(?:k|m|million)?" + _RANGE
_CODE_MONEY = _CODE + r"\.?\s?" + NUMBER + r"\s?(?:k|m|million)?" + _RANGE
_DOLLAR_MONEY = r"(?:us|hk)\$\s?" + NUMBER + r"\s?(?:k|m|million)?" + _RANGE
_NAMED_MONEY = (
    NUMBER
    + r"\s?k?(?:\s?(?:-|to)\s?"
    + NUMBER
    + r"\s?k?)?\s?(?:"
    + _CODE
    + r"|dollars|pounds|euros)\b"
)
#: The keys of a sum of money (a currency symbol, code or name; one occurs in every sum).
MONEY_KEYS = "$|£|€|¥|" + _CODES + "|dollars|pounds|euros"
#: A sum of money: "$3,000", "GBP 2,500", "£95-115k", "500 to 1000 EUR", "1,000,000 KRW".
MONEY = r"(?:" + _SYMBOL_MONEY + "|" + _CODE_MONEY + "|" + _DOLLAR_MONEY + "|" + _NAMED_MONEY + ")"


def money(after: str) -> tuple[Part, ...]:
    """A sum of money followed by ``after``, as parts gated on how the sum is written."""
    return (
        rx("$|£|€|¥", _SYMBOL_MONEY + after),
        rx(_CODES, _CODE_MONEY + after, anchored=True),
        rx("us|hk & $", _DOLLAR_MONEY + after),
        rx(_CODES + "|dollars|pounds|euros", _NAMED_MONEY + after),
    )
