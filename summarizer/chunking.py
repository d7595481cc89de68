"""Split a policy into sections by heading. (Skeleton: filled in by the text-handling work.)"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    """A span of the policy text under one heading path.

    `text == policy_text[start:end]`; `heading_path` runs from the outermost heading
    to the innermost (empty for text before the first heading).
    """

    index: int
    start: int
    end: int
    text: str
    heading_path: tuple[str, ...] = ()

    @property
    def section(self) -> str | None:
        """The innermost heading, used as Evidence.section."""
        return self.heading_path[-1] if self.heading_path else None


def split_policy(text: str, *, max_tokens: int = 1200, min_tokens: int = 60) -> list[Chunk]:
    """Chunks covering `text` in order, split at headings. Placeholder: one chunk."""
    return [Chunk(index=0, start=0, end=len(text), text=text)] if text.strip() else []
