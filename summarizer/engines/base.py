"""The seam between the pipeline and whatever reads a chunk (LLM, rules, test fake)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from summarizer.label.findings import ChunkFindings
from summarizer.text.chunking import Chunk, split_policy


@dataclass
class ExtractionResult:
    """One chunk's findings plus what it cost."""

    findings: ChunkFindings
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False
    truncated: bool = False


@runtime_checkable
class Extractor(Protocol):
    """Reads one chunk of a policy and says what it states.

    The pipeline hands each chunk over as it reads: `chunk.text` and `policy_text`
    without invisible characters (`summarizer.text.invisible`), so `chunk.text` may be
    shorter than `chunk.end - chunk.start`; quotes are grounded in the real text.

    Raise `ChunkFailedError` for a chunk that cannot be read; the pipeline records
    it in `coverage` and labels the rest. `engine` names it in `provenance.engine`;
    `model`, `endpoint`, `mode` and `prompt_version` may be None for non-LLM engines.
    An engine that only computes (nothing to wait on) may set `reads_inline = True`
    (see `reads_inline`).
    """

    engine: str

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult: ...

    def describe(self) -> dict[str, str | None]:
        """Provenance fields: model, endpoint (no credentials), mode, prompt_version."""
        ...


def reads_inline(extractor: object) -> bool:
    """Whether `extractor` reads a chunk on the CPU without waiting on anything (its
    `reads_inline` is true: the rules engine). The pipeline then reads its chunks one
    after another in the caller's thread, with no event loop or worker thread, which
    cost a small policy more than its reading (an LLM engine waits on replies: it
    reads on an event loop, its chunks in flight together)."""
    return getattr(extractor, "reads_inline", False) is True


def chunks_for(extractor: object, text: str) -> list[Chunk]:
    """The chunks `extractor` reads `text` in: its own `split_policy(text)` when it has
    one (LLM engines pack sections), else `split_policy`'s sections."""
    split = getattr(extractor, "split_policy", None)
    return split(text) if callable(split) else split_policy(text)
