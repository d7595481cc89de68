"""How hard a text is to read: the Flesch-Kincaid grade level a summary reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from pyphen import Pyphen

from summarizer.label.schema import KeyPoint

# Flesch-Kincaid as textstat computes it with lang "en-US": its word and sentence
# counting, and syllables from pyphen's English hyphenation dictionary (textstat's
# own dependency). textstat itself is not imported at run time: importing it pulls in
# NLTK and SciPy (4-7 s), and with "en_US" it would download NLTK's cmudict. A test
# checks that this gives textstat's numbers.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


@cache
def _hyphenator() -> Pyphen:
    """English hyphenation, loaded on first use (reading the dictionary takes ~0.1 s)."""
    return Pyphen(lang="en_US")


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


@lru_cache(maxsize=8192)  # summaries are written from a few hundred words
def _syllables(word: str) -> int:
    return len(_hyphenator().positions(word)) + 1


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level of `text` (None for empty text), to one decimal."""
    words = _words(text)
    if not words:
        return None
    sentences = _SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if len(_words(sentence)) <= 2)
    sentence_count = max(1, len(sentences) - short)
    syllables = sum(map(_syllables, map(str.lower, words)))
    grade = 0.39 * len(words) / sentence_count + 11.8 * syllables / len(words) - 15.59
    return round(grade, 1)


def summary_reading_grade(headline: str, points: Sequence[KeyPoint]) -> float | None:
    """The reading grade of a summary's headline and key points, read as one text."""
    return reading_grade(" ".join([headline, *(point.text for point in points)]))
