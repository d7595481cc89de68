"""Fetch a privacy policy from the web: an http(s) URL in, a `PolicyDocument` out.

The page is read as `loading` reads a file (HTML's visible text, or plain text and
markdown unchanged), with the same size limit; evidence offsets index that text,
and `provenance.source` is the URL asked for. Environment proxies are honoured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer import __version__
from summarizer.errors import InputError
from summarizer.text.loading import MAX_POLICY_BYTES, PolicyDocument, load_bytes

if TYPE_CHECKING:
    import httpx

FETCH_TIMEOUT_S = 30.0
USER_AGENT = f"summarizer/{__version__} (privacy policy labeller)"
# What a response's media type means for reading it, as a file's extension would.
_SUFFIX_OF_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
}


def is_url(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def fetch_policy(url: str, *, timeout_s: float = FETCH_TIMEOUT_S) -> PolicyDocument:
    """GET `url` (following redirects) and read it. Raises `InputError` in one sentence."""
    import httpx  # only when a policy is fetched: slow to import

    try:
        with (
            httpx.Client(
                follow_redirects=True, timeout=timeout_s, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {response.status_code}.")
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            suffix = _SUFFIX_OF_TYPE.get(media_type, "" if not media_type else None)
            if suffix is None:
                raise InputError(
                    f"{url} is {media_type}, not a web page or text: save the policy as "
                    ".txt or .html and label that file."
                )
            body = _read_capped(response, url)
    except httpx.TimeoutException as error:
        raise InputError(f"{url}: no answer within {timeout_s:g}s.") from error
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise InputError(f"{url} is not a URL that can be fetched ({error}).") from error
    except httpx.HTTPError as error:
        raise InputError(f"cannot fetch {url}: {_reason(error)}.") from error
    return load_bytes(body, url, suffix)


def _read_capped(response: httpx.Response, url: str) -> bytes:
    body = bytearray()
    for piece in response.iter_bytes():
        body += piece
        if len(body) > MAX_POLICY_BYTES:
            raise InputError(f"{url} is over the {MAX_POLICY_BYTES:,}-byte limit.")
    return bytes(body)


def _reason(error: httpx.HTTPError) -> str:
    cause = error.__cause__ or error.__context__
    text = str(cause or error) or type(error).__name__
    return text.splitlines()[0][:160]
