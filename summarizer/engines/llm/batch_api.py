"""The OpenAI Batch API: a corpus's chunks sent as batches, at half the price.

`run_batch_api(read_texts, cached, ...)`, then label as usual with what it returns:

1. **Plan.** Every chunk of every policy (`chunks_for`, as the pipeline reads them)
   whose findings are not in the cache becomes one line of a batch's input file:
   `{"custom_id": <cache key>, "method": "POST", "url": "/v1/chat/completions",
   "body": <the request an online call sends first>}`. A chunk two policies share
   is sent once. A file holds at most 50,000 lines and ~200 MB (about 9,000
   policies at the default packing); a bigger run is sent as several batches.
2. **Submit.** Each file is uploaded (`purpose="batch"`) and its batch created (24h
   window), one file on disk at a time. The input file ids and batch ids go into a
   small state file in the cache directory, named by a hash of every chunk key of
   the run (which covers the model and endpoint), so a rerun after a crash polls the
   same batches instead of paying again; `batch_id=` resumes one explicitly. A
   run stopped after creating a batch but before recording it left the file's id:
   the rerun finds the batch made from that file among the endpoint's recent ones.
3. **Poll** until every batch ends, reporting the request counts.
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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from openai.types import Batch
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.engines.base import chunks_for
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
from summarizer.engines.llm.batch_replay import BatchReplay, Cost, failure
from summarizer.engines.llm.cache import CachedExtractor
from summarizer.engines.llm.extractor import LLMExtractor
from summarizer.errors import ChunkFailedError, ConfigError, EndpointError
from summarizer.label.findings import ChunkFindings

# The Batch API's limits for one input file (200 MB, less a margin); a run needing
# more is sent as several batches.
MAX_REQUESTS = 50_000
MAX_FILE_BYTES = 190_000_000
FINISHED = frozenset({"completed", "expired", "cancelled", "failed"})
DEFAULT_POLL_S = 30.0
Report = Callable[[str], None]


@dataclass
class BatchPlan:
    """The chunks of a run: every key, and those to send (not in the cache), in order."""

    keys: set[str] = field(default_factory=set)
    pending: dict[str, int] = field(default_factory=dict)  # key -> the part it is sent in
    cached: int = 0

    def digest(self, describe: dict[str, str | None]) -> str:
        """Names the run's state file: the same inputs and settings, the same name."""
        digest = hashlib.sha256()
        digest.update(json.dumps([describe.get("model"), describe.get("endpoint")]).encode())
        for key in sorted(self.keys):
            digest.update(key.encode())
        return digest.hexdigest()[:32]


@dataclass
class Part:
    """One batch's input file: at most `MAX_REQUESTS` lines and `MAX_FILE_BYTES`."""

    index: int
    path: Path
    requests: int = 0
    size: int = 0


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


def plan_requests(texts: Iterable[str], cached: CachedExtractor) -> BatchPlan:
    """Every chunk key of `texts` (as the pipeline chunks them), and which are not cached."""
    plan = BatchPlan()
    for text in texts:
        for chunk in chunks_for(cached, text):
            key = cached.key_for(chunk)
            if key in plan.keys:
                continue
            plan.keys.add(key)
            if cached.cache.get(key) is None:
                plan.pending[key] = 0
            else:
                plan.cached += 1
    return plan


def write_parts(
    texts: Iterable[str], cached: CachedExtractor, plan: BatchPlan, directory: Path
) -> Iterator[Part]:
    """The input files for `plan.pending`, one at a time (the caller uploads and
    deletes each before the next is written); records each key's part in the plan."""
    _, inner = llm_inside(cached)
    directory.mkdir(parents=True, exist_ok=True)
    remove_stale_inputs(directory)
    written: set[str] = set()
    part: Part | None = None
    out: BinaryIO | None = None
    try:
        for text in texts:
            for chunk in chunks_for(cached, text):
                key = cached.key_for(chunk)
                if key not in plan.pending or key in written:
                    continue
                written.add(key)
                body = inner.first_request(chunk, text)
                line = {"custom_id": key, "method": "POST", "url": BATCH_URL, "body": body}
                data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
                full = part is not None and (
                    part.requests >= MAX_REQUESTS or part.size + len(data) > MAX_FILE_BYTES
                )
                if part is None or full:
                    if part is not None and out is not None:
                        out.close()
                        yield part
                    handle, name = tempfile.mkstemp(
                        dir=directory, prefix="requests.", suffix=".jsonl"
                    )
                    part = Part(index=0 if part is None else part.index + 1, path=Path(name))
                    out = os.fdopen(handle, "wb")
                assert out is not None
                out.write(data)
                part.requests += 1
                part.size += len(data)
                plan.pending[key] = part.index
        if part is not None and out is not None:
            out.close()
            yield part
    finally:
        if out is not None:
            out.close()
        if part is not None:
            part.path.unlink(missing_ok=True)


