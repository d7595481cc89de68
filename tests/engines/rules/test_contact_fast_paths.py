"""The contact readers' cheap paths find exactly what the plain checks found.

`read_addresses` asks three costly patterns about every chunk: whether a short line holds
a street or a postcode (`STREET_LINE` ignores case), inline street addresses, and inline
addresses abroad; the service name is looked for after "built the" and the like. Each
now has a cheaper spelling or a literal test in front of it; these tests compare each
with the plain check over every seed and dev policy and tricky lines.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from summarizer.engines.rules import contacts
from summarizer.engines.rules.analysis import lower_ascii, mask_text

ROOT = Path(__file__).resolve().parents[3]

TRICKY_LINES = [
    "12 Main Street",
    "Suite 400",
    "Springfield, IL 62701",
    "London EC1A 1BB",
    "PO Box 1234",
    "3. Disclosures",
    "4. Cookies and Similar Technologies",
    "Landsberger Straße 302",
    "80687 München",
    "2-14-8 Kōnan, Minato-ku, Tokyo 108-8577, Japan",
    "\u0661\u0662 Main Street",  # Arabic-Indic digits are digits to \d
    "One Main Street, Suite B, Anytown",
    "Acme Ltd., Market Square, Springfield",
    "a12 Main Street 62701",
    "_12 Main Street, Springfield, IL 62701",
    "x-12 Main St., Springfield 62701",
    "We moved to 1200 Harbor Way, Seattle, WA 98101 in 2019.",
    "Visit https://maps.example/Hauptstraße 12, 10115 Berlin for directions.",
    "Kaiserstr. 4a, 60311 Frankfurt am Main",
    "administration registration demonstrate 3-4",
    "",
]


@lru_cache(maxsize=1)
def _policies() -> list[str]:
    folders = (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies")
    return [path.read_text(encoding="utf-8") for f in folders for path in sorted(f.glob("*.*"))]


def _lines() -> list[str]:
    return [*TRICKY_LINES, *(line for text in _policies() for line in text.splitlines())]


def _paragraphs() -> list[str]:
    return [*TRICKY_LINES, *(p for text in _policies() for p in text.split("\n\n"))]


def test_a_street_or_postcode_is_found_as_the_two_patterns_find_it() -> None:
    lines = _lines()
    assert any(contacts._street_or_postcode(line) for line in lines)
    for line in lines:
        plain = bool(contacts.STREET_LINE.search(line) or contacts.POSTCODE.search(line))
        assert contacts._street_or_postcode(line) == plain, line


def test_an_address_like_line_is_told_as_by_the_words_or_the_street() -> None:
    for line in _lines():
        stripped = contacts._ATTENTION.sub("", line.strip(" \t*_\\-"))
        if not stripped or len(stripped) > 70 or stripped[-1] in "!?:;":
            continue
        if stripped.endswith(".") and not contacts._ABBREVIATED_END.search(stripped):
            continue
        either = contacts._street_or_postcode(stripped) or contacts._address_words(stripped)
        assert contacts._address_like(line) == either, line


def test_the_inline_address_pattern_matches_like_its_plain_spelling() -> None:
    assert contacts._INLINE_ADDRESS.pattern.startswith(contacts._INLINE_ADDRESS_START)
    plain = re.compile(
        contacts._INLINE_ADDRESS.pattern.replace(contacts._INLINE_ADDRESS_START, r"\b\d+", 1)
    )
    paragraphs = _paragraphs()
    assert any(plain.search(p) for p in paragraphs), "no inline address to compare"
    for paragraph in paragraphs:
        found = [m.span() for m in contacts._INLINE_ADDRESS.finditer(paragraph)]
        assert found == [m.span() for m in plain.finditer(paragraph)], paragraph[:200]
    for line in TRICKY_LINES:  # from inside a text too: the look-behind sees before `pos`
        for pos in range(len(line)):
            found = [m.span() for m in contacts._INLINE_ADDRESS.finditer(line, pos)]
            assert found == [m.span() for m in plain.finditer(line, pos)], (line, pos)


_PLAIN_ABROAD_WORDS = re.compile(
    r"stra|str\.|weg|allee|platz|gasse|\d-\d|gracht|laan|plein|kade|singel|dijk|-ro\b|-gil\b|-daero\b|singapore"
    r"|via |viale|piazza|corso|calle|avenida|plaza|paseo|rua "
)


@pytest.mark.parametrize("texts", [_lines, _paragraphs], ids=["lines", "paragraphs"])
def test_the_abroad_check_opens_where_its_regex_did(texts) -> None:
    opened = 0
    for text in texts():
        lowered = lower_ascii(mask_text(text))
        may = contacts._may_be_abroad(lowered)
        assert may == bool(_PLAIN_ABROAD_WORDS.search(lowered)), text[:200]
        opened += may
    assert opened, "the check never opens"


BUILT_THE_TEXTS = [
    "Tomas Varga built the Pocket Tides app as a Free app.",
    "We developed the Acme Notes application. Rebuilt the Acme app? unmade the Foo game",
    "_built the Foo app 2built the Bar app -made the Baz game published the Qux App app",
    "He publishes the Tide Tables app; it operates the Night Sky game and co-created the X app",
    "built the",
    "",
]


def test_the_built_the_name_pattern_matches_like_its_plain_spelling() -> None:
    fast = contacts.NAME_PATTERNS[5]
    assert fast.pattern.startswith(contacts._BUILT_THE_VERBS)
    plain = re.compile(
        fast.pattern.replace(
            contacts._BUILT_THE_VERBS,
            r"\b(?:built|made|developed|created|publishe[sd]|operates)",
            1,
        )
    )
    texts = [*BUILT_THE_TEXTS, *_paragraphs()]
    assert any(plain.search(t) for t in texts), "no name to compare"
    for text in texts:
        spans = [(m.span(), m.group("name")) for m in fast.finditer(text)]
        assert spans == [(m.span(), m.group("name")) for m in plain.finditer(text)], text[:200]
    for text in BUILT_THE_TEXTS:
        for pos in range(len(text)):
            found = [m.span() for m in fast.finditer(text, pos)]
            assert found == [m.span() for m in plain.finditer(text, pos)], (text, pos)


def test_the_built_the_name_pattern_finds_nothing_where_its_verb_and_the_are_absent() -> None:
    texts = [*BUILT_THE_TEXTS, *_paragraphs(), "Rebuilt  the Acme app", "made\tthe Foo game"]
    closed = [t for t in texts if not any(w in t for w in contacts._BUILT_THE_WORDS)]
    assert closed and len(closed) < len(texts)
    for text in closed:
        assert not contacts.NAME_PATTERNS[5].search(text), text[:200]


@pytest.mark.parametrize(
    "text",
    [*TRICKY_LINES, "\n".join(TRICKY_LINES), "", "no digit here", "9", "x\u0663", "\u0663 and 4 x"],
)
def test_the_last_digit_is_where_the_digit_pattern_last_matches(text: str) -> None:
    found = [m.start() for m in contacts._DIGIT.finditer(text)]
    assert contacts._last_digit(text) == (found[-1] if found else -1)
