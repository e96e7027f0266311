"""``countersight users``, ``tokens`` and ``audit`` sub-commands, invoked in process."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from countersight.cli.audit_command import app as audit_app
from countersight.cli.tokens_command import app as tokens_app
from countersight.cli.users_command import app as users_app
from countersight.errors import Conflict, InvalidRequest
from countersight.store import authenticate, open_store, user_for_token

from .conftest import FAST_HASHER


def test_users_add_reads_the_password_from_stdin(db_url: str, password: str) -> None:
    runner = CliRunner()
    added = runner.invoke(
        users_app,
        ["add", "anna", "--role", "analyst", "--password-stdin", "--db", db_url],
        input=password + "\n",
    )
    assert added.exit_code == 0, added.output
    assert "added analyst anna" in added.output and password not in added.output
    listed = runner.invoke(users_app, ["list", "--db", db_url])
    assert listed.exit_code == 0 and listed.output.startswith("anna\tanalyst\tR-")
    with open_store(db_url, hasher=FAST_HASHER) as store:
        assert authenticate(store, "anna", password).role == "analyst"
    again = runner.invoke(
        users_app, ["add", "anna", "--role", "admin", "--password-stdin", "--db", db_url],
        input=password + "\n",
    )  # fmt: skip
    assert isinstance(again.exception, Conflict)


def test_users_add_refuses_a_password_on_the_command_line(db_url: str) -> None:
    runner = CliRunner()
    missing = runner.invoke(users_app, ["add", "anna", "--role", "analyst", "--db", db_url])
    assert missing.exit_code == 2 and "--password-stdin" in missing.output
    empty = runner.invoke(
        users_app, ["add", "anna", "--role", "analyst", "--password-stdin", "--db", db_url],
        input="\n",
    )  # fmt: skip
    assert isinstance(empty.exception, InvalidRequest)


def test_tokens_create_prints_a_working_token(db_url: str, password: str) -> None:
    runner = CliRunner()
    runner.invoke(
        users_app, ["add", "rita", "--role", "reporter", "--password-stdin", "--db", db_url],
        input=password + "\n",
    )  # fmt: skip
    created = runner.invoke(tokens_app, ["create", "rita", "--db", db_url])
    assert created.exit_code == 0, created.output
    token = created.output.strip()
    with open_store(db_url) as store:
        assert user_for_token(store, token).name == "rita"
    listed = runner.invoke(tokens_app, ["list", "rita", "--db", db_url])
    assert token[:10] in listed.output and token not in listed.output


def test_audit_verify_on_an_intact_log(db_url: str) -> None:
    result = CliRunner().invoke(audit_app, ["verify", "--db", db_url])
    assert result.exit_code == 0 and "intact" in result.output


@pytest.mark.parametrize("command", [["users", "list"], ["tokens", "list", "x"]])
def test_every_sub_app_takes_db(command: list[str]) -> None:
    app = {"users": users_app, "tokens": tokens_app}[command[0]]
    result = CliRunner().invoke(app, [*command[1:], "--help"])
    assert result.exit_code == 0 and "--db" in result.output
