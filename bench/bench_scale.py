"""Corpus-scale figures for the offline engine (not a test: it prints figures).

- single: one core, end to end (`label_document`: load, chunk, read, ground, merge,
  summary, grade) on a generated corpus (`bench/corpus.py`, 200 policies, ~1 MB):
  MB/s by CPU time (what one core does, whatever else runs on the machine) and by
  wall time; then s/MB for one policy of 0.3 MB and one of 3 MB (target: within 1.2x).
- startup: `summarizer label tiny.txt --format json` in a fresh process, CPU and
  wall (the best of 5).
- cores: 1,000 generated policies (~4.8 MB) through `batch.label_batch` (one process)
  and `parallel.label_batch_parallel` with 1 and 2 workers (wall time: what a user
  waits, worker start-up included), and one 3 MB policy through both.
- ray: the corpus through `cluster.label_dataset` on a local Ray with 1 and 2 actors
  (after `ray.init` and a warm-up; needs `pip install -e '.[ray]'`).

The single and startup parts run against any version of the package, so the
figures before a change can be taken from an older checkout:

    git archive main | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python bench/bench_scale.py --only single startup

Usage: python bench/bench_scale.py [--only single startup cores ray] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import generate_corpus, generate_policy

from summarizer.engines.rules import RulesExtractor
from summarizer.pipeline import label_document
from summarizer.text.loading import load_text

TARGET_MB_PER_S = 0.5


def _corpus() -> list[tuple[str, str]]:
    return generate_corpus(200, seed=1)


def _warm(extractor: RulesExtractor) -> None:
    """Pay the once-per-process costs (regexes, the language model, hyphenation) before
    timing: a policy long enough for language identification, not in the corpus."""
    label_document(load_text(generate_policy(10_001)), extractor)


def bench_single() -> dict[str, Any]:
    extractor = RulesExtractor()
    _warm(extractor)
    corpus = _corpus()
    chars = sum(len(text) for _, text in corpus)
    documents = [load_text(text, source=policy_id) for policy_id, text in corpus]
    cpu, wall = time.process_time(), time.perf_counter()
    for document in documents:
        label_document(document, extractor)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    out: dict[str, Any] = {
        "corpus": {"policies": len(corpus), "mb": chars / 1e6, "cpu_s": cpu, "wall_s": wall},
        "mb_per_cpu_s": chars / 1e6 / cpu,
    }
    print(
        f"\n== one core: {len(corpus)} generated policies, {chars / 1e6:.2f} MB\n"
        f"{cpu:.2f} s CPU ({wall:.2f} s wall) -> {chars / 1e6 / cpu:.3f} MB/s per core "
        f"(target {TARGET_MB_PER_S}), {chars / 1e6 / wall:.3f} MB/s wall"
    )
    for megabytes in (0.3, 3.0):
        text = generate_policy(11, target_chars=int(megabytes * 1e6))
        cpu = time.process_time()
        label = label_document(load_text(text), extractor)
        cpu = time.process_time() - cpu
        out[f"s_per_mb_{megabytes}"] = cpu / (len(text) / 1e6)
        print(
            f"one {len(text) / 1e6:.1f} MB policy: {cpu:.2f} s CPU, "
            f"{cpu / (len(text) / 1e6):.2f} s/MB ({label.coverage.chunks} chunks)"
        )
    ratio = out["s_per_mb_3.0"] / out["s_per_mb_0.3"]
    out["ratio_3_to_0.3"] = ratio
    print(f"s/MB at 3 MB / s/MB at 0.3 MB: {ratio:.2f} (target <= 1.2)")
    return out


def bench_startup() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as directory:
        tiny = Path(directory) / "tiny.txt"
        tiny.write_text("# Privacy\n\nWe collect your email address.\n", encoding="utf-8")
        command = [
            sys.executable, "-c", "from summarizer.cli.main import main; main()",
            "label", str(tiny), "--format", "json", "--engine", "rules",
        ]  # fmt: skip
        runs = []
        for _ in range(5):
            before = os.times()
            wall = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            wall = time.perf_counter() - wall
            after = os.times()
            cpu = (after.children_user - before.children_user) + (
                after.children_system - before.children_system
            )
            runs.append((cpu, wall))
    cpu, wall = min(run[0] for run in runs), min(run[1] for run in runs)
    print(
        f"\n== start-up: a tiny policy, fresh process: {cpu:.2f} s CPU, {wall:.2f} s wall (best of 5)"
    )
    return {"cpu_s": cpu, "wall_s": wall}


def bench_cores(policies: int = 1000) -> dict[str, Any]:
    from summarizer.batch import PolicyInput, label_batch
    from summarizer.parallel import label_batch_parallel

    extractor = RulesExtractor()
    _warm(extractor)
    corpus = generate_corpus(policies, seed=1)
    chars = sum(len(text) for _, text in corpus)
    inputs = [PolicyInput(id=policy_id, text=text) for policy_id, text in corpus]
    print(f"\n== all cores ({os.cpu_count()} here): {len(corpus)} policies, {chars / 1e6:.2f} MB")
    out: dict[str, Any] = {}
    wall = time.perf_counter()
    label_batch(inputs, extractor)
    out["one_process_s"] = time.perf_counter() - wall
    print(f"label_batch, one process: {out['one_process_s']:.2f} s")
    for jobs in (1, 2):
        wall = time.perf_counter()
        label_batch_parallel(inputs, extractor, jobs=jobs)
        out[f"pool_{jobs}_s"] = time.perf_counter() - wall
        print(
            f"label_batch_parallel, {jobs} worker(s): {out[f'pool_{jobs}_s']:.2f} s "
            f"({chars / 1e6 / out[f'pool_{jobs}_s']:.2f} MB/s, "
            f"{out['one_process_s'] / out[f'pool_{jobs}_s']:.2f}x one process)"
        )
    big = [PolicyInput(id="big", text=generate_policy(11, target_chars=3_000_000))]
    wall = time.perf_counter()
    label_batch(big, extractor)
    out["big_one_process_s"] = time.perf_counter() - wall
    wall = time.perf_counter()
    label_batch_parallel(big, extractor, jobs=2)
    out["big_pool_2_s"] = time.perf_counter() - wall
    print(
        f"one 3 MB policy: {out['big_one_process_s']:.2f} s in one process, "
        f"{out['big_pool_2_s']:.2f} s with its chunks across 2 workers "
        f"({out['big_one_process_s'] / out['big_pool_2_s']:.2f}x)"
    )
    return out


def bench_ray() -> dict[str, Any]:
    import ray

    from summarizer.cluster import label_dataset
    from summarizer.settings import Settings

    corpus = _corpus()
    chars = sum(len(text) for _, text in corpus)
    rows = [{"id": policy_id, "text": text} for policy_id, text in corpus]
    ray.init(num_cpus=2, _node_ip_address="127.0.0.1", include_dashboard=False, log_to_driver=False)
    out: dict[str, Any] = {}
    try:
        settings = Settings(engine="rules")
        print(f"\n== Ray Data, local Ray with 2 CPUs: {len(corpus)} policies, {chars / 1e6:.2f} MB")
        for workers in (1, 2):
            dataset = ray.data.from_items(rows)
            label_dataset(
                ray.data.from_items(rows[:4]), settings=settings, workers=workers
            ).take_all()
            wall = time.perf_counter()
            done = label_dataset(
                dataset, settings=settings, workers=workers, batch_size=16
            ).take_all()
            wall = time.perf_counter() - wall
            assert all(row["status"] == "labelled" for row in done)
            out[f"workers_{workers}_s"] = wall
            print(
                f"{workers} actor(s): {wall:.2f} s -> {chars / 1e6 / wall:.2f} MB/s, "
                f"{len(rows) / wall:.1f} policies/s (actors started anew, warm-up excluded)"
            )
    finally:
        ray.shutdown()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=["single", "startup", "cores", "ray"])
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    parts = {
        "single": bench_single,
        "startup": bench_startup,
        "cores": bench_cores,
        "ray": bench_ray,
    }
    figures = {name: parts[name]() for name in args.only}
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
