"""The fake OpenAI server with the Batch API: files and batches, on loopback.

`FakeBatchServer` is a `FakeOpenAIServer` that also answers

    POST /v1/files                  (multipart upload, purpose=batch)
    GET  /v1/files/{id}/content
    POST /v1/batches                (input_file_id, endpoint, completion_window)
    GET  /v1/batches                (newest first; `limit`, `after`)
    GET  /v1/batches/{id}
    POST /v1/batches/{id}/cancel    (`cancelling`; the next GET says `cancelled`, with
                                     the output lines done by then)

Each request line of a batch is answered by the online fake's own `respond` (the same
`reply` function, key and model checks and faults), so a batch reply is exactly what
an online call would have got. A 200 goes to the output file; anything else goes to
the error file as `{"custom_id", "response": {"status_code", "body"}}`.

- `batch_polls`: how many GETs of a batch answer `in_progress` before it ends.
- `hold_batches`: while True, every batch stays `in_progress` (a test flips it).
- `held_done`: while held, this many requests count as done (else it grows per poll).
- `expire_after`: only this many requests of a batch run; the batch then `expired`,
  and the rest are error lines with code `batch_expired`, as OpenAI writes them.
- `fail_batches`: a message: every batch ends `failed` (its input file was refused)
  with this error, and no request runs.
- `create_reply_delay_s`: a created batch exists at once, but its creation is answered
  this much later (a client stopped meanwhile never learns the batch's id).
- `can_list`: False answers the batch list with a 404, as endpoints without it do.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import time
import urllib.parse
from typing import Any

from fake_openai_server import FakeOpenAIServer, RawReply, _error_body, _Handler

EXPIRED_MESSAGE = "This request could not be executed before the completion window expired."


class FakeBatchServer(FakeOpenAIServer):
    """`FakeOpenAIServer` plus `/v1/files` and `/v1/batches`."""

    def __init__(
        self,
        *args: Any,
        batch_polls: int = 1,
        hold_batches: bool = False,
        held_done: int | None = None,
        expire_after: int | None = None,
        fail_batches: str | None = None,
        create_reply_delay_s: float = 0.0,
        can_list: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.batch_polls = batch_polls
        self.hold_batches = hold_batches
        self.held_done = held_done
        self.expire_after = expire_after
        self.fail_batches = fail_batches
        self.create_reply_delay_s = create_reply_delay_s
        self.can_list = can_list
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_authorizations: list[str] = []
        self.cancelled: list[str] = []
        self._polls: dict[str, int] = {}

    # -- files ---------------------------------------------------------------------

    def upload(self, content_type: str, body: bytes) -> RawReply:
        fields = _multipart(content_type, body)
        if fields.get("purpose") != b"batch" or "file" not in fields:
            return RawReply(400, _error_body("need a file and purpose=batch", "invalid_request"))
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = fields["file"]
        return RawReply(200, json.dumps(_file_object(file_id, fields["file"])))

    def content(self, file_id: str) -> RawReply:
        with self._lock:
            data = self.files.get(file_id)
        if data is None:
            return RawReply(404, _error_body(f"no file {file_id}", "invalid_request_error"))
        return RawReply(200, data.decode(), {"Content-Type": "application/octet-stream"})

    # -- batches -------------------------------------------------------------------

    def create_batch(self, request: dict[str, Any], authorization: str) -> RawReply:
        with self._lock:
            data = self.files.get(str(request.get("input_file_id")))
        if data is None:
            return RawReply(404, _error_body("no such input file", "invalid_request_error"))
        if request.get("endpoint") != "/v1/chat/completions":
            return RawReply(400, _error_body("unsupported endpoint", "invalid_request_error"))
        output: list[str] = []
        errors: list[str] = []
        lines = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
        for number, line in enumerate([] if self.fail_batches else lines):
            custom_id = line["custom_id"]
            if self.expire_after is not None and number >= self.expire_after:
                error = {"code": "batch_expired", "message": EXPIRED_MESSAGE}
                errors.append(_line(custom_id, number, None, error))
                continue
            reply = self.respond(line["body"], authorization) or RawReply(500, "{}")
            response = {"status_code": reply.status, "request_id": f"req_{number}"}
            response["body"] = _json_or_text(reply.body)
            (output if reply.status == 200 else errors).append(
                _line(custom_id, number, response, None)
            )
        with self._lock:
            batch_id = f"batch_{len(self.batches) + 1}"
            self.batch_authorizations.append(authorization)
            output_id = self._store(f"{batch_id}-output", output)
            error_id = self._store(f"{batch_id}-errors", errors)
            self.batches[batch_id] = {
                "id": batch_id,
                "object": "batch",
                "endpoint": request["endpoint"],
                "input_file_id": request["input_file_id"],
                "completion_window": request.get("completion_window", "24h"),
                "created_at": int(time.time()),
                "status": "validating",
                "final_status": "failed"
                if self.fail_batches
                else "expired"
                if self.expire_after is not None
                else "completed",
                "final_errors": {
                    "object": "list",
                    "data": [{"code": "invalid_request", "message": self.fail_batches}],
                }
                if self.fail_batches
                else None,
                "final_output_file_id": output_id,
                "final_error_file_id": error_id,
                "final_counts": {
                    "total": len(lines),
                    "completed": len(output),
                    "failed": len(errors),
                },
                "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            }
            self._polls[batch_id] = 0
            created = json.dumps(_public(self.batches[batch_id]))
        time.sleep(self.create_reply_delay_s)
        return RawReply(200, created)

    def list_batches(self, limit: int, after: str | None) -> RawReply:
        if not self.can_list:
            return RawReply(404, _error_body("no route /v1/batches", "invalid_request_error"))
        with self._lock:
            newest_first = [_public(batch) for batch in reversed(self.batches.values())]
        ids = [batch["id"] for batch in newest_first]
        start = ids.index(after) + 1 if after in ids else 0
        page = newest_first[start : start + limit]
        return RawReply(
            200,
            json.dumps(
                {
                    "object": "list",
                    "data": page,
                    "first_id": page[0]["id"] if page else None,
                    "last_id": page[-1]["id"] if page else None,
                    "has_more": start + limit < len(newest_first),
                }
            ),
        )

    def _store(self, name: str, lines: list[str]) -> str | None:
        if not lines:
            return None
        file_id = f"file-{name}"
        self.files[file_id] = "".join(line + "\n" for line in lines).encode()
        return file_id

    def retrieve_batch(self, batch_id: str) -> RawReply:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return RawReply(404, _error_body(f"no batch {batch_id}", "invalid_request_error"))
            self._polls[batch_id] += 1
            held = self.hold_batches and batch["final_status"] != "cancelled"
            if held or self._polls[batch_id] <= self.batch_polls:
                batch["status"] = "in_progress"
                total = batch["final_counts"]["total"]
                done = min(total, self._polls[batch_id] * total // (self.batch_polls + 1))
                if held and self.held_done is not None:
                    done = min(total, self.held_done)
                batch["request_counts"] = {"total": total, "completed": done, "failed": 0}
            else:
                batch["status"] = batch["final_status"]
                batch["output_file_id"] = batch["final_output_file_id"]
                batch["error_file_id"] = batch["final_error_file_id"]
                batch["request_counts"] = dict(batch["final_counts"])
                batch["errors"] = batch["final_errors"]
            return RawReply(200, json.dumps(_public(batch)))

    def cancel_batch(self, batch_id: str) -> RawReply:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return RawReply(404, _error_body(f"no batch {batch_id}", "invalid_request_error"))
            done = batch["request_counts"]["completed"]
            output = self.files.get(batch["final_output_file_id"] or "", b"").decode()
            kept = output.splitlines()[:done]
            batch["status"] = "cancelling"
            batch["final_status"] = "cancelled"
            batch["final_output_file_id"] = self._store(f"{batch_id}-cancelled", kept)
            batch["final_error_file_id"] = None
            total = batch["final_counts"]["total"]
            batch["final_counts"] = {"total": total, "completed": len(kept), "failed": 0}
            self._polls[batch_id] = self.batch_polls  # the next poll ends it
            self.cancelled.append(batch_id)
            return RawReply(200, json.dumps(_public(batch)))

    @property
    def batches_created(self) -> int:
        with self._lock:
            return len(self.batches)


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in batch.items() if not name.startswith("final_")}


def _line(
    custom_id: str, number: int, response: dict[str, Any] | None, error: dict[str, Any] | None
) -> str:
    record = {"id": f"batch_req_{number}", "custom_id": custom_id}
    return json.dumps({**record, "response": response, "error": error})


def _json_or_text(body: str) -> Any:
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return body


def _file_object(file_id: str, data: bytes) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": len(data),
        "created_at": int(time.time()),
        "filename": "requests.jsonl",
        "purpose": "batch",
        "status": "processed",
    }


def _multipart(content_type: str, body: bytes) -> dict[str, bytes]:
    """The fields of a multipart/form-data body, by name."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, bytes] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        if name:
            fields[str(name)] = part.get_payload(decode=True) or b""
    return fields


