"""Analytics over the store: dyad series, shifts and alerts, summaries, the HTML report.

- ``dyads``    per-period series of a dyad (both directions) in DuckDB SQL
- ``shifts``   change points (ruptures PELT, Poisson cost) and their significance
- ``alerts``   the scan of all country dyads and countries for significant conflict rises
- ``summary``  top actors, top dyads, conflict intensity per country per week
- ``plot``     matplotlib figures (Agg backend)
- ``report``   a self-contained HTML report
- ``synth``    synthetic corpora with known answers (tests and bench/analytics.py)
- ``cli``      the click commands (``COMMANDS``)

Queries read ``merged_events`` (one row per real event, see eventwatch.dedup) when it exists and
is populated, else the raw mention rows in ``events``; only asserted events count.
"""

from __future__ import annotations

from eventwatch.dedup import has_dedup

CONFLICT = "quad_class >= 3"


def event_table(con, merged: bool | None = None) -> str:
    """``merged_events`` if asked for (or, with None, if it exists and is not empty)."""
    if merged is False:
        return "events"
    if has_dedup(con) and (merged or con.execute(
            "SELECT count(*) > 0 FROM (SELECT 1 FROM merged_events LIMIT 1)").fetchall()[0][0]):
        return "merged_events"
    if merged:
        raise ValueError("no deduplicated events in this store (run `eventwatch dedup`)")
    return "events"
