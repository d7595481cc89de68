"""Which language a policy is written in, with py3langid (BSD licence; its model ships
inside the package, nothing is downloaded). lingua-language-detector was compared: it
loads in half the time and memory, but it narrows the candidates by the rarest letters
in a text, so an English policy titled "Datenschutz für Müller & Söhne" or mentioning
a "Straße" came out German; py3langid weighs all the text.

The engines read English. A policy in another language is named ("German") so the
label can say why it was not graded. The guess is made on the policy's prose: markdown
markers, URLs and e-mail addresses are removed and at most `_SAMPLE_CHARS` characters
from across the text are used. A text too short to tell, or a guess below
`MIN_CONFIDENCE`, gives no language (and is read as usual).

Most policies are plainly English, and py3langid's byte-by-byte scoring is most of a
small policy's check (~2.5 ms), so plain English is told first by its function words
(`_plainly_english`, ~0.1 ms): every third of the sample must be long enough, rich in
words only English uses that often ("the", "your", "which") and all but free of other
languages' function words ("und", "les", "que"). Anything else, mixed text included,
goes to py3langid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

MIN_CONFIDENCE = 0.8
MIN_LETTERS = 40
ENGINE_LANGUAGES = frozenset({"en"})
_SAMPLE_CHARS = 6000
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[#*_>|`\[\]()]+")
# The same without e-mail addresses, for text with no "@": `\S+@\S+` is tried (and
# fails, scanning on to the end of the word) at every character of every word.
_NOISE_BUT_EMAIL = re.compile(r"https?://\S+|www\.\S+|[#*_>|`\[\]()]+")
# And without addresses either, for text with no "http" or "www." (most policies).
# (Spelled "[...][...]*", not "[...]+": a pattern that opens with a set lets the
# regex engine skip ahead to its characters; one that opens with a repeat is tried
# at every position.)
_MARKUP = re.compile(r"[#*_>|`\[\]()][#*_>|`\[\]()]*")

# English names of the languages py3langid can tell apart.
# fmt: off
LANGUAGE_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "an": "Aragonese", "ar": "Arabic", "ary": "Moroccan Arabic",
    "arz": "Egyptian Arabic", "as": "Assamese", "az": "Azerbaijani", "ba": "Bashkir",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fo": "Faroese", "fr": "French", "fy": "Frisian",
    "ga": "Irish", "gd": "Scottish Gaelic", "gl": "Galician", "gu": "Gujarati", "ha": "Hausa",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer",
    "kn": "Kannada", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin",
    "lb": "Luxembourgish", "lg": "Ganda", "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian",
    "lv": "Latvian", "mg": "Malagasy", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese", "ne": "Nepali",
    "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian", "oc": "Occitan", "om": "Oromo",
    "or": "Odia", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese",
    "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "rw": "Kinyarwanda", "sa": "Sanskrit",
    "se": "Northern Sami", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "te": "Telugu", "tg": "Tajik", "th": "Thai", "tk": "Turkmen", "tl": "Tagalog",
    "tr": "Turkish", "tt": "Tatar", "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "wa": "Walloon", "xh": "Xhosa", "yo": "Yoruba",
    "yue": "Cantonese", "wuu": "Wu Chinese", "zh": "Chinese", "zu": "Zulu",
}
# fmt: on


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639 code, e.g. "en"
    name: str  # English name, e.g. "English"
    confidence: float | None  # py3langid's; None when told by `_plainly_english`

    @property
    def readable(self) -> bool:
        """Whether the engines can read this language."""
        return self.code in ENGINE_LANGUAGES


def detect_language(text: str) -> LanguageGuess | None:
    """The language `text` is written in, or None when it cannot be told with
    confidence (too little prose, or no language clearly ahead)."""
    sample = _sample(text)
    if not _has_letters(sample, MIN_LETTERS):
        return None
    if _plainly_english(sample):
        return LanguageGuess(code="en", name="English", confidence=None)
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return None
    return LanguageGuess(
        code=code, name=LANGUAGE_NAMES.get(code, code), confidence=round(float(confidence), 3)
    )


# Words common in English prose and rare as words of other languages ("to" is Polish
# and Czech, "we" Dutch, "for" Danish, "do" Portuguese, "of" Dutch: all left out).
# fmt: off
_ENGLISH_WORDS = frozenset(
    [
        "the", "and", "you", "your", "our", "us", "with", "that", "this", "are", "be", "will",
        "from", "have", "not", "any", "may", "which", "it", "its", "if", "how", "such", "these",
        "other", "about", "can", "use", "what", "who", "when", "they", "their"
    ]
)
# Function words of other languages that English text hardly ever uses as words.
_OTHER_WORDS = frozenset(
    [
        "und", "der", "das", "ist", "nicht", "wir", "ihre", "werden", "oder", "les", "des",
        "est", "nous", "vous", "pour", "dans", "une", "avec", "los", "las", "del", "por",
        "para", "una", "sus", "que", "della", "che", "sono", "gli", "het", "een", "niet",
        "voor", "wij", "zijn", "não", "uma", "dos", "você", "nie", "się", "jest", "oraz", "och",
        "att", "det", "inte"
    ]
)
# fmt: on
_WORD = re.compile(r"\w+")
# Every ASCII character that `\w` does not match, as a space: on ASCII text the runs
# `_WORD` finds are then the words `str.split` gives, at a third of the cost.
_ASCII_NON_WORD_AS_SPACE = str.maketrans(
    {char: " " for char in map(chr, range(128)) if not _WORD.match(char)}
)
_MIN_WORDS_PER_PART = 30
_MIN_ENGLISH_SHARE = 0.12
_MAX_OTHER_SHARE = 0.01


def _plainly_english(sample: str) -> bool:
    """Whether each third of `sample` reads as English by its function words (see the
    module docstring); False means "ask py3langid", not "not English"."""
    third = len(sample) // 3
    for part in (sample[:third], sample[third : 2 * third], sample[2 * third :]):
        words = _words(part.lower())
        if len(words) < _MIN_WORDS_PER_PART:
            return False
        english = sum(map(_ENGLISH_WORDS.__contains__, words))
        other = sum(map(_OTHER_WORDS.__contains__, words))
        if english < _MIN_ENGLISH_SHARE * len(words) or other > _MAX_OTHER_SHARE * len(words):
            return False
    return True


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`."""
    if text.isascii():
        return text.translate(_ASCII_NON_WORD_AS_SPACE).split()
    return _WORD.findall(text)


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` has at least `count` letters (stops counting there: a policy's
    sample has thousands, and counting them all cost a tenth of a small label)."""
    letters = (character for character in text if character.isalpha())
    return next(islice(letters, count - 1, None), None) is not None


def _sample(text: str) -> str:
    """Up to `_SAMPLE_CHARS` of prose: three slices from the start, middle and end, so
    an English cookie banner does not decide for a German policy (or the reverse)."""
    cleaned = _without_noise(text)
    if len(cleaned) <= _SAMPLE_CHARS:
        return cleaned
    third = _SAMPLE_CHARS // 3
    middle = len(cleaned) // 2
    return " ".join(
        (cleaned[:third], cleaned[middle - third // 2 : middle + third // 2], cleaned[-third:])
    )


def _without_noise(text: str) -> str:
    """`_NOISE.sub(" ", text)`, with the e-mail alternative tried only on the runs of
    non-space characters that hold an "@" (a handful): no match of `_NOISE` crosses a
    space or looks beyond itself, so each run is cleaned alone, and a run without an
    "@" holds no address."""
    # Without "http" or "www." no address can match: markup is the only noise left.
    plain = _NOISE_BUT_EMAIL if "http" in text or "www." in text else _MARKUP
    parts: list[str] = []
    done = 0
    at = text.find("@")
    while at != -1:
        start, end = at, at + 1
        while start > done and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        parts += [plain.sub(" ", text[done:start]), _NOISE.sub(" ", text[start:end])]
        done = end
        at = text.find("@", end)
    parts.append(plain.sub(" ", text[done:]))
    return "".join(parts)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
