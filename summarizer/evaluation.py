"""Score labels against hand-written gold answers, and run the eval over the seeds.

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
- cost: LLM calls, tokens and wall time from each label's provenance.

A report is a plain JSON-ready dict (`EvalReport.to_dict()`), so a saved result can
be rendered and compared later (`compare_reports`). Rendering lives in
`summarizer.eval_report`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from summarizer import __version__
from summarizer.batch import POLICY_SUFFIXES, PolicyInput, label_batch
from summarizer.errors import InputError
from summarizer.extractor import Extractor
from summarizer.loading import load_policy
from summarizer.schema import SCHEMA_VERSION, Evidence, PrivacyNutritionLabel, Right

REPORT_FORMAT = "summarizer-eval/1"
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
NOT_STATED = "not_stated"
PLAIN_SUFFIXES = (".txt", ".md", ".markdown")  # gold offsets index the file itself


# --- gold ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldLabel:
    """A hand-written answer: the label (LABEL_SPEC shape) and the annotator's notes."""

    label: PrivacyNutritionLabel
    notes: tuple[str, ...] = ()
    path: Path | None = None


def load_gold(path: str | Path) -> GoldLabel:
    """Read and validate `evals/gold/<stem>.json`; `InputError` says what is wrong."""
    path = Path(path)
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read gold file {path}: {error}") from error
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not JSON ({error.msg} at line {error.lineno})") from error
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a gold file is a JSON object")
    notes = raw.pop("notes", [])
    if not isinstance(notes, list) or not all(isinstance(note, str) for note in notes):
        raise InputError(f"{path}: 'notes' must be a list of strings")
    try:
        label = PrivacyNutritionLabel.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(
            f"{path}: not a valid label ({error.error_count()} problem(s); first: "
            f"{where}: {first['msg']})"
        ) from error
    return GoldLabel(label=label, notes=tuple(notes), path=path)


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
) -> PolicyScore:
    """Compare `predicted` with `gold`; `text` is the policy text offsets index."""
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
    }


def score_many(scores: Sequence[PolicyScore]) -> dict[str, Any]:
    """Micro-averaged metrics over several policies (what the gates read)."""
    return _metrics(scores)


# --- the report ---------------------------------------------------------------------


@dataclass
class EvalReport:
    """A whole eval: run metadata, overall and per-policy metrics, and the misses.

    With several runs (`--repeat`), every metric is the mean over the runs and
    `*_std` holds the sample standard deviation; each miss says in how many runs
    it happened.
    """

    meta: dict[str, Any]
    overall: dict[str, Any]
    policies: list[dict[str, Any]]
    overall_std: dict[str, Any] | None = None
    runs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def set_f1(self) -> float:
        return float(self.overall["set_fields"]["micro"]["f1"])

    @property
    def three_way_accuracy(self) -> float:
        return float(self.overall["three_way"]["overall"]["accuracy"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "meta": self.meta,
            "overall": self.overall,
            "overall_std": self.overall_std,
            "policies": self.policies,
            "runs": self.runs,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvalReport:
        if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
            raise InputError(f"not a summarizer eval result (expected format {REPORT_FORMAT!r})")
        return cls(
            meta=data["meta"],
            overall=data["overall"],
            policies=data["policies"],
            overall_std=data.get("overall_std"),
            runs=data.get("runs") or [],
        )

    @classmethod
    def load(cls, path: str | Path) -> EvalReport:
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError) as error:
            raise InputError(f"cannot read eval result {path}: {error}") from error
        except InputError as error:
            raise InputError(f"{path}: {error}") from error


def mean_and_std(samples: Sequence[Any]) -> tuple[Any, Any]:
    """Leaf-wise mean and sample standard deviation of equally shaped nested dicts."""
    first = samples[0]
    if isinstance(first, dict):
        means, stds = {}, {}
        for key in first:
            means[key], stds[key] = mean_and_std([sample[key] for sample in samples])
        return means, stds
    if isinstance(first, bool) or not isinstance(first, int | float):
        return first, None
    values = [float(sample) for sample in samples]
    mean = statistics.fmean(values)
    std = statistics.stdev(values) if len(values) > 1 else 0.0
    if all(isinstance(sample, int) for sample in samples) and std == 0.0:
        return int(first), 0.0
    return mean, std


@dataclass(frozen=True)
class Seed:
    """A policy with a gold answer."""

    id: str
    policy: Path
    gold: GoldLabel


def find_seeds(policies_dir: Path, gold_dir: Path) -> tuple[list[Seed], list[str]]:
    """Every policy in `policies_dir` that has `gold_dir/<stem>.json`, and warnings."""
    if not policies_dir.is_dir():
        raise InputError(f"no policies directory {policies_dir} (pass --policies DIR)")
    if not gold_dir.is_dir():
        raise InputError(f"no gold directory {gold_dir} (pass --gold DIR)")
    policies = sorted(
        p for p in policies_dir.iterdir() if p.is_file() and p.suffix.lower() in POLICY_SUFFIXES
    )
    golds = {p.stem: p for p in gold_dir.glob("*.json")}
    warnings = [f"{p.name}: no gold answer, skipped" for p in policies if p.stem not in golds]
    known = {p.stem for p in policies}
    warnings += [
        f"gold {name}.json: no policy {name}.* in {policies_dir}"
        for name in sorted(golds.keys() - known)
    ]
    seeds = [Seed(p.stem, p, load_gold(golds[p.stem])) for p in policies if p.stem in golds]
    if not seeds:
        raise InputError(f"no policy in {policies_dir} has a gold answer in {gold_dir}")
    return seeds, warnings


def _git(where: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(where), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def git_commit(where: Path | None = None) -> str | None:
    """The checked-out commit of the repository at `where`, or None outside git."""
    out = _git(where or Path(__file__).resolve().parent, "rev-parse", "HEAD")
    if out is None:
        return None
    return out.strip() or None


def git_dirty(where: Path | None = None) -> bool | None:
    """Whether tracked files differ from the commit (None outside git)."""
    out = _git(where or Path(__file__).resolve().parent, "status", "--porcelain", "-uno")
    return None if out is None else bool(out.strip())


RunCallback = Callable[[int, list[PolicyScore]], None]


def run_eval(
    policies_dir: str | Path,
    gold_dir: str | Path,
    extractor: Extractor,
    *,
    repeat: int = 1,
    concurrency: int = 4,
    on_run: RunCallback | None = None,
) -> EvalReport:
    """Label every seed with `extractor` (the real pipeline) `repeat` times and score it.

    A policy that cannot be labelled is scored as an empty label and its error kept;
    `EndpointError` propagates (no point scoring a run that never reached the model).
    """
    policies_dir, gold_dir = Path(policies_dir), Path(gold_dir)
    seeds, warnings = find_seeds(policies_dir, gold_dir)
    texts: dict[str, str] = {}
    for seed in seeds:
        texts[seed.id] = load_policy(seed.policy).text
        if seed.policy.suffix.lower() not in PLAIN_SUFFIXES:
            continue  # offsets index the extracted text, which is what was loaded
        raw = seed.policy.read_bytes().decode("utf-8", errors="replace")
        if texts[seed.id] != raw:
            warnings.append(
                f"{seed.policy.name}: the loaded text differs from the file; gold offsets "
                "index the file, so evidence overlap may be understated"
            )
    inputs = [PolicyInput(id=seed.id, path=seed.policy) for seed in seeds]
    runs: list[list[PolicyScore]] = []
    run_times: list[float] = []
    for number in range(max(1, repeat)):
        wall_times: list[float] = []
        # One policy at a time (its chunks concurrently), so that each policy's wall
        # time is its own and not shared with the policies running beside it.
        items = []
        for one in inputs:
            result = label_batch([one], extractor, concurrency=concurrency)
            items.extend(result.items)
            wall_times.append(result.wall_time_s)
        scores = []
        for seed, item in zip(seeds, items, strict=True):
            predicted = item.label if item.label is not None else PrivacyNutritionLabel()
            score = score_label(predicted, seed.gold.label, texts[seed.id], policy=seed.id)
            score.error = item.error
            scores.append(score)
        runs.append(scores)
        run_times.append(round(sum(wall_times), 3))
        if on_run:
            on_run(number, scores)
    report = build_report(
        runs, extractor, warnings=warnings, policies_dir=policies_dir, gold_dir=gold_dir
    )
    report.meta["run_wall_time_s"] = run_times
    return report


def _miss_dicts(per_run: Iterable[list[Miss]], repeat: int) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str, str | None], tuple[Miss, int]] = {}
    for misses in per_run:
        for miss in misses:
            ident = (miss.key, miss.kind, miss.predicted)
            first, count = seen.get(ident, (miss, 0))
            seen[ident] = (first, count + 1)
    return [{**asdict(miss), "key": miss.key, "in_runs": count} for miss, count in seen.values()]


