"""Write small, valid PDFs for tests: text lines placed on a page in chosen fonts and
sizes (Helvetica, Helvetica-Bold), so heading and column recovery can be checked
without shipping binary fixtures. `image_only_pdf()` has no text layer, like a scan."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 612, 792


@dataclass(frozen=True)
class Line:
    text: str
    x: float
    y: float
    size: float = 11
    bold: bool = False


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: list[Line]) -> bytes:
    parts = []
    for line in lines:
        font = "F2" if line.bold else "F1"
        parts.append(f"BT /{font} {line.size} Tf {line.x} {line.y} Td ({_escape(line.text)}) Tj ET")
    return "\n".join(parts).encode("latin-1")


def make_pdf(
    pages: list[list[Line]],
    title: str | None = None,
    drawing: bytes | None = None,
    bookmarks: list[str] | None = None,
) -> bytes:
    """A PDF whose pages draw `pages`' lines in the order given (drawing order is not
    reading order: that is what the reader must work out)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for lines in pages:
        stream = drawing if drawing is not None else _content(lines)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (pages_id, PAGE_WIDTH, PAGE_HEIGHT, content, regular, bold)
            )
        )
    outlines = b""
    if bookmarks:
        root = add(b"")
        items = [add(b"") for _ in bookmarks]
        for position, (item, text) in enumerate(zip(items, bookmarks, strict=True)):
            links = b""
            if position > 0:
                links += b" /Prev %d 0 R" % items[position - 1]
            if position < len(items) - 1:
                links += b" /Next %d 0 R" % items[position + 1]
            objects[item - 1] = b"<< /Title (%s) /Parent %d 0 R /Dest [%d 0 R /Fit]%s >>" % (
                _escape(text).encode("latin-1"),
                root,
                kids[0],
                links,
            )
        objects[root - 1] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (
            items[0],
            items[-1],
            len(items),
        )
        outlines = b" /Outlines %d 0 R" % root
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, outlines)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    info = add(b"<< /Title (%s) >>" % _escape(title).encode("latin-1")) if title else None
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def image_only_pdf() -> bytes:
    """A page that only draws a grey rectangle: no text layer, like a scanned page."""
    return make_pdf([[]], drawing=b"0.5 g 72 72 468 648 re f")


def two_column_policy() -> bytes:
    """A policy page: a title across the page, then two columns drawn line by line
    across both (left line, right line, ...), each column with a bold heading."""
    left = [
        Line("What We Collect", 72, 680, 14, bold=True),
        Line("We collect your email address and", 72, 660),
        Line("your phone number when you register.", 72, 646),
        Line("We also collect your IP address.", 72, 632),
    ]
    right = [
        Line("Sharing", 320, 680, 14, bold=True),
        Line("We do not sell your personal", 320, 660),
        Line("information to anyone, ever.", 320, 646),
        Line("We share data with service providers.", 320, 632),
    ]
    lines = [Line("Privacy Policy of Quill Notes", 72, 730, 22, bold=True)]
    lines.append(
        Line(
            "Last updated: March 3, 2025. This policy explains what Quill Notes does with data.",
            72,
            710,
        )
    )
    for pair in zip(left, right, strict=True):
        lines.extend(pair)
    return make_pdf([lines], title="Quill Notes Privacy Policy")
