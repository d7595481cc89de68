"""Which language a policy is written in, with lingua-language-detector (Apache-2.0; its
models ship inside the package, nothing is downloaded), in its low-accuracy mode, which
lingua recommends for texts longer than a sentence or two (a policy sample is): it
loads in one to two seconds and about 45 MB here, where the high-accuracy mode took
40 s and 900 MB to tell a German text and py3langid twice the time and memory.

The engines read English. A policy in another language is named ("German") so the
label can say why it was not graded. The guess is made on the policy's prose: markdown
markers, URLs and e-mail addresses are removed and at most `_SAMPLE_CHARS` characters
from across the text are used. A text too short to tell, or a guess below
`MIN_CONFIDENCE`, gives no language (and is read as usual).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MIN_CONFIDENCE = 0.8
MIN_LETTERS = 40
ENGINE_LANGUAGES = frozenset({"en"})
_SAMPLE_CHARS = 3000
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[#*_>|`\[\]()]+")


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639 code, e.g. "en"
    name: str  # English name, e.g. "English"
    confidence: float

    @property
    def readable(self) -> bool:
        """Whether the engines can read this language."""
        return self.code in ENGINE_LANGUAGES


def detect_language(text: str) -> LanguageGuess | None:
    """The language `text` is written in, or None when it cannot be told with
    confidence (too little prose, or no language clearly ahead)."""
    sample = _sample(text)
    if sum(character.isalpha() for character in sample) < MIN_LETTERS:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    language, confidence = values[0].language, values[0].value
    return LanguageGuess(
        code=language.iso_code_639_1.name.lower(),
        name=language.name.replace("_", " ").title(),
        confidence=round(float(confidence), 3),
    )


def _sample(text: str) -> str:
    """Up to `_SAMPLE_CHARS` of prose: three slices from the start, middle and end, so
    an English cookie banner does not decide for a German policy (or the reverse)."""
    cleaned = _NOISE.sub(" ", text)
    if len(cleaned) <= _SAMPLE_CHARS:
        return cleaned
    third = _SAMPLE_CHARS // 3
    middle = len(cleaned) // 2
    return " ".join(
        (cleaned[:third], cleaned[middle - third // 2 : middle + third // 2], cleaned[-third:])
    )


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
