"""``mixture``: a log-linear ranker over recurrency, transition and popularity features.

For a query (s, r, ?, t) every entity o gets ``score = w . f(s, r, o, t)`` where each feature is
zero when o has no history with the query (so the ~all entities with no evidence tie at 0):

* strict recurrency of (s, r, o) at three decay rates (log of the decayed count) and its share
  among all objects of (s, r) (relaxed (s, r, ?) frequency);
* the decayed count of the pair (s, o) under any relation, either direction ((s, ?, o));
* a relation-transition rate ``sum_r' W[r, r'] D(s, r', o)``: W[r, r'] is the observed number
  of (s, r, o) events per unit of decayed (s, r', o) history ("if (s, r1, o) happened, (s, r2, o)
  follows"), counted online over all history seen so far;
* two-hop reach s -> x -> o through decayed pair weights;
* the decayed popularity of o as an object of r ((?, r, o)) and overall, for each relation's most
  frequent objects.

The weights are learned by maximum likelihood of a softmax over all entities on queries from the
second half of the training split (history = everything earlier), with L-BFGS; the regularisation
strength and the popularity cut-off are chosen on the validation split.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from eventwatch.tkg.data import TKGData, with_inverses
from eventwatch.tkg.evaluate import _expand_ranges, metrics, rank_split, timestamp_groups
from eventwatch.tkg.history import History

DECAYS = (1.0, 0.1, 0.01)
FEATURES = ("strict_fast", "strict_mid", "strict_slow", "strict_share", "ever", "pair",
            "transition", "two_hop", "rel_pop", "pop",
            # evaluated on every candidate found by the features above
            "cand_rel_pop", "cand_pop", "inverse", "gap1", "gap2_3", "gap4_7", "gap8_30",
            "pair_gap1", "pair_gap2_7", "pair_gap8_30")
GAPS = ((1, 1), (2, 3), (4, 7), (8, 30))
PAIR_GAPS = ((1, 1), (2, 7), (8, 30))
K = len(FEATURES)
TRAIN_ROWS = 16000
HOP_MIDS = 5
HOP_FANOUT = 20


def top_per_group(group: np.ndarray, weight: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest weights within each group."""
    order = np.lexsort((-weight, group))
    g = group[order]
    start = np.searchsorted(g, g, "left")
    return order[np.arange(len(g)) - start < k]


