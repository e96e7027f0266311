"""The ``countersight`` command: a thin shell over the library.

Every user mistake ends in a one-line message and an exit status, never a traceback: the
:class:`~countersight.errors.CountersightError` family is caught here, once.
"""

from __future__ import annotations

import sys

import typer

from countersight.cli import (
    audit_command,
    bench_command,
    campaigns_command,
    indicators_command,
    model_command,
    scan_command,
    schema_command,
    screen_command,
    serve_command,
    tokens_command,
    users_command,
)
from countersight.errors import CountersightError

app = typer.Typer(
    name="countersight",
    help="Screen hostile state approaches and employment scams; explain every score.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("screen")(screen_command.screen)
app.command("scan")(scan_command.scan)
app.command("schema")(schema_command.schema)
app.command("indicators")(indicators_command.indicators)
app.command("serve")(serve_command.serve)
app.add_typer(users_command.app, name="users")
app.add_typer(tokens_command.app, name="tokens")
app.add_typer(audit_command.app, name="audit")
app.add_typer(bench_command.app, name="bench")
app.add_typer(model_command.app, name="model")
app.add_typer(campaigns_command.app, name="campaigns")


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except CountersightError as exc:
        print(f"countersight: error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
