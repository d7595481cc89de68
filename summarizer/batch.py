"""Label many policies at once: files, directories and JSONL, a bounded number of
LLM calls in flight across all of them, failures isolated per policy.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from summarizer.engines.base import ExtractionResult, Extractor, chunks_for
from summarizer.errors import EndpointError, InputError, SummarizerError
from summarizer.label.schema import PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.text.chunking import Chunk
from summarizer.text.fetching import fetch_policy, is_url
from summarizer.text.loading import (
    MAX_POLICY_BYTES,
    STDIN_NAME,
    PolicyDocument,
    load_policy,
    load_stdin,
    load_text,
)

POLICY_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MIN_OPEN_POLICIES = 8
# Output names are `<id>.<format>`, written via `.<id>.<format>.<random>.tmp`: ids are
# kept to this many UTF-8 bytes so that both fit the usual 255-byte name limit.
MAX_ID_BYTES = 100
# One JSONL line: room for a policy at the size limit with every character escaped
# (`\uXXXX`, six bytes), plus its id. A longer line is refused without being read whole.
MAX_JSONL_LINE_BYTES = 6 * MAX_POLICY_BYTES + 64 * 1024


@dataclass(frozen=True)
class PolicyInput:
    """One policy to label: a file, a web page, text in memory, or one line of a JSONL file.

    Files and JSONL lines are read when their turn comes (`jsonl_offset` is where the
    line starts in `path`), so a corpus of any size is never held in memory at once.
    """

    id: str
    path: Path | None = None
    text: str | None = None
    jsonl_offset: int | None = None
    url: str | None = None
    jsonl_line: int = 0
    problem: str | None = None  # why this input cannot be read (a bad JSONL line)
    allow_private_network: bool = False  # fetch `url` even from a private address
    stdin: bool = False  # the policy is piped to standard input ("-")
    document: PolicyDocument | None = None  # already read (`read_once`)

    def load(self) -> PolicyDocument:
        if self.problem is not None:
            raise InputError(self.problem)
        if self.document is not None:
            return self.document
        if self.stdin:
            return load_stdin()
        if self.url is not None:
            return fetch_policy(self.url, allow_private_network=self.allow_private_network)
        if self.path is not None and self.jsonl_offset is not None:
            text = _jsonl_text(self.path, self.jsonl_offset, self.jsonl_line)
            return load_text(text, source=self.id)
        if self.path is not None:
            return load_policy(self.path)
        return load_text(self.text or "", source=self.id)


def read_once(policies: list[PolicyInput]) -> list[PolicyInput]:
    """`policies` with each web page and piped input read now, for a run that reads
    its inputs more than once (`--batch-api`): a page is fetched once, not once per
    pass (and cannot change between passes), and standard input, which can be read
    only once, is not empty the second time. One that cannot be read keeps its error
    for its turn. Files and JSONL lines are still read when their turn comes."""
    read: list[PolicyInput] = []
    for policy in policies:
        if policy.url is None and not policy.stdin:
            read.append(policy)
            continue
        try:
            read.append(replace(policy, document=policy.load()))
        except InputError as error:
            read.append(replace(policy, problem=str(error)))
    return read


@dataclass
class BatchItem:
    input: PolicyInput
    label: PrivacyNutritionLabel | None = None
    error: str | None = None
    error_code: int = 0  # the exit code of the error that stopped this policy
    warnings: tuple[str, ...] = ()
    output_error: str | None = None  # labelled, but the result could not be written

    @property
    def status(self) -> str:
        if self.label is None or self.output_error is not None:
            return "failed"
        if not self.label.document.gradable:
            return "not_graded"  # not a privacy policy, or not in a language read
        return "partial" if self.label.coverage.chunks_failed else "labelled"


@dataclass
class BatchEvents:
    """Callbacks for progress displays; all optional."""

    on_chunks: Callable[[PolicyInput, int], None] | None = None
    on_chunk_done: Callable[[PolicyInput, Chunk, ExtractionResult | None], None] | None = None
    on_policy_done: Callable[[BatchItem], None] | None = None


@dataclass
class BatchResult:
    items: list[BatchItem] = field(default_factory=list)
    wall_time_s: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def labels(self) -> list[PrivacyNutritionLabel]:
        return [item.label for item in self.items if item.label is not None]


def _safe_id(raw: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._")
    return cleaned or "policy"


def shorten_id(policy_id: str, limit: int = MAX_ID_BYTES) -> str:
    """`policy_id` cut to `limit` UTF-8 bytes, ending in a hash of the whole id when cut,
    so two long ids that share a beginning still get different names."""
    policy_id = policy_id or "policy"
    encoded = policy_id.encode("utf-8", "surrogateescape")
    if len(encoded) <= limit:
        return policy_id
    digest = hashlib.sha256(encoded).hexdigest()[:10]
    head = encoded[: limit - len(digest) - 1].decode("utf-8", "ignore")
    return f"{head.rstrip()}-{digest}"


def _url_id(url: str) -> str:
    """example.com_legal_privacy for https://www.example.com/legal/privacy?x=1"""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "page").removeprefix("www.")
    return _safe_id(f"{host}{parts.path}".rstrip("/"))


