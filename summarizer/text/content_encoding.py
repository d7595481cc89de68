"""Undo a response's `Content-Encoding` with a bound on every layer's output.

httpx inflates a compressed body a whole network chunk at a time, so a small response
compressed twice (`Content-Encoding: gzip, gzip`) can expand to gigabytes before any
size check sees it. Here each layer inflates at most `_STEP` bytes per call and counts
what it has produced, so memory stays near `limit` whatever the input: a layer that
would produce more than `limit` bytes raises `InputError`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from summarizer.errors import InputError

SUPPORTED = ("gzip", "x-gzip", "deflate", "identity")
ACCEPT_ENCODING = "gzip, deflate"
_STEP = 64 * 1024


def encodings_of(header: str) -> list[str]:
    """The codings of a `Content-Encoding` header, in the order they were applied."""
    return [part.strip().lower() for part in header.split(",") if part.strip()]


def decode_body(
    raw: Iterable[bytes], codings: list[str], *, limit: int, name: str
) -> Iterator[bytes]:
    """The decoded body of a response whose raw bytes are `raw` and whose
    `Content-Encoding` lists `codings`; every layer is capped at `limit` bytes."""
    for coding in codings:
        if coding not in SUPPORTED:
            raise InputError(
                f"{name} is sent with Content-Encoding {coding}, which is not supported."
            )
    stream: Iterable[bytes] = raw
    for coding in reversed(codings):  # the last coding applied is undone first
        if coding != "identity":
            stream = _inflate(stream, coding, limit=limit, name=name)
    return iter(stream)


def _decompressor(coding: str, first: bytes) -> zlib._Decompress:
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    # "deflate" is zlib-wrapped by the standard, raw deflate by some servers.
    wrapped = len(first) >= 2 and (first[0] & 0x0F) == 8 and (first[0] << 8 | first[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)


def _inflate(pieces: Iterable[bytes], coding: str, *, limit: int, name: str) -> Iterator[bytes]:
    produced = 0
    decompressor: zlib._Decompress | None = None
    for piece in pieces:
        data = piece
        while data or decompressor is not None:
            if decompressor is None:
                decompressor = _decompressor(coding, data)
            try:
                out = decompressor.decompress(data, _STEP)
            except zlib.error as error:
                raise InputError(f"{name} is not valid {coding} data ({error}).") from error
            produced += len(out)
            if produced > limit:
                raise InputError(
                    f"{name} decompresses to over the {limit:,}-byte limit (Content-Encoding {coding})."
                )
            if out:
                yield out
            if decompressor.eof:
                # Another gzip member may follow (concatenated gzip is valid).
                data = decompressor.unused_data if coding != "deflate" else b""
                decompressor = None
                continue
            data = decompressor.unconsumed_tail
            if not data and len(out) < _STEP:
                break  # this piece is used up; wait for the next one
    if decompressor is not None:
        try:
            tail = decompressor.flush(_STEP)
        except zlib.error as error:
            raise InputError(f"{name} is not valid {coding} data ({error}).") from error
        produced += len(tail)
        if produced > limit:
            raise InputError(f"{name} decompresses to over the {limit:,}-byte limit.")
        if tail:
            yield tail
