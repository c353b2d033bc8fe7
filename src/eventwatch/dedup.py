"""Deduplication: many mentions (one row of ``events`` per sentence) -> one real event.

``dedupe(store)`` clusters asserted mention rows incrementally into real events and keeps two
tables next to ``events`` (GDELT's event/mentions split):

- ``mentions(cluster_id, event_id, article_id, sentence_index, text_hash)``: every clustered
  mention and the event it belongs to (the raw mention rows stay in ``events``);
- ``event_clusters``: one row per real event, with the columns of ``events`` (merged from its
  mentions) plus ``cluster_id, num_mentions, num_sources, num_articles, first_seen, last_seen``.

and a view ``merged_events`` (``event_clusters`` + the primary mention's article url) for exports.

Two mentions are the same event when (see docs/dedup.md): the CAMEO root is the same; source and
target codes are compatible (equal, or one a prefix of the other: TUR ~ TURMIL, TURMIL !~ TURGOV);
their date intervals overlap (day = that day, article = the article date or the day before,
week/month/year = that calendar period); and their places are compatible (either missing, either
a country-level place in the same country, same admin1 when one is admin1-level, otherwise
within ``max_km`` great-circle distance). A new mention is compared with each candidate
cluster's merged record (its most specific codes, narrowest date, most precise place), so
clusters do not chain; candidates are blocked by (cameo root, source country, target country)
and the days of the date interval. ``one_a_day=True`` instead keeps the Phoenix rule: one event
per (date, source code, target code, CAMEO code).

Incremental: mentions whose event row is gone or whose article text changed are dropped from their
clusters first; then new asserted mentions join an existing cluster or start one. Changing the
parameters rebuilds everything.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from collections import defaultdict
from typing import Any

import pyarrow as pa

from eventwatch.analysis import rollup
from eventwatch.store import Store

PRECISION_RANK = {"day": 0, "article": 1, "week": 2, "month": 3, "year": 4}
PLACE_RANK = {"city": 0, "admin1": 1, "country": 2}
MAX_INDEX_DAYS = 400  # a cluster is indexed under at most this many days of its date interval

SCHEMA = """
CREATE TABLE IF NOT EXISTS mentions (
    cluster_id BIGINT NOT NULL, event_id VARCHAR PRIMARY KEY, article_id VARCHAR,
    sentence_index INTEGER, text_hash VARCHAR
);
CREATE TABLE IF NOT EXISTS dedup_params (params VARCHAR);
"""

_SQL_RANKS = """
    CASE e.date_precision WHEN 'day' THEN 0 WHEN 'article' THEN 1 WHEN 'week' THEN 2
         WHEN 'month' THEN 3 WHEN 'year' THEN 4 ELSE 5 END AS dp,
    CASE WHEN e.location_name IS NULL THEN 9 WHEN e.location_precision = 'city' THEN 0
         WHEN e.location_precision = 'admin1' THEN 1 ELSE 2 END AS lp
"""


def _group(name: str, cols: list[str], order: str) -> str:
    fields = ", ".join(f"'{c}': {c}" for c in cols)
    return f"first({{{fields}}} ORDER BY {order}) AS {name}"


_PRIMARY = ["event_id", "article_id", "sentence_index", "sentence", "date", "date_precision",
            "modality", "attribution_text", "attribution_code", "url"]
_SIDE = ["text", "name", "code", "country", "sector", "type"]
_ACTION = ["cameo", "cameo_root", "quad_class", "goldstein", "plover", "acled"]
_PLACE = ["name", "country", "admin1", "lat", "lon", "geonameid", "precision"]

# Rebuild event_clusters rows from their mentions: the primary mention (most precise date, then
# place, then most specific code, then confidence) gives date and sentence; each side's actor is
# the most specific code; the action the most specific CAMEO code; the place the most precise.
_CLUSTER_SELECT = f"""
WITH m AS (
    SELECT mm.cluster_id, e.*, a.url, a.source AS publisher, a.ingested_at, {_SQL_RANKS}
    FROM mentions mm JOIN events e USING (event_id) JOIN articles a ON a.id = e.article_id
    {{where}}
), g AS (
    SELECT cluster_id,
        {_group("p", _PRIMARY, "dp, lp, length(cameo) DESC, confidence DESC, event_id")},
        {_group("s", [f"source_{f}" for f in _SIDE],
                "length(source_code) DESC NULLS LAST, dp, event_id")},
        {_group("t", [f"target_{f}" for f in _SIDE],
                "length(target_code) DESC NULLS LAST, dp, event_id")},
        {_group("c", _ACTION, "length(cameo) DESC, dp, confidence DESC, event_id")},
        {_group("l", [f"location_{f}" for f in _PLACE], "lp, dp, event_id")},
        max(fatalities) AS fatalities, max(injured) AS injured, max(confidence) AS confidence,
        count(*) AS num_mentions,
        count(DISTINCT coalesce(publisher, article_id)) AS num_sources,
        count(DISTINCT article_id) AS num_articles,
        min(ingested_at) AS first_seen, max(ingested_at) AS last_seen
    FROM m GROUP BY cluster_id
)
SELECT cluster_id,
    p.event_id, p.article_id, p.sentence_index, p.sentence, p.date, p.date_precision,
    {", ".join(f"s.source_{f}" for f in _SIDE)},
    {", ".join(f"t.target_{f}" for f in _SIDE)},
    c.cameo, c.cameo_root, c.quad_class, c.goldstein, c.plover, c.acled, p.modality,
    p.attribution_text, p.attribution_code,
    {", ".join(f"l.location_{f}" for f in _PLACE)},
    fatalities, injured, confidence,
    num_mentions, num_sources, num_articles, first_seen, last_seen, p.url
