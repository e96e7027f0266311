"""Flattery of access, clearance, influence and inside knowledge (``message.flattery``)."""

from __future__ import annotations

from countersight.screening.gating import gated, rx, words
from countersight.screening.lexicon import concept
from countersight.screening.social.common import gap, phrases

_ACCESS_NOUN = (
    r"(?:access|clearances?|security\s+clearance|influence|connections|contacts|network|"
    r"standing|seniority|vantage\s+point|proximity|inside\s+knowledge|insider\s+knowledge|"
    r"insights?|position|role\s+(?:in|at|within))"
)
# The words of _ACCESS_NOUN as keys (``=``: the word itself, not every word that starts like it).
_ACCESS_KEYS = (
    "=access|=clearance|=clearances|=security|=influence|=connections|=contacts|=network|"
    "=standing|=seniority|=vantage|=proximity|=inside|=insider|=insight|=insights|=position|=role"
)
_POWER = (
    r"(?:senior|government|decision|policy|policymakers|ministers?|ministry|officials|leaders|"
    r"leadership|the\s+board|classified|sensitive|restricted|power|parliament|defence|military|"
    r"intelligence|agency|department)"
)
ACCESS_PRAISE = gated(
    "social.access_praise",
    # "someone with your access", "people of your standing"
    rx(
        _ACCESS_KEYS + " & someone|somebody|people|person|persons|individual|individuals|"
        "professional|professionals|expert|experts|candidate|candidates|specialist|specialists|"
        "official|officials|man|woman",
        r"(?:someone|somebody|people|persons?|individuals?|professionals?|experts?|candidates?|"
        r"specialists?|officials?|a\s+man|a\s+woman)\s+(?:(?:like\s+you\s+)?with|of)\s+your\s+"
        + gap(2)
        + _ACCESS_NOUN,
    ),
    rx(
        "=calibre|=caliber|=stature|=standing|=seniority|=influence|=rank",
        r"(?:someone|somebody|people|individuals?|professionals?|experts?|specialists?|"
        r"a\s+person)\s+of\s+your\s+(?:calibre|caliber|stature|standing|seniority|influence|rank)",
    ),
    # "given your clearance", "thanks to your connections"
    rx(
        _ACCESS_KEYS + " & given|considering|because|thanks|through|via|leverage|leveraging",
        r"(?:given|considering|because\s+of|thanks\s+to|through|via|leverag(?:e|ing))\s+your\s+"
        + gap(2)
        + r"(?:access|clearances?|influence|connections|contacts|network|standing|seniority|"
        r"proximity|inside\s+knowledge|insider\s+knowledge|position\s+(?:in|at|within))",
    ),
    # "your valuable network", "your influential position", "your privileged access"
    rx(
        "network|connections|contacts|access|position|influence|standing|relationships|ties|"
        "circle|role",
        r"your\s+(?:\w+\s+)?(?:valuable|invaluable|extensive|impressive|unique|privileged|"
        r"enviable|influential|wide|rich|special|exceptional|unrivall?ed|unparall?eled|rare|"
        r"senior|high[\s\-]level|powerful|strategic|insider|inside|direct|close)\s+(?:\w+\s+)?"
        r"(?:network|connections|contacts|access|position|influence|standing|relationships|"
        r"ties|circle|role\s+(?:in|at|within))",
    ),
    # "your influence", "a position of influence", "your access to decision-makers"
    rx("influence", r"your\s+(?:considerable\s+|great\s+|growing\s+)?influence"),
    rx(
        "influence|power|trust|authority",
        r"(?:position|role)\s+of\s+(?:influence|power|trust|authority)",
    ),
    rx(
        "=access|=proximity|=closeness|=ties|=connection|=connections",
        r"your\s+(?:\w+\s+)?(?:access|proximity|closeness|ties|connections?)\s+to\s+"
        + gap(2)
        + _POWER,
    ),
    # "your contacts in Whitehall", "your network within the ministry"
    rx(
        "=contacts|=connections|=network|=sources|=friends|=relationships",
        r"your\s+(?:\w+\s+)?(?:contacts|connections|network|sources|friends|relationships)\s+"
        r"(?:in|at|within|inside|across)\s+" + gap(2) + r"(?:government|whitehall|westminster|"
        r"parliament|congress|ministr(?:y|ies)|departments?|agenc(?:y|ies)|administration|"
        r"cabinet|military|defence|intelligence|the\s+party|power)",
    ),
    # "your clearance is a great asset"
    rx(
        "clearance|clearances",
        r"your\s+(?:\w+\s+)?clearances?\s+(?:is|are|would\s+be|makes?\s+you|will\s+be)\s+"
        + gap(2)
        + r"(?:asset|valuable|invaluable|rare|sought[\s\-]after|in\s+demand|very\s+useful|useful|"
        r"great|perfect|ideal|of\s+(?:great|particular|real)\s+(?:interest|value))",
    ),
)
INSIDE_KNOWLEDGE = gated(
    "social.inside_knowledge",
    # "first-hand Westminster experience", "people with insight into foreign policy"
    rx(
        "=first|=firsthand|=inside|=insider|=privileged|=intimate",
        r"(?:first[\s\-]?hand|inside|insider|privileged|intimate)\s+"
        + gap(2)
        + r"(?:experience|knowledge|insights?|view|understanding|access)",
    ),
    rx("insight|insights", r"(?:with|have|has|having)\s+(?:\w+\s+)?insights?\s+(?:in)?to"),
    # "your unique insight into government policy"
    rx(
        "insight|insights|knowledge|understanding|perspective|perspectives|views|view|grasp|"
        "familiarity",
        r"your\s+(?:\w+\s+)?(?:unique|deep|privileged|first[\s\-]?hand|inside|insider|intimate|"
        r"detailed|special|rare|valuable|invaluable|expert|unrivall?ed|unparall?eled|exceptional|"
        r"extensive|direct)\s+(?:\w+\s+)?(?:insights?|knowledge|understanding|perspectives?|"
        r"views?|grasp|familiarity)",
    ),
    rx("insight|insights", r"your\s+insights?\s+(?:in)?to"),
)
POWER_DOMAIN = gated(
    "social.power_domain",
    words(
        "government*|polic*|policymak*|decision making|decision makers|ministr*|minister*|"
        "parliament*|whitehall|westminster|congress*|senat*|legislat*|white house|"
        "state department|foreign office|diplomat*|cabinet|civil service|defence|defense|military|"
        "intelligence|"
        "national security|regulator*|regulation*|officials|senior leadership|classified|"
        "procurement|internal|inner workings|corridors of power|behind the scenes|agency|"
        "department's|departmental"
    ),
)
SUPERLATIVE = gated(
    "social.superlative",
    words("renowned|world renowned|world famous|foremost|eminent|preeminent|illustrious|esteemed"),
    phrases("eminent", "pre eminent"),
    rx(
        "world",
        r"world[\s\-]+(?:class|leading)\s+(?:expert|authority|specialist|thinker|scientist)s?",
    ),
    rx(
        "=expert|=experts|authority|=voice|=voices|=figure|=figures|=thinker|=thinkers",
        r"(?:a|the)\s+(?:leading|top|pre-?eminent|recogni[sz]ed)\s+(?:expert|authority|voice|"
        r"figure|thinker)s?",
    ),
    rx(
        "one",
        r"one\s+of\s+the\s+(?:very\s+)?(?:most|best|top|leading|brightest|finest|few|greatest)\s+"
        r"(?:\w+\s+)?(?:experts?|minds|voices|authorities|specialists|thinkers|figures|people|"
        r"scientists|researchers|analysts|professionals|officials|names)",
    ),
    rx(
        "highly|widely",
        r"(?:highly|widely)\s+(?:respected|regarded|esteemed|influential|acclaimed|distinguished|"
        r"admired|recogni[sz]ed|cited)",
    ),
    rx("unanimously", r"unanimously\s+(?:nominated|selected|chosen|agreed|recommended)"),
    rx("fan", r"(?:huge|big|great)\s+fan\s+of\s+your"),
    rx(
        "impressed",
        r"(?:very|extremely|deeply|truly|really|most|greatly|hugely|particularly|incredibly|so|"
        r"tremendously|immensely|exceptionally)\s+impressed",
    ),
    rx("admire", r"(?:greatly|deeply|truly|really|hugely|much)\s+admire"),
    rx(
        "outstanding|exceptional|extraordinary|remarkable|stellar|brilliant|unparalleled|"
        "unparalled|unrivalled|unrivaled|unmatched|incredible|phenomenal|legendary|stunning|"
        "peerless|unique|superb",
        r"your\s+(?:outstanding|exceptional|extraordinary|remarkable|stellar|brilliant|"
        r"unparall?eled|unrivall?ed|unmatched|incredible|phenomenal|legendary|stunning|peerless|"
        r"unique|superb)\s+(?:\w+\s+)?(?:expertise|profile|career|achievements?|"
        r"accomplishments?|reputation|work|experience|background|credentials|knowledge|"
        r"insights?|contributions?|record|standing|talents?|abilities)",
    ),
)
YOU = gated("social.you", words("you|your|yours|yourself"))
#: Praise that, near government, becomes praise of proximity to power.
PRAISE = gated(
    "social.praise",
    words(
        "impressive|impressed|admire*|valuable|invaluable|rare|remarkable|outstanding|"
        "exceptional|respected|exactly what we need|exactly what they need|precious|unique"
    ),
    phrases("potential", "great potential"),
    phrases("potential", "huge potential"),
    phrases("potential", "real potential"),
)
GOVERNMENT = gated(
    "social.government",
    words(
        "government*|governmental|parliament*|ministr*|minister*|cabinet|whitehall|westminster|"
        "congress*|senat*|legislat*|foreign office|foreign ministry|state department|"
        "diplomat*|embassy|embassies|civil service|civil servant*|public office|policymak*|"
        "policy making|decision making|decision makers|corridors of power|officials|"
        "administration|foreign policy|select committee*"
    ),
)

