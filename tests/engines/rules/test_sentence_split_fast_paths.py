"""The sentence splitter's fast paths cut a chunk exactly where the plain loops did.

`_sentence_spans` finds the word before a full stop with one regex search instead of
a loop stepping back over `str.isalnum` characters and dots, and `_trim` tries its
list-marker pattern (which starts with a multi-line `^`) only at a line's start. The
tests run both the splitter and the plain versions, kept here as the reference, over
tricky texts: digits and letters of other scripts, underscores, superscripts, dots
inside words, abbreviations at a span's edge, list markers after markup.
"""

from __future__ import annotations

import re

import pytest

from summarizer.engines.rules import sentences
from summarizer.engines.rules.sentences import (
    _ABBREVIATIONS,
    _BOUNDARY,
    _EDGE_JUNK,
    _LIST_MARKER,
    _LONGEST_ABBREVIATION,
    _sentence_spans,
    _trim,
    split_chunk,
)

TEXTS = [
    "We work with vendors, e.g. hosting firms in the U.S. and Canada. Then we stop.",
    "Write to Acme Inc. About your data. Or to J. Smith. Or to Dr. Who.",
    "Call us at 9 a.m. Monday. We reply by 5 p.m. Tuesday.",
    "Data is kept for 30 days. After that it is gone! Really? Yes.",
    "See section 4.2. It explains retention. Version 1.2.3. Next.",
    "Our file_name. Stays. Our _e.g. Stays. foo_i.e. Then.",
    "Prices in ¾. Then x². Then Ⅻ. Then 四. Then é. Then ÉTÉ. Then ß. Done.",
    "Café Co. Ltd. Approx. Incl. Govt. Dept. Fig. Para. Esp. Cf. Al. Ca. End.",
    "Ünïcödé wörds. Straße. İstanbul. ǅ. Ok.",
    "A. B. C. D. E. F. G. Stop.",
    'He said "no." Then "Yes." And (more.) Then [this.] End.',
    "..... Dots. ..... More. a.b.c.d.e.f.g.h. Next.",
    "longerthanabbreviations. Next. e.g.. Next.",
    "ca. 100 people. Then U.S.A. Then E.U. Then N.A. Then P.O. Box 5.",
    "\u00a0Start. \tTabbed. Line\nbreak. New\n\nparagraph.",
]

CHUNKS = [
    "Intro line here.\n\n  * **We keep logs.** They expire.\n- Second item is here;\n",
    "1. First item. It has two sentences.\n2) Second. \n(a) Third.\n(iv) Fourth.\n",
    "* - Nested marker. After it.\n\\- Escaped dash: text.\n• Bullet. More.\n",
    "Some text - not a marker. Then *emphasis* - again.\n   - indented item.\n",
    "**Bold lead.** Then the body. **Another** here.\n\n## Heading\n\n- a) item.\n",
    "Line one ends here\n- item follows. x. y.\n\n  \n- last item\n",
]


def _plain_sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        dot = match.start()
        if text[dot] == ".":
            word_start, limit = dot, max(start, dot - _LONGEST_ABBREVIATION - 1)
            while word_start > limit and (
                text[word_start - 1].isalnum() or text[word_start - 1] == "."
            ):
                word_start -= 1
            word = text[word_start:dot].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _plain_trim(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        marker = _LIST_MARKER.match(text, start, end)
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


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_spans_are_those_of_the_plain_loop(text: str) -> None:
    for start in range(len(text)):
        for end in (len(text), len(text) - 1, start + 12):
            if start <= end <= len(text):
                assert _sentence_spans(text, start, end) == _plain_sentence_spans(text, start, end)


@pytest.mark.parametrize("text", TEXTS + CHUNKS)
def test_trim_is_the_plain_trim_at_every_start(text: str) -> None:
    for start in range(len(text)):
        for end in (len(text), min(len(text), start + 9)):
            assert _trim(text, start, end) == _plain_trim(text, start, end)


@pytest.mark.parametrize("text", TEXTS + CHUNKS)
def test_split_chunk_is_that_of_the_plain_loops(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = split_chunk(text, ("Outer",))
    monkeypatch.setattr(sentences, "_sentence_spans", _plain_sentence_spans)
    monkeypatch.setattr(sentences, "_trim", _plain_trim)
    assert split_chunk(text, ("Outer",)) == fast


def test_the_texts_keep_and_cut_at_abbreviations_and_markers() -> None:
    """The texts reach both sides of each fast path."""
    cuts = [len(_sentence_spans(text, 0, len(text))) for text in TEXTS]
    assert cuts[0] == 2 and cuts[9] == 1  # "e.g.", "U.S." and initials keep a sentence
    sentences_, _ = split_chunk(CHUNKS[1])
    assert [s.list_item for s in sentences_].count(True) >= 4


@pytest.mark.parametrize(
    "path",
    [("Outer",), ["**Outer**", "- Inner:"], ("", "*_*", "## Our _Policy_"), ()],
    ids=["plain", "a list with markup", "empty titles left out", "none"],
)
def test_a_chunks_heading_path_opens_every_sentence_cleaned_once_per_path(path) -> None:
    # The cleaned path is worked out once per path (`_cleaned_path`); each sentence's
    # headings still start with every title of the path that cleans to something.
    expected = tuple(t for h in path if (t := sentences.clean_heading(h)))
    for text in TEXTS[:3] + CHUNKS:
        found, _ = split_chunk(text, path)
        assert found and all(s.headings[: len(expected)] == expected for s in found)
        assert found == split_chunk(text, tuple(path))[0]


def test_the_boundary_pattern_finds_what_its_plus_spelling_finds() -> None:
    # `[.!?][.!?]*` opens with a set, so the regex engine skips to the marks; `[.!?]+`
    # would be tried at every position. The same matches either way.
    plus = re.compile(_BOUNDARY.pattern.replace("[.!?][.!?]*", "[.!?]+", 1))
    assert plus.pattern != _BOUNDARY.pattern
    for text in TEXTS + CHUNKS + ["?!. A", "x.. .B", 'Yes?!" "No.', "a.!?)_ 1"]:
        for start in range(len(text)):
            for end in (len(text), min(len(text), start + 7)):
                found = [m.span() for m in _BOUNDARY.finditer(text, start, end)]
                assert found == [m.span() for m in plus.finditer(text, start, end)]
