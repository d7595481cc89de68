"""Fixtures shared by the fetching tests."""

from __future__ import annotations

import ipaddress

import pytest

from summarizer.text import addresses, fetching


@pytest.fixture
def public_127_0_0_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.2 stands in for a public address (every other loopback address stays private)."""
    real = addresses.is_private_address

    def private(address: addresses.IpAddress) -> bool:
        return address != ipaddress.ip_address("127.0.0.2") and real(address)

    monkeypatch.setattr(addresses, "is_private_address", private)
    monkeypatch.setattr(fetching, "is_private_address", private)
