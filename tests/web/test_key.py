"""An API key typed into the page is used for that one job and shows up nowhere else:
not in any page, status, download or error, not on disk (the LLM cache included), not
in any log record, and what the about panel says names where a key came from, not the
key. The LLM path runs for real against the loopback OpenAI-compatible test server."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")
pytest.importorskip("multipart", reason="needs the web extra: pip install 'summarizer[web]'")

from fake_openai_server import FakeOpenAIServer, RawReply
from fakes import POLICIES
from robust_helpers import files_under, quoting_reply
from web_support import Visitor

from summarizer.settings import Settings
from summarizer.web.app import create_app
from summarizer.web.engines import describe_engine, public_url, redact

KEY = "sk-page-SECRET-4b3c2a"
SERVER_KEY = "sk-server-SECRET-0a1b2c"
SEED_TEXT = (POLICIES / "000_11594554f452ae84.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def everything_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)


def every_response(visitor: Visitor, job: str) -> list[str]:
    paths = ["/", job, f"{job}/status", f"{job}/card.html", f"{job}/label.json", f"{job}/label.md"]
    return [visitor.client.get(path).text for path in paths]


def assert_key_nowhere(key: str, texts: list[str], folder: Path, caplog: Any) -> None:
    for text in texts:
        assert key not in text
    for path in files_under(folder):
        assert key.encode() not in path.read_bytes(), f"the key is in {path}"
    for record in caplog.records:
        assert key not in caplog.handler.format(record), record.name


def test_key_typed_in_the_page_is_used_and_shown_nowhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(reply=quoting_reply, api_key=KEY) as server:
        settings = Settings.resolve(
            base_url=server.url, model="m", cache_dir=tmp_path / "cache", engine="rules"
        )
        visitor = Visitor(create_app(settings))
        submitted = visitor.submit(text=SEED_TEXT, engine="llm", api_key=KEY)
        assert submitted.status_code == 303
        assert KEY not in submitted.text and KEY not in str(submitted.headers)
        job = submitted.headers["location"]
        status = visitor.wait(job)
        texts = every_response(visitor, job)
    assert status["state"] == "done", status
    assert server.authorizations and all(a == f"Bearer {KEY}" for a in server.authorizations)
    label = json.loads(texts[4])
    assert label["provenance"]["engine"] == "llm" and label["data_collected"]
    assert "typed in the page (kept in memory for this job only)" in texts[1]
    assert list(files_under(tmp_path / "cache")), "the LLM cache was written: scan it"
    assert_key_nowhere(KEY, texts, tmp_path, caplog)


def test_key_rejected_by_the_endpoint_is_not_echoed_in_the_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with FakeOpenAIServer(
        reply=quoting_reply, api_key="sk-other", echo_key_in_errors=True
    ) as server:
        settings = Settings.resolve(base_url=server.url, model="m", cache_dir=tmp_path / "c")
        visitor = Visitor(create_app(settings))
        job, status = visitor.label(text=SEED_TEXT, api_key=KEY)
        texts = every_response(visitor, job)[:3]
    assert status["state"] == "failed" and "401" in status["error"]
    assert_key_nowhere(KEY, texts, tmp_path, caplog)


def test_endpoint_error_quoting_the_key_is_redacted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def echo(request: dict[str, Any]) -> RawReply:
        return RawReply(400, json.dumps({"error": {"message": f"bad key {KEY}", "type": "x"}}))

    with FakeOpenAIServer(reply=echo, api_key=KEY) as server:
        settings = Settings.resolve(base_url=server.url, model="m", cache_dir=tmp_path / "c")
        visitor = Visitor(create_app(settings))
        job, _ = visitor.label(text=SEED_TEXT, api_key=KEY)
        texts = every_response(visitor, job)
    assert_key_nowhere(KEY, texts, tmp_path, caplog)


def test_servers_own_key_is_never_shown(tmp_path: Path) -> None:
    settings = Settings.resolve(api_key=SERVER_KEY, base_url="http://user:pw@127.0.0.1:9/v1?k=1")
    visitor = Visitor(create_app(settings))
    page = visitor.client.get("/").text
    assert SERVER_KEY not in page and "set when the server started" in page
    assert "pw" not in page and "k=1" not in page and "http://127.0.0.1:9/v1" in page


def test_page_never_refills_the_key_field_after_an_error() -> None:
    visitor = Visitor(create_app(Settings.resolve(engine="rules")))
    response = visitor.submit(text="", api_key=KEY)  # no policy: the form comes back
    assert response.status_code == 400 and KEY not in response.text
    assert 'type="password" name="api_key" autocomplete="off" spellcheck="false" value=""' in (
        response.text
    )


def test_about_panel_names_engine_settings_without_the_key() -> None:
    settings = Settings.resolve(api_key=KEY, model="gpt-x", timeout_s=12, concurrency=3)
    about = describe_engine(settings, None, "page")
    rows = dict(about.settings)
    assert rows["engine"] == "llm" and rows["model"] == "gpt-x"
    assert rows["timeout"] == "12 s per reply" and rows["concurrency"] == "3 calls at once"
    assert KEY not in repr(about)


def test_redact_catches_the_key_as_typed_and_url_encoded() -> None:
    key = "sk-a/b+c"
    assert redact(f"key {key} and sk-a%2Fb%2Bc", key) == "key [key] and [key]"
    assert public_url("https://u:p@host:8443/v1?token=t#f") == "https://host:8443/v1"
