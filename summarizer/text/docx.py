"""A Word (.docx) document as policy text, with python-docx (MIT), imported only when a
.docx is read.

Paragraphs in body order, tables included, become blocks separated by blank lines:
a paragraph styled "Title" or "Heading N" becomes a markdown heading (`#` for Title and
Heading 1, `##` for Heading 2, ...), a list paragraph becomes a `* ` line, a short
paragraph that is bold throughout becomes `**...**` (which `headings` reads as a
heading), and a table row becomes its cells joined by ` | `, an empty cell
keeping its place. This text is what
`summarizer text FILE.docx` prints and what evidence offsets index.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from summarizer.errors import InputError

if TYPE_CHECKING:
    from docx.table import _Row

DOCX_MAGIC = b"PK\x03\x04"
_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list", re.IGNORECASE)
_MAX_BOLD_HEADING_CHARS = 160


def looks_like_docx(data: bytes) -> bool:
    """A ZIP archive holding `word/document.xml`."""
    if not data.startswith(DOCX_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def docx_to_text(data: bytes, name: str) -> tuple[str, str | None]:
    """(the document's text, its core-properties title). Raises `InputError`."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as error:  # pragma: no cover - python-docx is a core dependency
        raise InputError(
            f"{name} is a Word document, and reading it needs python-docx: pip install python-docx"
        ) from error
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(
            f"{name} is not a readable Word document ({type(error).__name__})."
        ) from error
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            block = _paragraph(item)
            if block:
                blocks.append(block)
        elif isinstance(item, Table):
            for row in item.rows:
                line = _row(row)
                if line:
                    blocks.append(line)
    title = " ".join((document.core_properties.title or "").split()) or None
    return ("\n\n".join(blocks) + "\n" if blocks else ""), title


def _paragraph(paragraph: object) -> str:
    text = " ".join(paragraph.text.split())  # type: ignore[attr-defined]
    if not text:
        return ""
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    heading = _HEADING_STYLE.match(style.strip())
    if heading:
        level = int(heading.group(1)) if heading.group(1) else 1
        return "#" * max(1, min(level, 6)) + " " + text
    if _LIST_STYLE.search(style):
        return "* " + text
    runs = [run for run in paragraph.runs if run.text.strip()]  # type: ignore[attr-defined]
    if runs and all(run.bold for run in runs) and len(text) <= _MAX_BOLD_HEADING_CHARS:
        return f"**{text}**"
    return text


def _row(row: _Row) -> str:
    """A table row as "cell | cell | cell", one place per column so that the columns
    stay aligned: an empty cell keeps its place ("Contact details | | Yes"), and so do
    the columns a row skips and the later columns of a merged cell (which python-docx
    gives once per column). A row with no text is no line."""
    texts = [""] * row.grid_cols_before
    cells = row.cells
    index = 0
    while index < len(cells):
        cell = cells[index]
        span = max(cell.grid_span, 1)
        texts += [" ".join(cell.text.split()), *[""] * (span - 1)]
        index += span
    texts += [""] * row.grid_cols_after
    if not any(texts):
        return ""
    return " ".join(" | ".join(texts).split())
