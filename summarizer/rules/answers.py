"""The yes/no questions one sentence answers (LABEL_SPEC three-way fields).

"May" counts as yes; silence gives no finding; `no` only for an explicit negation
of the practice ("we do not sell", "we will never share", "we do not knowingly
collect"). A negation inside an if-clause ("if you do not want us to ...") answers
nothing.
"""

from __future__ import annotations

import re
from typing import Literal

from summarizer.findings import Question
from summarizer.rules import cues
from summarizer.rules import grammar as gr
from summarizer.rules import lexicon as lx
from summarizer.rules.analysis import (
    BUSINESS_TRANSFER_RE,
    RIGHT_ANY_RE,
    RIGHT_RES,
    Actor,
    Facts,
    actor_at,
    conditional_at,
    lower_ascii,
    mask_text,
    negated_at,
    read_sentence,
)
from summarizer.rules.reading import Collector, Reading
from summarizer.rules.sentences import split_chunk
from summarizer.schema import Right
from summarizer.vocabulary import join_words

_CLAUSE_END = re.compile(
    r"[.;!?]|,\s+(?:unless|except|or if|and (?:we|you|then)|but|however|after which)\b|\s+(?:unless|except)\b"
)
_COOKIE = re.compile(r"\bcookies?\b")
_PERSONAL_DATA = re.compile(r"\b(?:information|data|details|records)\b")
_DO_NOT_SELL_LINK = re.compile(r"\bdo not sell (?:or share )?my\b")
_FIRST_GRANTS = re.compile(
    r"\b(?:(?:allow|enable|permit|let|help)s? (?:you|users)|provide (?:you|users) with|gives? (?:you|users)|"
    r"upon (?:your )?request|at your request|if you (?:ask|request|wish|would like|want)|on request|"
    r"if you (?:do not|don't|no longer) (?:wish|want)|(?:have|has) the right to|"
    r"contact us|you (?:can|may))\b",
)
_AD_CONTEXT = re.compile(
    r"\b(?:advertis\w*|ads|ad networks?|interest[- ]based|targeted|behaviou?ral)\b"
)


# Cheap substring gates: a sentence without any of these words cannot answer.
_SELL_HINTS = re.compile(r"sell|sold|sale|rent|leas|trad|barter|exchange|monetary|fee")
_SECURITY_HINTS = re.compile(
    r"secur|protect|safeguard|encrypt|ssl|tls|https|firewall|precaution|measure|"
    r"access|password|hash|pseudonym|pci|confidential|factor|2fa|intrusion|socket"
)
_TRANSFER_HINTS = re.compile(
    r"countr|jurisdiction|abroad|overseas|border|international|outside|shield|clauses|"
    r"adequacy|corporate rules|united states|u\.s\.|usa|level of protection|laws|"
    r"nations|\bleav|\bleft\b"
)
_AD_CHOICE_URL = re.compile(r"networkadvertising|aboutads|youradchoices|youronlinechoices|optout")
# "If you do not want to receive our newsletter, reply 'unsubscribe'": the "not" is the
# user's wish, not a denial of the choice.
_UNWANTED = re.compile(
    r"\bif you (?:do not|don't|no longer|would rather not|prefer not to) (?:wish|want|like|care)?\s*(?:to )?"
)
# "... only where appropriate safeguards are in place" (transfers) is not data security.
_TRANSFER_SAFEGUARDS = re.compile(r"^(?:(?:appropriate|adequate|suitable) )?safeguards$")
_BY_PARTY = re.compile(r"\s+by\s+")
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
_HOW_THEY = re.compile(r"\bhow (?:they|these \w+|those \w+|such \w+|it|third parties)(?: \w+)?\s+$")
_NO_SUBJECT = re.compile(r"^\W*(?:no|neither|none of (?:the|our|these))\b")


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


def _actor(r: Reading, pos: int) -> Actor:
    return actor_at(r.facts, pos)


def _sells(r: Reading, out: Collector) -> None:
    statement = sell_statement(r.facts)
    if statement is None:
        return
    value, pos, narrow = statement
    if value == "no" and narrow and r.profile.sale_admitted:
        return  # "we do not sell it for money" beside a sale in the CCPA sense
    out.answer(Question.sells_personal_data, value, r.quote(pos))


def sell_statement(facts: Facts) -> tuple[Literal["yes", "no"], int, bool] | None:
    """What a sentence says about selling personal data: the answer, where, and whether
    a "no" is narrow (limited to selling for money, to one kind of buyer, one list or
    children's data), or None when it says nothing about it."""
    text = facts.text
    if not facts.negators and not _SELL_HINTS.search(text):
        return None
    if _DO_NOT_SELL_LINK.search(text) or BUSINESS_TRANSFER_RE.search(text):
        return None
    blanket = _sells_by_blanket_refusal(facts)
    if blanket is not None:
        return "no", blanket, False
    admission = cues.SALE_ADMISSION.search(text)
    if (
        admission is not None
        and not negated_at(facts, admission.start())
        and not conditional_at(facts, admission.start())
    ):
        return "yes", admission.start(), False  # "... may be considered a 'sale' under the CCPA"
    for match in cues.SELL_VERB.finditer(text):
        following = text[match.end() : match.end() + 90]
        obj = cues.SELL_OBJECT.search(following)
        if obj is None:
            continue
        if cues.SELL_NOT_DATA.search(following[: obj.start()]):
            continue
        if actor_at(facts, match.start()) in (Actor.user, Actor.third):
            continue
        if cues.SELL_OPT_OUT_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue  # "the right to opt out of the sale of your data" is no sale
        if _TAKEN_IN.match(text, match.end()) or _WHETHER_BEFORE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "servers rented from data centres"; "confirm whether we sell": no sale
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


