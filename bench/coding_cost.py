"""CPU cost of the coding stages beside the parse that feeds them, on sentences you give it.

    python bench/coding_cost.py SENTENCES.tsv [--limit N] [--rounds R]

SENTENCES is a PLV-layout TSV (a ``sentence`` column; the dev set's ``PLV_train.tsv`` or a
challenge set) or a text file with one sentence per line. The sentences are parsed once with
eventwatch's own pipeline (timed), then ``Pipeline.code_doc`` (actors, coder, dates, places,
casualties) runs over the parsed docs ``--rounds`` times; the best round is printed in CPU
seconds, with its ratio to the parse.

CPU seconds of one process do not depend on other jobs the way wall time does, but the host's
speed still varies; to compare two versions of the code, run this script from both checkouts
one after the other, twice, on the same file (``PYTHONPATH=src python bench/coding_cost.py``).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from eventwatch.pipeline import Pipeline
from eventwatch.records import Article


def read_sentences(path: Path) -> list[str]:
    if path.suffix == ".tsv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as f:
            return [r["sentence"] for r in csv.DictReader(f, delimiter="\t") if r.get("sentence")]
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sentences", type=Path)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.sentences.is_file():
        print(f"coding_cost: no such file: {args.sentences}", file=sys.stderr)
        return 2
    texts = read_sentences(args.sentences)[: args.limit]
    if not texts:
        print(f"coding_cost: {args.sentences}: no sentences", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    list(pipeline.nlp.pipe(texts[:50]))  # warm-up
    start = time.process_time()
    docs = list(pipeline.nlp.pipe(texts, batch_size=64))
    parse = time.process_time() - start
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for i, doc in enumerate(docs):
            pipeline.code_doc(Article(id=str(i), text=texts[i]), doc)
        best = min(best, time.process_time() - start)
    print(f"sentences {len(texts)}  parse {parse:.2f} CPU s  coding {best:.2f} CPU s "
          f"(best of {args.rounds})  coding / parse {best / parse:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
