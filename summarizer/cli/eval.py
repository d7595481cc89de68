"""`summarizer eval`: run the real pipeline over the gold seeds and score it.

Exit codes: 0 every gate passed (or none asked for); 1 a gate failed (one line
names it); 2 bad input or usage; 3 the LLM endpoint cannot be used.

Tests (and other callers) can hand in an extractor instead of building one from
the options: `CliRunner().invoke(eval_command, args, obj={"extractor": fake})`.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from summarizer.cli.common import (
    announce_engine,
    friendly_errors,
    llm_options,
    open_engine,
    say,
    settings_from_options,
    write_atomically,
)

EXIT_GATE_FAILED = 1
DEFAULT_POLICIES = Path("evals/policies")
DEFAULT_GOLD = Path("evals/gold")
DEFAULT_RESULTS = Path("evals/results")


def default_result_path(
    engine: str, model: str | None, results_dir: Path = DEFAULT_RESULTS
) -> Path:
    """`evals/results/<engine>-<model or 'rules'>-<UTC timestamp>.json`."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", model or "rules").strip("._") or "model"
    return results_dir / f"{engine}-{name}-{stamp}.json"


@click.command("eval")
@click.option(
    "--policies",
    "policies_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_POLICIES,
    show_default=True,
    help="Directory of seed policies.",
)
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_GOLD,
    show_default=True,
    help="Directory of gold answers, <policy stem>.json.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result to FILE.json (and FILE.md beside it). "
    "[default: evals/results/<engine>-<model>-<UTC time>.json]",
)
@click.option(
    "--compare",
    "compare_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An earlier result (.json): show what was fixed and what regressed.",
)
@click.option(
    "--min-f1",
    type=click.FloatRange(0, 1),
    help="Fail (exit 1) when the set-field micro-F1 is below this.",
)
@click.option(
    "--min-three-way",
    type=click.FloatRange(0, 1),
    help="Fail (exit 1) when the three-way accuracy is below this.",
)
@click.option(
    "--repeat",
    type=click.IntRange(1, 50),
    default=1,
    show_default=True,
    help="Run N times and report mean ± std (for non-deterministic engines).",
)
@llm_options
@click.pass_context
@friendly_errors
def eval_command(
    ctx: click.Context,
    policies_dir: Path,
    gold_dir: Path,
    out: Path | None,
    compare_path: Path | None,
    min_f1: float | None,
    min_three_way: float | None,
    repeat: int,
    **options: Any,
) -> None:
    """Score the pipeline against the hand-written gold answers.

    Labels every policy in --policies that has a gold answer in --gold, with the
    engine the options choose, and reports per field and per policy: set-field
    precision/recall/F1, three-way accuracy, children.min_age, grounding, evidence
    overlap and cost, with a drill-down of every miss. Writes JSON and Markdown.

    Exit codes: 0 gates passed; 1 a gate failed; 2 bad input; 3 endpoint unusable.
    """
    from summarizer.evals.comparison import compare_reports
    from summarizer.evals.report import print_report, render_markdown
    from summarizer.evals.run import EvalReport, check_gates, run_eval
    from summarizer.evals.scoring import PolicyScore

    if out is not None and out.suffix.lower() != ".json":
        raise click.UsageError("--out names the JSON file, e.g. --out result.json")
    previous = EvalReport.load(compare_path) if compare_path is not None else None
    settings = settings_from_options(options)
    extractor = (ctx.obj or {}).get("extractor") or open_engine(settings)
    announce_engine(settings, extractor)
    if repeat > 1 and extractor.engine != "rules" and settings.use_cache:
        say(
            "summarizer: warning: with the cache on, runs after the first reuse the first "
            "run's answers; pass --no-cache to measure run-to-run spread"
        )

    def on_run(number: int, scores: list[PolicyScore]) -> None:
        if repeat > 1:
            say(f"summarizer: run {number + 1}/{repeat} done ({len(scores)} policies)")

    report = run_eval(
        policies_dir,
        gold_dir,
        extractor,
        repeat=repeat,
        concurrency=settings.concurrency,
        on_run=on_run,
    )
    report.meta["gates"] = {"min_f1": min_f1, "min_three_way": min_three_way}
    comparison = compare_reports(previous, report) if previous is not None else None
    if comparison is not None:
        report.meta["compared_with"] = str(compare_path)

    json_path = out or default_result_path(extractor.engine, report.meta.get("model"))
    markdown_path = json_path.with_suffix(".md")
    data = report.to_dict()
    if comparison is not None:
        data["comparison"] = comparison.to_dict()
    write_atomically(json_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    write_atomically(markdown_path, render_markdown(report, comparison))

    console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    print_report(report, console, comparison)
    say(f"summarizer: wrote {json_path} and {markdown_path}")
    failures = check_gates(report, min_f1=min_f1, min_three_way=min_three_way)
    for failure in failures:
        say(f"summarizer eval: gate failed: {failure}", style="bold red")
    if failures:
        sys.exit(EXIT_GATE_FAILED)
