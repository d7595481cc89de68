"""Plain-text policies of the 2000s: a title on the first line, the service sold by
name, rights over "your PII"."""

from __future__ import annotations

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor
from summarizer.label.schema import Purpose, Right


def label(text: str):
    return label_policy(text, extractor=RulesExtractor())


def test_a_plain_text_first_line_is_the_title_that_names_the_service():
    text = "Privacy Policy - Quillon Press\n\nQuillon Press collects your e-mail address.\n"
    assert label(text).service_name == "Quillon Press"


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    text = "We respect your privacy.\n\nWe collect your e-mail address.\n"
    assert label(text).service_name is None


def test_the_service_sold_by_name_with_the_users_data_is_a_business_transfer():
    text = (
        "Privacy Policy - Quillon Press\n\n"
        "If Quillon Press is bought, sold or merged, your information may be among the assets "
        "transferred.\n"
    )
    assert Purpose.business_transfer in {p.purpose for p in label(text).purposes}


def test_goods_sold_by_the_named_service_are_no_business_transfer():
    text = "Privacy Policy - Quillon Press\n\nBooks are sold by Quillon Press to readers.\n"
    assert Purpose.business_transfer not in {p.purpose for p in label(text).purposes}


def test_reviewing_your_pii_is_the_access_right():
    text = "You may review, update or delete your PII by e-mailing us."
    rights = label(text).rights
    assert {
        r for r in (Right.access, Right.correction, Right.deletion) if rights[r].value == "yes"
    } == {
        Right.access,
        Right.correction,
        Right.deletion,
    }
