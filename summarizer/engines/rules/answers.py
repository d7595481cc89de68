"""The yes/no questions one sentence answers (LABEL_SPEC three-way fields).

"May" counts as yes; silence gives no finding; `no` only for an explicit negation
of the practice ("we do not sell", "we will never share", "we do not knowingly
collect"). A negation inside an if-clause ("if you do not want us to ...") answers
nothing.

This module reads retention, international transfer, policy changes and children,
and `read_answers` runs every reader; the others are in `selling`, `tracking`
(third-party tracking, Do Not Track), `rights` and `security`, with what they share
in `answer_common`.
"""

from __future__ import annotations

import re

from summarizer.engines.rules import cues
from summarizer.engines.rules.analysis import (
    Actor,
    Facts,
    conditional_at,
    lower_ascii,
    mask_policy,
    negated_at,
    read_sentence,
)
from summarizer.engines.rules.answer_common import _CLAUSE_END, _PERSONAL_DATA, _actor
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.restatements import asks_yes_no
from summarizer.engines.rules.rights import _rights
from summarizer.engines.rules.security import _security
from summarizer.engines.rules.selling import _SELL_HINTS, _sells, may_admit_sale, sell_statement
from summarizer.engines.rules.sentences import split_chunk
from summarizer.engines.rules.tracking import _do_not_track, _tracking
from summarizer.engines.rules.triggers import Gated, Trigger
from summarizer.label.findings import Question

_COOKIE = Gated(re.compile(r"\bcookies?\b"))

# Cheap substring gates: a sentence without any of these words cannot answer.
_TRANSFER_HINTS = re.compile(
    r"countr|jurisdiction|abroad|overseas|border|international|outside|shield|clauses|"
    r"adequacy|corporate rules|united states|u\.s\.|usa|level of protection|laws|"
    r"nations|\bleav|\bleft\b"
)
# Its literal words, searched for first: its "\b" alternatives stop the regex engine
# from skipping ahead to a possible first letter, so on its own it tries every position.
_TRANSFER_HINTS_GATED = Gated(_TRANSFER_HINTS)

_OWN_POLICY = re.compile(
    r"\bpolic(?:y|ies)\b|\bprivacy (?:notice|statement)\b|\bth(?:is|e) (?:notice|statement)\b"
)


def _changes_heading(headings: tuple[str, ...]) -> bool:
    return bool(headings) and bool(_CHANGES_HEADING.search(lower_ascii(headings[-1])))


_CHANGES_HEADING = re.compile(r"\b(?:chang|updat|amend|modif|revis)\w*")


# "changes to our terms" in a privacy policy: the terms of service, not this policy.
_OTHER_TERMS = re.compile(
    r"^(?:our|the|its|any|such) (?:new |revised |updated |amended |modified |current )?terms$"
)

_MESSAGE_EXAMPLES = re.compile(
    r"\b(?:messages|notifications|notices|e-?mails|alerts|communications|texts)\b[^.;]{0,40}?"
    r"\b(?:such as|including|like|e\.g\.|for example)\b[^.;]*$"
)


def read_answers(r: Reading, out: Collector) -> None:
    """Every yes/no answer the sentence gives."""
    _sells(r, out)
    _tracking(r, out)
    _do_not_track(r, out)
    _retention(r, out)
    _security(r, out)
    _transfer(r, out)
    _changes(r, out)
    _children(r, out)
    _rights(r, out)


def policy_answers(policy_text: str) -> tuple[bool, bool]:
    """Two facts of the whole policy that sentences elsewhere depend on: whether any
    sentence says the service sells personal data, and whether the policy states how
    its own changes are announced (then a list of service messages that mentions
    "changes to our terms" decides nothing about it)."""
    lowered = mask_policy(policy_text).lowered
    sale_hints = bool(_SELL_HINTS.search(lowered))
    sale_admitted = changes_stated = False
    sentences, _ = split_chunk(policy_text)
    for sentence in sentences:
        text = lowered[sentence.start : sentence.end]
        if (
            sale_hints
            and not sale_admitted
            and _SALE_HINT.search(text)
            and may_admit_sale(text)
            and not asks_yes_no(text)
        ):
            statement = sell_statement(read_sentence(text))
            sale_admitted = statement is not None and statement[0] == "yes"
        if not changes_stated:
            change = _CHANGE_STATEMENT.search(text)
            changes_stated = bool(
                change is not None
                and (_OWN_POLICY.search(text) or _changes_heading(sentence.headings))
                and not _MESSAGE_EXAMPLES.search(text, 0, change.start())
                and (
                    cues.CHANGE_DIRECT.search(text)
                    or cues.CHANGE_POSTED.search(text)
                    or cues.CHANGE_NOTIFY.search(text)
                )
            )
        if sale_admitted and changes_stated:
            break
    return sale_admitted, changes_stated


# Their words as plain strings, which the regex engine can skip to (the cues open
# with "\b", so on their own they try every position of every sentence).
_SALE_HINT = Gated(cues.SALE_HINT)
_CHANGE_STATEMENT = Gated(cues.CHANGE_STATEMENT)

