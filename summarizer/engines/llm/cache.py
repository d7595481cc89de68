"""The findings cache: one validated `ChunkFindings` per (extractor settings, chunk).

Entries live in a diskcache directory (SQLite plus files). diskcache is safe for
several threads and processes sharing one directory, so two runs (or a batch and a
CLI call) may use the same cache at once. Values are the findings' JSON text and are
read back through the model: an entry that no longer validates (corrupt, or written
by an older schema) is a miss and is deleted.

The cache is optional: a `cache.db` that is not SQLite or is damaged (truncated,
overwritten) is moved aside as `cache.db.damaged-<time>` with one warning (logged at
WARNING, so it shows on stderr), and the run goes on with a fresh cache, or with no
cache if a fresh one cannot be made either.

Keys are a hash of the extractor's `describe()` (model, endpoint, mode, prompt
version, generation settings), the schema version and the chunk text. Nothing secret
goes in: any part named like a key, secret or password is dropped before hashing,
and only the hash is stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import diskcache
from pydantic import ValidationError

from summarizer.engines.base import ExtractionResult, Extractor, chunks_for
from summarizer.label.findings import ChunkFindings
from summarizer.label.schema import SCHEMA_VERSION
from summarizer.text.chunking import Chunk

log = logging.getLogger(__name__)

_SECRET_NAME = re.compile(r"api[_-]?key|secret|password|passwd|authorization|bearer", re.IGNORECASE)


def _public_parts(parts: Mapping[str, object]) -> dict[str, object]:
    return {
        str(name): _public_parts(value) if isinstance(value, Mapping) else value
        for name, value in parts.items()
        if not _SECRET_NAME.search(str(name))
    }


def cache_key(parts: Mapping[str, object], chunk_text: str) -> str:
    """sha256 (hex) of the canonical JSON of (parts, schema version, chunk text).

    Parts named like `api_key`, `secret`, `password` or `authorization` (at any depth)
    are dropped: a key never shapes the cache.
    """
    canonical = json.dumps(
        {"parts": _public_parts(parts), "schema_version": SCHEMA_VERSION, "chunk": chunk_text},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


DATABASE = "cache.db"  # diskcache's database file in the cache directory


def _raise_unless_damaged(error: sqlite3.DatabaseError) -> None:
    """A locked or unopenable database (OperationalError) is not damage: let it through."""
    if isinstance(error, sqlite3.OperationalError):
        raise error


class FindingsCache:
    """Findings on disk, keyed by `cache_key`. Safe to share between processes."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._recovering = threading.Lock()
        self._warned = False
        self._cache: diskcache.Cache | None = None
        try:
            self._cache = diskcache.Cache(str(self.directory))
        except sqlite3.DatabaseError as error:
            _raise_unless_damaged(error)
            self._replace_damaged(None, error)

    def get(self, key: str) -> ChunkFindings | None:
        """The findings stored under `key`; None on a miss or an entry that does not validate."""
        cache = self._cache
        if cache is None:
            return None
        try:
            raw = cache.get(key)
        except sqlite3.DatabaseError as error:
            _raise_unless_damaged(error)
            self._replace_damaged(cache, error)
            return None
        if raw is None:
            return None
        try:
            if not isinstance(raw, str):
                raise TypeError(f"cache entry is {type(raw).__name__}, not JSON text")
            return ChunkFindings.model_validate_json(raw)
        except (ValidationError, TypeError):
            cache.delete(key)
            return None

    def set(self, key: str, findings: ChunkFindings) -> None:
        cache = self._cache
        if cache is None:
            return
        try:
            cache.set(key, findings.model_dump_json())
        except sqlite3.DatabaseError as error:
            _raise_unless_damaged(error)
            self._replace_damaged(cache, error)

    def __len__(self) -> int:
        return 0 if self._cache is None else len(self._cache)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()

    def _replace_damaged(self, damaged: diskcache.Cache | None, error: BaseException) -> None:
        """Move the damaged database aside and open a fresh one (or none), warning once.
        Several threads may find the damage at once: only the first replaces it."""
        with self._recovering:
            if damaged is not self._cache:
                return  # another thread already did
            if damaged is not None:
                damaged.close()
            self._cache = None
            aside = self._set_aside()
            fresh: diskcache.Cache | None = None
            if aside is not None:
                try:
                    fresh = diskcache.Cache(str(self.directory))
                except sqlite3.DatabaseError:
                    fresh = None
            self._cache = fresh
            outcome = (
                f"moved it to {aside.name} and started a new one"
                if fresh is not None and aside is not None
                else "going on without a cache"
            )
            self._warn(f"the findings cache in {self.directory} is damaged ({error}); {outcome}")

    def _set_aside(self) -> Path | None:
        """Rename cache.db (and its -wal/-shm journal files) out of the way."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.directory / f"{DATABASE}.damaged-{stamp}-{os.getpid()}"
        try:
            for suffix in ("", "-wal", "-shm"):
                source = self.directory / f"{DATABASE}{suffix}"
                if source.exists():
                    os.replace(source, aside.with_name(aside.name + suffix))
        except OSError:
            return None
        return aside

    def _warn(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            log.warning("summarizer: warning: %s", message)

    def __enter__(self) -> FindingsCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class CachedExtractor:
    """Any `Extractor`, with its results kept in a `FindingsCache`.

    A hit returns `ExtractionResult(findings, calls=0, cached=True)` and makes no call.
    A miss calls through and stores the findings, unless the result was truncated.
    Failures (exceptions) pass through and are never stored.
    """

    def __init__(self, extractor: Extractor, cache: FindingsCache) -> None:
        self.extractor = extractor
        self.cache = cache
        self.engine = extractor.engine

    def describe(self) -> dict[str, str | None]:
        return self.extractor.describe()

    def split_policy(self, text: str) -> list[Chunk]:
        return chunks_for(self.extractor, text)

    def key_for(self, chunk: Chunk) -> str:
        """The cache key of `chunk` for the wrapped extractor's current settings."""
        parts: dict[str, Any] = {
            **self.extractor.describe(),
            "engine": self.extractor.engine,
            "heading_path": list(chunk.heading_path),
        }
        if chunk.parts:  # a packed chunk's prompt shows each section's heading path
            parts["parts"] = [list(part.heading_path) for part in chunk.parts]
        return cache_key(parts, chunk.text)

    def _hit(self, key: str) -> ExtractionResult | None:
        findings = self.cache.get(key)
        return None if findings is None else ExtractionResult(findings=findings, cached=True)

    def _store(self, key: str, result: ExtractionResult) -> ExtractionResult:
        if not result.truncated:
            self.cache.set(key, result.findings)
        return result

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        key = self.key_for(chunk)
        hit = self._hit(key)
        if hit is not None:
            return hit
        return self._store(key, self.extractor.extract(chunk, policy_text))

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        key = self.key_for(chunk)
        hit = await asyncio.to_thread(self._hit, key)
        if hit is not None:
            return hit
        inner = getattr(self.extractor, "aextract", None)
        if inner is not None and inspect.iscoroutinefunction(inner):
            result = await inner(chunk, policy_text)
        else:
            result = await asyncio.to_thread(self.extractor.extract, chunk, policy_text)
        return await asyncio.to_thread(self._store, key, result)

    def close(self) -> None:
        self.cache.close()
