"""The embedded store: DuckDB tables ``articles``, ``events`` and ``runs``.

Events are stored flat (one column per field, actor and location fields prefixed) so that SQL
filters and exports are plain; ``row_to_event_dict`` rebuilds the public JSON record.
Ingest is idempotent: an article with the same id and text hash adds nothing, a changed text
replaces that article's events, and every batch is one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwatch.analysis import rollup
from eventwatch.records import Article, Event

ACTOR_FIELDS = ("text", "name", "code", "country", "sector", "type")
LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "geonameid", "precision")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    date DATE,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    text_hash VARCHAR NOT NULL,
    origin VARCHAR,
    n_events INTEGER,
    ingested_at TIMESTAMP,
    run_id INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    date DATE,
    date_precision VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, source_type VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    target_sector VARCHAR, target_type VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, quad_class TINYINT, goldstein DOUBLE,
    plover VARCHAR, acled VARCHAR, modality VARCHAR,
    attribution_text VARCHAR, attribution_code VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT,
    location_precision VARCHAR,
    fatalities INTEGER, injured INTEGER, confidence DOUBLE
);
CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY,
    command VARCHAR,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    articles_read INTEGER,
    articles_new INTEGER,
    articles_replaced INTEGER,
    articles_unchanged INTEGER,
    articles_skipped INTEGER,
    events_added INTEGER
);
"""

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "sentence_index", "sentence", "date", "date_precision",
    *(f"source_{f}" for f in ACTOR_FIELDS), *(f"target_{f}" for f in ACTOR_FIELDS),
    "cameo", "cameo_root", "quad_class", "goldstein", "plover", "acled", "modality",
    "attribution_text", "attribution_code",
    *(f"location_{f}" for f in LOCATION_FIELDS),
    "fatalities", "injured", "confidence",
)

_EVENT_TYPES = {
    "sentence_index": pa.int32(), "date": pa.date32(), "quad_class": pa.int8(),
    "goldstein": pa.float64(), "location_lat": pa.float64(), "location_lon": pa.float64(),
    "location_geonameid": pa.int64(), "fatalities": pa.int32(), "injured": pa.int32(),
    "confidence": pa.float64(),
}
EVENT_ARROW_SCHEMA = pa.schema([(c, _EVENT_TYPES.get(c, pa.string())) for c in EVENT_COLUMNS])


class StoreError(Exception):
    """A user-facing problem with the database file (locked, not a DuckDB file, ...)."""


def event_to_row(ev: Event) -> dict[str, Any]:
    d = ev.to_dict()
    row: dict[str, Any] = {k: d[k] for k in EVENT_COLUMNS if k in d}
    row["date"] = ev.date
    for side in ("source", "target"):
        actor = d[side] or {}
        for f in ACTOR_FIELDS:
            row[f"{side}_{f}"] = actor.get(f)
    attr = d["attribution"] or {}
    row["attribution_text"] = attr.get("text")
    row["attribution_code"] = attr.get("code")
    loc = d["location"] or {}
    for f in LOCATION_FIELDS:
        row[f"location_{f}"] = loc.get(f)
    return row


_NO_ACTOR = (None,) * len(ACTOR_FIELDS)
_NO_LOCATION = (None,) * len(LOCATION_FIELDS)


def _actor(a: Any) -> tuple:
    return _NO_ACTOR if a is None else (a.text, a.name, a.code, a.country, a.sector, a.type)


def event_values(ev: Event) -> tuple:
    """``event_to_row(ev)`` as a tuple in EVENT_COLUMNS order, without building dicts (fast)."""
    loc, attr = ev.location, ev.attribution
    return (
        ev.event_id, ev.article_id, ev.sentence_index, ev.sentence, ev.date, ev.date_precision,
        *_actor(ev.source), *_actor(ev.target),
        ev.cameo, ev.cameo_root, ev.quad_class, ev.goldstein, ev.plover, ev.acled, ev.modality,
        *((None, None) if attr is None else (attr.text, attr.code)),
        *(_NO_LOCATION if loc is None else (loc.name, loc.country, loc.admin1, loc.lat, loc.lon,
                                            loc.geonameid, loc.precision)),
        ev.fatalities, ev.injured, round(ev.confidence, 3),
    )


def event_table(events: Iterable[Event]) -> pa.Table:
    """The flat rows of ``events`` as an Arrow table (EVENT_ARROW_SCHEMA), built column-wise."""
    rows = [event_values(e) for e in events]
    columns = zip(*rows, strict=True) if rows else ([] for _ in EVENT_COLUMNS)
    return pa.Table.from_arrays(
        [pa.array(col, type=f.type) for col, f in zip(columns, EVENT_ARROW_SCHEMA, strict=True)],
        schema=EVENT_ARROW_SCHEMA)


