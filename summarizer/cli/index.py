"""The batch index: `label DIR --out-dir OUT` also writes OUT/index.csv and index.jsonl,
one row per policy, so a corpus can be sorted and filtered without opening each label.

Columns: id, source, status (complete / partial / failed / not a policy), service
name, date, language, grade, balance, counts per field (categories collected, said
not collected, purposes, recipients, rights granted, yes/no answers stated, quotes,
chunks failed, claims dropped) and the error of a failed policy. Date, language and
"is a privacy policy" are read from the label when it carries them (older labels
leave the cells empty).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.batch import BatchItem
from summarizer.cli.common import write_atomically
from summarizer.label.changes import policy_date
from summarizer.label.schema import PrivacyNutritionLabel

INDEX_COLUMNS = (
    "id",
    "source",
    "status",
    "service_name",
    "date",
    "language",
    "grade",
    "balance",
    "categories_collected",
    "categories_not_collected",
    "purposes",
    "recipients",
    "rights_granted",
    "answers_stated",
    "quotes",
    "chunks_failed",
    "claims_dropped",
    "error",
)


def _document_value(label: PrivacyNutritionLabel, *names: str) -> Any:
    """A document attribute the label may carry (`label.document.<name>` or `label.<name>`)."""
    document = getattr(label, "document", None)
    for name in names:
        for holder in (document, label):
            value = getattr(holder, name, None) if holder is not None else None
            if value is not None:
                return getattr(value, "value", value)
    return None


def policy_status(item: BatchItem) -> str:
    """complete, partial (some chunk unread), failed (no label), or not a policy."""
    label = item.label
    if label is None:
        return "failed"
    if _document_value(label, "is_privacy_policy", "is_policy") is False:
        return "not a policy"
    return "partial" if label.coverage.chunks_failed else "complete"


def _answers_stated(label: PrivacyNutritionLabel) -> int:
    answers = [
        label.sells_personal_data.value,
        label.third_party_tracking.value,
        label.do_not_track.value,
        label.international_transfer.value,
        label.retention.stated,
        label.security.measures_described,
        label.children.knowingly_collects_from_children,
        label.policy_changes.notice,
        *(answer.value for answer in label.rights.values()),
    ]
    return sum(1 for value in answers if value != "not_stated")


def index_row(item: BatchItem) -> dict[str, Any]:
    """One policy's row of the index."""
    source = item.input.url or (str(item.input.path) if item.input.path else item.input.id)
    row: dict[str, Any] = {column: "" for column in INDEX_COLUMNS}
    row.update(id=item.input.id, source=source, status=policy_status(item), error=item.error or "")
    label = item.label
    if label is None:
        return row
    language = _document_value(label, "language")
    row.update(
        source=label.provenance.source or source,
        service_name=label.service_name or "",
        date=policy_date(label)[0] or "",
        language=language if isinstance(language, str) else "",
        grade=label.grade.grade,
        balance=label.grade.balance,
        categories_collected=len(label.data_collected),
        categories_not_collected=len(label.data_not_collected),
        purposes=len(label.purposes),
        recipients=len(label.sharing),
        rights_granted=len(label.rights_granted()),
        answers_stated=_answers_stated(label),
        quotes=len(label.all_evidence()),
        chunks_failed=len(label.coverage.chunks_failed),
        claims_dropped=label.coverage.claims_dropped,
    )
    return row


def write_index(out_dir: Path, items: Sequence[BatchItem]) -> None:
    """OUT/index.csv and OUT/index.jsonl, rows in the order of the inputs."""
    rows = [index_row(item) for item in items]
    table = io.StringIO()
    writer = csv.DictWriter(table, fieldnames=INDEX_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    write_atomically(out_dir / "index.csv", table.getvalue())
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    write_atomically(out_dir / "index.jsonl", lines)
