"""Phrases rewritten to start with a plain character match exactly like the phrase.

`compile_terms` rewrites each phrase to start with a plain character (leading groups
distributed, optional and repeated ones included: `(?:unique |persistent )+ids`
becomes `unique (?:unique |persistent )*ids` and `persistent (?:...)*ids`; a leading
look-behind moves behind the first character). The tests compare each rewritten
phrase with the phrase over every text the project holds (seeds, dev set, phenomena,
holdout, probes, a generated corpus) and tricky sentences: same spans. So does each
table compiled with its look-behinds moved behind the letters of their branch, and
without: same spans, same keys; and a table's lean copy (without the phrases that
start with a class of letters) matches like the table wherever those cannot match.
So does each table compiled as it is (no group on the phrases of its largest key, a
phrase at the root that starts with `\\b` or a group of alternatives rewritten in
place to start with a letter) and compiled plainly (a group on every phrase, root
phrases as written), on the texts above and on generated word salads of the tables'
own words.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules import matching
from summarizer.engines.rules.analysis import lower_ascii, mask_text
from summarizer.engines.rules.matching import (
    TermPattern,
    compile_any,
    compile_terms,
    expand,
    literal_first,
    lookbehinds_after_letters,
)
from summarizer.text.loading import load_policy

ROOT = Path(__file__).resolve().parents[3]

TABLES = {
    "CATEGORY_RE": lx.CATEGORY_TERMS,
    "RECIPIENT_RE": lx.RECIPIENT_TERMS,
    "PURPOSE_RE": lx.PURPOSE_TERMS,
    "VERB_RE": gr.VERB_TERMS,
    "ACTOR_RE": gr.ACTOR_TERMS,
}

TRICKY = [
    "we keep unique persistent device identifiers and other similar identifiers.",
    "unique identifier; persistent  mobile identifiers; personal identifiers",
    "such data may also typically include your name. information can include it.",
    "the data includes; data will generally consist of logs; data comprises",
    "metadata includes it",  # the look-behind needs the whole word "data "
    "use it; the use of it; its uses; by using; fair use; ages of users; under age",
    "of use, the usage, your user's uses, continuing to use, while using, when used",
    "users' use; the user’s use; our employees employ; the app stores store data",
    "if acme inc is sold, or beta llc and gamma are acquired, data passes to the buyer",
    "",
]


def _fragments() -> list[str]:
    """Every phrase that `literal_first` rewrites."""
    tables = [*TABLES.values(), lx.RIGHT_TERMS, gr.HEADING_KINDS, lx.SOURCE_CUES]
    return sorted(
        {
            fragment
            for table in tables
            for fragments in table.values()
            for fragment in fragments
            if literal_first(fragment) != [fragment]
        }
    )


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def _texts() -> list[str]:
    raw: list[str] = []
    for folder in (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies"):
        raw += [load_policy(path).text for path in sorted(folder.glob("*.*"))]
    data = ROOT / "tests" / "data"
    for path in [*data.glob("phenomena*/*.jsonl"), *data.glob("rules_probe*.jsonl")]:
        raw += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import generate_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    raw += [text for _, text in generate_corpus(20, seed=1)]
    return [lower_ascii(mask_text(text)) for text in raw] + TRICKY


@pytest.fixture(scope="module")
def text() -> str:
    return "\n".join(_texts())


def test_rewritten_phrases_match_like_the_phrase(text: str) -> None:
    fragments = _fragments()
    assert len(fragments) > 100
    for fragment in fragments:
        variants = "|".join(expand(variant) for variant in literal_first(fragment))
        expected = _spans(rf"\b(?:{expand(fragment)})\b", text)
        assert _spans(rf"\b(?:{variants})\b", text) == expected, fragment


def test_repeated_leading_groups_are_distributed() -> None:
    assert literal_first(r"(?:unique |persistent )+ids") == [
        "unique (?:unique |persistent )*ids",
        "persistent (?:unique |persistent )*ids",
    ]
    assert literal_first(r"(?<=data )(?:may |can )*has") == [
        "m(?<=data m)ay (?:may |can )*has",
        "c(?<=data c)an (?:may |can )*has",
        "h(?<=data h)as",
    ]
    for lazy_or_counted in (r"(?:a|b)*?c", r"(?:a|b)+?c", r"(?:a|b){2}c", r"(?:a|b)??c"):
        assert literal_first(lazy_or_counted) == [lazy_or_counted]


def test_lookbehinds_move_behind_the_letters_of_their_branch() -> None:
    assert lookbehinds_after_letters(r"(?<!of u)(?<!the u)s(?:e|es)") == (
        r"s(?<!of us)(?<!the us)(?:e|es)"
    )
    assert lookbehinds_after_letters(r"(?<!a )bc?d") == r"b(?<!a b)c?d"
    for unchanged in (r"(?<!a )b?c", r"(?<=, e)-?mail", r"(?<!x)(?:a|b)", r"(?<!ab|cd)e", "abc"):
        assert lookbehinds_after_letters(unchanged) == unchanged


@pytest.mark.parametrize("name", sorted(TABLES))
def test_tables_match_alike_with_lookbehinds_moved(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = compile_terms(TABLES[name])
    monkeypatch.setattr(matching, "lookbehinds_after_letters", lambda regex: regex)
    unmoved = compile_terms(TABLES[name])
    assert moved.regex.pattern != unmoved.regex.pattern or name == "ACTOR_RE"
    for line in [*text.split("\n"), text]:
        expected = [(m.span(), unmoved.key(m)) for m in unmoved.finditer(line)]
        assert [(m.span(), moved.key(m)) for m in moved.finditer(line)] == expected


ONE_KEY_TABLES = {
    "RIGHT_ANY_RE": {"any": [f for fragments in lx.RIGHT_TERMS.values() for f in fragments]},
    "LEGAL_COMPULSION_RE": {"any": lx.LEGAL_COMPULSION},
    **{f"HEADING_RES[{kind}]": {"any": f} for kind, f in gr.HEADING_KINDS.items()},
}
ALL_TABLES = {**TABLES, **ONE_KEY_TABLES}


def _plain(table: dict, monkeypatch: pytest.MonkeyPatch) -> TermPattern:
    """The table compiled with a group on every phrase and its root phrases as written."""
    with monkeypatch.context() as patch:
        patch.setattr(matching, "_ungrouped_key", lambda keys: None)
        patch.setattr(
            matching._Trie,
            "_root_branches",
            lambda self, index, rest: [lookbehinds_after_letters(rest) + self._leaf(index)],
        )
        return compile_terms(table)


def _found(pattern: TermPattern, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), pattern.key(m)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_tables_match_alike_compiled_plainly(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = ALL_TABLES[name]
    plain = _plain(table, monkeypatch)
    compiled = compile_terms(table)
    assert compiled.regex.groups < plain.regex.groups
    for line in [*text.split("\n"), text]:
        assert _found(compiled, line) == _found(plain, line)


def _table_words() -> list[str]:
    """The words of every table's phrases, and the words before their look-behinds."""
    words: set[str] = set()
    for table in ALL_TABLES.values():
        for fragments in table.values():
            for fragment in fragments:
                words.update(re.findall(r"[a-z][a-z'-]*", fragment))
    return sorted(words)


