"""Test doubles shared by the tests: a fake extractor at the pipeline seam, seed paths."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.engines.base import ExtractionResult
from summarizer.label.findings import ChunkFindings
from summarizer.text.chunking import Chunk

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "evals" / "policies"
GOLD = ROOT / "evals" / "gold"


@dataclass
class FakeExtractor:
    """An extractor at the seam: replies come from a function of the chunk; counts calls."""

    reply: Callable[[Chunk], ChunkFindings] = lambda chunk: ChunkFindings()
    engine: str = "fake"
    calls: list[Chunk] = field(default_factory=list)

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        self.calls.append(chunk)
        return ExtractionResult(
            findings=self.reply(chunk), calls=1, prompt_tokens=10, completion_tokens=5
        )

    def describe(self) -> dict[str, str | None]:
        return {"model": "fake-model", "endpoint": None, "mode": None, "prompt_version": "fake-1"}


def seed_paths() -> list[Path]:
    return sorted(POLICIES.glob("*.txt"))
