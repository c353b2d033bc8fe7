"""A small non-linear correction for the row-context ranker, trained by minibatch Adam.

``score(o) = sum_j C[j] * (W[j] . x(o)) + v . relu(U z(o) + b)`` where ``z`` stacks the scaled
features ``XT`` (from ``candidates.design``) and the three row statistics ``C[1:]``, so the hidden
units can combine signals (a recent repeat in a row with many repeats, popularity of an object the
subject already met, ...) in ways the linear context weights cannot. Training maximises the same
softmax likelihood over all entities as ``candidates.fit_context`` (candidates + the
``E - n_candidates`` entities without evidence at score 0), on minibatches of whole query rows,
warm-started from the fitted linear weights with ``v = 0``; the epoch with the best MRR on a
held-out slice (the latest rows) is kept.

Pruning (``kept``, ``s0``): the hidden layer may apply to a subset of the candidates only, each
row's ``PRUNE`` best by a fixed linear score ``s0`` (``top_per_row``); the others keep ``s0``
as their score. They still count in the softmax (as a constant per row) and in the ranks, so
training, early stopping and scoring see the same model, at a fraction of the cost (most of a
row's ~200 candidates are popularity-only ones far below its top).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from eventwatch.tkg.candidates import CandidateSet, candidate_ranks, context_scores
from eventwatch.tkg.evaluate import metrics

HIDDEN = 32
LR = 3e-3
BATCH_ROWS = 128
ADAM = (0.9, 0.999, 1e-8)
SCORE_CHUNK = 262144   # candidates per block when scoring (bounds the (H, n) activations)
PRUNE = None   # candidates per row the hidden layer applies to (best by linear score); None: all


def top_per_row(crow: np.ndarray, s: np.ndarray, k: int) -> np.ndarray:
    """Sorted indices of the (at most) k highest scores ``s`` of each row (``crow``
    non-decreasing); ties go to the earlier candidate."""
    if len(crow) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((np.arange(len(s)), -s, crow))
    g = crow[order]
    start = np.searchsorted(g, g, "left")
    return np.sort(order[np.arange(len(g)) - start < k])


def pruned_scores(P: Params, XT: np.ndarray, C: np.ndarray, kept: np.ndarray | None,
                  s0: np.ndarray | None) -> np.ndarray:
    """Scores of every candidate: ``s0`` except at ``kept``, whose columns ``XT``, ``C`` hold
    (the linear part of ``P`` plus its hidden layer); no pruning when ``kept`` is None."""
    if kept is None:
        return scores(P, XT, C)
    out = np.array(s0, dtype=np.float64)
    out[kept] = scores(P, XT, C)
    return out


def row_rest(crow: np.ndarray, s0: np.ndarray, kept: np.ndarray, n_rows: int) -> np.ndarray:
    """log sum exp of ``s0`` over each row's candidates outside ``kept`` (-inf if none)."""
    out = np.full(n_rows, -np.inf)
    m = np.ones(len(crow), bool)
    m[kept] = False
    if not m.any():
        return out
    r, v = crow[m], s0[m]
    mx = np.full(n_rows, -np.inf)
    np.maximum.at(mx, r, v)
    tot = np.bincount(r, weights=np.exp(v - mx[r]), minlength=n_rows)
    has = tot > 0
    out[has] = mx[has] + np.log(tot[has])
    return out


@dataclass
class Params:
    W: np.ndarray                                   # (N_CONTEXT, K2) linear context weights
    U: np.ndarray = field(default=None)             # (H, K2 + N_CONTEXT - 1)
    b: np.ndarray = field(default=None)             # (H,)
    v: np.ndarray = field(default=None)             # (H,)

    @staticmethod
    def linear(W: np.ndarray, hidden: int = HIDDEN, seed: int = 0) -> Params:
        d = W.shape[1] + W.shape[0] - 1
        rng = np.random.default_rng(seed)
        return Params(W.copy(), rng.normal(0.0, 1.0 / np.sqrt(d), (hidden, d)),
                      np.zeros(hidden), np.zeros(hidden))

    def copy(self) -> Params:
        return Params(self.W.copy(), self.U.copy(), self.b.copy(), self.v.copy())

    def arrays(self) -> dict[str, np.ndarray]:
        return {"W": self.W, "U": self.U, "b": self.b, "v": self.v}

    @staticmethod
    def average(members: list[Params]) -> Params:
        """One model whose scores are the mean of the members' scores: the context part is
        linear in W, so its mean is that of the mean W; the hidden units are stacked and each
        output weight divided by the number of members."""
        n = len(members)
        W = np.mean([m.W for m in members], axis=0)
        return Params(W, np.vstack([m.U for m in members]),
                      np.concatenate([m.b for m in members]),
                      np.concatenate([m.v for m in members]) / n)


