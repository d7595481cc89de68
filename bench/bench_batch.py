"""Batch throughput and memory (not a test: it prints figures).

- throughput: the offline engine end to end on a synthetic corpus of at least 1 MB
  (`bench/corpus.py`): `label_batch` in-process (load, chunk, read, ground, merge,
  summary, grade), the engine alone (`bench_rules.read_policy`, no pipeline), one
  1 MB policy through `label_document`, and the CLI (`summarizer label DIR
  --out-dir OUT --engine rules`, process start and writing JSON included).
- memory: a 1,000-policy batch in a fresh child process, peak RSS (`ru_maxrss`)
  against the process's current RSS after imports and a warm-up (the warm-up's own
  transient peak may hide part of the batch's), and in another child the tracemalloc peak
  (Python allocations only; tracemalloc makes the run 2-3x slower, so its wall time
  is not reported). The offline engine on 1,000 policies of ~4.8 kB, and the LLM
  path against the stub (`bench/stub.py`, 0 latency, concurrency 32) on 1,000
  policies of 2-3 chunks (fewer calls, so it finishes in a couple of minutes).

Usage:
    python bench/bench_batch.py                      # both, ~9 minutes
    python bench/bench_batch.py --only throughput --mb 1
    python bench/bench_batch.py --only memory --policies 1000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from corpus import generate_corpus, generate_policy, write_corpus

from summarizer.batch import collect_inputs, label_batch
from summarizer.engines.rules import RulesExtractor
from summarizer.pipeline import label_document
from summarizer.text.loading import load_text

HERE = Path(__file__).resolve().parent


def _mb(chars: int) -> float:
    return chars / 1e6


# -- throughput --------------------------------------------------------------------------


def bench_throughput(megabytes: float) -> dict[str, Any]:
    from bench_rules import read_policy

    corpus: list[tuple[str, str]] = []
    count = 0
    while sum(len(text) for _, text in corpus) < megabytes * 1e6:
        count += 50
        corpus = generate_corpus(count, seed=1)
    chars = sum(len(text) for _, text in corpus)
    print(f"\n== offline engine throughput: {len(corpus)} synthetic policies, {chars:,} chars")
    out: dict[str, Any] = {"policies": len(corpus), "chars": chars}
    extractor = RulesExtractor()
    warm = "# Warm-up\n\nWe collect your email address."
    label_document(load_text(warm), extractor)

    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "policies"
        write_corpus(corpus, folder)
        inputs = collect_inputs([folder])
        cpu, wall = time.process_time(), time.perf_counter()
        result = label_batch(inputs, extractor, concurrency=4)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert result.count("failed") == 0, "a synthetic policy failed"
        out["batch"] = {"wall_s": wall, "cpu_s": cpu, "mb_per_s": _mb(chars) / wall}
        print(
            f"label_batch (pipeline end to end): {wall:.2f} s wall, {cpu:.2f} s CPU -> "
            f"{_mb(chars) / wall:.2f} MB/s ({len(corpus) / wall:.0f} policies/s)"
        )

        cpu, wall = time.process_time(), time.perf_counter()
        chunks = sum(read_policy(extractor, text)[0] for _, text in corpus)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        out["engine_only"] = {"wall_s": wall, "cpu_s": cpu, "chunks": chunks}
        print(
            f"engine alone (split_policy + RulesExtractor.extract, bench_rules.read_policy): "
            f"{wall:.2f} s wall, {cpu:.2f} s CPU -> {_mb(chars) / wall:.2f} MB/s, {chunks} chunks"
        )

        big = generate_policy(11, target_chars=int(megabytes * 1e6))
        cpu, wall = time.process_time(), time.perf_counter()
        label = label_document(load_text(big), extractor)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        out["one_big_policy"] = {"chars": len(big), "wall_s": wall, "cpu_s": cpu}
        print(
            f"one {len(big):,}-char policy through label_document: {wall:.2f} s wall, "
            f"{cpu:.2f} s CPU -> {_mb(len(big)) / wall:.2f} MB/s "
            f"({label.coverage.chunks} chunks)"
        )

        out_dir = Path(directory) / "labels"
        command = [
            sys.executable, "-c", "from summarizer.cli.main import main; main()", "label", str(folder),
            "--out-dir", str(out_dir), "--engine", "rules", "--format", "json",
        ]  # fmt: skip
        wall = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - wall
        written = len(list(out_dir.glob("*.json"))) if out_dir.is_dir() else 0
        out["cli"] = {"wall_s": wall, "exit": done.returncode, "written": written}
        print(
            f"CLI `summarizer label DIR --out-dir OUT --engine rules`: {wall:.2f} s wall "
            f"-> {_mb(chars) / wall:.2f} MB/s, exit {done.returncode}, {written} files written"
        )
    return out


# -- memory ------------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _current_rss_mb() -> float:
    """Resident memory now (VmRSS); the peak so far where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_rss_mb()