def policy_answers(policy_text: str) -> tuple[bool, bool]:
    """Two facts of the whole policy that sentences elsewhere depend on: whether any
    sentence says the service sells personal data, and whether the policy states how
    its own changes are announced (then a list of service messages that mentions
    "changes to our terms" decides nothing about it)."""
    lowered = lower_ascii(mask_text(policy_text))
    sale_hints = bool(_SELL_HINTS.search(lowered))
    sale_admitted = changes_stated = False
    sentences, _ = split_chunk(policy_text)
    for sentence in sentences:
        text = lowered[sentence.start : sentence.end]
        if sale_hints and not sale_admitted and cues.SALE_HINT.search(text):
            statement = sell_statement(read_sentence(text))
            sale_admitted = statement is not None and statement[0] == "yes"
        if not changes_stated:
            change = cues.CHANGE_STATEMENT.search(text)
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


# "We will never share / allow access to your information to anyone outside X": a
# refusal to disclose to any outsider also rules out selling.
_BLANKET_DISCLOSURE = re.compile(
    r"\b(?:shar(?:e|ed|ing)|disclos(?:e|ed|ing)|transfer(?:red)?|giv(?:e|en)|allow(?:ed)? (?:\w+ )?access|grant(?:ed)? (?:\w+ )?access|"
    r"provid(?:e|ed) (?:\w+ )?access|ma(?:k|d)e (?:\w+ ){0,3}available|releas(?:e|ed)|rent(?:ed)?|trad(?:e|ed)|distribut(?:e|ed)|pass(?:ed)? on)\b"
    r"[^.;]{0,100}?\b(?:anyone|anybody|any (?:third|other|outside|unaffiliated)|third[- ]part(?:y|ies)|outside (?:parties|companies|organi[sz]ations)|"
    r"outsi\w* (?!of\b)(?!(?:the )?(?:eea|eu|european|united|uk|us|u\.s|countr|region|jurisdiction|your (?:country|region|state)))\w+|"
    r"other (?:companies|organi[sz]ations|parties|businesses))",
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
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;]*$", re.IGNORECASE)


def _sells_by_blanket_refusal(facts: Facts) -> int | None:
    """Where a refusal to disclose to any outsider stands, if the sentence has one."""
    text = facts.text
    for match in _BLANKET_DISCLOSURE.finditer(text):
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


_PLACE_NOT_NOTICE = re.compile(r"(?:through|via|in) (?:your|the) (?:account|app)|in-app")
_POSTED_BEFORE = re.compile(
    r"\b(?:post(?:s|ed|ing)?|publish(?:es|ed|ing)?|display(?:s|ed|ing)?|make (?:it|them|\w+ \w+) available)\b"
)


# A sentence that opens on a condition ("If your browser sends a signal, ...").
_ON_CONDITION = re.compile(r"\s*(?:if|when|whenever|once|where|unless|until)\b")


def _tracking(r: Reading, out: Collector) -> None:
    text = r.facts.text
    none_here = cues.NO_TRACKERS.search(text)
    if none_here is not None and not conditional_at(r.facts, none_here.start()):
        out.answer(Question.third_party_tracking, "no", r.quote(none_here.start()))
        return
    named = cues.THIRD_PARTY_TRACKER_NAMES.search(text)
    if named is None and not cues.TRACKING_PARTY.search(text):
        return
    linked = cues.LINKED_SITES.search(text)
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


def _retention(r: Reading, out: Collector) -> None:
    text = r.facts.text
    verb = cues.RETENTION_VERB.search(text)
    if verb is None:
        return
    if _COOKIE.search(text) and not _PERSONAL_DATA.search(text):
        return
    period = cues.RETENTION_PERIOD.search(text)
    if period is None or cues.CHILD_CONTEXT.search(text):
        return
    if "request" in text and verb.group(0).startswith(("delet", "eras", "remov")):
        return  # "deletion requests are processed within 30 days" is about requests
    end = _CLAUSE_END.search(text, period.end())
    stop = end.start() if end else len(text)
    start = r.sentence.start
    detail = r.text[start + period.start() : start + min(stop, period.start() + 120)]
    detail = detail.strip(" ,*_")
    out.answer(Question.retention_stated, "yes", r.quote(period.start()), detail or None)


