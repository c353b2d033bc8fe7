"""Alerts: country dyads and countries whose conflict rose significantly against their own past.

``scan(con, since=D)`` (docs/alerts.md):

1. one DuckDB aggregation gives daily counts (events, conflict events, conflict intensity) per
   unordered country dyad (source and target country, both directions) and per country (events
   with that country on either side), over [since - baseline_days, end];
2. a vectorised single-change screen (``shifts.screen``) keeps the series where a rise at or after
   ``since`` beats the change-point penalty;
3. on those, PELT change points and the significance test of ``shifts.assess``, with Bonferroni
   over all series scanned; significant rises on or after ``since`` become alerts;
4. one more query fetches each alert's triggering events (the most severe conflict events of the
   after-segment). Alerts are ranked by severity (excess conflict intensity per week).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pyarrow as pa

from eventwatch.analysis import event_table
from eventwatch.analysis.shifts import ALPHA, BASELINE_DAYS, MIN_EVENTS, PENALTY_SCALE, \
    assess, changepoints, screen

DEFAULT_SINCE_DAYS = 90

_DAILY = """
WITH base AS MATERIALIZED (
    SELECT source_country AS s, target_country AS t, date, count(*) AS n,
        count(*) FILTER (quad_class >= 3) AS c,
        sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
    FROM {table}
    WHERE modality = 'asserted' AND date BETWEEN ? AND ?
      AND (source_country IS NOT NULL OR target_country IS NOT NULL)
    GROUP BY ALL
)
SELECT 'dyad' AS kind, least(s, t) || '-' || greatest(s, t) AS key, date,
    sum(n) AS n, sum(c) AS c, sum(g) AS g
FROM base WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t GROUP BY ALL
UNION ALL
SELECT 'country', country, date, sum(n), sum(c), sum(g) FROM (
    SELECT s AS country, date, n, c, g FROM base WHERE s IS NOT NULL
    UNION ALL
    SELECT t, date, n, c, g FROM base WHERE t IS NOT NULL AND t IS DISTINCT FROM s
) GROUP BY ALL
"""

_TRIGGERS = """
SELECT idx, date, source_code, target_code, cameo, quad_class, goldstein, event_id, article_id,
       sentence, n_mentions FROM (
    SELECT al.idx, e.date, e.source_code, e.target_code, e.cameo, e.quad_class, e.goldstein,
        e.event_id, e.article_id, e.sentence, {mentions} AS n_mentions,
        row_number() OVER (PARTITION BY al.idx
                           ORDER BY e.goldstein, {mentions} DESC, e.date, e.event_id) AS rn
    FROM _alert_keys al JOIN {table} e ON e.date BETWEEN al.start AND al.stop
    WHERE e.quad_class >= 3 AND e.modality = 'asserted' AND (
        (al.b IS NULL AND (e.source_country = al.a OR e.target_country = al.a))
        OR (e.source_country = al.a AND e.target_country = al.b)
        OR (e.source_country = al.b AND e.target_country = al.a))
) WHERE rn <= ? ORDER BY idx, rn
"""


def _series(con, table: str, start: dt.date, end: dt.date):
    """Dense K x T matrices of daily events, conflict events, conflict intensity."""
    res = con.execute(_DAILY.format(table=table), [start, end]).fetchnumpy()
    t = (end - start).days + 1
    if len(res["key"]) == 0:
        return [], np.zeros((0, t)), np.zeros((0, t)), np.zeros((0, t))
    labels = np.char.add(np.char.add(res["kind"].astype(str), ":"), res["key"].astype(str))
    keys, row = np.unique(labels, return_inverse=True)
    day0 = np.datetime64(start, "D")
    col = (res["date"].astype("datetime64[D]") - day0).astype(int)
    mats = []
    for name in ("n", "c", "g"):
        m = np.zeros((len(keys), t))
        m[row, col] = np.asarray(res[name], float)
        mats.append(m)
    return [tuple(k.split(":", 1)) for k in keys.tolist()], *mats


def scan(con, *, since: dt.date | None = None, until: dt.date | None = None,
         baseline_days: int = BASELINE_DAYS, alpha: float = ALPHA,
         min_events: int = MIN_EVENTS, scale: float = PENALTY_SCALE, n_events: int = 5,
         merged: bool | None = None) -> dict[str, Any]:
    """Alerts for shifts on or after ``since`` (default: the last 90 days of data)."""
    table = event_table(con, merged)
    end = until or con.execute(
        f"SELECT max(date) FROM {table} WHERE modality = 'asserted'").fetchall()[0][0]
    if end is None:
        return {"since": None, "until": None, "series": 0, "screened": 0, "alerts": []}
    since = since or end - dt.timedelta(days=DEFAULT_SINCE_DAYS)
    start = since - dt.timedelta(days=baseline_days)
    keys, n, c, g = _series(con, table, start, end)
    dates = [start + dt.timedelta(days=i) for i in range(n.shape[1])]
    first = (since - start).days
    enough = c[:, first:].sum(axis=1) >= min_events
    passed = np.flatnonzero(enough)
    if len(passed):
        passed = passed[screen(c[passed], (n - c)[passed], first, scale=scale)]
    alerts = []
    for i in passed:
        cps = changepoints(c[i], n[i] - c[i], scale=scale)
        for sh in assess(dates, c[i], n[i], g[i], cps, n_tests=len(keys), alpha=alpha,
                         min_events=min_events, baseline_days=baseline_days):
            if sh.significant and sh.date >= since:
                kind, key = keys[i]
                alerts.append({"kind": kind, "key": key, **sh.as_dict()})
    alerts.sort(key=lambda a: (-a["severity"], a["p"], a["key"]))
    _attach_events(con, table, alerts, n_events)
    return {"since": since.isoformat(), "until": end.isoformat(), "series": len(keys),
            "screened": int(len(passed)), "alerts": alerts}


def _attach_events(con, table: str, alerts: list[dict], limit: int) -> None:
    for a in alerts:
        a["events"] = []
    if not alerts or limit <= 0:
        return
    parts = [a["key"].split("-") + [None] for a in alerts]
    con.register("_alert_keys", pa.table({
        "idx": list(range(len(alerts))), "a": [p[0] for p in parts], "b": [p[1] for p in parts],
        "start": pa.array([dt.date.fromisoformat(a["after"]["start"]) for a in alerts],
                          pa.date32()),
        "stop": pa.array([dt.date.fromisoformat(a["after"]["end"]) for a in alerts],
                         pa.date32())}))
    mentions = "e.num_mentions" if table == "merged_events" else "1"
    cur = con.execute(_TRIGGERS.format(table=table, mentions=mentions), [limit])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    con.unregister("_alert_keys")
    for r in rows:
        d = dict(zip(names, r, strict=True))
        d["date"] = d["date"].isoformat()
        alerts[d.pop("idx")]["events"].append(d)
