"""The sentence readers' fast paths read a sentence exactly as the full passes would.

read_sentence skips a pass when a cheap check proves it cannot find anything: the
purpose-marker, negator and conditional-opener patterns when none of their trigger
words occurs, and a word-sense pattern of `lexicon.OTHER_SENSES` when no term of its
category was found or none of its words occurs. The tests read tricky sentences
(words at the sentence's edges, inside longer words, spelled with curly quotes,
word senses) with the gates and with every gate open, and compare; so do the tests
of read_purposes' gates on the newsletter, mailing-list and service-sold patterns.
"""

from __future__ import annotations

import re

import pytest
from rules_helpers import read

from summarizer.engines.rules import analysis, purposes
from summarizer.engines.rules import grammar as gr
from summarizer.engines.rules.analysis import (
    CATEGORY_RE,
    OTHER_SENSE_RES,
    _terms,
    lower_ascii,
    mask_text,
    read_sentence,
)
from summarizer.engines.rules.triggers import Trigger

SENTENCES = [
    "If you contact us, we keep your e-mail address.",
    "We keep it when required; once deleted, it is gone.",
    "Unless you opt out, we send offers",
    "in case of a breach we notify you",
    "In the event of a merger, your data may be transferred.",
    "Should you object, write to us.",
    "We specify and identify devices to notify you whenever needed.",  # "if" inside words
    "We use cookies to remember you.",
    "You choose to provide your phone number.",
    "We disclose it to advertising networks.",
    "We use it in order to improve the service, so that it works, for our own records.",
    "This helps us and allows us, and enables us to keep it for purposes such as billing.",
    "It is used for internal purposes.",
    "Data is kept to",  # a marker at the very end
    "to provide the service",  # at the very start
    "We collect location data, but the content posted at this location is public.",
    "We may show offers of interest to you based on your interests.",
    "Corporate transactions such as a merger may involve your payment information.",
    "The Department of Health and Human Services publishes health data.",
    "Employees who need access to customer records see your contact details.",
    "Staff that handle your records can read them.",
    "We process your data in our offices in other countries and your precise location.",
    "We do not collect your health information or your financial transactions.",
    "Add it to your public profile, which shows your profile picture.",
    "Our office locations and the location of our servers are listed below.",
    "We won’t sell it, but we’re allowed to share it when the law requires.",
    "We don't, can't and won't; nor will we, neither now nor ever: no.",
    "Nothing here; none of it, not ever, cannot be, without exception.",
    "If Acme Inc. is sold, or Beta LLC is acquired, data passes to the buyer.",
    "If acme inc is bought, your data goes with it to service providers.",
    "",
]


def _lowered(sentence: str) -> str:
    return lower_ascii(mask_text(sentence))


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every gate: each pass runs on every sentence, as before the gates."""
    always = Trigger(re.compile(r"\w*"))  # no fixed words: may_match is always True
    assert always.may_match("")
    monkeypatch.setattr(analysis, "_MARKER_TRIGGER", always)
    monkeypatch.setattr(analysis, "_OPENER_TRIGGER", always)
    monkeypatch.setattr(analysis, "_NEGATOR_TRIGGER", always)
    monkeypatch.setattr(
        analysis, "_OTHER_SENSE_GATES", {category: (None, always) for category in OTHER_SENSE_RES}
    )


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gates_leave_the_facts_of_a_sentence_alone(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _lowered(sentence)
    gated = read_sentence(text)
    _ungated(monkeypatch)
    ungated = read_sentence(text)
    assert gated == ungated
    assert gated.opener_ends == ungated.opener_ends  # (found on first use: not in ==)


def test_the_tricky_sentences_exercise_each_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentences above both pass and fail each gate, and word senses drop terms."""
    texts = [_lowered(sentence) for sentence in SENTENCES]
    openers = [analysis._OPENER_TRIGGER.may_match(text) for text in texts]
    markers = [analysis._MARKER_TRIGGER.may_match(text) for text in texts]
    assert any(openers) and not all(openers)
    assert any(markers) and not all(markers)
    negations = [analysis._NEGATOR_TRIGGER.may_match(text) for text in texts]
    assert any(negations) and not all(negations)
    assert any(read_sentence(text).negators for text in texts)
    assert any(read_sentence(text).opener_ends for text in texts)
    assert any(read_sentence(text).markers for text in texts)
    _ungated(monkeypatch)
    dropped = [
        text
        for text in texts
        if len(read_sentence(text).categories) < len(_terms(CATEGORY_RE, text, []))
    ]
    assert len(dropped) >= 4  # word senses really removed terms in several sentences


