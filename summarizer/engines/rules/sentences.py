"""Split a chunk into headings and sentences, keeping character offsets.

A policy converted from HTML marks its structure in several ways: markdown
headings (`## Security`), whole bold lines (`**INFORMATION WE COLLECT**`), short
plain lines standing alone ("Payment information"), lines that introduce what follows
("- Information we collect from you:") and bold lead-ins opening a paragraph
(`**Business Transfers.** We may ...`). Each becomes a `Heading` with a level, and
every `Sentence` records the headings above it (the chunk's own `heading_path`
first), so the engine can read "a list under *Information we collect*" as
collection.

Offsets index `text` exactly: `text[s.start:s.end]` is the sentence with list
markers and markdown emphasis trimmed from its ends, ready to be a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from summarizer.engines.rules.tables import Table, denies_collection, find_table, row_span

MAX_QUOTE = 600
# A "sentence" longer than this (a run-on list, a page without full stops) is read in
# pieces cut at clause breaks, so no sentence costs more than a bounded amount.
MAX_SENTENCE = 1500

_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_LIST_MARKER = re.compile(
    r"^[ \t]*(?:[*+•·▪◦‣–-]|\\-|\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)])[ \t]+", re.MULTILINE
)
_BOLD_LINE = re.compile(r"^[ \t]*(?:[*_]{1,3})(?P<inner>.+?)(?:[*_]{1,3})[ \t]*$")
_MARKUP = "*_#>\\`"
_MARKUP_TO_SPACE = str.maketrans({c: " " for c in _MARKUP})
_EDGE_JUNK = " \t\r\n*_#>\\`|"
_LEADING_DASH = re.compile(r"^[ \t]*(?:\\-|[-–•·*])[ \t]*")
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")
# Where a sentence may end: terminal punctuation, closing marks, whitespace, and a
# capital, digit, quote or markup opening the next one. (Spelled "[.!?][.!?]*", not
# "[.!?]+": a pattern that opens with a character set lets the regex engine skip to
# the next mark; one that opens with a repeat is tried at every position.)
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)\]*_]*(?=\s+[\"“'(\[*_]*[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "u.s",
        "u.k",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "nos",
        "vs",
        "jr",
        "sr",
        "approx",
        "dept",
        "fig",
        "p.o",
        "a.m",
        "p.m",
        "art",
        "sec",
        "para",
        "cf",
        "al",
        "esp",
        "incl",
        "govt",
        "u.s.a",
        "e.u",
        "n.a",
        "ca",
    ]
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
# The run of letters, digits and dots that ends where a search's end lies (`[^\W_]` is
# what str.isalnum accepts); it may be empty, so a search always finds it.
_WORD_BEFORE_DOT = re.compile(r"(?:[^\W_]|\.)*\Z")
_SENTENCE_START = re.compile(
    r"(?:we|you|our|they|this|these|it|if|when|in|for|as|please|here|the following|such)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";\s+|:\s+|,\s+(?=(?:and|but|or|which|including|such as)\b)")


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    text: str
    level: float


class Sentence(NamedTuple):
    """One sentence (or list item) of a chunk.

    `headings` runs outermost to innermost; `lead` is the sentence that introduced
    the list this item belongs to ("This information may include:"), if any.
    (A named tuple: one is made per sentence, at a third of a frozen dataclass's cost.)
    """

    start: int
    end: int
    headings: tuple[str, ...]
    lead: str | None = None
    list_item: bool = False
    first_in_block: bool = False
    row: tuple[int, int] | None = None  # a table cell's whole row: the quote a reader sees


def clean_heading(text: str) -> str:
    """A heading's words without markdown emphasis, escapes or list dashes."""
    text = _LEADING_DASH.sub("", text)
    text = text.translate(_MARKUP_TO_SPACE)
    return " ".join(text.split()).strip(" :.-")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past whitespace, markup and list markers at both ends."""
    while True:
        # _LIST_MARKER starts with a multi-line `^`: it can only match at a line's start.
        at_line_start = start == 0 or text[start - 1] == "\n"
        marker = _LIST_MARKER.match(text, start, end) if at_line_start else None
        if marker and marker.end() > start:
            start = marker.end()
            continue
        if start < end and text[start] in _EDGE_JUNK:
            start += 1
            continue
        break
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(_WORD.findall(text))


_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z]")


def _is_plain_heading(line: str) -> bool:
    stripped = _LEADING_DASH.sub("", line).strip()
    stripped = stripped.strip(_MARKUP + " ")
    if not stripped or len(stripped) > 80 or "@" in stripped or "://" in stripped:
        return False
    if stripped[-1] in ".!?;,":
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    if _TWO_SENTENCES.search(stripped):
        return False  # two sentences are a paragraph, not a heading
    if stripped.endswith(":") and _SENTENCE_START.match(stripped):
        return False  # "We share information as follows:" introduces a list
    words = _words(stripped)
    return 0 < words <= (15 if stripped.endswith(":") else 9)


def _bold_line_text(line: str) -> str | None:
    match = _BOLD_LINE.match(line)
    if not match:
        return None
    inner = match.group("inner")
    if "**" in inner.replace("** **", " "):
        return None
    cleaned = clean_heading(inner)
    if not cleaned or len(cleaned) > 120 or _words(cleaned) > 16:
        return None
    return cleaned


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], not splitting after abbreviations or initials."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        dot = match.start()
        if text[dot] == ".":
            # A word longer than every abbreviation is none: look no further back.
            limit = max(start, dot - _LONGEST_ABBREVIATION - 1)
            before = _WORD_BEFORE_DOT.search(text, limit, dot)
            word = text[before.start() if before else dot : dot].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with any longer than MAX_SENTENCE cut at clause breaks or spaces."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            cut = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start + 1, limit)), default=0)
            if cut <= start:
                cut = text.rfind(" ", start + 1, limit) + 1 or limit
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def clause_span(
    text: str, start: int, end: int, anchor: int, limit: int = MAX_QUOTE
) -> tuple[int, int]:
    """The clause of text[start:end] around `anchor`, at most `limit` characters.

    Used when a sentence is too long to be a quote: it is cut at semicolons, colons
    and list commas, and as a last resort at word boundaries around the anchor.
    """
    if end - start <= limit:
        return start, end
    cuts = [start]
    cuts.extend(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end))
    cuts.append(end)
    piece_start = max((c for c in cuts if c <= anchor), default=start)
    piece_end = min((c for c in cuts if c > anchor), default=end)
    # Grow to neighbouring clauses while it fits, so the quote keeps its verb.
    while True:
        before = max((c for c in cuts if c < piece_start), default=None)
        if before is not None and piece_end - before <= limit:
            piece_start = before
            continue
        break
    if piece_end - piece_start > limit:
        half = limit // 2
        piece_start = max(piece_start, anchor - half)
        piece_end = min(piece_end, piece_start + limit)
        while piece_start > start and not text[piece_start - 1].isspace():
            piece_start += 1
        while piece_end < end and piece_end > piece_start and not text[piece_end].isspace():
            piece_end -= 1
    return _trim(text, piece_start, piece_end)


class _HeadingStack:
    """The headings open at a point of the chunk, under the chunk's own `outer` ones."""

    def __init__(self, outer: tuple[str, ...]) -> None:
        self.outer = outer
        self.items: list[Heading] = []
        self._texts: tuple[str, ...] | None = outer  # None after a change

    def push(self, heading: Heading) -> None:
        while self.items and self.items[-1].level >= heading.level:
            self.items.pop()
        self.items.append(heading)
        self._texts = None

    def drop_paragraph_scoped(self) -> None:
        while self.items and self.items[-1].level >= 9:
            self.items.pop()
            self._texts = None

    def texts(self) -> tuple[str, ...]:
        """The outer headings and the open ones, outermost first (one tuple until the
        stack changes, so the sentences under the same headings share it)."""
        if self._texts is None:
            self._texts = self.outer + tuple(h.text for h in self.items)
        return self._texts


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def split_chunk(
    text: str, heading_path: tuple[str, ...] = ()
) -> tuple[list[Sentence], list[Heading]]:
    """The sentences and headings of a chunk's text, in order."""
    lines = _lines(text)
    blank = [not text[s:e].strip(" \t*_\\") for s, e in lines]
    stack = _HeadingStack(_cleaned_path(tuple(heading_path)))
    sentences: list[Sentence] = []
    headings: list[Heading] = []
    lead: str | None = None
    last_sentence_text: str | None = None
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if blank[index]:
            stack.drop_paragraph_scoped()
            index += 1
            continue
        line = text[start:end]
        table = find_table(text, lines, blank, index)
        if table is not None:
            index = table.end
            # The header row is read as a sentence of its own too: "Cookie | Purpose |
            # Duration" says the site sets cookies.
            q_start, q_end = _trim(text, start, end)
            sentences.append(Sentence(q_start, q_end, stack.texts(), first_in_block=True))
            sentences.extend(_table_sentences(text, table, stack.texts(), lead))
            lead = None
            continue
        heading = _classify_heading(text, lines, blank, index)
        if heading is not None:
            stack.push(heading)
            headings.append(heading)
            lead = None
            index += 1
            continue
        is_item = bool(_LIST_MARKER.match(line))
        # A paragraph: this line plus wrapped continuation lines.
        block_end = end
        nxt = index + 1
        while (
            nxt < len(lines)
            and not blank[nxt]
            and not _LIST_MARKER.match(text[lines[nxt][0] : lines[nxt][1]])
            and text[block_end - 1 : block_end] not in (".", ":", "!", "?", ";")
            and text[lines[nxt][0] : lines[nxt][1]].lstrip()[:1].islower()
        ):
            block_end = lines[nxt][1]
            nxt += 1
        if not is_item:
            lead = None
        first = True
        for s_start, s_end in _bounded(text, _sentence_spans(text, start, block_end)):
            q_start, q_end = _trim(text, s_start, s_end)
            if q_end - q_start < 3:
                continue
            raw = text[s_start:s_end].strip()
            if first and raw.startswith(("**", "__")) and raw.rstrip().endswith(("**", "__")):
                inner = clean_heading(raw)
                if inner and _words(inner) <= 10:
                    lead_in = Heading(q_start, q_end, inner, 9)
                    stack.push(lead_in)
                    headings.append(lead_in)
                    first = False
                    continue
            # (start, end, headings, lead, list_item, first_in_block): positional, as a
            # keyword call costs twice as much, once per sentence.
            sentences.append(
                Sentence(q_start, q_end, stack.texts(), lead if is_item else None, is_item, first)
            )
            first = False
            last_sentence_text = text[q_start:q_end]
        if not is_item and last_sentence_text is not None and _introduces_list(last_sentence_text):
            lead = last_sentence_text
        index = nxt
    return sentences, headings


def _table_sentences(
    text: str, table: Table, headings: tuple[str, ...], lead: str | None
) -> list[Sentence]:
    """A table's cells as sentences: each under its column's name as the innermost
    heading ("Personal data", "Recipient", "Retention period"), as list items (of the
    list the sentence before the table introduced, if it did), quoted as their row."""
    out: list[Sentence] = []
    for cells in table.rows:
        if not any(b > a for a, b in cells) or denies_collection(text, table.columns, cells):
            continue  # "Biometric information | Fingerprints | No" under "Collected?"
        row = row_span(text, cells)
        first = True
        for column, (cell_start, cell_end) in enumerate(cells):
            name = table.columns[column] if column < len(table.columns) else ""
            cell_headings = (*headings, name) if name else headings
            for s_start, s_end in _bounded(text, _sentence_spans(text, cell_start, cell_end)):
                q_start, q_end = _trim(text, s_start, s_end)
                if q_end - q_start < 2:  # (a cell may be just "No")
                    continue
                out.append(
                    Sentence(
                        start=q_start,
                        end=q_end,
                        headings=cell_headings,
                        lead=lead,
                        list_item=True,  # a row is an item of the list the table is
                        first_in_block=first,
                        row=row,
                    )
                )
                first = False
    return out


@lru_cache(maxsize=256)
def _cleaned_path(heading_path: tuple[str, ...]) -> tuple[str, ...]:
    """The chunk's heading path cleaned (`clean_heading`), empty titles left out: once
    per path, which the chunks of one section share."""
    return tuple(cleaned for h in heading_path if (cleaned := clean_heading(h)))


def _introduces_list(sentence: str) -> bool:
    tail = sentence.rstrip(" *_").lower()
    return tail.endswith(
        (":", "include", "includes", "including", "such as", "following", "the following")
    )


def _classify_heading(
    text: str, lines: list[tuple[int, int]], blank: list[bool], index: int
) -> Heading | None:
    start, end = lines[index]
    line = text[start:end]
    md = _MD_HEADING.match(line)
    if md:
        cleaned = clean_heading(md.group(2))
        if cleaned:
            q_start, q_end = _trim(text, start, end)
            return Heading(q_start, q_end, cleaned, float(len(md.group(1))))
        return None
    if _LIST_MARKER.match(line) and not line.lstrip().startswith("\\-"):
        return None  # a list item ("- text"); an escaped "\- Text:" may be a heading
    bold = _bold_line_text(line)
    if bold is not None and not _LIST_MARKER.match(line):
        q_start, q_end = _trim(text, start, end)
        return Heading(q_start, q_end, bold, 7.0)
    prev_blank = index == 0 or blank[index - 1]
    next_blank = index + 1 >= len(lines) or blank[index + 1]
    if not prev_blank:
        return None
    if not next_blank and text[lines[index + 1][0] : lines[index + 1][1]].lstrip()[:1].islower():
        return None  # a hard-wrapped sentence continues on the next line
    if not next_blank and not _next_is_body(text, lines, index + 1):
        return None
    if _is_plain_heading(line) and not _is_record_field(text, lines, blank, index):
        q_start, q_end = _trim(text, start, end)
        cleaned = clean_heading(line)
        if not cleaned:
            return None
        level = 7.5 if line.rstrip().endswith(":") else 8.0
        return Heading(q_start, q_end, cleaned, level)
    return None


# "Category: Social media" over "Examples: share buttons ...": a field of a record.
_FIELD = re.compile(r"^[ \t]*[A-Z][\w'’/ -]{0,30}:[ \t]+\S")


def _is_record_field(
    text: str, lines: list[tuple[int, int]], blank: list[bool], index: int
) -> bool:
    """Whether a "Label: value" line is the first field of a run of such lines (a
    cookie table written as text), which labels its record and heads nothing after it."""
    start, end = lines[index]
    if not _FIELD.match(text[start:end]) or index + 1 >= len(lines) or blank[index + 1]:
        return False
    return bool(_FIELD.match(text[lines[index + 1][0] : lines[index + 1][1]]))


def _next_is_body(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the line at `index` reads as body text (long, or a full sentence)."""
    if index >= len(lines):
        return True
    nxt = text[lines[index][0] : lines[index][1]].strip()
    return len(nxt) > 80 or nxt.endswith((".", "!", "?"))
