"""Live ingest: watch a directory and code what lands in it, exactly once, across restarts.

``eventwatch watch DIR [--db] [--interval S] [--once]`` scans DIR (recursively, hidden files
left out) every ``interval`` seconds:

- JSONL/NDJSON files (not gzipped) are followed like a log: each scan reads the complete lines
  appended since the last one (a line without its final newline waits for the next scan);
- WARC files that grow are read from the end of the last archive they were read to;
- every other supported file (txt, html, csv, tsv, json, gzipped files) is read whole once it
  has not changed for ``settle`` seconds, and again whenever its size or mtime changes.

The position reached in each file is kept in the table ``watch_files(path, size, mtime, offset,
lines, done_at)`` of the same store and updated in the same transaction as the batch of articles
it covers, so a kill at any moment neither loses nor doubles anything; a restart resumes there.
Ingest is idempotent besides (an article stored with the same text is skipped before parsing).

Deduplication is driven by the store, not by what one scan did: a batch that adds or replaces
events also sets the row ``watch_pending('dedup')`` in its transaction, and a scan runs
``eventwatch.dedup.dedupe`` (incremental) whenever that row is there, clearing it only after
dedup succeeded. The first scan of a process also checks for events that no dedup has seen
(e.g. an ``ingest`` or ``watch`` killed after its last commit). So a kill between the last
commit and dedup, or a failed dedup, is made good by the next scan.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import click

from eventwatch.ingest import Problems, read_articles
from eventwatch.ingest.fields import BadRecord, make_article, resolve_keys
from eventwatch.ingest.reader import KINDS, split_name, storable
from eventwatch.records import Article
from eventwatch.store import Store

STATE = """
CREATE TABLE IF NOT EXISTS watch_files (
    path VARCHAR PRIMARY KEY, size BIGINT, mtime DOUBLE, "offset" BIGINT, lines BIGINT,
    done_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS watch_pending (task VARCHAR PRIMARY KEY, since TIMESTAMP);
"""
# Events that dedup has not seen yet, or mentions it must drop (event gone, text changed).
UNDEDUPLICATED = """
SELECT EXISTS (SELECT 1 FROM events e WHERE e.modality = 'asserted'
               AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id))
    OR EXISTS (SELECT 1 FROM mentions m LEFT JOIN events e ON e.event_id = m.event_id
               LEFT JOIN articles a ON a.id = m.article_id
               WHERE e.event_id IS NULL OR a.text_hash IS DISTINCT FROM m.text_hash)
