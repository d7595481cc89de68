"""Run settings. Precedence: CLI flag, then environment variable, then default.

Nothing is read from the environment at import time: `Settings.resolve()` does it.
"""

from __future__ import annotations

import base64
import os
import urllib.parse
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import platformdirs

from summarizer.errors import ConfigError

EngineName = Literal["auto", "rules", "llm", "hybrid"]
ModeName = Literal["tools", "json_schema", "json"]
ChunkingName = Literal["packed", "sections"]

ENV_BASE_URL = "OPENAI_BASE_URL"
ENV_API_KEY = "OPENAI_API_KEY"
ENV_MODEL = "SUMMARIZER_MODEL"
ENV_CACHE_DIR = "SUMMARIZER_CACHE_DIR"
ENV_LOCAL_MODEL = "SUMMARIZER_LOCAL_MODEL"
DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class Settings:
    engine: EngineName = "auto"
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None
    mode: ModeName = "tools"
    cache_dir: Path | None = None
    use_cache: bool = True
    timeout_s: float = 60.0
    transport_retries: int = 4
    reasks: int = 2
    temperature: float = 0.0
    max_tokens: int = 4096
    concurrency: int = 4
    # LLM engines: "packed" puts as many whole sections in a call as fit `pack_tokens`;
    # "sections" is one call per heading section (the behaviour before packing).
    chunking: ChunkingName = "packed"
    pack_tokens: int = 6000
    local_model: Path | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "api_key", clean_api_key(self.api_key))

    @classmethod
    def resolve(cls, env: dict[str, str] | None = None, **flags: object) -> Settings:
        """Build settings from CLI flags (None = not given), then `env`, then defaults."""
        env = dict(os.environ) if env is None else env
        given = {key: value for key, value in flags.items() if value is not None}
        from_env: dict[str, object] = {}
        if env.get(ENV_BASE_URL):
            from_env["base_url"] = env[ENV_BASE_URL]
        if env.get(ENV_API_KEY):
            from_env["api_key"] = env[ENV_API_KEY]
        if env.get(ENV_MODEL):
            from_env["model"] = env[ENV_MODEL]
        if env.get(ENV_CACHE_DIR):
            from_env["cache_dir"] = Path(env[ENV_CACHE_DIR])
        if env.get(ENV_LOCAL_MODEL):
            from_env["local_model"] = Path(env[ENV_LOCAL_MODEL])
        _one_endpoint(given, "--base-url", "--local-model")
        _one_endpoint(from_env, ENV_BASE_URL, ENV_LOCAL_MODEL)
        if "base_url" in given:  # a flag outranks the environment, endpoint against model too
            from_env.pop("local_model", None)
        if "local_model" in given:
            from_env.pop("base_url", None)
        settings = cls(**{**from_env, **given})  # type: ignore[arg-type]
        if settings.cache_dir is None:
            settings = replace(settings, cache_dir=default_cache_dir())
        return settings

    @property
    def llm_configured(self) -> bool:
        """An endpoint, key or local model was given: `auto` then means the LLM engine."""
        return bool(self.base_url or self.api_key or self.local_model)

    @property
    def effective_model(self) -> str:
        return self.model or DEFAULT_MODEL


def _one_endpoint(values: dict[str, object], url_name: str, model_name: str) -> None:
    """An endpoint and a local model are two answers to "which LLM": given together at
    the same level (both flags, or both variables), neither can silently win."""
    if values.get("base_url") and values.get("local_model"):
        raise ConfigError(f"{url_name} and {model_name} both name the LLM to use; give one of them")


def clean_api_key(key: str | None) -> str | None:
    """`key` without surrounding whitespace (a key file saved with Windows line endings
    ends in `\r`); None when nothing is left.

    Raises `ConfigError` for a key with a control or non-ASCII character: it cannot go
    into an HTTP header, and the error the HTTP library would give prints the key.
    """
    if key is None:
        return None
    key = key.strip()
    if not key:
        return None
    if not all(" " <= character <= "~" for character in key):
        raise ConfigError(
            "the API key contains a control or non-ASCII character; "
            "check --api-key / OPENAI_API_KEY (or the file it was read from)"
        )
    return key


MIN_SECRET_CHARS = 4
REDACTED = "***"


def key_spellings(key: str) -> list[str]:
    """The ways `key` can show up in text a server or library sends back: as is,
    URL-encoded (both styles), and base64 (alone, or inside `user:key` at any
    alignment, by the part of the encoding that does not depend on its neighbours)."""
    spellings = {key, urllib.parse.quote(key, safe=""), urllib.parse.quote_plus(key)}
    raw = key.encode("utf-8")
    spellings.add(base64.b64encode(raw).decode("ascii").rstrip("="))
    for lead in range(3):
        encoded = base64.b64encode(b"\0" * lead + raw).decode("ascii")
        # Characters that mix the key with its neighbours: the first 4*ceil(lead/3)
        # hold lead bytes, and the last group may hold padding or the next bytes.
        start = 4 if lead else 0
        stable = encoded[start : len(encoded) - 4]
        if len(stable) >= 8:
            spellings.add(stable)
    return sorted((s for s in spellings if len(s) >= MIN_SECRET_CHARS), key=len, reverse=True)


def redact_key(text: str, key: str | None) -> str:
    """`text` with `key` replaced by `***` in every spelling of `key_spellings`."""
    if not key or len(key) < MIN_SECRET_CHARS or not text:
        return text
    for spelling in key_spellings(key):
        text = text.replace(spelling, REDACTED)
    return text


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("summarizer"))
