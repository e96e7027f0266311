"""``countersight schema``: print the JSON Schema of a document type."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from countersight.domain import Approach, Assessment


class DocumentType(StrEnum):
    approach = "approach"
    assessment = "assessment"


def schema(
    kind: Annotated[DocumentType, typer.Argument(help="approach (input) or assessment (output)")],
) -> None:
    """Print the JSON Schema of an approach document or of an assessment."""
    model = Approach if kind is DocumentType.approach else Assessment
    body = model.model_json_schema()
    body["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    typer.echo(json.dumps(body, indent=2, ensure_ascii=False))
