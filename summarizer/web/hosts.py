"""Which host names are this machine only. No web framework needed (the CLI imports it)."""

from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


def is_loopback_host(host: str) -> bool:
    """Whether `host` (a name or address to bind to) is this machine only."""
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
