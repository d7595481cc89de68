"""Work the rules engine does once per policy or chunk, skipped or done less often
where that provably cannot change a result: the whole-policy answers are read on
first use; a masking pass, the cued-address search and the name-spelling search are
skipped or narrowed by literal checks that every match passes."""

from __future__ import annotations

import re
import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.rules import contacts
from summarizer.engines.rules.analysis import (
    _FOLD_LIKE_IGNORECASE,
    _MASKS,
    fold_like_ignorecase,
    mask_policy,
    mask_text,
)
from summarizer.engines.rules.answers import policy_answers
from summarizer.engines.rules.contacts import _names_after_cues, _whole_words, policy_profile
from summarizer.engines.rules.reading import Profile

SELLS = "## Sharing\n\nWe sell your personal information to advertisers.\n"
CHANGES = (
    "## Changes to this policy\n\n"
    "If we make material changes to this policy, we will notify you by email.\n"
)
QUIET = "## Overview\n\nWe collect your email address to run the service.\n"


def test_the_profile_answers_are_those_of_the_whole_policy() -> None:
    for text in (SELLS + QUIET, CHANGES + QUIET, SELLS + CHANGES, QUIET):
        profile = policy_profile(text)
        assert (profile.sale_admitted, profile.changes_stated) == policy_answers(text)
    # Not the same fact twice: the two policies differ in each.
    assert policy_profile(SELLS + QUIET).sale_admitted
    assert not policy_profile(SELLS + QUIET).changes_stated
    assert policy_profile(CHANGES + QUIET).changes_stated
    assert not policy_profile(CHANGES + QUIET).sale_admitted


def test_the_whole_policy_answers_are_read_once_and_only_when_asked() -> None:
    calls: list[int] = []

    def answers() -> tuple[bool, bool]:
        calls.append(1)
        return True, False

    profile = Profile(name="Acme", whole_policy_answers=answers)
    assert calls == []
    assert profile.sale_admitted and not profile.changes_stated
    assert profile.sale_admitted and not profile.changes_stated
    assert len(calls) == 1
    assert not Profile().sale_admitted and not Profile().changes_stated


def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def test_the_fold_maps_every_character_ignorecase_matches_to_an_ascii_letter() -> None:
    everything = _every_character()
    for letter in string.ascii_lowercase:
        for char in set(re.findall("(?i)" + letter, everything)):
            assert char.translate(_FOLD_LIKE_IGNORECASE) == letter, hex(ord(char))


MASK_PIECES = [
    "We collect your email address. ",
    "See HTTPS://EXAMPLE.COM/Privacy for more. ",
    "Visit WWW.Example.com or wWw.example.org/a_b today. ",
    "Write to MAILTO:dpo@example.org or MA\u0130LTO:x or ma\u0131lto:y. ",
    '[our policy](/privacy "Policy") and [x](y) ',
    "user.name+tag@sub.example.co.uk ",
    "at @ sign and : // www . mailto ",
    "\u2019curly\u201d \u2014 dash\xa0nbsp **bold** ",
    "\n\n## Heading\n\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MASK_PIECES), min_size=1, max_size=12))
def test_masking_with_its_literal_checks_equals_masking_without(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert mask_policy(text).masked == mask_text(text)
    for pattern, may_match in _MASKS:
        if pattern.search(text):
            assert may_match(text)


WORD_PIECES = [
    "acme",
    "acmes",
    "xacme",
    "_acme",
    "acme2",
    "2acme",
    "\u00e9acme",
    "acme\u00e9",
    "ac",
]
WORD_PIECES += ["me", "nimbus", "nimbusnotes", " ", ".", "-", "@", "\n", "_"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORD_PIECES), max_size=20),
    st.sets(st.sampled_from(["acme", "ac", "me", "nimbus", "nimbusnotes", "acmes"]), min_size=1),
)
def test_whole_words_are_found_where_a_lookbehind_finds_them(
    pieces: list[str], words: set[str]
) -> None:
    text = "".join(pieces)
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    reference = re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text)
    found = _whole_words(words, text)
    assert [m.span() for m in found] == [m.span() for m in reference]


ADDRESS_PIECES = [
    "Mailing Address: 12 Main St., Springfield, IL 62701",
    "REGISTERED OFFICE :\t1 Quay Road, Dublin D01 K2P6",
    "by P\u017fT: 5 Rue de la Paix, 75002 Paris",
    "Write To Us At: 9 Elm Way, Leeds LS1 4AB",
    "EU Representative: Acme GmbH, Allee 3, 10115 Berlin",
    "E-mail: privacy@example.com",
    "Address\n: 4 High St",
    "Contact: 1 Main St, Boston 02108",
    " (",
    ". Then we read it.",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ADDRESS_PIECES), min_size=1, max_size=8))
