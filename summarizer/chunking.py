"""Split a policy into chunks by heading, sized for one model call each.

Two public steps:

- `find_headings(text)` finds the headings a privacy policy uses, in four styles:
  markdown ATX lines (`## Title`, also what HTML `h1`-`h6` become in loading),
  setext underlines (`Title` over `=====` or `-----`), bold-only paragraphs
  (`**SECURITY**`, `_**USE OF INFORMATION**_`, a bold title split over two lines),
  and short title lines (`Payment information`, `-Cookies`) that stand alone as a
  paragraph and are followed by body text.
- `split_policy(text)` cuts the text at those headings, splits sections that are
  too long and merges sections that are too small, and returns `Chunk`s that cover
  the text in order: `chunks[0].start == 0`, `chunks[-1].end == len(text)`, each
  chunk ends where the next starts, and `chunk.text == text[chunk.start:chunk.end]`.

Heading levels. ATX/setext headings have their markdown level and are "explicit".
A bold heading sits one level below the last explicit heading. Short title lines sit
below the last bold heading (or the last explicit one when there is none); within
one such section, title lines are grouped by style (dash-prefixed, numbered, ALL
CAPS, plain) and a style's level is set by the order in which it first appears, as
reStructuredText does with underline styles: in `- Information we collect:` followed
by `Payment information`, the dash style is the parent. An explicit heading closes
every bold or title-line section before it.

Titles are cleaned of markup: emphasis markers, link syntax, backslash escapes, a
leading dash marker and a trailing colon are removed and whitespace is collapsed;
numbering (`1.`) is kept.

Token counts are estimated as one token per `CHARS_PER_TOKEN` (4) characters,
whitespace included: cheap, linear and close enough for English prose (it
undercounts scripts without spaces, such as Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

CHARS_PER_TOKEN = 4

HeadingStyle = Literal["atx", "setext", "bold", "line"]


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


@dataclass(frozen=True)
class Heading:
    """A heading found in the text; `text[start:end]` is its source (markup included)."""

    level: int
    title: str
    start: int
    end: int
    style: HeadingStyle = "atx"

    @property
    def explicit(self) -> bool:
        """A markdown heading (ATX or setext), as opposed to one inferred from bold or a short line."""
        return self.style in ("atx", "setext")


def estimate_tokens(text: str) -> int:
    """Rough token count: one token per `CHARS_PER_TOKEN` characters, rounded up."""
    return -(-len(text) // CHARS_PER_TOKEN)


def find_headings(text: str) -> list[Heading]:
    """The headings of `text`, in order, with levels (see the module docstring)."""
    blocks = list(_blocks(text))
    found: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "title":
            if block.kind in ("atx", "setext", "bold"):
                found.append(block)
            index += 1
            continue
        # A run of consecutive title-like lines is accepted only when body text
        # follows it and it is one line, or two lines of different styles (a parent
        # title and its first child). Longer runs are addresses, sign-offs, lists.
        end = index
        while end < len(blocks) and blocks[end].kind == "title":
            end += 1
        run = blocks[index:end]
        followed_by_body = end < len(blocks) and _is_body(blocks[end])
        if followed_by_body and (len(run) == 1 or (len(run) == 2 and run[0].style != run[1].style)):
            found.extend(run)
        index = end
    return _assign_levels(found)


def heading_paths(headings: Sequence[Heading]) -> list[tuple[str, ...]]:
    """For each heading, the titles from the outermost enclosing heading to itself."""
    stack: list[Heading] = []
    paths: list[tuple[str, ...]] = []
    for heading in headings:
        while stack and (
            stack[-1].level >= heading.level or (heading.explicit and not stack[-1].explicit)
        ):
            stack.pop()
        stack.append(heading)
        paths.append(tuple(h.title for h in stack))
    return paths


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


# --- Finding headings ----------------------------------------------------------------

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(={3,}|-{3,})[ \t]*")
_BOLD_RUN = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.DOTALL)
_ONLY_MARKERS = re.compile(r"[\s*_]*")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRAY_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")
_LIST_ITEM = re.compile(r"\s{0,8}(?:[*+\u2022\u00b7]|-(?=\s)|\d{1,3}[.)](?=\s))")
_LEADING_DASH = re.compile(r"^[-\u2013\u2014]+\s*")
_DASH_PREFIX = re.compile(r"(?:\\-|-(?=\S)|[\u2013\u2014])\s*")
_NUMBER_PREFIX = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)[.)]\s+|(\d{1,3}(?:\.\d{1,3})+)\s+")
_LETTER_PREFIX = re.compile(r"(?:[A-Z]|[IVX]{1,5})[.)]\s+")
_DATE_LINE = re.compile(
    r"(?:last\s+(?:updated|modified|revised|changed)|effective|updated|revised|date|version)\b",
    re.IGNORECASE,
)
_NOT_TITLE_START = tuple(">*+#<[!|`(\"'\u201c\u2018\u2022\u00b7=~")
_NOT_TITLE_PARTS = ("**", "](", "http://", "https://", "www.", "@", "|", "\t")
# A title line does not end on one of these: a line that does is a sentence cut short.
# fmt: off
_TITLE_END_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or",
    "our", "that", "the", "their", "to", "we", "with", "your",
})
# fmt: on

_MAX_TITLE_CHARS = 100
_MAX_TITLE_WORDS = 12
_MAX_BOLD_CHARS = 150
_MAX_BOLD_WORDS = 16
_MAX_BOLD_LINES = 3
_BODY_MIN_WORDS = 6
_SENTENCE_END = ".;:!?\u2026)"


@dataclass
class _Block:
    """A paragraph, or a heading line, with what heading detection needs to know."""

    kind: Literal["atx", "setext", "bold", "title", "text"]
    start: int  # first non-space character
    end: int  # end of the last line, trailing whitespace excluded
    level: int = 0
    title: str = ""
    style: str = ""
    body: bool = False  # for "text" blocks: reads as body text that a title can introduce


@dataclass
class _Line:
    start: int  # first non-space character
    end: int  # trailing whitespace excluded
    content: str  # text[start:end]


def _lines(text: str) -> Iterator[_Line | None]:
    """Every line of `text`, or None for a blank (whitespace-only) line."""
    position, length = 0, len(text)
    while position <= length:
        newline = text.find("\n", position)
        end = length if newline == -1 else newline
        raw = text[position:end]
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            yield _Line(start, start + len(stripped), stripped)
        else:
            yield None
        if newline == -1:
            return
        position = newline + 1


def _blocks(text: str) -> Iterator[_Block]:
    paragraph: list[_Line] = []
    for line in _lines(text):
        if line is None:
            if paragraph:
                yield from _classify(text, paragraph)
                paragraph = []
            continue
        atx = _atx(text, line)
        if atx is not None:
            if paragraph:
                yield from _classify(text, paragraph)
                paragraph = []
            yield atx
            continue
        paragraph.append(line)
    if paragraph:
        yield from _classify(text, paragraph)


def _atx(text: str, line: _Line) -> _Block | None:
    if not line.content.startswith("#"):
        return None
    # match on the raw line so up to three leading spaces are allowed, not more
    line_start = text.rfind("\n", 0, line.start) + 1
    match = _ATX.fullmatch(text, line_start, line.end)
    if match is None:
        return None
    title = clean_title(match.group(2) or "")
    if not title:
        return None
    return _Block("atx", line.start, line.end, level=len(match.group(1)), title=title)


def _classify(text: str, lines: list[_Line]) -> list[_Block]:
    """One paragraph: a heading, a heading then body, a title-like line, or body text."""
    first, last = lines[0], lines[-1]
    whole = text[first.start : last.end]
    if len(lines) <= _MAX_BOLD_LINES and len(whole) <= 2 * _MAX_BOLD_CHARS:
        bold = _bold_title(whole)
        if bold is not None:
            return [_Block("bold", first.start, last.end, title=bold)]
    if len(lines) == 2 and _SETEXT_UNDERLINE.fullmatch(last.content):
        title = clean_title(first.content)
        if title and len(title) <= _MAX_TITLE_CHARS and not first.content.startswith("#"):
            level = 1 if last.content.startswith("=") else 2
            return [_Block("setext", first.start, last.end, level=level, title=title)]
    rest = lines[1:]
    if rest and len(first.content) <= 2 * _MAX_BOLD_CHARS:
        bold = _bold_title(first.content)
        if bold is not None:
            return [_Block("bold", first.start, first.end, title=bold), _text_block(text, rest)]
    candidate = _title_line(first.content) if len(first.content) <= _MAX_TITLE_CHARS else None
    if candidate is not None:
        style, title = candidate
        title_block = _Block("title", first.start, first.end, title=title, style=style)
        if not rest:
            return [title_block]
        if _starts_body(text, first, rest):
            return [title_block, _text_block(text, rest)]
    return [_text_block(text, lines)]


def _text_block(text: str, lines: list[_Line]) -> _Block:
    first, last = lines[0], lines[-1]
    head = text[first.start : min(last.end, first.start + 400)]
    body = (
        _LIST_ITEM.match(first.content) is not None
        or last.content.endswith(tuple(_SENTENCE_END))
        or len(head.split()) >= _BODY_MIN_WORDS
    )
    return _Block("text", first.start, last.end, body=body)


def _is_body(block: _Block) -> bool:
    return block.kind == "text" and block.body


def _starts_body(text: str, title: _Line, rest: list[_Line]) -> bool:
    """A title line on top of its paragraph: the rest must read as a sentence.

    Hard-wrapped prose also has a first line followed by more lines, so the title
    must be much shorter than the lines under it, and the text under it must start
    like a sentence (capital, digit or list marker) and end like one.
    """
    following = rest[: min(3, len(rest))]
    if 10 * len(title.content) > 6 * max(len(line.content) for line in following):
        return False
    opener = rest[0].content
    if not (opener[0].isupper() or opener[0].isdigit() or _LIST_ITEM.match(opener)):
        return False
    tail = text[rest[0].start : rest[-1].end]
    return tail.endswith(tuple(_SENTENCE_END)) and len(tail[:400].split()) >= _BODY_MIN_WORDS


def _bold_title(source: str) -> str | None:
    """The title of a paragraph made only of bold runs (`**A**`, `_**A**_`, `**A** **B**`)."""
    stripped = source.strip()
    if not stripped.startswith(("**", "__", "_*", "*_")):
        return None
    if not _ONLY_MARKERS.fullmatch(_BOLD_RUN.sub(" ", stripped)):
        return None
    title = clean_title(" ".join(a or b for a, b in _BOLD_RUN.findall(stripped)))
    words = title.split()
    if (
        not words
        or len(title) > _MAX_BOLD_CHARS
        or len(words) > _MAX_BOLD_WORDS
        or sum(char.isalpha() for char in title) < 2
        or title[0].islower()
        or (title.endswith((".", "!", "?")) and len(words) > 4)
    ):
        return None
    return title


def _title_line(line: str) -> tuple[str, str] | None:
    """(style, title) when a line could be a plain title, e.g. `-Cookies`, `Payment information`."""
    if line.startswith(_NOT_TITLE_START) or any(part in line for part in _NOT_TITLE_PARTS):
        return None
    if line.startswith("- "):  # an unescaped "- " starts a markdown list item
        return None
    style, rest = "plain", line
    for name, pattern in (
        ("dash", _DASH_PREFIX),
        ("number", _NUMBER_PREFIX),
        ("letter", _LETTER_PREFIX),
    ):
        match = pattern.match(line)
        if match is not None:
            style, rest = name, line[match.end() :]
            if name == "number":
                style += str((match.group(1) or match.group(2)).count(".") + 1)
            break
    if not rest or _DATE_LINE.match(rest):
        return None
    if not (rest[0].isupper() or rest[0].isdigit()):
        return None
    if rest.endswith((".", "!", "?", ";", ",", "\u2026")):
        return None
    title = clean_title(rest)
    words = title.split()
    if (
        not words
        or len(words) > _MAX_TITLE_WORDS
        or sum(char.isalpha() for char in title) < 2
        or words[-1].lower() in _TITLE_END_WORDS
    ):
        return None
    letters = [char for char in title if char.isalpha()]
    if len(letters) >= 3 and all(char.isupper() for char in letters):
        style += "-caps"
    return style, title


def clean_title(raw: str) -> str:
    """A heading's words without markup: links, emphasis, escapes, a trailing colon."""
    title = raw
    if "](" in title:
        title = _LINK.sub(r"\1", title)
    if "\\" in title:
        title = _ESCAPE.sub(r"\1", title)
    if "*" in title or "_" in title:
        title = _STRAY_EMPHASIS.sub("", title.replace("**", "").replace("__", ""))
    title = " ".join(title.split())
    title = _SPACE_BEFORE_PUNCT.sub(r"\1", title)
    title = _LEADING_DASH.sub("", title, count=1)
    return title.rstrip(":").rstrip()


