"""Text from a policy (or an LLM, or a file name) made safe to show.

Policy text is untrusted. Raw control characters in it would reach a terminal as
commands (`ESC[8m` hides the text after it, `ESC]0;...BEL` retitles the window, a
carriage return overwrites the line) and bidirectional overrides reorder what is
shown. `display_text` replaces each such character with one visible character, so
a string keeps its length (and a quote its offsets), and every renderer (terminal
card, Markdown, HTML, PNG) and every line the CLI prints goes through it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

# C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F; a terminal
# may read U+009B as CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder text.
_BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_REPLACEMENT = "\ufffd"
_DEL_PICTURE = "\u2421"

Model = TypeVar("Model", bound=BaseModel)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␍ for CR, ...: visible, one character
    if code == 0x7F:
        return _DEL_PICTURE
    return _REPLACEMENT


def display_text(text: str) -> str:
    """`text` with every control character (but tab and newline) and every bidi override
    replaced by one visible character: the same length, nothing a terminal would obey."""
    if not text:
        return text
    text = _CONTROL.sub(_picture, text)
    return _BIDI_CONTROL.sub(_REPLACEMENT, text)


def _clean(value: Any) -> Any:
    # `type(...) is str`: the label's vocabulary values are str enums and stay as they are.
    if type(value) is str:
        return display_text(value)
    if isinstance(value, BaseModel):
        return displayable(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_clean(item) for item in value)
    if isinstance(value, Mapping):
        return {key: _clean(item) for key, item in value.items()}
    return value


def displayable(model: Model) -> Model:
    """A copy of `model` (a label, say) with `display_text` applied to every string in it,
    at any depth; the model itself when nothing needed it. Not for JSON output: quotes
    there stay verbatim (JSON escapes control characters itself)."""
    updates: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        cleaned = _clean(value)
        if cleaned != value:
            updates[name] = cleaned
    return model.model_copy(update=updates) if updates else model
