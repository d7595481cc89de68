"""One exception hierarchy. The CLI turns any `SummarizerError` into one line on stderr."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: a problem the user can act on (bad input, bad endpoint, ...)."""

    exit_code = 1


class InputError(SummarizerError):
    """The policy file cannot be read: missing, empty, binary, a directory, too large."""

    exit_code = 2


class ConfigError(SummarizerError):
    """Settings that cannot work together (e.g. --engine llm with no model)."""

    exit_code = 2


class EndpointError(SummarizerError):
    """The LLM endpoint is unreachable, rejects the key, or does not know the model."""

    exit_code = 3


class OutputError(SummarizerError):
    """A result cannot be written: disk full, no permission, a file where a folder should be."""

    exit_code = 1

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno  # the OSError's, when there was one


class ChunkFailedError(SummarizerError):
    """One chunk could not be extracted after every retry; the label goes on without it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        # What the failed attempts cost, when the extractor counts it (LLM requests, tokens).
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
