"""Contact details as policies print them: phone numbers, postal address blocks, URLs."""

from __future__ import annotations

import pytest

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor
from summarizer.label.schema import Contact


def contact(text: str) -> Contact:
    return label_policy(text, extractor=RulesExtractor()).contact


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Questions? Call us toll-free at 1-888-555-0101.", "1-888-555-0101"),
        ("Tel: +49 30 1234 5678", "+49 30 1234 5678"),
        ("Phone: 0800 123 4567", "0800 123 4567"),
        ("Reach the privacy desk at (212) 555-0147, ext. 31.", "(212) 555-0147, ext. 31"),
        ("Our office number is 303.555.0166.", "303.555.0166"),
        ("UK helpline: +44 (0)161 496 0000", "+44 (0)161 496 0000"),
        ("Contact us\nTelephone\n020 7946 0000", "020 7946 0000"),
    ],
)
def test_phone_numbers_are_read_as_printed(text: str, phone: str):
    assert contact(text).phones == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Your order number is 4471-2210-9983.",
        "This policy took effect on 2019-05-25 and was revised 05-25-2021.",
        "Our office is at 1 Main Street, Springfield, IL 62701-1234.",
        "We keep logs for 30 days and serve 2,500,000 readers in 120 countries.",
        "Invoice no. 555-201-3344 is attached to your account.",
        "Fax: +1 415 555 0100",
        "Our servers are at 192.168.10.20 and the build is 2024.06.18.",
    ],
)
def test_numbers_that_are_not_phones_are_not_read(text: str):
    assert contact(text).phones == []


def test_an_address_block_under_a_contact_heading_is_read_without_a_cue_sentence():
    text = "## Contact Us\n\nKestrel Media LLC\n88 Orchard Road\nDayton, OH 45402\n"
    assert contact(text).addresses == ["Kestrel Media LLC 88 Orchard Road Dayton, OH 45402"]


def test_a_footer_block_with_a_numbered_street_and_a_postcode_is_an_address():
    text = "We update this page now and then.\n\nKestrel Media LLC\n88 Orchard Road\nDayton, OH 45402\n"
    assert contact(text).addresses == ["Kestrel Media LLC 88 Orchard Road Dayton, OH 45402"]


def test_a_run_of_capitalised_lines_without_a_street_is_not_an_address():
    text = "Our Values\n\nPrivacy First\nCustomer Trust\nOpen Source\n"
    assert contact(text).addresses == []


def test_attention_and_department_lines_stay_inside_the_address_block():
    text = "Send written requests to:\nKestrel Media LLC\nAttn: Legal Department\n12 W. 5th St.\nDayton, OH 45402"
    assert contact(text).addresses == [
        "Kestrel Media LLC Attn: Legal Department 12 W. 5th St. Dayton, OH 45402"
    ]


def test_a_postcode_before_the_town_ends_an_address_with_no_house_number():
    text = "Postal address:\nNordlys Data ApS\nVesterbrogade\n1620 Copenhagen\nDenmark"
    assert contact(text).addresses == ["Nordlys Data ApS Vesterbrogade 1620 Copenhagen Denmark"]


def test_a_request_url_on_the_line_after_visit_is_a_contact_url():
    text = "To submit a request about your personal data, visit\nhttps://kestrel.example/privacy"
    assert contact(text).urls == ["https://kestrel.example/privacy"]


def test_an_address_on_one_line_after_mail_is_read_whole_with_its_company_and_attention():
    text = (
        "- Mail: Quillon Press Oy, Attn: Privacy, Aleksanterinkatu 5 C, 00100 Helsinki, Finland\n"
    )
    assert contact(text).addresses == [
        "Quillon Press Oy, Attn: Privacy, Aleksanterinkatu 5 C, 00100 Helsinki, Finland"
    ]


def test_an_address_after_write_to_us_at_ends_with_its_sentence():
    text = "You can write to us at: Quillon Press Ltd, 4 Dock Road, Cork T12 X8Y2, Ireland. We reply within a month."
    assert contact(text).addresses == ["Quillon Press Ltd, 4 Dock Road, Cork T12 X8Y2, Ireland"]


def test_a_mail_label_before_a_sentence_without_an_address_gives_none():
    assert contact("Mail: we answer every letter within ten days.\n").addresses == []


@pytest.mark.parametrize(
    "text",
    [
        "Contact us\n\nAcme GmbH\nKaiserstraße 44, 60329 Frankfurt am Main\nEmail: privacy@acme.example",
        "Contact us\n\nPebble Labs B.V.\nHerengracht 182, 1016 BR Amsterdam, Netherlands",
        "Contact us\n\nHanbit Soft Co., Ltd.\n8F, 14 Sejong-daero, Jung-gu, Seoul 04519, Korea",
    ],
)
def test_an_address_line_inside_a_block_read_whole_is_not_read_again_on_its_own(text: str):
    addresses = contact(text).addresses
    assert len(addresses) == 1, addresses
    assert addresses[0].startswith(text.split("\n")[2].rstrip("."))