def build_report(
    runs: Sequence[Sequence[PolicyScore]],
    extractor: Extractor,
    *,
    warnings: Sequence[str] = (),
    policies_dir: Path | None = None,
    gold_dir: Path | None = None,
) -> EvalReport:
    """Fold the scores of one or more runs (same policies, same order) into a report."""
    described = extractor.describe()
    repeat = len(runs)
    overall_samples = [_metrics(scores) for scores in runs]
    overall, overall_std = mean_and_std(overall_samples)
    policies = []
    for position, first in enumerate(runs[0]):
        samples = [_metrics([scores[position]]) for scores in runs]
        metrics, metrics_std = mean_and_std(samples)
        errors = sorted({error for scores in runs if (error := scores[position].error)})
        policies.append(
            {
                "id": first.policy,
                "metrics": metrics,
                "metrics_std": metrics_std if repeat > 1 else None,
                "misses": _miss_dicts((scores[position].misses for scores in runs), repeat),
                "errors": errors,
            }
        )
    meta = {
        "engine": extractor.engine,
        "model": described.get("model"),
        "endpoint": described.get("endpoint"),
        "mode": described.get("mode"),
        "prompt_version": described.get("prompt_version") or "",
        "schema_version": SCHEMA_VERSION,
        "summarizer_version": __version__,
        "git_commit": git_commit(),
        "git_dirty": git_dirty(),
        "date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "repeat": repeat,
        "policies": len(runs[0]),
        "policies_dir": str(policies_dir) if policies_dir else None,
        "gold_dir": str(gold_dir) if gold_dir else None,
        "warnings": list(warnings),
    }
    return EvalReport(
        meta=meta,
        overall=overall,
        policies=policies,
        overall_std=overall_std if repeat > 1 else None,
        runs=overall_samples if repeat > 1 else [],
    )


# --- gates and comparison -----------------------------------------------------------


def check_gates(
    report: EvalReport, *, min_f1: float | None = None, min_three_way: float | None = None
) -> list[str]:
    """One line per failed gate (empty when every gate passes)."""
    failed = []
    if min_f1 is not None and report.set_f1 < min_f1:
        failed.append(f"set-field micro-F1 {report.set_f1:.3f} is below --min-f1 {min_f1:.3f}")
    if min_three_way is not None and report.three_way_accuracy < min_three_way:
        failed.append(
            f"three-way accuracy {report.three_way_accuracy:.3f} is below "
            f"--min-three-way {min_three_way:.3f}"
        )
    return failed