# -- the run --------------------------------------------------------------------------


def run_batch_api(
    read_texts: Callable[[], Iterable[str]],
    cached: object,
    *,
    poll_interval_s: float = DEFAULT_POLL_S,
    batch_id: str | None = None,
    cancel: bool = False,
    report: Report = lambda line: None,
) -> BatchReplay:
    """Send every uncached chunk of the policies as batches, wait for them, cache their
    findings, and return the extractor to label the policies with (see the module doc).

    `read_texts()` gives the policies' texts; it is called twice (keys, then requests).
    With `cancel`, nothing is sent: the run's batches (those a run before submitted for
    the same inputs, or `batch_id`) are cancelled at the endpoint, and what they had
    already answered is collected and cached; the rest are failed chunks.
    """
    cached, inner = llm_inside(cached)
    plan = plan_requests(read_texts(), cached)
    if not plan.pending and batch_id is None and not cancel:
        report(f"batch API: all {plan.cached} chunks are cached; nothing to send")
        return BatchReplay(cached, {}, {})
    client = BatchClient(inner.transport)
    state_file = state_path(cached.cache.directory, plan.digest(inner.describe()))
    if cancel:
        batches = _cancel(client, state_file, batch_id, report)
    elif batch_id is not None:
        report(f"batch API: resuming batch {batch_id}")
        batches = [client.retrieve(batch_id)]
    else:
        directory = cached.cache.directory / STATE_DIR
        parts = write_parts(read_texts(), cached, plan, directory)
        batches = _submit_or_resume(client, parts, plan, inner, state_file, report)
    batches = _wait(client, batches, poll_interval_s, report)
    if all(batch.status == "failed" for batch in batches):
        state_file.unlink(missing_ok=True)
        raise EndpointError(f"batch {batches[0].id} failed: {_batch_errors(batches[0])}")
    costs, failures = _collect(client, batches, plan, cached, inner)
    state_file.unlink(missing_ok=True)
    ended = Counter(batch.status for batch in batches)
    which = (
        f"batch {batches[0].id} {batches[0].status}"
        if len(batches) == 1
        else f"{len(batches)} batches ("
        + ", ".join(f"{n} {status}" for status, n in ended.items())
        + ")"
    )
    retry = "; run the same command without --batch-api to read those online" if failures else ""
    report(
        f"{which}: {_chunks(len(costs))} read, {len(failures)} failed, "
        f"{plan.cached} from the cache{retry}"
    )
    return BatchReplay(cached, costs, failures)


def _chunks(count: int) -> str:
    return f"{count} chunk{'' if count == 1 else 's'}"


def _submit_or_resume(
    client: BatchClient,
    parts: Iterator[Part],
    plan: BatchPlan,
    inner: LLMExtractor,
    state_file: Path,
    report: Report,
) -> list[Batch]:
    """A batch per part: the one a run before submitted for it (in the state file),
    or a new one."""
    state = load_state(state_file)
    described = inner.describe()
    state.update(model=described.get("model"), endpoint=described.get("endpoint"))
    state["requests"] = len(plan.pending)
    entries: list[dict[str, str]] = state.setdefault("batches", [])
    batches: list[Batch] = []
    for part in parts:
        try:
            while len(entries) <= part.index:
                entries.append({})
            entry = entries[part.index]
            if entry.get("batch_id"):
                report(
                    f"batch API: resuming batch {entry['batch_id']} (same inputs as a run before)"
                )
                try:
                    batches.append(client.retrieve(entry["batch_id"]))
                    continue
                except BatchNotFound:
                    report(
                        f"batch API: batch {entry['batch_id']} is gone; submitting its requests again"
                    )
                    entry.clear()
            if entry.get("input_file_id"):
                # A run stopped between creating the batch and recording it left only
                # the file: its batch, if the endpoint has one, is this part's.
                found = client.find(entry["input_file_id"])
                if found is not None:
                    entry["batch_id"] = found.id
                    save_state(state_file, state)
                    report(
                        f"batch API: resuming batch {found.id}, created from this run's "
                        "requests by a run that stopped before recording it"
                    )
                    batches.append(found)
                    continue
            else:
                entry["input_file_id"] = client.upload(part.path)
                save_state(state_file, state)
            batch = client.create(entry["input_file_id"])
            entry["batch_id"] = batch.id
            save_state(state_file, state)
            batches.append(batch)
            report(
                f"batch API: submitted {part.requests} requests as batch {batch.id} "
                f"({plan.cached} chunks cached); if this run stops, run it again (or "
                f"--batch-id {batch.id}) to collect the results, or add --batch-cancel "
                "to stop the batch"
            )
        finally:
            part.path.unlink(missing_ok=True)
    return batches


