"""The grade: A-E (or N/A) from a fixed table of weighted points over the label's fields.

Modelled on ToS;DR's balance of good and bad points (LABEL_SPEC.md, "Grade"). The
grade is computed, never generated: the same label always gets the same grade.

The table of points (`RULES`); `value` is what the point adds to the balance:

| kind    | value | reason                                                 | field                         |
|---------|-------|--------------------------------------------------------|-------------------------------|
| blocker | -8    | They sell personal data                                | sells_personal_data           |
| bad     | -2    | They do not say whether they sell personal data        | sells_personal_data           |
| bad     | -4    | They say both that they sell data and that they do not | conflicts.sells_personal_data |
| bad     | -4    | They share data with advertisers                       | sharing.advertisers           |
| bad     | -2    | Other companies track you on the service               | third_party_tracking          |
| bad     | -4    | They collect sensitive data                            | data_collected.sensitive      |
| bad     | -4    | They collect health and fitness data                   | data_collected.health         |
| bad     | -2    | They collect other people's contact details            | data_collected.contacts       |
| bad     | -2    | They get data about you from other companies           | data_collected.<c>.sources    |
| bad     | -2    | No statement of how long they keep data                | retention                     |
| bad     | -4    | They may keep data indefinitely                        | retention.period              |
| bad     | -2    | They say how long they keep data, but with no limit    | retention.period              |
| bad     | -2    | Policy changes are only posted, not sent to you        | policy_changes                |
| good    | +1    | They say they do not sell personal data                | sells_personal_data           |
| good    | +1    | You can delete your data                               | rights.deletion               |
| good    | +1    | You can see your data                                  | rights.access                 |
| good    | +1    | You can opt out of targeted ads                        | rights.opt_out_targeted_ads   |
| good    | +1    | They say how long they keep data, with a limit         | retention.period              |
| good    | +1    | They tell you directly when the policy changes         | policy_changes                |
| good    | +1    | They describe how they protect your data               | security                      |

Formula: balance = the sum of the values. A label with no evidence at all is N/A
(nothing was read, so nothing can be judged; no points are listed), and so is a
document that is not a privacy policy or is in a language the engines cannot read
(`document.gradable` is false). Otherwise:

| grade | balance            | colour on the cards      |
|-------|--------------------|--------------------------|
| A     | >= 4, no blocker   | green                    |
| B     | 0 to 3, no blocker | green-olive              |
| C     | -6 to -1           | amber                    |
| D     | -12 to -7, or any blocker with balance >= -12 | orange |
| E     | < -12              | red                      |

So a negative balance is never A or B, and never green.

Why these weights (decided on 17 policies, see README "How the grade works"):

- A bad point weighs twice a good one. Most policies written for the GDPR or CCPA
  list the same rights (access, deletion) and the same "reasonable security"
  sentence; those promises are often required by law and do not undo ad tech or
  data bought from brokers. With equal weights, a policy that shares with
  advertisers but lists every right came out as well as one that shares with no one.
- Sharing with advertisers, collecting special categories (sensitive, health) and
  keeping data indefinitely weigh double again: they are what a careful reader
  worries about most.
- A policy that says it sells in one place and denies it in another shows "no" on
  the label (the merge keeps the side with more quotes, and records the conflict);
  the contradiction itself costs 4, so an added "we sell" sentence is never free.
- Selling is a blocker: it costs 8 and caps the grade at D whatever else is good.
- Retention is judged, not only detected: a bounded period ("30 days") or a bounded
  criterion ("while your account is open", "until you delete it") is good;
  "indefinitely"/"permanently keep" is bad; "as long as necessary" with nothing
  bounded anywhere in the retention evidence is bad (it is no limit at all); no
  statement is bad. Exactly one of the four fires.
- Silence about selling is a bad point: a careful reader who cannot tell whether
  their data is sold assumes it may be.
- Each rule counts at most once. The special categories are separate rules: collecting
  both sensitive and health data is worse than one. Receiving data from third parties
  is one point however many categories it covers.
"""

