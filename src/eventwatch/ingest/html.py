"""Main text, title and date of an HTML page, via trafilatura (and htmldate for the date)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from .dates import parse_date
from .decode import clean_text

# trafilatura/htmldate log "discarding data" style warnings per page; our own skip lines say it.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    date: dt.date | None
    url: str | None
    source: str | None


def _date_params() -> dict[str, object]:
    # Metadata only (no guessing from body text); no dates after today.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def extract_page(html: str | bytes, url: str | None = None) -> Page | None:
    """The article in ``html``, or None when trafilatura finds no main text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_date_params(),
    )
    if doc is None or not (doc.text or "").strip():
        return None
    page_url = doc.url or url
    source = doc.sitename or doc.hostname or (urlsplit(page_url).hostname if page_url else None)
    title = " ".join(clean_text(doc.title).split()) if doc.title else None
    paragraphs = [" ".join(line.split()) for line in clean_text(doc.text).split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) > 1 and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline is kept as the title, not as body text
    return Page(
        text="\n\n".join(paragraphs),
        title=title or None,
        date=parse_date(doc.date) if doc.date else None,
        url=page_url,
        source=source,
    )
