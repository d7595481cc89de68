"""lower_ascii lower-cases ASCII capitals only, the same on ASCII text (where it takes
str.lower's fast path) as on any other, and keeps the length."""

from __future__ import annotations

import pytest

from summarizer.engines.rules.analysis import lower_ascii

_ASCII_ONLY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

TEXTS = [
    "",
    "We Collect YOUR E-Mail Address (and IP) @ 10:30 AM; [x]_y~z\t\n\x00\x7f",
    "".join(map(chr, range(128))),
    "İstanbul KELVIN \u212a ſ ı ÉTÉ Straße ẞ Σίσυφος ǅ ﬃ",
    "Mostly ASCII with one curly quote ’ at the End",
    "ÀÉÎÕÜ àéîõü",
]


@pytest.mark.parametrize("text", TEXTS)
def test_only_ascii_capitals_change(text: str) -> None:
    lowered = lower_ascii(text)
    assert lowered == text.translate(_ASCII_ONLY)
    assert len(lowered) == len(text)


def test_the_texts_take_both_paths() -> None:
    assert any(text.isascii() and text != text.lower() for text in TEXTS)
    assert any(not text.isascii() and text.lower() != lower_ascii(text) for text in TEXTS)
