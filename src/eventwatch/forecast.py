"""``eventwatch forecast``: what is likely to happen next, from the events in the store.

The asserted events of the store (``merged_events`` when deduplication has run, else ``events``)
become a temporal knowledge graph of quadruples (source actor, CAMEO root, target actor, day); the
forecasting models of :mod:`eventwatch.tkg` are tuned on its most recent ``TUNE_EVENTS`` events
(the last fifth of those days is the validation part) and then read the whole history. Tuned
models are cached on disk (``cache_dir``) under a hash of the tuning events and the model code.

A forecast lists (source, CAMEO root, target) triples for the next ``horizon`` days, always
estimated from the source side, so a triple gets the same score whether asked for by actor, dyad or
overall. For an anchor (source s, root r) the model gives p(o | s, r), normalised over all actors
(softmax for the log-linear ``mixture``, share of the scores for the recurrency baselines) and
averaged over the days of the horizon. The expected number of such events is
``rate(s, r) * horizon * p``, where ``rate`` is the exponentially weighted number of (s, r) events
per day (half-life ``RATE_HALF_LIFE`` days); the reported ``score`` is the chance of at least one,
``1 - exp(-expected)``. With ``--actor``, the scored sources are the actor's codes and every actor
it has had an event with (as possible sources of events aimed at it). Candidates with no evidence
at all (score exactly 0, the tie block of never-seen actors) are not listed.

``backtest`` scores the model by rolling origin: at each cut-off day (every ``step`` days over the
last third of the history) it is fitted on the events before the cut-off and, without seeing any
later event, ranks the true target of every (source, root, target) of the next ``horizon`` days
(object queries, time-aware filtered ranks as in :mod:`eventwatch.tkg.evaluate`), next to the
strict recurrency baseline.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import os
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np

import eventwatch.tkg as tkg_package
from eventwatch.tkg import Recurrency, TKGData, make_model
from eventwatch.tkg.evaluate import filtered_ranks, metrics

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
R = len(ROOTS)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
MIN_EVENTS = 20
MIN_DAYS = 5
VALID_FRACTION = 0.2
RATE_HALF_LIFE = 14.0
TUNE_EVENTS = 8000
CACHE_FILES = 20
MAX_SCORED_DAYS = 7
CHUNK = 256
MODEL_CHOICES = ("mixture", "combined", "strict")
BASELINE = "strict"


class ForecastError(ValueError):
    """A user-facing problem: missing database, too little history, unknown actor."""


@dataclass
class StoreGraph:
    """The store's asserted events as quadruples (s, r, o, day) sorted by day."""

    quads: np.ndarray
    codes: list[str]
    day0: dt.date
    table: str

    @property
    def num_entities(self) -> int:
        return len(self.codes)

    @property
    def last_day(self) -> int:
        return int(self.quads[-1, 3])

    def date(self, day: int) -> dt.date:
        return self.day0 + dt.timedelta(days=int(day))

    def match(self, prefix: str) -> np.ndarray:
        """Ids of the actor codes that start with ``prefix`` (case-insensitive)."""
        p = prefix.strip().upper()
        ids = np.array([i for i, c in enumerate(self.codes) if p and c.startswith(p)], np.int64)
        if len(ids) == 0:
            raise ForecastError(f"unknown actor {prefix!r}: no actor code in the store starts "
                                f"with {p!r}")
        return ids


