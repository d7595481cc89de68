"""Run llama.cpp's OpenAI-compatible server (`python -m llama_cpp.server`) on loopback.

`LocalServer(command)` starts a server process on 127.0.0.1 (a free port, a random
API key), waits until `/v1/models` answers, and stops it; `llama_server_command`
gives llama.cpp's command line for a GGUF file. The server runs in its own process
group (a Ctrl-C in the terminal reaches only us, and we stop it: SIGTERM to the
group, then SIGKILL), and a watchdog thread inside it exits when our end of its
stdin closes, so it goes away even when we are killed outright.

What llama.cpp's server needs from its command line and environment, measured with
Gemma-3-270M on a 2-core machine (what the extractor does for it is in
`summarizer.engines.llm.local_model`):

- `--logits_all false` (the default keeps the logits of every prompt token: gigabytes
  with Gemma's 262k vocabulary);
- `--n_ctx 8192`: the instructions are ~2,500-3,200 tokens, a chunk up to ~1,500 and
  the output up to twice `max_tokens` (the client's retry after a cut-off);
- `OMP_WAIT_POLICY=PASSIVE`: on a loaded machine OpenMP threads that spin while
  waiting made generation 10x slower (1.6 instead of 16-23 tokens/s).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from summarizer.errors import EndpointError

LOCAL_N_CTX = 8192
STARTUP_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 10.0
_PORT_ATTEMPTS = 3
# Loopback needs no proxy, whatever HTTP_PROXY says.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_TAIL_BYTES = 16_384

# Runs a module as __main__ and exits when stdin reaches EOF: our end of that pipe
# closes when we stop the server or when we die, however we die.
WATCHDOG = """\
import os, runpy, sys, threading

def _watch():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)

threading.Thread(target=_watch, daemon=True).start()
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""

CommandBuilder = Callable[[int, str], Sequence[str]]


