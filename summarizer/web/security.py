"""What keeps the page safe: sessions, CSRF checks, host checks, headers, body limits.

- A session is a random cookie (HttpOnly, SameSite=Lax). Jobs belong to it.
- Every form that changes something carries a token derived from the session with
  a server secret (HMAC); a POST without the right token, or from another origin
  (`Origin`, `Sec-Fetch-Site`), is refused.
- On loopback the server answers only to loopback host names, so a web site cannot
  reach it through DNS rebinding.
- A request body is read up to a limit and no further (`read_body_capped`).
- Every response carries a strict Content-Security-Policy: scripts and styles only
  from this server's own files, no inline script, nothing from elsewhere. The label
  card (a page of its own, shown in a sandboxed frame) may use exactly the inline
  styles it was rendered with, by hash, and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "summarizer_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
COMMON_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}

_STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')


def new_session_id() -> str:
    return secrets.token_urlsafe(24)


def session_of(request: Request) -> str | None:
    value = request.cookies.get(SESSION_COOKIE, "")
    return value if 20 <= len(value) <= 64 else None


class CsrfTokens:
    """Tokens bound to a session by an HMAC with a secret that lives as long as the server."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def token_for(self, session: str) -> str:
        digest = hmac.new(self._secret, session.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def valid(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token_for(session), token)


def same_origin(request: Request) -> bool:
    """False when the browser says the request came from another site.

    Browsers that send `Sec-Fetch-Site` are believed; for others `Origin`, when sent,
    must name this server. Clients that send neither (scripts, curl) still need the
    CSRF token.
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


def host_allowed(host_header: str, allowed: Iterable[str]) -> bool:
    """Whether the request's Host header (port stripped) is one the server answers to."""
    allowed = tuple(allowed)
    if "*" in allowed:
        return True
    host = host_header.strip().lower()
    if host.startswith("["):
        name = host[: host.find("]") + 1] if "]" in host else host
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return name in allowed


def own_styles_csp(html: str) -> str:
    """A policy for one rendered page (the card, a comparison, a diff, a highlighted
    policy): its own inline styles, by hash, and nothing else: no script, no request."""
    blocks = {_sha256(match) for match in _STYLE_BLOCK.findall(html)}
    attributes = {_sha256(match) for match in _STYLE_ATTRIBUTE.findall(html)}
    hashes = " ".join(sorted(blocks | attributes))
    unsafe_hashes = " 'unsafe-hashes'" if attributes else ""
    return (
        f"default-src 'none'; style-src{unsafe_hashes} {hashes}; img-src data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


class SecurityHeaders:
    """ASGI middleware: the common headers on every response, the page CSP unless set,
    and a plain 400 for a Host the server does not answer to."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str]) -> None:
        self.app = app
        self.allowed_hosts = tuple(name.lower() for name in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not host_allowed(Headers(scope=scope).get("host", ""), self.allowed_hosts):
            await _plain(send, 400, b"This server answers to its loopback address only.\n")
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON_HEADERS.items():
                    headers.setdefault(name, value)
                headers.setdefault("content-security-policy", PAGE_CSP)
                headers.setdefault("cache-control", "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLargeError(Exception):
    """The request body passed the limit: nothing of it is used."""


async def read_body_capped(request: Request, max_bytes: int) -> Request:
    """A copy of `request` whose body has been read, at most `max_bytes` of it.

    Raises `BodyTooLargeError` as soon as the declared length or the bytes received
    pass the limit, without reading the rest into memory.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLargeError
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > max_bytes:
            raise BodyTooLargeError
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": bytes(body), "more_body": False}

    return Request(request.scope, replay)


def too_large_message(max_bytes: int) -> str:
    return (
        f"That is more than this page accepts at once ({max_bytes:,} bytes). "
        "Send a smaller file, or run `summarizer label` on it instead."
    )


async def _plain(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode("ascii")),
                *((k.encode(), v.encode()) for k, v in COMMON_HEADERS.items()),
                (b"content-security-policy", PAGE_CSP.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
