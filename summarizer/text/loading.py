"""Read a privacy policy from a file, bytes or memory into one `PolicyDocument`.

Evidence offsets index `PolicyDocument.text`, so this module decides once what that
text is:

- `.txt`, `.md` and unknown extensions: the file's bytes decoded, nothing else. No
  newline translation (`\\r\\n` stays), no whitespace clean-up. The one exception is a
  leading byte-order mark, which belongs to the encoding and is dropped; `summarizer
  text FILE` prints this same text, so offsets and printed text always agree.
  Bytes that are not UTF-8 are decoded with the encoding charset-normalizer detects,
  and a warning names it.
- `.html`, `.htm` (or any file whose content starts like an HTML document): the
  visible text of the policy (the page's `<main>`, or the page without navigation,
  site header and footer), extracted with BeautifulSoup, as markdown-ish plain text: headings
  become `#` lines, block elements become paragraphs separated by blank lines, list
  items become `* ` lines, and a paragraph that is bold throughout becomes `**...**`
  so the chunker sees it as a heading. Whitespace is normalised in HTML output only.
  The page's `<title>` and `og:site_name` are kept beside the text (for the service's
  name); `webpage` decides which parts of the page are the policy.
- `.pdf` (or any file that starts with `%PDF-`): the text layer, headings recovered from
  font sizes (`pdf`).
- `.docx` (or a ZIP holding `word/document.xml`): paragraphs and tables, heading styles
  as `#` lines (`docx`).

Charset: a byte-order mark, then the charset the server declared (HTTP header), then an
HTML page's `<meta charset>`, then UTF-8, then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import html as html_module
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from summarizer.errors import InputError

__all__ = [
    "MAX_POLICY_BYTES",
    "PolicyDocument",
    "html_to_text",
    "load_bytes",
    "load_policy",
    "load_stdin",
    "load_text",
    "looks_like_html",
]

MAX_POLICY_BYTES = 5_000_000

PolicyFormat = Literal["text", "markdown", "html", "pdf", "docx"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
PDF_SUFFIXES = frozenset({".pdf"})

# Share of control characters (other than tab, newline, carriage return, form feed)
# above which decoded bytes are taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.01
_PREFERRED_LEGACY = "cp1252"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class PolicyDocument:
    """The text a label is built from; evidence offsets index `text`."""

    text: str
    source: str | None
    format: PolicyFormat
    warnings: tuple[str, ...] = ()
    title: str | None = None  # an HTML page's <title> or a PDF's Title
    site_name: str | None = None  # an HTML page's og:site_name / application-name


def load_policy(path: str | Path) -> PolicyDocument:
    """Read the policy at `path`. Raises `InputError` with one sentence on bad input."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"No such file: {path}.")
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a policy file.")
    try:
        size = path.stat().st_size
        if size > MAX_POLICY_BYTES:
            raise InputError(_too_large(str(path), size))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}.") from error
    if len(data) > MAX_POLICY_BYTES:  # the file grew between stat() and read
        raise InputError(_too_large(str(path), len(data)))

    return load_bytes(data, str(path), path.suffix)


STDIN_NAME = "stdin"


