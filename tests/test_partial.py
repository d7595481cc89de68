"""Partial failure: a chunk whose requests fail for good is named in the label's
coverage with its reason, the rest of the policy (and of the batch) is labelled and
written, and the CLI exits 4, as its help and the README say."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_openai_server import FakeOpenAIServer, RawReply
from fakes import POLICIES
from robust_helpers import ROOT, chunk_in, is_about, quoting_reply

import summarizer.engines.llm
from summarizer.cli.main import main
from summarizer.engines.llm import LLMExtractor
from summarizer.pipeline import alabel_document
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, split_policy
from summarizer.text.loading import load_policy

SEED = POLICIES / "004_dafdca722bf6f56e.txt"
OTHER_SEEDS = [POLICIES / "000_11594554f452ae84.txt", POLICIES / "003_b808c7326c12b3a8.txt"]
CHUNKS = split_policy(SEED.read_text(encoding="utf-8"))
DOOMED = next(
    chunk for chunk in CHUNKS if chunk.heading_path[-1:] == ("Cookies and Other Technologies",)
)
DOOMED_NAME = (
    f"#{DOOMED.index + 1} Privacy > Cookies and Other Technologies [{DOOMED.start}:{DOOMED.end}]"
)
TRANSPORT_RETRIES = 4  # the default


class QuickRetries(LLMExtractor):
    """The real extractor with millisecond backoff, so retries exhaust fast."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(settings, backoff_base_s=0.001, backoff_cap_s=0.005, **options)


def failing_for(
    chunk: Chunk, failure: Callable[[dict[str, Any]], Any]
) -> Callable[[dict[str, Any]], Any]:
    """A reply: `failure(request)` for requests about `chunk`, quotes for the rest."""

    def reply(request: dict[str, Any]) -> Any:
        return failure(request) if is_about(request, chunk.text) else quoting_reply(request)

    return reply


def server_error(request: dict[str, Any]) -> RawReply:
    return RawReply(500, json.dumps({"error": {"message": "boom", "type": "server_error"}}))


def bad_request(request: dict[str, Any]) -> RawReply:
    return RawReply(400, json.dumps({"error": {"message": "context too long", "type": "x"}}))


def invalid_output(request: dict[str, Any]) -> str:
    return "I cannot help with that."


def too_slow(request: dict[str, Any]) -> dict[str, Any]:
    time.sleep(2.5)  # far beyond the timeout below, so load on the machine cannot matter
    return {}


@pytest.mark.parametrize(
    ("failure", "reason", "requests"),
    [
        (server_error, f"HTTP 500 after {TRANSPORT_RETRIES + 1} attempts", TRANSPORT_RETRIES + 1),
        (bad_request, "HTTP 400: ", 1),
        (invalid_output, "output failed validation after 3 attempts", 3),
        (too_slow, f"no reply within 0.6s after {TRANSPORT_RETRIES + 1} attempts", 5),
    ],
    ids=["500-forever", "400", "invalid-output", "timeout"],
)
def test_a_chunk_that_exhausts_its_retries_is_named_with_its_reason(
    failure: Callable[[dict[str, Any]], Any], reason: str, requests: int
) -> None:
    timeout = 0.6 if failure is too_slow else 30.0
    with FakeOpenAIServer(reply=failing_for(DOOMED, failure)) as server:
        extractor = QuickRetries(
            Settings(
                base_url=server.url,
                api_key="k",
                model="m",
                timeout_s=timeout,
                reasks=2,
                chunking="sections",
            )
        )
        # Three at a time: the fake server's listen backlog (5) then never drops a
        # connection, so every attempt the client makes is one the server sees.
        label = asyncio.run(
            alabel_document(load_policy(SEED), extractor, limiter=asyncio.Semaphore(3))
        )
        asked = [request for request in server.requests if is_about(request, DOOMED.text)]

    coverage = label.coverage
    assert [failed.section for failed in coverage.chunks_failed] == [DOOMED_NAME]
    assert coverage.chunks_failed[0].reason.startswith(reason)
    assert len(asked) == requests  # bounded, and not retried by any other layer
    assert coverage.chunks == len(CHUNKS)
    assert coverage.chunks_read == len(CHUNKS) - 1
    # The other chunks still count: their findings are in the label, the failed one's are not.
    evidence = label.all_evidence()
    assert "contact_info" in {item.category.value for item in label.data_collected}
    assert evidence and all(e.end <= DOOMED.start or e.start >= DOOMED.end for e in evidence)
    assert label.provenance.calls == server.request_count


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizer.engines.llm, "LLMExtractor", QuickRetries)