def _hidden_pre(P: Params, XT: np.ndarray, C: np.ndarray) -> np.ndarray:
    k2 = XT.shape[0]
    U = P.U.astype(np.float32)
    return U[:, :k2] @ XT + U[:, k2:] @ C[1:] + P.b.astype(np.float32)[:, None]


def scores(P: Params, XT: np.ndarray, C: np.ndarray) -> np.ndarray:
    """Candidate scores (float64) of the linear context part plus the hidden layer."""
    s = context_scores(XT, C, P.W)
    if XT.shape[1] == 0 or not np.any(P.v):
        return s
    v = P.v.astype(np.float32)
    for a in range(0, XT.shape[1], SCORE_CHUNK):
        h = np.maximum(_hidden_pre(P, XT[:, a:a + SCORE_CHUNK], C[:, a:a + SCORE_CHUNK]), 0.0)
        s[a:a + SCORE_CHUNK] += (v @ h).astype(np.float64)
    return s


def _loss_grad(P: Params, XT, C, kcrow, start, cnt, nq, non, rest, ra, rz, l2, train_w):
    """Mean negative log-likelihood of the queries of rows [ra, rz) and its gradients
    (``kcrow``: row of each column of ``XT``; ``rest``: log-sum-exp of each row's pruned
    candidates, constant here)."""
    a, z = start[ra], start[rz]
    xt, c = XT[:, a:z], C[:, a:z]
    crow = kcrow[a:z] - ra
    nr = rz - ra
    hp = _hidden_pre(P, xt, c)
    h = np.maximum(hp, 0.0)
    s = (np.einsum("jn,jn->n", c, P.W.astype(np.float32) @ xt)
         + P.v.astype(np.float32) @ h).astype(np.float64)
    ncand = start[ra + 1:rz + 1] - start[ra:rz]
    mx = np.maximum(rest[ra:rz], 0.0)
    if len(s):
        has = ncand > 0
        mx[has] = np.maximum(np.maximum.reduceat(s, start[ra:rz][has] - a), mx[has])
    ex = np.exp(s - mx[crow])
    q = nq[ra:rz]
    zsum = (np.bincount(crow, weights=ex, minlength=nr) + non[ra:rz] * np.exp(-mx)
            + np.exp(rest[ra:rz] - mx))
    n = max(q.sum(), 1.0)
    loss = ((q * (mx + np.log(zsum))).sum() - (s * cnt[a:z]).sum()) / n
    g = ((ex * (q / zsum)[crow] - cnt[a:z]) / n).astype(np.float32)
    gh = (P.v.astype(np.float32)[:, None] * g[None, :]) * (hp > 0)
    k2 = xt.shape[0]
    gU = np.hstack([gh @ xt.T, gh @ c[1:].T]).astype(np.float64)
    grads = {"U": gU + 2 * l2 * P.U, "b": gh.sum(1).astype(np.float64),
             "v": (h @ g).astype(np.float64) + 2 * l2 * P.v}
    if train_w:
        grads["W"] = (xt @ (c * g).T).T.astype(np.float64) + 2 * l2 * P.W
    assert k2 + c.shape[0] - 1 == P.U.shape[1]
    return loss, grads