def _security(r: Reading, out: Collector) -> None:
    text = r.facts.text
    if not _SECURITY_HINTS.search(text):
        return
    # "... but no method of transmission is 100% secure": only what comes before counts.
    disclaimer = cues.SECURITY_DISCLAIMER.search(text)
    stop = disclaimer.start() if disclaimer else len(text)
    named: list[str] = []
    generic: list[str] = []
    anchor = None
    for match in cues.SECURITY_MEASURE.finditer(text, 0, stop):
        if negated_at(r.facts, match.start()) or _actor(r, match.start()) in (
            Actor.user,
            Actor.third,
        ):
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


def security_measure_name(words: str, sentence: str = "") -> str | None:
    """The short phrase for a measure SECURITY_MEASURE found, or None when it names none.

    "TLS" -> "encryption"; "physical, electronic, and procedural safeguards" ->
    "procedural, electronic and physical safeguards"; "reasonable measures",
    "safeguarding", "protect your information from" -> None (generic). `sentence`
    says whose confidentiality obligations they are ("our staff are bound by ...").
    """
    words = lower_ascii(words)
    kinds: list[str] = []
    for word, kind in cues.SECURITY_KINDS:
        if re.search(rf"\b{word}\b", words) and kind not in kinds:
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


def _transfer(r: Reading, out: Collector) -> None:
    text = r.facts.text
    places = _countries_where_held(r.facts)
    if not _TRANSFER_HINTS.search(text) and len(places) < 2:
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


def _countries_where_held(facts: Facts) -> list[tuple[int, str]]:
    """Countries the sentence says data is stored or processed in, in order, distinct."""
    text = facts.text
    found: list[tuple[int, str]] = []
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
    change = cues.CHANGE_STATEMENT.search(text)
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
        and r.profile.changes_stated
        and change is not None
        and _MESSAGE_EXAMPLES.search(text, 0, change.start())
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


def _children(r: Reading, out: Collector) -> None:
    text = r.facts.text
    if not (cues.CHILD_CONTEXT.search(text) or "children" in r.inner_kinds):
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
    if collect is None or not cues.CHILD_CONTEXT.search(text):
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


def _rights(r: Reading, out: Collector) -> None:
    text = r.facts.text
    raw = lower_ascii(r.raw) if "](" in r.raw or "www" in r.raw or "http" in r.raw else text
    if not RIGHT_ANY_RE.search(text) and not _AD_CHOICE_URL.search(raw):
        return
    if cues.CHILD_CONTEXT.search(text):
        return
    ability = (
        bool(gr.USER_ABILITY.search(text))
        or "rights" in r.kinds
        or bool(gr.RIGHT_DENIED.search(text))
    )
    if not ability:
        return
    for right, pattern in RIGHT_RES.items():
        match = pattern.search(text)
        if match is None and right == Right.opt_out_targeted_ads:
            match = pattern.search(raw)  # the cue may be a link target (networkadvertising.org)
        if match is None:
            continue
        if right == Right.opt_out_marketing and not _marketing_choice(text):
            continue
        if (
            right == Right.cookie_controls
            and _AD_CONTEXT.search(text)
            and "opt" in match.group(0).lower()
        ):
            continue
        if right == Right.cookie_controls and not _about_cookies(r):
            continue  # "your browser will warn you that the extension can read pages"
        actor = _actor(r, match.start())
        if actor == Actor.third:
            continue
        if actor == Actor.first and not _FIRST_GRANTS.search(text) and "rights" not in r.kinds:
            continue
        question = lx.QUESTION_FOR_RIGHT[right]
        if negated_at(r.facts, match.start()) and not _only_unwanted(r, match.start()):
            if conditional_at(r.facts, match.start()):
                continue
            if not gr.RIGHT_DENIED.search(text):
                continue
            if right == Right.opt_out_marketing and not cues.MARKETING_WORDS.search(text):
                continue
            out.answer(question, "no", r.quote(match.start()))
        else:
            out.answer(question, "yes", r.quote(match.start()))


_COOKIE_TOPIC = re.compile(
    r"\b(?:cookies?|tracking technolog\w*|trackers?|local storage|do not track)\b"
)


def _about_cookies(r: Reading) -> bool:
    """Whether the sentence, the one before it or its heading is about cookies: browser
    settings are a cookie control only there."""
    return bool(
        _COOKIE_TOPIC.search(r.facts.text)
        or (r.previous is not None and _COOKIE_TOPIC.search(r.previous.text))
        or any(_COOKIE_TOPIC.search(lower_ascii(h)) for h in r.sentence.headings)
    )


def _only_unwanted(r: Reading, pos: int) -> bool:
    """Whether every negator before `pos` belongs to "if you do not want to ..."."""
    spans = [(m.start(), m.end()) for m in _UNWANTED.finditer(r.facts.text, 0, pos)]
    if not spans:
        return False
    return all(any(a <= n < b for a, b in spans) for n in r.facts.negators if n < pos)


def _marketing_choice(text: str) -> bool:
    """An opt-out that is about marketing, not about service notices only."""
    if cues.MARKETING_WORDS.search(text) or re.search(r"\bunsubscrib", text):
        return True
    return not cues.SERVICE_NOTICES.search(text)
