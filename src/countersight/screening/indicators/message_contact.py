"""Indicators about where the sender wants the conversation to go and what they want opened.

``message.off_platform``: pushes to a messenger, a personal e-mail address or a personal number.
``message.malicious_lure``: files and links presented as job documents, tests or reports.

Both read the inbound messages only, through :mod:`countersight.screening.contacts` for the
contact details and links they contain. No service, country calling code or domain country is
weighed above another: a WeChat ID and a WhatsApp number are the same signal.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable
from urllib.parse import urlsplit

from countersight.domain import Evidence
from countersight.screening.contacts import (
    SERVICE_NAMES,
    Contact,
    ContactKind,
    extract_contacts,
    mentions_service,
)
from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.lexicon import Concept, concept
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

# --- Cheap pre-checks -------------------------------------------------------------------------
# A concept costs a full regex pass per message (about 6 us for 400 characters); most messages
# cannot match most concepts. Each concept below therefore carries a Hint: words at least one of
# which any match must contain, checked against one scan of the messages' words.

_SEPARATORS = (string.punctuation + "\t\n\r\x0b\x0c").encode()
_PUNCT = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))


# Every word group of every Hint, by id, and which groups each word satisfies.
_WORD_GROUPS: dict[bytes, list[int]] = {}
_GROUP_IDS = itertools.count()
_SUFFIXES = ("", "s", "es", "d", "ed", "ing", "er", "ers", "ment", "ments", "ion", "ions", "able")
_last_scan: list[tuple[list[TextField], frozenset[int]]] = []


def _inflections(word: str) -> set[str]:
    """``attach+`` -> attach, attaches, attached, attaching, attachment...; else the word."""
    if not word.endswith("+"):
        return {word}
    stem = word[:-1]
    forms = {stem + s for s in _SUFFIXES} | {stem + stem[-1] + s for s in ("ing", "ed", "er")}
    if stem.endswith("e"):
        forms |= {stem[:-1] + s for s in ("ing", "ion", "ions", "ation", "able")}
    return forms


def _satisfied(ctx: ScreeningContext) -> frozenset[int]:
    """The ids of the Hint word groups that the inbound messages satisfy (one scan for all).

    Kept for the last context seen, by identity of its message list (which the cache holds, so
    that identity cannot be reused while cached).
    """
    if _last_scan and _last_scan[0][0] is ctx.messages:
        return _last_scan[0][1]
    low = "\n".join(f.folded for f in ctx.messages).lower().encode("utf-8", "replace")
    words = _WORD_GROUPS.keys() & set(low.translate(_PUNCT).split())
    satisfied = frozenset(g for word in words for g in _WORD_GROUPS[word])
    _last_scan[:] = [(ctx.messages, satisfied)]
    return satisfied


class Hint:
    """Whether a concept can match: any clause whose every ``&``-group has a word in the text.

    ``Hint("elsewhere freely", "off outside & linkedin this")``: "elsewhere" or "freely", or one
    of "off"/"outside" together with "linkedin"/"this". ``word+`` stands for its inflections.
    Words are what remains between punctuation ("e-mail" is "e" and "mail"). All Hints are
    evaluated from one scan of the messages (:func:`_satisfied`).
    """

    def __init__(self, *clauses: str) -> None:
        parsed: list[tuple[int, ...]] = []
        for clause in clauses:
            ids: list[int] = []
            for group in clause.split("&"):
                gid = next(_GROUP_IDS)
                for word in (f for w in group.split() for f in _inflections(w)):
                    _WORD_GROUPS.setdefault(word.encode(), []).append(gid)
                ids.append(gid)
            parsed.append(tuple(ids))
        self.any_of = frozenset(c[0] for c in parsed if len(c) == 1)
        self.clauses = tuple(c for c in parsed if len(c) > 1)

    def __call__(self, ctx: ScreeningContext) -> bool:
        satisfied = _satisfied(ctx)
        if not self.any_of.isdisjoint(satisfied):
            return True
        return any(satisfied.issuperset(clause) for clause in self.clauses)


def _find(ctx: ScreeningContext, c: Concept, hint: Hint) -> list[Match]:
    return ctx.find(c) if hint(ctx) else []


def _near(
    ctx: ScreeningContext, common: Concept, rare: Concept, hint: Hint, window: int
) -> list[Match]:
    """``ctx.near(common, rare)``, skipped when ``rare`` (checked first, by ``hint``) is absent."""
    if not _find(ctx, rare, hint):
        return []
    return ctx.near(common, rare, window=window)


# --- message.off_platform ---------------------------------------------------------------------

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
MESSENGER_PUSH = concept(
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
_TO_APP = concept(
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
PERSONAL_CONTACT = concept(
    "personal_contact",
    # "a special phone so we do not need to use normal email", "a separate SIM"
    r"re:(?:special|separate|secure|dedicated|burner|clean|spare|second|encrypted)\s+"
    r"(?:phone|mobile|handset|sim(?:\s+card)?|e-?mail\s+account)",
    r"re:(?:personal|private)\s+(?:e-?mail(?:\s+address)?|mail\s+address|(?:mobile|cell|phone|"
    r"telephone)(?:\s+(?:number|no\.?))?|number|line|contact(?:\s+(?:details|number|info\w*))?)",
    r"re:(?:home|non-work|own)\s+(?:e-?mail(?:\s+address)?|(?:mobile|cell|phone)\s+(?:number|no\.?))",
)


_ELSEWHERE_HINT = Hint(
    "elsewhere freely openly securely discreetly privately safely",
    "off outside away & linkedin this",
    "another different secure private safer safe encrypted confidential discreet"
    " & platform channel app application messenger medium",
)
_PRIVATELY_HINT = Hint("privately", "in & private")
_UNSAFE_HINT = Hint(
    "not never hardly isn aren wasn isnt arent & secure safe private confidential encrypted",
    "insecure unsecure+ unsafe unencrypted monitored surveilled censored eavesdrop+ intercepted"
    " spying",
    "spied & on",
    "being & read watched",
)
_PERSONAL_HINT = Hint(
    "personal private & email e mail mobile cell phone telephone number line contact",
    "home non own & email e mobile cell phone",
    "special separate secure dedicated burner clean spare second encrypted"
    " & phone mobile handset sim email e",
)


def _evidence(found: Iterable[tuple[Match, str | None]], limit: int = 3) -> list[Evidence]:
    """Evidence for up to ``limit`` findings, first found first, skipping overlaps and repeats."""
    out: list[Evidence] = []
    spans: list[tuple[str, int, int]] = []
    quotes: set[str] = set()
    for match, note in found:
        ev = match.evidence(note)
        key = ev.quote.lower()
        if key in quotes or any(
            p == match.field.path and s < match.end and match.start < e for p, s, e in spans
        ):
            continue
        quotes.add(key)
        spans.append((match.field.path, match.start, match.end))
        out.append(ev)
        if len(out) >= limit:
            break
    return out


def _contacts(field: TextField) -> tuple[Contact, ...]:
    return extract_contacts(field.folded)


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
    found: list[tuple[Match, str | None]] = []
    for field in ctx.messages:
        for c in _contacts(field):
            if c.service is not None:
                found.append((Match(field, c.start, c.end), f"{SERVICE_LABELS[c.service]} contact"))
            elif c.is_personal_email:
                found.append((Match(field, c.start, c.end), "personal e-mail address"))
    if any(mentions_service(f.folded) for f in ctx.messages):
        found += [(m, None) for m in ctx.find(MESSENGER_PUSH)]
        if ctx.find(_TO_APP):
            found += [(m, None) for m in ctx.near(_CONVERSE, _TO_APP, window=40)]
    found += [(m, None) for m in _near(ctx, _CONVERSE, _ELSEWHERE, _ELSEWHERE_HINT, 60)]
    found += [(m, None) for m in _near(ctx, _MOVE, _PRIVATELY, _PRIVATELY_HINT, 60)]
    unsafe = _near(ctx, _THIS_PLATFORM, _UNSAFE, _UNSAFE_HINT, 50)
    found += [(m, "says the platform is unsafe") for m in unsafe]
    found += [(m, None) for m in _find(ctx, PERSONAL_CONTACT, _PERSONAL_HINT)]
    return _evidence(found)


# --- message.malicious_lure -------------------------------------------------------------------

#: Extensions of archives, disk images, executables, shortcuts and macro-enabled documents.
RISKY_EXTENSIONS = (
    "zip", "rar", "7z", "iso", "img", "vhd", "vhdx", "exe", "scr", "msi", "lnk", "docm", "xlsm",
    "pptm", "dotm", "xlam", "one", "hta", "vbs", "vbe", "wsf", "bat", "cmd", "ps1", "jar", "apk",
    "dmg", "pkg", "cab", "gz", "tgz", "bz2", "xz", "ace", "arj", "chm", "cpl",
)  # fmt: skip
#: Ordinary documents: a lure only when presented as one on an unknown site.
DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "odt")
_RISKY_EXT = "|".join(RISKY_EXTENSIONS)
_EXTENSION = re.compile(r"\.([a-z0-9]{1,5})(?:$|[?#&])", re.IGNORECASE)
_RISKY_IN_QUERY = re.compile(rf"\.(?:{_RISKY_EXT})(?:$|[&#])", re.IGNORECASE)

#: Registrable domains (or hosts) that serve files to anyone with the link.
FILE_SHARING: frozenset[str] = frozenset(
    {
        "drive.google.com", "docs.google.com", "drive.usercontent.google.com",
        "storage.googleapis.com", "firebasestorage.googleapis.com", "dropbox.com",
        "dropboxusercontent.com", "db.tt", "onedrive.live.com", "1drv.ms", "sharepoint.com",
        "mega.nz", "mega.io", "mega.co.nz", "wetransfer.com", "we.tl", "box.com", "mediafire.com",
        "sendspace.com", "transfer.sh", "file.io", "gofile.io", "pixeldrain.com", "anonfiles.com",
        "4shared.com", "filemail.com", "swisstransfer.com", "fromsmash.com", "pcloud.com",
        "pcloud.link", "sync.com", "transfernow.net", "weiyun.com", "cowtransfer.com",
        "disk.yandex.ru", "disk.yandex.com", "yadi.sk", "pan.baidu.com", "terabox.com",
        "cloud.mail.ru", "filetransfer.io", "ufile.io", "raw.githubusercontent.com",
        "objects.githubusercontent.com", "blob.core.windows.net", "icloud.com/iclouddrive",
    }
)  # fmt: skip

#: Sites where genuine recruiters and researchers host job pages, tests, surveys and calls.
KNOWN_PLATFORMS: frozenset[str] = frozenset(
    {
        "linkedin.com", "lnkd.in", "indeed.com", "glassdoor.com", "glassdoor.co.uk",
        "greenhouse.io", "lever.co", "myworkdayjobs.com", "workday.com", "smartrecruiters.com",
        "ashbyhq.com", "teamtailor.com", "bamboohr.com", "icims.com", "taleo.net",
        "successfactors.com", "successfactors.eu", "jobvite.com", "workable.com", "recruitee.com",
        "personio.de", "personio.com", "breezy.hr", "applytojob.com", "pinpointhq.com",
        "hackerrank.com", "codility.com", "testgorilla.com", "codesignal.com", "coderpad.io",
        "hirevue.com", "shl.com", "qualtrics.com", "surveymonkey.com", "typeform.com",
        "calendly.com", "zoom.us", "webex.com", "jobs.ac.uk", "euraxess.ec.europa.eu",
    }
)  # fmt: skip

_RISKY_FILE_NAME = Concept(
    "risky_file_name",
    re.compile(rf"(?<![\w\-+~./\\])[\w\-+~][\w\-+~()]{{0,99}}\.(?:{_RISKY_EXT})(?![\w\-])", re.I),
)
_RISKY_FILE = concept(
    "risky_file",
    r"re:(?:zip|rar|7-?zip|7z|iso|exe|msi|dmg|apk|compressed|self-extracting)\s+"
    r"(?:file|folder|archive|attachment|package|image|version)s?",
    r"re:\.(?:zip|rar|7z|iso|exe|msi|lnk|docm|xlsm)(?=\s+(?:file|archive|attach))",
    "self-extracting",
    r"re:executable\s+(?:file|attached|attachment)s?",
)
_PASSWORD = concept("password", "password*", "passcode*", "pass code*", "pwd", "passphrase*")
_FILEISH = concept(
    "fileish",
    "file*", "archive*", "zip*", "rar", "7z", "document*", "attach*", "pdf*", "folder*",
    "unzip*", "decompress*", "encrypt*", "doc", "docs", r"re:extract\w*\s+(?:it|the\s+\w+)",
)  # fmt: skip
_ENABLE = concept(
    "enable_content",
    r"re:(?-i:Enable\s+(?:Content|Editing|Macros?))",
    r"re:enabl\w*\s+(?:the\s+|all\s+)?macros?",
    r"re:(?:allow|turn\s+on|switch\s+on|activate|run)\s+(?:the\s+|all\s+)?macros?",
    r"re:enable\s+(?:the\s+)?(?:content|editing)\s+(?:to|in\s+order\s+to|so|button|bar|above|"
    r"at\s+the\s+top|option)",
    r"re:click\w*\s+(?:on\s+)?[\"']?enable",
)
_COMMAND = concept(
    "paste_command",
    r"re:(?:run|paste|copy|execute|type|enter)\w*\s+(?:\w+\s+){0,3}?(?:command|script|code|line)s?"
    r"\s+(?:\w+\s+){0,2}?(?:in(?:to)?|on)\s+(?:your\s+|the\s+|a\s+)?(?:terminal|powershell|"
    r"command\s+prompt|cmd|console|run\s+(?:dialog|box|window)|shell)",
    r"re:(?:win(?:dows)?\s*(?:key\s*)?\+\s*r)",
)
_INSTALL_TOOL = concept(
    "install_tool",
    r"re:(?:install|download|run|execute|launch|set\s+up|update)\w*\s+(?:(?:this|the|our|that|a|an|"
    r"following|my)\s+)(?:[\w\-]+\s+){0,2}?(?:app|application|sdk|software|client|plug-?in|"
    r"extension|add-?on|driver|tool|package|program|programme|project|repo|repository|codebase|"
    r"update|script|agent|module|environment|file)s?",
)
_CODE_RUN = concept(
    "code_run",
    r"re:npm\s+(?:i|install|start|run)",
    r"re:yarn\s+(?:install|start|dev)",
    r"re:pip\s+install",
    r"re:node\s+[\w./\-]+\.js",
    r"re:python3?\s+[\w./\-]+\.py",
)
_TEST_CONTEXT = concept(
    "test_context",
    r"re:(?:the|this|your|our|a|an|that)\s+(?:[\w\-]+\s+){0,2}?(?:test|assessment|exercise|"
    r"challenge|task|interview|call|meeting|camera|microphone|mic|evaluation|screening|"
    r"assignment|quiz|exam|session|demo)s?",
    r"re:(?:take|complete|do|start|join|attend)\w*\s+(?:the\s+|this\s+|our\s+)?(?:test|assessment|"
    r"interview|call|meeting)",
)
_KNOWN_TOOL = re.compile(
    r"\b(?:zoom|teams|webex|skype|google\s+meet|hackerrank|codility|codesignal|coderpad|testgorilla|"
    r"hirevue|python|java|node\.?js|git|docker|vs\s?code|visual\s+studio)\b",
    re.IGNORECASE,
)
_WORK_DEVICE = concept(
    "work_device",
    r"re:(?:your|a|(?:on|from|using|with|via|through|in)(?:\s+(?:your|a|the))?)\s+(?:own\s+)?"
    r"(?:work|office|company|corporate|business|employer'?s?|organi[sz]ation'?s?)\s+"
    r"(?:laptop|computer|pc|mac|macbook|machine|device|network|workstation|desktop|system|vpn|"
    r"e-?mail\s+account)s?",
)
_OPEN = concept(
    "open_verb",
    "open*", "view*", "access*", "download*", "run", "runs", "running", "install*", "log in",
    "login", "sign in", "launch*", "click*", "works best", "only works", "compatible",
)  # fmt: skip
_ATTACH = concept(
    "attached",
    "attach*", "enclos*", "download*", "uploaded", r"re:shared\s+(?:it\s+)?with\s+you",
    r"re:(?:open|view|access|fill|complete|review|check|see|find)\w*\s+(?:in\s+|out\s+)?"
    r"(?:the\s+|this\s+|my\s+|our\s+)?(?:attached|enclosed|linked|shared|following|below)",
    r"re:(?:sent|send|sending|forward\w*)\s+(?:you\s+)?(?:the|a|an|our|my)\s+(?:\w+\s+){0,2}?"
    r"(?:file|document|link|pdf|copy)",
    r"re:(?:this|the|following|below)\s+link", r"re:click\s+(?:on\s+)?(?:the\s+|this\s+)?"
    r"(?:link|button|here)",
)  # fmt: skip
_LURE_DOC = concept(
    "lure_document",
    "skills test*", "assessment*", "questionnaire*", "survey*", "test", "tests", "test paper*",
    "test task*", "application form*", "registration form*", "case study", "exam", "quiz",
    r"re:(?:technical|coding|online|aptitude|personality|psychometric|language|writing|"
    r"cognitive|competency|skills?|take-home|home)\s+(?:test|assessment|exam|quiz|evaluation|"
    r"task|exercise)s?",
    r"re:draft\s+(?:\w+\s+){0,2}?(?:report|paper|article|chapter|manuscript|document|proposal|"
    r"agenda|programme|program|brief|memo|study|analysis|white\s*paper|policy)s?",
    r"re:(?:report|paper|document|proposal|article|manuscript|study|analysis)s?\s+for\s+(?:your\s+)?"
    r"(?:feedback|review|comments?|input|consideration|perusal|opinion|thoughts)",
)  # fmt: skip
_DOWNLOAD = concept(
    "download",
    "download*",
    "unzip*",
    r"re:extract\w*\s+(?:the\s+)?(?:files?|archive|zip|folder)",
    r"re:open\w*\s+(?:the\s+|this\s+)?(?:file|archive|attachment|document|link)",
)
_JOB_DOC = concept(
    "job_document",
    "job description*", "jd", "jds", "job spec*", "role spec*", "role profile*",
    "position description*", "offer letter*", "job offer*", "brochure*", "company profile*",
    r"re:(?:job|vacancy|role|position|project|salary|compensation|offer)\s+(?:details|package|"
    r"pack|brochure|document)s?",
)  # fmt: skip
# Credential harvesting behind a "document", "portal" or "registration page".
_SIGN_IN = concept(
    "sign_in_with",
    r"re:(?:sign|log)\w*[\s-]*(?:in|on|into)\s+(?:[\w/]+\s+){0,3}?(?:with|using|via)\s+"
    r"(?:your\s+)?(?:[\w/]+\s+){0,3}?(?:e-?mail|account|credentials|google|microsoft|outlook|"
    r"apple|office\s*365|microsoft\s*365|linkedin)",
    r"re:(?:use|enter|confirm|verify|provide)\s+your\s+(?:[\w/]+\s+){0,3}?(?:e-?mail|account|"
    r"credentials|login|password)(?:\s+\w+){0,2}?\s+to\s+(?:sign|log|view|open|access|verify|"
    r"unlock|see|read|download)",
)
# Getting past the warnings that would stop the payload.
_BYPASS = concept(
    "bypass_warning",
    r"re:right-?click\w*\s*(?:>|->|and\s+(?:choose|select|click)|,|then)\s*[\"']?open",
    r"re:(?:disable|turn\s+off|switch\s+off|pause|deactivate)\s+(?:your\s+|the\s+)?(?:anti-?virus|"
    r"av|defender|windows\s+defender|firewall|security\s+software|endpoint\s+protection|"
    r"smartscreen|gatekeeper)",
    r"re:(?:ignore|dismiss|bypass|skip)\s+(?:the\s+|any\s+|this\s+)?(?:security\s+)?"
    r"(?:warning|alert|prompt)s?",
    r"re:(?:run|open|allow)\s+(?:it\s+)?anyway",
    r"re:allow\s+it\s+(?:temporarily|through)",
    r"re:false\s+positives?",
)
# "compile and run it locally", "run the project on your machine"
_RUN_LOCALLY = concept(
    "run_locally",
    r"re:(?:compile|build|run|execute|launch|open)\w*\s+(?:(?:and|&)\s+(?:compile|build|run|"
    r"execute|launch|open)\w*\s+)?(?:[\w\-]+\s+){0,3}?(?:locally|on\s+your\s+(?:own\s+)?"
    r"(?:machine|computer|laptop|pc|mac|system))",
)
_CODE_ARTEFACT = concept(
    "code_artefact",
    "project*", "repo", "repos", "repository", "repositories", "solution", "poc",
    "proof of concept", "codebase", "exploit*", "test harness*", "build event*",
    r"re:coding\s+(?:test|challenge|task|assessment|exercise)s?",
)  # fmt: skip
#: Names of file-sharing and sign-in brands that look-alike domains borrow.
LOOKALIKE_BRANDS = (
    "onedrive", "sharepoint", "dropbox", "wetransfer", "docusign", "office365", "microsoft",
    "outlook", "gdrive", "googledocs", "googledrive", "icloud", "adobe", "gmail",
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_MEETING = re.compile(r"\b(?:meeting|zoom|webex|teams)\b", re.IGNORECASE)


_EXT_HINT = Hint(" ".join(RISKY_EXTENSIONS))
_RISKY_HINT = Hint("zip rar 7 7z iso exe msi dmg apk compressed self executable lnk docm xlsm")
_ENABLE_HINT = Hint("enable+ macro macros")
_COMMAND_HINT = Hint(
    "terminal powershell prompt cmd console dialog box window shell", "win windows & r"
)
_PASSWORD_HINT = Hint("password+ passcode+ pwd passphrase+", "pass & code codes")
_INSTALL_HINT = Hint(
    "install+ installation+ download+ run+ ran execute+ launch+ update+ set+ setting"
    " & app apps application applications sdk sdks software client clients plugin plugins plug"
    " extension extensions add addon addons driver drivers tool tools package packages program"
    " programs programme programmes project projects repo repos repository repositories codebase"
    " codebases update updates script scripts agent agents module modules environment"
    " environments file files"
)
_CODE_RUN_HINT = Hint("npm yarn pip node python python3")
_LOCALLY_HINT = Hint("locally", "your & machine computer laptop pc mac system")
_DEVICE_HINT = Hint(
    "work office company corporate business employer employers organisation organization"
    " organisations organizations"
    " & laptop laptops computer computers pc pcs mac macs macbook macbooks machine machines"
    " device devices network networks workstation workstations desktop desktops system systems"
    " vpn vpns account accounts"
)
_BYPASS_HINT = Hint(
    "disable turn switch pause deactivate & antivirus anti av defender firewall security"
    " endpoint smartscreen gatekeeper",
    "ignore dismiss bypass skip & warning warnings alert alerts prompt prompts",
    "anyway",
    "allow & temporarily through",
    "right & click+",
    "rightclick+",
    "false & positive positives",
)
_DOWNLOAD_HINT = Hint(
    "download+ unzip+",
    "extract+ & file files archive zip folder",
    "open+ & file archive attachment document link",
)
_ATTACH_HINT = Hint(
    "attach+ enclose+ enclosure download+ uploaded shared linked following below file document"
    " pdf copy link click"
)
_LURE_DOC_HINT = Hint(
    "assessment+ questionnaire+ survey+ test+ exam quiz form+ draft+ case evaluation+ task+"
    " exercise+",
    "for & feedback review comment comments input consideration perusal opinion thoughts",
)
_JOB_DOC_HINT = Hint(
    "jd jds job role position offer brochure+ company vacancy project salary compensation"
)
_SIGN_IN_HINT = Hint(
    "sign+ signin log+ login logon & with using via", "use enter confirm verify provide & your"
)


def _host_matches(c: Contact, names: frozenset[str]) -> bool:
    """Whether a link's host, a parent domain of it, or "domain/first-folder" is in ``names``."""
    host = c.host or ""
    labels = host.split(".")
    if any(".".join(labels[i:]) in names for i in range(len(labels) - 1)):
        return True
    segments = urlsplit(c.value).path.lower().split("/")
    return len(segments) > 1 and f"{c.domain}/{segments[1]}" in names


