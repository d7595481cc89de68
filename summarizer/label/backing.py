"""Field paths and the evidence behind them: what a key point may rest on.

A key point names the label fields it rests on (`fields`, e.g.
"data_collected.location"). `field_evidence` finds the evidence behind such a path,
and `check_summary` is the guard for summaries written elsewhere (an LLM that
polishes the wording): it keeps only the key points whose fields the label backs and
whose evidence comes from those fields.

Field paths understood by `field_evidence`:
  data_collected.<category>[.sources], data_not_collected.<category>,
  purposes.<purpose>, sharing.<recipient>, rights.<right>,
  sells_personal_data, third_party_tracking, do_not_track, international_transfer,
  retention[.period], security[.measures], children[.min_age], policy_changes.
"""

from __future__ import annotations

from summarizer.label.readability import summary_reading_grade
from summarizer.label.schema import Evidence, KeyPoint, PrivacyNutritionLabel, Right, Summary

_THREE_WAY_FIELDS = (
    "sells_personal_data",
    "third_party_tracking",
    "do_not_track",
    "international_transfer",
)


def field_evidence(label: PrivacyNutritionLabel, path: str) -> list[Evidence] | None:
    """The evidence behind a field path, or None when the label says nothing there.

    "Says nothing" means: no such entry, an answer that is `not_stated`, an empty
    period/measures/min_age, or an unknown path.
    """
    head, _, rest = path.partition(".")
    if head in ("data_collected", "data_not_collected", "purposes", "sharing"):
        return _list_entry_evidence(label, head, rest)
    if head in _THREE_WAY_FIELDS and not rest:
        answer = getattr(label, head)
        return list(answer.evidence) if answer.value != "not_stated" else None
    if head == "rights":
        try:
            answer = label.rights[Right(rest)]
        except ValueError:
            return None
        return list(answer.evidence) if answer.value != "not_stated" else None
    return _block_evidence(label, head, rest)


_ENTRY_KEYS = {
    "data_collected": "category",
    "data_not_collected": "category",
    "purposes": "purpose",
    "sharing": "recipient",
}


def _list_entry_evidence(
    label: PrivacyNutritionLabel, head: str, rest: str
) -> list[Evidence] | None:
    key, _, sub = rest.partition(".")
    attribute = _ENTRY_KEYS[head]
    for entry in getattr(label, head):
        if getattr(entry, attribute) != key:  # str enums: equal to their value
            continue
        if not sub:
            return list(entry.evidence)
        if head == "data_collected" and sub == "sources" and entry.sources:
            return list(entry.evidence)
        return None
    return None


def _block_evidence(label: PrivacyNutritionLabel, head: str, rest: str) -> list[Evidence] | None:
    if head == "retention":
        said = {
            "": label.retention.stated != "not_stated",
            "period": bool(label.retention.period and label.retention.period.strip()),
        }
    elif head == "security":
        said = {
            "": label.security.measures_described != "not_stated",
            "measures": bool(label.security.measures),
        }
    elif head == "children":
        children = label.children
        said = {
            "": children.min_age is not None
            or children.knowingly_collects_from_children != "not_stated",
            "min_age": children.min_age is not None,
        }
    elif head == "policy_changes":
        said = {"": label.policy_changes.notice != "not_stated"}
    else:
        return None
    if not said.get(rest, False):
        return None
    return list(getattr(label, head).evidence)


def is_backed(label: PrivacyNutritionLabel, path: str) -> bool:
    """True when the label says something at `path` and has evidence for it."""
    return bool(field_evidence(label, path))


def _point_is_backed(point: KeyPoint, label: PrivacyNutritionLabel) -> bool:
    if not point.fields or not point.evidence:
        return False
    allowed: list[Evidence] = []
    for path in point.fields:
        found = field_evidence(label, path)
        if not found:
            return False
        allowed.extend(found)
    return all(evidence in allowed for evidence in point.evidence)


def check_summary(summary: Summary, label: PrivacyNutritionLabel) -> Summary:
    """Keep only the key points the label backs: every field says something and has
    evidence, and every quote of the point comes from those fields. The reading grade
    is recomputed over what is kept."""
    kept = [point for point in summary.key_points if _point_is_backed(point, label)]
    return Summary(
        headline=summary.headline,
        key_points=kept,
        concerns=list(summary.concerns),
        reading_grade=summary_reading_grade(summary.headline, kept),
    )
