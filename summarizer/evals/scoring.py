"""Score one predicted label against its hand-written gold answer.

The scoring follows LABEL_SPEC "How the eval scores a label against gold":

- set fields (collected categories, purposes, sharing recipients, rights that are
  `yes`): TP/FP/FN, precision, recall, F1 per field, micro-averaged;
- three-way fields (sells, tracking, Do Not Track, each right, retention stated,
  security described, children knowingly collects, international transfer, change
  notice): accuracy, `not_stated` being a value like any other;
- `children.min_age`: exact match (two nulls agree);
- grounding: share of predicted evidence quotes found verbatim at their offsets;
- evidence overlap: share of gold evidence spans overlapped by a predicted span of
  the same claim. A claim is a set-field item (a right counts when `yes`), a
  `data_not_collected` category, a stated three-way answer (the same value is needed)
  or the children block; a claim the prediction misses leaves its spans unmatched;
- cost: LLM calls, tokens and wall time from each label's provenance;
- contact details (e-mails, URLs, postal addresses, phone numbers): TP/FP/FN per kind,
  reported on their own (not in the set-field micro-F1). Values match when they are
  the same contact written differently (a phone by its digits, an address by its
  letters and digits, a URL without scheme, "www." or trailing slash; an address also
  matches one that contains it, as a block without the company line still names the
  same place). Only the kinds
  a gold file states are scored (older gold without `phones` is not scored on them).

Running the eval over the seeds and building the report is `summarizer.evals.run`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from summarizer.label.schema import Evidence, PrivacyNutritionLabel, Right

SET_FIELDS: tuple[str, ...] = ("data_collected", "purposes", "sharing", "rights")
THREE_WAY_FIELDS: tuple[str, ...] = (
    "sells_personal_data",
    "third_party_tracking",
    "do_not_track",
    *(f"rights.{right.value}" for right in Right),
    "retention.stated",
    "security.measures_described",
    "children.knowingly_collects_from_children",
    "international_transfer",
    "policy_changes.notice",
)
MIN_AGE_FIELD = "children.min_age"
CONTACT_KINDS: tuple[str, ...] = ("emails", "urls", "addresses", "phones")
NOT_STATED = "not_stated"


# --- what a label claims, as the eval sees it -----------------------------------------


def set_claims(label: PrivacyNutritionLabel) -> dict[str, dict[str, list[Evidence]]]:
    """Each set field's items (enum values) with their evidence."""
    return {
        "data_collected": {item.category.value: item.evidence for item in label.data_collected},
        "purposes": {item.purpose.value: item.evidence for item in label.purposes},
        "sharing": {item.recipient.value: item.evidence for item in label.sharing},
        "rights": {
            right.value: answer.evidence
            for right, answer in label.rights.items()
            if answer.value == "yes"
        },
    }


def three_way_answers(label: PrivacyNutritionLabel) -> dict[str, tuple[str, list[Evidence]]]:
    """Each three-way field's value and evidence, keyed as in `THREE_WAY_FIELDS`."""
    answers: dict[str, tuple[str, list[Evidence]]] = {
        "sells_personal_data": (
            label.sells_personal_data.value,
            label.sells_personal_data.evidence,
        ),
        "third_party_tracking": (
            label.third_party_tracking.value,
            label.third_party_tracking.evidence,
        ),
        "do_not_track": (label.do_not_track.value, label.do_not_track.evidence),
    }
    for right, answer in label.rights.items():
        answers[f"rights.{right.value}"] = (answer.value, answer.evidence)
    answers["retention.stated"] = (label.retention.stated, label.retention.evidence)
    answers["security.measures_described"] = (
        label.security.measures_described,
        label.security.evidence,
    )
    answers["children.knowingly_collects_from_children"] = (
        label.children.knowingly_collects_from_children,
        label.children.evidence,
    )
    answers["international_transfer"] = (
        label.international_transfer.value,
        label.international_transfer.evidence,
    )
    answers["policy_changes.notice"] = (label.policy_changes.notice, label.policy_changes.evidence)
    return answers


def _overlap_claims(label: PrivacyNutritionLabel) -> dict[str, tuple[str, list[Evidence]]]:
    """Every claim that carries evidence: key → (value, evidence)."""
    claims: dict[str, tuple[str, list[Evidence]]] = {}
    for field_name, items in set_claims(label).items():
        for item, evidence in items.items():
            claims[f"{field_name}:{item}"] = ("yes", evidence)
    for absent in label.data_not_collected:
        claims[f"data_not_collected:{absent.category.value}"] = ("yes", absent.evidence)
    for field_name, (value, evidence) in three_way_answers(label).items():
        if field_name.startswith("children.") or (
            field_name.startswith("rights.") and value == "yes"
        ):
            continue  # rights that are yes are set claims; children is one claim below
        if value != NOT_STATED:
            claims[field_name] = (value, evidence)
    if label.children.evidence:
        claims["children"] = ("stated", label.children.evidence)
    return claims


