"""A gradient-boosted ranker over the mixture's candidate features (issue 8, sixteenth pass).

LightGBM's ``lambdarank`` objective is trained on the same training rows as the log-linear part
and the hidden layers: one query group per (s, r, t) row, its candidates as items, relevance 1
for the row's true answers (rows without an answer among their candidates carry no pairs and
are left out). Its inputs are the mixture's features (scaled, as designed, without the squares:
trees do not need them) and the three row statistics of the row context. Given the hidden
layers' scores of the same candidates, only each row's ``TRAIN_TOP`` best by them are used (the
candidates the trees score at valid/test time, ``TOP``; stop 35: a seventh of the candidates,
the same valid MRR). The trees stop early on the latest ``HOLDOUT`` share of the rows
(ndcg@10), never on valid or test. The mixture fits them once on the training rows (to choose
their weight on valid) and, before test, again on the training rows followed by the valid rows.
Optionally (stop 36, ``MODELS``, off) the trees are several boosters trained on the same binned
rows, each tree on a bag of 80 % of the query groups (``BAG``) drawn with its own seed, their
raw scores averaged.

A lambdarank score has no scale and no level relative to the entities without evidence (score
0 in the mixture), so it is calibrated on the same held-out rows: ``a * f + c`` with (a, c)
maximising the likelihood of the softmax over all entities (candidates ``a * f + c``, every
other entity 0), as the mixture's scores are. The mixture then ranks by
``(1 - w) * s_hidden + w * (a * f + c)``, an average in log space (up to a per-row constant,
which ranks ignore) of its hidden-layer ensemble and the calibrated trees, with w chosen on
valid from ``BLEND_GRID`` (w = 0: the trees are unused).

``lightgbm`` is imported only when a ranker is fitted or applied.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from eventwatch.tkg.candidates import CandidateSet
from eventwatch.tkg.hidden import _slice, top_per_row

HOLDOUT = 0.1
ROUNDS = 400
EARLY_STOP = 30
PARAMS = {"objective": "lambdarank", "num_leaves": 63, "learning_rate": 0.05,
          "min_data_in_leaf": 200, "feature_fraction": 0.8, "max_bin": 63,
          "lambdarank_truncation_level": 30, "metric": "ndcg", "eval_at": [10],
          "num_threads": 1, "verbose": -1, "seed": 0, "deterministic": True}
# the trees may be an average of several boosters trained on the same binned rows (stop 36),
# each with PARAMS updated by its entry here, e.g. ({"bagging_seed": 0, "feature_fraction_seed":
# 0}, {"bagging_seed": 1, "feature_fraction_seed": 1}) with ``BAG``; not the default (+0.04 on
# ICEWS18 valid end to end, for 4 more minutes of fitting): one booster
MODELS: tuple[dict, ...] = ({},)
BAG = {"bagging_fraction": 0.8, "bagging_freq": 1, "bagging_by_query": True}
TOP = 64    # candidates per row (best by the hidden layers) the trees score at valid/test time
TRAIN_TOP = 64   # ... and are trained on (when the hidden layers' scores are given; 0: all)
PREDICT_CHUNK = 1 << 20   # candidates scored at a time (bounds the inputs' copy)
BLEND_GRID = (0.0, 0.2, 0.35, 0.5, 0.65, 0.8)


def gbm_inputs(XT: np.ndarray, C: np.ndarray, k: int, idx: np.ndarray | None = None):
    """(n, k + 3) float32 inputs of the trees, Fortran-ordered (LightGBM reads it without a
    copy): the first ``k`` rows of the designed ``XT`` (the features, not their squares) and
    the three row statistics ``C[1:]``, of the candidates ``idx`` (all when None)."""
    n = XT.shape[1] if idx is None else len(idx)
    F = np.empty((k + C.shape[0] - 1, n), np.float32)
    for j in range(k):
        F[j] = XT[j] if idx is None else XT[j, idx]
    for j in range(1, C.shape[0]):
        F[k + j - 1] = C[j] if idx is None else C[j, idx]
    return F.T


def relevance(cs: CandidateSet) -> np.ndarray:
    """1 for every candidate that is a true answer of one of its row's queries, else 0."""
    y = np.zeros(len(cs.crow), np.float32)
    y[cs.qcand[cs.qcand >= 0]] = 1.0
    return y


def groups(cs: CandidateSet, rows: np.ndarray, keep: np.ndarray | None = None):
    """Candidate indices of the rows ``rows`` (bool per row), only those where ``keep`` (bool
    per candidate) when given, and the size of each row's group."""
    sel = rows[cs.crow]
    idx = np.flatnonzero(sel if keep is None else sel & keep)
    return idx, np.bincount(cs.crow[idx], minlength=cs.n_rows)[rows]


