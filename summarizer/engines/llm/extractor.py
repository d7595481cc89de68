"""The LLM extractor: one chunk in, validated `ChunkFindings` out, through any
OpenAI-compatible chat-completions endpoint (OpenAI, llama.cpp's server, vLLM, ...).

One retry layer per failure kind, so that they never multiply into each other:
transport failures per HTTP request (`transport`), invalid output by re-asking
(`structured`), and output cut off at `max_tokens` here: the chunk is asked once
more with twice the budget, and cut off again it fails with
`ChunkFailedError("output cut off at max_tokens")`. Findings are never built from
cut-off JSON, so `ExtractionResult.truncated` is always False here. A chunk makes at
most 2 x (reasks + 1) x (transport_retries + 1) requests.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from openai.types.chat import ChatCompletion

from summarizer.engines.base import ExtractionResult, Extractor
from summarizer.engines.llm.prompts import prompt_version, render_extraction_messages
from summarizer.engines.llm.structured import Conversation, CutOff, structured_output
from summarizer.engines.llm.transport import Tally, Transport
from summarizer.errors import ChunkFailedError, SummarizerError
from summarizer.label.findings import ChunkFindings
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, pack_policy, split_policy

CUT_OFF = "output cut off at max_tokens"
LENGTH_GROWTH = 2


class LLMExtractor:
    """Reads a chunk with an LLM behind an OpenAI-compatible endpoint (the `Extractor` protocol)."""

    engine = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        system_in_user: bool | None = None,
        examples: bool = True,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 20.0,
        retry_after_cap_s: float = 60.0,
        candidates_from: Extractor | None = None,
    ) -> None:
        """
        - `candidates_from`: an offline extractor (the rules engine) whose findings for
          each chunk are sent along for the model to confirm, correct and complete;
          the engine is then called "hybrid".
        - `system_in_user`: put the instructions in the user message (for chat templates
          without a system role). None (the default) = only for Gemma models.
        - `examples`: include the few-shot examples of `prompts/examples.json`.
        - `backoff_base_s`, `backoff_cap_s`: the transport retry wait is uniform in
          [0, min(cap, base x 2^(attempt-1))]. `retry_after_cap_s` caps a server's
          Retry-After.
        """
        self.settings = settings
        self.model = settings.effective_model
        self._transport = Transport(
            settings,
            backoff_base_s=backoff_base_s,
            backoff_cap_s=backoff_cap_s,
            retry_after_cap_s=retry_after_cap_s,
        )
        self.base_url = self._transport.base_url
        self.endpoint = self._transport.endpoint
        self._structured = structured_output(settings.mode)
        self.system_in_user = (
            "gemma" in self.model.lower() if system_in_user is None else system_in_user
        )
        self.examples = examples
        self.candidates_from = candidates_from
        self.engine = "llm" if candidates_from is None else "hybrid"

    def __repr__(self) -> str:
        return f"LLMExtractor(model={self.model!r}, endpoint={self.endpoint!r})"

    def split_policy(self, text: str) -> list[Chunk]:
        """The chunks a policy is read in: whole sections packed up to
        `settings.pack_tokens`, or one per section with `settings.chunking == "sections"`."""
        if self.settings.chunking == "sections":
            return split_policy(text)
        return pack_policy(text, max_tokens=self.settings.pack_tokens)

    def describe(self) -> dict[str, str | None]:
        """Provenance and cache-key parts: no credentials, and no URL user info or query."""
        return {
            "model": self.model,
            "endpoint": self.endpoint,
            "mode": self.settings.mode,
            "prompt_version": prompt_version(),
            "temperature": str(self.settings.temperature),
            "max_tokens": str(self.settings.max_tokens),
            "prompt_layout": "user" if self.system_in_user else "system",
            "examples": "yes" if self.examples else "no",
            "candidates": None
            if self.candidates_from is None
            else f"{self.candidates_from.engine}:{self.candidates_from.describe().get('prompt_version')}",
        }

    # -- extraction ------------------------------------------------------------------

    # The exchange of requests and replies is written once, in `_exchange`; these two
    # only carry its requests to the endpoint, one blocking and one awaiting.

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        tally = Tally()
        send = self._transport.sender(tally)
        exchange = self._exchange(chunk, policy_text)
        try:
            request = next(exchange)
            while True:
                request = exchange.send(send(request))
        except StopIteration as done:
            return tally.result(done.value)
        except SummarizerError as error:
            raise tally.charge(error) from None

    async def aextract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        tally = Tally()
        send = self._transport.async_sender(tally)
        exchange = self._exchange(chunk, policy_text)
        try:
            request = next(exchange)
            while True:
                request = exchange.send(await send(request))
        except StopIteration as done:
            return tally.result(done.value)
        except SummarizerError as error:
            raise tally.charge(error) from None

    # -- the Batch API (batch_api.py) ---------------------------------------------------

    @property
    def transport(self) -> Transport:
        return self._transport

    def first_request(self, chunk: Chunk, policy_text: str) -> dict[str, Any]:
        """The request body an online call sends first for `chunk`: the Batch API sends
        it as one line of its input file."""
        candidates = self._candidates(chunk, policy_text)
        return self._conversation(chunk, candidates, self.settings.max_tokens).request

    def read_reply(self, completion: ChatCompletion) -> ChunkFindings:
        """The findings in a reply to `first_request`, read as an online call reads it,
        but with no second chance: an invalid reply is not re-asked and a cut-off one
        not retried with a bigger budget. Raises `ChunkFailedError`."""
        try:
            # With no re-asks the conversation never builds a next request from its own.
            findings = Conversation(self._structured, {}, reasks=0).read(completion)
        except CutOff:
            raise ChunkFailedError(f"{CUT_OFF} (a batch does not retry it)") from None
        except ChunkFailedError as error:
            if not error.reason.startswith("output failed validation"):
                raise
            raise ChunkFailedError("output failed validation (a batch does not re-ask)") from None
        if findings is None:  # unreachable with no re-asks; kept for the type checker
            raise ChunkFailedError("output failed validation (a batch does not re-ask)")
        return findings

    def _exchange(
        self, chunk: Chunk, policy_text: str
    ) -> Generator[dict[str, Any], ChatCompletion, ChunkFindings]:
        """Yields each request to send and is sent its reply; returns the findings.

        Re-asks an invalid reply (`Conversation`); a reply cut off at `max_tokens` is
        asked again once with twice the budget. Raises `ChunkFailedError`.
        """
        candidates = self._candidates(chunk, policy_text)
        for max_tokens in self._token_budgets():
            conversation = self._conversation(chunk, candidates, max_tokens)
            try:
                while (findings := conversation.read((yield conversation.request))) is None:
                    pass
            except CutOff:
                continue
            return findings
        raise ChunkFailedError(CUT_OFF)

    def _token_budgets(self) -> tuple[int, int]:
        return (self.settings.max_tokens, self.settings.max_tokens * LENGTH_GROWTH)

    def _candidates(self, chunk: Chunk, policy_text: str) -> str | None:
        if self.candidates_from is None:
            return None
        findings = self.candidates_from.extract(chunk, policy_text).findings
        return findings.model_dump_json(exclude_defaults=True)

    def _conversation(self, chunk: Chunk, candidates: str | None, max_tokens: int) -> Conversation:
        request = self._structured.request(
            model=self.model,
            messages=render_extraction_messages(
                chunk.text,
                chunk.opening_path,
                system_in_user=self.system_in_user,
                examples=self.examples,
                candidates=candidates,
            ),
            temperature=self.settings.temperature,
            max_tokens=max_tokens,
        )
        return Conversation(self._structured, request, self.settings.reasks)
