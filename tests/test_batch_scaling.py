"""A batch streams its labels, and no step costs more than the size of its input.

Found by the benchmarks in bench/ (see bench/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import FakeExtractor

from summarizer import merge
from summarizer.batch import BatchEvents, BatchResult, PolicyInput, collect_inputs, label_batch
from summarizer.engines.base import Extractor
from summarizer.engines.rules import RulesExtractor
from summarizer.label.findings import ChunkFindings, ContactFinding
from summarizer.text.chunking import Chunk
from summarizer.text.grounding import Grounder


def _inputs(count: int) -> list[PolicyInput]:
    return [
        PolicyInput(id=f"p{n}", text=f"# Policy {n}\n\nWe collect your email address.\n")
        for n in range(count)
    ]


@pytest.mark.parametrize("extractor", [RulesExtractor(), FakeExtractor()], ids=["rules", "fake"])
def test_first_label_is_done_before_the_last_policy_is_opened(extractor: Extractor) -> None:
    order: list[tuple[str, str]] = []
    events = BatchEvents(
        on_chunks=lambda item, chunks: order.append(("open", item.id)),
        on_policy_done=lambda item: order.append(("done", item.input.id)),
    )

    result = label_batch(_inputs(40), extractor, concurrency=2, events=events)

    assert result.count("labelled") == 40
    first_done = order.index(("done", "p0"))
    assert ("open", "p39") in order[first_done:]


def test_label_batch_never_formats_its_result(monkeypatch: pytest.MonkeyPatch) -> None:
    formatted: list[int] = []

    def counting_repr(self: BatchResult) -> str:
        formatted.append(len(self.items))
        return "BatchResult(...)"

    monkeypatch.setattr(BatchResult, "__repr__", counting_repr)

    result = label_batch(_inputs(3), RulesExtractor())

    assert result.count("labelled") == 3
    assert formatted == []


def test_contacts_are_checked_against_one_squashed_copy_of_the_policy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [f"Write to privacy{n}@example.com about request {n}.\n" for n in range(30)]
    text = "".join(lines)
    outcomes = []
    for part in range(3):  # at most 12 contacts per chunk
        start = sum(len(line) for line in lines[: part * 10])
        end = start + sum(len(line) for line in lines[part * 10 : part * 10 + 10])
        chunk = Chunk(index=part, start=start, end=end, text=text[start:end])
        contacts = [
            # Upper case, so none is written as is: each needs the squashed comparison.
            ContactFinding(kind="email", value=f"PRIVACY{n}@EXAMPLE.COM", quote=lines[n].strip())
            for n in range(part * 10, part * 10 + 10)
        ]
        outcomes.append((chunk, ChunkFindings(contacts=contacts)))
    squashed_lengths: list[int] = []
    real_squash = merge._squash

    def counting_squash(value: str) -> str:
        squashed_lengths.append(len(value))
        return real_squash(value)

    monkeypatch.setattr(merge, "_squash", counting_squash)

    label, _ = merge.merge_findings(outcomes, Grounder(text, [chunk for chunk, _ in outcomes]))

    assert len(label.contact.emails) == 30
    assert squashed_lengths.count(len(text)) == 1


def test_jsonl_texts_stay_on_disk_until_their_policy_is_labelled(tmp_path: Path) -> None:
    texts = ["Wé collect your émail.\r\nAnd more.", "", "Second — policy.", "Third ✓ policy."]
    lines = [json.dumps({"id": "a", "text": texts[0]}, ensure_ascii=False), "  "]
    lines += [
        json.dumps({"id": f"p{n}", "text": text}, ensure_ascii=False)
        for n, text in enumerate(texts[2:])
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes("\r\n".join(lines).encode("utf-8"))

    inputs = collect_inputs([corpus])

    assert [item.id for item in inputs] == ["a", "p0", "p1"]
    assert all(item.text is None for item in inputs)
    assert [item.load().text for item in inputs] == [texts[0], texts[2], texts[3]]
