"""Requests for non-public information, colleagues and internal work (``message.access_probe``)."""

from __future__ import annotations

from countersight.screening.gating import gated, rx, words
from countersight.screening.lexicon import concept
from countersight.screening.social.common import gap

_UNIT = (
    r"(?:department|team|unit|ministry|agency|office|directorate|division|organi[sz]ation|"
    r"employer|lab|laboratory|group|programme|program|project|committee|board|government|"
    r"colleagues|company|section|branch|service)"
)
NON_PUBLIC = gated(
    "social.non_public",
    words(
        "not yet public|not public|not publicly available|non public|nonpublic|"
        "not in the public domain|unpublished information|unpublished data|unpublished results|"
        "unreleased|inside view|insider view|inside information|insider information|"
        "inside track|inside story|behind closed doors"
    ),
    rx(
        "=internal",
        r"internal\s+(?:\w+\s+)?(?:documents?|reports?|memos?|memoranda|papers?|briefings?|"
        r"discussions?|deliberations?|thinking|communications?|emails?|correspondence|minutes|"
        r"assessments?|information|debates?|positions?|priorities|workings|files|options|views|"
        r"disagreements?|tensions?|divisions?)",
    ),
    # what has not reached the press: "things not in the news", "not found in open sources"
    rx(
        "=sources|=source|=press|=news|=papers|=media|=public|=domain|=internet & not|never|t",
        r"(?:not|never|[a-z]{1,8}n't)\s+(?:\w+\s+)?(?:yet\s+)?(?:found\s+|available\s+|reported\s+|"
        r"published\s+|be\s+|been\s+)?(?:in|on)\s+(?:the\s+)?(?:open\s+sources?|press|news|"
        r"papers|media|public\s+domain|internet)",
        anchored=True,
    ),
    rx(
        "online & not|t",
        r"(?:not|[a-z]{1,8}n't)\s+(?:yet\s+)?(?:available|published|public)\s+online",
        anchored=True,
    ),
    rx(
        "=before & announced|published|made|released|=public",
        r"before\s+(?:it(?:'s|\s+is)|they(?:'re|\s+are)|it\s+gets|they\s+get)\s+"
        r"(?:officially\s+)?(?:announced|published|made\s+public|released|public)",
    ),
    # what is said where the public is not: side meetings, closed sessions
    rx("side", r"side[\s\-]+(?:meetings?|conversations?|discussions?|talks)"),
    rx("=closed", r"closed\s+(?:\w+\s+)?(?:sessions?|meetings?|discussions?)"),
    rx(
        "=informally|=privately|=private",
        r"(?:heard|hearing|hear|said|discussed)\s+(?:\w+\s+)?(?:informally|privately|"
        r"in\s+private)",
    ),
    # policy still in the making: "the policy being prepared by the new administration"
    rx(
        "being",
        r"(?:polic(?:y|ies)|legislation|bills?|decisions?|plans?|strateg(?:y|ies)|budgets?|"
        r"reviews?)\s+(?:\w+\s+)?(?:being|now\s+being|currently\s+being)\s+(?:prepared|drafted|"
        r"developed|discussed|considered|planned|negotiated|written)",
    ),
    rx(
        "decision|decisions",
        r"how\s+decisions?\s+(?:get|are|is|were)\s+(?:really\s+|actually\s+)?(?:made|taken)",
    ),
    # how a site is protected: "how security and access control are organised"
    rx(
        "=security|=control|=guarding|=vetting & how",
        r"how\s+(?:the\s+)?(?:security|access\s+control|physical\s+security|guarding|vetting|"
        r"site\s+security)\s+" + gap(3) + r"(?:is|are)\s+(?:organi[sz]ed|arranged|managed|"
        r"handled|run|set\s+up)",
    ),
    rx(
        "draft|drafts",
        r"(?:draft|drafts\s+of\s+(?:the|any)?)\s*(?:\w+\s+)?(?:polic(?:y|ies)|legislation|bills?|"
        r"regulations?|strateg(?:y|ies)|white\s+papers?|budgets?|guidance|directives?|treaty|"
        r"treaties)",
    ),
    rx("draft|drafts", r"polic(?:y|ies)\s+drafts?"),
    rx(
        "upcoming|forthcoming|pending|imminent|planned|unannounced",
        r"(?:upcoming|forthcoming|pending|imminent|planned|unannounced)\s+(?:\w+\s+)?"
        r"(?:decisions?|polic(?:y|ies)|policy\s+changes?|announcements?|procurements?|tenders?|"
        r"contract\s+awards?|budgets?|spending|legislation|bills?|regulations?|negotiations?|"
        r"sanctions|deliberations?|talks|reforms?|white\s+papers?|defence\s+reviews?|cabinet|"
        r"ministerial)",
    ),
    rx(
        "procurement|procurements|tender|tenders|bid|bids|bidding|contract|acquisition|"
        "acquisitions & detail|details|specifics|information|plan|plans|timeline|timelines|"
        "shortlist|shortlists|bidders|evaluation|budget|budgets",
        r"(?:details?|specifics|information|plans?|timelines?|shortlists?|bidders|evaluation|"
        r"budgets?)\s+(?:of|on|about|for)\s+(?:the|this|that|any|your|upcoming|current)\s+"
        r"(?:\w+\s+)?(?:procurements?|tenders?|bids?|bidding|contract\s+awards?|acquisitions?)",
    ),
    rx(
        "procurement|tender|bid",
        r"(?:procurement|tender|bid)\s+(?:details|plans?|timelines?|shortlists?|evaluations?|"
        r"decisions|budgets?|documents|specifics)",
    ),
)
#: Protected material as an object, asked for: job adverts describe classified *work*.
SENSITIVE = gated(
    "social.sensitive",
    rx(
        "classified|secret|restricted|sensitive|confidential|proprietary|export|non|internal & "
        "information|documents|document|documentation|material|materials|data|files|reports|"
        "report|details|papers|paper|specifications|specification|designs|design|drawings|"
        "blueprints|technical|source",
        r"(?:classified|secret|restricted|sensitive|confidential|proprietary|"
        r"export[\s\-]controlled|official[\s\-]sensitive|non[\s\-]public|internal)\s+(?:\w+\s+)?"
        r"(?:information|documents?|documentation|material|materials|data|files|reports?|details|"
        r"papers?|specifications?|designs?|drawings|blueprints|technical\s+data|source\s+code)",
    ),
    rx(
        "=internal",
        r"internal\s+(?:\w+\s+)?(?:projects?|programmes?|programs?|plans?|roadmaps?|tools?)",
    ),
    rx(
        "specification|specifications|specs|documents|document|documentation|drawings|figures|"
        "parameters|recipe|recipes|data",
        r"(?:system|design|technical|process|yield|manufacturing|engineering|test)\s+"
        r"(?:specifications?|specs|documents?|documentation|drawings|figures|parameters|recipes?|"
        r"data)",
    ),
    words("off the record"),
)
ASK = gated(
    "social.ask",
    words(
        "share|sharing|send|provide|pass on|pass along|forward|tell me|tell us|let me know|"
        "let us know|discuss|describe|brief me|brief us|show me|obtain|copy of|copies of|"
        "insight into|insights into|learn about|learn more about|hear about|know about|"
        "shed light|walk me through|explain|bring|give us|give me|summary of|overview of"
    ),
)
COLLEAGUES = gated(
    "social.colleagues",
    # "who else in your team"
    rx("else", r"who\s+else\s+(?:\w+\s+)?(?:in|on|at|from|within)\s+(?:your|the)\s+" + _UNIT),
    # "could you introduce me to colleagues", "put my client in touch with your director"
    rx(
        "colleague|colleagues|co|coworkers|peers|superior|superiors|bosses|manager|managers|"
        "director|directors|officials|team|decision & introduce|introducing|introduction|connect|"
        "put",
        r"(?:introduce|introducing|introduction|connect|put)\s+(?:me|us|my\s+client|our\s+client)"
        r"\s+" + gap(3) + r"(?:to|with)\s+" + gap(3) + r"(?:colleagues?|co[\s\-]?workers|"
        r"peers|superiors?|bosses|managers?|directors?|officials|team\s+members|"
        r"decision[\s\-]+makers)",
    ),
    # "names and contact details of your colleagues", "the names of your main funders"
    rx(
        "name|names|contact|contacts|email|emails|e|phone|list|org|organisation|organization|"
        "structure & colleagues|co|coworkers|team|staff|people|officials|members|employees|"
        "superiors|managers|funders|sponsors|sources|contacts",
        r"(?:names?|contacts?|contact\s+(?:details|information)|emails?|e-mail\s+addresses|"
        r"phone\s+numbers|list|org(?:ani[sz]ation)?(?:al)?\s+chart|structure)\s+"
        r"(?:and\s+\w+\s+)?(?:of|for)\s+(?:your|the|other|any)\s+" + gap(4) + r"(?:colleagues|"
        r"co[\s\-]?workers|team|staff|people|officials|members|employees|superiors|managers|"
        r"funders|sponsors|sources|contacts)",
    ),
    # "colleagues in your department", "colleagues who have clearance"
    rx("colleagues", r"colleagues\s+(?:in|at|within|from|on)\s+(?:your|the)\s+" + _UNIT),
    rx(
        "colleagues",
        r"colleagues\s+(?:who|that)\s+(?:have|hold|work|worked|are\s+working|might\s+have)"
        r"\s+(?:\w+\s+)?(?:access|clearance|on\s+the|in\s+the)",
    ),
    # "former colleagues who might like similar work", "people you know still in government"
    rx(
        "colleague|colleagues",
        r"(?:former|old|ex|other)[\s\-]+colleagues?\s+(?:who|that|still|in|at)",
    ),
    rx("=people & know", r"people\s+you\s+know\s+(?:who|in|at|within|still)"),
    rx(
        "=contacts|=colleagues|=friends|=people",
        r"do\s+you\s+(?:also\s+)?(?:have|know)\s+(?:any\s+)?(?:\w+\s+)?(?:contacts|colleagues|"
        r"friends|people)\s+(?:in|at|within|inside)\s+" + gap(1) + r"(?:government|"
        r"ministr(?:y|ies)|departments?|agenc(?:y|ies)|parliament|congress|administration|"
        r"military|the\s+party)",
    ),
    rx("=met|=spoke|=talked", r"who\s+you\s+(?:met|spoke\s+(?:to|with)|talked\s+to)"),
    # "who is working on / responsible for the review" (not "responsible for hiring")
    rx(
        "working|responsible|charge|leading|running|handling|deciding|making",
        r"who\s+(?:else\s+)?(?:is|are)\s+(?:currently\s+)?(?:working\s+on|responsible\s+for|"
        r"in\s+charge\s+of|leading|running|handling|deciding|making\s+(?:the\s+)?decisions?)"
        r"(?!\s+(?:the\s+)?(?:hiring|recruit))",
    ),
)
INTERNAL_WORK = gated(
    "social.internal_work",
    # "what is your department working on"
    rx(
        "=working|=planning|=preparing|=developing|=doing|=focusing|=focused|=discussing|"
        "=considering|=looking|priorit",
        r"what\s+"
        + gap(2)
        + r"(?:is|are|was|were)\s+your\s+(?:\w+\s+)?"
        + _UNIT
        + r"(?:'s)?\s+(?:currently\s+|now\s+|really\s+)?(?:working\s+on|planning|preparing|"
        r"developing|doing|focus(?:ing|ed)\s+on|discussing|considering|looking\s+at|priorit\w*)",
    ),
    rx(
        "working|doing|running|planning|developing & project|projects|programme|programmes|"
        "program|programs|work",
        r"(?:projects?|programmes?|programs?|work)\s+(?:that\s+)?your\s+(?:\w+\s+)?"
        + _UNIT
        + r"\s+(?:is|are)\s+(?:currently\s+)?(?:working\s+on|doing|running|planning|developing)",
    ),
    rx(
        "internal|upcoming|secret|classified|confidential|unannounced|unpublished|planned|non",
        r"your\s+(?:\w+\s+)?" + _UNIT + r"(?:'s)?\s+(?:internal|upcoming|secret|classified|"
        r"confidential|unannounced|unpublished|planned|non[\s\-]public)\s+(?:projects?|"
        r"programmes?|plans?|priorities|work|thinking|position|decisions?|research)",
    ),
    # "what do you have access to", "which programmes does your clearance give you access to"
    rx(
        "access",
        r"(?:what|which)\s+" + gap(3) + r"(?:do|can|does|could|would)\s+(?:you|your\s+"
        r"clearance)\s+" + gap(2) + r"access",
    ),
    rx(
        "clearance",
        r"(?:what|which)\s+(?:\w+\s+)?(?:projects?|programmes?|programs?|information|material|"
        r"systems?|documents?)\s+"
        + gap(2)
        + r"(?:does\s+)?your\s+clearance\s+(?:give|cover|allow)",
    ),
)
#: "nothing classified, just your views": the classic hostile reassurance.
REASSURANCE = gated(
    "social.reassurance",
    rx(
        "=nothing & classified|secret|sensitive|confidential|restricted",
        r"nothing\s+(?:\w+\s+)?(?:classified|secret|sensitive|confidential|restricted)",
    ),
    rx(
        "classified|secret|sensitive|confidential|restricted",
        r"(?:not|never|won't\s+be|will\s+not\s+be)\s+(?:asking|ask)\s+(?:you\s+)?(?:for\s+)?"
        r"(?:anything\s+)?(?:classified|secret|sensitive|confidential|restricted)",
    ),
    rx(
        "classified|secret|sensitive|confidential|restricted",
        r"no\s+need\s+(?:for|to\s+(?:share|disclose|reveal))\s+(?:anything\s+|any\s+)?"
        r"(?:classified|secret|sensitive|confidential|restricted)",
    ),
)
PUBLIC = gated(
    "social.public",
    words(
        "public record|public information|publicly available|public domain|public source*|"
        "open source*|published"
    ),
)

