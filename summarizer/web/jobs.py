"""Labelling jobs: each runs in its own thread and event loop, reports progress, can be cancelled.

A job belongs to the browser session that started it: `JobStore.get` finds a job only
for its owner, so one visitor never sees another's policy or label. Each job runs
`alabel_document` on a loop of its own, so a long policy (or the rules engine's CPU
work) never stalls the server's pages; cancelling cancels that loop's task, which
stops the chunks not yet read (work already handed to a thread finishes and is thrown
away). Finished jobs are kept in memory, a bounded number, and never written to disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from summarizer.errors import SummarizerError
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.text.chunking import split_policy
from summarizer.text.loading import PolicyDocument
from summarizer.web.engines import EngineAbout, EngineChoice, Engines, JobEngine, redact
from summarizer.web.inputs import PolicySource, read_policy

log = logging.getLogger("summarizer.web")

JobState = Literal["queued", "reading", "labelling", "done", "failed", "cancelled"]
FINISHED: frozenset[str] = frozenset({"done", "failed", "cancelled"})
DEFAULT_MAX_RUNNING = 4
DEFAULT_MAX_KEPT = 100


class BusyError(SummarizerError):
    """Too many jobs are running: the visitor should try again shortly."""


@dataclass
class Job:
    """One policy being labelled, and what came of it."""

    id: str
    owner: str
    source_name: str
    state: JobState = "queued"
    chunks_total: int = 0
    chunks_done: int = 0
    label: PrivacyNutritionLabel | None = None
    policy_text: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    about: EngineAbout | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    pngs: dict[str, bytes] = field(default_factory=dict)  # by view, made on demand
    cancel_requested: bool = False
    _loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False)
    _task: asyncio.Task[None] | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.state not in FINISHED

    def status(self) -> dict[str, object]:
        """What the polling endpoint returns: progress, never the policy or the label."""
        return {
            "id": self.id,
            "state": self.state,
            "chunks_total": self.chunks_total,
            "chunks_done": self.chunks_done,
            "error": self.error,
            "elapsed_s": round((self.finished or time.monotonic()) - self.started, 1),
        }


class JobStore:
    """Jobs in memory, keyed by an unguessable id and owned by one session."""

    def __init__(
        self,
        engines: Engines,
        *,
        max_running: int = DEFAULT_MAX_RUNNING,
        max_kept: int = DEFAULT_MAX_KEPT,
        reader: Callable[[PolicySource], PolicyDocument] = read_policy,
    ) -> None:
        self.engines = engines
        self.max_running = max_running
        self.max_kept = max_kept
        self._read = reader
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def start(
        self, owner: str, source: PolicySource, choice: EngineChoice, api_key: str | None
    ) -> Job:
        """Start labelling `source` for `owner`. Raises `BusyError` when the server is full,
        `ConfigError` when the engine choice cannot run."""
        self.engines.settings_for(choice, api_key)  # fail now, on the form, not in the job
        with self._lock:
            running = sum(1 for job in self._jobs.values() if job.running)
            if running >= self.max_running:
                raise BusyError(
                    f"{running} policies are being labelled right now; try again in a moment."
                )
            job = Job(id=secrets.token_urlsafe(16), owner=owner, source_name=source.name)
            self._jobs[job.id] = job
            self._forget_old()
        thread = threading.Thread(
            target=self._run, args=(job, source, choice, api_key), name=f"job-{job.id[:6]}"
        )
        thread.daemon = True
        job._thread = thread
        thread.start()
        return job

    def get(self, owner: str, job_id: str) -> Job | None:
        """The job, if it exists and belongs to `owner`."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or not secrets.compare_digest(job.owner, owner):
            return None
        return job

    def finished(self, owner: str) -> list[Job]:
        """`owner`'s labelled jobs, oldest first (for the compare and diff pages)."""
        with self._lock:
            jobs = list(self._jobs.values())
        return [
            job
            for job in jobs
            if job.state == "done" and job.label is not None and job.owner == owner
        ]

    def cancel(self, job: Job) -> None:
        """Stop `job`: chunks not yet read are never read; its state becomes `cancelled`."""
        job.cancel_requested = True
        loop, task = job._loop, job._task
        if loop is not None and task is not None:
            # RuntimeError: the job's loop has just closed, so it has finished anyway
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(task.cancel)

    def close(self, wait_s: float = 5.0) -> None:
        """Cancel every running job and wait a little for their threads (server shutdown)."""
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            if job.running:
                self.cancel(job)
        deadline = time.monotonic() + wait_s
        for job in jobs:
            if job._thread is not None:
                job._thread.join(max(0.0, deadline - time.monotonic()))

    def _forget_old(self) -> None:
        while len(self._jobs) > self.max_kept:
            oldest = next((key for key, job in self._jobs.items() if not job.running), None)
            if oldest is None:
                return
            del self._jobs[oldest]

    def _run(
        self, job: Job, source: PolicySource, choice: EngineChoice, api_key: str | None
    ) -> None:
        try:
            asyncio.run(self._work(job, source, choice, api_key))
        finally:
            job.finished = time.monotonic()
            if job.running:  # ended by something other than the steps below
                job.state = "failed"
                job.error = job.error or "The job stopped unexpectedly."

    async def _work(
        self, job: Job, source: PolicySource, choice: EngineChoice, api_key: str | None
    ) -> None:
        job._loop = asyncio.get_running_loop()
        job._task = asyncio.current_task()
        engine: JobEngine | None = None
        try:
            if job.cancel_requested:
                raise asyncio.CancelledError
            job.state = "reading"
            document = await asyncio.to_thread(self._read, source)
            job.warnings = list(document.warnings)
            chunks = await asyncio.to_thread(split_policy, document.text)
            job.chunks_total = len(chunks)
            engine = await asyncio.to_thread(self.engines.for_job, choice, api_key)
            job.about = engine.about
            job.state = "labelling"

            def on_chunk(_chunk: object, _result: object) -> None:
                job.chunks_done += 1

            job.label = await alabel_document(
                document,
                engine.extractor,
                limiter=asyncio.Semaphore(self.engines.settings.concurrency),
                on_chunk=on_chunk,
                chunks=chunks,
            )
            job.policy_text = document.text
            job.state = "done"
        except asyncio.CancelledError:
            job.state = "cancelled"
        except SummarizerError as error:
            job.error = redact(str(error), api_key)
            job.state = "failed"
            log.info("job %s failed: %s", job.id[:6], job.error)
        finally:
            if engine is not None:
                await asyncio.to_thread(engine.close)
