"""Parallel coding: one loaded ``Pipeline`` per worker process, ordered output, flat memory.

``code_parallel(articles, workers)`` yields ``(article, events)`` in input order, like
``Pipeline.code``; ``code_parallel_rows(articles, workers, batch=n)`` yields batches of ``n``
articles with their events already flattened by the workers into the store's Arrow rows, so the
single DuckDB writer (the parent) does no per-event Python work (``Store.write_rows``).

The parent keeps the articles and sends each chunk as one pickled list of ``(id, text, date)``
tuples; events come back as one pickled blob per chunk: compact tuples (rebuilt into ``Event``
here) or an Arrow table. At most ``2 * workers`` chunks are in flight, so memory stays flat
however long the stream is. ``workers=1`` codes in-process with ``Pipeline().code``.

Start method: ``forkserver`` by default (``EVENTWATCH_START_METHOD`` or ``start_method=`` to
change): forking a parent that already holds DuckDB threads is unsafe. The forkserver loads
spaCy and the dictionaries once and codes a warm-up sentence, so each worker forks warm and
shares the model's pages copy-on-write.

Accounting for benchmarks: ``WORKER_STATS`` (per worker pid) and ``PARENT_STATS`` (this
process's pickling, unpickling and waiting) are filled as results arrive.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import pickle
import resource
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from eventwatch.nlp import MAX_CHARS
from eventwatch.records import Actor, Article, Attribution, Event, Location

DEFAULT_START_METHOD = "forkserver"
_PRELOAD = ["eventwatch.parallel"]
_WARM_ENV = "EVENTWATCH_FORKSERVER_WARM"
_WARM_TEXT = "Officials in Ankara said on Monday that troops had attacked rebels near Mosul."


class WorkerStats(NamedTuple):
    """One worker process, cumulative since it was forked."""

    rss_mb: float  # peak resident set size
    cpu_s: float  # user + system CPU of the whole process (initializer included)
    code_s: float  # CPU inside Pipeline.code
    ipc_s: float  # CPU unpickling chunks and packing + pickling results
    idle_s: float  # wall time between the end of one chunk and the start of the next
    tasks: int


WORKER_STATS: dict[int, WorkerStats] = {}
"""The latest ``WorkerStats`` of each worker process of this process's pools, by pid."""

PARENT_STATS: dict[str, float] = {}
"""This process's side: ``send_s``/``recv_s`` (CPU pickling chunks / unpickling results),
``wait_s`` (wall time blocked on a result), ``bytes_out``/``bytes_in``, ``chunks``."""

_NESTED = {"source": Actor, "target": Actor, "attribution": Attribution, "location": Location}
_EVENT_FIELDS = tuple(Event.__dataclass_fields__)
_NESTED_AT = tuple((_EVENT_FIELDS.index(k), cls) for k, cls in _NESTED.items())
_NESTED_FIELDS = {cls: tuple(cls.__dataclass_fields__) for cls in _NESTED.values()}

_pipeline = None  # the worker process's Pipeline, set by _init
_init_error: Exception | None = None
_batch_size = 32
_rows = False  # the pool's mode: flattened Arrow rows (True) or compact event tuples
_acct = {"code": 0.0, "ipc": 0.0, "idle": 0.0, "tasks": 0, "last_end": None}


def pack_event(ev: Event) -> tuple:
    """An Event as a tuple of plain values (nested records as tuples): cheap to pickle."""
    vals = [getattr(ev, f) for f in _EVENT_FIELDS]
    for i, cls in _NESTED_AT:
        v = vals[i]
        if v is not None:
            vals[i] = tuple(getattr(v, f) for f in _NESTED_FIELDS[cls])
    return tuple(vals)


def unpack_event(vals: tuple) -> Event:
    vals = list(vals)
    for i, cls in _NESTED_AT:
        if vals[i] is not None:
            vals[i] = cls(*vals[i])
    return Event(*vals)


