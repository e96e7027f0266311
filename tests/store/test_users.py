"""Users: argon2 password hashes, login, and throttling counted in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from countersight.errors import (
    AuthenticationFailed,
    Conflict,
    Forbidden,
    InvalidRequest,
    LoginThrottled,
)
from countersight.store import (
    Store,
    Throttle,
    UserView,
    authenticate,
    create_user,
    get_user,
    list_users,
)


def test_passwords_are_stored_as_argon2id_hashes_only(store: Store, password: str) -> None:
    create_user(store, "rita", "reporter", password)
    with store.reading() as session:
        rows = session.execute(text("SELECT * FROM users")).all()
        (stored,) = session.execute(text("SELECT password_hash FROM users")).scalars()
    assert stored.startswith("$argon2id$")
    assert all(password not in str(value) for row in rows for value in row)


def test_login_with_the_right_password_only(store: Store, password: str) -> None:
    created = create_user(store, "rita", "reporter", password)
    assert authenticate(store, "rita", password) == created
    with pytest.raises(AuthenticationFailed, match="wrong user name or password") as wrong:
        authenticate(store, "rita", password + "x")
    with pytest.raises(AuthenticationFailed) as unknown:
        authenticate(store, "nobody", password)
    assert str(wrong.value) == str(unknown.value)  # never says which was wrong
    assert password not in str(wrong.value)


def test_user_rules(store: Store, password: str, admin: UserView) -> None:
    with pytest.raises(Conflict):
        create_user(store, "adam", "analyst", password)
    with pytest.raises(InvalidRequest, match="role"):
        create_user(store, "bob", "superuser", password)
    with pytest.raises(InvalidRequest, match="password"):
        create_user(store, "bob", "reporter", "short")
    with pytest.raises(InvalidRequest, match="user name"):
        create_user(store, "bob smith", "reporter", password)
    reporter = create_user(store, "rita", "reporter", password, actor=admin)
    with pytest.raises(Forbidden):
        create_user(store, "eve", "admin", password, actor=reporter)
    assert [u.name for u in list_users(store)] == ["adam", "rita"]
    assert get_user(store, "rita").pseudonym == reporter.pseudonym != admin.pseudonym
    assert reporter.pseudonym.startswith("R-") and "rita" not in reporter.pseudonym


def test_failed_logins_lock_the_user_for_a_while(store: Store, password: str) -> None:
    create_user(store, "rita", "reporter", password)
    start = store.clock()
    store.clock = lambda: start
    for _ in range(store.throttle.max_user_failures):
        with pytest.raises(AuthenticationFailed):
            authenticate(store, "rita", "guess-guess-guess")
    with pytest.raises(LoginThrottled) as locked:  # even the right password
        authenticate(store, "rita", password)
    assert 0 < locked.value.retry_after <= store.throttle.window.total_seconds() + 1
    assert locked.value.http_status == 429
    store.clock = lambda: start + store.throttle.window + timedelta(seconds=1)
    assert authenticate(store, "rita", password).name == "rita"


def test_a_success_clears_the_count_of_a_user(store: Store, password: str) -> None:
    create_user(store, "rita", "reporter", password)
    for _ in range(3):
        for _ in range(store.throttle.max_user_failures - 1):
            with pytest.raises(AuthenticationFailed):
                authenticate(store, "rita", "guess-guess-guess")
        authenticate(store, "rita", password)


def test_failed_logins_lock_the_source_across_names(store: Store, password: str) -> None:
    store.throttle = Throttle(max_user_failures=100, max_source_failures=4)
    create_user(store, "rita", "reporter", password)
    for name in ("a", "b", "c", "d"):
        with pytest.raises(AuthenticationFailed):
            authenticate(store, name, "guess-guess-guess", source="203.0.113.9")
    with pytest.raises(LoginThrottled):
        authenticate(store, "rita", password, source="203.0.113.9")
    assert authenticate(store, "rita", password, source="198.51.100.1").name == "rita"


def test_attempts_keep_a_hash_of_the_name_not_the_name(store: Store) -> None:
    with pytest.raises(AuthenticationFailed):
        authenticate(store, "my-secret-password-typed-as-name", "x" * 12)
    with store.reading() as session:
        rows = session.execute(text("SELECT name_hash FROM login_attempts")).scalars().all()
    assert len(rows) == 1 and "secret" not in rows[0] and len(rows[0]) == 64
