"""API latency on a million events: p50/p95 of the default queries under a concurrent client.

    .venv/bin/python bench/api.py [--events 1000000] [--threads 8] [--requests 400] [--db F]

1. Generates N synthetic events in SQL (DuckDB ``range``) into a fresh store file: 40 countries
   with GOV/MIL/CVL/REB actors, dates over two years (inserted in date order, as ingest does),
   CAMEO codes with their QuadClass/Goldstein/PLOVER, 8% non-asserted, places near capitals.
2. Starts ``eventwatch serve`` (uvicorn, read-only store) in a subprocess on loopback.
3. Cold: the first call of each endpoint (the alerts scan and dyad series are then cached
   until the next ingest). Warm: ``--threads`` client threads (httpx) issue ``--requests``
   requests in total, a mix of events pages (default, page 2 by cursor, filtered by dyad,
   by text), dyad series (10 dyads x 2 freqs), alerts and map, and report p50/p95 per kind.
   Also the first (uncached) call of 20 other dyads. Goal: p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

COUNTRIES = [
    ("USA", 38.9, -77.0), ("RUS", 55.8, 37.6), ("UKR", 50.4, 30.5), ("CHN", 39.9, 116.4),
    ("TWN", 25.0, 121.5), ("TUR", 39.9, 32.9), ("SYR", 33.5, 36.3), ("IRN", 35.7, 51.4),
    ("ISR", 31.8, 35.2), ("PSE", 31.5, 34.5), ("SDN", 15.6, 32.5), ("ETH", 9.0, 38.7),
    ("COD", -4.3, 15.3), ("RWA", -1.9, 30.1), ("MLI", 12.6, -8.0), ("NGA", 9.1, 7.5),
    ("KEN", -1.3, 36.8), ("IND", 28.6, 77.2), ("PAK", 33.7, 73.1), ("AFG", 34.5, 69.2),
    ("COL", 4.7, -74.1), ("VEN", 10.5, -66.9), ("MEX", 19.4, -99.1), ("BRA", -15.8, -47.9),
    ("FRA", 48.9, 2.4), ("DEU", 52.5, 13.4), ("GBR", 51.5, -0.1), ("POL", 52.2, 21.0),
    ("EGY", 30.0, 31.2), ("LBY", 32.9, 13.2), ("YEM", 15.4, 44.2), ("SAU", 24.7, 46.7),
    ("IRQ", 33.3, 44.4), ("LBN", 33.9, 35.5), ("MMR", 19.8, 96.1), ("PHL", 14.6, 121.0),
    ("JPN", 35.7, 139.7), ("KOR", 37.6, 127.0), ("PRK", 39.0, 125.8), ("SOM", 2.0, 45.3),
]
CODES = [  # cameo, root, quad, goldstein, plover
    ("010", "01", 1, 0.0, "CONSULT"), ("036", "03", 1, 4.0, "CONSULT"),
    ("042", "04", 1, 1.9, "CONSULT"), ("051", "05", 1, 3.4, "SUPPORT"),
    ("057", "05", 1, 8.0, "AGREE"), ("071", "07", 2, 7.4, "AID"),
    ("0841", "08", 2, 5.0, "RETREAT"), ("112", "11", 3, -2.0, "ACCUSE"),
    ("130", "13", 3, -4.4, "THREATEN"), ("141", "14", 3, -6.5, "PROTEST"),
    ("163", "16", 3, -8.0, "SANCTION"), ("173", "17", 4, -5.0, "COERCE"),
    ("190", "19", 4, -10.0, "ASSAULT"), ("195", "19", 4, -10.0, "ASSAULT"),
]
SECTORS = ["", "GOV", "MIL", "CVL", "REB"]


def generate(path: Path, n: int) -> float:
    from eventwatch.store import Store

    t0 = time.perf_counter()
    with Store(path) as st:
        con = st.con
        con.execute("CREATE TEMP TABLE c AS SELECT * FROM (VALUES "
                    + ", ".join(f"({i}, '{c}', {la}, {lo})" for i, (c, la, lo)
                                in enumerate(COUNTRIES)) + ") t(i, iso, lat, lon)")
        con.execute("CREATE TEMP TABLE k AS SELECT * FROM (VALUES "
                    + ", ".join(f"({i}, '{a}', '{b}', {q}, {g}, '{p}')" for i, (a, b, q, g, p)
                                in enumerate(CODES)) + ") t(i, cameo, root, quad, gold, plover)")
        nc, nk = len(COUNTRIES), len(CODES)
        # a skewed choice of countries (a few busy dyads), conflict codes more likely in them
        con.execute(f"""
        INSERT INTO events
        WITH r AS (
            SELECT i, CAST(hash(i) % 1000003 AS BIGINT) AS h1,
                CAST(hash(i * 7 + 1) % 1000003 AS BIGINT) AS h2,
                CAST(hash(i * 13 + 5) % 1000003 AS BIGINT) AS h3
            FROM range({n}) t(i)),
        p AS (
            SELECT i, h1, h2, h3,
                CAST(floor(pow((h1 % 1000) / 1000.0, 2) * {nc}) AS INT) AS si,
                CAST(floor(pow((h2 % 1000) / 1000.0, 2) * {nc}) AS INT) AS ti,
                CAST(h3 % {nk} AS INT) AS ki,
                DATE '2023-01-01' + CAST(floor(i * 730.0 / {n}) AS INT) AS d
            FROM r)
        SELECT substr(md5(CAST(p.i AS VARCHAR)), 1, 16), 'art' || (p.i // 5), CAST(p.i % 5 AS INT),
            s.iso || ' ' || (['met','praised','accused','threatened','attacked','shelled',
                              'aided','sanctioned'])[1 + CAST(p.h3 % 8 AS INT)]
                || ' ' || t.iso || ' officials in a synthetic sentence number ' || p.i || '.',
            p.d, 'day',
            s.iso, s.iso, s.iso || ['','GOV','MIL','CVL','REB'][1 + CAST(p.h1 % 5 AS INT)],
            s.iso, NULL, 'state',
            t.iso, t.iso, t.iso || ['','GOV','MIL','CVL','REB'][1 + CAST(p.h2 % 5 AS INT)],
            t.iso, NULL, 'state',
            k.cameo, k.root, k.quad, k.gold, k.plover, NULL,
            CASE WHEN p.h1 % 100 < 92 THEN 'asserted' WHEN p.h1 % 100 < 96 THEN 'future'
                 ELSE 'negated' END,
            NULL, NULL,
            'Place ' || t.iso, t.iso, NULL, t.lat + ((p.h2 % 200) - 100) / 100.0,
            t.lon + ((p.h3 % 200) - 100) / 100.0, NULL, 'city',
            NULL, NULL, 0.7
        FROM p JOIN c s ON s.i = p.si JOIN c t ON t.i = (CASE WHEN p.ti = p.si
            THEN (p.ti + 1) % {nc} ELSE p.ti END)
        JOIN k ON k.i = p.ki
        ORDER BY p.i""")
        con.execute(f"""
            INSERT INTO articles SELECT 'art' || a, DATE '2023-01-01'
                + CAST(floor(a * 5 * 730.0 / {n}) AS INT), 'Synthetic ' || a, 'bench', NULL,
                md5(CAST(a AS VARCHAR)), 'bench', 5, now(), NULL
            FROM range({(n + 4) // 5}) t(a)""")
        count = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert count == n, count
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from eventwatch.api.app import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, "
            "log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def timed(client: httpx.Client, url: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    r = client.get(url)
    ms = (time.perf_counter() - t0) * 1000
    if r.status_code != 200:
        raise SystemExit(f"{url}: HTTP {r.status_code}: {r.text[:200]}")
    return ms, r.json()


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--db", help="reuse (or create) this store file")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        secs = generate(db, args.events)
        print(f"generated {args.events:,} events in {secs:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
    port = free_port()
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            ms, page = timed(c, "/api/events")
            cold = {"events page": ms}
            cursor = page["next_cursor"]
            top = [(d["a"], d["b"]) for d in timed(c, "/api/summary?top=100")[1]["top_dyads"]]
            dy = list(dict.fromkeys((a[:3], b[:3]) for a, b in top if a[:3] != b[:3]))
            cold["dyad series"] = timed(c, f"/api/dyads/{dy[0][0]}/{dy[0][1]}?freq=week")[0]
            cold["alerts"] = timed(c, "/api/alerts")[0]
            cold["map"] = timed(c, "/api/map")[0]
            fresh = [timed(c, f"/api/dyads/{a}/{b}?freq=month")[0] for a, b in dy[10:30]]
        kinds = {
            "events page": ["/api/events"],
            "events page 2": [f"/api/events?cursor={cursor}"],
            "events by dyad": [f"/api/events?dyad={a},{b}" for a, b in dy[:10]],
            "events text search": ["/api/events?q=shelled", "/api/events?q=sentence%20number%2042"],
            "dyad series": [f"/api/dyads/{a}/{b}?freq={f}" for a, b in dy[:10]
                            for f in ("week", "day")],
            "alerts": ["/api/alerts"],
            "map": ["/api/map"],
        }
        work = [(k, random.Random(i).choice(urls)) for i in range(args.requests)
                for k, urls in [random.Random(i).choice(list(kinds.items()))]]
        lat: dict[str, list[float]] = {k: [] for k in kinds}
        lock = threading.Lock()
        it = iter(work)

        def worker():
            with httpx.Client(base_url=base, timeout=60) as cl:
                while True:
                    with lock:
                        item = next(it, None)
                    if item is None:
                        return
                    ms, _ = timed(cl, item[1])
                    with lock:
                        lat[item[0]].append(ms)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(args.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"\n{args.events:,} events, {os.cpu_count()} CPUs, {args.threads} client threads, "
          f"{len(work)} requests in {wall:.1f} s ({len(work) / wall:.0f} req/s)")
    print("cold (first call, ms): " + ", ".join(f"{k} {v:.0f}" for k, v in cold.items()))
    if fresh:
        print(f"first call of {len(fresh)} other dyads (month series, ms): "
              f"p50 {pct(fresh, 50):.0f}, p95 {pct(fresh, 95):.0f}")
    print(f"{'query':<22}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}")
    for k, xs in lat.items():
        if xs:
            print(f"{k:<22}{len(xs):>5}{pct(xs, 50):>9.1f}{pct(xs, 95):>9.1f}")
    allx = [x for xs in lat.values() for x in xs]
    print(f"{'all':<22}{len(allx):>5}{pct(allx, 50):>9.1f}{pct(allx, 95):>9.1f}")


if __name__ == "__main__":
    main()
