"""summarizer: turn a privacy policy into an evidence-backed privacy nutrition label."""

from __future__ import annotations

__version__ = "0.1.0"
