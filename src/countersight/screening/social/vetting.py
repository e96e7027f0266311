"""Offers of work or pay, and the vetting of a candidate (``message.no_vetting``)."""

from __future__ import annotations

from countersight.screening.gating import gated, rx, words
from countersight.screening.social.clients import EMPLOYER_CHECK
from countersight.screening.social.common import MONEY, MONEY_KEYS, NUMBER, gap, money, phrases

_VETTING_NOUN = (
    r"(?:interviews?|cvs?|r[ée]sum[ée]s?|experience|qualifications?|references?|referees?|"
    r"background\s+checks?|checks|screening|vetting|paperwork|applications?|tests?|assessments?|"
    r"skills|degree|credentials|documents)"
)
NO_VETTING_PHRASE = gated(
    "social.no_vetting_phrase",
    phrases("asked", "no questions asked"),
    # "no interview needed", "no CV required", "interview is not necessary"
    rx(
        "=needed|=required|=necessary|=involved|=process",
        r"no\s+(?:formal\s+|job\s+|lengthy\s+|prior\s+|previous\s+|relevant\s+|special\s+)?"
        + _VETTING_NOUN
        + r"\s+(?:is\s+|are\s+|will\s+be\s+)?(?:needed|required|necessary|involved|process)",
    ),
    rx(
        "needed|required|necessary & not",
        _VETTING_NOUN + r"\s+(?:is|are|will\s+be)\s+not\s+(?:needed|required|necessary)",
    ),
    # "without an interview", "even without experience"
    rx(
        "without",
        r"without\s+(?:an?\s+|any\s+)?(?:formal\s+|job\s+|prior\s+|previous\s+)?(?:interviews?|"
        r"screening|vetting|background\s+checks?|experience)",
    ),
    # "we don't need your CV", "no need for experience"
    rx(
        "need|require & not|t",
        r"(?:don't|do\s+not|won't|will\s+not|doesn't|does\s+not)\s+(?:even\s+)?(?:need|require)"
        r"\s+(?:to\s+(?:send|provide|submit|attend|do|have)\s+)?(?:an?\s+|your\s+|any\s+)?"
        + _VETTING_NOUN,
    ),
    rx(
        "need & no",
        r"no\s+need\s+(?:for|to\s+(?:send|provide|submit|attend|do|have))\s+(?:an?\s+|your\s+|"
        r"any\s+)?" + _VETTING_NOUN,
    ),
    # "you are already selected", "you're hired", "management approved you"
    rx(
        "selected|chosen|hired|accepted|approved|preapproved|preselected|pre|recruited",
        r"you(?:'re|'ve\s+been|\s+are|\s+have\s+been|\s+were)\s+(?:already\s+)?(?:been\s+)?"
        r"(?:selected|chosen|hired|accepted|approved|pre[\s\-]?approved|pre[\s\-]?selected|"
        r"recruited)(?!\s+(?:for\s+(?:an?\s+|the\s+)?(?:interview|next|second|final|shortlist|"
        r"assessment|screening|call|conversation)|to\s+(?:interview|attend|present|speak|submit|"
        r"apply)))",
    ),
    rx(
        "=approved|=selected|=hired|=accepted",
        r"(?:management|hr|the\s+team|the\s+client|we|they)\s+(?:has\s+|have\s+)?(?:already\s+)?"
        r"(?:approved|selected|hired|accepted)\s+you",
    ),
    # "the job is yours", "your job is GUARANTEED", "guaranteed placement"
    rx(
        "=yours|guaranteed",
        r"(?:job|role|position|contract|post|placement)\s+is\s+(?:already\s+)?(?:yours|"
        r"guaranteed)",
    ),
    rx(
        "guaranteed",
        r"guaranteed\s+(?:\w+\s+)?(?:job|position|placement|employment|income|hire|role|"
        r"contract|acceptance)",
    ),
    rx(
        "=start",
        r"(?:you\s+(?:can|could|will|may)\s+)?start\s+(?:work(?:ing)?\s+)?(?:immediately|"
        r"right\s+away|straight\s+away|today|tomorrow)",
    ),
)
OFFER_JOB = gated(
    "social.offer_job",
    words("job offer|vacancy|vacancies|job opening|immediate opening|hiring|freelance|part time"),
    rx(
        "opportunity|opportunities",
        r"(?:job|career|employment|consulting|consultancy|advisory|freelance|work|paid|"
        r"part[\s\-]time|remote)\s+opportunit(?:y|ies)",
    ),
    rx("opening", r"an?\s+opening\s+for"),
    rx(
        "offer|offering",
        r"offer(?:ing)?\s+you\s+(?:an?|the|this)\s+" + gap(2) + r"(?:job|role|position|"
        r"contract|opportunity|consultancy|assignment|post)",
    ),
    rx(
        "role|roles|position|positions|job|jobs|vacancy|vacancies|assignment|assignments|"
        "engagement|engagements",
        r"(?:a|an|the|this|new|exciting|senior|part[\s\-]time|full[\s\-]time|advisory|consulting|"
        r"consultancy|paid|remote|flexible|permanent|contract|freelance)\s+"
        + gap(2)
        + r"(?:role|position|job|vacancy|assignment|engagement)s?(?!\s+(?:of|on|to|in\s+the\s+"
        r"(?:debate|field|development)|played)\b)",
    ),
    rx("recruiting", r"recruiting\s+(?:for|a|an)"),
    rx(
        "join",
        r"join\s+(?:our|my|the|their)\s+(?:\w+\s+)?(?:team|company|firm|network|panel|board|"
        r"organi[sz]ation|project|programme)",
    ),
    rx("work", r"work\s+(?:with|for)\s+(?:us|our|my|the\s+client|them)"),
)
OFFER_PAY = gated(
    "social.offer_pay",
    words(
        "salary|salaries|remunerat*|compensat*|consulting fee|consultancy fee|advisory fee|"
        "honorari*|stipend|retainer|well paid|paid work|paid position|hourly rate|per hour|"
        "per day|per month|per week|per annum|per report|per article|per call|per session"
    ),
    phrases("rate", "day rate"),
    rx(
        "generous|attractive|handsome|competitive|good|high|substantial & fee|fees|pay|rate|"
        "rates|reward|rewards|income|retainer|package|packages",
        r"(?:generous|attractive|handsome|competitive|good|high|substantial)\s+(?:\w+\s+)?"
        r"(?:fee|pay|rate|reward|income|retainer|package)s?",
    ),
    rx("pay|paying|reward|compensate", r"(?:pay|paying|reward|compensate)\s+you"),
    rx("pay", r"(?:we|they|i|client)\s+(?:will|would|can|could)\s+pay"),
    # a sum for the recipient: "GBP 2,500 each", "pays $200-250 a piece", "fee of $3,000"
    money(
        r"\s+(?:each|apiece|a\s+piece|per\s+\w+|an?\s+(?:hour|day|week|month|year|report|paper|"
        r"article|essay|piece|note|brief|call|session|interview|appearance))"
    ),
    rx(
        MONEY_KEYS,
        r"(?:pays?|paying|payment|paid|fee|fees|honorarium|remuneration|reward|compensation|rate|"
        r"salary|stipend|allowance|retainer|earn|earning)\s+(?:\w+\s+){0,2}?"
        r"(?:of\s+|is\s+|at\s+|:\s*)?" + MONEY,
    ),
    rx(
        "$|£|€|¥",
        r"[$£€¥]\s?" + NUMBER + r"\s?k?\s*/\s*(?:hr|hour|h|day|week|wk|month|mo|year|yr)\b",
    ),
    rx("paid", r"(?:be|is|it's)\s+paid\s+(?:as|by|in|for)"),
)
# The candidate is assessed: documents and checks, a formal process, a talk about them.
VETTING_CHECKS = gated(
    "social.vetting_checks",
    words(
        "CV|CVs|curriculum vitae|interview*|referee*|references|reference check*|"
        "background check*|background screening|vetting|screening|screening question*|"
        "right to work|eligib*|notice period|salary expectation*|portfolio|writing sample*|"
        "list of publications|abstract|abstracts|bio|biography|take home|qualification*|"
        "credentials|essential|desirable|must have|hiring manager|shortlist*|compliance|"
        "conflict of interest|conflicts of interest|depending on experience"
    ),
    phrases("=permit", "work permit"),
    phrases("=current", "current salary|current package"),
    phrases("=publication", "publication list"),
    rx("plus", r"a\s+plus"),
    rx("doe", r"doe"),
    rx("resume|résumé", r"r[ée]sum[ée]s?"),
    rx("samples|sample", r"samples?\s+of\s+your\s+(?:\w+\s+)?(?:work|writing|research|code)"),
)
VETTING_PROCESS = gated(
    "social.vetting_process",
    words(
        "JD|job description|job spec|job ad|job advert|advert|advertisement|job posting|"
        "careers page|hiring process|recruitment process|author guidelines|peer review*|"
        "editorial committee|editorial board|editorial office|programme committee|"
        "program committee|call for papers|proceedings|manuscript|submission deadline|"
        "submission guidelines"
    ),
    rx(
        "technical|online|skill|skills|psychometric|aptitude|coding|written",
        r"(?:technical|online|skills?|psychometric|aptitude|coding|written)\s+(?:assessments?|"
        r"tests?|exercises?|tasks?)",
    ),
    rx("application", r"application\s+(?:form|process|deadline|portal|pack)s?"),
    rx("application", r"your\s+application\s+(?:for|to)\s+(?:this|the|our)"),
    rx(
        "apply",
        r"apply\s+(?:for|to)\s+(?:this|the|our)\s+(?:\w+\s+)?(?:role|position|job|post|vacancy|"
        r"fellowship|programme|program)",
    ),
    rx("apply", r"apply\s+(?:online|via|through|here|now|at\s+(?:our|the))"),
    rx(
        "application|applying",
        r"(?:thank\s+you|thanks)\s+for\s+(?:your\s+)?(?:application|applying)",
    ),
    rx(
        "application",
        r"(?:submit|send|complete|make|receive|review)\s+(?:an?|your)\s+(?:\w+\s+)?application",
    ),
    rx("applications", r"applications\s+(?:close|are\s+(?:open|invited|welcome)|should)"),
    rx("requirements", r"(?:job|role|essential|key|minimum|entry|candidate)\s+requirements"),
    rx("requirements", r"requirements\s+(?:for|of)\s+the\s+(?:role|position|job|post)"),
    rx(
        "required|must|essential|preferred",
        r"(?:is|are)\s+(?:a\s+)?(?:required|a\s+must|essential|preferred)",
    ),
    rx("experience", r"\d{1,2}\+?\s+years(?:'|\s+of)?\s+(?:\w+\s+)?experience"),
    rx("hold", r"(?:do|does|would)\s+you\s+(?:currently\s+)?hold"),
    rx(
        "stage|stages|round|rounds",
        r"(?:first|second|third|final|next|two|three|\d)[\s\-]+(?:stage|round)s?",
    ),
    rx(
        "stage|stages|panel|process",
        r"(?:interview|selection|assessment)\s+(?:stages?|panel|process)",
    ),
    rx(
        "call|chat|conversation",
        r"(?:technical|screening|intro|introductory)\s+(?:call|chat|conversation)",
    ),
    rx(
        "checks|check|screening|vetting",
        r"(?:bpss|dbs|pre[\s\-]employment|security|credit|employment)\s+(?:checks?|screening|"
        r"vetting)",
    ),
)
VETTING_TALK = gated(
    "social.vetting_talk",
    # a conversation about the candidate, not about the offer
    rx(
        "experience|background|skills|career|role|motivation|motivations|goals|aspirations|"
        "situation|achievements|suitability",
        r"(?:tell|talk|chat|hear|learn|know|ask|discuss|questions?)\s+" + gap(3) + r"about\s+"
        r"your\s+(?:\w+\s+)?(?:experience|background|skills|career|current\s+role|motivations?|"
        r"goals|aspirations|situation|achievements|suitability)",
    ),
    rx(
        "experience|background|skills|career|expertise|suitability|fit",
        r"(?:call|chat|conversation|discussion|meeting)\s+" + gap(3) + r"(?:your|you)\s+"
        r"(?:\w+\s+)?(?:experience|background|skills|career|expertise|suitability|fit)",
    ),
    rx("looking", r"what\s+you(?:'re|\s+are)\s+looking\s+for"),
)
SPEAKING = gated(
    "social.speaking",
    words(
        "keynote*|speaker*|speak|speaking|talk|talks|lecture*|panel|panellist*|panelist*|"
        "conference*|symposium|symposia|forum|seminar*|webinar*|summit|workshop*|winter school|"
        "summer school|roundtable"
    ),
)
#: Any sign of assessment that needs no second look: an employer check, a talk about the
#: candidate, a formal process (one pass where ``message.no_vetting`` only needs to know whether).
ASSESSED = gated("social.assessed", EMPLOYER_CHECK.parts, VETTING_TALK.parts, VETTING_PROCESS.parts)
