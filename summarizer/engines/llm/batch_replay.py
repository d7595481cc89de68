"""What the pipeline labels with after a Batch API run (`batch_api`).

The batch's replies are already in the findings cache, so labelling goes through a
`CachedExtractor` as always; its inner extractor never calls the endpoint: it reports
a chunk whose request failed in the batch as `ChunkFailedError` with the batch's
reason, so `coverage` names it and the run's exit code is the partial one. In front,
`BatchReplay` answers the chunks this batch read with what their requests cost, so a
label's `provenance.calls` and tokens say what the batch spent on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import NamedTuple

from summarizer.engines.base import ExtractionResult, Extractor, chunks_for
from summarizer.engines.llm.cache import CachedExtractor
from summarizer.errors import ChunkFailedError
from summarizer.text.chunking import Chunk

NOT_IN_BATCH = "not read: the chunk was not in the batch (run again)"


class Cost(NamedTuple):
    """What one batch request cost."""

    calls: int = 1
    prompt_tokens: int = 0
    completion_tokens: int = 0


def failure(
    reason: str, calls: int = 0, prompt_tokens: int = 0, completion_tokens: int = 0
) -> ChunkFailedError:
    """A `ChunkFailedError` carrying what the failed request cost."""
    error = ChunkFailedError(reason)
    error.calls, error.prompt_tokens, error.completion_tokens = (
        calls,
        prompt_tokens,
        completion_tokens,
    )
    return error


class BatchFailures:
    """An extractor that never calls the endpoint: every chunk it is asked about
    (a chunk missing from the cache) fails, with the batch's reason for it."""

    def __init__(
        self,
        inner: Extractor,
        failures: Mapping[str, ChunkFailedError],
        key_for: Callable[[Chunk], str],
    ) -> None:
        self.inner = inner
        self.engine = inner.engine
        self._failures = dict(failures)
        self._key_for = key_for
        self._charged: set[str] = set()
        self._lock = threading.Lock()

    def describe(self) -> dict[str, str | None]:
        return self.inner.describe()

    def split_policy(self, text: str) -> list[Chunk]:
        return chunks_for(self.inner, text)

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        key = self._key_for(chunk)
        with self._lock:  # a chunk two policies share cost its request once
            known = self._failures.get(key)
            charged = key in self._charged
            self._charged.add(key)
        if known is None:
            raise ChunkFailedError(NOT_IN_BATCH)
        if charged:
            raise ChunkFailedError(known.reason)
        raise failure(known.reason, known.calls, known.prompt_tokens, known.completion_tokens)


class BatchReplay:
    """The chunks a batch read (from the cache, where the batch put their findings),
    with what their requests cost; the rest through the cache, where a chunk the batch
    could not read fails with its reason. Only costs and failures are held in memory."""

    def __init__(
        self,
        cached: CachedExtractor,
        costs: Mapping[str, Cost],
        failures: Mapping[str, ChunkFailedError],
    ) -> None:
        self.engine = cached.engine
        self.extractor = CachedExtractor(
            BatchFailures(cached.extractor, failures, cached.key_for), cached.cache
        )
        self._costs = dict(costs)
        self._lock = threading.Lock()

    def describe(self) -> dict[str, str | None]:
        return self.extractor.describe()

    def split_policy(self, text: str) -> list[Chunk]:
        return self.extractor.split_policy(text)

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        key = self.extractor.key_for(chunk)
        with self._lock:  # the first policy with this chunk is charged for it, others not
            cost = self._costs.pop(key, None)
        findings = None if cost is None else self.extractor.cache.get(key)
        if cost is None or findings is None:
            return self.extractor.extract(chunk, policy_text)
        return ExtractionResult(
            findings=findings,
            calls=cost.calls,
            prompt_tokens=cost.prompt_tokens,
            completion_tokens=cost.completion_tokens,
        )
