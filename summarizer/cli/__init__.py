"""The `summarizer` command: `main` builds the click group; `eval` and `common` hold the
eval command and the options every command shares."""

from summarizer.cli.main import main

__all__ = ["main"]
