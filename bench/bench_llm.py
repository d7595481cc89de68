"""Where time and tokens go on the LLM path (not a test: it prints figures).

Every request goes to `bench/stub.py`, an OpenAI-compatible server on 127.0.0.1 in
another process, through the real client stack (`LLMExtractor`: openai + instructor
+ tenacity) and the real pipeline (`label_batch` / `alabel_document`). The stub
answers after a fixed latency and bills prompt tokens from the request's text and
tool schema (chars/4), so calls, tokens and wall time are real; the findings are not
(quality against the stub means nothing).

Sections (`--only NAME` runs one; all run by default):

- concurrency: 40 synthetic policies of 2-3 chunks (96 calls) at 1 s per request,
  concurrency 1, 8 and 32: wall time against the ideal calls x latency / concurrency,
  and the client's own CPU time per call (the stub's CPU is in its own process).
- tokens: prompt tokens per policy against policy length, the fixed overhead per
  call, and how `split_policy(max_tokens, min_tokens)` trades calls for tokens.
- naive: one call per policy with the whole text (`chunks=[one Chunk]`) beside the
  chunked pipeline: calls, tokens, wall time; quality on the gold with the rules
  engine (the only engine the stub can't fake).
- cache: the five seeds through `CachedExtractor`, then again: calls and time.

Usage:
    python bench/bench_llm.py                       # everything, ~3 minutes
    python bench/bench_llm.py --only concurrency --latency 1 --concurrency 1 8 32
    python bench/bench_llm.py --json bench/results-llm.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus import generate_policy
from stub import StubServer

from summarizer.batch import PolicyInput, label_batch
from summarizer.engines.base import Extractor
from summarizer.engines.llm import LLMExtractor
from summarizer.engines.llm.cache import CachedExtractor, FindingsCache
from summarizer.engines.llm.prompts import render_extraction_messages
from summarizer.engines.rules import RulesExtractor
from summarizer.evals.run import find_seeds
from summarizer.evals.scoring import score_label, score_many
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, estimate_tokens, pack_policy, split_policy
from summarizer.text.loading import load_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "evals" / "policies"
GOLD = ROOT / "evals" / "gold"


def llm_extractor(url: str, **options: Any) -> LLMExtractor:
    settings = Settings(
        engine="llm", base_url=url, api_key="sk-bench", model="bench-model", use_cache=False
    )
    return LLMExtractor(settings, **options)


def policies_with_chunks(two: int, three: int, *, seed: int = 7) -> list[PolicyInput]:
    """`two` policies that `split_policy` cuts into 2 chunks and `three` into 3."""
    wanted = {2: two, 3: three}
    found: list[PolicyInput] = []
    number = seed * 100_000
    while any(wanted.values()):
        number += 1
        text = generate_policy(number, sections=2 + (number % 2))
        chunks = len(split_policy(text))
        if wanted.get(chunks, 0) > 0:
            wanted[chunks] -= 1
            found.append(PolicyInput(id=f"p{len(found):03d}-{chunks}c", text=text))
    return found


def totals(labels: Sequence[PrivacyNutritionLabel]) -> dict[str, int]:
    return {
        "calls": sum(label.provenance.calls for label in labels),
        "prompt_tokens": sum(label.provenance.prompt_tokens for label in labels),
        "completion_tokens": sum(label.provenance.completion_tokens for label in labels),
        "chunks_failed": sum(len(label.coverage.chunks_failed) for label in labels),
    }


def timed_batch(
    inputs: Sequence[PolicyInput], extractor: Extractor, concurrency: int
) -> dict[str, Any]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = label_batch(inputs, extractor, concurrency=concurrency)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    failed = [item.error for item in result.items if item.label is None]
    if failed:
        raise SystemExit(f"{len(failed)} policies failed, e.g. {failed[0]}")
    return {"wall_s": wall, "cpu_s": cpu, **totals(result.labels)}


# -- concurrency -----------------------------------------------------------------------


async def _extract_only(chunks: Sequence[tuple[Chunk, str]], extractor: LLMExtractor) -> int:
    limiter = asyncio.Semaphore(8)

    async def one(chunk: Chunk, text: str) -> int:
        async with limiter:
            return (await extractor.aextract(chunk, text)).calls

    return sum(await asyncio.gather(*(one(chunk, text) for chunk, text in chunks)))


def client_cpu_per_call(inputs: Sequence[PolicyInput], url: str) -> float:
    """CPU ms per call of `aextract` alone (no chunking, grounding or merging)."""
    chunks = [(c, item.text or "") for item in inputs for c in split_policy(item.text or "")]
    extractor = llm_extractor(url)
    asyncio.run(_extract_only(chunks[:2], extractor))  # warm-up
    cpu = time.process_time()
    calls = asyncio.run(_extract_only(chunks, extractor))
    return 1000 * (time.process_time() - cpu) / calls


def bench_concurrency(latency: float, levels: Sequence[int], policies: int) -> dict[str, Any]:
    three = policies * 2 // 5
    inputs = policies_with_chunks(policies - three, three)
    chars = sum(len(item.text or "") for item in inputs)
    print(
        f"\n== concurrency: {len(inputs)} policies ({policies - three} of 2 chunks, {three} of "
        f"3; {chars:,} chars), stub latency {latency:g} s per request"
    )
    rows = []
    with StubServer(latency_s=latency) as stub:
        timed_batch(inputs[:1], llm_extractor(stub.url), 1)  # imports, client, first connection
        for level in levels:
            stub_cpu = stub.cpu_s()
            row = timed_batch(inputs, llm_extractor(stub.url), level)
            row["stub_cpu_s"] = stub.cpu_s() - stub_cpu
            row["concurrency"] = level
            row["ideal_s"] = row["calls"] * latency / level
            row["rounds_s"] = -(-row["calls"] // level) * latency
            row["ratio"] = row["wall_s"] / row["ideal_s"] if row["ideal_s"] else float("nan")
            row["cpu_ms_per_call"] = 1000 * row["cpu_s"] / row["calls"]
            rows.append(row)
            print(
                f"concurrency {level:>3}: {row['calls']} calls in {row['wall_s']:7.2f} s wall; "
                f"ideal {row['ideal_s']:6.2f} s -> {row['ratio']:.2f}x; process CPU "
                f"{row['cpu_s']:.2f} s = {row['cpu_ms_per_call']:.1f} ms/call; stub CPU "
                f"{row['stub_cpu_s']:.2f} s"
            )
    # Zero latency: how fast the client stack alone can go on this machine.
    with StubServer(latency_s=0.0) as stub:
        timed_batch(inputs[:1], llm_extractor(stub.url), 1)
        zero = timed_batch(inputs * 2, llm_extractor(stub.url), 8)
        zero["calls_per_s"] = zero["calls"] / zero["wall_s"]
        zero["cpu_ms_per_call"] = 1000 * zero["cpu_s"] / zero["calls"]
        zero["client_only_cpu_ms_per_call"] = client_cpu_per_call(inputs, stub.url)
        print(
            f"zero latency: {zero['calls']} calls in {zero['wall_s']:.2f} s = "
            f"{zero['calls_per_s']:.0f} calls/s; CPU {zero['cpu_ms_per_call']:.1f} ms/call "
            f"with the pipeline, {zero['client_only_cpu_ms_per_call']:.1f} ms/call in "
            f"aextract alone -> one event loop (one core) saturates near concurrency "
            f"{latency * 1000 / zero['cpu_ms_per_call']:.0f} at {latency:g} s per call"
        )
    return {"latency_s": latency, "policies": len(inputs), "rows": rows, "zero_latency": zero}


# -- tokens ----------------------------------------------------------------------------


async def _label_chunks(
    text: str, extractor: Extractor, chunks: Sequence[Chunk], concurrency: int = 8
) -> PrivacyNutritionLabel:
    limiter = asyncio.Semaphore(concurrency)
    return await alabel_document(load_text(text), extractor, limiter=limiter, chunks=chunks)


def label_chunks(text: str, extractor: Extractor, chunks: Sequence[Chunk]) -> dict[str, Any]:
    wall = time.perf_counter()
    label = asyncio.run(_label_chunks(text, extractor, chunks))
    return {"wall_s": time.perf_counter() - wall, **totals([label])}


def whole(text: str) -> list[Chunk]:
    """The naive baseline's single chunk: the whole policy."""
    return [Chunk(index=0, start=0, end=len(text), text=text)]


