"""A PDF's text layer as policy text, with headings recovered from font sizes.

pdfminer.six (MIT, pure Python) lays each page out into text boxes with coordinates
and gives every character its font and size; `bench/bench_pdf.py` compares it with
pypdf. From that layout:

- boxes are put in reading order: top to bottom, and where a band of the page has two
  columns (boxes wholly left and wholly right of the middle), the left column before
  the right one;
- a box whose text is a bookmark of the PDF's outline becomes a heading at the
  bookmark's level; otherwise a box whose characters are larger than the body text
  (the most common size) becomes a markdown heading, `#` for the largest size, `##` for the next, and so on; a
  short box in a bold font at body size becomes a `**bold**` paragraph (which
  `headings` reads as a heading too);
- boxes are paragraphs separated by blank lines; lines inside a box are joined with a
  space, and a word hyphenated across lines is joined back.

The text built here is what `summarizer text FILE.pdf` prints and what evidence offsets
index. A PDF without a text layer (a scan) raises `InputError` with one line.
pdfminer is imported only when a PDF is read.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from summarizer.errors import InputError

PDF_MAGIC = b"%PDF-"
MAX_PDF_PAGES = 500
_HEADING_RATIO = 1.12
_MAX_HEADING_CHARS = 160
_MAX_HEADING_LEVELS = 3
_MAX_OUTLINE_ENTRIES = 2000
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")


@dataclass(frozen=True)
class PdfText:
    text: str
    title: str | None = None


@dataclass
class _Box:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


def is_pdf(data: bytes) -> bool:
    """True when `data` starts like a PDF file (the header may follow a little junk)."""
    return PDF_MAGIC in data[:1024]


def pdf_to_text(data: bytes, name: str) -> PdfText:
    """The text of the PDF `data`, headings as markdown. Raises `InputError`."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFParser
        from pdfminer.psexceptions import PSException
    except ImportError as error:  # pragma: no cover - pdfminer.six is a core dependency
        raise InputError(
            f"{name} is a PDF, and reading PDFs needs pdfminer.six: pip install pdfminer.six"
        ) from error
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        title = _title(document)
        outline = _outline(document)
        pages = list(extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PDF_PAGES))
    except PDFPasswordIncorrect as error:
        raise InputError(
            f"{name} is a password-protected PDF: save an unprotected copy."
        ) from error
    # A damaged file makes pdfminer raise its own errors or plain built-in ones.
    except (PSException, ValueError, TypeError, KeyError, IndexError, AssertionError) as error:
        raise InputError(f"{name} is not a readable PDF ({type(error).__name__}).") from error
    boxes = [_ordered(_boxes(page, outline), page.width) for page in pages]
    text = _render([box for page in boxes for box in page], outline)
    if not text.strip():
        raise InputError(
            f"{name} is a PDF with no text layer (a scanned image?): run OCR on it first "
            "(for example ocrmypdf) and label the result."
        )
    return PdfText(text=text, title=title)


def _outline(document: object) -> dict[str, int]:
    """The PDF's bookmarks (its outline), squashed title -> level (1 = top)."""
    from pdfminer.pdfdocument import PDFNoOutlines
    from pdfminer.psexceptions import PSException

    levels: dict[str, int] = {}
    try:
        for level, title, *_ in document.get_outlines():  # type: ignore[attr-defined]
            key = _squash(str(title))
            if key and key not in levels:
                levels[key] = max(1, int(level))
            if len(levels) >= _MAX_OUTLINE_ENTRIES:
                break
    except (PDFNoOutlines, PSException, ValueError, TypeError, KeyError, RecursionError):
        return {}
    return levels


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def _title(document: object) -> str | None:
    for info in getattr(document, "info", []) or []:
        raw = info.get("Title") if isinstance(info, dict) else None
        if isinstance(raw, bytes):
            if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
                value = raw.decode("utf-16", errors="ignore")
            else:
                value = raw.decode("latin-1", errors="ignore")
        elif isinstance(raw, str):
            value = raw
        else:
            continue
        value = " ".join(value.split())
        if value:
            return value[:200]
    return None


