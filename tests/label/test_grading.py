"""The grade: the documented table of points, each point on its own field, the
formula's boundaries, retention judged by what it says, and the colour rule."""

from __future__ import annotations

import pytest
from data.render_labels import bare_label, evidence, one_claim_label, rich_label

from summarizer.label import grading
from summarizer.label.backing import field_evidence
from summarizer.label.grading import (
    RULES,
    grade_for_balance,
    grade_label,
    point_value,
    retention_kind,
    score_points,
)
from summarizer.label.schema import (
    Answer,
    CollectedData,
    Conflict,
    DataCategory,
    GradePoint,
    PolicyChanges,
    Retention,
    Right,
    Security,
    SharingClaim,
    Source,
)

# The two points every label earns by silence unless it speaks to them.
SILENT_ON_SALE = "They do not say whether they sell personal data"
NO_RETENTION = "No statement of how long they keep data"


def _yes(*quotes: str) -> Answer:
    return Answer(value="yes", evidence=[evidence(q) for q in quotes or ("Said.",)])


def _right(right: Right) -> dict[str, object]:
    return {"rights": {right: _yes()}}


# One label per row of the table, holding only the field that rule reads.
ONLY_THAT_FIELD: list[tuple[str, dict[str, object], str, int]] = [
    ("They sell personal data", {"sells_personal_data": _yes()}, "sells_personal_data", -8),
    (
        "They say both that they sell data and that they do not",
        {"conflicts": [Conflict(field="sells_personal_data", evidence=[evidence()])]},
        "conflicts.sells_personal_data",
        -4,
    ),
    (
        "They say they do not sell personal data",
        {"sells_personal_data": Answer(value="no", evidence=[evidence()])},
        "sells_personal_data",
        1,
    ),
    (
        "They share data with advertisers",
        {"sharing": [SharingClaim(recipient="advertisers", evidence=[evidence()])]},
        "sharing.advertisers",
        -4,
    ),
    (
        "Other companies track you on the service",
        {"third_party_tracking": _yes()},
        "third_party_tracking",
        -2,
    ),
    (
        "They collect sensitive data",
        {"data_collected": [CollectedData(category="sensitive", evidence=[evidence()])]},
        "data_collected.sensitive",
        -4,
    ),
    (
        "They collect health and fitness data",
        {"data_collected": [CollectedData(category="health", evidence=[evidence()])]},
        "data_collected.health",
        -4,
    ),
    (
        "They collect other people's contact details",
        {"data_collected": [CollectedData(category="contacts", evidence=[evidence()])]},
        "data_collected.contacts",
        -2,
    ),
    (
        "They get data about you from other companies",
        {
            "data_collected": [
                CollectedData(
                    category="location", sources=[Source.third_party], evidence=[evidence()]
                )
            ]
        },
        "data_collected.location.sources",
        -2,
    ),
    (
        "They may keep data indefinitely",
        {
            "retention": Retention(
                stated="yes", period="indefinitely", evidence=[evidence("We keep it indefinitely.")]
            )
        },
        "retention.period",
        -4,
    ),
    (
        "They say how long they keep data, but with no limit",
        {
            "retention": Retention(
                stated="yes",
                period="as long as necessary",
                evidence=[evidence("We keep data as long as necessary for our purposes.")],
            )
        },
        "retention.period",
        -2,
    ),
    (
        "They say how long they keep data, with a limit",
        {
            "retention": Retention(
                stated="yes",
                period="for 30 days",
                evidence=[evidence("Logs are kept for 30 days.")],
            )
        },
        "retention.period",
        1,
    ),
    (
        "Policy changes are only posted, not sent to you",
        {"policy_changes": PolicyChanges(notice="posted_only", evidence=[evidence()])},
        "policy_changes",
        -2,
    ),
    (
        "They tell you directly when the policy changes",
        {"policy_changes": PolicyChanges(notice="personal_notice", evidence=[evidence()])},
        "policy_changes",
        1,
    ),
    (
        "They describe how they protect your data",
        {"security": Security(measures_described="yes", evidence=[evidence()])},
        "security",
        1,
    ),
    ("You can delete your data", _right(Right.deletion), "rights.deletion", 1),
    ("You can see your data", _right(Right.access), "rights.access", 1),
    (
        "You can opt out of targeted ads",
        _right(Right.opt_out_targeted_ads),
        "rights.opt_out_targeted_ads",
        1,
    ),
]


def _silence_points(fields: dict[str, object]) -> set[str]:
    silent = set()
    if "sells_personal_data" not in fields:
        silent.add(SILENT_ON_SALE)
    if "retention" not in fields:
        silent.add(NO_RETENTION)
    return silent