def calibrate(cs: CandidateSet, f: np.ndarray) -> tuple[float, float]:
    """(a, c) maximising the likelihood of the true answers of ``cs`` under the softmax over
    all entities of scores ``a * f + c`` (candidates) and 0 (the others)."""
    n_rows = cs.n_rows
    ncand = np.bincount(cs.crow, minlength=n_rows)
    non = (cs.n_ent - ncand).astype(np.float64)
    nq = np.bincount(cs.qrow, minlength=n_rows).astype(np.float64)
    tc = cs.qcand[cs.qcand >= 0]
    f = np.asarray(f, np.float64)

    def nll(theta):
        a, c = theta
        s = a * f + c
        mx = np.zeros(n_rows)
        np.maximum.at(mx, cs.crow, s)
        mx = np.maximum(mx, 0.0)
        ex = np.exp(s - mx[cs.crow])
        z = np.bincount(cs.crow, weights=ex, minlength=n_rows) + non * np.exp(-mx)
        loss = (nq * (mx + np.log(z))).sum() - s[tc].sum()
        p = ex * (nq / z)[cs.crow]
        ga = (p * f).sum() - f[tc].sum()
        gc = p.sum() - len(tc)
        return loss, np.array([ga, gc])

    res = minimize(nll, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    return float(res.x[0]), float(res.x[1])


class GBMRanker:
    """LightGBM lambdarank over the candidate features, calibrated to the mixture's scale."""

    def __init__(self, k: int):
        self.k = k
        self.boosters: list = []
        self.best_iters: list[int] = []
        self.a, self.c = 1.0, 0.0
        self.w = 0.0

    def fit(self, cs: CandidateSet, XT: np.ndarray, C: np.ndarray, rounds: int = ROUNDS,
            params: dict | None = None, s: np.ndarray | None = None) -> GBMRanker:
        """One booster per entry of ``MODELS`` (with ``BAG`` when there are several), their
        raw scores averaged. Trees on the rows of ``cs`` before its latest ``HOLDOUT`` share
        (early stopping on those, per booster), then (a, c) calibrated on the held-out rows.
        With ``s`` (the hidden layers' scores of the candidates of ``cs``) only each row's
        ``TRAIN_TOP`` best candidates by ``s`` are used, as the trees are applied
        (``top_raw``), and the calibration sees the held-out rows' scores as ``top_raw`` gives
        them."""
        import lightgbm as lgb

        y = relevance(cs)
        top = None
        if s is not None and TRAIN_TOP:
            top = np.zeros(len(cs.crow), bool)
            top[top_per_row(cs.crow, s, TRAIN_TOP)] = True
            y *= top
        has = np.bincount(cs.crow, weights=y, minlength=cs.n_rows) > 0
        n_fit = int(cs.n_rows * (1.0 - HOLDOUT))
        first = np.arange(cs.n_rows) < n_fit
        fit_idx, g_fit = groups(cs, has & first, top)
        hold_idx, g_hold = groups(cs, has & ~first, top)
        dtr = lgb.Dataset(gbm_inputs(XT, C, self.k, fit_idx), y[fit_idx], group=g_fit,
                          free_raw_data=True)
        dho = lgb.Dataset(gbm_inputs(XT, C, self.k, hold_idx), y[hold_idx], group=g_hold,
                          reference=dtr)
        bag = BAG if len(MODELS) > 1 else {}
        self.boosters, self.best_iters = [], []
        for extra in MODELS:
            # every booster on the same binned datasets (built once)
            b = lgb.train(dict(PARAMS, **bag, **extra, **(params or {})), dtr, rounds,
                          valid_sets=[dho],
                          callbacks=[lgb.early_stopping(EARLY_STOP, verbose=False)])
            self.boosters.append(b)
            self.best_iters.append(b.best_iteration or rounds)
        del dtr, dho
        start = np.concatenate([[0], np.cumsum(np.bincount(cs.crow, minlength=cs.n_rows))])
        hold = _slice(cs, start, n_fit)
        ho = np.arange(start[n_fit], start[-1])
        if top is None:
            f = self.raw(XT, C, ho)
        else:
            f = self.top_raw(hold.crow, hold.n_rows, s[ho], XT[:, ho], C[:, ho])
        self.a, self.c = calibrate(hold, f)
        return self

    @property
    def best_iter(self) -> int:
        """Trees in all boosters (as used)."""
        return int(sum(self.best_iters))

    def raw(self, XT: np.ndarray, C: np.ndarray, idx: np.ndarray | None = None) -> np.ndarray:
        """The trees' scores of the candidates ``idx`` (all when None; columns of ``XT``, ``C``):
        the average of the boosters' raw scores."""
        n = XT.shape[1] if idx is None else len(idx)
        out = np.zeros(n)
        for a in range(0, n, PREDICT_CHUNK):
            b = min(a + PREDICT_CHUNK, n)
            sel = np.arange(a, b) if idx is None else idx[a:b]
            F = gbm_inputs(XT, C, self.k, sel)
            for bst, it in zip(self.boosters, self.best_iters, strict=True):
                out[a:b] += bst.predict(F, num_iteration=it, num_threads=1)
        return out / max(len(self.boosters), 1)

    def top_raw(self, crow: np.ndarray, n_rows: int, s_hidden: np.ndarray, XT: np.ndarray,
                C: np.ndarray) -> np.ndarray:
        """The trees' scores of each row's ``TOP`` best candidates by ``s_hidden``; every other
        candidate gets its row's lowest of those (so it stays below them in the blend, in the
        order of ``s_hidden``)."""
        kept = top_per_row(crow, s_hidden, TOP)
        f = self.raw(XT, C, kept)
        low = np.full(n_rows, np.inf)
        np.minimum.at(low, crow[kept], f)
        out = low[crow]
        out[kept] = f
        return out

    def blend(self, s_hidden: np.ndarray, f: np.ndarray, w: float | None = None) -> np.ndarray:
        """``(1 - w) * s_hidden + w * (a * f + c)``."""
        w = self.w if w is None else w
        if w == 0.0:
            return s_hidden
        return (1.0 - w) * s_hidden + w * (self.a * f + self.c)
