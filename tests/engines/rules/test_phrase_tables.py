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
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules import matching
from summarizer.engines.rules.analysis import lower_ascii, mask_text
from summarizer.engines.rules.matching import (
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
