"""The benchmarks' LLM endpoint: `tests/support/fake_openai_server.py` in a separate process.

Why a separate process: the benchmark measures the client's CPU time per call with
`time.process_time()`, which must not include the server's work.

What differs from the test server's defaults:

- `usage.prompt_tokens` counts what a real endpoint bills for: the text of every
  message plus the JSON of `tools`/`tool_choice`/`response_format`, at one token per
  4 characters (chars/4, the same estimate `summarizer.text.chunking` uses), plus 4 tokens
  per message for the chat template. The test server counts the JSON-escaped
  messages only and leaves the tool schema out.
- The reply is a small but real `ChunkFindings` built from the chunk: up to three
  sentences of the section, quoted verbatim (what is collected, shared, kept), so
  that parsing, grounding and merging do real work. It is not meant to be right.
- The listen backlog is 128 instead of socketserver's 5: 32 clients connecting at
  once would otherwise overflow it, and Linux retries a dropped SYN after 1 s, which
  would be charged to the client.

Control protocol (parent to child, one line on stdin): `count` answers the number of
requests served, `cpu` the server's own CPU seconds; end of stdin stops the server.
A server also stops by itself after `--max-seconds`.

    with StubServer(latency_s=1.0) as stub:
        settings = Settings(base_url=stub.url, api_key="sk-bench", model="bench-model")
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SECTION = re.compile(r"<policy_section[^>]*>\n(.*?)\n</policy_section>", re.DOTALL)
SENTENCE = re.compile(r"[^.!?\n]{12,400}[.!?]")
MESSAGE_OVERHEAD_TOKENS = 4


def prompt_tokens(request: dict[str, Any]) -> int:
    """Tokens a request's prompt costs: message text, and the tool/format schema JSON."""
    chars = 0
    messages = request.get("messages", [])
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            chars += len(content)
        elif isinstance(content, list):
            chars += sum(len(str(part.get("text", ""))) for part in content)
    for key in ("tools", "tool_choice", "response_format"):
        if key in request:
            chars += len(json.dumps(request[key], separators=(",", ":")))
    return -(-chars // 4) + MESSAGE_OVERHEAD_TOKENS * len(messages)


def findings_for(request: dict[str, Any]) -> dict[str, Any]:
    """A plausible reply for the request's chunk: a few verbatim sentences, labelled."""
    user = next(
        (m["content"] for m in reversed(request.get("messages", [])) if m.get("role") == "user"),
        "",
    )
    found = SECTION.findall(user if isinstance(user, str) else "")
    chunk = found[-1] if found else ""
    reply: dict[str, Any] = {}
    for sentence in SENTENCE.findall(chunk):
        quote = sentence.strip()
        lower = quote.lower()
        if "collect" in lower and "data_collected" not in reply:
            reply["data_collected"] = [
                {"category": "identifiers", "sources": ["user_provided"], "quote": quote}
            ]
        elif ("share" in lower or "disclose" in lower) and "sharing" not in reply:
            reply["sharing"] = [{"recipient": "service_providers", "quote": quote}]
        elif ("keep" in lower or "deleted after" in lower) and "answers" not in reply:
            reply["answers"] = [{"question": "retention_stated", "answer": "yes", "quote": quote}]
    return reply


def _serve(latency_s: float, max_seconds: float, max_requests: int) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    from fake_openai_server import FakeOpenAIServer

    class BillingServer(FakeOpenAIServer):
        def _completion(
            self, request: dict[str, Any], text: str, finish_reason: str
        ) -> dict[str, Any]:
            completion = super()._completion(request, text, finish_reason)
            usage = completion["usage"]
            usage["prompt_tokens"] = prompt_tokens(request)
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            return completion

    ThreadingHTTPServer.request_queue_size = 128
    server = BillingServer(reply=findings_for, latency_s=latency_s, max_requests=max_requests)
    server.start()
    print(server.url, flush=True)

    def give_up() -> None:  # the parent forgot us: stop anyway
        server.stop()
        os._exit(0)

    deadline = threading.Timer(max_seconds, give_up)
    deadline.daemon = True
    deadline.start()
    try:
        for line in sys.stdin:
            command = line.strip()
            if command == "count":
                print(server.request_count, flush=True)
            elif command == "cpu":
                print(f"{time.process_time():.6f}", flush=True)
    finally:
        deadline.cancel()
        server.stop()


class StubServer:
    """Runs the stub endpoint in a child process for the length of a `with` block."""

    def __init__(
        self, *, latency_s: float = 0.0, max_seconds: float = 3600, max_requests: int = 50_000
    ) -> None:
        self.latency_s = latency_s
        self.max_seconds = max_seconds
        self.max_requests = max_requests
        self._process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> StubServer:
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--latency",
            str(self.latency_s),
            "--max-seconds",
            str(self.max_seconds),
            "--max-requests",
            str(self.max_requests),
        ]
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.__exit__(None, None, None)
            raise RuntimeError(f"the stub server did not start (said {self.url!r})")
        return self

    def _ask(self, command: str) -> str:
        assert self._process is not None and self._process.stdin and self._process.stdout
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        return self._process.stdout.readline().strip()

    def request_count(self) -> int:
        """Requests the server has received so far."""
        return int(self._ask("count"))

    def cpu_s(self) -> float:
        """The server process's own CPU time so far."""
        return float(self._ask("cpu"))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the benchmark's stub LLM endpoint.")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per request")
    parser.add_argument("--max-seconds", type=float, default=3600.0)
    parser.add_argument("--max-requests", type=int, default=50_000)
    args = parser.parse_args()
    _serve(args.latency, args.max_seconds, args.max_requests)


if __name__ == "__main__":
    main()
