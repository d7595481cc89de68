"""HTTP to an OpenAI-compatible endpoint: requests, transport retries, error mapping,
and what each chunk's requests cost.

Requests are retried (tenacity) per HTTP request: 408/409/429/5xx, timeouts,
connection errors and a 200 whose body is not a JSON chat completion, with
exponential backoff and full jitter (a 429's `Retry-After` honoured, capped), at
most `settings.transport_retries + 1` attempts; a refused connection is retried
once. The OpenAI SDK clients are built with `max_retries=0`, and a loopback
endpoint is reached without the environment's proxies.

A request that still fails becomes a `SummarizerError`: a rejected key (401/403),
an unknown model (404), an unreachable endpoint, or a 400 refusing the structured-
output mode are `EndpointError` (the run stops); anything else is `ChunkFailedError`
(the label goes on without that chunk). Messages are built from status codes and the
server's own message, with the API key redacted.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import json
import logging
import threading
import time
import urllib.parse
import weakref
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import urlsplit, urlunsplit

import openai
from openai.types.chat import ChatCompletion
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_any,
    wait_random_exponential,
)
from tenacity.stop import stop_base

from summarizer.engines.base import ExtractionResult
from summarizer.errors import ChunkFailedError, EndpointError, SummarizerError
from summarizer.label.findings import ChunkFindings
from summarizer.settings import ModeName, Settings, redact_key

log = logging.getLogger("summarizer.engines.llm")

OPENAI_ENDPOINT = "https://api.openai.com/v1"
COMPLETIONS = "/chat/completions"
_RETRYABLE_STATUS = frozenset({408, 409, 429})
# How a server names the part of the request that a mode adds, in its error message.
_MODE_PARAMETERS: dict[ModeName, tuple[str, ...]] = {
    "tools": ("tool", "function"),
    "json_schema": ("response_format", "json_schema", "structured output"),
    "json": ("response_format", "json_object", "json mode"),
}
_TOO_LONG = ("context", "too long", "token")


def public_endpoint(url: str) -> str:
    """`url` without user info, query or fragment: safe to print and to record."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


class MalformedReply(Exception):
    """A 200 whose body is not a JSON chat completion (a proxy's error page, cut-off JSON)."""


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, (openai.APIConnectionError, MalformedReply)):  # includes timeouts
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in _RETRYABLE_STATUS or error.status_code >= 500
    return False


CONNECT_ATTEMPTS = 2
# The HTTP library's timeouts (httpx or httpx2) raised before a request was sent.
_UNSENT_TIMEOUTS = frozenset({"ConnectTimeout", "PoolTimeout"})


class _StopWhenRefused(stop_base):
    """A refused connection or an unknown host is retried once, not with full backoff:
    it is almost always a wrong --base-url or a server that is not running."""

    def __call__(self, state: RetryCallState) -> bool:
        return _refused_enough(state)


def _refused_enough(state: RetryCallState) -> bool:
    error = state.outcome.exception() if state.outcome is not None else None
    # The cause is the HTTP library's ConnectError (httpx or httpx2, by openai version).
    refused = (
        isinstance(error, openai.APIConnectionError)
        and not isinstance(error, openai.APITimeoutError)
        and type(error.__cause__).__name__ == "ConnectError"
    )
    return refused and state.attempt_number >= CONNECT_ATTEMPTS