FROM g
"""

_VIEW = "CREATE OR REPLACE VIEW merged_events AS SELECT * FROM event_clusters"


def _interval(date: dt.date | None, precision: str | None) -> tuple[int, int] | None:
    """The days (as ordinals, inclusive) a mention's date may stand for."""
    if date is None:
        return None
    d = date.toordinal()
    if precision == "day":
        return d, d
    if precision == "week":
        return d, d + 6
    if precision == "month":
        nxt = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return d, nxt.toordinal() - 1
    if precision == "year":
        return d, dt.date(date.year, 12, 31).toordinal()
    return d - 1, d  # "article": the article date or the day before


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def codes_compatible(a: str | None, b: str | None) -> bool:
    """Same actor code, or one refines the other (TUR ~ TURMIL); a missing code matches only
    a missing code."""
    if a == b:
        return True
    if not a or not b:
        return False
    return a.startswith(b) or b.startswith(a)


def places_compatible(a: tuple | None, b: tuple | None, max_km: float) -> bool:
    """Places as (rank, country, admin1, lat, lon) with rank 0 city, 1 admin1, 2 country."""
    if a is None or b is None:
        return True
    if a[1] and b[1] and a[1] != b[1]:
        return False
    if a[0] == 2 or b[0] == 2:
        return True
    if (a[0] == 1 or b[0] == 1) and a[2] and b[2]:
        return a[2] == b[2]
    if None in (a[3], a[4], b[3], b[4]):
        return True
    return haversine_km(a[3], a[4], b[3], b[4]) <= max_km


class _Cluster:
    """The merged record a new mention is compared with."""

    __slots__ = ("cid", "src", "tgt", "span", "dp", "place", "n", "mid")

    def __init__(self, cid: int, src, tgt, span, dp, place, n=0):
        self.cid, self.src, self.tgt, self.span, self.dp = cid, src, tgt, span, dp
        self.place, self.n = place, n
        self.mid = (span[0] + span[1]) / 2

    def accepts(self, m: dict, max_km: float) -> bool:
        return (codes_compatible(self.src, m["source_code"])
                and codes_compatible(self.tgt, m["target_code"])
                and m["span"][0] <= self.span[1] and self.span[0] <= m["span"][1]
                and places_compatible(self.place, m["place"], max_km))

    def add(self, m: dict) -> None:
        self.n += 1
        if m["source_code"] and len(m["source_code"]) > len(self.src or ""):
            self.src = m["source_code"]
        if m["target_code"] and len(m["target_code"]) > len(self.tgt or ""):
            self.tgt = m["target_code"]
        if m["span"] is None:
            pass  # an undated mention: nothing to narrow
        elif m["dp"] < self.dp or (m["dp"] == self.dp and m["span"][1] - m["span"][0]
                                   < self.span[1] - self.span[0]):
            self.dp, self.span = m["dp"], m["span"]
            self.mid = (self.span[0] + self.span[1]) / 2
        if m["place"] is not None and (self.place is None or m["place"][0] < self.place[0]):
            self.place = m["place"]


def _place(r: dict) -> tuple | None:
    if r["location_name"] is None:
        return None
    return (PLACE_RANK.get(r["location_precision"], 2), r["location_country"],
            r["location_admin1"], r["location_lat"], r["location_lon"])


def _rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _prepare(r: dict) -> dict:
    r["span"] = _interval(r["date"], r["date_precision"])
    r["dp"] = PRECISION_RANK.get(r["date_precision"], 5)
    r["place"] = _place(r)
    r["block"] = (r["cameo_root"], r["source_country"], r["target_country"])
    return r


