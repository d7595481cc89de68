"""Data practices in one sentence: what is collected, for which purposes, shared with whom.

Three readers answer one question each (`purposes`, `collection`, `sharing`); this
module holds what they all rely on: whether a verb states a practice of the service
(not the user's own doing, not data coming in), whether a sentence only defines a
word, whether a list lead introduces purposes, and whether a purpose marker stands
between a verb and a term.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import (
    Actor,
    Facts,
    Verb,
    lower_ascii,
    mask_text,
    read_sentence,
)
from summarizer.engines.rules.reading import Reading, once_per_lead

_SHOWING_VERB = (
    "display", "publish", "visible", "viewable", "read", "seen", "viewed", "accessed",
    "accessible", "available",
)  # fmt: skip
_USE_LEAD_END = re.compile(
    r"\b(?:to|for|purposes?(?: such as| including)?|in order to|so that we can)\W*$"
)
# "you (may) (choose to) provide": the user is the subject, a few words before the verb.
_USER_SUBJECT = re.compile(
    r"\b(?:you|users?|visitors?|members?|customers?)(?:\s+(?:\w+|\w+'\w+)){0,3}\s+$"
)


def _is_practice(verb: Verb, text: str) -> bool:
    start = max(0, verb.start - 40)
    # WHETHER_BEFORE ignores case, but only "whether" in some case can match its word
    # (test), so a window without it lower-cased is not searched.
    if "whether" in text[start : verb.start].lower() and cues.WHETHER_BEFORE.search(
        text, start, verb.start
    ):
        return False  # "ask us to confirm whether we collect ...": a question, not a practice
    after = text[verb.end : verb.end + 12]
    if verb.kind == "collect" and verb.actor == Actor.user:
        # "you give us your e-mail address"; "you can log your period and symptoms" (in
        # the service: the user records it there)
        return _is_receipt(verb, text) or bool(_USER_LOGS.match(text, verb.start))
    if verb.kind == "provide" and verb.actor == Actor.first:
        return text.startswith("upload", verb.start)  # "we upload your address book"
    if verb.kind == "provide":
        if after.startswith((" you ", " users ")):
            return False  # "providing you with content": the service provides, nobody collects
        if verb.actor == Actor.third or (
            verb.actor == Actor.user
            and _USER_SUBJECT.search(text[max(0, verb.start - 45) : verb.start])
        ):
            return True
        return after.startswith((" by you", " to us", " us "))
    if verb.kind == "share" and text[verb.start : verb.end].lower().startswith(
        (*_SHOWING_VERB, "is ", "are ", "be", "made")
    ):
        return True
    return verb.actor != Actor.user


_USER_LOGS = re.compile(
    r"(?:log|logs|logged|logging|record|records|recorded|recording)\b(?! (?:in|on|out|off|into)\b)"
)


def _is_receipt(verb: Verb, text: str) -> bool:
    """ "X sends us / provides us with": data coming in, not going out."""
    return verb.kind == "collect" and bool(re.search(r"\bus\b", text[verb.start : verb.end + 6]))


def _purpose_between(facts: Facts, start: int, end: int) -> bool:
    return any(start <= m < end for m in facts.markers)


@once_per_lead
def _lead_uses(lead: Facts) -> bool:
    """ "We use the information we collect to:" introduces purposes, not data."""
    if _USE_LEAD_END.search(lead.text):
        return True
    uses = [v.start for v in lead.verbs if v.kind == "use" and not v.negated]
    collects = [v.start for v in lead.verbs if v.kind in ("collect", "provide")]
    return bool(uses) and (not collects or min(uses) < min(collects))


def _denied_list_item(r: Reading) -> bool:
    """A list item under "What we never do with your data:" (a lead or a short heading)."""
    if not r.sentence.list_item:
        return False
    if r.lead is not None:
        return _lead_negated(r.lead)
    if not r.sentence.headings:
        return False
    return _heading_denies(r.sentence.headings[-1])


@lru_cache(maxsize=1024)  # headings: a small set, read again for each of their items
def _heading_denies(heading: str) -> bool:
    """Whether a heading denies the list under it ("What we never do with your data")."""
    return _lead_negated(read_sentence(lower_ascii(mask_text(heading))))


@once_per_lead
def _lead_negated(lead: Facts) -> bool:
    """ "What we never do with your data:", "We will not use it to:": the items are denied."""
    if not lead.negators:
        return False
    if gr.EXCEPTION_MARKERS.search(lead.text, lead.negators[0]):
        # "We do not share your information except in the following circumstances:":
        # the items are the exceptions, stated as practices.
        return False
    return not any(
        not v.negated for v in lead.verbs if v.kind in ("use", "share", "collect", "cookie")
    )
