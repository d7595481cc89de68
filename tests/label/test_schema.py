"""The label model: what construction and loading guarantee whatever the input."""

from __future__ import annotations

from data.render_labels import evidence

from summarizer.label.schema import Answer, PrivacyNutritionLabel, Right


def test_rights_given_partly_and_out_of_order_come_complete_in_the_rights_order():
    deletion = Answer(value="yes", evidence=[evidence("You can delete your data.")])
    access = Answer(value="no", evidence=[evidence("You cannot see your data.")])
    made = PrivacyNutritionLabel(rights={Right.deletion: deletion, Right.access: access})
    loaded = PrivacyNutritionLabel.model_validate_json(
        '{"rights": {"portability": {"value": "yes"}, "access": {"value": "no"}}}'
    )
    for label in (made, loaded):
        assert list(label.rights) == list(Right)
    assert made.rights[Right.deletion] == deletion
    assert made.rights[Right.access] == access
    assert loaded.rights[Right.portability].value == "yes"
    assert loaded.rights[Right.access].value == "no"
    others = [r for r in Right if r not in (Right.deletion, Right.access)]
    assert all(made.rights[r] == Answer() for r in others)


def test_rights_given_complete_and_in_order_are_kept_as_given():
    given = {right: Answer(value="yes", evidence=[evidence(right.value)]) for right in Right}
    label = PrivacyNutritionLabel(rights=given)
    assert list(label.rights) == list(Right)
    assert all(label.rights[right] is given[right] for right in Right)


def test_a_label_has_evidence_exactly_when_it_lists_some():
    quote = evidence("We keep your data for 30 days.")
    labels = {
        "empty": PrivacyNutritionLabel(),
        "a right only": PrivacyNutritionLabel(
            rights={Right.deletion: Answer(value="yes", evidence=[quote])}
        ),
        "the last answer only": PrivacyNutritionLabel.model_validate(
            {"policy_changes": {"notice": "posted_only", "evidence": [quote.model_dump()]}}
        ),
        "a claim only": PrivacyNutritionLabel.model_validate(
            {"sharing": [{"recipient": "advertisers", "evidence": [quote.model_dump()]}]}
        ),
        "a summary only": PrivacyNutritionLabel.model_validate(
            {"summary": {"key_points": [{"text": "x", "evidence": [quote.model_dump()]}]}}
        ),  # the summary is not the label's own evidence
    }
    found = {name: label.has_evidence() for name, label in labels.items()}
    assert found == {name: bool(label.all_evidence()) for name, label in labels.items()}
    assert found == {
        "empty": False,
        "a right only": True,
        "the last answer only": True,
        "a claim only": True,
        "a summary only": False,
    }
