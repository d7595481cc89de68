"""`summarizer diff OLD NEW`: the practices added, removed and changed between two
versions of a policy (files, URLs, or saved labels), with the quotes on both sides."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from summarizer.cli.common import allow_private_network_option, friendly_errors, llm_options

EXIT_SAME, EXIT_CHANGED = 0, 1


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "md", "html", "json"]),
    default=None,
    help="terminal (default on a terminal), md, html (old and new side by side), "
    "json (default when piped; schema in summarizer/label/changes.py).",
)
@llm_options
@allow_private_network_option
@friendly_errors
def diff_command(old: str, new: str, fmt: str | None, **options: Any) -> None:
    """Show what a policy's new version changed in practice.

    OLD and NEW are policy files, http(s) URLs, or labels saved with
    `summarizer label --format json` (.json). Re-worded or moved sentences are not
    changes; they are counted.

    Exit codes, as with diff(1): 0 no practice changed; 1 something changed;
    2 bad input; 3 LLM endpoint unusable.
    """
    from summarizer.cli.sources import load_sources
    from summarizer.label.changes import diff_labels
    from summarizer.render.changes import diff_card, render_diff

    before, after = load_sources([old, new], options)
    result = diff_labels(before.label, after.label, before.text, after.text)
    result.old.source = result.old.source or old
    result.new.source = result.new.source or new
    if fmt is None:
        fmt = "terminal" if sys.stdout.isatty() else "json"
    if fmt == "terminal" and sys.stdout.isatty():
        Console().print(diff_card(result))
    else:
        click.echo(render_diff(result, fmt))  # type: ignore[arg-type]
    sys.exit(EXIT_CHANGED if result.changed else EXIT_SAME)
