"""Alerts: country dyads and countries whose conflict rose significantly against their own past.

``scan(con, since=D)`` (docs/alerts.md):

0. ``since`` and ``until`` are clamped to the store's dates, and the window [since -
   baseline_days, until] never starts before the first event (no data is not zero events), so the
   work depends on the events stored, not on the dates asked for; a ``since`` after the last
   event gives no alerts;
1. daily counts (events, conflict events, conflict intensity) per ordered country pair over the
   window, read from the day rollup (``rollup``: a range of a small table kept by the store's
   write paths) or, without an up-to-date one, one DuckDB aggregation of the rows; numpy folds
   them into weekly series of every unordered dyad (both directions) and country (events with
   that country on either side);
2. a vectorised single-change screen (``shifts.screen``, same penalty) keeps the series where
   a rise at or after ``since`` stands out;
3. for those, the same rows folded into daily series; on them the change points (all series
   at once, ``shifts.changepoints_many``) and the significance test of ``shifts.assess``, with
   Bonferroni over all series scanned; significant rises on or after ``since`` become alerts;
4. one more query ranks each alert's triggering events (the most severe conflict events of the
   after-segment) on narrow columns, and a last one fetches those few rows whole by rowid.
   Alerts are ranked by severity (excess conflict intensity per week).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from eventwatch.analysis import check_span, event_table, rollup, store_range
from eventwatch.analysis.shifts import (
    ALPHA,
    BASELINE_DAYS,
    MIN_EVENTS,
    PENALTY_SCALE,
    assess,
    changepoints_many,
    screen,
)

DEFAULT_SINCE_DAYS = 90

# counts per ordered country pair and day; folded (numpy) into series keyed ("dyad", "A-B")
# (A < B, both directions; a country's internal events are no dyad) and ("country", "C") (C as
# source or target, counted once)
_PAIRS = """
SELECT source_country AS s, target_country AS t, CAST(date - ? AS INTEGER) AS b, count(*) AS n,
    count(*) FILTER (quad_class >= 3) AS c,
    sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
FROM {table}
WHERE modality = 'asserted' AND date BETWEEN ? AND ?
  AND (source_country IS NOT NULL OR target_country IS NOT NULL)
GROUP BY ALL
"""

# the triggering events: rank on narrow columns (one pass over the conflict rows that touch the
# alerts' countries; each row joins the series it belongs to), then fetch the winners whole
_RANK = """
WITH f AS MATERIALIZED (
    SELECT rowid AS rid, event_id, goldstein, date, {mentions} AS n_mentions,
        source_country AS s, target_country AS t
    FROM {table}
    WHERE quad_class >= 3 AND modality = 'asserted' AND date BETWEEN ? AND ?
      AND (source_country IN (SELECT unnest(?)) OR target_country IN (SELECT unnest(?)))),
a AS (SELECT unnest(?) AS idx, unnest(?) AS x, unnest(?) AS y, unnest(?) AS lo,
             unnest(?) AS hi),
k AS (
    SELECT a.idx, a.lo, a.hi, f.* FROM f JOIN a ON least(f.s, f.t) = a.x
        AND greatest(f.s, f.t) = a.y
    UNION ALL SELECT a.idx, a.lo, a.hi, f.* FROM f JOIN a ON f.s = a.x WHERE a.y IS NULL
    UNION ALL SELECT a.idx, a.lo, a.hi, f.* FROM f JOIN a ON f.t = a.x
        WHERE a.y IS NULL AND f.t IS DISTINCT FROM f.s)
SELECT idx, rid FROM k WHERE date BETWEEN lo AND hi
QUALIFY row_number() OVER (PARTITION BY idx
                           ORDER BY goldstein, n_mentions DESC, date, event_id) <= {limit}
ORDER BY idx, goldstein, n_mentions DESC, date, event_id
"""
_FETCH = """
SELECT rowid AS rid, date, source_code, target_code, cameo, quad_class, goldstein, event_id,
    article_id, sentence, {mentions} AS n_mentions
