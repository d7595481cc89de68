"""Security measures a sentence describes (LABEL_SPEC `security_measures_described`),
with the short names the label shows for them.
"""

from __future__ import annotations

import re

from summarizer.engines.rules import cues
from summarizer.engines.rules.analysis import Actor, lower_ascii, negated_at
from summarizer.engines.rules.answer_common import _actor
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.label.findings import Question
from summarizer.label.vocabulary import join_words

# Cheap substring gates: a sentence without any of these words cannot answer. A trigger
# built from a plain alternation of words has exactly those words (test), so it is
# looked for with every other gate's words.
_SECURITY_WORDS = (
    "secur|protect|safeguard|encrypt|ssl|tls|https|firewall|precaution|measure|"
    "access|password|hash|pseudonym|pci|confidential|factor|2fa|intrusion|socket|locked"
)
_SECURITY_HINTS = Trigger(re.compile(_SECURITY_WORDS))
# The reader answers only with a SECURITY_MEASURE match: a sentence with none of its
# words (half of those with a hint: "access", "protect" ...) is not searched; nor is
# the disclaimer looked for where its words are absent.
_MEASURE_WORDS = Trigger(cues.SECURITY_MEASURE)
_DISCLAIMER = Gated(cues.SECURITY_DISCLAIMER)


# "... only where appropriate safeguards are in place" (transfers) is not data security.
_TRANSFER_SAFEGUARDS = re.compile(r"^(?:(?:appropriate|adequate|suitable) )?safeguards$")


def _security(r: Reading, out: Collector) -> None:
    facts = r.facts
    text = facts.text
    if not (facts.gates & _SECURITY_HINTS.bit and facts.gates & _MEASURE_WORDS.bit):
        return
    # "... but no method of transmission is 100% secure": only what comes before counts.
    disclaimer = _DISCLAIMER.search_in(facts)
    stop = disclaimer.start() if disclaimer else len(text)
    named: list[str] = []
    generic: list[str] = []
    anchor = None
    for match in cues.SECURITY_MEASURE.finditer(text, 0, stop):
        actor = _actor(r, match.start())
        if negated_at(r.facts, match.start()) or actor == Actor.user:
            continue
        if actor == Actor.third and not _our_provider(r, match.start()):
            continue
        if _TRANSFER_SAFEGUARDS.match(match.group(0)) and cues.TRANSFER_ABROAD.search(text):
            continue
        if match.group(0).startswith("hash") and cues.SECURITY_HASHED_SHARING.search(text):
            continue
        name = security_measure_name(match.group(0), text)
        if name is None:
            generic.append(_generic_name(match.group(0)))
        elif name not in named:
            named.append(name)
        anchor = match.start() if anchor is None else anchor
    if anchor is not None:
        # A generic phrase only when the sentence names nothing more specific; of several,
        # the one that keeps the policy's own adjective ("industry-standard").
        own_adjective = [g for g in generic if g != cues.SECURITY_GENERIC]
        names = named or (own_adjective or generic)[:1]
        detail = "; ".join(names)
        out.answer(Question.security_measures_described, "yes", r.quote(anchor), detail)


def _our_provider(r: Reading, at: int) -> bool:
    """Whether the party acting before `at` is the service's own provider ("our payment
    processor is certified to PCI DSS"): its safeguards protect the service's users."""
    before = [start for start, _, _ in r.facts.actors if start < at]
    return bool(before) and r.facts.text.endswith("our ", 0, before[-1])


# Each kind's word, whole, compiled once (and looked for as a substring first).
_KIND_WORDS = tuple((word, re.compile(rf"\b{word}\b"), kind) for word, kind in cues.SECURITY_KINDS)


def security_measure_name(words: str, sentence: str = "") -> str | None:
    """The short phrase for a measure SECURITY_MEASURE found, or None when it names none.

    "TLS" -> "encryption"; "physical, electronic, and procedural safeguards" ->
    "procedural, electronic and physical safeguards"; "reasonable measures",
    "safeguarding", "protect your information from" -> None (generic). `sentence`
    says whose confidentiality obligations they are ("our staff are bound by ...").
    """
    words = lower_ascii(words)
    kinds: list[str] = []
    for word, pattern, kind in _KIND_WORDS:
        if word in words and pattern.search(words) and kind not in kinds:
            kinds.append(kind)
    if kinds:
        noun = "safeguards" if cues.SECURITY_KIND_NOUN_SAFEGUARDS.search(words) else "measures"
        return f"{join_words(kinds)} {noun}"
    for pattern, name in cues.SECURITY_NAMES:
        if pattern.search(words):
            if name == "confidentiality obligations" and cues.SECURITY_STAFF.search(
                lower_ascii(sentence)
            ):
                return "staff confidentiality obligations"
            return name
    return None


def _generic_name(words: str) -> str:
    words = lower_ascii(words)
    for pattern, name in cues.SECURITY_GENERIC_NAMES:
        if pattern.search(words):
            return name
    return cues.SECURITY_GENERIC
