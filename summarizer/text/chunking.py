"""Split a policy into chunks by heading, sized for one model call each.

`split_policy(text)` cuts the text at the headings `summarizer.text.headings` finds,
splits sections that are too long and merges sections that are too small, and
returns `Chunk`s that cover the text in order: `chunks[0].start == 0`,
`chunks[-1].end == len(text)`, each chunk ends where the next starts, and
`chunk.text == text[chunk.start:chunk.end]`. The rules engine reads these.

`pack_policy(text, max_tokens=...)` packs whole sections into as few chunks as fit
the budget (the LLM path: each call carries a large fixed prompt, so a typical policy
costs a few calls, not one per small section). A packed chunk keeps each section's
span and heading path in `chunk.parts`; a prompt gives the path over its start
(`chunk.opening_path`), and every later section's heading is in the text.

Token counts are estimated as one token per `CHARS_PER_TOKEN` (4) characters,
whitespace included: cheap, linear and close enough for English prose (it
undercounts scripts without spaces, such as Chinese).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from summarizer.text.headings import find_headings, heading_paths

CHARS_PER_TOKEN = 4


class ChunkPart(NamedTuple):
    """One section (or a piece of one) inside a packed chunk."""

    start: int
    end: int
    heading_path: tuple[str, ...]


@dataclass(frozen=True)
class Chunk:
    """A span of the policy text under one heading path.

    `text == policy_text[start:end]`; `heading_path` runs from the outermost heading
    to the innermost (empty for text before the first heading). A chunk packed from
    several sections (`pack_policy`) lists them in `parts`, in order, covering it; its
    `heading_path` is what they share.
    """

    index: int
    start: int
    end: int
    text: str
    heading_path: tuple[str, ...] = ()
    parts: tuple[ChunkPart, ...] = ()

    @property
    def section(self) -> str | None:
        """The innermost heading, used as Evidence.section."""
        return self.heading_path[-1] if self.heading_path else None

    @property
    def opening_path(self) -> tuple[str, ...]:
        """The heading path over the chunk's first character: what a reader starting
        here needs to know (later sections' headings are in the text itself)."""
        return self.parts[0].heading_path if self.parts else self.heading_path


def estimate_tokens(text: str) -> int:
    """Rough token count: one token per `CHARS_PER_TOKEN` characters, rounded up."""
    return -(-len(text) // CHARS_PER_TOKEN)


def split_policy(text: str, *, max_tokens: int = 1200, min_tokens: int = 60) -> list[Chunk]:
    """Chunks covering `text` in order, cut at headings, each under `max_tokens`.

    1. Sections run from one heading's line to the next heading's line; text before
       the first heading is a section with an empty heading path (whitespace alone
       before the first heading joins the first section).
    2. A section over `max_tokens` is cut at blank lines, then line breaks, then
       sentence ends, then spaces (a run with no whitespace at all is cut anywhere)
       into nearly equal pieces; every piece keeps the section's heading path.
    3. A piece under `min_tokens` merges with the neighbour whose heading path shares
       more with its own (the previous one on a tie), if the two fit in
       `max_tokens`. It does not merge across a top-level explicit heading (the
       shallowest ATX/setext level in the text) unless that is its only neighbour.
       A merged chunk's heading path is the common prefix of its parts' paths, so
       it never names a section that covers only part of it.

    Empty or whitespace-only text gives no chunks.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    if not text.strip():
        return []
    max_chars = max_tokens * CHARS_PER_TOKEN
    min_chars = max(min_tokens, 0) * CHARS_PER_TOKEN
    pieces: list[_Piece] = []
    for start, end, path, top in _sections(text):
        spans = _split_span(text, start, end, max_chars, 0)
        pieces.extend(
            _Piece(a, b, path, top and a == start) for a, b in _pack(spans, start, end, max_chars)
        )
    chunks = []
    for index, group in enumerate(_merge_small(pieces, min_chars, max_chars)):
        start, end = group[0].start, group[-1].end
        path = _common_prefix([piece.path for piece in group])
        chunks.append(
            Chunk(index=index, start=start, end=end, text=text[start:end], heading_path=path)
        )
    return chunks


def pack_policy(text: str, *, max_tokens: int = 6000) -> list[Chunk]:
    """Chunks covering `text` in order, each as many whole sections as fit `max_tokens`.

    Sections are those of `split_policy`. A section over the budget is cut at blank
    lines, then sentence ends, then line breaks, then spaces (so a sentence is split only
    when it alone is over the budget), and its pieces pack like sections. Consecutive
    sections join a chunk while it stays within `max_tokens`; the chunk's `parts` name
    each one's span and heading path (pieces of one section in one chunk are one part).

    Empty or whitespace-only text gives no chunks.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    if not text.strip():
        return []
    max_chars = max_tokens * CHARS_PER_TOKEN
    pieces: list[ChunkPart] = []
    for start, end, path, _top in _sections(text):
        spans = _split_span(text, start, end, max_chars, 0, _PACKING_CUTS)
        pieces.extend(ChunkPart(a, b, path) for a, b in _pack(spans, start, end, max_chars))
    groups: list[list[ChunkPart]] = []
    for piece in pieces:
        if groups and piece.end - groups[-1][0].start <= max_chars:
            last = groups[-1][-1]
            if last.heading_path == piece.heading_path:
                groups[-1][-1] = ChunkPart(last.start, piece.end, piece.heading_path)
            else:
                groups[-1].append(piece)
        else:
            groups.append([piece])
    chunks = []
    for index, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        chunks.append(
            Chunk(
                index=index,
                start=start,
                end=end,
                text=text[start:end],
                heading_path=_common_prefix([part.heading_path for part in group]),
                parts=tuple(group) if len(group) > 1 else (),
            )
        )
    return chunks


# --- Sections, splitting and merging ----------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    path: tuple[str, ...]
    top: bool  # starts at a top-level explicit heading: a tiny piece does not merge across it

    @property
    def size(self) -> int:
        return self.end - self.start


def _sections(text: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """(start, end, heading path, starts at a top-level heading) per heading section."""
    headings = find_headings(text)
    if not headings:
        return [(0, len(text), (), False)]
    explicit_levels = [heading.level for heading in headings if heading.explicit]
    top_level = min(explicit_levels) if explicit_levels else None
    starts = [text.rfind("\n", 0, heading.start) + 1 for heading in headings]
    if not text[: starts[0]].strip():
        starts[0] = 0
    sections: list[tuple[int, int, tuple[str, ...], bool]] = []
    if starts[0] > 0:
        sections.append((0, starts[0], (), False))
    paths = heading_paths(headings)
    for index, heading in enumerate(headings):
        end = starts[index + 1] if index + 1 < len(headings) else len(text)
        top = heading.explicit and heading.level == top_level
        sections.append((starts[index], end, paths[index], top))
    return sections


# Boundaries to cut an over-long span at, coarsest first. A cut falls after the
# whitespace, so whitespace stays with the text before it.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # blank lines: paragraphs
    re.compile(r"\n\s*"),  # line breaks: list items, hard-wrapped lines
    re.compile(r"(?<=[.!?;:])[\"'\u201d\u2019)\]]*\s+"),  # sentence ends
    re.compile(r"\s+"),  # words
)
# Packing cuts at sentence ends before line breaks: hard-wrapped prose keeps its sentences.
_PACKING_CUTS = (_CUTS[0], _CUTS[2], _CUTS[1], _CUTS[3])


def _split_span(
    text: str,
    start: int,
    end: int,
    max_chars: int,
    depth: int,
    boundaries: tuple[re.Pattern[str], ...] = _CUTS,
) -> list[tuple[int, int]]:
    """Units of [start, end) no longer than `max_chars`, cut at the coarsest boundary that works."""
    if end - start <= max_chars:
        return [(start, end)]
    if depth == len(boundaries):
        return [(a, min(a + max_chars, end)) for a in range(start, end, max_chars)]
    cuts = [m.end() for m in boundaries[depth].finditer(text, start, end) if start < m.end() < end]
    if not cuts:
        return _split_span(text, start, end, max_chars, depth + 1, boundaries)
    units: list[tuple[int, int]] = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        units.extend(_split_span(text, a, b, max_chars, depth + 1, boundaries))
    return units


def _pack(
    units: list[tuple[int, int]], start: int, end: int, max_chars: int
) -> list[tuple[int, int]]:
    """Join consecutive units into nearly equal pieces of at most `max_chars`."""
    if len(units) == 1:
        return units
    count = -(-(end - start) // max_chars)
    target = -(-(end - start) // count)
    pieces: list[tuple[int, int]] = []
    piece_start = units[0][0]
    for a, b in units:
        if a > piece_start and (b - piece_start > max_chars or a - piece_start >= target):
            pieces.append((piece_start, a))
            piece_start = a
    pieces.append((piece_start, units[-1][1]))
    return pieces


def _merge_small(pieces: list[_Piece], min_chars: int, max_chars: int) -> list[list[_Piece]]:
    """Group consecutive pieces so that small ones join a neighbour (see `split_policy`)."""
    joins = [False] * max(len(pieces) - 1, 0)  # joins[i]: piece i and piece i + 1 go together
    for index, piece in enumerate(pieces):
        if piece.size >= min_chars:
            continue
        before = pieces[index - 1] if index > 0 else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        fits_before = before is not None and before.size + piece.size <= max_chars
        fits_after = after is not None and after.size + piece.size <= max_chars
        use_before = fits_before and not piece.top
        use_after = fits_after and after is not None and not after.top
        if not (use_before or use_after):  # alone under its top-level heading
            use_before, use_after = fits_before, fits_after
        if use_before and use_after and before is not None and after is not None:
            if _shared(before.path, piece.path) >= _shared(piece.path, after.path):
                use_after = False
            else:
                use_before = False
        if use_before:
            joins[index - 1] = True
        elif use_after:
            joins[index] = True
    groups: list[list[_Piece]] = []
    size = 0
    for index, piece in enumerate(pieces):
        if groups and joins[index - 1] and size + piece.size <= max_chars:
            groups[-1].append(piece)
            size += piece.size
        else:
            groups.append([piece])
            size = piece.size
    return groups


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    prefix = paths[0]
    for path in paths[1:]:
        prefix = prefix[: _shared(prefix, path)]
    return prefix
