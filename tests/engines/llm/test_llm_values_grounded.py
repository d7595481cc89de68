"""A model that fills every field with something plausible: each value it puts on the
label must be stated by its own quote (the service name by the policy), or it is
dropped and counted, and nothing of it reaches the summary or the grade."""

from __future__ import annotations

import json
from typing import Any

from fake_openai_server import FakeOpenAIServer

from summarizer.engines.llm import LLMExtractor
from summarizer.pipeline import label_document
from summarizer.settings import Settings
from summarizer.text.loading import load_text

POLICY = (
    "# Privacy Policy\n\n"
    "We keep your data as long as your account is active. We use encryption. "
    "We do not knowingly collect data from children under 13.\n"
)
INVENTED_NAME = "TrustMe Inc. (certified privacy-safe, never shares data)"


def schema_filler(request: dict[str, Any]) -> dict[str, Any]:
    return {
        "service_name": INVENTED_NAME,
        "answers": [
            {
                "question": "retention_stated",
                "answer": "yes",
                "detail": "deleted immediately after 24 hours, never stored",
                "quote": "We keep your data as long as your account is active.",
            },
            {
                "question": "security_measures_described",
                "answer": "yes",
                "detail": "SOC 2 Type II audit and HIPAA certification",
                "quote": "We use encryption.",
            },
        ],
        "children_age": [
            {"min_age": 3, "quote": "We do not knowingly collect data from children under 13."}
        ],
    }


def test_values_a_model_invents_beside_real_quotes_never_reach_the_label() -> None:
    with FakeOpenAIServer(reply=schema_filler) as server:
        extractor = LLMExtractor(
            Settings(base_url=server.url, api_key="sk-test", model="filler", timeout_s=10)
        )
        label = label_document(load_text(POLICY), extractor)

    assert label.service_name is None
    assert label.retention.stated == "yes" and label.retention.period is None
    assert label.security.measures_described == "yes" and label.security.measures == []
    assert label.children.min_age is None
    assert label.coverage.values_dropped == 4
    assert {value.field for value in label.coverage.dropped_values} == {
        "service_name",
        "retention.period",
        "security.measures",
        "children.min_age",
    }
    shown = json.dumps(label.model_dump(exclude={"coverage"}), default=str)
    for invented in ("TrustMe", "24 hours", "SOC 2", "HIPAA"):
        assert invented not in shown
