"""Article dates as written in input files: ISO, RFC 2822 and a few common spellings."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

MIN_YEAR, MAX_YEAR = 1900, 2100

_FORMATS = (
    "%Y/%m/%d",
    "%Y%m%d",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%A, %d %B %Y",
    "%A, %B %d, %Y",
)
_ISO_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]")


def _valid(value: dt.date) -> dt.date | None:
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def parse_date(value: object) -> dt.date | None:
    """The calendar date in ``value``, or None when it cannot be read.

    A datetime keeps the date as written (no conversion to UTC). Ambiguous slashed
    day/month forms such as ``03/04/2020`` are deliberately not accepted.
    """
    if isinstance(value, dt.datetime):
        return _valid(value.date())
    if isinstance(value, dt.date):
        return _valid(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    try:
        return _valid(dt.date.fromisoformat(text))
    except ValueError:
        pass
    try:
        return _valid(dt.datetime.fromisoformat(text).date())
    except ValueError:
        pass
    match = _ISO_PREFIX.match(text)  # ISO datetimes fromisoformat rejects, e.g. odd fractions
    if match:
        try:
            return _valid(dt.date.fromisoformat(match.group(1)))
        except ValueError:
            return None
    try:
        return _valid(email.utils.parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)  # "4th March 2021"
    for fmt in _FORMATS:
        try:
            return _valid(dt.datetime.strptime(cleaned, fmt).date())
        except ValueError:
            continue
    return None
