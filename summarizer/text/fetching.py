"""Fetch a privacy policy from the web: an http(s) URL in, a `PolicyDocument` out.

The page is read as `loading` reads a file (HTML's visible text, a PDF's text layer, or
plain text and markdown unchanged), with the same size limit; evidence offsets index
that text, and `provenance.source` is the URL asked for, credentials and secret-looking
query values removed (`addresses.display_url`). Environment proxies are honoured.

What a fetch may not do, whatever the server (or the name server) does:
- take longer than `timeout_s` in all (looking the host up, connecting, redirects,
  headers and body together: a server that drips a byte every few seconds, or a DNS
  lookup that hangs, is cut off);
- expand past the size limit (every `Content-Encoding` layer is inflated with a bound);
- reach a loopback, private or link-local address, directly or through a redirect,
  unless `allow_private_network` is set. The host is looked up once, here, and the
  connection is made to an address that lookup gave and that was checked (the Host
  header and TLS name stay the URL's), so a name cannot resolve to a public address for
  the check and a private one for the connection; the peer is checked again after
  connecting. Behind a proxy the proxy connects, so only the lookup is checked.
- wait on one address that does not answer: when the host has several, the next is
  tried a quarter second later while the first is still connecting
  (`happy_eyeballs`, after RFC 8305), and the first to connect is used.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
import urllib.request
from collections.abc import AsyncIterator, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urljoin, urlsplit

from summarizer import __version__
from summarizer.errors import InputError
from summarizer.text.addresses import (
    IpAddress,
    display_url,
    is_private_address,
    refuse_address,
    refuse_private_addresses,
    resolve_host,
)
from summarizer.text.content_encoding import ACCEPT_ENCODING, decode_body, encodings_of
from summarizer.text.happy_eyeballs import Connected, first_to_answer, interleave_families
from summarizer.text.loading import MAX_POLICY_BYTES, PolicyDocument, load_bytes

if TYPE_CHECKING:
    import httpx

FETCH_TIMEOUT_S = 30.0
MAX_REDIRECTS = 10
USER_AGENT = f"summarizer/{__version__} (privacy policy labeller)"
# What a response's media type means for reading it, as a file's extension would.
_SUFFIX_OF_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_T = TypeVar("_T")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def is_url(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def fetch_policy(
    url: str, *, timeout_s: float | None = None, allow_private_network: bool = False
) -> PolicyDocument:
    """GET `url` (following redirects) and read it within `timeout_s` (default
    `FETCH_TIMEOUT_S`) in all. Raises `InputError` in one sentence."""
    import httpx  # only when a policy is fetched: slow to import

    timeout_s = FETCH_TIMEOUT_S if timeout_s is None else timeout_s

    shown = display_url(url)
    fetch = _fetch(url.strip(), shown, timeout_s, allow_private_network)
    try:
        body, suffix, charset = _run(asyncio.wait_for(fetch, timeout_s))
    except (asyncio.TimeoutError, TimeoutError, httpx.TimeoutException) as error:
        raise InputError(f"{shown}: no complete answer within {timeout_s:g}s.") from error
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise InputError(f"{shown} is not a URL that can be fetched.") from error
    except httpx.HTTPError as error:
        raise InputError(f"cannot fetch {shown}: {_reason(error)}.") from error
    return load_bytes(body, shown, suffix, declared_charset=charset)


def _run(coroutine: Coroutine[Any, Any, _T]) -> _T:
    """Run `coroutine` to the end, also when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


