"""Find a model's quote in the policy text and turn it into `Evidence` with offsets.

Models copy quotes imperfectly: they straighten curly quotes, drop markdown `**`,
collapse line breaks, change case, add a final period or wrap the quote in quote
marks, and elide the middle of long sentences with "...". `Grounder.ground` tries,
in order:

1. the quote as given (outer whitespace trimmed), first inside the chunk it came
   from, then anywhere in the text;
2. the normalised quote in the normalised text (see `normalise`), chunk first, then
   the whole text; a normalised match must start and end on word boundaries;
3. for a quote elided with "..." (or "[...]"), its parts: every part must be found,
   in order, each within `ELISION_WINDOW` characters of the one before, and the
   evidence spans the whole source passage (elided words included, since evidence is
   always a verbatim span). A quote with any part missing is not grounded: a real
   start with an invented ending must not pass as the real start alone.

Whatever matched, the evidence is the source span: `text[start:end] == quote`.
Text addressed to a model (prompt injection, see `summarizer.text.injection`) is never
matched: a claim whose quote is only found there is dropped.
A quote whose normalised form is shorter than `MIN_GROUNDABLE_CHARS` or is made
only of `STOP_WORDS` would match almost anywhere, so it is grounded only by an exact
match inside the given chunk. A quote longer than `MAX_NORMALISED_CHARS` is only
matched verbatim.

The normalised text and its offset map are built once per `Grounder` (linear in the
text), when a quote is first not found verbatim; each quote is then a few `str.find`
calls, fast on long documents.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from summarizer.label.schema import Evidence
from summarizer.text.chunking import Chunk
from summarizer.text.headings import find_headings
from summarizer.text.injection import find_injections, mask_spans
from summarizer.text.invisible import INVISIBLE, visible

MIN_GROUNDABLE_CHARS = 8
# Longer quotes are only matched verbatim (findings cap quotes far below this).
MAX_NORMALISED_CHARS = 2000
ELISION_WINDOW = 1000
# Occurrences of an elided quote's first part tried as its start.
MAX_ELISION_ANCHORS = 20

# Words that say nothing on their own: a quote made only of these would match
# almost anywhere. Common English function words plus the nouns every policy uses.
# fmt: off
STOP_WORDS = frozenset({
    "a", "about", "above", "after", "all", "also", "an", "and", "any", "are", "as", "at",
    "be", "been", "being", "below", "but", "by", "can", "could", "do", "does", "for",
    "from", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "may", "me", "might", "more", "most", "must",
    "my", "no", "nor", "not", "of", "off", "on", "only", "or", "other", "our", "ours",
    "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
    "with", "would", "you", "your", "yours",
    "data", "information", "personal", "policy", "privacy", "service", "services", "site",
    "use", "used", "website",
})
# fmt: on

# Non-ASCII characters a model rewrites: quotes and apostrophes (all become `'`),
# dashes, the ellipsis.
_CHAR_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    "\u2026": "...",
}
# What changes the length, found after the translation. A single plain space is left
# alone; whitespace runs and other whitespace become one space.
_SPECIAL = re.compile(
    r"""(?P<link>\]\([^()\[\]\s]{0,2048}\))  # the "](url)" of a markdown link
    |(?P<space>\s{2,}|[^\S ])
    |(?P<escape>\\(?=[!-/:-@\[-`{-~]))  # a backslash escaping punctuation
    |(?P<drop>[*_\[\]INVISIBLE]+)
    |(?P<other>[^\x00-\x7f])""".replace("INVISIBLE", INVISIBLE),
    re.VERBOSE,
)
# Where a match of `_SPECIAL` can start, but for the plain space (which starts one only
# two in a row): one character class, which a quote is scanned for at C speed, where
# `_SPECIAL`'s alternatives cost ~15 us on a 70-character quote. INVISIBLE is non-ASCII.
_ASCII_SPACES = "".join(c for c in map(chr, range(128)) if c != " " and re.fullmatch(r"\s", c))
_MAY_BE_SPECIAL = re.compile("[" + re.escape("][\\*_" + _ASCII_SPACES) + "\x80-\U0010ffff]")
_ELISION_MARK = re.compile(r"[\[(]\s*(?:\.\.\.|\u2026)\s*[\])]")
_ELISION = re.compile(r"\s*\.{3,}\s*")
_EDGE = " '.,;:!?-()/"
_WORD = re.compile(r"\w+")
_LINK_REST = re.compile(r"[^\[\]\n]{0,300}\]\([^)\s]{0,2048}(?: +\"[^\"\n]{0,200}\")?\)")


def normalise(text: str) -> str:
    """`text` as grounding compares it: lower case; whitespace runs as one space;
    curly quotes, double quotes and backticks as `'`; dashes as `-`; `…` as `...`;
    markdown emphasis (`*`, `_`), brackets, link targets (`](url)`), backslash
    escapes and invisible characters (`summarizer.text.invisible`) removed; other non-ASCII characters NFKC-normalised."""
    folded = _fold(text)
    if _nothing_special(folded):
        # Nothing to collapse, drop or map (most quotes): only a leading or trailing
        # single space goes, as `_normalise_with_offsets` drops it.
        norm = folded[1:] if folded.startswith(" ") else folded
        return norm[:-1] if norm.endswith(" ") else norm
    return _normalise_with_offsets(text)[0]


def _nothing_special(folded: str) -> bool:
    """Whether `_SPECIAL` finds nothing in `folded`: surely so when no character could
    start a match (most quotes), else as `_SPECIAL` says."""
    if "  " not in folded and _MAY_BE_SPECIAL.search(folded) is None:
        return True
    return _SPECIAL.search(folded) is None


def _fold(text: str) -> str:
    """Case and ASCII quotes, over the whole text at C speed. Both keep the length;
    U+0130 is the one character whose lower case is longer."""
    return text.replace("\u0130", "I").lower().replace('"', "'").replace("`", "'")


class Grounder:
    """Grounds quotes in one policy text. Build it once per text; reuse it per quote."""

    def __init__(self, text: str, chunks: Sequence[Chunk] = ()) -> None:
        self.text = text
        # Searched instead of `text`: the same text with the spans addressed to a
        # model (prompt injection) blanked, so no quote is found there.
        self.injections = find_injections(text)
        self.searchable = mask_spans(text, self.injections)
        self.chunks = sorted(chunks, key=lambda chunk: chunk.start)
        self._chunk_starts = [chunk.start for chunk in self.chunks]
        self._headings = find_headings(text)
        self._heading_starts = [heading.start for heading in self._headings]

    @cached_property
    def _normalised(self) -> tuple[str, _OffsetMap]:
        """The searchable text normalised, with its offset map: built for the first quote
        not found verbatim (rarely with the rules engine, whose quotes are slices of the
        text)."""
        return _normalise_with_offsets(self.searchable)

    @property
    def _norm(self) -> str:
        return self._normalised[0]

    @property
    def _offsets(self) -> _OffsetMap:
        return self._normalised[1]

    def ground(self, quote: str, chunk: Chunk | None = None) -> Evidence | None:
        """Evidence for `quote`, searched in `chunk` first, or None if it is not in the text."""
        stripped = quote.strip()
        if not stripped:
            return None
        if chunk is not None:
            start = _find_exact(self.searchable, stripped, chunk.start, chunk.end)
            if start >= 0:
                return self._evidence(start, start + len(stripped))
        core, head, tail = _core(stripped)
        if not _groundable(core):
            return None
        start = _find_exact(self.searchable, stripped, 0, len(self.text))
        if start >= 0:
            return self._evidence(start, start + len(stripped))
        if len(core) > MAX_NORMALISED_CHARS:
            return None
        span = self._find_normalised(core, chunk)
        if span is None:
            return self._find_elided(core, chunk)
        begin, end = _extend(self._norm, span[0], span[1], head, tail)
        return self._evidence_from_norm(begin, end)

    def section_at(self, offset: int) -> str | None:
        """The innermost heading over `offset`: the last heading found in the text
        before it, if that heading lies in the chunk holding `offset`; otherwise the
        chunk's own section (or, with no chunk there, the last heading before it)."""
        index = bisect_right(self._heading_starts, offset) - 1
        heading = self._headings[index] if index >= 0 else None
        chunk = self._chunk_at(offset)
        if chunk is None or (heading is not None and heading.start >= chunk.start):
            return heading.title if heading is not None else None
        return chunk.section

    # --- internals ----------------------------------------------------------------

    def _chunk_at(self, offset: int) -> Chunk | None:
        index = bisect_right(self._chunk_starts, offset) - 1
        if index < 0:
            return None
        chunk = self.chunks[index]
        inside = chunk.start <= offset < chunk.end or offset == chunk.end == len(self.text)
        return chunk if inside else None

    def _norm_range(self, chunk: Chunk | None) -> list[tuple[int, int]]:
        """Where to search in the normalised text: the chunk's range first, then everything."""
        ranges = []
        if chunk is not None:
            low = self._offsets.to_norm(chunk.start)
            high = self._offsets.to_norm(chunk.end)
            ranges.append((low, high))
        ranges.append((0, len(self._norm)))
        return ranges

    def _find_normalised(self, needle: str, chunk: Chunk | None) -> tuple[int, int] | None:
        for low, high in self._norm_range(chunk):
            start = _find_word(self._norm, needle, low, high)
            if start >= 0:
                return start, start + len(needle)
        return None

    def _find_elided(self, core: str, chunk: Chunk | None) -> Evidence | None:
        """Every part of an elided quote, in order, each within `ELISION_WINDOW` of the
        last; None if any part is missing. A quote whose ending (or start, or middle)
        was invented must not ground to its real parts alone: the claim it carries may
        rest on exactly the invented words."""
        parts = [part.strip(_EDGE) for part in _ELISION.split(core)]
        parts = [part for part in parts if part]
        if len(parts) < 2 or not any(_groundable(part) for part in parts):
            return None
        first = parts[0]
        for low, high in self._norm_range(chunk):
            best: tuple[int, int] | None = None  # the shortest passage holding every part
            found = _find_word(self._norm, first, low, high)
            for _ in range(MAX_ELISION_ANCHORS):
                if found < 0:
                    break
                end = self._follow(parts[1:], found + len(first))
                if end is not None and (best is None or end - found < best[1] - best[0]):
                    best = (found, end)
                found = _find_word(self._norm, first, found + 1, high)
            if best is not None:
                return self._evidence_from_norm(*best)
        return None

    def _follow(self, parts: Sequence[str], end: int) -> int | None:
        """Where the last of `parts` ends, each found after the one before within the window."""
        for part in parts:
            found = _find_word(self._norm, part, end, end + ELISION_WINDOW + len(part))
            if found < 0:
                return None
            end = found + len(part)
        return end

    def _evidence_from_norm(self, begin: int, end: int) -> Evidence:
        start = self._offsets.to_source(begin)
        stop = self._offsets.to_source(end - 1) + 1
        return self._evidence(*_whole_links(self.text, start, stop))

    def _evidence(self, start: int, end: int) -> Evidence:
        return Evidence(
            quote=self.text[start:end], start=start, end=end, section=self.section_at(start)
        )


def ground_quote(
    text: str, quote: str, chunks: Sequence[Chunk] = (), chunk: Chunk | None = None
) -> Evidence | None:
    """One-off `Grounder(text, chunks).ground(quote, chunk)`; build a `Grounder` for many quotes."""
    return Grounder(text, chunks).ground(quote, chunk)


# The longest service name taken: longer "names" are sentences (a model once gave a
# sentence of its own prompt as the name).
MAX_NAME_WORDS = 8
# Words a company name may carry that its web address does not.
_COMPANY_SUFFIXES = frozenset(
    {"inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "co", "company", "limited",
     "gmbh", "ag", "sa", "sas", "bv", "nv", "pty", "srl", "the"}
)  # fmt: skip
_HOST_NOISE = frozenset({"www", "m", "com", "org", "net", "io", "co", "app", "privacy", "legal"})


def name_in_sources(
    name: str, text: str, *, title: str | None = None, url: str | None = None
) -> bool:
    """Whether a service name is written in the policy `text` or the page's `title`
    (its words in order, ignoring case and punctuation), or is the name in the host of
    `url` ("IMVBox" for https://www.imvbox.com/privacy, "Acme Inc." for acme.com).
    A name of more than `MAX_NAME_WORDS` words is a sentence, not a name."""
    tokens = _WORD.findall(visible(name).lower())
    if not tokens or len(tokens) > MAX_NAME_WORDS:
        return False
    if any(_has_words(_lowered(source), tokens) for source in (text, title) if source):
        return True
    return url is not None and _name_in_host(tokens, url)


def _has_words(text: str, tokens: list[str]) -> bool:
    """Whether `tokens` are consecutive whole words of a lower-cased text (each a whole
    run of word characters, only other characters between them): the words of the
    text, joined by spaces, would hold the tokens joined by spaces. Walked with the one
    word pattern: a pattern compiled for each name cost ~0.4 M instructions, more than
    merging all the findings of a small policy but for their evidence."""
    first = tokens[0]
    start = text.find(first)
    while start >= 0:
        if start == 0 or _WORD.match(text, start - 1) is None:  # a word starts here
            end = start
            for token in tokens:
                word = _WORD.search(text, end)
                if word is None or word.group() != token:
                    break
                end = word.end()
            else:
                return True
        start = text.find(first, start + 1)
    return False


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return visible(text).lower()


def _name_in_host(tokens: list[str], url: str) -> bool:
    if not url.lower().startswith(("http://", "https://")):
        return False  # a file path names no service
    host = (urlsplit(url).hostname or "").lower()
    labels = {label.replace("-", "") for label in host.split(".") if label not in _HOST_NOISE}
    core = "".join(token for token in tokens if token not in _COMPANY_SUFFIXES)
    return bool(core) and core in labels


class _OffsetMap:
    """Where each character of the normalised text came from, stored as runs.

    Run k starts at normalised index `norm[k]` and source offset `source[k]`. In a
    plain run (`step` 1) both advance together; in a run of step 0 (one source
    character that became several, like `…` to `...`) all map to `source[k]`.
    Source offsets increase from run to run.
    """

    def __init__(self) -> None:
        self.norm: list[int] = []
        self.source: list[int] = []
        self.step: list[int] = []
        self.length = 0  # of the normalised text

    def add(self, source: int, count: int, step: int) -> None:
        self.norm.append(self.length)
        self.source.append(source)
        self.step.append(step)
        self.length += count

    def to_source(self, index: int) -> int:
        """The source offset of normalised character `index`."""
        run = bisect_right(self.norm, index) - 1
        return self.source[run] + (index - self.norm[run]) * self.step[run]

    def to_norm(self, offset: int) -> int:
        """The first normalised index whose source offset is at or after `offset`."""
        run = bisect_right(self.source, offset) - 1
        if run < 0:
            return 0
        run_end = self.norm[run + 1] if run + 1 < len(self.norm) else self.length
        if self.step[run]:
            return min(self.norm[run] + offset - self.source[run], run_end)
        return self.norm[run] if self.source[run] >= offset else run_end


def _normalise_with_offsets(text: str) -> tuple[str, _OffsetMap]:
    """The normalised text and where each of its characters came from."""
    folded = _fold(text)
    parts: list[str] = []
    offsets = _OffsetMap()
    after_space = True  # drops leading whitespace and collapses runs

    def emit(chars: str, source: int, step: int) -> None:
        nonlocal after_space
        if after_space and chars.startswith(" "):
            chars, source = chars[1:], source + step
        if chars:
            parts.append(chars)
            offsets.add(source, len(chars), step)
            after_space = chars.endswith(" ")

    position = 0
    for match in _SPECIAL.finditer(folded):
        start, end = match.span()
        if start > position:
            emit(folded[position:start], position, 1)
        kind = match.lastgroup
        if kind == "space":
            emit(" ", start, 1)
        elif kind == "other":
            char = folded[start]
            mapped = _CHAR_MAP.get(char) or unicodedata.normalize("NFKC", char).lower()
            if mapped.isspace():
                emit(" ", start, 1)
            elif mapped:
                emit(" ".join(mapped.split()), start, 0)
        position = end
    if position < len(text):
        emit(folded[position:], position, 1)
    norm = "".join(parts)
    if norm.endswith(" "):
        norm = norm[:-1]
        offsets.length -= 1
    return norm, offsets


def _core(quote: str) -> tuple[str, str, str]:
    """The normalised quote without edge punctuation, and the punctuation cut from each end."""
    norm = normalise(_ELISION_MARK.sub("...", quote))
    core = norm.strip(_EDGE)
    if not core:
        return "", "", ""
    begin = norm.find(core)
    return core, norm[:begin].replace(" ", ""), norm[begin + len(core) :].replace(" ", "")


def _groundable(core: str) -> bool:
    if len(core) < MIN_GROUNDABLE_CHARS:
        return False
    return any(word not in STOP_WORDS for word in _WORD.findall(core))


def _extend(norm: str, begin: int, end: int, head: str, tail: str) -> tuple[int, int]:
    """Take back the punctuation the quote had at its ends where the source has it too."""
    for char in reversed(head):
        if begin > 0 and norm[begin - 1] == char:
            begin -= 1
        else:
            break
    for char in tail:
        if end < len(norm) and norm[end] == char:
            end += 1
        else:
            break
    return begin, end


def _on_word_edges(text: str, start: int, end: int) -> bool:
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        return False
    return not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


def _find_word(haystack: str, needle: str, low: int, high: int) -> int:
    """First occurrence of `needle` in `haystack[low:high]` that starts and ends on word edges."""
    found = haystack.find(needle, low, high)
    if found < 0 or _on_word_edges(haystack, found, found + len(needle)):
        return found
    # Rare: the first hit is inside a word. One regex scan (not a loop of finds) keeps
    # a needle that occurs many times inside words linear.
    before = r"(?<!\w)" if needle[0].isalnum() else ""
    after = r"(?!\w)" if needle[-1].isalnum() else ""
    match = re.compile(before + re.escape(needle) + after).search(haystack, found + 1, high)
    return match.start() if match is not None else -1


def _find_exact(text: str, quote: str, low: int, high: int) -> int:
    """First verbatim occurrence in `text[low:high]`, preferring one on word edges."""
    first = text.find(quote, low, high)
    if first < 0 or _on_word_edges(text, first, first + len(quote)):
        return first  # (a quote found where it was cut from: the usual case)
    on_edges = _find_word(text, quote, first, high)
    return on_edges if on_edges >= 0 else first


def _whole_links(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span that cuts a markdown link `[text](url)` in two to the whole link."""
    span = text[start:end]
    if span.count("[") > span.count("]"):
        match = _LINK_REST.match(text, end)
        if match is not None:
            end = match.end()
    elif span.count("]") > span.count("["):
        opening = text.rfind("[", max(0, start - 300), start)
        if opening >= 0 and "]" not in text[opening:start] and "\n" not in text[opening:start]:
            start = opening
    return start, end
