"""Label a batch on every core: the offline engine in a pool of worker processes.

The rules engine is pure Python and CPU-bound, so one process uses one core however
many policies are open. `label_batch_parallel` hands policies to `jobs` worker
processes (each builds nothing: the extractor is sent once when it starts), and a
policy larger than `BIG_POLICY_CHARS` is split into chunks in this process and its
chunks are read across the workers, then grounded and merged here. Labels, their
order in `BatchResult.items` and the events a progress display sees (`on_chunks`,
`on_chunk_done`, `on_policy_done`) are those of `batch.label_batch`; only
`provenance.wall_time_s` differs.

LLM engines spend their time waiting on the network, not on a core: they keep
`batch.label_batch` and its bounded async concurrency.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import queue as queue_module
import signal
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from summarizer.batch import BatchEvents, BatchItem, BatchResult, PolicyInput
from summarizer.engines.base import ExtractionResult, Extractor
from summarizer.errors import ChunkFailedError, SummarizerError
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.text.chunking import Chunk, split_policy
from summarizer.text.loading import PolicyDocument

# A policy this long (characters, or bytes of a file) is read chunk-parallel.
BIG_POLICY_CHARS = 300_000
# Unless --jobs is given, a batch smaller than this is labelled in this process:
# starting the workers (~1 s) costs more than a second core saves.
MIN_POLICIES = 200
# Policies handed to the pool ahead of the ones finished, per worker.
AHEAD_PER_JOB = 4
_POLL_S = 0.2


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worth_a_pool(
    inputs: Sequence[PolicyInput], extractor: Extractor, jobs: int, *, asked: bool = False
) -> bool:
    """Whether to use `label_batch_parallel`: the CPU-bound offline engine (the pool is
    for it alone), more than one worker, and `MIN_POLICIES` policies or a big one;
    when the workers were `asked` for, any two policies."""
    if getattr(extractor, "engine", None) != "rules" or jobs < 2:
        return False
    return len(inputs) >= (2 if asked else MIN_POLICIES) or any(
        _size_hint(item) >= BIG_POLICY_CHARS for item in inputs
    )


def label_batch_parallel(
    inputs: Sequence[PolicyInput],
    extractor: Extractor,
    *,
    jobs: int | None = None,
    events: BatchEvents | None = None,
) -> BatchResult:
    """Label every input in `jobs` worker processes (default: one per core).

    Failures are isolated per policy as in `batch.label_batch`; an unexpected error
    in a worker stops the batch and is raised here."""
    events = events or BatchEvents()
    started = time.perf_counter()
    items = [BatchItem(input=item) for item in inputs]
    jobs = max(1, jobs or default_jobs())
    context = _context()
    messages = context.Queue()
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_start_worker,
        initargs=(extractor, messages),
    ) as pool:
        try:
            _Run(pool, messages, items, extractor, events, jobs).run()
        except BaseException:
            _stop(pool)
            raise
    return BatchResult(items=items, wall_time_s=time.perf_counter() - started)


def _context() -> Any:
    """Workers forked from a clean server process that has imported the engine once
    (its compiled patterns are shared), else spawned."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["summarizer.engines.rules", "summarizer.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (on Ctrl-C or an error): they ignore SIGINT, and one
    finishing its policy would wait for this process to read its messages."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    workers = list((getattr(pool, "_processes", None) or {}).values())  # gone after shutdown
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()


@dataclass
class _Big:
    """A policy read chunk-parallel: loaded here, its chunk groups out in the pool."""

    document: PolicyDocument
    chunks: list[Chunk]
    started: float
    results: dict[int, ExtractionResult | ChunkFailedError]
    groups_left: int


