"""PDF input: the text layer in reading order, headings from font sizes, offsets that
index what `summarizer text` prints, and one clear line for a scan."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from pdf_maker import Line, image_only_pdf, make_pdf, two_column_policy

from summarizer.cli.main import main
from summarizer.text.headings import find_headings
from summarizer.text.loading import load_bytes, load_policy


def test_two_columns_drawn_line_by_line_are_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    path.write_bytes(two_column_policy())
    text = load_policy(path).text
    assert "We collect your email address and your phone number when you register." in text
    assert "We do not sell your personal information to anyone, ever." in text
    assert text.index("We also collect your IP address.") < text.index("We do not sell")


def test_headings_are_recovered_from_font_sizes_and_bold() -> None:
    document = load_bytes(two_column_policy(), "policy.pdf", ".pdf")
    assert document.format == "pdf"
    titles = [(heading.level, heading.title) for heading in find_headings(document.text)]
    assert titles == [(1, "Privacy Policy of Quill Notes"), (2, "What We Collect"), (2, "Sharing")]
    assert document.title == "Quill Notes Privacy Policy"


def test_a_pdf_is_sniffed_without_its_extension() -> None:
    assert load_bytes(two_column_policy(), "download", "").format == "pdf"


def test_text_prints_exactly_what_pdf_evidence_offsets_index(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    path.write_bytes(two_column_policy())
    runner = CliRunner()
    label = runner.invoke(main, ["label", str(path), "--format", "json"])
    assert label.exit_code == 0, label.output
    printed = runner.invoke(main, ["text", str(path)]).stdout
    payload = json.loads(label.stdout)
    evidence = payload["sells_personal_data"]["evidence"]
    assert payload["sells_personal_data"]["value"] == "no" and evidence
    for item in evidence:
        assert printed[item["start"] : item["end"]] == item["quote"]


def test_a_scanned_pdf_without_text_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf())
    result = CliRunner().invoke(main, ["label", str(path)])
    assert result.exit_code == 2
    assert "no text layer" in result.stderr
    assert len(result.stderr.strip().splitlines()[-1:]) == 1 and "Traceback" not in result.output


def test_a_damaged_pdf_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer <<>>\n")
    result = CliRunner().invoke(main, ["text", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_raw_pdf_operators_are_never_labelled_as_text(tmp_path: Path) -> None:
    pdf = make_pdf([[Line("We sell your personal information.", 72, 700)]])
    path = tmp_path / "plain.pdf"
    path.write_bytes(pdf)
    text = load_policy(path).text
    assert text == "We sell your personal information.\n"


def test_labelling_a_text_file_does_not_import_the_pdf_library(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text("We collect your email address. We do not sell your personal information.\n")
    code = (
        "import sys\n"
        "from summarizer.cli.main import main\n"
        f"sys.argv = ['summarizer', 'label', {str(path)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'pdfminer' not in sys.modules, 'pdfminer imported'\n"
        "print('clean')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().endswith("clean"), result.stderr[-400:]


def test_bookmarked_lines_at_body_size_become_headings() -> None:
    lines = [
        Line("Data we collect", 72, 700),  # set tight, as one block with the text below
        Line("We collect your email address when you register for an account.", 72, 687),
        Line("Your rights", 72, 674),
        Line("You can ask us to delete your data at any time by writing to us.", 72, 661),
    ]
    pdf = make_pdf([lines], bookmarks=["Data we collect", "Your rights"])
    text = load_bytes(pdf, "policy.pdf", ".pdf").text
    assert [heading.title for heading in find_headings(text)] == ["Data we collect", "Your rights"]
    assert "# Data we collect" in text
