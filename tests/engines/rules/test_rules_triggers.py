"""Trigger words: a reader is skipped only when its patterns provably cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.engines.rules import contacts, cues
from summarizer.engines.rules.analysis import RIGHT_ANY_RE, lower_ascii, mask_text
from summarizer.engines.rules.answers import _HELD_IN
from summarizer.engines.rules.matching import compile_any
from summarizer.engines.rules.sentences import split_chunk
from summarizer.engines.rules.triggers import Trigger, required_words

ROOT = Path(__file__).resolve().parents[3]


def test_required_words_are_the_alternatives_a_match_needs() -> None:
    assert required_words(re.compile(r"\b(?:sell|sold)\b")) == {"sell", "sold"}
    assert required_words(re.compile(r"\bstor(?:e|ed)?\b[^.]{0,80}\bin\b")) == {"stor"}


def test_words_from_several_patterns_are_pooled_and_redundant_ones_dropped() -> None:
    words = required_words(re.compile(r"contact us"), re.compile(r"\bcontact\b|\bemail\b"))
    assert words == {"contact", "email"}


def test_a_pattern_that_can_match_without_fixed_text_leaves_the_gate_open() -> None:
    assert required_words(re.compile(r"\d{3}-\d{4}")) == {"-"}  # sound, if weak
    assert required_words(re.compile(r"\d{3}\s?\d{4}")) is None
    assert required_words(re.compile(r"(?:cookies?)?\s+")) is None
    assert required_words(re.compile(r"sell|\w+")) is None
    assert Trigger(re.compile(r"\d+")).may_match("no digits here")


def test_a_case_insensitive_pattern_is_not_gated() -> None:
    # Its words could occur in a case the literal check would miss.
    assert required_words(re.compile(r"contact", re.IGNORECASE)) is None


def test_a_vocabulary_table_gives_its_phrases_as_trigger_words() -> None:
    table = compile_any(["do not track", "dnt"])
    trigger = Trigger(table)
    assert trigger.may_match("we honour dnt signals")
    assert not trigger.may_match("we use cookies")


def _policy_sentences() -> list[str]:
    texts = []
    for folder in (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies"):
        for path in sorted(folder.glob("*.*")):
            texts.append(path.read_text(encoding="utf-8"))
    sentences = []
    for text in texts:
        lowered = lower_ascii(mask_text(text))
        spans, _ = split_chunk(text)
        sentences.extend(lowered[s.start : s.end] for s in spans)
    return sentences


@pytest.mark.parametrize(
    "patterns",
    [
        (cues.NO_TRACKERS, cues.THIRD_PARTY_TRACKER_NAMES, cues.TRACKING_PARTY),
        (contacts.CONTACT_CUE, contacts._REQUEST_CUE),
        (_HELD_IN,),
        (RIGHT_ANY_RE,),
    ],
    ids=["tracking", "contacts", "held-in", "rights"],
)
def test_a_closed_gate_means_no_pattern_matches_on_real_policies(patterns: tuple) -> None:
    trigger = Trigger(*patterns)
    assert trigger.words, "the derivation found no trigger words"
    sentences = _policy_sentences()
    closed = [s for s in sentences if not trigger.may_match(s)]
    assert closed, "the gate never closes, so it saves nothing"
    for sentence in closed:
        assert not any(pattern.search(sentence) for pattern in patterns), sentence
