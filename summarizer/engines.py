"""Choose the extractor a run uses: the offline rules engine or an LLM.

`auto` (the default) uses the LLM when an endpoint, key or local model is
configured and the offline engine otherwise.
"""

from __future__ import annotations

from summarizer.errors import ConfigError
from summarizer.extractor import Extractor
from summarizer.settings import Settings


def resolve_engine(settings: Settings) -> str:
    """The engine `settings` selects, with `auto` decided."""
    if settings.engine == "auto":
        return "llm" if settings.llm_configured else "rules"
    return settings.engine


def build_extractor(settings: Settings) -> Extractor:
    """The extractor for `settings`; LLM extractors are wrapped in the findings cache."""
    engine = resolve_engine(settings)
    if engine == "rules":
        from summarizer.rules import RulesExtractor

        return RulesExtractor()
    if engine in ("llm", "hybrid"):
        if engine == "hybrid":
            raise ConfigError("the hybrid engine is not available yet; use --engine llm or rules")
        from summarizer.client import LLMExtractor

        extractor: Extractor = LLMExtractor(settings)
        if settings.use_cache and settings.cache_dir is not None:
            from summarizer.cache import CachedExtractor, FindingsCache

            extractor = CachedExtractor(extractor, FindingsCache(settings.cache_dir))
        return extractor
    raise ConfigError(f"unknown engine {engine!r}: choose auto, rules or llm")
