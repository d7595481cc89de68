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
