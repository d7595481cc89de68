"""The Python API: `label_policy(text_or_path)`."""

from __future__ import annotations

from pathlib import Path

from summarizer.engines.base import Extractor
from summarizer.engines.select import build_extractor
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import label_document
from summarizer.settings import Settings
from summarizer.text.loading import PolicyDocument, load_policy, load_text


def label_policy(
    policy: str | Path | PolicyDocument,
    *,
    extractor: Extractor | None = None,
    settings: Settings | None = None,
) -> PrivacyNutritionLabel:
    """Label a privacy policy.

    `policy` is a `Path` (read from disk), a `PolicyDocument`, or a `str` of policy
    text. With no `extractor`, one is built from `settings` (default: resolved from
    the environment, so the offline engine when no LLM is configured).
    """
    if isinstance(policy, PolicyDocument):
        document = policy
    elif isinstance(policy, Path):
        document = load_policy(policy)
    else:
        document = load_text(policy)
    if extractor is None:
        extractor = build_extractor(settings or Settings.resolve())
    return label_document(document, extractor)
