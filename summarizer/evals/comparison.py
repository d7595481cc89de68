"""Compare two eval results: which misses were fixed, which regressed or changed, and
how every metric moved.

Everything here reads the JSON-ready `EvalReport`, so a saved result can be compared
with a new one. Showing a comparison is `summarizer.evals.report`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from summarizer.evals.run import EvalReport

ChangeKind = Literal["fixed", "regressed", "changed"]


@dataclass(frozen=True)
class Change:
    """A miss that one report has and the other has not (or has differently)."""

    policy: str
    field: str
    key: str
    kind: ChangeKind
    old: dict[str, Any] | None
    new: dict[str, Any] | None


@dataclass
class Comparison:
    """What changed from an old report to a new one."""

    old_meta: dict[str, Any]
    new_meta: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    deltas: dict[str, tuple[float, float]] = field(default_factory=dict)
    only_old: list[str] = field(default_factory=list)
    only_new: list[str] = field(default_factory=list)

    def changed_metrics(self) -> dict[str, tuple[float, float]]:
        return {k: v for k, v in self.deltas.items() if not math.isclose(v[0], v[1])}

    def of_kind(self, kind: ChangeKind) -> list[Change]:
        return [change for change in self.changes if change.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": {k: self.old_meta.get(k) for k in ("engine", "model", "git_commit", "date")},
            "changes": [asdict(change) for change in self.changes],
            "deltas": {k: {"old": old, "new": new} for k, (old, new) in self.deltas.items()},
            "only_old": self.only_old,
            "only_new": self.only_new,
        }


def flatten_metrics(metrics: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """`{"a": {"b": 1}}` → `{"a/b": 1.0}` for every numeric leaf (field names hold dots)."""
    flat: dict[str, float] = {}
    for key, value in metrics.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_metrics(value, f"{path}/"))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[path] = float(value)
    return flat


def compare_reports(old: EvalReport, new: EvalReport) -> Comparison:
    """Per policy and claim: misses fixed, regressed or changed; and every metric's delta."""
    comparison = Comparison(old_meta=old.meta, new_meta=new.meta)
    old_policies = {policy["id"]: policy for policy in old.policies}
    new_policies = {policy["id"]: policy for policy in new.policies}
    comparison.only_old = sorted(old_policies.keys() - new_policies.keys())
    comparison.only_new = sorted(new_policies.keys() - old_policies.keys())
    for policy_id in sorted(old_policies.keys() & new_policies.keys()):
        before = {miss["key"]: miss for miss in old_policies[policy_id]["misses"]}
        after = {miss["key"]: miss for miss in new_policies[policy_id]["misses"]}
        for key in sorted(before.keys() | after.keys()):
            was, now = before.get(key), after.get(key)
            if was is not None and now is None:
                kind: ChangeKind = "fixed"
            elif was is None and now is not None:
                kind = "regressed"
            elif was is not None and now is not None and was["predicted"] != now["predicted"]:
                kind = "changed"
            else:
                continue
            field_name = (was or now or {})["field"]
            comparison.changes.append(Change(policy_id, field_name, key, kind, was, now))
    old_flat, new_flat = flatten_metrics(old.overall), flatten_metrics(new.overall)
    for path in new_flat:
        if path in old_flat:
            comparison.deltas[path] = (old_flat[path], new_flat[path])
    return comparison
