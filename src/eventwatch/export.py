"""Exports of the stored events: Parquet, CSV, JSONL, and GDELT 2.0 / ICEWS style TSV.

The GDELT and ICEWS files use those datasets' column names and order; columns we do not produce
are left empty. Differences are documented in docs/export.md (actor country codes are ISO3, as in
CAMEO actor codes; GDELT's geo country codes are FIPS 10-4, ours are ISO3).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from eventwatch.store import Store, row_to_event_dict

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{c}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)

MENTION_COUNTS = ("num_mentions", "num_sources", "num_articles")
GEO_TYPE = {"country": 1, "admin1": 2, "city": 4}
FORMATS = ("parquet", "csv", "jsonl", "gdelt", "icews")


def _gdelt_row(r: dict[str, Any], n: int) -> list[Any]:
    d = r["date"]
    out: dict[str, Any] = {c: "" for c in GDELT_COLUMNS}
    out["GLOBALEVENTID"] = n
    if d is not None:
        out["SQLDATE"] = d.strftime("%Y%m%d")
        out["MonthYear"] = d.strftime("%Y%m")
        out["Year"] = d.year
        out["FractionDate"] = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    for side, prefix in (("source", "Actor1"), ("target", "Actor2")):
        code = r[f"{side}_code"]
        if code:
            out[f"{prefix}Code"] = code
            out[f"{prefix}Name"] = (r[f"{side}_name"] or "").upper()
            out[f"{prefix}CountryCode"] = r[f"{side}_country"] or ""
            out[f"{prefix}Type1Code"] = r[f"{side}_sector"] or ""
    out["IsRootEvent"] = 1 if r["sentence_index"] == 0 else 0
    out["EventCode"] = r["cameo"]
    out["EventBaseCode"] = r["cameo"][:3]
    out["EventRootCode"] = r["cameo_root"]
    out["QuadClass"] = r["quad_class"]
    out["GoldsteinScale"] = r["goldstein"]
    out["NumMentions"] = r.get("num_mentions") or 1
    out["NumSources"] = r.get("num_sources") or 1
    out["NumArticles"] = r.get("num_articles") or 1
    if r["location_name"]:
        out["ActionGeo_Type"] = GEO_TYPE.get(r["location_precision"], "")
        out["ActionGeo_FullName"] = r["location_name"]
        out["ActionGeo_CountryCode"] = r["location_country"] or ""
        out["ActionGeo_ADM1Code"] = r["location_admin1"] or ""
        out["ActionGeo_Lat"] = r["location_lat"]
        out["ActionGeo_Long"] = r["location_lon"]
        out["ActionGeo_FeatureID"] = r["location_geonameid"] or ""
    out["DATEADDED"] = r.get("ingested_at") or ""
    out["SOURCEURL"] = r.get("url") or ""
    return [out[c] for c in GDELT_COLUMNS]


def _icews_row(r: dict[str, Any], n: int) -> list[Any]:
    prec = r["location_precision"]
    return [
        r["event_id"], r["date"].isoformat() if r["date"] else "",
        r["source_name"] or "", r["source_sector"] or "", r["source_country"] or "",
        r["trigger_name"], r["cameo"], r["goldstein"],
        r["target_name"] or "", r["target_sector"] or "", r["target_country"] or "",
        r["article_id"], r["sentence_index"] + 1, r.get("publisher") or "",
        r["location_name"] if prec == "city" else "", "",
        r["location_name"] if prec == "admin1" else (r["location_admin1"] or ""),
        r["location_country"] or "", r["location_lat"] if r["location_lat"] is not None else "",
        r["location_lon"] if r["location_lon"] is not None else "",
    ]


def _joined_rows(store: Store, modalities: Iterable[str], merged: bool = False
                 ) -> Iterable[dict[str, Any]]:
    if merged:  # one row per real event, with its mention counts (eventwatch.dedup)
        sql = ("SELECT e.* EXCLUDE (url), e.url, a.source AS publisher, "
               "strftime(e.first_seen, '%Y%m%d%H%M%S') AS ingested_at FROM merged_events e "
               "LEFT JOIN articles a ON a.id = e.article_id ")
    else:
        sql = ("SELECT e.*, a.url, a.source AS publisher, "
               "strftime(a.ingested_at, '%Y%m%d%H%M%S') AS ingested_at FROM events e "
               "LEFT JOIN articles a ON a.id = e.article_id ")
    cur = store.con.execute(
        sql + "WHERE e.modality IN (SELECT unnest(?)) "
        "ORDER BY e.date, e.article_id, e.sentence_index, e.event_id", [list(modalities)]
    )
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(2048):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def export(store: Store, fmt: str, path: str | Path,
           modalities: Iterable[str] = ("asserted",), mentions: bool = False) -> int:
    """Write the events of ``store`` to ``path`` in ``fmt``; returns the number of events.

    When deduplication has run (``merged_events`` exists) the export holds one row per real
    event with ``num_mentions``, ``num_sources`` and ``num_articles``; ``mentions=True`` exports
    the raw mentions instead.
    """
    from eventwatch.dedup import has_dedup
    from eventwatch.ontology import cameo

    path = Path(path)
    mods = list(modalities)
    merged = not mentions and has_dedup(store.con) and bool(
        store.con.execute("SELECT count(*) FROM merged_events").fetchall()[0][0])
    table_name = "merged_events" if merged else "events"
    if fmt in ("parquet", "csv"):
        from eventwatch.records import MODALITIES

        wanted = ", ".join(f"'{m}'" for m in mods if m in MODALITIES)  # whitelisted literals
        table = store.con.sql(
            f"SELECT * FROM {table_name} WHERE modality IN ({wanted or 'NULL'}) "
            "ORDER BY date, article_id, sentence_index, event_id").to_arrow_table()
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, path)
        else:
            import pyarrow.csv as pacsv

            pacsv.write_csv(table, path)
        return table.num_rows
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            for r in _joined_rows(store, mods, merged):
                record = row_to_event_dict(r)
                if merged:
                    record.update({k: r[k] for k in MENTION_COUNTS})
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
                n += 1
            return n
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        columns, make = {"gdelt": (GDELT_COLUMNS, _gdelt_row),
                         "icews": (ICEWS_COLUMNS, _icews_row)}[fmt]
        make: Callable[[dict[str, Any], int], list[Any]]
        writer.writerow(columns)
        for r in _joined_rows(store, mods, merged):
            n += 1
            r["trigger_name"] = cameo(r["cameo"]).name
            writer.writerow(_clean(v) for v in make(r, n))
    return n


def _clean(v: Any) -> Any:
    if isinstance(v, str):
        return v.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return "" if v is None else v
