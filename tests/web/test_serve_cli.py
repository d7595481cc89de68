"""`summarizer serve` from the command line: loopback by default, a warning for any other
host, one clear line for a port in use or a missing extra, and a real server that
answers."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
from typing import Any

import pytest

pytest.importorskip("starlette", reason="needs the web extra: pip install 'summarizer[web]'")
pytest.importorskip("uvicorn", reason="needs the web extra: pip install 'summarizer[web]'")

import httpx
import uvicorn
from click.testing import CliRunner
from robust_helpers import cli_command, cli_environment

from summarizer.cli.main import main


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record what `serve` would run instead of running a server."""
    runs: list[dict[str, Any]] = []

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        assert sockets
        runs.append({"address": sockets[0].getsockname(), "app": self.config.app})

    monkeypatch.setattr(uvicorn.Server, "run", run)
    return runs


def test_serve_binds_loopback_by_default_without_a_warning(served) -> None:
    result = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert result.exit_code == 0, result.output
    assert served[0]["address"][0] == "127.0.0.1"
    assert "warning" not in result.stderr
    assert re.search(r"serving the label page at http://127\.0\.0\.1:\d+/", result.stderr)


def test_serve_on_another_host_warns(served) -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 0, result.output
    assert served[0]["address"][0] == "0.0.0.0"
    assert "warning: serving on 0.0.0.0, not loopback" in result.stderr


def test_serve_takes_the_engine_options_of_label(served) -> None:
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--engine", "rules"])
    assert result.exit_code == 0
    assert "engine rules, offline" in result.stderr
    assert served[-1]["app"].state.web.engines.settings.engine == "rules"
    args = ["serve", "--port", "0", "--base-url", "http://127.0.0.1:9/v1", "--model", "m-1"]
    result = CliRunner().invoke(main, args, env={"OPENAI_API_KEY": "sk-env-key"})
    assert result.exit_code == 0, result.output
    assert "engine llm, model m-1 at http://127.0.0.1:9/v1" in result.stderr
    engines = served[-1]["app"].state.web.engines
    assert engines.settings.api_key == "sk-env-key"  # the environment, as for `label`
    assert dict(engines.about_server().settings)["API key"] == "set when the server started"


def test_open_opens_the_page_once_the_server_has_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", opened.append)

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        assert not opened  # not before the server is up
        self.started = True
        for _ in range(100):
            if opened:
                return
            threading.Event().wait(0.05)

    monkeypatch.setattr(uvicorn.Server, "run", run)
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--open"])
    assert result.exit_code == 0, result.output
    assert len(opened) == 1 and opened[0].startswith("http://127.0.0.1:")
    assert opened[0] in result.stderr


def test_port_in_use_is_one_line_and_exit_2(served) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.output


def test_missing_web_extra_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert result.exit_code == 2
    assert "pip install 'summarizer[web]'" in result.stderr


def test_core_commands_do_not_import_the_web_framework() -> None:
    code = (
        "import sys; from summarizer.cli.main import main; import summarizer.api; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'uvicorn', 'multipart', 'python_multipart') or m.startswith('summarizer.web.')"
        " and m != 'summarizer.web.hosts'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_real_server_answers_on_loopback_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [*cli_command("serve", "--port", "0", "--engine", "rules")],
        stderr=subprocess.PIPE,
        text=True,
        env=cli_environment(),
    )
    try:
        assert process.stderr is not None
        lines = [process.stderr.readline(), process.stderr.readline()]
        assert lines[0].startswith("summarizer: engine rules, offline"), lines
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", lines[1])
        assert found, lines
        url = found.group(1)
        for _ in range(100):
            try:
                response = httpx.get(url, timeout=5)
                break
            except httpx.ConnectError:
                subprocess.run(["sleep", "0.1"], check=True)
        assert response.status_code == 200 and "Label a privacy policy" in response.text
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
