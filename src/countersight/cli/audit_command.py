"""``countersight audit verify``: check that the case store's audit log is intact."""

from __future__ import annotations

import sys

import typer

from countersight.cli.users_command import DbOption

app = typer.Typer(help="Check the tamper-evident audit log.", no_args_is_help=True)


@app.callback()
def audit() -> None:
    """Check the tamper-evident audit log of the case store."""


@app.command("verify")
def verify(db: DbOption = None) -> None:
    """Walk the hash chain of the audit log.

    Exit status 0 when it is intact; 1, with one line on standard error naming the first bad
    entry, when an entry was changed, removed or reordered.
    """
    from countersight.store import open_store, verify_audit  # SQLAlchemy only when needed

    with open_store(db) as store:
        ok, bad = verify_audit(store)
    if not ok:
        sys.stderr.write(f"audit log broken: {bad}\n")
        raise typer.Exit(code=1)
    typer.echo("audit log intact")
