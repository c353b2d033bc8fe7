"""Plain-text articles: an optional leading ``date YYYY-MM-DD`` marker, then the body."""

from __future__ import annotations

import re

from ..records import Article
from .dates import parse_date
from .fields import BadRecord

_MARKER = re.compile(r"\s*date:?[ \t]+(\S+)[ \t]*\n?", re.IGNORECASE)
_ISO_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def text_article(text: str, article_id: str, origin: str) -> Article:
    """The article in an already decoded and cleaned text; BadRecord when it is unusable."""
    date = None
    match = _MARKER.match(text)
    if match and _ISO_LIKE.fullmatch(match.group(1)):
        date = parse_date(match.group(1))
        if date is None:
            raise BadRecord(f"unparseable date {match.group(1)!r}")
        text = text[match.end():]
    body = text.strip()
    if not body:
        raise BadRecord("no text")
    return Article(id=article_id, text=body, date=date, origin=origin)