_UNIT_RX = (
    r"(?:office|ministry|department|agency|team|unit|government|committee|company|lab|laboratory"
    r"|directorate|division|programme|program|organi[sz]ation|employer|service|delegation|board)s?"
)
_UNIT_KEYS = (
    "office|ministry|department|agency|team|unit|government|committee|company|lab|labs|laboratory|"
    "directorate|division|programme|program|organisation|organization|employer|service|"
    "delegation|board"
)
_INSTITUTION_RX = (
    r"(?:office|ministry|department|agency|government|committee|directorate|division|programme"
    r"|program|delegation|board|employer|parliament|cabinet|regulator)s?"
)
_INSTITUTION_KEYS = (
    "office|ministry|department|agency|government|committee|directorate|division|programme|"
    "program|delegation|board|employer|parliament|cabinet|regulator"
)
#: Open-ended probes for how the recipient's organisation works and what it really thinks, as
#: (keys, pattern): the keys are those of :func:`~countersight.screening.gating.rx`.
_INSIDE_WORKINGS_TERMS = (
    (
        f"about & hear|know|learn|tell & {_UNIT_KEYS}",
        rf"(?:hear|know|learn|tell\s+(?:us|me))\s+(?:more\s+)?about\s+your\s+{_UNIT_RX}",
    ),
    (
        "problem|problems & might|may|could & who",
        r"who\s+(?:might|may|could)\s+(?:have|be\s+having)\s+(?:\w+\s+){0,2}problems?",
    ),
    (
        "people & worked|work|served & with",
        r"(?:the\s+)?people\s+you\s+(?:worked|work|served)\s+with",
    ),
    (
        "things & organised|organized|run|done|decided & how",
        r"how\s+things\s+(?:were|are)\s+(?:organi[sz]ed|run|done|decided)",
    ),
    (
        "anything & bring|send|share",
        r"(?:bring|send|share)\s+(?:us\s+|me\s+)?anything\s+you\s+(?:still\s+)?(?:have|kept|can\s+get)",
    ),
    (
        "working|developing|facing|solving & challenges|problems|issues|solutions & now",
        r"(?:challenges|problems|issues|solutions)\s+(?:you(?:'re|\s+are)|your\s+team\s+(?:is|are))\s+"
        r"(?:working\s+on|developing|facing|solving)\s+(?:right\s+)?now",
    ),
    ("detail & much", r"with\s+as\s+much\s+(?:technical\s+)?detail\s+as\s+(?:possible|you\s+can)"),
    (
        "unpublished",
        r"(?:your\s+|current\s+|the\s+){1,3}unpublished\s+(?:work|results|data|research|findings|papers?"
        r"|designs?|results)",
    ),
    (
        "=conversations|=discussions|=contacts|=meetings|=talks|=dealings|=exchanges & from",
        r"from\s+your\s+(?:private\s+|own\s+)?(?:conversations|discussions|contacts|meetings|talks"
        r"|dealings|exchanges)\s+with",
    ),
    (
        "frank|candid|honest|private|personal|unvarnished & impression|assessment|view|take|read|"
        "sense",
        r"your\s+(?:frank|candid|honest|private|personal|unvarnished)\s+(?:impression|assessment"
        r"|view|take|read|sense)",
    ),
    (
        "background|personal & check|search|information & people|persons|engineers|scientists|"
        "colleagues|individuals",
        r"(?:background|personal)\s+(?:check|search|information)\s+(?:\w+\s+){0,3}(?:on|about|of)\s+"
        r"(?:these|the|those|some|several|a\s+list\s+of)\s+(?:\w+\s+)?(?:people|persons|engineers"
        r"|scientists|colleagues|individuals)",
    ),
    (
        f"{_INSTITUTION_KEYS} & how",
        rf"how\s+(?:your|the|their)\s+(?:\w+\s+)?{_INSTITUTION_RX}\s+(?:is\s+|are\s+|was\s+|were\s+"
        r"|has\s+|have\s+)?(?:\w+\s+){0,2}(?:prepar|assess|plan|handl|approach|decid|evaluat|organi[sz]"
        r"|think|view|see|respond|position|negotiat|priorit|budget|procur|select|brief|react)\w*",
    ),
    (
        "discussed|said|decided|planned|agreed|debated|negotiated|proposed & what",
        r"what\s+(?:is|was|gets|got|are|were|will\s+be)\s+(?:really\s+|actually\s+)?"
        r"(?:discussed|said|decided|planned|agreed|debated|negotiated|proposed)\s+(?:in|at|behind|inside"
        r"|within|by)",
    ),
    (
        "really|actually|privately & what",
        r"what\s+the\s+\w+(?:\s+of\s+the\s+\w+)?\s+(?:really|actually|privately)\s+"
        r"(?:are|is|think|want|plan|intend|believe)",
    ),
    (f"{_UNIT_KEYS} & who & in", rf"who\s+(?:else\s+)?in\s+(?:your|the)\s+(?:\w+\s+)?{_UNIT_RX}"),
    (
        "=followed|=worked|=handled|=managed|=covered|=oversaw|=ran|=involved|=cleared|=read & "
        "program|programs|programme|programmes|project|projects|file|files|case|cases|system|"
        "systems & you",
        r"(?:programs?|programmes?|projects?|files?|cases?|systems?)\s+(?:that\s+)?you\s+"
        r"(?:actually\s+|personally\s+)?(?:followed|worked\s+on|handled|managed|covered|oversaw|ran"
        r"|were\s+(?:involved|cleared|read))",
    ),
    ("capability|capabilities & gap|gaps", r"capabilit(?:y|ies)\s+gaps?"),
    (
        "real & the",
        r"the\s+real\s+(?:material|details|story|picture|information|data|numbers|positions?)",
    ),
    (
        "roadmap|road|product|design|tolerances|specification|specifications|source|test|supplier|"
        "pricing|bid|negotiating|strategy & current|internal|latest|upcoming|next|unreleased",
        r"(?:current|internal|latest|upcoming|next|unreleased)\s+(?:\w+\s+)?(?:roadmap|road\s+map"
        r"|product\s+plans?|design\s+choices|designs?|tolerances|specifications?|source\s+code|test\s+data"
        r"|supplier\s+list|pricing|bid|negotiating\s+position|strategy\s+papers?)",
    ),
    (
        "drawings|schematics|tolerances|suppliers|materials|qualification|files",
        r"(?:drawings|schematics|tolerances\s+you|key\s+suppliers|bill\s+of\s+materials"
        r"|qualification\s+(?:issues|data|results)|design\s+files)",
    ),
)
#: The probes as one lexicon concept, matched as every indicator's concepts are (one alternation).
INSIDE_WORKINGS = concept(
    "probe_inside_workings", *(f"re:{pattern}" for _, pattern in _INSIDE_WORKINGS_TERMS)
)
#: The same probes as a gated vocabulary: where this finds nothing, neither can the concept (on a
#: text whose canonical lower case is its plain lower case), and it is much quicker to rule out.
INSIDE_WORKINGS_GATE = gated(
    "social.inside_workings", *(rx(keys, pattern) for keys, pattern in _INSIDE_WORKINGS_TERMS)
)
#: Everything ``message.access_probe`` starts from: where none of it occurs, the indicator has
#: nothing to weigh.
ANY_PROBE = gated(
    "social.any_probe",
    NON_PUBLIC.parts,
    COLLEAGUES.parts,
    INTERNAL_WORK.parts,
    INSIDE_WORKINGS_GATE.parts,
    SENSITIVE.parts,
    REASSURANCE.parts,
)
