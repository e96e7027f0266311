"""``countersight users``: add and list the users of the case store (CONTRACTS.md section 7)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from countersight.errors import InvalidRequest

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLAlchemy URL or a SQLite file path "
        "[default: COUNTERSIGHT_DATABASE_URL, else countersight.db in the user data directory]",
        show_default=False,
    ),
]

app = typer.Typer(help="Manage the users of the case store.", no_args_is_help=True)


class RoleChoice(StrEnum):
    reporter = "reporter"
    analyst = "analyst"
    admin = "admin"


def read_password() -> str:
    """The password on the first line of standard input (its line ending removed)."""
    line = sys.stdin.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise InvalidRequest("no password on standard input")
    return password


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The user's login name", show_default=False)],
    role: Annotated[RoleChoice, typer.Option("--role", help="What the user may do")],
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the password from the first line of standard input (required)",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Add a user; the password is read from standard input, never from the command line."""
    from countersight.store import (  # SQLAlchemy only when needed
        create_user,
        open_store,
    )

    if not password_stdin:
        raise typer.BadParameter("give the password on standard input with --password-stdin")
    with open_store(db) as store:
        user = create_user(store, name, role.value, read_password())
    typer.echo(f"added {user.role} {user.name} (pseudonym {user.pseudonym})")


@app.command("list")
def list_(db: DbOption = None) -> None:
    """List the users: name, role and pseudonym, one a line, tab-separated."""
    from countersight.store import list_users, open_store  # SQLAlchemy only when needed

    with open_store(db) as store:
        for user in list_users(store):
            typer.echo(f"{user.name}\t{user.role}\t{user.pseudonym}")
