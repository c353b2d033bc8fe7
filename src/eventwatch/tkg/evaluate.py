"""Single-step evaluation of a forecasting model with time-aware filtered ranks.

Protocol (Gastinger et al. 2023): the facts of one timestamp of the evaluated split are queried
at once, as object queries (s, r, ?) and subject queries written as (o, r + R, ?); the model may
use every fact of earlier timestamps (train, then valid, then the already-scored part of the
split). The rank of the true answer is taken over all entities after removing the *other* true
answers of the same query at the same timestamp, with ties counted at their expected position:
``rank = 1 + #higher + #tied_others / 2``. Metrics are MRR and Hits@1/3/10 in percent.

A model implements ``begin(data, split)`` (reset and read the history before ``split``),
``score(sr, t)`` (scores for rows of unique (s, r) at step ``t``: an array (n, E), or (K, n, E)
for K variants at once) and ``observe(quads)`` (the true facts of one timestamp, after scoring).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from eventwatch.tkg.data import TKGData, with_inverses

CHUNK = 256


def _expand_ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges [lo_i, hi_i): (owner index i, position) for every position of every range."""
    n = hi - lo
    owner = np.repeat(np.arange(len(lo)), n)
    starts = np.repeat(lo - np.concatenate([[0], np.cumsum(n)[:-1]]), n)
    return owner, starts + np.arange(int(n.sum()))


def filtered_ranks(scores: np.ndarray, rows: np.ndarray, answers: np.ndarray) -> np.ndarray:
    """Expected, time-aware filtered ranks.

    ``scores`` (n_rows, E): one row per distinct query (s, r) of a timestamp; query i asks
    row ``rows[i]`` with true answer ``answers[i]``. The other true answers of the same row are
    filtered out of query i's ranking.
    """
    rows = np.asarray(rows, dtype=np.int64)
    answers = np.asarray(answers, dtype=np.int64)
    n_ent = scores.shape[1]
    gt = scores[rows, answers]
    higher = np.empty(len(rows), np.float64)
    tied = np.empty(len(rows), np.float64)
    for a in range(0, len(rows), CHUNK):
        sl = slice(a, a + CHUNK)
        block = scores[rows[sl]]
        higher[sl] = (block > gt[sl, None]).sum(1)
        tied[sl] = (block == gt[sl, None]).sum(1) - 1
    combos = np.unique(rows * n_ent + answers)
    c_row, c_ans = combos // n_ent, combos % n_ent
    lo = np.searchsorted(c_row, rows, "left")
    hi = np.searchsorted(c_row, rows, "right")
    q, pos = _expand_ranges(lo, hi)
    other = c_ans[pos]
    keep = other != answers[q]
    q, other = q[keep], other[keep]
    s_other = scores[rows[q], other]
    higher -= np.bincount(q, weights=s_other > gt[q], minlength=len(rows))
    tied -= np.bincount(q, weights=s_other == gt[q], minlength=len(rows))
    return 1.0 + higher + tied / 2.0


def metrics(ranks: np.ndarray) -> dict[str, float]:
    ranks = np.asarray(ranks, dtype=np.float64)
    if ranks.size == 0:
        return {"mrr": 0.0, "hits@1": 0.0, "hits@3": 0.0, "hits@10": 0.0}
    out = {"mrr": 100.0 * float(np.mean(1.0 / ranks))}
    for k in (1, 3, 10):
        out[f"hits@{k}"] = 100.0 * float(np.mean(ranks <= k))
    return out


@dataclass
class RankRun:
    """Ranks of every query of a split (shape (K, n) when the model scores K variants)."""

    ranks: np.ndarray
    relations: np.ndarray
    seconds: float
    extra: dict = field(default_factory=dict)


def timestamp_groups(quads: np.ndarray):
    """Yield (step, facts) per distinct timestamp in increasing order."""
    if len(quads) == 0:
        return
    quads = quads[np.argsort(quads[:, 3], kind="stable")]
    cuts = np.flatnonzero(np.diff(quads[:, 3])) + 1
    for part in np.split(quads, cuts):
        yield int(part[0, 3]), part


def rank_split(model, data: TKGData, split: str) -> RankRun:
    """Run the single-step protocol over ``split`` and return the rank of every query."""
    start = time.perf_counter()
    model.begin(data, split)
    n_ent = data.num_entities
    all_ranks, all_rels = [], []
    for t, facts in timestamp_groups(data.split(split)):
        queries = with_inverses(facts, data.num_relations)
        keys = queries[:, 0] * (2 * data.num_relations) + queries[:, 1]
        uniq, rows = np.unique(keys, return_inverse=True)
        sr = np.column_stack([uniq // (2 * data.num_relations), uniq % (2 * data.num_relations)])
        order = np.argsort(rows, kind="stable")
        bounds = np.searchsorted(rows[order], np.arange(0, len(uniq) + CHUNK, CHUNK))
        parts = []
        for c, a in enumerate(range(0, len(uniq), CHUNK)):
            sel = order[bounds[c]:bounds[c + 1]]
            sc = np.asarray(model.score(sr[a:a + CHUNK], t))
            if sc.shape[-1] != n_ent:
                raise ValueError(f"model returned {sc.shape[-1]} scores, expected {n_ent}")
            local = rows[sel] - a
            ans = queries[sel, 2]
            if sc.ndim == 2:
                r = filtered_ranks(sc, local, ans)[None]
            else:
                r = np.stack([filtered_ranks(s, local, ans) for s in sc])
            parts.append((sel, r))
        ranks = np.empty((parts[0][1].shape[0], len(queries)))
        for sel, r in parts:
            ranks[:, sel] = r
        all_ranks.append(ranks)
        all_rels.append(queries[:, 1])
        model.observe(facts)
    ranks = np.concatenate(all_ranks, axis=1)
    return RankRun(ranks, np.concatenate(all_rels), time.perf_counter() - start)


def evaluate(model, data: TKGData, split: str = "test", fit: bool = True) -> dict:
    """Tune ``model`` on train -> valid (if ``fit``), then score ``split`` once."""
    start = time.perf_counter()
    if fit:
        model.fit(data)
    run = rank_split(model, data, split)
    out = metrics(run.ranks[0])
    out["queries"] = int(run.ranks.shape[1])
    out["seconds"] = round(time.perf_counter() - start, 2)
    out["model"] = model.name
    return out
