"""The oracle check: a perfect extractor must give a perfect label.

A fake extractor returns, for each chunk, exactly the gold claims whose quotes lie
in that chunk, as `ChunkFindings`. Run through the real chunk → ground → merge path
(`label_document` with the real `split_policy` and `Grounder`), the label must score
1.0 against its gold. Anything less is lost between a perfect reader and the label:
in the chunker, the grounder or the merge (or the gold disagrees with the merge's
rules), and the assertion message names the claims.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pytest

from summarizer.engines.base import ExtractionResult
from summarizer.evals.run import load_gold
from summarizer.evals.scoring import score_label
from summarizer.label.findings import (
    MAX_ITEMS,
    MAX_QUOTE_CHARS,
    AnswerFinding,
    ChildrenAgeFinding,
    ChunkFindings,
    CollectedFinding,
    ContactFinding,
    NotCollectedFinding,
    PurposeFinding,
    Question,
    SharingFinding,
)
from summarizer.label.schema import Evidence, PrivacyNutritionLabel
from summarizer.pipeline import alabel_document
from summarizer.settings import Settings
from summarizer.text.chunking import Chunk, pack_policy, split_policy
from summarizer.text.loading import load_policy

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ROOT / "evals" / "policies"
GOLD = ROOT / "evals" / "gold"
SEEDS = sorted(p for p in POLICIES.glob("*.txt") if (GOLD / f"{p.stem}.json").exists())

# Every way the pipeline chunks a policy: the rules engine's sections, the LLM path's
# packed sections (its default budget, and a small one that packs some sections
# together and cuts a long one).
CHUNKERS = {
    "sections": split_policy,
    "packed": lambda text: pack_policy(text, max_tokens=Settings().pack_tokens),
    "packed-600": lambda text: pack_policy(text, max_tokens=600),
}


FINDING_LISTS = (
    "data_collected",
    "data_not_collected",
    "purposes",
    "sharing",
    "answers",
    "children_age",
    "contacts",
)


def chunk_of(span: tuple[int, int], chunks: list[Chunk]) -> Chunk:
    """The chunk holding the start of `span` (where a reader would find it)."""
    start = span[0]
    for chunk in chunks:
        if chunk.start <= start < chunk.end:
            return chunk
    raise AssertionError(f"offset {start} lies in no chunk")


def straddles(span: tuple[int, int], chunks: list[Chunk]) -> bool:
    return span[1] > chunk_of(span, chunks).end


def three_way_findings(
    gold: PrivacyNutritionLabel,
) -> list[tuple[Question, str, Evidence, str | None]]:
    """(question, yes/no, evidence, detail) for every stated three-way answer."""
    found: list[tuple[Question, str, Evidence, str | None]] = []

    def add(
        question: Question, answer: str, evidence: list[Evidence], details: Sequence[str] = ()
    ) -> None:
        if answer not in ("yes", "no"):
            return
        for item in evidence:
            found.append((question, answer, item, details[0] if details else None))
        # One more finding per extra detail, re-using the quotes (evidence dedups by offsets).
        for position, detail in enumerate(details[1:], start=1):
            found.append((question, answer, evidence[position % len(evidence)], detail))

    add(
        Question.sells_personal_data,
        gold.sells_personal_data.value,
        gold.sells_personal_data.evidence,
    )
    add(
        Question.third_party_tracking,
        gold.third_party_tracking.value,
        gold.third_party_tracking.evidence,
    )
    add(
        Question.do_not_track,
        {"honored": "yes", "not_honored": "no"}.get(gold.do_not_track.value, ""),
        gold.do_not_track.evidence,
    )
    for right, answer in gold.rights.items():
        add(Question(right.value), answer.value, answer.evidence)
    add(
        Question.retention_stated,
        gold.retention.stated,
        gold.retention.evidence,
        [gold.retention.period] if gold.retention.period else [],
    )
    add(
        Question.security_measures_described,
        gold.security.measures_described,
        gold.security.evidence,
        list(gold.security.measures),
    )
    add(
        Question.knowingly_collects_from_children,
        gold.children.knowingly_collects_from_children,
        gold.children.evidence,
    )
    add(
        Question.international_transfer,
        gold.international_transfer.value,
        gold.international_transfer.evidence,
    )
    add(
        Question.personal_notice_of_changes,
        {"personal_notice": "yes", "posted_only": "no"}.get(gold.policy_changes.notice, ""),
        gold.policy_changes.evidence,
    )
    return found


def contact_spans(gold: PrivacyNutritionLabel, text: str) -> list[tuple[str, str, int, int]]:
    """(kind, value, start, end) of each gold contact where it is written in the policy."""
    spans = []
    for kind, values in (
        ("email", gold.contact.emails),
        ("url", gold.contact.urls),
        ("address", gold.contact.addresses),
        ("phone", gold.contact.phones),
    ):
        for value in values:
            pattern = r"\W+".join(re.escape(word) for word in re.findall(r"\w+", value))
            match = re.search(re.escape(value), text) or re.search(pattern, text)
            assert match, f"gold contact {value!r} is not in the policy"
            spans.append((kind, value, match.start(), match.end()))
    return spans


def oracle_findings(
    gold: PrivacyNutritionLabel, text: str, chunks: list[Chunk]
) -> dict[int, dict[str, list]]:
    """Gold, cut into the findings each chunk would yield: chunk index → list name → findings."""
    per_chunk: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))

    def put(name: str, evidence: Evidence, finding: object) -> None:
        per_chunk[chunk_of((evidence.start, evidence.end), chunks).index][name].append(finding)

    for item in gold.data_collected:
        for e in item.evidence:
            put(
                "data_collected",
                e,
                CollectedFinding.model_construct(
                    category=item.category,
                    sources=list(item.sources),
                    purposes=list(item.purposes),
                    quote=e.quote,
                ),
            )
    for item in gold.data_not_collected:
        for e in item.evidence:
            put(
                "data_not_collected",
                e,
                NotCollectedFinding.model_construct(category=item.category, quote=e.quote),
            )
    for item in gold.purposes:
        for e in item.evidence:
            put("purposes", e, PurposeFinding.model_construct(purpose=item.purpose, quote=e.quote))
    for item in gold.sharing:
        for e in item.evidence:
            put(
                "sharing",
                e,
                SharingFinding.model_construct(
                    recipient=item.recipient,
                    categories=list(item.categories),
                    purposes=list(item.purposes),
                    quote=e.quote,
                ),
            )
    for question, answer, e, detail in three_way_findings(gold):
        put(
            "answers",
            e,
            AnswerFinding.model_construct(
                question=question, answer=answer, detail=detail, quote=e.quote
            ),
        )
    if gold.children.min_age is not None:
        age = str(gold.children.min_age)
        naming_the_age = [
            e for e in gold.children.evidence if age in e.quote
        ] or gold.children.evidence
        for e in naming_the_age:
            put(
                "children_age",
                e,
                ChildrenAgeFinding.model_construct(min_age=gold.children.min_age, quote=e.quote),
            )
    for kind, value, start, end in contact_spans(gold, text):
        put(
            "contacts",
            Evidence(quote=text[start:end], start=start, end=end),
            ContactFinding.model_construct(kind=kind, value=value, quote=text[start:end]),
        )
    return per_chunk


class OracleExtractor:
    """Returns, for each chunk, exactly the gold claims quoted in it."""

    engine = "oracle"

    def __init__(self, gold: PrivacyNutritionLabel, text: str, chunks: list[Chunk]) -> None:
        self.gold = gold
        self.per_chunk = oracle_findings(gold, text, chunks)
        self.first_chunk = chunks[0].index

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        lists = self.per_chunk.get(chunk.index, {})
        # model_construct: the oracle is not bound by the per-chunk list limits a model
        # is held to; test_gold_fits_the_findings_limits checks those separately.
        findings = ChunkFindings.model_construct(
            service_name=self.gold.service_name if chunk.index == self.first_chunk else None,
            **{name: list(lists.get(name, [])) for name in FINDING_LISTS},
        )
        return ExtractionResult(findings=findings)

    def describe(self) -> dict[str, str | None]:
        return {"model": None, "endpoint": None, "mode": None, "prompt_version": "oracle"}


def oracle_label(
    policy: Path, chunking: str = "sections"
) -> tuple[PrivacyNutritionLabel, PrivacyNutritionLabel, str]:
    document = load_policy(policy)
    gold = load_gold(GOLD / f"{policy.stem}.json").label
    chunks = CHUNKERS[chunking](document.text)
    label = asyncio.run(
        alabel_document(document, OracleExtractor(gold, document.text, chunks), chunks=chunks)
    )
    return label, gold, document.text


def misses_of(label: PrivacyNutritionLabel, gold: PrivacyNutritionLabel, text: str) -> list[str]:
    return [
        f"{miss.kind} {miss.key}: gold {miss.gold} predicted {miss.predicted} "
        f"(gold quote {miss.gold_quote!r})"
        for miss in score_label(label, gold, text).misses
    ]


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS, ids=lambda p: p.stem)
def test_a_perfect_extractor_scores_perfectly_through_the_real_pipeline(
    policy: Path, chunking: str
):
    label, gold, text = oracle_label(policy, chunking)
    score = score_label(label, gold, text, policy=policy.stem)
    assert misses_of(label, gold, text) == []
    assert score.set_micro.f1 == 1.0
    assert score.three_way_overall.rate == 1.0
    assert label.children.min_age == gold.children.min_age
    assert score.grounding.rate == 1.0
    assert all(counts.fp == counts.fn == 0 for counts in score.contact.values()), score.contact


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS)
def test_a_perfect_extractor_loses_no_claim(policy: Path, chunking: str):
    label, _, _ = oracle_label(policy, chunking)
    assert label.coverage.claims_total > 0
    assert label.coverage.claims_dropped == 0, label.coverage.dropped_quotes


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS, ids=lambda p: p.stem)
def test_a_perfect_extractor_keeps_every_gold_evidence_span(policy: Path, chunking: str):
    label, gold, text = oracle_label(policy, chunking)
    score = score_label(label, gold, text, policy=policy.stem)
    assert score.evidence_overlap.hits == score.evidence_overlap.total


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS)
def test_a_perfect_extractor_keeps_every_detail_and_contact(policy: Path, chunking: str):
    label, gold, _ = oracle_label(policy, chunking)
    assert label.service_name == gold.service_name
    assert label.retention.period == gold.retention.period
    assert sorted(label.security.measures) == sorted(gold.security.measures)
    assert label.contact == gold.contact
    for collected in gold.data_collected:
        [got] = [c for c in label.data_collected if c.category == collected.category]
        assert set(got.sources) == set(collected.sources), collected.category
        assert set(got.purposes) == set(collected.purposes), collected.category
    for shared in gold.sharing:
        [got_share] = [s for s in label.sharing if s.recipient == shared.recipient]
        assert set(got_share.categories) == set(shared.categories), shared.recipient
        assert set(got_share.purposes) == set(shared.purposes), shared.recipient


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS, ids=lambda p: p.stem)
def test_no_gold_quote_straddles_a_chunk_boundary(policy: Path, chunking: str):
    text = load_policy(policy).text
    chunks = CHUNKERS[chunking](text)
    gold = load_gold(GOLD / f"{policy.stem}.json").label
    crossing = [
        f"[{e.start}:{e.end}] {e.quote[:60]!r}"
        for e in gold.all_evidence()
        if straddles((e.start, e.end), chunks)
    ]
    assert crossing == []


def chunks_cutting_quotes(text: str, gold: PrivacyNutritionLabel) -> tuple[list[Chunk], int]:
    """The real chunks, cut again in the middle of every third gold quote."""
    real = split_policy(text)
    spans = sorted({(e.start, e.end) for e in gold.all_evidence()})
    cuts = sorted({(start + end) // 2 for start, end in spans[::3]} | {c.start for c in real})
    edges = [*cuts, real[-1].end]
    chunks = [
        Chunk(
            index=i,
            start=start,
            end=end,
            text=text[start:end],
            heading_path=chunk_of((start, end), real).heading_path,
        )
        for i, (start, end) in enumerate(itertools.pairwise(edges))
    ]
    return chunks, sum(straddles(span, chunks) for span in spans)


@pytest.mark.parametrize("policy", SEEDS, ids=lambda p: p.stem)
def test_a_quote_cut_by_a_chunk_boundary_still_lands_in_the_label(policy: Path):
    """The reader of the chunk holding a quote's start reports it whole; grounding must
    find it across the boundary (the chunker avoids such cuts, but may not always)."""
    document = load_policy(policy)
    gold = load_gold(GOLD / f"{policy.stem}.json").label
    chunks, cut = chunks_cutting_quotes(document.text, gold)
    assert cut > 0
    oracle = OracleExtractor(gold, document.text, chunks)
    label = asyncio.run(alabel_document(document, oracle, chunks=chunks))
    score = score_label(label, gold, document.text)
    assert misses_of(label, gold, document.text) == []
    assert score.grounding.rate == 1.0
    assert score.evidence_overlap.hits == score.evidence_overlap.total


@pytest.mark.parametrize("chunking", CHUNKERS)
@pytest.mark.parametrize("policy", SEEDS, ids=lambda p: p.stem)
def test_gold_fits_the_findings_limits_a_model_is_held_to(policy: Path, chunking: str):
    """A perfect model could return every gold claim: quotes and per-chunk counts fit."""
    document = load_policy(policy)
    chunks = CHUNKERS[chunking](document.text)
    gold = load_gold(GOLD / f"{policy.stem}.json").label
    too_long = [e.quote[:60] for e in gold.all_evidence() if len(e.quote) > MAX_QUOTE_CHARS]
    assert too_long == []
    per_chunk = oracle_findings(gold, document.text, chunks)
    crowded = [
        f"chunk {index} {name}: {len(items)} findings"
        for index, lists in per_chunk.items()
        for name, items in lists.items()
        if len(items) > MAX_ITEMS
    ]
    assert crowded == []
