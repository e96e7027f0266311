"""Campaigns: link reported approaches that share what only one operation would share.

Artefacts are extracted from each report (:mod:`.artefacts`), linked by the rules of
:mod:`.links` (shared values with frequency caps and stop-lists, near-duplicate messages by
MinHash LSH and an exact check, :mod:`.templates`), and the connected components of the links are
the campaigns (:mod:`.build`). The bulk rebuild is written once in SQL (:mod:`.sql`) and runs on
DuckDB (:mod:`.engine_duckdb`).
"""

from __future__ import annotations

from countersight.campaigns.artefacts import Artefact, extract_artefacts, organisation_keys
from countersight.campaigns.build import BuildSummary, build, campaign_id
from countersight.campaigns.links import DEFAULT_RULES, LinkRules

__all__ = [
    "DEFAULT_RULES",
    "Artefact",
    "BuildSummary",
    "LinkRules",
    "build",
    "campaign_id",
    "extract_artefacts",
    "organisation_keys",
]
