"""Messaging services: how each is written in text, their link hosts and URL schemes."""

from __future__ import annotations

import re

from countersight.screening.casefold import factored

#: How each messaging service is written in text (regular expressions, case-insensitive unless
#: scoped with ``(?-i:...)``). "Signal", "LINE" and "WeChat" are ordinary words too, so they only
#: count when written the way the product is ("Signal" not followed by "processing").
SERVICE_NAMES: dict[str, str] = {
    "whatsapp": r"wh?at'?s\s?app?",
    "wechat": r"(?-i:[Ww]e[Cc]hat|WECHAT|We\s?Chat)|weixin",
    "telegram": r"telegram",
    "signal": (
        r"(?-i:Signal)(?!\s+(?!(?:me|us|or|and|instead|too|as|if|so|please|app|messenger|number|"
        r"id|account|chat|call|group|username|handle|is|on|at|for|to|then|would|will|might|could|"
        r"works|with|from|since|because|which|where|rather)\b)[A-Za-z])"
    ),
    "skype": r"skype",
    "viber": r"viber",
    "line": r"(?-i:LINE)|line\s+(?:id|app|messenger)",
    "kakaotalk": r"kakao\s?talk|kakao",
    "zalo": r"zalo",
    "discord": r"discord",
    "threema": r"threema",
    "wickr": r"wickr",
    "wire": r"(?-i:Wire)(?=\s+(?:app|messenger|account|id|handle)\b)|(?<=download\s)(?-i:Wire)",
}

SERVICE_ALTERNATION = "|".join(f"(?P<{name}>{p})" for name, p in SERVICE_NAMES.items())
SERVICE_MENTION = re.compile(rf"(?<![\w@./])(?:{SERVICE_ALTERNATION})(?![\w@])", re.IGNORECASE)
# Substrings at least one of which every service name above contains (lower-cased text), and
# the case-sensitive names: a cheap test that lets most texts skip the patterns.
_SERVICE_HINTS = re.compile(
    "tsap|ts ap|t'sap|t's ap|wechat|we chat|weixin|telegram|skype|viber|line id|line app|"
    "line messenger|kakao|zalo|discord|threema|wickr"
)


_SERVICE_HINTS_TRIE = factored(_SERVICE_HINTS)


def mentions_service(text: str) -> bool:
    """Whether ``text`` may name a messaging service (no false negatives for single spaces)."""
    if "Signal" in text or "LINE" in text or "Wire" in text:  # the case-sensitive names
        return True
    return _SERVICE_HINTS_TRIE.search(text.lower()) is not None


#: Link hosts of messaging services: host (or parent domain) -> service. A ``/path`` prefix after
#: the host narrows a general host to its invitation links.
SERVICE_HOSTS: dict[str, tuple[str, str]] = {
    "wa.me": ("whatsapp", ""),
    "wa.link": ("whatsapp", ""),
    "api.whatsapp.com": ("whatsapp", ""),
    "chat.whatsapp.com": ("whatsapp", ""),
    "web.whatsapp.com": ("whatsapp", ""),
    "whatsapp.com": ("whatsapp", "/channel"),
    "u.wechat.com": ("wechat", ""),
    "weixin.qq.com": ("wechat", ""),
    "t.me": ("telegram", ""),
    "telegram.me": ("telegram", ""),
    "telegram.dog": ("telegram", ""),
    "signal.me": ("signal", ""),
    "signal.group": ("signal", ""),
    "join.skype.com": ("skype", ""),
    "invite.viber.com": ("viber", ""),
    "vb.me": ("viber", ""),
    "line.me": ("line", ""),
    "lin.ee": ("line", ""),
    "open.kakao.com": ("kakaotalk", ""),
    "qr.kakao.com": ("kakaotalk", ""),
    "zalo.me": ("zalo", ""),
    "discord.gg": ("discord", ""),
    "discord.com": ("discord", "/invite"),
    "discordapp.com": ("discord", "/invite"),
}

SERVICE_SCHEMES: dict[str, str] = {
    "whatsapp": "whatsapp",
    "tg": "telegram",
    "viber": "viber",
    "weixin": "wechat",
    "sgnl": "signal",
    "zalo": "zalo",
    "kakaotalk": "kakaotalk",
    "line": "line",
    "skype": "skype",
}


def service_of_link(host: str, path: str) -> str | None:
    """The messaging service a link belongs to (``t.me/x`` -> ``telegram``), else ``None``."""
    host = host.lower()
    for candidate in (host, host.split(".", 1)[1] if host.count(".") > 1 else host):
        entry = SERVICE_HOSTS.get(candidate)
        if entry is not None and path.lower().startswith(entry[1]):
            return entry[0]
    return None
