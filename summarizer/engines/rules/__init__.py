"""The offline rules engine (`--engine rules`): labels a policy with no model and no key."""

from summarizer.engines.rules.engine import RULES_VERSION, RulesExtractor, read_chunk

__all__ = ["RULES_VERSION", "RulesExtractor", "read_chunk"]
