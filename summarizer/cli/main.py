"""The `summarizer` command line.

Exit codes: 0 every label complete; 1 an unexpected problem; 2 bad input or
usage; 3 the LLM endpoint cannot be used (unreachable, bad key, unknown model);
4 partial: some chunk of a policy, or some policy of a batch, could not be read
or graded (the labels that could be made are still written); 5 not graded: every
input read is not a privacy policy or not in a language the engines read (the
label is written, grade N/A, saying why); 130 interrupted.
"""

from __future__ import annotations

import contextlib
import errno
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from summarizer import __version__
from summarizer.cli.batch_api import batch_api_options, check_batch_api, with_batch_api
from summarizer.cli.common import (
    EXIT_PARTIAL,
    allow_private_network_option,
    announce_engine,
    friendly_errors,
    llm_options,
    open_engine,
    say,
    settings_from_options,
    show_warnings,
    stderr,
    write_atomically,
)
from summarizer.cli.compare import compare_command
from summarizer.cli.diff import diff_command
from summarizer.cli.eval import eval_command
from summarizer.cli.serve import serve_command
from summarizer.cli.show import show_command
from summarizer.errors import OutputError

EXIT_NOT_GRADED = 5
FORMATS = ("terminal", "json", "md", "html", "png")
VIEWS = ("label", "apple", "google", "opp115")
SUFFIX = {"json": ".json", "md": ".md", "html": ".html", "png": ".png", "terminal": ".txt"}
FORMAT_OF_SUFFIX = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".png": "png",
    ".txt": "terminal",
}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarizer")
def main() -> None:
    """Read a website's privacy policy and produce a privacy nutrition label:
    what they collect, why, who gets it, and what you can do about it, every
    claim backed by a quote from the policy.

    \b
    Quick start (offline, no API key):
      summarizer label policy.txt
    With an LLM (any OpenAI-compatible server):
      OPENAI_API_KEY=... summarizer label policy.html --format md
    """
    show_warnings()


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="terminal: a card (default on a terminal); json (default when piped): the label; "
    "md; html: a self-contained page; png: the card as an image (needs Chromium).",
)
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="label",
    show_default=True,
    help="label, or the policy mapped to Apple's privacy label, Google Play's Data safety, "
    "or OPP-115 categories.",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write each input's result to DIR/<input name>.<format> instead of stdout.",
)
@click.option(
    "-o",
    "--output",
    "output_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the one policy's result to FILE (any format; the format follows FILE's "
    "extension when --format is not given).",
)
@allow_private_network_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for the offline engine. Default: one per core for 200 or more "
    "policies or one over 300 kB, else one process. LLM engines use --concurrency instead.",
)
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="local",
    default=None,
    metavar="[ADDRESS]",
    help="Label on Ray (pip install 'summarizer[ray]'): a local Ray, or the cluster at "
    "ADDRESS (auto, ray://HOST:10001). Writes JSON Lines to --out-dir.",
)
@click.option(
    "--ray-output",
    type=click.Choice(["jsonl", "parquet"]),
    default="jsonl",
    show_default=True,
    help="With --ray: the files written to --out-dir.",
)
@llm_options
@batch_api_options
@friendly_errors
def label(
    inputs: tuple[str, ...],
    fmt: str | None,
    view: str,
    out_dir: Path | None,
    output_file: Path | None,
    allow_private_network: bool,
    jobs: int | None,
    ray_address: str | None,
    ray_output: str,
    **options: Any,
) -> None:
    """Label privacy policies.

    INPUTS are .txt, .md, .html, .pdf or .docx files, directories of them, JSONL files with
    one {"id": ..., "text": ...} per line, http(s) URLs of policy pages, or '-' for
    the policy piped to standard input. One policy and no --out-dir prints to stdout
    (or to -o FILE); several need --out-dir (or --format json, which prints JSON Lines).

    Exit codes: 0 done; 2 bad input; 3 endpoint unusable; 4 partial (part of a
    policy or of a batch could not be read or graded; what could be labelled is
    written); 5 not graded (not a privacy policy, or not English: the label says so).
    """
    from summarizer.batch import collect_inputs

    settings = settings_from_options(options)
    if ray_address is not None:
        from summarizer.cli.cluster import label_on_ray

        label_on_ray(inputs, out_dir, ray_address, settings, workers=jobs, output=ray_output)
        return
    check_batch_api(settings, options)
    skipped: list[str] = []
    policies = collect_inputs(inputs, allow_private_network=allow_private_network, skipped=skipped)
    for note in skipped:
        say(f"summarizer: skipped {note}")
    if output_file is not None:
        if out_dir is not None:
            raise click.UsageError("use either -o/--output FILE or --out-dir, not both")
        if len(policies) > 1:
            raise click.UsageError("-o/--output FILE takes one policy: use --out-dir for several")
        fmt = fmt or FORMAT_OF_SUFFIX.get(output_file.suffix.lower(), "json")
    to_stdout = out_dir is None and output_file is None
    if fmt is None:
        fmt = "terminal" if to_stdout and sys.stdout.isatty() else "json"
    if to_stdout and len(policies) > 1 and fmt != "json":
        raise click.UsageError("several policies need --out-dir, or --format json for JSON Lines")
    if to_stdout and fmt == "png" and sys.stdout.isatty():
        raise click.UsageError(
            "--format png writes an image, not for a terminal: use -o FILE.png, --out-dir, "
            "or redirect stdout to a file"
        )
    if out_dir is not None:
        make_out_dir(out_dir)
    extractor = open_engine(settings)
    announce_engine(settings, extractor)
    policies, extractor = with_batch_api(policies, extractor, options)
    result = run_batch_with_progress(
        policies, extractor, settings, fmt, view, out_dir, output_file, jobs
    )
    if out_dir is not None:
        from summarizer.cli.index import write_index

        write_index(out_dir, result.items)  # OUT/index.csv and index.jsonl
    if len(policies) > 1 or out_dir is not None:
        print_batch_summary(result)
    failed = [item for item in result.items if item.status == "failed"]
    if failed and len(failed) == len(result.items):  # nothing labelled: say why
        codes = {item.error_code for item in failed}
        sys.exit(codes.pop() if len(codes) == 1 else 1)
    if all(item.status == "not_graded" for item in result.items):
        sys.exit(EXIT_NOT_GRADED)
    if any(item.status != "labelled" for item in result.items):
        sys.exit(EXIT_PARTIAL)


