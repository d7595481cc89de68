"""Whether a value an engine reports is backed by the words of its own evidence.

A finding's quote is grounded by `summarizer.text.grounding`; the values that ride
on it (a retention period, a security measure, a children's age threshold) must come
from that same quote too, or a model could put anything on the label beside a real
quote: "deleted immediately after 24 hours" beside "as long as your account is
active", "SOC 2 Type II audit" beside "We use encryption", 3 beside "children under
13". A value is backed when every word of it that carries meaning is a word of the
quote, compared after normalising both:

- case, curly quotes, dashes and markup as grounding normalises them;
- number words as digits ("thirty" and "30", "twenty-four" and "24");
- light inflection ("encryption", "encrypted", "encrypts" are one word; "days" is "day");
- a few function words ("for", "of", "the", ...) may be added or left out.

Negations ("not", "never", "no") carry meaning: a value may not add one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.grounding import normalise

_TOKEN = re.compile(r"[a-z]+|[0-9]+")
# Words a model may add to (or drop from) a value without changing what it says.
# fmt: off
FILLER_WORDS = frozenset({
    "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it",
    "its", "of", "on", "or", "our", "the", "their", "them", "to", "up", "upon", "us", "we",
    "with", "your", "all", "this", "that", "which", "such", "against", "also",
    "has", "have", "had", "was", "were", "been", "will", "would", "can", "may", "must",
    "shall", "should", "do", "does",
})
# fmt: on
_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ed", "ly")
MIN_STEM = 3
# Two stems are one word when one starts with the other but for at most this many
# letters, and they share at least `MIN_SHARED` ("store"/"stor(ed)", "secur(e)"/"secur(ity)").
MAX_EXTRA_LETTERS = 1
MIN_SHARED = 4


def words(text: str) -> list[str]:
    """The words of `text` as values are compared: normalised, number words as digits,
    each reduced to a rough stem."""
    tokens = _TOKEN.findall(normalise(text))
    if _TENS.keys().isdisjoint(tokens):
        return list(map(_word, tokens))  # each word on its own (no "twenty-four")
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _TENS:
            number = _TENS[token]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in _UNITS and 0 < _UNITS[following] < 10:
                number += _UNITS[following]
                index += 1
            out.append(str(number))
        else:
            out.append(_word(token))
        index += 1
    return out


@lru_cache(maxsize=8192)  # per word, not per quote: policies share most of their words
def _word(token: str) -> str:
    """A token (not a tens word) as `words` gives it: a number word or number as its
    digits, any other word as its stem."""
    if token in _UNITS:
        return str(_UNITS[token])
    if token.isdigit():
        return str(int(token))
    return _stem(token)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > MIN_STEM:
        return word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _same_word(one: str, other: str) -> bool:
    if one == other:
        return True
    if one.isdigit() or other.isdigit():
        return False
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= MIN_SHARED and longer.startswith(
        shorter[: len(shorter) - MAX_EXTRA_LETTERS]
    )


# The label's own words for what a policy describes in many ways: a value word (as a
# stem) is stated by a quote word starting with one of these. "Encryption" for "TLS",
# "access controls" for "access is restricted to authorized staff", "reasonable
# security measures" for "we take precautions to protect your data".
# fmt: off
STATED_BY: dict[str, tuple[str, ...]] = {
    "encrypt": ("encrypt", "ssl", "tls", "https", "cryptograph", "socket"),
    "secur": ("secur", "protect", "safeguard", "precaution"),
    "security": ("secur", "protect", "safeguard", "precaution"),
    "measure": ("measure", "safeguard", "step", "precaution", "practic", "procedur",
                "control", "protect", "effort", "technolog"),
    "safeguard": ("safeguard", "protect", "measure"),
    "reasonable": ("reasonabl", "precaution", "effort", "step", "measure", "protect",
                   "safeguard", "secur"),
    "appropriate": ("appropriat", "adequat", "suitabl"),
    "industry": ("industry", "standard", "accepted", "commercial"),
    "standard": ("standard", "accepted"),
    "control": ("control", "restrict", "limit", "authori", "password", "access"),
    "obligation": ("obligat", "agreement", "bound", "contract", "dut", "confidential"),
    "staff": ("employee", "staff", "personnel", "team", "worker", "contractor", "agent"),
    "authenticat": ("authenticat", "factor", "2fa", "mfa", "verif"),
    "factor": ("factor", "2fa", "mfa"),
    "detection": ("detect", "monitor", "prevent", "intrusion"),
    "compliance": ("complian", "complie", "certif", "pci"),
    "dss": ("dss", "pci"),
    "pci": ("pci",),
    "center": ("center", "centre", "facilit"),
    "storage": ("stor", "environment"),
    "processing": ("process", "payment"),
    "organizational": ("organi",),
    "organisational": ("organi",),
}
# fmt: on


def value_in_quote(value: str, quote: str) -> bool:
    """Whether every meaningful word of `value` is a word of `quote` (see the module
    docstring); a value with no meaningful word is not backed."""
    return value_in_words(value, quote_words(quote))


def quote_words(quote: str) -> set[str]:
    """The words of `quote` as `value_in_words` takes them (to check several values
    against one quote, normalising it once)."""
    return set(words(quote))


def value_in_words(value: str, available: set[str]) -> bool:
    """`value_in_quote(value, quote)` given `quote_words(quote)`."""
    content = [word for word in words(value) if word not in FILLER_WORDS]
    if not content:
        return False
    return all(_stated(word, available) for word in content)


def _stated(word: str, available: set[str]) -> bool:
    if word in available or any(_same_word(word, other) for other in available):
        return True
    stems = STATED_BY.get(word, ())
    return any(other.startswith(stems) for other in available) if stems else False


def number_in_quote(number: int, quote: str) -> bool:
    """Whether `quote` states `number`, in digits or in words ("13", "thirteen"),
    as a number of its own (3 is not in "13")."""
    return str(number) in words(quote)