def test_every_cued_address_has_the_cue_word_and_colon_the_check_looks_for(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    if contacts._CUED_INLINE_ADDRESS.search(text):
        assert contacts._CUE_THEN_COLON.search(fold_like_ignorecase(text))


COLON_PIECES = [
    "post", "Mail", "address", "office", "write to us at", "representative", "ost", "x",
    ":", " :", "\u00a0", "\n", "\t", " ", "\u2003", "::", "write to us", "\u212a",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(COLON_PIECES), max_size=10))
def test_the_cue_then_colon_check_is_its_pattern(pieces: list[str]) -> None:
    folded = fold_like_ignorecase("".join(pieces))
    assert contacts._has_cue_then_colon(folded) == bool(contacts._CUE_THEN_COLON.search(folded))


def test_the_cue_check_passes_every_cued_address_in_the_eval_policies() -> None:
    root = Path(__file__).resolve().parents[3]
    folders = (root / "evals" / "policies", root / "evals" / "dev" / "policies")
    texts = [path.read_text(encoding="utf-8") for f in folders for path in sorted(f.glob("*.*"))]
    cued = [t for t in texts if contacts._CUED_INLINE_ADDRESS.search(t)]
    assert cued  # the check is exercised
    for text in cued:
        for paragraph in text.split("\n\n"):
            if contacts._CUED_INLINE_ADDRESS.search(paragraph):
                assert contacts._CUE_THEN_COLON.search(fold_like_ignorecase(paragraph))


def test_only_w_and_capital_w_match_w_ignoring_case_and_both_lower_to_w() -> None:
    assert set(re.findall("(?i)w", _every_character())) == {"w", "W"}


LINK_PIECES = [
    "Visit WwW.Example.com/contact today",
    "see [the form](https://example.com/form)",
    "HTTPS://EXAMPLE.COM/privacy",
    "[x](y)",
    "email us at privacy@example.com",
    "www . not a link",
    " ",
    "(",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINK_PIECES), min_size=1, max_size=6))
def test_every_link_a_sentence_holds_passes_the_link_check(pieces: list[str]) -> None:
    raw = "".join(pieces)
    if contacts.MARKDOWN_LINK.search(raw) or contacts.BARE_URL.search(raw):
        assert contacts._may_hold_link(raw)


NAME_CUE_PIECES = [
    "Welcome to Acme Photo, ",
    "WELCOME TO Acme.",
    "welcome  to Acme,",  # two spaces: no cue
    "It is important to Nimbus Notes Inc. that",
    "at Acme,",
    "At Acme.",
    "AT ACME,",
    "\u0130mportant to Acme,",  # dotted capital I: IGNORECASE matches it with "i"
    "\u0131mportant to Acme,",  # dotless i
    "what Acme,",  # "at" inside a word
    "\u00e9at Acme,",  # after a word character that is no ASCII letter
    "_at Acme,",
    "byAcme,",
    "by by Acme,",
    "from at Acme,",
    "from From Acme Photo Studio Co,",
    "at at at ",
    "Acme",
    ",",
    ".",
    " ",
    "\n",
    "at\nAcme,",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_CUE_PIECES), max_size=12))
def test_names_after_cues_are_the_matches_of_the_whole_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.span("name") for m in contacts._NAME_AFTER_CUE.finditer(text)]
    assert [m.span("name") for m in _names_after_cues(text)] == expected


def test_names_after_cues_are_found_as_in_the_eval_policies() -> None:
    root = Path(__file__).resolve().parents[3]
    folders = (root / "evals" / "policies", root / "evals" / "dev" / "policies")
    heads = [
        mask_policy(path.read_text(encoding="utf-8")).masked[:4000]
        for folder in folders
        for path in sorted(folder.glob("*.*"))
    ]
    found = [[m.span() for m in _names_after_cues(head)] for head in heads]
    assert any(found)
    assert found == [[m.span() for m in contacts._NAME_AFTER_CUE.finditer(h)] for h in heads]


ARCHIVE_PIECES = [
    "extracted and transformed from the ",
    "EXTRACTED AND TRANSFORMED FROM THE ",
    "Extracted and tran\u017fformed from the ",  # long s: IGNORECASE matches it with "s"
    "extracted and  transformed from the ",
    "example.com",
    "Example.ORG",
    " privacy policy",
    " Privacy Policy",
    ".",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ARCHIVE_PIECES), max_size=8))
def test_every_archive_note_has_the_words_the_folded_check_looks_for(pieces: list[str]) -> None:
    text = "".join(pieces)
    if contacts.ARCHIVE_SOURCE.search(text):
        assert contacts._ARCHIVE_NOTE in fold_like_ignorecase(text)


def test_the_archive_note_names_the_service_in_any_case() -> None:
    text = "Welcome.\n\nExtracted and tran\u017fformed FROM THE shopwise.com privacy policy.\n"
    assert contacts._service_name(text, mask_text(text))[0] == "shopwise.com"