class _Index:
    """Clusters by block and by each day of their date interval."""

    def __init__(self):
        self.days: dict[tuple, dict[int, list[_Cluster]]] = defaultdict(lambda: defaultdict(list))

    def put(self, block: tuple, c: _Cluster) -> None:
        lo, hi = c.span
        days = self.days[block]
        for d in range(lo, min(hi, lo + MAX_INDEX_DAYS) + 1):
            days[d].append(c)

    def candidates(self, block: tuple, span: tuple[int, int]) -> list[_Cluster]:
        days = self.days.get(block)
        if not days:
            return []
        seen: dict[int, _Cluster] = {}
        for d in range(span[0], min(span[1], span[0] + MAX_INDEX_DAYS) + 1):
            for c in days.get(d, ()):
                seen[c.cid] = c
        return list(seen.values())


_MENTION_COLS = ("e.event_id, e.article_id, e.sentence_index, a.text_hash, e.date, "
                 "e.date_precision, e.source_code, e.source_country, e.target_code, "
                 "e.target_country, e.cameo, e.cameo_root, e.location_name, e.location_country, "
                 "e.location_admin1, e.location_lat, e.location_lon, e.location_precision")


def _assign(new: list[dict], existing: list[_Cluster], blocks: dict[int, tuple], next_id: int,
            max_km: float) -> tuple[dict[str, int], set[int], int]:
    """Greedy clustering of new mentions (most precise dates first) into the given clusters."""
    index = _Index()
    for c in existing:
        index.put(blocks[c.cid], c)
    assigned: dict[str, int] = {}
    touched: set[int] = set()
    new.sort(key=lambda m: (m["dp"], m["span"][0] if m["span"] else 0, m["event_id"]))
    for m in new:
        best = None
        if m["span"] is not None:
            cands = [c for c in index.candidates(m["block"], m["span"]) if c.accepts(m, max_km)]
            mid = (m["span"][0] + m["span"][1]) / 2
            best = min(cands, key=lambda c: (abs(c.mid - mid), -c.n, c.cid), default=None)
        if best is None:
            span = m["span"] or (0, -1)  # an undated mention stays alone
            best = _Cluster(next_id, m["source_code"], m["target_code"], span, m["dp"],
                            m["place"])
            next_id += 1
            blocks[best.cid] = m["block"]
            best.add(m)
            if m["span"] is not None:
                index.put(m["block"], best)
        else:
            old = best.span
            best.add(m)
            if best.span != old:
                index.put(m["block"], best)
        assigned[m["event_id"]] = best.cid
        touched.add(best.cid)
    return assigned, touched, next_id


def _assign_one_a_day(new: list[dict], con, next_id: int) -> tuple[dict[str, int], set[int], int]:
    keys = {}
    for cid, date, src, tgt, cameo in con.execute(
            "SELECT cluster_id, date, source_code, target_code, cameo FROM event_clusters "
            "WHERE date IS NOT NULL").fetchall():
        keys[(date, src, tgt, cameo)] = cid
    assigned, touched = {}, set()
    for m in new:
        key = (m["date"], m["source_code"], m["target_code"], m["cameo"])
        cid = keys.get(key) if m["date"] is not None else None
        if cid is None:
            cid, next_id = next_id, next_id + 1
            if m["date"] is not None:
                keys[key] = cid
        assigned[m["event_id"]] = cid
        touched.add(cid)
    return assigned, touched, next_id


def _load_clusters(con, new: list[dict]) -> tuple[list[_Cluster], dict[int, tuple]]:
    """Existing clusters in the blocks and date range of the new mentions."""
    spans = [m["span"] for m in new if m["span"]]
    if not spans:
        return [], {}
    lo = dt.date.fromordinal(min(s[0] for s in spans) - 370)
    hi = dt.date.fromordinal(max(s[1] for s in spans) + 1)
    blocks = sorted({m["block"] for m in new}, key=str)
    con.register("_blocks", pa.table({
        "r": [b[0] for b in blocks], "s": [b[1] for b in blocks], "t": [b[2] for b in blocks]}))
    rows = _rows(con, """
        SELECT c.cluster_id, c.date, c.date_precision, c.source_code, c.target_code,
               c.cameo_root, c.source_country, c.target_country, c.location_name,
               c.location_country, c.location_admin1, c.location_lat, c.location_lon,
               c.location_precision, c.num_mentions
        FROM event_clusters c JOIN _blocks b ON c.cameo_root IS NOT DISTINCT FROM b.r
            AND c.source_country IS NOT DISTINCT FROM b.s
            AND c.target_country IS NOT DISTINCT FROM b.t
        WHERE c.date BETWEEN ? AND ?""", [lo, hi])
    con.unregister("_blocks")
    out, blocks_of = [], {}
    for r in rows:
        _prepare(r)
        out.append(_Cluster(r["cluster_id"], r["source_code"], r["target_code"], r["span"],
                            r["dp"], r["place"], r["num_mentions"]))
        blocks_of[r["cluster_id"]] = r["block"]
    return out, blocks_of


