"""The API key never shows: not in the cache, logs (even at DEBUG), labels in any
format, eval reports, stdout/stderr or error messages, whether the run succeeds, is
partial, is refused (401, with a server that echoes the key back) or is an eval."""

from __future__ import annotations

import base64
import json
import logging
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fake_openai_server import FakeOpenAIServer, RawReply
from fakes import GOLD, POLICIES
from robust_helpers import files_under, is_about, quoting_reply

import summarizer.engines.llm
from summarizer.cli.main import main
from summarizer.engines.llm import LLMExtractor
from summarizer.settings import Settings
from summarizer.text.chunking import split_policy

KEY = "sk-test-SECRET-9f8e7d"
SEED = POLICIES / "000_11594554f452ae84.txt"
DOOMED = split_policy(SEED.read_text(encoding="utf-8"))[2]
# openai 3 speaks HTTP through httpx2/httpcore2; older versions through httpx/httpcore.
LOGGERS = ("summarizer", "openai", "httpx", "httpcore", "httpx2", "httpcore2", "instructor")


class QuickRetries(LLMExtractor):
    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(settings, backoff_base_s=0.001, backoff_cap_s=0.005, **options)


@pytest.fixture(autouse=True)
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """DEBUG everywhere: the root logger and the libraries that set their own level."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizer.engines.llm, "LLMExtractor", QuickRetries)


def echoing_failure(request: dict[str, Any]) -> RawReply:
    """A careless server: the error body repeats the key (and the auth header)."""
    body = {"error": {"message": f"bad request for key {KEY} (Bearer {KEY})", "type": "x"}}
    return RawReply(400, json.dumps(body))


def partial_reply(request: dict[str, Any]) -> Any:
    return echoing_failure(request) if is_about(request, DOOMED.text) else quoting_reply(request)


def llm_args(server: FakeOpenAIServer, tmp_path: Path, key_flag: bool = True) -> list[str]:
    args = ["--engine", "llm", "--base-url", server.url, "--model", "m"]
    # One call per section, so one section can fail while the others are labelled.
    args += ["--cache-dir", str(tmp_path / "cache"), "--chunking", "sections"]
    return [*args, "--api-key", KEY] if key_flag else args


def run_label(server: FakeOpenAIServer, tmp_path: Path, *extra: str, **env: str) -> list[Result]:
    """`label` to stdout and to --out-dir in json, md and html (with the key as a flag,
    or, when `env` gives it, from OPENAI_API_KEY)."""
    runner = CliRunner()
    args = [*llm_args(server, tmp_path, key_flag=not env), *extra]
    results = [runner.invoke(main, ["label", str(SEED), *args], env=env)]
    for fmt in ("json", "md", "html"):
        out = ["--out-dir", str(tmp_path / "out"), "--format", fmt]
        results.append(runner.invoke(main, ["label", str(SEED), *args, *out], env=env))
    return results


def assert_key_nowhere(
    tmp_path: Path,
    results: list[Result],
    caplog: pytest.LogCaptureFixture,
    *,
    library_logs: bool = True,
) -> None:
    """The key is in no file under `tmp_path`, no output, no error and no log record
    (with `library_logs=False`, only our own log records are checked)."""
    files = list(files_under(tmp_path))
    assert files, "the run wrote nothing to scan"
    for path in files:
        assert KEY.encode() not in path.read_bytes(), f"the key is in {path}"
    for result in results:
        assert KEY not in result.stdout and KEY not in result.stderr
        assert KEY not in repr(result.exception) and KEY not in str(result.exc_info)
    sources = {record.name.split(".")[0] for record in caplog.records}
    assert "openai" in sources and sources & {"httpcore", "httpcore2"}, (
        f"the HTTP stack logged nothing at DEBUG (only {sorted(sources)}): the scan proves little"
    )
    records = [r for r in caplog.records if library_logs or r.name.startswith("summarizer")]
    assert KEY not in "\n".join(caplog.handler.format(record) for record in records)
    for record in records:
        assert KEY not in record.getMessage(), record.name
        assert KEY not in repr(record.args), record.name


Scenario = Callable[[FakeOpenAIServer, Path], list[Result]]


def test_a_successful_run_shows_the_key_nowhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(reply=quoting_reply, api_key=KEY) as server:
        results = run_label(server, tmp_path)
        from_env = run_label(server, tmp_path, OPENAI_API_KEY=KEY)

    assert [result.exit_code for result in results + from_env] == [0] * 8
    assert all(auth == f"Bearer {KEY}" for auth in server.authorizations)  # it was sent
    assert (tmp_path / "out" / f"{SEED.stem}.html").exists()
    assert_key_nowhere(tmp_path, results + from_env, caplog)


def test_a_partial_run_against_a_server_that_echoes_the_key_shows_it_nowhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(reply=partial_reply, api_key=KEY) as server:
        results = run_label(server, tmp_path)

    assert [result.exit_code for result in results] == [4] * 4
    label = json.loads((tmp_path / "out" / f"{SEED.stem}.json").read_text())
    (failed,) = label["coverage"]["chunks_failed"]
    assert failed["reason"].startswith("HTTP 400") and "***" in failed["reason"]
    assert_key_nowhere(tmp_path, results, caplog)


def test_a_rejected_key_is_one_line_that_does_not_show_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The server wants another key and, like a careless server, echoes the one it got.
    with FakeOpenAIServer(reply=quoting_reply, api_key="sk-other", echo_key_in_errors=True) as (
        server
    ):
        results = run_label(server, tmp_path)

    for result in results:
        assert result.exit_code == 3, result.output
        assert "rejected the API key (401)" in result.stderr
    assert_key_nowhere(tmp_path, results, caplog)


def test_a_server_error_that_echoes_the_key_is_not_shown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def reply(request: dict[str, Any]) -> RawReply:
        return RawReply(503, json.dumps({"error": {"message": f"overloaded ({KEY})"}}))

    with FakeOpenAIServer(reply=reply, api_key=KEY) as server:
        results = run_label(server, tmp_path)

    assert [result.exit_code for result in results] == [4] * 4  # every chunk failed
    assert_key_nowhere(tmp_path, results, caplog)


def test_eval_shows_the_key_nowhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "eval" / "result.json"
    with FakeOpenAIServer(reply=quoting_reply, api_key=KEY) as server:
        args = ["--policies", str(POLICIES), "--gold", str(GOLD), "--out", str(out)]
        result = CliRunner().invoke(main, ["eval", *args, *llm_args(server, tmp_path)])

    assert result.exit_code == 0, result.output
    assert out.exists() and out.with_suffix(".md").exists()
    assert json.loads(out.read_text())["meta"]
    assert_key_nowhere(tmp_path, [result], caplog)


def test_a_key_in_the_base_url_is_not_recorded_by_summarizer(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(reply=quoting_reply) as server:
        url = server.url.replace("http://", f"http://user:{KEY}@")
        args = ["--engine", "llm", "--base-url", url, "--model", "m"]
        args += ["--cache-dir", str(tmp_path / "cache"), "--out-dir", str(tmp_path / "out")]
        result = CliRunner().invoke(main, ["label", str(SEED), *args])
        public_url = server.url

    assert result.exit_code == 0, result.output
    label = json.loads((tmp_path / "out" / f"{SEED.stem}.json").read_text())
    assert label["provenance"]["endpoint"] == public_url
    # openai's own DEBUG log prints each request URL whole, user info included: a key
    # in the URL is only as private as that log. Everything summarizer writes is clean.
    assert_key_nowhere(tmp_path, [result], caplog, library_logs=False)


# --- keys as users paste them, and servers that echo them in other spellings ---------------


def test_a_key_read_from_a_file_with_windows_line_endings_is_sent_without_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(reply=quoting_reply, api_key=KEY) as server:
        results = run_label(server, tmp_path, OPENAI_API_KEY=f"{KEY}\r\n")

    assert [result.exit_code for result in results] == [0] * 4, results[0].output
    assert server.authorizations and set(server.authorizations) == {f"Bearer {KEY}"}
    assert_key_nowhere(tmp_path, results, caplog)


@pytest.mark.parametrize("given", ["flag", "environment"])
@pytest.mark.parametrize("bad", [f"{KEY}\x01x", f"sk-\x1b[8m{KEY}", f"{KEY}é", f"{KEY}\r\nX"])
def test_a_key_with_control_or_non_ascii_characters_is_refused_in_one_line(
    bad: str, given: str
) -> None:
    args = ["label", str(SEED), "--engine", "llm", "--base-url", "http://127.0.0.1:9/v1"]
    if given == "flag":
        result = CliRunner().invoke(main, [*args, "--api-key", bad])
    else:
        result = CliRunner().invoke(main, args, env={"OPENAI_API_KEY": bad})

    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "API key" in lines[0] and "non-ASCII" in lines[0]
    assert KEY not in result.stderr and "Traceback" not in result.output


ODD_KEY = "sk-proj/SECRET+9f8e7d=="  # URL-encodes and base64-encodes to other strings


def echo_in_every_spelling(request: dict[str, Any]) -> Any:
    if not is_about(request, DOOMED.text):
        return quoting_reply(request)
    spellings = [
        urllib.parse.quote(ODD_KEY, safe=""),
        urllib.parse.quote_plus(ODD_KEY),
        base64.b64encode(ODD_KEY.encode()).decode(),
        base64.b64encode(f"user:{ODD_KEY}".encode()).decode(),
    ]
    message = "bad request; you sent " + " ".join(spellings)
    return RawReply(400, json.dumps({"error": {"message": message, "type": "x"}}))


def test_a_key_echoed_url_encoded_or_in_base64_is_in_no_label_and_no_output(
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    with FakeOpenAIServer(reply=echo_in_every_spelling, api_key=ODD_KEY) as server:
        args = ["label", str(SEED), "--engine", "llm", "--base-url", server.url, "--model", "m"]
        args += ["--cache-dir", str(tmp_path / "cache"), "--api-key", ODD_KEY]
        args += ["--chunking", "sections"]  # one section fails, the others are labelled
        results = [runner.invoke(main, [*args, "--out-dir", str(tmp_path / "out")])]
        results.append(runner.invoke(main, [*args, "--format", "json"]))

    assert [result.exit_code for result in results] == [4, 4], results[0].output
    label = json.loads((tmp_path / "out" / f"{SEED.stem}.json").read_text())
    (failed,) = label["coverage"]["chunks_failed"]
    assert failed["reason"].startswith("HTTP 400") and "***" in failed["reason"]
    secret_part = "SECRET+9f8e7d"  # in every spelling, by some encoding of it
    encoded = [
        secret_part,
        urllib.parse.quote(secret_part, safe=""),
        base64.b64encode(ODD_KEY.encode()).decode()[4:20],
        base64.b64encode(f"user:{ODD_KEY}".encode()).decode()[8:24],
    ]
    written = "".join(path.read_text("utf-8", "replace") for path in files_under(tmp_path / "out"))
    for text in [written, *(r.stdout for r in results), *(r.stderr for r in results)]:
        for spelling in encoded:
            assert spelling not in text, spelling
