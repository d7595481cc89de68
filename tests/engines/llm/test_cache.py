"""The findings cache and the caching extractor."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import diskcache
import pytest

from summarizer.engines.base import ExtractionResult
from summarizer.engines.llm import cache as cache_module
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache, cache_key
from summarizer.errors import ChunkFailedError
from summarizer.label.findings import ChunkFindings
from summarizer.text.chunking import Chunk

ROOT = Path(__file__).resolve().parents[3]
FINDINGS = ChunkFindings.model_validate(
    {
        "service_name": "Acme",
        "purposes": [{"purpose": "analytics", "quote": "We study how the site is used."}],
    }
)
CHUNK = Chunk(
    index=0, start=0, end=31, text="We study how the site is used.", heading_path=("Use",)
)


class CountingExtractor:
    """Returns queued results (or raises queued errors), counting calls."""

    engine = "fake"

    def __init__(self, *outcomes: ExtractionResult | Exception) -> None:
        self.outcomes = list(outcomes)
        self.calls = 0

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def describe(self) -> dict[str, str | None]:
        return {"model": "m", "endpoint": None, "mode": None, "prompt_version": "p1"}


class AsyncCountingExtractor(CountingExtractor):
    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        return self.extract(chunk, policy_text)


def fresh(findings: ChunkFindings = FINDINGS) -> ExtractionResult:
    return ExtractionResult(findings=findings, calls=1, prompt_tokens=7, completion_tokens=3)


def test_findings_round_trip_through_the_model(tmp_path: Path) -> None:
    with FindingsCache(tmp_path) as cache:
        cache.set("k", FINDINGS)
        assert cache.get("k") == FINDINGS
        assert cache.get("other") is None


@pytest.mark.parametrize(
    "stored",
    ["{not json", '{"purposes": [{"purpose": "astrology", "quote": "abc"}]}', b"\x00\x01", 42],
)
def test_an_entry_that_does_not_validate_is_a_miss_and_is_deleted(
    tmp_path: Path, stored: object
) -> None:
    with diskcache.Cache(str(tmp_path)) as raw:
        raw.set("k", stored)
    with FindingsCache(tmp_path) as cache:
        assert cache.get("k") is None
        assert len(cache) == 0


def test_cache_key_leaves_out_anything_named_like_a_secret() -> None:
    plain = cache_key({"model": "m", "nested": {"a": 1}}, "text")
    with_secrets = cache_key(
        {
            "model": "m",
            "api_key": "sk-1",
            "OPENAI_API_KEY": "sk-2",
            "nested": {"a": 1, "password": "x"},
        },
        "text",
    )
    assert with_secrets == plain
    assert cache_key({"model": "m", "max_tokens": 1}, "t") != cache_key(
        {"model": "m", "max_tokens": 2}, "t"
    )


def test_cache_key_depends_on_every_part_the_chunk_and_the_schema_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = cache_key({"model": "m", "prompt_version": "p1"}, "text")
    assert cache_key({"model": "m2", "prompt_version": "p1"}, "text") != base
    assert cache_key({"model": "m", "prompt_version": "p2"}, "text") != base
    assert cache_key({"model": "m", "prompt_version": "p1"}, "text ") != base
    assert cache_key({"prompt_version": "p1", "model": "m"}, "text") == base
    monkeypatch.setattr(cache_module, "SCHEMA_VERSION", "999")
    assert cache_key({"model": "m", "prompt_version": "p1"}, "text") != base


def test_a_hit_makes_no_call_and_says_it_was_cached(tmp_path: Path) -> None:
    inner = CountingExtractor(fresh())
    with FindingsCache(tmp_path) as cache:
        extractor = CachedExtractor(inner, cache)
        first = extractor.extract(CHUNK, CHUNK.text)
        second = extractor.extract(CHUNK, CHUNK.text)

    assert inner.calls == 1
    assert (first.cached, first.calls) == (False, 1)
    assert second == ExtractionResult(findings=FINDINGS, calls=0, cached=True)
    assert extractor.engine == "fake"
    assert extractor.describe() == inner.describe()


def test_the_same_text_under_another_heading_is_another_entry(tmp_path: Path) -> None:
    inner = CountingExtractor(fresh(), fresh())
    moved = Chunk(index=3, start=50, end=81, text=CHUNK.text, heading_path=("Elsewhere",))
    with FindingsCache(tmp_path) as cache:
        extractor = CachedExtractor(inner, cache)
        extractor.extract(CHUNK, CHUNK.text)
        extractor.extract(moved, CHUNK.text)
        moved_again = Chunk(index=9, start=0, end=31, text=CHUNK.text, heading_path=("Elsewhere",))
        assert extractor.extract(moved_again, CHUNK.text).cached

    assert inner.calls == 2


def test_failures_are_never_stored(tmp_path: Path) -> None:
    inner = CountingExtractor(ChunkFailedError("HTTP 503 after 5 attempts"), fresh())
    with FindingsCache(tmp_path) as cache:
        extractor = CachedExtractor(inner, cache)
        with pytest.raises(ChunkFailedError):
            extractor.extract(CHUNK, CHUNK.text)
        assert len(cache) == 0
        assert extractor.extract(CHUNK, CHUNK.text).cached is False

    assert inner.calls == 2


def test_truncated_results_are_never_stored(tmp_path: Path) -> None:
    cut = ExtractionResult(findings=FINDINGS, calls=1, truncated=True)
    inner = CountingExtractor(cut, fresh())
    with FindingsCache(tmp_path) as cache:
        extractor = CachedExtractor(inner, cache)
        assert extractor.extract(CHUNK, CHUNK.text).truncated
        assert extractor.extract(CHUNK, CHUNK.text).cached is False
        assert extractor.extract(CHUNK, CHUNK.text).cached is True

    assert inner.calls == 2


@pytest.mark.parametrize("inner_type", [CountingExtractor, AsyncCountingExtractor])
def test_async_extract_uses_the_cache_for_sync_and_async_extractors(
    tmp_path: Path, inner_type: type[CountingExtractor]
) -> None:
    inner = inner_type(fresh())
    with FindingsCache(tmp_path) as cache:
        extractor = CachedExtractor(inner, cache)
        first = asyncio.run(extractor.aextract(CHUNK, CHUNK.text))
        second = asyncio.run(extractor.aextract(CHUNK, CHUNK.text))

    assert inner.calls == 1
    assert first.findings == second.findings == FINDINGS
    assert second.cached and not first.cached


def test_another_process_sees_what_this_one_stored(tmp_path: Path) -> None:
    key = cache_key({"model": "m"}, CHUNK.text)
    with FindingsCache(tmp_path) as cache:
        cache.set(key, FINDINGS)
        script = (
            "import sys; from pathlib import Path; from summarizer.engines.llm.cache import FindingsCache\n"
            "from summarizer.label.findings import ChunkFindings\n"
            "with FindingsCache(Path(sys.argv[1])) as cache:\n"
            "    found = cache.get(sys.argv[2])\n"
            "    cache.set('from-child', ChunkFindings(service_name='Child'))\n"
            "print(found.service_name)\n"
        )
        child = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path), key],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT)},
            timeout=60,
            check=True,
        )
        assert child.stdout.strip() == "Acme"
        child_entry = cache.get("from-child")

    assert child_entry is not None and child_entry.service_name == "Child"


# --- a damaged cache is set aside, not fatal ----------------------------------------------------


def damaged_names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if ".damaged-" in path.name)


def test_a_cache_file_that_is_not_sqlite_is_moved_aside_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "cache.db").write_text("these are not the bytes of a database")

    with FindingsCache(tmp_path) as cache:
        assert cache.get("key") is None
        cache.set("key", FINDINGS)
        assert cache.get("key") == FINDINGS  # a fresh cache, working

    assert damaged_names(tmp_path) == [damaged_names(tmp_path)[0]]
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "damaged" in warnings[0].getMessage()


def test_a_cache_damaged_while_open_is_a_miss_and_replaced_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FindingsCache(tmp_path) as cache:
        for number in range(50):
            cache.set(f"key-{number}", FINDINGS)
    database = tmp_path / "cache.db"
    database.write_bytes(database.read_bytes()[:1000])  # truncated mid-page

    with FindingsCache(tmp_path) as cache:
        assert [cache.get(f"key-{n}") for n in range(5)] == [None] * 5
        cache.set("key-0", FINDINGS)
        assert cache.get("key-0") == FINDINGS

    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "damaged" in warnings[0].getMessage()
    assert damaged_names(tmp_path)


def test_the_cli_labels_with_a_damaged_cache_and_says_so_once(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from fake_openai_server import FakeOpenAIServer
    from fakes import POLICIES
    from robust_helpers import quoting_reply

    from summarizer.cli.main import main

    (tmp_path / "cache.db").write_text("not a database")
    policy = sorted(POLICIES.glob("*.txt"))[2]
    with FakeOpenAIServer(reply=quoting_reply) as server:
        args = ["label", str(policy), "--engine", "llm", "--base-url", server.url]
        result = CliRunner().invoke(main, [*args, "--cache-dir", str(tmp_path), "--format", "json"])

    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "damaged" in line]
    assert len(warnings) == 1 and warnings[0].startswith("summarizer: warning: "), result.stderr
    assert damaged_names(tmp_path)
