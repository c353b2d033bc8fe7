"""``read_articles``: walk the inputs (files, directories, ``-`` for stdin), pick a reader by
extension and stream Articles, reporting every bad file or record through ``Problems``."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import BinaryIO

from ..records import Article
from .decode import clean_text, open_binary, read_all_text, text_stream
from .fields import FIELDS, BadRecord
from .html import extract_page
from .jsonl import read_json
from .problems import Problems, SkipFile
from .tabular import read_table
from .text import text_article
from .warc import read_warc

READ_ERRORS = (OSError, EOFError, zlib.error)  # unreadable disk data, cut-off or bad gzip
KINDS = {
    ".txt": "text", ".jsonl": "json", ".ndjson": "json", ".json": "json",
    ".csv": "csv", ".tsv": "tsv", ".html": "html", ".htm": "html",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip
_STR_FIELDS = ("id", "text", "title", "source", "url", "origin")
_SURROGATE = re.compile("[\ud800-\udfff]")


def split_name(path: str) -> tuple[str, str]:
    """(stem, extension) with ``.gz`` looked through: ``a/x.jsonl.gz`` -> ("x", ".jsonl")."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, ext = os.path.splitext(name)
    return stem or name, ext.lower()


def _walk(directory: str) -> Iterator[str]:
    """Files under ``directory`` in path order (a.txt, b/1.txt, c.txt); hidden ones left out."""
    with os.scandir(directory) as entries:
        visible = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    for entry in visible:
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def storable(article: Article) -> Article:
    """The article with any lone surrogate (from a JSON ``\\ud800`` escape, an undecodable file
    name or a ``surrogateescape`` stdin) replaced by U+FFFD, so it always encodes as UTF-8."""
    fields = {name: getattr(article, name) for name in _STR_FIELDS}
    bad = {k: v for k, v in fields.items() if isinstance(v, str) and _SURROGATE.search(v)}
    if not bad:
        return article
    return dataclasses.replace(
        article, **{k: _SURROGATE.sub("\ufffd", v) for k, v in bad.items()}
    )


def _read_file(path: str, columns, problems: Problems) -> Iterator[Article]:
    stem, ext = split_name(path)
    kind = KINDS[ext]
    if kind == "warc":
        with open(path, "rb") as raw:  # warcio handles gzip itself
            yield from read_warc(path, path, raw, problems)
        return
    with open_binary(path) as raw:
        if kind == "json":
            stream = text_stream(raw, newline="\n")
            by_line = ext in (".jsonl", ".ndjson")
            yield from read_json(path, stem, stream, columns, problems, by_line)
        elif kind in ("csv", "tsv"):
            stream = text_stream(raw, newline="")
            delimiter = "\t" if kind == "tsv" else ","
            yield from read_table(path, stem, stream, columns, problems, delimiter)
        elif kind == "text":
            yield text_article(read_all_text(raw), stem, path)
        else:
            page = extract_page(read_all_text(raw))
            if page is None:
                raise BadRecord("no article text found in the page")
            yield Article(stem, page.text, page.date, page.title, page.source, page.url, path)


def _read_stdin(columns, problems: Problems) -> Iterator[Article]:
    buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    stream = text_stream(buffer, newline="\n") if buffer is not None else sys.stdin
    head = ""
    while not head.strip():
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        head += chunk
    if head.lstrip()[:1] in ("{", "["):
        yield from read_json("stdin", "stdin", _Chain(head, stream), columns, problems)
    else:
        yield text_article(clean_text(head + stream.read()), "stdin", "stdin")


class _Chain(io.TextIOBase):
    """Text already read (``head``) followed by the rest of a text stream."""

    def __init__(self, head: str, rest):
        self._head = head
        self._rest = rest

    def readline(self, size: int = -1) -> str:  # type: ignore[override]
        if not self._head:
            return self._rest.readline()
        cut = self._head.find("\n") + 1
        if cut:
            line, self._head = self._head[:cut], self._head[cut:]
            return line
        line, self._head = self._head, ""
        return line + self._rest.readline()

    def read(self, size: int | None = -1) -> str:  # type: ignore[override]
        if size is None or size < 0:
            text, self._head = self._head + self._rest.read(), ""
            return text
        if self._head:
            text, self._head = self._head[:size], self._head[size:]
            return text
        return self._rest.read(size)


def _guarded(origin: str, articles: Callable[[], Iterator[Article]], problems: Problems):
    """Run one input's reader, turning file-level problems into one skip line each."""
    try:
        yield from articles()
    except SkipFile as error:
        problems.skip(origin, error.reason)
    except BadRecord as error:
        problems.skip(origin, str(error))
    except FileNotFoundError:
        problems.skip(origin, "no such file")
    except PermissionError:
        problems.skip(origin, "permission denied")
    except READ_ERRORS as error:
        problems.skip(origin, f"read error ({error}); rest of the file skipped")


def _inputs(inputs: Sequence[str], problems: Problems) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for path in _walk(item):
                if split_name(path)[1] in KINDS:
                    yield path
                else:
                    problems.ignored += 1
        elif not os.path.exists(item):
            problems.skip(item, "no such file")
        elif split_name(item)[1] not in KINDS:
            problems.skip(item, f"unsupported file type {split_name(item)[1] or '(none)'!r}")
        else:
            yield item


def read_articles(
    inputs: Sequence[str],
    *,
    columns: Mapping[str, str] | None = None,
    problems: Problems | None = None,
) -> Iterator[Article]:
    """Stream the articles of every input, in order (directories recursively, sorted).

    ``columns`` renames fields for CSV/TSV (and JSON) input, e.g. ``{"text": "body"}``.
    Bad files and records are reported through ``problems`` and skipped; a bad ``columns``
    mapping raises ValueError at once.
    """
    if isinstance(inputs, str):
        raise TypeError("inputs must be a sequence of paths, not a single string")
    unknown = sorted(set(columns or {}) - set(FIELDS))
    if unknown:
        raise ValueError(
            f"unknown field(s) in columns mapping: {', '.join(unknown)} "
            f"(known: {', '.join(FIELDS)})"
        )
    return _generate(list(inputs), columns, problems if problems is not None else Problems())


def _generate(inputs, columns, problems: Problems) -> Iterator[Article]:
    for item in _inputs(inputs, problems):
        problems.files += 1
        if item == "-":
            articles = _guarded("stdin", lambda: _read_stdin(columns, problems), problems)
        else:
            articles = _guarded(
                item, lambda item=item: _read_file(item, columns, problems), problems
            )
        for article in articles:
            problems.read += 1
            yield storable(article)
