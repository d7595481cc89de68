"""`summarizer label --batch-api`: the OpenAI Batch API against a loopback fake
(`fake_batch_server`), whose batch replies come from the same reply functions as
the online fake's."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fake_batch_server import FakeBatchServer
from fake_openai_server import FakeOpenAIServer, RawReply
from fakes import POLICIES, seed_paths
from page_server import serve_page
from robust_helpers import chunk_in, files_under, quoting_reply, start_cli

from summarizer.cli.main import main
from summarizer.engines.llm.batch_api import STATE_DIR

KEY = "sk-batch-secret-4242"


def label_args(server: FakeOpenAIServer, cache: Path, *inputs: str | Path) -> list[str]:
    return [
        "label", *map(str, inputs), "--format", "json", "--engine", "llm",
        "--base-url", server.url, "--api-key", KEY, "--model", "m",
        "--cache-dir", str(cache), "--batch-poll", "0.01",
    ]  # fmt: skip


def run(args: list[str]) -> Result:
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result


def labels(result: Result) -> dict[str, dict[str, Any]]:
    """Labels by policy id (JSON Lines), or {"only": label} for one policy."""
    try:
        return {"only": json.loads(result.stdout)}
    except json.JSONDecodeError:
        lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {line["id"]: line["label"] for line in lines}


def without_timing(label: dict[str, Any]) -> dict[str, Any]:
    label = json.loads(json.dumps(label))
    label["provenance"].pop("wall_time_s")
    label["provenance"].pop("labelled_at")  # when it was made, not what it says
    return label


def kill_once_its_batch_is_recorded(
    process: subprocess.Popen[str], cache: Path
) -> tuple[list[Path], str]:
    """Kill a running `--batch-api` run once its state file names its batch (the server
    knowing the batch is not enough: the run may not have recorded it yet); the state
    files and the run's stderr."""
    deadline = time.monotonic() + 60
    states: list[Path] = []
    while time.monotonic() < deadline and process.poll() is None:
        states = list((cache / STATE_DIR).glob("*.json"))
        if states and "batch_id" in states[0].read_text():
            break
        time.sleep(0.05)
    process.kill()
    _, stderr = process.communicate(timeout=30)
    return states, stderr


def test_a_completed_batch_labels_exactly_as_online_calls_do(tmp_path: Path) -> None:
    with FakeBatchServer(reply=quoting_reply, batch_polls=3, api_key=KEY) as server:
        online = run(label_args(server, tmp_path / "online", POLICIES))
        online_requests = server.request_count
        batched = run([*label_args(server, tmp_path / "batch", POLICIES), "--batch-api"])
        uploaded = server.files["file-1"].decode().splitlines()

    assert online.exit_code == batched.exit_code == 0, batched.output
    assert server.batches_created == 1
    assert len(uploaded) == online_requests == len(seed_paths())
    line = json.loads(uploaded[0])
    assert (line["method"], line["url"]) == ("POST", "/v1/chat/completions")
    assert line["body"]["model"] == "m" and line["body"]["tools"]
    online_labels, batch_labels = labels(online), labels(batched)
    assert online_labels.keys() == batch_labels.keys()
    for policy, label in online_labels.items():
        assert without_timing(batch_labels[policy]) == without_timing(label)
        assert label["data_collected"], "the comparison must cover real claims"
    assert "in_progress" in batched.stderr and "completed" in batched.stderr


def failing_some(request: dict[str, Any]) -> dict[str, Any] | str | RawReply:
    chunk = chunk_in(request)
    if "Zebra" in chunk:
        return RawReply(500, json.dumps({"error": {"message": "The server had an error."}}))
    if "Yak" in chunk:
        return "this is not the JSON the schema asks for"
    return quoting_reply(request)


def three_policies(tmp_path: Path) -> Path:
    jsonl = tmp_path / "corpus.jsonl"
    # Each a short but real policy (a single sentence is not graded as one).
    rest = " We share it with our service providers. You may request deletion of your data."
    texts = {
        "fine": "We collect your email address when you sign up." + rest,
        "zebra": "Zebra Inc. collects your location when you use the map." + rest,
        "yak": "Yak Ltd. sets a cookie to remember you." + rest,
    }
    jsonl.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()))
    return jsonl


