"""Shared fixtures. Every test runs with the network closed to anything but loopback.

countersight must work offline (its users' secure networks reach nothing): any attempt to open a
socket to a non-loopback address, or to resolve a name other than localhost, fails the test.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT / "corpus" / "approaches"


class NetworkAccessError(AssertionError):
    """Raised when code under test reaches for the network."""


def _is_loopback(address: Any) -> bool:
    if not (isinstance(address, tuple) and address):
        return isinstance(address, str | bytes)  # an AF_UNIX path is local
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise NetworkAccessError(f"network access to {address!r} during a test")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise NetworkAccessError(f"network access to {address!r} during a test")
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (None, "localhost") and not _is_loopback((host,)):
            raise NetworkAccessError(f"name lookup of {host!r} during a test")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
