"""A chunk's masked text is a slice of the policy masked once (`mask_policy`), and
always equal to masking the chunk on its own, whatever straddles the chunk's cuts."""

from __future__ import annotations

import re

from fakes import seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.rules import analysis
from summarizer.engines.rules.analysis import lower_ascii, mask_policy, mask_text
from summarizer.text.chunking import split_policy

PIECES = [
    "We collect your email address. ",
    "Write to privacy@example.com today. ",
    "See https://example.com/privacy-policy/cookies?x=1 for more. ",
    'Read [our cookie policy](https://example.com/cookies "Cookie policy") now. ',
    '[link](/path\n"title") ',
    "mailto:dpo@example.org ",
    "www.example.com/a_b ",
    "**Bold** _under_ `code` > quote\n",
    "\n\n## Heading\n\n",
    "x" * 300,
    "user.name+tag@sub.example.co.uk",
    "\u2019curly\u201d \u2014 dash\xa0nbsp ",
]


def _check(text: str, max_tokens: int) -> None:
    whole = mask_policy(text)
    assert whole.masked == mask_text(text)
    for chunk in split_policy(text, max_tokens=max_tokens, min_tokens=1):
        masked, lowered = whole.chunk(chunk.text, chunk.start)
        assert masked == mask_text(chunk.text)
        assert lowered == lower_ascii(mask_text(chunk.text))


def test_the_seeds_chunk_masks_equal_masking_each_chunk() -> None:
    for path in seed_paths():
        _check(path.read_text(encoding="utf-8"), 1200)
        _check(path.read_text(encoding="utf-8"), 40)


def test_a_chunk_that_is_not_a_slice_of_the_policy_is_masked_on_its_own() -> None:
    whole = mask_policy("Write to a@example.com now.")
    other = "other text b@example.org"
    assert whole.chunk(other, 0)[0] == mask_text(other) == "other text" + " " * 14
    # Cut inside a word: not a clean cut, so masked alone (the e-mail still blanked).
    assert whole.chunk("a@example.com", 9)[0] == " " * len("a@example.com")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.integers(8, 60))
def test_cuts_through_links_urls_and_emails_mask_like_the_chunk_alone(
    pieces: list[str], max_tokens: int
) -> None:
    _check("".join(pieces), max_tokens)


# Pieces where an e-mail address or a URL may start, end or not quite be one.
ADDRESS_PIECES = [
    "a", "Z", "9", ".", "_", "%", "+", "-", "@", " ", "\n", "é", "\u0130", "\u017f", "\u212a",
    "x@y", "@@", "a.b@c-d.org", "%x@ex.com", ".@a.bc", "HTTPS://", "http://", "Www.", "www.",
    "MAILTO:", "maiLto:x@y.z", "mailto", "(", ")", "]", "<", '"', "'", ".com", "\u017fite",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ADDRESS_PIECES), max_size=25))
def test_emails_and_urls_are_masked_where_their_patterns_find_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert analysis.email_spans(text) == [m.span() for m in analysis.EMAIL.finditer(text)]
    urls = [m.span() for m in analysis._MASK_URL.finditer(text)]
    assert analysis._mask_url_spans(text) == urls


def test_the_folded_url_pattern_reads_every_character_as_the_case_blind_one() -> None:
    # The URL is found, minding case, in the text folded as re.IGNORECASE folds it: each
    # piece of the pattern must take a folded character exactly where the case-blind
    # pattern takes the character itself.
    pieces = ["[hwtpsmailo.:/]", r"[^\s<>()\"'\]]", r"[^\s)\]]"]
    for code in range(0x110000):
        char = chr(code)
        folded = analysis.fold_like_ignorecase(char)
        for piece in pieces:
            blind = re.fullmatch(piece, char, re.IGNORECASE) is not None
            assert blind == (re.fullmatch(piece, folded) is not None), (piece, hex(code))
