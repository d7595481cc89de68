"""What changed between two versions of a policy: a diff of practices, not of words.

    from summarizer.label.changes import diff_labels
    result = diff_labels(old_label, new_label)                 # labels only
    result = diff_labels(old_label, new_label, old_text, new_text)  # also counts reworded text
    result.changed            # True when any practice was added, removed or changed
    result.changes            # [PracticeChange], most serious first
    result.reworded_sentences # sentences that changed without changing a practice
    result.grade              # GradeChange: old and new grade, the points gained and lost

A practice is one entry of the label: a data category collected (with its sources),
a purpose, a recipient (with the categories it gets), each
yes/no answer and right, the retention period, security, the children's age, the
change notice, each contact address, and the policy's own date when the label has
one. The purposes a policy ties to one category or recipient are not compared: an
engine infers them from nearby sentences, so moving a paragraph can change them
while the policy's purposes (compared on their own) stay the same. Two labels that
hold the same practices, whatever their quotes say word for
word or wherever the quotes sit, have no changes: a re-phrased or moved paragraph is
counted in `reworded_sentences`, never reported as a change.

JSON schema of `LabelDiff.model_dump_json()` (what `summarizer diff --format json`
prints; `diff_version` changes when it does):

    {"diff_version": "1",
     "old": {"service_name": str|null, "source": str|null, "grade": str, "balance": int},
     "new": {... the same ...},
     "changed": bool,
     "changes": [{"field": str,            # label path, e.g. "sharing.advertisers"
                  "title": str,            # plain words, e.g. "Who gets it: Advertisers"
                  "kind": "added"|"removed"|"changed",
                  "old": str|null, "new": str|null,       # the value in words
                  "old_evidence": [Evidence], "new_evidence": [Evidence]}],
     "unchanged": [{"field", "title", "value", "old_evidence", "new_evidence"}],
     "reworded_sentences": int,            # changed sentences with no practice change
     "moved_quotes": int,                  # the same quote, now in another section
     "grade": {"old": str, "new": str, "old_balance": int, "new_balance": int,
               "gained": [GradePoint], "lost": [GradePoint]}}
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from summarizer.label.grading import grade_label, retention_kind
from summarizer.label.schema import (
    Evidence,
    GradePoint,
    GradeResult,
    PrivacyNutritionLabel,
    Right,
)
from summarizer.label.vocabulary import (
    ANSWER_TERMS,
    CATEGORY_TERMS,
    FIELD_TITLES,
    RIGHT_TERMS,
    SOURCE_TERMS,
    field_title,
)

DIFF_VERSION = "1"
ChangeKind = Literal["added", "removed", "changed"]

# Changes a reader should see first: the fields behind the grade's bad points.
SERIOUS_FIELDS = (
    "sells_personal_data",
    "conflicts.sells_personal_data",
    "sharing.advertisers",
    "third_party_tracking",
    "data_collected.sensitive",
    "data_collected.health",
    "data_collected.contacts",
    "retention",
    "sharing",
    "data_collected",
    "rights",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PracticeChange(_Model):
    """One practice added, removed or changed, with the quotes on each side."""

    field: str
    title: str
    kind: ChangeKind
    old: str | None = None
    new: str | None = None
    old_evidence: list[Evidence] = Field(default_factory=list)
    new_evidence: list[Evidence] = Field(default_factory=list)


class UnchangedPractice(_Model):
    """A practice both versions state alike (its quotes may differ word for word)."""

    field: str
    title: str
    value: str
    old_evidence: list[Evidence] = Field(default_factory=list)
    new_evidence: list[Evidence] = Field(default_factory=list)


class VersionSide(_Model):
    service_name: str | None = None
    source: str | None = None
    grade: str = "N/A"
    balance: int = 0


class GradeChange(_Model):
    old: str
    new: str
    old_balance: int
    new_balance: int
    gained: list[GradePoint] = Field(default_factory=list)
    lost: list[GradePoint] = Field(default_factory=list)

    @property
    def changed(self) -> bool:
        return (self.old, self.old_balance) != (self.new, self.new_balance)


class LabelDiff(_Model):
    diff_version: str = DIFF_VERSION
    old: VersionSide
    new: VersionSide
    changed: bool
    changes: list[PracticeChange] = Field(default_factory=list)
    unchanged: list[UnchangedPractice] = Field(default_factory=list)
    reworded_sentences: int = 0
    moved_quotes: int = 0
    grade: GradeChange


def _words(items: Iterable[str]) -> str:
    listed = list(items)
    return ", ".join(listed) if listed else "none said"


class Practice(NamedTuple):
    title: str
    value: str
    evidence: list[Evidence]


def _collected(label: PrivacyNutritionLabel) -> dict[str, Practice]:
    found = {}
    for item in label.data_collected:
        sources = _words(SOURCE_TERMS[s].title for s in sorted(item.sources, key=lambda s: s.value))
        path = f"data_collected.{item.category.value}"
        found[path] = Practice(field_title(path), f"collected (how: {sources})", item.evidence)
    return found


def _shared(label: PrivacyNutritionLabel) -> dict[str, Practice]:
    found = {}
    for claim in label.sharing:
        categories = _words(
            CATEGORY_TERMS[c].title for c in sorted(claim.categories, key=lambda c: c.value)
        )
        path = f"sharing.{claim.recipient.value}"
        found[path] = Practice(field_title(path), f"gets data (what: {categories})", claim.evidence)
    return found


def _answer_words(value: str) -> str:
    return ANSWER_TERMS[value].title if value in ANSWER_TERMS else value.replace("_", " ")


def _answers(label: PrivacyNutritionLabel) -> dict[str, Practice]:
    found = {}
    for key in ("sells_personal_data", "third_party_tracking", "do_not_track"):
        answer = getattr(label, key)
        found[key] = Practice(FIELD_TITLES[key], _answer_words(answer.value), answer.evidence)
    for right in Right:
        answer = label.rights[right]
        found[f"rights.{right.value}"] = Practice(
            f"{FIELD_TITLES['rights']}: {RIGHT_TERMS[right].title}",
            _answer_words(answer.value),
            answer.evidence,
        )
    transfer = label.international_transfer
    found["international_transfer"] = Practice(
        FIELD_TITLES["international_transfer"], _answer_words(transfer.value), transfer.evidence
    )
    return found


_DURATION = re.compile(
    r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|"
    r"thirty|sixty|ninety)[- ](hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)


SINGULAR = ("1", "a", "an", "one")


def _retention_words(label: PrivacyNutritionLabel) -> str:
    """Retention as a practice: its kind and the limits it names, not its wording."""
    kind = retention_kind(label)
    if kind == "none":
        return _answer_words(label.retention.stated)
    texts = [label.retention.period or ""] + [e.quote for e in label.retention.evidence]
    limits = sorted(
        {
            f"{number.lower()} {unit.lower()}{'' if number.lower() in SINGULAR else 's'}"
            for text in texts
            for number, unit in _DURATION.findall(text)
        }
    )
    words = {
        "bounded": "with a limit",
        "vague": "as long as necessary",
        "indefinite": "indefinitely",
    }
    detail = f" ({', '.join(limits)})" if limits else ""
    return f"kept {words[kind]}{detail}"


def _details(label: PrivacyNutritionLabel) -> dict[str, Practice]:
    children = label.children
    found = {
        "retention": Practice(
            FIELD_TITLES["retention"], _retention_words(label), label.retention.evidence
        ),
        "security": Practice(
            FIELD_TITLES["security"],
            _answer_words(label.security.measures_described),
            label.security.evidence,
        ),
        "children.knowingly_collects_from_children": Practice(
            "Children: knowingly collects their data",
            _answer_words(children.knowingly_collects_from_children),
            children.evidence,
        ),
        "policy_changes": Practice(
            FIELD_TITLES["policy_changes"],
            _answer_words(label.policy_changes.notice),
            label.policy_changes.evidence,
        ),
    }
    if children.min_age is not None:
        found["children.min_age"] = Practice(
            "Children: minimum age", str(children.min_age), children.evidence
        )
    date, date_evidence = policy_date(label)
    if date:
        found["date"] = Practice("Policy date", date, date_evidence)
    for kind, word in (("emails", "email"), ("urls", "web page"), ("addresses", "address")):
        for value in getattr(label.contact, kind):
            key = " ".join(value.split()).lower()
            found[f"contact.{kind}.{key}"] = Practice(f"{FIELD_TITLES['contact']}: {word}", key, [])
    return found


def policy_date(label: PrivacyNutritionLabel) -> tuple[str | None, list[Evidence]]:
    """The date the policy states and its evidence, when the label carries one.

    Read without assuming a shape: `label.document.date` or `label.policy_date`, each
    a string, a date, or an object with `value`/`date` and `evidence`. Labels made
    before the date existed give (None, []).
    """
    document = getattr(label, "document", None)
    raw = getattr(document, "date", None) if document is not None else None
    if raw is None:
        raw = getattr(label, "policy_date", None)
    if raw is None:
        return None, []
    evidence = list(
        getattr(raw, "evidence", None) or getattr(document, "date_evidence", None) or []
    )
    value = raw
    if not isinstance(raw, str):
        for attribute in ("value", "date", "text"):
            if hasattr(raw, attribute):
                value = getattr(raw, attribute)
                break
    if value is None:
        return None, evidence
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return (text or None), evidence


def label_practices(label: PrivacyNutritionLabel) -> dict[str, Practice]:
    """Every practice the label states, keyed by field path; the unit `diff_labels` compares.

    Yes/no answers and rights are always present (`not_stated` is a value); list
    entries, the minimum age, the date, contacts and contradictions (`conflicts.<field>`:
    the policy says both yes and no) only when the label has them.
    """
    practices: dict[str, Practice] = {}
    practices.update(_collected(label))
    for entry in label.data_not_collected:
        path = f"data_not_collected.{entry.category.value}"
        practices[path] = Practice(field_title(path), "said not collected", entry.evidence)
    for claim in label.purposes:
        path = f"purposes.{claim.purpose.value}"
        practices[path] = Practice(field_title(path), "stated", claim.evidence)
    practices.update(_shared(label))
    practices.update(_answers(label))
    practices.update(_details(label))
    for conflict in label.conflicts:
        # The note counts quotes on each side; a contradiction is one practice however
        # many quotes make it, so the value does not repeat the counts.
        practices[f"conflicts.{conflict.field}"] = Practice(
            f"Contradicts itself on: {field_title(conflict.field)}",
            "says both",
            conflict.evidence,
        )
    return practices


def _priority(change: PracticeChange) -> int:
    for rank, prefix in enumerate(SERIOUS_FIELDS):
        if change.field == prefix or change.field.startswith(prefix + "."):
            return rank
    return len(SERIOUS_FIELDS)


def _practice_changes(
    old: dict[str, Practice], new: dict[str, Practice]
) -> tuple[list[PracticeChange], list[UnchangedPractice]]:
    changes: list[PracticeChange] = []
    unchanged: list[UnchangedPractice] = []
    for path in [*old, *(key for key in new if key not in old)]:
        before, after = old.get(path), new.get(path)
        if before is not None and after is not None and before.value == after.value:
            unchanged.append(
                UnchangedPractice(
                    field=path,
                    title=after.title,
                    value=after.value,
                    old_evidence=list(before.evidence),
                    new_evidence=list(after.evidence),
                )
            )
            continue
        kind: ChangeKind = "added" if before is None else "removed" if after is None else "changed"
        title = after.title if after is not None else before.title if before is not None else path
        changes.append(
            PracticeChange(
                field=path,
                title=title,
                kind=kind,
                old=before.value if before else None,
                new=after.value if after else None,
                old_evidence=list(before.evidence) if before else [],
                new_evidence=list(after.evidence) if after else [],
            )
        )
    return sorted(changes, key=_priority), unchanged  # sort is stable: field order in a rank


def _point_key(point: GradePoint) -> tuple[str, str]:
    return point.kind, point.reason


def _grade_change(old: GradeResult, new: GradeResult) -> GradeChange:
    before = {_point_key(p): p for p in old.points}
    after = {_point_key(p): p for p in new.points}
    return GradeChange(
        old=old.grade,
        new=new.grade,
        old_balance=old.balance,
        new_balance=new.balance,
        gained=[p for key, p in after.items() if key not in before],
        lost=[p for key, p in before.items() if key not in after],
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*(?:[-*#•]|\d+[.)]))")


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, whitespace-normalised sentence) for each sentence of `text`."""
    sentences = []
    position = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        piece = text[position:end]
        normalised = " ".join(piece.split())
        if normalised:
            sentences.append((position, end, normalised))
        position = boundary.end() if boundary else len(text)
    return sentences


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def count_reworded_sentences(old_text: str, new_text: str, changes: list[PracticeChange]) -> int:
    """Sentences that differ between the texts and hold no evidence of a change.

    Sentences are aligned in order (difflib); a replaced block counts its longer side,
    an added or removed block its length. A block that touches the quote of any
    reported change is the change itself, not a rewording.
    """
    old_sentences = split_sentences(old_text)
    new_sentences = split_sentences(new_text)
    old_spans = [(e.start, e.end) for c in changes for e in c.old_evidence]
    new_spans = [(e.start, e.end) for c in changes for e in c.new_evidence]
    matcher = difflib.SequenceMatcher(
        a=[s[2] for s in old_sentences], b=[s[2] for s in new_sentences], autojunk=False
    )
    count = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        touches_change = any(
            _overlaps(start, end, old_spans) for start, end, _ in old_sentences[i1:i2]
        ) or any(_overlaps(start, end, new_spans) for start, end, _ in new_sentences[j1:j2])
        if not touches_change:
            count += max(i2 - i1, j2 - j1)
    return count


