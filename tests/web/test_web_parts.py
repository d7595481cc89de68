"""The web page's parts on their own: which engine a job runs, host checks, file names,
the card's style hashes, the size limits."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")

from summarizer.errors import ConfigError
from summarizer.settings import Settings
from summarizer.web.engines import Engines
from summarizer.web.hosts import is_loopback_host
from summarizer.web.inputs import WebLimits, clean_filename, pdf_supported, source_from_form
from summarizer.web.security import CsrfTokens, host_allowed, own_styles_csp


def engines(**flags: object) -> Engines:
    return Engines(Settings.resolve(env={}, **flags))


def test_a_typed_key_runs_the_llm_and_keeps_the_servers_hybrid() -> None:
    assert engines().settings_for("server", "sk-1").engine == "llm"
    assert engines().settings_for("server", "sk-1").api_key == "sk-1"
    hybrid = engines(engine="hybrid", base_url="http://127.0.0.1:9/v1")
    assert hybrid.settings_for("server", "sk-1").engine == "hybrid"
    assert hybrid.settings_for("llm", "sk-1").engine == "llm"


def test_engine_choices_without_a_key() -> None:
    offline = engines()
    assert offline.settings_for("server", None) == offline.settings
    assert offline.settings_for("rules", None).engine == "rules"
    with pytest.raises(ConfigError, match="No LLM is configured"):
        offline.settings_for("hybrid", None)
    online = engines(base_url="http://127.0.0.1:9/v1")
    assert online.settings_for("rules", None).engine == "rules"
    assert online.settings_for("hybrid", None).engine == "hybrid"


def test_a_key_is_refused_for_a_local_model(tmp_path: Path) -> None:
    local = engines(local_model=tmp_path / "model.gguf")
    with pytest.raises(ConfigError, match="local model"):
        local.settings_for("llm", "sk-1")


@pytest.mark.parametrize(
    ("header", "allowed"),
    [
        ("127.0.0.1:8000", True),
        ("localhost", True),
        ("LOCALHOST:1", True),
        ("[::1]:8000", True),
        ("127.0.0.1.attacker.example", False),
        ("localhost.attacker.example:8000", False),
        ("attacker.example", False),
        ("", False),
    ],
)
def test_only_loopback_host_headers_are_answered(header: str, allowed: bool) -> None:
    names = ("localhost", "127.0.0.1", "::1", "[::1]")
    assert host_allowed(header, names) is allowed
    assert host_allowed(header, ("*",))


def test_loopback_hosts_are_told_apart() -> None:
    assert all(map(is_loopback_host, ["127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"]))
    assert not any(map(is_loopback_host, ["0.0.0.0", "192.168.1.2", "example.com", "::"]))


def test_file_names_lose_folders_and_control_characters() -> None:
    assert clean_filename("C:\\Users\\me\\policy.txt") == "policy.txt"
    assert clean_filename("../../etc/passwd") == "passwd"
    assert clean_filename("po\x1b[8mlicy\u202e.txt") == "po[8mlicy.txt"
    long = clean_filename("a" * 300 + ".html")
    assert len(long) == 120 and long.endswith(".html")
    assert clean_filename("\x00") == "upload"


def test_csrf_tokens_belong_to_their_session_and_server() -> None:
    tokens = CsrfTokens()
    token = tokens.token_for("session-aaaaaaaaaaaaaaaaaaaa")
    assert tokens.valid("session-aaaaaaaaaaaaaaaaaaaa", token)
    assert not tokens.valid("session-bbbbbbbbbbbbbbbbbbbb", token)
    assert not tokens.valid(None, token) and not tokens.valid("session-a", None)
    assert not CsrfTokens().valid("session-aaaaaaaaaaaaaaaaaaaa", token)  # another server


def test_card_policy_allows_exactly_the_cards_own_styles() -> None:
    html = '<style>p{color:red}</style><p style="width: 2px">x</p><p title="style=&#34;a&#34;">'
    csp = own_styles_csp(html)
    for text in ("p{color:red}", "width: 2px"):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert csp.count("sha256-") == 2 and "'unsafe-hashes'" in csp
    assert "script-src" not in csp and "unsafe-inline" not in csp


def test_limits_apply_to_what_was_sent() -> None:
    limits = WebLimits(paste_chars=10, upload_bytes=10)
    assert source_from_form(pasted="0123456789", filename="", data=b"", url="", limits=limits)
    assert limits.request_bytes > 40
    accepted = source_from_form(
        pasted="", filename="p.MD", data=b"0123456789", url="", limits=limits
    )
    assert accepted.suffix == ".md"


def test_pdf_is_accepted_exactly_when_the_loader_reads_pdf(monkeypatch) -> None:
    import summarizer.text.loading as loading

    limits = WebLimits()
    monkeypatch.setattr(loading, "PDF_SUFFIXES", frozenset({".pdf"}), raising=False)
    assert pdf_supported()
    source = source_from_form(pasted="", filename="p.pdf", data=b"%PDF-1.7", url="", limits=limits)
    assert source.suffix == ".pdf"
    monkeypatch.setattr(loading, "PDF_SUFFIXES", frozenset(), raising=False)
    assert not pdf_supported()