def _refresh(con, touched: set[int]) -> None:
    """Recompute the event_clusters rows of the touched clusters from their mentions."""
    if not touched:
        return
    con.register("_touched", pa.table({"cid": sorted(touched)}))
    gone = con.sql("DELETE FROM event_clusters WHERE cluster_id IN (SELECT cid FROM _touched) "
                   "RETURNING " + rollup.COLUMNS).to_arrow_table()
    added = con.sql("INSERT INTO event_clusters " + _CLUSTER_SELECT.replace(
        "{where}", "WHERE mm.cluster_id IN (SELECT cid FROM _touched)")
        + " RETURNING " + rollup.COLUMNS).to_arrow_table()
    con.unregister("_touched")
    rollup.apply(con, "merged_events", added, gone)


def _ensure_tables(con, params: str) -> bool:
    """Create the tables; drop old results when the parameters changed. True if rebuilt."""
    con.execute(SCHEMA)
    con.execute("CREATE TABLE IF NOT EXISTS event_clusters AS "
                + _CLUSTER_SELECT.replace("{where}", "WHERE false"))
    con.execute(_VIEW)
    old = next(iter(con.execute("SELECT params FROM dedup_params").fetchall()), None)
    if old is not None and old[0] == params:
        return False
    con.execute("DELETE FROM mentions")
    con.execute("DELETE FROM event_clusters")
    con.execute("DELETE FROM dedup_params")
    con.execute("INSERT INTO dedup_params VALUES (?)", [params])
    return old is not None


def dedupe(store: Store, *, max_km: float = 50, one_a_day: bool = False,
           modalities: tuple[str, ...] = ("asserted",)) -> dict[str, Any]:
    """Bring ``mentions``/``event_clusters`` up to date with ``events``. Returns counts."""
    t0 = time.perf_counter()
    con = store.con
    params = json.dumps({"max_km": float(max_km), "one_a_day": bool(one_a_day),
                         "modalities": sorted(modalities)})
    con.begin()
    try:
        rebuilt = _ensure_tables(con, params)
        rollup.ensure(con, "merged_events")  # new, emptied or from before the rollups
        con.register("_mods", pa.table({"m": list(modalities)}))
        gone = con.execute("""
            DELETE FROM mentions mm WHERE NOT EXISTS (
                SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.event_id = mm.event_id AND a.text_hash = mm.text_hash
                  AND e.modality IN (SELECT m FROM _mods))
            RETURNING cluster_id""").fetchall()
        shrunk = {r[0] for r in gone}
        new = [_prepare(r) for r in _rows(con, f"""
            SELECT {_MENTION_COLS} FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.modality IN (SELECT m FROM _mods)
              AND NOT EXISTS (SELECT 1 FROM mentions mm WHERE mm.event_id = e.event_id)""")]
        con.unregister("_mods")
        next_id = con.execute("SELECT coalesce(max(cluster_id), 0) + 1 FROM event_clusters"
                              ).fetchall()[0][0]
        first_new = next_id
        if one_a_day:
            assigned, touched, next_id = _assign_one_a_day(new, con, next_id)
        else:
            existing, blocks = _load_clusters(con, new)
            assigned, touched, next_id = _assign(new, existing, blocks, next_id, max_km)
        if assigned:
            by_id = {m["event_id"]: m for m in new}
            ids = list(assigned)
            con.register("_new_mentions", pa.table({
                "cluster_id": pa.array([assigned[i] for i in ids], pa.int64()),
                "event_id": ids,
                "article_id": [by_id[i]["article_id"] for i in ids],
                "sentence_index": pa.array([by_id[i]["sentence_index"] for i in ids], pa.int32()),
                "text_hash": [by_id[i]["text_hash"] for i in ids],
            }))
            con.execute("INSERT INTO mentions SELECT * FROM _new_mentions")
            con.unregister("_new_mentions")
        _refresh(con, touched | shrunk)
        n_clusters, n_mentions = con.execute(
            "SELECT (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM mentions)"
        ).fetchall()[0]
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return {
        "mentions_new": len(new), "mentions_removed": len(gone),
        "clusters_new": sum(1 for c in touched if c >= first_new),
        "clusters_changed": len(touched | shrunk), "clusters": n_clusters,
        "mentions": n_mentions, "rebuilt": rebuilt, "max_km": max_km, "one_a_day": one_a_day,
        "seconds": round(time.perf_counter() - t0, 3),
    }


def has_dedup(con) -> bool:
    """True if the store has a ``merged_events`` view."""
    return bool(con.execute("SELECT count(*) FROM duckdb_views() "
                            "WHERE view_name = 'merged_events'").fetchall()[0][0])
