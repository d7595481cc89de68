"""`summarizer show POLICY`: the policy text with every evidence span highlighted and
linked to its claim (one self-contained HTML page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from summarizer.cli.common import (
    allow_private_network_option,
    friendly_errors,
    llm_options,
    say,
    write_atomically,
)


@click.command("show")
@click.argument("source")
@click.option(
    "--label",
    "saved_label",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this saved label (summarizer label --format json) instead of labelling again.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page to this file instead of stdout.",
)
@llm_options
@allow_private_network_option
@friendly_errors
def show_command(
    source: str,
    saved_label: Path | None,
    output: Path | None,
    allow_private_network: bool,
    **options: Any,
) -> None:
    """Show the policy with its evidence highlighted, each quote linked to its claim.

    SOURCE is a policy file or an http(s) URL. The page needs no script and loads
    nothing. Exit codes: 0 done; 2 bad input; 3 LLM endpoint unusable.
    """
    from summarizer.cli.common import open_engine, settings_from_options
    from summarizer.cli.sources import read_saved_label
    from summarizer.pipeline import label_document
    from summarizer.render.highlight import highlight_policy, render_highlight
    from summarizer.text.fetching import fetch_policy, is_url
    from summarizer.text.loading import load_policy

    document = (
        fetch_policy(source, allow_private_network=allow_private_network)
        if is_url(source)
        else load_policy(source)
    )
    if saved_label is not None:
        label = read_saved_label(saved_label)
    else:
        label = label_document(document, open_engine(settings_from_options(options)))
    misplaced = highlight_policy(label, document.text).misplaced
    if misplaced:
        say(
            f"summarizer: warning: {misplaced} quote(s) are not at their offsets in "
            f"{source} (a label made from another version?); they are not highlighted."
        )
    page = render_highlight(label, document.text)
    if output is None:
        click.echo(page, nl=False)
    else:
        write_atomically(output, page)
