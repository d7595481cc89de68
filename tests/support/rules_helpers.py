"""Helpers for the rules-engine tests: read a synthetic text and query the findings."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from summarizer.api import label_policy
from summarizer.engines.rules import RulesExtractor, read_chunk
from summarizer.engines.rules.analysis import lower_ascii, mask_text
from summarizer.engines.rules.sentences import split_chunk
from summarizer.label.findings import ChunkFindings, Question
from summarizer.text.chunking import Chunk


def read(text: str, heading_path: tuple[str, ...] = (), policy: str | None = None) -> ChunkFindings:
    """The findings for `text` as one chunk of a policy (the text itself by default)."""
    chunk = Chunk(index=0, start=0, end=len(text), text=text, heading_path=heading_path)
    return read_chunk(chunk, policy if policy is not None else text)


def collected(findings: ChunkFindings) -> set[str]:
    return {item.category.value for item in findings.data_collected}


def not_collected(findings: ChunkFindings) -> set[str]:
    return {item.category.value for item in findings.data_not_collected}


def purposes(findings: ChunkFindings) -> set[str]:
    return {item.purpose.value for item in findings.purposes}


def recipients(findings: ChunkFindings) -> set[str]:
    return {item.recipient.value for item in findings.sharing}


def answers(findings: ChunkFindings, question: Question | str) -> set[str]:
    """The answers ('yes'/'no') given to one question."""
    key = question.value if isinstance(question, Question) else question
    return {item.answer for item in findings.answers if item.question.value == key}


def answer(findings: ChunkFindings, question: Question | str) -> str:
    """'yes', 'no', 'both' or 'not_stated' for one question."""
    found = answers(findings, question)
    if not found:
        return "not_stated"
    return found.pop() if len(found) == 1 else "both"


def details(findings: ChunkFindings, question: Question) -> list[str]:
    return [item.detail or "" for item in findings.answers if item.question == question]


CONTACT_KINDS = ("emails", "urls", "addresses", "phones")


def label_fields(text: str) -> dict[str, Any]:
    """The label the rules engine makes of `text`, as the plain values the sentence
    suites (probe, phenomena) check: sets of categories, purposes, recipients and
    rights, the yes/no answers, the children's age and the contact details."""
    label = label_policy(text, extractor=RulesExtractor()).model_dump(mode="json")
    return {
        "data_collected": {item["category"] for item in label["data_collected"]},
        "data_not_collected": {item["category"] for item in label["data_not_collected"]},
        "purposes": {item["purpose"] for item in label["purposes"]},
        "shared_with": {item["recipient"] for item in label["sharing"]},
        "rights": {name for name, right in label["rights"].items() if right["value"] == "yes"},
        "answers": {
            "sells_personal_data": label["sells_personal_data"]["value"],
            "third_party_tracking": label["third_party_tracking"]["value"],
            "do_not_track": label["do_not_track"]["value"],
            "international_transfer": label["international_transfer"]["value"],
            "retention_stated": label["retention"]["stated"],
            "security_measures_described": label["security"]["measures_described"],
            "knowingly_collects_from_children": label["children"][
                "knowingly_collects_from_children"
            ],
            "policy_changes": label["policy_changes"]["notice"],
        },
        "min_age": label["children"]["min_age"],
        "contact": {kind: label["contact"].get(kind, []) for kind in CONTACT_KINDS},
    }


ROOT = Path(__file__).resolve().parents[2]


@cache
def evaluation_sentences() -> tuple[str, ...]:
    """Every sentence of the seed and dev policies, masked and lower-cased as the engine
    reads them (for tests that compare a fast path with the plain one on real text)."""
    found: list[str] = []
    for folder in (ROOT / "evals" / "policies", ROOT / "evals" / "dev" / "policies"):
        for path in sorted(folder.glob("*.*")):
            text = path.read_text(encoding="utf-8")
            lowered = lower_ascii(mask_text(text))
            spans, _ = split_chunk(text)
            found.extend(lowered[s.start : s.end] for s in spans)
    return tuple(found)