_PLACE_NOT_NOTICE = re.compile(r"(?:through|via|in) (?:your|the) (?:account|app)|in-app")

_POSTED_BEFORE = re.compile(
    r"\b(?:post(?:s|ed|ing)?|publish(?:es|ed|ing)?|display(?:s|ed|ing)?|make (?:it|them|\w+ \w+) available)\b"
)


MAX_PERIOD_CHARS = 120


# The retention cues open with "\b" and try every position: one sentence in five
# has a retention verb, far fewer a period.
_RETENTION_VERB = Gated(cues.RETENTION_VERB)
_RETENTION_PERIOD = Gated(cues.RETENTION_PERIOD)


# "Trip and location data: 90 days." -- a kind of data and its period, as a retention list prints it
_LABELLED_PERIOD = re.compile(
    r"^\W*[^:.;]{2,60}:\s*(?:up to |at least |about |for )?\d+ (?:days?|weeks?|months?|years?)\b"
)


def _retention(r: Reading, out: Collector) -> None:
    facts = r.facts
    text = facts.text
    verb = _RETENTION_VERB.search_in(facts)
    if verb is None and not ("retention" in r.kinds and _LABELLED_PERIOD.match(text)):
        return  # (under a "How long we keep it" heading, "Trip data: 90 days." says it)
    if _COOKIE.search_in(facts) and not _PERSONAL_DATA.search(text):
        return
    period = _RETENTION_PERIOD.search_in(facts)
    if period is None or _CHILD_CONTEXT.search_in(facts):
        return
    if verb and "request" in text and verb.group(0).startswith(("delet", "eras", "remov")):
        return  # "deletion requests are processed within 30 days" is about requests
    end = _CLAUSE_END.search(text, period.end())
    stop = end.start() if end else len(text)
    start = r.sentence.start
    limit = period.start() + MAX_PERIOD_CHARS
    if stop > limit:  # cut at a word's end, never inside a word ("... the Bank Se")
        space = text.rfind(" ", period.start(), limit + 1)
        stop = space if space > period.start() else limit
    detail = r.text[start + period.start() : start + stop]
    detail = detail.strip(" ,;:*_")
    out.answer(Question.retention_stated, "yes", r.quote(period.start()), detail or None)


def _transfer(r: Reading, out: Collector) -> None:
    facts = r.facts
    text = facts.text
    hinted = _TRANSFER_HINTS_GATED.search_in(facts) is not None
    if not hinted and not facts.gates & _HELD_IN_TRIGGER.bit:
        return  # no hint, and no "stored in" to name two countries with
    places = _countries_where_held(r.facts)
    if not hinted and len(places) < 2:
        return
    matches = []
    for match in cues.TRANSFER_ABROAD.finditer(text):
        negated = negated_at(r.facts, match.start())
        if conditional_at(r.facts, match.start()) and negated:
            continue
        matches.append((match, negated))
    denials = [m for m, negated in matches if negated]
    if denials and all(negated or _IN_ONE_COUNTRY.search(m.group(0)) for m, negated in matches):
        # "We store it in the United States, and we do not transfer it to other
        # countries": where it is kept, and a denial that it goes anywhere else.
        out.answer(Question.international_transfer, "no", r.quote(denials[0].start()))
        return
    if matches:
        match, negated = matches[0]
        out.answer(
            Question.international_transfer, "no" if negated else "yes", r.quote(match.start())
        )
        return
    if len(places) >= 2:
        # "stored in Iceland, and processed in the United Kingdom and the United States"
        out.answer(Question.international_transfer, "yes", r.quote(places[0][0]))


_IN_ONE_COUNTRY = re.compile(r"\bin the (?:united states|u\.s\.|usa)$")

_HELD_IN = re.compile(
    r"\b(?:stor(?:e|ed|es|ing)|process(?:ed|es|ing)?|host(?:ed|s|ing)?|kept|held|located|handled|run)\b"
    r"(?:[^.;]{0,80}?)\bin\b"
)


_HELD_IN_TRIGGER = Trigger(_HELD_IN)
# A sentence that names no country has none where data is held.
_COUNTRY_WORDS = Trigger(cues.COUNTRY)


def _countries_where_held(facts: Facts) -> list[tuple[int, str]]:
    """Countries the sentence says data is stored or processed in, in order, distinct."""
    text = facts.text
    found: list[tuple[int, str]] = []
    if not facts.gates & _COUNTRY_WORDS.bit:
        return found
    for held in _HELD_IN.finditer(text):
        if negated_at(facts, held.start()):
            continue
        for country in cues.COUNTRY.finditer(text, held.end(), min(len(text), held.end() + 120)):
            name = country.group(0)
            if name not in (n for _, n in found):
                found.append((country.start(), name))
    return found


