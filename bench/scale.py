"""Scale benchmark: multiprocessing and Spark against the bare spaCy parse, in one run.

    python bench/scale.py [CORPUS ...] [--workers 2] [--sentences 20000] [--no-spark]
                          [--profile 300] [--limit N]

Without CORPUS it writes a synthetic corpus (templates below, >= --sentences sentences) to a
temporary JSONL file. Prints: bare parse sentences/s (nlp.pipe), end-to-end sentences/s with one
worker (in-process) and with N workers (code_parallel), their ratios, pool start-up time, peak
RSS of this process and of the largest worker (parse-only is the stock spaCy pipeline, as in
bench/throughput.py), the Spark path's time (local[N]) on the same
corpus, and (--profile K) the top costs of the pipeline besides the parser on K articles.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import random
import resource
import sys
import tempfile
import time

import spacy

from eventwatch.ingest import Problems, read_articles
from eventwatch.nlp import MODEL
from eventwatch.parallel import WORKER_STATS, code_parallel
from eventwatch.pipeline import Pipeline

STATES = [("Turkish", "Turkey"), ("Syrian", "Syria"), ("Russian", "Russia"),
          ("Ukrainian", "Ukraine"), ("Iranian", "Iran"), ("Israeli", "Israel"),
          ("Egyptian", "Egypt"), ("Indian", "India"), ("Pakistani", "Pakistan"),
          ("Sudanese", "Sudan"), ("Ethiopian", "Ethiopia"), ("Kenyan", "Kenya"),
          ("Nigerian", "Nigeria"), ("Chinese", "China"), ("Japanese", "Japan"),
          ("French", "France"), ("German", "Germany"), ("Brazilian", "Brazil"),
          ("Mexican", "Mexico"), ("Colombian", "Colombia")]
CITIES = ["Aleppo", "Kharkiv", "Gaza", "Khartoum", "Mogadishu", "Lagos", "Karachi", "Kabul",
          "Baghdad", "Tripoli", "Bogota", "Caracas", "Nairobi", "Addis Ababa", "Tbilisi",
          "Yerevan", "Beirut", "Sanaa", "Juba", "Kinshasa"]
GROUPS = ["troops", "police", "soldiers", "officials", "diplomats", "rebels", "protesters",
          "militants", "border guards", "ministers"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "last week", "earlier this month", "overnight"]
NUMS = ["two", "three", "five", "seven", "twelve", "dozens of", "at least 14", "more than 30"]
TEMPLATES = [
    "{A} {g} attacked {b} {h} near {c} {d}, killing {n} people.",
    "{A} forces shelled positions held by {b} {h} outside {c} {d}.",
    "The {A} foreign minister met his {b} counterpart in {c} {d}.",
    "{X} and {Y} signed an agreement on trade and energy in {c}.",
    "{X} accused {Y} of violating the ceasefire {d}.",
    "{A} police arrested {n} protesters in {c} {d}.",
    "{X} threatened to impose sanctions on {Y} over the border dispute.",
    "Officials in {c} said {A} aircraft struck a market {d}, wounding {n} civilians.",
    "{X} sent humanitarian aid to refugees in {c}.",
    "{X} will hold talks with {Y} next month, according to diplomats.",
    "{X} denied that its {g} had crossed into {Y}.",
    "The {A} president praised {Y} for its help after the floods.",
    "{A} {g} clashed with {b} {h} along the frontier {d}.",
    "{X} expelled {n} {b} diplomats {d}.",
    "Thousands of people demonstrated in {c} against the {A} government {d}.",
    "{X} called on {Y} to release the detained journalists.",
    "The United Nations urged {X} and {Y} to resume negotiations.",
    "{X} rejected a proposal by {Y} to share the river's water.",
    "Markets in {c} were quiet and the weather was mild {d}.",
    "{A} officials said the talks with {Y} had made progress.",
]


def sentence(rng: random.Random) -> str:
    (a, x), (b, y) = rng.sample(STATES, 2)
    return rng.choice(TEMPLATES).format(
        A=a, X=x, b=b, Y=y, g=rng.choice(GROUPS), h=rng.choice(GROUPS), c=rng.choice(CITIES),
        d=rng.choice(DAYS), n=rng.choice(NUMS))


def write_corpus(path: str, n_sentences: int, seed: int = 11) -> int:
    """A JSONL corpus of articles of 4-12 sentences in 1-3 paragraphs; returns the article count."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    written = n = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < n_sentences:
            k = rng.randint(4, 12)
            sents = [sentence(rng) for _ in range(k)]
            cut = sorted(rng.sample(range(1, k), min(2, k - 1)))
            paras = [" ".join(sents[i:j]) for i, j in zip([0, *cut], [*cut, k], strict=True)]
            date = start + dt.timedelta(days=rng.randrange(365))
            f.write(json.dumps({"id": f"bench-{n:06d}", "date": date.isoformat(),
                                "source": f"Wire {n % 7}", "text": "\n\n".join(paras)}) + "\n")
            written += k
            n += 1
    return n