def _boxes(page: object, outline: dict[str, int]) -> list[_Box]:
    """The page's text boxes, each cut where the style of its lines (size, bold) changes
    and around a line that is a bookmark's title: a title set just above the first
    paragraph is its own block."""
    from pdfminer.layout import LTTextBox

    found: list[_Box] = []
    for element in page:  # type: ignore[attr-defined]
        if not isinstance(element, LTTextBox):
            continue
        run: list[tuple[object, float, bool]] = []
        for line in element:
            style = _line_style(line)
            if style is None:
                continue
            bookmark = _squash(line.get_text()) in outline
            if run and ((run[-1][1], run[-1][2]) != style or bookmark):
                found.append(_box_of(run))
                run = []
            run.append((line, *style))
            if bookmark:
                found.append(_box_of(run))
                run = []
        if run:
            found.append(_box_of(run))
    return [box for box in found if box.text]


def _line_style(line: object) -> tuple[float, bool] | None:
    from pdfminer.layout import LTChar

    sizes: Counter[float] = Counter()
    bold = True
    for char in line:  # type: ignore[attr-defined]
        if isinstance(char, LTChar) and char.get_text().strip():
            sizes[round(char.size, 1)] += 1
            bold = bold and bool(_BOLD_FONT.search(char.fontname or ""))
    if not sizes:
        return None
    return sizes.most_common(1)[0][0], bold


def _box_of(run: list[tuple[object, float, bool]]) -> _Box:
    lines = [line for line, _, _ in run]
    text = "\n".join(line.get_text().strip() for line in lines)  # type: ignore[attr-defined]
    text = " ".join(_HYPHEN_BREAK.sub("", text).split())
    return _Box(
        text=text,
        x0=min(line.x0 for line in lines),  # type: ignore[attr-defined]
        x1=max(line.x1 for line in lines),  # type: ignore[attr-defined]
        top=max(line.y1 for line in lines),  # type: ignore[attr-defined]
        bottom=min(line.y0 for line in lines),  # type: ignore[attr-defined]
        size=run[0][1],
        bold=run[0][2],
    )


def _ordered(boxes: list[_Box], width: float) -> list[_Box]:
    """Reading order: top to bottom; a run of boxes that sit wholly in the left or
    right half of the page is read as two columns, left first."""
    boxes = sorted(boxes, key=lambda box: (-box.top, box.x0))
    middle = width / 2
    ordered: list[_Box] = []
    band: list[_Box] = []

    def close_band() -> None:
        left = [box for box in band if box.x1 <= middle + 1]
        right = [box for box in band if box.x1 > middle + 1]
        ordered.extend(left)
        ordered.extend(right)
        band.clear()

    for box in boxes:
        spans_middle = box.x0 < middle - 1 and box.x1 > middle + 1
        if spans_middle:
            close_band()
            ordered.append(box)
        else:
            band.append(box)
    close_band()
    return ordered


def _render(boxes: list[_Box], outline: dict[str, int] | None = None) -> str:
    if not boxes:
        return ""
    weights: Counter[float] = Counter()
    for box in boxes:
        weights[box.size] += len(box.text)
    body = weights.most_common(1)[0][0]
    larger = sorted({box.size for box in boxes if box.size >= body * _HEADING_RATIO}, reverse=True)
    level_of = {size: min(rank + 1, _MAX_HEADING_LEVELS) for rank, size in enumerate(larger)}
    blocks: list[str] = []
    outline = outline or {}
    for box in boxes:
        short = len(box.text) <= _MAX_HEADING_CHARS
        bookmarked = outline.get(_squash(box.text)) if short else None
        if bookmarked is not None:
            blocks.append("#" * min(bookmarked, _MAX_HEADING_LEVELS) + " " + box.text)
        elif box.size in level_of and short:
            blocks.append("#" * level_of[box.size] + " " + box.text)
        elif box.bold and short and not box.text.endswith((".", ",", ";")):
            blocks.append(f"**{box.text}**")
        else:
            blocks.append(box.text)
    return "\n\n".join(blocks) + "\n"
