"""The Batch API path (`summarizer label --batch-api`) on this machine (not a test: it
prints figures).

Against `tests/support/fake_batch_server.py` in this process (loopback, no latency,
the batch ends on the first poll), for the five seeds and for a synthetic corpus
(`bench/corpus.py`):

- requests sent and the size of the batch's input file, per policy: how many
  policies one batch holds under the Batch API's limits (50,000 requests, 200 MB);
- wall time of the client's side of a batch run: planning (chunking every policy
  and writing its request lines), upload, polling, download and reading the replies
  into the cache (the fake's own work answering the requests is included; a real
  batch then waits minutes to hours at the provider), and labelling from the cache.

Usage:
    python bench/bench_batch_api.py                  # seeds and 1,000 policies, ~1 min
    python bench/bench_batch_api.py --policies 200
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from corpus import generate_policy  # noqa: E402
from fake_batch_server import FakeBatchServer  # noqa: E402
from robust_helpers import quoting_reply  # noqa: E402

from summarizer.batch import PolicyInput, label_batch  # noqa: E402
from summarizer.engines.llm.batch_api import MAX_FILE_BYTES, MAX_REQUESTS, run_batch_api  # noqa: E402
from summarizer.engines.select import open_extractor  # noqa: E402
from summarizer.settings import Settings  # noqa: E402


def measure(name: str, texts: list[str]) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory() as cache,
        FakeBatchServer(reply=quoting_reply, batch_polls=0, max_requests=10**6) as server,
    ):
        settings = Settings(
            engine="llm", base_url=server.url, api_key="sk-bench", model="m", cache_dir=Path(cache)
        )
        with open_extractor(settings) as extractor:
            started = time.perf_counter()
            replay = run_batch_api(lambda: texts, extractor, poll_interval_s=0.0)
            batch_s = time.perf_counter() - started
            inputs = [PolicyInput(id=str(n), text=text) for n, text in enumerate(texts)]
            started = time.perf_counter()
            result = label_batch(inputs, replay, concurrency=8)
            label_s = time.perf_counter() - started
        input_bytes = len(server.files["file-1"])
        requests = server.request_count
    per_policy = input_bytes / len(texts)
    fits = min(MAX_REQUESTS / (requests / len(texts)), MAX_FILE_BYTES / per_policy)
    row = {
        "name": name,
        "policies": len(texts),
        "mb_text": sum(map(len, texts)) / 1e6,
        "requests": requests,
        "input_mb": input_bytes / 1e6,
        "policies_per_batch": int(fits),
        "batch_s": batch_s,
        "label_s": label_s,
        "labelled": result.count("labelled"),
    }
    print(
        f"{name}: {row['policies']} policies ({row['mb_text']:.2f} MB), {requests} requests, "
        f"input file {row['input_mb']:.1f} MB ({per_policy / 1e3:.1f} kB a policy): "
        f"one batch holds ~{row['policies_per_batch']:,} such policies; "
        f"batch run {batch_s:.1f} s, labelling from the cache {label_s:.1f} s, "
        f"{row['labelled']} labelled"
    )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=int, default=1000)
    options = parser.parse_args()
    seeds = [
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "evals" / "policies").glob("*.txt"))
    ]
    measure("seeds", seeds)
    measure("synthetic", [generate_policy(seed) for seed in range(options.policies)])


if __name__ == "__main__":
    main()
