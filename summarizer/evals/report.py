"""Show eval results: rich tables for the terminal, Markdown for the results folder,
each with the comparison to an earlier result when there is one.

Everything here reads the JSON-ready `EvalReport` (so any saved result can be shown
again); the comparison itself is `summarizer.evals.comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from summarizer.evals.comparison import Change, ChangeKind, Comparison
from summarizer.evals.run import EvalReport
from summarizer.evals.scoring import CONTACT_KINDS, MIN_AGE_FIELD, SET_FIELDS, THREE_WAY_FIELDS

# --- terminal -----------------------------------------------------------------------

HEADLINE_METRICS: tuple[tuple[str, str], ...] = (
    ("set_fields/micro/f1", "set-field micro-F1"),
    ("set_fields/micro/precision", "set-field micro precision"),
    ("set_fields/micro/recall", "set-field micro recall"),
    ("three_way/overall/accuracy", "three-way accuracy"),
    ("min_age/accuracy", "children.min_age exact"),
    ("grounding/rate", "grounding rate"),
    ("evidence_overlap/rate", "evidence overlap"),
    ("cost/calls", "LLM calls"),
    ("cost/prompt_tokens", "prompt tokens"),
    ("cost/completion_tokens", "completion tokens"),
    ("cost/wall_time_s", "wall time (s)"),
)
QUOTE_CHARS = 160


def _get(tree: dict[str, Any] | None, path: str) -> Any:
    node: Any = tree
    for part in path.split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _number(value: Any, digits: int) -> str:
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if digits == 0 and float(value).is_integer():
        return str(int(value))
    return f"{float(value):.{digits}f}"


def cell(metrics: dict[str, Any], std: dict[str, Any] | None, path: str, digits: int = 3) -> str:
    """`metrics[path]`, with `± std` when the report has several runs (and, for a
    count, when the count varied)."""
    text = _number(_get(metrics, path), digits)
    spread = _get(std, path)
    if spread is not None and std is not None and (digits > 1 or spread):
        text += f" ± {float(spread):.{max(digits, 1)}f}"
    return text


def _quote(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def describe_run(meta: dict[str, Any]) -> str:
    parts = [
        f"engine {meta.get('engine')}",
        f"model {meta.get('model') or '–'}",
        f"prompt {meta.get('prompt_version') or '–'}",
        f"schema {meta.get('schema_version')}",
        f"commit {(meta.get('git_commit') or 'unknown')[:12]}"
        + (" (uncommitted changes)" if meta.get("git_dirty") else ""),
        str(meta.get("date")),
    ]
    if meta.get("repeat", 1) > 1:
        parts.append(f"mean ± std of {meta['repeat']} runs")
    return " · ".join(parts)


def _set_rows(report: EvalReport) -> list[list[str]]:
    rows = []
    for name in (*SET_FIELDS, "micro"):
        base = f"set_fields/{name}"
        rows.append(
            [
                name,
                *(
                    cell(report.overall, report.overall_std, f"{base}/{m}")
                    for m in ("precision", "recall", "f1")
                ),
                *(
                    cell(report.overall, report.overall_std, f"{base}/{m}", 1)
                    for m in ("tp", "fp", "fn")
                ),
            ]
        )
    return rows


def _three_way_rows(report: EvalReport) -> list[list[str]]:
    rows = []
    for name in (*THREE_WAY_FIELDS, "overall"):
        base = f"three_way/{name}"
        rows.append(
            [
                name,
                cell(report.overall, report.overall_std, f"{base}/accuracy"),
                f"{_number(_get(report.overall, base + '/correct'), 1)}"
                f"/{_number(_get(report.overall, base + '/total'), 0)}",
            ]
        )
    rows.append(
        [
            MIN_AGE_FIELD + " (exact)",
            cell(report.overall, report.overall_std, "min_age/accuracy"),
            f"{_number(_get(report.overall, 'min_age/correct'), 1)}"
            f"/{_number(_get(report.overall, 'min_age/total'), 0)}",
        ]
    )
    return rows


def _other_rows(report: EvalReport) -> list[list[str]]:
    o, s = report.overall, report.overall_std
    return [
        [
            "grounding rate",
            cell(o, s, "grounding/rate"),
            f"{_number(_get(o, 'grounding/verbatim'), 1)}/{_number(_get(o, 'grounding/total'), 1)} quotes verbatim",
        ],
        [
            "evidence overlap",
            cell(o, s, "evidence_overlap/rate"),
            f"{_number(_get(o, 'evidence_overlap/overlapped'), 1)}/"
            f"{_number(_get(o, 'evidence_overlap/total'), 1)} gold spans",
        ],
        *(
            [
                f"contact.{kind} F1",
                cell(o, s, f"contact/{kind}/f1"),
                f"TP {_number(_get(o, f'contact/{kind}/tp'), 1)} · "
                f"FP {_number(_get(o, f'contact/{kind}/fp'), 1)} · "
                f"FN {_number(_get(o, f'contact/{kind}/fn'), 1)}",
            ]
            for kind in CONTACT_KINDS
            if _get(o, f"contact/{kind}") is not None
        ),
        ["LLM calls", cell(o, s, "cost/calls", 0), ""],
        [
            "tokens (prompt / completion)",
            f"{cell(o, s, 'cost/prompt_tokens', 0)} / {cell(o, s, 'cost/completion_tokens', 0)}",
            "",
        ],
        ["wall time (s, summed over policies)", cell(o, s, "cost/wall_time_s", 2), ""],
    ]


def _policy_rows(report: EvalReport) -> list[list[str]]:
    rows = []
    for policy in report.policies:
        m, s = policy["metrics"], policy.get("metrics_std")
        rows.append(
            [
                policy["id"],
                cell(m, s, "set_fields/micro/f1"),
                cell(m, s, "three_way/overall/accuracy"),
                {1: "yes", 0: "no"}.get(
                    _get(m, "min_age/accuracy"), cell(m, s, "min_age/accuracy")
                ),
                cell(m, s, "grounding/rate"),
                cell(m, s, "evidence_overlap/rate"),
                str(len(policy["misses"])),
                cell(m, s, "cost/calls", 0),
                f"{cell(m, s, 'cost/prompt_tokens', 0)}/{cell(m, s, 'cost/completion_tokens', 0)}",
                cell(m, s, "cost/wall_time_s", 2),
            ]
        )
    return rows


POLICY_COLUMNS = (
    "policy",
    "set F1",
    "3-way",
    "min_age",
    "grounded",
    "overlap",
    "misses",
    "calls",
    "tokens p/c",
    "time s",
)


def _table(title: str, columns: Sequence[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left")
    for position, column in enumerate(columns):
        table.add_column(column, justify="left" if position == 0 else "right", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table


def print_report(
    report: EvalReport, console: Console, comparison: Comparison | None = None
) -> None:
    """The report as terminal tables (the drill-down is in the Markdown file)."""
    console.print(f"[bold]summarizer eval[/] · {describe_run(report.meta)}", highlight=False)
    console.print(
        _table(
            "Set fields (micro over policies)",
            ("field", "precision", "recall", "F1", "TP", "FP", "FN"),
            _set_rows(report),
        )
    )
    console.print(
        _table("Three-way fields", ("field", "accuracy", "correct"), _three_way_rows(report))
    )
    console.print(
        _table("Grounding, contact details and cost", ("metric", "value", ""), _other_rows(report))
    )
    console.print(_table("Per policy", POLICY_COLUMNS, _policy_rows(report)))
    for policy in report.policies:
        for error in policy.get("errors") or []:
            console.print(f"could not label {policy['id']}: {error}", highlight=False, markup=False)
    for warning in report.meta.get("warnings") or []:
        console.print(f"warning: {warning}", highlight=False)
    if comparison is not None:
        print_comparison(comparison, console)


def _delta_rows(comparison: Comparison) -> list[list[str]]:
    rows = []
    for path, label in HEADLINE_METRICS:
        if path not in comparison.deltas:
            continue
        old, new = comparison.deltas[path]
        digits = 0 if path.startswith("cost/") and path != "cost/wall_time_s" else 3
        rows.append([label, _number(old, digits), _number(new, digits), f"{new - old:+.{digits}f}"])
    headline = {path for path, _ in HEADLINE_METRICS}
    for path, (old, new) in comparison.changed_metrics().items():
        if path in headline or not path.endswith(("/f1", "/accuracy", "/precision", "/recall")):
            continue
        rows.append([path, _number(old, 3), _number(new, 3), f"{new - old:+.3f}"])
    return rows


def _change_line(change: Change) -> str:
    miss = change.new if change.kind == "regressed" else change.old
    assert miss is not None
    what = {
        "missing": "missing",
        "extra": "extra",
        "wrong": f"gold {miss.get('gold')}",
    }[miss["kind"]]
    line = f"{change.policy} · {change.key} ({what}"
    if change.kind == "changed" and change.old and change.new:
        line += f"; predicted {change.old.get('predicted')} → {change.new.get('predicted')}"
    elif miss["kind"] == "wrong":
        line += f", predicted {miss.get('predicted')}"
    return line + ")"


def print_comparison(comparison: Comparison, console: Console) -> None:
    console.print(f"[bold]Compared with[/] {describe_run(comparison.old_meta)}", highlight=False)
    console.print(_table("Metric deltas", ("metric", "old", "new", "Δ"), _delta_rows(comparison)))
    styles: tuple[tuple[ChangeKind, str], ...] = (
        ("fixed", "green"),
        ("regressed", "red"),
        ("changed", "yellow"),
    )
    for kind, style in styles:
        changes = comparison.of_kind(kind)
        console.print(f"[bold {style}]{kind}: {len(changes)}[/]")
        for change in changes:
            console.print(f"  {_change_line(change)}", highlight=False, markup=False)
    for name in comparison.only_old:
        console.print(f"only in the old result: {name}", highlight=False)
    for name in comparison.only_new:
        console.print(f"only in the new result: {name}", highlight=False)


# --- Markdown -----------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(columns: Sequence[str], rows: list[list[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(columns) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(columns))) + "|",
    ]
    lines += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _md_miss(miss: dict[str, Any], repeat: int) -> str:
    runs = f" (in {miss['in_runs']}/{repeat} runs)" if repeat > 1 else ""
    key = f"`{miss['key']}`"
    if miss["kind"] == "missing":
        text = f"- **missing** {key}{runs}: gold says “{_quote(miss.get('gold_quote'))}”"
    elif miss["kind"] == "extra":
        text = f"- **extra** {key}{runs}: predicted from “{_quote(miss.get('predicted_quote'))}”"
    else:
        text = (
            f"- **wrong** {key}{runs}: gold `{miss.get('gold')}`, predicted "
            f"`{miss.get('predicted')}`"
        )
        if miss.get("gold_quote"):
            text += f"; gold quote “{_quote(miss['gold_quote'])}”"
        if miss.get("predicted_quote"):
            text += f"; predicted quote “{_quote(miss['predicted_quote'])}”"
    return text


def render_markdown(report: EvalReport, comparison: Comparison | None = None) -> str:
    """The whole report, drill-down included, as Markdown."""
    meta = report.meta
    lines = [
        "# summarizer eval",
        "",
        f"- engine: `{meta.get('engine')}`; model: `{meta.get('model') or '–'}`; "
        f"mode: `{meta.get('mode') or '–'}`",
        f"- prompt version: `{meta.get('prompt_version') or '–'}`; schema version: "
        f"`{meta.get('schema_version')}`; summarizer {meta.get('summarizer_version')}",
        f"- git commit: `{meta.get('git_commit') or 'unknown'}`"
        + (" with uncommitted changes" if meta.get("git_dirty") else "")
        + f"; date (UTC): {meta.get('date')}",
        f"- policies: {meta.get('policies')}; runs: {meta.get('repeat', 1)}"
        + ("; figures are mean ± sample std over the runs" if meta.get("repeat", 1) > 1 else ""),
        "",
    ]
    for warning in meta.get("warnings") or []:
        lines.append(f"> warning: {_md_escape(warning)}")
    if meta.get("warnings"):
        lines.append("")
    lines += ["## Set fields (micro over policies)", ""]
    lines += _md_table(("field", "precision", "recall", "F1", "TP", "FP", "FN"), _set_rows(report))
    lines += ["## Three-way fields", ""]
    lines += _md_table(("field", "accuracy", "correct"), _three_way_rows(report))
    lines += ["## Grounding, contact details and cost", ""]
    lines += _md_table(("metric", "value", ""), _other_rows(report))
    lines += ["## Per policy", ""]
    lines += _md_table(POLICY_COLUMNS, _policy_rows(report))
    if comparison is not None:
        lines += render_comparison_markdown(comparison)
    lines += ["## Drill-down", ""]
    repeat = int(meta.get("repeat", 1))
    for policy in report.policies:
        lines.append(f"### {policy['id']}")
        lines.append("")
        for error in policy.get("errors") or []:
            lines.append(f"> could not label: {_md_escape(error)}")
        if not policy["misses"]:
            lines.append("No misses.")
        lines += [_md_miss(miss, repeat) for miss in policy["misses"]]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_comparison_markdown(comparison: Comparison) -> list[str]:
    lines = [
        "## Compared with an earlier result",
        "",
        f"Earlier: {describe_run(comparison.old_meta)}",
        "",
    ]
    lines += _md_table(("metric", "old", "new", "Δ"), _delta_rows(comparison))
    kinds: tuple[ChangeKind, ...] = ("fixed", "regressed", "changed")
    for kind in kinds:
        changes = comparison.of_kind(kind)
        lines.append(f"### {kind.capitalize()} ({len(changes)})")
        lines.append("")
        by_field: dict[str, list[Change]] = {}
        for change in changes:
            by_field.setdefault(change.field, []).append(change)
        for field_name, items in by_field.items():
            lines.append(f"- `{field_name}`")
            lines += [f"  - {_md_escape(_change_line(change))}" for change in items]
        if not changes:
            lines.append("None.")
        lines.append("")
    for name in comparison.only_old:
        lines.append(f"- only in the earlier result: {name}")
    for name in comparison.only_new:
        lines.append(f"- only in this result: {name}")
    return [*lines, ""]
