"""Which PDF library reads policy-like PDFs best (not a test: it prints figures).

Policy pages written here (one column with h1-h3 headings, two columns with CSS
`columns: 2`, a table of contents and a long list) are printed to PDF with headless
Chromium, then read back by each library. For each PDF and library it prints:
- sentences: share of the policy's sentences found whole, in reading order, in the
  extracted text (whitespace collapsed): a two-column page read across the columns
  splits every sentence that wraps;
- order: share of consecutive sentence pairs that come out in the same order;
- headings: share of the headings that come out as a line of their own;
- time: seconds to read the PDF.

Usage: python bench/bench_pdf.py    (needs chromium on PATH, pypdf and pdfminer.six)
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADINGS = [
    "Privacy Policy of Lumen Notes",
    "Information We Collect",
    "How We Use Information",
    "Sharing",
    "Your Choices",
    "Retention",
    "Contact Us",
]
SENTENCES = [
    "We collect the name and email address you give us when you create an account.",
    "We automatically receive your IP address, browser type and the pages you visit.",
    "We use your information to provide, maintain and improve the service.",
    "We use aggregated usage data to understand how people use our notes app.",
    "We share information with service providers who host our servers and send our email.",
    "We do not sell your personal information to anyone.",
    "You can access, correct or delete your account data from the settings page.",
    "You can opt out of marketing emails by clicking unsubscribe in any message.",
    "We keep account data for as long as your account is active and 30 days after.",
    "Write to privacy@lumen-notes.example with any question about this policy.",
]


def page(columns: int, toc: bool) -> str:
    body = [f"<h1>{HEADINGS[0]}</h1><p>Last updated: March 3, 2025</p>"]
    if toc:
        body.append("<ol>" + "".join(f"<li>{h}</li>" for h in HEADINGS[1:]) + "</ol>")
    for number, heading in enumerate(HEADINGS[1:]):
        level = "h2" if number % 2 == 0 else "h3"
        pair = SENTENCES[(number * 2) % 10 : (number * 2) % 10 + 2]
        body.append(
            f"<{level}>{heading}</{level}><p>{' '.join(pair)} "
            + "Filler words about the service follow here to wrap lines. " * 3
            + "</p>"
        )
    style = f"body{{font:11pt serif;{'columns:2;column-gap:2em;' if columns == 2 else ''}}}"
    return f"<!doctype html><html><head><style>{style}</style></head><body>{''.join(body)}</body></html>"


def grid_page() -> str:
    """Two columns whose paragraphs alternate in the HTML (left, right, left, ...): the
    PDF's drawing order runs across the columns, reading order runs down each."""
    left = [
        f"<h2>{HEADINGS[1]}</h2>",
        *(
            f"<p>{s} Filler words about the service follow here to wrap the line.</p>"
            for s in SENTENCES[:5]
        ),
    ]
    right = [
        f"<h2>{HEADINGS[4]}</h2>",
        *(
            f"<p>{s} Filler words about the service follow here to wrap the line.</p>"
            for s in SENTENCES[5:]
        ),
    ]
    cells = "".join(
        f'<div style="grid-column:1">{a}</div><div style="grid-column:2">{b}</div>'
        for a, b in zip(left, right, strict=True)
    )
    return (
        f"<!doctype html><html><head><style>body{{font:11pt serif}} .g{{display:grid;grid-template-columns:1fr 1fr;"
        f"column-gap:3em;grid-auto-flow:row}}</style></head><body><h1>{HEADINGS[0]}</h1><div class=g>{cells}</div></body></html>"
    )


def print_pdf(html: str, out: Path) -> None:
    source = out.with_suffix(".html")
    source.write_text(html)
    subprocess.run(
        [
            shutil.which("chromium") or "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def read_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def read_pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text(extraction_mode="layout") or "" for p in PdfReader(path).pages)


def read_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def read_summarizer(path: Path) -> str:
    from summarizer.text.pdf import pdf_to_text

    return pdf_to_text(path.read_bytes(), path.name).text


def score(text: str) -> tuple[float, float, float]:
    flat = " ".join(text.split())
    positions = [flat.find(s) for s in SENTENCES]
    found = sum(p >= 0 for p in positions) / len(SENTENCES)
    pairs = [(a, b) for a, b in itertools.pairwise(positions) if a >= 0 and b >= 0]
    order = sum(a < b for a, b in pairs) / len(pairs) if pairs else 0.0
    lines = {re.sub(r"^[#\s\d.]+", "", line).strip() for line in text.splitlines()}
    headings = sum(h in lines for h in HEADINGS) / len(HEADINGS)
    return found, order, headings


def main() -> int:
    if not shutil.which("chromium"):
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    readers = {
        "pypdf": read_pypdf,
        "pypdf-layout": read_pypdf_layout,
        "pdfminer.six": read_pdfminer,
    }
    try:
        import summarizer.text.pdf  # noqa: F401

        readers["summarizer"] = read_summarizer
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        print(
            f"{'pdf':<16}{'library':<14}{'sentences':>10}{'order':>8}{'headings':>10}{'time s':>8}"
        )
        shapes = {
            "one-column": page(1, False),
            "two-column": page(2, False),
            "two-col+toc": page(2, True),
            "grid-2-col": grid_page(),
        }
        for name, html in shapes.items():
            pdf = Path(folder) / f"{name}.pdf"
            print_pdf(html, pdf)
            for library, read in readers.items():
                started = time.perf_counter()
                text = read(pdf)
                took = time.perf_counter() - started
                found, order, headings = score(text)
                print(
                    f"{name:<16}{library:<14}{found:>10.0%}{order:>8.0%}{headings:>10.0%}{took:>8.2f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
