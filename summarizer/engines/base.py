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

    Raise `ChunkFailedError` for a chunk that cannot be read; the pipeline records
    it in `coverage` and labels the rest. `engine` names it in `provenance.engine`;
    `model`, `endpoint`, `mode` and `prompt_version` may be None for non-LLM engines.
    """

    engine: str

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult: ...

    def describe(self) -> dict[str, str | None]:
        """Provenance fields: model, endpoint (no credentials), mode, prompt_version."""
        ...


def chunks_for(extractor: object, text: str) -> list[Chunk]:
    """The chunks `extractor` reads `text` in: its own `split_policy(text)` when it has
    one (LLM engines pack sections), else `split_policy`'s sections."""
    split = getattr(extractor, "split_policy", None)
    return split(text) if callable(split) else split_policy(text)