_ARTICLE_ARROW_SCHEMA = pa.schema([
    ("id", pa.string()), ("date", pa.date32()), ("title", pa.string()), ("source", pa.string()),
    ("url", pa.string()), ("text_hash", pa.string()), ("origin", pa.string()),
    ("n_events", pa.int32()), ("ingested_at", pa.timestamp("us")), ("run_id", pa.int32()),
])


def _article_table(kept: Sequence[tuple[Article, int]], run_id: int | None) -> pa.Table:
    """The ``articles`` rows of (article, number of events) pairs, in table column order."""
    now = dt.datetime.now()
    cols = [[a.id for a, _ in kept], [a.date for a, _ in kept], [a.title for a, _ in kept],
            [a.source for a, _ in kept], [a.url for a, _ in kept],
            [a.text_hash for a, _ in kept], [a.origin for a, _ in kept], [n for _, n in kept],
            [now] * len(kept), [run_id] * len(kept)]
    return pa.Table.from_arrays([pa.array(c, type=f.type)
                                 for c, f in zip(cols, _ARTICLE_ARROW_SCHEMA, strict=True)],
                                schema=_ARTICLE_ARROW_SCHEMA)


def row_to_event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """Rebuild the public event record (docs/event-schema.md) from a flat row."""

    def group(prefix: str, fields: Sequence[str], key: str) -> dict[str, Any] | None:
        if row.get(f"{prefix}_{key}") is None:
            return None
        return {f: row.get(f"{prefix}_{f}") for f in fields}

    date = row.get("date")
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": date.isoformat() if isinstance(date, dt.date) else date,
        "date_precision": row["date_precision"],
        "source": group("source", ACTOR_FIELDS, "code"),
        "target": group("target", ACTOR_FIELDS, "code"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover": row["plover"],
        "acled": row["acled"],
        "modality": row["modality"],
        "attribution": (
            {"text": row["attribution_text"], "code": row["attribution_code"]}
            if row.get("attribution_text") is not None else None
        ),
        "location": group("location", LOCATION_FIELDS, "name"),
        "fatalities": row["fatalities"],
        "injured": row["injured"],
        "confidence": row["confidence"],
    }


