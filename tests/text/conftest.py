"""Fixtures shared by the fetching tests."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

import pytest

from summarizer.text import addresses, fetching


@pytest.fixture
def count_as_public(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """`count_as_public("127.0.0.2", ...)`: those loopback addresses stand in for public
    ones for the rest of the test; every other loopback address stays private."""

    def stand_in(*hosts: str) -> None:
        public = {ipaddress.ip_address(host) for host in hosts}
        real = addresses.is_private_address

        def private(address: addresses.IpAddress) -> bool:
            return address not in public and real(address)

        monkeypatch.setattr(addresses, "is_private_address", private)
        monkeypatch.setattr(fetching, "is_private_address", private)

    return stand_in


@pytest.fixture
def public_127_0_0_2(count_as_public: Callable[..., None]) -> None:
    """127.0.0.2 stands in for a public address (every other loopback address stays private)."""
    count_as_public("127.0.0.2")