def load_graph(db: str | Path) -> StoreGraph:
    """Read the asserted events with both actor codes, a date and a CAMEO root from ``db``."""
    import duckdb

    from eventwatch.dedup import has_dedup
    from eventwatch.store import Store, StoreError

    try:
        store = Store(db, read_only=True)
    except StoreError as exc:
        raise ForecastError(str(exc)) from None
    with store:
        con = store.con
        table = "events"
        try:
            if has_dedup(con) and con.execute("SELECT count(*) FROM merged_events").fetchone()[0]:
                table = "merged_events"
            rows = con.execute(
                f"SELECT date, upper(source_code), cameo_root, upper(target_code) FROM {table} "
                "WHERE modality = 'asserted' AND date IS NOT NULL AND source_code IS NOT NULL "
                "AND target_code IS NOT NULL AND source_code <> '' AND target_code <> '' "
                f"AND cameo_root IN ({', '.join(repr(r) for r in ROOTS)})").fetchall()
        except duckdb.Error as exc:  # no events table: not an eventwatch store
            msg = str(exc).splitlines()[0]
            raise ForecastError(f"{db}: not an eventwatch store ({msg})") from None
    if len(rows) < MIN_EVENTS:
        raise ForecastError(f"{db}: too little history: {len(rows)} usable events (asserted, "
                            f"dated, with source and target codes); need at least {MIN_EVENTS}")
    codes = sorted({r[1] for r in rows} | {r[3] for r in rows})
    ids = {c: i for i, c in enumerate(codes)}
    day0 = min(r[0] for r in rows)
    quads = np.array([(ids[s], ROOTS.index(root), ids[o], (d - day0).days)
                      for d, s, root, o in rows], dtype=np.int64)
    quads = quads[np.lexsort((quads[:, 2], quads[:, 1], quads[:, 0], quads[:, 3]))]
    n_days = len(np.unique(quads[:, 3]))
    if n_days < MIN_DAYS:
        raise ForecastError(f"{db}: too little history: events on {n_days} distinct days; need "
                            f"at least {MIN_DAYS}")
    return StoreGraph(quads, codes, day0, table)


# ---- fitting -------------------------------------------------------------------------------------

def carve(hist: np.ndarray, n_entities: int, test: np.ndarray | None = None) -> TKGData:
    """``hist`` as train + valid (the last fifth of its days, at least one), ``test`` as test."""
    days = np.unique(hist[:, 3])
    n_valid = min(max(1, round(VALID_FRACTION * len(days))), max(len(days) - 2, 0))
    v0 = days[-n_valid] if n_valid else int(hist[:, 3].max()) + 1
    if test is None:
        test = np.zeros((0, 4), np.int64)
    return TKGData(hist[hist[:, 3] < v0], hist[hist[:, 3] >= v0], test, n_entities, R, 1.0,
                   "store")


def make_data(graph: StoreGraph, cut: int, test_end: int | None = None) -> TKGData:
    """Events before day ``cut`` as history (train + valid), those of days [cut, test_end) as
    test (empty when ``test_end`` is None)."""
    q = graph.quads
    test = None if test_end is None else q[(q[:, 3] >= cut) & (q[:, 3] < test_end)]
    return carve(q[q[:, 3] < cut], graph.num_entities, test)


def tuning_data(data: TKGData, tune_events: int = TUNE_EVENTS) -> TKGData:
    """The most recent days of ``data``'s history holding at most ``tune_events`` events (at
    least ``MIN_DAYS`` days), carved again into train + valid: tuning cost stays bounded on a
    large store, and the weights reflect the recent behaviour of the sources."""
    hist = data.history_before("test")
    days, counts = np.unique(hist[:, 3], return_counts=True)
    cum = np.cumsum(counts[::-1])
    n_days = max(int(np.searchsorted(cum, tune_events, "right")), MIN_DAYS)
    if n_days >= len(days):
        return data
    return carve(hist[hist[:, 3] >= days[-n_days]], data.num_entities)


def fit_model(name: str, data: TKGData, cache: bool = True, tune_events: int = TUNE_EVENTS):
    """A model of ``name`` tuned on the recent part of ``data`` (``tuning_data``: train ->
    valid) that has then read all of ``data``'s history (train + valid).

    On a history too small to tune on, the model keeps its default parameters (``tuned`` False).
    Tuned models are cached (see ``cache_dir``) under a hash of the tuning facts and of the
    forecasting code, so asking again about the same store does not tune again.
    """
    tune = tuning_data(data, tune_events)
    path = cache_dir() / f"{name}-{_fingerprint(name, tune)}.pkl" if cache else None
    model = _load(path) if path else None
    if model is None:
        model = make_model(name)
        model.tuned = False
        if len(tune.train) and len(tune.valid):
            try:
                model.fit(tune)
                model.tuned = True
            except (ValueError, IndexError, ZeroDivisionError, FloatingPointError):
                model = make_model(name)
                model.tuned = False
        if path and model.tuned:
            _save(path, model)
    model.begin(data, "test")
    return model


