"""Run the eval over the seeds (policies with gold answers) and build its report.

`run_eval` labels every seed with the real pipeline, scores each label with
`summarizer.evals.scoring.score_label` and folds the scores into an `EvalReport`,
stamped with the engine, prompt and schema versions and the git commit. A report
is a plain JSON-ready dict (`EvalReport.to_dict()`), so a saved result can be
rendered (`summarizer.evals.report`) and compared
(`summarizer.evals.comparison`) later.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer import __version__
from summarizer.batch import POLICY_SUFFIXES, PolicyInput, label_batch
from summarizer.engines.base import Extractor
from summarizer.errors import InputError
from summarizer.evals.scoring import CONTACT_KINDS, Miss, PolicyScore, score_label, score_many
from summarizer.label.schema import SCHEMA_VERSION, PrivacyNutritionLabel
from summarizer.text.loading import load_policy

REPORT_FORMAT = "summarizer-eval/1"
PLAIN_SUFFIXES = (".txt", ".md", ".markdown")  # gold offsets index the file itself


# --- gold ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldLabel:
    """A hand-written answer: the label (LABEL_SPEC shape) and the annotator's notes."""

    label: PrivacyNutritionLabel
    notes: tuple[str, ...] = ()
    path: Path | None = None
    # The contact kinds the gold file states (a file written before `phones` existed
    # says nothing about phones, so they are not scored for it).
    contact_kinds: tuple[str, ...] = CONTACT_KINDS


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
    stated = raw.get("contact")
    kinds = tuple(k for k in CONTACT_KINDS if isinstance(stated, dict) and k in stated)
    return GoldLabel(label=label, notes=tuple(notes), path=path, contact_kinds=kinds)


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
            score = score_label(
                predicted,
                seed.gold.label,
                texts[seed.id],
                policy=seed.id,
                contact_kinds=seed.gold.contact_kinds,
            )
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
    overall_samples = [score_many(scores) for scores in runs]
    overall, overall_std = mean_and_std(overall_samples)
    policies = []
    for position, first in enumerate(runs[0]):
        samples = [score_many([scores[position]]) for scores in runs]
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
