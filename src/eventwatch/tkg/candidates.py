"""Sparse candidate sets: features of the few entities with evidence, ranked and fitted exactly.

A ranker that gives every entity without evidence the score 0 only needs the features of the
candidates that have some. ``CandidateSet`` holds them for a batch of queries (rows = distinct
(s, r) at one step; each query = row + true answer), ``candidate_ranks`` computes the same
time-aware filtered expected ranks as ``evaluate.filtered_ranks`` without building (rows, E)
score matrices, and ``fit_softmax`` maximises the likelihood of a softmax over *all* entities
(the non-candidates contribute ``(E - n_candidates) * exp(0)``) for a linear score with optional
per-relation corrections ``score = x . (w + D[r])``, by L-BFGS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from eventwatch.tkg.evaluate import _expand_ranges

QCHUNK = 20000


@dataclass
class CandidateSet:
    X: np.ndarray       # (n_cand, K) float32, grouped by row
    crow: np.ndarray    # (n_cand,) row of each candidate, non-decreasing
    cobj: np.ndarray    # (n_cand,) entity of each candidate
    rrel: np.ndarray    # (n_rows,) query relation of each row
    qrow: np.ndarray    # (n_q,) row of each query
    qans: np.ndarray    # (n_q,) true answer
    qcand: np.ndarray   # (n_q,) candidate index of the answer, -1 if it has no evidence
    n_ent: int

    @property
    def n_rows(self) -> int:
        return len(self.rrel)

    @staticmethod
    def concat(parts: list[CandidateSet]) -> CandidateSet:
        rows = cands = 0
        crow, qrow, qcand = [], [], []
        for p in parts:
            crow.append(p.crow + rows)
            qrow.append(p.qrow + rows)
            qcand.append(np.where(p.qcand >= 0, p.qcand + cands, -1))
            rows += p.n_rows
            cands += len(p.X)
        return CandidateSet(np.concatenate([p.X for p in parts]), np.concatenate(crow),
                            np.concatenate([p.cobj for p in parts]),
                            np.concatenate([p.rrel for p in parts]), np.concatenate(qrow),
                            np.concatenate([p.qans for p in parts]), np.concatenate(qcand),
                            parts[0].n_ent)


class Collector:
    """Accumulates candidate features and queries step by step into a ``CandidateSet``."""

    def __init__(self, n_ent: int):
        self.E = n_ent
        self.parts: list[tuple] = []
        self.rows = self.cands = 0

    def add(self, sr: np.ndarray, inv: np.ndarray, answers: np.ndarray, row, obj, X) -> None:
        """``sr`` distinct rows, query i = (row inv[i], answer answers[i]); candidates (row, obj)
        sorted by (row, obj) with features X."""
        ckeys = row * self.E + obj
        qk = inv * self.E + answers
        pos = np.minimum(np.searchsorted(ckeys, qk), max(len(ckeys) - 1, 0))
        hit = ckeys[pos] == qk if len(ckeys) else np.zeros(len(qk), bool)
        self.parts.append((X.astype(np.float32), row + self.rows, obj, sr[:, 1], inv + self.rows,
                           answers, np.where(hit, pos + self.cands, -1)))
        self.rows += len(sr)
        self.cands += len(X)

    def result(self, k: int) -> CandidateSet:
        if not self.parts:
            e = np.zeros(0, np.int64)
            return CandidateSet(np.zeros((0, k), np.float32), e, e, e, e, e, e, self.E)
        cols = list(zip(*self.parts, strict=True))
        return CandidateSet(*(np.concatenate(c) for c in cols), self.E)


def candidate_ranks(cs: CandidateSet, s: np.ndarray) -> np.ndarray:
    """Filtered expected ranks of every query given candidate scores ``s`` (others score 0)."""
    E = cs.n_ent
    ncand = np.bincount(cs.crow, minlength=cs.n_rows)
    start = np.concatenate([[0], np.cumsum(ncand)[:-1]])
    hit = cs.qcand >= 0
    gt = np.where(hit, s[np.maximum(cs.qcand, 0)], 0.0)
    nq = len(cs.qrow)
    higher = np.zeros(nq)
    tied = np.zeros(nq)
    for a in range(0, nq, QCHUNK):
        r = cs.qrow[a:a + QCHUNK]
        owner, pos = _expand_ranges(start[r], start[r] + ncand[r])
        sv, g = s[pos], gt[a:a + QCHUNK][owner]
        n = len(r)
        higher[a:a + n] = np.bincount(owner, weights=sv > g, minlength=n)
        tied[a:a + n] = np.bincount(owner, weights=sv == g, minlength=n)
    tied -= hit
    non = E - ncand[cs.qrow]
    higher += np.where(gt < 0, non, 0)
    tied += np.where(gt == 0, non - (~hit), 0)
    # time-aware filter: drop the other true answers of the same row
    keys = cs.qrow * E + cs.qans
    uk, first = np.unique(keys, return_index=True)
    u_row, u_ans = uk // E, uk % E
    u_s = gt[first]
    q, pos = _expand_ranges(np.searchsorted(u_row, cs.qrow, "left"),
                            np.searchsorted(u_row, cs.qrow, "right"))
    keep = u_ans[pos] != cs.qans[q]
    q, pos = q[keep], pos[keep]
    higher -= np.bincount(q, weights=u_s[pos] > gt[q], minlength=nq)
    tied -= np.bincount(q, weights=u_s[pos] == gt[q], minlength=nq)
    return 1.0 + higher + tied / 2.0


def linear_scores(cs: CandidateSet, w: np.ndarray, D: np.ndarray | None = None) -> np.ndarray:
    s = cs.X @ w.astype(np.float32)
    if D is not None:
        s += np.einsum("ij,ij->i", cs.X, D[cs.rrel[cs.crow]].astype(np.float32))
    return s.astype(np.float64)


def fit_softmax(cs: CandidateSet, w0: np.ndarray, l2: float, per_rel: bool = False,
                l2_rel: float = 0.0, n_rel: int = 0, maxiter: int = 200):
    """Weights (w, D or None) maximising the softmax likelihood of the true answers."""
    X, crow, E = cs.X, cs.crow, cs.n_ent
    K = X.shape[1]
    n_rows = cs.n_rows
    ncand = np.bincount(crow, minlength=n_rows)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    hit = cs.qcand >= 0
    true_c = cs.qcand[hit]
    x_true = X[true_c].astype(np.float64).sum(0)
    n_query = max(len(cs.qrow), 1)
    has = ncand > 0
    starts = np.concatenate([[0], np.cumsum(ncand)[:-1]])[has]
    crel = cs.rrel[crow] if per_rel else None
    if per_rel:
        xt_rel = np.stack([np.bincount(crel[true_c], weights=X[true_c, k], minlength=n_rel)
                           for k in range(K)], 1)

    def fun(theta):
        w = theta[:K]
        D = theta[K:].reshape(n_rel, K) if per_rel else None
        s = linear_scores(cs, w, D)
        mx = np.zeros(n_rows)
        if len(s):
            mx[has] = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        ex = np.exp(s - mx[crow])
        z = np.bincount(crow, weights=ex, minlength=n_rows) + (E - ncand) * np.exp(-mx)
        loss = (nq * (mx + np.log(z))).sum() - s[true_c].sum()
        p = (ex / z[crow] * nq[crow]).astype(np.float32)
        gw = (p @ X).astype(np.float64) - x_true
        loss = loss / n_query + l2 * w @ w
        grads = [gw / n_query + 2 * l2 * w]
        if per_rel:
            px = X * p[:, None]
            gD = np.stack([np.bincount(crel, weights=px[:, k], minlength=n_rel)
                           for k in range(K)], 1) - xt_rel
            loss += l2_rel * (D * D).sum()
            grads.append((gD / n_query + 2 * l2_rel * D).ravel())
        return loss, np.concatenate(grads)

    theta0 = np.concatenate([w0, np.zeros(n_rel * K)]) if per_rel else w0.copy()
    res = minimize(fun, theta0, jac=True, method="L-BFGS-B", options={"maxiter": maxiter})
    w = res.x[:K]
    D = res.x[K:].reshape(n_rel, K) if per_rel else None
    return w, D


class MLP:
    """``score(x) = u . x + v . (tanh(A x + b) - tanh(b))``: zero for an entity with no evidence."""

    def __init__(self, k: int, hidden: int = 16, seed: int = 0):
        self.k, self.h = k, hidden
        rng = np.random.default_rng(seed)
        self.theta0 = np.concatenate([np.zeros(k), rng.normal(0, 0.3, hidden * k),
                                      np.zeros(hidden), rng.normal(0, 0.3, hidden)])

    def unpack(self, theta):
        k, h = self.k, self.h
        u = theta[:k]
        A = theta[k:k + h * k].reshape(h, k)
        b = theta[k + h * k:k + h * k + h]
        v = theta[k + h * k + h:]
        return u, A, b, v

    def forward(self, X: np.ndarray, theta: np.ndarray, keep: bool = False):
        u, A, b, v = self.unpack(theta.astype(np.float32))
        H = np.tanh(X @ A.T + b)
        s = (X @ u + H @ v - np.tanh(b) @ v).astype(np.float64)
        return (s, H) if keep else s

    def backward(self, X, theta, H, g):
        u, A, b, v = self.unpack(theta)
        g32 = g.astype(np.float32)
        gu = g32 @ X
        tb = np.tanh(b)
        gv = g32 @ H - tb * g.sum()
        dpre = (g32[:, None] * v.astype(np.float32)) * (1 - H * H)
        gA = dpre.T @ X
        gb = dpre.sum(0) - v * (1 - tb * tb) * g.sum()
        return np.concatenate([gu, gA.ravel(), gb, gv]).astype(np.float64)


def fit_mlp(cs: CandidateSet, mlp: MLP, l2: float, maxiter: int = 300) -> np.ndarray:
    """Parameters of ``mlp`` maximising the softmax likelihood (L2 on all weights)."""
    X, crow, E = cs.X, cs.crow, cs.n_ent
    n_rows = cs.n_rows
    ncand = np.bincount(crow, minlength=n_rows)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    true_c = cs.qcand[cs.qcand >= 0]
    n_query = max(len(cs.qrow), 1)
    has = ncand > 0
    starts = np.concatenate([[0], np.cumsum(ncand)[:-1]])[has]

    def fun(theta):
        s, H = mlp.forward(X, theta, keep=True)
        mx = np.zeros(n_rows)
        if len(s):
            mx[has] = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        ex = np.exp(s - mx[crow])
        z = np.bincount(crow, weights=ex, minlength=n_rows) + (E - ncand) * np.exp(-mx)
        loss = (nq * (mx + np.log(z))).sum() - s[true_c].sum()
        g = ex / z[crow] * nq[crow]
        g[true_c] -= 1.0
        grad = mlp.backward(X, theta, H, g)
        return loss / n_query + l2 * theta @ theta, grad / n_query + 2 * l2 * theta

    res = minimize(fun, mlp.theta0, jac=True, method="L-BFGS-B", options={"maxiter": maxiter})
    return res.x
