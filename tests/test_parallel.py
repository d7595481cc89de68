"""The offline engine on every core (`summarizer.parallel`): the same labels, in the
same order, with the same progress events and the same isolated failures as one
process; a big policy's chunks read across the workers give the same label too."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from fakes import POLICIES

from summarizer.batch import BatchEvents, PolicyInput, collect_inputs, label_batch
from summarizer.engines.rules import RulesExtractor
from summarizer.parallel import BIG_POLICY_CHARS, label_batch_parallel, worth_a_pool

DEV = POLICIES.parent / "dev" / "policies"


def _without_timing(payload: dict) -> dict:
    payload["provenance"]["wall_time_s"] = 0
    payload["provenance"]["labelled_at"] = None  # when, not what
    return payload


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from summarizer.cli.main import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)


def _corpus(tmp_path: Path) -> Path:
    """The seeds, the dev set (text, markdown, HTML) and an empty file that fails."""
    folder = tmp_path / "policies"
    folder.mkdir()
    for path in [*sorted(POLICIES.glob("*.txt")), *sorted(DEV.iterdir())]:
        if path.suffix in (".txt", ".md", ".html"):
            shutil.copy(path, folder / path.name)
    (folder / "zz_empty.txt").write_text("   \n", encoding="utf-8")
    return folder


def test_jobs_1_and_jobs_2_write_the_same_labels(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    outputs = {}
    for jobs in ("1", "2"):
        out_dir = tmp_path / f"out{jobs}"
        done = _cli("label", str(folder), "--out-dir", str(out_dir), "--format", "json",
                    "--engine", "rules", "--jobs", jobs)  # fmt: skip
        assert done.returncode == 4, done.stderr  # partial: the empty file failed
        assert "zz_empty: " in done.stderr and "is empty" in done.stderr
        outputs[jobs] = {
            path.name: _without_timing(json.loads(path.read_text(encoding="utf-8")))
            for path in sorted(out_dir.glob("*.json"))
        }
    assert len(outputs["1"]) == 35  # the 5 seeds and 30 dev policies
    assert outputs["1"] == outputs["2"]


def test_jobs_2_prints_json_lines_in_input_order(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    printed = {}
    for jobs in ("1", "2"):
        done = _cli("label", str(folder), "--format", "json", "--engine", "rules", "--jobs", jobs)
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        printed[jobs] = [(line["id"], _without_timing(line["label"])) for line in lines]
    assert [policy_id for policy_id, _ in printed["2"]] == sorted(
        policy_id for policy_id, _ in printed["2"]
    )
    assert printed["1"] == printed["2"]


def test_the_pool_reports_the_events_and_failures_one_process_does(tmp_path: Path) -> None:
    inputs = collect_inputs([_corpus(tmp_path)])
    seen: dict[str, list] = {"parallel": [], "single": []}

    def events(key: str) -> BatchEvents:
        log = seen[key]
        return BatchEvents(
            on_chunks=lambda policy, count: log.append(("chunks", policy.id, count)),
            on_chunk_done=lambda policy, chunk, result: log.append(("chunk", policy.id)),
            on_policy_done=lambda item: log.append(("done", item.input.id, item.status)),
        )

    parallel = label_batch_parallel(inputs, RulesExtractor(), jobs=2, events=events("parallel"))
    single = label_batch(inputs, RulesExtractor(), events=events("single"))
    assert sorted(seen["parallel"]) == sorted(seen["single"])
    assert [item.status for item in parallel.items] == [item.status for item in single.items]
    assert parallel.items[-1].error == single.items[-1].error
    assert parallel.items[-1].error_code == single.items[-1].error_code == 2
    for ours, theirs in zip(parallel.labels, single.labels, strict=True):
        assert _without_timing(ours.model_dump()) == _without_timing(theirs.model_dump())


def test_a_big_policy_is_read_across_workers_into_the_same_label() -> None:
    seeds = [path.read_text(encoding="utf-8") for path in sorted(POLICIES.glob("*.txt"))]
    parts, copy = [], 0
    while sum(len(part) for part in parts) < BIG_POLICY_CHARS:
        copy += 1
        parts.extend(f"# Part {copy}\n\n{text}" for text in seeds)
    big = PolicyInput(id="big", text="\n\n".join(parts))
    extractor = RulesExtractor()
    assert worth_a_pool([big], extractor, 2)
    chunks_done: list[int] = []
    events = BatchEvents(on_chunk_done=lambda policy, chunk, result: chunks_done.append(1))
    parallel = label_batch_parallel([big], extractor, jobs=2, events=events)
    single = label_batch([big], extractor)
    ours, theirs = parallel.items[0].label, single.items[0].label
    assert ours is not None and theirs is not None
    assert len(chunks_done) == ours.coverage.chunks > 50
    assert _without_timing(ours.model_dump()) == _without_timing(theirs.model_dump())


def test_llm_engines_and_small_batches_stay_in_one_process() -> None:
    class Remote:
        engine = "llm"

    few = [PolicyInput(id=str(n), text="We collect your name.") for n in range(3)]
    many = few * 70
    assert not worth_a_pool(few, RulesExtractor(), 2)
    assert worth_a_pool(few, RulesExtractor(), 2, asked=True)  # --jobs 2 given
    assert worth_a_pool(many, RulesExtractor(), 2)
    assert not worth_a_pool(many, RulesExtractor(), 1)
    assert not worth_a_pool(many, Remote(), 2)  # type: ignore[arg-type]


def test_ctrl_c_stops_the_workers_and_keeps_what_is_done(tmp_path: Path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(POLICIES.glob("*.txt"))]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for number in range(3000):
            out.write(json.dumps({"id": f"p{number}", "text": texts[number % len(texts)]}) + "\n")
    out_dir = tmp_path / "labels"
    command = [
        sys.executable, "-c", "from summarizer.cli.main import main; main()", "label",
        str(corpus), "--out-dir", str(out_dir), "--engine", "rules", "--jobs", "2",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # until the first labels are written (at most a minute)
            if out_dir.is_dir() and any(out_dir.glob("*.json")):
                break
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)  # workers left running would hang here
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert 0 < len(list(out_dir.glob("*.json"))) < 3000
