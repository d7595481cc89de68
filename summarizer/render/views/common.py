"""What every view shares: the view names, the error for a view that cannot be
shown, the base model of every view, and the pattern that spots encryption in
security text (Google's "encrypted in transit", OPP-115's "secure data transfer")."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from summarizer.errors import SummarizerError

ViewName = Literal["label", "apple", "google", "opp115"]
VIEW_NAMES: tuple[ViewName, ...] = ("label", "apple", "google", "opp115")

ENCRYPTION_PATTERN = re.compile(r"encrypt\w*|\bssl\b|\btls\b|\bhttps\b|secure sockets?", re.I)


class RenderError(SummarizerError):
    """A label cannot be shown as asked: unknown view or format, or no browser for PNG."""


class ViewModel(BaseModel):
    """Base of every view model: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid")
