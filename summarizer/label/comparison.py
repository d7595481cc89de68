"""Several services side by side: the label's rows, one column per service.

    from summarizer.label.comparison import compare_labels
    table = compare_labels([label_a, label_b], names=["A", "B"])
    table.services          # [ServiceColumn]: name, grade, balance
    table.rows              # [ComparisonRow]: group, title, cells (one per service), differs
    table.differing_rows()  # the rows where the services do not all say the same

Rows, in order: the grade; what they collect (one row per category any service
collects); who gets it (one row per recipient any service names); sells, tracking,
Do Not Track, each right; retention; children's age; change notice. A cell is the
practice in words ("collected", "Yes", "kept with a limit (30 days)"); an empty
cell means the policy does not say. Grades are computed from each label with the
current table of points.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from summarizer.label.changes import label_practices
from summarizer.label.grading import grade_label
from summarizer.label.schema import DataCategory, PrivacyNutritionLabel, Recipient, Right
from summarizer.label.vocabulary import (
    CATEGORY_TERMS,
    FIELD_TITLES,
    RECIPIENT_TERMS,
    RIGHT_TERMS,
)

NOT_SAID = ""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServiceColumn(_Model):
    name: str
    service_name: str | None = None
    source: str | None = None
    grade: str = "N/A"
    balance: int = 0


class ComparisonRow(_Model):
    key: str  # the label field path, e.g. "sharing.advertisers"
    group: str
    title: str
    cells: list[str] = Field(default_factory=list)

    @property
    def differs(self) -> bool:
        return len(set(self.cells)) > 1


class Comparison(_Model):
    services: list[ServiceColumn] = Field(default_factory=list)
    rows: list[ComparisonRow] = Field(default_factory=list)

    def differing_rows(self) -> list[ComparisonRow]:
        return [row for row in self.rows if row.differs]


def _signed(value: int) -> str:
    return f"{value:+d}".replace("-", "−")


def _collected_cell(label: PrivacyNutritionLabel, category: DataCategory) -> str:
    if category in label.categories():
        return "collected"
    if any(entry.category == category for entry in label.data_not_collected):
        return "says not collected"
    return NOT_SAID


def _shared_cell(label: PrivacyNutritionLabel, recipient: Recipient) -> str:
    for claim in label.sharing:
        if claim.recipient == recipient:
            if not claim.categories:
                return "gets data"
            titles = [CATEGORY_TERMS[c].title for c in DataCategory if c in claim.categories]
            return ", ".join(titles)
    return NOT_SAID


def _unique_names(
    labels: Sequence[PrivacyNutritionLabel], names: Sequence[str] | None
) -> list[str]:
    chosen = []
    for position, label in enumerate(labels):
        given = names[position] if names and position < len(names) else None
        chosen.append(given or label.service_name or f"service {position + 1}")
    seen: dict[str, int] = {}
    unique = []
    for name in chosen:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return unique


def compare_labels(
    labels: Sequence[PrivacyNutritionLabel], names: Sequence[str] | None = None
) -> Comparison:
    """The labels as one table: services as columns, the label's rows as rows."""
    grades = [grade_label(label) for label in labels]
    services = [
        ServiceColumn(
            name=name,
            service_name=label.service_name,
            source=label.provenance.source,
            grade=grade.grade,
            balance=grade.balance,
        )
        for name, label, grade in zip(_unique_names(labels, names), labels, grades, strict=True)
    ]
    practices = [label_practices(label) for label in labels]

    def practice_row(key: str, group: str, title: str) -> ComparisonRow:
        cells = [found[key].value if key in found else NOT_SAID for found in practices]
        return ComparisonRow(key=key, group=group, title=title, cells=cells)

    rows = [
        ComparisonRow(
            key="grade",
            group="Grade",
            title="Grade (balance)",
            cells=[f"{g.grade} ({_signed(g.balance)})" for g in grades],
        )
    ]
    for category in DataCategory:
        if any(category in label.categories() for label in labels):
            rows.append(
                ComparisonRow(
                    key=f"data_collected.{category.value}",
                    group=FIELD_TITLES["data_collected"],
                    title=CATEGORY_TERMS[category].title,
                    cells=[_collected_cell(label, category) for label in labels],
                )
            )
    for recipient in Recipient:
        if any(recipient in label.recipients() for label in labels):
            rows.append(
                ComparisonRow(
                    key=f"sharing.{recipient.value}",
                    group=FIELD_TITLES["sharing"],
                    title=RECIPIENT_TERMS[recipient].title,
                    cells=[_shared_cell(label, recipient) for label in labels],
                )
            )
    for key in ("sells_personal_data", "third_party_tracking", "do_not_track"):
        rows.append(practice_row(key, "Practices", FIELD_TITLES[key]))
    for right in Right:
        rows.append(
            practice_row(f"rights.{right.value}", FIELD_TITLES["rights"], RIGHT_TERMS[right].title)
        )
    rows.append(practice_row("retention", "Keeping it", FIELD_TITLES["retention"]))
    rows.append(practice_row("children.min_age", "Keeping it", "Children: minimum age"))
    rows.append(practice_row("policy_changes", "Keeping it", FIELD_TITLES["policy_changes"]))
    return Comparison(services=services, rows=rows)
