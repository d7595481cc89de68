"""The grade: the documented table of points and the formula's boundaries."""

from __future__ import annotations

import pytest
from data.render_labels import bare_label, evidence, one_claim_label, rich_label

from summarizer.label import grading
from summarizer.label.backing import field_evidence
from summarizer.label.grading import RULES, grade_label, score_points
from summarizer.label.schema import (
    Answer,
    CollectedData,
    DataCategory,
    GradePoint,
    PolicyChanges,
    Retention,
    Right,
    Security,
    SharingClaim,
    Source,
)


def points(good: int = 0, bad: int = 0, blockers: int = 0) -> list[GradePoint]:
    return (
        [GradePoint(kind="good", reason=f"g{i}") for i in range(good)]
        + [GradePoint(kind="bad", reason=f"b{i}") for i in range(bad)]
        + [GradePoint(kind="blocker", reason=f"x{i}") for i in range(blockers)]
    )


@pytest.mark.parametrize(
    ("good", "bad", "blockers", "grade", "balance"),
    [
        (0, 0, 0, "A", 0),
        (3, 0, 0, "A", 3),
        (5, 1, 0, "B", 4),
        (0, 4, 0, "B", -4),  # -4 is not below -4
        (0, 5, 0, "C", -5),
        (1, 6, 0, "C", -5),
        (0, 7, 1, "D", -10),  # -10 is not below -10
        (0, 8, 1, "E", -11),
        (7, 0, 1, "D", 4),  # a blocker caps the grade at D whatever the balance
        (0, 11, 0, "E", -11),  # E comes from the balance alone, too
    ],
)
def test_score_points_applies_formula_boundaries(good, bad, blockers, grade, balance):
    result = score_points(points(good, bad, blockers))
    assert (result.grade, result.balance) == (grade, balance)


def test_label_without_evidence_is_not_graded():
    result = grade_label(bare_label())
    assert result.grade == "N/A"
    assert result.points == []


def test_answers_without_any_evidence_are_still_not_graded():
    label = bare_label().model_copy(update={"sells_personal_data": Answer(value="yes")})
    assert grade_label(label).grade == "N/A"


def test_missing_retention_statement_is_the_only_bad_point_of_a_thin_label():
    result = grade_label(one_claim_label())
    assert [(p.kind, p.field) for p in result.points] == [("bad", "retention")]
    assert result.grade == "B"


def test_label_with_only_good_points_gets_A():
    label = one_claim_label(
        retention=Retention(stated="yes", period="for 30 days", evidence=[evidence()])
    )
    result = grade_label(label)
    assert [p.kind for p in result.points] == ["good"]
    assert result.grade == "A"


def test_retention_stated_without_period_is_neither_good_nor_bad():
    label = one_claim_label(retention=Retention(stated="yes", evidence=[evidence()]))
    result = grade_label(label)
    assert result.points == []
    assert result.grade == "A"


def test_selling_data_is_a_blocker_that_caps_the_grade_at_D():
    label = one_claim_label(
        sells_personal_data=Answer(value="yes", evidence=[evidence()]),
        rights={
            Right.deletion: Answer(value="yes", evidence=[evidence()]),
            Right.access: Answer(value="yes", evidence=[evidence()]),
            Right.opt_out_targeted_ads: Answer(value="yes", evidence=[evidence()]),
        },
        retention=Retention(stated="yes", period="for a year", evidence=[evidence()]),
        policy_changes=PolicyChanges(notice="personal_notice", evidence=[evidence()]),
    )
    result = grade_label(label)
    blockers = [p for p in result.points if p.kind == "blocker"]
    assert [p.field for p in blockers] == ["sells_personal_data"]
    assert result.balance == 5 - 3
    assert result.grade == "D"


def _worst_label(**overrides):
    fields = {
        "sells_personal_data": Answer(value="yes", evidence=[evidence()]),
        "third_party_tracking": Answer(value="yes", evidence=[evidence()]),
        "sharing": [SharingClaim(recipient="advertisers", evidence=[evidence()])],
        "data_collected": [
            CollectedData(category=DataCategory.sensitive, evidence=[evidence()]),
            CollectedData(category=DataCategory.health, evidence=[evidence()]),
            CollectedData(
                category=DataCategory.contacts, sources=[Source.third_party], evidence=[evidence()]
            ),
        ],
        "policy_changes": PolicyChanges(notice="posted_only", evidence=[evidence()]),
    }
    fields.update(overrides)
    return one_claim_label(**fields)


def test_every_bad_point_and_a_blocker_make_E():
    result = grade_label(_worst_label())
    assert sum(p.kind == "bad" for p in result.points) == 8
    assert result.balance == -11
    assert result.grade == "E"


def test_one_bad_point_fewer_than_the_worst_is_D_not_E():
    result = grade_label(_worst_label(retention=Retention(stated="yes", evidence=[evidence()])))
    assert result.balance == -10
    assert result.grade == "D"


def _with_rights(label, *rights: Right):
    granted = {right: Answer(value="yes", evidence=[evidence()]) for right in rights}
    return label.model_copy(update={"rights": {**label.rights, **granted}})


def test_balance_minus_five_is_C_and_minus_four_is_B_through_real_labels():
    no_blocker = _worst_label(sells_personal_data=Answer())
    assert (grade_label(no_blocker).balance, grade_label(no_blocker).grade) == (-8, "C")
    three_good = _with_rights(no_blocker, Right.deletion, Right.access, Right.opt_out_targeted_ads)
    assert (grade_label(three_good).balance, grade_label(three_good).grade) == (-5, "C")
    four_good = three_good.model_copy(
        update={"security": Security(measures_described="yes", evidence=[evidence()])}
    )
    assert (grade_label(four_good).balance, grade_label(four_good).grade) == (-4, "B")


def test_each_special_category_costs_one_point():
    one = grade_label(
        one_claim_label(
            data_collected=[CollectedData(category=DataCategory.health, evidence=[evidence()])]
        )
    )
    two = grade_label(
        one_claim_label(
            data_collected=[
                CollectedData(category=DataCategory.health, evidence=[evidence()]),
                CollectedData(category=DataCategory.sensitive, evidence=[evidence()]),
            ]
        )
    )
    assert two.balance == one.balance - 1


def test_data_from_third_parties_costs_one_point_however_many_categories():
    label = one_claim_label(
        data_collected=[
            CollectedData(category=category, sources=[Source.third_party], evidence=[evidence()])
            for category in (
                DataCategory.location,
                DataCategory.identifiers,
                DataCategory.demographics,
            )
        ]
    )
    result = grade_label(label)
    third_party = [p for p in result.points if p.field and p.field.endswith(".sources")]
    assert [p.field for p in third_party] == ["data_collected.location.sources"]


def test_points_of_the_rich_label_cite_fields_the_label_backs():
    label = rich_label()
    result = grade_label(label)
    assert result.grade == "B"
    assert result.balance == 7 - 4
    for point in result.points:
        assert point.field is not None
        if point.field != "retention":  # "no retention statement" rests on absence
            assert field_evidence(label, point.field), point


def test_every_rule_is_in_the_documented_table():
    doc = grading.__doc__ or ""
    for rule in RULES:
        assert rule.reason in doc, rule.reason
    assert len(RULES) == 16


def test_grade_is_the_same_for_the_same_label():
    assert grade_label(rich_label()) == grade_label(rich_label())
