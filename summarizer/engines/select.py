"""Choose the extractor a run uses: the offline rules engine, an LLM, or both.

`hybrid` sends the rules engine's findings for each chunk to the LLM to confirm,
correct and complete.

`auto` (the default) uses the LLM when an endpoint, key or local model is
configured and the offline engine otherwise. A local model (`settings.local_model`)
starts llama.cpp's server on this machine: use `open_extractor` (or call
`close_extractor`) so that it is stopped when the work is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from summarizer.engines.base import Extractor
from summarizer.errors import ConfigError
from summarizer.settings import Settings


def resolve_engine(settings: Settings) -> str:
    """The engine `settings` selects, with `auto` decided."""
    if settings.engine == "auto":
        return "llm" if settings.llm_configured else "rules"
    return settings.engine


def build_extractor(settings: Settings) -> Extractor:
    """The extractor for `settings`; LLM extractors are wrapped in the findings cache.

    With `settings.local_model` this starts a llama.cpp server, which runs until
    `close_extractor` (or garbage collection, or exit) stops it.
    """
    engine = resolve_engine(settings)
    if engine == "rules":
        from summarizer.engines.rules import RulesExtractor

        return RulesExtractor()
    if engine in ("llm", "hybrid"):
        candidates: Extractor | None = None
        if engine == "hybrid":
            from summarizer.engines.rules import RulesExtractor

            candidates = RulesExtractor()
        extractor: Extractor
        if settings.local_model is not None:
            from summarizer.engines.llm.local_model import start_local_extractor

            extractor = start_local_extractor(settings, candidates_from=candidates)
        else:
            from summarizer.engines.llm import LLMExtractor

            extractor = LLMExtractor(settings, candidates_from=candidates)
        if settings.use_cache and settings.cache_dir is not None:
            from summarizer.engines.llm.cache import CachedExtractor, FindingsCache

            try:
                extractor = CachedExtractor(extractor, FindingsCache(settings.cache_dir))
            except BaseException:
                close_extractor(extractor)  # e.g. an unwritable cache dir: stop the server
                raise
        return extractor
    raise ConfigError(f"unknown engine {engine!r}: choose auto, rules, llm or hybrid")


def close_extractor(extractor: Extractor) -> None:
    """Stop what `extractor` started (a local model server) and close its cache.

    Walks wrappers (`.extractor`) inward; safe to call twice.
    """
    layer: object | None = extractor
    while layer is not None:
        close = getattr(layer, "close", None)
        if callable(close):
            close()
        layer = getattr(layer, "extractor", None)


@contextmanager
def open_extractor(settings: Settings) -> Iterator[Extractor]:
    """`build_extractor(settings)` for a `with` block, closed at its end (also on errors)."""
    extractor = build_extractor(settings)
    try:
        yield extractor
    finally:
        close_extractor(extractor)
