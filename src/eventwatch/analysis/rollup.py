"""Rollups: small aggregate tables of the asserted events, so that the alert scan and the
summary read a few hundred thousand rows in date order instead of millions in any order.

Two rollups per source table (``events``, and ``event_clusters`` behind ``merged_events``):

- ``*_days(date, source_country, target_country, n, c, g)``: per day and ordered country pair,
  events, conflict events (QuadClass 3-4) and conflict intensity (summed Goldstein magnitude of
  the conflict events); country-less and undated events included (NULL keys);
- ``*_codes(source_code, target_code, quad_class, n, gs)``: per ordered code pair and QuadClass,
  events and summed Goldstein.

They are kept by the write paths, in the writer's transaction: ``apply(con, source, plus, minus)``
adds the rows written (+1) and subtracts the rows deleted (-1), as delta rows appended to the
tables (a key can repeat; readers sum, and a key whose events are gone sums to n = 0). When a
table has grown to twice its rows after the last compaction, it is compacted (summed per key,
zero keys dropped, in date order). ``Store`` calls ``ensure`` when it opens a file for writing:
a store of the previous schema (no rollups), a rollup of another ``VERSION``, or one whose event
count no longer matches its source (rows written by a path that does not call ``apply``) is
rebuilt from the rows. Readers call ``usable``: the same count check; on a read-only connection
a stale rollup is not used (the queries read the rows), on a writable one it is rebuilt.
Counts are exact; Goldstein sums are floating point, equal to a sum over the rows up to rounding
(as two sums of the rows in another order are).
"""

from __future__ import annotations

import pyarrow as pa

VERSION = 1
COMPACT_MIN = 20_000  # a rollup is compacted when it has 2 x its compacted rows + this many,
COMPACT_EVERY = 16  # checked every this many writes (per process; a check costs a query)
_applied: dict[str, int] = {}
# the columns of an event row that the rollups read: DELETE/INSERT ... RETURNING these
COLUMNS = ("modality, date, source_country, target_country, source_code, target_code, "
           "quad_class, goldstein")
_COLUMN_LIST = [c.strip() for c in COLUMNS.split(",")]
SOURCES = {"events": ("events", "event_days", "event_codes"),
           "merged_events": ("event_clusters", "merged_days", "merged_codes")}

_STATE = """
CREATE TABLE IF NOT EXISTS rollup_state (
    source VARCHAR PRIMARY KEY, version INTEGER, compacted BIGINT)
"""
_DDL = """
CREATE TABLE IF NOT EXISTS {days} (date DATE, source_country VARCHAR, target_country VARCHAR,
    n BIGINT, c BIGINT, g DOUBLE);
CREATE TABLE IF NOT EXISTS {codes} (source_code VARCHAR, target_code VARCHAR, quad_class TINYINT,
    n BIGINT, gs DOUBLE);
"""
# {rows}: a relation with COLUMNS and a sign w (+1 written, -1 deleted)
_DAYS = """
SELECT date, source_country, target_country, sum(w) AS n,
    coalesce(sum(w) FILTER (quad_class >= 3), 0) AS c,
    coalesce(sum(w * CASE WHEN quad_class >= 3 THEN greatest(-goldstein, 0) ELSE 0 END), 0) AS g
FROM {rows} WHERE modality = 'asserted' GROUP BY ALL
"""
_CODES = """
SELECT source_code, target_code, quad_class, sum(w) AS n, coalesce(sum(w * goldstein), 0) AS gs
FROM {rows} WHERE modality = 'asserted' GROUP BY ALL
"""


def _exists(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                            [name]).fetchall()[0][0])


def _state(con, source: str):
    """(version, compacted) of a rollup, or None if there is none."""
    if not _exists(con, "rollup_state"):
        return None
    rows = con.execute("SELECT version, compacted FROM rollup_state WHERE source = ?",
                       [source]).fetchall()
    return rows[0] if rows else None


def _counts_match(con, source: str) -> bool:
    """The rollup holds as many events as its source has asserted rows (both rollups)."""
    table, days, codes = SOURCES[source]
    return len(set(con.execute(f"""
        SELECT (SELECT count(*) FROM {table} WHERE modality = 'asserted'),
               (SELECT coalesce(sum(n), 0) FROM {days}),
               (SELECT coalesce(sum(n), 0) FROM {codes})""").fetchall()[0])) == 1


def _read_only(con) -> bool:
    return bool(con.execute("SELECT readonly FROM duckdb_databases() "
                            "WHERE database_name = current_database()").fetchall()[0][0])


def rebuild(con, source: str) -> None:
    """Create (or empty) the rollups of ``source`` and fill them from its rows."""
    table, days, codes = SOURCES[source]
    con.execute(_STATE)
    con.execute(_DDL.format(days=days, codes=codes))
    con.execute(f"DELETE FROM {days}")
    con.execute(f"DELETE FROM {codes}")
    rows = f"(SELECT {COLUMNS}, 1 AS w FROM {table})"
    con.execute(f"INSERT INTO {days} " + _DAYS.format(rows=rows)
                + " ORDER BY date, source_country, target_country")
    con.execute(f"INSERT INTO {codes} " + _CODES.format(rows=rows))
    con.execute("INSERT OR REPLACE INTO rollup_state VALUES (?, ?, ?)",
                [source, VERSION, _size(con, source)])


