"""The OpenAI Batch API: a corpus's chunks sent as one batch, at half the price.

`run_batch_api(texts, cached, ...)`, then label as usual with what it returns:

1. **Plan.** Every chunk of every policy (`chunks_for`, as the pipeline reads them)
   whose findings are not in the cache becomes one line of the batch's input file:
   `{"custom_id": <cache key>, "method": "POST", "url": "/v1/chat/completions",
   "body": <the request an online call sends first>}`. A chunk two policies share
   is sent once.
2. **Submit.** The file is uploaded (`purpose="batch"`) and the batch created (24h
   window). Its input file id and batch id go into a small state file in the cache
   directory, named by a hash of every chunk key of the run (which covers the model
   and endpoint), so a rerun after a crash polls the same batch instead of paying
   again; `batch_id=` resumes one explicitly.
3. **Poll** until the batch ends, reporting its request counts.
4. **Collect.** The output and error files are downloaded; each reply is read as an
   online reply is (`LLMExtractor.read_reply`) and its findings cached under the
   online key. A request the batch could not answer (an error line, an invalid or
   cut-off reply, or none at all because the batch expired or was cancelled) is a
   failed chunk: there are no re-asks or bigger budgets in a batch. The state file
   is removed once the batch's results are in, so a later run sends only what failed.

The API key goes nowhere but the request headers: not into the input file, the
state file, messages or labels.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openai.types import Batch
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.engines.base import ExtractionResult, chunks_for
from summarizer.engines.llm.batch_client import (
    BATCH_URL,
    STATE_DIR,
    BatchClient,
    BatchNotFound,
    load_state,
    remove_stale_inputs,
    save_state,
    state_path,
)
from summarizer.engines.llm.batch_replay import BatchReplay, failure
from summarizer.engines.llm.cache import CachedExtractor
from summarizer.engines.llm.extractor import LLMExtractor
from summarizer.errors import ChunkFailedError, ConfigError, EndpointError

MAX_REQUESTS = 50_000  # the Batch API's limits for one input file
MAX_FILE_BYTES = 200 * 1024 * 1024
FINISHED = frozenset({"completed", "expired", "cancelled", "failed"})
DEFAULT_POLL_S = 30.0
Report = Callable[[str], None]


@dataclass
class BatchPlan:
    """The requests a run must send: their keys, and the input file holding them."""

    keys: set[str] = field(default_factory=set)  # every chunk of the run
    pending: set[str] = field(default_factory=set)  # those not in the cache
    cached: int = 0
    input_file: Path | None = None
    input_bytes: int = 0

    def digest(self, describe: dict[str, str | None]) -> str:
        parts = {"keys": sorted(self.keys), "model": describe.get("model")}
        parts["endpoint"] = describe.get("endpoint")
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def llm_inside(cached: object) -> tuple[CachedExtractor, LLMExtractor]:
    """The cache and the hosted-endpoint LLM extractor of a run; `ConfigError` otherwise."""
    if not isinstance(cached, CachedExtractor):
        if getattr(cached, "engine", None) == "rules":
            raise ConfigError("--batch-api needs an LLM engine (--engine llm or hybrid)")
        raise ConfigError("--batch-api keeps the batch's results in the cache: drop --no-cache")
    inner = cached.extractor
    if type(inner) is not LLMExtractor:
        raise ConfigError("--batch-api sends requests to a hosted endpoint, not a local model")
    return cached, inner


def plan_requests(texts: Iterable[str], cached: CachedExtractor, directory: Path) -> BatchPlan:
    """Write the input file (in `directory`) for every chunk of `texts` not yet cached."""
    _, inner = llm_inside(cached)
    plan = BatchPlan()
    directory.mkdir(parents=True, exist_ok=True)
    remove_stale_inputs(directory)
    handle, name = tempfile.mkstemp(dir=directory, prefix="requests.", suffix=".jsonl")
    plan.input_file = Path(name)
    with os.fdopen(handle, "w", encoding="utf-8") as lines:
        for text in texts:
            for chunk in chunks_for(cached, text):
                key = cached.key_for(chunk)
                if key in plan.keys:
                    continue
                plan.keys.add(key)
                if cached.cache.get(key) is not None:
                    plan.cached += 1
                    continue
                plan.pending.add(key)
                line = {
                    "custom_id": key,
                    "method": "POST",
                    "url": BATCH_URL,
                    "body": inner.first_request(chunk, text),
                }
                plan.input_bytes += lines.write(json.dumps(line, ensure_ascii=False) + "\n")
    return plan


# -- the run --------------------------------------------------------------------------


def run_batch_api(
    texts: Iterable[str],
    cached: object,
    *,
    poll_interval_s: float = DEFAULT_POLL_S,
    batch_id: str | None = None,
    report: Report = lambda line: None,
) -> BatchReplay:
    """Send every uncached chunk of `texts` as one batch, wait for it, cache its
    findings, and return the extractor to label `texts` with (see the module doc)."""
    cached, inner = llm_inside(cached)
    directory = cached.cache.directory / STATE_DIR
    plan = plan_requests(texts, cached, directory)
    try:
        if not plan.pending and batch_id is None:
            report(f"batch API: all {plan.cached} chunks are cached; nothing to send")
            return BatchReplay(cached, {}, {})
        if len(plan.pending) > MAX_REQUESTS or plan.input_bytes > MAX_FILE_BYTES:
            raise ConfigError(
                f"--batch-api: {len(plan.pending)} requests, {plan.input_bytes / 1e6:.0f} MB; "
                f"one batch holds at most {MAX_REQUESTS:,} and 200 MB: label the inputs in parts"
            )
        client = BatchClient(inner.transport)
        state_file = state_path(cached.cache.directory, plan.digest(inner.describe()))
        batch = _submit_or_resume(client, plan, inner, state_file, batch_id, report)
        batch = _poll(client, batch, poll_interval_s, report)
        if batch.status == "failed":
            state_file.unlink(missing_ok=True)
            raise EndpointError(f"batch {batch.id} failed: {_batch_errors(batch)}")
        results, failures = _collect(client, batch, plan, cached, inner)
        state_file.unlink(missing_ok=True)
        report(
            f"batch {batch.id} {batch.status}: {len(results)} chunks read, "
            f"{len(failures)} failed, {plan.cached} from the cache"
        )
        return BatchReplay(cached, results, failures)
    finally:
        if plan.input_file is not None:
            plan.input_file.unlink(missing_ok=True)


def _submit_or_resume(
    client: BatchClient,
    plan: BatchPlan,
    inner: LLMExtractor,
    state_file: Path,
    batch_id: str | None,
    report: Report,
) -> Batch:
    if batch_id is not None:
        report(f"batch API: resuming batch {batch_id}")
        return client.retrieve(batch_id)
    state = load_state(state_file)
    if state.get("batch_id"):
        report(f"batch API: resuming batch {state['batch_id']} (same inputs as a run before)")
        try:
            return client.retrieve(str(state["batch_id"]))
        except BatchNotFound:
            report(f"batch API: batch {state['batch_id']} is gone; submitting the requests again")
            state = {}
    described = inner.describe()
    state.update(model=described.get("model"), endpoint=described.get("endpoint"))
    state["requests"] = len(plan.pending)
    if not state.get("input_file_id"):
        assert plan.input_file is not None
        state["input_file_id"] = client.upload(plan.input_file)
        save_state(state_file, state)
    batch = client.create(str(state["input_file_id"]))
    state["batch_id"] = batch.id
    save_state(state_file, state)
    report(
        f"batch API: submitted {len(plan.pending)} requests as batch {batch.id} "
        f"({plan.cached} chunks cached); if this run stops, run it again (or --batch-id "
        f"{batch.id}) to collect the results"
    )
    return batch


def _poll(client: BatchClient, batch: Batch, interval_s: float, report: Report) -> Batch:
    shown = ""
    while True:
        counts = batch.request_counts
        line = f"batch {batch.id}: {batch.status}"
        if counts is not None:
            line += f", {counts.completed + counts.failed}/{counts.total} requests done"
            line += f", {counts.failed} failed" if counts.failed else ""
        if line != shown:
            report(line)
            shown = line
        if batch.status in FINISHED:
            return batch
        time.sleep(interval_s)
        batch = client.retrieve(batch.id)


def _batch_errors(batch: Batch) -> str:
    errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
    messages = [error.message or error.code or "" for error in errors]
    return "; ".join(message for message in messages if message)[:300] or "no reason given"


def _collect(
    client: BatchClient,
    batch: Batch,
    plan: BatchPlan,
    cached: CachedExtractor,
    inner: LLMExtractor,
) -> tuple[dict[str, ExtractionResult], dict[str, ChunkFailedError]]:
    """Every pending chunk's outcome; the good ones are cached under the online key."""
    records: dict[str, dict[str, Any]] = {}
    for file_id in (batch.output_file_id, batch.error_file_id):
        if file_id:
            records.update((record["custom_id"], record) for record in client.lines(file_id))
    results: dict[str, ExtractionResult] = {}
    failures: dict[str, ChunkFailedError] = {}
    for key in sorted(plan.pending):
        record = records.get(key)
        if record is None:
            failures[key] = failure(_unanswered(batch))
            continue
        try:
            result = _read_record(record, inner)
        except ChunkFailedError as error:
            failures[key] = error
            continue
        cached.cache.set(key, result.findings)
        results[key] = result
    return results, failures


