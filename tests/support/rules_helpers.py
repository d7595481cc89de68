"""Helpers for the rules-engine tests: read a synthetic text and query the findings."""

from __future__ import annotations

from summarizer.engines.rules import read_chunk
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
