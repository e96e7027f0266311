"""Pressure: urgency, scarcity, exclusivity, short deadlines (``message.urgency``)."""

from __future__ import annotations

from countersight.screening.gating import gated, rx, words
from countersight.screening.social.common import gap, phrases

URGENT = gated(
    "social.urgent",
    words(
        "urgent|urgently|urgency|ASAP|hurry|act now|act fast|act quickly|failure to do so|"
        "failure to respond|failure to reply"
    ),
    # phrases whose first word is common, gated on a rarer one
    phrases("soon", "as soon as possible"),
    phrases("sensitive", "time sensitive"),
    phrases("delay", "without delay"),
    phrases("late", "before it's too late|before it is too late"),
    phrases("=chance", "last chance"),
    phrases("=chance", "final chance"),
    phrases("never", "now or never"),
    rx("miss", r"(?:don't|do\s+not|dont)\s+miss"),
    rx("miss", r"(?:hate|sad|shame|pity)\s+(?:for\s+)?(?:you\s+)?to\s+miss"),
    rx("lose", r"(?:don't|do\s+not)\s+(?:want\s+to\s+)?lose\s+(?:the|your|this|out)"),
    # the recipient must act today: "please confirm your address today", "pay today"
    rx(
        "immediately|promptly|today|tonight|now|right|straight|urgently",
        r"(?:reply|respond|answer|confirm|decide|act|pay|send|sign|register|complete|proceed|"
        r"submit|review|open|read|check|contact\s+(?:me|us)|get\s+back\s+to\s+(?:me|us))\s+"
        + gap(4)
        + r"(?:immediately|promptly|today|tonight|now|right\s+away|straight\s+away|urgently)",
    ),
    rx(
        "answer|decision|response|reply|confirmation",
        r"need\s+(?:your|an?)\s+(?:answer|decision|response|reply|confirmation)\s+"
        r"(?:today|tonight|tomorrow|now|quickly|immediately|urgently|asap)",
    ),
    rx(
        "long|forever",
        r"(?:won't|will\s+not|doesn't|does\s+not)\s+(?:last|wait|stay\s+open)\s+(?:long|forever)",
    ),
)
SCARCITY = gated(
    "social.scarcity",
    phrases("=served", "first come first served"),
    phrases("=stocks", "while stocks last"),
    rx(
        "only|just",
        r"(?:only|just)\s+(?:a\s+few|a\s+handful\s+of|a\s+limited\s+number\s+of|one|two|"
        r"three|\d{1,2}|few)\s+(?:\w+\s+)?(?:places|spots|seats|slots|positions|openings|"
        r"vacancies|spaces|invitations|candidates|experts|people|left|remaining)",
    ),
    rx(
        "limited",
        r"limited\s+(?:number\s+of\s+)?(?:places|spots|seats|slots|positions|openings|spaces|"
        r"availability|offer|opportunity|intake)",
    ),
    rx("limited", r"limited[\s\-]+time\s+(?:offer|only|opportunity|window|deal)"),
    rx("limited", r"for\s+a\s+limited\s+(?:time|period)"),
    rx(
        "filling|going|running",
        r"(?:places|spots|seats|slots|positions|spaces)\s+(?:are\s+)?(?:filling|going|"
        r"running\s+out)",
    ),
    rx(
        "left|remaining|available",
        r"(?:few|limited)\s+(?:places|spots|seats|slots|positions|spaces)\s+(?:left|remaining|"
        r"available)",
    ),
    rx(
        "place|seat|seats|spot|spots|slot|slots",
        r"(?:keep|hold|lose|confirm)\s+your\s+(?:place|seat|spot|slot)",
    ),
    # competition: "3 other finalists", "many candidates already joined"
    rx(
        "candidates|finalists|applicants|people & #|several|many|lots",
        r"(?:\d+|several|many|lots\s+of)\s+(?:other\s+)?(?:candidates|finalists|applicants|"
        r"people)\s+(?:already|are\s+(?:waiting|interested|in\s+line|ahead)|have\s+(?:already\s+)?"
        r"(?:applied|joined|accepted))",
    ),
    rx("other", r"(?:\d+|several|many)\s+other\s+(?:candidates|finalists|applicants)"),
    # hand-picked few: "we are selecting a few young professionals"
    rx(
        "selecting|choosing|inviting|picking|taking",
        r"(?:selecting|choosing|inviting|picking|taking)\s+(?:only\s+)?(?:a\s+few|"
        r"a\s+handful\s+of|a\s+small\s+number\s+of|a\s+limited\s+number\s+of|a\s+select\s+few|"
        r"[1-9])\s+" + gap(2) + r"(?:people|professionals|experts|candidates|fellows|"
        r"participants|practitioners|scholars|scientists|delegates|advisers|advisors|"
        r"consultants|specialists)",
    ),
)
EXCLUSIVE = gated(
    "social.exclusive",
    rx(
        "exclusive",
        r"exclusive\s+(?:\w+\s+)?(?:opportunit(?:y|ies)|offer|invitation|deal|access|chance)",
    ),
    rx("lifetime", r"(?:once|one)[\s\-]+in[\s\-]+a[\s\-]+lifetime"),
    rx(
        "opportunity|opportunities|=offer|=chance|=deal & off|time",
        r"one[\s\-]+(?:off|time)\s+(?:\w+\s+)?(?:opportunit(?:y|ies)|offer|chance|deal)",
    ),
    rx(
        "rare|unique|unrepeatable|special",
        r"(?:rare|unique|unrepeatable|special)\s+(?:\w+\s+)?(?:opportunit(?:y|ies)|chance)\s+"
        r"(?:that|which)\s+(?:will\s+not|won't|may\s+not|might\s+not)",
    ),
    rx(
        "repeated|offered|available",
        r"(?:will\s+not|won't)\s+be\s+(?:repeated|offered\s+again|available\s+(?:again|for\s+long))",
    ),
    rx(
        "=public|everyone|=others & available|open|offered",
        r"not\s+(?:available|open|offered)\s+to\s+(?:the\s+(?:general\s+)?public|everyone|others)",
    ),
)
_HOURS_OR_DAYS = (
    r"(?:\d{1,2}|24|48|72|a\s+few|two|three|twenty[\s\-]four|forty[\s\-]eight)\s*"
    r"(?:hours|hrs|h|days|working\s+days)\b"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ACT_KEYS = (
    "reply|respond|answer|confirm|decide|accept|sign|register|pay|payment|send|submit|complete|"
    "proceed|contact|let|get|decision|response|confirmation|must|have|need|needs|review"
)
_DECISION = r"(?:answer|decision|reply|response|confirmation)"
# Every alternative starts with a letter of its own ("your ...", "a ...", "an ..." written out, not
# as one group): the engine then skips straight to the places where one of those letters occurs.
_ACT = (
    r"(?:reply|respond|answer|confirm|decide|accept|sign|register|pay|payment|send|submit|"
    r"complete|proceed|contact|let\s+(?:me|us)\s+know|get\s+back\s+to\s+(?:me|us)|"
    rf"your\s+{_DECISION}|a\s+{_DECISION}|an\s+{_DECISION}|must|have\s+to|need|needs|review)\s+"
    + gap(4)
)
SHORT_DEADLINE = gated(
    "social.short_deadline",
    # a deadline stated as such: "deadline tomorrow", "the offer expires in 48h"
    rx(
        "deadline|closing|cut|cutoff",
        r"(?:deadline|closing\s+date|cut[\s\-]?off)\s+(?:is\s+)?(?:today|tonight|tomorrow|"
        r"in\s+" + _HOURS_OR_DAYS + r"|(?:the\s+)?end\s+of\s+(?:today|the\s+day|this\s+week))",
    ),
    rx("only", r"(?:today|this\s+week|this\s+weekend|tonight)\s+only"),
    rx(
        "offer|invitation|opportunity & valid|open|available|stands",
        r"(?:offer|invitation|opportunity)\s+(?:is\s+)?(?:only\s+)?(?:valid|open|available|"
        r"stands)\s+(?:only\s+)?(?:until|till|for|through)\s+(?:today|tonight|tomorrow|"
        r"(?:the\s+)?(?:next\s+)?" + _HOURS_OR_DAYS + ")",
    ),
    rx(
        "expires|expire|expiring|closes|close|closing|ends|end|removed|deleted|withdrawn|"
        "cancelled|canceled & today|tonight|tomorrow|soon|shortly",
        r"(?:expires?|expiring|closes?|closing|ends?|removed|deleted|withdrawn|cancell?ed)\s+"
        r"(?:today|tonight|tomorrow|soon|shortly)",
    ),
    rx(
        "expires|expire|expiring|closes|close|closing|ends|end|removed|deleted|withdrawn|"
        "cancelled|canceled & hours|hour|hrs|h|days|day|#",
        r"(?:expires?|expiring|closes?|closing|ends?|removed|deleted|withdrawn|cancell?ed)\s+"
        r"(?:after|in|within)\s+" + _HOURS_OR_DAYS,
    ),
    rx(
        _WEEKDAYS,
        r"(?:expires?|closes?|closing|ends?|deadline\s+is)\s+(?:this\s+|on\s+|next\s+)?" + _WEEKDAY,
    ),
    # the recipient is told to answer fast: "reply within 24 hours", "we need results by tomorrow"
    rx(
        "hours|hour|hrs|hr|h",
        _ACT + r"(?:within|in)\s+(?:the\s+next\s+)?(?:24|48|72|twenty[\s\-]four|"
        r"forty[\s\-]eight|\d{1,2})\s*(?:hours|hrs|h\b)",
    ),
    rx(
        "day|days & within",
        _ACT + r"within\s+(?:the\s+next\s+)?(?:a|one|two|three|[1-5])\s+(?:working\s+)?days?",
    ),
    rx(
        "tonight|tomorrow|eod|cob|latest|business|today|day|play & " + _ACT_KEYS,
        _ACT + r"(?:by\s+(?:the\s+)?(?:end\s+of\s+(?:today|the\s+day|play|business)|tonight|"
        r"tomorrow|eod|cob|close\s+of\s+business)|(?:today|tomorrow)\s+at\s+the\s+latest)",
    ),
    rx(_WEEKDAYS + " & " + _ACT_KEYS, _ACT + r"(?:before|by)\s+(?:this\s+|next\s+)?" + _WEEKDAY),
)
#: Every kind of pressure at once: where none of it occurs, ``message.urgency`` has nothing to
#: weigh.
ANY_PRESSURE = gated(
    "social.any_pressure", URGENT.parts, SCARCITY.parts, EXCLUSIVE.parts, SHORT_DEADLINE.parts
)