class _BatchHandler(_Handler):
    fake: FakeBatchServer

    def do_POST(self) -> None:
        path = self.path.rstrip("/")
        parts = path.split("/")
        if len(parts) == 5 and parts[:3] == ["", "v1", "batches"] and parts[4] == "cancel":
            if self._authorized(self.headers.get("Authorization", "")):
                self._send(self.fake.cancel_batch(parts[3]))
            return
        if path not in ("/v1/files", "/v1/batches"):
            super().do_POST()
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        authorization = self.headers.get("Authorization", "")
        if not self._authorized(authorization):
            return
        if path == "/v1/files":
            self._send(self.fake.upload(self.headers.get("Content-Type", ""), body))
        else:
            self._send(self.fake.create_batch(json.loads(body or b"{}"), authorization))

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        parts = path.rstrip("/").split("/")
        if not self._authorized(self.headers.get("Authorization", "")):
            return
        if len(parts) == 5 and parts[:3] == ["", "v1", "files"] and parts[4] == "content":
            self._send(self.fake.content(parts[3]))
        elif parts == ["", "v1", "batches"]:
            asked = urllib.parse.parse_qs(query)
            limit = int(asked.get("limit", ["20"])[0])
            self._send(self.fake.list_batches(limit, asked.get("after", [None])[0]))
        elif len(parts) == 4 and parts[:3] == ["", "v1", "batches"]:
            self._send(self.fake.retrieve_batch(parts[3]))
        else:
            self._send(RawReply(404, _error_body(f"no route {self.path}", "invalid_request_error")))

    def _authorized(self, authorization: str) -> bool:
        if self.fake.api_key is None or authorization == f"Bearer {self.fake.api_key}":
            return True
        self._send(RawReply(401, _error_body("Incorrect API key provided.", "invalid_api_key")))
        return False


FakeBatchServer.handler_class = _BatchHandler
