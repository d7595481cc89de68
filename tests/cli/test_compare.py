"""`summarizer compare` as a user runs it: policies, saved labels, a batch directory."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from data.policy_versions import OLD_POLICY, hostile, with_sale

from summarizer.cli.main import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def policies(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("alpha", OLD_POLICY), ("beta", with_sale()), ("gamma", hostile())):
        path = tmp_path / "in" / f"{name}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text.replace("Lumenfold", name.title()), encoding="utf-8")
        paths.append(path)
    return paths


def compare(runner, *args):
    return runner.invoke(main, ["compare", *map(str, args), "--engine", "rules"])


def test_compare_prints_csv_when_piped_with_a_column_per_service(runner, policies):
    result = compare(runner, *policies)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:4] == ["group", "row", "field", "differs"]
    assert len(rows[0]) == 4 + 3
    sells = next(row for row in rows if row[2] == "sells_personal_data")
    assert sells[3] == "yes"
    assert sells[4:] == ["Not stated", "Yes", "Yes"]


def test_compare_reads_a_batch_output_directory(runner, policies, tmp_path):
    out = tmp_path / "out"
    labelled = runner.invoke(
        main, ["label", str(policies[0].parent), "--out-dir", str(out), "--format", "json"]
    )
    assert labelled.exit_code == 0, labelled.output
    result = compare(runner, out, "--format", "md")
    assert result.exit_code == 0, result.output
    assert "| **Sells your data** | **Not stated** | **Yes** | **Yes** |" in result.stdout


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "terminal"])
def test_every_compare_format_names_every_service(runner, policies, fmt):
    result = compare(runner, *policies, "--format", fmt)
    assert result.exit_code == 0, result.output
    for name in ("Alpha", "Beta", "Gamma"):
        assert name in result.stdout


def test_compare_html_marks_differing_rows_and_escapes_policy_text(runner, policies):
    html = compare(runner, *policies, "--format", "html").stdout
    soup = BeautifulSoup(html, "html.parser")
    differs = {row["data-field"] for row in soup.select("tr.differs")}
    assert "sells_personal_data" in differs and "do_not_track" not in differs
    assert not soup.find_all(["script", "img", "link"])


def test_compare_needs_two_services(runner, policies):
    result = compare(runner, policies[0])
    assert result.exit_code == 2
    assert "at least two" in result.stderr


def test_compare_with_a_missing_file_exits_2(runner, policies, tmp_path):
    result = compare(runner, policies[0], tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert "No such file" in result.stderr
