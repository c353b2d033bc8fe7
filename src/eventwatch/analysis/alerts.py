"""Alerts: country dyads and countries whose conflict rose significantly against their own past.

``scan(con, since=D)`` (docs/alerts.md):

1. one DuckDB aggregation gives weekly counts (events, conflict events) per unordered country
   dyad (source and target country, both directions) and per country (events with that country
   on either side), over [since - baseline_days, end];
2. a vectorised single-change screen (``shifts.screen``, same penalty) keeps the series where
   a rise at or after ``since`` stands out;
3. for those, a second aggregation gives daily series (events, conflict events, conflict
   intensity), and on them the change points and the significance test of ``shifts.assess``,
   with Bonferroni over all series scanned; significant rises on or after ``since`` become alerts;
4. one more query fetches each alert's triggering events (the most severe conflict events of the
   after-segment). Alerts are ranked by severity (excess conflict intensity per week).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from eventwatch.analysis import event_table
from eventwatch.analysis.shifts import (
    ALPHA,
    BASELINE_DAYS,
    MIN_EVENTS,
    PENALTY_SCALE,
    assess,
    changepoints,
    screen,
)

DEFAULT_SINCE_DAYS = 90

_SERIES = """
SELECT source_country AS s, target_country AS t, {bucket} AS b, count(*) AS n,
    count(*) FILTER (quad_class >= 3) AS c,
    sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
FROM {table}
WHERE modality = 'asserted' AND date BETWEEN ? AND ? AND {where}
GROUP BY ALL
"""

_DAILY = """
WITH r AS (
    SELECT source_country AS s, target_country AS t, date, quad_class >= 3 AS k,
        CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END AS g
    FROM {table}
    WHERE modality = 'asserted' AND date BETWEEN ? AND ?
      AND (list_contains(?, source_country) OR list_contains(?, target_country))
)
SELECT 'dyad' AS kind, least(s, t) || '-' || greatest(s, t) AS key, date, count(*) AS n,
    count(*) FILTER (k) AS c, sum(g) AS g
FROM r WHERE list_contains(?, s || '-' || t) GROUP BY ALL
UNION ALL
SELECT 'country', country, date, count(*), count(*) FILTER (k), sum(g) FROM (
    SELECT s AS country, date, k, g FROM r WHERE list_contains(?, s)
    UNION ALL
    SELECT t, date, k, g FROM r WHERE list_contains(?, t) AND t IS DISTINCT FROM s
) GROUP BY ALL
"""

_CONFLICT_ROWS = """
WITH f AS MATERIALIZED (
    SELECT date, source_code, target_code, source_country, target_country, cameo, quad_class,
        goldstein, event_id, article_id, sentence, {mentions} AS n_mentions
    FROM {table}
    WHERE quad_class >= 3 AND modality = 'asserted' AND date BETWEEN ? AND ?
      AND (list_contains(?, source_country) OR list_contains(?, target_country)))
"""
_TRIGGER = """
(SELECT {idx} AS idx, date, source_code, target_code, cameo, quad_class, goldstein, event_id,
    article_id, sentence, n_mentions
 FROM f WHERE date BETWEEN ? AND ? AND {who}
 ORDER BY goldstein, n_mentions DESC, date, event_id LIMIT {limit})
"""


def _series(con, table: str, start: dt.date, end: dt.date, width: int = 7):
    """Dense K x T matrices (T buckets of ``width`` days from ``start``) of events, conflict
    events and conflict intensity per dyad and per country."""
    where = "(source_country IS NOT NULL OR target_country IS NOT NULL)"
    params: list = [start, end]
    bucket = f"(date - DATE '{start.isoformat()}') // {width}"
    res = con.execute(_SERIES.format(table=table, bucket=bucket, where=where),
                      params).fetchnumpy()
    t = (end - start).days // width + 1
    # each row counts for its dyad (unordered) and for each of its (one or two) countries
    index: dict[tuple[str, str], int] = {}
    row, rows = [], []
    for i, (a, b) in enumerate(zip(res["s"].tolist(), res["t"].tolist(), strict=True)):
        if a is not None and b is not None and a != b:
            row.append(index.setdefault(("dyad", f"{a}-{b}" if a < b else f"{b}-{a}"),
                                        len(index)))
            rows.append(i)
        if a is not None:
            row.append(index.setdefault(("country", a), len(index)))
            rows.append(i)
        if b is not None and b != a:
            row.append(index.setdefault(("country", b), len(index)))
            rows.append(i)
    keys = list(index)
    src = np.array(rows, dtype=int)
    col = np.asarray(res["b"], int)[src]
    mats = []
    for name in ("n", "c", "g"):
        m = np.zeros((len(keys), t))
        np.add.at(m, (row, col), np.asarray(res[name], float)[src])
        mats.append(m)
    return keys, *mats


def _daily(con, table: str, start: dt.date, end: dt.date, wanted: set[tuple[str, str]]):
    """Daily K x T matrices of events, conflict events, conflict intensity for ``wanted``."""
    pairs = [k for kind, key in wanted if kind == "dyad" for k in
             (key, "-".join(reversed(key.split("-"))))]
    countries = sorted({c for kind, key in wanted if kind == "country" for c in [key]})
    touch = sorted({c for _, key in wanted for c in key.split("-")})
    res = con.execute(_DAILY.format(table=table),
                      [start, end, touch, touch, pairs, countries, countries]).fetchnumpy()
    keys = sorted(wanted)
    index = {k: i for i, k in enumerate(keys)}
    t = (end - start).days + 1
    row = np.array([index[(a, b)] for a, b in zip(res["kind"].tolist(), res["key"].tolist(),
                                                   strict=True)], dtype=int)
    col = (res["date"].astype("datetime64[D]") - np.datetime64(start, "D")).astype(int)
    mats = []
    for name in ("n", "c", "g"):
        m = np.zeros((len(keys), t))
        if len(row):
            m[row, col] = np.asarray(res[name], float)
        mats.append(m)
    return keys, *mats


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
        idx = idx[screen(c[idx], (n - c)[idx], first, scale=scale, min_size=1)]
    n_series = len(keys)
    wanted = {keys[i] for i in idx}
    alerts = []
    if wanted:
        dkeys, n, c, g = _daily(con, table, start, end, wanted)
        dates = [start + dt.timedelta(days=i) for i in range(n.shape[1])]
        for i, key in enumerate(dkeys):
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
    mentions = "num_mentions" if table == "merged_events" else "1"
    countries = sorted({x for a in alerts for x in a["key"].split("-")})
    lo = min(dt.date.fromisoformat(a["after"]["start"]) for a in alerts)
    hi = max(dt.date.fromisoformat(a["after"]["end"]) for a in alerts)
    parts, params = [], [lo, hi, countries, countries]
    for i, a in enumerate(alerts):
        if a["kind"] == "dyad":
            x, y = a["key"].split("-")
            who = ("((source_country = ? AND target_country = ?) "
                   "OR (source_country = ? AND target_country = ?))")
            extra = [x, y, y, x]
        else:
            who, extra = "(source_country = ? OR target_country = ?)", [a["key"]] * 2
        parts.append(_TRIGGER.format(idx=i, who=who, limit=int(limit)))
        params += [dt.date.fromisoformat(a["after"]["start"]),
                   dt.date.fromisoformat(a["after"]["end"]), *extra]
    sql = _CONFLICT_ROWS.format(table=table, mentions=mentions) + " UNION ALL ".join(parts)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    for r in rows:
        d = dict(zip(names, r, strict=True))
        d["date"] = d["date"].isoformat()
        alerts[d.pop("idx")]["events"].append(d)
