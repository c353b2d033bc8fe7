"""ACLED-style gold: CASE 2021 Task 2 snippets and ACLED export rows.

Our label for a text is the ACLED sub-event type (``event.acled``) of its chosen event: the
asserted, most confident event that has one (``NONE`` when no event has one).

* CASE 2021 (``id, EventSnippet, SubType`` TSV; labels such as ``ARMED_CLASH``): accuracy and
  weighted F1 over the gold labels (plus the per-type table and confusion).
* ACLED exports (CSV; ``notes`` is the text): sub-event accuracy and weighted F1, event-type
  accuracy, date hit (an event dated ``event_date``; the coder gets no article date, so only dates
  written in the notes count), distance from the chosen event's location (else any event
  location) to ``latitude``/``longitude`` (median km over located rows; share within 50 km over
  all rows with coordinates), country hit, and fatalities (largest count among the events, 0 when
  none) exact and within ±20%.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from eventwatch.evaluate.common import (
    NONE,
    Coder,
    GoldFileError,
    classification,
    haversine_km,
    median,
    ratio,
    run,
    to_int,
    within,
)
from eventwatch.evaluate.names import accepts, country_codes
from eventwatch.records import Article, Event

# ACLED event types and their sub-event types (ACLED codebook names, exactly as ACLED writes them).
ACLED_TYPES = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}
EVENT_TYPE = {sub: t for t, subs in ACLED_TYPES.items() for sub in subs}

# CASE 2021 Task 2 labels -> ACLED sub-event names: the shared task's own codes (its "Note on
# event types": ABDUCT_DISSAP, ART_MISS_ATTACK, ...) and the spelled-out forms of the names.
CASE_LABELS = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "ARMED_CLASH": "Armed clash",
    "GOVERNMENT_REGAINS_TERRITORY": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TERRITORY": "Non-state actor overtakes territory",
    "CHEMICAL_WEAPON": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUICIDE_BOMB": "Suicide bomb",
    "SHELLING_OR_ARTILLERY_OR_MISSILE_ATTACK": "Shelling/artillery/missile attack",
    "REMOTE_EXPLOSIVE_OR_LANDMINE_OR_IED": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEXUAL_VIOLENCE": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCTION_OR_FORCED_DISAPPEARANCE": "Abduction/forced disappearance",
    "PEACEFUL_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTERVENTION": "Protest with intervention",
    "EXCESSIVE_FORCE_AGAINST_PROTESTERS": "Excessive force against protesters",
    "VIOLENT_DEMONSTRATION": "Violent demonstration",
    "MOB_VIOLENCE": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "ARRESTS": "Arrests",
    "CHANGE_TO_GROUP_ACTIVITY": "Change to group/activity",
    "DISRUPTED_WEAPONS_USE": "Disrupted weapons use",
    "HEADQUARTERS_OR_BASE_ESTABLISHED": "Headquarters or base established",
    "LOOTING_OR_PROPERTY_DESTRUCTION": "Looting/property destruction",
    "NON_VIOLENT_TRANSFER_OF_TERRITORY": "Non-violent transfer of territory",
    "OTHER": "Other",
}


# The task's "unseen" types, outside ACLED's taxonomy (no eventwatch event carries them): kept
# as gold labels of their own, so they count as misses, and left out of the "_seen" figures.
UNSEEN_LABELS = {"ORG_CRIME": "Organised crime", "NATURAL_DISASTER": "Natural disaster",
                 "MAN_MADE_DISASTER": "Man-made disaster", "DIPLO": "Diplomatic event",
                 "ATTRIB": "Claim of responsibility"}


def _key(label: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", label.upper().replace("/", "_OR_")).strip("_")


# Any spelling of an ACLED name or a CASE label -> the ACLED name.
_LOOKUP = ({_key(k): v for k, v in CASE_LABELS.items()} | {_key(v): v for v in EVENT_TYPE}
           | {_key(k): v for k, v in UNSEEN_LABELS.items()})


def acled_name(label: str, where: str) -> str:
    name = _LOOKUP.get(_key(label))
    if name is None:
        raise GoldFileError(f"{where}: unknown ACLED/CASE sub-event type {label!r}")
    return name


def chosen(events: list[Event]) -> Event | None:
    """The event whose ACLED sub-event type labels the text."""
    typed = [e for e in events if e.acled]
    return max(typed, key=lambda e: (e.modality == "asserted", e.confidence), default=None)


def _read_rows(path: str | Path, delimiter: str, required: set[str]) -> list[tuple[str, dict]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            missing = required - set(reader.fieldnames or ())
            if missing:
                raise GoldFileError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
            return [(f"{path}:{reader.line_num}", row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldFileError(f"{path}: cannot read: {exc}") from None


def read_case(path: str | Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, snippet, ACLED sub-event name) rows of a CASE 2021 Task 2 TSV file."""
    out = []
    for where, row in _read_rows(path, "\t", {"id", "EventSnippet", "SubType"}):
        text = (row.get("EventSnippet") or "").strip()
        if not text:
            raise GoldFileError(f"{where}: empty EventSnippet")
        out.append((row["id"] or where, text, acled_name(row.get("SubType") or "", where)))
        if limit is not None and len(out) >= limit:
            break
    return out


