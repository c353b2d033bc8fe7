"""Recurrency baselines of Gastinger et al. (IJCAI 2024, "History repeats itself").

* strict: a candidate o of query (s, r, ?, t) scores the decayed count of past (s, r, o):
  ``sum over occurrences of 2 ** (-lam * (t - t_i))``; candidates never seen score 0.
* combined: ``alpha * strict / norm + (1 - alpha) * xi`` where ``xi`` is the relaxed frequency
  of o among all past objects of relation r and ``norm`` is the decay summed over past steps.

``lam`` (and ``alpha``) are chosen per query relation on the validation split (grid search,
falling back to the best global value for relations with few validation queries). A fixed global
``lam`` skips tuning (``strict-fixed``: lam = 0.1, the common sanity check).
"""

from __future__ import annotations

import numpy as np

from eventwatch.tkg.data import TKGData
from eventwatch.tkg.evaluate import rank_split
from eventwatch.tkg.history import History

LAMBDAS = (0.0, 0.001, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
ALPHAS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0)
MIN_QUERIES = 5


def best_per_relation(ranks: np.ndarray, rels: np.ndarray, n_rel: int) -> np.ndarray:
    """Index of the variant with the best MRR for each relation (global best if too few)."""
    rr = 1.0 / ranks
    glob = int(np.argmax(rr.mean(1)))
    out = np.full(n_rel, glob)
    sums = np.stack([np.bincount(rels, weights=x, minlength=n_rel) for x in rr])
    counts = np.bincount(rels, minlength=n_rel)
    ok = counts >= MIN_QUERIES
    out[ok] = np.argmax(sums[:, ok], axis=0)
    return out


class Recurrency:
    """Strict (``alpha`` fixed to 1) or combined recurrency baseline."""

    def __init__(self, combined: bool = False, lam: float | None = None):
        self.combined = combined
        self.fixed = lam
        self.name = "combined" if combined else ("strict" if lam is None else f"strict-{lam:g}")
        self.lams = np.array(LAMBDAS if lam is None else (lam,))
        self.lam_idx: np.ndarray | None = None
        self.alpha: np.ndarray | None = None
        self._tune_alpha = False

    # ---- protocol --------------------------------------------------------------------------
    def begin(self, data: TKGData, split: str) -> None:
        if getattr(self, "_data", None) is not data:
            self._data = data
            self.hist = History(data, decays=self.lams)
        R2 = 2 * data.num_relations
        if self.lam_idx is None:
            self.lam_idx = np.zeros(R2, dtype=np.int64)
        if self.alpha is None:
            self.alpha = np.ones(R2)
        self.hist.reset()
        self.hist.add_all(data.history_before(split))

    def observe(self, facts: np.ndarray) -> None:
        self.hist.add(facts)

    def score(self, sr: np.ndarray, t: int) -> np.ndarray:
        h = self.hist
        h.advance(t)
        row, slot = h.sr_slots(sr)
        if self._tune_lambda:
            out = np.zeros((len(self.lams), len(sr), h.E))
            for k in range(len(self.lams)):
                out[k, row, h.t_o[slot]] = h.dec[k, slot]
            return out
        lam_k = self.lam_idx[sr[:, 1]]
        psi = np.zeros((len(sr), h.E))
        psi[row, h.t_o[slot]] = h.dec[lam_k[row], slot]
        if not self.combined:
            return psi
        # normalise by the decay summed over past steps, then mix with relation frequencies
        n_past = max(t - (h.first if h.first is not None else t), 1)
        lam = self.lams[lam_k]
        norm = np.where(lam > 0, (1 - 2.0 ** (-lam * n_past)) / np.maximum(2.0 ** lam - 1, 1e-12),
                        n_past)
        psi /= np.maximum(norm, 1e-12)[:, None]
        ro = h.relobj[sr[:, 1]]
        xi = ro / np.maximum(ro.sum(1, keepdims=True), 1.0)
        if self._tune_alpha:
            return np.stack([a * psi + (1 - a) * xi for a in ALPHAS])
        a = self.alpha[sr[:, 1]][:, None]
        return a * psi + (1 - a) * xi

    _tune_lambda = False

    # ---- tuning on valid -------------------------------------------------------------------
    def fit(self, data: TKGData) -> None:
        R2 = 2 * data.num_relations
        self.lam_idx = np.zeros(R2, dtype=np.int64)
        self.alpha = np.ones(R2)
        if self.fixed is not None and not self.combined:
            return
        if len(self.lams) > 1:
            self._tune_lambda = True
            run = rank_split(self, data, "valid")
            self._tune_lambda = False
            self.lam_idx = best_per_relation(run.ranks, run.relations, R2)
        if self.combined:
            self._tune_alpha = True
            run = rank_split(self, data, "valid")
            self._tune_alpha = False
            self.alpha = np.array(ALPHAS)[best_per_relation(run.ranks, run.relations, R2)]
