"""Timings of the analytics on 10 million synthetic events, and of dedup on 100k mentions.

    python bench/analytics.py [--db FILE] [--events N] [--mentions N] [--keep] [--ordered]

1. Generates N (default 10,000,000) events in DuckDB SQL (``analysis.synth.generate_events``:
   range() and hash(), with three planted conflict rises) unless --db already holds them.
   The rows are in random date order (the worst case for date filters), or with --ordered in
   date order, as in a store filled by daily ingest (DuckDB's per-row-group min/max then skips
   the row groups outside a query's dates).
   Opening it with ``Store`` then builds the rollups (``analysis.rollup``, as the migration of
   a store of the previous schema does; timed).
2. Times, best of 3, a plain ``SELECT count(*)`` over the asserted events, a dyad series (a busy
   dyad, daily), the alert scan (--since 2024-09-01) and the summary (from the rollups, and
   from the rows for comparison, checking that both give the same JSON); prints each time and
   its ratio to the count(*), and the load average (the machine may be shared: the ratio is the
   steadier figure). Checks that the planted rises are found and nothing else is. Also times
   the scan with --since 1500-01-01 (clamped to the first event: the whole store is scanned
   and most series pass the screen), which shows that the work is bounded by the store.
3. Generates a 100k-mention dedup corpus with known duplicates, times ``dedupe`` and prints the
   pairwise merge precision/recall (and the Phoenix one-a-day rule's, for comparison).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time

import duckdb

from eventwatch.analysis.alerts import scan
from eventwatch.analysis.dyads import dyad_series
from eventwatch.analysis.summary import summary
from eventwatch.analysis.synth import (
    PLANTED,
    dedup_corpus,
    generate_events,
    pairwise_scores,
    write_coded,
)
from eventwatch.dedup import dedupe
from eventwatch.store import Store


def best_of(fn, n: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def analytics(path: str, n_events: int, ordered: bool = False) -> None:
    con = duckdb.connect(path)
    have = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events'"
                       ).fetchall()[0][0]
    if have and con.execute("SELECT count(*) FROM events").fetchall()[0][0] != n_events:
        con.execute("DROP TABLE events")
        have = 0
    if not have:
        t0 = time.perf_counter()
        generate_events(con, n_events, ordered=ordered)
        con.execute("CHECKPOINT")
        print(f"generated {n_events:,} events in {time.perf_counter() - t0:.1f} s")
    had_rollups = con.execute("SELECT count(*) FROM duckdb_tables() "
                              "WHERE table_name = 'event_days'").fetchall()[0][0]
    con.close()
    t0 = time.perf_counter()
    Store(path).close()  # the rest of the store schema; builds the rollups (the migration)
    if not had_rollups:
        print(f"rollups built (migration) in {time.perf_counter() - t0:.1f} s")
    with Store(path, read_only=True) as st:
        con = st.con
        n_days, n_codes = con.execute("SELECT (SELECT count(*) FROM event_days), "
                                      "(SELECT count(*) FROM event_codes)").fetchall()[0]
        print(f"rollup rows: {n_days:,} (day, country pair), {n_codes:,} (code pair, QuadClass)")
        base, _ = best_of(lambda: con.execute(
            "SELECT count(*) FROM events WHERE modality = 'asserted'").fetchall())
        print(f"{'count(*)':<28}{base:8.3f} s")
        timings = {
            "dyad USA-RUS daily": lambda: dyad_series(con, "USA", "RUS", freq="day"),
            "dyad IND-PAK weekly": lambda: dyad_series(con, "IND", "PAK", freq="week"),
            "alert scan": lambda: scan(con, since=dt.date(2024, 9, 1)),
            "summary": lambda: summary(con),
            "alert scan, since 1500": lambda: scan(con, since=dt.date(1500, 1, 1)),
            "alert scan from the rows": lambda: scan(con, since=dt.date(2024, 9, 1),
                                                     use_rollup=False),
            "summary from the rows": lambda: summary(con, use_rollup=False),
        }
        results = {}
        for name, fn in timings.items():
            secs, results[name] = best_of(fn)
            ok = "ok" if secs < 2 else "OVER 2 s"
            print(f"{name:<28}{secs:8.3f} s  x{secs / base:6.1f} count(*)  {ok}")
        print("load average (1, 5, 15 min): " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
        for name in ("alert scan", "summary"):  # the rollups give what the rows give
            same = _rounded(results[name]) == _rounded(results[name + " from the rows"])
            print(f"{name}: rollups and rows agree: {same}")
        early = results["alert scan, since 1500"]
        print(f"alert scan, since 1500: {early['series']} series, {early['screened']} past the "
              f"screen, {len(early['alerts'])} alerts")
        rep = results["alert scan"]
        print(f"alert scan: {rep['series']} series, {rep['screened']} past the screen, "
              f"{len(rep['alerts'])} alerts")
        planted = {"-".join(sorted(p[:2])): p[2] for p in PLANTED}
        for a in rep["alerts"]:
            want = planted.get(a["key"]) if a["kind"] == "dyad" else None
            note = (f"planted {want}, off by {(dt.date.fromisoformat(a['date']) - want).days} d"
                    if want else "")
            print(f"  {a['kind']:<8}{a['key']:<10}{a['date']}  severity {a['severity']:8.1f}"
                  f"  p {a['p']:.1e}  {note}")
        found = {a["key"] for a in rep["alerts"] if a["kind"] == "dyad"}
        print(f"planted dyad rises found: {len(found & set(planted))}/{len(planted)}; "
              f"other dyad alerts: {len(found - set(planted))}")


def _rounded(x):
    """JSON of a result with floats to 9 significant digits (sums in another order)."""
    if isinstance(x, float):
        return float(f"{x:.9g}")
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_rounded(v) for v in x]
    return x


def dedup_bench(path: str, n_mentions: int) -> None:
    t0 = time.perf_counter()
    coded, truth = dedup_corpus(n_mentions)
    print(f"\ndedup corpus: {len(truth):,} mentions of {len(set(truth.values())):,} real events "
          f"({time.perf_counter() - t0:.1f} s to generate)")
    if os.path.exists(path):
        os.remove(path)
    with Store(path) as st:
        write_coded(st, coded)
        for one_a_day in (True, False):  # the default last: the incremental run follows
            res = dedupe(st, one_a_day=one_a_day)
            pred = dict(st.con.execute("SELECT event_id, cluster_id FROM mentions").fetchall())
            sc = pairwise_scores(pred, truth)
            name = "one-a-day" if one_a_day else "dedupe"
            print(f"{name:<10} {res['seconds']:6.2f} s  {sc['clusters']:,} clusters  "
                  f"pairwise precision {sc['precision']:.3f} recall {sc['recall']:.3f} "
                  f"F1 {sc['f1']:.3f}")
        # incremental: add 1% more mentions to the existing clusters
        more, _ = dedup_corpus(n_mentions // 100, seed=99)
        for a, evs in more:
            a.id = "more-" + a.id
            for e in evs:
                e.article_id = a.id
        write_coded(st, more)
        res = dedupe(st)
        print(f"incremental: {res['mentions_new']:,} new mentions in {res['seconds']:.2f} s")
    os.remove(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="DuckDB file for the synthetic events (default: a temp file)")
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--keep", action="store_true", help="keep the generated database")
    ap.add_argument("--ordered", action="store_true",
                    help="generate the events in date order (as daily ingest stores them)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="eventwatch-bench-")
    path = args.db or os.path.join(tmp, "events.duckdb")
    try:
        analytics(path, args.events, args.ordered)
        dedup_bench(os.path.join(tmp, "dedup.duckdb"), args.mentions)
    finally:
        if not args.db and not args.keep and os.path.exists(path):
            os.remove(path)


if __name__ == "__main__":
    main()