def _read_jsonl(path: Path) -> Iterator[PolicyInput]:
    """One input per non-blank line, checked now; the texts stay on disk until labelled.

    A bad line (not JSON, no `text`, too long) becomes an input that fails alone with
    `file:line: reason`, so every good record is still labelled.
    """
    try:
        with path.open("rb") as lines:
            offset = 0
            for number, line, length in _jsonl_lines(lines):
                start, offset = offset, offset + length
                fallback_id = f"{path.stem}-{number}"
                if line is None:
                    problem = (
                        f"{path}:{number}: the line is over the {MAX_JSONL_LINE_BYTES:,}-byte "
                        "limit for one record"
                    )
                    yield PolicyInput(id=fallback_id, problem=problem)
                    continue
                try:
                    record = _jsonl_record(path, number, line)
                except InputError as error:
                    yield PolicyInput(id=fallback_id, problem=str(error))
                    continue
                if record is not None:
                    policy_id = _safe_id(str(record.get("id", fallback_id)))
                    yield PolicyInput(
                        id=policy_id, path=path, jsonl_offset=start, jsonl_line=number
                    )
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error


def _jsonl_lines(lines: Any) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, its bytes, its length) per line; the bytes are None for a line over
    `MAX_JSONL_LINE_BYTES`, which is skipped in pieces and never held whole."""
    number = 0
    while True:
        line = lines.readline(MAX_JSONL_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) <= MAX_JSONL_LINE_BYTES or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        length = len(line)
        while line and not line.endswith(b"\n"):
            line = lines.readline(1 << 20)
            length += len(line)
        yield number, None, length


def _jsonl_record(path: Path, number: int, line: bytes) -> dict[str, Any] | None:
    """The record on one JSONL line; None for a blank line. A UTF-8 byte order mark
    that starts the file is accepted."""
    if number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    if not line.strip():
        return None
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"{path}:{number}: not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{number}: not a JSON object ({error.msg})") from error
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'{path}:{number}: each line needs {{"id": ..., "text": "..."}}')
    return record


def _jsonl_text(path: Path, offset: int, number: int) -> str:
    try:
        with path.open("rb") as lines:
            lines.seek(offset)
            line = lines.readline(MAX_JSONL_LINE_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    record = _jsonl_record(path, number, line) if len(line) <= MAX_JSONL_LINE_BYTES else None
    if record is None:
        raise InputError(f"{path} changed while it was being labelled")
    return str(record["text"])


def collect_inputs(
    paths: Sequence[str | Path],
    *,
    allow_private_network: bool = False,
    skipped: list[str] | None = None,
) -> list[PolicyInput]:
    """Expand files, directories (their policy files, sorted), JSONL and URLs into inputs.
    URLs to private or local addresses are refused when fetched unless
    `allow_private_network`. What a directory holds but is not labelled (other file
    types, subfolders, hidden files) is appended to `skipped`, one "path: reason" each."""
    inputs: list[PolicyInput] = []
    for raw in paths:
        if str(raw) == "-":
            if any(item.stdin for item in inputs):
                raise InputError("'-' (standard input) can be given only once")
            inputs.append(PolicyInput(id=STDIN_NAME, stdin=True))
            continue
        if is_url(str(raw)):
            inputs.append(
                PolicyInput(
                    id=_url_id(str(raw)),
                    url=str(raw).strip(),
                    allow_private_network=allow_private_network,
                )
            )
            continue
        path = Path(raw)
        if path.is_dir():
            found, passed_over = _directory_policies(path)
            if not found:
                detail = f"; skipped {'; '.join(passed_over[:5])}" if passed_over else ""
                raise InputError(
                    f"{path} is a directory with no policy files "
                    f"({', '.join(POLICY_SUFFIXES)}, or no extension){detail}"
                )
            if skipped is not None:
                skipped.extend(passed_over)
            inputs.extend(PolicyInput(id=p.stem or p.name, path=p) for p in found)
        elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            records = list(_read_jsonl(path))
            if not records:
                raise InputError(
                    f'{path} has no policies: it needs one {{"id": ..., "text": ...}} per line'
                )
            inputs.extend(records)
        else:
            inputs.append(PolicyInput(id=path.stem, path=path))
    _make_ids_unique(inputs)
    return inputs


def _name_key(policy_id: str) -> str:
    """What makes two output names the same file on any common file system (case-
    insensitive ones, and macOS's decomposed Unicode, included)."""
    return unicodedata.normalize("NFC", policy_id).casefold()


def _directory_policies(folder: Path) -> tuple[list[Path], list[str]]:
    """The files of `folder` to label (policy extensions, PDFs, and files without an
    extension, whose content decides), sorted; and "path: reason" for the rest."""
    found: list[Path] = []
    passed_over: list[str] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise InputError(f"cannot read {folder}: {error.strerror or error}") from error
    for entry in entries:
        if entry.name.startswith("."):
            passed_over.append(f"{entry}: hidden")
        elif entry.is_dir():
            passed_over.append(f"{entry}: a subfolder (folders are read one level deep)")
        elif not entry.is_file():
            passed_over.append(f"{entry}: not a regular file")
        elif entry.suffix.lower() in POLICY_SUFFIXES or not entry.suffix:
            found.append(entry)
        elif entry.suffix.lower() in JSONL_SUFFIXES:
            passed_over.append(f"{entry}: JSONL is read when named, not from a folder")
        else:
            passed_over.append(f"{entry}: not a policy file type ({entry.suffix})")
    return found, passed_over


def _make_ids_unique(inputs: list[PolicyInput]) -> None:
    """Give every input its own short id (and so its own output file and stdout line).

    The first input with an id keeps it; a later one gets the first `-2`, `-3`, ...
    that no input (before or after it) uses, so `a.txt`, `a.html` and `a-2.md` become
    `a`, `a-3` and `a-2`. The same inputs always get the same ids.
    """
    for position, item in enumerate(inputs):
        short = shorten_id(item.id)
        if short != item.id:
            inputs[position] = replace(item, id=short)
    taken = {_name_key(item.id) for item in inputs}
    used: set[str] = set()
    next_number: dict[str, int] = {}  # per id: where the search for a free suffix resumes
    for position, item in enumerate(inputs):
        key = _name_key(item.id)
        if key not in used:
            used.add(key)
            continue
        number = next_number.get(key, 2)
        while _name_key(f"{item.id}-{number}") in taken:
            number += 1
        next_number[key] = number + 1
        candidate = f"{item.id}-{number}"
        used.add(_name_key(candidate))
        taken.add(_name_key(candidate))
        inputs[position] = replace(item, id=candidate)


async def alabel_batch(
    inputs: Sequence[PolicyInput],
    extractor: Extractor,
    *,
    concurrency: int = 4,
    events: BatchEvents | None = None,
) -> BatchResult:
    """Label every input; at most `concurrency` chunks are being extracted at once."""
    events = events or BatchEvents()
    started = time.perf_counter()
    limiter = asyncio.Semaphore(max(1, concurrency))
    # Policies open at once. Without a bound every policy was loaded, chunked and read
    # before the first was merged, so no label was done (written, or kept on Ctrl-C)
    # until almost the end. Twice the chunk slots keeps every slot busy: at most
    # `concurrency` open policies can have all their chunks in flight.
    open_policies = asyncio.Semaphore(max(MIN_OPEN_POLICIES, 2 * concurrency))
    items = [BatchItem(input=item) for item in inputs]

    async def run(item: BatchItem) -> None:
        async with open_policies:
            await label_item(item)
        if events.on_policy_done:
            events.on_policy_done(item)

    async def label_item(item: BatchItem) -> None:
        try:
            # In a thread: a web page can take seconds to arrive, and other policies'
            # replies must not wait for it.
            document = await asyncio.to_thread(item.input.load)
            item.warnings = document.warnings
            chunks = chunks_for(extractor, document.text)
            if events.on_chunks:
                events.on_chunks(item.input, len(chunks))

            def chunk_done(chunk: Chunk, result: ExtractionResult | None) -> None:
                if events.on_chunk_done:
                    events.on_chunk_done(item.input, chunk, result)

            item.label = await alabel_document(
                document, extractor, limiter=limiter, on_chunk=chunk_done, chunks=chunks
            )
        except EndpointError:
            raise
        except SummarizerError as error:
            item.error, item.error_code = str(error), error.exit_code

    tasks = [asyncio.ensure_future(run(item)) for item in items]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return BatchResult(items=items, wall_time_s=time.perf_counter() - started)


def label_batch(
    inputs: Sequence[PolicyInput],
    extractor: Extractor,
    *,
    concurrency: int = 4,
    events: BatchEvents | None = None,
) -> BatchResult:
    """Synchronous `alabel_batch`."""
    done: list[BatchResult] = []

    async def run() -> None:
        # The result must not be the main task's result: on its way out asyncio.run reads
        # the SIGINT handler back, and on Python 3.11 `signal.getsignal` then formats the
        # repr of a partial that holds the task, result and every label included (for
        # 1,000 policies, seconds of CPU and a transient string of ~100 MB).
        done.append(await alabel_batch(inputs, extractor, concurrency=concurrency, events=events))

    asyncio.run(run())
    return done[0]