def _is_file_sharing(c: Contact) -> bool:
    return _host_matches(c, FILE_SHARING)


def _is_lookalike(c: Contact) -> bool:
    """A domain that borrows a file-sharing or sign-in brand it does not belong to."""
    domain = c.domain or ""
    label = domain.split(".", 1)[0]
    return any(b in label and label != b for b in LOOKALIKE_BRANDS)


def _extension(c: Contact) -> str:
    parts = urlsplit(c.value)
    m = _EXTENSION.search(parts.path)
    if m is not None:
        return m.group(1).lower()
    return "zip" if _RISKY_IN_QUERY.search(parts.query) else ""


_NOT_ALNUM = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


class _Employers:
    """The sender's claimed organisations (profile), compacted on first use."""

    def __init__(self, ctx: ScreeningContext) -> None:
        self._ctx = ctx
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            self._names = [
                _compact(f.text)
                for f in self._ctx.profile
                if f.path.endswith(".organisation") or f.path == "sender.headline"
            ]
        return self._names


def _trusted(c: Contact, employers: _Employers) -> bool:
    """A known job, assessment, survey or meeting platform, or the sender's own organisation."""
    if _host_matches(c, KNOWN_PLATFORMS):
        return True
    label = _compact((c.domain or "").split(".", 1)[0])
    return len(label) >= 4 and any(label in name for name in employers.names())


