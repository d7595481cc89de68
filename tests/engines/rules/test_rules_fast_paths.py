"""Cheap checks in front of costly ones (answers, contacts, practices): each may only
skip work whose result it provably cannot change."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor, contacts, cues, grammar, selling
from summarizer.engines.rules.analysis import lower_ascii, mask_text, read_sentence
from summarizer.engines.rules.answers import _TRANSFER_HINTS
from summarizer.engines.rules.reading import Collector, _round_robin, _served_in_turn
from summarizer.engines.rules.selling import may_admit_sale, sell_statement
from summarizer.engines.rules.sentences import split_chunk
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.text.chunking import Chunk, split_policy

ROOT = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _policies() -> list[str]:
    folders = (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies")
    return [path.read_text(encoding="utf-8") for f in folders for path in sorted(f.glob("*.*"))]


def _paragraphs() -> list[str]:
    return [p for text in _policies() for p in text.split("\n\n")]


@lru_cache(maxsize=1)
def _sentences() -> list[str]:
    sentences = []
    for text in _policies():
        lowered = lower_ascii(mask_text(text))
        spans, _ = split_chunk(text)
        sentences.extend(lowered[s.start : s.end] for s in spans)
    return sentences


@pytest.mark.parametrize(
    ("patterns", "texts"),
    [
        ((_TRANSFER_HINTS,), _sentences),
        ((cues.SALE_HINT,), _sentences),
        ((cues.CHANGE_STATEMENT,), _sentences),
        ((grammar.DEFINITION,), _sentences),
        ((selling._BLANKET_DISCLOSURE, cues.SALE_ADMISSION, cues.SELL_VERB), _sentences),
        ((contacts._INLINE_ADDRESS,), _paragraphs),
        ((contacts.NAME_PATTERNS[4],), _paragraphs),
    ],
    ids=[
        "transfer-hints",
        "sale-hint",
        "change-statement",
        "definition",
        "sale-answers",
        "inline-address",
        "name-respects",
    ],
)
def test_a_closed_gate_means_its_patterns_find_nothing(patterns, texts) -> None:
    trigger = Trigger(*patterns)
    assert trigger.words, "the derivation found no trigger words"
    closed = [t for t in texts() if not trigger.may_match(t)]
    assert closed, "the gate never closes, so it saves nothing"
    for text in closed:
        assert not any(pattern.search(text) for pattern in patterns), text[:200]


SALE_SENTENCES = [
    "We may sell your contact details to marketing companies.",
    "Sharing your device identifiers with ad partners may be considered a 'sale' under the CCPA.",
    "We rent our mailing lists to carefully selected partners.",
    "We do not sell your personal data.",
    "We sell tickets and merchandise through our store.",
    "Our servers are rented from data centres in Ireland.",
    "You have the right to opt out of the sale of your personal information.",
    "You may ask us to confirm whether we sell your information.",
    "If we sell our business, customer records may be among the assets transferred.",
    "Third parties may sell data they collect on their own sites.",
    "Click Do Not Sell My Personal Information to opt out.",
]


def test_a_sentence_that_admits_a_sale_is_never_skipped() -> None:
    about_sales = [s for s in _sentences() if cues.SALE_HINT.search(s)]
    sentences = [lower_ascii(mask_text(s)) for s in SALE_SENTENCES] + about_sales
    skipped = 0
    for sentence in sentences:
        statement = sell_statement(read_sentence(sentence))
        if not may_admit_sale(sentence):
            skipped += 1
            assert statement is None or statement[0] != "yes", sentence
    assert skipped, "the check never skips a sentence"
    assert may_admit_sale(lower_ascii(SALE_SENTENCES[0]))
    assert not may_admit_sale(lower_ascii(SALE_SENTENCES[5]))


def test_phone_lines_are_found_whatever_digits_other_lines_hold() -> None:
    out = Collector()
    contacts.read_phones("Footnote²\nCall us: +44 20 7946 0958\nVersion ³\n", out)
    assert [c.value for c in out.findings(None).contacts] == ["+44 20 7946 0958"]


DIGITLESS_ADDRESS_LINES = [
    "Acme Ltd., Market Square, Springfield",
    "One Main Street, Suite B, Anytown",
    "PO Box, Springfield",
    "Twelve Rue de la Paix, Paris",
    "London SW1A AA, United Kingdom",
]


@pytest.mark.parametrize(
    "pattern",
    [
        contacts.STREET_LINE,
        contacts.POSTCODE,
        contacts._POSTCODE_IN_LINE,
        contacts._INLINE_ADDRESS,
    ],
    ids=["street-line", "postcode", "postcode-in-line", "inline-address"],
)
def test_every_address_pattern_needs_a_digit(pattern) -> None:
    # read_addresses returns at once on a chunk without a digit: each way it reads an
    # address ends in one of these patterns, so none may match a line without digits.
    lines = [line for text in _policies() for line in text.splitlines()]
    digitless = [line for line in lines if not any(ch.isdecimal() for ch in line)]
    for line in [*DIGITLESS_ADDRESS_LINES, *digitless]:
        assert pattern.search(line) is None, line


def test_a_chunk_without_digits_gives_no_address_but_one_with_them_does() -> None:
    block = "Send us mail at:\n\nAcme Inc.\n{street} Main Street\nSpringfield, IL {code}\n"
    found, none = Collector(), Collector()
    with_digits = block.format(street="12", code="62701")
    without = block.format(street="One", code="IL")
    contacts.read_addresses(with_digits, mask_text(with_digits), found)
    contacts.read_addresses(without, mask_text(without), none)
    assert [c.kind for c in found.findings(None).contacts] == ["address"]
    assert none.findings(None).contacts == []


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        (
            "For questions, see https://Example.com/Help or WWW.example.com/x.",
            ["https://Example.com/Help", "WWW.example.com/x"],
        ),
        ("Questions? Use our [contact form](/contact).", ["/contact"]),
        (
            "To opt out of the sale, go to HTTPS://example.com/optout today.",
            ["HTTPS://example.com/optout"],
        ),
    ],
)
def test_links_are_read_whatever_their_form_once_a_sentence_has_one(text, urls) -> None:
    # read_contacts only reads on when a sentence holds a link ("](", "://", "www."):
    # an upper-case scheme or host and a relative markdown target still count.
    assert label_policy(text, extractor=RulesExtractor()).contact.urls == urls


@pytest.mark.parametrize(
    "pattern",
    [cues.RETENTION_VERB, cues.RETENTION_PERIOD, cues.CHILD_CONTEXT, grammar.DEFINITION],
    ids=["retention-verb", "retention-period", "child-context", "definition"],
)
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    gated = Gated(pattern)
    for text in [*_sentences(), "", "a child's toy", "KEEP FOR 30 DAYS"]:
        found = gated.search(text)
        expected = pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], text


ADDRESS_LINES = [
    "Send us mail at:",
    "Contact Us",
    "Our address is",
    "Acme Inc.",
    "Attn: Privacy Team",
    "12 Main Street",
    "Suite 400",
    "Springfield, IL 62701",
    "London EC1A 1BB",
    "United States",
    "We read every letter we get within 30 days.",
    "Questions? Write to us.",
    "",
    "",
]


def _addresses(text: str) -> list[tuple[str, str]]:
    out = Collector()
    contacts.read_addresses(text, mask_text(text), out)
    return [(c.value, c.quote) for c in out.findings(None).contacts]


def _addresses_reading_every_line(text: str) -> list[tuple[str, str]]:
    """`_addresses` with no line left unread (as if the last digit were at the end)."""
    with patch.object(contacts, "_last_digit", len):
        return _addresses(text)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.sampled_from(ADDRESS_LINES), min_size=1, max_size=12))
def test_address_runs_are_read_up_to_the_last_line_with_a_digit_only(lines) -> None:
    text = "\n".join([*lines, "Ref 1"])  # at least one digit
    assert _addresses(text) == _addresses_reading_every_line(text)


def test_the_last_digit_cut_reads_the_eval_policies_as_every_line_does() -> None:
    chunks = [c for text in _policies() for c in text.split("\n\n\n") if re.search(r"\d", c)]
    found = [_addresses(chunk) for chunk in chunks]
    assert any(found)  # addresses are read
    assert found == [_addresses_reading_every_line(chunk) for chunk in chunks]


def _phones(text: str) -> list[tuple[str, str]]:
    out = Collector()
    contacts.read_phones(text, out)
    return [(c.value, c.quote) for c in out.findings(None).contacts]


PHONE_LINES = [
    "Call us:",
    "+44 20 7946 0958",
    "(415) 555-0199 ext. 204",
    "Order number 4155550199",
    "Tel: 0161 496 0000",
    "We reply within 30 days.",
    "",
    "\u0661\u0662\u0663 \u0664\u0665\u0666 \u0667\u0668\u0669\u0660",
    "Questions? Write to us.",
]


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.sampled_from(PHONE_LINES), max_size=10))
def test_phones_are_read_up_to_the_last_line_with_a_digit_only(lines: list[str]) -> None:
    text = "\n".join(lines)
    with patch.object(contacts, "_last_digit", lambda text: len(text) - 1):
        every_line = _phones(text)
    assert _phones(text) == every_line


def _contacts_of_chunks(texts: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        findings = RulesExtractor().extract(Chunk(0, 0, len(text), text), text).findings
        found += [(c.kind, c.value) for c in findings.contacts]
    return found


def test_contacts_are_read_as_if_every_chunk_might_hold_one() -> None:
    # read_contacts skips a chunk with no "@" and no link at all: the eval policies must
    # give the same contacts as when every sentence is looked at.
    chunks = [c.text for text in _policies() for c in split_policy(text)]
    found = _contacts_of_chunks(chunks)
    assert any(kind == "url" for kind, _ in found) and any(kind == "email" for kind, _ in found)
    with patch.object(contacts, "_chunk_may_hold_contact", lambda text: True):
        assert found == _contacts_of_chunks(chunks)


def test_a_chunk_with_an_address_after_one_without_is_read() -> None:
    plain = "We collect your name. Contact us with questions."
    mailed = (
        "If you have questions, write to privacy@example.com or visit https://example.com/help."
    )
    with patch.object(contacts, "_last_chunk", (None, True)):  # as in a fresh process
        found = _contacts_of_chunks([plain, mailed, plain])
    assert found == [
        ("email", "privacy@example.com"),
        ("url", "https://example.com/help"),
    ]


@settings(max_examples=300, deadline=None)
@given(
    keys=st.lists(st.sampled_from("abcd"), max_size=8),
    limit=st.integers(min_value=1, max_value=6),
    per_key=st.integers(min_value=1, max_value=4),
)
def test_a_short_finding_list_is_kept_as_serving_keys_in_turn_keeps_it(
    keys, limit, per_key
) -> None:
    items = [(order, key, f"{key}{order}") for order, key in enumerate(keys)]
    assert _round_robin(items, limit, per_key) == _served_in_turn(items, limit, per_key)
