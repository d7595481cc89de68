"""Third-party tracking on the service and the response to Do Not Track signals
(LABEL_SPEC `third_party_tracking`, `do_not_track`).
"""

from __future__ import annotations

import re

from summarizer.engines.rules import cues
from summarizer.engines.rules.analysis import Actor, conditional_at, lower_ascii, negated_at
from summarizer.engines.rules.answer_common import _actor
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.label.findings import Question

_BY_PARTY = re.compile(r"\s+by\s+")

_HOW_THEY = re.compile(r"\bhow (?:they|these \w+|those \w+|such \w+|it|third parties)(?: \w+)?\s+$")

_NO_SUBJECT = re.compile(r"^\W*(?:no|neither|none of (?:the|our|these))\b")


def _cross_context_sharing(r: Reading, out: Collector) -> None:
    """ "We share it for cross-context behavioral advertising", "our use of ad cookies may
    be considered sharing for cross-context behavioral advertising": third parties track
    users across services (California's "sharing")."""
    text = r.facts.text
    match = cues.CROSS_CONTEXT_SHARING.search(text)
    if match is None or cues.CROSS_CONTEXT_OPT_OUT.search(text, 0, match.start()):
        return
    if negated_at(r.facts, match.start()) or conditional_at(r.facts, match.start()):
        return  # "we do not share it for ..." says nothing of other trackers
    if _actor(r, match.start()) in (Actor.user, Actor.third):
        return
    out.answer(Question.third_party_tracking, "yes", r.quote(match.start()))


# A sentence that opens on a condition ("If your browser sends a signal, ...").
_ON_CONDITION = re.compile(r"\s*(?:if|when|whenever|once|where|unless|until)\b")


# `_tracking` answers nothing unless one of these three cues matches.
_TRACKING_TRIGGER = Trigger(cues.NO_TRACKERS, cues.THIRD_PARTY_TRACKER_NAMES, cues.TRACKING_PARTY)
# Each of them on its own, and the linked-sites check, only where their words occur.
_NO_TRACKERS = Gated(cues.NO_TRACKERS)
_TRACKER_NAMES = Gated(cues.THIRD_PARTY_TRACKER_NAMES)
_TRACKING_PARTY = Gated(cues.TRACKING_PARTY)
_LINKED_SITES = Gated(cues.LINKED_SITES)


def _tracking(r: Reading, out: Collector) -> None:
    facts = r.facts
    text = facts.text
    if "context" in text:
        _cross_context_sharing(r, out)
    if not facts.gates & _TRACKING_TRIGGER.bit:
        return
    none_here = _NO_TRACKERS.search_in(facts)
    if none_here is not None and not conditional_at(r.facts, none_here.start()):
        out.answer(Question.third_party_tracking, "no", r.quote(none_here.start()))
        return
    named = _TRACKER_NAMES.search_in(facts)
    if named is None and not _TRACKING_PARTY.search_in(facts):
        return
    linked = _LINKED_SITES.search_in(facts)
    if linked and not cues.ON_OUR_SERVICE.search(text):
        first_verb = cues.TRACKING_VERB.search(text)
        if first_verb is None or first_verb.start() > linked.start():
            return  # "third-party sites you visit may collect information": not on the service
    context_party = bool(
        (r.previous is not None and cues.TRACKING_PARTY.search(r.previous.text))
        or any(cues.TRACKING_PARTY.search(lower_ascii(h)) for h in r.sentence.headings[-1:])
    )
    for verb in cues.TRACKING_VERB.finditer(text):
        clause_start = max(
            (m.end() for m in re.finditer(r"[.;:]", text[: verb.start()])), default=0
        )
        subject_area = text[clause_start : verb.start()]
        if _HOW_THEY.search(subject_area):
            continue  # "providers who decide for themselves how they collect data": their practice
        parties = list(cues.TRACKING_PARTY.finditer(subject_area))
        if parties and _actor(r, verb.start()) != Actor.third:
            continue
        if not parties:
            agent = _BY_PARTY.match(text, verb.end())
            after = cues.TRACKING_PARTY.match(text, agent.end()) if agent else None
            if after is None:
                after = (
                    cues.TRACKING_PARTY.match(text, agent.end() + 4)
                    if agent and text.startswith("our ", agent.end())
                    else None
                )
            if after is not None and cues.TRACKING_TECH.search(text):
                # "cookies are set by our advertising partners"
                negated = negated_at(r.facts, verb.start())
                out.answer(
                    Question.third_party_tracking, "no" if negated else "yes", r.quote(verb.start())
                )
                return
            continue
        party = parties[-1].group(0).lower()
        if party.startswith(("these", "those", "such")) and not context_party and len(parties) == 1:
            continue
        word = verb.group(0).lower()
        if not (
            cues.TRACKING_TECH.search(text)
            or word.startswith(("track", "collect", "gather", "obtain", "record", "log"))
            or _uses_visits(r, verb.end())
        ):
            continue
        if conditional_at(r.facts, verb.start()) and negated_at(r.facts, verb.start()):
            continue
        # "No third-party advertising network, data broker or analytics company places
        # trackers ...": the subject is negated, however long it is.
        negated = negated_at(r.facts, verb.start()) or bool(_NO_SUBJECT.match(subject_area))
        if negated and not cues.TRACKING_TECH.search(text):
            continue  # "neither we nor our partners collect biometric data": not about tracking
        out.answer(Question.third_party_tracking, "no" if negated else "yes", r.quote(verb.start()))
        return
    if named and any(
        (v.kind in ("use", "share", "cookie") and v.actor != Actor.user)
        or (v.kind == "collect" and v.actor == Actor.third)
        for v in r.facts.verbs
    ):
        negated = negated_at(r.facts, named.start())
        if negated and _ON_CONDITION.match(text):
            return  # "If you opt out, we do not load Google Analytics": not a denial
        out.answer(
            Question.third_party_tracking, "no" if negated else "yes", r.quote(named.start())
        )


def _uses_visits(r: Reading, pos: int) -> bool:
    """Whether the verb at `pos` takes the user's visits or browsing as its object: "ad
    companies may use information about your visits to this and other sites" is tracking
    on the service even when no cookie is named."""
    return any(
        term.key == "usage_activity" and pos <= term.start <= pos + 40
        for term in r.facts.categories
    )


def _do_not_track(r: Reading, out: Collector) -> None:
    text = r.facts.text
    if "track" not in text and "dnt" not in text:
        return
    if not cues.DNT.search(text):
        return
    for match in cues.DNT_RESPONSE.finditer(text):
        if _actor(r, match.start()) in (Actor.third, Actor.user):
            continue
        negated = negated_at(r.facts, match.start())
        if conditional_at(r.facts, match.start()) and not negated:
            continue
        out.answer(Question.do_not_track, "no" if negated else "yes", r.quote(match.start()))
        return
    # "If your browser sends a Do Not Track signal, the analytics script does not run and
    # your visit is not counted": the signal stops the tracking, so it is honoured.
    signal = cues.DNT.search(text)
    if signal is not None and _DNT_SENT.search(text):
        stops = cues.DNT_STOPS_TRACKING.search(text, signal.end())
        if stops is not None:
            out.answer(Question.do_not_track, "yes", r.quote(signal.start()))


_DNT_SENT = re.compile(
    r"\b(?:if|when|whenever|where|once)\b[^.;]{0,60}?\b(?:send(?:s|ing)?|sent|enabled?|turn(?:s|ed)? on|switch(?:es|ed)? on|"
    r"activat(?:e|es|ed)|set(?:s)?|transmit(?:s|ted)?)\b"
)
