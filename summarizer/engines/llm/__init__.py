"""The LLM client: the only package that imports `openai` and `instructor`.

- `transport`: HTTP requests to an OpenAI-compatible endpoint, transport retries,
  error mapping, and what each chunk's requests cost.
- `structured`: instructor's mode handlers (tools, json_schema, json) for
  `ChunkFindings`, prepared once, and the re-ask loop around them.
- `extractor`: `LLMExtractor`, one chunk in, grounded-ready findings out.

No message, log line or `describe()` value contains the API key.
"""

from __future__ import annotations

import logging

from summarizer.engines.llm.extractor import LLMExtractor
from summarizer.engines.llm.transport import OPENAI_ENDPOINT, public_endpoint

# instructor logs failures at ERROR; with no logging configured Python would print
# those to stderr. Our own retry log (INFO) says what happened instead.
logging.getLogger("instructor").addHandler(logging.NullHandler())

__all__ = ["OPENAI_ENDPOINT", "LLMExtractor", "public_endpoint"]