def bench_tokens() -> dict[str, Any]:
    print("\n== tokens per policy (stub bills chars/4 of messages + tool schema JSON)")
    out: dict[str, Any] = {}
    with StubServer(latency_s=0.0) as stub:
        extractor = llm_extractor(stub.url)
        probe = label_chunks("x", extractor, [Chunk(index=0, start=0, end=1, text="x")])
        overhead = probe["prompt_tokens"] - 1
        messages = render_extraction_messages("x")
        system = estimate_tokens(messages[0]["content"])
        user = estimate_tokens(messages[1]["content"]) - 1
        bare = render_extraction_messages("x", examples=False)
        examples = system - estimate_tokens(bare[0]["content"])
        parts = {
            "total": overhead,
            "system_prompt": system,
            "of_which_examples": examples,
            "user_template": user,
            "tool_schema_and_framing": overhead - system - user,
        }
        out["overhead_tokens_per_call"] = parts
        print(
            f"fixed overhead per call: {overhead} prompt tokens = system prompt {system} "
            f"(of which few-shot examples {examples}) + user template {user} + tool schema "
            f"and message framing {overhead - system - user}"
        )
        policies: list[tuple[str, str]] = [
            (f"synthetic {size // 1000}k", generate_policy(size, target_chars=size))
            for size in (2_000, 5_000, 10_000, 20_000, 50_000)
        ]
        policies += [
            (path.stem[:3] + " (seed)", path.read_text()) for path in sorted(SEEDS.glob("*.txt"))
        ]
        rows = []
        print(
            f"{'policy':<16}{'chars':>8}{'policy tok':>11}{'calls':>6}{'prompt tok':>11}"
            f"{'per call':>9}{'text part':>10}{'bound':>9}{'completion':>11}"
        )
        for name, text in policies:
            chunks = extractor.split_policy(text)
            row = label_chunks(text, extractor, chunks)
            own = estimate_tokens(text)
            text_part = row["prompt_tokens"] - overhead * row["calls"]
            bound = 1.5 * own + overhead * row["calls"]
            row.update(name=name, chars=len(text), policy_tokens=own, bound=bound)
            row["text_ratio"] = text_part / own
            rows.append(row)
            print(
                f"{name:<16}{len(text):>8,}{own:>11,}{row['calls']:>6}{row['prompt_tokens']:>11,}"
                f"{row['prompt_tokens'] / row['calls']:>9,.0f}{row['text_ratio']:>9.2f}x"
                f"{'ok' if row['prompt_tokens'] <= bound else 'OVER':>9}"
                f"{row['completion_tokens']:>11,}"
            )
        out["policies"] = rows

        print("\nchunk size: calls against prompt tokens (split_policy max_tokens/min_tokens)")
        sweep = [(300, 60), (600, 60), (1200, 60), (1200, 300), (1200, 600), (2400, 1200)]
        sweep_rows = []
        targets = [policies[3], policies[6]]  # synthetic 20k and the longest seed
        header = "".join(f"{name:>24}" for name, _ in targets)
        print(f"{'max/min tokens':<16}{header}")
        for max_tokens, min_tokens in [*sweep, (None, None)]:
            cells = []
            for name, text in targets:
                if max_tokens is None:
                    chunks = whole(text)
                else:
                    chunks = split_policy(text, max_tokens=max_tokens, min_tokens=min_tokens)
                row = label_chunks(text, extractor, chunks)
                row.update(policy=name, max_tokens=max_tokens, min_tokens=min_tokens)
                sweep_rows.append(row)
                cells.append(f"{row['calls']:>4} calls {row['prompt_tokens']:>9,} tok")
            setting = "whole text" if max_tokens is None else f"{max_tokens}/{min_tokens}"
            print(f"{setting:<16}" + "".join(f"{cell:>24}" for cell in cells))
        out["chunk_sweep"] = sweep_rows

        seed_texts = [text for name, text in policies if name.endswith("(seed)")]
        own_tokens = sum(estimate_tokens(text) for text in seed_texts)
        print(f"\nfive seeds: {own_tokens:,} policy tokens; target prompt tokens <= 3x")
        packing: dict[str, dict[str, float]] = {}
        for budget in (1500, 2000, 3000, 4000, 4500, 6000, None):
            label_ = "sections (--chunking sections)" if budget is None else f"packed {budget}"
            calls = tokens = 0
            for text in seed_texts:
                chunks = (
                    split_policy(text) if budget is None else pack_policy(text, max_tokens=budget)
                )
                row = label_chunks(text, extractor, chunks)
                calls, tokens = calls + row["calls"], tokens + row["prompt_tokens"]
            packing[label_] = {
                "calls": calls,
                "prompt_tokens": tokens,
                "ratio": tokens / own_tokens,
            }
            print(
                f"five seeds, {label_:<32}: {calls:>3} calls, {tokens:>8,} prompt tokens "
                f"= {tokens / own_tokens:.2f}x the policies' own"
            )
        out["seeds_by_packing"] = packing
        ways: dict[str, dict[str, int]] = {}
        for way, low in QUALITY_WAYS:
            rows_ = []
            for text in seed_texts:
                chunks = whole(text) if low is None else split_policy(text, min_tokens=low)
                rows_.append(label_chunks(text, extractor, chunks))
            ways[way] = {key: sum(row[key] for row in rows_) for key in ("calls", "prompt_tokens")}
            print(
                f"five seeds, {way:<32}: {ways[way]['calls']:>3} calls, "
                f"{ways[way]['prompt_tokens']:>8,} prompt tokens"
            )
        out["seeds_by_chunking"] = ways

        seeds = [PolicyInput(id=p.stem, path=p) for p in sorted(SEEDS.glob("*.txt"))]
        plain = timed_batch(seeds, llm_extractor(stub.url), 8)
        hybrid = timed_batch(seeds, llm_extractor(stub.url, candidates_from=RulesExtractor()), 8)
        out["hybrid_seeds"] = {"llm": plain, "hybrid": hybrid}
        print(
            f"five seeds, llm engine: {plain['calls']} calls, {plain['prompt_tokens']:,} "
            f"prompt tokens; hybrid (rules findings sent as candidates): {hybrid['calls']} "
            f"calls, {hybrid['prompt_tokens']:,} prompt tokens "
            f"(+{hybrid['prompt_tokens'] / plain['prompt_tokens'] - 1:.0%})"
        )
    return out


