"""What the label form sends, checked and turned into a policy to read.

A policy comes from exactly one of: pasted text, an uploaded file, a URL. Sizes are
checked here, before any work starts, with messages a reader can act on. Reading the
policy (`read_policy`) is left to the job, as it may take a while (a web page, a big
HTML file); it goes through the same loaders and fetcher as the CLI.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal

from summarizer.errors import InputError
from summarizer.text import loading
from summarizer.text.fetching import fetch_policy, is_url
from summarizer.text.loading import MAX_POLICY_BYTES, PolicyDocument, load_bytes

DEFAULT_PASTE_CHARS = 1_000_000
DEFAULT_UPLOAD_BYTES = MAX_POLICY_BYTES
MAX_URL_CHARS = 2_000
# Form fields other than the policy (CSRF token, engine, key, URL) and multipart framing.
FORM_OVERHEAD_BYTES = 64_000
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
PDF_SUFFIX = ".pdf"

SourceKind = Literal["paste", "upload", "url"]


class TooLargeError(InputError):
    """The policy sent is over the page's size limit."""


@dataclass(frozen=True)
class WebLimits:
    """How much a visitor may send. The request as a whole is capped a little above."""

    paste_chars: int = DEFAULT_PASTE_CHARS
    upload_bytes: int = DEFAULT_UPLOAD_BYTES

    @property
    def request_bytes(self) -> int:
        # a pasted character is at most 4 bytes of UTF-8
        return max(self.paste_chars * 4, self.upload_bytes) + FORM_OVERHEAD_BYTES


@dataclass(frozen=True)
class PolicySource:
    """One policy to read: pasted text, a file's bytes, or a URL."""

    kind: SourceKind
    name: str
    text: str = ""
    data: bytes = b""
    suffix: str = ""


def pdf_supported() -> bool:
    """Whether the loader reads PDF files (the CLI's loader decides, not this page)."""
    return PDF_SUFFIX in getattr(loading, "PDF_SUFFIXES", ())


def accepted_suffixes() -> tuple[str, ...]:
    return (*TEXT_SUFFIXES, PDF_SUFFIX) if pdf_supported() else TEXT_SUFFIXES


def source_from_form(
    *, pasted: str, filename: str, data: bytes, url: str, limits: WebLimits
) -> PolicySource:
    """The one policy the form names. Raises `InputError` with a message for the page."""
    given = [
        kind
        for kind, present in (("paste", pasted.strip()), ("upload", filename), ("url", url.strip()))
        if present
    ]
    if not given:
        raise InputError("Paste a policy, choose a file, or give a URL.")
    if len(given) > 1:
        raise InputError(f"Give one policy at a time (you gave {' and '.join(given)}).")
    if given[0] == "paste":
        if len(pasted) > limits.paste_chars:
            raise TooLargeError(
                f"The pasted text has {len(pasted):,} characters; the limit is "
                f"{limits.paste_chars:,}. Save it as a file and run `summarizer label` instead."
            )
        return PolicySource(kind="paste", name="pasted text", text=pasted)
    if given[0] == "upload":
        return _upload_source(filename, data, limits)
    return _url_source(url.strip())


def _upload_source(filename: str, data: bytes, limits: WebLimits) -> PolicySource:
    name = clean_filename(filename)
    suffix = PurePath(name).suffix.lower()
    if suffix == PDF_SUFFIX and not pdf_supported():
        raise InputError(
            f"{name}: PDF files are not supported yet. Save the policy as .txt or .html, "
            "or copy its text and paste it."
        )
    if suffix not in accepted_suffixes():
        shown = ", ".join(accepted_suffixes())
        raise InputError(f"{name}: upload a {shown} file (this one is {suffix or 'untyped'}).")
    if len(data) > limits.upload_bytes:
        raise TooLargeError(
            f"{name} is {len(data):,} bytes; the upload limit is {limits.upload_bytes:,} bytes."
        )
    if not data:
        raise InputError(f"{name} is empty.")
    return PolicySource(kind="upload", name=name, data=data, suffix=suffix)


def _url_source(url: str) -> PolicySource:
    if len(url) > MAX_URL_CHARS:
        raise InputError(f"The URL is over {MAX_URL_CHARS:,} characters.")
    if not is_url(url) or any(ch.isspace() for ch in url):
        raise InputError("Give a web address starting with http:// or https://.")
    return PolicySource(kind="url", name=url, text=url)


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


def clean_filename(filename: str) -> str:
    """The file's own name (no folders a browser may send), printable, at most 120 characters."""
    base = re.split(r"[\\/]", filename)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch) not in ("Cc", "Cf"))
    base = _UNSAFE_NAME.sub("", base).strip() or "upload"
    if len(base) > 120:
        stem, suffix = PurePath(base).stem, PurePath(base).suffix[:16]
        base = stem[: 120 - len(suffix)] + suffix
    return base


def read_policy(source: PolicySource, *, allow_private_network: bool = False) -> PolicyDocument:
    """Read the policy as the CLI would: the same loader, the same fetcher and its rules
    (a URL on a private network only with `allow_private_network`, as on the CLI)."""
    if source.kind == "url":
        return fetch_policy(source.text, allow_private_network=allow_private_network)
    if source.kind == "upload":
        return load_bytes(source.data, source.name, source.suffix)
    return load_bytes(source.text.encode("utf-8"), source.name, "")
