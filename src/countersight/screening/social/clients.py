"""Unnamed or confidential clients, and the detail that makes them checkable.

For ``message.vague_client``.
"""

from __future__ import annotations

from countersight.screening.gating import gated, rx, words
from countersight.screening.social.common import MONEY, MONEY_KEYS, gap, money, names

_ORG = (
    r"(?:clients?|compan(?:y|ies)|firms?|organi[sz]ations?|partners?|sponsors?|customers?|"
    r"employers?|principals?|institutions?|institutes?|part(?:y|ies)|investors?|entit(?:y|ies)|"
    r"think[\s\-]+tanks?|consultanc(?:y|ies)|consulting\s+(?:firm|company|group)s?|"
    r"research\s+(?:centre|center|institute|organi[sz]ation)s?|foundations?|funds?|agenc(?:y|ies)|"
    r"donors?|backers?|funders?)"
)
# The words of _ORG as keys; ``=`` where the four-letter prefix of a short word would also stand
# for common words ("back" for "backer", "part" for "party", "thin" for "think").
_ORG_KEYS = (
    "=client|company|companies|=firm|=firms|organisation|organization|partner|sponsor|customer|"
    "=employer|=employers|=principal|=principals|institution|institute|=party|parties|=investor|"
    "=investors|=entity|entities|=tank|=tanks|=consultancy|=consultancies|=consulting|=research|"
    "foundation|=fund|=funds|=agency|agencies|=donor|=donors|=backer|=backers|=funder|=funders"
)
_HIDDEN = "anonymous|unnamed|confidential|private|discreet|undisclosed|secret"
_UNDISCLOSED = r"(?:confidential|private|undisclosed|anonymous|secret|unnamed|discreet)"
_CLIENTS_NAME = r"clients?'s?\s+(?:names?|identit(?:y|ies))"

