"""Word documents: paragraphs, tables and heading styles become policy text whose
offsets `summarizer text` prints exactly."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli.main import main
from summarizer.text.headings import find_headings
from summarizer.text.loading import load_bytes

docx = pytest.importorskip("docx", reason="needs python-docx")


def _policy_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Lumen Notes Privacy Policy"
    document.add_heading("Privacy Policy of Lumen Notes", level=1)
    document.add_paragraph("Last updated: March 3, 2025")
    document.add_heading("What we collect", level=2)
    document.add_paragraph("We collect your email address when you create an account.")
    document.add_paragraph("Your IP address and browser type", style="List Bullet")
    document.add_heading("Sharing", level=2)
    document.add_paragraph("We do not sell your personal information.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Payment processor"
    table.rows[0].cells[1].text = "card details"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_document_keeps_its_headings_lists_and_tables() -> None:
    document = load_bytes(_policy_docx(), "policy.docx", ".docx")
    assert document.format == "docx"
    assert document.title == "Lumen Notes Privacy Policy"
    assert "* Your IP address and browser type" in document.text
    assert "Payment processor | card details" in document.text
    titles = [(h.level, h.title) for h in find_headings(document.text)]
    assert titles[:3] == [
        (1, "Privacy Policy of Lumen Notes"),
        (2, "What we collect"),
        (2, "Sharing"),
    ]


def test_a_word_document_is_labelled_with_exact_offsets(tmp_path: Path) -> None:
    path = tmp_path / "policy.docx"
    path.write_bytes(_policy_docx())
    runner = CliRunner()
    label = runner.invoke(main, ["label", str(path), "--format", "json"])
    assert label.exit_code == 0, label.output
    printed = runner.invoke(main, ["text", str(path)]).stdout
    payload = json.loads(label.stdout)
    assert payload["sells_personal_data"]["value"] == "no"
    assert payload["document"]["policy_date"]["date"] == "2025-03-03"
    for item in payload["sells_personal_data"]["evidence"]:
        assert printed[item["start"] : item["end"]] == item["quote"]


def test_a_zip_that_is_not_a_word_document_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "policy.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["text", str(path)])
    assert result.exit_code == 2
    assert "not a readable Word document" in result.stderr


def test_a_word_tables_empty_and_merged_cells_keep_their_columns() -> None:
    document = docx.Document()
    document.add_paragraph("The personal information we collect:")
    table = document.add_table(rows=5, cols=3)
    rows = [
        ("Category", "Examples", "Collected?"),
        ("Contact details", "", "Yes"),
        ("", "Phone number", "Yes"),
        ("", "", ""),
        ("Yes", "Yes", "Yes"),
    ]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    merged = table.add_row().cells
    merged[0].merge(merged[1]).text = "Account data"
    merged[2].text = "Yes"
    out = io.BytesIO()
    document.save(out)

    text = load_bytes(out.getvalue(), "policy.docx", ".docx").text

    assert text.rstrip().split("\n\n")[1:] == [
        "Category | Examples | Collected?",
        "Contact details | | Yes",
        "| Phone number | Yes",
        "Yes | Yes | Yes",  # equal neighbours are not one merged cell
        "Account data | | Yes",  # a cell merged over two columns fills the second with nothing
    ]
