"""`-` reads the policy from standard input; `-o FILE` writes any format to a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdf_maker import two_column_policy

from summarizer.cli.main import main

POLICY = (
    "Acme Privacy Policy\n\nWe collect your email address when you sign up.\n\n"
    "We do not sell your personal information.\n"
)


def test_label_reads_a_policy_piped_to_stdin() -> None:
    result = CliRunner().invoke(main, ["label", "-", "--format", "json"], input=POLICY)
    assert result.exit_code == 0, result.output
    label = json.loads(result.stdout)
    assert label["sells_personal_data"]["value"] == "no"
    [evidence] = label["sells_personal_data"]["evidence"]
    assert POLICY[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_text_reads_stdin_and_prints_it_unchanged() -> None:
    result = CliRunner().invoke(main, ["text", "-"], input=POLICY)
    assert result.exit_code == 0, result.output
    assert result.stdout == POLICY


def test_a_pdf_piped_to_stdin_is_read_as_a_pdf() -> None:
    result = CliRunner().invoke(main, ["text", "-"], input=two_column_policy())
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Privacy Policy of Quill Notes")


def test_empty_stdin_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(main, ["label", "-"], input="")
    assert result.exit_code == 2
    assert "empty" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "start"), [("label.json", "{"), ("label.md", "# "), ("card.html", "<!")]
)
def test_output_file_takes_its_format_from_its_extension(
    tmp_path: Path, name: str, start: str
) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["label", "-", "-o", str(out)], input=POLICY)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith(start)
    assert result.stdout == ""


def test_output_file_with_several_policies_is_a_usage_error(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(POLICY)
    b.write_text(POLICY)
    result = CliRunner().invoke(main, ["label", str(a), str(b), "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 2
    assert "--out-dir" in result.output


def test_text_output_file_holds_exactly_the_printed_text(tmp_path: Path) -> None:
    out = tmp_path / "policy.txt"
    result = CliRunner().invoke(main, ["text", "-", "-o", str(out)], input=POLICY)
    assert result.exit_code == 0
    assert out.read_bytes() == POLICY.encode()


@pytest.mark.browser
def test_png_goes_to_an_output_file(tmp_path: Path) -> None:
    from summarizer.render import find_chromium

    if find_chromium() is None:
        pytest.skip("needs Chromium: apt-get install chromium")
    out = tmp_path / "card.png"
    result = CliRunner().invoke(main, ["label", "-", "-o", str(out)], input=POLICY)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_a_folder_labels_its_pdfs_and_names_what_it_skips(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "quill.pdf").write_bytes(two_column_policy())
    (folder / "acme").write_text(POLICY)  # no extension: its content decides
    (folder / "logo.png").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n")
    (folder / "archive").mkdir()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["label", str(folder), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in out.glob("*.json")) == ["acme.json", "quill.json"]
    assert f"skipped {folder / 'logo.png'}: not a policy file type (.png)" in result.stderr
    assert f"skipped {folder / 'archive'}: a subfolder" in result.stderr
