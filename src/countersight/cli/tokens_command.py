"""``countersight tokens``: API tokens for the JSON API (CONTRACTS.md section 7)."""

from __future__ import annotations

from typing import Annotated

import typer

from countersight.cli.users_command import DbOption

app = typer.Typer(help="Create and list API tokens.", no_args_is_help=True)


@app.command("create")
def create(
    user: Annotated[str, typer.Argument(help="The user the token acts as", show_default=False)],
    db: DbOption = None,
) -> None:
    """Print a new API token for USER on standard output (it is shown once, never stored)."""
    from countersight.store import (  # SQLAlchemy only when needed
        create_token,
        get_user,
        open_store,
    )

    with open_store(db) as store:
        token = create_token(store, get_user(store, user))
    typer.echo(token)


@app.command("list")
def list_(
    user: Annotated[str, typer.Argument(help="Whose tokens to list", show_default=False)],
    db: DbOption = None,
) -> None:
    """List USER's tokens: id, prefix, created, last used, revoked (never the token itself)."""
    from countersight.store import (  # SQLAlchemy only when needed
        get_user,
        list_tokens,
        open_store,
    )

    with open_store(db) as store:
        for token in list_tokens(store, get_user(store, user)):
            used = token.last_used_at.isoformat() if token.last_used_at else "-"
            revoked = token.revoked_at.isoformat() if token.revoked_at else "-"
            typer.echo(
                f"{token.id}\t{token.prefix}…\t{token.created_at.isoformat()}\t{used}\t{revoked}"
            )