def llm_args(server: FakeOpenAIServer, tmp_path: Path) -> list[str]:
    return [
        "--engine", "llm", "--base-url", server.url, "--api-key", "sk-test", "--model", "m",
        "--cache-dir", str(tmp_path / "cache"), "--chunking", "sections",
    ]  # fmt: skip


def test_cli_exits_4_and_prints_the_partial_label(quick_retries: None, tmp_path: Path) -> None:
    with FakeOpenAIServer(reply=failing_for(DOOMED, server_error)) as server:
        result = CliRunner().invoke(main, ["label", str(SEED), *llm_args(server, tmp_path)])

    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    label = json.loads(result.stdout)
    assert label["coverage"]["chunks_failed"] == [
        {"section": DOOMED_NAME, "reason": "HTTP 500 after 5 attempts"}
    ]
    assert label["data_collected"]
    warned = [line for line in result.stderr.splitlines() if "could not read" in line]
    assert warned == [
        f"summarizer: {SEED.stem}: could not read {DOOMED_NAME}: HTTP 500 after 5 attempts"
    ]


def test_a_batch_goes_on_past_partial_and_failed_policies(
    quick_retries: None, tmp_path: Path
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    for seed in [SEED, *OTHER_SEEDS]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    ruined = OTHER_SEEDS[1]  # every chunk of this one fails
    ruined_chunks = split_policy(ruined.read_text(encoding="utf-8"))

    def reply(request: dict[str, Any]) -> Any:
        if is_about(request, DOOMED.text) or any(
            is_about(request, chunk.text) for chunk in ruined_chunks
        ):
            return server_error(request)
        return quoting_reply(request)

    out = tmp_path / "out"
    with FakeOpenAIServer(reply=reply) as server:
        result = CliRunner().invoke(
            main, ["label", str(folder), "--out-dir", str(out), *llm_args(server, tmp_path)]
        )

    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    labels = {path.stem: json.loads(path.read_text()) for path in out.glob("*.json")}
    assert sorted(labels) == sorted(seed.stem for seed in [SEED, *OTHER_SEEDS])
    assert [f["section"] for f in labels[SEED.stem]["coverage"]["chunks_failed"]] == [DOOMED_NAME]
    assert len(labels[ruined.stem]["coverage"]["chunks_failed"]) == len(ruined_chunks)
    assert labels[ruined.stem]["coverage"]["chunks_read"] == 0
    complete = labels[OTHER_SEEDS[0].stem]
    assert complete["coverage"]["chunks_failed"] == []
    assert complete["coverage"]["chunks_read"] == complete["coverage"]["chunks"]
    assert complete["data_collected"]
    summary = result.stderr[result.stderr.index("summarizer batch") :]
    assert re.search(r"│\s+1\s+│\s+2\s+│\s+0\s+│", summary), summary  # labelled, partial, failed


def test_exit_code_4_is_documented_as_partial_in_the_help_and_the_readme() -> None:
    help_text = CliRunner().invoke(main, ["label", "--help"]).output
    assert re.search(r"\b4 partial\b", " ".join(help_text.split()))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^\| 4 \| partial\b", readme, re.MULTILINE)


def test_chunk_in_reads_the_chunk_a_request_is_about() -> None:
    with FakeOpenAIServer(reply=quoting_reply) as server:
        extractor = LLMExtractor(
            Settings(base_url=server.url, api_key="k", model="m", chunking="sections")
        )
        extractor.extract(DOOMED, SEED.read_text(encoding="utf-8"))
        (request,) = server.requests
    assert chunk_in(request) == DOOMED.text
