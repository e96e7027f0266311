"""Indicator about where the sender wants the conversation to go: ``message.off_platform``.

Pushes to a messenger, a personal e-mail address or a personal number. It reads the inbound
messages only, through :mod:`countersight.screening.contacts` for the contact details they
contain. No service or country calling code is weighed above another: a WeChat ID and a WhatsApp
number are the same signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from countersight.domain import Evidence
from countersight.screening.contacts import SERVICE_NAMES
from countersight.screening.contacts.prescreen import Prescreened
from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.lexicon import Concept, concept
from countersight.screening.message_links import Beside, contacts_in, names_service
from countersight.screening.quotes import first_evidence
from countersight.screening.registry import indicator

SERVICE_LABELS: dict[str, str] = {
    "whatsapp": "WhatsApp",
    "wechat": "WeChat",
    "telegram": "Telegram",
    "signal": "Signal",
    "skype": "Skype",
    "viber": "Viber",
    "line": "LINE",
    "kakaotalk": "KakaoTalk",
    "zalo": "Zalo",
    "discord": "Discord",
    "threema": "Threema",
    "wickr": "Wickr",
    "wire": "Wire",
}


@dataclass(frozen=True, eq=False)
class _CaseSensitive(Concept):
    """A concept naming messaging services, some of them case-sensitive ("Signal", "LINE"): the
    framework cannot rewrite its pattern for lower-case text, so it is searched through
    :class:`~countersight.screening.contacts.prescreen.Prescreened` instead (same spans)."""

    @cached_property
    def prescreened(self) -> Prescreened:
        return Prescreened(self.pattern)

    def matches(self, field: TextField) -> list[tuple[int, int]]:
        if self.lowercase is not None:
            return super().matches(field)
        return [m.span() for m in self.prescreened.finditer(field.folded, field.canonical)]


def _case_sensitive(name: str, *terms: str) -> _CaseSensitive:
    plain = concept(name, *terms)
    return _CaseSensitive(plain.name, plain.pattern, plain.literals)


# Skype is left out of the bare mentions: genuine recruiters still hold interviews "over Skype".
_APPS = "|".join(f"(?:{p})" for name, p in SERVICE_NAMES.items() if name != "skype")
_ALL_APPS = "|".join(f"(?:{p})" for p in SERVICE_NAMES.values())
# What follows a messenger named as a place to talk ("on WhatsApp, my number is...", "via
# Telegram @x", "do you have WeChat?"), as opposed to a product or a research topic ("the
# WhatsApp team", "your paper on WhatsApp misinformation", "on WhatsApp's roadmap").
_AS_CHANNEL = (
    r"(?=[ \t]*(?:[.,;:!?()\[\]\"\n\r]|-\s|$)|\s*[+@\d]|\s+(?:at|as|or|and|instead|if|so|please|"
    r"pls|from|too|then|with|now|for|is|number|no|id|account|handle|username|today|tomorrow|"
    r"later|asap|where|which|since|because|but|when|about|directly|privately|rather|soon|once|"
    r"to|me|us|group|chat|call|video|messenger|app|qr)\b)"
)
MESSENGER_PUSH = _case_sensitive(
    "messenger_push",
    # "reach me on WhatsApp", "let's move to Telegram", "do you have WeChat?"
    rf"re:(?:on|via|through|over|by|using|use|onto|have|got|download|install|join|"
    rf"(?:move|moving|moved|switch\w*|migrat\w*|transfer\w*|go|come|continue|over)\s+to)"
    rf"\s+(?:the\s+)?(?:{_APPS}){_AS_CHANNEL}",
    # "my WhatsApp is...", "send me your WeChat ID", "our Telegram group"
    rf"re:(?:my|our|your)\s+(?:personal\s+|private\s+)?(?:{_APPS}){_AS_CHANNEL}",
    # "WhatsApp me", "Signal me", "a WhatsApp group", "WeChat ID", "Telegram number"
    rf"re:(?:{_APPS})\s+(?:me|us|number|no\.|id|account|handle|user\s?name|contact|details|"
    r"qr(?:\s+code)?|group|chat)",
    # "WhatsApp is usually easiest for me", "WeChat would be more convenient"
    rf"re:(?:{_APPS})\s+(?:is|would\s+be|works|might\s+be|will\s+be)\s+(?:\w+\s+){{0,2}}?"
    r"(?:easi\w*|better|best|quick\w*|fast\w*|simpl\w*|(?:more\s+)?convenient|preferred|"
    r"(?:more\s+)?reliable|safer|(?:more\s+)?secure|(?:more\s+)?private)",
    # "add me on Skype", "message me via Telegram", "talk with me over WhatsApp"
    rf"re:(?:add|message|text|contact|reach|ping|call|find|dm|msg|chat|talk|speak|connect|"
    rf"write)\w*\s+(?:with\s+)?(?:me|us)\s+(?:on|via|at|through|over|using)\s+(?:the\s+)?"
    rf"(?:{_ALL_APPS})",
)
# "move our conversation to WeChat?", "can we continue this over Telegram"
_TO_APP = _case_sensitive(
    "to_messenger",
    rf"re:(?:to|on|onto|into|via|over|through)\s+(?:the\s+)?(?:{_APPS}){_AS_CHANNEL}",
)
_CONVERSE = concept(
    "converse",
    "continu*", "mov*", "switch*", "shift*", "carry on", "transferr*", "transfer", "tak* this",
    "tak* it", "tak* our", "tak* the conversation", "talk*", "chat*", "speak*", "communicat*",
    "discuss*", "conversation*", "correspond*", "connect*",
)  # fmt: skip
_ELSEWHERE = concept(
    "elsewhere",
    "elsewhere", "more freely", "more openly", "more securely", "more discreetly",
    "more privately", "more safely",
    r"re:(?:off|outside|away\s+from)(?:\s+of)?\s+(?:linkedin|this\s+(?:platform|site|app|"
    r"channel|network|website))",
    r"re:(?:another|a\s+different|a\s+(?:more\s+)?(?:secure|private|safer?|encrypted|"
    r"confidential|discreet))\s+(?:platform|channel|app|application|messenger|medium)",
)  # fmt: skip
_MOVE = concept(
    "move_conversation",
    "continu*", "mov*", "switch*", "shift*", "carry on", "transferr*", "transfer", "tak* this",
    "tak* it", "tak* our", "tak* the conversation",
)  # fmt: skip
_PRIVATELY = concept("privately", "privately", "in private")
_THIS_PLATFORM = concept(
    "this_platform",
    "linkedin", "linked in", "this platform", "this site", "this app", "this channel",
    "this network", "this website", "inmail*", "social media", r"re:messages?\s+(?:on\s+)?here",
)  # fmt: skip
_UNSAFE = concept(
    "unsafe",
    r"re:(?:not|never|hardly|isn't|aren't|wasn't|isnt|arent)\s+(?:\w+\s+){0,2}?"
    r"(?:secure|safe|private|confidential|encrypted)",
    "insecure", "unsecure*", "unsafe", "unencrypted", "monitored", "surveilled", "censored",
    "eavesdropp*", "intercepted", "spied on", "spying", r"re:being\s+(?:read|watched)",
)  # fmt: skip
# The costlier concept of each pair runs only in the messages that can hold its partner.
_ELSEWHERE_BESIDE_CONVERSE = Beside(_ELSEWHERE, _CONVERSE)
_UNSAFE_BESIDE_PLATFORM = Beside(_UNSAFE, _THIS_PLATFORM)
PERSONAL_CONTACT = concept(
    "personal_contact",
    # "a special phone so we do not need to use normal email", "a separate SIM"
    r"re:(?:special|separate|secure|dedicated|burner|clean|spare|second|encrypted)\s+"
    r"(?:phone|mobile|handset|sim(?:\s+card)?|e-?mail\s+account)",
    r"re:(?:personal|private)\s+(?:e-?mail(?:\s+address)?|mail\s+address|(?:mobile|cell|phone|"
    r"telephone)(?:\s+(?:number|no\.?))?|number|line|contact(?:\s+(?:details|number|info\w*))?)",
    r"re:(?:home|non-work|own)\s+(?:e-?mail(?:\s+address)?|(?:mobile|cell|phone)\s+(?:number|no\.?))",
)


@indicator("message.off_platform", "Pushes the conversation off the platform")
def off_platform(ctx: ScreeningContext) -> list[Evidence]:
    """Moving the conversation to a messenger, a personal e-mail address or a personal number.

    NPSA / FBI "Think Before You Link": hostile actors move targets off the professional network
    quickly, to channels the platform cannot moderate and the employer cannot see. Fires on a
    messenger contact (a WhatsApp or Signal number, a WeChat ID, a Telegram handle, wa.me / t.me /
    signal.me links, Viber, LINE, KakaoTalk, Zalo, Discord, Skype handles), a personal e-mail
    address (gmail, outlook, qq.com, proton.me... including "name [at] gmail [dot] com"), a
    messenger named as the place to talk ("reach me on WhatsApp", "do you have WeChat?",
    "WhatsApp me"), asking to move the conversation elsewhere ("let's continue this off LinkedIn",
    "on a more secure channel", "so we can talk more freely"), claims that the platform is not
    secure or is monitored, and personal or private numbers and addresses ("my private e-mail",
    "your personal mobile number").

    Does not fire on a named corporate e-mail address, a business phone number in a signature,
    a scheduling link (Calendly) or a Teams/Zoom call, a Skype interview, nor on a messenger
    named as a product or research topic ("the WhatsApp team", "your work on Signal processing").
    Accepted hard negative: a genuine former colleague who writes "WhatsApp me" fires too; the
    scorer weighs this indicator with the rest of the approach.
    """
    return first_evidence(_findings(ctx))


def _findings(ctx: ScreeningContext) -> Iterator[tuple[Match, str | None]]:
    """The indicator's findings, in order of preference, computed as far as they are read."""
    for field in ctx.messages:
        for c in contacts_in(field):
            if c.service is not None:
                yield Match(field, c.start, c.end), f"{SERVICE_LABELS[c.service]} contact"
            elif c.is_personal_email:
                yield Match(field, c.start, c.end), "personal e-mail address"
    if any(names_service(f) for f in ctx.messages):
        yield from _plain(ctx.find(MESSENGER_PUSH))
        if ctx.find(_TO_APP):
            yield from _plain(ctx.near(_CONVERSE, _TO_APP, window=40))
    yield from _plain(ctx.near(_CONVERSE, _ELSEWHERE_BESIDE_CONVERSE, window=60))
    yield from _plain(ctx.near(_MOVE, _PRIVATELY, window=60))
    for m in ctx.near(_THIS_PLATFORM, _UNSAFE_BESIDE_PLATFORM, window=50):
        yield m, "says the platform is unsafe"
    yield from _plain(ctx.find(PERSONAL_CONTACT))


def _plain(matches: list[Match]) -> Iterator[tuple[Match, str | None]]:
    return ((m, None) for m in matches)
