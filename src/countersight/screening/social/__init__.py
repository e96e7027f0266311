"""The phrases behind the social-engineering indicators (:mod:`..indicators.message_social`).

One module per indicator: :mod:`.clients` (``message.vague_client``), :mod:`.pressure`
(``message.urgency``), :mod:`.praise` (``message.flattery``), :mod:`.probes`
(``message.access_probe``) and :mod:`.vetting` (``message.no_vetting``); :mod:`.common` holds
shared fragments. Each vocabulary is
a gated concept (:mod:`countersight.screening.gating`): :func:`~..gating.words` for plain terms,
:func:`~..gating.rx` for a lower-case pattern with the key words one of which every match
contains (:func:`.common.phrases` for plain terms gated on a rarer word than their first). Keys
are chosen to be rare: ``=word`` where a short word's four-letter prefix would also stand for
common words, ``&`` for further words every match needs. Every vocabulary is about wording, never
about places or people: no country, nationality or name appears in any of them (fairness rule).
Gaps between words are bounded (:func:`.common.gap`) and numbers possessive, so every pattern
stays linear on long adversarial text.

Most messages hold none of these phrases, so each module also unites, in one vocabulary, the
parts its indicator always looks for (``ANY_PRESSURE``, ``ANY_FLATTERY``, ``ANY_PROBE``,
``VAGUE``, ``ASSESSED``, ``PLAIN_DETAIL``): one pass rules a message out. The two lexicon
concepts (:data:`.probes.INSIDE_WORKINGS`, :data:`.praise.PRAISE_OF_STANDING`, one alternation
each) have gated twins built from the same patterns, quick to rule a message out.
"""
