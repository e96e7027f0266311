"""``message.secrecy``: the sender asks the recipient to keep the contact from their employer.

Not one of the contract's common codes (CONTRACTS.md allows more): MI5/NPSA "Think Before You
Link" and the FBI/NCSC guidance name secrecy as a hallmark of a hostile approach: "keep this
between us", "no need to tell your office", "use your personal e-mail, not your work one",
"delete our messages". Genuine recruiters, academics and expert networks do the opposite and tell
the recipient to check with their employer. A recruiter's "confidential search" is about the
client, not about the recipient hiding the contact, and does not fire.
"""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import ScreeningContext, evidence_of
from countersight.screening.lexicon import concept
from countersight.screening.registry import indicator

_NOT = (
    r"(?:no\s+need|not\s+necessary|needn't|need\s+not|(?:don't|do\s+not)"
    r"(?:\s+need)?|better\s+not|best\s+not|rather\s+not|prefer(?:\s+(?:that\s+)?you)?\s+not"
    r"|without|never|no\s+reason)"
)
_TELL = (
    r"(?:tell|inform|involve|mention|notify|consult|report|ask|check\s+with"
    r"|run\s+(?:it|this|that)\s+(?:past|by)|clear\s+(?:it|this|that)\s+with|get\s+approval\s+from"
    r"|let\s+(?:your|anyone|anybody)\S*(?:\s+\w+){0,2}\s+know|loop\s+in|bother)\w*"
)

#: Asking not to tell someone: "no need to inform", "please don't mention this to".
NOT_TELLING = concept(
    "secrecy_not_telling",
    rf"re:{_NOT}(?:\s+\w+){{0,3}}?\s+(?:to\s+)?{_TELL}(?!\s+(?:me|us|for|about|questions?)\b)",
)
#: The people the recipient answers to.
EMPLOYER = concept(
    "secrecy_employer",
    "employer*",
    "office",
    "manager*",
    "boss*",
    "colleague*",
    "universit*",
    "institut*",
    "supervisor*",
    "security officer*",
    "security team*",
    "department*",
    "ministry",
    "line manager*",
    "compliance",
    "HR",
    "anyone",
    "anybody",
    "your team",
    "your company",
    "your organisation",
    "your organization",
    "your embassy",
    "your government",
    "your lab",
    "your school",
    "your faculty",
    "your agency",
    "the authorities",
    "your family",
)
#: "keep this between us", "keep our talks confidential", "stay discreet".
_OUR_CONTACT = (
    r"our\s+(?:conversation|talk|chat|contact|cooperation|collaboration|relationship|discussion"
    r"|exchange|arrangement|meeting|correspondence|communication)s?"
)
KEEP_QUIET = concept(
    "secrecy_keep_quiet",
    r"re:keep(?:ing)?\s+(?:this|it|that|our\s+\w+|these\s+\w+|the\s+\w+)"
    r"\s+(?:strictly\s+|completely\s+|entirely\s+)?(?:between\s+(?:us|ourselves|the\s+two\s+of\s+us"
    r"|you\s+and\s+me)|to\s+yourself|quiet|secret|off\s+the\s+record|under\s+wraps)",
    rf"re:keep(?:ing)?\s+(?:this|it|{_OUR_CONTACT})\s+(?:strictly\s+|completely\s+)?"
    r"(?:confidential|private|discreet|low[\s-]key)",
    r"re:(?:just|strictly|only)\s+between\s+(?:us|ourselves|you\s+and\s+me|the\s+two\s+of\s+us)",
    r"re:(?:be|stay|remain)\s+(?:very\s+|completely\s+)?discreet",
    r"re:(?:your\s+)?discretion\s+(?:is|would\s+be)\s+(?:\w+\s+)?"
    r"(?:important|essential|appreciated|required|expected|key|valued)",
    r"re:(?:a\s+)?low\s+profile",
    r"re:treat\s+(?:this|it|the\s+\w+|our\s+\w+)\s+as\s+(?:strictly\s+)?(?:personal|private"
    r"|confidential|between\s+us)",
    r"re:(?:come|travel|attend|join)\s+(?:\w+\s+){0,2}as\s+a\s+private\s+(?:person|individual"
    r"|citizen|guest)",
    r"re:(?:not|never|don't|do\s+not)\s+(?:to\s+)?(?:write|post|talk|speak|blog|tweet)\s+"
    r"(?:publicly\s+)?about\s+(?:the|this|our|it|these)\b",
    r"re:(?:no\s+need|not\s+necessary|without)\s+(?:\w+\s+){0,3}(?:an?\s+)?(?:official|formal)"
    r"\s+(?:\w+\s+)?(?:request|approval|authori[sz]ation|notification|mission|order|paperwork"
    r"|permission|channels?)",
    r"re:(?:no\s+need|not\s+necessary)\s+(?:\w+\s+){0,3}(?:an?\s+)?ordre\s+de\s+mission",
    r"re:(?:don't|do\s+not|not|never|no\s+need\s+to)\s+(?:\w+\s+)?(?:list|declare|disclose|report"
    r"|register|mention)\s+(?:it|this|them|the\s+\w+)\s+(?:on|in|to|with)\s+(?:your|their|the)\s+"
    r"(?:[\w\-']+\s+){0,3}(?:forms?|declarations?|register|employer|institution|university"
    r"|disclosures?)",
    r"re:outside\s+(?:of\s+)?(?:the\s+)?(?:official|formal|usual)\s+channels",
    r"re:(?:from|use|via)\s+(?:your|a)\s+personal\s+(?:e-?mail|account|address)",
)
#: Covering tracks: delete messages, use a personal account or device rather than a work one.
COVER_TRACKS = concept(
    "secrecy_cover_tracks",
    r"re:(?:delete|erase|remove|destroy)\s+(?:this|these|our|the|all\s+(?:of\s+)?(?:our|the|these))"
    r"\s+(?:\w+\s+)?(?:message|chat|conversation|email|e-mail|mail|correspondence|note|thread)s?",
    r"re:(?:not|never|avoid|don't|do\s+not)\s+(?:\w+\s+){0,2}(?:use|using|from|on|via|through)"
    r"\s+(?:your\s+)?(?:work|office|official|company|university|corporate)\s+"
    r"(?:email|e-mail|mail|account|phone|laptop|computer|device|address)",
    r"re:(?:from|use|using|with|via|on)\s+(?:a|your)\s+(?:personal|private|separate|second|spare"
    r"|new)\s+(?:email|e-mail|mail|phone|laptop|computer|device|account|sim|number)\b"
    r"(?!\s+(?:or|and)\s+(?:your\s+)?work)",
)


@indicator("message.secrecy", "Asks to keep the contact secret from the employer")
def secrecy(ctx: ScreeningContext) -> list[Evidence]:
    """The sender asks for secrecy about the contact itself: not to tell the recipient's
    employer, colleagues, security officer or anyone ("there is no need to inform your
    university"), to keep the conversation between the two of them or discreet, to delete the
    messages, or to use a personal rather than a work account or device. A client's confidential
    search or a non-disclosure of the recipient's employer's secrets does not fire; neither does
    advice to check with the employer (the opposite signal)."""
    # EMPLOYER words are everywhere and NOT_TELLING rare: look for the rare one first.
    not_telling = ctx.near(NOT_TELLING, EMPLOYER, window=40) if ctx.find(NOT_TELLING) else []
    matches = [*not_telling, *ctx.find(KEEP_QUIET), *ctx.find(COVER_TRACKS)]
    matches.sort(key=lambda m: (m.field.path, m.start))
    return evidence_of(matches)