ANONYMOUS_CLIENT = gated(
    "social.anonymous_client",
    # "a client who prefers to remain anonymous"
    rx(
        _HIDDEN + "|behind",
        r"(?:wish(?:es)?|wants?|prefers?|preferred|chose|chosen|asked|asks|needs?|would\s+like)"
        r"\s+to\s+(?:remain|stay|be\s+kept)\s+(?:anonymous|unnamed|confidential|private|discreet|"
        r"undisclosed|secret|behind\s+the\s+scenes)",
    ),
    # "I cannot disclose the client's name at this stage"
    rx(
        "disclose|reveal|share|name|divulge|mention|identify|say|tell & client|clients|company|"
        "name|names|identity|identities|organisation|organization|employer|firm|partner|partners|"
        "sponsor|who",
        r"(?:cannot|can't|can\s+not|unable\s+to|not\s+able\s+to|not\s+at\s+liberty\s+to|"
        r"won't\s+be\s+able\s+to|will\s+not|not\s+(?:permitted|allowed|authori[sz]ed)\s+to)\s+"
        r"(?:yet\s+|currently\s+|publicly\s+|openly\s+)?(?:disclose|reveal|share|name|divulge|"
        r"mention|identify|say|tell\s+you)\s+" + gap(4) + r"(?:clients?|company|names?|"
        r"identit(?:y|ies)|organi[sz]ation|employer|firm|partners?|sponsor|who)",
    ),
    # "the identity of my client is confidential", "client is confidential until submission"
    # (every alternative written to start with a letter of its own, which the engine skips to)
    rx(
        _HIDDEN + " & " + _ORG_KEYS,
        rf"(?:names?\s+of\s+(?:the|my|our)\s+{_ORG}|identit(?:y|ies)\s+of\s+(?:the|my|our)\s+{_ORG}|"
        rf"the\s+{_CLIENTS_NAME}|my\s+{_CLIENTS_NAME}|our\s+{_CLIENTS_NAME}|clients?)\s+"
        r"(?:is|are|remains?|must\s+remain|will\s+(?:remain|be))\s+(?:kept\s+)?(?:strictly\s+)?"
        + _UNDISCLOSED,
    ),
    # "the client values discretion", "my clients are very private", "kept strictly anonymous"
    rx(
        "discretion|privacy|confidentiality|anonymity",
        r"(?:clients?|they|partners?|sponsors?)\s+(?:\w+\s+)?(?:values?|prefers?|appreciates?|"
        r"requires?|insists?\s+on)\s+(?:\w+\s+)?(?:discretion|privacy|confidentiality|anonymity)",
    ),
    rx(
        "private|discreet",
        r"(?:clients?|partners?|sponsors?)\s+(?:is|are)\s+(?:very\s+|extremely\s+|quite\s+)?"
        r"(?:private|discreet)",
    ),
    rx("kept", r"kept\s+(?:strictly\s+|completely\s+)?(?:anonymous|confidential|unattributed)"),
    # "an unnamed client", "a confidential client", "private donors", "confidential search"
    rx(
        _HIDDEN + "|unidentified|unspecified",
        r"(?:unnamed|undisclosed|anonymous|unidentified|unspecified|confidential|discreet|"
        r"private(?!\s+equity))\s+" + gap(1) + _ORG,
    ),
    rx(
        "confidential",
        r"confidential\s+(?:search|assignment|mandate|basis|opportunity|project|engagement)",
    ),
    # "an overseas think tank", "some foreign clients", "a certain international consultancy"
    rx(
        "overseas|foreign|offshore|external|outside|international & " + _ORG_KEYS,
        r"(?:an?|some|certain|one)\s+(?:\w+\s+)?(?:overseas|foreign|offshore|external|outside|"
        r"international)\s+" + gap(1) + _ORG,
    ),
    # "a think tank" with no name at all
    rx("think", r"(?:an?|some|certain)\s+" + gap(2) + r"think[\s\-]+tanks?"),
)
VAGUE_CLIENT_REF = gated(
    "social.vague_client_ref",
    # "my client", "our sponsor", "for a client", "clients in <region>", "on behalf of a client"
    rx(
        "client|clients|sponsor|sponsors|principal|principals",
        r"(?:my|our)\s+(?:\w+\s+)?(?:clients?|sponsors?|principals?)"
        r"(?!\s*(?:list|base|portfolio|services?)\b)",
    ),
    rx("client", r"(?:for|with)\s+an?\s+(?:\w+\s+)?clients?"),
    rx("client", r"clients?\s+(?:in|from|across|based\s+in|out\s+of|all\s+over)\b"),
    rx(
        "ours|mine|firm & client",
        r"(?:a|one)\s+(?:\w+\s+)?clients?\s+of\s+(?:ours|mine|the\s+firm)",
    ),
    rx("behalf", r"on\s+behalf\s+of\s+(?:an?|my|our|one\s+of\s+(?:my|our))\s+(?:\w+\s+)?" + _ORG),
    # "the client is a strategic consultancy", "consultant for a company in <place>"
    rx("client", r"(?:the|my|our)\s+clients?\s+(?:is|are)\s+(?:an?\s+|some\s+)" + gap(3) + _ORG),
    rx(
        _ORG_KEYS,
        r"(?:for|with|from|at)\s+an?\s+" + gap(2) + _ORG + r"\s+(?:in|from|based|out\s+of)\b",
    ),
    rx(
        f"have|represent|working & {_ORG_KEYS}",
        r"(?:i|we)\s+(?:have|represent|(?:am|are|'m|'re)\s+(?:representing|working\s+(?:with|for)))"
        r"\s+(?:an?|some)\s+(?:\w+\s+)?" + _ORG,
    ),
    # "our partners would like ...": partners as the unnamed actor behind the offer
    rx(
        "partner|partners",
        r"(?:my|our)\s+partners?\s+(?:would|are|want|wish|have|has|will|need|asked|seeks?|is|"
        r"requests?|requires?|plans?|intends?)",
    ),
    # "a leading consulting firm", "a prestigious research institute"
    rx(
        "leading|prestigious|well|renowned|reputable|major|top|large|respected|established|"
        "influential|high|global|world|premier|boutique|private|small|famous|big & " + _ORG_KEYS,
        r"an?\s+(?:leading|prestigious|well[\s\-]known|renowned|reputable|major|top|large|"
        r"respected|established|influential|high[\s\-]profile|global|world[\s\-]leading|premier|"
        r"top[\s\-]tier|boutique|private|small|famous|big)\s+" + gap(2) + _ORG,
    ),
)
#: Both of the above in one pass (``message.vague_client`` needs both, always).
VAGUE = gated("social.vague", ANONYMOUS_CLIENT.parts, VAGUE_CLIENT_REF.parts)
# Checkable detail: any one of these makes the client or the intermediary identifiable.
NAMED_CLIENT = gated(
    "social.named_client",
    rx(
        "client|clients|partner|partners",
        r"\b(?:[Cc]lients?|[Pp]artners?)(?:'s?)?,?\s+(?:(?:called|named|namely)\s+)?"
        r"(?:the\s+)?[A-Z][A-Za-z0-9&\-]+",
        cased=True,
    ),
)
#: Capitalised words after "client" that are not a name.
NOT_A_NAME = names(
    "I We The A An Is Are Has Have Who Which This That It They He She You Our My Their His Her "
    "Would Will Can Could Wishes Prefers Needs Requires Seeks Please Head Director CEO Chief Board "
    "Team Founder Chairman President Manager Partner Vice Senior Principal"
)
LEGAL_ENTITY = gated(
    "social.legal_entity",
    rx(
        "ltd|limited|plc|inc|llc|llp|gmbh|ag|sas|bv|nv|pty|corp|corporation",
        r"\b[A-Z][\w&\-]{0,40}+(?:\s+(?:&\s+)?[A-Z][\w&\-]{0,40}+){0,4}\s+"
        r"(?:Ltd|Limited|plc|PLC|Plc|Inc|LLC|LLP|GmbH|AG|SAS|BV|NV|Pty|Corp|Corporation)\b",
        cased=True,
    ),
)
# Top-level domains that are not also common words ("in", "it", "at", "be", "no" would open the
# gate on every message).
_TLDS = (
    "com|org|net|io|ai|uk|de|fr|es|nl|ch|se|dk|fi|pl|cz|ie|pt|eu|ca|au|nz|jp|cn|hk|sg|kr|tw|ae|"
    "sa|il|ru|br|mx|za|edu|gov|ac|info|biz|tech|dev|jobs|careers|xyz|mil"
)
WEB_ADDRESS = gated(
    "social.web_address",
    rx("@", r"[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}", anchored=True),
    rx("http|https|www", r"(?:https?://|www\.)[^\s<>\"')\]]{3,200}"),
    # a bare domain ("helixquantum.co.uk"), gated on its top-level domain
    rx(
        _TLDS,
        r"[\w\-]{2,63}+(?:\.[\w\-]{2,63}+){0,3}\.(?:" + _TLDS + r")(?:/[^\s<>\"')\]]{0,200})?",
        anchored=True,
    ),
)
JOB_REFERENCE = gated(
    "social.job_reference",
    rx(
        "job|role|vacancy|position|requisition|req|posting",
        r"(?:job|role|vacancy|position|requisition|req|posting)\s*(?:ref(?:erence)?|id|no\.?|"
        r"number|code|#)\s*[:#.]?\s*[a-z]{0,4}[\-/]?\d[\w\-/]{1,20}",
    ),
    rx(
        "ref|reference",
        r"ref(?:erence)?\.?\s*(?:no\.?|number)?\s*[:#]?\s*[a-z]{1,4}[\-/]\d[\w\-/]{1,20}",
    ),
    rx(
        "ref|reference",
        r"ref(?:erence)?\s*(?:no\.?|number)?\s*[:#]\s*[a-z]{0,4}[\-/]?\d[\w\-/]{1,20}",
    ),
)
#: The intermediary tells the recipient to clear it with their employer: a regulated expert
#: network or an honest recruiter does this; a hostile approach keeps the employer out of it.
EMPLOYER_CHECK = gated(
    "social.employer_check",
    words("compliance|conflict of interest|conflicts of interest|pre approval|preapproval"),
    rx(
        "outside",
        r"outside[\s\-]+(?:activit(?:y|ies)|interests?|work|employment|consulting)\s+"
        r"polic(?:y|ies)",
    ),
    rx(
        "employer|company|organisation|organization",
        r"your\s+(?:current\s+)?(?:employer|company|organi[sz]ation)(?:'s)?\s+(?:\w+\s+)?"
        r"(?:polic(?:y|ies)|permits?|allows?|approval|permission|rules)",
    ),
    rx(
        "check|confirm|clear|consult & employer|manager|line|hr|security|compliance|legal",
        r"(?:check|confirm|clear|consult)\s+(?:it\s+|this\s+)?with\s+your\s+(?:employer|manager|"
        r"line\s+manager|hr|security\s+officer|compliance|legal)",
    ),
    rx("prohibited", r"(?:not\s+)?prohibited\s+by\s+your\s+employer"),
)
# Retained-search detail. A salary figure, not a fee per deliverable: "£95-115k base", "£48k +
# bonus", "HK$90-110k x 13".
SALARY = gated(
    "social.salary",
    money(
        r"\s*(?:\+|plus|base|basic|per\s+annum|p\.?a\.?|a\s+year|per\s+year|annual|x\s?1[2-4]|ote|"
        r"salary|package|bonus|depending|doe|,\s+(?:bonus|plus|\+))"
    ),
    rx(
        MONEY_KEYS,
        r"(?:salary|package|base|ote|pay)\s+(?:is\s+|of\s+|up\s+to\s+|from\s+|:\s*)?" + MONEY,
    ),
    rx("#k", r"\d{2,3}\s?k\s?(?:-|to)\s?\d{2,3}\s?k\b"),
)
WORK_PATTERN = gated(
    "social.work_pattern",
    words("hybrid|on site|onsite|office based|site based|commutable|relocation"),
    rx("day|days", r"\d\s+days?\s+(?:a|per)\s+week\s+(?:in|on|at)"),
    rx(
        "based",
        r"based\s+(?:at|on|out\s+of)\s+(?:the|their|our|its)\s+(?:\w+\s+)?"
        r"(?:site|office|campus|hq|headquarters|facility)",
    ),
)
PROCESS = gated(
    "social.process",
    words(
        "interview*|CV|CVs|hiring manager|shortlist*|assessment centre|assessment center|"
        "job description|JD|job spec|person specification|application form"
    ),
    rx("resume|résumé", r"r[ée]sum[ée]s?"),
    rx("stage|stages", r"(?:first|second|third|final|two|three|\d)[\s\-]+stages?"),
    rx("apply", r"apply\s+(?:online|via|through|here|at)"),
)
FIRM_PROFILE = gated(
    "social.firm_profile",
    words(
        "FTSE*|Fortune 500|listed company|publicly listed|headcount|turnover|revenue*|PE backed|"
        "VC backed|private equity|scale up|scaleup|start up|startup|SME|multinational|"
        "prime contractor|defence prime"
    ),
    rx("listed", r"(?:nasdaq|nyse|lse|aim)[\s\-]+listed"),
    rx("series", r"series\s+[a-f]\b"),
    rx(
        "employees|staff|people|engineers|scientists|consultants",
        r"\d[\d,]{0,12}+\+?\s+(?:employees|staff|people|engineers|scientists|consultants)",
    ),
)
#: The kinds of retained-search detail but :data:`SALARY`, which takes the longest to look for.
QUICK_RETAINED_DETAIL = (PROCESS, WORK_PATTERN, FIRM_PROFILE)
#: The checkable details that need no second look, as one vocabulary (``message.vague_client``
#: only needs to know whether one occurs).
PLAIN_DETAIL = gated(
    "social.plain_detail", JOB_REFERENCE.parts, LEGAL_ENTITY.parts, EMPLOYER_CHECK.parts
)