from __future__ import annotations

import re
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
RetentionKind = Literal["none", "indefinite", "vague", "bounded"]

GOOD, BAD, SERIOUS, BLOCKER = 1, -2, -4, -8
A_FROM, B_FROM, C_FROM, D_FROM = 4, 0, -6, -12

# The value of a point saved before points carried their own (schema 1.0 labels).
LEGACY_VALUES: dict[str, int] = {"good": 1, "bad": -1, "blocker": -3}

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fourteen|eighteen|twenty|thirty|sixty|ninety)"
)
BOUNDED_RETENTION = re.compile(
    rf"\b{_NUMBER}[- ](?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:for|within|after|up to) an? (?:hour|day|week|month|year)\b"
    r"|\b(?:account|subscription|membership|workspace)\b[^.;]{0,40}"
    r"\b(?:open|active|exists?|closed?|deleted?|terminated|in force)\b"
    r"|\b(?:until|while|as long as)\b[^.;]{0,30}\b(?:account|subscription|membership|contract)\b"
    r"|\bwhen you (?:disconnect|delete|close|sign out|log out)\b",
    re.IGNORECASE,
)
INDEFINITE_RETENTION = re.compile(
    r"\bindefinite(?:ly)?\b|\bforever\b|\bin perpetuity\b"
    r"|\bno (?:set |fixed |specific )?(?:time )?limit\b"
    r"|\bas long as we (?:see fit|deem|wish|want|like)\b"
    r"|\bpermanently (?:keep|retain|store)\b|\b(?:kept|retained|stored) permanently\b",
    re.IGNORECASE,
)


def retention_kind(label: PrivacyNutritionLabel) -> RetentionKind:
    """How the label's retention reads: not stated, indefinite, vague, or bounded.

    The period and every retention quote are read: one bounded statement (a number of
    days, "while your account is open") makes it bounded, unless some statement keeps
    data indefinitely, which wins.
    """
    retention = label.retention
    if retention.stated != "yes":
        return "none"
    texts = [retention.period or ""] + [evidence.quote for evidence in retention.evidence]
    if any(INDEFINITE_RETENTION.search(text) for text in texts):
        return "indefinite"
    if any(BOUNDED_RETENTION.search(text) for text in texts):
        return "bounded"
    return "vague"


@dataclass(frozen=True)
class GradeRule:
    """One row of the table: `check` returns the field path that earns the point, or
    None. A retention row names the `retention` kind it is for instead: how retention
    reads is judged once per label (`retention_kind`), not once per row."""

    kind: PointKind
    value: int
    reason: str
    check: Callable[[PrivacyNutritionLabel], str | None] | None = None
    retention: RetentionKind | None = None

    def earned(self, label: PrivacyNutritionLabel, retention: RetentionKind) -> str | None:
        """The field path that earns the point on `label`, whose retention reads as
        `retention`, or None."""
        if self.check is not None:
            return self.check(label)
        if retention != self.retention:
            return None
        return "retention" if retention == "none" else "retention.period"


def _answer_is(path: str, value: str) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return path if getattr(label, path).value == value else None

    return check


def _sale_not_stated(label: PrivacyNutritionLabel) -> str | None:
    return "sells_personal_data" if label.sells_personal_data.value == "not_stated" else None


def _contradicts_itself_on_selling(label: PrivacyNutritionLabel) -> str | None:
    field = "sells_personal_data"
    if label.sells_personal_data.value == "yes":
        return None  # already a blocker
    return f"conflicts.{field}" if any(c.field == field for c in label.conflicts) else None


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


def _notice_is(notice: str) -> Callable[[PrivacyNutritionLabel], str | None]:
    def check(label: PrivacyNutritionLabel) -> str | None:
        return "policy_changes" if label.policy_changes.notice == notice else None

    return check


def _security_described(label: PrivacyNutritionLabel) -> str | None:
    return "security" if label.security.measures_described == "yes" else None


