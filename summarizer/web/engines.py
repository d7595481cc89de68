"""Which engine a job runs, and what the page may say about it.

The server's engine is configured as on the CLI (flags, then environment, then
defaults: `Settings`). A visitor may pick the offline engine instead, or type an API
key into the page: that key lives in memory for one job only (a fresh extractor is
built for it and closed after), and what the page shows about an engine never holds it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from summarizer.engines.base import Extractor
from summarizer.engines.select import build_extractor, close_extractor, resolve_engine
from summarizer.errors import ConfigError
from summarizer.settings import EngineName, Settings

EngineChoice = Literal["server", "rules", "llm", "hybrid"]
ENGINE_CHOICES: tuple[EngineChoice, ...] = ("server", "rules", "llm", "hybrid")

# What the offline rules engine cannot do (README, "Engines"), in a reader's words.
OFFLINE_LIMITS = (
    "It has no real grammar: long sentences with several clauses, lists of verbs or "
    "double negatives can be misread.",
    "It knows only its own vocabulary: new phrasings, unfamiliar data types, vendors it "
    "does not know by name, and policies not in English are missed.",
    "It has little context: “they” and “these companies” are resolved only from the "
    "previous sentence or the heading, with no reasoning across sections.",
    "Details are rough: purposes per data type only from the same sentence, retention "
    "periods and security measures cut from the sentence.",
    "It does not judge hedging or intent; tables and badly converted layouts do worse than prose.",
)


@dataclass(frozen=True)
class EngineAbout:
    """What ran, in words for the about panel: never a key."""

    engine: str
    offline: bool
    settings: tuple[tuple[str, str], ...]


@dataclass
class JobEngine:
    """The extractor one job uses; `owned` ones are closed when the job ends."""

    extractor: Extractor
    about: EngineAbout
    owned: bool
    key: str | None = None  # the page's key, kept only to redact it from error messages

    def close(self) -> None:
        if self.owned:
            close_extractor(self.extractor)


class Engines:
    """The server's own extractor (built once, on first use) and per-job ones."""

    def __init__(
        self,
        settings: Settings,
        build: Callable[[Settings], Extractor] = build_extractor,
        close: Callable[[Extractor], None] = close_extractor,
        shared: Extractor | None = None,
    ) -> None:
        """`shared`: the server's extractor, opened by the caller (who closes it)."""
        self.settings = settings
        self._build = build
        self._close = close
        self._shared: Extractor | None = shared
        self._owns_shared = shared is None
        self._lock = threading.Lock()

    @property
    def server_engine(self) -> str:
        return resolve_engine(self.settings)

    def settings_for(self, choice: EngineChoice, api_key: str | None) -> Settings:
        """The settings a job runs with. Raises `ConfigError` for a choice that cannot run."""
        settings = self.settings
        if api_key:
            engine: EngineName = "llm"
            if choice == "hybrid" or (choice == "server" and self.server_engine == "hybrid"):
                engine = "hybrid"
            if choice == "rules":
                raise ConfigError("The offline engine needs no API key: clear the key field.")
            if settings.local_model is not None:
                raise ConfigError("This server runs a local model: an API key is not used.")
            return replace(settings, api_key=api_key, engine=engine)
        if choice == "server":
            return settings
        if choice == "rules":
            return replace(settings, engine="rules")
        if not settings.llm_configured:
            raise ConfigError(
                "No LLM is configured: type an API key, or start the server with "
                "--base-url, OPENAI_API_KEY or --local-model."
            )
        return replace(settings, engine=choice)

    def for_job(self, choice: EngineChoice, api_key: str | None) -> JobEngine:
        """The extractor for one job. May be slow (a local model starts): call off the loop."""
        settings = self.settings_for(choice, api_key)
        key_source = "page" if api_key else ("server" if settings.api_key else None)
        if settings == self.settings:
            extractor = self._shared_extractor()
            return JobEngine(extractor, describe_engine(settings, extractor, key_source), False)
        if resolve_engine(settings) == "rules" and resolve_engine(self.settings) == "rules":
            extractor = self._shared_extractor()
            return JobEngine(extractor, describe_engine(settings, extractor, None), False)
        extractor = self._build(settings)
        return JobEngine(
            extractor, describe_engine(settings, extractor, key_source), True, key=api_key
        )

    def about_server(self) -> EngineAbout:
        """The server's engine as the index page shows it, before anything has run."""
        key_source = "server" if self.settings.api_key else None
        return describe_engine(self.settings, None, key_source)

    def _shared_extractor(self) -> Extractor:
        with self._lock:
            if self._shared is None:
                self._shared = self._build(self.settings)
            return self._shared

    def close(self) -> None:
        with self._lock:
            if self._shared is not None and self._owns_shared:
                self._close(self._shared)
            self._shared = None


def describe_engine(
    settings: Settings, extractor: Extractor | None, key_source: str | None
) -> EngineAbout:
    """The engine and its settings in words. The key is named by where it came from only."""
    engine = extractor.engine if extractor is not None else resolve_engine(settings)
    if engine == "rules":
        return EngineAbout(
            engine="rules",
            offline=True,
            settings=(("engine", "offline rules (no network, no key, deterministic)"),),
        )
    described = extractor.describe() if extractor is not None else {}
    rows: list[tuple[str, str]] = [("engine", engine)]
    rows.append(("model", str(described.get("model") or settings.effective_model)))
    if settings.local_model is not None:
        rows.append(("endpoint", f"local llama.cpp ({settings.local_model.name})"))
    else:
        endpoint = described.get("endpoint") or settings.base_url
        rows.append(("endpoint", public_url(endpoint) if endpoint else "the OpenAI API"))
    rows.append(("structured output", str(described.get("mode") or settings.mode)))
    rows.append(("timeout", f"{settings.timeout_s:g} s per reply"))
    rows.append(("concurrency", f"{settings.concurrency} calls at once"))
    rows.append(("cache", "on" if settings.use_cache else "off"))
    if key_source == "page":
        rows.append(("API key", "typed in the page (kept in memory for this job only)"))
    elif key_source == "server":
        rows.append(("API key", "set when the server started"))
    else:
        rows.append(("API key", "none"))
    return EngineAbout(engine=engine, offline=False, settings=tuple(rows))


def public_url(url: str) -> str:
    """`url` without user name, password, query or fragment: those may hold secrets."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(an endpoint URL that cannot be shown)"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def redact(text: str, secret: str | None) -> str:
    """`text` with every occurrence of `secret` (as typed, or URL-encoded) replaced."""
    if not secret:
        return text
    from urllib.parse import quote

    for form in {secret, quote(secret, safe=""), quote(secret)}:
        text = text.replace(form, "[key]")
    return text