def _links(field: TextField) -> list[Contact]:
    return [c for c in _contacts(field) if c.kind is ContactKind.URL and c.service is None]


def _presented_as_job_document(ctx: ScreeningContext, field: TextField) -> bool:
    """Whether the message calls something a job document, test, survey or report."""
    return any(
        m.field is field
        for m in (*_find(ctx, _LURE_DOC, _LURE_DOC_HINT), *_find(ctx, _JOB_DOC, _JOB_DOC_HINT))
    )


def _one_sentence(m: Match) -> bool:
    return _SENTENCE_END.search(m.field.folded, m.start, m.end) is None


#: Lures worded without a file name: "install the app on the computer you use for work",
#: "the viewer will ask you to confirm your work email", "download the Apply app".
_LURE_PHRASE = concept(
    "lure_phrase",
    r"re:(?:computer|laptop|machine|pc|device|mac)\s+(?:that\s+)?you\s+use\s+(?:for|at)\s+"
    r"(?:work|your\s+(?:job|office|work))",
    r"re:(?:confirm|enter|verify|type|provide)\s+(?:in\s+)?your\s+(?:work|corporate|company|office"
    r"|university|institutional|business)\s+(?:e-?mail|credentials|account|password|login)",
    r"re:(?:download|install)\w*\s+(?:the|our|this|a|an)\s+(?:[\w\-]+\s+){0,3}?app(?:lication)?s?\b",
)


