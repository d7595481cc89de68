"""Whether the service sells personal data (LABEL_SPEC `sells_personal_data`).

"We do not sell" is `no`, narrowed when limited to selling for money, to one kind of
buyer, one list or children's data; a refusal to disclose to any outsider ("we will
never share your information with anyone") also rules out selling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import (
    BUSINESS_TRANSFER_RE,
    Actor,
    Facts,
    actor_at,
    conditional_at,
    negated_at,
)
from summarizer.engines.rules.answer_common import _CLAUSE_END, _PERSONAL_DATA
from summarizer.engines.rules.practices import _denied_list_item
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.label.findings import Question

_DO_NOT_SELL_LINK = Gated(re.compile(r"\bdo not sell (?:or share )?my\b"))


# Cheap substring gates: a sentence without any of these words cannot answer.
_SELL_HINTS = re.compile(r"sell|sold|sale|rent|leas|trad|barter|exchange|monetary|fee")
# The same words as a trigger (a plain alternation gives exactly its words: test), looked
# for with every other gate's words.
_SELL_HINT_WORDS = Trigger(_SELL_HINTS)


def _sells(r: Reading, out: Collector) -> None:
    statement = sell_statement(r.facts)
    if statement is None:
        return
    value, pos, narrow = statement
    if value == "yes" and _denied_list_item(r):
        value = "no"  # "We will never: - sell your data to brokers"
    if value == "no" and narrow and r.profile.sale_admitted:
        return  # "we do not sell it for money" beside a sale in the CCPA sense
    out.answer(Question.sells_personal_data, value, r.quote(pos))


def sell_statement(facts: Facts) -> tuple[Literal["yes", "no"], int, bool] | None:
    """What a sentence says about selling personal data: the answer, where, and whether
    a "no" is narrow (limited to selling for money, to one kind of buyer, one list or
    children's data), or None when it says nothing about it."""
    text = facts.text
    if not facts.negators and not facts.gates & _SELL_HINT_WORDS.bit:
        return None
    if not facts.gates & _ANSWER_TRIGGER.bit:
        return None  # no refusal to disclose, no sale admission and no verb of selling
    if _about_links_or_deals(text):
        return None
    blanket = _sells_by_blanket_refusal(facts)
    if blanket is not None:
        return "no", blanket, False
    denied = cues.SELL_DENIED_AFTER.match(text)
    if denied is not None:
        return "no", 0, False  # "Selling your data is not something we do"
    admission = _SALE_ADMISSION.search(text)
    if (
        admission is not None
        and not negated_at(facts, admission.start())
        and not conditional_at(facts, admission.start())
    ):
        return "yes", admission.start(), False  # "... may be considered a 'sale' under the CCPA"
    for match, obj, following in _selling_data(text):
        if actor_at(facts, match.start()) in (Actor.user, Actor.third):
            continue
        negated = negated_at(facts, match.start())
        conditional = conditional_at(facts, match.start())
        if conditional:
            continue
        if not negated:
            return "yes", match.start(), False
        end = _CLAUSE_END.search(text, match.end())
        scope = text[match.end() : end.start() if end else len(text)]
        narrow = bool(
            cues.SELL_NARROW.search(scope)
            or cues.SELL_NARROW_OBJECT.match(following, obj.start())
            or cues.CHILD_CONTEXT.search(text)
        )
        return "no", match.start(), narrow
    return None


def may_admit_sale(text: str) -> bool:
    """False when `sell_statement` cannot answer "yes" for this sentence (masked and
    lower-cased), judged from its words alone: no admission that something counts as
    a sale and no verb of selling with personal data as its object. Cheaper than the
    `read_sentence` that `sell_statement` needs."""
    if _about_links_or_deals(text):
        return False
    return _SALE_ADMISSION.search(text) is not None or any(_selling_data(text))


def _selling_data(text: str) -> Iterator[tuple[re.Match[str], re.Match[str], str]]:
    """The verbs of selling whose words make them about personal data, in order: each
    verb, its object and the 90 characters after the verb (where the object is)."""
    for match in _SELL_VERB.finditer(text):
        following = text[match.end() : match.end() + 90]
        obj = cues.SELL_OBJECT.search(following)
        if obj is None:
            continue
        if cues.SELL_NOT_DATA.search(following[: obj.start()]):
            continue
        if _identifies_no_one(following, obj):
            continue  # "we may sell aggregated, de-identified data": no one's personal data
        if cues.SELL_OPT_OUT_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue  # "the right to opt out of the sale of your data" is no sale
        if _TAKEN_IN.match(text, match.end()) or cues.WHETHER_LIST_BEFORE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "servers rented from data centres"; "confirm whether we sell": no sale
        yield match, obj, following


# "We will never share / allow access to your information to anyone outside X": a
# refusal to disclose to any outsider also rules out selling.
_BLANKET_DISCLOSURE = re.compile(
    r"\b(?:shar(?:e|ed|ing)|disclos(?:e|ed|ing)|transfer(?:red)?|giv(?:e|en)|allow(?:ed)? (?:\w+ )?access|grant(?:ed)? (?:\w+ )?access|"
    r"provid(?:e|ed) (?:\w+ )?access|ma(?:k|d)e (?:\w+ ){0,3}available|releas(?:e|ed)|rent(?:ed)?|trad(?:e|ed)|distribut(?:e|ed)|pass(?:ed)? on)\b"
    r"[^.;]{0,100}?\b(?:anyone|anybody|any (?:third|other|outside|unaffiliated)|third[- ]part(?:y|ies)|outside (?:parties|companies|organi[sz]ations)|"
    r"outsi\w* (?!of\b)(?!(?:the )?(?:eea|eu|european|united|uk|us|u\.s|countr|region|jurisdiction|your (?:country|region|state)))\w+|"
    r"other (?:companies|organi[sz]ations|parties|businesses))",
)

_PERSONAL = re.compile(r"\b(?:personal|personally|pii)\b")
# Between a "de-identified" and the object, or after the object: another object, of
# someone ("anonymized statistics and your email address").
_ANOTHER_OBJECT = re.compile(r"\b(?:and|or|your|their)\b")
_YOURS = re.compile(r"\b(?:your|their)\b")


def _identifies_no_one(following: str, obj: re.Match[str]) -> bool:
    """Whether the object of a sale is data that identifies no one ("aggregated,
    de-identified data"), with no personal data named beside it."""
    modifiers = list(cues.SELL_NOT_PERSONAL.finditer(following, 0, obj.start()))
    if not modifiers or _PERSONAL.search(following, 0, obj.end()):
        return False
    return not (
        _ANOTHER_OBJECT.search(following, modifiers[-1].end(), obj.start())
        or _YOURS.search(following, obj.end())
    )


# The words one of the three patterns that can answer needs.
_ANSWER_TRIGGER = Trigger(_BLANKET_DISCLOSURE, cues.SALE_ADMISSION, cues.SELL_VERB)
# Each of them, and the checks before them, run only where their own words occur.
_BLANKET_DISCLOSURE_GATED = Gated(_BLANKET_DISCLOSURE)
_SALE_ADMISSION = Gated(cues.SALE_ADMISSION)
_SELL_VERB = Gated(cues.SELL_VERB)
_BUSINESS_TRANSFER_WORDS = Trigger(BUSINESS_TRANSFER_RE)


def _about_links_or_deals(text: str) -> bool:
    """A "Do Not Sell My Personal Information" link, or a corporate transaction: the
    sentence says nothing about selling personal data."""
    return _DO_NOT_SELL_LINK.search(text) is not None or (
        _BUSINESS_TRANSFER_WORDS.may_match(text) and BUSINESS_TRANSFER_RE.search(text) is not None
    )


_FOR_A_PURPOSE = re.compile(
    r"\bfor (?:their|its|any|the)? ?(?:own )?(?:direct )?(?:marketing|advertising|promotional|commercial)\b|\bfor (?:their|its) own\b"
    r"|\bto (?:market|advertise|send|contact)\b"
)


# Renting or buying in: "servers rented from data centres", "lists rented from brokers".
_TAKEN_IN = re.compile(
    r"\s+from\b|\s+(?:[\w-]+\s+){1,3}from\s+(?:(?:data|list)\s+)?(?:brokers?|providers?|vendors?|"
    r"suppliers?|third[- ]part(?:y|ies)|other companies|partners|firms|owners)\b",
    re.IGNORECASE,
)


def _sells_by_blanket_refusal(facts: Facts) -> int | None:
    """Where a refusal to disclose to any outsider stands, if the sentence has one."""
    text = facts.text
    for match in _BLANKET_DISCLOSURE_GATED.finditer(text):
        if not negated_at(facts, match.start()) or conditional_at(facts, match.start()):
            continue
        if gr.EXCEPTION_MARKERS.search(text, match.start()):
            continue
        if _FOR_A_PURPOSE.search(text, match.end()):
            continue  # "... with third parties for their marketing purposes": a narrower promise
        if actor_at(facts, match.start()) in (Actor.user, Actor.third):
            continue
        clause_start = max((b for b in facts.boundaries if b < match.start()), default=0)
        if not _PERSONAL_DATA.search(text, clause_start, match.end()):
            continue  # "your password is ... not shared with third parties"
        return match.start()
    return None
