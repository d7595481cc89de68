"""Every card shows the privacy contact's phone numbers beside its e-mails and addresses."""

from __future__ import annotations

import pytest

from summarizer.label.schema import Contact, PrivacyNutritionLabel
from summarizer.render import render_label, render_terminal
from summarizer.render.views import opp115_view

PHONE = "+44 20 7946 0958"


def label_with_phone() -> PrivacyNutritionLabel:
    return PrivacyNutritionLabel(
        service_name="Tallow",
        contact=Contact(emails=["dpo@tallow.example"], phones=[PHONE]),
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_cards_show_contact_phones(fmt: str):
    assert PHONE in render_label(label_with_phone(), fmt)


def test_terminal_card_shows_contact_phones():
    from rich.console import Console

    console = Console(record=True, width=160)
    render_terminal(label_with_phone(), "label", console)
    assert PHONE in console.export_text()


def test_opp115_view_lists_contact_phones():
    view = opp115_view(label_with_phone())
    assert any(PHONE in practice.text for practice in view.practices)


def test_a_label_without_phones_reads_back_with_an_empty_list():
    legacy = '{"contact": {"emails": ["a@b.example"], "urls": [], "addresses": []}}'
    assert PrivacyNutritionLabel.model_validate_json(legacy).contact.phones == []
