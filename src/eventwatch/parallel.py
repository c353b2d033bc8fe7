"""Parallel coding: one loaded ``Pipeline`` per worker process, ordered output, flat memory.

``code_parallel(articles, workers)`` cuts the article stream into chunks, sends each chunk to a
pool of worker processes (each loads spaCy and the dictionaries once, in its initializer) and
yields ``(article, events)`` in input order. At most ``2 * workers`` chunks are in flight, so
memory stays flat however long the stream is; articles stay in the parent and only their texts
go out, only events come back. ``workers=1`` codes in-process with ``Pipeline().code``.

Start method: ``forkserver`` by default (``EVENTWATCH_START_METHOD`` or ``start_method=`` to
change): forking a parent that already holds DuckDB threads is unsafe, and the forkserver
imports spaCy once (preload) so each worker only loads the model (see docs/scale.md for the
measured start-up times).
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import resource
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from eventwatch.records import Article, Event

DEFAULT_START_METHOD = "forkserver"
_PRELOAD = ["eventwatch.parallel"]
_WARM_ENV = "EVENTWATCH_FORKSERVER_WARM"
_WARM_TEXT = "Officials in Ankara said on Monday that troops had attacked rebels near Mosul."

WORKER_STATS: dict[int, tuple[float, float]] = {}
"""(peak RSS in MB, CPU seconds) of each worker process of this process's pools, by pid."""

_pipeline = None  # the worker process's Pipeline, set by _init
_init_error: Exception | None = None
_batch_size = 32


def _init(actor_files: Sequence[str], batch_size: int) -> None:
    # An initializer that raises makes multiprocessing.Pool respawn workers forever, so a
    # failure (e.g. a bad actor file) is kept and raised by the first task instead.
    global _pipeline, _batch_size, _init_error
    try:
        from eventwatch.pipeline import Pipeline

        _pipeline = Pipeline(actor_files)
    except Exception as exc:  # noqa: BLE001 - re-raised in _code_chunk
        _init_error = exc
    _batch_size = batch_size


def _code_chunk(chunk: list[Article]) -> tuple[list[list[Event]], int, tuple[float, float]]:
    """The events of each article, with this worker's pid, peak RSS (MB) and CPU seconds."""
    if _init_error is not None:
        raise _init_error
    events = [evs for _, evs in _pipeline.code(chunk, batch_size=_batch_size)]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return events, os.getpid(), (usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


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
              method: str | None = None):
    """A process pool whose workers each hold a loaded Pipeline."""
    ctx = mp.get_context(method or start_method())
    files = [str(f) for f in actor_files]
    if ctx.get_start_method() != "forkserver":
        return ctx.Pool(workers, initializer=_init, initargs=(files, batch_size))
    ctx.set_forkserver_preload(_PRELOAD)
    old = os.environ.get(_WARM_ENV)
    os.environ[_WARM_ENV] = "1"  # seen by the forkserver if this call starts it
    try:
        return ctx.Pool(workers, initializer=_init, initargs=(files, batch_size))
    finally:
        if old is None:
            del os.environ[_WARM_ENV]
        else:
            os.environ[_WARM_ENV] = old


def code_parallel(articles: Iterable[Article], workers: int, *,
                  actor_files: Sequence[str | Path] = (), batch_size: int = 32, chunk: int = 64,
                  start_method: str | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` with ``workers`` processes; yield (article, events) in input order."""
    if workers <= 1:
        from eventwatch.pipeline import Pipeline

        yield from Pipeline(actor_files).code(articles, batch_size=batch_size)
        return
    it = iter(articles)
    first = list(itertools.islice(it, chunk))
    if not first:
        return
    pool = make_pool(workers, actor_files, batch_size, start_method)
    try:
        pending: deque = deque()
        chunks = itertools.chain([first], _chunks(it, chunk))
        for part in itertools.islice(chunks, 2 * workers):
            pending.append((part, pool.apply_async(_code_chunk, (part,))))
        while pending:
            part, result = pending.popleft()
            events, pid, WORKER_STATS[pid] = result.get()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.apply_async(_code_chunk, (nxt,))))
            yield from zip(part, events, strict=True)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.terminate()
        pool.join()


def _chunks(it: Iterator[Article], n: int) -> Iterator[list[Article]]:
    while part := list(itertools.islice(it, n)):
        yield part
