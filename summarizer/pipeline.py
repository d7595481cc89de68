"""Label a policy: chunk → extract (any Extractor) → ground → merge → summary and grade.

The core is async so that a batch can keep a bounded number of chunks of many
policies in flight at once; `label_document` is the plain synchronous entry point.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from summarizer import __version__
from summarizer.engines.base import ExtractionResult, Extractor, chunks_for, reads_inline
from summarizer.errors import ChunkFailedError
from summarizer.label.grading import grade_label
from summarizer.label.schema import Coverage, FailedChunk, PrivacyNutritionLabel, Provenance
from summarizer.label.summary import summarize_label
from summarizer.merge import merge_findings
from summarizer.text.chunking import Chunk
from summarizer.text.document_info import describe_document
from summarizer.text.grounding import Grounder
from summarizer.text.invisible import visible
from summarizer.text.loading import PolicyDocument
from summarizer.text.naming import choose_service_name

ChunkCallback = Callable[[Chunk, "ExtractionResult | None"], None]


@dataclass
class _Outcomes:
    on_chunk: ChunkCallback | None = None
    results: list[tuple[Chunk, ExtractionResult]] = field(default_factory=list)
    failed: list[FailedChunk] = field(default_factory=list)
    failed_cost: list[ChunkFailedError] = field(default_factory=list)  # calls, tokens

    def read(self, chunk: Chunk, result: ExtractionResult) -> None:
        self.results.append((chunk, result))
        if self.on_chunk:
            self.on_chunk(chunk, result)

    def fail(self, chunk: Chunk, error: ChunkFailedError) -> None:
        self.failed.append(FailedChunk(section=_chunk_name(chunk), reason=error.reason))
        self.failed_cost.append(error)
        if self.on_chunk:
            self.on_chunk(chunk, None)

    def in_order(self) -> _Outcomes:
        self.results.sort(key=lambda pair: pair[0].index)
        return self


async def _extract_one(
    extractor: Extractor, chunk: Chunk, text: str, limiter: asyncio.Semaphore | None
) -> ExtractionResult:
    aextract = getattr(extractor, "aextract", None)
    if aextract is not None and inspect.iscoroutinefunction(aextract):
        if limiter is None:
            return await aextract(chunk, text)
        async with limiter:
            return await aextract(chunk, text)
    if limiter is None:
        return await asyncio.to_thread(extractor.extract, chunk, text)
    async with limiter:
        return await asyncio.to_thread(extractor.extract, chunk, text)


async def _extract_all(
    extractor: Extractor,
    chunks: Sequence[Chunk],
    text: str,
    limiter: asyncio.Semaphore | None,
    on_chunk: ChunkCallback | None,
) -> _Outcomes:
    outcomes = _Outcomes(on_chunk)

    async def run(chunk: Chunk) -> None:
        try:
            result = await _extract_one(extractor, chunk, text, limiter)
        except ChunkFailedError as error:
            outcomes.fail(chunk, error)
            return
        outcomes.read(chunk, result)

    tasks = [asyncio.ensure_future(run(chunk)) for chunk in chunks]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        raise
    return outcomes.in_order()


def _extract_inline(
    extractor: Extractor, chunks: Sequence[Chunk], text: str, on_chunk: ChunkCallback | None
) -> _Outcomes:
    """`_extract_all` for an extractor that `reads_inline`: one chunk after another."""
    outcomes = _Outcomes(on_chunk)
    for chunk in chunks:
        try:
            result = extractor.extract(chunk, text)
        except ChunkFailedError as error:
            outcomes.fail(chunk, error)
            continue
        outcomes.read(chunk, result)
    return outcomes.in_order()


MAX_PASSAGES_KEPT = 20


def _opening(passage: str, limit: int = 200) -> str:
    """The first `limit` characters of a passage, whitespace runs as one space."""
    flat = " ".join(passage.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _chunk_name(chunk: Chunk) -> str:
    path = " > ".join(chunk.heading_path) if chunk.heading_path else "(before the first heading)"
    return f"#{chunk.index + 1} {path} [{chunk.start}:{chunk.end}]"


async def alabel_document(
    document: PolicyDocument,
    extractor: Extractor,
    *,
    limiter: asyncio.Semaphore | None = None,
    on_chunk: ChunkCallback | None = None,
    chunks: Sequence[Chunk] | None = None,
) -> PrivacyNutritionLabel:
    """Label one loaded policy. `EndpointError` propagates; a failed chunk does not."""
    if reads_inline(extractor):
        return _label_inline(document, extractor, chunks, on_chunk)
    started = time.perf_counter()
    chunks, reading, reading_text = _reading(document, extractor, chunks)
    outcomes = await _extract_all(extractor, reading, reading_text, limiter, on_chunk)
    label = _merged_label(document, extractor, chunks, outcomes, started)
    # Language identification loads its model once per process: not in the event
    # loop, where other policies' replies arrive.
    label.document = await asyncio.to_thread(describe_document, document)
    return _named_and_finished(label, document)


def _label_inline(
    document: PolicyDocument,
    extractor: Extractor,
    chunks: Sequence[Chunk] | None,
    on_chunk: ChunkCallback | None,
) -> PrivacyNutritionLabel:
    """`alabel_document` for an extractor that `reads_inline`: every step in this
    thread, one chunk after another."""
    started = time.perf_counter()
    chunks, reading, reading_text = _reading(document, extractor, chunks)
    outcomes = _extract_inline(extractor, reading, reading_text, on_chunk)
    label = _merged_label(document, extractor, chunks, outcomes, started)
    label.document = describe_document(document)
    return _named_and_finished(label, document)


def _reading(
    document: PolicyDocument, extractor: Extractor, chunks: Sequence[Chunk] | None
) -> tuple[list[Chunk], list[Chunk], str]:
    """The chunks of the document, the same chunks as the engine reads them, and the
    text as the engine reads it."""
    text = document.text
    chunks = list(chunks) if chunks is not None else chunks_for(extractor, text)
    # Engines read the text as it shows, without invisible characters splitting its
    # words ("sh\u200bare"); grounding maps their quotes back to the real text.
    reading = [_as_read(chunk) for chunk in chunks]
    return chunks, reading, visible(text)


def _as_read(chunk: Chunk) -> Chunk:
    """The chunk as engines read it: its text without invisible characters (the chunk
    itself when it has none, as most have: a copy of a frozen chunk is the same chunk)."""
    shown = visible(chunk.text)
    return chunk if shown == chunk.text else replace(chunk, text=shown)


def _merged_label(
    document: PolicyDocument,
    extractor: Extractor,
    chunks: list[Chunk],
    outcomes: _Outcomes,
    started: float,
) -> PrivacyNutritionLabel:
    """The chunks' findings grounded and merged into one label, with its coverage and
    provenance."""
    text = document.text
    grounder = Grounder(text, chunks)
    label, stats = merge_findings(
        ((chunk, result.findings) for chunk, result in outcomes.results),
        grounder,
        title=document.title,
        url=document.source,
    )
    label.coverage = Coverage(
        chunks=len(chunks),
        chunks_read=len(outcomes.results),
        chunks_cached=sum(1 for _, result in outcomes.results if result.cached),
        chunks_failed=sorted(outcomes.failed, key=lambda failed: failed.section),
        chunks_cut=[_chunk_name(chunk) for chunk, result in outcomes.results if result.truncated],
        claims_total=stats.claims_total,
        claims_dropped=stats.claims_dropped,
        dropped_quotes=stats.dropped_quotes,
        values_dropped=stats.values_dropped,
        dropped_values=stats.dropped_values,
        injections_masked=len(grounder.injections),
        masked_passages=[
            _opening(text[start:end]) for start, end in grounder.injections[:MAX_PASSAGES_KEPT]
        ],
    )
    described = extractor.describe()
    # Failed chunks cost requests and tokens too.
    spent: list[ExtractionResult | ChunkFailedError] = [
        *(result for _, result in outcomes.results),
        *outcomes.failed_cost,
    ]
    label.provenance = Provenance(
        engine=extractor.engine,
        model=described.get("model"),
        endpoint=described.get("endpoint"),
        mode=described.get("mode"),
        prompt_version=described.get("prompt_version") or "",
        summarizer_version=__version__,
        source=document.source,
        calls=sum(item.calls for item in spent),
        prompt_tokens=sum(item.prompt_tokens for item in spent),
        completion_tokens=sum(item.completion_tokens for item in spent),
        wall_time_s=round(time.perf_counter() - started, 4),
        labelled_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    )
    return label


def _named_and_finished(
    label: PrivacyNutritionLabel, document: PolicyDocument
) -> PrivacyNutritionLabel:
    label.service_name = choose_service_name(
        label.service_name,
        document.text,
        title=document.title,
        site_name=document.site_name,
        source=document.source,
    )
    return finish_label(label)


def finish_label(label: PrivacyNutritionLabel) -> PrivacyNutritionLabel:
    """Add the computed parts (summary, grade) to a merged label."""
    label.grade = grade_label(label)
    label.summary = summarize_label(label)
    return label


def label_document(
    document: PolicyDocument, extractor: Extractor, *, on_chunk: ChunkCallback | None = None
) -> PrivacyNutritionLabel:
    """Synchronous `alabel_document`. An extractor that `reads_inline` (the rules
    engine) is run in this thread, without an event loop."""
    if reads_inline(extractor):
        return _label_inline(document, extractor, None, on_chunk)
    done: list[PrivacyNutritionLabel] = []

    async def run() -> None:
        # Not the main task's result: asyncio.run formats that task's repr on its way
        # out (Python 3.11, `signal.getsignal`), and the repr of a label is a whole
        # walk of it, 5-10% of an offline run (see `batch.label_batch`).
        done.append(await alabel_document(document, extractor, on_chunk=on_chunk))

    asyncio.run(run())
    return done[0]