def _retry_after(error: BaseException) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After` seconds or date)."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if not value:
            continue
        try:
            return max(0.0, float(value) / scale)
        except ValueError:
            pass
        try:
            date = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            continue
        return max(0.0, date.timestamp() - time.time())
    return None


def _server_message(error: openai.APIStatusError) -> str:
    """The server's own words: the `message` of an OpenAI-style error body if it has one."""
    body = error.body
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"]
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return body["message"]
    return str(error.message)


def _short(error: BaseException) -> str:
    """A few words naming a failure, with nothing from the response body."""
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}"
    if isinstance(error, openai.APITimeoutError):
        return "timeout"
    if isinstance(error, openai.APIConnectionError):
        return "connection error"
    return str(error)


@dataclass
class Tally:
    """What one chunk's requests cost: requests that reached the server, and tokens."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @contextmanager
    def attempt(self) -> Iterator[None]:
        try:
            yield
        except openai.APIStatusError:
            self.requests += 1  # the server got it and said no
            raise
        except openai.APITimeoutError as error:
            # A read timeout reached the server (it was too slow); a connect or pool
            # timeout never left this machine.
            if type(error.__cause__).__name__ not in _UNSENT_TIMEOUTS:
                self.requests += 1
            raise
        except json.JSONDecodeError as error:
            self.requests += 1
            raise MalformedReply("HTTP 200 with a body that is not JSON") from error

    def accept(self, completion: object) -> ChatCompletion:
        self.requests += 1
        if not isinstance(completion, ChatCompletion) or not completion.choices:
            raise MalformedReply("HTTP 200 with a body that is not a chat completion")
        if completion.usage is not None:
            self.prompt_tokens += completion.usage.prompt_tokens or 0
            self.completion_tokens += completion.usage.completion_tokens or 0
        return completion

    def charge(self, error: SummarizerError) -> SummarizerError:
        """`error`, carrying what this chunk's requests cost if it fails the chunk."""
        if isinstance(error, ChunkFailedError):
            error.calls = self.requests
            error.prompt_tokens = self.prompt_tokens
            error.completion_tokens = self.completion_tokens
        return error

    def result(self, findings: ChunkFindings) -> ExtractionResult:
        return ExtractionResult(
            findings=findings,
            calls=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
        )


class Transport:
    """Requests to one endpoint with retries; the SDK clients are built on first use
    (one per event loop for async, since an async HTTP client is bound to its loop)."""

    def __init__(
        self,
        settings: Settings,
        *,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 20.0,
        retry_after_cap_s: float = 60.0,
    ) -> None:
        """The retry wait is uniform in [0, min(cap, base x 2^(attempt-1))];
        `retry_after_cap_s` caps a server's Retry-After."""
        self.settings = settings
        self.base_url = settings.base_url or OPENAI_ENDPOINT
        self.endpoint = public_endpoint(self.base_url)
        self._backoff = wait_random_exponential(multiplier=backoff_base_s, max=backoff_cap_s)
        self._retry_after_cap_s = retry_after_cap_s
        self._api_key = settings.api_key or "no-key"
        self._client: openai.OpenAI | None = None  # built on first use (it loads TLS roots)
        self._client_lock = threading.Lock()
        self._async_clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, openai.AsyncOpenAI
        ] = weakref.WeakKeyDictionary()

    def _client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "api_key": self._api_key,
            "timeout": self.settings.timeout_s,
            "max_retries": 0,
        }

    def _is_loopback(self) -> bool:
        """A server on this machine (Ollama, llama.cpp, a test stub) must not be reached
        through HTTP(S)_PROXY from the environment, which httpx would otherwise honour."""
        host = urllib.parse.urlsplit(self.base_url).hostname or ""
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False

    def _sync_client(self) -> openai.OpenAI:
        with self._client_lock:
            if self._client is None:
                options = self._client_options()
                if self._is_loopback():
                    options["http_client"] = openai.DefaultHttpxClient(trust_env=False)
                self._client = openai.OpenAI(**options)
            return self._client

    def _async_client(self) -> openai.AsyncOpenAI:
        # An async HTTP client is bound to the event loop it first ran on.
        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            options = self._client_options()
            if self._is_loopback():
                options["http_client"] = openai.DefaultAsyncHttpxClient(trust_env=False)
            client = self._async_clients[loop] = openai.AsyncOpenAI(**options)
        return client

    def sdk_client(self) -> openai.OpenAI:
        """The blocking SDK client (no SDK retries), for requests beyond chat completions
        such as the Batch API's files and batches."""
        return self._sync_client()

    def retrying(self) -> Retrying:
        """This transport's retry policy, for one request made with `sdk_client()`."""
        return Retrying(**self._retry_options())

    def _retry_options(self) -> dict[str, Any]:
        return {
            "stop": stop_any(
                stop_after_attempt(self.settings.transport_retries + 1), _StopWhenRefused()
            ),
            "retry": retry_if_exception(_is_transient),
            "wait": self._wait,
            "before_sleep": self._log_retry,
            "reraise": True,
        }

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome is not None else None
        asked = _retry_after(error) if error is not None else None
        if asked is not None:
            return min(asked, self._retry_after_cap_s)
        return float(self._backoff(state))

    def _log_retry(self, state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome is not None else None
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        log.info(
            "%s: %s; retry %d of %d in %.2fs",
            self.endpoint,
            self.redact(_short(error)) if error is not None else "failure",
            state.attempt_number,
            self.settings.transport_retries,
            wait,
        )

    # Requests go through the client's `post` rather than `chat.completions.create`: the
    # body is already plain JSON, and `create` walks it against its TypedDicts on every
    # call (a fifth of the client's CPU per call, mostly in the tool schema).

    def sender(self, tally: Tally) -> Callable[[dict[str, Any]], ChatCompletion]:
        post = self._sync_client().post

        def create(body: dict[str, Any]) -> ChatCompletion:
            def once() -> ChatCompletion:
                with tally.attempt():
                    return tally.accept(post(COMPLETIONS, body=body, cast_to=ChatCompletion))

            retrying = Retrying(**self._retry_options())
            try:
                return retrying(once)
            except (openai.APIError, MalformedReply) as error:
                failure = self._failure(error, retrying.statistics)
            raise failure  # outside the except block: the raw error (its body) is not chained

        return create

    def async_sender(self, tally: Tally) -> Callable[[dict[str, Any]], Awaitable[ChatCompletion]]:
        post = self._async_client().post

        async def create(body: dict[str, Any]) -> ChatCompletion:
            async def once() -> ChatCompletion:
                with tally.attempt():
                    return tally.accept(await post(COMPLETIONS, body=body, cast_to=ChatCompletion))

            retrying = AsyncRetrying(**self._retry_options())
            try:
                return await retrying(once)
            except (openai.APIError, MalformedReply) as error:
                failure = self._failure(error, retrying.statistics)
            raise failure  # outside the except block: the raw error (its body) is not chained

        return create

    def _failure(self, error: BaseException, statistics: dict[str, Any]) -> SummarizerError:
        """The error a request that failed for good turns into."""
        attempts = int(statistics.get("attempt_number", 1))
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(error, (openai.AuthenticationError, openai.PermissionDeniedError)):
            hint = "" if self.settings.api_key else "; no API key was given (set OPENAI_API_KEY)"
            return EndpointError(f"the endpoint rejected the API key ({error.status_code}){hint}")
        if isinstance(error, openai.NotFoundError):
            return EndpointError(
                f"model '{self.settings.effective_model}' not found at {self.endpoint}"
            )
        if isinstance(error, openai.APITimeoutError):
            return ChunkFailedError(f"no reply within {self.settings.timeout_s:g}s {tries}")
        if isinstance(error, openai.APIConnectionError):
            reason = self.redact(str(error.__cause__ or error))[:160]
            return EndpointError(f"cannot reach {self.endpoint}: {reason}")
        if isinstance(error, openai.APIStatusError) and not _is_transient(error):
            message = self.redact(_server_message(error))[:200]
            if self._refuses_mode(error.status_code, message):
                return EndpointError(
                    f"the endpoint does not accept structured output by {self.settings.mode} "
                    f"(HTTP {error.status_code}: {message}); try "
                    + " or ".join(
                        f"--mode {other}"
                        for other in get_args(ModeName)
                        if other != self.settings.mode
                    )
                )
            return ChunkFailedError(f"HTTP {error.status_code}: {message}")
        return ChunkFailedError(f"{_short(error)} {tries}")

    def _refuses_mode(self, status: int, message: str) -> bool:
        """A 400 that names the request part carrying the mode (`tools`, `response_format`):
        every chunk would get the same answer, so the run stops at the first one."""
        if status not in (400, 422):
            return False
        message = message.lower()
        if any(word in message for word in _TOO_LONG):  # "... 900 in the functions"
            return False
        return any(word in message for word in _MODE_PARAMETERS[self.settings.mode])

    def redact(self, text: str) -> str:
        """`text` with the API key removed in every spelling (raw, URL-encoded, base64)."""
        return redact_key(text, self.settings.api_key)