async def _fetch(
    url: str, shown: str, timeout_s: float, allow_private: bool
) -> tuple[bytes, str, str | None]:
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}
    async with httpx.AsyncClient(
        follow_redirects=False, timeout=timeout_s, headers=headers
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            async with _get(client, url, allow_private) as response:
                if not allow_private:
                    _refuse_private_peer(url, response)
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    url = urljoin(url, location)
                    shown = display_url(url)
                    continue
                if response.status_code >= 400:
                    raise InputError(f"{shown}: the server answered HTTP {response.status_code}.")
                content_type = response.headers.get("content-type", "")
                media_type = content_type.split(";")[0].strip().lower()
                suffix = _SUFFIX_OF_TYPE.get(media_type, "" if not media_type else None)
                if suffix is None:
                    raise InputError(
                        f"{shown} is {media_type}, not a web page, PDF or text: save the "
                        "policy as .txt, .html or .pdf and label that file."
                    )
                body = await _read_capped(response, shown)
                return body, suffix, _charset_of(content_type)
    raise InputError(f"{shown}: more than {MAX_REDIRECTS} redirects.")


@contextlib.asynccontextmanager
async def _get(
    client: httpx.AsyncClient, url: str, allow_private: bool
) -> AsyncIterator[httpx.Response]:
    """The streamed response to GET `url`, from an address of its host that was looked
    up within the deadline and, unless `allow_private`, found public (the addresses are
    tried as `happy_eyeballs` says: a dead first address costs a quarter second, not
    the deadline)."""
    import httpx

    target = httpx.URL(url)
    host = target.raw_host.decode("ascii")
    if not host:
        raise InputError(f"{display_url(url)} is not a URL that can be fetched (no host).")
    port = target.port or (443 if target.scheme == "https" else 80)
    if _behind_proxy(url):  # the proxy looks the host up and connects
        if not allow_private:
            refuse_private_addresses(url, await _resolve(host, port))
        async with client.stream("GET", target) as response:
            yield response
        return
    addresses = interleave_families(await _resolve(host, port))
    if not allow_private:
        refuse_private_addresses(url, addresses)
    if not addresses:
        raise InputError(f"cannot fetch {display_url(url)}: the host {host} has no address.")
    headers = {"Host": target.netloc.decode("ascii")}

    async def attempt(address: IpAddress, connected: Connected) -> httpx.Response:
        async def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                connected()

        pinned = target.copy_with(host=str(address))
        request = client.build_request(
            "GET", pinned, headers=headers, extensions={"sni_hostname": host, "trace": trace}
        )
        return await client.send(request, stream=True)

    response = await first_to_answer(
        addresses, attempt, retry_on=httpx.ConnectError, discard=_close
    )
    try:
        yield response
    finally:
        await response.aclose()


async def _close(response: httpx.Response) -> None:
    await response.aclose()


async def _resolve(host: str, port: int) -> list[IpAddress]:
    """`host`'s addresses, looked up in a thread of its own: when the deadline cancels
    the wait, a lookup that hangs is left behind (in the event loop's executor, closing
    the loop would wait for it)."""
    found: concurrent.futures.Future[list[IpAddress]] = concurrent.futures.Future()

    def look_up() -> None:
        if not found.set_running_or_notify_cancel():
            return
        try:
            result = list(dict.fromkeys(resolve_host(host, port)))
        except Exception as error:  # handed to the task that waits, which raises it
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                found.set_exception(error)
            return
        with contextlib.suppress(concurrent.futures.InvalidStateError):
            found.set_result(result)

    threading.Thread(target=look_up, name=f"resolve {host}", daemon=True).start()
    return await asyncio.wrap_future(found)


def _behind_proxy(url: str) -> bool:
    """Whether the environment sends `url` through a proxy (as httpx reads it)."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if parts.scheme not in proxies and "all" not in proxies:
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")


def _refuse_private_peer(url: str, response: httpx.Response) -> None:
    """The address actually connected to must be public too. Skipped behind a proxy,
    where the peer is the proxy."""
    if _behind_proxy(url):
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    for address in resolve_host(str(peer[0]), int(peer[1])):
        if is_private_address(address):
            refuse_address(url, address)


async def _read_capped(response: httpx.Response, shown: str) -> bytes:
    codings = encodings_of(response.headers.get("content-encoding", ""))
    raw = bytearray()
    async for piece in response.aiter_raw():
        raw += piece
        if len(raw) > MAX_POLICY_BYTES:
            raise InputError(f"{shown} is over the {MAX_POLICY_BYTES:,}-byte limit.")
    body = bytearray()
    for piece in decode_body([bytes(raw)], codings, limit=MAX_POLICY_BYTES, name=shown):
        body += piece
        if len(body) > MAX_POLICY_BYTES:
            raise InputError(f"{shown} is over the {MAX_POLICY_BYTES:,}-byte limit.")
    return bytes(body)


def _charset_of(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _reason(error: httpx.HTTPError) -> str:
    cause = error.__cause__ or error.__context__
    text = str(cause or error) or type(error).__name__
    return display_url(text.splitlines()[0][:160])
