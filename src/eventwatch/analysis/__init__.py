"""Analytics over the store: dyad series, shifts and alerts, summaries, the HTML report.

- ``dyads``    per-period series of a dyad (both directions) in DuckDB SQL
- ``shifts``   change points (PELT/binary segmentation, Poisson cost, numpy) and their significance
- ``alerts``   the scan of all country dyads and countries for significant conflict rises
- ``rollup``   daily and per-code aggregate tables kept by the store's write paths (read by the
               scan and the summary)
- ``summary``  top actors, top dyads, conflict intensity per country per week
- ``plot``     matplotlib figures (Agg backend)
- ``report``   a self-contained HTML report
- ``synth``    synthetic corpora with known answers (tests and bench/analytics.py)
- ``cli``      the click commands (``COMMANDS``)

Queries read ``merged_events`` (one row per real event, see eventwatch.dedup) when it exists and
is populated, else the raw mention rows in ``events``; only asserted events count.

Requested date ranges are clamped to the store's own range (first to last asserted event), so the
work depends on the events stored, not on the dates asked for; a range still longer than
``MAX_DAYS`` days after clamping raises ``RangeTooLong`` (a ValueError: a 422 in the API, one
line on stderr in the CLI).
"""

from __future__ import annotations

CONFLICT = "quad_class >= 3"
MAX_DAYS = 20_000  # about 55 years: the longest daily series or alert window computed


class RangeTooLong(ValueError):
    """A date range that is still too long after clamping it to the store's dates."""


def check_span(first, last, what: str) -> None:
    """Raise ``RangeTooLong`` if ``first`` .. ``last`` covers more than ``MAX_DAYS`` days."""
    days = (last - first).days + 1
    if days > MAX_DAYS:
        raise RangeTooLong(
            f"{what} {first} .. {last} covers {days:,} days, more than the limit of "
            f"{MAX_DAYS:,}: ask for a shorter range (since/until)")


def store_range(con, table: str, days: str | None = None):
    """(first, last) date of the asserted events of ``table``; (None, None) if it has none.
    ``days``: its day rollup (``rollup.usable``), read instead of the rows."""
    if days:
        return tuple(con.execute(
            f"SELECT min(date), max(date) FROM (SELECT date FROM {days} WHERE date IS NOT NULL "
            "GROUP BY date HAVING sum(n) > 0)").fetchall()[0])
    return tuple(con.execute(
        f"SELECT min(date), max(date) FROM {table} WHERE modality = 'asserted'").fetchall()[0])


def event_table(con, merged: bool | None = None) -> str:
    """``merged_events`` if asked for (or, with None, if it exists and is not empty)."""
    from eventwatch.dedup import has_dedup  # dedup imports the store, which imports rollup

    if merged is False:
        return "events"
    if has_dedup(con) and (merged or con.execute(
            "SELECT count(*) > 0 FROM (SELECT 1 FROM merged_events LIMIT 1)").fetchall()[0][0]):
        return "merged_events"
    if merged:
        raise ValueError("no deduplicated events in this store (run `eventwatch dedup`)")
    return "events"
