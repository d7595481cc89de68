"""summarizer: turn a privacy policy into an evidence-backed privacy nutrition label."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["PrivacyNutritionLabel", "__version__", "label_policy"]


def __getattr__(name: str) -> object:
    # Lazy, so `import summarizer` stays cheap and the CLI imports only what it uses.
    if name == "label_policy":
        from summarizer.api import label_policy

        return label_policy
    if name == "PrivacyNutritionLabel":
        from summarizer.schema import PrivacyNutritionLabel

        return PrivacyNutritionLabel
    raise AttributeError(name)
