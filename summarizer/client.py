"""The LLM extractor: one chunk in, validated `ChunkFindings` out, through any
OpenAI-compatible chat-completions endpoint (OpenAI, llama.cpp's server, vLLM, ...).

This is the only module that imports `openai` and `instructor`.

One retry layer per failure kind, so that they never multiply into each other:

1. Transport (tenacity, in this module), per HTTP request: 408/409/429/5xx,
   timeouts, connection errors and a 200 whose body is not a JSON chat completion
   are retried with exponential backoff and full jitter (a 429's `Retry-After` is
   honoured, capped), at most `settings.transport_retries + 1` attempts. The OpenAI
   clients are built with `max_retries=0`. A request that still fails becomes a
   `SummarizerError` that instructor passes through without retrying it.
2. Invalid output (re-ask): a reply that fails `ChunkFindings` validation is sent
   back with the error, at most `settings.reasks` times. instructor's mode handlers
   (tools, json_schema, json) shape the request, parse the reply and word the re-ask;
   the loop around them is ours (see `_Structured`).
3. Output cut off at `max_tokens` (`finish_reason == "length"`): the chunk is asked
   once more with twice the budget; cut off again, it fails with
   `ChunkFailedError("output cut off at max_tokens")`. Findings are never built from
   cut-off JSON, so `ExtractionResult.truncated` is always False here.

So a chunk makes at most 2 x (reasks + 1) x (transport_retries + 1) requests.

Errors: a rejected key (401/403), an unknown model (404) or an endpoint that cannot
be reached after every retry raise `EndpointError` (the run stops); anything else
that exhausts its retries raises `ChunkFailedError` with a short reason (the label
goes on without that chunk). No message, log line or `describe()` value contains the
API key: messages are built here from status codes, never from response bodies,
and whatever text comes from the server is redacted.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
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
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import instructor
import openai
from instructor.core import IncompleteOutputException, ResponseParsingError
from instructor.v2 import Provider, mode_registry
from openai.types.chat import ChatCompletion
from pydantic import ValidationError
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

from summarizer.chunking import Chunk
from summarizer.errors import ChunkFailedError, EndpointError, SummarizerError
from summarizer.extractor import ExtractionResult, Extractor
from summarizer.findings import ChunkFindings
from summarizer.prompts import prompt_version, render_extraction_messages
from summarizer.settings import ModeName, Settings

log = logging.getLogger(__name__)
# instructor logs every failed call at ERROR; with no logging configured Python would
# print those to stderr. Our own retry log (INFO) says what happened instead.
logging.getLogger("instructor").addHandler(logging.NullHandler())

OPENAI_ENDPOINT = "https://api.openai.com/v1"
COMPLETIONS = "/chat/completions"
CUT_OFF = "output cut off at max_tokens"
LENGTH_GROWTH = 2
_MODES: dict[ModeName, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}
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


_UNREADABLE = (ValidationError, json.JSONDecodeError, ResponseParsingError)


class _CutOff(Exception):
    """The reply stopped at `max_tokens` (`finish_reason == "length"`)."""


class _Structured:
    """`ChunkFindings` through one of instructor's OpenAI mode handlers, prepared once.

    `instructor.patch` re-checks and re-wraps the response model on every request
    (about half the client's CPU per call, which capped concurrency on one event loop);
    here the handler prepares the model and the request's tool or response-format part
    once, and each request only adds its messages.
    """

    def __init__(self, mode: instructor.Mode) -> None:
        self.mode = mode
        self._handlers = mode_registry.get_handlers(Provider.OPENAI, mode)
        self._model, extras = self._handlers.request_handler(
            response_model=ChunkFindings, kwargs={"messages": []}
        )
        extras.pop("messages")
        self._extras = extras

    def request(self, **params: Any) -> dict[str, Any]:
        if self.mode is instructor.Mode.JSON:  # its handler writes the schema into the messages
            return self._handlers.request_handler(response_model=self._model, kwargs=params)[1]
        return {**params, **self._extras}

    def parse(self, completion: ChatCompletion) -> ChunkFindings:
        """The findings in `completion`; raises `_CutOff` or one of `_UNREADABLE`."""
        try:
            parsed = self._handlers.response_parser(
                response=completion,
                response_model=self._model,
                validation_context=None,
                strict=False,
                stream=False,
                is_async=False,
            )
        except IncompleteOutputException:
            raise _CutOff from None
        # A plain copy: the handler's model is instructor's wrapper class with the raw reply on it.
        return ChunkFindings.model_validate(parsed.model_dump())

    def reask(
        self, request: dict[str, Any], completion: ChatCompletion, error: Exception
    ) -> dict[str, Any]:
        """`request` with the reply and what was wrong with it appended."""
        request = {**request, "messages": list(request["messages"])}
        return self._handlers.reask_handler(kwargs=request, response=completion, exception=error)


@functools.cache
def _structured(mode: instructor.Mode) -> _Structured:
    return _Structured(mode)


class _Conversation:
    """One chunk at one output budget: the request to send, and its re-asks."""

    def __init__(self, structured: _Structured, request: dict[str, Any], reasks: int) -> None:
        self.request = request
        self._structured = structured
        self._reasks = reasks
        self._replies = 0

    def read(self, completion: ChatCompletion) -> ChunkFindings | None:
        """The findings in `completion`, or None when `request` now asks again.

        Raises `_CutOff`, or `ChunkFailedError` when the re-asks are spent or the
        reply cannot be used at all.
        """
        self._replies += 1
        failure: str | None = None
        try:
            return self._structured.parse(completion)
        except _UNREADABLE as error:
            problem: Exception = error
        except AssertionError:  # instructor's word for a refusal (`message.refusal`)
            failure = "the model refused to answer"
        except _CutOff:
            raise
        except Exception as error:  # a reply no handler expected must not end the run
            failure = f"the reply could not be read ({type(error).__name__})"
        if failure is not None:
            raise ChunkFailedError(failure)
        if self._replies > self._reasks:
            raise ChunkFailedError(f"output failed validation after {self._replies} attempts")
        self.request = self._structured.reask(self.request, completion, problem)
        return None


class _MalformedReply(Exception):
    """A 200 whose body is not a JSON chat completion (a proxy's error page, cut-off JSON)."""


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, (openai.APIConnectionError, _MalformedReply)):  # includes timeouts
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
class _Tally:
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
            raise _MalformedReply("HTTP 200 with a body that is not JSON") from error

    def accept(self, completion: object) -> ChatCompletion:
        self.requests += 1
        if not isinstance(completion, ChatCompletion) or not completion.choices:
            raise _MalformedReply("HTTP 200 with a body that is not a chat completion")
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


class LLMExtractor:
    """Reads a chunk with an LLM behind an OpenAI-compatible endpoint (the `Extractor` protocol)."""

    engine = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        system_in_user: bool | None = None,
        examples: bool = True,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 20.0,
        retry_after_cap_s: float = 60.0,
        candidates_from: Extractor | None = None,
    ) -> None:
        """
        - `candidates_from`: an offline extractor (the rules engine) whose findings for
          each chunk are sent along for the model to confirm, correct and complete;
          the engine is then called "hybrid".
        - `system_in_user`: put the instructions in the user message (for chat templates
          without a system role). None (the default) = only for Gemma models.
        - `examples`: include the few-shot examples of `prompts/examples.json`.
        - `backoff_base_s`, `backoff_cap_s`: the transport retry wait is uniform in
          [0, min(cap, base x 2^(attempt-1))]. `retry_after_cap_s` caps a server's
          Retry-After.
        """
        self.settings = settings
        self.model = settings.effective_model
        self.base_url = settings.base_url or OPENAI_ENDPOINT
        self.endpoint = public_endpoint(self.base_url)
        self.mode = _MODES[settings.mode]
        self._structured = _structured(self.mode)
        self.system_in_user = (
            "gemma" in self.model.lower() if system_in_user is None else system_in_user
        )
        self.examples = examples
        self.candidates_from = candidates_from
        self.engine = "llm" if candidates_from is None else "hybrid"
        self._backoff = wait_random_exponential(multiplier=backoff_base_s, max=backoff_cap_s)
        self._retry_after_cap_s = retry_after_cap_s
        self._api_key = settings.api_key or "no-key"
        self._client: openai.OpenAI | None = None  # built on first use (it loads TLS roots)
        self._client_lock = threading.Lock()
        self._async_clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, openai.AsyncOpenAI
        ] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"LLMExtractor(model={self.model!r}, endpoint={self.endpoint!r})"

    def describe(self) -> dict[str, str | None]:
        """Provenance and cache-key parts: no credentials, and no URL user info or query."""
        return {
            "model": self.model,
            "endpoint": self.endpoint,
            "mode": self.settings.mode,
            "prompt_version": prompt_version(),
            "temperature": str(self.settings.temperature),
            "max_tokens": str(self.settings.max_tokens),
            "prompt_layout": "user" if self.system_in_user else "system",
            "examples": "yes" if self.examples else "no",
            "candidates": None
            if self.candidates_from is None
            else f"{self.candidates_from.engine}:{self.candidates_from.describe().get('prompt_version')}",
        }

    # -- extraction ------------------------------------------------------------------

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        tally = _Tally()
        send = self._sync_transport(tally)
        candidates = self._candidates(chunk, policy_text)
        try:
            for max_tokens in self._token_budgets():
                conversation = self._conversation(chunk, candidates, max_tokens)
                try:
                    while (findings := conversation.read(send(conversation.request))) is None:
                        pass
                except _CutOff:
                    continue
                return tally.result(findings)
            raise ChunkFailedError(CUT_OFF)
        except SummarizerError as error:
            raise tally.charge(error) from None

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        tally = _Tally()
        send = self._async_transport(tally)
        candidates = self._candidates(chunk, policy_text)
        try:
            for max_tokens in self._token_budgets():
                conversation = self._conversation(chunk, candidates, max_tokens)
                try:
                    while (findings := conversation.read(await send(conversation.request))) is None:
                        pass
                except _CutOff:
                    continue
                return tally.result(findings)
            raise ChunkFailedError(CUT_OFF)
        except SummarizerError as error:
            raise tally.charge(error) from None

    def _token_budgets(self) -> tuple[int, int]:
        return (self.settings.max_tokens, self.settings.max_tokens * LENGTH_GROWTH)

    def _candidates(self, chunk: Chunk, policy_text: str) -> str | None:
        if self.candidates_from is None:
            return None
        findings = self.candidates_from.extract(chunk, policy_text).findings
        return findings.model_dump_json(exclude_defaults=True)

    def _conversation(self, chunk: Chunk, candidates: str | None, max_tokens: int) -> _Conversation:
        request = self._structured.request(
            model=self.model,
            messages=render_extraction_messages(
                chunk.text,
                chunk.heading_path,
                system_in_user=self.system_in_user,
                examples=self.examples,
                candidates=candidates,
            ),
            temperature=self.settings.temperature,
            max_tokens=max_tokens,
        )
        return _Conversation(self._structured, request, self.settings.reasks)

    # -- transport -------------------------------------------------------------------

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
            self._redact(_short(error)) if error is not None else "failure",
            state.attempt_number,
            self.settings.transport_retries,
            wait,
        )

    # Requests go through the client's `post` rather than `chat.completions.create`: the
    # body is already plain JSON, and `create` walks it against its TypedDicts on every
    # call (a fifth of the client's CPU per call, mostly in the tool schema).

    def _sync_transport(self, tally: _Tally) -> Callable[[dict[str, Any]], ChatCompletion]:
        post = self._sync_client().post

        def create(body: dict[str, Any]) -> ChatCompletion:
            def once() -> ChatCompletion:
                with tally.attempt():
                    return tally.accept(post(COMPLETIONS, body=body, cast_to=ChatCompletion))

            retrying = Retrying(**self._retry_options())
            try:
                return retrying(once)
            except (openai.APIError, _MalformedReply) as error:
                failure = self._failure(error, retrying.statistics)
            raise failure  # outside the except block: the raw error (its body) is not chained

        return create

    def _async_transport(
        self, tally: _Tally
    ) -> Callable[[dict[str, Any]], Awaitable[ChatCompletion]]:
        post = self._async_client().post

        async def create(body: dict[str, Any]) -> ChatCompletion:
            async def once() -> ChatCompletion:
                with tally.attempt():
                    return tally.accept(await post(COMPLETIONS, body=body, cast_to=ChatCompletion))

            retrying = AsyncRetrying(**self._retry_options())
            try:
                return await retrying(once)
            except (openai.APIError, _MalformedReply) as error:
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
            return EndpointError(f"model '{self.model}' not found at {self.endpoint}")
        if isinstance(error, openai.APITimeoutError):
            return ChunkFailedError(f"no reply within {self.settings.timeout_s:g}s {tries}")
        if isinstance(error, openai.APIConnectionError):
            reason = self._redact(str(error.__cause__ or error))[:160]
            return EndpointError(f"cannot reach {self.endpoint}: {reason}")
        if isinstance(error, openai.APIStatusError) and not _is_transient(error):
            message = self._redact(_server_message(error))[:200]
            if self._refuses_mode(error.status_code, message):
                return EndpointError(
                    f"the endpoint does not accept structured output by {self.settings.mode} "
                    f"(HTTP {error.status_code}: {message}); try "
                    + " or ".join(
                        f"--mode {other}" for other in _MODES if other != self.settings.mode
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

    def _redact(self, text: str) -> str:
        secret = self.settings.api_key
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
        return text
