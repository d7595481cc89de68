"""The command line as a user drives it (click's CliRunner; stdout is not a terminal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import seed_paths

from summarizer.cli.main import main

SEED = seed_paths()[0]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_label_prints_the_label_json_for_one_file(runner: CliRunner):
    result = runner.invoke(main, ["label", str(SEED)])
    assert result.exit_code == 0, result.output
    label = json.loads(result.stdout)
    for key in (
        "service_name",
        "data_collected",
        "rights",
        "coverage",
        "provenance",
        "grade",
        "summary",
    ):
        assert key in label
    assert label["provenance"]["engine"] == "rules"
    assert "engine rules" in result.stderr


def test_label_with_out_dir_writes_one_file_per_input(runner: CliRunner, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["label", str(SEED), str(seed_paths()[1]), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == sorted(f"{p.stem}.json" for p in seed_paths()[:2])
    assert json.loads((out / f"{SEED.stem}.json").read_text())["provenance"]["source"]


def test_several_policies_to_stdout_as_json_lines(runner: CliRunner):
    result = runner.invoke(main, ["label", str(SEED), str(seed_paths()[1]), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["id"] for line in lines] == [SEED.stem, seed_paths()[1].stem]


def test_jsonl_input_is_labelled_per_line(runner: CliRunner, tmp_path: Path):
    jsonl = tmp_path / "policies.jsonl"
    records = [
        {"id": "a", "text": SEED.read_text(encoding="utf-8")},
        {"id": "b", "text": seed_paths()[2].read_text(encoding="utf-8")},
    ]
    jsonl.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["label", str(jsonl), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.json")) == ["a.json", "b.json"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt"),
        (lambda d: d, "directory"),
        (
            lambda d: ((d / "empty.txt").write_text("") and d / "empty.txt") or d / "empty.txt",
            "empty",
        ),
    ],
    ids=["missing", "directory", "empty"],
)
def test_bad_input_gets_one_clear_line_and_a_nonzero_exit(
    runner: CliRunner, tmp_path: Path, make, message
):
    path = make(tmp_path)
    result = runner.invoke(main, ["label", str(path)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_one_bad_file_in_a_batch_does_not_stop_the_others(runner: CliRunner, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(
        main, ["label", str(SEED), str(tmp_path / "nope.txt"), "--out-dir", str(out)]
    )
    assert result.exit_code == 4
    assert (out / f"{SEED.stem}.json").exists()
    assert "nope" in result.stderr


def test_unreachable_endpoint_is_one_line_and_exit_3(runner: CliRunner):
    result = runner.invoke(
        main,
        [
            "label",
            str(SEED),
            "--engine",
            "llm",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--api-key",
            "sk-x",
            "--timeout",
            "2",
        ],
    )
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "127.0.0.1:9" in result.stderr
    assert "sk-x" not in result.output


def test_text_prints_the_file_unchanged_for_txt(runner: CliRunner):
    result = runner.invoke(main, ["text", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout == SEED.read_bytes().decode("utf-8")


def test_schema_prints_the_label_json_schema(runner: CliRunner):
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "DataCategory" in schema["$defs"]
    assert set(schema["$defs"]["DataCategory"]["enum"]) >= {"contact_info", "sensitive"}


def test_help_explains_the_commands(runner: CliRunner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("label", "text", "schema"):
        assert command in result.output
    label_help = runner.invoke(main, ["label", "--help"]).output
    assert "--engine" in label_help and "--out-dir" in label_help and "Exit codes" in label_help


def test_hybrid_engine_runs_rules_then_the_llm_and_says_so(runner: CliRunner):
    from fake_openai_server import FakeOpenAIServer

    with FakeOpenAIServer(reply=lambda request: {}) as server:
        result = runner.invoke(
            main,
            [
                "label",
                str(SEED),
                "--engine",
                "hybrid",
                "--base-url",
                server.url,
                "--api-key",
                "sk-x",
            ],
        )
        prompts = [request["messages"][-1]["content"] for request in server.requests]
    assert result.exit_code == 0, result.output
    assert "engine hybrid" in result.stderr
    assert json.loads(result.stdout)["provenance"]["engine"] == "hybrid"
    assert prompts and all("<policy_section" in prompt for prompt in prompts)
    assert any("<candidate_findings>" in prompt for prompt in prompts)
