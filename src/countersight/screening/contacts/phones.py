"""Phone numbers, normalised to E.164."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from countersight.screening.contacts.contact import (
    DEFAULT_REGION,
    MAX_CANDIDATES,
    Contact,
    ContactKind,
)

_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/=.#@\-])(?:\(?\+\s?)?\(?\d[\d \t\u00a0\u202f().\-]{5,40}\d(?![\d\w/@]|[.,]\d)"
)
# Every candidate that counts has seven digits joined by its separators: a digit-led pattern
# that the engine finds quickly, and that most texts do not match.
_SEVEN_DIGITS = re.compile(r"\d(?:[ \t\u00a0\u202f().\-]*+\d){6}")
_NOT_DIGIT = bytes(c for c in range(256) if not 48 <= c <= 57)
_PHONE_CUE = re.compile(
    r"(?:\b(?:tel|telephone|phone|mobile|mob|cell|cellphone|call|ring|text|sms|number|num|no|"
    r"contact|reach|dial|whatsapp|viber|signal|wechat|telegram|line|zalo|kakao(?:talk)?)\b"
    r"|\b[mtp]\s?[:.])[^\n\d]{0,25}$",
    re.IGNORECASE,
)


def to_e164(raw: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def extract_phones(text: str, region: str = DEFAULT_REGION) -> list[Contact]:
    """Phone numbers, normalised to E.164.

    Digit runs are found by a linear pattern, then read by ``phonenumbers``' matcher at
    ``Leniency.VALID``, which rejects dates, times, amounts, years and references. A run the
    matcher does not accept as valid still counts when it is written as a phone number is
    (international ``+``/``00`` prefix, or a cue such as "tel", "call me on", "WhatsApp" just
    before it) and is a possible number: this keeps numbers from ranges reserved for examples
    (the UK's 07700 900xxx) and numbers newer than the library's metadata.
    """
    found: list[Contact] = []
    if len(text.encode().translate(None, _NOT_DIGIT)) < 7 or not _SEVEN_DIGITS.search(text):
        return found
    for count, cand in enumerate(_PHONE_CANDIDATE.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        raw = cand.group(0)
        digits = sum(ch.isdigit() for ch in raw)
        if digits < 7 or digits > 40:
            continue
        base = cand.start()
        matched = False
        for m in PhoneNumberMatcher(raw, region, leniency=Leniency.VALID):
            value = phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
            found.append(Contact(ContactKind.PHONE, value, (base + m.start, base + m.end)))
            matched = True
        if matched or digits < 8 or digits > 17:
            continue
        international = raw.startswith(("+", "00", "(+", "(00"))
        if not (international or _PHONE_CUE.search(text, max(0, base - 40), base)):
            continue
        fallback = to_e164(raw, region)
        if fallback is not None:
            found.append(Contact(ContactKind.PHONE, fallback, cand.span()))
    return found