def _slice(cs: CandidateSet, start: np.ndarray, r0: int) -> CandidateSet:
    """The rows r0.. of ``cs`` as their own candidate set (features not copied)."""
    a = start[r0]
    q = cs.qrow >= r0
    return CandidateSet(cs.X[:0], cs.crow[a:] - r0, cs.cobj[a:], cs.rrel[r0:], cs.qrow[q] - r0,
                        cs.qans[q], np.where(cs.qcand[q] >= 0, cs.qcand[q] - a, -1), cs.n_ent,
                        None if cs.rsub is None else cs.rsub[r0:])


def fit_hidden(cs: CandidateSet, XT: np.ndarray, C: np.ndarray, P0: Params, epochs: int,
               lr: float = LR, lr_w: float = 0.0, l2: float = 1e-5, holdout: float = 0.1,
               patience: int = 5, seed: int = 0, kept: np.ndarray | None = None,
               s0: np.ndarray | None = None) -> tuple[Params, float, int]:
    """Adam on minibatches of whole rows of ``cs`` (the last ``holdout`` share of rows held
    out). ``lr_w`` > 0 also updates the linear weights. With ``kept`` (sorted candidate
    indices) and ``s0`` (scores of all candidates), ``XT``/``C`` hold the kept candidates'
    columns only and every other candidate keeps its score ``s0`` (see the module docstring).
    Returns the parameters of the epoch with the best held-out MRR (epoch 0 = ``P0``), that MRR
    and the epoch."""
    rng = np.random.default_rng(seed)
    n_rows = cs.n_rows
    full_start = np.concatenate([[0], np.cumsum(np.bincount(cs.crow, minlength=n_rows))])
    non = (cs.n_ent - np.diff(full_start)).astype(np.float64)
    if kept is None:
        kcrow, kq, rest = cs.crow, cs.qcand, np.full(n_rows, -np.inf)
    else:
        pos = np.full(len(cs.crow), -1)
        pos[kept] = np.arange(len(kept))
        kcrow = cs.crow[kept]
        kq = np.where(cs.qcand >= 0, pos[np.maximum(cs.qcand, 0)], -1)
        rest = row_rest(cs.crow, s0, kept, n_rows)
    assert XT.shape[1] == len(kcrow)
    start = np.concatenate([[0], np.cumsum(np.bincount(kcrow, minlength=n_rows))])
    cnt = np.bincount(kq[kq >= 0], minlength=len(kcrow)).astype(np.float64)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    n_fit = int(n_rows * (1.0 - holdout))
    hold = _slice(cs, full_start, n_fit)
    h0, f0 = start[n_fit], full_start[n_fit]
    h_kept = None if kept is None else kept[h0:] - f0
    h_s0 = None if s0 is None else s0[f0:]

    def hold_mrr(P: Params) -> float:
        s = pruned_scores(P, XT[:, h0:], C[:, h0:], h_kept, h_s0)
        return metrics(candidate_ranks(hold, s))["mrr"]

    P = P0.copy()
    best = (hold_mrr(P), 0, P.copy())
    keys = ["U", "b", "v"] + (["W"] if lr_w > 0 else [])
    rates = {"U": lr, "b": lr, "v": lr, "W": lr_w}
    arr = P.arrays()
    m1 = {k: np.zeros_like(arr[k]) for k in keys}
    m2 = {k: np.zeros_like(arr[k]) for k in keys}
    b1, b2, eps = ADAM
    step = bad = 0
    bounds = np.arange(0, n_fit, BATCH_ROWS)
    for ep in range(1, epochs + 1):
        for ra in rng.permutation(bounds):
            rz = min(ra + BATCH_ROWS, n_fit)
            _, grads = _loss_grad(P, XT, C, kcrow, start, cnt, nq, non, rest, ra, rz, l2,
                                  lr_w > 0)
            step += 1
            for k in keys:
                m1[k] = b1 * m1[k] + (1 - b1) * grads[k]
                m2[k] = b2 * m2[k] + (1 - b2) * grads[k] ** 2
                upd = (m1[k] / (1 - b1 ** step)) / (np.sqrt(m2[k] / (1 - b2 ** step)) + eps)
                arr[k] -= rates[k] * upd
        mrr = hold_mrr(P)
        if mrr > best[0]:
            best, bad = (mrr, ep, P.copy()), 0
        else:
            bad += 1
            if bad >= patience:
                break
    return best[2], best[0], best[1]
