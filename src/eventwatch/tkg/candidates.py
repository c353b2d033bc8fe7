"""Sparse candidate sets: features of the few entities with evidence, ranked and fitted exactly.

A ranker that gives every entity without evidence the score 0 only needs the features of the
candidates that have some. ``CandidateSet`` holds them for a batch of queries (rows = distinct
(s, r) at one step; each query = row + true answer), ``candidate_ranks`` computes the same
time-aware filtered expected ranks as ``evaluate.filtered_ranks`` without building (rows, E)
score matrices, and ``fit_context`` maximises the likelihood of a softmax over *all* entities
(the non-candidates contribute ``(E - n_candidates) * exp(0)``) for the row-context ranker
``score = sum_j c_j(row) * (W[j] . x)`` (``design`` builds x and the row context c), by L-BFGS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from eventwatch.tkg.evaluate import _expand_ranges

QCHUNK = 20000


@dataclass
class CandidateSet:
    X: np.ndarray       # (n_cand, K) float32, grouped by row (emptied once designed)
    crow: np.ndarray    # (n_cand,) row of each candidate, non-decreasing
    cobj: np.ndarray    # (n_cand,) entity of each candidate
    rrel: np.ndarray    # (n_rows,) query relation of each row
    qrow: np.ndarray    # (n_q,) row of each query
    qans: np.ndarray    # (n_q,) true answer
    qcand: np.ndarray   # (n_q,) candidate index of the answer, -1 if it has no evidence
    n_ent: int
    rsub: np.ndarray | None = None   # (n_rows,) query subject of each row

    @property
    def n_rows(self) -> int:
        return len(self.rrel)

    def subset_rows(self, keep: np.ndarray) -> CandidateSet:
        """The rows where ``keep`` (bool per row), in order, with their candidates and queries."""
        newid = np.cumsum(keep) - 1
        cidx = np.flatnonzero(keep[self.crow])
        cnew = np.full(len(self.crow), -1)
        cnew[cidx] = np.arange(len(cidx))
        qm = keep[self.qrow]
        qc = self.qcand[qm]
        return CandidateSet(self.X[cidx] if len(self.X) else self.X, newid[self.crow[cidx]],
                            self.cobj[cidx], self.rrel[keep], newid[self.qrow[qm]], self.qans[qm],
                            np.where(qc >= 0, cnew[np.maximum(qc, 0)], -1), self.n_ent,
                            None if self.rsub is None else self.rsub[keep])

    @staticmethod
    def concat(parts: list[CandidateSet]) -> CandidateSet:
        rows = cands = 0
        crow, qrow, qcand = [], [], []
        rsub = None if any(p.rsub is None for p in parts) else np.concatenate(
            [p.rsub for p in parts])
        for p in parts:
            crow.append(p.crow + rows)
            qrow.append(p.qrow + rows)
            qcand.append(np.where(p.qcand >= 0, p.qcand + cands, -1))
            rows += p.n_rows
            cands += len(p.crow)
        return CandidateSet(np.concatenate([p.X for p in parts]), np.concatenate(crow),
                            np.concatenate([p.cobj for p in parts]),
                            np.concatenate([p.rrel for p in parts]), np.concatenate(qrow),
                            np.concatenate([p.qans for p in parts]), np.concatenate(qcand),
                            parts[0].n_ent, rsub)


class Collector:
    """Accumulates candidate features and queries step by step into a ``CandidateSet``."""

    def __init__(self, n_ent: int):
        self.E = n_ent
        self.parts: list[tuple] = []
        self.subs: list[np.ndarray] = []
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
        self.subs.append(sr[:, 0])
        self.rows += len(sr)
        self.cands += len(X)

    def result(self, k: int) -> CandidateSet:
        if not self.parts:
            e = np.zeros(0, np.int64)
            return CandidateSet(np.zeros((0, k), np.float32), e, e, e, e, e, e, self.E, e)
        # the features are copied part by part into one array (each part freed once copied),
        # so a large set never needs twice its size
        n = sum(len(p[0]) for p in self.parts)
        X = np.empty((n, k), np.float32)
        a = 0
        for i, p in enumerate(self.parts):
            X[a:a + len(p[0])] = p[0]
            a += len(p[0])
            self.parts[i] = (None,) + p[1:]
        cols = list(zip(*self.parts, strict=True))[1:]
        self.parts = []
        return CandidateSet(X, *(np.concatenate(c) for c in cols), self.E,
                            np.concatenate(self.subs))


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


# ---- row-context ranker ---------------------------------------------------------------------
# Features whose square is added (strict decays, pair, transition, two-hop, popularities, recency)
SQUARED = (0, 1, 2, 5, 6, 7, 10, 11, 20, 21)
N_CONTEXT = 4   # constant 1 and three per-row statistics


def design(X: np.ndarray, crow: np.ndarray, n_rows: int, scale: np.ndarray | None = None,
           out: np.ndarray | None = None):
    """(XT, C) for the row-context ranker ``score = sum_j C[j] * (W[j] @ XT)``.

    ``XT`` (K2, n) float32: the features and the squares of ``SQUARED``, divided by ``scale``
    (their RMS on the training candidates when ``scale`` is None); ``C`` (N_CONTEXT, n) float32:
    1 and three statistics of the candidate's row (how many candidates repeat an earlier (s, r, o),
    how many met s before, the row's total recurrency mass), so the weight of every feature can
    depend on how much history the query has. Returns (XT, C, scale).

    ``XT`` is filled one feature row at a time (into ``out``, a (K2, n) float32 array, when
    given), so no temporary larger than one row is made (issue 8, fifteenth pass: the stacked
    copy and the float64 copy for the RMS cost ICEWS18 up to 1.7 GB of peak memory).
    """
    X = np.asarray(X, dtype=np.float32)
    n, k = len(X), X.shape[1]
    k2 = k + len(SQUARED)
    XT = np.empty((k2, n), np.float32) if out is None else out
    if scale is None:
        scale = np.ones(k2)
        if n:
            for j in range(k2):
                XT[j] = X[:, j] if j < k else X[:, SQUARED[j - k]] ** 2
                v = np.sqrt((XT[j].astype(np.float64) ** 2).mean())
                scale[j] = v if v > 1e-6 else 1.0
                XT[j] /= np.float32(scale[j])
    else:
        sc = scale.astype(np.float32)
        for j in range(k2):
            XT[j] = X[:, j] if j < k else X[:, SQUARED[j - k]] ** 2
            XT[j] /= sc[j]
    stats = [np.bincount(crow, weights=X[:, 4], minlength=n_rows),
             np.bincount(crow, weights=X[:, 5] > 0, minlength=n_rows),
             np.bincount(crow, weights=np.expm1(X[:, 1]), minlength=n_rows)]
    C = np.ones((N_CONTEXT, n), np.float32)
    for j, v in enumerate(stats, 1):
        C[j] = np.log1p(v)[crow] / 3.0
    return XT, C, scale


def context_scores(XT: np.ndarray, C: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Candidate scores ``sum_j C[j] * (W[j] @ XT)`` (float64)."""
    if XT.shape[1] == 0:
        return np.zeros(0)
    return np.einsum("jn,jn->n", C, W.astype(np.float32) @ XT).astype(np.float64)