def load_stdin(stream: BinaryIO | None = None) -> PolicyDocument:
    """The policy piped to standard input (`summarizer label -`), read as a file of
    unknown extension would be: PDF and HTML are sniffed, anything else is text."""
    if stream is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("'-' reads the policy from standard input, but nothing is piped in.")
        stream = sys.stdin.buffer
    try:
        data = stream.read(MAX_POLICY_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read standard input: {error.strerror or error}.") from error
    if len(data) > MAX_POLICY_BYTES:
        raise InputError(f"standard input is over the {MAX_POLICY_BYTES:,}-byte limit.")
    return load_bytes(data, STDIN_NAME)


def load_bytes(
    data: bytes, name: str, suffix: str = "", *, declared_charset: str | None = None
) -> PolicyDocument:
    """A policy from its raw bytes (a file's, or a web page's): `suffix` (".html", ".md",
    ".pdf", ...) says how to read it, as a file's extension would; HTML and PDF are also
    sniffed. `declared_charset` is the charset a server declared for the bytes."""
    suffix = suffix.lower()
    if suffix in PDF_SUFFIXES or data[:1024].lstrip().startswith(b"%PDF-"):
        return _from_pdf(data, name)
    if suffix == ".docx" or data.startswith(b"PK\x03\x04"):
        from summarizer.text.docx import looks_like_docx

        if suffix == ".docx" or looks_like_docx(data):
            return _from_docx(data, name)
    head = data[:2048].lstrip().lower()
    html_like = suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html", b"<?xml"))
    text, warnings = _decode(data, name, declared_charset, sniff_meta=html_like)
    if suffix in HTML_SUFFIXES:
        return _from_html(text, name, name, warnings)
    if looks_like_html(text):
        warnings.append(f"{name} looks like an HTML document; its visible text was extracted.")
        return _from_html(text, name, name, warnings)
    _require_content(text, name)
    fmt: PolicyFormat = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    return PolicyDocument(text=text, source=name, format=fmt, warnings=tuple(warnings))


def load_text(
    text: str, source: str | None = None, format: PolicyFormat = "text"
) -> PolicyDocument:
    """Wrap text given in memory (Python API, JSONL input).

    `format="html"` extracts the visible text as `load_policy` does for `.html`
    files; other formats keep `text` unchanged (a leading byte-order mark aside).
    """
    name = source or "the policy text"
    if len(text) > MAX_POLICY_BYTES:
        raise InputError(
            f"{name} has {len(text):,} characters, over the {MAX_POLICY_BYTES:,}-character limit."
        )
    if "\x00" in text:
        raise InputError(f"{name} contains NUL characters: it looks like binary data, not text.")
    text = text.removeprefix("\ufeff")
    if format == "html":
        return _from_html(text, name, source, [])
    _require_content(text, name)
    return PolicyDocument(text=text, source=source, format=format)


def looks_like_html(text: str) -> bool:
    """True when `text` starts like an HTML document (doctype, `<html>`, `<head>`, `<body>`)."""
    head = text[:2048].lstrip().lower()
    if head.startswith("<?xml"):
        return "<html" in head
    return head.startswith(("<!doctype html", "<html", "<head", "<body"))


def html_to_text(html: str) -> str:
    """The policy text of an HTML page (see `summarizer.text.webpage`)."""
    from summarizer.text.webpage import html_to_text as convert  # bs4, readability: only for HTML

    return convert(html)


def _too_large(name: str, size: int) -> str:
    return f"{name} is {size:,} bytes, over the {MAX_POLICY_BYTES:,}-byte limit."


def _require_content(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name} is empty: nothing to label.")


def _decode(
    data: bytes, name: str, declared: str | None = None, *, sniff_meta: bool = False
) -> tuple[str, list[str]]:
    """Bytes to text: a byte-order mark, the declared charset, an HTML `<meta charset>`
    (when `sniff_meta`), UTF-8, then charset-normalizer."""
    warnings: list[str] = []
    if not data.strip():
        raise InputError(f"{name} is empty: nothing to label.")
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff"), warnings
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but cannot be decoded as {encoding.upper()}."
                ) from error
    if b"\x00" in data:
        raise InputError(f"{name} contains NUL bytes: it looks like a binary file, not text.")
    text: str | None = None
    for label in (declared, _meta_charset(data) if sniff_meta else None):
        codec = _codec(label)
        if codec is None:
            continue
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError:
            warnings.append(f"{name} is not valid {label} as declared; guessed its encoding.")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _detect(data, name)
            warnings.append(f"{name} is not valid UTF-8; decoded it as {encoding}.")
    if len(_CONTROL.findall(text)) > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(f"{name} is full of control characters: it looks like a binary file.")
    return text.removeprefix("\ufeff"), warnings


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# What browsers read these labels as (WHATWG Encoding Standard).
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (`<meta charset>` or
    `<meta http-equiv="Content-Type" content="...; charset=...">`)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a declared charset label; None when unknown or UTF-16/32
    (a page served as UTF-16 without a byte-order mark is rare and often mislabelled)."""
    if not label:
        return None
    label = label.strip().lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer: (text, encoding name).

    On short texts its first guess among equally clean decodings is often an
    unusual code page (cp775 for French); Windows-1252, by far the most common
    legacy encoding of web pages, wins whenever it decodes the bytes as cleanly.
    """
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(
            f"{name} cannot be decoded as text in any known encoding: it looks like a binary file."
        )
    for match in matches:
        if match.chaos <= best.chaos and _PREFERRED_LEGACY in match.could_be_from_charset:
            try:
                return data.decode(_PREFERRED_LEGACY), _PREFERRED_LEGACY
            except UnicodeDecodeError:
                break
    return str(best), best.encoding


def _from_html(html: str, name: str, source: str | None, warnings: list[str]) -> PolicyDocument:
    text = html_to_text(html)
    if not text.strip():
        raise InputError(
            f"{name} is empty: nothing to label (the HTML has no visible text; a page that "
            "JavaScript fills in must be saved from a browser first)."
        )
    title, site_name = page_names(html)
    return PolicyDocument(
        text=text,
        source=source,
        format="html",
        warnings=tuple(warnings),
        title=title,
        site_name=site_name,
    )


def _from_pdf(data: bytes, name: str) -> PolicyDocument:
    from summarizer.text.pdf import pdf_to_text

    read = pdf_to_text(data, name)
    return PolicyDocument(text=read.text, source=name, format="pdf", title=read.title)


def _from_docx(data: bytes, name: str) -> PolicyDocument:
    from summarizer.text.docx import docx_to_text

    text, title = docx_to_text(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty: the Word document has no text.")
    return PolicyDocument(text=text, source=name, format="docx", title=title)


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_SITE_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")


def page_names(html: str) -> tuple[str | None, str | None]:
    """An HTML page's `<title>` and its site name (`og:site_name`, `application-name`),
    entities decoded and whitespace collapsed; None when absent."""
    head = html[:200_000]
    title_match = _TITLE_TAG.search(head)
    title = " ".join(html_module.unescape(title_match.group(1)).split()) if title_match else ""
    site = ""
    for tag in _META_TAG.findall(head):
        attributes = {
            key.lower(): next((value for value in values if value), "")
            for key, *values in _ATTRIBUTE.findall(tag)
        }
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        if key in _SITE_NAME_KEYS and attributes.get("content", "").strip():
            site = " ".join(html_module.unescape(attributes["content"]).split())
            if key == "og:site_name":
                break
    return (title[:200] or None), (site[:120] or None)
