"""The rules engine's unit tests for language: one file of sentences per phenomenon.

`tests/data/phenomena/*.jsonl` holds short sentences and passages written by hand for
issue #15, one file per phenomenon of privacy-policy language (corporate transactions
stated with verbs, old-style rights wordings, opt-out wordings with opt-in-only traps,
contact details as printed, word senses, role descriptions, collection verbs, old
policy styles). Each line is `{"text", "has", "lacks", "note"}` (and an optional
`gap`, the reason a known miss is left; such an item runs as a strict xfail, so it
fails the day the engine reads it and the mark can go):

- `has` / `lacks` name what the reading must / must not contain: `data_collected`,
  `purposes`, `shared_with`, `rights` (rights that are `yes`): lists of enum values;
  `answers`: question -> value (`has`: equal, `lacks`: different); `min_age`;
  `contact`: `emails` / `urls` / `addresses` / `phones` -> strings that some value of
  that kind must contain (`lacks`: no value may contain; `"*"` = no value at all).

Unlike the probe, a line tests its phenomenon only: readings it does not name are not
scored. Each text is labelled alone through the public API with the rules engine.
Run `python tests/engines/rules/test_phenomena.py` for the pass count per file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rules_helpers import label_fields

SUITE = Path(__file__).resolve().parents[2] / "data" / "phenomena"
# Written after the fixes, in the same form plus a "phenomenon" key, to see whether the
# fixes carry over to wording they were not made against (reported on its own).
HOLDOUT = Path(__file__).resolve().parents[2] / "data" / "phenomena_holdout" / "holdout.jsonl"
SET_FIELDS = ("data_collected", "purposes", "shared_with", "rights")
CHECKED_FIELDS = {*SET_FIELDS, "answers", "min_age", "contact"}


def load_suite() -> list[tuple[str, int, dict[str, Any]]]:
    """(phenomenon, line number, item) for every line of every file."""
    items = []
    for path in sorted(SUITE.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    items.append((path.stem, number, json.loads(line)))
    return items


def load_holdout() -> list[tuple[str, int, dict[str, Any]]]:
    """(phenomenon, line number, item) for the holdout lines."""
    with HOLDOUT.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    return [
        (item.pop("phenomenon"), number, item)
        for number, item in enumerate((json.loads(line) for line in lines), 1)
    ]


def problems(item: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What the reading gets wrong for one item (empty when it reads it)."""
    found: list[str] = []
    has, lacks = item.get("has", {}), item.get("lacks", {})
    for name in SET_FIELDS:
        found += [f"missing {name}={v}" for v in has.get(name, []) if v not in got[name]]
        found += [f"unwanted {name}={v}" for v in lacks.get(name, []) if v in got[name]]
    for key, value in has.get("answers", {}).items():
        if got["answers"][key] != value:
            found.append(f"{key}={got['answers'][key]} (want {value})")
    for key, value in lacks.get("answers", {}).items():
        if got["answers"][key] == value:
            found.append(f"unwanted {key}={value}")
    if "min_age" in has and got["min_age"] != has["min_age"]:
        found.append(f"min_age={got['min_age']} (want {has['min_age']})")
    for kind, wanted in has.get("contact", {}).items():
        values = got["contact"][kind]
        for part in wanted:
            if not any(_squash(part) in _squash(value) for value in values):
                found.append(f"missing {kind} containing {part!r} (got {values})")
    for kind, unwanted in lacks.get("contact", {}).items():
        values = got["contact"][kind]
        for part in unwanted:
            if (part == "*" and values) or any(_squash(part) in _squash(v) for v in values):
                found.append(f"unwanted {kind} {values}")
    return found


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


ITEMS = load_suite()
HOLDOUT_ITEMS = load_holdout()


def test_every_phenomenon_has_at_least_eight_sentences_with_traps() -> None:
    by_file: dict[str, list[dict[str, Any]]] = {}
    for name, _, item in ITEMS:
        assert set(item) <= {"text", "has", "lacks", "note", "gap"}, item
        assert item.get("has") or item.get("lacks"), item
        # a misspelt field ("collected") would be checked by nothing
        assert set(item.get("has", {})) | set(item.get("lacks", {})) <= CHECKED_FIELDS, item
        by_file.setdefault(name, []).append(item)
    assert len(by_file) == 12, sorted(by_file)
    for name, items in by_file.items():
        assert len(items) >= 8, name
        assert any(not item.get("has") for item in items), f"{name} has no trap sentence"


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            item,
            id=f"{name}:{number}",
            marks=[pytest.mark.xfail(reason=item["gap"], strict=True)] if "gap" in item else [],
        )
        for name, number, item in ITEMS
    ],
)
def test_rules_engine_reads_the_phenomenon(item: dict[str, Any]) -> None:
    found = problems(item, label_fields(item["text"]))
    assert not found, f"{item['note']}: {found}"


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            item,
            id=f"holdout:{name}:{number}",
            marks=[pytest.mark.xfail(reason=item["gap"], strict=True)] if "gap" in item else [],
        )
        for name, number, item in HOLDOUT_ITEMS
    ],
)
def test_rules_engine_reads_the_holdout_wording(item: dict[str, Any]) -> None:
    found = problems(item, label_fields(item["text"]))
    assert not found, f"{item['note']}: {found}"


if __name__ == "__main__":
    totals: dict[str, list[int]] = {}
    holdout = [(f"holdout:{name}", number, item) for name, number, item in HOLDOUT_ITEMS]
    for name, number, item in [*ITEMS, *holdout]:
        found = problems(item, label_fields(item["text"]))
        tally = totals.setdefault(name, [0, 0])
        tally[0] += not found
        tally[1] += 1
        if found:
            print(f"FAIL {name}:{number} {item['note']}: {found}")
    for name, (passed, count) in totals.items():
        print(f"{name:<24} {passed:>3}/{count}")
    for part, names in (
        ("suite", [n for n in totals if not n.startswith("holdout:")]),
        ("holdout", [n for n in totals if n.startswith("holdout:")]),
    ):
        passed = sum(totals[n][0] for n in names)
        print(f"{part:<24} {passed:>3}/{sum(totals[n][1] for n in names)}")
