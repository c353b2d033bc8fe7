"""The typed records that pass between pipeline stages.

ingest -> Article -> nlp/coder -> Event (with Actor, Location, Attribution) -> store.
Every record serialises to plain JSON with ``to_dict``; the keys are the public schema
documented in docs/event-schema.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

MODALITIES = ("asserted", "negated", "hypothetical", "future", "question")
DATE_PRECISIONS = ("day", "week", "month", "year", "article")
LOCATION_PRECISIONS = ("city", "admin1", "country")


@dataclass(slots=True)
class Article:
    """One news article as read from any input format."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it came from, e.g. "corpus.jsonl:12", for messages

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Actor:
    """A resolved actor mention: the text as written plus its CAMEO-style code."""

    text: str
    name: str
    code: str | None  # e.g. "TURMIL", "SYRGOV", "IGONAT"; None: a named actor not in the dictionary
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, COP, REB, CVL, ...
    type: str = "state"  # state, igo, ngo, armed_group, person, organisation, group

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str = "country"  # city | admin1 | country

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Attribution:
    text: str
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One coded event mention (one sentence's claim that something happened)."""

    article_id: str
    sentence_index: int
    sentence: str
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: str
    acled: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: dt.date | None = None
    date_precision: str = "article"
    modality: str = "asserted"
    attribution: Attribution | None = None
    location: Location | None = None
    fatalities: int | None = None
    injured: int | None = None
    confidence: float = 0.5
    trigger: str = ""  # the word(s) that triggered the code; not part of the public schema
    event_index: int = 0  # position among the events of its sentence
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def event_id(self) -> str:
        key = f"{self.article_id}\x1f{self.sentence_index}\x1f{self.event_index}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The public event record (docs/event-schema.md), keys in schema order."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "acled": self.acled,
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "confidence": round(self.confidence, 3),
        }


EVENT_KEYS = (
    "event_id", "article_id", "sentence_index", "sentence", "date", "date_precision",
    "source", "target", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "acled",
    "modality", "attribution", "location", "fatalities", "injured", "confidence",
)
