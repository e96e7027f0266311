"""The phrases behind the social-engineering indicators (:mod:`..indicators.message_social`).

One module per indicator: :mod:`.clients` (``message.vague_client``), :mod:`.pressure`
(``message.urgency``), :mod:`.praise` (``message.flattery``), :mod:`.probes`
(``message.access_probe``) and :mod:`.vetting` (``message.no_vetting``); :mod:`.common` holds
shared fragments. Each vocabulary is
a gated concept (:mod:`countersight.screening.gating`): :func:`~..gating.words` for plain terms,
:func:`~..gating.rx` for a lower-case pattern with the key words one of which every match
contains. Every vocabulary is about wording, never about places or people: no country,
nationality or name appears in any of them (fairness rule). Gaps between words are bounded
(:func:`.common.gap`) and numbers possessive, so every pattern stays linear on long adversarial
text.
"""