def child_memory(engine: str, corpus_path: Path, trace: bool, url: str | None) -> dict[str, Any]:
    """Run in a fresh process: label the JSONL corpus and say how much memory it took."""
    if engine == "rules":
        extractor: Any = RulesExtractor()
        concurrency = 4
    else:
        from summarizer.engines.llm import LLMExtractor
        from summarizer.settings import Settings

        settings = Settings(engine="llm", base_url=url, api_key="sk-bench", model="bench-model")
        extractor = LLMExtractor(settings)
        concurrency = 32
    warm = "# Warm-up\n\nWe collect your email address."
    label_document(load_text(warm), extractor)  # imports, lazy tables, first connection
    baseline = _current_rss_mb()
    if trace:
        tracemalloc.start()
    wall = time.perf_counter()
    inputs = collect_inputs([corpus_path])
    result = label_batch(inputs, extractor, concurrency=concurrency)
    wall = time.perf_counter() - wall
    out: dict[str, Any] = {
        "policies": len(inputs),
        "failed": result.count("failed"),
        "calls": sum(label.provenance.calls for label in result.labels),
        "wall_s": wall,
        "rss_before_mb": baseline,
        "rss_peak_mb": _peak_rss_mb(),
    }
    if trace:
        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return out


def _run_child(engine: str, corpus_path: Path, trace: bool, url: str | None) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "bench_batch.py"), "--child", engine]
    command += ["--corpus", str(corpus_path)] + (["--tracemalloc"] if trace else [])
    command += ["--url", url] if url else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench_memory(policies: int) -> dict[str, Any]:
    from stub import StubServer

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as directory:
        runs = [
            ("rules", generate_corpus(policies, seed=2), None),
            ("llm", generate_corpus(policies, seed=3, sections=(2, 3)), 0.0),
        ]
        for engine, corpus, latency in runs:
            path = Path(directory) / f"{engine}.jsonl"
            write_corpus(corpus, path)
            chars = sum(len(text) for _, text in corpus)
            print(f"\n== memory, {engine}: {len(corpus)} policies, {chars:,} chars (JSONL)")
            if latency is None:
                rss = _run_child(engine, path, False, None)
                traced = _run_child(engine, path, True, None)
            else:
                with StubServer(latency_s=latency) as stub:
                    rss = _run_child(engine, path, False, stub.url)
                    traced = _run_child(engine, path, True, stub.url)
            rss["tracemalloc_peak_mb"] = traced["tracemalloc_peak_mb"]
            rss["chars"] = chars
            out[engine] = rss
            print(
                f"{rss['policies']} policies ({rss['failed']} failed, {rss['calls']} LLM calls) "
                f"in {rss['wall_s']:.1f} s; RSS {rss['rss_before_mb']:.0f} MB after imports, "
                f"peak {rss['rss_peak_mb']:.0f} MB (+{rss['rss_peak_mb'] - rss['rss_before_mb']:.0f}"
                f" MB); tracemalloc peak {rss['tracemalloc_peak_mb']:.0f} MB"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("throughput", "memory"))
    parser.add_argument("--mb", type=float, default=1.2, help="corpus size for throughput")
    parser.add_argument("--policies", type=int, default=1000, help="batch size for memory")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", choices=("rules", "llm"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_memory(args.child, args.corpus, args.tracemalloc, args.url)))
        return
    figures: dict[str, Any] = {}
    if args.only in (None, "throughput"):
        figures["throughput"] = bench_throughput(args.mb)
    if args.only in (None, "memory"):
        figures["memory"] = bench_memory(args.policies)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
        print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    main()
