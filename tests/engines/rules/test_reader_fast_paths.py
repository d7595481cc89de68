"""Shortcuts in the sentence readers (rights, sources, security, selling, transfer): each
skips only work whose result it provably cannot change, on tricky inputs and on every
sentence of the evaluation policies."""

from __future__ import annotations

import random
import re
from functools import lru_cache

import pytest
from rules_helpers import evaluation_sentences, read

from summarizer.engines.rules import (
    answers,
    collection,
    cues,
    practices,
    rights,
    security,
    selling,
    sharing,
    tracking,
)
from summarizer.engines.rules.analysis import (
    RIGHT_ANY_RE,
    RIGHT_RES,
    Facts,
    lower_ascii,
    read_sentence,
)
from summarizer.engines.rules.reading import _round_robin, once_per_lead
from summarizer.engines.rules.triggers import Gated, Trigger

TRICKY = [
    "you request access to your data and you may ask us to delete it.",
    "if you want us to delete your account, contact us; you can also request a copy of it.",
    "to opt out of interest-based ads, visit aboutads.info; you can unsubscribe from emails.",
    "you have the right to lodge a complaint with a supervisory authority and to object.",
    "portability: you can export your data as json, and correct or update your profile.",
    "we do not allow you to delete data. you cannot access it.",
    "access",
    "",
    "we store it in iceland and process it in the united kingdom and the united states.",
    "our servers are located in the u.s. and in the uk.",
    "data is hosted on our own servers.",
    "unprotected fees for trade-ins: the resale of unsecured accessories.",
]


@lru_cache(maxsize=1)
def _sentences() -> tuple[str, ...]:
    return (*TRICKY, *evaluation_sentences())


def _minimal(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


@pytest.mark.parametrize(
    ("trigger", "words"),
    [
        (security._SECURITY_HINTS, security._SECURITY_WORDS.split("|")),
        (selling._SELL_HINT_WORDS, selling._SELL_HINTS.pattern.split("|")),
        (rights._AD_CHOICE_WORDS, rights._AD_CHOICE_URL.pattern.split("|")),
    ],
    ids=["security", "selling", "ad-choice-links"],
)
def test_a_hint_trigger_opens_exactly_where_one_of_its_hint_words_occurs(
    trigger: Trigger, words: list[str]
) -> None:
    assert trigger.words == _minimal(words)
    hints = re.compile("|".join(map(re.escape, words)))
    for text in _sentences():
        assert trigger.may_match(text) == bool(hints.search(text)), text


def test_no_right_is_named_before_the_first_cue_of_any_right() -> None:
    """`_rights` looks for each right from the first cue of any right, and only for the
    rights whose trigger words occur: the same first match as a search of the whole
    sentence (look-behinds and word boundaries see the text before the start)."""
    for text in _sentences():
        first = RIGHT_ANY_RE.search(text)
        if not rights._ANY_RIGHT_WORDS.may_match(text):
            assert first is None, text
        for right, pattern in RIGHT_RES.items():
            full = pattern.search(text)
            if first is None or not rights._RIGHT_WORDS[right].may_match(text):
                assert full is None, (right, text)
                continue
            fast = pattern.search(text, first.start())
            assert (fast and fast.span()) == (full and full.span()), (right, text)


def test_a_sentence_names_the_same_sources_with_or_without_their_trigger_words() -> None:
    for text in _sentences():
        ungated = [s for s, pattern in collection._SOURCE_RES.items() if pattern.search(text)]
        assert collection._sentence_sources(read_sentence(text)) == ungated, text


def test_the_pattern_of_every_source_matches_exactly_where_one_source_does() -> None:
    headings = ["information we receive from third parties", "data you give us", "cookies"]
    for text in (*_sentences(), *headings):
        named = [s for s, pattern in collection._SOURCE_RES.items() if pattern.search(text)]
        assert bool(collection._ANY_SOURCE.search(text)) == bool(named), text
        assert collection.sources_named_in(text) == named, text


def test_countries_are_found_only_where_a_country_word_occurs() -> None:
    for text in _sentences():
        if not answers._COUNTRY_WORDS.may_match(text):
            assert cues.COUNTRY.search(text) is None, text
    held = answers._countries_where_held(read_sentence(TRICKY[8]))
    assert [name for _, name in held] == ["iceland", "the united kingdom", "the united states"]


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("We collect your email address and your purchase history.", ("Data from partners",)),
        (
            "Our partners send us data about you from other sources. This information "
            "includes your email address and your purchase history.",
            (),
        ),
    ],
    ids=["heading", "sentence-before"],
)
def test_every_category_without_a_source_of_its_own_gets_what_the_context_names(
    text: str, headings: tuple[str, ...]
) -> None:
    found = read(text, headings)
    sources = {
        item.category.value: [s.value for s in item.sources] for item in found.data_collected
    }
    assert sources == {"contact_info": ["third_party"], "financial": ["third_party"]}


def test_only_whether_in_some_case_matches_the_case_blind_whether_cue() -> None:
    """`_is_practice` searches WHETHER_BEFORE only where "whether" occurs lower-cased: no
    character other than the letters' two ASCII cases matches them ignoring case."""
    for letter in set("whether"):
        matches = re.compile(letter, re.IGNORECASE).fullmatch
        assert all(chr(code).lower() == letter for code in range(0x110000) if matches(chr(code))), (
            letter
        )
    assert cues.WHETHER_BEFORE.search("Ask us WhEtHeR we collect it")
    assert "whether" in "Ask us WhEtHeR we".lower()


def _gated_patterns() -> list[tuple[str, Gated]]:
    modules = (answers, collection, rights, security, selling, tracking)
    return [
        (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value)
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, Gated)
    ]