# -- naive baseline ----------------------------------------------------------------------


async def _naive_batch(
    inputs: Sequence[PolicyInput], extractor: Extractor, concurrency: int
) -> list[PrivacyNutritionLabel]:
    limiter = asyncio.Semaphore(concurrency)

    async def one(item: PolicyInput) -> PrivacyNutritionLabel:
        document = item.load()
        return await alabel_document(
            document, extractor, limiter=limiter, chunks=whole(document.text)
        )

    return list(await asyncio.gather(*(one(item) for item in inputs)))


def naive_batch(
    inputs: Sequence[PolicyInput], extractor: Extractor, concurrency: int
) -> dict[str, Any]:
    cpu, wall = time.process_time(), time.perf_counter()
    labels = asyncio.run(_naive_batch(inputs, extractor, concurrency))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall_s": wall, "cpu_s": cpu, **totals(labels)}


def quality(extractor: Extractor, min_tokens: int | None, concurrency: int = 1) -> dict[str, Any]:
    """Set micro-F1, three-way accuracy and evidence overlap of `extractor` on the gold
    seeds, with `split_policy(min_tokens=...)` chunks, or the whole text as one chunk
    (None); plus what it cost."""
    seeds, _ = find_seeds(SEEDS, GOLD)
    scores, labels = [], []
    for seed in seeds:
        document = load_text(seed.policy.read_text(encoding="utf-8"), source=seed.id)
        if min_tokens is None:
            chunks = whole(document.text)
        else:
            chunks = split_policy(document.text, min_tokens=min_tokens)
        label = asyncio.run(_label_chunks(document.text, extractor, chunks, concurrency))
        labels.append(label)
        scores.append(score_label(label, seed.gold.label, document.text, policy=seed.id))
    metrics = score_many(scores)
    return {
        "set_micro_f1": metrics["set_fields"]["micro"]["f1"],
        "three_way_accuracy": metrics["three_way"]["overall"]["accuracy"],
        "evidence_overlap": metrics["evidence_overlap"]["rate"],
        "wall_s": sum(label.provenance.wall_time_s for label in labels),
        **totals(labels),
    }


