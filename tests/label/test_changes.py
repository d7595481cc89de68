"""diff_labels: practices added, removed and changed; wording-only edits are counted,
never reported; the grade's change and the points behind it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from data.policy_versions import (
    OLD_POLICY,
    reworded,
    updated,
    with_sale,
    without_advertisers,
)
from data.render_labels import evidence, one_claim_label

from summarizer.engines.rules import RulesExtractor
from summarizer.label.changes import (
    count_reworded_sentences,
    diff_labels,
    label_practices,
    policy_date,
    split_sentences,
)
from summarizer.label.schema import (
    Answer,
    Children,
    Contact,
    PrivacyNutritionLabel,
    Retention,
    SharingClaim,
)
from summarizer.pipeline import label_document
from summarizer.text.loading import load_text


def label_of(text: str) -> PrivacyNutritionLabel:
    return label_document(load_text(text, source="policy.md", format="markdown"), RulesExtractor())


@pytest.fixture(scope="module")
def old_label() -> PrivacyNutritionLabel:
    return label_of(OLD_POLICY)


def _fields(diff) -> list[tuple[str, str]]:
    return [(change.kind, change.field) for change in diff.changes]


def test_the_same_label_has_no_changes(old_label):
    result = diff_labels(old_label, old_label, OLD_POLICY, OLD_POLICY)
    assert not result.changed
    assert result.changes == []
    assert result.reworded_sentences == 0
    assert not result.grade.changed


def test_an_added_sale_is_a_change_with_its_new_quote_and_section(old_label):
    text = with_sale()
    result = diff_labels(old_label, label_of(text), OLD_POLICY, text)
    # the data brokers the data is sold to are a new recipient too
    assert _fields(result) == [
        ("changed", "sells_personal_data"),
        ("added", "sharing.unspecified_third_parties"),
    ]
    change = result.changes[0]
    assert (change.old, change.new) == ("Not stated", "Yes")
    assert change.old_evidence == []
    quote = change.new_evidence[0]
    assert quote.quote == "We sell your personal information to data brokers."
    assert text[quote.start : quote.end] == quote.quote
    assert quote.section == "Sharing"


def test_a_sale_moves_the_grade_and_names_the_points(old_label):
    text = with_sale()
    result = diff_labels(old_label, label_of(text), OLD_POLICY, text)
    assert (result.grade.old, result.grade.new) == ("C", "D")
    assert [p.reason for p in result.grade.gained] == ["They sell personal data"]
    assert [p.reason for p in result.grade.lost] == [
        "They do not say whether they sell personal data"
    ]
    assert result.grade.new_balance - result.grade.old_balance == -8 + 2


def test_a_removed_recipient_is_removed_with_its_old_quote(old_label):
    text = without_advertisers()
    result = diff_labels(old_label, label_of(text), OLD_POLICY, text)
    removed = next(c for c in result.changes if c.field == "sharing.advertisers")
    assert removed.kind == "removed"
    assert removed.new is None and removed.new_evidence == []
    assert "advertising partners" in removed.old_evidence[0].quote
    assert "Contact details" in (removed.old or "")


def test_rewording_a_paragraph_is_not_a_change_but_is_counted(old_label):
    text = reworded()
    result = diff_labels(old_label, label_of(text), OLD_POLICY, text)
    assert not result.changed, _fields(result)
    assert result.reworded_sentences == 1
    security = next(u for u in result.unchanged if u.field == "security")
    assert security.old_evidence[0].quote != security.new_evidence[0].quote


def test_an_update_with_several_edits_reports_the_sale_first(old_label):
    text = updated()
    result = diff_labels(old_label, label_of(text), OLD_POLICY, text)
    assert result.changes[0].field == "sells_personal_data"
    assert ("removed", "sharing.advertisers") in _fields(result)
    assert result.reworded_sentences == 1  # the security paragraph; the rest are changes


def test_labels_alone_count_new_quotes_of_unchanged_practices(old_label):
    result = diff_labels(old_label, label_of(reworded()))
    assert not result.changed
    assert result.reworded_sentences == 1


def test_a_quote_in_another_section_is_moved_not_changed():
    old = one_claim_label(sells_personal_data=Answer(value="no", evidence=[evidence("No sale.")]))
    new = one_claim_label(
        sells_personal_data=Answer(value="no", evidence=[evidence("No sale.", "Your choices")])
    )
    result = diff_labels(old, new)
    assert not result.changed
    assert result.moved_quotes == 1


def test_recipient_getting_new_categories_is_changed():
    old = one_claim_label(sharing=[SharingClaim(recipient="advertisers", evidence=[evidence()])])
    new = one_claim_label(
        sharing=[
            SharingClaim(recipient="advertisers", categories=["location"], evidence=[evidence()])
        ]
    )
    result = diff_labels(old, new)
    assert _fields(result) == [("changed", "sharing.advertisers")]
    assert "Location" in (result.changes[0].new or "")


@pytest.mark.parametrize(
    ("old_period", "new_period", "changed"),
    [
        ("for 30 days", "for thirty days", True),  # the number differs in kind of words only
        ("We keep logs for 30 days.", "Logs are kept for 30 days.", False),
        ("We keep logs for 30 days.", "We keep logs for 90 days.", True),
        ("for 30 days", "indefinitely", True),
    ],
)
def test_retention_changes_when_its_limit_changes(old_period, new_period, changed):
    old = one_claim_label(
        retention=Retention(stated="yes", period=old_period, evidence=[evidence(old_period)])
    )
    new = one_claim_label(
        retention=Retention(stated="yes", period=new_period, evidence=[evidence(new_period)])
    )
    assert diff_labels(old, new).changed is changed


def test_children_age_and_contact_changes_are_reported():
    old = one_claim_label(
        children=Children(min_age=13, evidence=[evidence()]),
        contact=Contact(emails=["privacy@a.example"]),
    )
    new = one_claim_label(
        children=Children(min_age=16, evidence=[evidence()]),
        contact=Contact(emails=["privacy@a.example", "dpo@a.example"]),
    )
    result = diff_labels(old, new)
    assert ("changed", "children.min_age") in _fields(result)
    added = [c for c in result.changes if c.kind == "added"]
    assert [(c.field, c.new) for c in added] == [("contact.emails.dpo@a.example", "dpo@a.example")]


def test_contact_in_other_case_is_the_same_contact():
    old = one_claim_label(contact=Contact(emails=["Privacy@A.example"]))
    new = one_claim_label(contact=Contact(emails=["privacy@a.example"]))
    assert not diff_labels(old, new).changed


def test_every_right_and_answer_is_a_practice_even_when_not_stated():
    practices = label_practices(one_claim_label())
    assert practices["rights.deletion"].value == "Not stated"
    assert practices["sells_personal_data"].value == "Not stated"
    assert "children.min_age" not in practices


def test_policy_date_is_read_when_a_label_carries_one():
    dated = SimpleNamespace(document=SimpleNamespace(date="2024-03-01", evidence=[evidence()]))
    assert policy_date(dated)[0] == "2024-03-01"  # type: ignore[arg-type]
    assert policy_date(one_claim_label()) == (None, [])


def test_sentences_split_on_ends_blank_lines_and_list_items():
    text = "One. Two!\n\nThree\n- four\n- five"
    assert [s[2] for s in split_sentences(text)] == ["One.", "Two!", "Three", "- four", "- five"]


def test_reworded_count_skips_sentences_behind_a_change():
    old = "Keep. We share with advertisers. Same."
    new = "Keep. We sell your data. Same."
    assert count_reworded_sentences(old, new, []) == 1
    start = new.index("We sell")
    from summarizer.label.changes import PracticeChange

    change = PracticeChange(
        field="sells_personal_data",
        title="Sells",
        kind="changed",
        new_evidence=[
            evidence("We sell your data.").model_copy(update={"start": start, "end": start + 18})
        ],
    )
    assert count_reworded_sentences(old, new, [change]) == 0
