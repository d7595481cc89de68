"""Patterns rewritten for speed match exactly what their plain spelling matches.

A pattern of `grammar` such as `\\b(?:not|never|...)` makes the regex engine try every
position of a sentence; spelled so that each branch starts with a plain letter
(`n(?<!\\w\\w)(?:ot|...)`), the engine skips to the next possible first letter. The
rewritten spelling lives in `analysis` (grammar keeps the plain one, which the rules
version digests). The tests compare each rewritten pattern with its plain spelling over
tricky sentences and every seed and dev policy, masked and lower-cased as the engine
reads them: same spans.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.engines.rules import analysis
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import lower_ascii, mask_text
from summarizer.text.loading import load_policy

ROOT = Path(__file__).resolve().parents[3]

# Each rewritten pattern of `analysis` and the plain pattern of `grammar` it stands for.
REWRITTEN = {"_NEGATORS": gr.NEGATORS}

TRICKY = [
    "not, never, no, none, neither, nor, nothing; cannot without exception.",
    "notice nevermore noon nonetheless cannoli nor'easter knot annotate snot",
    "we don't, won’t or can't; don'tx isn't n't nt",
    "no",
    "n",
    "not",
    "without exceptional care, without  exception, withoutexception",
    "no_one 2not not2 _not not_ -not- (no) [never]",
    "avoid uploading; avoided sharing; to avoid fraud; avoid being tracked; xavoid using",
    "refrain from sharing; refrain from being; refrainfrom using; avoid  using",
    "",
]


def _texts() -> list[str]:
    raw = list(TRICKY)
    for folder in (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies"):
        raw += [load_policy(path).text for path in sorted(folder.glob("*.*"))]
    return [lower_ascii(mask_text(text)) for text in raw]


def test_the_plain_spelling_is_the_one_rewritten() -> None:
    assert gr.NEGATORS.pattern == (
        r"\b(?:not|never|no|none|neither|nor|nothing|cannot|without exception)\b|n['’]t\b"
        r"|\b(?:avoid|refrain from)(?= (?!being\b)\w+ing\b)"
    )


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_rewritten_pattern_matches_like_its_plain_spelling(name: str) -> None:
    fast, plain = getattr(analysis, name), REWRITTEN[name]
    texts = _texts()
    assert len(texts) > 30
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # from inside a sentence, as a reader searching part of one does
    for sentence in [*TRICKY, *(s for text in texts for s in text.split(". ")[::20])]:
        for pos in range(len(sentence)):
            found = [m.span() for m in fast.finditer(sentence, pos)]
            assert found == [m.span() for m in plain.finditer(sentence, pos)], (sentence, pos)
