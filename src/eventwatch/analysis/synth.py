"""Synthetic corpora with known answers, for tests and ``bench/analytics.py``.

- ``dedup_corpus``: coded articles whose mentions come from known real events, with realistic
  disagreement between reports (coarser actor codes, parent CAMEO codes, article-date or week
  precision, jittered or missing places) and hard negatives (same dyad and action on another
  day, at a place far away, or by another sector of the same state);
- ``pairwise_scores``: pairwise merge precision and recall of a clustering against the truth;
- ``generate_events``: many millions of event rows written by DuckDB itself (``range()`` and
  ``hash()``, deterministic), with planted conflict shifts on known dyads and days.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from eventwatch.analysis import rollup
from eventwatch.records import Actor, Article, Event, Location

COUNTRIES = {  # ISO3: (name, rough centroid lat, lon)
    "ARM": ("Armenia", 40.2, 45.0), "AZE": ("Azerbaijan", 40.3, 47.7),
    "TUR": ("Turkey", 39.0, 35.2), "SYR": ("Syria", 35.0, 38.5), "RUS": ("Russia", 55.7, 37.6),
    "UKR": ("Ukraine", 49.0, 31.4), "ISR": ("Israel", 31.4, 35.0), "IRN": ("Iran", 32.4, 53.7),
    "IND": ("India", 22.0, 79.0), "PAK": ("Pakistan", 30.0, 69.3), "SDN": ("Sudan", 15.5, 30.2),
    "ETH": ("Ethiopia", 9.1, 40.5), "NOR": ("Norway", 61.0, 9.0), "SWE": ("Sweden", 62.0, 15.0),
}
ROOTS = {  # root: (quad class, goldstein of the root-level code)
    "01": (1, 0.0), "04": (1, 1.0), "05": (1, 3.5), "06": (2, 6.0), "11": (3, -2.0),
    "13": (3, -4.4), "14": (4, -6.5), "17": (4, -7.0), "18": (4, -9.0), "19": (4, -10.0),
}
PUBLISHERS = [f"Outlet {k}" for k in range(12)]


def _quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def dedup_corpus(n_mentions: int = 2000, seed: int = 7
                 ) -> tuple[list[tuple[Article, list[Event]]], dict[str, int]]:
    """Coded articles and the truth: event_id of each mention -> id of its real event.

    Real events are spread over 366 days per 3000 mentions, so the density of events per dyad
    and day (and with it the difficulty) does not depend on the size asked for."""
    rng = random.Random(seed)
    truths: list[dict] = []
    day0 = dt.date(2024, 1, 1)
    codes = list(COUNTRIES)
    span = 366 * max(1, round(n_mentions / 3000))  # same density of events at any size
    total = 0
    while total < n_mentions:
        src, tgt = rng.sample(codes, 2)
        root = rng.choice(list(ROOTS))
        base = {"src": src, "tgt": tgt, "ss": rng.choice(["MIL", "GOV"]),
                "ts": rng.choice(["MIL", "GOV", ""]), "root": root,
                "cameo": root + rng.choice("0123"),
                "date": day0 + dt.timedelta(rng.randrange(span)),
                "lat": COUNTRIES[tgt][1] + rng.uniform(-2, 2),
                "lon": COUNTRIES[tgt][2] + rng.uniform(-2, 2)}
        family = [base]
        for _ in range(rng.choice([0, 0, 1, 2, 3])):  # hard negatives for this event
            kind = rng.choice(["day", "place", "sector"])
            ev = dict(base)
            if kind == "day":
                ev["date"] = base["date"] + dt.timedelta(rng.choice([-1, 1]) * rng.randint(3, 20))
            elif kind == "place":
                ev["lat"] += rng.choice([-1, 1]) * rng.uniform(1.5, 3)
            else:
                ev["ss"] = "GOV" if base["ss"] == "MIL" else "MIL"
            family.append(ev)
        for ev in family:
            ev["k"] = 1 + min(int(rng.expovariate(0.5)), 12)
            ev["id"] = len(truths)
            truths.append(ev)
            total += ev["k"]

    coded: list[tuple[Article, list[Event]]] = []
    truth: dict[str, int] = {}
    for t in truths:
        for j in range(t["k"]):
            if j and coded and rng.random() < 0.2 and coded[-1][1][-1].extra["true"] == t["id"]:
                art, events = coded[-1]  # another sentence of the same article
            else:
                lag = rng.choice([0, 0, 0, 1, 1, 2])
                n = len(coded)
                art = Article(f"syn-{n}", f"synthetic article {n}",
                              t["date"] + dt.timedelta(lag), source=rng.choice(PUBLISHERS))
                events = []
                coded.append((art, events))
            ev = _mention(rng, t, art, len(events))
            ev.extra["true"] = t["id"]
            events.append(ev)
            truth[ev.event_id] = t["id"]
    return coded, truth


def _mention(rng: random.Random, t: dict, art: Article, k: int) -> Event:
    p = rng.random()
    if p < 0.65:
        date, prec = t["date"], "day"
    elif p < 0.85:
        date, prec = art.date, "article"
    elif p < 0.95:
        date, prec = t["date"] - dt.timedelta(t["date"].weekday()), "week"
    else:
        date, prec = t["date"].replace(day=1), "month"

    def actor(country: str, sector: str) -> Actor:
        coarse = not sector or rng.random() < 0.25
        return Actor(country, COUNTRIES[country][0], country + ("" if coarse else sector),
                     country, None if coarse else sector)

    r = rng.random()
    cameo = t["cameo"] if r < 0.6 else t["root"] + "0" if r < 0.85 else t["root"] + "3"
    q = rng.random()
    if q < 0.55:
        loc = Location("Town", t["tgt"], None, t["lat"] + rng.uniform(-0.04, 0.04),
                       t["lon"] + rng.uniform(-0.04, 0.04), None, "city")
    elif q < 0.7:
        name, lat, lon = COUNTRIES[t["tgt"]]
        loc = Location(name, t["tgt"], None, lat, lon, None, "country")
    else:
        loc = None
    quad, gold = ROOTS[t["root"]]
    return Event(article_id=art.id, sentence_index=k, sentence=f"Synthetic sentence {k}.",
                 cameo=cameo, cameo_root=t["root"], quad_class=quad, goldstein=gold,
                 plover="SYNTHETIC", source=actor(t["src"], t["ss"]),
                 target=actor(t["tgt"], t["ts"]), date=date, date_precision=prec,
                 location=loc, confidence=round(rng.uniform(0.4, 0.9), 2))


def pairwise_scores(predicted: dict[str, int], truth: dict[str, int]) -> dict[str, float]:
    """Pairwise precision/recall: a pair of mentions is merged by the prediction and/or truly one
    event. Mentions missing from ``predicted`` count as singletons."""

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    pred = {e: predicted.get(e, f"single-{e}") for e in truth}
    both = pairs(Counter((pred[e], truth[e]) for e in truth))
    p_pairs, t_pairs = pairs(Counter(pred.values())), pairs(Counter(truth.values()))
    precision = both / p_pairs if p_pairs else 1.0
    recall = both / t_pairs if t_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "true_pairs": t_pairs, "merged_pairs": p_pairs, "correct_pairs": both,
            "mentions": len(truth), "true_events": len(set(truth.values())),
            "clusters": len(set(pred.values()))}


# 40 states; dyads are drawn with a skew so that activity is uneven, as in news.
SYNTH_STATES = ("USA RUS CHN UKR ISR IRN TUR SYR GBR FRA DEU IND PAK AFG IRQ SAU YEM EGY LBY SDN "
                "ETH SOM NGA MLI COD VEN COL MEX BRA KOR PRK JPN TWN PHL MMR ARM AZE GEO SRB NOR"
                ).split()
PLANTED = (  # (state a, state b, first day of the rise, extra conflict events)
    ("IND", "PAK", dt.date(2024, 10, 1), 900),
    ("ARM", "AZE", dt.date(2024, 11, 15), 500),
    ("COD", "SOM", dt.date(2024, 12, 1), 400),
)
SYNTH_START, SYNTH_DAYS = dt.date(2023, 1, 1), 730


def generate_events(con, n: int = 10_000_000, ordered: bool = False) -> None:
    """Create the table ``events`` (the store's columns, without the primary-key index, which
    would take most of the time) holding ``n`` synthetic rows, in SQL. Open the file with
    ``Store`` afterwards: its schema is then created around the existing table. Rows are in
    random date order, unless ``ordered`` (by date, as a store filled by daily ingest is)."""
    from eventwatch.store import EVENT_ARROW_SCHEMA, EVENT_COLUMNS

    sql_types = {"string": "VARCHAR", "int32": "INTEGER", "int8": "TINYINT", "int64": "BIGINT",
                 "double": "DOUBLE", "date32[day]": "DATE"}
    given = {
        "event_id": "'e' || i", "article_id": "'a' || (i // 4)", "sentence_index": "i % 4",
        "date": "date", "date_precision": "'day'", "source_code": "sc || sec",
        "source_country": "sc", "source_sector": "nullif(sec, '')", "target_code": "tc",
        "target_country": "tc", "cameo": "root || '0'", "cameo_root": "root", "quad_class": "q",
        "goldstein": "CASE q WHEN 1 THEN 1 + 3 * u4 WHEN 2 THEN 5 + 3 * u4 "
                     "WHEN 3 THEN -2 - 3 * u4 ELSE -6 - 4 * u4 END",
        "plover": "'SYNTHETIC'",
        "modality": "CASE WHEN i % 20 = 7 THEN 'negated' ELSE 'asserted' END",
        "confidence": "0.5"}
    select = ",\n        ".join(
        f"CAST({given.get(c, 'NULL')} AS {sql_types[str(EVENT_ARROW_SCHEMA.field(c).type)]}) "
        f"AS {c}" for c in EVENT_COLUMNS)
    states = "[" + ", ".join(f"'{s}'" for s in SYNTH_STATES) + "]"
    k = len(SYNTH_STATES)
    planted = sum(p[3] for p in PLANTED)
    cases_a = " ".join(f"WHEN {j} THEN '{p[0]}'" for j, p in enumerate(PLANTED))
    cases_b = " ".join(f"WHEN {j} THEN '{p[1]}'" for j, p in enumerate(PLANTED))
    cases_d = " ".join(
        f"WHEN {j} THEN DATE '{p[2]}' + CAST(floor(u3 * (DATE '{SYNTH_START}' + {SYNTH_DAYS} "
        f"- DATE '{p[2]}')) AS INTEGER)" for j, p in enumerate(PLANTED))
    bounds, acc = [], 0
    for p in PLANTED:
        acc += p[3]
        bounds.append(acc)
    which = "CASE " + " ".join(
        f"WHEN i - {n - planted} < {b} THEN {j}" for j, b in enumerate(bounds)) + " END"
    con.execute(f"""
    CREATE TABLE events AS
    WITH u AS (
        SELECT i, (hash(i, 1) % 1000003) / 1000003.0 AS u1, (hash(i, 2) % 1000003) / 1000003.0
            AS u2, (hash(i, 3) % 1000003) / 1000003.0 AS u3, (hash(i, 4) % 1000003) / 1000003.0
            AS u4, (hash(i, 5) % 1000003) / 1000003.0 AS u5,
            i >= {n - planted} AS planted
        FROM range({n}) t(i)
    ), d AS (
        SELECT i, u4, u5,
            CASE WHEN planted THEN CASE {which} {cases_a} END
                 ELSE {states}[1 + CAST(floor({k} * u1 * u1) AS INTEGER)] END AS sc,
            CASE WHEN planted THEN CASE {which} {cases_b} END
                 ELSE {states}[1 + (CAST(floor({k} * u1 * u1) AS INTEGER) + 1
                      + CAST(floor({k - 1} * pow(u2, 1.5)) AS INTEGER)) % {k}] END AS tc,
            CASE WHEN planted THEN CASE {which} {cases_d} END
                 ELSE DATE '{SYNTH_START}' + CAST(floor(u3 * {SYNTH_DAYS}) AS INTEGER) END AS date,
            CASE WHEN planted THEN 4 WHEN u4 < 0.35 THEN 1 WHEN u4 < 0.6 THEN 2
                 WHEN u4 < 0.8 THEN 3 ELSE 4 END AS q,
            ['GOV', 'MIL', '', 'COP'][1 + CAST(floor(u5 * 4) AS INTEGER)] AS sec
        FROM u
    ), r AS (
        SELECT *, lpad(CAST(CASE q WHEN 1 THEN 1 + floor(u5 * 5) WHEN 2 THEN 6 + floor(u5 * 3)
                                    WHEN 3 THEN 9 + floor(u5 * 5) ELSE 14 + floor(u5 * 7) END
                             AS INTEGER)::VARCHAR, 2, '0') AS root
        FROM d
    )
    SELECT {select}
    FROM r {"ORDER BY date, i" if ordered else ""}
    """)


def write_coded(store, coded: list[tuple[Article, list[Event]]]) -> None:
    """Bulk-insert synthetic articles and events through Arrow (``Store.write_batch`` inserts
    articles row by row, which is slow for 100k synthetic articles)."""
    import pyarrow as pa

    from eventwatch.store import EVENT_ARROW_SCHEMA, event_to_row

    arts = [a for a, _ in coded]
    art_table = pa.table({
        "id": [a.id for a in arts], "date": pa.array([a.date for a in arts], pa.date32()),
        "title": [a.title for a in arts], "source": [a.source for a in arts],
        "url": [a.url for a in arts], "text_hash": [a.text_hash for a in arts],
        "origin": [a.origin for a in arts], "n_events": [len(e) for _, e in coded],
        "ingested_at": pa.array([dt.datetime(2025, 1, 1)] * len(arts), pa.timestamp("us")),
        "run_id": pa.array([None] * len(arts), pa.int32())})
    rows = [event_to_row(e) for _, evs in coded for e in evs]
    events = pa.Table.from_pylist(rows, schema=EVENT_ARROW_SCHEMA)
    store.con.register("_syn_articles", art_table)
    store.con.register("_syn_events", events)
    store.con.execute("INSERT INTO articles SELECT * FROM _syn_articles")
    store.con.execute("INSERT INTO events SELECT * FROM _syn_events")
    store.con.unregister("_syn_articles")
    store.con.unregister("_syn_events")
    rollup.apply(store.con, "events", events)  # keep the aggregates (analysis.rollup)