def watched_module_command(module: str, *args: str) -> list[str]:
    """`python -m module args` behind the stdin watchdog (see `WATCHDOG`)."""
    return [sys.executable, "-c", WATCHDOG, module, *args]


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def llama_server_command(
    model_path: Path,
    *,
    model_name: str,
    n_ctx: int = LOCAL_N_CTX,
    threads: int | None = None,
    chat_format: str | None = None,
) -> CommandBuilder:
    """The command line of `python -m llama_cpp.server` for `model_path`, given port and key."""
    threads = threads or available_cores()

    def build(port: int, api_key: str) -> list[str]:
        args = [
            "--model", str(model_path),
            "--model_alias", model_name,
            "--host", "127.0.0.1",
            "--port", str(port),
            "--api_key", api_key,
            "--n_ctx", str(n_ctx),
            "--n_threads", str(threads),
            "--n_threads_batch", str(threads),
            "--logits_all", "false",
            "--use_mlock", "false",
            "--verbose", "false",
        ]  # fmt: skip
        if chat_format:
            args += ["--chat_format", chat_format]
        return watched_module_command("llama_cpp.server", *args)

    return build


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalServer:
    """An OpenAI-compatible server process on 127.0.0.1, started on a free port.

    `command(port, api_key)` gives its command line. `start()` returns once
    `GET /v1/models` answers 200, or raises `EndpointError` (with the last lines of
    the server's output) when it exits first or does not answer within
    `startup_timeout_s`; either way nothing is left running. `stop()` ends its
    process group: SIGTERM, then SIGKILL after `stop_timeout_s`. A context manager.
    """

    def __init__(
        self,
        command: CommandBuilder,
        *,
        name: str = "the llama.cpp server",
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
        stop_timeout_s: float = STOP_TIMEOUT_S,
        env: dict[str, str] | None = None,
        poll_s: float = 0.2,
    ) -> None:
        self.command = command
        self.name = name
        self.startup_timeout_s = startup_timeout_s
        self.stop_timeout_s = stop_timeout_s
        self.env = env
        self.poll_s = poll_s
        # Hex, never URL-safe base64: a key that began with "-" (1 in 64) was read by the
        # server's argument parser as an option, and the server exited at start.
        self.api_key = secrets.token_hex(24)
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._final_tail = ""
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        state = f"pid {self.process.pid}" if self.process is not None else "stopped"
        return f"LocalServer({self.name!r}, port={self.port}, {state})"

    @property
    def url(self) -> str:
        """The base URL to give an OpenAI client (ends in /v1)."""
        if self.port is None:
            raise RuntimeError(f"{self.name} is not started")
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self.process is None else self.process.poll()

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> LocalServer:
        if self.process is not None:
            raise RuntimeError(f"{self.name} is already started")
        try:
            attempt = 1
            while (failure := self._spawn_and_wait()) is not None:
                # Another process may have taken the port between our probe and its bind.
                in_use = "address already in use" in self.output_tail().lower()
                if not in_use or attempt >= _PORT_ATTEMPTS:
                    raise failure
                self.stop()
                attempt += 1
        except BaseException:
            self.stop()
            raise
        return self

    def _spawn_and_wait(self) -> EndpointError | None:
        self._spawn()
        return self._wait_until_ready()

    def _spawn(self) -> None:
        self.port = free_port()
        self._log = tempfile.TemporaryFile(prefix="summarizer-llama-")  # noqa: SIM115 (closed in stop)
        env = dict(os.environ if self.env is None else self.env)
        env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self.process = subprocess.Popen(
            list(self.command(self.port, self.api_key)),
            stdin=subprocess.PIPE,  # never written: its EOF tells the watchdog we are gone
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            close_fds=True,
        )

    def _wait_until_ready(self) -> EndpointError | None:
        deadline = time.monotonic() + self.startup_timeout_s
        while True:
            code = self.returncode
            if code is not None:
                return EndpointError(
                    f"{self.name} exited (code {code}) before it was ready{self._tail_note()}"
                )
            if self._answers():
                return None
            if time.monotonic() >= deadline:
                self.stop()
                return EndpointError(
                    f"{self.name} did not answer at {self.url} within "
                    f"{self.startup_timeout_s:g}s, so it was stopped{self._tail_note()}"
                )
            time.sleep(self.poll_s)

    def _answers(self) -> bool:
        request = urllib.request.Request(
            f"{self.url}/models", headers={"Authorization": f"Bearer {self.api_key}"}
        )
        try:
            with _DIRECT.open(request, timeout=2.0) as response:
                return int(response.status) == 200
        except (urllib.error.URLError, OSError, ValueError):
            return False  # not listening yet, or something else answered on the port

    def stop(self) -> None:
        """Stop the server and everything it started; safe to call twice, or never started."""
        with self._lock:
            process, self.process = self.process, None
            if process is not None:
                _end_process_group(process, self.stop_timeout_s)
            if self._log is not None:
                self._final_tail = self.output_tail()
                self._log.close()
                self._log = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- output ----------------------------------------------------------------------

    def output_tail(self, lines: int = 12) -> str:
        """The last `lines` lines the server printed (stdout and stderr), API key redacted."""
        if self._log is None:
            return self._final_tail
        self._log.flush()
        size = self._log.seek(0, os.SEEK_END)
        self._log.seek(max(0, size - _TAIL_BYTES))
        text = self._log.read().decode("utf-8", errors="replace")
        tail = "\n".join(line.rstrip() for line in text.splitlines()[-lines:] if line.strip())
        return tail.replace(self.api_key, "***")

    def _tail_note(self) -> str:
        tail = self.output_tail()
        return f"; its last output:\n{tail}" if tail else " (it printed nothing)"

    def failure(self) -> EndpointError | None:
        """An error saying the server has died, or None while it runs (or was stopped by us)."""
        code = self.returncode
        if code is None:
            return None
        return EndpointError(f"{self.name} stopped (code {code}){self._tail_note()}")


def _end_process_group(process: subprocess.Popen[bytes], timeout_s: float) -> None:
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    try:
        _signal_group(process, signal.SIGTERM)
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        pass
    except KeyboardInterrupt:  # a second Ctrl-C while waiting: kill at once, then go on
        _signal_group(process, signal.SIGKILL)
        process.wait()
        raise
    finally:
        _signal_group(process, signal.SIGKILL)  # whatever else is left in its group
        process.wait()


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    # start_new_session: its group id is its pid. Gone already is fine (a group of
    # zombies can also answer EPERM on some systems).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)
