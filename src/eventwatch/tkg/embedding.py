"""A ComplEx embedding: a learned score for (s, r, o) that needs no shared history.

Recurrency-style features say nothing about an object the subject never met under the query
relation; an embedding can (entities and relations that behave alike share evidence).
``ComplEx`` learns an entity vector and a relation vector (complex, ``dim`` components) with
``phi(s, r, o) = Re(<e_s, w_r, conj(e_o)>)`` from the facts seen so far (inverse relations
answer subject queries), by minimising the softmax cross-entropy over all entities ("1-N
scoring") with Adam. The facts of one (s, r) share a row,
so an epoch costs (distinct (s, r)) x E x dim, not (facts) x E x dim. On large graphs a
minibatch is scored against its answers and ``NEGATIVES`` random other entities only (sampled
softmax, the random ones weighted up by E / NEGATIVES). The cost is kept within a budget that
does not grow with the graph: a fit of ``epochs`` nominal epochs visits at most about
``epochs * ROW_BUDGET`` rows (``budget_epochs``: fewer epochs when there are more rows).

The mixture uses ``log(E p(o | s, r))`` under this model as one more feature of every
candidate (``mixture``), and continues ``fit`` on everything seen every few steps while a split
is scored (``mixture.EMB_ONLINE``), so the model is not static over the valid/test days.
"""

from __future__ import annotations

import numpy as np

from eventwatch.tkg.data import with_inverses

DIM = 32          # complex components (64 real numbers per entity and relation)
EPOCHS = 20
LR = 3e-3
BATCH = 512       # (s, r) rows per minibatch
L2 = 1e-7         # per-row weight decay of the embeddings used in a batch
ADAM = (0.9, 0.999, 1e-8)
NEGATIVES = 4096  # above 2x this many entities, a minibatch scores its answers + this many others
ROW_BUDGET = 50000  # (s, r) row visits per nominal epoch; bigger graphs get fewer epochs


def budget_epochs(epochs: int, n_rows: int, row_budget: int = ROW_BUDGET) -> int:
    """Epochs actually run: ``epochs`` while the rows fit the budget, else the nearest whole
    number of passes over ``n_rows`` rows costing ``epochs * row_budget`` visits (at least 1)."""
    if n_rows <= row_budget:
        return epochs
    return max(1, min(epochs, round(epochs * row_budget / n_rows)))


class ComplEx:
    def __init__(self, n_ent: int, n_rel2: int, dim: int = DIM, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.ent = rng.normal(0.0, 0.1, (n_ent, 2 * dim)).astype(np.float32)
        self.rel = rng.normal(0.0, 0.1, (n_rel2, 2 * dim)).astype(np.float32)
        self.dim = dim
        self.seed = seed
        self._adam = None
        self.epochs_run = 0   # epochs of the last ``fit`` after the budget cut

    def query(self, s: np.ndarray, r: np.ndarray) -> np.ndarray:
        """(n, 2 dim) vectors q with phi(s, r, .) = q @ ent.T."""
        d = self.dim
        a, w = self.ent[s], self.rel[r]
        ar, ai, wr, wi = a[:, :d], a[:, d:], w[:, :d], w[:, d:]
        return np.hstack([ar * wr - ai * wi, ar * wi + ai * wr])

    def logits(self, s: np.ndarray, r: np.ndarray) -> np.ndarray:
        return self.query(s, r) @ self.ent.T

    def fit(self, quads: np.ndarray, n_rel: int, epochs: int = EPOCHS, lr: float = LR,
            seed: int | None = None) -> None:
        """Adam epochs over the distinct (s, r) rows of ``quads`` (object and subject queries),
        each row's target the counts of its objects; continues from the current vectors. On many
        rows the number of epochs is cut to ``budget_epochs(epochs, rows)``."""
        q = with_inverses(quads, n_rel)
        E, R2, d = len(self.ent), len(self.rel), self.dim
        key = (q[:, 0] * R2 + q[:, 1]) * E + q[:, 2]
        uk, cnt = np.unique(key, return_counts=True)
        srk, tgt = uk // E, uk % E
        rows, row_of = np.unique(srk, return_inverse=True)
        start = np.searchsorted(row_of, np.arange(len(rows) + 1))
        rs, rr = rows // R2, rows % R2
        rng = np.random.default_rng(self.seed + 1 if seed is None else seed)
        if self._adam is None:
            self._adam = [np.zeros_like(self.ent), np.zeros_like(self.ent),
                          np.zeros_like(self.rel), np.zeros_like(self.rel), 0]
        m_e, v_e, m_r, v_r, step = self._adam
        b1, b2, eps = ADAM
        self.epochs_run = budget_epochs(epochs, len(rows))
        for _ in range(self.epochs_run):
            for a in rng.permutation(np.arange(0, len(rows), BATCH)):
                b = np.arange(a, min(a + BATCH, len(rows)))
                lo, hi = start[b[0]], start[b[-1] + 1]
                s, r = rs[b], rr[b]
                Q = self.query(s, r)
                cols = None
                if E > 2 * NEGATIVES:
                    cols = np.union1d(tgt[lo:hi], rng.choice(E, NEGATIVES, replace=False))
                    z = Q @ self.ent[cols].T
                    z += np.where(np.isin(cols, tgt[lo:hi]), 0.0,
                                  np.log(E / NEGATIVES)).astype(np.float32)
                    t_col = np.searchsorted(cols, tgt[lo:hi])
                else:
                    z = Q @ self.ent.T
                    t_col = tgt[lo:hi]
                z -= z.max(1, keepdims=True)
                p = np.exp(z)
                p /= p.sum(1, keepdims=True)
                n = np.add.reduceat(cnt[lo:hi], start[b] - lo).astype(np.float32)
                g = p * n[:, None]
                np.subtract.at(g, (row_of[lo:hi] - b[0], t_col), cnt[lo:hi])
                g /= n.sum()
                if cols is None:
                    g_ent = g.T @ Q
                    dQ = g @ self.ent
                else:
                    g_ent = np.zeros_like(self.ent)
                    g_ent[cols] = g.T @ Q
                    dQ = g @ self.ent[cols]
                ent, w = self.ent[s], self.rel[r]
                qr, qi = dQ[:, :d], dQ[:, d:]
                ar, ai, wr, wi = ent[:, :d], ent[:, d:], w[:, :d], w[:, d:]
                np.add.at(g_ent, s, np.hstack([qr * wr + qi * wi, qi * wr - qr * wi])
                          + 2 * L2 * ent)
                g_rel = np.zeros_like(self.rel)
                np.add.at(g_rel, r, np.hstack([qr * ar + qi * ai, qi * ar - qr * ai])
                          + 2 * L2 * w)
                step += 1
                for x, gx, m, v in ((self.ent, g_ent, m_e, v_e), (self.rel, g_rel, m_r, v_r)):
                    m *= b1
                    m += (1 - b1) * gx
                    v *= b2
                    v += (1 - b2) * gx * gx
                    x -= (lr * np.sqrt(1 - b2 ** step) / (1 - b1 ** step)) * m / (
                        np.sqrt(v) + eps)
        self._adam[4] = step

