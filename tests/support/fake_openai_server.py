"""A small OpenAI-compatible chat-completions server on loopback, for tests and benchmarks.

It answers `POST /v1/chat/completions` the way an OpenAI-compatible endpoint does:

- tools mode (the request has `tools`): a tool call whose `arguments` are the reply JSON;
- json_schema / json modes (no `tools`): the reply JSON as the message `content`.

What it replies is decided by `reply(request_json)`, which returns a findings dict
(sent as JSON), a string (sent as-is as the arguments/content, e.g. invalid output),
or a `RawReply` (an exact HTTP response). It reports `usage`, counts requests, can
add a fixed latency, and can inject faults with a given share and seed:

    429 (with Retry-After) · 500 · 503 · 200 with a non-JSON body (text/html) ·
    200 with a broken JSON body (application/json) · a reply slower than the client
    timeout · `finish_reason: "length"` with truncated JSON.

`api_key` (401 for any other key) and `known_models` (404 for any other model) make it
reject like a real endpoint. Everything is bounded: at most `max_requests` requests
are served, a slow reply sleeps at most `slow_s`, and the server stops when its
`with` block (or `stop()`) ends.

    with FakeOpenAIServer(reply=lambda request: {"service_name": "Acme"}) as server:
        client = OpenAI(base_url=server.url, api_key="sk-test")
"""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULT_KINDS: tuple[str, ...] = ("429", "500", "503", "non_json", "bad_json", "slow", "length")


@dataclass(frozen=True)
class RawReply:
    """An exact HTTP response: status, body text, headers."""

    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)


Reply = Callable[[dict[str, Any]], "dict[str, Any] | str | RawReply"]


def empty_findings(request: dict[str, Any]) -> dict[str, Any]:
    """The default reply: a chunk that states nothing."""
    return {}


def request_text(request: dict[str, Any]) -> str:
    """All message text of a request, joined: what a reply function usually inspects."""
    parts: list[str] = []
    for message in request.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(item.get("text", "")) for item in content if isinstance(item, dict))
    return "\n".join(parts)


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _error_body(message: str, kind: str, code: str | None = None) -> str:
    return json.dumps({"error": {"message": message, "type": kind, "code": code, "param": None}})