QUALITY_WAYS: tuple[tuple[str, int | None], ...] = (
    ("chunked (min_tokens 60, default)", 60),
    ("chunked (min_tokens 300)", 300),
    ("naive (whole text)", None),
)


def print_quality(engine: str, results: dict[str, dict[str, Any]]) -> None:
    for way, scores in results.items():
        print(
            f"{engine} on the 5 gold seeds, {way:<32}: set micro-F1 "
            f"{scores['set_micro_f1']:.3f}, three-way {scores['three_way_accuracy']:.3f}, "
            f"evidence overlap {scores['evidence_overlap']:.3f}; {scores['calls']} calls, "
            f"{scores['prompt_tokens']:,} prompt tokens, {scores['wall_s']:.1f} s"
        )


def bench_quality_endpoint(settings: Settings, concurrency: int) -> dict[str, Any]:
    """Chunked against naive on the gold seeds with a real model: `settings.local_model`
    (llama.cpp started here) or the endpoint at `settings.base_url`."""
    if settings.local_model is not None:
        from summarizer.engines.llm.local_model import start_local_extractor

        print(f"\n== quality with the local model {settings.local_model} (llama.cpp)")
        with start_local_extractor(settings) as local:
            results = {way: quality(local, low, 1) for way, low in QUALITY_WAYS}
        name = str(settings.local_model)
    else:
        print(f"\n== quality with {settings.effective_model} at {settings.base_url}")
        extractor = LLMExtractor(settings)
        results = {way: quality(extractor, low, concurrency) for way, low in QUALITY_WAYS}
        name = settings.effective_model
    print_quality(name, results)
    return results


