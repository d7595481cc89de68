"""`summarizer label --batch-api`: read a corpus through the OpenAI Batch API.

The chunks are sent as one batch first (engines/llm/batch_api.py); the policies are
then labelled as usual from what the batch returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from summarizer.cli.common import say
from summarizer.errors import ConfigError, InputError

if TYPE_CHECKING:
    from summarizer.batch import PolicyInput

F = TypeVar("F", bound=Callable[..., Any])


def batch_api_options(command: F) -> F:
    """The `--batch-api` options of `label`."""
    options = [
        click.option(
            "--batch-api",
            is_flag=True,
            help="Hosted LLMs: send every chunk as one OpenAI Batch API batch (half the "
            "price, its own rate limits, results within 24 h), then label. Rerun the same "
            "command to resume after a crash.",
        ),
        click.option(
            "--batch-id",
            metavar="ID",
            help="Resume this batch (implies --batch-api).",
        ),
        click.option(
            "--batch-cancel",
            is_flag=True,
            help="Cancel the batches a run of the same command submitted (or --batch-id "
            "ID) at the endpoint, keep what they already answered, and label with it; "
            "chunks left unanswered fail (exit 4) and can be read online later.",
        ),
        click.option(
            "--batch-poll",
            type=click.FloatRange(min=0.0),
            default=30.0,
            show_default=True,
            metavar="SECONDS",
            help="With --batch-api: seconds between checks on the batch.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _wanted(options: dict[str, Any]) -> bool:
    return bool(options.get("batch_api") or options.get("batch_id") or options.get("batch_cancel"))


def check_batch_api(settings: Any, options: dict[str, Any]) -> None:
    """Refuse `--batch-api` with settings it cannot work with, before anything starts."""
    if not _wanted(options):
        return
    from summarizer.engines.select import resolve_engine

    if resolve_engine(settings) == "rules":
        raise ConfigError(
            "--batch-api needs an LLM engine: give --base-url or --api-key (the rules "
            "engine runs offline and has nothing to batch)"
        )
    if settings.local_model is not None:
        raise ConfigError("--batch-api is for hosted endpoints, not --local-model")
    if not settings.use_cache:
        raise ConfigError("--batch-api keeps the batch's results in the cache: drop --no-cache")


def with_batch_api(
    policies: list[PolicyInput], extractor: Any, options: dict[str, Any]
) -> tuple[list[PolicyInput], Any]:
    """`policies` and `extractor` unchanged without `--batch-api`; with it, every chunk
    of `policies` is read through one batch, and the extractor returned labels from its
    results. The policies are read in three passes (keys, requests, labels), so web
    pages and standard input are read once first (`read_once`)."""
    if not _wanted(options):
        return policies, extractor
    from summarizer.batch import read_once
    from summarizer.engines.llm.batch_api import run_batch_api

    policies = read_once(policies)
    return policies, run_batch_api(
        lambda: _texts(policies),
        extractor,
        poll_interval_s=options.get("batch_poll") or 0.0,
        batch_id=options.get("batch_id"),
        cancel=bool(options.get("batch_cancel")),
        report=lambda line: say(f"summarizer: {line}"),
    )


def _texts(policies: Sequence[PolicyInput]) -> Iterator[str]:
    """Each policy's text; one that cannot be read is left out here and reported
    when it is labelled. (Files are read again for each pass, never all held.)"""
    for policy in policies:
        try:
            yield policy.load().text
        except InputError:
            continue
