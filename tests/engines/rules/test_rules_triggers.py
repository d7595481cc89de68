"""Trigger words: a reader is skipped only when its patterns provably cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.engines.rules import contacts, cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import RIGHT_ANY_RE, lower_ascii, mask_text
from summarizer.engines.rules.answers import _HELD_IN
from summarizer.engines.rules.matching import compile_any
from summarizer.engines.rules.sentences import split_chunk
from summarizer.engines.rules.triggers import Trigger, prefix_tree_regex, required_words

ROOT = Path(__file__).resolve().parents[3]


def test_required_words_are_the_alternatives_a_match_needs() -> None:
    assert required_words(re.compile(r"\b(?:sell|sold)\b")) == {"sell", "sold"}
    assert required_words(re.compile(r"\bstor(?:e|ed)?\b[^.]{0,80}\bin\b")) == {"stor"}


def test_a_set_of_plain_characters_extends_the_word_before_it() -> None:
    assert required_words(re.compile(r"n['’]t\b")) == {"n'", "n’"}
    assert required_words(re.compile(r"third[- ]part")) == {"third-", "third "}
    assert required_words(re.compile(r"x[^ab]")) == {"x"}  # a negated set: no characters
    assert required_words(re.compile(r"x[a-c]")) == {"x"}  # (nor a range)


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
        (cues.RETENTION_VERB,),
        (cues.RETENTION_PERIOD,),
        (cues.CHILD_CONTEXT,),
        (cues.CHANGE_STATEMENT,),
        (gr.NEGATORS,),
    ],
    ids=[
        "tracking",
        "contacts",
        "held-in",
        "rights",
        "retention-verb",
        "retention-period",
        "children",
        "changes",
        "negators",
    ],
)
def test_a_closed_gate_means_no_pattern_matches_on_real_policies(patterns: tuple) -> None:
    trigger = Trigger(*patterns)
    assert trigger.words, "the derivation found no trigger words"
    sentences = _policy_sentences()
    closed = [s for s in sentences if not trigger.may_match(s)]
    assert closed, "the gate never closes, so it saves nothing"
    for sentence in closed:
        assert not any(pattern.search(sentence) for pattern in patterns), sentence


def test_a_scoped_case_insensitive_group_gives_no_trigger_words() -> None:
    # "(?i:at)" matches "AT", so "at" must not be required: the gate would close on "AT Foo".
    pattern = re.compile(r"\b(?i:at) [A-Z]\w+")
    assert pattern.search("AT Foo")
    assert Trigger(pattern).may_match("AT Foo")
    assert "at" not in (required_words(pattern) or ())
    # Nor does such a group's start extend the literal run before it.
    assert required_words(re.compile(r"x(?i:at)")) == {"x"}
    assert required_words(re.compile(r"(?i:sell|sold)")) is None
    # A group that only turns the flag off is read as before.
    assert required_words(re.compile(r"(?-i:sell|sold)")) == {"sell", "sold"}


def _all_triggers() -> dict[str, Trigger]:
    """Every trigger the rules engine builds, by module and name."""
    import importlib
    import pkgutil

    import summarizer.engines.rules as rules

    found: dict[str, Trigger] = {}
    for info in pkgutil.iter_modules(rules.__path__):
        module = importlib.import_module(f"{rules.__name__}.{info.name}")
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else [value]
            for index, item in enumerate(values):
                item = item[-1] if isinstance(item, tuple) and item else item
                if isinstance(item, Trigger) and item.words:
                    found[f"{info.name}.{name}[{index}]"] = item
    return found


def _test_texts() -> list[str]:
    """The sentences of the seed and dev policies, and the texts under tests/data
    (the holdout files excepted), as written and lower-cased."""
    texts = _policy_sentences()
    data = ROOT / "tests" / "data"
    for path in sorted(data.rglob("*")):
        if path.is_file() and "holdout" not in path.name and "holdout" not in path.parent.name:
            text = path.read_text(encoding="utf-8")
            texts.extend(text.splitlines())
    return texts + [text.lower() for text in texts]


def _edge_cases(words: frozenset[str]) -> list[str]:
    """Each word whole, cut short, run into other words, hyphenated and in capitals."""
    cases = ["", " ", "-", "x"]
    for word in words:
        cases += [
            word,
            word[:-1],
            word[1:],
            f"x{word}y",
            f"-{word}-",
            f"({word}).",
            word.upper(),
            word.capitalize(),
            "-".join(word),
            word[: len(word) // 2] + "-" + word[len(word) // 2 :],
            word[: len(word) // 2] + " " + word[len(word) // 2 :],
            " ".join(sorted(words)).replace(word, word[:-1]),
        ]
    return cases


def test_the_prefix_tree_gate_accepts_exactly_the_texts_a_flat_alternation_does() -> None:
    triggers = _all_triggers()
    assert len(triggers) >= 15, sorted(triggers)
    texts = _test_texts()
    for name, trigger in triggers.items():
        flat = re.compile("|".join(re.escape(w) for w in sorted(trigger.words or ())))
        closed = 0
        for text in texts + _edge_cases(trigger.words or frozenset()):
            expected = flat.search(text) is not None
            assert trigger.may_match(text) == expected, (name, text)
            closed += not expected
        assert closed, f"{name}: no text closes the gate, so the test proves little"


def test_a_prefix_tree_regex_finds_any_word_wherever_it_occurs() -> None:
    regex = re.compile(prefix_tree_regex(["sell", "sold", "share", "s.a", "third-party", " ads"]))
    assert regex.pattern.startswith("(?:")  # shared beginnings, not a flat list
    for text in ["we sell", "resold", "shares", "s.a.", "third-party", "our ads"]:
        assert regex.search(text), text
    for text in ["se ll", "shar", "sxa", "third party", "third", "ads", "Sell"]:
        assert not regex.search(text), text
    assert re.compile(prefix_tree_regex(["in", "inform"])).pattern == "in"
