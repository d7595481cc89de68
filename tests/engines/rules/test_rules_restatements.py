"""FAQ-style policies: a yes/no question claims nothing; the yes or no after it, read
with the question, does ("Do we sell your data? No.")."""

from __future__ import annotations

import pytest
from rules_helpers import answer, collected, read

from summarizer.engines.rules.restatements import (
    answer_word,
    answered_column,
    continued,
    kept_for_column,
    restated,
    set_by_column,
)
from summarizer.label.findings import Question


@pytest.mark.parametrize(
    ("question", "reply", "statement"),
    [
        ("Do we sell your data?", "no", "we do not sell your data."),
        ("Is data encrypted in transit?", "yes", "data is encrypted in transit."),
        ("Do you sell my personal information?", "no", "we do not sell your personal information."),
        (
            "Does Tidepool Notes share my information with advertisers?",
            "no",
            "Tidepool Notes does not share your information with advertisers.",
        ),
        ("Can you ask us to delete your data?", "yes", "you can ask us to delete your data."),
        ("Why do we collect your e-mail address?", "no", None),  # not a yes/no question
    ],
)
def test_a_question_and_its_answer_are_restated_in_the_questions_words(
    question: str, reply: str, statement: str | None
) -> None:
    assert restated(question, reply) == statement


def _faq(body: str) -> str:
    return f"## Frequently asked questions\n\n{body}\n"


def test_a_yes_no_question_alone_claims_nothing() -> None:
    findings = read(_faq("Do we sell your data?\n\nDo we collect your location?"))
    assert answer(findings, Question.sells_personal_data) == "not_stated"
    assert collected(findings) == set()


def test_no_after_a_question_about_selling_answers_it() -> None:
    findings = read(_faq("Do we sell your data? No."))
    assert answer(findings, Question.sells_personal_data) == "no"
    quote = next(item.quote for item in findings.answers)
    assert quote == "Do we sell your data? No"


def test_a_question_in_the_readers_voice_is_answered_for_the_service() -> None:
    findings = read(_faq("Do you sell my personal information?\n\nNo, never."))
    assert answer(findings, Question.sells_personal_data) == "no"


def test_yes_after_a_question_about_a_right_grants_it() -> None:
    findings = read(_faq("Can I delete my account? Yes, from the Settings page."))
    assert answer(findings, Question.deletion) == "yes"


def test_an_answer_that_is_neither_yes_nor_no_restates_nothing() -> None:
    findings = read(_faq("Do we sell your data? It depends on where you live."))
    assert answer(findings, Question.sells_personal_data) == "not_stated"


@pytest.mark.parametrize(
    ("column", "cell", "statement"),
    [
        ("Sold or shared", "No", "we do not sell Email address."),
        ("Shared", "Yes", "we share Email address with third parties."),
        (
            "Disclosed for a business purpose",
            "Yes",
            "we share Email address with service providers.",
        ),
        ("Collected?", "No.", "we do not collect Email address."),
        ("Shared", "Yes, with our payment processor", None),  # says more: read as it stands
        ("Retention", "No", None),  # not a question about the data
    ],
)
def test_a_table_answer_column_restates_the_rows_data(
    column: str, cell: str, statement: str | None
) -> None:
    assert answered_column(column, cell, "Email address") == statement


@pytest.mark.parametrize(
    ("column", "cell", "statement"),
    [
        ("Retention", "7 years", "we keep Billing address for 7 years."),
        (
            "Retention period",
            "Until you close your account",
            "we keep Billing address until you close your account.",
        ),
        ("How long we keep it", "Up to 24 months.", "we keep Billing address for up to 24 months."),
        ("Expiry", "2 years", None),  # a cookie's life, not the data's
        ("Retention", "No", None),
    ],
)
def test_a_table_retention_column_restates_how_long_the_rows_data_is_kept(
    column: str, cell: str, statement: str | None
) -> None:
    assert kept_for_column(column, cell, "Billing address") == statement


@pytest.mark.parametrize(
    ("column", "cell", "about_cookies", "statement"),
    [
        ("Provider", "Google Analytics", True, "Google Analytics sets cookies on our site."),
        ("Set by", "doubleclick.net", True, "doubleclick.net sets cookies on our site."),
        ("Provider", "Stripe", False, None),  # not a cookie table: a sub-processor list
        ("Purpose", "Counts visits", True, None),
    ],
)
def test_a_cookie_tables_provider_column_restates_who_sets_the_cookie(
    column: str, cell: str, about_cookies: bool, statement: str | None
) -> None:
    assert set_by_column(column, cell, about_cookies) == statement


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("No.", "no"),
        ("Never.", "no"),
        ("Absolutely not!", "no"),
        ("Yes, from Settings.", "yes"),
        ("Of course.", "yes"),
        ("Absolutely no data is sold.", None),  # "absolutely" answers only standing alone
        ("Never do we share it without asking.", None),
        ("It depends on where you live.", None),
    ],
)
def test_the_opening_word_of_an_answer(sentence: str, word: str | None) -> None:
    assert answer_word(sentence) == word


def test_what_a_yes_adds_goes_into_the_statement() -> None:
    answer = "Yes, to data brokers, for their marketing."
    statement, end = continued("we sell your data.", answer)
    assert statement == "we sell your data to data brokers, for their marketing."
    assert answer[:end] == "Yes, to data brokers, for their marketing"
    assert continued("we sell your data.", "No. We never do.") == ("we sell your data.", 2)
