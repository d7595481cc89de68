"""Where a policy URL may lead, and how it may be shown.

- `refuse_private_addresses(url, addresses)`: a policy is fetched from the public web
  only. A URL (or a redirect) whose host is, or resolves to, a loopback, private,
  link-local, multicast, reserved or unspecified address is refused unless the caller
  allows private networks (`--allow-private-network`): otherwise a label could be made
  from an internal page (a router's admin page, a cloud metadata service) and shown to
  whoever asked. `fetching` looks the host up (`resolve_host`) and connects only to an
  address checked here.
- `display_url(url)`: the URL with credentials and secret-looking query values removed,
  for `provenance.source`, ids and every message.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from summarizer.errors import InputError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
REDACTED = "REDACTED"
ALLOW_FLAG = "--allow-private-network"

# Query parameters whose value is a secret by name (matched case-insensitively, as a
# whole name or after a prefix such as "x-amz-").
_SECRET_NAMES = re.compile(
    r"(?:^|[-_.])(?:token|access[-_]?token|id[-_]?token|refresh[-_]?token|key|api[-_]?key|"
    r"apikey|secret|password|passwd|pwd|pass|auth|authorization|sig|signature|credential|"
    r"session|sessionid|sid|code|otp|jwt|hash|security[-_]?token)$",
    re.IGNORECASE,
)
# A value that looks machine-made and long enough to be a secret: 20+ characters from a
# token alphabet, with both letters and digits.
_TOKEN_VALUE = re.compile(r"(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_\-.~+/=%]{20,}")


def display_url(url: str) -> str:
    """`url` without user name, password, or secret-looking query values."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    netloc = parts.netloc
    if "@" in netloc:
        netloc = netloc.rsplit("@", 1)[1]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode(
            [(name, REDACTED if _is_secret(name, value) else value) for name, value in pairs],
            safe="/:",
        )
    fragment = parts.fragment
    if fragment and (_TOKEN_VALUE.search(fragment) or "=" in fragment):
        fragment = REDACTED
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def _is_secret(name: str, value: str) -> bool:
    return bool(_SECRET_NAMES.search(name) or _TOKEN_VALUE.fullmatch(value))


def is_private_address(address: IpAddress) -> bool:
    """Loopback, private (RFC 1918, unique local), link-local, multicast, reserved,
    unspecified, or an IPv4 address mapped into IPv6 that is one of those."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_private_address(address.ipv4_mapped)
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def resolve_host(host: str, port: int) -> list[IpAddress]:
    """Every address `host` resolves to (an IP literal is itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise InputError(f"cannot fetch: the host {host} cannot be resolved.") from error
    found: list[IpAddress] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        try:
            found.append(ipaddress.ip_address(raw))
        except ValueError:
            continue
    return found


def refuse_private_addresses(url: str, addresses: list[IpAddress]) -> None:
    """Raise `InputError` when any of the addresses `url`'s host resolved to is not public."""
    for address in addresses:
        if is_private_address(address):
            refuse_address(url, address)


def refuse_address(url: str, address: IpAddress | str) -> None:
    """The one-line refusal for a URL that leads to a private address."""
    raise InputError(
        f"{display_url(url)} leads to the private or local address {address}: refused "
        f"(policies are fetched from the public web; use {ALLOW_FLAG} to allow it)."
    )