@pytest.mark.parametrize(
    ("name", "gated"), _gated_patterns(), ids=[name for name, _ in _gated_patterns()]
)
def test_a_gated_reader_pattern_finds_what_the_pattern_finds(name: str, gated: Gated) -> None:
    for text in _sentences():
        fast, full = gated.search(text), gated.pattern.search(text)
        assert (fast and fast.span()) == (full and full.span()), (name, text)
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.pattern.finditer(text)
        ], (name, text)


def test_a_sentence_without_the_measure_words_names_no_security_measure() -> None:
    for text in _sentences():
        if not security._MEASURE_WORDS.may_match(text):
            assert cues.SECURITY_MEASURE.search(text) is None, text


def _served_in_turn(items: list[tuple[int, object, str]], limit: int, per_key: int) -> list[str]:
    """The findings bound without shortcuts: keys served in turn, depth by depth."""
    by_key: dict[object, list[tuple[int, str]]] = {}
    for order, key, item in items:
        bucket = by_key.setdefault(key, [])
        if len(bucket) < per_key:
            bucket.append((order, item))
    chosen: list[tuple[int, str]] = []
    for depth in range(per_key):
        for bucket in by_key.values():
            if len(bucket) > depth and len(chosen) < limit:
                chosen.append(bucket[depth])
    return [item for _, item in sorted(chosen)]


def test_the_findings_bound_keeps_what_serving_every_key_in_turn_keeps() -> None:
    shuffle = random.Random(17)
    for _ in range(2000):
        size = shuffle.randrange(0, 40)
        keys = shuffle.choice([2, 5, 12, 30])
        items = [(order, shuffle.randrange(keys), f"item{order}") for order in range(size)]
        limit, per_key = shuffle.choice([(24, 3), (24, 2), (4, 3), (1, 1)])
        assert _round_robin(items, limit, per_key) == _served_in_turn(items, limit, per_key)


LEADS = [
    "We use the information we collect to:",
    "We collect the following information from third parties:",
    "We will never do the following with your data:",
    "We may receive personal data about you from the following partners:",
    "We do not share your information except as follows:",
    "We license and sell information to businesses for the following purposes:",
]


def test_what_a_lead_says_is_worked_out_once_per_lead_and_follows_the_lead() -> None:
    asked: list[Facts] = []

    def uses(lead: Facts) -> bool:
        asked.append(lead)
        return practices._lead_uses.__wrapped__(lead)  # type: ignore[attr-defined]

    once = once_per_lead(uses)
    first, second = (read_sentence(lower_ascii(text)) for text in LEADS[:2])
    assert [once(lead) for lead in (first, first, first, second, second, first, None)] == [
        True, True, True, False, False, True, False,
    ]  # fmt: skip
    assert asked == [first, second, first]
    per_lead = [
        practices._lead_uses,
        practices._lead_negated,
        collection._lead_collects,
        sharing._lead_receives,
        sharing._lead_discloses_for_purposes,
        sharing._lead_lists_disclosures,
    ]
    leads = [read_sentence(lower_ascii(text)) for text in LEADS]
    for ask in per_lead:
        direct = [ask.__wrapped__(lead) for lead in leads]  # type: ignore[attr-defined]
        assert [ask(lead) for lead in leads + leads[::-1]] == direct + direct[::-1], ask
        assert ask(None) is False
    assert [practices._lead_uses(lead) for lead in leads[:2]] == [True, False]


def test_the_sources_of_a_section_follow_its_headings_and_lead() -> None:
    leads = [None, *(read_sentence(lower_ascii(text)) for text in LEADS)]
    sections = [(), ("Information from partners",), ("Data you give us", "Cookies")]
    for headings in sections + sections[::-1]:
        for lead in leads + leads[::-1]:
            context = lower_ascii(" ".join(headings)) + (" " + lead.text if lead else "")
            expected = collection.sources_named_in(context)
            assert collection._sources_of_section(headings, lead) == expected, (headings, lead)


def _kept_with_details(
    items: list[tuple[int, object, str]], limit: int, per_key: int, details: dict[str, frozenset]
) -> list[str]:
    """The findings bound without shortcuts, details worked out for every item: past a
    key's `per_key` items, an item is kept when it names a detail its key's kept items
    do not."""
    by_key: dict[object, list[tuple[int, str]]] = {}
    said: dict[object, set[object]] = {}
    for order, key, item in items:
        bucket = by_key.setdefault(key, [])
        named = said.setdefault(key, set())
        if len(bucket) < per_key or not details[item] <= named:
            bucket.append((order, item))
            named |= details[item]
    chosen = [pair for bucket in by_key.values() for pair in bucket]
    if len(chosen) > limit:
        chosen = []
        for depth in range(len(items)):
            for bucket in by_key.values():
                if len(bucket) > depth and len(chosen) < limit:
                    chosen.append(bucket[depth])
    return [item for _, item in sorted(chosen)]


def test_the_findings_bound_keeps_an_item_past_its_keys_share_for_a_detail_not_yet_named() -> None:
    shuffle = random.Random(23)
    for _ in range(2000):
        size = shuffle.randrange(0, 40)
        keys = shuffle.choice([2, 5, 12])
        items = [(order, shuffle.randrange(keys), f"item{order}") for order in range(size)]
        details = {
            item: frozenset(shuffle.sample(range(6), shuffle.randrange(0, 3)))
            for _, _, item in items
        }
        limit, per_key = shuffle.choice([(24, 3), (24, 2), (4, 3), (1, 1)])
        assert _round_robin(items, limit, per_key, details.__getitem__) == _kept_with_details(
            items, limit, per_key, details
        )
