"""Indicator about what the sender wants opened: ``message.malicious_lure``.

Files and links presented as job documents, tests or reports. It reads the inbound messages only,
through :mod:`countersight.screening.message_links` for the links they contain and where those
lead. No domain country is weighed above another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.lexicon import Concept, concept
from countersight.screening.message_links import (
    DOCUMENT_EXTENSIONS,
    KNOWN_PLATFORMS,
    RISKY_EXT,
    RISKY_EXTENSIONS,
    Beside,
    Employers,
    extension,
    host_matches,
    is_file_sharing,
    is_lookalike,
    links_in,
    trusted,
)
from countersight.screening.quotes import first_evidence
from countersight.screening.registry import indicator

_RISKY_FILE_NAME = Concept(
    "risky_file_name",
    re.compile(rf"(?<![\w\-+~./\\])[\w\-+~][\w\-+~()]{{0,99}}\.(?:{RISKY_EXT})(?![\w\-])", re.I),
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
# Each noun below carries its own optional "s" ("apps?|tools?", not "(?:app|tool)s?"): the same
# matches, and the pre-filter (:mod:`countersight.screening.prefilter`) then reads every noun as
# a whole word, which keeps these patterns off most messages.
_INSTALL_TOOL = concept(
    "install_tool",
    r"re:(?:install|download|run|execute|launch|set\s+up|update)\w*\s+(?:(?:this|the|our|that|a|an|"
    r"following|my)\s+)(?:[\w\-]+\s+){0,2}?(?:apps?|applications?|sdks?|softwares?|clients?|"
    r"plug-?ins?|extensions?|add-?ons?|drivers?|tools?|packages?|programs?|programmes?|projects?|"
    r"repos?|repositorys?|codebases?|updates?|scripts?|agents?|modules?|environments?|files?)",
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
    r"(?:laptops?|computers?|pcs?|macs?|macbooks?|machines?|devices?|networks?|workstations?|"
    r"desktops?|systems?|vpns?|e-?mail\s+accounts?)",
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
    r"cognitive|competency|skills?|take-home|home)\s+(?:tests?|assessments?|exams?|quizs?|"
    r"evaluations?|tasks?|exercises?)",
    r"re:draft\s+(?:\w+\s+){0,2}?(?:reports?|papers?|articles?|chapters?|manuscripts?|documents?|"
    r"proposals?|agendas?|programmes?|programs?|briefs?|memos?|studys?|analysiss?|white\s*papers?|"
    r"policys?)",
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

# The costly concept of each pair runs only in the messages that can hold its partner.
_INSTALL_TOOL_BESIDE_TEST = Beside(_INSTALL_TOOL, _TEST_CONTEXT)
_RUN_LOCALLY_BESIDE_CODE = Beside(_RUN_LOCALLY, _CODE_ARTEFACT)
_WORK_DEVICE_BESIDE_OPEN = Beside(_WORK_DEVICE, _OPEN)
_LURE_DOC_BESIDE_ATTACH = Beside(_LURE_DOC, _ATTACH)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_MEETING = re.compile(r"\b(?:meeting|zoom|webex|teams)\b", re.IGNORECASE)


def _presented_as_job_document(ctx: ScreeningContext, field: TextField) -> bool:
    """Whether the message calls something a job document, test, survey or report."""
    return any(m.field is field for m in (*ctx.find(_LURE_DOC), *ctx.find(_JOB_DOC)))


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
    r"re:(?:run|install|download|open|use)\w*\s+(?:the|this|a|an|our|my)\s+(?:small\s+|little\s+"
    r"|free\s+|special\s+|attached\s+)?(?:[\w\-]+\s+)?(?:utility|decryptor|decrypter|decoder"
    r"|codec|viewer|reader|plugin|plug-in|extension|script|patch|updater)\b",
    r"re:(?:need|have|asked|ask)\s+(?:\w+\s+)?to\s+(?:sign|log)\s+in\s+(?:\w+\s+){0,3}"
    r"(?:to\s+)?(?:view|open|see|read|access|download)",
    r"re:(?:sign|log)\s*(?:in|on)\s+(?:\S+\s+){0,4}(?:with|using|via)\s+your\s+(?:current\s+)?"
    r"(?:work|corporate|company|office|employer'?s?|university|institutional|business)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:account|credentials|e-?mail|login|password)",
    r"re:(?:app|application)[\s\-]+specific\s+password",
    r"re:download\w*\s+(?:the|our)\s+(?:[\w\-]+\s+){0,3}?(?:assistant|client|software|program"
    r"|programme|installer|launcher)\b",
    r"re:(?:open|build|compile|run|load)\s+(?:the\s+)?(?:\.sln|\.vcxproj|\.csproj|solution\s+file"
    r"|visual\s+studio\s+project|xcode\s+project)",
    r"re:(?:scan|use)\s+(?:the\s+|this\s+|our\s+)?QR[\s\-]?codes?",
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
    return first_evidence(_findings(ctx))


def _findings(ctx: ScreeningContext) -> Iterator[tuple[Match, str | None]]:
    """The indicator's findings, in order of preference, computed as far as they are read."""
    employers = Employers(ctx)
    for field in ctx.messages:
        for link in links_in(field):
            span = Match(field, link.start, link.end)
            ext = extension(link)
            if is_file_sharing(link):
                yield span, "file-sharing link"
            elif is_lookalike(link):
                yield span, "look-alike file-sharing site"
            elif ext in RISKY_EXTENSIONS:
                yield span, "link to an archive or executable"
            elif (
                ext in DOCUMENT_EXTENSIONS
                and not trusted(link, employers)
                and _presented_as_job_document(ctx, field)
            ):
                yield span, "document on an unknown site"
    for m in ctx.find(_RISKY_FILE_NAME):
        yield m, "archive or executable file"
    for m in ctx.find(_RISKY_FILE):
        yield m, "archive or executable file"
    for m in ctx.find(_ENABLE):
        yield m, None
    for m in ctx.find(_COMMAND):
        yield m, "command to paste"
    for m in ctx.near(_FILEISH, _PASSWORD, window=60):
        if not _MEETING.search(m.field.folded, max(0, m.start - 80), m.end + 80):
            yield m, "password-protected file"
    for m in ctx.near(_TEST_CONTEXT, _INSTALL_TOOL_BESIDE_TEST, window=120):
        if not _KNOWN_TOOL.search(m.field.folded, m.start, m.end):
            yield m, None
    for m in ctx.near(_TEST_CONTEXT, _CODE_RUN, window=150):
        yield m, None
    for m in ctx.near(_CODE_ARTEFACT, _RUN_LOCALLY_BESIDE_CODE, window=100):
        yield m, None
    for m in ctx.near(_OPEN, _WORK_DEVICE_BESIDE_OPEN, window=60):
        yield m, "work device"
    for m in ctx.find(_BYPASS):
        yield m, "security warning"
    for m in ctx.find(_LURE_PHRASE):
        if not _KNOWN_TOOL.search(m.field.folded, m.start, m.end):
            yield m, None
    documents = [
        *ctx.near(_JOB_DOC, _DOWNLOAD, window=80),
        *ctx.near(_ATTACH, _LURE_DOC_BESIDE_ATTACH, window=60),
    ]
    for m in documents:
        links = links_in(m.field)
        if _one_sentence(m) and not (links and all(trusted(c, employers) for c in links)):
            yield m, None
    for m in ctx.find(_SIGN_IN):
        # The sender's own domain does not vouch for a page that wants the reader's password.
        links = links_in(m.field)
        if not (links and all(host_matches(c, KNOWN_PLATFORMS) for c in links)):
            yield m, "sign-in to view"
