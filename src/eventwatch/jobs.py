"""The main jobs behind the CLI: code articles to a stream, ingest them into the store.

Both stream: articles are read, parsed and written batch by batch, so memory stays flat however
large the corpus. Ingest skips articles already stored with the same text before parsing them,
and commits one transaction per batch, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from eventwatch.pipeline import Pipeline
from eventwatch.records import Article, Event
from eventwatch.store import Store

T = TypeVar("T")
BATCH = 64


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def progress_bar(enabled: bool | None = None):
    """A rich progress bar on stderr when stderr is a terminal, else a no-op."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"),
                    TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


def code_stream(pipeline: Pipeline, articles: Iterable[Article],
                on_article: Callable[[], None] | None = None
                ) -> Iterator[tuple[Article, list[Event]]]:
    for art, events in pipeline.code(articles):
        if on_article:
            on_article()
        yield art, events


def ingest(store: Store, pipeline: Pipeline | None, articles: Iterable[Article], *,
           batch_size: int = BATCH, command: str = "ingest",
           on_article: Callable[[], None] | None = None,
           on_batch: Callable[[int, dict[str, int]], None] | None = None,
           workers: int = 1, actor_files: Sequence[str] = ()) -> dict[str, int]:
    """Code and store ``articles``; with ``workers`` > 1 the coding runs in worker processes
    (eventwatch.parallel) and this process stays the single writer."""
    run_id = store.start_run(command)
    totals = {"articles_read": 0, "articles_new": 0, "articles_replaced": 0,
              "articles_unchanged": 0, "events_added": 0}

    def fresh() -> Iterator[Article]:
        """Articles not already stored with the same text, checked batch by batch."""
        for batch in batched(articles, batch_size):
            totals["articles_read"] += len(batch)
            known = store.known_hashes([a.id for a in batch])
            todo = [a for a in batch if known.get(a.id) != a.text_hash]
            totals["articles_unchanged"] += len(batch) - len(todo)
            yield from todo

    if workers > 1:
        # the workers flatten events into Arrow rows: no per-event Python work in this writer
        from eventwatch.parallel import code_parallel_rows

        batches = code_parallel_rows(fresh(), workers, batch=batch_size, actor_files=actor_files)
        write = lambda b: store.write_rows(*b, run_id)  # noqa: E731
    else:
        assert pipeline is not None
        batches = batched(pipeline.code(fresh()), batch_size)
        write = lambda b: store.write_batch(b, run_id)  # noqa: E731
    for batch in batches:
        n = len(batch[0]) if workers > 1 else len(batch)
        if on_article:
            for _ in range(n):
                on_article()
        counts = write(batch)
        for k, v in counts.items():
            totals[k] += v
        if on_batch:
            on_batch(n, totals)
    store.finish_run(run_id, totals)
    return totals
