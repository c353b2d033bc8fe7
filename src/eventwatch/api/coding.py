"""Coding text for the API: the spaCy pipeline, loaded on first use, and the highlight spans
(who / what / whom / when / where, character offsets into the submitted text) of each event.

Spans are found in the event's sentence: the source and target as written, the trigger words,
the place name (when written in the sentence), and the temporal expression that gave the event
its date (``timex.find_expressions``). A role that cannot be found in the sentence gets no span.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from typing import Any

from eventwatch.records import Article, Event

_lock = threading.Lock()
_pipeline = None


def pipeline():
    """The one Pipeline of this process, created on first call (loading spaCy takes seconds)."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            from eventwatch.pipeline import Pipeline

            _pipeline = Pipeline()
        return _pipeline


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
                   ).lower()


def _find(sentence: str, needle: str | None) -> tuple[int, int] | None:
    """Case- and accent-insensitive whole-word search; folding keeps lengths for Latin text."""
    if not needle:
        return None
    hay, pat = _fold(sentence), _fold(needle.strip())
    if len(hay) != len(sentence) or not pat:
        hay, pat = sentence.lower(), needle.strip().lower()
    m = re.search(r"(?<!\w)" + re.escape(pat) + r"(?!\w)", hay)
    return (m.start(), m.end()) if m else None


def _trigger_spans(sentence: str, trigger: str) -> list[tuple[int, int]]:
    whole = _find(sentence, trigger)
    if whole:
        return [whole]
    return [s for w in trigger.split() if (s := _find(sentence, w))]


def highlights(ev: Event, sent_start: int, sentence: str, sent_span=None,
               anchor: dt.date | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(role: str, span: tuple[int, int] | None) -> None:
        if span:
            out.append({"role": role, "start": sent_start + span[0],
                        "end": sent_start + span[1], "text": sentence[span[0]:span[1]]})

    add("who", _find(sentence, ev.source.text) if ev.source else None)
    add("whom", _find(sentence, ev.target.text) if ev.target else None)
    for span in _trigger_spans(sentence, ev.trigger):
        add("what", span)
    add("where", _find(sentence, ev.location.name) if ev.location else None)
    if sent_span is not None and ev.date_precision != "article":
        from eventwatch.timex import find_expressions

        for past in (True, False):
            hits = [s for s, d, _ in find_expressions(sent_span, anchor, past) if d == ev.date]
            if hits:
                add("when", (hits[0].start_char - sent_start, hits[0].end_char - sent_start))
                break
    return out


def code(text: str, date: dt.date | None, title: str | None = None) -> dict[str, Any]:
    """Events of ``text`` (nothing stored), each with its highlight spans."""
    from eventwatch.nlp import MAX_CHARS

    pipe = pipeline()
    art = Article(id="api", text=text, date=date, title=title)
    with _lock:  # one parse at a time: the spaCy pipeline is shared
        doc = pipe.parse(text)
        events = pipe.code_doc(art, doc)
    sents = list(doc.sents)
    out = []
    for ev in events:
        sent = sents[ev.sentence_index]
        lead = len(sent.text) - len(sent.text.lstrip())
        start = sent.start_char + lead
        d = ev.to_dict()
        d["trigger"] = ev.trigger
        d["sentence_start"] = start
        d["highlights"] = highlights(ev, start, ev.sentence, sent, date)
        out.append(d)
    return {"text": text, "date": date.isoformat() if date else None, "events": out,
            "truncated": len(text) > MAX_CHARS}