def _init(actor_files: Sequence[str], batch_size: int, rows: bool) -> None:
    # An initializer that raises makes multiprocessing.Pool respawn workers forever, so a
    # failure (e.g. a bad actor file) is kept and raised by the first task instead.
    global _pipeline, _batch_size, _init_error, _rows
    _batch_size, _rows = batch_size, rows
    try:
        from eventwatch.pipeline import Pipeline

        _pipeline = Pipeline(actor_files)
        if rows:
            import eventwatch.store  # noqa: F401 - pyarrow and DuckDB load after the fork
    except Exception as exc:  # noqa: BLE001 - re-raised in _code_chunk
        _init_error = exc


def _code_chunk(blob: bytes) -> tuple[bytes, int, WorkerStats]:
    """Code one pickled chunk; return the pickled result with this worker's pid and stats."""
    if _init_error is not None:
        raise _init_error
    start, cpu0 = time.perf_counter(), time.process_time()
    if _acct["last_end"] is not None:
        _acct["idle"] += start - _acct["last_end"]
    arts = [Article(id=i, text=t, date=d) for i, t, d in pickle.loads(blob)]
    cpu1 = time.process_time()
    coded = [evs for _, evs in _pipeline.code(arts, batch_size=_batch_size)]
    cpu2 = time.process_time()
    if _rows:
        from eventwatch.store import event_table

        flat = [e for evs in coded for e in evs]
        result: Any = ([len(evs) for evs in coded], event_table(flat) if flat else None)
    else:
        result = [[pack_event(e) for e in evs] for evs in coded]
    out = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    cpu3 = time.process_time()
    _acct["code"] += cpu2 - cpu1
    _acct["ipc"] += (cpu1 - cpu0) + (cpu3 - cpu2)
    _acct["tasks"] += 1
    _acct["last_end"] = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    stats = WorkerStats(usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, _acct["code"],
                        _acct["ipc"], _acct["idle"], _acct["tasks"])
    return out, os.getpid(), stats


def _warm() -> None:
    """Load spaCy and the default dictionaries, and code one sentence, in the forkserver: every
    worker forked from it starts warm and shares the model's pages copy-on-write."""
    try:
        from eventwatch.pipeline import Pipeline

        list(Pipeline().code([Article(id="warm", text=_WARM_TEXT)]))
    except Exception:  # noqa: BLE001 - a worker reports the real error from its initializer
        pass


if os.environ.get(_WARM_ENV) == "1":  # only in a forkserver started by make_pool
    _warm()


def start_method() -> str:
    method = os.environ.get("EVENTWATCH_START_METHOD", DEFAULT_START_METHOD)
    if method not in mp.get_all_start_methods():
        raise ValueError(f"EVENTWATCH_START_METHOD={method!r}: not one of "
                         f"{', '.join(mp.get_all_start_methods())}")
    return method


def make_pool(workers: int, actor_files: Sequence[str | Path] = (), batch_size: int = 32,
              method: str | None = None, rows: bool = False):
    """A process pool whose workers each hold a loaded Pipeline."""
    ctx = mp.get_context(method or start_method())
    args = ([str(f) for f in actor_files], batch_size, rows)
    if ctx.get_start_method() != "forkserver":
        return ctx.Pool(workers, initializer=_init, initargs=args)
    ctx.set_forkserver_preload(_PRELOAD)
    old = os.environ.get(_WARM_ENV)
    os.environ[_WARM_ENV] = "1"  # seen by the forkserver if this call starts it
    try:
        return ctx.Pool(workers, initializer=_init, initargs=args)
    finally:
        if old is None:
            del os.environ[_WARM_ENV]
        else:
            os.environ[_WARM_ENV] = old


def _add(key: str, value: float) -> None:
    PARENT_STATS[key] = PARENT_STATS.get(key, 0.0) + value