def contact_key(kind: str, value: str) -> str:
    """The form two spellings of one contact detail share (see the module docstring)."""
    lowered = value.strip().lower()
    if kind == "phones":
        main = re.split(r"\s*(?:ext\.?|extension|x)\s*(?=\d)", lowered, maxsplit=1)
        digits = re.sub(r"\D", "", main[0])
        return digits + ("x" + re.sub(r"\D", "", main[1]) if len(main) > 1 else "")
    if kind == "urls":
        lowered = re.sub(r"^[a-z]+://", "", lowered)
        return re.sub(r"^www\.", "", lowered).rstrip("/")
    if kind == "addresses":
        return re.sub(r"[\W_]+", "", lowered)
    return lowered


def _containing(key: str, keys: Collection[str]) -> str:
    """The key in `keys` that contains `key` or is contained in it (else `key`)."""
    return next((other for other in keys if key in other or other in key), key)


def contact_claims(label: PrivacyNutritionLabel) -> dict[str, dict[str, str]]:
    """Each contact kind's values, keyed by `contact_key`."""
    return {
        kind: {contact_key(kind, value): value for value in getattr(label.contact, kind)}
        for kind in CONTACT_KINDS
    }


# --- scores ---------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives of one set field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Tally:
    """Hits out of a total: accuracy, grounding rate, overlap rate."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.hits + other.hits, self.total + other.total)

    @property
    def rate(self) -> float:
        return 1.0 if self.total == 0 else self.hits / self.total

    def to_dict(self, hits: str = "correct", rate: str = "accuracy") -> dict[str, float]:
        return {hits: self.hits, "total": self.total, rate: self.rate}


@dataclass
class Cost:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    wall_time_s: float = 0.0

    def __add__(self, other: Cost) -> Cost:
        return Cost(
            self.calls + other.calls,
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.wall_time_s + other.wall_time_s,
        )


MissKind = Literal["missing", "extra", "wrong"]


@dataclass(frozen=True)
class Miss:
    """One disagreement with gold, with the quotes that explain it."""

    field: str
    kind: MissKind
    item: str | None = None
    gold: str | None = None
    predicted: str | None = None
    gold_quote: str | None = None
    predicted_quote: str | None = None

    @property
    def key(self) -> str:
        return f"{self.field}:{self.item}" if self.item is not None else self.field


@dataclass
class PolicyScore:
    """How one predicted label compares with its gold label."""

    policy: str
    set_fields: dict[str, Counts] = field(default_factory=dict)
    three_way: dict[str, Tally] = field(default_factory=dict)
    min_age: Tally = field(default_factory=Tally)
    grounding: Tally = field(default_factory=Tally)
    evidence_overlap: Tally = field(default_factory=Tally)
    cost: Cost = field(default_factory=Cost)
    contact: dict[str, Counts] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    error: str | None = None

    @property
    def set_micro(self) -> Counts:
        return sum(self.set_fields.values(), Counts())

    @property
    def three_way_overall(self) -> Tally:
        return sum(self.three_way.values(), Tally())

    def metrics(self) -> dict[str, Any]:
        return _metrics([self])


def _first_quote(evidence: Sequence[Evidence]) -> str | None:
    return evidence[0].quote if evidence else None


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end


def _is_verbatim(evidence: Evidence, text: str) -> bool:
    return 0 <= evidence.start <= evidence.end <= len(text) and (
        text[evidence.start : evidence.end] == evidence.quote
    )


def _predicted_evidence(label: PrivacyNutritionLabel) -> list[Evidence]:
    found = list(label.all_evidence())
    for conflict in label.conflicts:
        found.extend(conflict.evidence)
    for point in label.summary.key_points:
        found.extend(point.evidence)
    return found


def score_label(
    predicted: PrivacyNutritionLabel,
    gold: PrivacyNutritionLabel,
    text: str,
    *,
    policy: str = "",
    contact_kinds: Collection[str] = CONTACT_KINDS,
) -> PolicyScore:
    """Compare `predicted` with `gold`; `text` is the policy text offsets index.
    `contact_kinds` are the contact kinds the gold states (the others are not scored)."""
    score = PolicyScore(policy=policy)
    gold_sets, predicted_sets = set_claims(gold), set_claims(predicted)
    for field_name in SET_FIELDS:
        want, got = gold_sets[field_name], predicted_sets[field_name]
        score.set_fields[field_name] = Counts(
            tp=len(want.keys() & got.keys()),
            fp=len(got.keys() - want.keys()),
            fn=len(want.keys() - got.keys()),
        )
        for item in sorted(want.keys() - got.keys()):
            score.misses.append(
                Miss(field_name, "missing", item, gold_quote=_first_quote(want[item]))
            )
        for item in sorted(got.keys() - want.keys()):
            score.misses.append(
                Miss(field_name, "extra", item, predicted_quote=_first_quote(got[item]))
            )

    gold_answers, predicted_answers = three_way_answers(gold), three_way_answers(predicted)
    for field_name in THREE_WAY_FIELDS:
        (want_value, want_evidence), (got_value, got_evidence) = (
            gold_answers[field_name],
            predicted_answers[field_name],
        )
        right = want_value == got_value
        score.three_way[field_name] = Tally(hits=int(right), total=1)
        if not right:
            score.misses.append(
                Miss(
                    field_name,
                    "wrong",
                    gold=want_value,
                    predicted=got_value,
                    gold_quote=_first_quote(want_evidence),
                    predicted_quote=_first_quote(got_evidence),
                )
            )

    age_right = gold.children.min_age == predicted.children.min_age
    score.min_age = Tally(hits=int(age_right), total=1)
    if not age_right:
        score.misses.append(
            Miss(
                MIN_AGE_FIELD,
                "wrong",
                gold=_age(gold.children.min_age),
                predicted=_age(predicted.children.min_age),
                gold_quote=_first_quote(gold.children.evidence),
                predicted_quote=_first_quote(predicted.children.evidence),
            )
        )

    gold_contact, predicted_contact = contact_claims(gold), contact_claims(predicted)
    for kind in CONTACT_KINDS:
        if kind not in contact_kinds:
            score.contact[kind] = Counts()
            continue
        wanted, found = gold_contact[kind], predicted_contact[kind]
        if kind == "addresses":  # "12 High St, London" is the address "Acme, 12 High St, London"
            found = {_containing(key, wanted): value for key, value in found.items()}
        score.contact[kind] = Counts(
            tp=len(wanted.keys() & found.keys()),
            fp=len(found.keys() - wanted.keys()),
            fn=len(wanted.keys() - found.keys()),
        )
        for key in sorted(wanted.keys() - found.keys()):
            score.misses.append(Miss(f"contact.{kind}", "missing", wanted[key]))
        for key in sorted(found.keys() - wanted.keys()):
            score.misses.append(Miss(f"contact.{kind}", "extra", found[key]))

    evidence = _predicted_evidence(predicted)
    score.grounding = Tally(sum(_is_verbatim(e, text) for e in evidence), len(evidence))

    predicted_claims = _overlap_claims(predicted)
    for key, (value, gold_spans) in _overlap_claims(gold).items():
        got_value, got_spans = predicted_claims.get(key, ("", []))
        for span in gold_spans:
            hit = got_value == value and any(_overlaps(span, other) for other in got_spans)
            score.evidence_overlap += Tally(int(hit), 1)

    provenance = predicted.provenance
    score.cost = Cost(
        provenance.calls,
        provenance.prompt_tokens,
        provenance.completion_tokens,
        provenance.wall_time_s,
    )
    return score


def _age(age: int | None) -> str:
    return "null" if age is None else str(age)


def _metrics(scores: Sequence[PolicyScore]) -> dict[str, Any]:
    """The metrics dict of one policy or, micro-averaged, of several."""
    set_fields = {name: sum((s.set_fields[name] for s in scores), Counts()) for name in SET_FIELDS}
    three_way = {
        name: sum((s.three_way[name] for s in scores), Tally()) for name in THREE_WAY_FIELDS
    }
    cost = sum((s.cost for s in scores), Cost())
    contact = {
        kind: sum((s.contact.get(kind, Counts()) for s in scores), Counts())
        for kind in CONTACT_KINDS
    }
    return {
        "set_fields": {
            **{name: counts.to_dict() for name, counts in set_fields.items()},
            "micro": sum(set_fields.values(), Counts()).to_dict(),
        },
        "three_way": {
            **{name: tally.to_dict() for name, tally in three_way.items()},
            "overall": sum(three_way.values(), Tally()).to_dict(),
        },
        "min_age": sum((s.min_age for s in scores), Tally()).to_dict(),
        "grounding": sum((s.grounding for s in scores), Tally()).to_dict("verbatim", "rate"),
        "evidence_overlap": sum((s.evidence_overlap for s in scores), Tally()).to_dict(
            "overlapped", "rate"
        ),
        "cost": {**asdict(cost), "wall_time_s": round(cost.wall_time_s, 4)},
        "contact": {
            **{kind: counts.to_dict() for kind, counts in contact.items()},
            "micro": sum(contact.values(), Counts()).to_dict(),
        },
    }


def score_many(scores: Sequence[PolicyScore]) -> dict[str, Any]:
    """Micro-averaged metrics over several policies (what the gates read)."""
    return _metrics(scores)
