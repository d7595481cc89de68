"""The findings cache: one validated `ChunkFindings` per (extractor settings, chunk).

Entries live in a diskcache directory (SQLite plus files). diskcache is safe for
several threads and processes sharing one directory, so two runs (or a batch and a
CLI call) may use the same cache at once. Values are the findings' JSON text and are
read back through the model: an entry that no longer validates (corrupt, or written
by an older schema) is a miss and is deleted.

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
import re
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


class FindingsCache:
    """Findings on disk, keyed by `cache_key`. Safe to share between processes."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._cache = diskcache.Cache(str(self.directory))

    def get(self, key: str) -> ChunkFindings | None:
        """The findings stored under `key`; None on a miss or an entry that does not validate."""
        raw = self._cache.get(key)
        if raw is None:
            return None
        try:
            if not isinstance(raw, str):
                raise TypeError(f"cache entry is {type(raw).__name__}, not JSON text")
            return ChunkFindings.model_validate_json(raw)
        except (ValidationError, TypeError):
            self._cache.delete(key)
            return None

    def set(self, key: str, findings: ChunkFindings) -> None:
        self._cache.set(key, findings.model_dump_json())

    def __len__(self) -> int:
        return len(self._cache)

    def close(self) -> None:
        self._cache.close()

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
