"""Characters that print as nothing, and the text as it reads without them.

A zero-width space, soft hyphen, zero-width (non-)joiner, word joiner, byte-order mark
or bidirectional control inside a word ("sh\u200bare", "adver\u00adtisers") changes
nothing a reader sees, but it splits the word for anything that matches text. The
engines read the policy as `visible(text)`; evidence still indexes the real text,
because grounding (which ignores these characters too) maps every quote back to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# fmt: off
INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidirectional embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidirectional isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)
# fmt: on
INVISIBLE_RUN = re.compile(f"[{INVISIBLE}]+")
_DROP = dict.fromkeys(map(ord, INVISIBLE))


def has_invisible(text: str) -> bool:
    """Whether `text` holds any character of `INVISIBLE`."""
    # All of them are non-ASCII, and `isascii` is answered without reading the text.
    return not text.isascii() and INVISIBLE_RUN.search(text) is not None


def visible(text: str) -> str:
    """`text` without the characters of `INVISIBLE`."""
    return text.translate(_DROP) if has_invisible(text) else text


class VisibleText:
    """`visible(source)` and where each of its characters is in `source`."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._view_starts: list[int] = [0]
        self._source_starts: list[int] = [0]
        parts: list[str] = []
        position = length = 0
        for match in INVISIBLE_RUN.finditer(source):
            parts.append(source[position : match.start()])
            length += match.start() - position
            position = match.end()
            self._view_starts.append(length)
            self._source_starts.append(position)
        parts.append(source[position:])
        self.text = "".join(parts)

    def to_source(self, offset: int) -> int:
        """The offset in `source` of the visible character at `offset` (an offset at the
        end of a run of kept characters maps to just after that run's last character)."""
        run = bisect_right(self._view_starts, offset) - 1
        return self._source_starts[run] + offset - self._view_starts[run]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span covering visible `text[start:end]` (invisible characters
        inside it included, none at its edges)."""
        if end <= start:
            begin = self.to_source(start)
            return begin, begin
        return self.to_source(start), self.to_source(end - 1) + 1