def test_requests_that_fail_in_the_batch_are_failed_chunks_and_exit_4(tmp_path: Path) -> None:
    corpus = three_policies(tmp_path)
    with FakeBatchServer(reply=failing_some, api_key=KEY) as server:
        result = run([*label_args(server, tmp_path / "cache", corpus), "--batch-api"])
        # A second run without --batch-api asks the endpoint for the failed chunks only.
        server.reply = quoting_reply
        before = server.request_count
        second = run(label_args(server, tmp_path / "cache", corpus))
        asked_again = sorted(chunk_in(request) for request in server.requests[before:])

    assert result.exit_code == 4, result.output
    found = labels(result)
    assert found["fine"]["coverage"]["chunks_failed"] == []
    assert found["fine"]["data_collected"][0]["category"] == "contact_info"
    (zebra,) = found["zebra"]["coverage"]["chunks_failed"]
    assert zebra["reason"] == "batch: HTTP 500: The server had an error."
    (yak,) = found["yak"]["coverage"]["chunks_failed"]
    assert yak["reason"] == "batch: output failed validation (a batch does not re-ask)"
    assert "could not read #1" in result.stderr
    assert found["zebra"]["provenance"]["calls"] == 1  # a failed request is still a request

    assert second.exit_code == 0, second.output
    rest = " We share it with our service providers. You may request deletion of your data."
    assert asked_again == sorted(
        ["Yak Ltd. sets a cookie to remember you." + rest,
         "Zebra Inc. collects your location when you use the map." + rest]
    )  # fmt: skip
    assert labels(second)["fine"]["coverage"]["chunks_cached"] == 1


def test_an_expired_batch_uses_what_completed_and_fails_the_rest(tmp_path: Path) -> None:
    with FakeBatchServer(reply=quoting_reply, expire_after=2, api_key=KEY) as server:
        result = run([*label_args(server, tmp_path / "cache", POLICIES), "--batch-api"])

    assert result.exit_code == 4, result.output
    found = labels(result)
    assert len(found) == 5
    read = [policy for policy, label in found.items() if not label["coverage"]["chunks_failed"]]
    failed = [label["coverage"]["chunks_failed"] for label in found.values()]
    reasons = {chunk["reason"] for chunks in failed for chunk in chunks}
    assert len(read) == 2
    assert reasons == {
        "batch: This request could not be executed before the completion window expired."
    }
    assert "batch_1 expired" in result.stderr


