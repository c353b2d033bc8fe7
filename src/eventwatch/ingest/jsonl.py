"""JSON input: one object per line (JSONL/NDJSON), a JSON array of objects, or concatenated
(pretty-printed) objects. Records are streamed; a bad line is skipped with its line number."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from ..records import Article
from .fields import BadRecord, make_article, resolve_keys
from .problems import Problems, SkipFile

CHUNK = 1 << 16
MAX_VALUE = 64 << 20  # give up on a single JSON value larger than this
_WS = " \t\r\n"
_DECODER = json.JSONDecoder(strict=False)


def _peek(stream: TextIO) -> tuple[str, str]:
    """(text read so far, first non-blank line stripped); reads whole lines only when the
    input starts with ``{`` (a ``[`` array may be one enormous line)."""
    head = ""
    while not head.strip():
        chunk = stream.read(CHUNK)
        if not chunk:
            return head, ""
        head += chunk
    start = len(head) - len(head.lstrip())
    if head[start] == "{" and "\n" not in head[start:]:
        head += stream.readline()  # complete the first line (one JSONL record)
    return head, head[start:].split("\n", 1)[0].strip()


def _iter_values(stream: TextIO, prefix: str) -> Iterator[tuple[int, object]]:
    """Yield (line, value) for a top-level JSON array's items or for concatenated values.

    A value that cannot be decoded is yielded as a ``json.JSONDecodeError`` and ends the stream
    (there is no safe place to resynchronise).
    """
    buf, pos, eof, line_base = prefix, 0, False, 1

    def more() -> bool:
        nonlocal buf, pos, eof, line_base
        data = stream.read(CHUNK)
        eof = not data
        line_base += buf.count("\n", 0, pos)
        buf, pos = buf[pos:] + data, 0
        return not eof

    def skip_ws() -> bool:  # False at end of input
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _WS:
                pos += 1
            if pos < len(buf):
                return True
            if not more():
                return False

    def line() -> int:
        return line_base + buf.count("\n", 0, pos)

    def fail(message: str) -> json.JSONDecodeError:
        return json.JSONDecodeError(message, buf, pos)

    if not skip_ws():
        return
    in_array = buf[pos] == "["
    if in_array:
        pos += 1
        if skip_ws() and buf[pos] == "]":
            return
    while skip_ws():
        try:
            value, end = _DECODER.raw_decode(buf, pos)
            if end == len(buf) and not eof and not isinstance(value, (dict, list, str)):
                raise json.JSONDecodeError("value may continue", buf, end)  # e.g. a cut number
        except json.JSONDecodeError as error:
            if not eof and len(buf) - pos < MAX_VALUE and more():
                continue  # probably cut off by the chunk boundary: read more and retry
            yield line(), error
            return
        yield line(), value
        pos = end
        if not in_array:
            continue
        if not skip_ws():
            yield line(), fail("unexpected end of file inside the array (missing ']')")
            return
        if buf[pos] == "]":
            return
        if buf[pos] != ",":
            yield line(), fail("expected ',' or ']' after an array item")
            return
        pos += 1
    if in_array:
        yield line(), fail("unexpected end of file inside the array (missing ']')")


def _iter_lines(lines: Iterable[str]) -> Iterator[tuple[int, object]]:
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            yield number, _DECODER.decode(text)
        except json.JSONDecodeError as error:
            yield number, error


def read_json(
    display: str,
    stem: str,
    stream: TextIO,
    columns: Mapping[str, str] | None,
    problems: Problems,
) -> Iterator[Article]:
    """Stream the articles of one JSON/JSONL source."""
    head, first = _peek(stream)
    if not first:
        raise SkipFile("empty file")
    if first.startswith("{") and first.endswith("}"):
        parts = head.split("\n")  # not splitlines(): U+2028 etc. may sit inside strings
        lines = [part + "\n" for part in parts[:-1]]
        if parts[-1]:
            lines.append(parts[-1] + stream.readline())  # the chunk stopped mid-line
        values = _iter_lines(itertools.chain(lines, stream))
    else:
        values = _iter_values(stream, head)
    for number, value in values:
        origin = f"{display}:{number}"
        if isinstance(value, json.JSONDecodeError):
            problems.skip(origin, f"invalid JSON ({value.msg})")
            continue
        if not isinstance(value, dict):
            problems.skip(origin, f"not a JSON object (found {type(value).__name__})")
            continue
        try:
            keys = resolve_keys(list(value), columns, strict=False)
            yield make_article(value, keys, f"{stem}:{number}", origin)
        except BadRecord as error:
            problems.skip(origin, str(error))