def score_case(rows: list[tuple[str, str, str]], pipeline: Coder,
               asserted_only: bool = False) -> dict[str, Any]:
    articles = [Article(id=str(rid), text=text) for rid, text, _ in rows]
    per_article = run(pipeline, articles, asserted_only)
    gold = [label for _, _, label in rows]
    pred = [(c.acled if (c := chosen(evs)) else NONE) for evs in per_article]
    cls = classification(gold, pred)
    seen = [(g, p) for g, p in zip(gold, pred, strict=True) if g in EVENT_TYPE]
    out = {"records": len(rows), "accuracy": cls["accuracy"], "weighted_f1": cls["weighted_f1"],
           "macro_f1": cls["macro_f1"]}
    if len(seen) < len(rows):  # the unseen types are in the file: also the ACLED rows alone
        seen_cls = classification([g for g, _ in seen], [p for _, p in seen])
        out |= {"seen_records": len(seen), "accuracy_seen": seen_cls["accuracy"],
                "weighted_f1_seen": seen_cls["weighted_f1"]}
    return out | {"classification": cls}


def parse_date(text: str) -> dt.date | None:
    """ACLED dates: ``2020-03-12`` or ``12 March 2020``."""
    text = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _coord(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_acled(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of an ACLED export CSV with ``notes`` and ``sub_event_type`` (others optional)."""
    out = []
    for where, row in _read_rows(path, ",", {"notes", "sub_event_type"}):
        text = (row.get("notes") or "").strip()
        if not text:
            continue  # ACLED rows without notes carry nothing to code
        lat, lon = _coord(row.get("latitude")), _coord(row.get("longitude"))
        if (lat is None) != (lon is None) or (lat is not None and not (
                -90 <= lat <= 90 and -180 <= lon <= 180)):
            raise GoldFileError(f"{where}: bad latitude/longitude")
        raw_date = (row.get("event_date") or "").strip()
        date = parse_date(raw_date)
        if raw_date and date is None:
            raise GoldFileError(f"{where}: cannot read event_date {raw_date!r}")
        out.append({
            "where": where, "text": text, "date": date, "lat": lat, "lon": lon,
            "sub_event": acled_name(row["sub_event_type"], where),
            "fatalities": to_int(row.get("fatalities")),
            "country": country_codes(row.get("country")),
        })
        if limit is not None and len(out) >= limit:
            break
    return out


def score_acled(rows: list[dict[str, Any]], pipeline: Coder,
                asserted_only: bool = False) -> dict[str, Any]:
    articles = [Article(id=f"acled-{i}", text=r["text"]) for i, r in enumerate(rows)]
    per_article = run(pipeline, articles, asserted_only)
    gold, pred = [], []
    type_ok = date_n = date_ok = geo_n = near = country_n = country_ok = 0
    fat_n = fat_exact = fat_near = 0
    distances: list[float] = []
    for r, events in zip(rows, per_article, strict=True):
        ev = chosen(events)
        label = ev.acled if ev else NONE
        gold.append(r["sub_event"])
        pred.append(label)
        want = EVENT_TYPE.get(r["sub_event"])
        type_ok += want is not None and EVENT_TYPE.get(label) == want
        if r["date"] is not None:
            date_n += 1
            date_ok += any(e.date == r["date"] for e in events)
        located = [e for e in ([ev] if ev else []) + events if e.location is not None]
        loc = located[0].location if located else None
        if r["lat"] is not None:
            geo_n += 1
            if loc is not None and loc.lat is not None and loc.lon is not None:
                d = haversine_km(loc.lat, loc.lon, r["lat"], r["lon"])
                distances.append(d)
                near += d <= 50
        if r["country"]:
            country_n += 1
            country_ok += accepts(r["country"], loc.country if loc else None)
        if r["fatalities"] is not None:
            got = max((e.fatalities for e in events if e.fatalities is not None), default=0)
            fat_n += 1
            fat_exact += got == r["fatalities"]
            fat_near += within(got, r["fatalities"])
    cls = classification(gold, pred)
    return {
        "records": len(rows), "sub_event_accuracy": cls["accuracy"],
        "weighted_f1": cls["weighted_f1"], "macro_f1": cls["macro_f1"],
        "event_type_accuracy": ratio(type_ok, len(rows)),
        "date_hit": ratio(date_ok, date_n), "date_records": date_n,
        "located": ratio(len(distances), geo_n), "median_km": median(distances),
        "within_50km": ratio(near, geo_n), "country_accuracy": ratio(country_ok, country_n),
        "fatalities_exact": ratio(fat_exact, fat_n),
        "fatalities_within_20pct": ratio(fat_near, fat_n), "fatality_records": fat_n,
        "classification": cls,
    }
