"""Web archives (WARC/ARC, optionally gzipped): each HTML response record is one article."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..records import Article
from .dates import parse_date
from .html import extract_page
from .problems import Problems

HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_TYPES = ("response", "resource")


def _content_type(record) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.lower()


def _decode(payload: bytes, content_type: str) -> str | bytes:
    """Use the charset the server declared; otherwise let trafilatura sniff the bytes."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            try:
                return payload.decode(value.strip("\"'"))
            except (LookupError, UnicodeDecodeError):
                break
    return payload


class _GzipMembers:
    """The raw archive as warcio reads it, noting where each complete gzip member ends.

    warcio decompresses a cut-off member without complaint (the record's text may even be
    whole while its gzip trailer is missing), so completeness is checked here, on the same
    bytes, with one extra decompression and no extra reading."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.pos = 0
        self.complete = 0  # offset just past the last complete member
        self._inflate: zlib._Decompress | None = zlib.decompressobj(31)

    def tell(self) -> int:
        return self.pos

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.pos += len(data)
        rest = data
        while rest and self._inflate is not None:
            try:
                self._inflate.decompress(rest)
            except zlib.error:
                self._inflate = None  # damaged: nothing after this member counts as complete
                break
            if not self._inflate.eof:
                break
            rest = self._inflate.unused_data
            self.complete = self.pos - len(rest)
            self._inflate = zlib.decompressobj(31)
        return data


def read_warc(path: str, display: str, raw: BinaryIO, problems: Problems) -> Iterator[Article]:
    """Stream the HTML pages of an archive; report a corrupt or truncated tail once."""
    size = os.path.getsize(path)
    gzipped = raw.read(2) == b"\x1f\x8b"
    raw.seek(0)
    members = _GzipMembers(raw) if gzipped else None
    iterator = ArchiveIterator(members or raw, arc2warc=True)
    records = iter(iterator)
    number = 0
    end = 0  # offset just past the last complete record
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as error:  # warcio raises assorted errors on damaged archives
            detail = str(error)
            if detail.startswith("Unknown archive format"):
                detail = "not a WARC or ARC file"
            reason = f"corrupt archive ({detail[:120]}); rest skipped"
            problems.skip(f"{display}#record {number + 1}", reason)
            return
        number += 1
        origin = f"{display}#record {number}"
        if not (record.rec_headers.get_header("Content-Length") or "").strip():
            # every WARC record declares its length: a header block cut short, or damage
            problems.skip(origin, "record header cut off or damaged; rest of archive skipped")
            return
        content_type = _content_type(record)
        is_html = record.rec_type in _RECORD_TYPES and content_type.startswith(HTML_TYPES)
        try:
            payload = record.content_stream().read() if is_html else b""
            while record.raw_stream.read(1 << 16):  # drain whatever was not needed
                pass
        except Exception as error:  # damaged body or content encoding
            problems.skip(origin, f"unreadable record ({error}); rest of archive skipped")
            return
        if getattr(record.raw_stream, "limit", 0) > 0:
            problems.skip(origin, "archive truncated inside this record; rest skipped")
            return
        end = iterator.get_record_offset() + iterator.get_record_length()
        if members is not None and members.complete < end:
            problems.skip(origin, "archive truncated inside this record; rest skipped")
            return
        if not is_html:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        page = extract_page(_decode(payload, content_type), url=url)
        if page is None:
            problems.skip(origin, f"no article text found in {url or 'page'}")
            continue
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
        warc_date = parse_date(record.rec_headers.get_header("WARC-Date") or "")
        yield Article(
            id=record_id or url or f"{display}#{number}",
            text=page.text,
            date=page.date or warc_date,
            title=page.title,
            source=page.source,
            url=url or page.url,
            origin=origin,
        )
    if size - end > 64:  # warcio stops quietly at a cut-off gzip member
        reason = "archive truncated or corrupt; rest skipped"
        problems.skip(f"{display}#record {number + 1}", reason)
