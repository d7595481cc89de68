"""Speed of the offline rules engine (not a test): prints two figures.

Wall time is what a user waits; CPU time is this process alone (on a busy machine
the two differ).

1. the five seed policies, chunked and read in-process (target: under 1 s in all);
2. about 1 MB of policy text, built by repeating the seeds, chunked and read
   (target: under 5 s).

Usage: python bench/bench_rules.py [--policies evals/policies] [--size 1000000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from summarizer.engines.rules import RulesExtractor
from summarizer.engines.rules.contacts import policy_profile
from summarizer.text.chunking import split_policy


def read_policy(extractor: RulesExtractor, text: str) -> tuple[int, int]:
    """Chunk and read one policy; returns (chunks, claims)."""
    chunks = split_policy(text)
    claims = sum(extractor.extract(chunk, text).findings.count() for chunk in chunks)
    return len(chunks), claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=Path, default=Path("evals/policies"))
    parser.add_argument("--size", type=int, default=1_000_000, help="characters for the big run")
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.policies.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt policies in {args.policies}")
    extractor = RulesExtractor()
    warm_up = "# Warm-up\n\nWe collect your e-mail address."
    extractor.extract(split_policy(warm_up)[0], warm_up)

    start, cpu = time.perf_counter(), time.process_time()
    chunks = claims = 0
    for text in texts:
        c, n = read_policy(extractor, text)
        chunks, claims = chunks + c, claims + n
    seeds_s, seeds_cpu = time.perf_counter() - start, time.process_time() - cpu
    chars = sum(len(t) for t in texts)
    print(
        f"seeds: {len(texts)} policies, {chars:,} chars, {chunks} chunks, "
        f"{claims} claims in {seeds_s:.3f} s (CPU {seeds_cpu:.3f} s)"
    )

    # One big policy: the seeds repeated until `size` characters, each copy numbered
    # so no heading or sentence repeats exactly.
    parts: list[str] = []
    total = copy = 0
    while total < args.size:
        text = texts[copy % len(texts)].replace("Privacy", f"Privacy ({copy})", 1)
        parts.append(text)
        total += len(text) + 2
        copy += 1
    big = "\n\n".join(parts)
    policy_profile.cache_clear()
    start, cpu = time.perf_counter(), time.process_time()
    c, n = read_policy(extractor, big)
    big_s, big_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"1 MB: {len(big):,} chars, {c} chunks, {n} claims in {big_s:.3f} s "
        f"(CPU {big_cpu:.3f} s, {len(big) / big_s / 1e6:.2f} MB/s)"
    )


if __name__ == "__main__":
    main()