def cache_dir() -> Path:
    """``$EVENTWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwatch/forecast`` (~/.cache)."""
    if os.environ.get("EVENTWATCH_CACHE_DIR"):
        return Path(os.environ["EVENTWATCH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwatch" / "forecast"


@functools.cache
def _code_hash() -> str:
    h = hashlib.sha1()
    for f in sorted(Path(tkg_package.__file__).parent.glob("*.py")) + [Path(__file__)]:
        h.update(f.read_bytes())
    return h.hexdigest()


def _fingerprint(name: str, tune: TKGData) -> str:
    h = hashlib.sha1(f"{name} {tune.num_entities} {_code_hash()}".encode())
    for part in (tune.train, tune.valid):
        h.update(np.ascontiguousarray(part, dtype=np.int64).tobytes())
        h.update(b"|")
    return h.hexdigest()[:20]


def _load(path: Path):
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated or stale: tune again
        return None


def _save(path: Path, model) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        old = sorted(path.parent.glob("*.pkl"), key=lambda f: f.stat().st_mtime)[:-CACHE_FILES]
        for f in old:
            f.unlink(missing_ok=True)
    except Exception:  # a read-only home or an unpicklable model: just do not cache
        pass


def probabilities(model, scores: np.ndarray) -> np.ndarray:
    """Rows of model scores -> distributions over all actors."""
    if isinstance(model, Recurrency):
        tot = scores.sum(1, keepdims=True)
        return np.divide(scores, tot, out=np.zeros_like(scores), where=tot > 0)
    z = np.exp(scores - scores.max(1, keepdims=True))
    return z / z.sum(1, keepdims=True)


def rates(quads: np.ndarray, now: int) -> tuple[np.ndarray, np.ndarray]:
    """Exponentially weighted events per day at day ``now`` of every (source, root) anchor seen
    in ``quads``: (anchors (n, 2), rate (n,)). The weights of all days since the first event
    are the denominator, so an actor first seen yesterday is not credited with a daily habit."""
    key = quads[:, 0] * R + quads[:, 1]
    lam = 1.0 / RATE_HALF_LIFE
    w = 2.0 ** (-lam * (now - quads[:, 3]))
    uniq, inv = np.unique(key, return_inverse=True)
    num = np.bincount(inv, weights=w)
    denom = (2.0 ** (-lam * np.arange(1, now - int(quads[:, 3].min()) + 1))).sum()
    return np.column_stack([uniq // R, uniq % R]), num / max(denom, 1e-12)


def _mask(n: int, ids: np.ndarray) -> np.ndarray:
    m = np.zeros(n, bool)
    m[ids] = True
    return m


# ---- forecasting ---------------------------------------------------------------------------------

def _anchor_probs(model, sr: np.ndarray, days: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Mean probability over ``days`` and the evidence mask (some score != 0) for rows ``sr``."""
    mean = evidence = None
    for t in days:
        sc = np.asarray(model.score(sr, t), dtype=np.float64)
        p = probabilities(model, sc)
        mean = p if mean is None else mean + p
        evidence = sc != 0 if evidence is None else evidence | (sc != 0)
    return mean / len(days), evidence


def scored_days(last: int, horizon: int) -> list[int]:
    """The days the horizon is scored on: all of them, or ``MAX_SCORED_DAYS`` spread evenly."""
    if horizon <= MAX_SCORED_DAYS:
        return list(range(last + 1, last + horizon + 1))
    return sorted({int(round(x)) for x in np.linspace(last + 1, last + horizon, MAX_SCORED_DAYS)})


def forecast_events(graph: StoreGraph, model_name: str = "mixture", actor: str | None = None,
             dyad: tuple[str, str] | None = None, horizon: int = 7, top: int = 10,
             cache: bool = True, tune_events: int = TUNE_EVENTS) -> dict:
    """The ``top`` most likely (source, root, target) events of the next ``horizon`` days."""
    start = time.perf_counter()
    E, q = graph.num_entities, graph.quads
    # rows: which subjects are scored; cols: which targets each scored subject may have
    if dyad is not None:
        a_ids, b_ids = graph.match(dyad[0]), graph.match(dyad[1])
        rows_ok = _mask(E, a_ids) | _mask(E, b_ids)
    elif actor is not None:
        a_ids = graph.match(actor)
        # the actor as source, and every actor it has an event with as a possible source to it
        partners = np.concatenate([q[np.isin(q[:, 2], a_ids), 0], q[np.isin(q[:, 0], a_ids), 2]])
        rows_ok = _mask(E, a_ids) | _mask(E, partners)
    else:
        rows_ok = np.ones(E, bool)
    T = graph.last_day
    model = fit_model(model_name, make_data(graph, T + 1), cache, tune_events)
    anchors, rate = rates(q, T + 1)
    keep = rows_ok[anchors[:, 0]]
    anchors, rate = anchors[keep], rate[keep]
    order = np.argsort(-rate, kind="stable")
    anchors, rate = anchors[order], rate[order]
    days = scored_days(T, horizon)
    best: dict[tuple[int, int, int], float] = {}
    for a in range(0, len(anchors), CHUNK):
        if len(best) >= top and rate[a] * horizon <= _kth(best, top):
            break  # expected counts cannot exceed rate * horizon: nothing left can enter the top
        sr, rt = anchors[a:a + CHUNK], rate[a:a + CHUNK]
        p, ev = _anchor_probs(model, sr, days)
        if dyad is not None:
            ev &= (np.isin(sr[:, 0], a_ids)[:, None] & _mask(E, b_ids)[None, :]) | \
                  (np.isin(sr[:, 0], b_ids)[:, None] & _mask(E, a_ids)[None, :])
        elif actor is not None:
            ev &= np.isin(sr[:, 0], a_ids)[:, None] | _mask(E, a_ids)[None, :]
        expected = np.where(ev, rt[:, None] * horizon * p, 0.0)
        flat = expected.ravel()
        k = min(top, int((flat > 0).sum()))
        if k == 0:
            continue
        for i in np.argpartition(-flat, k - 1)[:k]:
            row, o = divmod(int(i), E)
            best[(int(sr[row, 0]), int(sr[row, 1]), o)] = float(flat[i])
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {
        "db_table": graph.table,
        "model": model.name,
        "tuned": bool(getattr(model, "tuned", False)),
        "scope": ({"actor": actor.upper()} if actor else
                  {"dyad": [dyad[0].upper(), dyad[1].upper()]} if dyad else {"overall": True}),
        "history": {"events": int(len(graph.quads)), "actors": graph.num_entities,
                    "first": graph.date(graph.quads[0, 3]).isoformat(),
                    "last": graph.date(T).isoformat()},
        "horizon": {"days": horizon, "from": graph.date(T + 1).isoformat(),
                    "to": graph.date(T + horizon).isoformat()},
        "forecasts": [_record(graph, triple, exp_n) for triple, exp_n in ranked],
        "seconds": round(time.perf_counter() - start, 2),
    }


def _kth(best: dict, k: int) -> float:
    return sorted(best.values(), reverse=True)[k - 1]


def _record(graph: StoreGraph, triple: tuple[int, int, int], expected: float) -> dict:
    from eventwatch.ontology import cameo

    s, r, o = triple
    q = graph.quads
    past = q[(q[:, 0] == s) & (q[:, 1] == r) & (q[:, 2] == o)]
    root = ROOTS[r]
    code = cameo(root)
    return {
        "source": graph.codes[s], "cameo_root": root, "name": code.name, "target": graph.codes[o],
        "quad_class": code.quad_class, "quad_name": QUAD_NAMES[code.quad_class],
        "score": round(1.0 - math.exp(-expected), 4), "expected": round(expected, 3),
        "past_events": int(len(past)),
        "last_seen": graph.date(past[-1, 3]).isoformat() if len(past) else None,
    }


# ---- backtest ------------------------------------------------------------------------------------

def cutoffs(graph: StoreGraph, horizon: int, step: int) -> list[int]:
    """Cut-off days every ``step`` days over the last third of the history, each followed by a
    full horizon of history."""
    first, last = int(graph.quads[0, 3]), graph.last_day
    start = first + math.ceil(2 * (last - first) / 3)
    return list(range(start, last - horizon + 2, step))


def horizon_ranks(model, data: TKGData) -> np.ndarray:
    """Filtered ranks of the object of every distinct (s, r, o) of each test day, scored from
    the history before the test window only (nothing of the window is observed)."""
    out = []
    test = np.unique(data.test, axis=0)
    for t in np.unique(test[:, 3]):
        facts = test[test[:, 3] == t]
        keys = facts[:, 0] * R + facts[:, 1]
        uniq, rows = np.unique(keys, return_inverse=True)
        sr = np.column_stack([uniq // R, uniq % R])
        for a in range(0, len(uniq), CHUNK):
            sel = (rows >= a) & (rows < a + CHUNK)
            sc = np.asarray(model.score(sr[a:a + CHUNK], int(t)), dtype=np.float64)
            out.append(filtered_ranks(sc, rows[sel] - a, facts[sel, 2]))
    return np.concatenate(out) if out else np.zeros(0)


def backtest(graph: StoreGraph, model_name: str = "mixture", horizon: int = 7,
             step: int = 7, cache: bool = True, tune_events: int = TUNE_EVENTS) -> dict:
    """Rolling-origin MRR / Hits@k of ``model_name`` and the strict baseline on the store."""
    start = time.perf_counter()
    cuts = cutoffs(graph, horizon, step)
    names = [model_name] + ([BASELINE] if model_name != BASELINE else [])
    all_ranks = {n: [] for n in names}
    rows = []
    for c in cuts:
        data = make_data(graph, c, c + horizon)
        if len(data.test) == 0 or len(data.train) + len(data.valid) == 0:
            continue
        row = {"cutoff": graph.date(c).isoformat(), "history": int(len(data.train)
                                                                    + len(data.valid))}
        for n in names:
            ranks = horizon_ranks(fit_model(n, data, cache, tune_events), data)
            all_ranks[n].append(ranks)
            m = metrics(ranks)
            row["queries"] = int(len(ranks))
            row[n] = {"mrr": round(m["mrr"], 2), "hits@10": round(m["hits@10"], 2)}
        rows.append(row)
    if not rows:
        raise ForecastError(f"too little history for a backtest: no cut-off in the last third "
                            f"of {graph.last_day + 1} days leaves a full {horizon}-day horizon "
                            f"with events")
    overall = {}
    for n in names:
        ranks = np.concatenate(all_ranks[n])
        overall[n] = {k: round(v, 2) for k, v in metrics(ranks).items()}
    return {"model": model_name, "baseline": BASELINE, "horizon": horizon, "step": step,
            "db_table": graph.table, "queries": int(sum(r["queries"] for r in rows)),
            "overall": overall, "cutoffs": rows, "seconds": round(time.perf_counter() - start, 2)}


# ---- command -------------------------------------------------------------------------------------

def _fail(msg: str) -> None:
    click.echo(f"eventwatch: {msg}", err=True)
    sys.exit(1)


def _print_forecast(res: dict) -> None:
    scope = res["scope"]
    what = (f"actor {scope['actor']}*" if "actor" in scope else
            f"dyad {scope['dyad'][0]}* - {scope['dyad'][1]}*" if "dyad" in scope else "all actors")
    h, hz = res["history"], res["horizon"]
    click.echo(f"forecast for {what}, {hz['from']} .. {hz['to']} ({hz['days']} days); model "
               f"{res['model']}{'' if res['tuned'] else ' (untuned)'} on {h['events']} events "
               f"{h['first']} .. {h['last']} from {res['db_table']}")
    if not res["forecasts"]:
        click.echo("no event has any support in the history")
        return
    click.echo(f"{'#':>3}  {'score':>5}  {'source':<10} {'root':<4} {'event':<28} "
               f"{'quad class':<20} {'target':<10} {'past':>4}  last seen")
    for i, f in enumerate(res["forecasts"], 1):
        click.echo(f"{i:>3}  {f['score']:5.2f}  {f['source']:<10} {f['cameo_root']:<4} "
                   f"{f['name'][:28]:<28} {f['quad_name']:<20} {f['target']:<10} "
                   f"{f['past_events']:>4}  {f['last_seen'] or '-'}")


def _print_backtest(res: dict) -> None:
    names = [res["model"]] + ([res["baseline"]] if res["baseline"] != res["model"] else [])
    click.echo(f"rolling-origin backtest, horizon {res['horizon']} days, cut-off every "
               f"{res['step']} days, {len(res['cutoffs'])} cut-offs, {res['queries']} object "
               f"queries ({res['seconds']:.1f} s)")
    head = "".join(f"  {n + ' MRR':>14} {'H@10':>6}" for n in names)
    click.echo(f"{'cut-off':<10} {'queries':>7}{head}")
    for r in res["cutoffs"]:
        cells = "".join(f"  {r[n]['mrr']:>14.2f} {r[n]['hits@10']:>6.2f}" for n in names)
        click.echo(f"{r['cutoff']:<10} {r['queries']:>7}{cells}")
    cells = "".join(f"  {res['overall'][n]['mrr']:>14.2f} {res['overall'][n]['hits@10']:>6.2f}"
                    for n in names)
    click.echo(f"{'all':<10} {res['queries']:>7}{cells}")


@click.command("forecast")
@click.option("--db", default="eventwatch.duckdb", show_default=True, help="DuckDB database file.")
@click.option("--actor", help="Actor code prefix (TUR matches TURGOV, TURMIL, ...), as source "
                              "or target.")
@click.option("--dyad", nargs=2, metavar="A B", help="Two actor code prefixes, both directions.")
@click.option("--horizon", type=click.IntRange(1, 365), default=7, show_default=True,
              help="Days ahead.")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--model", "model_name", type=click.Choice(MODEL_CHOICES), default="mixture",
              show_default=True)
@click.option("--backtest", "run_backtest", is_flag=True,
              help="Score the model by rolling origin on the store instead of forecasting.")
@click.option("--step", type=click.IntRange(1, 365), default=7, show_default=True,
              help="Days between backtest cut-offs.")
@click.option("--tune-events", type=click.IntRange(100, None), default=TUNE_EVENTS,
              show_default=True, help="Tune the model on the most recent this many events.")
@click.option("--no-cache", is_flag=True, help="Tune the model again even if a tuned copy for "
              "the same history is cached.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def forecast(db, actor, dyad, horizon, top, model_name, run_backtest, step, tune_events, no_cache,
             as_json):
    """The most likely next events (source x CAMEO root x target) over the next HORIZON days."""
    if actor and dyad:
        raise click.UsageError("give --actor or --dyad, not both")
    try:
        graph = load_graph(db)
        if run_backtest:
            res = backtest(graph, model_name, horizon, step, not no_cache, tune_events)
        else:
            res = forecast_events(graph, model_name, actor, tuple(dyad) if dyad else None,
                                  horizon, top, not no_cache, tune_events)
    except ForecastError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(res, indent=2))
    elif run_backtest:
        _print_backtest(res)
    else:
        _print_forecast(res)
