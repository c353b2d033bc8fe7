"""The analyst's summary: top actors, top dyads, conflict intensity per country per week.

``summary(con)`` returns plain data (JSON-ready). Asserted events only; deduplicated events when
the store has them. Conflict intensity of a country in a week is the summed Goldstein magnitude of
the conflict events (QuadClass 3-4) it took part in, as source or target.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
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
    """One scan grouped by (source, target, QuadClass) gives totals, actors and dyads; a second,
    over the last ``weeks`` weeks only, the weekly conflict intensity of the top countries."""
    t = event_table(con, merged)
    groups = con.execute(f"""
        SELECT source_code, target_code, quad_class, count(*), sum(goldstein), min(date),
            max(date)
        FROM {t} WHERE modality = 'asserted' GROUP BY ALL""").fetchall()
    totals: dict[str, Any] = {"events": 0, "first_date": None, "last_date": None,
                              "q1": 0, "q2": 0, "q3": 0, "q4": 0}
    gsum = 0.0
    actors: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])  # events, conflict, g
    dyads: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    firsts, lasts = [], []
    for src, tgt, quad, n, g, d0, d1 in groups:
        totals["events"] += n
        if quad in (1, 2, 3, 4):
            totals[f"q{quad}"] += n
        gsum += g or 0.0
        firsts.append(d0)
        lasts.append(d1)
        conflict = n if (quad or 0) >= 3 else 0
        for code in {src, tgt} - {None}:
            a = actors[code]
            a[0] += n
            a[1] += conflict
            a[2] += g or 0.0
        if src is not None and tgt is not None:
            d = dyads[(min(src, tgt), max(src, tgt))]
            d[0] += n
            d[1] += conflict
            d[2] += g or 0.0
    firsts, lasts = [d for d in firsts if d], [d for d in lasts if d]
    totals["first_date"] = min(firsts).isoformat() if firsts else None
    totals["last_date"] = max(lasts).isoformat() if lasts else None
    totals["goldstein_mean"] = round(gsum / totals["events"], 4) if totals["events"] else None

    def stats(n, c, g):
        return {"events": int(n), "conflict_share": round(c / n, 4),
                "goldstein_mean": round(g / n, 4)}

    top_actors = [{"code": k, **stats(*v)} for k, v in
                  sorted(actors.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]]
    top_dyads = [{"a": k[0], "b": k[1], **stats(*v)} for k, v in
                 sorted(dyads.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]]
    params: list[Any] = []
    window = ""
    if weeks and lasts:
        window = "AND date >= ?"
        d = max(lasts)
        params.append(d - dt.timedelta(days=d.weekday() + 7 * (weeks - 1)))
    intensity = _rows(con, f"""
        WITH w AS (
            SELECT source_country AS s, target_country AS t,
                CAST(date_trunc('week', date) AS DATE) AS week, count(*) AS n,
                count(*) FILTER (quad_class >= 3) AS c,
                sum(CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END) AS g
            FROM {t} WHERE modality = 'asserted' AND date IS NOT NULL {window} GROUP BY ALL),
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
    return {"table": t, "totals": totals, "top_actors": top_actors, "top_dyads": top_dyads,
            "conflict_by_country_week": intensity}