_STANDING = (
    r"(?:insights?|expertise|experience|knowledge|understanding|access|network|perspective"
    r"|position|influence|contacts|connections|judg(?:e)?ment|views|standing|reputation)"
)
_STANDING_KEYS = (
    "insight|insights|expertise|experience|knowledge|understanding|access|network|perspective|"
    "position|influence|contacts|connections|judgment|judgement|views|standing|reputation"
)
#: Praise of standing, insight or influence in words the vocabularies above do not hold, as
#: (keys, pattern): the keys are those of :func:`~countersight.screening.gating.rx`.
_PRAISE_OF_STANDING_TERMS = (
    (
        f"{_STANDING_KEYS} & unique|rare|exceptional|outstanding|remarkable|invaluable|"
        "unparalleled|unrivalled|unrivaled|extraordinary|privileged|special|influential|insider & "
        "your",
        r"your\s+(?:\w+\s+){0,2}(?:unique|rare|exceptional|outstanding|remarkable|invaluable"
        r"|unparalleled|unrivalled|unrivaled|extraordinary|privileged|special|influential|insider)\s+"
        rf"(?:\w+\s+)?{_STANDING}",
    ),
    (
        "calibre|caliber|stature|standing|seniority|access|position|influence|rank & someone|"
        "people|person|expert|experts|man|woman & your",
        r"(?:someone|people|a\s+person|an\s+expert|experts|a\s+man|a\s+woman)\s+(?:of|with|in)\s+"
        r"your\s+(?:calibre|caliber|stature|standing|seniority|access|position|influence|rank)",
    ),
    (
        "better & than & understand|know",
        r"you\s+(?:understand|know)\s+(?:\w+\s+){1,2}better\s+than\s+(?:most|anyone|others)",
    ),
    (
        "future & bright|brilliant|great",
        r"(?:a\s+)?(?:very\s+)?(?:bright|brilliant|great)\s+future\s+(?:ahead|in|for)",
    ),
    ("future & bright|brilliant", r"you\s+have\s+a\s+(?:very\s+)?(?:bright|brilliant)\s+future"),
    (
        "appreciate|value|respect|admire & knowledge|experience|wisdom|insight|knowledges|"
        "experiences|wisdoms|insights",
        r"(?:appreciate|value|respect|admire)\s+(?:your\s+)?(?:knowledge|experience|wisdom|insight)s?"
        r"\s+(?:and|&)\s+(?:knowledge|experience|wisdom|insight|influence|access)",
    ),
    ("soul & have", r"you\s+have\s+an?\s+\w+\s+soul"),
)
#: The praise as one lexicon concept, matched as every indicator's concepts are (one alternation).
PRAISE_OF_STANDING = concept(
    "praise_of_standing", *(f"re:{pattern}" for _, pattern in _PRAISE_OF_STANDING_TERMS)
)
#: The same praise as a gated vocabulary: where this finds nothing, neither can the concept (on a
#: text whose canonical lower case is its plain lower case), and it is much quicker to rule out.
PRAISE_OF_STANDING_GATE = gated(
    "social.praise_of_standing",
    *(rx(keys, pattern) for keys, pattern in _PRAISE_OF_STANDING_TERMS),
)
#: Everything ``message.flattery`` starts from (government alone is not flattery): where none of
#: it occurs, the indicator has nothing to weigh.
ANY_FLATTERY = gated(
    "social.any_flattery",
    ACCESS_PRAISE.parts,
    INSIDE_KNOWLEDGE.parts,
    SUPERLATIVE.parts,
    PRAISE.parts,
    PRAISE_OF_STANDING_GATE.parts,
)