def test_a_run_killed_while_polling_resumes_the_same_batch(tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "out"
    with FakeBatchServer(reply=quoting_reply, hold_batches=True, api_key=KEY) as server:
        args = [*label_args(server, cache, POLICIES), "--batch-api", "--out-dir", str(out)]
        first = start_cli(*args)
        states, first_err = kill_once_its_batch_is_recorded(first, cache)
        assert states, f"no state file was written: {first_err}"
        state = json.loads(states[0].read_text())
        server.hold_batches = False
        result = run([*args])

    assert state["batches"] == [{"input_file_id": "file-1", "batch_id": "batch_1"}]
    assert server.batches_created == 1
    assert result.exit_code == 0, result.output
    assert "resuming batch batch_1" in result.stderr
    assert sorted(path.stem for path in out.glob("*.json")) == [p.stem for p in seed_paths()]
    assert not list((cache / STATE_DIR).glob("*.json")), "a collected batch is forgotten"
    everything = [first_err, result.stdout, result.stderr, json.dumps(state)]
    everything += [p.read_text(errors="replace") for p in files_under(tmp_path) if p.is_file()]
    everything += [data.decode(errors="replace") for data in server.files.values()]
    assert all(KEY not in text for text in everything)
    assert server.batch_authorizations == [f"Bearer {KEY}"]  # it was sent, as a header


def test_batch_cancel_stops_the_runs_batch_and_labels_with_what_it_answered(
    tmp_path: Path,
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "out"
    with FakeBatchServer(
        reply=quoting_reply, hold_batches=True, held_done=2, api_key=KEY
    ) as server:
        args = [*label_args(server, cache, POLICIES), "--batch-api", "--out-dir", str(out)]
        first = start_cli(*args)
        kill_once_its_batch_is_recorded(first, cache)
        cancelled = run([*args, "--batch-cancel"])
        nothing_left = run([*label_args(server, tmp_path / "other", POLICIES), "--batch-cancel"])

    assert server.cancelled == ["batch_1"] and server.batches_created == 1
    assert cancelled.exit_code == 4, cancelled.output  # the unanswered chunks failed
    assert "cancelling batch batch_1" in cancelled.stderr
    assert "2 chunks read, 3 failed" in cancelled.stderr
    saved = [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]
    assert sum(1 for label in saved if label["data_collected"]) == 2
    assert not list((cache / STATE_DIR).glob("*.json")), "a cancelled batch is forgotten"
    assert nothing_left.exit_code == 2
    assert "no batch was submitted for these inputs" in nothing_left.stderr


def kill_once_the_server_made_its_batch(
    process: subprocess.Popen[str], server: FakeBatchServer
) -> str:
    """Kill a running `--batch-api` run once the server has created its batch but (its
    reply held back by `create_reply_delay_s`) before the run can record it; its stderr."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None and not server.batches_created:
        time.sleep(0.02)
    process.kill()
    return process.communicate(timeout=30)[1]


def test_a_run_stopped_before_recording_its_batch_finds_it_instead_of_paying_twice(
    tmp_path: Path,
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "out"
    with FakeBatchServer(reply=quoting_reply, create_reply_delay_s=10, api_key=KEY) as server:
        args = [*label_args(server, cache, POLICIES), "--batch-api", "--out-dir", str(out)]
        first_err = kill_once_the_server_made_its_batch(start_cli(*args), server)
        [state_file] = (cache / STATE_DIR).glob("*.json")
        state = json.loads(state_file.read_text())
        server.create_reply_delay_s = 0
        result = run(args)

    assert state["batches"] == [{"input_file_id": "file-1"}], first_err  # no batch id
    assert server.batches_created == 1
    assert result.exit_code == 0, result.output
    assert "resuming batch batch_1, created from this run's requests" in result.stderr
    assert sorted(path.stem for path in out.glob("*.json")) == [p.stem for p in seed_paths()]


def test_batch_cancel_finds_a_batch_its_run_stopped_before_recording(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeBatchServer(
        reply=quoting_reply, create_reply_delay_s=10, hold_batches=True, api_key=KEY
    ) as server:
        args = [*label_args(server, cache, POLICIES), "--batch-api"]
        kill_once_the_server_made_its_batch(start_cli(*args), server)
        cancelled = run([*args, "--batch-cancel"])

    assert server.cancelled == ["batch_1"], cancelled.output
    assert "cancelling batch batch_1" in cancelled.stderr


def test_an_endpoint_that_cannot_list_batches_gets_the_requests_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeBatchServer(
        reply=quoting_reply, create_reply_delay_s=10, can_list=False, api_key=KEY
    ) as server:
        args = [*label_args(server, cache, POLICIES), "--batch-api"]
        kill_once_the_server_made_its_batch(start_cli(*args), server)
        server.create_reply_delay_s = 0
        result = run(args)

    assert result.exit_code == 0, result.output
    assert server.batches_created == 2  # it could not know of the first: it pays twice
    assert "submitted 5 requests as batch batch_2" in result.stderr


def test_batch_id_resumes_a_batch_this_cache_never_saw(tmp_path: Path) -> None:
    with FakeBatchServer(reply=quoting_reply, hold_batches=True, api_key=KEY) as server:
        first = start_cli(*label_args(server, tmp_path / "first", POLICIES), "--batch-api")
        deadline = time.monotonic() + 60
        while server.batches_created == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.kill()
        first.communicate(timeout=30)
        server.hold_batches = False
        result = run([*label_args(server, tmp_path / "other", POLICIES), "--batch-id", "batch_1"])

    assert server.batches_created == 1
    assert result.exit_code == 0, result.output
    assert all(not label["coverage"]["chunks_failed"] for label in labels(result).values())


def test_cached_chunks_are_not_sent_in_the_batch(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first_two = seed_paths()[:2]
    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        run(label_args(server, cache, *first_two))
        result = run([*label_args(server, cache, POLICIES), "--batch-api"])
        sent = [json.loads(line) for line in server.files["file-1"].decode().splitlines()]
        again = run([*label_args(server, cache, POLICIES), "--batch-api"])

    assert result.exit_code == again.exit_code == 0, result.output
    assert len(sent) == 3
    found = labels(result)
    assert [found[p.stem]["coverage"]["chunks_cached"] for p in seed_paths()] == [1, 1, 0, 0, 0]
    assert server.batches_created == 1
    assert "all 5 chunks are cached; nothing to send" in again.stderr


def test_a_chunk_two_policies_share_is_sent_once(tmp_path: Path) -> None:
    jsonl = tmp_path / "twins.jsonl"
    text = "We collect your email address when you sign up."
    jsonl.write_text("".join(json.dumps({"id": n, "text": text}) + "\n" for n in ("a", "b")))
    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        result = run([*label_args(server, tmp_path / "cache", jsonl), "--batch-api"])

    assert result.exit_code == 0, result.output
    assert len(server.files["file-1"].decode().splitlines()) == 1
    found = labels(result)
    assert found["a"]["data_collected"] == found["b"]["data_collected"] != []
    assert found["a"]["provenance"]["calls"] + found["b"]["provenance"]["calls"] == 1


PAGE = (
    b"<html><head><title>Privacy</title></head><body><main><h1>Privacy policy</h1>"
    b"<p>We collect your email address when you sign up.</p>"
    b"<p>We share it with our service providers.</p></main></body></html>"
)


def test_a_web_page_is_fetched_once_for_the_whole_batch_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_PRIVATE_NETWORK", "1")  # the page is on 127.0.0.1
    site = serve_page(PAGE)
    url = f"http://127.0.0.1:{site.server_address[1]}/privacy"
    try:
        with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
            online = run(label_args(server, tmp_path / "online", url))
            fetched_online = len(site.requests)  # type: ignore[attr-defined]
            batched = run([*label_args(server, tmp_path / "batch", url), "--batch-api"])
    finally:
        site.shutdown()
        site.server_close()

    assert online.exit_code == batched.exit_code == 0, batched.output
    assert len(site.requests) - fetched_online == 1  # type: ignore[attr-defined]
    assert server.batches_created == 1
    online_label, batch_label = labels(online)["only"], labels(batched)["only"]
    assert without_timing(batch_label) == without_timing(online_label)
    assert batch_label["data_collected"], "the page's claims came back through the batch"


def test_a_policy_piped_to_standard_input_is_labelled_through_the_batch(tmp_path: Path) -> None:
    policy = (
        "We collect your email address when you sign up. We share it with our service "
        "providers. You may request deletion of your data."
    )
    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        args = [*label_args(server, tmp_path / "cache", "-"), "--batch-api"]
        result = CliRunner().invoke(main, args, input=policy)
        sent = server.files["file-1"].decode().splitlines()

    assert result.exit_code == 0, result.output
    assert len(sent) == 1 and "email address" in sent[0]
    label = labels(result)["only"]
    assert label["data_collected"] and label["coverage"]["chunks_failed"] == []


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--engine", "rules"], "--batch-api needs an LLM engine"),
        (["--local-model", "model.gguf"], "not --local-model"),
        (["--base-url", "http://127.0.0.1:9/v1", "--no-cache"], "drop --no-cache"),
    ],
)
def test_batch_api_without_a_hosted_llm_is_one_line_and_exit_2(
    tmp_path: Path, flags: list[str], message: str
) -> None:
    result = run(["label", str(seed_paths()[0]), "--batch-api", *flags])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_an_endpoint_without_a_batch_api_is_one_line_and_exit_3(tmp_path: Path) -> None:
    with FakeOpenAIServer(reply=quoting_reply, api_key=KEY) as server:
        result = run([*label_args(server, tmp_path / "cache", seed_paths()[0]), "--batch-api"])
    assert result.exit_code == 3
    assert "has no Batch API (HTTP 404)" in result.stderr
    assert KEY not in result.output


def test_a_batch_the_endpoint_refused_is_one_line_and_exit_3(tmp_path: Path) -> None:
    refusal = "Line 1: the model `m` is not available in the Batch API."
    with FakeBatchServer(reply=quoting_reply, fail_batches=refusal, api_key=KEY) as server:
        cache = tmp_path / "cache"
        result = run([*label_args(server, cache, POLICIES), "--batch-api"])
    assert result.exit_code == 3, result.output
    assert f"batch batch_1 failed: {refusal}" in result.stderr
    assert not list((cache / STATE_DIR).glob("*.json")), "a failed batch is not resumed"


class Crash(Exception):
    """Stands for the process dying while it waits on the batch."""


def crash_while_waiting(line: str) -> None:
    if "in_progress" in line:
        raise Crash


def test_a_batch_the_endpoint_no_longer_knows_is_submitted_again(tmp_path: Path) -> None:
    from summarizer.engines.llm.batch_api import run_batch_api
    from summarizer.engines.select import open_extractor
    from summarizer.settings import Settings

    texts = [path.read_text(encoding="utf-8") for path in seed_paths()]
    with FakeBatchServer(reply=quoting_reply, hold_batches=True, api_key=KEY) as server:
        settings = Settings(engine="llm", base_url=server.url, api_key=KEY, model="m",
                            cache_dir=tmp_path / "cache")  # fmt: skip
        with open_extractor(settings) as extractor, pytest.raises(Crash):
            run_batch_api(
                lambda: texts, extractor, poll_interval_s=0.01, report=crash_while_waiting
            )
        server.batches.clear()  # e.g. deleted, or the key now belongs to another project
        server.hold_batches = False
        reported: list[str] = []
        with open_extractor(settings) as extractor:
            run_batch_api(lambda: texts, extractor, poll_interval_s=0.01, report=reported.append)

    assert "batch API: batch batch_1 is gone; submitting its requests again" in reported
    assert "batch batch_1 completed: 5 chunks read, 0 failed, 0 from the cache" in reported
    assert server.batches_created == 1 and len(server.files) == 3  # two inputs, one output


def test_a_run_over_one_batchs_limit_is_sent_as_several_and_resumes_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.engines.llm import batch_api
    from summarizer.engines.select import open_extractor
    from summarizer.settings import Settings

    monkeypatch.setattr(batch_api, "MAX_REQUESTS", 2)
    texts = [path.read_text(encoding="utf-8") for path in seed_paths()]
    submitted: list[str] = []

    def crash_after_the_first_submission(line: str) -> None:
        if "submitted" in line:
            submitted.append(line)
            raise Crash

    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        settings = Settings(engine="llm", base_url=server.url, api_key=KEY, model="m",
                            cache_dir=tmp_path / "cache")  # fmt: skip
        with open_extractor(settings) as extractor, pytest.raises(Crash):
            batch_api.run_batch_api(
                lambda: texts, extractor, poll_interval_s=0.0,
                report=crash_after_the_first_submission,
            )  # fmt: skip
        result = run([*label_args(server, tmp_path / "cache", POLICIES), "--batch-api"])
        inputs = [server.files[batch["input_file_id"]] for batch in server.batches.values()]
        per_batch = [len(data.decode().splitlines()) for data in inputs]
        online = run(label_args(server, tmp_path / "online", POLICIES))

    assert submitted == [submitted[0]] and "submitted 2 requests as batch batch_1" in submitted[0]
    assert server.batches_created == 3 and per_batch == [2, 2, 1]
    assert "resuming batch batch_1" in result.stderr
    assert "3 batches (3 completed): 5 chunks read, 0 failed" in result.stderr
    assert result.exit_code == 0, result.output
    batched, online_labels = labels(result), labels(online)
    assert {p: without_timing(label) for p, label in batched.items()} == {
        p: without_timing(label) for p, label in online_labels.items()
    }


def test_the_hybrid_engine_batches_the_rules_candidates_like_its_online_calls(
    tmp_path: Path,
) -> None:
    policy = seed_paths()[1]
    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        hybrid = ["--engine", "hybrid"]
        online = run([*label_args(server, tmp_path / "online", policy), *hybrid])
        online_bodies = list(server.requests)
        batched = run([*label_args(server, tmp_path / "batch", policy), *hybrid, "--batch-api"])
        (line,) = server.files["file-1"].decode().splitlines()

    assert online.exit_code == batched.exit_code == 0, batched.output
    assert json.loads(line)["body"] == online_bodies[0]
    assert "candidate" in json.dumps(online_bodies[0]).lower()
    assert without_timing(labels(batched)["only"]) == without_timing(labels(online)["only"])
    assert labels(batched)["only"]["provenance"]["engine"] == "hybrid"


def test_an_unknown_batch_id_is_one_line_and_exit_3(tmp_path: Path) -> None:
    with FakeBatchServer(reply=quoting_reply, api_key=KEY) as server:
        args = [*label_args(server, tmp_path / "cache", seed_paths()[0]), "--batch-id", "nosuch"]
        result = run(args)
        url = server.url
    assert result.exit_code == 3, result.output
    assert f"Batch API: no batch nosuch at {url} (HTTP 404)" in result.stderr
    assert server.batches_created == 0
