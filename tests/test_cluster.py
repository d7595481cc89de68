"""Ray Data backend (`summarizer.cluster`, `summarizer label --ray`) on a local Ray
started by the test, on loopback: labels equal to one process's, a failing record
reported in its row and the job going on."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import POLICIES

pytest.importorskip("ray.data", reason="needs the ray extra: pip install 'summarizer[ray]'")

import ray

from summarizer.batch import collect_inputs, label_batch
from summarizer.cluster import OUTPUT_COLUMNS, label_dataset
from summarizer.engines.rules import RulesExtractor
from summarizer.settings import Settings

DEV = POLICIES.parent / "dev" / "policies"
pytestmark = pytest.mark.slow


def _policy_files() -> list[Path]:
    files = [*sorted(POLICIES.glob("*.txt")), *sorted(DEV.iterdir())]
    return [path for path in files if path.suffix in (".txt", ".md", ".html")]


def _comparable(label_json: str) -> dict:
    payload = json.loads(label_json)
    payload["provenance"]["wall_time_s"] = 0
    payload["provenance"]["labelled_at"] = None  # when, not what
    return payload


def _single_process_labels(inputs: list[Path]) -> dict[str, dict]:
    result = label_batch(collect_inputs(inputs), RulesExtractor())
    return {
        item.input.id: _comparable(item.label.model_dump_json())
        for item in result.items
        if item.label is not None
    }


def test_the_cli_labels_a_jsonl_corpus_on_a_local_ray(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in _policy_files()[:5]
    ]
    rows.append({"id": "blank", "text": "   "})
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out_dir = tmp_path / "labels"
    command = [
        sys.executable, "-c", "from summarizer.cli.main import main; main()", "label",
        str(corpus), "--out-dir", str(out_dir), "--ray", "--jobs", "2", "--engine", "rules",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 4, done.stderr[-2000:]  # one record failed: partial
    assert "5 labelled, 0 partial, 1 failed" in done.stderr
    written = [
        json.loads(line)
        for path in sorted(out_dir.glob("*.json*"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    by_id = {row["id"]: row for row in written}
    assert by_id["blank"]["status"] == "failed" and by_id["blank"]["error_code"] == 2
    expected = _single_process_labels([corpus])  # the same records, read by one process
    for row in rows[:5]:
        assert _comparable(by_id[row["id"]]["label"]) == expected[row["id"]]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, _node_ip_address="127.0.0.1", include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.mark.parametrize("workers", [1, 2])
def test_labels_on_ray_equal_one_process_labels(local_ray: None, workers: int) -> None:
    rows = [{"id": path.stem, "path": str(path), "text": "", "url": ""} for path in _policy_files()]
    rows.insert(3, {"id": "blank", "path": "", "text": " \n ", "url": ""})
    rows.append({"id": "missing", "path": "/nonexistent/policy.txt", "text": "", "url": ""})
    dataset = ray.data.from_items(rows)
    labelled = label_dataset(
        dataset, settings=Settings(engine="rules"), workers=workers, batch_size=4
    ).take_all()
    assert set(labelled[0]) == set(OUTPUT_COLUMNS)
    by_id = {row["id"]: row for row in labelled}
    assert len(by_id) == len(rows)
    for failed in ("blank", "missing"):
        assert by_id[failed]["status"] == "failed"
        assert by_id[failed]["label"] is None
        assert by_id[failed]["error"] and by_id[failed]["error_code"] == 2
    expected = _single_process_labels(_policy_files())
    assert len(expected) == 35  # the 5 seeds and 30 dev policies
    for policy_id, label in expected.items():
        assert by_id[policy_id]["status"] == "labelled"
        assert _comparable(by_id[policy_id]["label"]) == label