RULES: tuple[GradeRule, ...] = (
    GradeRule(
        "blocker", BLOCKER, "They sell personal data", _answer_is("sells_personal_data", "yes")
    ),
    GradeRule("bad", BAD, "They do not say whether they sell personal data", _sale_not_stated),
    GradeRule(
        "bad",
        SERIOUS,
        "They say both that they sell data and that they do not",
        _contradicts_itself_on_selling,
    ),
    GradeRule("bad", SERIOUS, "They share data with advertisers", _shares_with_advertisers),
    GradeRule(
        "bad",
        BAD,
        "Other companies track you on the service",
        _answer_is("third_party_tracking", "yes"),
    ),
    GradeRule("bad", SERIOUS, "They collect sensitive data", _collects(DataCategory.sensitive)),
    GradeRule(
        "bad", SERIOUS, "They collect health and fitness data", _collects(DataCategory.health)
    ),
    GradeRule(
        "bad",
        BAD,
        "They collect other people's contact details",
        _collects(DataCategory.contacts),
    ),
    GradeRule(
        "bad", BAD, "They get data about you from other companies", _receives_from_third_parties
    ),
    GradeRule("bad", BAD, "No statement of how long they keep data", retention="none"),
    GradeRule("bad", SERIOUS, "They may keep data indefinitely", retention="indefinite"),
    GradeRule(
        "bad",
        BAD,
        "They say how long they keep data, but with no limit",
        retention="vague",
    ),
    GradeRule(
        "bad", BAD, "Policy changes are only posted, not sent to you", _notice_is("posted_only")
    ),
    GradeRule(
        "good",
        GOOD,
        "They say they do not sell personal data",
        _answer_is("sells_personal_data", "no"),
    ),
    GradeRule("good", GOOD, "You can delete your data", _right_is_yes(Right.deletion)),
    GradeRule("good", GOOD, "You can see your data", _right_is_yes(Right.access)),
    GradeRule(
        "good", GOOD, "You can opt out of targeted ads", _right_is_yes(Right.opt_out_targeted_ads)
    ),
    GradeRule("good", GOOD, "They say how long they keep data, with a limit", retention="bounded"),
    GradeRule(
        "good",
        GOOD,
        "They tell you directly when the policy changes",
        _notice_is("personal_notice"),
    ),
    GradeRule("good", GOOD, "They describe how they protect your data", _security_described),
)


def point_value(point: GradePoint) -> int:
    """What the point adds to the balance (its own value, or the legacy one for old labels)."""
    return point.value if point.value is not None else LEGACY_VALUES[point.kind]


def grade_for_balance(balance: int, has_blocker: bool) -> Grade:
    """The letter for a balance; a blocker caps the grade at D."""
    if balance < D_FROM:
        return "E"
    if has_blocker or balance < C_FROM:
        return "D"
    if balance < B_FROM:
        return "C"
    if balance < A_FROM:
        return "B"
    return "A"


def score_points(points: list[GradePoint]) -> GradeResult:
    """Apply the formula to a list of points (the label is known to have evidence)."""
    balance = sum(point_value(point) for point in points)
    has_blocker = any(point.kind == "blocker" for point in points)
    grade = grade_for_balance(balance, has_blocker)
    return GradeResult(grade=grade, balance=balance, points=list(points))


def grade_label(label: PrivacyNutritionLabel) -> GradeResult:
    """The label's grade and the points that produced it, in the order of `RULES`.
    A document that is not a privacy policy, or not in a language the engines read,
    is N/A (`label.document.not_graded_reason` says why)."""
    if not label.document.gradable or not label.has_evidence():
        return GradeResult(grade="N/A", balance=0, points=[])
    points: list[GradePoint] = []
    retention = retention_kind(label)
    for rule in RULES:
        field = rule.earned(label, retention)
        if field is not None:
            points.append(
                GradePoint(kind=rule.kind, reason=rule.reason, field=field, value=rule.value)
            )
    return score_points(points)