@indicator("message.malicious_lure", "File or link presented as a job document, test or report")
def malicious_lure(ctx: ScreeningContext) -> list[Evidence]:
    """Attachments and downloads presented as job descriptions, tests, surveys or reports.

    NPSA / FBI / NCSC guidance and published intrusion campaigns (fake recruiters' "job
    description" archives, "skills assessment" apps, think-tank "draft report for your comments"):
    the document is the payload. Fires on archive, disk-image, executable, shortcut and
    macro-enabled files named in a message (``JD_Senior_Engineer.zip``, "the attached ISO file"),
    links to file-sharing sites (Google Drive and Docs, Dropbox, OneDrive, SharePoint, MEGA,
    WeTransfer, Box...), links to archives or executables anywhere, links to documents (.pdf,
    .docx) on sites that are neither the sender's organisation nor a known job platform when the
    message presents them as a job document or test, passwords for a file ("the password is
    1234"), "enable macros / Enable Content", pasting a command into a terminal, installing or
    running an app, SDK, driver or project to take a test or join a call ("npm start" for the
    coding test), asking to open something on a work laptop or network, a test, questionnaire,
    survey or draft report sent as an attachment or download ("please find attached the skills
    assessment", "a draft paper for your feedback"), and downloading a job description.

    Deliberately ignored: a job description simply attached ("I've attached the JD", which
    genuine recruiters do all the time); links to a careers page on the sender's organisation's
    own domain or on a known applicant-tracking, assessment, survey or meeting platform
    (Greenhouse, Workday, HackerRank, SurveyMonkey, Calendly, Zoom); installing Zoom or Teams
    for an interview; a Zoom passcode. Accepted hard negative: a genuine academic sending a draft
    paper for comments fires; the scorer weighs it.
    """
    found: list[tuple[Match, str | None]] = []
    employers = _Employers(ctx)
    for field in ctx.messages:
        for link in _links(field):
            span = Match(field, link.start, link.end)
            ext = _extension(link)
            if _is_file_sharing(link):
                found.append((span, "file-sharing link"))
            elif _is_lookalike(link):
                found.append((span, "look-alike file-sharing site"))
            elif ext in RISKY_EXTENSIONS:
                found.append((span, "link to an archive or executable"))
            elif (
                ext in DOCUMENT_EXTENSIONS
                and not _trusted(link, employers)
                and _presented_as_job_document(ctx, field)
            ):
                found.append((span, "document on an unknown site"))
    found += [(m, "archive or executable file") for m in _find(ctx, _RISKY_FILE_NAME, _EXT_HINT)]
    found += [(m, "archive or executable file") for m in _find(ctx, _RISKY_FILE, _RISKY_HINT)]
    found += [(m, None) for m in _find(ctx, _ENABLE, _ENABLE_HINT)]
    found += [(m, "command to paste") for m in _find(ctx, _COMMAND, _COMMAND_HINT)]
    found += [
        (m, "password-protected file")
        for m in _near(ctx, _FILEISH, _PASSWORD, _PASSWORD_HINT, 60)
        if not _MEETING.search(m.field.folded, max(0, m.start - 80), m.end + 80)
    ]
    found += [
        (m, None)
        for m in _near(ctx, _TEST_CONTEXT, _INSTALL_TOOL, _INSTALL_HINT, 120)
        if not _KNOWN_TOOL.search(m.field.folded, m.start, m.end)
    ]
    found += [(m, None) for m in _near(ctx, _TEST_CONTEXT, _CODE_RUN, _CODE_RUN_HINT, 150)]
    found += [(m, None) for m in _near(ctx, _CODE_ARTEFACT, _RUN_LOCALLY, _LOCALLY_HINT, 100)]
    found += [(m, "work device") for m in _near(ctx, _OPEN, _WORK_DEVICE, _DEVICE_HINT, 60)]
    found += [(m, "security warning") for m in _find(ctx, _BYPASS, _BYPASS_HINT)]
    found += [
        (m, None)
        for m in ctx.find(_LURE_PHRASE)
        if not _KNOWN_TOOL.search(m.field.folded, m.start, m.end)
    ]
    documents = _near(ctx, _JOB_DOC, _DOWNLOAD, _DOWNLOAD_HINT, 80)
    if _ATTACH_HINT(ctx):
        documents += _near(ctx, _ATTACH, _LURE_DOC, _LURE_DOC_HINT, 60)
    for m in documents:
        links = _links(m.field)
        if _one_sentence(m) and not (links and all(_trusted(c, employers) for c in links)):
            found.append((m, None))
    for m in _find(ctx, _SIGN_IN, _SIGN_IN_HINT):
        # The sender's own domain does not vouch for a page that wants the reader's password.
        links = _links(m.field)
        if not (links and all(_host_matches(c, KNOWN_PLATFORMS) for c in links)):
            found.append((m, "sign-in to view"))
    return _evidence(found)