class _Run:
    """The parent's side of one batch: feeds the pool, turns workers' messages into events."""

    def __init__(
        self,
        pool: ProcessPoolExecutor,
        messages: Any,
        items: list[BatchItem],
        extractor: Extractor,
        events: BatchEvents,
        jobs: int,
    ) -> None:
        self.pool, self.messages, self.items = pool, messages, items
        self.extractor, self.events, self.jobs = extractor, events, jobs
        self.futures: dict[int, list[Future[None]]] = {}
        self.big: dict[int, _Big] = {}
        self.next = 0
        self.finished = 0

    def run(self) -> None:
        self._feed()
        while self.finished < len(self.items):
            try:
                message = self.messages.get(timeout=_POLL_S)
            except queue_module.Empty:
                self._raise_worker_errors()
                continue
            self._handle(message)
            self._feed()

    def _feed(self) -> None:
        while self.next < len(self.items) and len(self.futures) < self.jobs * AHEAD_PER_JOB:
            index = self.next
            self.next += 1
            policy = self.items[index].input
            if self.jobs > 1 and _size_hint(policy) >= BIG_POLICY_CHARS:
                self._start_big(index)
            else:
                self.futures[index] = [self.pool.submit(_label_policy, index, policy)]

    def _start_big(self, index: int) -> None:
        item = self.items[index]
        started = time.perf_counter()
        try:
            document = item.input.load()
        except SummarizerError as error:
            item.error, item.error_code = str(error), error.exit_code
            self._done(index)
            return
        item.warnings = document.warnings
        chunks = split_policy(document.text)
        self._chunks(index, len(chunks))
        if not chunks:
            self._finish_big(index, _Big(document, chunks, started, {}, 0))
            return
        groups = [
            chunks[start :: self.jobs * 2] for start in range(min(len(chunks), self.jobs * 2))
        ]
        self.big[index] = _Big(document, chunks, started, {}, len(groups))
        self.futures[index] = [
            self.pool.submit(_read_chunks, index, document.text, group) for group in groups
        ]

    def _handle(self, message: tuple[Any, ...]) -> None:
        kind, index = message[0], message[1]
        if kind == "chunks":
            self._chunks(index, message[2])
        elif kind == "chunk":
            _, _, chunk, result, failure = message
            if index in self.big:
                self.big[index].results[chunk.index] = result or failure
            if self.events.on_chunk_done:
                self.events.on_chunk_done(self.items[index].input, chunk, result)
        elif kind == "group_done":
            big = self.big[index]
            big.groups_left -= 1
            if big.groups_left == 0:
                self._finish_big(index, self.big.pop(index))
        elif kind == "done":
            item = self.items[index]
            label_json, item.error, item.error_code, item.warnings = message[2:]
            if label_json is not None:
                item.label = PrivacyNutritionLabel.model_validate_json(label_json)
            self._done(index)

    def _chunks(self, index: int, count: int) -> None:
        if self.events.on_chunks:
            self.events.on_chunks(self.items[index].input, count)

    def _finish_big(self, index: int, big: _Big) -> None:
        replay = _Replay(self.extractor, big.results)
        label = _run(alabel_document(big.document, replay, chunks=big.chunks))
        label.provenance.wall_time_s = round(time.perf_counter() - big.started, 4)
        self.items[index].label = label
        self._done(index)

    def _done(self, index: int) -> None:
        self.futures.pop(index, None)
        self.finished += 1
        if self.events.on_policy_done:
            self.events.on_policy_done(self.items[index])

    def _raise_worker_errors(self) -> None:
        for futures in list(self.futures.values()):
            for future in futures:
                if future.done() and future.exception() is not None:
                    raise future.exception()  # type: ignore[misc]


class _Replay:
    """An extractor that gives back chunk results already read in the workers."""

    def __init__(
        self, extractor: Extractor, results: dict[int, ExtractionResult | ChunkFailedError]
    ) -> None:
        self.engine = extractor.engine
        self._describe = extractor.describe()
        self._results = results

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        result = self._results[chunk.index]
        if isinstance(result, ChunkFailedError):
            raise result
        return result

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        return self.extract(chunk, policy_text)

    def describe(self) -> dict[str, str | None]:
        return self._describe


def _size_hint(policy: PolicyInput) -> int:
    """The policy's size if known without reading it (text in memory, a file), else 0."""
    if policy.text is not None:
        return len(policy.text)
    if policy.path is not None and policy.jsonl_offset is None:
        try:
            return policy.path.stat().st_size
        except OSError:
            return 0
    return 0


def _run(coroutine: Any) -> PrivacyNutritionLabel:
    done: list[PrivacyNutritionLabel] = []

    async def run() -> None:  # not the main task's result (see `pipeline.label_document`)
        done.append(await coroutine)

    asyncio.run(run())
    return done[0]


# --- in the worker processes ------------------------------------------------------------

_worker: dict[str, Any] = {}


def _start_worker(extractor: Extractor, messages: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker["extractor"], _worker["messages"] = extractor, messages


def _label_policy(index: int, policy: PolicyInput) -> None:
    """Label one policy; its events, then its outcome, go to the parent in order."""
    extractor: Extractor = _worker["extractor"]
    messages = _worker["messages"]
    label: PrivacyNutritionLabel | None = None
    error, code, warnings = None, 0, tuple[str, ...]()
    try:
        document = policy.load()
        warnings = document.warnings
        chunks = split_policy(document.text)
        messages.put(("chunks", index, len(chunks)))

        def chunk_done(chunk: Chunk, result: ExtractionResult | None) -> None:
            messages.put(("chunk", index, chunk, result, None))

        label = _run(alabel_document(document, extractor, on_chunk=chunk_done, chunks=chunks))
    except SummarizerError as failure:
        error, code = str(failure), failure.exit_code
    # As JSON: less than half the time of pickling the model, and the same label.
    label_json = label.model_dump_json() if label is not None else None
    messages.put(("done", index, label_json, error, code, warnings))


def _read_chunks(index: int, text: str, chunks: list[Chunk]) -> None:
    """Read some chunks of one big policy (its grounding and merging are the parent's)."""
    extractor: Extractor = _worker["extractor"]
    messages = _worker["messages"]
    for chunk in chunks:
        try:
            messages.put(("chunk", index, chunk, extractor.extract(chunk, text), None))
        except ChunkFailedError as failure:
            messages.put(("chunk", index, chunk, None, failure))
    messages.put(("group_done", index))
