"""The gates share one pass over a text: each must still open exactly where its own
words occur, as the one regex per gate it replaced decided."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.rules.triggers import LONG_TEXT, Trigger, prefix_tree_regex


def _gate(*words: str) -> Trigger:
    return Trigger(re.compile("|".join(re.escape(word) for word in words)))


def _own_regex(trigger: Trigger) -> re.Pattern[str]:
    """The decision each gate made on its own before the shared pass."""
    return re.compile(prefix_tree_regex(trigger.words or ()))


TRICKY_GATES = [
    ("abc",),
    ("cde",),  # overlaps the end of "abc" in "abcde"
    ("resold",),
    ("sold", "sell"),  # inside "resold"
    (" ads",),  # a leading space
    ("ads",),
    ("inform", "informed"),  # one word inside another of the same gate
    ("in",),
    ("St", "Street"),  # case counts
    ("sale", "rent"),  # the same word in two gates
    ("sale", "sell"),
    ("😀", "\u00e9t\u00e9"),  # outside ASCII
]
TRICKY_TEXTS = [
    "",
    " ",
    "abcde",
    "abcd",
    "bcde",
    "ab cde",
    "resold",
    "resol d",
    "we sell",
    "our ads",
    "bads",
    "ads",
    " ad s",
    "information",
    "inform",
    "i n",
    "ST Mary",
    "1 Main St",
    "Street",
    "for sale",
    "sal e",
    "rental",
    "😀sold",
    "\u00e9t\u00e9",
    "\ud800abc",  # a lone surrogate, as a lenient decoder can leave
    "abcresoldinformSt😀 ads",
]


def test_gates_sharing_one_pass_decide_as_their_own_regex_on_tricky_texts() -> None:
    gates = [_gate(*words) for words in TRICKY_GATES]
    expected = {
        (g, t): _own_regex(gate).search(t) is not None
        for g, gate in enumerate(gates)
        for t in TRICKY_TEXTS
    }
    assert any(expected.values()) and not all(expected.values())
    # Every gate on one text in turn (the readers' order), then one gate on every text.
    for text in TRICKY_TEXTS:
        for g, gate in enumerate(gates):
            assert gate.may_match(text) == expected[g, text], (TRICKY_GATES[g], text)
    for g, gate in enumerate(gates):
        for text in TRICKY_TEXTS:
            assert gate.may_match(text) == expected[g, text], (TRICKY_GATES[g], text)


def test_overlapping_and_nested_words_each_open_their_gate() -> None:
    assert _gate("abc").may_match("abcde") and _gate("cde").may_match("abcde")
    assert _gate("resold").may_match("resold") and _gate("sold").may_match("resold")
    assert _gate(" ads").may_match("our ads") and _gate("ads").may_match("our ads")
    assert not _gate(" ads").may_match("ads")


def test_a_gate_built_after_a_text_was_read_sees_its_own_words_in_it() -> None:
    first = _gate("zebra-first")
    text = "a zebra-first then a yak-later"
    assert first.may_match(text)  # the pass over `text` is now kept
    later = _gate("yak-later")
    assert later.may_match(text)
    assert not later.may_match("a yak later")


WORD_POOL = ["ab", "abc", "bca", "ca", " a", "a ", "cab", "b c", "😀a", "\u00e9", "aa"]


@settings(max_examples=300, deadline=None)
@given(
    gates=st.lists(
        st.lists(st.sampled_from(WORD_POOL), min_size=1, max_size=3, unique=True),
        min_size=1,
        max_size=4,
    ),
    asks=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=3), st.text(alphabet="abc \u00e9😀", max_size=12)
        ),
        max_size=12,
    ),
)
def test_any_gates_asked_in_any_order_decide_as_their_own_regex(gates, asks) -> None:
    triggers = [_gate(*words) for words in gates]
    own = [_own_regex(trigger) for trigger in triggers]
    flats = [re.compile("|".join(re.escape(word) for word in words)) for words in gates]
    for index, text in asks:
        index %= len(triggers)
        opens = triggers[index].may_match(text)
        assert opens == (own[index].search(text) is not None)
        assert opens or not flats[index].search(text)  # never closed where a pattern matches


def _long(text: str, filler: str = "x") -> str:
    """`text` padded past `LONG_TEXT`, in the middle, with a filler of no gate's words."""
    half = LONG_TEXT // 2 + 1
    return filler * half + text + filler * half


def test_a_long_text_opens_each_gate_exactly_where_its_own_words_occur() -> None:
    """A long text (a whole policy or chunk) is searched for one gate's words directly,
    not by the shared pass: the answers must be the shared pass's."""
    gates = [_gate(*words) for words in TRICKY_GATES]
    texts = [_long(text) for text in TRICKY_TEXTS] + [_long(text, " ") for text in TRICKY_TEXTS]
    assert all(len(text) > LONG_TEXT for text in texts)
    opened = 0
    for text in texts:
        for g, gate in enumerate(gates):
            expected = _own_regex(gate).search(text) is not None
            assert gate.may_match(text) == expected, (TRICKY_GATES[g], text.strip("x "))
            opened += expected
    assert 0 < opened < len(texts) * len(gates)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORD_POOL), min_size=1, max_size=3, unique=True),
    pieces=st.lists(st.text(alphabet="abc \u00e9😀", max_size=12), max_size=6),
)
def test_a_long_and_a_short_text_decide_alike(words, pieces) -> None:
    gate = _gate(*words)
    filler = "z" * (LONG_TEXT // 3)
    text = filler.join(["", *pieces, ""]) if len(pieces) > 2 else filler * 4 + "".join(pieces)
    assert len(text) > LONG_TEXT
    assert gate.may_match(text) == (_own_regex(gate).search(text) is not None)
