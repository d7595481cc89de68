"""What reads a chunk: the seam (`base.Extractor`), the engines behind it (`rules`,
`llm`, hybrid) and `select`, which builds the one a run's settings ask for.

`open_extractor`, `build_extractor`, `close_extractor` and `resolve_engine` are
re-exported lazily so `import summarizer.engines.rules` stays cheap.
"""

from __future__ import annotations

from typing import Any

_SELECT = ("build_extractor", "close_extractor", "open_extractor", "resolve_engine")
_BASE = ("ExtractionResult", "Extractor")
__all__ = [*_BASE, *_SELECT]


def __getattr__(name: str) -> Any:
    if name in _SELECT:
        from summarizer.engines import select

        return getattr(select, name)
    if name in _BASE:
        from summarizer.engines import base

        return getattr(base, name)
    raise AttributeError(name)