@pytest.mark.parametrize(
    ("reason", "fields", "field", "value"),
    ONLY_THAT_FIELD,
    ids=[row[0] for row in ONLY_THAT_FIELD],
)
def test_each_point_fires_on_a_label_with_only_its_field(reason, fields, field, value):
    result = grade_label(one_claim_label(**fields))
    earned = {point.reason: point for point in result.points}
    assert set(earned) == {reason} | _silence_points(fields)
    assert (earned[reason].field, earned[reason].value) == (field, value)


def test_every_rule_of_the_table_is_tested_on_its_own_field():
    assert {row[0] for row in ONLY_THAT_FIELD} | {SILENT_ON_SALE, NO_RETENTION} == {
        rule.reason for rule in RULES
    }


def test_silence_on_selling_and_retention_are_the_points_of_a_thin_label():
    result = grade_label(one_claim_label())
    assert [(p.reason, p.field, p.value) for p in result.points] == [
        (SILENT_ON_SALE, "sells_personal_data", -2),
        (NO_RETENTION, "retention", -2),
    ]
    assert (result.balance, result.grade) == (-4, "C")


def test_label_without_evidence_is_not_graded():
    result = grade_label(bare_label())
    assert result.grade == "N/A"
    assert result.points == []


def test_answers_without_any_evidence_are_still_not_graded():
    label = bare_label().model_copy(update={"sells_personal_data": Answer(value="yes")})
    assert grade_label(label).grade == "N/A"


@pytest.mark.parametrize(
    ("balance", "blocker", "grade"),
    [
        (6, False, "A"),
        (4, False, "A"),
        (3, False, "B"),
        (0, False, "B"),
        (-1, False, "C"),
        (-6, False, "C"),
        (-7, False, "D"),
        (-12, False, "D"),
        (-13, False, "E"),
        (10, True, "D"),  # a blocker caps the grade at D whatever the balance
        (-13, True, "E"),
    ],
)
def test_grade_boundaries(balance, blocker, grade):
    assert grade_for_balance(balance, blocker) == grade


def test_score_points_sums_each_points_own_value():
    points = [
        GradePoint(kind="good", reason="g", value=1),
        GradePoint(kind="bad", reason="b", value=-4),
        GradePoint(kind="bad", reason="c", value=-2),
    ]
    assert (score_points(points).balance, score_points(points).grade) == (-5, "C")


def test_points_saved_before_weights_keep_their_old_values():
    old = [GradePoint(kind="good", reason="g"), GradePoint(kind="blocker", reason="x")]
    assert [point_value(point) for point in old] == [1, -3]


def test_a_negative_balance_is_never_graded_A_or_B():
    for balance in range(-40, 0):
        for blocker in (False, True):
            assert grade_for_balance(balance, blocker) not in ("A", "B"), balance


def test_only_a_label_with_every_good_point_and_no_bad_is_A():
    best = one_claim_label(
        sells_personal_data=Answer(value="no", evidence=[evidence()]),
        rights={r: _yes() for r in (Right.deletion, Right.access, Right.opt_out_targeted_ads)},
        retention=Retention(stated="yes", period="for 30 days", evidence=[evidence()]),
        policy_changes=PolicyChanges(notice="personal_notice", evidence=[evidence()]),
        security=Security(measures_described="yes", evidence=[evidence()]),
    )
    result = grade_label(best)
    assert (result.balance, result.grade) == (7, "A")
    with_ads = best.model_copy(
        update={"sharing": [SharingClaim(recipient="advertisers", evidence=[evidence()])]}
    )
    assert (grade_label(with_ads).balance, grade_label(with_ads).grade) == (3, "B")


def test_selling_caps_a_label_full_of_good_points_at_D():
    label = one_claim_label(
        sells_personal_data=_yes(),
        rights={r: _yes() for r in (Right.deletion, Right.access, Right.opt_out_targeted_ads)},
        retention=Retention(stated="yes", period="for a year", evidence=[evidence()]),
        policy_changes=PolicyChanges(notice="personal_notice", evidence=[evidence()]),
        security=Security(measures_described="yes", evidence=[evidence()]),
    )
    result = grade_label(label)
    assert result.balance == 6 - 8
    assert result.grade == "D"


def test_a_seller_sharing_with_advertisers_and_tracking_is_E():
    label = one_claim_label(
        sells_personal_data=_yes(),
        third_party_tracking=_yes(),
        sharing=[SharingClaim(recipient="advertisers", evidence=[evidence()])],
    )
    result = grade_label(label)
    assert result.balance == -8 - 4 - 2 - 2  # and no retention statement
    assert result.grade == "E"