def _assign_levels(blocks: list[_Block]) -> list[Heading]:
    headings: list[Heading] = []
    explicit_level = 0
    bold_level: int | None = None
    style_levels: dict[str, int] = {}
    for block in blocks:
        if block.kind in ("atx", "setext"):
            level = explicit_level = block.level
            bold_level, style_levels = None, {}
            style: HeadingStyle = "atx" if block.kind == "atx" else "setext"
        elif block.kind == "bold":
            level = bold_level = explicit_level + 1
            style_levels = {}
            style = "bold"
        else:
            base = explicit_level if bold_level is None else bold_level
            if block.style not in style_levels:
                style_levels[block.style] = base + 1 + len(style_levels)
            level = style_levels[block.style]
            style = "line"
        headings.append(Heading(level, block.title, block.start, block.end, style))
    return headings


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


def _split_span(
    text: str, start: int, end: int, max_chars: int, depth: int
) -> list[tuple[int, int]]:
    """Units of [start, end) no longer than `max_chars`, cut at the coarsest boundary that works."""
    if end - start <= max_chars:
        return [(start, end)]
    if depth == len(_CUTS):
        return [(a, min(a + max_chars, end)) for a in range(start, end, max_chars)]
    cuts = [m.end() for m in _CUTS[depth].finditer(text, start, end) if start < m.end() < end]
    if not cuts:
        return _split_span(text, start, end, max_chars, depth + 1)
    units: list[tuple[int, int]] = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        units.extend(_split_span(text, a, b, max_chars, depth + 1))
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
