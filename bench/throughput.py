"""Throughput of the coder against the bare spaCy parse on the same text, in one run.

    python bench/throughput.py CORPUS [--repeat N] [--limit N]

Prints end-to-end sentences/s (read -> parse -> actors, coder, dates, places, casualties), bare
parse-only sentences/s (nlp.pipe on the same texts), their ratio, and peak RSS of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from eventwatch.ingest import Problems, read_articles
from eventwatch.nlp import get_nlp
from eventwatch.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times")
    ap.add_argument("--limit", type=int, default=None, help="use at most N articles")
    args = ap.parse_args()

    articles = list(read_articles(args.corpus, problems=Problems(quiet=True)))[: args.limit]
    articles = articles * args.repeat
    if not articles:
        sys.exit("no articles read")
    texts = [a.text for a in articles]
    nlp = get_nlp()
    pipeline = Pipeline()  # loads dictionaries, lexicon and gazetteer before timing
    list(pipeline.code(articles[:5]))  # warm-up

    t0 = time.perf_counter()
    n_sents = sum(1 for doc in nlp.pipe(texts, batch_size=32) for _ in doc.sents)
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = sum(len(evs) for _, evs in pipeline.code(articles))
    full_s = time.perf_counter() - t0

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parse_rate, full_rate = n_sents / parse_s, n_sents / full_s
    print(f"articles {len(articles)}  sentences {n_sents}  events {n_events}")
    print(f"parse-only  {parse_rate:8.1f} sentences/s  ({parse_s:.2f} s)")
    print(f"end-to-end  {full_rate:8.1f} sentences/s  ({full_s:.2f} s)")
    print(f"ratio end-to-end / parse-only  {full_rate / parse_rate:.2f}")
    print(f"peak RSS  {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
