"""The readers test a gate on the sentence being read as a bit of `facts.gates`
(`sentence_gates`), not by calling `may_match`: the bit must open exactly where
`may_match` opens, for every gate of the engine and every sentence, and a gate built
after a sentence's bits were worked out must still run its patterns on it."""

from __future__ import annotations

import re
from functools import lru_cache

from rules_helpers import evaluation_sentences
from test_trigger_scan import TRICKY_GATES, TRICKY_TEXTS

from summarizer.engines.rules import (
    analysis,
    answers,
    collection,
    contacts,
    purposes,
    reading,
    rights,
    security,
    selling,
    tracking,
)
from summarizer.engines.rules.analysis import Facts, read_sentence
from summarizer.engines.rules.triggers import LONG_TEXT, Gated, Trigger, sentence_gates

MODULES = (analysis, answers, collection, contacts, purposes, reading, rights, security)
MODULES += (selling, tracking)


def _engine_gates() -> list[tuple[str, Trigger | Gated]]:
    """Every gate the engine's modules build: alone, in a dict or in a tuple."""
    found: list[tuple[str, Trigger | Gated]] = []
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else [value]
            for item in values:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, (Trigger, Gated)):
                        found.append((f"{short}.{name}", part))
    return found


def _opens(gate: Trigger | Gated, text: str) -> bool:
    return gate.may_match(text) if isinstance(gate, Trigger) else gate.search(text) is not None


@lru_cache(maxsize=1)
def _sentences() -> tuple[str, ...]:
    long_text = "x" * LONG_TEXT + " we sell cookies to third parties " + "x" * LONG_TEXT
    return (*TRICKY_TEXTS, long_text, *evaluation_sentences())


def test_the_engine_has_many_gates_to_check() -> None:
    gates = _engine_gates()
    assert len(gates) > 40
    assert any(isinstance(gate, Gated) for _, gate in gates)


def test_a_sentences_bits_open_exactly_the_gates_may_match_opens() -> None:
    gates = _engine_gates() + [(str(w), Trigger(re.compile("|".join(w)))) for w in TRICKY_GATES]
    gates.append(("always", Trigger(re.compile(r"\w*"))))
    closed = 0
    for text in _sentences():
        bits = sentence_gates(text)
        for name, gate in gates:
            trigger = gate if isinstance(gate, Trigger) else gate._trigger
            opens = trigger.may_match(text)
            assert bool(bits & gate.bit) == opens, (name, text)
            closed += not opens
    assert closed  # (the gates close on most sentences)


def test_read_sentence_carries_the_bits_of_its_own_text() -> None:
    for text in ["we sell cookies to advertisers.", "you may request deletion.", ""]:
        assert read_sentence(text).gates == sentence_gates(text)


def test_search_in_finds_what_search_finds_on_every_sentence() -> None:
    gated = [(name, gate) for name, gate in _engine_gates() if isinstance(gate, Gated)]
    for text in _sentences():
        facts = read_sentence(text)
        for name, gate in gated:
            fast, full = gate.search_in(facts), gate.pattern.search(text)
            assert (fast and fast.span()) == (full and full.span()), (name, text)


def test_a_gate_built_after_a_sentences_bits_still_runs_its_pattern_on_it() -> None:
    text = "a wombat-early then a quokka-late"
    facts = read_sentence(text)
    assert facts.gates == sentence_gates(text)
    later = Gated(re.compile(r"quokka-late"))
    never = Trigger(re.compile(r"numbat-never"))
    assert facts.gates & later.bit and facts.gates & never.bit  # open: not known then
    found = later.search_in(facts)
    assert found is not None and found.group(0) == "quokka-late"
    assert not never.may_match(text)  # the call, made now, knows its words
    assert not sentence_gates(text) & never.bit  # and so do bits worked out now


def test_facts_made_without_bits_open_every_gate() -> None:
    facts = Facts(text="nothing about selling here")
    assert all(facts.gates & gate.bit for _, gate in _engine_gates())
    assert facts == Facts(text="nothing about selling here", gates=0)
