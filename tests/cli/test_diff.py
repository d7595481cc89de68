"""`summarizer diff` as a user runs it: files, saved labels, every format, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from data.policy_versions import OLD_POLICY, hostile, reworded, updated

from summarizer.cli.main import main
from summarizer.label.changes import LabelDiff


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def versions(tmp_path: Path) -> dict[str, Path]:
    files = {
        "old": OLD_POLICY,
        "new": updated(),
        "reworded": reworded(),
        "hostile": hostile(),
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / f"{name}.md"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def run_diff(runner, old, new, *extra):
    return runner.invoke(main, ["diff", str(old), str(new), "--engine", "rules", *extra])


def test_diff_of_changed_versions_exits_1_and_prints_json_when_piped(runner, versions):
    result = run_diff(runner, versions["old"], versions["new"])
    assert result.exit_code == 1, result.output
    diff = LabelDiff.model_validate_json(result.stdout)
    assert diff.changed
    assert diff.changes[0].field == "sells_personal_data"
    assert diff.old.source == str(versions["old"])


def test_diff_of_reworded_versions_exits_0(runner, versions):
    result = run_diff(runner, versions["old"], versions["reworded"], "--format", "md")
    assert result.exit_code == 0, result.output
    assert "_No practice changed._" in result.stdout
    assert "1 sentence(s) changed wording without changing a practice." in result.stdout


def test_diff_of_saved_labels_needs_no_policy_text(runner, versions, tmp_path):
    for name in ("old", "new"):
        labelled = runner.invoke(main, ["label", str(versions[name]), "--format", "json"])
        (tmp_path / f"{name}.json").write_text(labelled.stdout, encoding="utf-8")
    result = run_diff(runner, tmp_path / "old.json", tmp_path / "new.json", "--format", "json")
    assert result.exit_code == 1, result.output
    diff = json.loads(result.stdout)
    assert diff["changes"][0]["new_evidence"][0]["quote"].startswith("We sell")


@pytest.mark.parametrize(
    ("make_bad", "message"),
    [
        (lambda d: d / "missing.md", "No such file"),
        (lambda d: _write(d / "broken.json", "{not json"), "invalid JSON"),
        (lambda d: _write(d / "other.json", '{"hello": 1}'), "not a saved label"),
        (lambda d: _write(d / "empty.md", ""), ""),
    ],
)
def test_diff_with_bad_input_exits_2_with_one_line(runner, versions, tmp_path, make_bad, message):
    result = run_diff(runner, versions["old"], make_bad(tmp_path))
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_diff_terminal_format_shows_old_and_new_and_the_grade(runner, versions):
    result = run_diff(runner, versions["old"], versions["new"], "--format", "terminal")
    assert result.exit_code == 1
    text = result.stdout
    assert "Grade C (−2) → D" in text
    assert "Sells your data" in text and "Not stated" in text
    assert "gained −8 They sell personal data" in text


def test_diff_markdown_lists_each_change_with_its_quotes(runner, versions):
    result = run_diff(runner, versions["old"], versions["new"], "--format", "md")
    text = result.stdout
    assert "### Changed: Sells your data" in text
    assert "### Removed: Who gets it: Advertisers" in text
    assert "“We sell your personal information to data brokers.” (§ Sharing)" in text


def test_diff_html_puts_changes_first_side_by_side(runner, versions):
    result = run_diff(runner, versions["old"], versions["new"], "--format", "html")
    soup = BeautifulSoup(result.stdout, "html.parser")
    sections = [s["id"] for s in soup.select("section")]
    assert sections == ["changes", "unchanged"]
    first = soup.select("tr.change")[0]
    assert first["data-field"] == "sells_personal_data"
    assert first.select_one("td.old").get_text(strip=True) == "Not stated"
    assert "We sell your personal information" in first.select_one("td.new").get_text()
    assert not soup.find_all(["script", "link", "img"])


def test_diff_html_and_md_escape_hostile_policy_text(runner, versions):
    html = run_diff(runner, versions["old"], versions["hostile"], "--format", "html").stdout
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "img", "a"])
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)
    assert "&lt;script&gt;" in html
    md = run_diff(runner, versions["old"], versions["hostile"], "--format", "md").stdout
    unescaped = md.replace("\\<", "")  # Markdown escapes a tag opener with a backslash
    assert "<script>" not in unescaped and "<img" not in unescaped and "<a " not in unescaped
    assert '\\<script>alert("x")\\</script>' in md
