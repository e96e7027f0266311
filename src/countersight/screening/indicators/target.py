"""Target indicators: who was approached."""

from __future__ import annotations

from countersight.domain import Evidence
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import indicator
from countersight.screening.sectors import sector_spans

_RECIPIENT_FIELDS = ("sector", "role", "organisation")


@indicator("target.sensitive_sector", "Recipient works in a sensitive sector or in government")
def sensitive_sector(ctx: ScreeningContext) -> list[Evidence]:
    """The recipient's sector, role or organisation falls in a sensitive area.

    NPSA Think Before You Link: hostile states target people with access to government, defence and
    the technologies of the UK National Security and Investment Act 2021. The areas are the Act's
    17 (Advanced Materials to Transport) plus Government and Parliament, from the versioned
    vocabulary in ``data/sectors.json`` (:mod:`countersight.screening.sectors`): "quantum
    computing", "ML engineer", "MoD", "civil servant", "MP's researcher", "think tank". Each area is
    reported once, from the first field that names it. University research, retail, finance or
    health as such are not sensitive areas, and a criminal "defence" lawyer is not Defence.
    """
    recipient = ctx.approach.recipient
    found: list[Evidence] = []
    seen: set[str] = set()
    for name in _RECIPIENT_FIELDS:
        value = getattr(recipient, name)
        if not value:
            continue
        for span in sector_spans(value):
            if span.area_id in seen:
                continue
            seen.add(span.area_id)
            found.append(
                Evidence(
                    field=f"recipient.{name}",
                    quote=value,
                    note=f"{span.area_name} ('{span.quote}')",
                )
            )
    return found[:4]
