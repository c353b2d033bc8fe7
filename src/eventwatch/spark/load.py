"""Load the Parquet output of ``eventwatch spark code`` into the DuckDB store (no Spark needed).

``load_parquet_events(store, path)`` reads ``path/articles`` and ``path/events`` (partitioned by
date) and applies the same rules as ``Store.write_batch``: an article already stored with the same
text hash is left alone, a changed one has its events replaced, a new one is added; everything is
one transaction and one row in ``runs``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from eventwatch.analysis import rollup
from eventwatch.store import EVENT_COLUMNS, Store

_EVENT_CASTS = {
    "sentence_index": "INTEGER", "date": "DATE", "quad_class": "TINYINT", "goldstein": "DOUBLE",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE", "location_geonameid": "BIGINT",
    "fatalities": "INTEGER", "injured": "INTEGER", "confidence": "DOUBLE",
}


def _glob(path: str, sub: str) -> str:
    base = path.rstrip("/")
    if os.path.isdir(base) and not os.path.isdir(os.path.join(base, sub)):
        raise ValueError(f"{path}: no {sub}/ directory (not the output of `eventwatch spark code`)")
    if not os.path.exists(base):
        raise ValueError(f"{path}: no such directory")
    return f"{base}/{sub}/**/*.parquet"


def _event_select() -> str:
    cols = []
    for c in EVENT_COLUMNS:
        if c == "date":  # a hive partition value; Spark writes nulls as __HIVE_DEFAULT_PARTITION__
            cols.append("TRY_CAST(NULLIF(CAST(date AS VARCHAR), '__HIVE_DEFAULT_PARTITION__') "
                        "AS DATE) AS date")
        elif c in _EVENT_CASTS:
            cols.append(f"CAST({c} AS {_EVENT_CASTS[c]}) AS {c}")
        else:
            cols.append(f"CAST({c} AS VARCHAR) AS {c}")
    return ", ".join(cols)


def load_parquet_events(store: Store, path: str | Path) -> dict[str, int]:
    """Insert the articles and events of a Spark output directory. Returns counts."""
    path = str(path)
    arts, evs = _glob(path, "articles"), _glob(path, "events")
    con = store.con
    run_id = store.start_run(f"ingest parquet {path}")
    con.begin()
    try:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _spark_articles AS
            SELECT CAST(id AS VARCHAR) AS id, CAST(date AS DATE) AS date,
                   CAST(title AS VARCHAR) AS title, CAST(source AS VARCHAR) AS source,
                   CAST(url AS VARCHAR) AS url, CAST(text_hash AS VARCHAR) AS text_hash,
                   CAST(origin AS VARCHAR) AS origin, CAST(n_events AS INTEGER) AS n_events
            FROM read_parquet('{_q(arts)}')
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY origin, text_hash) = 1""")
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _spark_todo AS
            SELECT s.id, a.id IS NOT NULL AS replaced FROM _spark_articles s
            LEFT JOIN articles a ON a.id = s.id
            WHERE a.id IS NULL OR a.text_hash <> s.text_hash""")
        total, new, replaced = con.execute(
            "SELECT (SELECT count(*) FROM _spark_articles), count(*) FILTER (NOT replaced), "
            "count(*) FILTER (replaced) FROM _spark_todo").fetchall()[0]
        gone = con.sql("DELETE FROM events WHERE article_id IN "
                       "(SELECT id FROM _spark_todo WHERE replaced) RETURNING "
                       + rollup.COLUMNS).to_arrow_table()
        con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _spark_todo WHERE replaced)")
        con.execute("""
            INSERT INTO articles SELECT s.id, s.date, s.title, s.source, s.url, s.text_hash,
                s.origin, s.n_events, ?, ? FROM _spark_articles s SEMI JOIN _spark_todo t USING (id)
            """, [dt.datetime.now(), run_id])
        added = con.sql(f"""
            INSERT INTO events SELECT * FROM (
                SELECT {_event_select()}
                FROM read_parquet('{_q(evs)}', hive_partitioning = true,
                                  hive_types_autocast = false)
            ) e WHERE e.article_id IN (SELECT id FROM _spark_todo)
            RETURNING {rollup.COLUMNS}""").to_arrow_table()
        n_events = added.num_rows
        rollup.apply(con, "events", added, gone)  # the alert scan's daily counts stay exact
        con.execute("DROP TABLE _spark_todo")
        con.execute("DROP TABLE _spark_articles")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    counts = {"articles_read": total, "articles_new": new, "articles_replaced": replaced,
              "articles_unchanged": total - new - replaced, "events_added": n_events}
    store.finish_run(run_id, counts)
    return counts


def _q(text: str) -> str:
    return text.replace("'", "''")
