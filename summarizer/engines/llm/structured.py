"""Structured output: `ChunkFindings` through instructor's OpenAI mode handlers.

A handler (tools, json_schema or json) shapes the request, parses the reply and
words the re-ask; the loop around them is ours (`Conversation`): a reply that fails
`ChunkFindings` validation is sent back with the error at most `settings.reasks`
times, and a reply cut off at `max_tokens` is reported as `CutOff`.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import instructor
from instructor.core import IncompleteOutputException, ResponseParsingError
from instructor.v2 import Provider, mode_registry
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.errors import ChunkFailedError
from summarizer.label.findings import ChunkFindings
from summarizer.settings import ModeName

_MODES: dict[ModeName, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}

UNREADABLE = (ValidationError, json.JSONDecodeError, ResponseParsingError)


class CutOff(Exception):
    """The reply stopped at `max_tokens` (`finish_reason == "length"`)."""


class Structured:
    """`ChunkFindings` through one of instructor's OpenAI mode handlers, prepared once.

    `instructor.patch` re-checks and re-wraps the response model on every request
    (about half the client's CPU per call, which capped concurrency on one event loop);
    here the handler prepares the model and the request's tool or response-format part
    once, and each request only adds its messages.
    """

    def __init__(self, mode: instructor.Mode) -> None:
        self.mode = mode
        self._handlers = mode_registry.get_handlers(Provider.OPENAI, mode)
        self._model, extras = self._handlers.request_handler(
            response_model=ChunkFindings, kwargs={"messages": []}
        )
        extras.pop("messages")
        self._extras = _slim_schemas(extras)

    def request(self, **params: Any) -> dict[str, Any]:
        if self.mode is instructor.Mode.JSON:  # its handler writes the schema into the messages
            return self._handlers.request_handler(response_model=self._model, kwargs=params)[1]
        return {**params, **self._extras}

    def parse(self, completion: ChatCompletion) -> ChunkFindings:
        """The findings in `completion`; raises `CutOff` or one of `UNREADABLE`."""
        try:
            parsed = self._handlers.response_parser(
                response=completion,
                response_model=self._model,
                validation_context=None,
                strict=False,
                stream=False,
                is_async=False,
            )
        except IncompleteOutputException:
            raise CutOff from None
        # A plain copy: the handler's model is instructor's wrapper class with the raw reply on it.
        return ChunkFindings.model_validate(parsed.model_dump())

    def reask(
        self, request: dict[str, Any], completion: ChatCompletion, error: Exception
    ) -> dict[str, Any]:
        """`request` with the reply and what was wrong with it appended."""
        request = {**request, "messages": list(request["messages"])}
        return self._handlers.reask_handler(kwargs=request, response=completion, exception=error)


_ANNOTATIONS = ("title", "description")
_SCHEMA_MAPS = ("properties", "$defs", "definitions")


def _slim_schemas(extras: dict[str, Any]) -> dict[str, Any]:
    """The request's tool or response-format part with the JSON Schema's titles and
    descriptions left out: the system prompt already says what every field means, and
    they cost ~500 prompt tokens on every call. The tool's own description stays."""
    slim = json.loads(json.dumps(extras))
    for tool in slim.get("tools", []):
        function = tool.get("function", {})
        if "parameters" in function:
            function["parameters"] = _without_annotations(function["parameters"])
    response_format = slim.get("response_format", {})
    json_schema = response_format.get("json_schema") if isinstance(response_format, dict) else None
    if isinstance(json_schema, dict) and "schema" in json_schema:
        json_schema["schema"] = _without_annotations(json_schema["schema"])
    return slim


def _without_annotations(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_without_annotations(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    slim: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS and isinstance(value, str):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):  # keys here are names, not keywords
            slim[key] = {name: _without_annotations(sub) for name, sub in value.items()}
        else:
            slim[key] = _without_annotations(value)
    return slim


@functools.cache
def structured_output(mode: ModeName) -> Structured:
    """The prepared handler for a `--mode` name (one per process)."""
    return Structured(_MODES[mode])


class Conversation:
    """One chunk at one output budget: the request to send, and its re-asks."""

    def __init__(self, structured: Structured, request: dict[str, Any], reasks: int) -> None:
        self.request = request
        self._structured = structured
        self._reasks = reasks
        self._replies = 0

    def read(self, completion: ChatCompletion) -> ChunkFindings | None:
        """The findings in `completion`, or None when `request` now asks again.

        Raises `CutOff`, or `ChunkFailedError` when the re-asks are spent or the
        reply cannot be used at all.
        """
        self._replies += 1
        failure: str | None = None
        try:
            return self._structured.parse(completion)
        except UNREADABLE as error:
            problem: Exception = error
        except AssertionError:  # instructor's word for a refusal (`message.refusal`)
            failure = "the model refused to answer"
        except CutOff:
            raise
        except Exception as error:  # a reply no handler expected must not end the run
            failure = f"the reply could not be read ({type(error).__name__})"
        if failure is not None:
            raise ChunkFailedError(failure)
        if self._replies > self._reasks:
            raise ChunkFailedError(f"output failed validation after {self._replies} attempts")
        self.request = self._structured.reask(self.request, completion, problem)
        return None
