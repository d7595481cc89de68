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
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from summarizer.errors import InputError

MAX_POLICY_BYTES = 5_000_000

PolicyFormat = Literal["text", "markdown", "html"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})

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


def load_bytes(data: bytes, name: str, suffix: str = "") -> PolicyDocument:
    """A policy from its raw bytes (a file's, or a web page's): `suffix` (".html", ".md",
    ...) says how to read it, as a file's extension would; HTML is also sniffed."""
    text, warnings = _decode(data, name)
    suffix = suffix.lower()
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
    """The visible text of an HTML page's policy (see `summarizer.text.html_text`)."""
    from summarizer.text.html_text import html_to_text as convert  # bs4: only for HTML

    return convert(html)


def _too_large(name: str, size: int) -> str:
    return f"{name} is {size:,} bytes, over the {MAX_POLICY_BYTES:,}-byte limit."


def _require_content(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name} is empty: nothing to label.")


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 first, then a byte-order mark, then charset-normalizer."""
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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = _detect(data, name)
        warnings.append(f"{name} is not valid UTF-8; decoded it as {encoding}.")
    if len(_CONTROL.findall(text)) > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(f"{name} is full of control characters: it looks like a binary file.")
    return text.removeprefix("\ufeff"), warnings


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
    return PolicyDocument(text=text, source=source, format="html", warnings=tuple(warnings))
