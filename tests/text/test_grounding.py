"""Grounding: a model's quote becomes a verbatim source span with offsets and a section."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.label.schema import Evidence
from summarizer.text.chunking import Chunk, split_policy
from summarizer.text.grounding import (
    _SPECIAL,
    Grounder,
    _normalise_with_offsets,
    _nothing_special,
    ground_quote,
    normalise,
)

POLICIES = Path(__file__).resolve().parents[2] / "evals" / "policies"

POLICY = """# Privacy Policy

Intro: we explain what we do.

## Collection

**We collect** your email address and your name when you
register.   We don\u2019t collect your precise location \u2014 ever.

Please read our [Cookie Policy](https://example.com/cookies) for details.

## Sharing

We collect your email address and your name when you register.
We share data with payment processors\u2026 and nobody else.
"""


@pytest.fixture
def chunks() -> list[Chunk]:
    return split_policy(POLICY, max_tokens=60, min_tokens=0)


@pytest.fixture
def grounder(chunks: list[Chunk]) -> Grounder:
    return Grounder(POLICY, chunks)


def chunk_with(chunks: list[Chunk], needle: str) -> Chunk:
    return next(chunk for chunk in chunks if needle in chunk.text)


def assert_verbatim(evidence: Evidence | None, text: str = POLICY) -> Evidence:
    assert evidence is not None
    assert 0 <= evidence.start < evidence.end <= len(text)
    assert text[evidence.start : evidence.end] == evidence.quote
    return evidence


def test_exact_quote(grounder: Grounder) -> None:
    quote = "payment processors\u2026 and nobody else."
    evidence = assert_verbatim(grounder.ground(quote))
    assert evidence.quote == quote
    assert evidence.start == POLICY.index(quote)
    assert evidence.section == "Sharing"


def test_exact_quote_is_searched_in_its_chunk_first(
    grounder: Grounder, chunks: list[Chunk]
) -> None:
    quote = "your email address and your name when you"
    sharing = chunk_with(chunks, "## Sharing")
    evidence = assert_verbatim(grounder.ground(quote, sharing))
    assert evidence.start == POLICY.index(quote, sharing.start)
    assert evidence.section == "Sharing"
    # without a chunk the first occurrence in the text wins
    first = assert_verbatim(grounder.ground(quote))
    assert first.start == POLICY.index(quote)
    assert first.section == "Collection"


def test_quote_with_collapsed_whitespace(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("your name when you register. We don't collect"))
    assert evidence.quote == "your name when you\nregister.   We don\u2019t collect"


def test_curly_apostrophe_and_dash_are_unified(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("We don't collect your precise location - ever."))
    assert evidence.quote == "We don\u2019t collect your precise location \u2014 ever."


def test_case_is_ignored(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("WE SHARE DATA WITH PAYMENT PROCESSORS"))
    assert evidence.quote == "We share data with payment processors"


def test_markdown_emphasis_in_the_source(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("We collect your email address", None))
    assert evidence.quote == "We collect your email address"  # the exact copy in Sharing
    collection = Grounder(POLICY, []).ground(
        "we collect your email address and your name when you register"
    )
    evidence = assert_verbatim(collection)
    assert evidence.start == POLICY.index("We collect** your email")
    assert evidence.quote == "We collect** your email address and your name when you\nregister"


def test_quote_made_by_dropping_link_markup_widens_to_the_whole_link(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("Please read our Cookie Policy for details"))
    assert (
        evidence.quote == "Please read our [Cookie Policy](https://example.com/cookies) for details"
    )


def test_quote_ending_inside_a_link_takes_the_whole_link(grounder: Grounder) -> None:
    evidence = assert_verbatim(grounder.ground("Please read our Cookie Policy"))
    assert evidence.quote == "Please read our [Cookie Policy](https://example.com/cookies)"


def test_quote_marks_and_final_period_added_by_the_model(grounder: Grounder) -> None:
    evidence = assert_verbatim(
        grounder.ground("\u201cWe share data with payment processors...\u201d")
    )
    assert evidence.quote == "We share data with payment processors\u2026"
    evidence = assert_verbatim(grounder.ground("'Intro: we explain what we do.'"))
    assert evidence.quote == "Intro: we explain what we do."


def test_elided_quote_spans_from_first_to_last_part(grounder: Grounder) -> None:
    evidence = assert_verbatim(
        grounder.ground("We share data with payment processors ... nobody else")
    )
    assert evidence.quote == "We share data with payment processors\u2026 and nobody else"
    evidence = assert_verbatim(
        grounder.ground("We don't collect your precise location [...] read our Cookie Policy")
    )
    assert evidence.quote.startswith("We don\u2019t collect")
    assert evidence.quote.endswith("[Cookie Policy](https://example.com/cookies)")


@pytest.mark.parametrize(
    "quote",
    [
        # a real first part, an invented last part
        "We share data with payment processors ... and with advertisers",
        # an invented first part, a real last part
        "We sell everything ... share data with payment processors",
        # real ends around an invented middle part
        "We collect your email address ... sell it to data brokers ... when you register",
        # real parts out of order
        "and nobody else ... We share data with payment processors",
    ],
)
def test_elided_quote_with_any_invented_part_is_not_grounded(
    grounder: Grounder, quote: str
) -> None:
    assert grounder.ground(quote) is None


def test_elided_quote_whose_first_part_repeats_is_grounded_to_the_nearest_passage(
    grounder: Grounder,
) -> None:
    evidence = assert_verbatim(
        grounder.ground("We collect your email address ... payment processors")
    )
    assert evidence.quote.startswith(
        "We collect your email address and your name when you register.\nWe share"
    )
    assert evidence.start > POLICY.index("## Sharing")


REAL_SENTENCE = "We collect your email address and your name when you register."


@pytest.mark.parametrize(
    "quote",
    [
        # a real start with an invented ending
        "We collect your email address and your name when you register and sell it to data brokers",
        "We collect your email address and your name when you register, and sell them.",
        # an invented start with a real ending
        "We sell your email address and your name when you register.",
        "Data brokers buy what we collect: your email address and your name when you register.",
        # a real sentence with an invented middle clause
        "We collect your email address, which we sell to data brokers, and your name when you register.",
        "We collect your email address and your name and your location when you register.",
    ],
)
def test_real_words_around_invented_ones_are_not_grounded(grounder: Grounder, quote: str) -> None:
    assert REAL_SENTENCE in POLICY
    assert grounder.ground(quote) is None


@pytest.mark.parametrize(
    "quote",
    [
        "We sell your data to advertisers.",
        "We collect your social security number",
        "payment processors and everybody else",
        "",
        "   ",
    ],
)
def test_invented_quote_is_not_grounded(grounder: Grounder, quote: str) -> None:
    assert grounder.ground(quote) is None


def test_match_inside_a_word_is_not_grounded() -> None:
    text = "Our recollection of data is limited."
    assert Grounder(text).ground("Collection of data") is None
    assert Grounder(text).ground("recollection of data") is not None


@pytest.mark.parametrize("quote", ["email", "we the", "and of your", "THE DATA"])
def test_short_or_stop_word_quotes_need_an_exact_match_in_their_chunk(
    grounder: Grounder, chunks: list[Chunk], quote: str
) -> None:
    assert grounder.ground(quote) is None
    sharing = chunk_with(chunks, "## Sharing")
    in_chunk = grounder.ground(quote, sharing)
    if quote in sharing.text:
        evidence = assert_verbatim(in_chunk)
        assert sharing.start <= evidence.start < evidence.end <= sharing.end
    else:
        assert in_chunk is None


def test_section_is_the_innermost_heading_even_in_a_merged_chunk() -> None:
    text = "# Policy\n\n## A\n\nAlpha text here.\n\n## B\n\nBravo text here.\n"
    chunks = split_policy(text)
    assert len(chunks) == 1 and chunks[0].heading_path == ("Policy",)
    grounder = Grounder(text, chunks)
    assert assert_verbatim(grounder.ground("Bravo text here", chunks[0]), text).section == "B"
    assert assert_verbatim(grounder.ground("Alpha text here", chunks[0]), text).section == "A"


def test_section_falls_back_to_the_chunk_heading_path() -> None:
    text = "plain text with no headings at all. more plain text follows here."
    chunks = [
        Chunk(0, 0, 36, text[:36], ("Collection",)),
        Chunk(1, 36, len(text), text[36:], ("Sharing", "Partners")),
    ]
    grounder = Grounder(text, chunks)
    assert grounder.section_at(5) == "Collection"
    assert grounder.section_at(40) == "Partners"
    assert assert_verbatim(grounder.ground("more plain text follows"), text).section == "Partners"


def test_section_at_without_chunks_uses_detected_headings() -> None:
    text = "Preamble words.\n\n# First\n\nBody one.\n\n## Second\n\nBody two.\n"
    grounder = Grounder(text)
    assert grounder.section_at(0) is None
    assert grounder.section_at(text.index("Body one")) == "First"
    assert grounder.section_at(text.index("Body two")) == "Second"


def test_ground_quote_helper() -> None:
    evidence = assert_verbatim(ground_quote(POLICY, "WE SHARE DATA"), POLICY)
    assert evidence.quote == "We share data"


def test_normalise() -> None:
    assert normalise(
        "  **We** \u201csaid\u201d \u2014 it\u2019s\u2026\n\n_fine_ [link](http://x.y) \\- ok "
    ) == ("we 'said' - it's... fine link - ok")


# --- seed policy quotes as a model might write them ----------------------------------


@pytest.mark.parametrize(
    ("quote", "expected", "section"),
    [
        (
            "Don't forget this information is public on Our Services",
            "Don\u2019t forget this information is public on Our Services",
            "Social media third parties",
        ),
        (
            "We collect your payment information when you subscribe to plus memberships.",
            # the model's period is not the source's semicolon: the span stops before it
            "We collect your payment information when you subscribe to plus memberships",
            "Payment information",
        ),
        (
            'by using the "Unsubscribe" link at the bottom of an automatic email',
            "by using the \u201cUnsubscribe\u201d link at the bottom of an automatic email",
            "Marketing communication",
        ),
        (
            "We do not knowingly collect personally identifiable information from children under the age of 13.",
            "We do not knowingly collect personally identifiable information from children under the age of 13.",
            "CHILDREN'S PRIVACY",
        ),
        (
            "contact us via support@imvbox.com",
            "contact us via [support@imvbox.com](mailto:support@imvbox.com)",
            "CONTACT US",
        ),
    ],
)
def test_seed_quotes_ground(quote: str, expected: str, section: str) -> None:
    text = (POLICIES / "001_419ecedd7c3c2f36.txt").read_bytes().decode("utf-8")
    chunks = split_policy(text)
    evidence = assert_verbatim(Grounder(text, chunks).ground(quote), text)
    assert evidence.quote == expected
    assert evidence.section == section


# --- properties ------------------------------------------------------------------------------

# fmt: off
WORDS = [
    "We", "collect", "**email**", "your", "data", "\u2019s", "\u201cname\u201d", "\u2014", "_x_",
    "[link](u)", "privacy", "SHARE", "\n", "\n\n## Part\n\n", ".", ",", "\u2026", "\u00a0", "\\-",
]
# fmt: on
words = st.sampled_from(WORDS)
texts = st.lists(words, min_size=1, max_size=120).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(text=texts, data=st.data())
def test_evidence_always_indexes_the_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 200)))
    quote = data.draw(
        st.sampled_from(
            [
                text[start:end],
                text[start:end].upper(),
                " ".join(text[start:end].split()),
                text[start:end].replace("\u2019", "'").replace("**", ""),
                text[start:end] + " invented words",
            ]
        )
    )
    chunks = split_policy(text, max_tokens=30, min_tokens=5)
    grounder = Grounder(text, chunks)
    for chunk in [None, *chunks[:3]]:
        evidence = grounder.ground(quote, chunk)
        if evidence is not None:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.quote


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(words, max_size=40),
    middle=st.lists(words, max_size=20),
    after=st.lists(words, max_size=40),
)
def test_every_verbatim_substring_with_content_is_grounded(
    before: list[str], middle: list[str], after: list[str]
) -> None:
    quote = " ".join(["We", "collect", *middle, "email"])
    text = " ".join([*before, quote, *after])
    evidence = Grounder(text, split_policy(text, max_tokens=30, min_tokens=5)).ground(quote)
    assert evidence is not None
    assert evidence.quote == quote
    assert text[evidence.start : evidence.end] == quote


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(words, max_size=40),
    middle=st.lists(words, max_size=20),
    after=st.lists(words, max_size=40),
)
def test_reworded_copies_of_a_substring_are_grounded(
    before: list[str], middle: list[str], after: list[str]
) -> None:
    quote = " ".join(["We", "collect", *middle, "email"])
    text = " ".join([*before, quote, *after])
    grounder = Grounder(text)
    for variant in (quote.upper(), " ".join(quote.split()), quote.replace("**", "")):
        evidence = grounder.ground(variant)
        assert evidence is not None
        assert text[evidence.start : evidence.end] == evidence.quote
        assert normalise(evidence.quote) == normalise(quote)


@pytest.mark.parametrize(
    "text",
    ["", " ", "  ", "a", " a", "a ", " a ", "We keep it.", ' "Quoted" `code` ', "a\nb",
     "x  y", "**bold**", "İstanbul", "caf\u00e9 \u2014 \u2026", "[link](http://x.y)", "a\\-b"],
)  # fmt: skip
def test_normalise_without_offsets_agrees_with_the_offset_map_version(text: str) -> None:
    assert normalise(text) == _normalise_with_offsets(text)[0]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list(" aZ.\"'`*_[]()\\\n\t\u00e9\u0130\u200b\u2019")), max_size=12
    )
)
def test_normalise_agrees_with_the_offset_map_version_on_any_text(text: str) -> None:
    assert normalise(text) == _normalise_with_offsets(text)[0]


def test_the_quick_check_for_special_characters_misses_none_the_full_pattern_finds() -> None:
    # `normalise` skips its full pattern when no character could start a match; any
    # character, alone, doubled or in context, that the pattern matches must be seen.
    for char in map(chr, [*range(0x3100), *range(0xFE00, 0x10000), 0x1F600, 0xE0001]):
        for text in (char, char * 2, f"a{char}b", f"]({char})", f"\\{char}", f"a {char} "):
            if _SPECIAL.search(text) is not None:
                assert not _nothing_special(text), repr(text)