def bench_naive(latency: float, concurrency: int, policies: int) -> dict[str, Any]:
    three = policies * 2 // 5
    corpus = policies_with_chunks(policies - three, three)
    seeds = [PolicyInput(id=p.stem, path=p) for p in sorted(SEEDS.glob("*.txt"))]
    print(
        f"\n== naive baseline (one call per policy, whole text) against the chunked pipeline; "
        f"stub latency {latency:g} s, concurrency {concurrency}"
    )
    out: dict[str, Any] = {}
    with StubServer(latency_s=latency) as stub:
        timed_batch(corpus[:1], llm_extractor(stub.url), 1)
        for name, inputs in (("synthetic", corpus), ("seeds", seeds)):
            chunked = timed_batch(inputs, llm_extractor(stub.url), concurrency)
            naive = naive_batch(inputs, llm_extractor(stub.url), concurrency)
            out[name] = {"chunked": chunked, "naive": naive}
            for way, row in (("chunked", chunked), ("naive", naive)):
                print(
                    f"{name} ({len(inputs)} policies) {way:>8}: {row['calls']:>4} calls, "
                    f"{row['prompt_tokens']:>9,} prompt + {row['completion_tokens']:>7,} "
                    f"completion tokens, {row['wall_s']:6.2f} s wall"
                )
    print(
        "The stub answers every request in the same time; a real model's time grows with "
        "its output, and one call must write every finding of the policy (more than "
        "max_tokens=2048 for a long policy, which then costs a second call at 4096)."
    )
    out["quality_rules"] = {
        way: quality(RulesExtractor(), min_tokens) for way, min_tokens in QUALITY_WAYS
    }
    print_quality("rules engine", out["quality_rules"])
    print(
        "LLM quality of the naive baseline needs a real model (the stub's findings are "
        "canned): pass --base-url/--model (see bench/README.md)."
    )
    return out


