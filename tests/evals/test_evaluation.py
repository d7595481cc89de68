"""The eval's scoring, comparison, gates and command, on small hand-built labels."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli.eval import eval_command
from summarizer.engines.base import ExtractionResult
from summarizer.errors import InputError
from summarizer.evals.comparison import compare_reports
from summarizer.evals.run import (
    EvalReport,
    check_gates,
    git_commit,
    git_dirty,
    load_gold,
    mean_and_std,
)
from summarizer.evals.scoring import THREE_WAY_FIELDS, Counts, score_label, score_many
from summarizer.label.findings import (
    AnswerFinding,
    ChildrenAgeFinding,
    ChunkFindings,
    CollectedFinding,
    PurposeFinding,
    Question,
    SharingFinding,
)
from summarizer.label.schema import (
    Answer,
    Children,
    CollectedData,
    Contact,
    DataCategory,
    Evidence,
    PrivacyNutritionLabel,
    Purpose,
    PurposeClaim,
    Recipient,
    Right,
    SharingClaim,
)
from summarizer.text.chunking import Chunk

TEXT = (
    "# Example Privacy Policy\n\n"
    "We collect your email address when you create an account.\n\n"
    "We use cookies to remember your preferences.\n\n"
    "We record your IP address and the pages you visit.\n\n"
    "We use your information to provide the service and to send you newsletters.\n\n"
    "We share your email address with the companies that send our newsletters.\n\n"
    "We do not sell your personal information.\n\n"
    "You can delete your account at any time from the settings page.\n\n"
    "## Children\n\n"
    "We do not knowingly collect personal information from children under 13.\n"
)
EMAIL = "We collect your email address when you create an account."
COOKIES = "We use cookies to remember your preferences."
LOGS = "We record your IP address and the pages you visit."
USES = "We use your information to provide the service and to send you newsletters."
SHARE = "We share your email address with the companies that send our newsletters."
SELL = "We do not sell your personal information."
DELETE = "You can delete your account at any time from the settings page."
KIDS = "We do not knowingly collect personal information from children under 13."


def ev(quote: str, text: str = TEXT) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def gold_label() -> PrivacyNutritionLabel:
    label = PrivacyNutritionLabel(
        service_name="Example",
        data_collected=[
            CollectedData(category=DataCategory.contact_info, evidence=[ev(EMAIL)]),
            CollectedData(category=DataCategory.cookies_tracking, evidence=[ev(COOKIES)]),
            CollectedData(category=DataCategory.identifiers, evidence=[ev(LOGS)]),
            CollectedData(category=DataCategory.usage_activity, evidence=[ev(LOGS)]),
        ],
        purposes=[
            PurposeClaim(purpose=Purpose.service_operation, evidence=[ev(USES)]),
            PurposeClaim(purpose=Purpose.marketing, evidence=[ev(USES)]),
        ],
        sharing=[SharingClaim(recipient=Recipient.service_providers, evidence=[ev(SHARE)])],
        sells_personal_data=Answer(value="no", evidence=[ev(SELL)]),
        children=Children(min_age=13, knowingly_collects_from_children="no", evidence=[ev(KIDS)]),
    )
    label.rights[Right.deletion] = Answer(value="yes", evidence=[ev(DELETE)])
    return label


def test_a_label_identical_to_gold_scores_one_everywhere():
    score = score_label(gold_label(), gold_label(), TEXT)
    metrics = score.metrics()
    assert metrics["set_fields"]["micro"] == {
        "tp": 8,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert metrics["three_way"]["overall"]["accuracy"] == 1.0
    assert metrics["three_way"]["overall"]["total"] == len(THREE_WAY_FIELDS)
    assert metrics["min_age"]["accuracy"] == 1.0
    assert metrics["grounding"] == {"verbatim": 10, "total": 10, "rate": 1.0}
    assert metrics["evidence_overlap"]["rate"] == 1.0
    assert score.misses == []


def test_one_missing_category_lowers_recall_by_one_gold_item_and_names_its_quote():
    predicted = gold_label()
    predicted.data_collected = [
        c for c in predicted.data_collected if c.category != DataCategory.cookies_tracking
    ]
    score = score_label(predicted, gold_label(), TEXT)
    collected = score.set_fields["data_collected"]
    assert (collected.tp, collected.fp, collected.fn) == (3, 0, 1)
    assert collected.precision == 1.0
    assert collected.recall == pytest.approx(3 / 4)
    assert collected.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert score.set_micro.recall == pytest.approx(7 / 8)
    assert score.set_fields["purposes"].f1 == 1.0
    [miss] = score.misses
    assert (miss.field, miss.kind, miss.item) == ("data_collected", "missing", "cookies_tracking")
    assert miss.gold_quote == COOKIES


def test_an_extra_recipient_lowers_precision_and_names_the_predicted_quote():
    predicted = gold_label()
    predicted.sharing.append(SharingClaim(recipient=Recipient.advertisers, evidence=[ev(COOKIES)]))
    score = score_label(predicted, gold_label(), TEXT)
    sharing = score.set_fields["sharing"]
    assert (sharing.tp, sharing.fp, sharing.fn) == (1, 1, 0)
    assert sharing.precision == 0.5
    assert sharing.recall == 1.0
    [miss] = score.misses
    assert (miss.kind, miss.key, miss.predicted_quote) == ("extra", "sharing:advertisers", COOKIES)


def test_not_stated_where_gold_says_no_is_a_wrong_answer():
    predicted = gold_label()
    predicted.sells_personal_data = Answer()
    score = score_label(predicted, gold_label(), TEXT)
    assert score.three_way["sells_personal_data"].rate == 0.0
    overall = score.three_way_overall
    assert (overall.hits, overall.total) == (len(THREE_WAY_FIELDS) - 1, len(THREE_WAY_FIELDS))
    [miss] = score.misses
    assert (miss.field, miss.kind, miss.gold, miss.predicted) == (
        "sells_personal_data",
        "wrong",
        "no",
        "not_stated",
    )
    assert miss.gold_quote == SELL
    assert miss.predicted_quote is None
    assert score.set_micro.f1 == 1.0


def test_a_right_that_is_no_instead_of_yes_is_a_set_miss_and_a_wrong_three_way_answer():
    predicted = gold_label()
    predicted.rights[Right.deletion] = Answer(value="no", evidence=[ev(DELETE)])
    score = score_label(predicted, gold_label(), TEXT)
    assert score.set_fields["rights"].fn == 1
    assert score.three_way["rights.deletion"].rate == 0.0
    assert {miss.key for miss in score.misses} == {"rights:deletion", "rights.deletion"}


def test_min_age_must_match_exactly_and_two_nulls_agree():
    predicted = gold_label()
    predicted.children = Children(
        min_age=18, knowingly_collects_from_children="no", evidence=[ev(KIDS)]
    )
    assert score_label(predicted, gold_label(), TEXT).min_age.rate == 0.0
    assert score_label(PrivacyNutritionLabel(), PrivacyNutritionLabel(), TEXT).min_age.rate == 1.0


def test_a_quote_not_at_its_offsets_counts_against_grounding():
    predicted = gold_label()
    shifted = ev(SELL).model_copy(update={"start": ev(SELL).start + 1, "end": ev(SELL).end + 1})
    predicted.sells_personal_data = Answer(value="no", evidence=[shifted])
    score = score_label(predicted, gold_label(), TEXT)
    assert (score.grounding.hits, score.grounding.total) == (9, 10)


def test_evidence_overlap_needs_a_span_of_the_same_claim():
    predicted = gold_label()
    # Right category, but its evidence points at another sentence.
    predicted.data_collected[0] = CollectedData(
        category=DataCategory.contact_info, evidence=[ev(SHARE)]
    )
    score = score_label(predicted, gold_label(), TEXT)
    assert score.set_micro.f1 == 1.0
    assert score.evidence_overlap.total == 10
    assert score.evidence_overlap.hits == 9
    # The right sentence for the opposite answer is not evidence of the gold answer.
    predicted.sells_personal_data = Answer(value="yes", evidence=[ev(SELL)])
    assert score_label(predicted, gold_label(), TEXT).evidence_overlap.hits == 8


def test_a_right_the_policy_denies_is_a_claim_whose_evidence_is_checked():
    gold = gold_label()
    gold.rights[Right.portability] = Answer(value="no", evidence=[ev(DELETE)])
    denied = gold.model_copy(deep=True)
    assert score_label(denied, gold, TEXT).evidence_overlap.total == 11
    assert score_label(denied, gold, TEXT).evidence_overlap.hits == 11
    denied.rights[Right.portability] = Answer(value="no", evidence=[ev(SELL)])
    assert score_label(denied, gold, TEXT).evidence_overlap.hits == 10


def test_micro_average_over_policies_sums_the_counts():
    perfect = score_label(gold_label(), gold_label(), TEXT, policy="a")
    empty = score_label(PrivacyNutritionLabel(), gold_label(), TEXT, policy="b")
    micro = score_many([perfect, empty])["set_fields"]["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (8, 0, 8)
    assert micro["precision"] == 1.0
    assert micro["recall"] == 0.5
    assert micro["f1"] == pytest.approx(2 / 3)


def test_an_empty_prediction_of_an_empty_field_is_perfect_and_of_a_full_one_is_zero():
    assert Counts().f1 == 1.0
    assert Counts(fn=2).f1 == 0.0
    assert Counts(fp=1).f1 == 0.0


def test_mean_and_std_work_leaf_by_leaf():
    mean, std = mean_and_std([{"a": {"f1": 0.5}, "n": 2}, {"a": {"f1": 1.0}, "n": 2}])
    assert mean == {"a": {"f1": 0.75}, "n": 2}
    assert std["a"]["f1"] == pytest.approx(0.353553, rel=1e-4)
    assert std["n"] == 0.0


# --- reports, comparison and gates ------------------------------------------------------


FINDING_LIST = {
    CollectedFinding: "data_collected",
    PurposeFinding: "purposes",
    SharingFinding: "sharing",
    AnswerFinding: "answers",
    ChildrenAgeFinding: "children_age",
}


def findings_in(text: str, findings: list) -> ChunkFindings:
    """The findings whose quote is in `text`."""
    found = ChunkFindings(service_name="Example")
    for finding in findings:
        if finding.quote in text:
            getattr(found, FINDING_LIST[type(finding)]).append(finding)
    return found


@dataclass
class ScriptedExtractor:
    """Returns, for each chunk, the findings whose quote is in that chunk."""

    findings: list = field(default_factory=list)
    engine: str = "fake"
    calls: int = 0

    def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
        self.calls += 1
        found = findings_in(chunk.text, self.findings)
        return ExtractionResult(findings=found, calls=1, prompt_tokens=100, completion_tokens=20)

    def describe(self) -> dict[str, str | None]:
        return {"model": "fake/model:1", "endpoint": None, "mode": None, "prompt_version": "p1"}


def perfect_findings() -> list:
    return [
        CollectedFinding(category=DataCategory.contact_info, quote=EMAIL),
        CollectedFinding(category=DataCategory.cookies_tracking, quote=COOKIES),
        CollectedFinding(category=DataCategory.identifiers, quote=LOGS),
        CollectedFinding(category=DataCategory.usage_activity, quote=LOGS),
        PurposeFinding(purpose=Purpose.service_operation, quote=USES),
        PurposeFinding(purpose=Purpose.marketing, quote=USES),
        SharingFinding(recipient=Recipient.service_providers, quote=SHARE),
        AnswerFinding(question=Question.sells_personal_data, answer="no", quote=SELL),
        AnswerFinding(question=Question.deletion, answer="yes", quote=DELETE),
        AnswerFinding(question=Question.knowingly_collects_from_children, answer="no", quote=KIDS),
        ChildrenAgeFinding(min_age=13, quote=KIDS),
    ]


@pytest.fixture
def seeds(tmp_path: Path) -> tuple[Path, Path]:
    """A one-policy seed set: the policy and its gold answer."""
    policies, gold = tmp_path / "policies", tmp_path / "gold"
    policies.mkdir()
    gold.mkdir()
    (policies / "example.txt").write_bytes(TEXT.encode("utf-8"))
    data = json.loads(
        gold_label().model_dump_json(exclude={"summary", "grade", "coverage", "provenance"})
    )
    data["notes"] = ["hand-built for the tests"]
    (gold / "example.json").write_text(json.dumps(data), encoding="utf-8")
    return policies, gold


def run_cli(seeds: tuple[Path, Path], extractor: ScriptedExtractor, *args: str):
    policies, gold = seeds
    return CliRunner().invoke(
        eval_command,
        ["--policies", str(policies), "--gold", str(gold), *args],
        obj={"extractor": extractor},
    )


def test_load_gold_reads_the_label_and_the_notes(seeds: tuple[Path, Path]):
    gold = load_gold(seeds[1] / "example.json")
    assert gold.notes == ("hand-built for the tests",)
    assert gold.label.rights_granted() == {Right.deletion}


def test_load_gold_names_the_invalid_field(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"sells_personal_data": {"value": "maybe"}, "notes": []}))
    with pytest.raises(InputError, match=r"sells_personal_data\.value"):
        load_gold(bad)
    bad.write_text(json.dumps({"notes": "one note"}))
    with pytest.raises(InputError, match="notes"):
        load_gold(bad)


def test_the_min_f1_gate_fails_with_exit_1_and_names_the_gate(seeds, tmp_path: Path):
    # The extractor misses the shared recipient: 7 of 8 set items, F1 = 14/15 ≈ 0.933.
    findings = [f for f in perfect_findings() if not isinstance(f, SharingFinding)]
    out = tmp_path / "out" / "result.json"
    result = run_cli(seeds, ScriptedExtractor(findings), "--min-f1", "0.95", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert "gate failed: set-field micro-F1 0.933 is below --min-f1 0.950" in result.output
    assert out.exists() and out.with_suffix(".md").exists()


def test_the_gates_pass_with_exit_0_when_the_scores_reach_them(seeds, tmp_path: Path):
    result = run_cli(
        seeds,
        ScriptedExtractor(perfect_findings()),
        "--min-f1",
        "0.9",
        "--min-three-way",
        "1.0",
        "--out",
        str(tmp_path / "r.json"),
    )
    assert result.exit_code == 0, result.output
    assert "gate failed" not in result.output


def test_the_three_way_gate_fails_on_a_wrong_answer(seeds, tmp_path: Path):
    findings = [f for f in perfect_findings() if getattr(f, "quote", "") != SELL]
    result = run_cli(
        seeds,
        ScriptedExtractor(findings),
        "--min-three-way",
        "1.0",
        "--out",
        str(tmp_path / "r.json"),
    )
    assert result.exit_code == 1
    assert "three-way accuracy 0.944 is below --min-three-way 1.000" in result.output


def test_the_result_records_metrics_misses_cost_and_run_metadata(seeds, tmp_path: Path):
    out = tmp_path / "r.json"
    findings = [f for f in perfect_findings() if not isinstance(f, SharingFinding)]
    extractor = ScriptedExtractor(findings)
    result = run_cli(seeds, extractor, "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meta"]["engine"] == "fake"
    assert data["meta"]["model"] == "fake/model:1"
    assert data["meta"]["prompt_version"] == "p1"
    assert data["meta"]["schema_version"] == "1.0"
    assert data["meta"]["date"].endswith("+00:00")
    assert "git_commit" in data["meta"]
    [policy] = data["policies"]
    assert policy["metrics"]["cost"]["calls"] == extractor.calls
    assert policy["metrics"]["cost"]["prompt_tokens"] == 100 * extractor.calls
    assert [(m["kind"], m["key"], m["gold_quote"]) for m in policy["misses"]] == [
        ("missing", "sharing:service_providers", SHARE)
    ]
    assert data["overall"]["grounding"]["rate"] == 1.0
    markdown = out.with_suffix(".md").read_text(encoding="utf-8")
    assert "**missing** `sharing:service_providers`" in markdown
    assert SHARE in markdown
    assert "| micro |" in markdown


def test_compare_shows_what_was_fixed_and_what_regressed(seeds, tmp_path: Path):
    old = tmp_path / "old.json"
    without_cookies = [f for f in perfect_findings() if getattr(f, "quote", "") != COOKIES]
    assert run_cli(seeds, ScriptedExtractor(without_cookies), "--out", str(old)).exit_code == 0
    # The new run finds cookies again but says nothing about selling.
    without_sell = [f for f in perfect_findings() if getattr(f, "quote", "") != SELL]
    new = tmp_path / "new.json"
    result = run_cli(
        seeds, ScriptedExtractor(without_sell), "--out", str(new), "--compare", str(old)
    )
    assert result.exit_code == 0, result.output
    comparison = compare_reports(EvalReport.load(old), EvalReport.load(new))
    assert [(c.kind, c.key) for c in comparison.of_kind("fixed")] == [
        ("fixed", "data_collected:cookies_tracking")
    ]
    assert [(c.kind, c.key) for c in comparison.of_kind("regressed")] == [
        ("regressed", "sells_personal_data")
    ]
    old_f1, new_f1 = comparison.deltas["set_fields/micro/f1"]
    assert new_f1 > old_f1
    assert "fixed: 1" in result.output and "regressed: 1" in result.output
    assert "example · sells_personal_data (gold no, predicted not_stated)" in result.output
    markdown = new.with_suffix(".md").read_text(encoding="utf-8")
    assert "### Regressed (1)" in markdown
    assert json.loads(new.read_text())["comparison"]["changes"][0]["kind"] in ("fixed", "regressed")


def test_repeat_reports_mean_and_std_over_runs(seeds, tmp_path: Path):
    class Flaky(ScriptedExtractor):
        """Finds cookies in the first run, misses them in the second."""

        cookie_reads = 0

        def extract(self, chunk: Chunk, policy_text: str) -> ExtractionResult:
            result = super().extract(chunk, policy_text)
            if COOKIES in chunk.text:
                self.cookie_reads += 1
            if COOKIES in chunk.text and self.cookie_reads % 2 == 0:
                result.findings.data_collected = [
                    f for f in result.findings.data_collected if f.quote != COOKIES
                ]
            return result

    extractor = Flaky(perfect_findings())
    out = tmp_path / "r.json"
    result = run_cli(seeds, extractor, "--repeat", "2", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert extractor.cookie_reads == 2
    f1_runs = [run["set_fields"]["data_collected"]["recall"] for run in data["runs"]]
    assert sorted(f1_runs) == [0.75, 1.0]
    assert data["overall"]["set_fields"]["data_collected"]["recall"] == pytest.approx(0.875)
    assert data["overall_std"]["set_fields"]["data_collected"]["recall"] == pytest.approx(
        0.176777, rel=1e-4
    )
    assert "±" in result.output
    [miss] = [
        m for m in data["policies"][0]["misses"] if m["key"] == "data_collected:cookies_tracking"
    ]
    assert miss["in_runs"] == 1


def test_check_gates_is_silent_when_no_gate_is_asked_for(seeds, tmp_path: Path):
    out = tmp_path / "r.json"
    run_cli(seeds, ScriptedExtractor([]), "--out", str(out))
    report = EvalReport.load(out)
    assert report.set_f1 == 0.0
    assert check_gates(report) == []
    assert len(check_gates(report, min_f1=0.5, min_three_way=1.0)) == 2


def test_the_default_result_is_named_after_engine_model_and_time(
    seeds, tmp_path: Path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    result = run_cli(seeds, ScriptedExtractor(perfect_findings()))
    assert result.exit_code == 0, result.output
    [written] = list((tmp_path / "evals" / "results").glob("*.json"))
    assert written.name.startswith("fake-fake_model_1-")
    assert written.name.endswith("Z.json")
    assert written.with_suffix(".md").exists()


def test_out_must_name_a_json_file(seeds, tmp_path: Path):
    result = run_cli(seeds, ScriptedExtractor([]), "--out", str(tmp_path / "r.md"))
    assert result.exit_code == 2
    assert "--out" in result.output


def test_a_policies_directory_without_gold_is_a_clear_input_error(tmp_path: Path):
    (tmp_path / "p").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "p" / "x.txt").write_text("We collect your email address.")
    result = CliRunner().invoke(
        eval_command,
        ["--policies", str(tmp_path / "p"), "--gold", str(tmp_path / "g")],
        obj={"extractor": ScriptedExtractor([])},
    )
    assert result.exit_code == 2
    assert "has a gold answer" in result.output


def test_outside_a_git_checkout_the_commit_is_null(tmp_path: Path):
    assert git_commit(tmp_path) is None
    assert git_dirty(tmp_path) is None


def test_the_llm_engine_is_scored_through_the_real_client_with_its_calls_and_tokens(
    seeds, tmp_path: Path
):
    from fake_openai_server import FakeOpenAIServer, request_text

    def reply(request: dict) -> dict:
        # The findings of every gold sentence the chunk holds (the prompt quotes it).
        found = findings_in(request_text(request), perfect_findings())
        return found.model_dump(mode="json")

    out = tmp_path / "llm.json"
    with FakeOpenAIServer(reply=reply) as server:
        policies, gold = seeds
        result = CliRunner().invoke(
            eval_command,
            [
                "--policies",
                str(policies),
                "--gold",
                str(gold),
                "--engine",
                "llm",
                "--base-url",
                server.url,
                "--api-key",
                "sk-test",
                "--model",
                "test-model",
                "--no-cache",
                "--min-f1",
                "1.0",
                "--min-three-way",
                "1.0",
                "--out",
                str(out),
            ],
        )
        requests = len(server.requests)
        tokens = server.usage
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["meta"]["engine"] == "llm"
    assert data["meta"]["model"] == "test-model"
    assert data["meta"]["prompt_version"]
    cost = data["overall"]["cost"]
    assert requests >= 1
    assert cost["calls"] == requests
    assert cost["prompt_tokens"] == sum(p for p, _ in tokens)
    assert cost["completion_tokens"] == sum(c for _, c in tokens)
    assert out.name == "llm.json"
    assert "sk-test" not in out.read_text()


def test_compare_with_a_file_that_is_not_an_eval_result_is_a_clear_input_error(
    seeds, tmp_path: Path
):
    other = tmp_path / "label.json"
    other.write_text(gold_label().model_dump_json())
    result = run_cli(seeds, ScriptedExtractor([]), "--compare", str(other))
    assert result.exit_code == 2
    assert f"{other}: not a summarizer eval result" in result.output


def test_contact_phones_are_scored_by_their_digits_and_reported_apart_from_the_micro_f1():
    gold = PrivacyNutritionLabel(
        contact=Contact(phones=["(415) 555-0199 ext. 204", "1-800-555-0142"])
    )
    predicted = PrivacyNutritionLabel(
        contact=Contact(phones=["(415) 555-0199 x204", "+44 20 7946 0958"])
    )
    score = score_label(predicted, gold, "")
    assert (score.contact["phones"].tp, score.contact["phones"].fp, score.contact["phones"].fn) == (
        1,
        1,
        1,
    )
    assert score.set_micro == Counts()
    assert {(m.field, m.kind, m.item) for m in score.misses} == {
        ("contact.phones", "missing", "1-800-555-0142"),
        ("contact.phones", "extra", "+44 20 7946 0958"),
    }
    assert score_many([score])["contact"]["phones"]["f1"] == 0.5


def test_addresses_and_urls_match_when_written_differently():
    gold = PrivacyNutritionLabel(
        contact=Contact(
            addresses=["Office 4, 22 High St., London W1 3JE"], urls=["https://www.a.example/"]
        )
    )
    predicted = PrivacyNutritionLabel(
        contact=Contact(addresses=["Office 4 22 High St. London W1 3JE"], urls=["http://a.example"])
    )
    score = score_label(predicted, gold, "")
    assert score.contact["addresses"].tp == score.contact["urls"].tp == 1


def test_a_gold_file_without_phones_is_not_scored_on_phones(tmp_path: Path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"contact": {"emails": [], "urls": [], "addresses": []}}))
    gold = load_gold(path)
    assert "phones" not in gold.contact_kinds and "emails" in gold.contact_kinds
    predicted = PrivacyNutritionLabel(contact=Contact(phones=["1-800-555-0142"]))
    score = score_label(predicted, gold.label, "", contact_kinds=gold.contact_kinds)
    assert score.contact["phones"] == Counts()
    assert not score.misses


def test_an_address_without_its_company_line_still_matches_the_gold_address():
    gold = PrivacyNutritionLabel(
        contact=Contact(addresses=["Acme Ltd, Attn: Privacy, 22 High Street, London W1 3JE"])
    )
    predicted = PrivacyNutritionLabel(contact=Contact(addresses=["22 High Street, London W1 3JE"]))
    assert score_label(predicted, gold, "").contact["addresses"] == Counts(tp=1)
