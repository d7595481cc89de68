"""summarizer: turn a privacy policy into an evidence-backed privacy nutrition label.

The public names below are imported lazily, so `import summarizer` stays cheap and the
CLI imports only what it uses.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.2.0"

_PUBLIC = {
    "label_policy": "summarizer.api",
    "PrivacyNutritionLabel": "summarizer.label.schema",
    "Extractor": "summarizer.engines.base",
    "ExtractionResult": "summarizer.engines.base",
    "open_extractor": "summarizer.engines.select",
    "fetch_policy": "summarizer.text.fetching",
    "Settings": "summarizer.settings",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> object:
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(name)