# -- cache -----------------------------------------------------------------------------


def bench_cache() -> dict[str, Any]:
    print("\n== cached re-run of the five seeds through CachedExtractor")
    seeds = [PolicyInput(id=p.stem, path=p) for p in sorted(SEEDS.glob("*.txt"))]
    with StubServer(latency_s=0.0) as stub, tempfile.TemporaryDirectory() as directory:
        with FindingsCache(Path(directory)) as cache:
            first = timed_batch(seeds, CachedExtractor(llm_extractor(stub.url), cache), 8)
        before = stub.request_count()
        opened = time.perf_counter()
        with FindingsCache(Path(directory)) as cache:
            extractor = CachedExtractor(llm_extractor(stub.url), cache)
            second = timed_batch(seeds, extractor, 8)
            entries = len(cache)
        second["with_open_s"] = time.perf_counter() - opened
        second["server_requests"] = stub.request_count() - before
    print(f"first run: {first['calls']} calls, {first['wall_s']:.2f} s; cache holds {entries}")
    print(
        f"re-run: {second['calls']} calls (server saw {second['server_requests']} requests), "
        f"{second['wall_s']:.3f} s wall ({second['with_open_s']:.3f} s with opening the "
        f"cache), CPU {second['cpu_s']:.3f} s"
    )
    return {"first": first, "second": second, "entries": entries}


# -- main ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("concurrency", "tokens", "naive", "cache", "quality"))
    parser.add_argument("--latency", type=float, default=1.0, help="stub seconds per request")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--policies", type=int, default=40)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    real = parser.add_argument_group(
        "a real model (only for --only quality: chunked against naive on the gold seeds)"
    )
    real.add_argument("--base-url")
    real.add_argument("--api-key")
    real.add_argument("--model")
    real.add_argument("--mode", choices=("tools", "json_schema", "json"), default="tools")
    real.add_argument("--local-model", help="a GGUF file, or 'default' (Gemma-3-270M)")
    args = parser.parse_args()
    if args.only == "quality":
        if not (args.base_url or args.local_model):
            parser.error("--only quality needs --base-url (and usually --model) or --local-model")
        settings = Settings.resolve(
            engine="llm",
            base_url=args.base_url,
            api_key=args.api_key or ("none" if args.base_url else None),
            model=args.model,
            mode=args.mode,
            use_cache=False,
            timeout_s=600.0,
            local_model=Path(args.local_model) if args.local_model else None,
        )
        figures = {"quality": bench_quality_endpoint(settings, max(args.concurrency))}
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n")
        return

    figures: dict[str, Any] = {"machine": machine()}
    print(f"machine: {figures['machine']}")
    if args.only in (None, "cache"):
        figures["cache"] = bench_cache()
    if args.only in (None, "tokens"):
        figures["tokens"] = bench_tokens()
    if args.only in (None, "naive"):
        figures["naive"] = bench_naive(args.latency, max(args.concurrency), args.policies)
    if args.only in (None, "concurrency"):
        figures["concurrency"] = bench_concurrency(args.latency, args.concurrency, args.policies)
    figures["machine"]["load_average_after"] = machine()["load_average"]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n")
        print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    sys.exit(main())
