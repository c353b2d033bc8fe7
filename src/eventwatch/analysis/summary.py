"""The analyst's summary: top actors, top dyads, conflict intensity per country per week.

``summary(con)`` returns plain data (JSON-ready). Asserted events only; deduplicated events when
the store has them; read from the rollups (``rollup``) when they are up to date, else from the
rows. Conflict intensity of a country in a week is the summed Goldstein magnitude of the conflict
events (QuadClass 3-4) it took part in, as source or target.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwatch.analysis import event_table, rollup, store_range


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


# one scan grouped by (source, target, QuadClass), folded in SQL into the totals, the top actors
# (as source or target, counted once) and the top dyads (unordered code pairs)
_GROUPS_ROWS = """
    SELECT source_code AS s, target_code AS t, quad_class AS q, count(*) AS n,
        sum(goldstein) AS gs
    FROM {t} WHERE modality = 'asserted' GROUP BY ALL"""
# the same groups from the code rollup (rollup.py; delta rows summed, emptied keys dropped)
_GROUPS_ROLLUP = """
    SELECT source_code AS s, target_code AS t, quad_class AS q, sum(n) AS n, sum(gs) AS gs
    FROM {codes} GROUP BY ALL HAVING sum(n) > 0"""
_GROUPS = """
WITH g AS MATERIALIZED ({groups}),
actors AS (
    SELECT code, sum(n) AS n, coalesce(sum(n) FILTER (q >= 3), 0) AS c,
        coalesce(sum(gs), 0) AS gs
    FROM (SELECT s AS code, q, n, gs FROM g WHERE s IS NOT NULL
          UNION ALL SELECT t, q, n, gs FROM g WHERE t IS NOT NULL AND t IS DISTINCT FROM s)
    GROUP BY code),
dyads AS (
    SELECT least(s, t) AS a, greatest(s, t) AS b, sum(n) AS n,
        coalesce(sum(n) FILTER (q >= 3), 0) AS c, coalesce(sum(gs), 0) AS gs
    FROM g WHERE s IS NOT NULL AND t IS NOT NULL GROUP BY 1, 2)
SELECT 'total' AS kind, NULL AS a, NULL AS b, coalesce(sum(n), 0) AS n,
    coalesce(sum(gs), 0) AS gs, coalesce(sum(n) FILTER (q = 1), 0) AS q1,
    coalesce(sum(n) FILTER (q = 2), 0) AS q2, coalesce(sum(n) FILTER (q = 3), 0) AS q3,
    coalesce(sum(n) FILTER (q = 4), 0) AS q4, 0 AS k
FROM g
UNION ALL
(SELECT 'actor', code, NULL, n, gs, c, 0, 0, 0, row_number() OVER (ORDER BY n DESC, code)
 FROM actors ORDER BY n DESC, code LIMIT ?)
UNION ALL
(SELECT 'dyad', a, b, n, gs, c, 0, 0, 0, row_number() OVER (ORDER BY n DESC, a, b)
 FROM dyads ORDER BY n DESC, a, b LIMIT ?)
"""

_WEEKS_ROWS = """
    SELECT source_country AS s, target_country AS t,
        CAST(date_trunc('week', date) AS DATE) AS week, count(*) AS n,
        count(*) FILTER (quad_class >= 3) AS c,
        sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
    FROM {t} WHERE modality = 'asserted' AND date IS NOT NULL {window} GROUP BY ALL"""
_WEEKS_ROLLUP = """
    SELECT source_country AS s, target_country AS t,
        CAST(date_trunc('week', date) AS DATE) AS week, sum(n) AS n, sum(c) AS c, sum(g) AS g
    FROM {days} WHERE date IS NOT NULL {window} GROUP BY ALL"""
_INTENSITY = """
WITH w AS ({weeks}),
c AS (
    SELECT s AS country, week, n, c, g FROM w WHERE s IS NOT NULL
    UNION ALL
    SELECT t, week, n, c, g FROM w WHERE t IS NOT NULL AND t IS DISTINCT FROM s),
agg AS (
    SELECT country, week, sum(n) AS events, sum(c) AS conflict_events,
        sum(g) AS intensity FROM c GROUP BY 1, 2 HAVING sum(n) > 0),
topc AS (
    SELECT country FROM agg GROUP BY 1 ORDER BY sum(intensity) DESC, 1 LIMIT ?)
SELECT agg.* FROM agg JOIN topc USING (country) ORDER BY country, week
"""


def summary(con, *, top: int = 10, weeks: int | None = 12, countries: int = 10,
            merged: bool | None = None, use_rollup: bool = True) -> dict[str, Any]:
    """Two queries: one grouped by (source, target, QuadClass) gives totals, actors and dyads; a
    second, over the last ``weeks`` weeks only, the weekly conflict intensity of the top
    countries (plus the store's first and last date). Both read the rollups (rollup.py) when
    they are up to date, else the rows (``use_rollup=False``: always the rows)."""
    t = event_table(con, merged)
    days = rollup.usable(con, t) if use_rollup else None
    first, last = store_range(con, t, days)
    groups = (_GROUPS_ROLLUP.format(codes=rollup.codes_table(days)) if days
              else _GROUPS_ROWS.format(t=t))
    totals: dict[str, Any] = {"events": 0, "first_date": first.isoformat() if first else None,
                              "last_date": last.isoformat() if last else None,
                              "q1": 0, "q2": 0, "q3": 0, "q4": 0}
    top_actors, top_dyads = [], []

    def stats(n, c, g):
        return {"events": int(n), "conflict_share": round(c / n, 4),
                "goldstein_mean": round(g / n, 4)}

    for kind, a, b, n, g, c, q2, q3, q4, _ in con.execute(
            _GROUPS.format(groups=groups) + " ORDER BY kind DESC, k", [top, top]).fetchall():
        if kind == "total":
            totals.update(events=int(n), q1=int(c), q2=int(q2), q3=int(q3), q4=int(q4))
            totals["goldstein_mean"] = round(g / n, 4) if n else None
        elif kind == "actor":
            top_actors.append({"code": a, **stats(n, c, g)})
        else:
            top_dyads.append({"a": a, "b": b, **stats(n, c, g)})
    params: list[Any] = []
    window = ""
    if weeks and last:
        window = "AND date >= ?"
        params.append(last - dt.timedelta(days=last.weekday() + 7 * (weeks - 1)))
    weeks_sql = (_WEEKS_ROLLUP.format(days=days, window=window) if days
                 else _WEEKS_ROWS.format(t=t, window=window))
    intensity = _rows(con, _INTENSITY.format(weeks=weeks_sql), [*params, countries])
    return {"table": t, "totals": totals, "top_actors": top_actors, "top_dyads": top_dyads,
            "conflict_by_country_week": intensity}
