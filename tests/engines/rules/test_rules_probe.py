"""How well the rules engine generalises to wording it was not written against.

`tests/data/rules_probe.jsonl` holds short snippets of privacy-policy language,
written by hand (not copied from any policy corpus) before the engine's vocabulary
was looked at, each with what a careful annotator following LABEL_SPEC.md would
label from that snippet alone. Each line is
`{"style": ..., "text": ..., "expect": {...}}`; `expect` may hold:

- `data_collected`, `data_not_collected`, `purposes`, `shared_with`, `rights`
  (rights that are `yes`): lists of enum values. A list is complete: a field that is
  left out expects nothing, so anything the engine adds is a false positive.
- `answers`: `sells_personal_data`, `third_party_tracking`, `do_not_track`,
  `international_transfer`, `retention_stated`, `security_measures_described`,
  `knowingly_collects_from_children`, `policy_changes` -> the expected value. A key
  that is left out expects `not_stated`.
- `min_age`: the expected `children.min_age` (left out: null).
- `absent`: values that must not be produced (already false positives by the rule
  above; listed to name the negative cases and report them on their own).
- `ignore`: values (or, under `answers`, keys) that are defensible either way and
  are scored neither as hits nor as misses.

Each snippet is labelled alone through the public API with the rules engine.

`tests/data/rules_probe_holdout.jsonl` (same format) was written after the engine was
fixed against the probe, to check that the fixes carry over to other wording; it is
reported and gated on its own.

Run `python -m pytest tests/engines/rules/test_rules_probe.py -q -s` for the table and the
misses, or `python tests/engines/rules/test_rules_probe.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rules_helpers import label_fields

PROBE = Path(__file__).resolve().parents[2] / "data" / "rules_probe.jsonl"
HOLDOUT = Path(__file__).resolve().parents[2] / "data" / "rules_probe_holdout.jsonl"

SET_FIELDS = ("data_collected", "data_not_collected", "purposes", "shared_with", "rights")
ANSWER_KEYS = (
    "sells_personal_data",
    "third_party_tracking",
    "do_not_track",
    "international_transfer",
    "retention_stated",
    "security_measures_described",
    "knowingly_collects_from_children",
    "policy_changes",
)
FIELDS = (*SET_FIELDS, "answers", "min_age")

# Floors: what the engine reaches, minus a small margin. Before the generalisation
# fixes the probe gave micro precision 0.942 / recall 0.746 and the holdout 0.980 /
# 0.706; after the probe-driven fixes 0.997 / 0.935 and, on the then unseen holdout,
# 0.982 / 0.794; after also fixing the general gaps the holdout showed, 1.000 / 0.941.
MIN_MICRO_PRECISION = 0.97
MIN_MICRO_RECALL = 0.90
MIN_FIELD_F1 = 0.88
MAX_ABSENT_VIOLATIONS = 1
HOLDOUT_MIN_MICRO_PRECISION = 0.95
HOLDOUT_MIN_MICRO_RECALL = 0.88


def load_probe(path: Path = PROBE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    absent_violations: list[str] = field(default_factory=list)

    def precision(self, name: str | None = None) -> float:
        tp, fp = self._sum(self.tp, name), self._sum(self.fp, name)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, name: str | None = None) -> float:
        tp, fn = self._sum(self.tp, name), self._sum(self.fn, name)
        return tp / (tp + fn) if tp + fn else 1.0

    def f1(self, name: str | None = None) -> float:
        p, r = self.precision(name), self.recall(name)
        return 2 * p * r / (p + r) if p + r else 0.0

    @staticmethod
    def _sum(counter: Counter[str], name: str | None) -> int:
        return sum(counter.values()) if name is None else counter[name]


def score(items: list[dict[str, Any]]) -> Tally:
    tally = Tally()
    for number, item in enumerate(items, 1):
        expect: dict[str, Any] = item["expect"]
        ignore: dict[str, list[str]] = expect.get("ignore", {})
        got = label_fields(item["text"])
        where = f"#{number} [{item['style']}] {item['text'][:90]!r}"
        for name in SET_FIELDS:
            skip = set(ignore.get(name, []))
            want = set(expect.get(name, [])) - skip
            have = got[name] - skip
            tally.tp[name] += len(want & have)
            tally.fp[name] += len(have - want)
            tally.fn[name] += len(want - have)
            for value in sorted(want - have):
                tally.misses.append(f"FN {name}={value}  {where}")
            for value in sorted(have - want):
                tally.misses.append(f"FP {name}={value}  {where}")
            for value in sorted(set(expect.get("absent", {}).get(name, [])) & got[name]):
                tally.absent_violations.append(f"{name}={value}  {where}")
        pairs = [
            ("answers", key, expect.get("answers", {}).get(key, "not_stated"), got["answers"][key])
            for key in ANSWER_KEYS
            if key not in ignore.get("answers", [])
        ]
        pairs.append(("min_age", "min_age", expect.get("min_age"), got["min_age"]))
        for name, key, want_value, have_value in pairs:
            silent = (None, "not_stated")
            if want_value not in silent and have_value == want_value:
                tally.tp[name] += 1
                continue
            if have_value not in silent and have_value != want_value:
                tally.fp[name] += 1
                tally.misses.append(f"FP {key}={have_value} (want {want_value})  {where}")
            if want_value not in silent and have_value != want_value:
                tally.fn[name] += 1
                tally.misses.append(f"FN {key}={want_value} (got {have_value})  {where}")
    return tally


def report(tally: Tally, items: int, name: str = "rules probe") -> str:
    lines = [
        f"{name}: {items} snippets",
        f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}",
    ]
    for name in (*FIELDS, None):
        label = name or "micro"
        tp, fp, fn = (Tally._sum(c, name) for c in (tally.tp, tally.fp, tally.fn))
        lines.append(
            f"{label:<20} {tally.precision(name):>6.3f} {tally.recall(name):>6.3f} "
            f"{tally.f1(name):>6.3f} {tp:>5} {fp:>5} {fn:>5}"
        )
    lines.append(f"absent violations: {len(tally.absent_violations)}")
    lines.extend(f"  ABSENT {line}" for line in tally.absent_violations)
    lines.append(f"misses: {len(tally.misses)}")
    lines.extend(f"  {line}" for line in tally.misses)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def probe_tally() -> tuple[Tally, int]:
    items = load_probe()
    tally = score(items)
    print("\n" + report(tally, len(items)))
    return tally, len(items)


@pytest.fixture(scope="module")
def holdout_tally() -> tuple[Tally, int]:
    items = load_probe(HOLDOUT)
    tally = score(items)
    print("\n" + report(tally, len(items), "rules probe holdout"))
    return tally, len(items)


def test_probe_file_is_well_formed() -> None:
    from summarizer.label.schema import DataCategory, Purpose, Recipient, Right

    allowed = {
        "data_collected": {c.value for c in DataCategory},
        "data_not_collected": {c.value for c in DataCategory},
        "purposes": {p.value for p in Purpose},
        "shared_with": {r.value for r in Recipient},
        "rights": {r.value for r in Right},
    }
    items = load_probe()
    assert len(items) >= 120
    for item in [*items, *load_probe(HOLDOUT)]:
        assert set(item) == {"style", "text", "expect"}
        expect = item["expect"]
        assert set(expect) <= {*SET_FIELDS, "answers", "min_age", "absent", "ignore"}, expect
        for name in SET_FIELDS:
            for source in (expect, expect.get("absent", {}), expect.get("ignore", {})):
                assert set(source.get(name, [])) <= allowed[name], (item["text"], name)
        assert set(expect.get("answers", {})) <= set(ANSWER_KEYS)
        assert set(expect.get("ignore", {}).get("answers", [])) <= set(ANSWER_KEYS)


def test_rules_engine_generalises_to_the_probe(probe_tally: tuple[Tally, int]) -> None:
    tally, _ = probe_tally
    assert tally.precision() >= MIN_MICRO_PRECISION, f"micro precision {tally.precision():.3f}"
    assert tally.recall() >= MIN_MICRO_RECALL, f"micro recall {tally.recall():.3f}"
    weak = {name: round(tally.f1(name), 3) for name in FIELDS if tally.f1(name) < MIN_FIELD_F1}
    assert not weak, f"fields under F1 {MIN_FIELD_F1}: {weak}"
    assert len(tally.absent_violations) <= MAX_ABSENT_VIOLATIONS, tally.absent_violations


def test_rules_engine_generalises_to_the_holdout(holdout_tally: tuple[Tally, int]) -> None:
    tally, _ = holdout_tally
    assert tally.precision() >= HOLDOUT_MIN_MICRO_PRECISION, (
        f"micro precision {tally.precision():.3f}"
    )
    assert tally.recall() >= HOLDOUT_MIN_MICRO_RECALL, f"micro recall {tally.recall():.3f}"
    assert not tally.absent_violations, tally.absent_violations


if __name__ == "__main__":
    for path, name in ((PROBE, "rules probe"), (HOLDOUT, "rules probe holdout")):
        probe = load_probe(path)
        print(report(score(probe), len(probe), name) + "\n")
