"""A chunk's masked text is a slice of the policy masked once (`mask_policy`), and
always equal to masking the chunk on its own, whatever straddles the chunk's cuts."""

from __future__ import annotations

from fakes import seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

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
