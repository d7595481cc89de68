"""Find the headings of a privacy policy, with their levels and cleaned titles.

Two public steps:

- `find_headings(text)` finds the headings a privacy policy uses, in four styles:
  markdown ATX lines (`## Title`, also what HTML `h1`-`h6` become in loading),
  setext underlines (`Title` over `=====` or `-----`), bold-only paragraphs
  (`**SECURITY**`, `_**USE OF INFORMATION**_`, a bold title split over two lines),
  and short title lines (`Payment information`, `-Cookies`) that stand alone as a
  paragraph and are followed by body text.
- `heading_paths(headings)` gives, for each heading, the titles from the outermost
  enclosing heading to itself.

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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

HeadingStyle = Literal["atx", "setext", "bold", "line"]


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


# The last text and its headings: chunking and grounding both need a policy's headings,
# and this finds them once. Matched by identity, so it costs nothing to check.
_last: tuple[str | None, tuple[Heading, ...]] = (None, ())


def find_headings(text: str) -> list[Heading]:
    """The headings of `text`, in order, with levels (see the module docstring)."""
    global _last
    last = _last
    if last[0] is text:
        return list(last[1])
    headings = _find_headings(text)
    _last = (text, tuple(headings))
    return headings


def _find_headings(text: str) -> list[Heading]:
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
_SENTENCE_END = tuple(".;:!?\u2026)")  # what a line of a sentence ends with


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
    """Every line of `text` (split at "\n" only), or None for a blank (whitespace-only) line."""
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            yield _Line(start, start + len(stripped), stripped)
        else:
            yield None
        position += len(raw) + 1


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
    body = (
        _LIST_ITEM.match(first.content) is not None
        or last.content.endswith(_SENTENCE_END)
        or len(text[first.start : min(last.end, first.start + 400)].split()) >= _BODY_MIN_WORDS
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
    return tail.endswith(_SENTENCE_END) and len(tail[:400].split()) >= _BODY_MIN_WORDS


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
        or (title.endswith((".", "!")) and len(words) > 4)  # a bold sentence; a question is a title
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
    if not words or len(words) > _MAX_TITLE_WORDS or words[-1].lower() in _TITLE_END_WORDS:
        return None
    letters = [char for char in title if char.isalpha()]
    if len(letters) < 2:
        return None
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
    if _SPACE_BEFORE_PUNCT.search(title):  # rare: a substitution with a group costs more
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
