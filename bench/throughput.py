"""Throughput of the coder against the bare spaCy parse, and of N workers against one, in one run.

    python bench/throughput.py [CORPUS ...] [--repeat N] [--limit N] [--workers N] [--ingest]
                                      [--chunk K] [--rounds R]

Prints end-to-end sentences/s (read -> parse -> actors, coder, dates, places, casualties), bare
parse-only sentences/s of the stock spaCy pipeline (``spacy.load`` of the model, ``nlp.pipe`` on
the same texts), their ratio, and peak RSS of the process. It also prints the parse speed of
eventwatch's own pipeline (the same model with ``nlp_speedups`` installed: identical annotations,
checked here on the corpus) and the end-to-end ratio to it, i.e. what the coding stages cost
beside the parse that feeds them.
Without CORPUS it generates a synthetic corpus of ``--sentences`` (20,000) sentences first.

With ``--workers N`` (N > 1) it also codes the corpus with ``code_parallel`` and prints the wall
speed-up over one worker beside a CPU account that does not depend on the machine's load: CPU
seconds of this process (reading, pickling, unpickling, and with ``--ingest`` the DuckDB
writes) and of each worker (coding, IPC, idle time waiting for work), sentences per CPU-second,
and the projected speed-up on N idle cores::

    CPU(1 worker) / max((CPU(workers) + CPU(parent)) / N, CPU(busiest worker), CPU(parent))

(one core each, the parent sharing the cores with the workers). The model load and the first
pool's start-up (the forkserver loading spaCy) are done before timing, as for the one-worker
path; each timed pool's start (fork, initializer) is included. ``--ingest`` repeats both runs
through ``jobs.ingest`` into temporary DuckDB files: the full path of ``eventwatch ingest``.
``--rounds R`` alternates the 1-worker and N-worker runs R times (both see similar load) and
reports the round with the median projection, plus every round's figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from eventwatch.ingest import Problems, read_articles
from eventwatch.nlp import MODEL, get_nlp
from eventwatch.parallel import PARENT_STATS, WORKER_STATS, WorkerStats, code_parallel
from eventwatch.pipeline import Pipeline


def steal_jiffies() -> tuple[int, int]:
    """(steal, total) jiffies of all CPUs from /proc/stat: time the hypervisor took away."""
    try:
        with open("/proc/stat") as f:
            vals = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    return (vals[7] if len(vals) > 7 else 0), sum(vals[:8])


@dataclass
class Run:
    wall: float
    cpu: float  # this process, all threads (DuckDB's included)
    result: object
    workers: dict[int, WorkerStats] = field(default_factory=dict)
    parent: dict[str, float] = field(default_factory=dict)
    load: float = 0.0  # 1-minute load average at the end
    steal: float = 0.0  # share of all CPU time stolen by the hypervisor during the run


def timed(fn: Callable[[], object]) -> Run:
    WORKER_STATS.clear()
    PARENT_STATS.clear()
    s0, j0 = steal_jiffies()
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    s1, j1 = steal_jiffies()
    return Run(wall, cpu, result, dict(WORKER_STATS), dict(PARENT_STATS), os.getloadavg()[0],
               (s1 - s0) / (j1 - j0) if j1 > j0 else 0.0)


def projected(one: Run, par: Run, n: int, idle: bool = False) -> float:
    """Speed-up of ``par`` over ``one`` on n idle cores, from CPU seconds alone (``idle``: also
    count each worker's measured wait between chunks, which machine load inflates)."""
    w = [s.cpu_s + (s.idle_s if idle else 0.0) for s in par.workers.values()]
    bound = max((sum(w) + par.cpu) / n, max(w, default=0.0), par.cpu)
    return one.cpu / bound if bound else float("nan")


def report(label: str, one: Run, par: Run, n: int, n_sents: int) -> None:
    ws = sorted(par.workers.values(), key=lambda s: -s.cpu_s)
    w_cpu, w_code = sum(s.cpu_s for s in ws), sum(s.code_s for s in ws)
    p = par.parent
    print(f"{label}: 1 worker {one.wall:.1f} s wall, {one.cpu:.1f} CPU s "
          f"({n_sents / one.cpu:.0f} sentences/CPU-s; load {one.load:.1f}, "
          f"steal {100 * one.steal:.0f}%)")
    print(f"{label}: {n} workers {par.wall:.1f} s wall (pool start included; load {par.load:.1f}, "
          f"steal {100 * par.steal:.0f}%): wall speed-up {one.wall / par.wall:.2f}x")
    print(f"  parent   {par.cpu:6.2f} CPU s: pickling chunks {p.get('send_s', 0):.3f}, "
          f"unpickling results {p.get('recv_s', 0):.3f}, rest (reading, hashing, rebuilding "
          f"or writing) {par.cpu - p.get('send_s', 0) - p.get('recv_s', 0):.2f}; "
          f"blocked on workers {p.get('wait_s', 0):.1f} s wall; "
          f"IPC {p.get('bytes_out', 0) / 1e6:.1f} MB out, {p.get('bytes_in', 0) / 1e6:.1f} MB "
          f"in, {p.get('chunks', 0):.0f} chunks")
    for s in ws:
        print(f"  worker   {s.cpu_s:6.2f} CPU s: coding {s.code_s:.2f}, IPC and packing "
              f"{s.ipc_s:.3f}, start-up and other {s.cpu_s - s.code_s - s.ipc_s:.2f}; idle "
              f"between chunks {s.idle_s:.2f} s wall; {s.tasks} chunks; peak RSS "
              f"{s.rss_mb:.0f} MB")
    if w_cpu:
        print(f"  sentences per CPU-second: 1 worker {n_sents / one.cpu:.0f}; {n} workers "
              f"{n_sents / (w_cpu + par.cpu):.0f} all processes, {n_sents / w_code:.0f} "
              "inside Pipeline.code")
        print(f"  CPU overhead of {n} workers over 1: "
              f"{100 * ((w_cpu + par.cpu) / one.cpu - 1):+.1f}%")
    print(f"  projected speed-up on {n} idle cores = {projected(one, par, n):.2f}x "
          f"({projected(one, par, n, idle=True):.2f}x counting the workers' idle waits; wall "
          f"speed-up measured: {one.wall / par.wall:.2f}x)")


def same_annotations(stock, ours, texts: list[str]) -> None:
    """Stop unless the two pipelines annotate the texts alike (the paragraph-break rule aside:
    the sentence starts it adds change the parse, so it is switched off for the check)."""
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    with ours.select_pipes(disable=["paragraph_breaks"]):
        for a, b in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
            if not (a.to_array(cols) == b.to_array(cols)).all():
                sys.exit("the compiled components annotate differently from spaCy's: "
                         f"{a.text[:60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*",
                    help="JSONL/text/... inputs; none: a generated corpus of --sentences")
    ap.add_argument("--sentences", type=int, default=20_000,
                    help="size of the generated corpus when no CORPUS is given")
    ap.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times")
    ap.add_argument("--limit", type=int, default=None, help="use at most N articles")
    ap.add_argument("--workers", type=int, default=1, help="also time N worker processes")
    ap.add_argument("--ingest", action="store_true",
                    help="with --workers: also time jobs.ingest into a temporary DuckDB")
    ap.add_argument("--chunk", type=int, default=16, help="articles per worker task")
    ap.add_argument("--rounds", type=int, default=1,
                    help="alternate 1-worker and N-worker runs R times; report the median")
    args = ap.parse_args()

    if not args.corpus:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from scale import write_corpus  # the same synthetic wire copy as bench/scale.py

        path = os.path.join(tempfile.mkdtemp(prefix="ew-throughput-"), "corpus.jsonl")
        n = write_corpus(path, args.sentences)
        print(f"generated {n} articles ({args.sentences}+ sentences) -> {path}")
        args.corpus = [path]
    articles = list(read_articles(args.corpus, problems=Problems(quiet=True)))[: args.limit]
    articles = articles * args.repeat
    if not articles:
        sys.exit("no articles read")
    texts = [a.text for a in articles]
    print(f"cpus {os.cpu_count()}  load average {os.getloadavg()[0]:.1f} (other processes "
          "compete for the cores when it is above 0)")
    nlp = get_nlp()
    pipeline = Pipeline()  # loads dictionaries, lexicon and gazetteer before timing
    list(pipeline.code(articles[:5]))  # warm-up

    stock = spacy.load(MODEL)  # the bare spaCy pipeline, as shipped
    same_annotations(stock, nlp, texts[:200])
    list(stock.pipe(texts[:5]))
    t0 = time.perf_counter()
    n_sents = sum(1 for doc in stock.pipe(texts, batch_size=32) for _ in doc.sents)
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = sum(1 for doc in nlp.pipe(texts, batch_size=32) for _ in doc.sents)
    own_s = time.perf_counter() - t0

    one = timed(lambda: sum(len(evs) for _, evs in pipeline.code(articles)))
    n_events = one.result

    parse_rate, full_rate = n_sents / parse_s, n_sents / one.wall
    print(f"articles {len(articles)}  sentences {n_sents}  events {n_events}")
    own_rate = ours / own_s
    print(f"parse-only  {parse_rate:8.1f} sentences/s  ({parse_s:.2f} s; stock spaCy pipeline)")
    print(f"own parse   {own_rate:8.1f} sentences/s  ({own_s:.2f} s; with nlp_speedups, "
          f"{parse_s / own_s:.2f}x the stock speed)")
    print(f"end-to-end  {full_rate:8.1f} sentences/s  ({one.wall:.2f} s)")
    print(f"ratio end-to-end / parse-only  {full_rate / parse_rate:.2f}")
    print(f"ratio end-to-end / own parse  {full_rate / own_rate:.2f}  (the coding stages' cost)")
    print(f"peak RSS  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    n = args.workers
    if n <= 1:
        return
    t0 = time.perf_counter()
    list(code_parallel(articles[:2], n, chunk=1))  # starts the forkserver: loads the model
    cold = time.perf_counter() - t0
    print(f"\nfirst pool (the forkserver loads the model; not timed below) {cold:.1f} s")
    rounds = []
    for r in range(args.rounds):  # 1 worker and N workers alternate: both see the same load
        if r:
            one = timed(lambda: sum(len(evs) for _, evs in pipeline.code(articles)))
        par = timed(lambda: sum(len(evs) for _, evs in code_parallel(articles, n,
                                                                      chunk=args.chunk)))
        if par.result != n_events:
            sys.exit(f"{n} workers coded {par.result} events, 1 worker {n_events}")
        rounds.append((one, par))
    summary("code", rounds, n, n_sents)
    if args.ingest:
        summary("ingest", [ingest_runs(articles, pipeline, n) for _ in range(args.rounds)], n,
                n_sents)


def summary(label: str, rounds: list[tuple[Run, Run]], n: int, n_sents: int) -> None:
    """The full account of the median round; every round's projection and wall ratio."""
    by_proj = sorted(rounds, key=lambda r: projected(r[0], r[1], n))
    one, par = by_proj[len(by_proj) // 2]
    report(label, one, par, n, n_sents)
    if len(rounds) > 1:
        print(f"  {label}, {len(rounds)} rounds: projected "
              + ", ".join(f"{projected(o, p, n):.2f}x" for o, p in rounds) + "; wall "
              + ", ".join(f"{o.wall / p.wall:.2f}x" for o, p in rounds))


def ingest_runs(articles, pipeline: Pipeline, n: int) -> tuple[Run, Run]:
    from eventwatch.jobs import ingest
    from eventwatch.store import Store

    tmp = tempfile.mkdtemp(prefix="eventwatch-throughput-")  # fresh databases every round

    def run(workers: int) -> Callable[[], object]:
        def go():
            with Store(os.path.join(tmp, f"w{workers}.duckdb")) as st:
                return ingest(st, pipeline if workers == 1 else None, articles, workers=workers)
        return go

    one = timed(run(1))
    par = timed(run(n))
    if one.result != par.result:
        sys.exit(f"ingest counts differ: {one.result} vs {par.result}")
    return one, par


if __name__ == "__main__":
    main()