def fit_context(cs: CandidateSet, XT: np.ndarray, C: np.ndarray, l2: float,
                W0: np.ndarray | None = None, maxiter: int = 300) -> np.ndarray:
    """W (N_CONTEXT, K2) maximising the softmax likelihood over all entities (candidates from
    ``design``, every other entity scores 0), by L-BFGS on float32 (K2, n) features."""
    crow, E = cs.crow, cs.n_ent
    K2, M = XT.shape[0], C.shape[0]
    n_rows = cs.n_rows
    ncand = np.bincount(crow, minlength=n_rows)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    true_c = cs.qcand[cs.qcand >= 0]
    g_true = (XT[:, true_c] @ C[:, true_c].T).T.astype(np.float64)
    n_query = max(len(cs.qrow), 1)
    has = ncand > 0
    starts = np.concatenate([[0], np.cumsum(ncand)[:-1]])[has]
    non = (E - ncand).astype(np.float64)

    def fun(theta):
        W = theta.reshape(M, K2)
        s = context_scores(XT, C, W)
        mx = np.zeros(n_rows)
        if len(s):
            mx[has] = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        ex = np.exp(s - mx[crow])
        z = np.bincount(crow, weights=ex, minlength=n_rows) + non * np.exp(-mx)
        loss = (nq * (mx + np.log(z))).sum() - s[true_c].sum()
        p = (ex * (nq / z)[crow]).astype(np.float32)
        g = (XT @ (C * p).T).T.astype(np.float64) - g_true
        return loss / n_query + l2 * theta @ theta, (g / n_query).ravel() + 2 * l2 * theta

    if W0 is None:
        W0 = np.zeros((M, K2))
    res = minimize(fun, W0.ravel(), jac=True, method="L-BFGS-B", options={"maxiter": maxiter})
    return res.x.reshape(M, K2)
