"""API tokens: stored as SHA-256 only, resolved to their user, revocable."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from countersight.errors import AuthenticationFailed, Forbidden, NotFound
from countersight.store import (
    Store,
    UserView,
    create_token,
    list_tokens,
    revoke_token,
    user_for_token,
)


def test_tokens_are_stored_hashed(store: Store, reporter: UserView) -> None:
    token = create_token(store, reporter)
    with store.reading() as session:
        rows = session.execute(text("SELECT * FROM api_tokens")).all()
    assert len(rows) == 1
    values = [str(v) for v in rows[0]]
    assert token not in values
    assert hashlib.sha256(token.encode()).hexdigest() in values
    assert token[:10] in values  # the display prefix
    (info,) = list_tokens(store, reporter)
    assert info.prefix == token[:10] and info.revoked_at is None


def test_a_token_names_its_user_until_revoked(store: Store, reporter: UserView) -> None:
    token = create_token(store, reporter)
    assert user_for_token(store, token) == reporter
    assert list_tokens(store, reporter)[0].last_used_at is not None
    with pytest.raises(AuthenticationFailed):
        user_for_token(store, token + "x")
    revoke_token(store, reporter, list_tokens(store, reporter)[0].id)
    with pytest.raises(AuthenticationFailed):
        user_for_token(store, token)


def test_only_the_owner_or_an_admin_handles_a_token(
    store: Store, reporter: UserView, other_reporter: UserView, admin: UserView
) -> None:
    create_token(store, reporter)
    token_id = list_tokens(store, reporter)[0].id
    with pytest.raises(Forbidden):
        create_token(store, reporter, actor=other_reporter)
    with pytest.raises(NotFound):
        revoke_token(store, other_reporter, token_id)
    assert user_for_token(store, create_token(store, reporter, actor=admin)) == reporter
    revoke_token(store, admin, token_id)
    assert list_tokens(store, reporter)[1].revoked_at is not None