def _quotes(label: PrivacyNutritionLabel) -> dict[str, set[str | None]]:
    """Each quote (whitespace normalised) and the sections it sits in."""
    found: dict[str, set[str | None]] = {}
    for evidence in label.all_evidence():
        found.setdefault(" ".join(evidence.quote.split()), set()).add(evidence.section)
    return found


def _quote_counts(
    old: PrivacyNutritionLabel, new: PrivacyNutritionLabel, changes: list[PracticeChange]
) -> tuple[int, int]:
    """Without the texts: (reworded, moved) among the quotes of unchanged practices."""
    changed_quotes = {
        " ".join(e.quote.split()) for c in changes for e in (*c.old_evidence, *c.new_evidence)
    }
    old_quotes, new_quotes = _quotes(old), _quotes(new)
    reworded = sum(
        1 for quote in new_quotes if quote not in old_quotes and quote not in changed_quotes
    )
    moved = sum(
        1
        for quote, places in new_quotes.items()
        if quote in old_quotes and places != old_quotes[quote]
    )
    return reworded, moved


def _side(label: PrivacyNutritionLabel, grade: GradeResult) -> VersionSide:
    return VersionSide(
        service_name=label.service_name,
        source=label.provenance.source,
        grade=grade.grade,
        balance=grade.balance,
    )


def diff_labels(
    old: PrivacyNutritionLabel,
    new: PrivacyNutritionLabel,
    old_text: str | None = None,
    new_text: str | None = None,
) -> LabelDiff:
    """The practices added, removed and changed from `old` to `new`.

    Grades are recomputed from the labels (a saved label's grade may predate the
    current table). With both texts, `reworded_sentences` counts the sentences that
    changed without changing a practice; without them, the quotes of unchanged
    practices that are new word for word.
    """
    changes, unchanged = _practice_changes(label_practices(old), label_practices(new))
    reworded, moved = _quote_counts(old, new, changes)
    if old_text is not None and new_text is not None:
        reworded = count_reworded_sentences(old_text, new_text, changes)
    old_grade, new_grade = grade_label(old), grade_label(new)
    return LabelDiff(
        old=_side(old, old_grade),
        new=_side(new, new_grade),
        changed=bool(changes),
        changes=changes,
        unchanged=unchanged,
        reworded_sentences=reworded,
        moved_quotes=moved,
        grade=_grade_change(old_grade, new_grade),
    )
