"""Purposes in one sentence: what the service says it uses, collects or shares data for.

A purpose marker ("to", "for the purpose of") counts only when somebody other than
the user does something with data; under a lead such as "We use the information to:"
the list items are the purposes.
"""

from __future__ import annotations

import re

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import Actor, Facts, Term, actor_at, negated_at
from summarizer.engines.rules.practices import _denied_list_item, _lead_uses
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.triggers import Trigger
from summarizer.label.schema import Purpose, Recipient

_PURPOSES_AFTER = re.compile(r"\s+(?:and \w+ )?purposes?\b")
# Term keys (an enum's `.value` is a property: looked up once here, not per term)
_BUSINESS_TRANSFER = Purpose.business_transfer.value
_LEGAL = Purpose.legal.value


def read_purposes(r: Reading, out: Collector) -> list[Purpose]:
    """Purposes the sentence gives for using, collecting or sharing data."""
    facts = r.facts
    text = facts.text
    if _denied_list_item(r):
        return []  # "What we never do with your data: - use it for targeted advertising"
    sends = None
    if facts.gates & _MARKETING_TRIGGER.bit:
        sends = _SENDS_MARKETING.search(text)
        if sends is None and _JOINS_LIST.search(text):
            # "If you join our email list, we'll send you an email a month about rides and
            # sales": what a list the user joins brings is marketing, whatever it is about.
            sends = _WE_SEND.search(text)
    if (
        sends is not None
        and actor_at(facts, sends.start()) == Actor.first
        and not negated_at(facts, sends.start())
    ):
        # "We also send a short product newsletter once a month": the service markets.
        out.purpose(Purpose.marketing, r.quote(sends.start()))
    # "If we merge with another company, your information will be subject to its policy":
    # a corporate transaction that takes the user's data along states that purpose.
    deal = (
        bool(facts.purposes)
        and any(t.key == _BUSINESS_TRANSFER for t in facts.purposes)
        and bool(cues.USER_DATA_MENTION.search(text))
    )
    if not deal and facts.gates & _SOLD_TRIGGER.bit:
        sold = cues.SERVICE_SOLD.search(text)
        if (
            sold is not None
            and cues.USER_DATA_MENTION.search(text)
            and actor_at(facts, sold.start()) == Actor.first
        ):
            # "If Oakmont Press is bought, sold or merged, your information may be among
            # the assets transferred": the service itself, by name, is the one sold.
            out.purpose(Purpose.business_transfer, r.quote(sold.start()))
    if not facts.purposes:
        return []  # no purpose term: the rest finds purposes among the sentence's terms
    excepted = _excepted_legal(facts)
    if excepted is not None:
        # "we do not share it with anyone, except when the law requires it": the exception
        # states the legal purpose of a disclosure the sentence otherwise denies.
        out.purpose(Purpose.legal, r.quote(excepted))
    practice = [
        v
        for v in facts.verbs
        if v.kind in ("use", "share") and v.actor != Actor.user and not v.negated
    ]
    # A purpose marker counts when somebody other than the user does something with
    # data: "you can set your browser to notify you" states no purpose of the service.
    acting = practice or [
        v
        for v in facts.verbs
        if v.kind in ("collect", "cookie") and v.actor != Actor.user and not v.negated
    ]
    markers = facts.markers if acting else []
    by_context = ("use" in r.kinds and (r.sentence.list_item or not facts.verbs)) or (
        r.sentence.list_item and _lead_uses(r.lead)
    )
    legal_reason = bool(acting) and any(t.key == _LEGAL for t in facts.purposes)
    interest = gr.LEGITIMATE_INTEREST.search(text)
    # "... except in the following cases: - Where required by laws and regulations;"
    excepted_item = r.sentence.list_item and _lead_excepts(r.lead)
    if not (practice or markers or by_context or legal_reason or deal or interest or excepted_item):
        return [Purpose.legal] if excepted is not None else []
    found: list[Purpose] = []
    for term in facts.purposes:
        if _inside_recipient_shared_with(facts, term):
            continue  # "we disclose it to: advertising networks; analytics providers"
        eligible = (
            by_context
            or any(m < term.start for m in markers)
            or any(v.start <= term.start for v in practice)
            or bool(practice and _PURPOSES_AFTER.match(text, term.end))
            # "In the event of a merger, your data may be transferred": the occasion of a
            # transfer is its purpose wherever it stands in the sentence.
            or (
                term.key == _BUSINESS_TRANSFER
                and (
                    any(v.kind == "share" for v in practice)
                    or bool(cues.USER_DATA_MENTION.search(text))
                )
            )
            # "We keep these records for five years, because accounting rules require
            # it": a legal requirement given for keeping data is the legal purpose.
            or (term.key == _LEGAL and any(v.start < term.start for v in acting))
            or (interest is not None and term.start >= interest.end())
            or (excepted_item and term.key == _LEGAL)
        )
        if not eligible or negated_at(facts, term.start):
            continue
        purpose = Purpose(term.key)
        if (
            purpose == Purpose.security
            and cues.SECURITY_MEASURE.search(text)
            and not any(v.kind == "use" for v in practice)
        ):
            continue  # "measures to protect your data" describe security, not a use of data
        if purpose not in found:
            found.append(purpose)
            out.purpose(purpose, r.quote(term.start))
    return found