class FakeOpenAIServer:
    """An OpenAI-compatible chat-completions server on 127.0.0.1 (a free port)."""

    # The request handler; a subclass (fake_batch_server) adds routes through its own.
    handler_class: type[BaseHTTPRequestHandler]

    def __init__(
        self,
        reply: Reply = empty_findings,
        *,
        latency_s: float = 0.0,
        fault_share: float = 0.0,
        fault_kinds: Iterable[str] = FAULT_KINDS,
        seed: int = 0,
        max_consecutive_faults: int | None = None,
        length_fault_below: int | None = None,
        retry_after: str = "0",
        slow_s: float = 1.0,
        api_key: str | None = None,
        echo_key_in_errors: bool = True,
        known_models: Iterable[str] | None = None,
        max_requests: int = 5000,
    ) -> None:
        """
        - `fault_share`: the share of requests that get a fault (drawn from `seed`).
        - `max_consecutive_faults`: at most this many faults in a row for the same
          conversation (same messages), so a bounded retry is sure to get through.
        - `length_fault_below`: a `length` fault only hits requests whose `max_tokens`
          is below this (a bigger budget would have fitted the reply).
        - `retry_after`: the Retry-After header sent with a 429.
        - `echo_key_in_errors`: a 401 body repeats the key it was given, as a careless
          server might; the client must still never show it.
        """
        kinds = tuple(fault_kinds)
        unknown = set(kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        self.reply = reply
        self.latency_s = latency_s
        self.fault_share = fault_share
        self.fault_kinds = kinds
        self.max_consecutive_faults = max_consecutive_faults
        self.length_fault_below = length_fault_below
        self.retry_after = retry_after
        self.slow_s = slow_s
        self.api_key = api_key
        self.echo_key_in_errors = echo_key_in_errors
        self.known_models = set(known_models) if known_models is not None else None
        self.max_requests = max_requests

        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str] = []
        self.faults: Counter[str] = Counter()
        self.usage: list[tuple[int, int]] = []
        self._rng = random.Random(seed)
        self._streaks: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------

    def start(self) -> FakeOpenAIServer:
        handler = type("_Handler", (self.handler_class,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the fake server is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give an OpenAI client (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    # -- request handling ----------------------------------------------------------

    def _record(self, request: dict[str, Any], authorization: str) -> int:
        with self._lock:
            self.requests.append(request)
            self.authorizations.append(authorization)
            return len(self.requests)

    def _choose_fault(self, request: dict[str, Any]) -> str | None:
        conversation = hashlib.sha256(
            json.dumps(request.get("messages"), sort_keys=True).encode()
        ).hexdigest()
        kinds = list(self.fault_kinds)
        max_tokens = request.get("max_tokens") or request.get("max_completion_tokens")
        if self.length_fault_below is not None and (max_tokens or 0) >= self.length_fault_below:
            kinds = [kind for kind in kinds if kind != "length"]
        with self._lock:
            hit = self._rng.random() < self.fault_share
            kind = self._rng.choice(kinds) if kinds else None
            streak_full = (
                self.max_consecutive_faults is not None
                and self._streaks[conversation] >= self.max_consecutive_faults
            )
            if not hit or kind is None or streak_full:
                self._streaks[conversation] = 0
                return None
            self._streaks[conversation] += 1
            self.faults[kind] += 1
            return kind

    def respond(self, request: dict[str, Any], authorization: str) -> RawReply | None:
        """The HTTP reply to one chat-completions request (None = drop the connection)."""
        number = self._record(request, authorization)
        if number > self.max_requests:
            return RawReply(
                500, _error_body("fake server request budget exhausted", "server_error")
            )
        if self.latency_s:
            time.sleep(self.latency_s)
        if self.api_key is not None and authorization != f"Bearer {self.api_key}":
            given = authorization.removeprefix("Bearer ")
            shown = given if self.echo_key_in_errors else "sk-...."
            return RawReply(
                401,
                _error_body(
                    f"Incorrect API key provided: {shown}.",
                    "invalid_request_error",
                    "invalid_api_key",
                ),
            )
        model = str(request.get("model"))
        if self.known_models is not None and model not in self.known_models:
            return RawReply(
                404,
                _error_body(
                    f"The model `{model}` does not exist or you do not have access to it.",
                    "invalid_request_error",
                    "model_not_found",
                ),
            )
        fault = self._choose_fault(request)
        if fault == "429":
            return RawReply(
                429,
                _error_body("Rate limit reached, slow down.", "requests", "rate_limit_exceeded"),
                {"Retry-After": self.retry_after},
            )
        if fault in ("500", "503"):
            return RawReply(int(fault), _error_body("The server had an error.", "server_error"))
        if fault == "non_json":
            return RawReply(
                200, "<html><body>502 Bad Gateway</body></html>", {"Content-Type": "text/html"}
            )
        if fault == "bad_json":
            return RawReply(200, '{"id": "chatcmpl-broken", "choices": [')
        if fault == "slow":
            time.sleep(self.slow_s)

        answer = self.reply(request)
        if isinstance(answer, RawReply):
            return answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        finish_reason = "tool_calls" if request.get("tools") else "stop"
        if fault == "length":
            text = text[: max(1, len(text) // 2)]
            finish_reason = "length"
        return RawReply(200, json.dumps(self._completion(request, text, finish_reason)))

    def _completion(self, request: dict[str, Any], text: str, finish_reason: str) -> dict[str, Any]:
        prompt_tokens = _tokens(json.dumps(request.get("messages", [])))
        completion_tokens = _tokens(text)
        with self._lock:
            self.usage.append((prompt_tokens, completion_tokens))
        message: dict[str, Any] = {"role": "assistant", "content": None}
        tools = request.get("tools")
        if tools:
            choice = request.get("tool_choice")
            name = (
                choice["function"]["name"]
                if isinstance(choice, dict) and "function" in choice
                else tools[0]["function"]["name"]
            )
            message["tool_calls"] = [
                {
                    "id": f"call_{len(self.usage)}",
                    "type": "function",
                    "function": {"name": name, "arguments": text},
                }
            ]
        else:
            message["content"] = text
        return {
            "id": f"chatcmpl-fake-{len(self.usage)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(request.get("model")),
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAIServer
    server_version = "FakeOpenAI/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(RawReply(404, _error_body(f"no route {self.path}", "invalid_request_error")))
            return
        try:
            request = json.loads(body or b"{}")
        except json.JSONDecodeError:
            self._send(
                RawReply(400, _error_body("request body is not JSON", "invalid_request_error"))
            )
            return
        reply = self.fake.respond(request, self.headers.get("Authorization", ""))
        if reply is not None:
            self._send(reply)

    def _send(self, reply: RawReply) -> None:
        data = reply.body.encode()
        headers = {"Content-Type": "application/json", **reply.headers}
        try:
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. timed out) before the reply was ready


FakeOpenAIServer.handler_class = _Handler