def max_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bench_spark(corpus: str, workers: int, n_sents: int) -> None:
    try:
        from eventwatch.spark.job import SparkUnavailable, code_job, session
    except ImportError as exc:
        print(f"spark       skipped ({exc})")
        return
    out = tempfile.mkdtemp(prefix="eventwatch-spark-")
    t0 = time.perf_counter()
    try:
        spark = session(f"local[{workers}]", app="eventwatch-bench", conf={
            "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": str(workers)})
    except SparkUnavailable as exc:
        print(f"spark       skipped ({exc})")
        return
    start_s = time.perf_counter() - t0
    # As the multiprocessing figure starts from a forkserver that has loaded the model, the
    # timed Spark job starts from Python workers that have: a small job first (Spark keeps
    # and reuses its Python workers, each holding one loaded Pipeline).
    warm = os.path.join(tempfile.mkdtemp(prefix="eventwatch-spark-warm-"), "warm.jsonl")
    with open(corpus.split(",")[0]) as src, open(warm, "w") as dst:
        for _, line in zip(range(8 * workers), src, strict=False):
            dst.write(line)
    t0 = time.perf_counter()
    code_job(spark, warm, out + "-warm", partitions=workers, overwrite=True)
    warm_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    counts = code_job(spark, corpus, out, partitions=4 * workers, overwrite=True)
    job_s = time.perf_counter() - t0
    spark.stop()
    # Spark's Python workers are children of its daemon; when they exit, their peak shows here
    print(f"spark       peak RSS of exited child processes (JVM incl.) "
          f"{max_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    print(f"spark       {n_sents / job_s:8.1f} sentences/s  ({job_s:.1f} s job, {start_s:.1f} s "
          f"session start, {warm_s:.1f} s warm-up job loading the workers' pipelines; "
          f"local[{workers}]; {counts['events']} events)")
    return job_s


def profile(pipeline: Pipeline, articles, top: int = 25) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for _ in pipeline.code(articles):
        pass
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    rows = []
    for (file, _, func), (_, _, tt, ct, _) in stats.stats.items():
        if "eventwatch" in file:
            rows.append((ct, tt, f"{os.path.basename(file)}:{func}"))
    print(f"\nprofile of {len(articles)} articles ({total:.1f} s total); eventwatch functions by "
          "cumulative time (s, % of total; own time):")
    for ct, tt, name in sorted(rows, reverse=True)[:top]:
        print(f"  {ct:7.2f} {100 * ct / total:5.1f}%  own {tt:6.2f}  {name}")
    print("top own-time functions overall:")
    stats.sort_stats("tottime").print_stats(12)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sentences", type=int, default=20_000)
    ap.add_argument("--limit", type=int, default=None, help="use at most N articles")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--profile", type=int, default=0, metavar="K",
                    help="profile the pipeline on K articles")
    args = ap.parse_args()

    corpus = list(args.corpus)
    if not corpus:
        path = os.path.join(tempfile.mkdtemp(prefix="eventwatch-bench-"), "corpus.jsonl")
        n = write_corpus(path, args.sentences)
        print(f"generated {n} articles ({args.sentences}+ sentences) -> {path}")
        corpus = [path]
    articles = list(read_articles(corpus, problems=Problems(quiet=True)))[: args.limit]
    if not articles:
        sys.exit("no articles read")
    texts = [a.text for a in articles]
    print(f"cpus {os.cpu_count()}  load average {os.getloadavg()[0]:.1f} (other processes "
          "compete for the cores when it is above 0)")

    pipeline = Pipeline()
    list(pipeline.code(articles[:5]))  # warm-up

    stock = spacy.load(MODEL)  # the bare spaCy pipeline as shipped (no nlp_speedups)
    list(stock.pipe(texts[:5]))
    t0 = time.perf_counter()
    n_sents = sum(1 for doc in stock.pipe(texts, batch_size=32) for _ in doc.sents)
    parse_s = time.perf_counter() - t0
    del stock
    t0, cpu0 = time.perf_counter(), time.process_time()
    n_events = sum(len(evs) for _, evs in pipeline.code(articles))
    one_s, one_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    parse_rate, one_rate = n_sents / parse_s, n_sents / one_s
    print(f"articles {len(articles)}  sentences {n_sents}  events {n_events}")
    print(f"parse-only  {parse_rate:8.1f} sentences/s  ({parse_s:.1f} s)")
    print(f"1 worker    {one_rate:8.1f} sentences/s  ({one_s:.1f} s)  "
          f"ratio to parse-only {one_rate / parse_rate:.2f}  "
          f"({1000 * one_cpu / n_sents:.2f} CPU s per 1000 sentences)")

    if args.workers > 1:
        t0 = time.perf_counter()
        list(code_parallel(articles[:2], args.workers, chunk=1))
        cold_s = time.perf_counter() - t0
        WORKER_STATS.clear()
        t0, cpu0 = time.perf_counter(), time.process_time()
        n_par = sum(len(evs) for _, evs in code_parallel(articles, args.workers))
        par_s, main_cpu = time.perf_counter() - t0, time.process_time() - cpu0
        worker_cpu = [s.cpu_s for s in WORKER_STATS.values()]
        assert n_par == n_events, (n_par, n_events)
        par_rate = n_sents / par_s
        print(f"{args.workers} workers   {par_rate:8.1f} sentences/s  ({par_s:.1f} s incl. pool "
              f"start; first pool {cold_s:.1f} s)  speed-up {par_rate / one_rate:.2f}x")
        cpu = (sum(worker_cpu) + main_cpu) / n_sents * 1000
        # one core per process; the parent shares the cores with the workers
        bound = max((sum(worker_cpu) + main_cpu) / args.workers, max(worker_cpu), main_cpu)
        print(f"            {cpu:.2f} CPU s per 1000 sentences (workers "
              f"{' + '.join(f'{c:.1f}' for c in worker_cpu)} s, main {main_cpu:.1f} s): "
              f"projected speed-up on {args.workers} idle cores {one_cpu / bound:.2f}x")
    workers = ", ".join(f"{s.rss_mb:.0f}" for s in WORKER_STATS.values()) or "-"
    print(f"peak RSS    main {max_rss_mb(resource.RUSAGE_SELF):.0f} MB; workers {workers} MB")

    if not args.no_spark:
        job_s = bench_spark(corpus[0] if len(corpus) == 1 else ",".join(corpus),
                            args.workers, n_sents)
        if job_s and args.workers > 1:
            print(f"spark / multiprocessing time  {job_s / par_s:.2f}")
    if args.profile:
        profile(pipeline, articles[: args.profile])


if __name__ == "__main__":
    main()