_SEPARATORS = st.sampled_from(
    [" ", " ", " ", "  ", ", ", ". ", "; ", " (", ") ", "-", "'", "’", "\u2009", "/"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_table_words()), _SEPARATORS), min_size=1, max_size=14))
def test_tables_match_alike_compiled_plainly_on_word_salads(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + separator for word, separator in words)
    for pattern, plain in _PAIRS:
        assert _found(pattern, text) == _found(plain, text)
        assert _found(pattern, text[1:]) == _found(plain, text[1:])


def _pairs() -> list[tuple[TermPattern, TermPattern]]:
    patch = pytest.MonkeyPatch()
    try:
        return [(compile_terms(t), _plain(t, patch)) for t in ALL_TABLES.values()]
    finally:
        patch.undo()


_PAIRS = _pairs()


def test_one_key_tables_have_no_groups() -> None:
    assert compile_any(["data", "personal (?:data|information)"]).regex.groups == 0
    table = compile_terms({"first": ["a", "b", "c"], "second": ["d"]})
    assert table.regex.groups == 1
    for text, key in (("a", "first"), ("c", "first"), ("d", "second")):
        match = table.search(text)
        assert match is not None and table.key(match) == key


def test_root_phrases_start_with_their_letter() -> None:
    assert compile_any([r"\bobject to", "news and tips|tips and tricks"]).regex.pattern == (
        r"\b(?:(?:news\s+and\s+tips\b|tips\s+and\s+tricks\b|object\s+to\b))"
    )
    table = compile_terms({"a": ["x", "y"], "b": ["news and tips|tips and tricks"]})
    for text in ("news and tips", "tips and tricks"):
        match = table.search(text)
        assert match is not None and table.key(match) == "b" and match.group(0) == text