def _unanswered(batch: Batch) -> str:
    if batch.status == "expired":
        return f"batch {batch.id} expired before this request ran"
    if batch.status == "cancelled":
        return f"batch {batch.id} was cancelled before this request ran"
    return f"batch {batch.id} has no reply for this chunk"


def _read_record(record: dict[str, Any], inner: LLMExtractor) -> ExtractionResult:
    """One line of an output or error file, read as an online reply is read."""
    response = record.get("response")
    error = record.get("error")
    if isinstance(error, dict):  # not run at all (e.g. batch_expired)
        reason = error.get("message") or error.get("code") or "failed in the batch"
        raise failure(inner.transport.redact(f"batch: {reason}")[:240])
    if not isinstance(response, dict):
        raise failure("batch: a reply line with no response")
    status, body = response.get("status_code"), response.get("body")
    if status != 200:
        raise failure(f"batch: HTTP {status}: {_error_message(body, inner)}", calls=1)
    try:
        completion = ChatCompletion.model_validate(body)
    except ValidationError:
        raise failure("batch: the reply is not a chat completion", calls=1) from None
    usage = completion.usage
    prompt_tokens = usage.prompt_tokens if usage else 0
    completion_tokens = usage.completion_tokens if usage else 0
    try:
        if not completion.choices:
            raise ChunkFailedError("the reply is not a chat completion")
        findings = inner.read_reply(completion)
    except ChunkFailedError as error:
        raise failure(f"batch: {error.reason}", 1, prompt_tokens, completion_tokens) from None
    return ExtractionResult(
        findings=findings, calls=1, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )


def _error_message(body: object, inner: LLMExtractor) -> str:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"].get("message") or body["error"]
    return inner.transport.redact(str(body))[:200]