def _run(articles: Iterable[Article], workers: int, rows: bool, actor_files, batch_size: int,
         chunk: int, method: str | None) -> Iterator[tuple[list[Article], Any]]:
    """(chunk of articles, unpickled worker result) in input order."""
    it = iter(articles)
    first = list(itertools.islice(it, chunk))
    if not first:
        return
    pool = make_pool(workers, actor_files, batch_size, method, rows)

    def submit(part: list[Article]):
        cpu = time.process_time()
        blob = pickle.dumps([(a.id, a.text[:MAX_CHARS], a.date) for a in part],
                            protocol=pickle.HIGHEST_PROTOCOL)
        _add("send_s", time.process_time() - cpu)
        _add("bytes_out", len(blob))
        return part, pool.apply_async(_code_chunk, (blob,))

    try:
        chunks = itertools.chain([first], _chunks(it, chunk))
        pending = deque(submit(part) for part in itertools.islice(chunks, 2 * workers))
        while pending:
            part, result = pending.popleft()
            t0 = time.perf_counter()
            blob, pid, WORKER_STATS[pid] = result.get()
            _add("wait_s", time.perf_counter() - t0)
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(submit(nxt))
            cpu = time.process_time()
            out = pickle.loads(blob)
            _add("recv_s", time.process_time() - cpu)
            _add("bytes_in", len(blob))
            _add("chunks", 1)
            yield part, out
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _check_actor_files(actor_files: Sequence[str | Path]) -> None:
    """Raise the ``file:line`` ValueError of a bad user actor file now, not from a worker."""
    if actor_files:
        from eventwatch.actors import ActorDictionary

        ActorDictionary.load(actor_files)


def code_parallel(articles: Iterable[Article], workers: int, *,
                  actor_files: Sequence[str | Path] = (), batch_size: int = 32, chunk: int = 16,
                  start_method: str | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` with ``workers`` processes; yield (article, events) in input order.
    A bad actor file raises ValueError here, before anything is read."""
    if workers <= 1:
        from eventwatch.pipeline import Pipeline

        return Pipeline(actor_files).code(articles, batch_size=batch_size)
    _check_actor_files(actor_files)
    return _events(articles, workers, actor_files, batch_size, chunk, start_method)


def _events(articles, workers, actor_files, batch_size, chunk, method):
    for part, packed in _run(articles, workers, False, actor_files, batch_size, chunk, method):
        for art, evs in zip(part, packed, strict=True):
            yield art, [unpack_event(e) for e in evs]


def code_parallel_rows(articles: Iterable[Article], workers: int, *, batch: int = 64,
                       actor_files: Sequence[str | Path] = (), batch_size: int = 32,
                       chunk: int = 16, start_method: str | None = None
                       ) -> Iterator[tuple[list[Article], list[int], Any]]:
    """Code ``articles`` with ``workers`` processes (at least 2); yield ``(articles, n_events,
    events)`` for each ``batch`` articles in input order, ``events`` being the flat event rows
    (a pyarrow Table, EVENT_ARROW_SCHEMA, article by article) or None when there are none.
    A bad actor file raises ValueError here, before anything is read."""
    _check_actor_files(actor_files)
    return _row_batches(articles, max(2, workers), batch, actor_files, batch_size, chunk,
                        start_method)


def _row_batches(articles, workers, batch, actor_files, batch_size, chunk, method):
    import pyarrow as pa

    arts: list[Article] = []
    counts: list[int] = []
    tables: list[Any] = []

    def take(n: int):
        nonlocal arts, counts, tables
        k = sum(counts[:n])
        table = pa.concat_tables(tables) if tables else None
        head = table.slice(0, k) if table is not None and k else None
        out = (arts[:n], counts[:n], head)
        arts, counts = arts[n:], counts[n:]
        tables = [table.slice(k)] if table is not None and table.num_rows > k else []
        return out

    for part, (n_events, table) in _run(articles, workers, True, actor_files, batch_size, chunk,
                                        method):
        arts += part
        counts += n_events
        if table is not None:
            tables.append(table)
        while len(arts) >= batch:
            yield take(batch)
    if arts:
        yield take(len(arts))


def _chunks(it: Iterator[Article], n: int) -> Iterator[list[Article]]:
    while part := list(itertools.islice(it, n)):
        yield part