# Write errors that every later file would hit too: the batch stops at the first.
_WHOLE_DISK_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


def make_out_dir(out_dir: Path) -> None:
    """Create --out-dir before any work, so a path that cannot be one fails at once."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"cannot create {out_dir}: {error.strerror or error}", errno=error.errno
        ) from error


def run_batch_with_progress(
    policies, extractor, settings, fmt, view, out_dir, output_file=None, jobs=None
):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from summarizer.batch import BatchEvents, label_batch

    show = stderr.is_terminal
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=not show,
        transient=True,
        # Results on stdout are written straight to it: redirected, they would be
        # printed through the stderr console (to stderr, wrapped, styled).
        redirect_stdout=False,
    )
    # Progress and results share the screen when stdout is the terminal too: the
    # progress is cleared before the first result is printed, else its lines stay
    # above the card and its redraws cut into it.
    clear_before_printing = show and out_dir is None and sys.stdout.isatty()
    policy_task = progress.add_task("policies", total=len(policies))
    chunk_task = progress.add_task("chunks", total=0)
    several = len(policies) > 1

    def on_chunks(_policy, count: int) -> None:
        progress.update(chunk_task, total=(progress.tasks[chunk_task].total or 0) + count)

    def on_chunk_done(_policy, _chunk, _result) -> None:
        progress.advance(chunk_task)

    # On stdout, results come out in the order of the inputs (a policy that finishes
    # early waits for those before it), so the same inputs always print the same.
    # Keyed by the input object, not its id: nothing may depend on ids being unique.
    position = {id(policy): number for number, policy in enumerate(policies)}
    finished: dict[int, Any] = {}
    printed = 0

    def on_policy_done(item) -> None:
        nonlocal printed
        progress.advance(policy_task)
        for warning in item.warnings:
            say(f"summarizer: {item.input.id}: warning: {warning}")
        if item.label is None:
            say(f"summarizer: {item.input.id}: {item.error}")
        else:
            document = item.label.document
            if not document.gradable:
                say(f"summarizer: {item.input.id}: not graded: {document.not_graded_reason}")
            for failed in item.label.coverage.chunks_failed:
                say(
                    f"summarizer: {item.input.id}: could not read {failed.section}: {failed.reason}"
                )
            if item.label.coverage.injections_masked:
                say(
                    f"summarizer: {item.input.id}: warning: "
                    f"{item.label.coverage.injections_masked} passage(s) addressed to an AI "
                    "model were ignored (possible prompt injection; see coverage.masked_passages)"
                )
        if out_dir is not None or output_file is not None:
            if item.label is not None:
                if out_dir is not None:
                    write_output(item, fmt, view, out_dir)
                else:
                    emit(item, fmt, view, None, several, output_file)
            return
        finished[position[id(item.input)]] = item
        while printed in finished:
            ready = finished.pop(printed)
            printed += 1
            if ready.label is not None:
                if clear_before_printing:
                    progress.stop()
                emit(ready, fmt, view, out_dir, several)

    events = BatchEvents(
        on_chunks=on_chunks, on_chunk_done=on_chunk_done, on_policy_done=on_policy_done
    )
    # A disabled Progress still prints a newline when it stops: enter it only when shown.
    with progress if show else contextlib.nullcontext():
        from summarizer.parallel import default_jobs, label_batch_parallel, worth_a_pool

        workers = jobs or default_jobs()
        if worth_a_pool(policies, extractor, workers, asked=jobs is not None):
            return label_batch_parallel(policies, extractor, jobs=workers, events=events)
        return label_batch(policies, extractor, concurrency=settings.concurrency, events=events)


def write_output(item, fmt: str, view: str, out_dir: Path) -> None:
    """Write one label to --out-dir. A file that cannot be written fails that policy
    alone (reported, exit 4); a full or read-only disk stops the batch."""
    try:
        emit(item, fmt, view, out_dir, several=True)
    except OutputError as error:
        if error.errno in _WHOLE_DISK_ERRORS:
            raise
        item.output_error, item.error_code = str(error), error.exit_code
        say(f"summarizer: {item.input.id}: {error}")


def emit(
    item, fmt: str, view: str, out_dir: Path | None, several: bool, output_file: Path | None = None
) -> None:
    from summarizer.render import render_label

    label = item.label
    if output_file is not None:
        write_atomically(output_file, render_label(label, fmt, view))  # type: ignore[arg-type]
        return
    if out_dir is not None:
        rendered = render_label(label, fmt, view)  # type: ignore[arg-type]
        write_atomically(out_dir / f"{item.input.id}{SUFFIX[fmt]}", rendered)
        return
    if fmt == "terminal":
        from summarizer.render.terminal import render_terminal

        render_terminal(label, view, Console())  # type: ignore[arg-type]
    elif fmt == "json" and several:
        payload = json.loads(render_label(label, "json", view))  # type: ignore[arg-type]
        click.echo(json.dumps({"id": item.input.id, "label": payload}, ensure_ascii=False))
    elif fmt == "png":
        sys.stdout.buffer.write(render_label(label, "png", view))  # type: ignore[arg-type]
        sys.stdout.buffer.flush()
    else:
        click.echo(render_label(label, fmt, view))  # type: ignore[arg-type]


def print_batch_summary(result) -> None:
    from rich.table import Table

    table = Table(title="summarizer batch", title_justify="left")
    for column in (
        "labelled",
        "partial",
        "failed",
        "not graded",
        "LLM calls",
        "prompt tokens",
        "completion tokens",
        "time",
    ):
        table.add_column(column, justify="right")
    labels = result.labels
    table.add_row(
        str(result.count("labelled")),
        str(result.count("partial")),
        str(result.count("failed")),
        str(result.count("not_graded")),
        str(sum(label.provenance.calls for label in labels)),
        str(sum(label.provenance.prompt_tokens for label in labels)),
        str(sum(label.provenance.completion_tokens for label in labels)),
        f"{result.wall_time_s:.1f}s",
    )
    stderr.print(table)


@main.command()
@click.argument("source")
@click.option(
    "-o",
    "--output",
    "output_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the text to FILE instead of stdout.",
)
@allow_private_network_option
@friendly_errors
def text(source: str, output_file: Path | None, allow_private_network: bool) -> None:
    """Print the text that evidence offsets refer to.

    SOURCE is a policy file, an http(s) URL, or '-' for standard input. For .txt and
    .md files that is the file itself; for HTML (files or web pages) it is the
    extracted text, headings kept as '#' lines; for PDF the text layer, headings
    recovered from font sizes.
    """
    from summarizer.text.fetching import fetch_policy, is_url
    from summarizer.text.loading import load_policy, load_stdin

    if source == "-":
        document = load_stdin()
    elif is_url(source):
        document = fetch_policy(source, allow_private_network=allow_private_network)
    else:
        document = load_policy(source)
    for warning in document.warnings:
        say(f"summarizer: warning: {warning}")
    if output_file is not None:
        write_atomically(output_file, document.text)
        return
    sys.stdout.write(document.text)


@main.command()
@friendly_errors
def schema() -> None:
    """Print the JSON Schema of the privacy nutrition label."""
    from summarizer.label.schema import PrivacyNutritionLabel

    click.echo(json.dumps(PrivacyNutritionLabel.model_json_schema(), indent=2))


main.add_command(eval_command)
main.add_command(serve_command)
main.add_command(diff_command)
main.add_command(compare_command)
main.add_command(show_command)
