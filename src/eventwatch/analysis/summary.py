"""The analyst's summary: top actors, top dyads, conflict intensity per country per week.

``summary(con)`` returns plain data (JSON-ready). Asserted events only; deduplicated events when
the store has them. Conflict intensity of a country in a week is the summed Goldstein magnitude of
the conflict events (QuadClass 3-4) it took part in, as source or target.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwatch.analysis import event_table


def _rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    out = []
    for r in cur.fetchall():
        d = dict(zip(names, r, strict=True))
        for k, v in d.items():
            if isinstance(v, dt.date):
                d[k] = v.isoformat()
            elif isinstance(v, float):
                d[k] = round(v, 4)
        out.append(d)
    return out


def summary(con, *, top: int = 10, weeks: int | None = 12, countries: int = 10,
            merged: bool | None = None) -> dict[str, Any]:
    t = event_table(con, merged)
    asserted = "modality = 'asserted'"
    totals = _rows(con, f"""
        SELECT count(*) AS events, min(date) AS first_date, max(date) AS last_date,
            count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
            count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
            avg(goldstein) AS goldstein_mean
        FROM {t} WHERE {asserted}""")[0]
    actors = _rows(con, f"""
        WITH sides AS (
            SELECT source_code AS code, count(*) AS n,
                count(*) FILTER (quad_class >= 3) AS c, sum(goldstein) AS g
            FROM {t} WHERE {asserted} AND source_code IS NOT NULL GROUP BY 1
            UNION ALL
            SELECT target_code, count(*), count(*) FILTER (quad_class >= 3), sum(goldstein)
            FROM {t} WHERE {asserted} AND target_code IS NOT NULL
              AND target_code IS DISTINCT FROM source_code GROUP BY 1)
        SELECT code, sum(n) AS events, sum(c) / sum(n) AS conflict_share,
            sum(g) / sum(n) AS goldstein_mean
        FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?""", [top])
    dyads = _rows(con, f"""
        WITH d AS (
            SELECT source_code AS s, target_code AS t, count(*) AS n,
                count(*) FILTER (quad_class >= 3) AS c, sum(goldstein) AS g
            FROM {t} WHERE {asserted} AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY 1, 2)
        SELECT least(s, t) AS a, greatest(s, t) AS b, sum(n) AS events,
            sum(c) / sum(n) AS conflict_share, sum(g) / sum(n) AS goldstein_mean
        FROM d GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?""", [top])
    last = totals["last_date"]
    params: list[Any] = []
    window = ""
    if weeks and last:
        window = "AND date >= ?"
        d = dt.date.fromisoformat(last)
        params.append(d - dt.timedelta(days=d.weekday() + 7 * (weeks - 1)))
    intensity = _rows(con, f"""
        WITH w AS (
            SELECT source_country AS s, target_country AS t,
                CAST(date_trunc('week', date) AS DATE) AS week, count(*) AS n,
                count(*) FILTER (quad_class >= 3) AS c,
                sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
            FROM {t} WHERE {asserted} AND date IS NOT NULL {window} GROUP BY ALL),
        c AS (
            SELECT s AS country, week, n, c, g FROM w WHERE s IS NOT NULL
            UNION ALL
            SELECT t, week, n, c, g FROM w WHERE t IS NOT NULL AND t IS DISTINCT FROM s),
        agg AS (
            SELECT country, week, sum(n) AS events, sum(c) AS conflict_events,
                sum(g) AS intensity FROM c GROUP BY 1, 2),
        topc AS (
            SELECT country FROM agg GROUP BY 1 ORDER BY sum(intensity) DESC, 1 LIMIT ?)
        SELECT agg.* FROM agg JOIN topc USING (country) ORDER BY country, week""",
        [*params, countries])
    return {"table": t, "totals": totals, "top_actors": actors, "top_dyads": dyads,
            "conflict_by_country_week": intensity}
