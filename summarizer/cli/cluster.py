"""`summarizer label INPUTS --out-dir OUT --ray [ADDRESS]`: the batch on a Ray cluster.

Kept out of `cli/main.py` so that ray is imported only when `--ray` is given.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import click

from summarizer.cli.common import stderr
from summarizer.settings import Settings

LOCAL = "local"


def label_on_ray(
    inputs: Sequence[str],
    out_dir: Path | None,
    address: str,
    settings: Settings,
    *,
    workers: int | None,
    output: str,
) -> None:
    """Label `inputs` with Ray Data and write OUT/*.jsonl (or .parquet); exit 4 if any
    policy failed (its row says why)."""
    from summarizer.batch import collect_inputs
    from summarizer.cluster import dataset_from_paths, label_dataset, require_ray

    if out_dir is None:
        raise click.UsageError("--ray writes its results to files: give --out-dir")
    ray = require_ray()
    policies = collect_inputs(inputs)  # bad input: one line and exit 2, before Ray starts
    if address == LOCAL:  # a Ray of this machine alone, for this run: on loopback
        ray.init(_node_ip_address="127.0.0.1", include_dashboard=False, log_to_driver=False)
    else:
        ray.init(address=address, log_to_driver=False)
    try:
        started = time.perf_counter()
        dataset = dataset_from_paths(inputs, policies)
        labels = label_dataset(dataset, settings=settings, workers=workers)
        if output == "parquet":
            labels.write_parquet(str(out_dir))
        else:
            labels.write_json(str(out_dir))
        written = ray.data.read_parquet(str(out_dir)) if output == "parquet" else None
        counts = _counts(out_dir, written)
    finally:
        ray.shutdown()
    stderr.print(
        f"summarizer: {counts['labelled']} labelled, {counts['partial']} partial, "
        f"{counts['failed']} failed on Ray in {time.perf_counter() - started:.1f}s -> {out_dir}"
    )
    if counts["failed"] or counts["partial"]:
        raise SystemExit(4)


def _counts(out_dir: Path, written: object | None) -> dict[str, int]:
    import json

    counts = {"labelled": 0, "partial": 0, "failed": 0}
    if written is not None:
        for row in written.select_columns(["status"]).iter_rows():  # type: ignore[attr-defined]
            counts[row["status"]] += 1
        return counts
    for path in sorted(out_dir.glob("*.json*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[json.loads(line)["status"]] += 1
    return counts
