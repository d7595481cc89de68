"""Helpers for the web page tests: a browser-like session on the test client, a gated
extractor for progress and cancel, policies with many parts. Needs the web extra:
import it after `pytest.importorskip("starlette")`."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.testclient import TestClient

from summarizer.engines.base import ExtractionResult
from summarizer.label.findings import ChunkFindings
from summarizer.text.chunking import Chunk

BASE_URL = "http://127.0.0.1:8000"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
FINISHED = ("done", "failed", "cancelled")


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no CSRF token"
    return found.group(1)


class Visitor:
    """One browser: its own cookies, the token from the page it loaded."""

    def __init__(self, app: Any) -> None:
        self.client = TestClient(app, base_url=BASE_URL, follow_redirects=False)
        self.token = csrf_of(self.client.get("/").text)

    def submit(
        self,
        *,
        text: str = "",
        url: str = "",
        file: tuple[str, bytes] | None = None,
        engine: str = "server",
        api_key: str = "",
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        data = {"csrf": self.token if token is None else token, "text": text, "url": url}
        data.update(engine=engine, api_key=api_key)
        files = {"file": file if file is not None else ("", b"")}
        return self.client.post("/jobs", data=data, files=files, headers=headers or {})

    def start(self, **form: Any) -> str:
        """Submit the form; the job's path (`/jobs/<id>`)."""
        response = self.submit(**form)
        assert response.status_code == 303, response.text[:500]
        return response.headers["location"]

    def status(self, job: str) -> dict[str, Any]:
        response = self.client.get(f"{job}/status")
        assert response.status_code == 200, response.text[:300]
        return response.json()

    def wait(self, job: str, timeout_s: float = 120.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while True:
            status = self.status(job)
            if status["state"] in FINISHED:
                return status
            assert time.monotonic() < deadline, status
            time.sleep(0.05)

    def label(self, **form: Any) -> tuple[str, dict[str, Any]]:
        job = self.start(**form)
        return job, self.wait(job)


@dataclass
class GatedExtractor:
    """An extractor whose chunks wait for permits: `allow(n)` lets n more through."""

    engine: str = "fake"
    calls: list[int] = field(default_factory=list)
    _permits: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, count: int) -> None:
        for _ in range(count):
            self._permits.release()

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        with self._lock:
            self.calls.append(chunk.index)
        if not self._permits.acquire(timeout=60):
            raise TimeoutError("the test never let this chunk through")
        return ExtractionResult(findings=ChunkFindings())

    def describe(self) -> dict[str, str | None]:
        return {"model": "gated", "endpoint": None, "mode": None, "prompt_version": "gated-1"}


def many_part_policy(parts: int) -> str:
    """A policy of `parts` headed sections, each long enough to be a chunk of its own."""
    body = (
        "We collect your email address when you create an account, and we use it to "
        "send you receipts and to answer your questions. "
    ) * 60
    return "\n\n".join(f"# Section {number}\n\n{body}" for number in range(1, parts + 1))


def wait_until(predicate: Any, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)
