"""Crash safety: `summarizer label DIR --out-dir OUT` as a separate process against a
slow fake endpoint, killed (SIGKILL) mid-run and run again, interrupted (SIGINT),
or run twice at once on one cache; and atomic output writes under SIGKILL."""

from __future__ import annotations

import asyncio
import errno
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import diskcache
import pytest
from click.testing import CliRunner
from fake_openai_server import FakeOpenAIServer
from fakes import POLICIES
from robust_helpers import ROOT, cli_command, cli_environment, quoting_reply, start_cli

from summarizer.batch import alabel_batch, collect_inputs
from summarizer.cli.main import main, write_atomically
from summarizer.engines.llm import LLMExtractor
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache
from summarizer.errors import OutputError
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.settings import Settings

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
    pytest.mark.slow,
]

MODEL = "crash-test-model"
LATENCY_S = 0.15
CONCURRENCY = 2


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(reply=quoting_reply, latency_s=LATENCY_S) as running:
        yield running


@pytest.fixture(scope="module")
def policy_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("policies")
    for seed in sorted(POLICIES.glob("*.txt")):
        if not seed.name.startswith("001"):  # the long one (32 chunks) only adds time
            (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def settings_for(server: FakeOpenAIServer, cache_dir: Path | None = None) -> Settings:
    # One call per section: enough calls in flight that a kill lands mid-run.
    return Settings(
        base_url=server.url, api_key="sk-test", model=MODEL, cache_dir=cache_dir,
        chunking="sections",
    )  # fmt: skip


def label_args(server: FakeOpenAIServer, policy_dir: Path, out: Path, cache: Path) -> list[str]:
    return [
        "label", str(policy_dir), "--out-dir", str(out), "--engine", "llm",
        "--base-url", server.url, "--api-key", "sk-test", "--model", MODEL,
        "--cache-dir", str(cache), "--concurrency", str(CONCURRENCY), "--chunking", "sections",
    ]  # fmt: skip


def all_keys(server: FakeOpenAIServer, policy_dir: Path) -> set[str]:
    """The cache key of every chunk of every policy, as the CLI's extractor makes them."""
    keyer = CachedExtractor(LLMExtractor(settings_for(server)), cache=None)  # type: ignore[arg-type]
    return {
        keyer.key_for(chunk)
        for path in sorted(policy_dir.glob("*.txt"))
        for chunk in keyer.split_policy(path.read_text(encoding="utf-8"))
    }


def cached_keys(cache_dir: Path) -> set[str]:
    """Keys in the cache, after checking that every entry reads back as findings."""
    with diskcache.Cache(str(cache_dir)) as raw:
        keys = {str(key) for key in raw.iterkeys()}
    with FindingsCache(cache_dir) as cache:
        for key in keys:
            assert cache.get(key) is not None, f"cache entry {key} does not read back"
    return keys


def written_labels(out: Path) -> dict[str, PrivacyNutritionLabel]:
    """Every output file, each of which must be a whole label; temporary files aside."""
    labels: dict[str, PrivacyNutritionLabel] = {}
    for path in sorted(out.iterdir()) if out.exists() else []:
        if path.name.startswith("."):
            assert path.name.endswith(".tmp"), path.name  # an unfinished atomic write
            continue
        if path.name in ("index.csv", "index.jsonl"):  # the batch index, not a label
            continue
        labels[path.stem] = PrivacyNutritionLabel.model_validate_json(path.read_bytes())
    return labels


def content(label: PrivacyNutritionLabel) -> dict[str, Any]:
    return label.model_dump(mode="json", exclude={"coverage", "provenance"})


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            _, err = process.communicate()
            raise AssertionError(f"the run ended early ({process.returncode}): {err}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("timed out waiting for the run to get going")
        time.sleep(0.02)


def reference_labels(server: FakeOpenAIServer, policy_dir: Path, cache_dir: Path) -> dict:
    """The labels of an uninterrupted run (in this process, its own cache)."""
    extractor = CachedExtractor(LLMExtractor(settings_for(server)), FindingsCache(cache_dir))
    result = asyncio.run(alabel_batch(collect_inputs([policy_dir]), extractor, concurrency=4))
    extractor.close()
    return {item.input.id: item.label for item in result.items}


def test_a_batch_killed_mid_run_resumes_from_the_cache_without_redoing_finished_chunks(
    server: FakeOpenAIServer, policy_dir: Path, tmp_path: Path
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    keys = all_keys(server, policy_dir)
    args = label_args(server, policy_dir, out, cache)

    first = start_cli(*args)
    wait_for(lambda: server.request_count >= len(keys) // 3, first, timeout=120)
    first.kill()
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    time.sleep(2 * LATENCY_S)  # requests already sent finish on the server side

    finished = cached_keys(cache)
    assert finished <= keys
    assert 0 < len(finished) < len(keys), "the kill should land mid-run"
    partial_outputs = written_labels(out)  # whole labels or nothing
    assert len(partial_outputs) < len(list(policy_dir.glob("*.txt")))
    requests_before = server.request_count

    second = subprocess.run(
        cli_command(*args),
        cwd=ROOT,
        env=cli_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert server.request_count - requests_before == len(keys - finished)
    assert cached_keys(cache) == keys
    labels = written_labels(out)
    assert sorted(labels) == sorted(path.stem for path in policy_dir.glob("*.txt"))
    assert sum(label.coverage.chunks_cached for label in labels.values()) >= len(finished)
    assert sum(label.provenance.calls for label in labels.values()) == len(keys - finished)
    reference = reference_labels(server, policy_dir, tmp_path / "reference-cache")
    assert {name: content(label) for name, label in labels.items()} == {
        name: content(label) for name, label in reference.items()
    }


def test_two_processes_sharing_one_cache_both_finish_with_equal_labels(
    server: FakeOpenAIServer, policy_dir: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    keys = all_keys(server, policy_dir)
    runs = [
        start_cli(*label_args(server, policy_dir, tmp_path / f"out-{n}", cache)) for n in (1, 2)
    ]
    results = [run.communicate(timeout=300) for run in runs]

    for run, (_, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err
    first, second = written_labels(tmp_path / "out-1"), written_labels(tmp_path / "out-2")
    assert len(first) == len(list(policy_dir.glob("*.txt")))
    assert {name: content(label) for name, label in first.items()} == {
        name: content(label) for name, label in second.items()
    }
    assert cached_keys(cache) == keys
    # Each chunk was asked at most once per process, and the cache saved some repeats.
    assert len(keys) <= server.request_count <= 2 * len(keys)


@pytest.fixture(params=["launched_in_a_terminal", "launched_in_the_background"])
def launch(request: pytest.FixtureRequest) -> Iterator[None]:
    """In the background (`nohup pytest &`, `setsid ... &`) the suite inherits SIGINT
    ignored, and so would the CLI it starts, unless the child restores it."""
    if request.param == "launched_in_the_background":
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
    else:
        yield


def test_ctrl_c_exits_130_with_one_line_and_keeps_what_finished(
    server: FakeOpenAIServer, policy_dir: Path, tmp_path: Path, launch: None
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    run = start_cli(*label_args(server, policy_dir, out, cache))
    wait_for(lambda: server.request_count >= 6, run, timeout=120)

    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=60)

    assert run.returncode == 130, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert [line for line in lines if not line.startswith("summarizer: engine ")] == [
        "summarizer: interrupted; finished results are kept (and cached)."
    ], err
    written_labels(out)  # whatever was written is whole
    assert len(cached_keys(cache)) >= 1


# --- atomic writes ------------------------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from summarizer.cli.main import main, write_atomically
from summarizer.errors import OutputError

target = Path(sys.argv[1])
payloads = [b"a" * 8_000_000, b"b" * 8_000_000]
write_atomically(target, payloads[0])
print("ready", flush=True)
number = 1
while True:
    write_atomically(target, payloads[number % 2])
    number += 1
"""


def test_an_output_file_killed_mid_write_is_the_old_or_the_new_file_never_half(
    tmp_path: Path,
) -> None:
    target = tmp_path / "label.json"
    whole = {b"a" * 8_000_000, b"b" * 8_000_000}
    delays = random.Random(5)
    for _ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)],
            cwd=ROOT,
            env=cli_environment(),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        time.sleep(delays.uniform(0.0, 0.3))
        writer.kill()
        writer.wait(timeout=30)
        assert target.read_bytes() in whole
        leftovers = [path.name for path in tmp_path.iterdir() if path != target]
        assert all(name.startswith(".label.json.") for name in leftovers), leftovers


class DiskFills:
    """A file that takes half of what is written, then reports a full disk."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> DiskFills:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: DiskFills(real_fdopen(fd, mode)))


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, full_disk: None
) -> None:
    target = tmp_path / "label.json"
    target.write_text('{"old": true}')

    with pytest.raises(OutputError, match="No space left on device"):
        write_atomically(target, '{"new": true, "padding": "' + "x" * 10_000 + '"}')

    assert target.read_text() == '{"old": true}'
    assert [path.name for path in tmp_path.iterdir()] == ["label.json"]


def test_a_full_disk_stops_the_batch_with_one_line_and_no_traceback(
    tmp_path: Path, policy_dir: Path, full_disk: None
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["label", str(policy_dir), "--out-dir", str(out)])

    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    problems = [line for line in result.stderr.splitlines() if "engine" not in line]
    assert len(problems) == 1 and "No space left on device" in problems[0], result.stderr
    assert str(out) in problems[0]
    assert [path for path in out.iterdir()] == []  # no half-written label left behind


def test_temporaries_left_by_a_killed_run_are_removed_once_stale(tmp_path: Path) -> None:
    target = tmp_path / "label [1].json"
    stale = tmp_path / ".label [1].json.abc123.tmp"
    fresh = tmp_path / ".label [1].json.def456.tmp"  # perhaps another process, mid-write
    other = tmp_path / ".other.json.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_text("half a label")
    hours_ago = time.time() - 2 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))

    write_atomically(target, '{"ok": true}')

    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [target.name, fresh.name, other.name]
    )
