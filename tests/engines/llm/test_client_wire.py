"""LLMExtractor through the real openai + instructor stack to a loopback fake server."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai_server import FakeOpenAIServer, RawReply, _error_body, request_text

from summarizer.engines.llm import LLMExtractor, public_endpoint
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache
from summarizer.errors import ChunkFailedError, EndpointError
from summarizer.label.findings import ChunkFindings
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk

KEY = "sk-test-SECRET-123"
TEXT = "We collect your email address when you sign up. We never sell it."
CHUNK = Chunk(index=0, start=0, end=len(TEXT), text=TEXT, heading_path=("Privacy", "Data"))
FINDINGS: dict[str, Any] = {
    "service_name": "Acme",
    "data_collected": [
        {
            "category": "contact_info",
            "sources": ["user_provided"],
            "quote": "We collect your email address when you sign up.",
        }
    ],
    "answers": [{"question": "sells_personal_data", "answer": "no", "quote": "We never sell it."}],
}


def make_extractor(server: FakeOpenAIServer, **overrides: Any) -> LLMExtractor:
    options: dict[str, Any] = {
        "base_url": server.url,
        "api_key": KEY,
        "model": "test-model",
        "timeout_s": 2.0,
        "transport_retries": 2,
        "reasks": 2,
        "max_tokens": 500,
    }
    extractor_options = {
        name: overrides.pop(name)
        for name in ("system_in_user", "retry_after_cap_s", "examples", "candidates_from")
        if name in overrides
    }
    options.update(overrides)
    return LLMExtractor(
        Settings(**options), backoff_base_s=0.001, backoff_cap_s=0.005, **extractor_options
    )


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(reply=lambda request: FINDINGS) as running:
        yield running


def assert_no_key(*texts: object) -> None:
    for text in texts:
        assert KEY not in str(text)


def error_chain(error: BaseException) -> list[str]:
    texts: list[str] = []
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        texts.extend([str(current), repr(current)])
        pending.extend(link for link in (current.__cause__, current.__context__) if link)
    return texts


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json"])
def test_each_mode_returns_the_servers_findings(server: FakeOpenAIServer, mode: str) -> None:
    result = make_extractor(server, mode=mode).extract(CHUNK, TEXT)

    assert result.findings == ChunkFindings.model_validate(FINDINGS)
    assert result.calls == 1 == server.request_count
    assert (result.prompt_tokens, result.completion_tokens) == server.usage[0]
    request = server.requests[0]
    if mode == "tools":
        assert request["tools"][0]["function"]["name"] == "ChunkFindings"
        assert request["tool_choice"]["function"]["name"] == "ChunkFindings"
    elif mode == "json_schema":
        assert request["response_format"]["type"] == "json_schema"
        assert "tools" not in request
    else:
        assert request["response_format"] == {"type": "json_object"}


def test_request_carries_settings_and_the_chunk_as_data(server: FakeOpenAIServer) -> None:
    make_extractor(server, temperature=0.3).extract(CHUNK, TEXT)

    request = server.requests[0]
    assert request["model"] == "test-model"
    assert request["temperature"] == 0.3
    assert request["max_tokens"] == 500
    roles = [message["role"] for message in request["messages"]]
    assert roles == ["system", "user"]
    user = request["messages"][1]["content"]
    assert f'<policy_section heading="Privacy > Data">\n{TEXT}\n</policy_section>' in user
    assert server.authorizations[0] == f"Bearer {KEY}"


def test_hybrid_sends_the_rules_engines_candidates_for_the_model_to_check(
    server: FakeOpenAIServer,
) -> None:
    from summarizer.engines.rules import RulesExtractor

    plain = make_extractor(server)
    hybrid = make_extractor(server, candidates_from=RulesExtractor())
    result = hybrid.extract(CHUNK, TEXT)

    assert (plain.engine, hybrid.engine) == ("llm", "hybrid")
    user = server.requests[0]["messages"][1]["content"]
    candidates = user.split("<candidate_findings>\n", 1)[1].split("\n</candidate_findings>", 1)[0]
    proposed = ChunkFindings.model_validate_json(candidates)
    assert proposed == RulesExtractor().extract(CHUNK, TEXT).findings
    assert proposed.data_collected, "the rules engine should see the email address"
    assert result.findings == ChunkFindings.model_validate(FINDINGS)
    assert hybrid.describe()["candidates"] != plain.describe()["candidates"]
    plain.extract(CHUNK, TEXT)
    assert "<candidate_findings>" not in server.requests[1]["messages"][1]["content"]


def test_async_extract_gives_the_same_result(server: FakeOpenAIServer) -> None:
    extractor = make_extractor(server)

    async def run_twice() -> list[ChunkFindings]:
        results = await asyncio.gather(
            extractor.aextract(CHUNK, TEXT), extractor.aextract(CHUNK, TEXT)
        )
        return [result.findings for result in results]

    assert asyncio.run(run_twice()) == [extractor.extract(CHUNK, TEXT).findings] * 2
    assert server.request_count == 3


def test_gemma_models_get_the_instructions_inside_the_user_message(
    server: FakeOpenAIServer,
) -> None:
    make_extractor(server, model="gemma-3-270m-it").extract(CHUNK, TEXT)
    make_extractor(server, model="other", system_in_user=True).extract(CHUNK, TEXT)

    for request in server.requests:
        assert [message["role"] for message in request["messages"]] == ["user"]
        content = request["messages"][0]["content"]
        assert content.index("# Rules") < content.index(TEXT)


def test_invented_quotes_come_back_as_findings() -> None:
    invented = {"purposes": [{"purpose": "advertising", "quote": "We sell ads on your data."}]}
    with FakeOpenAIServer(reply=lambda request: invented) as server:
        result = make_extractor(server).extract(CHUNK, TEXT)

    assert [finding.quote for finding in result.findings.purposes] == ["We sell ads on your data."]


def test_invalid_output_is_re_asked_with_the_validation_error() -> None:
    replies = iter(
        [{"data_collected": [{"category": "shoe_size", "quote": "We collect it."}]}, FINDINGS]
    )
    with FakeOpenAIServer(reply=lambda request: next(replies)) as server:
        result = make_extractor(server).extract(CHUNK, TEXT)

    assert result.findings == ChunkFindings.model_validate(FINDINGS)
    assert result.calls == 2 == server.request_count
    assert "shoe_size" in json.dumps(server.requests[1]["messages"])
    assert result.prompt_tokens == sum(prompt for prompt, _ in server.usage)
    assert result.completion_tokens == sum(completion for _, completion in server.usage)


def test_re_asks_are_bounded() -> None:
    with FakeOpenAIServer(reply=lambda request: "not json at all") as server:
        extractor = make_extractor(server, reasks=2)
        with pytest.raises(ChunkFailedError, match="output failed validation after 3 attempts"):
            extractor.extract(CHUNK, TEXT)

    assert server.request_count == 3


@pytest.mark.parametrize("kind", ["429", "500", "503", "non_json", "bad_json", "slow"])
def test_transient_failures_are_retried_until_they_succeed(kind: str) -> None:
    with FakeOpenAIServer(
        reply=lambda request: FINDINGS,
        fault_share=1.0,
        fault_kinds=[kind],
        max_consecutive_faults=2,
        slow_s=0.5,
    ) as server:
        result = make_extractor(server, timeout_s=0.2, transport_retries=2).extract(CHUNK, TEXT)

    assert result.findings == ChunkFindings.model_validate(FINDINGS)
    assert server.faults[kind] == 2
    assert result.calls == 3 == server.request_count


def test_transport_attempts_are_bounded() -> None:
    with FakeOpenAIServer(fault_share=1.0, fault_kinds=["503"]) as server:
        extractor = make_extractor(server, transport_retries=3)
        with pytest.raises(ChunkFailedError, match=r"^HTTP 503 after 4 attempts$"):
            extractor.extract(CHUNK, TEXT)

    assert server.request_count == 4


def test_a_chunk_that_always_times_out_fails_alone() -> None:
    with FakeOpenAIServer(fault_share=1.0, fault_kinds=["slow"], slow_s=0.4) as server:
        extractor = make_extractor(server, timeout_s=0.1, transport_retries=1)
        with pytest.raises(ChunkFailedError, match=r"no reply within 0.1s after 2 attempts"):
            extractor.extract(CHUNK, TEXT)

    assert server.request_count == 2


def test_retry_after_is_honoured() -> None:
    with FakeOpenAIServer(
        reply=lambda request: FINDINGS,
        fault_share=1.0,
        fault_kinds=["429"],
        max_consecutive_faults=1,
        retry_after="0.3",
    ) as server:
        started = time.perf_counter()
        make_extractor(server).extract(CHUNK, TEXT)
        elapsed = time.perf_counter() - started

    assert server.request_count == 2
    assert elapsed >= 0.3


def test_retry_after_is_capped() -> None:
    with FakeOpenAIServer(
        reply=lambda request: FINDINGS,
        fault_share=1.0,
        fault_kinds=["429"],
        max_consecutive_faults=1,
        retry_after="120",
    ) as server:
        started = time.perf_counter()
        make_extractor(server, retry_after_cap_s=0.05).extract(CHUNK, TEXT)

    assert time.perf_counter() - started < 5


def test_cut_off_output_is_asked_again_with_twice_the_budget() -> None:
    with FakeOpenAIServer(
        reply=lambda request: FINDINGS,
        fault_share=1.0,
        fault_kinds=["length"],
        length_fault_below=1000,
    ) as server:
        result = make_extractor(server, max_tokens=500).extract(CHUNK, TEXT)

    assert result.findings == ChunkFindings.model_validate(FINDINGS)
    assert result.truncated is False
    assert [request["max_tokens"] for request in server.requests] == [500, 1000]
    assert result.calls == 2
    assert result.completion_tokens == sum(completion for _, completion in server.usage)


def test_output_cut_off_twice_fails_the_chunk() -> None:
    with (
        FakeOpenAIServer(
            reply=lambda request: FINDINGS, fault_share=1.0, fault_kinds=["length"]
        ) as server,
        pytest.raises(ChunkFailedError, match=r"^output cut off at max_tokens$"),
    ):
        make_extractor(server).extract(CHUNK, TEXT)

    assert server.request_count == 2


def test_a_rejected_key_stops_the_run_without_showing_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeOpenAIServer(api_key="sk-the-right-one", echo_key_in_errors=True) as server:
        extractor = make_extractor(server)
        with pytest.raises(EndpointError) as sync_error:
            extractor.extract(CHUNK, TEXT)
        with pytest.raises(EndpointError) as async_error:
            asyncio.run(extractor.aextract(CHUNK, TEXT))

    assert str(sync_error.value) == "the endpoint rejected the API key (401)"
    assert str(async_error.value) == "the endpoint rejected the API key (401)"
    assert server.request_count == 2  # a 401 is not retried
    assert_no_key(*error_chain(sync_error.value), *error_chain(async_error.value), caplog.text)
    assert_no_key(*extractor.describe().values(), repr(extractor))


def test_a_missing_key_says_so() -> None:
    with (
        FakeOpenAIServer(api_key="sk-the-right-one") as server,
        pytest.raises(EndpointError, match=r"\(401\); no API key was given"),
    ):
        make_extractor(server, api_key=None).extract(CHUNK, TEXT)


def test_an_unknown_model_stops_the_run_with_its_name(server: FakeOpenAIServer) -> None:
    server.known_models = {"test-model"}
    with pytest.raises(EndpointError) as error:
        make_extractor(server, model="no-such-model").extract(CHUNK, TEXT)

    assert str(error.value) == f"model 'no-such-model' not found at {server.url}"
    assert server.request_count == 1


def test_an_unreachable_endpoint_stops_the_run_after_retries() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(base_url=f"http://127.0.0.1:{port}/v1", api_key=KEY, transport_retries=1)
    extractor = LLMExtractor(settings, backoff_base_s=0.001, backoff_cap_s=0.005)

    with pytest.raises(
        EndpointError, match=rf"^cannot reach http://127.0.0.1:{port}/v1: "
    ) as error:
        extractor.extract(CHUNK, TEXT)
    assert_no_key(*error_chain(error.value))


def test_describe_names_the_run_without_credentials() -> None:
    settings = Settings(
        base_url=f"https://user:{KEY}@llm.example:8443/v1/?key={KEY}",
        api_key=KEY,
        model="m1",
        mode="json_schema",
        temperature=0.2,
        max_tokens=900,
    )
    described = LLMExtractor(settings).describe()

    assert described["endpoint"] == "https://llm.example:8443/v1"
    assert described["model"] == "m1"
    assert described["mode"] == "json_schema"
    assert described["temperature"] == "0.2"
    assert described["max_tokens"] == "900"
    assert described["prompt_version"]
    assert_no_key(*described.values())
    assert public_endpoint("http://[::1]:8080/v1") == "http://[::1]:8080/v1"


def test_cache_files_never_hold_the_key_and_a_second_run_makes_no_request(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    chunks = [
        Chunk(index=number, start=0, end=len(TEXT), text=f"{TEXT} ({number})")
        for number in range(3)
    ]
    with FindingsCache(tmp_path / "cache") as cache:
        cached = CachedExtractor(make_extractor(server), cache)
        first = [cached.extract(chunk, TEXT) for chunk in chunks]
        requests_after_first_run = server.request_count
        second = [asyncio.run(cached.aextract(chunk, TEXT)) for chunk in chunks]

    assert requests_after_first_run == 3
    assert server.request_count == 3
    assert [result.findings for result in second] == [result.findings for result in first]
    assert all(result.cached and result.calls == 0 for result in second)
    files = [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert KEY.encode() not in path.read_bytes()


def test_settings_change_misses_the_cache(server: FakeOpenAIServer, tmp_path: Path) -> None:
    with FindingsCache(tmp_path / "cache") as cache:
        CachedExtractor(make_extractor(server), cache).extract(CHUNK, TEXT)
        CachedExtractor(make_extractor(server, temperature=0.7), cache).extract(CHUNK, TEXT)
        CachedExtractor(make_extractor(server, model="other"), cache).extract(CHUNK, TEXT)
        CachedExtractor(make_extractor(server, api_key="sk-another"), cache).extract(CHUNK, TEXT)

    assert server.request_count == 3  # a different key alone is the same cache entry


def test_reply_function_sees_the_chunk(server: FakeOpenAIServer) -> None:
    seen: list[str] = []

    def reply(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request_text(request))
        return {}

    server.reply = reply
    assert make_extractor(server).extract(CHUNK, TEXT).findings == ChunkFindings()
    assert TEXT in seen[0]


def test_a_loopback_endpoint_is_reached_directly_even_with_a_proxy_configured(
    server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy that does not exist: going through it would fail the request.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    extractor = make_extractor(server)
    assert extractor.extract(CHUNK, TEXT).findings == ChunkFindings.model_validate(FINDINGS)
    result = asyncio.run(extractor.aextract(CHUNK, TEXT))
    assert result.findings == ChunkFindings.model_validate(FINDINGS)


def refuse_tools(request: dict[str, Any]) -> Any:
    if request.get("tools"):
        message = "registry.ollama.ai/library/tiny:latest does not support tools"
        return RawReply(400, _error_body(message, "invalid_request_error"))
    return FINDINGS


def test_an_endpoint_without_tools_stops_the_run_and_names_the_other_modes() -> None:
    with FakeOpenAIServer(refuse_tools) as server:
        with pytest.raises(EndpointError, match="--mode json_schema or --mode json") as caught:
            make_extractor(server).extract(CHUNK, TEXT)
        assert "does not support tools" in str(caught.value)
        assert server.request_count == 1
        # The mode it names works.
        result = make_extractor(server, mode="json").extract(CHUNK, TEXT)
        assert result.findings.service_name == "Acme"


def test_a_context_length_400_fails_only_the_chunk() -> None:
    message = (
        "This model's maximum context length is 4097 tokens. However, your messages "
        "resulted in 5000 tokens (4000 in the messages, 1000 in the functions)."
    )
    reply = RawReply(400, _error_body(message, "invalid_request_error"))
    with (
        FakeOpenAIServer(lambda request: reply) as server,
        pytest.raises(ChunkFailedError, match="HTTP 400"),
    ):
        make_extractor(server).extract(CHUNK, TEXT)


def refusal(request: dict[str, Any]) -> RawReply:
    message = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
    completion = {
        "id": "chatcmpl-refused",
        "object": "chat.completion",
        "created": 0,
        "model": str(request.get("model")),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
    return RawReply(200, json.dumps(completion))


def test_a_refusal_fails_the_chunk_at_once_and_says_so() -> None:
    with (
        FakeOpenAIServer(refusal) as server,
        pytest.raises(ChunkFailedError, match="refused") as caught,
    ):
        make_extractor(server).extract(CHUNK, TEXT)
    assert server.request_count == 1  # asking again would get the same answer
    assert caught.value.calls == 1 and caught.value.prompt_tokens == 10