FROM {table} WHERE rowid IN (SELECT unnest(?))
"""


# the same rows from the day rollup (rollup.py): a range read of a small table in date order; a
# pair and day may repeat (delta rows; _fold sums them) and sum to n = 0 (its events are gone)
_ROLLUP_PAIRS = """
SELECT source_country AS s, target_country AS t, CAST(date - ? AS INTEGER) AS b, n, c, g
FROM {days}
WHERE date BETWEEN ? AND ? AND (source_country IS NOT NULL OR target_country IS NOT NULL)
"""


def _pair_days(con, table: str, start: dt.date, end: dt.date, days: str | None = None):
    """Per ordered country pair and day of [start, end] (day 0 = ``start``), events, conflict
    events and conflict intensity (an Arrow table s, t, b, n, c, g), from the day rollup
    ``days`` if given, else one aggregation of the rows."""
    sql = _ROLLUP_PAIRS.format(days=days) if days else _PAIRS.format(table=table)
    return con.sql(sql, params=[start, start, end]).to_arrow_table()


def _codes(res):
    """The sorted country codes of pair rows and each row's source and target as an index into
    them (-1 for none)."""
    m = res.num_rows
    both = pc.dictionary_encode(pa.concat_arrays([res.column("s").combine_chunks(),
                                                  res.column("t").combine_chunks()]))
    names = both.dictionary.to_pylist()
    rank = np.argsort(np.array(names, dtype=object)) if names else np.zeros(0, int)
    order = np.empty(len(names), int)
    order[rank] = np.arange(len(names))  # code -> alphabetical rank
    code = np.asarray(both.indices.fill_null(-1).to_numpy(zero_copy_only=False), int)
    code = np.where(code >= 0, order[np.maximum(code, 0)], -1)
    return [names[i] for i in rank], code[:m], code[m:]


def _fold(res, n_buckets: int, width: int = 1, wanted=None, codes=None):
    """Fold pair rows (``_pair_days``) into series: the sorted series keys (kind, key) (all of
    them, or those in ``wanted``) and dense K x ``n_buckets`` matrices of events, conflict
    events and conflict intensity, per bucket of ``width`` days. Vectorised: each row is
    repeated once per series it belongs to (its dyad, its countries) and summed by bincount.
    ``codes``: ``_codes(res)``, if already computed."""
    names, si, ti = codes or _codes(res)
    nc = len(names)
    # one int per series: dyads lo * nc + hi, countries nc * nc + c; rows are repeated per series
    dyad = (si >= 0) & (ti >= 0) & (si != ti)
    lo, hi = np.minimum(si, ti), np.maximum(si, ti)
    sid = np.concatenate([(lo * nc + hi)[dyad], nc * nc + si[si >= 0],
                          nc * nc + ti[(ti >= 0) & (ti != si)]])
    src = np.concatenate([np.flatnonzero(dyad), np.flatnonzero(si >= 0),
                          np.flatnonzero((ti >= 0) & (ti != si))])
    n_src = np.asarray(res.column("n").to_numpy(zero_copy_only=False), float)[src]
    present = np.bincount(sid, n_src, minlength=nc * nc + nc) > 0  # a series has events
    if wanted is not None:
        index = {n: i for i, n in enumerate(names)}
        keep = np.zeros_like(present)
        for kind, key in wanted:
            parts = [index.get(x) for x in key.split("-")]
            if None not in parts:
                keep[nc * nc + parts[0] if kind == "country" else min(parts) * nc + max(parts)] = 1
        present &= keep
    uniq = np.flatnonzero(present)
    slot = np.full(len(present), -1)
    slot[uniq] = np.arange(len(uniq))  # series id -> row of the matrices (-1: not wanted)
    row = slot[sid]
    sel = row >= 0
    row, src = row[sel], src[sel]
    keys = [("country", names[u - nc * nc]) if u >= nc * nc
            else ("dyad", f"{names[u // nc]}-{names[u % nc]}") for u in uniq.tolist()]
    cell = row * n_buckets + res.column("b").to_numpy()[src] // width
    size = len(keys) * n_buckets
    mats = [np.bincount(cell, np.asarray(res.column(name).to_numpy(zero_copy_only=False),
                                         float)[src], minlength=size).reshape(-1, n_buckets)
            for name in ("n", "c", "g")]
    return keys, *mats


def _series(con, table: str, start: dt.date, end: dt.date, width: int = 7,
            days: str | None = None):
    """Dense K x T matrices (T buckets of ``width`` days from ``start``) of events, conflict
    events and conflict intensity per dyad and per country."""
    return _fold(_pair_days(con, table, start, end, days), (end - start).days // width + 1, width)


def _daily(con, table: str, start: dt.date, end: dt.date, wanted: set[tuple[str, str]],
           days: str | None = None):
    """Daily K x T matrices of events, conflict events, conflict intensity for ``wanted``."""
    return _fold(_pair_days(con, table, start, end, days), (end - start).days + 1, 1, wanted)


def _empty(since, end, n_series: int = 0) -> dict[str, Any]:
    return {"since": since.isoformat() if since else None,
            "until": end.isoformat() if end else None, "series": n_series, "screened": 0,
            "alerts": []}


def scan(con, *, since: dt.date | None = None, until: dt.date | None = None,
         baseline_days: int = BASELINE_DAYS, alpha: float = ALPHA,
         min_events: int = MIN_EVENTS, scale: float = PENALTY_SCALE, n_events: int = 5,
         merged: bool | None = None, use_rollup: bool = True) -> dict[str, Any]:
    """Alerts for shifts on or after ``since`` (default: the last 90 days of data). The series
    come from the day rollup when it is up to date (``use_rollup=False``: from the rows)."""
    table = event_table(con, merged)
    days = rollup.usable(con, table) if use_rollup else None
    first, last = store_range(con, table, days)
    if last is None:
        return _empty(None, None)
    end = min(until, last) if until else last
    since = max(since or end - dt.timedelta(days=DEFAULT_SINCE_DAYS), first)
    if since > end:
        return _empty(since, end)
    start = max(since - dt.timedelta(days=baseline_days), first)
    check_span(start, end, "the alert window (since - baseline .. last event)")
    # one daily aggregation per country pair; numpy folds it into weekly series of every dyad
    # and country for the screen, then into daily series of those that pass
    rows = _pair_days(con, table, start, end, days)
    codes = _codes(rows)
    keys, n, c, _ = _fold(rows, (end - start).days // 7 + 1, 7, codes=codes)
    first_week = (since - start).days // 7
    enough = c[:, first_week:].sum(axis=1) >= min_events
    idx = np.flatnonzero(enough)
    if len(idx):
        idx = idx[screen(c[idx], (n - c)[idx], first_week, scale=scale, min_size=1)]
    n_series = len(keys)
    wanted = {keys[i] for i in idx}
    alerts = []
    if wanted:
        dkeys, n, c, g = _fold(rows, (end - start).days + 1, 1, wanted, codes)
        dates = [start + dt.timedelta(days=i) for i in range(n.shape[1])]
        for i, cps in enumerate(changepoints_many(c, n - c, scale=scale)):
            for sh in assess(dates, c[i], n[i], g[i], cps, n_tests=n_series, alpha=alpha,
                             min_events=min_events, baseline_days=baseline_days):
                if sh.significant and sh.date >= since:
                    alerts.append({"kind": dkeys[i][0], "key": dkeys[i][1], **sh.as_dict()})
    alerts.sort(key=lambda a: (-a["severity"], a["p"], a["key"]))
    _attach_events(con, table, alerts, n_events)
    return {"since": since.isoformat(), "until": end.isoformat(), "series": n_series,
            "screened": len(wanted), "alerts": alerts}


def _attach_events(con, table: str, alerts: list[dict], limit: int) -> None:
    """Each alert's ``limit`` most severe conflict events of its after-segment (lowest Goldstein
    first, then most reported, earliest, by id)."""
    for a in alerts:
        a["events"] = []
    if not alerts or limit <= 0:
        return
    mentions = "num_mentions" if table == "merged_events" else "1"
    base = rollup.SOURCES[table][0]  # merged_events is a view of event_clusters: its rowids
    touch = sorted({x for a in alerts for x in a["key"].split("-")})
    los = [dt.date.fromisoformat(a["after"]["start"]) for a in alerts]
    his = [dt.date.fromisoformat(a["after"]["end"]) for a in alerts]
    pairs = [a["key"].split("-") if a["kind"] == "dyad" else [a["key"], None] for a in alerts]
    ranked = con.execute(_RANK.format(table=base, mentions=mentions, limit=int(limit)), [
        min(los), max(his), touch, touch, list(range(len(alerts))), [p[0] for p in pairs],
        [p[1] for p in pairs], los, his]).fetchall()
    if not ranked:
        return
    cur = con.execute(_FETCH.format(table=base, mentions=mentions),
                      [sorted({r for _, r in ranked})])
    names = [d[0] for d in cur.description]
    rows = {}
    for r in cur.fetchall():
        d = dict(zip(names, r, strict=True))
        d["date"] = d["date"].isoformat()
        rows[d.pop("rid")] = d
    for i, rid in ranked:
        alerts[i]["events"].append(dict(rows[rid]))