def _changes(r: Reading, out: Collector) -> None:
    text = r.facts.text
    change = _CHANGE_STATEMENT.search_in(r.facts)
    if change is None and "changes" not in r.inner_kinds:
        return
    in_section = "changes" in r.inner_kinds
    objects = list(cues.CHANGE_OBJECT.finditer(text))
    about_policy = (
        in_section
        or any(not _OTHER_TERMS.match(o.group(0)) for o in objects)
        or any(_OWN_POLICY.search(text, o.end(), o.end() + 40) for o in objects)
    )
    if (
        not in_section
        and change is not None
        and _MESSAGE_EXAMPLES.search(text, 0, change.start())
        # last: the first policy to ask splits its whole text into sentences to answer
        and r.profile.changes_stated
    ):
        # "service messages, such as receipts and changes to our terms": kinds of message,
        # beside the policy's own statement of how its changes are announced
        return
    previous_change = r.previous is not None and bool(
        cues.CHANGE_STATEMENT.search(r.previous.text) and cues.CHANGE_OBJECT.search(r.previous.text)
    )
    if not (about_policy or previous_change):
        return
    if change is None and not ("changes" in r.inner_kinds or previous_change):
        return
    posted = cues.CHANGE_POSTED.search(text)
    notify = cues.CHANGE_NOTIFY.search(text)
    direct = next(
        (
            m
            for m in cues.CHANGE_DIRECT.finditer(text)
            # "we will post the new version on this page and in the app": a place it
            # is posted, not a notice sent to the user
            if not (
                _PLACE_NOT_NOTICE.fullmatch(m.group(0))
                and notify is None
                and _POSTED_BEFORE.search(text, 0, m.start())
            )
        ),
        None,
    )
    if direct and not _negated_in_main_clause(r, direct.start()):
        out.answer(Question.personal_notice_of_changes, "yes", r.quote(direct.start()))
    elif posted:
        out.answer(Question.personal_notice_of_changes, "no", r.quote(posted.start()))
    elif notify and not negated_at(r.facts, notify.start()):
        out.answer(Question.personal_notice_of_changes, "yes", r.quote(notify.start()))


_MAIN_CLAUSE = re.compile(r",\s+(?:then\s+)?(?:we|you|they)\b")


def _negated_in_main_clause(r: Reading, pos: int) -> bool:
    """negated_at, except that a "not" in a leading if-clause does not reach past its
    comma: "If a change means we would collect data we do not collect today, we will
    email you" promises the email."""
    if not negated_at(r.facts, pos):
        return False
    main = next(reversed(list(_MAIN_CLAUSE.finditer(r.facts.text, 0, pos))), None)
    if main is None or not conditional_at(r.facts, main.start()):
        return True
    return any(main.start() < n < pos for n in r.facts.negators)


# CHILD_CONTEXT opens with "\b": its words ("child", "minor", "parent", ...) are absent
# from most sentences.
_CHILD_CONTEXT = Gated(cues.CHILD_CONTEXT)


def _children(r: Reading, out: Collector) -> None:
    text = r.facts.text
    about_children = _CHILD_CONTEXT.search_in(r.facts)
    if not (about_children or "children" in r.inner_kinds):
        return
    collect = None
    for verb in cues.CHILD_COLLECT.finditer(text):
        if _actor(r, verb.start()) in (Actor.user, Actor.third):
            continue
        if _CANNOT_BEFORE.search(text, max(0, verb.start() - 20), verb.start()):
            continue  # "a young player cannot use chat": a limit on the player, not collection
        collect = verb
        break
    for match in cues.CHILD_AGE.finditer(text):
        key = next(name for name, value in match.groupdict().items() if value)
        if key in ("a4", "a5") and not cues.AGE_GATE.search(text):
            continue
        if cues.FEATURE_AGE.search(text, max(0, match.start() - 90), match.end() + 60):
            continue  # the age of one feature or practice, not of the service's users
        out.age(int(match.group(key)), r.quote(match.start()), about_collection=collect is not None)
    if collect is None or about_children is None:
        return
    negated = negated_at(r.facts, collect.start())
    conditional = conditional_at(r.facts, collect.start())
    if negated and not conditional:
        if not _CHILD_WORD.search(text):
            return  # "we do not receive the information the parent uses": not about children
        out.answer(Question.knowingly_collects_from_children, "no", r.quote(collect.start()))
    elif (
        not negated
        and not conditional
        and re.search(
            r"\b(?:knowingly|parental consent|consent of (?:a|the|their) parent|from (?:children|minors|kids))\b",
            text,
        )
    ):
        out.answer(Question.knowingly_collects_from_children, "yes", r.quote(collect.start()))


_CANNOT_BEFORE = re.compile(
    r"\b(?:cannot|can't|can not|may not|unable to|not able to|not allowed to|not permitted to)\s+$"
)


# The child himself, not only a parent: a denial about a parent's data is not about children.
_CHILD_WORD = re.compile(
    r"\b(?:child(?:ren|ren's|'s)?|kids?|minors?|under ?age|juveniles?|teens?|teenagers?|youth|young|"
    r"(?:anyone|users?|persons?|people|individuals|players?) (?:under|below|younger than)|under (?:the )?age|"
    r"younger than)\b"
)
