"""CSV and TSV input: a header row (id,date,title,text,source,url, or renamed via ``columns``)
and one article per row, streamed."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Mapping
from typing import TextIO

from ..records import Article
from .decode import clean_text
from .fields import BadRecord, make_article, resolve_keys
from .problems import Problems, SkipFile

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # whole articles sit in one field


def read_table(
    display: str,
    stem: str,
    stream: TextIO,
    columns: Mapping[str, str] | None,
    problems: Problems,
    delimiter: str = ",",
) -> Iterator[Article]:
    """Stream the rows of one CSV/TSV source as articles."""
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise SkipFile(f"bad CSV header ({error})") from None
    while header is not None and not any(cell.strip() for cell in header):
        header = next(reader, None)
    if header is None:
        raise SkipFile("empty file")
    header = [clean_text(cell).strip() for cell in header]
    keys = resolve_keys(header, columns)
    present = set(header)
    missing = [f"{name}={key!r}" for name, key in keys.items() if key not in present]
    if "text" not in keys:
        raise SkipFile(f"no text column (columns: {', '.join(header)}); use a columns mapping")
    if missing:
        found = ", ".join(header)
        raise SkipFile(f"column(s) not in header: {', '.join(missing)} (columns: {found})")
    index = {key: header.index(key) for key in keys.values()}
    last = reader.line_num
    while True:
        start = last + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.skip(f"{display}:{start}", f"bad CSV row ({error})")
            last = reader.line_num
            continue
        last = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        origin = f"{display}:{start}"
        if len(row) > len(header):
            problems.skip(origin, f"{len(row)} fields but the header has {len(header)}")
            continue
        record = {key: row[i] for key, i in index.items() if i < len(row)}
        try:
            yield make_article(record, keys, f"{stem}:{start}", origin)
        except BadRecord as error:
            problems.skip(origin, str(error))
