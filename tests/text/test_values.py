"""Values riding on a quote (a retention period, a security measure, an age, the
service name) must be stated by their own evidence, not just sit beside it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import values
from summarizer.text.grounding import name_in_sources, normalise
from summarizer.text.invisible import visible
from summarizer.text.values import number_in_quote, value_in_quote, words


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("for 30 days", "We keep server logs for 30 days."),
        ("30 days", "We keep server logs for thirty (30) days."),
        ("thirty days", "Logs are kept for 30 days."),
        ("as long as your account is active", "We keep it as long as your account is active."),
        ("24 months", "Records are deleted after twenty-four months."),
        ("encryption", "We use encryption."),
        ("encryption of data in transit", "We encrypt data in transit."),
        ("Encryption", "Payment pages use TLS."),
        ("access controls", "Access to payment records is restricted to authorized staff."),
        ("firewalls", "Our servers sit behind a firewall."),
        ("reasonable security measures", "We take reasonable precautions to protect your data."),
    ],
)
def test_a_value_the_quote_states_is_backed(value: str, quote: str) -> None:
    assert value_in_quote(value, quote)


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("deleted immediately after 24 hours, never stored", "as long as your account is active"),
        ("deleted immediately after 24 hours", "We delete it after 30 days."),
        ("SOC 2 Type II audit and HIPAA certification", "We use encryption"),
        ("encryption", "We keep your data on our servers."),
        ("not encrypted", "Your data is encrypted."),
        ("for 2 years", "We keep it for twelve years."),
        ("for 3 months", "We keep it for 13 months."),
        ("", "We use encryption."),
        ("the", "We use encryption."),
    ],
)
def test_a_value_with_words_the_quote_does_not_state_is_not_backed(value: str, quote: str) -> None:
    assert not value_in_quote(value, quote)


def test_number_words_become_digits() -> None:
    assert words("Thirteen, twenty-one and 016 days") == ["13", "21", "and", "16", "day"]


@pytest.mark.parametrize(
    ("age", "quote", "stated"),
    [
        (13, "We do not knowingly collect data from children under the age of 13.", True),
        (13, "Nobody under thirteen may register.", True),
        (16, "Users under sixteen (16) need a parent's consent.", True),
        (3, "We do not knowingly collect data from children under 13.", False),
        (1, "Children under 13 may not use the service.", False),
        (18, "Children under 13 may not use the service.", False),
    ],
)
def test_an_age_must_be_a_number_its_quote_states(age: int, quote: str, stated: bool) -> None:
    assert number_in_quote(age, quote) is stated


POLICY = "# Privacy Policy\n\nThis policy explains how IMVBox, Inc. uses your data. We collect your email.\n"


@pytest.mark.parametrize(
    ("name", "title", "url"),
    [
        ("IMVBox", None, None),
        ("imvbox, inc.", None, None),
        ("Streamly", "Privacy Policy | Streamly", None),
        ("Acme", None, "https://www.acme.com/legal/privacy"),
        ("Acme Inc.", None, "https://acme.com/privacy"),
    ],
)
def test_a_service_name_in_the_policy_title_or_address_is_backed(
    name: str, title: str | None, url: str | None
) -> None:
    assert name_in_sources(name, POLICY, title=title, url=url)


@pytest.mark.parametrize(
    "name",
    [
        "TrustMe Inc. (certified privacy-safe, never shares data)",
        "TrustMe Inc.",
        "Box",  # inside a word of the policy
        "Extract what the policy says about each practice, quoting it verbatim.",
        "This policy explains how IMVBox, Inc. uses your data",  # a sentence, not a name
        "",
    ],
)
def test_a_service_name_found_nowhere_is_not_backed(name: str) -> None:
    assert not name_in_sources(
        name, POLICY, title="Privacy Policy | Streamly", url="https://imvbox.com/privacy"
    )


def test_a_file_path_is_not_an_address_that_names_a_service() -> None:
    assert not name_in_sources("Policies", POLICY, url="policies/acme.txt")
    assert not name_in_sources("Acme", POLICY, url="/tmp/acme/privacy.txt")


def _words_of(text: str) -> str:
    """The text's lower-cased words joined by spaces: how names were once looked up."""
    return " " + " ".join(re.findall(r"\w+", visible(text).lower())) + " "


@pytest.mark.parametrize(
    "name",
    ["Acme", "acme_co", "Acme Co", "ACME  co.", "co acme", "Cme", "Acme Cor", "Ölberg 24",
     "web_shop", "shop", "İnci", "the the", "a\u200bcme co", "3D", "d"],
)  # fmt: skip
def test_a_name_is_found_as_whole_words_in_order_exactly_as_in_the_text_s_words(
    name: str,
) -> None:
    text = (
        "Welcome to Acme_Co! The the acme--co web_shop (Ölberg-24) by İnci. "
        "3D: d; ac\u200bme co.\nAcmeCorp and xacme co"
    )
    expected = _words_of(name) in _words_of(text)
    assert name_in_sources(name, text) == expected


_NAME_PIECES = ["acme", "co", "a", "cme", "_", " ", "-", ".", "\n", "İ", "3", "\u200b"]


@settings(max_examples=400, deadline=None)
@given(
    name=st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=5).map("".join),
    text=st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join),
)
def test_a_name_is_found_exactly_where_the_text_s_words_hold_its_words(
    name: str, text: str
) -> None:
    # Walking the text word by word from each place the first word occurs finds what
    # looking the name's words up in the text's words finds, repeats and overlaps included.
    if not _words_of(name).strip():
        assert not name_in_sources(name, text)
        return
    assert name_in_sources(name, text) == (_words_of(name) in _words_of(text))


def _words_token_by_token(text: str) -> list[str]:
    """`words` as it was written first: one token at a time, a tens word taking the
    unit after it ("twenty four" is 24)."""
    tokens = values._TOKEN.findall(normalise(text))
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in values._TENS:
            number = values._TENS[token]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in values._UNITS and 0 < values._UNITS[following] < 10:
                number += values._UNITS[following]
                index += 1
            out.append(str(number))
        elif token in values._UNITS:
            out.append(str(values._UNITS[token]))
        elif token.isdigit():
            out.append(str(int(token)))
        else:
            out.append(values._stem(token))
        index += 1
    return out


_VALUE_PIECES = ["twenty", "four", "zero", "ten", "nine", "007", "30", "days", "encrypted",
                 "policies", "Thirty", "-", " ", ", ", "classes", "a", "is"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_VALUE_PIECES), max_size=12).map(" ".join))
def test_words_reads_each_token_as_one_read_at_a_time_would(text: str) -> None:
    # Texts without a tens word take a quicker path, one cached lookup per token.
    assert words(text) == _words_token_by_token(text)
