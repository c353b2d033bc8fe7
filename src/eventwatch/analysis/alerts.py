"""Alerts: country dyads and countries whose conflict rose significantly against their own past.

``scan(con, since=D)`` (docs/alerts.md):

1. one DuckDB aggregation gives weekly counts (events, conflict events) per unordered country
   dyad (source and target country, both directions) and per country (events with that country
   on either side), over [since - baseline_days, end];
2. a vectorised single-change screen (``shifts.screen``, at half the penalty: it is only a
   filter) keeps the series where a rise at or after ``since`` stands out;
3. for those, a second aggregation gives daily series (events, conflict events, conflict
   intensity), and on them the change points and the significance test of ``shifts.assess``, with Bonferroni
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

_SERIES = """
SELECT source_country AS s, target_country AS t, {bucket} AS b, count(*) AS n,
    count(*) FILTER (quad_class >= 3) AS c,
    sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
FROM {table}
WHERE modality = 'asserted' AND date BETWEEN ? AND ? AND {where}
GROUP BY ALL
"""

_TRIGGERS = """
WITH f AS (
    SELECT date, source_code, target_code, source_country, target_country, cameo, quad_class,
        goldstein, event_id, article_id, sentence, {mentions} AS n_mentions
    FROM {table}
    WHERE quad_class >= 3 AND modality = 'asserted' AND date BETWEEN ? AND ?
      AND (source_country IN (SELECT unnest(?)) OR target_country IN (SELECT unnest(?)))
)
SELECT idx, date, source_code, target_code, cameo, quad_class, goldstein, event_id, article_id,
       sentence, n_mentions FROM (
    SELECT al.idx, f.*, row_number() OVER (PARTITION BY al.idx
        ORDER BY f.goldstein, f.n_mentions DESC, f.date, f.event_id) AS rn
    FROM _alert_keys al JOIN f ON f.date BETWEEN al.start AND al.stop
    WHERE (al.b IS NULL AND (f.source_country = al.a OR f.target_country = al.a))
        OR (f.source_country = al.a AND f.target_country = al.b)
        OR (f.source_country = al.b AND f.target_country = al.a)
) WHERE rn <= ? ORDER BY idx, rn
"""


def _series(con, table: str, start: dt.date, end: dt.date, width: int = 1,
            countries: list[str] | None = None):
    """Dense K x T matrices (T buckets of ``width`` days from ``start``) of events, conflict
    events and conflict intensity per dyad and country; only ``countries`` if given."""
    where = "(source_country IS NOT NULL OR target_country IS NOT NULL)"
    params: list = [start, end]
    if countries is not None:
        where = ("(source_country IN (SELECT unnest(?)) "
                 "OR target_country IN (SELECT unnest(?)))")
        params += [countries, countries]
    bucket = f"(date - DATE '{start.isoformat()}') // {width}"
    res = con.execute(_SERIES.format(table=table, bucket=bucket, where=where),
                      params).fetchnumpy()
    t = (end - start).days // width + 1
    # each row counts for its dyad (unordered) and for each of its (one or two) countries
    labels, rows = [], []
    for i, (a, b) in enumerate(zip(res["s"].tolist(), res["t"].tolist(), strict=True)):
        if a is not None and b is not None and a != b:
            labels.append(f"dyad:{a}-{b}" if a < b else f"dyad:{b}-{a}")
            rows.append(i)
        if a is not None:
            labels.append(f"country:{a}")
            rows.append(i)
        if b is not None and b != a:
            labels.append(f"country:{b}")
            rows.append(i)
    if not labels:
        return [], np.zeros((0, t)), np.zeros((0, t)), np.zeros((0, t))
    keys, row = np.unique(np.array(labels), return_inverse=True)
    src = np.array(rows)
    col = np.asarray(res["b"], int)[src]
    mats = []
    for name in ("n", "c", "g"):
        m = np.zeros((len(keys), t))
        np.add.at(m, (row, col), np.asarray(res[name], float)[src])
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
    # screen all series on weekly counts (few groups: fast), then daily series for the rest
    keys, n, c, _ = _series(con, table, start, end, width=7)
    first = (since - start).days // 7
    enough = c[:, first:].sum(axis=1) >= min_events
    idx = np.flatnonzero(enough)
    if len(idx):
        idx = idx[screen(c[idx], (n - c)[idx], first, scale=scale / 2, min_size=1)]
    n_series = len(keys)
    wanted = {keys[i] for i in idx}
    alerts = []
    if wanted:
        countries = sorted({x for _, key in wanted for x in key.split("-")})
        dkeys, n, c, g = _series(con, table, start, end, countries=countries)
        dates = [start + dt.timedelta(days=i) for i in range(n.shape[1])]
        for i, key in enumerate(dkeys):
            if key not in wanted:
                continue
            cps = changepoints(c[i], n[i] - c[i], scale=scale)
            for sh in assess(dates, c[i], n[i], g[i], cps, n_tests=n_series, alpha=alpha,
                             min_events=min_events, baseline_days=baseline_days):
                if sh.significant and sh.date >= since:
                    alerts.append({"kind": key[0], "key": key[1], **sh.as_dict()})
    alerts.sort(key=lambda a: (-a["severity"], a["p"], a["key"]))
    _attach_events(con, table, alerts, n_events)
    return {"since": since.isoformat(), "until": end.isoformat(), "series": n_series,
            "screened": len(wanted), "alerts": alerts}


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
    mentions = "num_mentions" if table == "merged_events" else "1"
    countries = sorted({x for p in parts for x in p if x})
    lo = min(dt.date.fromisoformat(a["after"]["start"]) for a in alerts)
    hi = max(dt.date.fromisoformat(a["after"]["end"]) for a in alerts)
    cur = con.execute(_TRIGGERS.format(table=table, mentions=mentions),
                      [lo, hi, countries, countries, limit])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    con.unregister("_alert_keys")
    for r in rows:
        d = dict(zip(names, r, strict=True))
        d["date"] = d["date"].isoformat()
        alerts[d.pop("idx")]["events"].append(d)
