"""JSON input: one object per line (JSONL/NDJSON), a JSON array of objects, or concatenated
(pretty-printed) objects. Records are streamed; a bad line is skipped with its line number.

The layout is decided from the data, never from the first line alone parsing: a first line
that is not a value by itself is read as one pretty-printed value only when the text from
there really decodes as one value spanning several lines; otherwise it is a bad JSONL line
and every later line is still read."""

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
TOO_DEEP = "nested too deeply"


def _peek(stream: TextIO, whole_line: bool) -> tuple[str, int]:
    """(text read so far, offset of the first non-blank character, or -1 when there is none).

    The first line is read whole when it starts with ``{`` or when ``whole_line`` (JSONL);
    a ``[`` array in a .json file may be one enormous line and is left to stream.
    """
    head = ""
    while not head.strip():
        chunk = stream.read(CHUNK)
        if not chunk:
            return head, -1
        head += chunk
    start = len(head) - len(head.lstrip())
    if (whole_line or head[start] == "{") and "\n" not in head[start:]:
        head += stream.readline()  # complete the first line (one JSONL record)
    return head, start


def _decode_line(text: str) -> object:
    """One JSON value; a too deeply nested one is a JSONDecodeError like any bad line."""
    try:
        return _DECODER.decode(text)
    except RecursionError:
        return json.JSONDecodeError(TOO_DEEP, text, 0)
    except json.JSONDecodeError as error:
        return error


def _spans_lines(stream: TextIO, head: str, start: int) -> tuple[str, bool]:
    """Whether the text from ``start`` decodes as one value (a pretty-printed object), reading
    more of the stream while the only trouble is that the value is cut off; (head, answer)."""
    while True:
        try:
            _DECODER.raw_decode(head, start)
            return head, True
        except RecursionError:
            return head, False
        except json.JSONDecodeError as error:
            cut_off = len(head) - error.pos <= 8 or error.msg.startswith("Unterminated string")
            if not cut_off or len(head) - start >= MAX_VALUE:
                return head, False
        data = stream.read(max(CHUNK, len(head)))  # doubling: few re-decodes of the head
        if not data:
            return head, False
        head += data


def _layout(stream: TextIO, head: str, start: int, line_delimited: bool) -> tuple[str, bool]:
    """(head, True for one value per line / False for an array or concatenated values)."""
    if head[start] == "[" and not line_delimited:
        return head, False
    value = _decode_line(head[start:].split("\n", 1)[0])
    if isinstance(value, json.JSONDecodeError):
        if value.msg == TOO_DEEP:
            return head, True
        head, one_value = _spans_lines(stream, head, start)
        return head, not one_value
    return head, line_delimited or isinstance(value, dict)


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
        except RecursionError:
            yield line(), fail(TOO_DEEP)
            return
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
        if text.strip():
            yield number, _decode_line(text)


def read_json(
    display: str,
    stem: str,
    stream: TextIO,
    columns: Mapping[str, str] | None,
    problems: Problems,
    line_delimited: bool = False,
) -> Iterator[Article]:
    """Stream the articles of one JSON/JSONL source (``line_delimited``: a .jsonl/.ndjson
    name, where a complete first line is always one record)."""
    head, start = _peek(stream, line_delimited)
    if start < 0:
        raise SkipFile("empty file")
    head, by_line = _layout(stream, head, start, line_delimited)
    if by_line:
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
        except RecursionError:  # a deep value inside the record (e.g. as its date)
            problems.skip(origin, f"invalid JSON ({TOO_DEEP})")