class Mixture:
    name = "mixture"

    def __init__(self, top_pop: int = 100, l2: float = 1e-3, seed: int = 0):
        self.top_pop = top_pop
        self.l2 = l2
        self.seed = seed
        self.w = np.zeros(K)
        self.w[1] = 1.0

    # ---- state -----------------------------------------------------------------------------
    def _setup(self, data: TKGData) -> None:
        if getattr(self, "_data", None) is data:
            return
        self._data = data
        self.hist = History(data, decays=DECAYS, pair_decay=0.1, pop_decay=0.05)

    def _reset(self) -> None:
        R2 = self.hist.R2
        self.trans_n = np.zeros((R2, R2))
        self.trans_exp = np.zeros(R2)
        self.hist.reset()

    def begin(self, data: TKGData, split: str) -> None:
        self._setup(data)
        self._reset()
        for _t, facts in timestamp_groups(data.history_before(split)):
            self.observe(facts)

    def observe(self, facts: np.ndarray) -> None:
        h = self.hist
        h.advance(int(facts[0, 3]))
        if h.first is not None:
            # transition statistics: which relations of the same pair preceded today's facts
            q = with_inverses(facts, h.R)
            p = h.t_pair[h.slots(q)]
            owner, pos = _expand_ranges(h.pair_start[p], h.pair_start[p + 1])
            body = h.by_pair[pos]
            self.trans_n += np.bincount(q[owner, 1] * h.R2 + h.t_r[body], weights=h.dec[1, body],
                                        minlength=h.R2 * h.R2).reshape(h.R2, h.R2)
            self.trans_exp += np.bincount(h.t_r, weights=h.dec[1], minlength=h.R2)
        h.add(facts)

    # ---- features --------------------------------------------------------------------------
    def features(self, sr: np.ndarray, t: int):
        """Candidates (row, object) with a non-zero feature and their features (n, K)."""
        h = self.hist
        h.advance(t)
        E = h.E
        rows, cols, fids, vals = [], [], [], []

        def put(fid, row, obj, val):
            rows.append(row)
            cols.append(obj)
            fids.append(np.full(len(row), fid))
            vals.append(val)

        row, slot = h.sr_slots(sr)
        obj = h.t_o[slot]
        for k in range(3):
            put(k, row, obj, np.log1p(h.dec[k, slot]))
        tot = np.bincount(row, weights=h.dec[1, slot], minlength=len(sr))
        put(3, row, obj, h.dec[1, slot] / np.maximum(tot[row], 1e-300))
        put(4, row, obj, np.ones(len(row)))
        # pair (s, ?, o)
        prow, pid = h.s_pairs(sr[:, 0])
        put(5, prow, h.p_o[pid], np.log1p(h.pair[pid]))
        # relation transitions from every past triple of the subject
        trow, tslot = h.s_slots(sr[:, 0])
        rate = self.trans_n / np.maximum(self.trans_exp, 1e-9)[None, :]
        tv = rate[sr[trow, 1], h.t_r[tslot]] * h.dec[1, tslot]
        put(6, trow, h.t_o[tslot], tv)
        # two hops s -> x -> o, pair weights normalised per hop
        pw = h.pair[pid]
        ssum = np.bincount(prow, weights=pw, minlength=len(sr))
        first = top_per_group(prow, pw, HOP_MIDS)
        mids, mid_inv = np.unique(h.p_o[pid[first]], return_inverse=True)
        xrow, xpid = h.s_pairs(mids)
        xw = h.pair[xpid]
        xw = xw / np.maximum(np.bincount(xrow, weights=xw, minlength=len(mids)), 1e-300)[xrow]
        second = np.sort(top_per_group(xrow, xw, HOP_FANOUT))
        xrow, xpid, xw = xrow[second], xpid[second], xw[second]
        starts = np.searchsorted(xrow, np.arange(len(mids) + 1))
        owner, pos = _expand_ranges(starts[mid_inv], starts[mid_inv + 1])
        f_row = prow[first]
        hop = (pw[first] / np.maximum(ssum[f_row], 1e-300))[owner] * xw[pos]
        put(7, f_row[owner], h.p_o[xpid[pos]], hop)
        # popularity of o for relation r and overall (top objects only)
        m = min(self.top_pop, E)
        rel_u, rel_inv = np.unique(sr[:, 1], return_inverse=True)
        ro = h.relobj_dec[rel_u]
        top = np.argpartition(-ro, m - 1, axis=1)[:, :m]
        topv = np.take_along_axis(ro, top, 1)
        rr = np.repeat(np.arange(len(sr)), m)
        put(8, rr, top[rel_inv].ravel(), np.log1p(topv[rel_inv].ravel()))
        glob = ro_all = h.relobj_dec.sum(0)
        gtop = np.argpartition(-ro_all, m - 1)[:m]
        put(9, rr, np.tile(gtop, len(sr)), np.tile(np.log1p(glob[gtop]), len(sr)))

        row = np.concatenate(rows)
        col = np.concatenate(cols)
        fid = np.concatenate(fids)
        val = np.concatenate(vals)
        ok = val > 0
        keys, inv = np.unique(row[ok] * E + col[ok], return_inverse=True)
        X = np.zeros((len(keys), K))
        np.add.at(X, (inv, fid[ok]), val[ok])
        crow, cobj = keys // E, keys % E
        cs, cr = sr[crow, 0], sr[crow, 1]
        X[:, 10] = np.log1p(h.relobj_dec[cr, cobj])
        X[:, 11] = np.log1p(glob[cobj])
        islot, ifound = h.find(cs, (cr + h.R) % h.R2, cobj)
        X[:, 12] = np.where(ifound, np.log1p(h.dec[1, islot]), 0.0)
        tslot, tfound = h.find(cs, cr, cobj)
        gap = np.where(tfound, t - h.last[tslot], np.inf)
        for j, (a, b) in enumerate(GAPS):
            X[:, 13 + j] = (gap >= a) & (gap <= b)
        pslot, pfound = h.find_pair(cs, cobj)
        gap = np.where(pfound, t - h.pair_last[pslot], np.inf)
        for j, (a, b) in enumerate(PAIR_GAPS):
            X[:, 17 + j] = (gap >= a) & (gap <= b)
        # transition and two-hop values are sums; compress them after aggregation
        X[:, 6] = np.log1p(X[:, 6] * 100.0)
        X[:, 7] = np.log1p(X[:, 7] * 100.0)
        return crow, cobj, X

    def score(self, sr: np.ndarray, t: int) -> np.ndarray:
        row, obj, X = self.features(sr, t)
        out = np.zeros((len(sr), self.hist.E))
        out[row, obj] = X @ self.w
        return out

    # ---- training ----------------------------------------------------------------------------
    def _collect(self, data: TKGData):
        """Features of sampled training queries from the second half of train."""
        self._setup(data)
        self._reset()
        rng = np.random.default_rng(self.seed)
        groups = list(timestamp_groups(data.train))
        start = len(groups) // 2
        n_q = sum(2 * len(f) for _, f in groups[start:])
        keep_p = min(1.0, TRAIN_ROWS / max(n_q, 1))
        Xs, crow, qrow, qcand = [], [], [], []
        base = 0
        n_rows = 0
        for i, (t, facts) in enumerate(groups):
            if i >= start:
                q = with_inverses(facts, data.num_relations)
                q = q[rng.random(len(q)) < keep_p]
                if len(q):
                    keys = q[:, 0] * self.hist.R2 + q[:, 1]
                    uniq, inv = np.unique(keys, return_inverse=True)
                    sr = np.column_stack([uniq // self.hist.R2, uniq % self.hist.R2])
                    row, obj, X = self.features(sr, t)
                    ckeys = row * self.hist.E + obj
                    qk = inv * self.hist.E + q[:, 2]
                    pos = np.searchsorted(ckeys, qk)
                    pos = np.minimum(pos, len(ckeys) - 1)
                    hit = ckeys[pos] == qk if len(ckeys) else np.zeros(len(qk), bool)
                    Xs.append(X.astype(np.float32))
                    crow.append(row + n_rows)
                    qrow.append(inv + n_rows)
                    qcand.append(np.where(hit, pos + base, -1))
                    base += len(X)
                    n_rows += len(sr)
            self.observe(facts)
        self._train = (np.concatenate(Xs), np.concatenate(crow), np.concatenate(qrow),
                       np.concatenate(qcand), n_rows)

    def _fit_weights(self, l2: float) -> np.ndarray:
        X, crow, qrow, qcand, n_rows = self._train
        E = self.hist.E
        ncand = np.bincount(crow, minlength=n_rows)
        nq = np.bincount(qrow, minlength=n_rows).astype(np.float64)
        hit = qcand >= 0
        x_true = X[qcand[hit]].astype(np.float64).sum(0)
        n_query = len(qrow)

        has = ncand > 0
        starts = np.concatenate([[0], np.cumsum(ncand)[:-1]])[has]

        def fun(w):
            s = (X @ w.astype(np.float32)).astype(np.float64)
            mx = np.zeros(n_rows)
            mx[has] = np.maximum(np.maximum.reduceat(s, starts), 0.0)
            ex = np.exp(s - mx[crow])
            z = np.bincount(crow, weights=ex, minlength=n_rows) + (E - ncand) * np.exp(-mx)
            logz = mx + np.log(z)
            loss = (nq * logz).sum() - s[qcand[hit]].sum()
            p = ex / z[crow] * nq[crow]
            grad = (p.astype(np.float32) @ X).astype(np.float64) - x_true
            loss = loss / n_query + l2 * w @ w
            grad = grad / n_query + 2 * l2 * w
            return loss, grad

        res = minimize(fun, self.w.copy(), jac=True, method="L-BFGS-B",
                       options={"maxiter": 200})
        return res.x

    def fit(self, data: TKGData) -> None:
        self._collect(data)
        best = None
        for l2 in (1e-4, 1e-2):
            self.w = self._fit_weights(l2)
            run = rank_split(self, data, "valid")
            mrr = metrics(run.ranks[0])["mrr"]
            if best is None or mrr > best[0]:
                best = (mrr, l2, self.w.copy())
        self.valid_mrr, self.l2, self.w = best
        del self._train
