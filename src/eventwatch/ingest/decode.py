"""Opening input files: transparent gzip, encoding detection and text clean-up."""

from __future__ import annotations

import codecs
import gzip
import io
import re
from typing import BinaryIO

import charset_normalizer

from .problems import SkipFile

SAMPLE_SIZE = 64 * 1024
# C0 controls except \t and \n, DEL, C1 controls, stray byte-order marks.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves, e.g. from a JSON "\\ud800" escape
_BINARY_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])


def clean_text(text: str) -> str:
    """Normalise newlines (CRLF, CR) to \\n, drop NUL and other control characters and
    replace lone surrogates (not encodable as UTF-8) by U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def open_binary(path: str) -> BinaryIO:
    """The file's bytes, gunzipped when the name ends in .gz."""
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


class _Prefixed(io.RawIOBase):
    """A byte stream that replays an already-read sample before the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def detect_encoding(sample: bytes, complete: bool) -> str:
    """The encoding of ``sample`` (the start of a file); SkipFile when it looks binary."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample and sum(sample.count(b) for b in _BINARY_BYTES) / len(sample) > 0.05:
        raise SkipFile("binary file, not text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None:
        raise SkipFile("undecodable file (not UTF-8 and no other encoding fits)")
    # Short Western texts tie between several code pages; prefer the common one.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos:
            return "cp1252"
    return best.encoding


def text_stream(raw: BinaryIO, newline: str | None = None) -> io.TextIOWrapper:
    """Wrap a byte stream as text in its detected encoding (bad bytes become U+FFFD)."""
    sample = raw.read(SAMPLE_SIZE)
    encoding = detect_encoding(sample, complete=len(sample) < SAMPLE_SIZE)
    buffered = io.BufferedReader(_Prefixed(sample, raw))
    return io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline=newline)


def read_all_text(raw: BinaryIO) -> str:
    """The whole (small) file as cleaned text."""
    data = raw.read()
    encoding = detect_encoding(data[:SAMPLE_SIZE], complete=len(data) <= SAMPLE_SIZE)
    return clean_text(data.decode(encoding, errors="replace"))
