"""The Batch API's files and batches at a run's endpoint, and the state file that
lets a run resume its batch after a crash (`batch_api` drives them)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import openai
from openai.types import Batch

from summarizer.engines.llm.transport import Transport, _server_message
from summarizer.errors import EndpointError

BATCH_URL: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"
COMPLETION_WINDOW: Final[Literal["24h"]] = "24h"
STATE_DIR = "batch-api"
# Seconds for an upload or download of a batch file (up to 200 MB): longer than the
# per-reply timeout that the client is built with.
FILE_TIMEOUT_S = 900.0

T = TypeVar("T")


class BatchNotFound(EndpointError):
    """The endpoint does not know the batch (another account or endpoint, or deleted)."""


STALE_INPUT_S = 24 * 3600.0
# How many of the endpoint's most recent batches are looked through for one a stopped
# run created but never recorded (it was created moments before that run stopped).
RECENT_BATCHES = 1000


def remove_stale_inputs(directory: Path) -> None:
    """Input files left by runs killed before they were uploaded (a day old, so never
    one that a running process is still writing)."""
    cutoff = time.time() - STALE_INPUT_S
    for stale in directory.glob("requests.*.jsonl"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


class BatchClient:
    """Files and batches at the run's endpoint, with its transport retries; a request
    that still fails is an `EndpointError` (the run stops, exit 3)."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self._sdk = transport.sdk_client()

    def _call(self, what: str, request: Callable[[], T]) -> T:
        try:
            return self._transport.retrying()(request)
        except openai.APIStatusError as error:
            if error.status_code in (401, 403):
                problem = f"the endpoint rejected the API key ({error.status_code})"
            elif error.status_code == 404 and what in ("upload", "create"):
                problem = f"{self._transport.endpoint} has no Batch API (HTTP 404)"
            elif error.status_code == 404 and what == "list batches":
                raise BatchNotFound(f"{self._transport.endpoint} cannot list batches") from None
            elif error.status_code == 404 and what.startswith("poll "):
                raise BatchNotFound(
                    f"Batch API: no {what.removeprefix('poll ')} at {self._transport.endpoint} "
                    "(HTTP 404)"
                ) from None
            else:
                message = self._transport.redact(_server_message(error))[:200]
                problem = f"HTTP {error.status_code}: {message}"
        except openai.APIError as error:
            problem = self._transport.redact(str(error.__cause__ or error))[:160]
        if what.startswith(("poll", "download")):
            problem += "; the batch goes on: run the same command again to collect it"
        raise EndpointError(f"Batch API ({what}): {problem}")

    def upload(self, path: Path) -> str:
        data = path.read_bytes()
        upload = self._sdk.files.create
        return self._call(
            "upload",
            lambda: upload(file=("requests.jsonl", data), purpose="batch", timeout=FILE_TIMEOUT_S),
        ).id

    def create(self, input_file_id: str) -> Batch:
        create = self._sdk.batches.create
        return self._call(
            "create",
            lambda: create(
                input_file_id=input_file_id,
                endpoint=BATCH_URL,
                completion_window=COMPLETION_WINDOW,
            ),
        )

    def find(self, input_file_id: str) -> Batch | None:
        """The batch created from `input_file_id` among the endpoint's `RECENT_BATCHES`
        newest, or None (also when the endpoint cannot list its batches)."""

        def search() -> Batch | None:
            for number, batch in enumerate(self._sdk.batches.list(limit=100)):
                if batch.input_file_id == input_file_id:
                    return batch
                if number + 1 >= RECENT_BATCHES:
                    break
            return None

        try:
            return self._call("list batches", search)
        except BatchNotFound:
            return None

    def retrieve(self, batch_id: str) -> Batch:
        return self._call(f"poll batch {batch_id}", lambda: self._sdk.batches.retrieve(batch_id))

    def cancel(self, batch_id: str) -> Batch:
        return self._call(f"cancel batch {batch_id}", lambda: self._sdk.batches.cancel(batch_id))

    def lines(self, file_id: str) -> list[dict[str, Any]]:
        content = self._sdk.files.content
        text = self._call(
            f"download {file_id}", lambda: content(file_id, timeout=FILE_TIMEOUT_S).text
        )
        records = []
        for line in text.splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("custom_id"), str):
                    records.append(record)
        return records


# -- the state file -----------------------------------------------------------------


def state_path(cache_dir: Path, digest: str) -> Path:
    return cache_dir / STATE_DIR / f"{digest}.json"


def load_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return state if isinstance(state, dict) else {}


def save_state(path: Path, state: dict[str, Any]) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".state.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(state, out, indent=1)
    os.replace(temporary, path)
