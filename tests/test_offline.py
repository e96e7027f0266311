"""The network guard works, and the package screens everything without touching the network."""

from __future__ import annotations

import socket

import pytest

from countersight.config import Settings
from countersight.screening import Screener
from countersight.sources.approach_documents import read_all

from conftest import EXAMPLES, NetworkAccessError


def test_guard_refuses_a_public_address() -> None:
    with socket.socket() as sock, pytest.raises(NetworkAccessError):
        sock.connect(("192.0.2.1", 443))


def test_guard_refuses_name_lookups() -> None:
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("publicsuffix.org", 443)


def test_screening_every_example_stays_offline() -> None:
    settings = Settings()
    screener = Screener(settings=settings)
    docs = [d for d in read_all([str(EXAMPLES)], settings) if d.approach is not None]
    assert docs
    for doc in docs:
        assert doc.approach is not None
        screener.screen(doc.approach)