def fresh(con, source: str) -> bool:
    """The rollups of ``source`` exist, are of this ``VERSION`` and hold as many events as it."""
    state = _state(con, source)
    return state is not None and state[0] == VERSION and _counts_match(con, source)


def ensure(con, source: str) -> bool:
    """Build the rollups of ``source`` if missing, of another version or stale (the migration
    of a store of the previous schema). True if (re)built."""
    if not _exists(con, SOURCES[source][0]) or fresh(con, source):
        return False
    rebuild(con, source)
    return True


def usable(con, source: str) -> str | None:
    """The day rollup's name if the queries on ``source`` can read the rollups, else None
    (read the rows). A stale rollup is rebuilt first on a writable connection."""
    if fresh(con, source):
        return SOURCES[source][1]
    if _read_only(con):
        return None
    rebuild(con, source)
    return SOURCES[source][1]


def codes_table(days: str) -> str:
    return days.replace("_days", "_codes")


def _delta(plus: pa.Table | None, minus: pa.Table | None) -> tuple[dict, dict]:
    """The delta rows of both rollups, {key: [n, c, g]} and {key: [n, gs]}, for the rows
    written (``plus``) and deleted (``minus``). In Python: a batch is small, and a DuckDB query
    per batch would cost more than the loop."""
    days: dict[tuple, list] = {}
    codes: dict[tuple, list] = {}
    for table, w in ((plus, 1), (minus, -1)):
        if table is None or not table.num_rows:
            continue
        for mod, date, s, t, s_code, t_code, q, g in zip(
                *(table.column(c).to_pylist() for c in _COLUMN_LIST), strict=True):
            if mod != "asserted":
                continue
            d = days.setdefault((date, s, t), [0, 0, 0.0])
            d[0] += w
            if q is not None and q >= 3:
                d[1] += w
                if g is not None and g < 0:
                    d[2] -= w * g  # greatest(-goldstein, 0)
            e = codes.setdefault((s_code, t_code, q), [0, 0.0])
            e[0] += w
            if g is not None:
                e[1] += w * g
    return ({k: v for k, v in days.items() if any(v)},
            {k: v for k, v in codes.items() if any(v)})


_INSERT_DAYS = """INSERT INTO {table} SELECT unnest(?::DATE[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::BIGINT[]), unnest(?::BIGINT[]), unnest(?::DOUBLE[])"""
_INSERT_CODES = """INSERT INTO {table} SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::TINYINT[]), unnest(?::BIGINT[]), unnest(?::DOUBLE[])"""


def apply(con, source: str, plus: pa.Table | None = None, minus: pa.Table | None = None) -> None:
    """Add the rows ``plus`` and subtract the rows ``minus`` (Arrow tables with COLUMNS) to the
    rollups of ``source`` (in the caller's transaction). The rollups exist: ``Store`` (and
    ``dedupe``) call ``ensure`` first. Two small inserts; now and then a compaction check."""
    days_delta, codes_delta = _delta(plus, minus)
    _, days, codes = SOURCES[source]
    for table, sql, delta in ((days, _INSERT_DAYS, days_delta),
                              (codes, _INSERT_CODES, codes_delta)):
        if delta:
            keys, values = list(delta), list(delta.values())
            con.execute(sql.format(table=table),
                        [list(col) for col in zip(*keys, strict=True)]
                        + [list(col) for col in zip(*values, strict=True)])
    if not days_delta and not codes_delta:
        return
    _applied[source] = _applied.get(source, 0) + 1
    if _applied[source] % COMPACT_EVERY == 0 and con.execute(f"""
            SELECT (SELECT count(*) FROM {days}) + (SELECT count(*) FROM {codes})
                > 2 * compacted + {int(COMPACT_MIN)} FROM rollup_state WHERE source = ?""",
            [source]).fetchall()[0][0]:
        compact(con, source)


def _size(con, source: str) -> int:
    _, days, codes = SOURCES[source]
    return con.execute(f"SELECT (SELECT count(*) FROM {days}) + (SELECT count(*) FROM {codes})"
                       ).fetchall()[0][0]


def compact(con, source: str) -> None:
    """Sum the rollups of ``source`` per key, drop the keys without events, in date order."""
    _, days, codes = SOURCES[source]
    for table, keys, sums, order in (
            (days, "date, source_country, target_country", "sum(n), sum(c), sum(g)",
             "ORDER BY date, source_country, target_country"),
            (codes, "source_code, target_code, quad_class", "sum(n), sum(gs)", "")):
        con.execute(f"CREATE OR REPLACE TEMP TABLE _rollup_compact AS SELECT {keys}, {sums} "
                    f"FROM {table} GROUP BY ALL HAVING sum(n) > 0 {order}")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM _rollup_compact")
        con.execute("DROP TABLE _rollup_compact")
    con.execute("UPDATE rollup_state SET compacted = ? WHERE source = ?",
                [_size(con, source), source])
