"""A small non-linear correction for the row-context ranker, trained by minibatch Adam.

``score(o) = sum_j C[j] * (W[j] . x(o)) + v . relu(U z(o) + b)`` where ``z`` stacks the scaled
features ``XT`` (from ``candidates.design``) and the three row statistics ``C[1:]``, so the hidden
units can combine signals (a recent repeat in a row with many repeats, popularity of an object the
subject already met, ...) in ways the linear context weights cannot. Training maximises the same
softmax likelihood over all entities as ``candidates.fit_context`` (candidates + the
``E - n_candidates`` entities without evidence at score 0), on minibatches of whole query rows,
warm-started from the fitted linear weights with ``v = 0``; the epoch with the best MRR on a
held-out slice (the latest rows) is kept.
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


def _loss_grad(P: Params, XT, C, cs: CandidateSet, start, cnt, nq, non, ra, rz, l2, train_w):
    """Mean negative log-likelihood of the queries of rows [ra, rz) and its gradients."""
    a, z = start[ra], start[rz]
    xt, c = XT[:, a:z], C[:, a:z]
    crow = cs.crow[a:z] - ra
    nr = rz - ra
    hp = _hidden_pre(P, xt, c)
    h = np.maximum(hp, 0.0)
    s = (np.einsum("jn,jn->n", c, P.W.astype(np.float32) @ xt)
         + P.v.astype(np.float32) @ h).astype(np.float64)
    ncand = start[ra + 1:rz + 1] - start[ra:rz]
    mx = np.zeros(nr)
    if len(s):
        has = ncand > 0
        mx[has] = np.maximum(np.maximum.reduceat(s, start[ra:rz][has] - a), 0.0)
    ex = np.exp(s - mx[crow])
    q = nq[ra:rz]
    zsum = np.bincount(crow, weights=ex, minlength=nr) + non[ra:rz] * np.exp(-mx)
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
               patience: int = 5, seed: int = 0) -> tuple[Params, float, int]:
    """Adam on minibatches of whole rows of ``cs`` (the last ``holdout`` share of rows held
    out). ``lr_w`` > 0 also updates the linear weights. Returns the parameters of the epoch with
    the best held-out MRR (epoch 0 = ``P0``), that MRR and the epoch."""
    rng = np.random.default_rng(seed)
    n_rows = cs.n_rows
    start = np.concatenate([[0], np.cumsum(np.bincount(cs.crow, minlength=n_rows))])
    cnt = np.bincount(cs.qcand[cs.qcand >= 0], minlength=len(cs.crow)).astype(np.float64)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    non = (cs.n_ent - np.diff(start)).astype(np.float64)
    n_fit = int(n_rows * (1.0 - holdout))
    hold = _slice(cs, start, n_fit)
    h0 = start[n_fit]

    def hold_mrr(P: Params) -> float:
        return metrics(candidate_ranks(hold, scores(P, XT[:, h0:], C[:, h0:])))["mrr"]

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
            _, grads = _loss_grad(P, XT, C, cs, start, cnt, nq, non, ra, rz, l2, lr_w > 0)
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
