"""The grade: A-E (or N/A) from a fixed table of points over the label's fields.

Modelled on ToS;DR's balance of good and bad points (LABEL_SPEC.md, "Grade"). The
grade is computed, never generated: the same label always gets the same grade.

The table of points (`RULES`):

| kind    | reason                                              | field                       |
|---------|-----------------------------------------------------|-----------------------------|
| blocker | They sell personal data                             | sells_personal_data         |
| bad     | They share data with advertisers                    | sharing.advertisers         |
| bad     | Other companies track you on the service            | third_party_tracking        |
| bad     | They collect sensitive data                         | data_collected.sensitive    |
| bad     | They collect health and fitness data                | data_collected.health       |
| bad     | They collect other people's contact details         | data_collected.contacts     |
| bad     | They get data about you from other companies        | data_collected.<c>.sources  |
| bad     | No statement of how long they keep data             | retention                   |
| bad     | Policy changes are only posted, not sent to you     | policy_changes              |
| good    | They say they do not sell personal data             | sells_personal_data         |
| good    | You can delete your data                            | rights.deletion             |
| good    | You can see your data                               | rights.access               |
| good    | You can opt out of targeted ads                     | rights.opt_out_targeted_ads |
| good    | They say how long they keep data                    | retention.period            |
| good    | They tell you directly when the policy changes      | policy_changes              |
| good    | They describe how they protect your data            | security                    |

Decisions the spec left open, and why:

- Each rule counts at most once. The three special categories (sensitive, health,
  contacts) are three rules, one point each: collecting all three is worse than one.
  Receiving data from third parties is one point however many categories it covers,
  so a long, detailed policy is not punished for being specific.
- Sharing with advertisers and third-party tracking are two points: the first is the
  service handing data over, the second is outsiders collecting on the service. They
  often come together, and then they cost two.
- A blocker is not also a bad point: it costs 3 through `balance` and forces at most D.
- "No retention statement" fires whenever `retention.stated` is not `yes`.
  "Retention stated with a period" needs `stated == yes` and a non-empty period.

Formula: balance = good - bad - 3 x blockers. A label with no evidence at all is
N/A (nothing was read, so nothing can be judged; no points are listed), and so is a
document that is not a privacy policy or is in a language the engines cannot read
(`document.gradable` is false). Otherwise,
in order: balance < -10 -> E; any blocker -> D; balance < -4 -> C; any bad -> B;
else A. With this table E needs a blocker and nearly every bad point (the worst
possible balance is -11).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from summarizer.label.schema import (
    DataCategory,
    Grade,
    GradePoint,
    GradeResult,
    PrivacyNutritionLabel,
    Recipient,
    Right,
    Source,
)

PointKind = Literal["good", "bad", "blocker"]

BLOCKER_WEIGHT = 3
E_BELOW = -10
C_BELOW = -4


@dataclass(frozen=True)
class GradeRule:
    """One row of the table: `check` returns the field path that earns the point, or None."""

    kind: PointKind
    reason: str
    check: Callable[[PrivacyNutritionLabel], str | None]


def _answer_is(path: str, value: str) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return path if getattr(label, path).value == value else None

    return check


def _right_is_yes(right: Right) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return f"rights.{right.value}" if label.rights[right].value == "yes" else None

    return check


def _collects(category: DataCategory) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return f"data_collected.{category.value}" if category in label.categories() else None

    return check


def _shares_with_advertisers(label: PrivacyNutritionLabel) -> str | None:
    return "sharing.advertisers" if Recipient.advertisers in label.recipients() else None


def _receives_from_third_parties(label: PrivacyNutritionLabel) -> str | None:
    for item in label.data_collected:
        if Source.third_party in item.sources:
            return f"data_collected.{item.category.value}.sources"
    return None


def _no_retention_statement(label: PrivacyNutritionLabel) -> str | None:
    return "retention" if label.retention.stated != "yes" else None


def _retention_with_period(label: PrivacyNutritionLabel) -> str | None:
    retention = label.retention
    has_period = bool(retention.period and retention.period.strip())
    return "retention.period" if retention.stated == "yes" and has_period else None


def _notice_is(notice: str) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return "policy_changes" if label.policy_changes.notice == notice else None

    return check


def _security_described(label: PrivacyNutritionLabel) -> str | None:
    return "security" if label.security.measures_described == "yes" else None


RULES: tuple[GradeRule, ...] = (
    GradeRule("blocker", "They sell personal data", _answer_is("sells_personal_data", "yes")),
    GradeRule("bad", "They share data with advertisers", _shares_with_advertisers),
    GradeRule(
        "bad",
        "Other companies track you on the service",
        _answer_is("third_party_tracking", "yes"),
    ),
    GradeRule("bad", "They collect sensitive data", _collects(DataCategory.sensitive)),
    GradeRule("bad", "They collect health and fitness data", _collects(DataCategory.health)),
    GradeRule(
        "bad", "They collect other people's contact details", _collects(DataCategory.contacts)
    ),
    GradeRule("bad", "They get data about you from other companies", _receives_from_third_parties),
    GradeRule("bad", "No statement of how long they keep data", _no_retention_statement),
    GradeRule("bad", "Policy changes are only posted, not sent to you", _notice_is("posted_only")),
    GradeRule(
        "good", "They say they do not sell personal data", _answer_is("sells_personal_data", "no")
    ),
    GradeRule("good", "You can delete your data", _right_is_yes(Right.deletion)),
    GradeRule("good", "You can see your data", _right_is_yes(Right.access)),
    GradeRule("good", "You can opt out of targeted ads", _right_is_yes(Right.opt_out_targeted_ads)),
    GradeRule("good", "They say how long they keep data", _retention_with_period),
    GradeRule(
        "good", "They tell you directly when the policy changes", _notice_is("personal_notice")
    ),
    GradeRule("good", "They describe how they protect your data", _security_described),
)


def score_points(points: list[GradePoint]) -> GradeResult:
    """Apply the formula to a list of points (the label is known to have evidence)."""
    good = sum(1 for point in points if point.kind == "good")
    bad = sum(1 for point in points if point.kind == "bad")
    blockers = sum(1 for point in points if point.kind == "blocker")
    balance = good - bad - BLOCKER_WEIGHT * blockers
    grade: Grade
    if balance < E_BELOW:
        grade = "E"
    elif blockers:
        grade = "D"
    elif balance < C_BELOW:
        grade = "C"
    elif bad:
        grade = "B"
    else:
        grade = "A"
    return GradeResult(grade=grade, balance=balance, points=list(points))


def grade_label(label: PrivacyNutritionLabel) -> GradeResult:
    """The label's grade and the points that produced it, in the order of `RULES`.
    A document that is not a privacy policy, or not in a language the engines read,
    is N/A (`label.document.not_graded_reason` says why)."""
    if not label.document.gradable or not label.all_evidence():
        return GradeResult(grade="N/A", balance=0, points=[])
    points: list[GradePoint] = []
    for rule in RULES:
        field = rule.check(label)
        if field is not None:
            points.append(GradePoint(kind=rule.kind, reason=rule.reason, field=field))
    return score_points(points)