def _cancel(
    client: BatchClient, state_file: Path, batch_id: str | None, report: Report
) -> list[Batch]:
    """Ask the endpoint to stop the run's batches; `ConfigError` when there is none."""
    ids = [batch_id] if batch_id is not None else _recorded_batches(client, state_file)
    if not ids:
        raise ConfigError(
            "--batch-cancel: no batch was submitted for these inputs with these settings "
            "(give --batch-id ID to cancel another)"
        )
    batches = []
    for each in ids:
        batch = client.retrieve(each)
        if batch.status not in FINISHED:
            batch = client.cancel(each)
            report(f"batch API: cancelling batch {each}; collecting what it already answered")
        batches.append(batch)
    return batches


def _recorded_batches(client: BatchClient, state_file: Path) -> list[str]:
    """The batches a run before submitted for these inputs: those its state file names,
    and the one made from a recorded input file by a run stopped before naming it."""
    ids = []
    for entry in load_state(state_file).get("batches", []):
        if not isinstance(entry, dict):
            continue
        if entry.get("batch_id"):
            ids.append(str(entry["batch_id"]))
        elif entry.get("input_file_id"):
            found = client.find(str(entry["input_file_id"]))
            if found is not None:
                ids.append(found.id)
    return ids


def _wait(
    client: BatchClient, batches: list[Batch], interval_s: float, report: Report
) -> list[Batch]:
    shown = ""
    while True:
        line = _progress(batches)
        if line != shown:
            report(line)
            shown = line
        if all(batch.status in FINISHED for batch in batches):
            return batches
        time.sleep(interval_s)
        batches = [
            batch if batch.status in FINISHED else client.retrieve(batch.id) for batch in batches
        ]


def _progress(batches: list[Batch]) -> str:
    counts = [batch.request_counts for batch in batches if batch.request_counts is not None]
    total = sum(count.total for count in counts)
    failed = sum(count.failed for count in counts)
    done = sum(count.completed for count in counts) + failed
    if len(batches) == 1:
        line = f"batch {batches[0].id}: {batches[0].status}"
    else:
        finished = sum(1 for batch in batches if batch.status in FINISHED)
        line = f"{len(batches)} batches, {finished} finished"
    if counts:
        line += f", {done}/{total} requests done" + (f", {failed} failed" if failed else "")
    return line


def _batch_errors(batch: Batch) -> str:
    errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
    messages = [error.message or error.code or "" for error in errors]
    return "; ".join(message for message in messages if message)[:300] or "no reason given"


def _collect(
    client: BatchClient,
    batches: list[Batch],
    plan: BatchPlan,
    cached: CachedExtractor,
    inner: LLMExtractor,
) -> tuple[dict[str, Cost], dict[str, ChunkFailedError]]:
    """Every pending chunk's outcome, batch by batch; the findings of the good ones go
    into the cache under the online key, and only their cost is kept here."""
    costs: dict[str, Cost] = {}
    failures: dict[str, ChunkFailedError] = {}
    for batch in batches:
        for file_id in (batch.output_file_id, batch.error_file_id):
            for record in client.lines(file_id) if file_id else []:
                key = record["custom_id"]
                if key not in plan.pending or key in costs:
                    continue
                try:
                    findings, cost = _read_record(record, inner)
                except ChunkFailedError as error:
                    failures[key] = error
                    continue
                cached.cache.set(key, findings)
                costs[key] = cost
                failures.pop(key, None)
    for key, part in plan.pending.items():
        if key not in costs and key not in failures:
            failures[key] = failure(_unanswered(batches[min(part, len(batches) - 1)]))
    return costs, failures


def _unanswered(batch: Batch) -> str:
    if batch.status == "expired":
        return f"batch {batch.id} expired before this request ran"
    if batch.status == "cancelled":
        return f"batch {batch.id} was cancelled before this request ran"
    if batch.status == "failed":
        return f"batch {batch.id} failed: {_batch_errors(batch)}"
    return f"batch {batch.id} has no reply for this chunk"


def _read_record(record: dict[str, Any], inner: LLMExtractor) -> tuple[ChunkFindings, Cost]:
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
    return findings, Cost(1, prompt_tokens, completion_tokens)


def _error_message(body: object, inner: LLMExtractor) -> str:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"].get("message") or body["error"]
    return inner.transport.redact(str(body))[:200]