PURPOSE_PASSAGES = [
    "We send you our newsletter and special offers about new products.",
    "If you join our mailing list, we'll send you an email a month about rides and sales.",
    "Subscribers to our email list may get product announcements.",
    "You can unsubscribe from marketing at any time.",
    "# Oakmont Press\n\nIf Oakmont Press is bought, sold or merged, your information may be"
    " among the assets transferred.",
    "If the company is acquired, your personal data will transfer to the buyer.",
    "Sold-out items are restocked weekly; we keep no records of your visits.",
    "We use your e-mail address to send you receipts.",
]


@pytest.mark.parametrize("passage", PURPOSE_PASSAGES)
def test_the_purpose_reader_gates_leave_the_findings_alone(
    passage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """read_purposes skips the newsletter, mailing-list and service-sold patterns
    when none of their words occurs; with those gates open the findings are equal."""
    gated = read(passage)
    always = Trigger(re.compile(r"\w*"))
    monkeypatch.setattr(purposes, "_MARKETING_TRIGGER", always)
    monkeypatch.setattr(purposes, "_SOLD_TRIGGER", always)
    assert gated == read(passage)


def test_the_purpose_passages_reach_both_sides_of_the_gates() -> None:
    found = [
        {item.purpose.value for item in read(passage).purposes} for passage in PURPOSE_PASSAGES
    ]
    assert "marketing" in found[0] and "marketing" in found[1]
    assert "business_transfer" in found[4]
    assert not purposes._MARKETING_TRIGGER.may_match(lower_ascii(PURPOSE_PASSAGES[7]))
    assert not purposes._SOLD_TRIGGER.may_match(lower_ascii(PURPOSE_PASSAGES[0]))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_boundaries_and_punctuation_found_on_first_use_are_the_full_passes(
    sentence: str,
) -> None:
    """Facts finds clause boundaries and punctuation only when first read (behind a
    negator or a conditional opener); they are those of a pass over the sentence."""
    text = _lowered(sentence)
    facts = read_sentence(text)
    if not facts.negators and not facts.opener_ends:
        assert "boundaries" not in vars(facts) and "punctuation" not in vars(facts)
    assert facts.boundaries == [m.start() for m in gr.CLAUSE_BOUNDARY.finditer(text)]
    assert facts.punctuation == [m.start() for m in re.finditer(r"[,;:.]", text)]
    assert facts == read_sentence(text)  # equal whether or not they were read


@pytest.mark.parametrize("sentence", SENTENCES)
def test_actors_scopes_and_openers_found_on_first_use_are_the_full_passes(
    sentence: str,
) -> None:
    """Facts finds the actors, scope ends and conditional openers of a sentence only
    when first asked (a verb, or a reader, needs them); they are those of full passes."""
    text = _lowered(sentence)
    names = re.compile(r"\b(?:Acme)\b", re.IGNORECASE)
    facts = read_sentence(text + " acme keeps it.", names)
    if not facts.verbs:
        assert not {"actors", "scope_ends", "opener_ends"} & set(vars(facts))
    assert facts.actors == analysis._actors(facts.text, names)
    assert any(actor == analysis.Actor.first for _, _, actor in facts.actors)
    assert facts.scope_ends == [m.end() for m in re.finditer(r"[;:.!?]", facts.text)]
    assert facts.opener_ends == [m.end() for m in gr.CONDITIONAL_OPENERS.finditer(facts.text)]


def test_a_sentence_without_verbs_finds_no_actors_until_asked() -> None:
    facts = read_sentence(_lowered("Our partners and your browser, in that order."))
    assert not facts.verbs and "actors" not in vars(facts)
    assert [actor for _, _, actor in facts.actors] == ["first", "third", "third"]


def test_a_phrase_starting_with_any_word_is_read() -> None:
    """ "acme inc is bought" is matched only by a phrase starting with `[a-z]+`."""
    facts = read_sentence(_lowered("If acme inc is bought, your data goes with it."))
    assert ("acquirers", 3, 21) in [(t.key, t.start, t.end) for t in facts.recipients]
    assert ("business_transfer", 3, 21) in [(t.key, t.start, t.end) for t in facts.purposes]


def test_a_negation_still_stops_at_a_clause_boundary() -> None:
    facts = read_sentence(_lowered("We do not sell your data, but we share it with partners."))
    sell, share = (v for v in facts.verbs if v.kind == "share")
    assert sell.negated and not share.negated
