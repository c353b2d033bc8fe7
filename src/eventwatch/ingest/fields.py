"""Turning one JSON object or CSV row into an Article (shared by the JSON and CSV readers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Article
from .dates import parse_date
from .decode import clean_text

FIELDS = ("id", "date", "title", "text", "source", "url")
# Key names tried, in order, when no explicit column mapping is given for a field.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "date": ("date", "published", "publish_date", "pubdate"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "source": ("source", "outlet", "publisher"),
    "url": ("url", "link"),
}


class BadRecord(Exception):
    """A record that cannot become an article; the message is the reason."""


def resolve_keys(
    available: Sequence[str], columns: Mapping[str, str] | None, strict: bool = True
) -> dict[str, str]:
    """Map our field names to the keys/columns present in ``available``.

    An explicit ``columns`` entry wins; when it is absent from ``available`` it is still
    returned if ``strict`` (CSV: the caller reports it), else the aliases are tried (JSON,
    where one mapping serves files of different shapes). Otherwise the first alias present
    (compared case-insensitively) is used.
    """
    columns = dict(columns or {})
    unknown = set(columns) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) in columns mapping: {', '.join(sorted(unknown))}")
    by_lower = {key.strip().lower(): key for key in available}
    keys: dict[str, str] = {}
    for name in FIELDS:
        if name in columns:
            wanted = columns[name]
            found = by_lower.get(wanted.strip().lower())
            if found is not None or strict:
                keys[name] = found if found is not None else wanted
                continue
        for alias in ALIASES[name]:
            if alias in by_lower:
                keys[name] = by_lower[alias]
                break
    return keys


def _optional(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(clean_text(str(value)).split())
    return text or None


def make_article(
    record: Mapping[str, object], keys: Mapping[str, str], default_id: str, origin: str
) -> Article:
    """Build the Article for one record; raise BadRecord with a reason otherwise."""

    def get(name: str) -> object:
        key = keys.get(name)
        return record.get(key) if key is not None else None

    text = get("text")
    if text is not None and not isinstance(text, str):
        raise BadRecord(f"text is a {type(text).__name__}, not a string")
    text = clean_text(text or "").strip()  # control characters only: empty too
    if not text:
        raise BadRecord(f"missing or empty text ({keys.get('text', 'text')!r})")
    raw_date = get("date")
    date = None
    if raw_date is not None and str(raw_date).strip():
        date = parse_date(raw_date)
        if date is None:
            raise BadRecord(f"unparseable date {str(raw_date)!r}")
    raw_id = get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))):
        raise BadRecord(f"id is a {type(raw_id).__name__}, not a string")
    article_id = _optional(raw_id) or default_id
    return Article(
        id=article_id,
        text=text,
        date=date,
        title=_optional(get("title")),
        source=_optional(get("source")),
        url=_optional(get("url")),
        origin=origin,
    )