_SENDS_MARKETING = re.compile(
    r"\b(?:send|sends|sending|e-?mail|e-?mails|mail|mails|deliver|delivers)\s+(?:you\s+|users\s+|subscribers\s+|members\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:newsletters?|promotional|marketing|promotions|special offers|offers|product announcements)\b"
)


def _excepted_legal(facts: Facts) -> int | None:
    """Where a legal purpose stands in the exception of a denied disclosure."""
    for verb in facts.verbs:
        if verb.kind != "share" or not verb.negated:
            continue
        exception = gr.EXCEPTION_MARKERS.search(facts.text, verb.end)
        if exception is None:
            continue
        for term in facts.purposes:
            if term.key == _LEGAL and term.start >= exception.end():
                return term.start
    return None


_JOINS_LIST = re.compile(
    r"\b(?:join|joins|joined|sign up (?:for|to)|signs up (?:for|to)|subscribe to|subscribes to|get on) "
    r"(?:our|the|a) (?:e-?mail(?:ing)?|mailing|newsletter) list\b"
)
# Words one of which every match of _SENDS_MARKETING or _JOINS_LIST contains.
_MARKETING_TRIGGER = Trigger(_SENDS_MARKETING, _JOINS_LIST)
_SOLD_TRIGGER = Trigger(cues.SERVICE_SOLD)
_WE_SEND = re.compile(
    r"\bwe(?:'ll| will| may| might| would)? (?:\w+ )?(?:send|e-?mail|mail|write to)\b"
)
_NAMED_BY_RECIPIENT = frozenset(
    {
        Recipient.advertisers.value,
        Recipient.analytics_providers.value,
        Recipient.service_providers.value,
        Recipient.business_partners.value,
        Recipient.social_networks.value,
    }
)


def _inside_recipient_shared_with(facts: Facts, term: Term) -> bool:
    """A purpose word inside the name of a recipient data is disclosed to names the
    recipient, not a purpose ("we disclose ... to advertising networks")."""
    return any(
        t.key in _NAMED_BY_RECIPIENT and t.start <= term.start and term.end <= t.end
        for t in facts.recipients
    ) and any(v.kind == "share" and v.start < term.start and not v.negated for v in facts.verbs)


def _lead_excepts(lead: Facts | None) -> bool:
    """ "We will not provide your data to third parties except in the following cases:"."""
    if lead is None:
        return False
    denied = [v.end for v in lead.verbs if v.kind == "share" and v.negated]
    return bool(denied) and gr.EXCEPTION_MARKERS.search(lead.text, denied[0]) is not None