def test_each_special_category_costs_its_own_points():
    one = grade_label(
        one_claim_label(data_collected=[CollectedData(category="health", evidence=[evidence()])])
    )
    two = grade_label(
        one_claim_label(
            data_collected=[
                CollectedData(category=DataCategory.health, evidence=[evidence()]),
                CollectedData(category=DataCategory.sensitive, evidence=[evidence()]),
            ]
        )
    )
    assert two.balance == one.balance - 4


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


@pytest.mark.parametrize(
    ("period", "quotes", "kind"),
    [
        ("for 30 days", ["Logs are deleted after 30 days."], "bounded"),
        ("for three years", ["Invoices are kept for three years."], "bounded"),
        ("for a year", ["Backups are kept for a year."], "bounded"),
        ("as needed", ["We keep what we need and review it once a day."], "vague"),
        ("while your account is open", ["We keep it while your account is open."], "bounded"),
        ("until you delete your account", ["We keep it until you delete your account."], "bounded"),
        ("indefinitely", ["We may retain your data indefinitely."], "indefinite"),
        ("as long as we see fit", ["We keep it as long as we see fit."], "indefinite"),
        (
            "as long as necessary",
            ["We retain data for as long as necessary to fulfil the purposes of this policy."],
            "vague",
        ),
        (
            "as long as necessary",
            ["We keep data as long as necessary.", "Chat logs are kept for 90 days."],
            "bounded",  # one bounded statement is a limit the reader can hold them to
        ),
        (
            "for 30 days",
            ["Logs are kept for 30 days.", "Your profile is stored indefinitely."],
            "indefinite",  # keeping anything forever wins over a bounded detail
        ),
        (
            "within 90 days",
            ["After you close your account we will permanently delete it within 90 days."],
            "bounded",  # "permanently delete" is not "keep permanently"
        ),
    ],
)
def test_retention_is_judged_by_what_it_says(period, quotes, kind):
    label = one_claim_label(
        retention=Retention(stated="yes", period=period, evidence=[evidence(q) for q in quotes])
    )
    assert retention_kind(label) == kind


def test_retention_not_stated_is_none():
    assert retention_kind(one_claim_label()) == "none"


def test_indefinite_retention_is_not_a_good_point():
    label = one_claim_label(
        retention=Retention(
            stated="yes",
            period="indefinitely",
            evidence=[evidence("We keep your information indefinitely.")],
        )
    )
    reasons = [(p.kind, p.reason) for p in grade_label(label).points]
    assert ("bad", "They may keep data indefinitely") in reasons
    assert not any(kind == "good" for kind, _ in reasons)


def test_points_of_the_rich_label_cite_fields_the_label_backs():
    label = rich_label()
    result = grade_label(label)
    for point in result.points:
        assert point.field is not None
        if point.field != "retention":  # "no retention statement" rests on absence
            assert field_evidence(label, point.field), point


def test_every_rule_is_in_the_documented_table_with_its_value():
    doc = grading.__doc__ or ""
    for rule in RULES:
        row = next((line for line in doc.splitlines() if rule.reason in line), None)
        assert row is not None, rule.reason
        assert f"| {rule.value:+d} " in row, row


def test_a_seller_who_also_denies_selling_is_not_graded_as_a_non_seller():
    denies = one_claim_label(sells_personal_data=Answer(value="no", evidence=[evidence()]))
    contradicts = denies.model_copy(
        update={"conflicts": [Conflict(field="sells_personal_data", evidence=[evidence()])]}
    )
    assert grade_label(contradicts).balance == grade_label(denies).balance - 4
    seller = one_claim_label(
        sells_personal_data=_yes(),
        conflicts=[Conflict(field="sells_personal_data", evidence=[evidence()])],
    )
    reasons = [p.reason for p in grade_label(seller).points]
    assert "They sell personal data" in reasons
    assert "They say both that they sell data and that they do not" not in reasons


@pytest.mark.parametrize(
    ("retention", "reason", "field"),
    [
        (Retention(), "No statement of how long they keep data", "retention"),
        (
            Retention(stated="yes", period="indefinitely", evidence=[evidence("Kept forever.")]),
            "They may keep data indefinitely",
            "retention.period",
        ),
        (
            Retention(
                stated="yes", period="as long as necessary", evidence=[evidence("As needed.")]
            ),
            "They say how long they keep data, but with no limit",
            "retention.period",
        ),
        (
            Retention(stated="yes", period="for 30 days", evidence=[evidence("For 30 days.")]),
            "They say how long they keep data, with a limit",
            "retention.period",
        ),
    ],
)
def test_exactly_one_retention_point_is_given_for_how_retention_reads(retention, reason, field):
    retention_reasons = {rule.reason for rule in RULES if rule.retention is not None}
    points = grade_label(one_claim_label(retention=retention)).points
    given = [(p.reason, p.field) for p in points if p.reason in retention_reasons]
    assert given == [(reason, field)]
