"""A whole run through a flaky endpoint: faults cost retries, never findings."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from fake_openai_server import FAULT_KINDS, FakeOpenAIServer, request_text

from summarizer.engines.base import ExtractionResult
from summarizer.engines.llm import LLMExtractor
from summarizer.errors import ChunkFailedError
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk

TRANSPORT_RETRIES = 3
MAX_TOKENS = 400
CHUNKS = [
    Chunk(
        index=number,
        start=0,
        end=0,
        text=f"Section marker-{number}: we keep account {number} records for {number + 1} years.",
        heading_path=(f"Part {number}",),
    )
    for number in range(10)
]


def reply_for_chunk(request: dict[str, Any]) -> dict[str, Any]:
    """Findings that depend on which chunk is asked about, so mix-ups would show."""
    number = int(re.findall(r"marker-(\d+)", request_text(request))[-1])
    return {
        "answers": [
            {
                "question": "retention_stated",
                "answer": "yes",
                "detail": f"{number + 1} years",
                "quote": f"we keep account {number} records for {number + 1} years.",
            }
        ]
    }


def flaky_server(share: float, seed: int = 3, **options: Any) -> FakeOpenAIServer:
    return FakeOpenAIServer(
        reply=reply_for_chunk,
        fault_share=share,
        seed=seed,
        slow_s=0.9,
        retry_after="0.01",
        length_fault_below=MAX_TOKENS * 2,
        **options,
    )


def extractor_for(server: FakeOpenAIServer) -> LLMExtractor:
    settings = Settings(
        base_url=server.url,
        api_key="sk-test-SECRET-123",
        model="test-model",
        timeout_s=0.6,
        transport_retries=TRANSPORT_RETRIES,
        reasks=1,
        max_tokens=MAX_TOKENS,
    )
    return LLMExtractor(settings, backoff_base_s=0.001, backoff_cap_s=0.01)


def run_all(extractor: LLMExtractor) -> list[ExtractionResult]:
    return [extractor.extract(chunk, chunk.text) for chunk in CHUNKS]


@pytest.mark.parametrize("seed", [3, 8, 13])
def test_thirty_percent_faults_still_give_the_fault_free_findings(seed: int) -> None:
    with flaky_server(0.0) as clean_server:
        clean = run_all(extractor_for(clean_server))
    with flaky_server(0.3, seed, max_consecutive_faults=TRANSPORT_RETRIES) as server:
        flaky = run_all(extractor_for(server))

    assert [result.findings for result in flaky] == [result.findings for result in clean]
    assert all(result.calls == 1 for result in clean)
    # A cut-off reply is asked once more with a bigger budget, with its own transport retries.
    assert all(result.calls <= 2 * (TRANSPORT_RETRIES + 1) for result in flaky)
    assert sum(result.calls for result in flaky) == server.request_count
    assert sum(server.faults.values()) >= 3
    assert server.request_count == len(CHUNKS) + sum(server.faults.values())


def test_concurrent_async_run_survives_the_same_faults() -> None:
    with flaky_server(0.3, max_consecutive_faults=TRANSPORT_RETRIES) as server:
        extractor = extractor_for(server)

        async def run() -> list[ExtractionResult]:
            return await asyncio.gather(
                *(extractor.aextract(chunk, chunk.text) for chunk in CHUNKS)
            )

        results = asyncio.run(run())

    for chunk, result in zip(CHUNKS, results, strict=True):
        assert result.findings.answers[0].quote in chunk.text
    assert sum(result.calls for result in results) == server.request_count


@pytest.mark.parametrize("kind", [kind for kind in FAULT_KINDS if kind not in ("slow", "length")])
def test_a_fault_that_never_clears_fails_each_chunk_after_bounded_attempts(kind: str) -> None:
    with flaky_server(1.0, fault_kinds=[kind]) as server:
        extractor = extractor_for(server)
        for chunk in CHUNKS[:2]:
            with pytest.raises(ChunkFailedError, match=f"after {TRANSPORT_RETRIES + 1} attempts$"):
                extractor.extract(chunk, chunk.text)

    assert server.request_count == 2 * (TRANSPORT_RETRIES + 1)
