"""`summarizer compare A B C ...`: services side by side, differences highlighted."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from summarizer.cli.common import allow_private_network_option, friendly_errors, llm_options


@click.command("compare")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "md", "html", "csv"]),
    default=None,
    help="terminal (default on a terminal), md, html (a self-contained page), "
    "csv (default when piped).",
)
@llm_options
@allow_private_network_option
@friendly_errors
def compare_command(sources: tuple[str, ...], fmt: str | None, **options: Any) -> None:
    """Compare services: one column each, the label's rows, differences marked.

    SOURCES are policy files, http(s) URLs, saved labels (.json), or directories:
    a batch's output directory (its saved labels) or a folder of policy files.

    Exit codes: 0 done; 2 bad input (or fewer than two services); 3 LLM endpoint
    unusable.
    """
    from summarizer.cli.sources import expand_sources, load_sources
    from summarizer.errors import InputError
    from summarizer.label.comparison import compare_labels
    from summarizer.render.comparison import comparison_card, render_comparison

    expanded = expand_sources(sources)
    if len(expanded) < 2:
        raise InputError("compare needs at least two policies or labels.")
    loaded = load_sources(expanded, options)
    names = [item.label.service_name or item.name for item in loaded]
    table = compare_labels([item.label for item in loaded], names)
    if fmt is None:
        fmt = "terminal" if sys.stdout.isatty() else "csv"
    if fmt == "terminal" and sys.stdout.isatty():
        Console().print(comparison_card(table))
    else:
        click.echo(render_comparison(table, fmt), nl=False)  # type: ignore[arg-type]
