"""The pipeline end to end with a fake extractor at the seam."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fakes import FakeExtractor, seed_paths

from summarizer.engines.base import ExtractionResult
from summarizer.engines.rules import RulesExtractor
from summarizer.errors import ChunkFailedError, EndpointError
from summarizer.label.findings import ChunkFindings, CollectedFinding
from summarizer.label.schema import DataCategory
from summarizer.pipeline import alabel_document, label_document
from summarizer.text.chunking import Chunk
from summarizer.text.loading import load_policy, load_text

DATA = Path(__file__).parent / "data"

FILLER = "This paragraph is here so that the section is long enough to stand as its own chunk. " * 5

POLICY = f"""# Acme Privacy Policy

Acme explains here what it does with your data when you use the Acme service every day.

{FILLER}

## Information we collect

We collect your email address and your name when you sign up for an account with us.

{FILLER}

## Cookies

We use cookies to remember your preferences and to keep you signed in to the service.

{FILLER}

## Sharing

We share your email address with the service providers who deliver our newsletters.

{FILLER}
"""


def collect_everything(chunk: Chunk) -> ChunkFindings:
    findings = []
    if "email address and your name" in chunk.text:
        findings.append(
            CollectedFinding(
                category=DataCategory.contact_info,
                quote="We collect your email address and your name when you sign up for an account with us.",
            )
        )
    if "We use cookies" in chunk.text:
        findings.append(
            CollectedFinding(
                category=DataCategory.cookies_tracking,
                quote="We use cookies to remember your preferences",
            )
        )
    return ChunkFindings(data_collected=findings)


def test_every_chunk_goes_through_the_extractor_and_lands_in_one_label():
    extractor = FakeExtractor(reply=collect_everything)
    label = label_document(load_text(POLICY), extractor)
    assert label.categories() == {DataCategory.contact_info, DataCategory.cookies_tracking}
    assert label.coverage.chunks == len(extractor.calls) >= 1
    assert label.coverage.chunks_read == label.coverage.chunks
    assert label.provenance.engine == "fake"
    assert label.provenance.calls == len(extractor.calls)
    assert label.provenance.prompt_tokens == 10 * len(extractor.calls)
    for evidence in label.all_evidence():
        assert POLICY[evidence.start : evidence.end] == evidence.quote
    assert label.grade.grade != "N/A"
    assert label.summary.headline


def test_a_chunk_that_fails_is_named_in_coverage_and_the_rest_is_labelled():
    def flaky(chunk: Chunk) -> ChunkFindings:
        if "We use cookies" in chunk.text and "email address and your name" not in chunk.text:
            raise ChunkFailedError("HTTP 503 after 5 attempts")
        return collect_everything(chunk)

    label = label_document(load_text(POLICY), FakeExtractor(reply=flaky))
    assert label.coverage.chunks >= 3
    assert DataCategory.contact_info in label.categories()
    [failed] = label.coverage.chunks_failed
    assert failed.reason == "HTTP 503 after 5 attempts"
    assert "Cookies" in failed.section
    assert label.coverage.chunks_read == label.coverage.chunks - 1


def test_an_endpoint_error_stops_the_run():
    def broken(chunk: Chunk) -> ChunkFindings:
        raise EndpointError("the endpoint rejected the API key (401)")

    with pytest.raises(EndpointError):
        label_document(load_text(POLICY), FakeExtractor(reply=broken))


def test_an_extractor_that_finds_nothing_gives_a_label_with_no_claims_and_grade_na():
    label = label_document(load_text(POLICY), FakeExtractor())
    assert label.data_collected == []
    assert label.sells_personal_data.value == "not_stated"
    assert label.grade.grade == "N/A"


@dataclass
class InlineFakeExtractor(FakeExtractor):
    """A fake that says it reads on the CPU without waiting (as the rules engine does)."""

    reads_inline: bool = True
    threads: list[str] = field(default_factory=list)

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        self.threads.append(threading.current_thread().name)
        return super().extract(chunk, policy_text)


def test_an_extractor_that_reads_inline_is_run_in_the_callers_thread_in_chunk_order():
    extractor = InlineFakeExtractor(reply=collect_everything)
    seen: list[tuple[int, bool]] = []
    label = label_document(
        load_text(POLICY),
        extractor,
        on_chunk=lambda chunk, result: seen.append((chunk.index, result is not None)),
    )
    assert set(extractor.threads) == {threading.current_thread().name}
    assert seen == [(index, True) for index in range(label.coverage.chunks)]
    assert label.categories() == {DataCategory.contact_info, DataCategory.cookies_tracking}
    assert label.provenance.calls == label.coverage.chunks_read == label.coverage.chunks


def test_an_inline_extractor_works_where_an_event_loop_is_already_running():
    async def inside_a_loop() -> str:
        return label_document(load_text(POLICY), InlineFakeExtractor()).grade.grade

    assert asyncio.run(inside_a_loop()) == "N/A"


def test_a_chunk_an_inline_extractor_fails_is_named_in_coverage_and_the_rest_is_labelled():
    def flaky(chunk: Chunk) -> ChunkFindings:
        if "We use cookies" in chunk.text and "email address and your name" not in chunk.text:
            raise ChunkFailedError("could not read this section")
        return collect_everything(chunk)

    seen: list[bool] = []
    label = label_document(
        load_text(POLICY),
        InlineFakeExtractor(reply=flaky),
        on_chunk=lambda chunk, result: seen.append(result is None),
    )
    [failed] = label.coverage.chunks_failed
    assert "Cookies" in failed.section and failed.reason == "could not read this section"
    assert label.coverage.chunks_read == label.coverage.chunks - 1 == seen.count(False)
    assert DataCategory.contact_info in label.categories()


@pytest.mark.parametrize("path", [*seed_paths()[:2], DATA / "text_policy.html"], ids=str)
def test_the_rules_engine_labels_alike_inline_and_on_an_event_loop(path):
    document = load_policy(str(path))
    inline = label_document(document, RulesExtractor())
    on_a_loop = asyncio.run(alabel_document(document, RulesExtractor()))
    for label in (inline, on_a_loop):
        label.provenance.wall_time_s, label.provenance.labelled_at = 0.0, None
    assert inline.model_dump_json() == on_a_loop.model_dump_json()
