"""Dyad series: the events between two actors (both directions) per day, week or month.

``dyad_series(con, "TUR", "RUS", freq="week")`` returns one row per period from the first to the
last event, empty periods included: counts per QuadClass, each direction's count, mean and summed
Goldstein, and the conflict share (QuadClass 3 and 4 over all). Actors are code prefixes
("TUR" matches TURGOV, TURMIL, ...). Computed in one DuckDB query over asserted events.
``since``/``until`` pad the series with empty periods, but only within the store's own dates
(clamped); a series longer than ``MAX_DAYS`` days raises ``RangeTooLong``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwatch.analysis import check_span, event_table, store_range

FREQS = ("day", "week", "month")


def _periods(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Period starts from ``first`` to ``last`` (both aligned to ``freq``), never past ``last``
    (so no date arithmetic beyond 9999-12-31)."""
    out, d = [], first
    while d <= last:
        out.append(d)
        if d >= last:
            break
        if freq == "day":
            d += dt.timedelta(days=1)
        elif freq == "week":
            d += dt.timedelta(days=7)
        else:
            d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def dyad_series(con, a: str, b: str, *, freq: str = "day", since: dt.date | None = None,
                until: dt.date | None = None, merged: bool | None = None
                ) -> list[dict[str, Any]]:
    """The series of dyad (a, b), both directions; empty periods are zero rows."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    pa_, pb = a.upper() + "%", b.upper() + "%"
    table = event_table(con, merged)
    where = ["modality = 'asserted'", "date IS NOT NULL",
             "((source_code LIKE ? AND target_code LIKE ?) OR "
             "(source_code LIKE ? AND target_code LIKE ?))"]
    params: list[Any] = [pa_, pb, pb, pa_]
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until)
    cur = con.execute(f"""
        SELECT CAST(date_trunc('{freq}', date) AS DATE) AS period, count(*) AS events,
            count(*) FILTER (source_code LIKE ? AND target_code LIKE ?) AS a_to_b,
            count(*) FILTER (NOT (source_code LIKE ? AND target_code LIKE ?)) AS b_to_a,
            count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
            count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
            avg(goldstein) AS goldstein_mean, sum(goldstein) AS goldstein_sum
        FROM {table} WHERE {' AND '.join(where)}
        GROUP BY 1 ORDER BY 1""", [pa_, pb, pa_, pb, *params])
    names = [d[0] for d in cur.description]
    found = {r[0]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}
    if not found:
        return []
    start, end = min(found), max(found)
    pad_before = since is not None and _trunc(since, freq) < start
    pad_after = until is not None and _trunc(until, freq) > end
    if pad_before or pad_after:  # empty periods asked for: only within the store's dates
        first, last = store_range(con, table)
        if pad_before:
            start = min(start, _trunc(max(since, first), freq))
        if pad_after:
            end = max(end, _trunc(min(until, last), freq))
    check_span(start, end, "the dyad series")
    out = []
    for p in _periods(start, end, freq):
        row = found.get(p) or {"period": p, "events": 0, "a_to_b": 0, "b_to_a": 0, "q1": 0,
                               "q2": 0, "q3": 0, "q4": 0, "goldstein_mean": None,
                               "goldstein_sum": 0.0}
        n = row["events"]
        row["conflict"] = row["q3"] + row["q4"]
        row["conflict_share"] = round(row["conflict"] / n, 4) if n else None
        if row["goldstein_mean"] is not None:
            row["goldstein_mean"] = round(row["goldstein_mean"], 3)
        row["goldstein_sum"] = round(row["goldstein_sum"] or 0.0, 3)
        out.append(row)
    return out


def _trunc(d: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return d - dt.timedelta(days=d.weekday())
    if freq == "month":
        return d.replace(day=1)
    return d