class Store:
    """A DuckDB database holding articles, events and runs."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such database (run `eventwatch ingest` first)")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise StoreError(
                    f"{self.path}: the database is in use by another eventwatch process "
                    "(DuckDB allows one writer); wait for it to finish"
                ) from None
            raise StoreError(f"{self.path}: cannot open database: {msg}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None
        if not read_only:
            self.con.execute(SCHEMA)
            for source in rollup.SOURCES:  # the aggregates read by analysis (migration, repair)
                rollup.ensure(self.con, source)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs -------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        run_id = self.con.execute("SELECT nextval('run_ids')").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (run_id, command, started_at) VALUES (?, ?, ?)",
            [run_id, command, dt.datetime.now()],
        )
        return int(run_id)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        cols = ("articles_read", "articles_new", "articles_replaced", "articles_unchanged",
                "articles_skipped", "events_added")
        self.con.execute(
            "UPDATE runs SET finished_at = ?, " + ", ".join(f"{c} = ?" for c in cols)
            + " WHERE run_id = ?",
            [dt.datetime.now(), *(counts.get(c, 0) for c in cols), run_id],
        )

    # -- articles and events ----------------------------------------------------------------
    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]
        ).fetchall()
        return dict(rows)

    def write_batch(self, coded: Iterable[tuple[Article, list[Event]]], run_id: int | None
                    ) -> dict[str, int]:
        """Store articles with their events in one transaction. Returns counts."""
        coded = list(coded)

        def kept_events(keep: list[bool]) -> pa.Table | None:
            kept = [e for (_, evs), k in zip(coded, keep, strict=True) if k for e in evs]
            return event_table(kept) if kept else None

        return self._write([a for a, _ in coded], [len(evs) for _, evs in coded], kept_events,
                           run_id)

    def write_rows(self, articles: Sequence[Article], n_events: Sequence[int],
                   events: pa.Table | None, run_id: int | None) -> dict[str, int]:
        """``write_batch`` for events already flattened: ``events`` holds the rows
        (EVENT_ARROW_SCHEMA) of the articles in order, ``n_events[i]`` of them for article i."""

        def kept_events(keep: list[bool]) -> pa.Table | None:
            if events is None or not events.num_rows:
                return None
            if all(keep):
                return events
            mask = [k for k, n in zip(keep, n_events, strict=True) for _ in range(n)]
            return events.filter(pa.array(mask, pa.bool_()))

        if len(n_events) != len(articles) or (events.num_rows if events is not None else 0) != sum(
                n_events):
            raise ValueError("write_rows: n_events does not match the articles or event rows")
        return self._write(articles, n_events, kept_events, run_id)

    def _write(self, articles: Sequence[Article], n_events: Sequence[int],
               kept_events: Callable[[list[bool]], pa.Table | None], run_id: int | None
               ) -> dict[str, int]:
        """One transaction: replace changed articles, insert new ones (Arrow, not row by row).
        An article already stored with the same text hash, or repeated in the batch, is skipped;
        ``kept_events(keep)`` returns the event rows of the kept articles."""
        counts = {"articles_new": 0, "articles_replaced": 0, "articles_unchanged": 0,
                  "events_added": 0}
        if not articles:
            return counts
        known = self.known_hashes([a.id for a in articles])
        keep: list[bool] = []
        replaced: list[str] = []
        seen: set[str] = set()
        for art in articles:
            if art.id in seen or known.get(art.id) == art.text_hash:
                keep.append(False)
                counts["articles_unchanged"] += 1
                continue
            seen.add(art.id)
            keep.append(True)
            if art.id in known:
                replaced.append(art.id)
                counts["articles_replaced"] += 1
            else:
                counts["articles_new"] += 1
        table = kept_events(keep)
        counts["events_added"] = table.num_rows if table is not None else 0
        kept = [(a, n) for a, n, k in zip(articles, n_events, keep, strict=True) if k]
        con = self.con
        con.begin()
        try:
            gone = None
            if replaced:
                gone = con.sql("DELETE FROM events WHERE article_id IN (SELECT unnest(?)) "
                               "RETURNING " + rollup.COLUMNS, params=[replaced]).to_arrow_table()
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [replaced])
            if kept:
                con.register("_new_articles", _article_table(kept, run_id))
                con.execute("INSERT INTO articles SELECT * FROM _new_articles")
                con.unregister("_new_articles")
            if table is not None and table.num_rows:
                con.register("_new_events", table)
                con.execute("INSERT INTO events SELECT * FROM _new_events")
                con.unregister("_new_events")
            rollup.apply(con, "events", table, gone)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return counts

    # -- queries ------------------------------------------------------------------------------
    def query_events(
        self, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
        since: dt.date | None = None, until: dt.date | None = None,
        cameo_root: str | None = None, plover: str | None = None, country: str | None = None,
        modalities: Sequence[str] | None = ("asserted",), limit: int | None = None,
    ) -> list[dict[str, Any]]:
        where, params = event_filters(actor=actor, dyad=dyad, since=since, until=until,
                                      cameo_root=cameo_root, plover=plover, country=country,
                                      modalities=modalities)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date, article_id, sentence_index, event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.con.execute(sql).fetchone()  # noqa: E731
        n_art, first, last = one("SELECT count(*), min(date), max(date) FROM articles")
        n_ev = one("SELECT count(*) FROM events")[0]
        by_mod = dict(self.con.execute(
            "SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall())
        by_quad = dict(self.con.execute(
            "SELECT quad_class, count(*) FROM events WHERE modality = 'asserted' "
            "GROUP BY 1 ORDER BY 1").fetchall())
        by_root = self.con.execute(
            "SELECT cameo_root, count(*) FROM events WHERE modality = 'asserted' "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10").fetchall()
        runs = one("SELECT count(*) FROM runs")[0]
        return {
            "articles": n_art, "events": n_ev,
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "events_by_modality": by_mod, "asserted_by_quad_class": by_quad,
            "top_cameo_roots": by_root, "runs": runs,
        }

    def top_dyads(self, n: int = 10) -> list[tuple[str, str, int, float]]:
        return self.con.execute(
            "SELECT source_code, target_code, count(*) AS n, round(avg(goldstein), 2) "
            "FROM events WHERE modality = 'asserted' AND source_code IS NOT NULL "
            "AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [n]
        ).fetchall()


def event_filters(*, actor=None, dyad=None, since=None, until=None, cameo_root=None, plover=None,
                  country=None, modalities=("asserted",)) -> tuple[list[str], list[Any]]:
    """SQL WHERE clauses (parameterised) shared by the CLI and the API."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append("(source_code LIKE ? OR target_code LIKE ?)")
        params += [actor.upper() + "%"] * 2
    if dyad:
        a, b = dyad[0].upper() + "%", dyad[1].upper() + "%"
        where.append("((source_code LIKE ? AND target_code LIKE ?) OR "
                     "(source_code LIKE ? AND target_code LIKE ?))")
        params += [a, b, b, a]
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until)
    if cameo_root:
        where.append("cameo_root = ?")
        params.append(cameo_root.zfill(2))
    if plover:
        where.append("plover = ?")
        params.append(plover.upper())
    if country:
        c = country.upper()
        where.append("(source_country = ? OR target_country = ? OR location_country = ?)")
        params += [c, c, c]
    if modalities:
        where.append("modality IN (" + ", ".join("?" * len(modalities)) + ")")
        params.extend(modalities)
    return where, params


def dumps_event(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, default=str)
