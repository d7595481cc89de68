"""Phrase-table gates (`PhraseTrigger`): each phrase of a table requires a word of each
of a few word sets, and a table's scan is skipped only where no phrase has all of its
sets: the gate must be open wherever the table matches, on real sentences and on texts
made of the phrases' own words, and the shared pass must decide as a plain reading of
the requirement does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rules_helpers import evaluation_sentences

from summarizer.engines.rules import rights
from summarizer.engines.rules.analysis import (
    _PURPOSE_GATE,
    _RECIPIENT_GATE,
    PURPOSE_RE,
    RECIPIENT_RE,
    RIGHT_ANY_RE,
    read_sentence,
)
from summarizer.engines.rules.matching import TermPattern, compile_any, expand
from summarizer.engines.rules.triggers import (
    _PLAIN_PHRASE,
    LONG_TEXT,
    PhraseTrigger,
    Trigger,
    _phrase_word_sets,
    _required_sets,
    _sre,
    phrase_requirement,
    sentence_gates,
)

TABLES: list[tuple[str, TermPattern, PhraseTrigger]] = [
    ("recipients", RECIPIENT_RE, _RECIPIENT_GATE),
    ("purposes", PURPOSE_RE, _PURPOSE_GATE),
    ("rights", RIGHT_ANY_RE, rights._ANY_RIGHT_WORDS),
]


def _plainly_open(requirement: tuple, text: str) -> bool:
    """The requirement read directly: some phrase has a word of each of its sets."""
    return any(all(any(word in text for word in words) for words in sets) for sets in requirement)


def test_a_phrase_needs_a_word_of_each_of_its_sets() -> None:
    gate = PhraseTrigger(compile_any(["google analytics", "adobe (?:analytics|target)"]))
    assert gate.may_match("we use google analytics.")
    assert gate.may_match("adobe target and more")
    assert not gate.may_match("we use google fonts")
    assert not gate.may_match("analytics from others")
    assert not gate.may_match("adobe photoshop")
    # Words found anywhere open it: the gate may open where the phrase does not match.
    assert gate.may_match("analytics by google")


def test_short_words_are_required_only_when_nothing_longer_is() -> None:
    ((sets,),) = [phrase_requirement(compile_any(["ad networks? of the partners"]))]
    assert all(min(map(len, words)) >= 3 for words in sets)
    assert len(sets) <= 3
    assert phrase_requirement(compile_any(["a"])) == ((frozenset({"a"}),),)


def test_a_set_another_set_implies_is_left_out() -> None:
    # "s(?:ell|old)": "sell"/"sold" contain "ell"/"old", which would add nothing.
    ((sets,),) = [phrase_requirement(compile_any(["sell|sold"]))]
    assert sets == (frozenset({"sell", "sold"}),)


def test_a_phrase_that_can_match_without_fixed_text_leaves_the_gate_open() -> None:
    gate = PhraseTrigger(compile_any(["cookies", r"\w+ partners?|\d+"]))
    assert gate.alternatives is None
    assert gate.bit == -1 and gate.may_match("")


def test_the_gate_is_open_wherever_its_table_matches_on_real_sentences() -> None:
    for name, table, gate in TABLES:
        closed = 0
        for text in evaluation_sentences():
            opens = gate.may_match(text)
            assert bool(sentence_gates(text) & gate.bit) == opens, (name, text)
            if not opens:
                closed += 1
                assert table.search(text) is None, (name, text)
        assert closed, f"{name}: the gate never closes, so it saves nothing"


def test_read_sentence_finds_the_same_terms_as_an_unguarded_scan() -> None:
    for text in evaluation_sentences():
        facts = read_sentence(text)
        recipients = [(RECIPIENT_RE.key(m), *m.span()) for m in RECIPIENT_RE.finditer(text)]
        assert [tuple(t) for t in facts.recipients] == recipients, text
        if not _PURPOSE_GATE.may_match(text):
            assert facts.purposes == [] and PURPOSE_RE.search(text) is None, text


def _vocabulary() -> list[str]:
    words = {
        word
        for _, _, gate in TABLES
        for sets in gate.alternatives or ()
        for words in sets
        for word in words
    }
    return sorted(words)


VOCABULARY = _vocabulary()
PIECES = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from([" ", "  ", "-", "'", "’", ",", ".", "s", "ing", "your", "the", "to"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=14))
def test_texts_of_the_phrases_own_words_open_the_gate_wherever_a_phrase_matches(
    pieces: list[str],
) -> None:
    for glue in (" ", ""):
        text = glue.join(pieces)
        gates = sentence_gates(text)
        for name, table, gate in TABLES:
            opens = gate.may_match(text)
            assert bool(gates & gate.bit) == opens == _plainly_open(gate.alternatives, text)
            if table.search(text) is not None:
                assert opens, (name, text)


WORDS = ["ab", "abc", "bca", "ca", " a", "cab", "b c", "😀a", "\u00e9", "aa", "zz"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.sampled_from([*WORDS, "x", " ", "b"]), max_size=8),
)
def test_the_shared_pass_decides_as_the_requirement_read_directly(
    phrases: list[list[list[str]]], pieces: list[str]
) -> None:
    # Each phrase a sequence of groups of alternatives: "(?:ab|ca) (?:zz)".
    table = compile_any(
        [
            " ".join("(?:" + "|".join(map(re.escape, group)) + ")" for group in phrase)
            for phrase in phrases
        ]
    )
    gate = PhraseTrigger(table)
    plain = Trigger(re.compile("zz-unrelated"))  # gates registered around it keep their bits
    text = "".join(pieces)
    assert gate.alternatives is not None
    expected = _plainly_open(gate.alternatives, text)
    assert gate.may_match(text) == expected
    assert bool(sentence_gates(text) & gate.bit) == expected
    padded = "x" * LONG_TEXT + text  # a long text is tested word by word, not by the pass
    assert gate.may_match(padded) == _plainly_open(gate.alternatives, padded)
    assert plain.may_match(text) == ("zz-unrelated" in text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab9-", min_size=1, max_size=5), min_size=1, max_size=4))
def test_a_phrase_of_plain_words_is_read_as_its_syntax_tree_gives_it(words: list[str]) -> None:
    phrase = expand(" ".join(words))
    assert _PLAIN_PHRASE.fullmatch(phrase)
    assert _phrase_word_sets(phrase) == _required_sets(_sre.parse(phrase))


def test_every_plain_phrase_of_the_tables_is_read_as_its_syntax_tree_gives_it() -> None:
    plain = 0
    for _, table, _ in TABLES:
        for phrase in table.phrases:
            expected = _required_sets(_sre.parse(phrase))
            assert _phrase_word_sets(phrase) == expected, phrase
            plain += bool(_PLAIN_PHRASE.fullmatch(phrase))
    assert plain > 100  # (the short cut is taken)