"""
BATCH = 64


@dataclass
class Seen:
    size: int
    mtime: float
    offset: int
    lines: int


@dataclass
class Chunk:
    """Articles read from one file, and the position in that file once they are stored."""

    path: str
    articles: list[Article]
    size: int
    mtime: float
    offset: int
    lines: int


class _Joined:
    """A connection whose begin/commit/rollback are left to the caller: lets Store.write_batch
    run inside the transaction that also moves the file position."""

    def __init__(self, con):
        self._con = con

    def begin(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def rollback(self) -> None:
        pass

    def __getattr__(self, name):
        return getattr(self._con, name)


def files_under(directory: str) -> Iterator[str]:
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and split_name(name)[1] in KINDS:
                yield os.path.join(root, name)


def _is_log(path: str) -> bool:
    return split_name(path)[1] in (".jsonl", ".ndjson") and not path.lower().endswith(".gz")


def _is_warc(path: str) -> bool:
    return KINDS.get(split_name(path)[1]) == "warc"


def read_lines(path: str, seen: Seen | None, size: int, mtime: float, problems: Problems,
               batch_size: int) -> Iterator[Chunk]:
    """Chunks of the complete JSONL lines after the last position read."""
    offset, lines = (seen.offset, seen.lines) if seen else (0, 0)
    if offset > size:  # truncated or replaced: start again (stored articles are skipped)
        offset, lines = 0, 0
    start = offset
    stem = split_name(path)[0]
    articles: list[Article] = []
    with open(path, "rb") as f:
        f.seek(offset)
        for raw in f:
            if not raw.endswith(b"\n"):
                break  # still being written
            offset += len(raw)
            lines += 1
            article = _line_article(raw, path, stem, lines, problems)
            if article is not None:
                articles.append(article)
            if len(articles) >= batch_size:
                yield Chunk(path, articles, size, mtime, offset, lines)
                articles = []
    if articles or offset != start or (seen is not None and start != seen.offset):
        yield Chunk(path, articles, size, mtime, offset, lines)


def _line_article(raw: bytes, path: str, stem: str, number: int, problems: Problems):
    origin = f"{path}:{number}"
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        problems.skip(origin, f"not UTF-8 ({exc.reason})")
        return None
    if not text.strip():
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.skip(origin, f"invalid JSON ({exc.msg})")
        return None
    except RecursionError:
        problems.skip(origin, "invalid JSON (nested too deeply)")
        return None
    if not isinstance(value, dict):
        problems.skip(origin, f"not a JSON object (found {type(value).__name__})")
        return None
    try:
        return storable(make_article(value, resolve_keys(list(value), None, strict=False),
                                     f"{stem}:{number}", origin))
    except BadRecord as exc:
        problems.skip(origin, str(exc))
        return None
    except RecursionError:  # a deep value inside the record
        problems.skip(origin, "invalid JSON (nested too deeply)")
        return None


def read_whole(path: str, size: int, mtime: float, problems: Problems,
               batch_size: int, start: int = 0) -> Iterator[Chunk]:
    """Chunks of a whole file (or, for a WARC, of the records after ``start``); the position
    moves only with the last chunk, so a kill mid-file re-reads the file (idempotently)."""
    tail = None
    source = path
    if start:
        with open(path, "rb") as f, tempfile.NamedTemporaryFile(
                suffix=".warc", delete=False) as out:
            f.seek(start)
            while block := f.read(1 << 20):
                out.write(block)
        tail = source = out.name
    try:
        articles: list[Article] = []
        batch: list[Article] = []
        for article in read_articles([source], problems=problems):
            if tail:
                article.origin = article.origin.replace(tail, f"{path}@{start}")
            batch.append(article)
            if len(batch) >= batch_size:
                if articles:
                    yield Chunk(path, articles, -1, -1, -1, -1)
                articles, batch = batch, []
        articles += batch
        yield Chunk(path, articles, size, mtime, size, 0)
    finally:
        if tail:
            os.unlink(tail)


class Watcher:
    """Scans one directory into one store; ``scan()`` processes what is new and returns counts."""

    def __init__(self, store: Store, directory: str, pipeline=None, *, batch_size: int = BATCH,
                 settle: float = 1.0, problems: Problems | None = None, dedup: bool = True,
                 on_chunk: Callable[[Chunk, dict], None] | None = None):
        self.store, self.directory = store, directory
        self.batch_size, self.settle, self.dedup = batch_size, settle, dedup
        self.problems = problems if problems is not None else Problems()
        self._pipeline = pipeline
        self.on_chunk = on_chunk
        self._checked = False  # the first scan also looks for events no dedup has seen
        store.con.execute(STATE)

    @property
    def pipeline(self):
        if self._pipeline is None:
            from eventwatch.pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    def state(self) -> dict[str, Seen]:
        rows = self.store.con.execute(
            'SELECT path, size, mtime, "offset", lines FROM watch_files').fetchall()
        return {p: Seen(s, m, o, n) for p, s, m, o, n in rows}

    def chunks(self) -> Iterator[Chunk]:
        state, now = self.state(), time.time()
        for path in files_under(self.directory):
            try:
                st = os.stat(path)
            except OSError:
                continue  # vanished between listing and stat
            seen = state.get(path)
            if _is_log(path):
                if seen is None or st.st_size != seen.offset:
                    yield from read_lines(path, seen, st.st_size, st.st_mtime, self.problems,
                                          self.batch_size)
                continue
            if seen is not None and (st.st_size, st.st_mtime) == (seen.size, seen.mtime):
                continue
            if now - st.st_mtime < self.settle:
                continue  # maybe still being written
            start = 0
            if _is_warc(path) and seen is not None and 0 < seen.offset <= st.st_size:
                start = seen.offset  # an archive that grew: only the records after
            yield from read_whole(path, st.st_size, st.st_mtime, self.problems,
                                  self.batch_size, start)

    def scan(self) -> dict[str, int]:
        totals = {"files": 0, "articles_read": 0, "articles_new": 0, "articles_replaced": 0,
                  "articles_unchanged": 0, "events_added": 0}
        run_id = None
        files: set[str] = set()
        for chunk in self.chunks():
            if run_id is None:
                run_id = self.store.start_run(f"watch {self.directory}")
            files.add(chunk.path)
            counts = self._store(chunk, run_id)
            totals["articles_read"] += len(chunk.articles)
            for k, v in counts.items():
                totals[k] += v
            if self.on_chunk:
                self.on_chunk(chunk, totals)
        totals["files"] = len(files)
        if run_id is not None:
            self.store.finish_run(run_id, totals)
        if self.dedup and self.dedup_pending():
            totals["dedup"] = self._dedupe()
        return totals

    def dedup_pending(self) -> bool:
        """True when the store holds events that dedup has not caught up with: the pending row
        written with a batch (this process or a killed one) or, on the first scan, any."""
        con = self.store.con
        if con.execute("SELECT count(*) FROM watch_pending WHERE task = 'dedup'").fetchone()[0]:
            return True
        if self._checked:
            return False
        self._checked = True
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
        if "events" not in tables:
            return False
        if "mentions" not in tables:
            return bool(con.execute("SELECT count(*) FROM events").fetchone()[0])
        try:
            return bool(con.execute(UNDEDUPLICATED).fetchone()[0])
        except Exception:  # noqa: BLE001 - an unexpected schema: let dedup decide
            return True

    def _store(self, chunk: Chunk, run_id: int) -> dict[str, int]:
        store = self.store
        known = store.known_hashes([a.id for a in chunk.articles])
        todo = [a for a in chunk.articles if known.get(a.id) != a.text_hash]
        coded = list(self.pipeline.code(todo)) if todo else []
        joined = object.__new__(Store)
        joined.path, joined.con = store.path, _Joined(store.con)
        con = store.con
        con.begin()
        try:
            counts = Store.write_batch(joined, coded, run_id)
            counts["articles_unchanged"] += len(chunk.articles) - len(todo)
            if chunk.offset >= 0:
                con.execute(
                    'INSERT OR REPLACE INTO watch_files (path, size, mtime, "offset", lines, '
                    "done_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [chunk.path, chunk.size, chunk.mtime, chunk.offset, chunk.lines,
                     dt.datetime.now()])
            if counts["events_added"] or counts["articles_replaced"]:
                con.execute("INSERT OR IGNORE INTO watch_pending VALUES ('dedup', ?)",
                            [dt.datetime.now()])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return counts

    def _dedupe(self) -> dict | None:
        try:
            from eventwatch.dedup import dedupe
        except ImportError:
            return None
        try:
            result = dedupe(self.store)
        except Exception as exc:  # noqa: BLE001 - the batches are stored; dedup can rerun
            self.problems.skip("dedup", f"deduplication failed ({type(exc).__name__}: {exc}); "
                               "retried after the next scan, or run `eventwatch dedup`")
            return None
        # a kill just before this line only makes the next scan run a no-op dedup
        self.store.con.execute("DELETE FROM watch_pending WHERE task = 'dedup'")
        return result


@click.command("watch")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="eventwatch.duckdb", show_default=True, help="DuckDB database file.")
@click.option("--interval", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds between scans.")
@click.option("--once", is_flag=True, help="Process what is there now, then exit.")
@click.option("--settle", type=click.FloatRange(0), default=1.0, show_default=True,
              help="Leave a non-JSONL file alone until it has not changed for this long.")
@click.option("--no-dedup", is_flag=True,
              help="Do not deduplicate after scans (pending work is kept for a later run).")
@click.option("--actors", "actor_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (TSV or YAML), repeatable.")
def watch_cmd(directory, db, interval, once, settle, no_dedup, actor_files):
    """Ingest files as they land in DIRECTORY (and lines appended to JSONL files)."""
    import sys

    from eventwatch.pipeline import Pipeline
    from eventwatch.store import StoreError

    try:
        pipeline = Pipeline(actor_files)
        store = Store(db)
    except (ValueError, StoreError) as exc:
        click.echo(f"eventwatch: {exc}", err=True)
        sys.exit(1)
    watcher = Watcher(store, directory, pipeline, settle=settle, dedup=not no_dedup)
    try:
        while True:
            totals = watcher.scan()
            if totals["articles_read"] or once:
                click.echo(f"eventwatch: watch {directory}: {totals['files']} files, "
                           f"{totals['articles_new']} new and {totals['articles_replaced']} "
                           f"changed articles, {totals['events_added']} events -> {db}", err=True)
            if once:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("eventwatch: watch stopped", err=True)
    finally:
        store.close()
