"""`matching.expand` rewrites a fragment's spaces and apostrophes with one regex pass:
it must give exactly what the character-by-character reading it replaced gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules.matching import _expand_plain, expand, literal_first


def _reference(text: str) -> str:
    """The character-by-character reading (the former `_expand_plain`)."""
    out: list[str] = []
    in_class = escaped = optional_space = False
    for index, char in enumerate(text):
        if optional_space:
            optional_space = False
            continue
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append("'’" if char == "'" else char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == "'":
            out.append("['’]")
        elif char == " " and text[index + 1 : index + 2] == "?":
            out.append(r"\s*")
            optional_space = True
        elif char == " ":
            out.append(r"\s+")
        else:
            out.append(char)
    return "".join(out)


def _fragments() -> list[str]:
    tables = [lx.CATEGORY_TERMS, lx.RECIPIENT_TERMS, lx.PURPOSE_TERMS, lx.RIGHT_TERMS]
    tables += [gr.VERB_TERMS, gr.ACTOR_TERMS, gr.HEADING_KINDS, lx.SOURCE_CUES]
    found = [f for table in tables for fragments in table.values() for f in fragments]
    return found + [variant for f in found for variant in literal_first(f)]


def test_every_phrase_of_the_vocabulary_expands_as_before() -> None:
    fragments = _fragments()
    assert len(fragments) > 1000
    for fragment in fragments:
        assert _expand_plain(fragment) == _reference(fragment), fragment


def test_tricky_pieces_expand_as_before() -> None:
    tricky = [
        "",
        " ",
        " ?",
        "a ?b",
        "[' ]",
        "[]' ]x'",
        "\\",
        "a\\",
        "\\ '",
        "[\\]' ]'",
        "[ab",
        "x ??",
    ]
    for text in tricky:
        assert _expand_plain(text) == _reference(text), text
    assert expand("user ?names?") == r"user\s*names?"
    assert expand("(?<!don't )share") == "(?<!don['’]t )share"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab '?[]\\()|-’^", max_size=16))
def test_any_text_of_regex_syntax_expands_as_before(text: str) -> None:
    assert _expand_plain(text) == _reference(text)
