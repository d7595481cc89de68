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

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)
from charset_normalizer import from_bytes

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
    """The visible text of an HTML page's policy, with markdown-style headings and list
    items: the page's one `<main>` when it holds the policy, else the page without its
    navigation, site header and site footer (menus and "Do Not Sell" links are not
    policy statements). A page that is all chrome is kept whole."""
    soup = BeautifulSoup(html, "html.parser")
    whole = _HtmlText().render(soup)
    mains = soup.find_all(_is_main)
    if len(mains) == 1:
        main = _HtmlText().render(mains[0])
        if len(main) >= _MIN_MAIN_SHARE * len(whole):
            return main
    for chrome in soup.find_all(_is_chrome):
        if not chrome.decomposed:  # not already gone with an enclosing piece of chrome
            chrome.decompose()
    return _HtmlText().render(soup) or whole


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


# --- HTML to text -------------------------------------------------------------------

_DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object"}
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "header", "hgroup", "hr", "html", "legend", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
_BOLD_TAGS = frozenset({"b", "strong"})
_CELL_TAGS = frozenset({"td", "th"})
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_MAX_BOLD_HEADING_CHARS = 200


_MIN_MAIN_SHARE = 0.3
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_CONTENT_TAGS = frozenset({"main", "article"})


def _is_main(tag: Tag) -> bool:
    return tag.name == "main" or tag.get("role") == "main"


def _is_chrome(tag: Tag) -> bool:
    """Site navigation, or a header/footer of the page rather than of its content."""
    if tag.name == "nav" or tag.get("role") in _CHROME_ROLES:
        return True
    if tag.name in ("header", "footer"):
        return not any(parent.name in _CONTENT_TAGS or _is_main(parent) for parent in tag.parents)
    return False


class _HtmlText:
    """Walks a parsed page once (iteratively: deep nesting cannot overflow the stack)."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []
        self.has_text = False
        self.all_bold = True
        self.bold_depth = 0
        self.list_depth = 0
        self.prefix = ""

    def render(self, soup: Tag) -> str:
        stack: list[tuple[bool, object]] = [(False, child) for child in reversed(soup.contents)]
        while stack:
            leaving, node = stack.pop()
            if isinstance(node, Tag):
                if leaving:
                    self._leave(node)
                    continue
                name = node.name.lower()
                if name in _DROPPED_TAGS:
                    continue
                self._enter(node)
                stack.append((True, node))
                stack.extend((False, child) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
                self._add_text(str(node))
        self._flush()
        return "\n\n".join(self.blocks)

    def _enter(self, tag: Tag) -> None:
        name = tag.name.lower()
        if name in _HEADING_TAGS or name in _BLOCK_TAGS or name == "li":
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth += 1
            elif name == "li":
                self.prefix = "  " * max(self.list_depth - 1, 0) + "* "
        elif name == "br":
            self.parts.append("\n")
        elif name in _CELL_TAGS:
            if self.has_text:
                self.parts.append(" | ")
        elif name in _BOLD_TAGS:
            self.bold_depth += 1

    def _leave(self, tag: Tag) -> None:
        name = tag.name.lower()
        if name in _HEADING_TAGS:
            self._flush(heading_level=_HEADING_TAGS[name])
        elif name in _BLOCK_TAGS or name == "li":
            self._flush()
            if name in ("ul", "ol"):
                self.list_depth = max(self.list_depth - 1, 0)
            elif name == "li":
                self.prefix = ""
        elif name in _BOLD_TAGS:
            self.bold_depth = max(self.bold_depth - 1, 0)

    def _add_text(self, text: str) -> None:
        if text.strip():
            self.has_text = True
            if self.bold_depth == 0:
                self.all_bold = False
        self.parts.append(text.replace("\n", " "))

    def _flush(self, heading_level: int = 0) -> None:
        """Emit the text gathered since the last block boundary as one block."""
        raw, all_bold = "".join(self.parts), self.all_bold
        self.parts, self.has_text, self.all_bold = [], False, True
        lines = [_INLINE_SPACE.sub(" ", line).strip() for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        prefix, self.prefix = self.prefix, ""
        if heading_level:
            self.blocks.append("#" * heading_level + " " + " ".join(lines))
            return
        body = "\n".join(lines)
        if all_bold and not prefix and len(body) <= _MAX_BOLD_HEADING_CHARS:
            body = f"**{' '.join(lines)}**"
        self.blocks.append(prefix + body)
