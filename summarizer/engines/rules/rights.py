"""The user rights one sentence grants or denies (access, deletion, opt-outs, cookie
controls ...): one yes/no question per right.
"""

from __future__ import annotations

import re

from summarizer.engines.rules import cues
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules import lexicon as lx
from summarizer.engines.rules.analysis import (
    RIGHT_ANY_RE,
    RIGHT_RES,
    Actor,
    conditional_at,
    lower_ascii,
    negated_at,
)
from summarizer.engines.rules.answer_common import _actor
from summarizer.engines.rules.reading import Collector, Reading
from summarizer.engines.rules.triggers import Gated, PhraseTrigger, Trigger
from summarizer.label.schema import Right

# The words one of which each right's cues need: a right whose words are absent from a
# sentence is not looked for (most sentences name one right at most).
_RIGHT_WORDS = {right: Trigger(pattern) for right, pattern in RIGHT_RES.items()}
# Open where some phrase of a right can match (RIGHT_ANY_RE holds every right's phrases).
_ANY_RIGHT_WORDS = PhraseTrigger(RIGHT_ANY_RE)
_CHILD_CONTEXT = Gated(cues.CHILD_CONTEXT)

_FIRST_GRANTS = re.compile(
    r"\b(?:(?:allow|enable|permit|let|help)s? (?:you|users)|provide (?:you|users) with|gives? (?:you|users)|"
    r"upon (?:your )?request|at your request|if you (?:ask|request|wish|would like|want)|on request|"
    r"if you (?:do not|don't|no longer) (?:wish|want)|(?:have|has) the right to|"
    r"contact us|you (?:can|may)|ask(?:s|ing)? us to|request(?:s|ing)? that we|"
    r"(?:^\W*|you )(?:do you )?(?:want|wish|would like|like|need) us to|"
    + gr.COMPLAINT_ROUTE
    + r")\b",
)

# An instruction to the reader: "To stop our segments being used to target ads, use the
# opt-out tools of the NAI": the reader does what follows, whoever the sentence names.
_INSTRUCTION = re.compile(
    r"^\W*to [^,.;]{3,120}, (?:please )?(?:use|visit|click|go to|follow|contact|e-?mail|write to|"
    r"call|sign in|log in|select|tap)\b"
)

# "You may request the Company to disclose it (including records of provision to third
# parties) or to discontinue its use": every "to ..." is what the user may ask for.
_USER_REQUESTS = re.compile(
    r"\W*(?:you|users|customers|members|data subjects) (?:\w+ )?(?:may|can|could|have the right to) (?:request|ask)\b"
)

# "Parents may review the information collected from their child and ask us to delete
# it": the rights of the user (the parent) stated in a children's section.
_PARENT_GRANT = re.compile(
    r"\bparents?(?:,? (?:or|and) (?:legal )?guardians?)? (?:\w+ ){0,2}?(?:may|can|could|have the right to|"
    r"(?:are|is) (?:entitled|able) to)\b"
)

_AD_CONTEXT = re.compile(
    r"\b(?:advertis\w*|ads|ad networks?|interest[- ]based|targeted|behaviou?ral)\b"
)

_AD_CHOICE_URL = re.compile(r"networkadvertising|aboutads|youradchoices|youronlinechoices|optout")
# The same words as a trigger (a plain alternation gives exactly its words: test).
_AD_CHOICE_WORDS = Trigger(_AD_CHOICE_URL)


# "If you do not want to receive our newsletter, reply 'unsubscribe'": the "not" is the
# user's wish, not a denial of the choice.
_UNWANTED = re.compile(
    r"\bif you (?:do not|don't|no longer|would rather not|prefer not to) (?:wish|want|like|care)?\s*(?:to )?"
    # "If you are not satisfied with our answer, you may complain to ...": the user's view
    r"|\b(?:if|where) you (?:are|were|remain) not (?:satisfied|happy|content)\b"
    # "If our reply does not resolve your complaint, you may contact ..."
    r"|\b(?:if|where) (?:[\w-]+ ){1,4}?(?:does|do|did|has|have) not (?:resolve|settle|address|answer)\b"
)


def _rights(r: Reading, out: Collector) -> None:
    facts = r.facts
    text = facts.text
    if _CHILD_CONTEXT.search_in(facts) and not _PARENT_GRANT.search(text):
        return  # about children, unless a parent is given a right over the child's data
    raw = r.raw
    # A link's target may name an ad-choice page ("networkadvertising.org"): a sentence
    # with a link is also read as written, lower-cased; any other as masked.
    raw = lower_ascii(raw) if "](" in raw or "www" in raw or "http" in raw else text
    first_cue = RIGHT_ANY_RE.search(text) if facts.gates & _ANY_RIGHT_WORDS.bit else None
    if first_cue is None and not (
        facts.gates & _AD_CHOICE_WORDS.bit if raw is text else _AD_CHOICE_WORDS.may_match(raw)
    ):
        return
    ability = (
        "rights" in r.kinds
        or bool(gr.USER_ABILITY.search(text))
        or bool(gr.RIGHT_DENIED.search(text))
    )
    if not ability:
        return
    for right, pattern in RIGHT_RES.items():
        # RIGHT_ANY_RE has every right's phrases, so no right's first cue starts before
        # `first_cue`; and without any cue in the sentence, none of them is in it.
        match = (
            pattern.search(text, first_cue.start())
            if first_cue is not None and facts.gates & _RIGHT_WORDS[right].bit
            else None
        )
        if match is None and right == Right.opt_out_targeted_ads and raw is not text:
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
        if right == Right.cookie_controls and _AFTER_YOU.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "repeat the opt-out after you delete your cookies": an occasion

        actor = _actor(r, match.start())
        instructed = bool(_INSTRUCTION.search(text) or _USER_REQUESTS.match(text))
        if actor == Actor.third and not instructed:
            continue
        if (
            actor == Actor.first
            and not instructed
            and not _FIRST_GRANTS.search(text)
            and "rights" not in r.kinds
        ):
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


_AFTER_YOU = re.compile(r"\b(?:after|whenever|each time|every time) you (?:\w+ )?$")

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


def read_rights(r: Reading, out: Collector) -> None:
    """The rights one sentence grants or denies; the only answers a yes/no question is
    read for ("Would you like us to erase your file? Write to us.")."""
    _rights(r, out)
