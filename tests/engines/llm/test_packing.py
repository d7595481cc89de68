"""The LLM path at corpus scale: sections packed into few calls, and a lean fixed prompt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fake_openai_server import FakeOpenAIServer
from fakes import POLICIES
from robust_helpers import chunk_in, quoting_reply

from summarizer.cli.main import main
from summarizer.engines.llm import LLMExtractor
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache
from summarizer.engines.llm.local_model import LOCAL_PACK_TOKENS, local_settings
from summarizer.engines.llm.structured import _without_annotations, structured_output
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, ChunkPart, estimate_tokens, split_policy

LONG_SEED = POLICIES / "001_419ecedd7c3c2f36.txt"


def label_json(server: FakeOpenAIServer, tmp_path: Path, *extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(
        main,
        [
            "label", str(LONG_SEED), "--format", "json", "--engine", "llm",
            "--base-url", server.url, "--api-key", "sk-test", "--model", "m",
            "--cache-dir", str(tmp_path / "cache"), *extra,
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_policy_is_read_in_a_few_packed_calls_by_default(tmp_path: Path) -> None:
    text = LONG_SEED.read_text(encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_reply) as server:
        packed = label_json(server, tmp_path / "packed")
        packed_requests = list(server.requests)
    with FakeOpenAIServer(reply=quoting_reply) as server:
        sections = label_json(server, tmp_path / "sections", "--chunking", "sections")
        section_requests = list(server.requests)

    assert len(section_requests) == len(split_policy(text)) == 32
    assert len(packed_requests) == packed["provenance"]["calls"] == 1
    # Every sentence of the policy reached the model, in order, in one request.
    assert chunk_in(packed_requests[0]).count("We ") == text.count("We ")
    # The same claims either way: packing changes the cost, not what is read.
    assert {c["category"] for c in packed["data_collected"]} == {
        c["category"] for c in sections["data_collected"]
    }
    assert packed["provenance"]["prompt_tokens"] < sections["provenance"]["prompt_tokens"] / 5


def test_pack_tokens_sets_the_policy_text_per_call(tmp_path: Path) -> None:
    text = LONG_SEED.read_text(encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_reply) as server:
        label_json(server, tmp_path, "--pack-tokens", "1500")
        sent = [chunk_in(request) for request in server.requests]
    assert len(sent) == 3
    assert all(estimate_tokens(chunk) <= 1500 for chunk in sent)
    # Requests run concurrently: put them in policy order, then nothing is missing or twice.
    assert "".join(sorted(sent, key=text.index)) == text


def test_a_packed_chunk_opens_with_the_heading_path_over_its_start() -> None:
    text = "# Policy\n\n## Data\n\nWe collect email.\n\n## Sharing\n\nWe share it.\n"
    start = text.index("## Sharing")
    chunk = Chunk(
        index=1,
        start=start,
        end=len(text),
        text=text[start:],
        heading_path=("Policy",),
        parts=(ChunkPart(start, len(text), ("Policy", "Sharing")),),
    )
    with FakeOpenAIServer(reply=quoting_reply) as server:
        LLMExtractor(Settings(base_url=server.url, api_key="k", model="m")).extract(chunk, text)
        user = server.requests[0]["messages"][-1]["content"]
    assert '<policy_section heading="Policy > Sharing">' in user


def test_the_cache_tells_packed_chunks_with_other_sections_apart(tmp_path: Path) -> None:
    text = "We collect email.\n\nWe share it.\n"
    one = Chunk(0, 0, len(text), text, ("A",), (ChunkPart(0, 19, ("A", "B")),))
    other = Chunk(0, 0, len(text), text, ("A",), (ChunkPart(0, 19, ("A", "C")),))
    with FindingsCache(tmp_path) as cache:
        keyer = CachedExtractor(LLMExtractor(Settings(api_key="k")), cache)
        assert keyer.key_for(one) != keyer.key_for(other)


class _Server:  # what local_settings reads of a running llama.cpp server
    url = "http://127.0.0.1:1/v1"
    api_key = "local"


def test_a_local_model_packs_less_text_per_call_to_fit_its_context() -> None:
    local = local_settings(Settings(), _Server(), "gemma")  # type: ignore[arg-type]
    assert local.pack_tokens == LOCAL_PACK_TOKENS < Settings().pack_tokens
    chosen = local_settings(Settings(pack_tokens=900), _Server(), "gemma")  # type: ignore[arg-type]
    assert chosen.pack_tokens == 900


def test_the_tool_schema_sent_has_no_titles_or_descriptions_but_keeps_its_constraints() -> None:
    tool = structured_output("tools").request(model="m", messages=[])["tools"][0]["function"]
    schema = json.dumps(tool["parameters"])
    assert '"title"' not in schema and '"description"' not in schema
    assert '"maxItems"' in schema and '"enum"' in schema and '"required"' in schema
    assert tool["description"]  # the tool's own one-line description stays
    response_format = structured_output("json_schema").request(model="m", messages=[])
    assert '"description"' not in json.dumps(response_format["response_format"])


def test_slimming_keeps_a_field_that_is_named_title_or_description() -> None:
    schema = {
        "title": "Thing",
        "properties": {
            "title": {"type": "string", "title": "Title"},
            "description": {"type": "string", "description": "words"},
        },
        "required": ["title", "description"],
    }
    assert _without_annotations(schema) == {
        "properties": {"title": {"type": "string"}, "description": {"type": "string"}},
        "required": ["title", "description"],
    }
