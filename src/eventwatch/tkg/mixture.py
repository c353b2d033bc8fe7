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
  frequent objects;
* a learned ComplEx score ``log(E p(o | s, r))`` (``embedding``) trained on the facts before the
  queries (first half of train for the training queries, refreshed on everything seen every
  len(valid steps) steps so it is as fresh as at valid/test time; train for valid, train + valid
  for test; while valid or test is scored, trained further on everything seen every
  ``EMB_ONLINE`` steps, so the facts of the split's earlier steps reach it too), so objects the
  subject never met under r are still told apart, and the same score minus its maximum over the
  row's candidates (how far o is from the embedding's favourite);
* from ICEWS-style entity names (``data.country_groups``, ``data.entity_types``; all 0 without
  names): whether o is in s's country group ("Police (India)", "India"), how often members of
  s's group did r (or anything) with o, and how often s's type did r with o's type ("Police"
  -> "Citizen"); the group's top objects and the group members of the best-fitting types are
  added as candidates, so answers s never met get evidence;
* common neighbours through s's ``CN_MIDS`` strongest partners x (decayed pair weights): a
  two-step walk p(x|s) p(o|x), the overlap p(x|s) p(x|o) of o's partners with s's, and an
  Adamic-Adar count, on every candidate (no names needed); and the (group(s), r, o) count at a
  fast decay (what s's compatriots did with o under r in the last few days).

The score is ``sum_j c_j(row) * (W[j] . x)``: the features, squares of the main ones, and their
products with statistics of the query's row (``candidates.design``), so a signal's weight depends
on how much history the query has, plus a 32-unit ReLU layer over the same inputs
(``hidden``; four of them from different seeds, averaged). W is learned by maximum likelihood
of a softmax over all entities on queries from
the second half of the training split (history = everything earlier), with L-BFGS; the
regularisation strength is chosen on the validation split. The hidden layer is then trained on
the same queries by minibatch Adam (W fixed, best epoch on held-out rows), and finally the whole
model is fine-tuned on train + valid queries (a few Adam epochs, held-out = the latest rows);
each of ``HIDDEN_MEMBERS`` seeds does both stages on its own and the members are averaged.
Beside them, LightGBM lambdarank trees (``gbm``) are trained on the same training candidates
and averaged with the hidden layers in log space, their weight chosen on valid (``GBM``); after
the fine-tuning they are fitted again on train + valid, keeping that weight (``GBM_REFIT``).
"""

from __future__ import annotations

import copy

import numpy as np

from eventwatch.tkg.candidates import (
    N_CONTEXT,
    SQUARED,
    CandidateSet,
    Collector,
    candidate_ranks,
    context_scores,
    design,
    fit_context,
)
from eventwatch.tkg.data import TKGData, country_groups, entity_types, with_inverses
from eventwatch.tkg.embedding import EPOCHS as EMB_EPOCHS
from eventwatch.tkg.embedding import ComplEx
from eventwatch.tkg.evaluate import _expand_ranges, metrics, timestamp_groups
from eventwatch.tkg.gbm import BLEND_GRID, GBMRanker
from eventwatch.tkg.hidden import PRUNE, Params, fit_hidden, pruned_scores, scores, top_per_row
from eventwatch.tkg.history import History

DECAYS = (1.0, 0.1, 0.01)
FEATURES = ("strict_fast", "strict_mid", "strict_slow", "strict_share", "ever", "pair",
            "transition", "two_hop", "rel_pop", "pop",
            # evaluated on every candidate found by the features above
            "cand_rel_pop", "cand_pop", "inverse", "gap1", "gap2_3", "gap4_7", "gap8_30",
            "pair_gap1", "pair_gap2_7", "pair_gap8_30",
            "ent_recent", "rel_pop_fast", "subj_of_r", "strict_count",
            # the learned embedding (``embedding.ComplEx``): log(E p(o | s, r)) of every candidate,
            # and the same minus its maximum over the row's candidates
            "emb", "emb_row",
            # the subject's country group (``data.country_groups``, from ICEWS-style entity
            # names "Police (India)"; all 0 without names): o in the same group as s, the
            # decayed count of (group(s), r, o) and of (group(s), any, o) over all members
            "same_ctry", "ctry_rel", "ctry_pair",
            # entity types from the same names (the sector "Police" of "Police (India)", one
            # type for countries, one for other names): decayed count of (type(s), r, type(o))
            # and its share among the object types of (type(s), r)
            "type_fit", "type_share",
            # common neighbours (issue 8, fourteenth pass) through the ``CN_MIDS`` strongest
            # partners x of s (decayed pair weights w): sum_x p(x|s) p(o|x) (a two-step walk,
            # for every candidate), sum_x p(x|s) p(x|o) (o's partners overlap s's) and the
            # Adamic-Adar-style sum_x [w(x, o) > 0] / log(2 + sum_o' w(x, o'))
            "cn_walk", "cn_sim", "cn_aa",
            # the decayed count of (group(s), r, o) at the fast decay ``REL_FAST`` (a recent,
            # relation-conditioned prior within s's country group; 0 without names)
            "ctry_rel_fast")
GAPS = ((1, 1), (2, 3), (4, 7), (8, 30))
PAIR_GAPS = ((1, 1), (2, 7), (8, 30))
K = len(FEATURES)
TRAIN_QUERIES = 16000    # training queries gathered (whole (s, r) rows) for the hidden layers
LINEAR_QUERIES = 16000   # ... of which a sample of rows fits the linear part (L-BFGS) when fewer
# (issue 8, eleventh pass: TRAIN_QUERIES = 48000 with hidden.PRUNE = 128 gained on valid on
# both datasets and on ICEWS18 test, but ICEWS14 test was 0.01 lower, so it is not the default)
PRUNE_CHUNK = 1 << 21    # candidates designed at a time when pruning the training set
VALID_QUERIES = 30000
L2_GRID = (1e-4, 1e-3)   # tried in this order (warm start), chosen on valid
MAXITER = 300
HIDDEN_EPOCHS = 12   # Adam epochs of the hidden layer on train (best held-out epoch kept)
HIDDEN_MEMBERS = 4   # hidden layers trained independently (seeds) and averaged
REFIT_EPOCHS = 3     # ... and on train + valid, also updating the linear weights
REFIT_LR_W = 1e-4
FAST = 1.0       # decay per step of the "in the news right now" activity of an entity
REL_FAST = 0.5   # decay per step of the recent popularity of an object for a relation
HOP_MIDS = 5
HOP_FANOUT = 20
CTRY_DECAY = 0.05   # decay per step of the group-level counts (as the popularity)
CTRY_TOP = 50       # candidates added per row: the top objects of (group(s), r)
TYPE_TOP = 20       # ... and the members of s's group whose type fits (type(s), r) best
CN_MIDS = 20        # partners of s through which common neighbours are counted (0: off)
CN_CHUNK = 1 << 22  # (candidate, partner) lookups at a time
EMB_TOP = 0         # ... and the entities the embedding scores highest for (s, r) (off: stop 31)
EMB_MIN_FACTS = 20000  # fewer training facts: no embedding (features stay 0)
EMB_REFIT = 5          # further embedding epochs on each longer history
EMB_ROWS = 512
EMB_REFRESH_EPOCHS = 2  # epochs of each refresh of the training queries' embedding
# online embedding (issue 8, twelfth pass): while valid or test is scored, every EMB_ONLINE
# steps the embedding is trained further on everything seen so far, including the facts of
# the split revealed since (EMB_REFRESH_EPOCHS nominal epochs under the same budget as the
# refresh); EMB_REPLAY = x instead trains EMB_ONLINE_EPOCHS epochs on the new facts plus x
# times as many older ones drawn at random; EMB_ONLINE None: the embedding stays as fitted
EMB_ONLINE = 3
EMB_REPLAY = None
EMB_ONLINE_EPOCHS = 1
EMB_ONLINE_LR = 3e-3
EMB_ONLINE_TRAIN = False   # ... and over the training queries too (besides the refresh)
# gradient-boosted ranker (issue 8, sixteenth pass, ``gbm``): LightGBM lambdarank trees on the
# training candidates, averaged in log space with the hidden layers (weight chosen on valid)
GBM = True
GBM_WEIGHT = None     # the trees' weight in the average (None: chosen on valid, ``BLEND_GRID``)
GBM_MIN_ROWS = 2000   # fewer training rows (small histories, ``eventwatch forecast``): no trees
GBM_REFIT = True      # fit the trees again on train + valid before test (stop 35)


def top_per_group(group: np.ndarray, weight: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest weights within each group."""
    order = np.lexsort((-weight, group))
    g = group[order]
    start = np.searchsorted(g, g, "left")
    return order[np.arange(len(g)) - start < k]


def _lookup(keys: np.ndarray, dec: np.ndarray, q: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """log1p of the decayed count of each key ``q`` (0 where absent or not ``valid``)."""
    if len(keys) == 0:
        return np.zeros(len(q))
    pos = np.minimum(np.searchsorted(keys, q), len(keys) - 1)
    return np.where(valid & (keys[pos] == q), np.log1p(dec[pos]), 0.0)


class Mixture:
    name = "mixture"

    def __init__(self, top_pop: int = 100, l2: float = 1e-4, seed: int = 0,
                 emb_min_facts: int = EMB_MIN_FACTS):
        self.top_pop = top_pop
        self.emb_min_facts = emb_min_facts
        self.l2 = l2
        self.seed = seed
        # untrained: plain strict recurrency (decay 0.1) under the constant context
        W = np.zeros((N_CONTEXT, K + len(SQUARED)))
        W[0, 1] = 1.0
        self.P = Params.linear(W, seed=seed)
        self.W0 = W   # linear weights ranking each row's candidates; the top PRUNE get self.P
        self.scale = np.ones(K + len(SQUARED))
        self.emb = None
        self.embs: dict[str, ComplEx] = {}
        self.gbm: GBMRanker | None = None

    # ---- state -----------------------------------------------------------------------------
    def _setup(self, data: TKGData) -> None:
        if getattr(self, "_data", None) is data:
            return
        self._data = data
        self.hist = History(data, decays=DECAYS, pair_decay=0.1, pop_decay=0.05)
        # group-level slots: every (group(s), r, o) and (group(s), o) of the three files (a
        # slot stays 0 until observed, as in ``History``)
        E, R2 = self.hist.E, self.hist.R2
        self.grp = country_groups(getattr(data, "entity_names", None), E)
        qa = with_inverses(np.concatenate([data.train, data.valid, data.test]),
                           data.num_relations)
        q = qa[self.grp[qa[:, 0]] >= 0]
        g = self.grp[q[:, 0]]
        self.g_keys = np.unique((g * R2 + q[:, 1]) * E + q[:, 2])
        self.g_gr, self.g_o = self.g_keys // E, self.g_keys % E
        self.gp_keys = np.unique(g * E + q[:, 2])
        # entity types: slots (type(s), r, type(o)); members of each group (by entity id)
        self.typ = entity_types(getattr(data, "entity_names", None), E)
        self.n_types = T = max(int(self.typ.max()) + 1, 1)
        q = qa[(self.typ[qa[:, 0]] >= 0) & (self.typ[qa[:, 2]] >= 0)]
        self.ty_keys = np.unique((self.typ[q[:, 0]] * R2 + q[:, 1]) * T + self.typ[q[:, 2]])
        self.mem = np.flatnonzero((self.grp >= 0) & (self.typ >= 0))
        self.mem = self.mem[np.argsort(self.grp[self.mem], kind="stable")]
        self.mem_start = np.searchsorted(self.grp[self.mem],
                                         np.arange(max(int(self.grp.max()) + 2, 1)))

    def _reset(self) -> None:
        R2 = self.hist.R2
        self.trans_n = np.zeros((R2, R2))
        self.trans_exp = np.zeros(R2)
        self.ent_fast = np.zeros(self.hist.E)
        self.ro_fast = np.zeros((R2, self.hist.E))
        self.g_dec = np.zeros(len(self.g_keys))
        self.g_fast = np.zeros(len(self.g_keys))
        self.gp_dec = np.zeros(len(self.gp_keys))
        self.ty_dec = np.zeros(len(self.ty_keys))
        self.tyr_dec = np.zeros(self.n_types * R2)
        self.hist.reset()
        self._online = False

    def begin(self, data: TKGData, split: str) -> None:
        self._setup(data)
        self._reset()
        # the embedding trained on the facts before ``split`` only (valid: train; test: both)
        self.emb = self.embs.get("test" if split == "test" else "valid")
        history = data.history_before(split)
        for _t, facts in timestamp_groups(history):
            self.observe(facts)
        self._online_start(history)

    def _online_start(self, history: np.ndarray) -> None:
        """From now on (``EMB_ONLINE``) the facts passed to ``observe`` also update a copy of
        the embedding every ``EMB_ONLINE`` steps (``_online_update``)."""
        self._online = EMB_ONLINE is not None and self.emb is not None
        if self._online:
            self.emb = copy.deepcopy(self.emb)
            self._seen = [history]
            self._new: list[np.ndarray] = []
            self._updates = 0
            self._orng = np.random.default_rng(self.seed + 7)

    def _online_update(self) -> None:
        """Train the embedding on the facts revealed since the last update, plus
        ``EMB_REPLAY`` times as many older ones drawn at random (or on everything seen)."""
        new = np.concatenate(self._new)
        self._new = []
        if EMB_REPLAY is None:
            quads = np.concatenate(self._seen + [new])
            epochs = EMB_REFRESH_EPOCHS
        else:
            old = np.concatenate(self._seen)
            n = min(len(old), int(round(EMB_REPLAY * len(new))))
            quads = np.concatenate([new, old[self._orng.choice(len(old), n, replace=False)]])
            epochs = EMB_ONLINE_EPOCHS
        self._seen.append(new)
        self._updates += 1
        self.emb.fit(quads, self.hist.R, epochs, lr=EMB_ONLINE_LR,
                     seed=self.seed + 1000 + self._updates)

    def observe(self, facts: np.ndarray) -> None:
        h = self.hist
        t = int(facts[0, 3])
        if h.now is not None and t > h.now:
            self.ent_fast *= 2.0 ** (-FAST * (t - h.now))
            self.ro_fast *= 2.0 ** (-REL_FAST * (t - h.now))
            self.g_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.g_fast *= 2.0 ** (-REL_FAST * (t - h.now))
            self.gp_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.ty_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.tyr_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
        h.advance(t)
        q = with_inverses(facts, h.R)
        self.ent_fast += np.bincount(q[:, 0], minlength=h.E)
        np.add.at(self.ro_fast, (q[:, 1], q[:, 2]), 1.0)
        gq = q[self.grp[q[:, 0]] >= 0]
        if len(gq):
            g = self.grp[gq[:, 0]]
            gc = np.bincount(np.searchsorted(
                self.g_keys, (g * h.R2 + gq[:, 1]) * h.E + gq[:, 2]), minlength=len(self.g_keys))
            self.g_dec += gc
            self.g_fast += gc
            self.gp_dec += np.bincount(np.searchsorted(self.gp_keys, g * h.E + gq[:, 2]),
                                       minlength=len(self.gp_keys))
        tq = q[(self.typ[q[:, 0]] >= 0) & (self.typ[q[:, 2]] >= 0)]
        if len(tq):
            tr = self.typ[tq[:, 0]] * h.R2 + tq[:, 1]
            self.ty_dec += np.bincount(np.searchsorted(
                self.ty_keys, tr * self.n_types + self.typ[tq[:, 2]]), minlength=len(self.ty_keys))
            self.tyr_dec += np.bincount(tr, minlength=len(self.tyr_dec))
        if h.first is not None:
            # transition statistics: which relations of the same pair preceded today's facts
            p = h.t_pair[h.slots(q)]
            owner, pos = _expand_ranges(h.pair_start[p], h.pair_start[p + 1])
            body = h.by_pair[pos]
            self.trans_n += np.bincount(q[owner, 1] * h.R2 + h.t_r[body], weights=h.dec[1, body],
                                        minlength=h.R2 * h.R2).reshape(h.R2, h.R2)
            self.trans_exp += np.bincount(h.t_r, weights=h.dec[1], minlength=h.R2)
        h.add(facts)
        if self._online:
            self._new.append(facts)
            if len(self._new) >= EMB_ONLINE:
                self._online_update()

    # ---- features --------------------------------------------------------------------------
    def features(self, sr: np.ndarray, t: int):
        """Candidates (row, object) with a non-zero feature and their features (n, K)."""
        h = self.hist
        if h.now is not None and t > h.now:
            self.ent_fast *= 2.0 ** (-FAST * (t - h.now))
            self.ro_fast *= 2.0 ** (-REL_FAST * (t - h.now))
            self.g_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.g_fast *= 2.0 ** (-REL_FAST * (t - h.now))
            self.gp_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.ty_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
            self.tyr_dec *= 2.0 ** (-CTRY_DECAY * (t - h.now))
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
        # the embedding's favourites
        lse = None
        if self.emb is not None:
            lse, etop = self._emb_lse(sr, EMB_TOP)
            if etop is not None:
                put(24, np.repeat(np.arange(len(sr)), etop.shape[1]), etop.ravel(),
                    np.ones(etop.size))
        # the top objects of (group(s), r)
        grow = np.flatnonzero(self.grp[sr[:, 0]] >= 0)
        if len(grow) and len(self.g_keys):
            gr = self.grp[sr[grow, 0]] * h.R2 + sr[grow, 1]
            uu, uinv = np.unique(gr, return_inverse=True)
            owner, pos = _expand_ranges(np.searchsorted(self.g_gr, uu, "left"),
                                        np.searchsorted(self.g_gr, uu, "right"))
            ok = self.g_dec[pos] > 0
            owner, pos = owner[ok], pos[ok]
            sel = np.sort(top_per_group(owner, self.g_dec[pos], CTRY_TOP))
            owner, pos = owner[sel], pos[sel]
            starts = np.searchsorted(owner, np.arange(len(uu) + 1))
            o2, p2 = _expand_ranges(starts[uinv], starts[uinv + 1])
            put(27, grow[o2], self.g_o[pos[p2]], np.log1p(self.g_dec[pos[p2]]))
        # the members of s's group whose type fits (type(s), r) best (then the most popular)
        T = self.n_types
        grow = np.flatnonzero((self.grp[sr[:, 0]] >= 0) & (self.typ[sr[:, 0]] >= 0))
        if TYPE_TOP and len(grow) and len(self.ty_keys):
            key = (self.grp[sr[grow, 0]] * T + self.typ[sr[grow, 0]]) * h.R2 + sr[grow, 1]
            uu, uinv = np.unique(key, return_inverse=True)
            ug, utr = uu // (T * h.R2), uu % (T * h.R2)
            owner, pos = _expand_ranges(self.mem_start[ug], self.mem_start[ug + 1])
            mem = self.mem[pos]
            cnt = _lookup(self.ty_keys, self.ty_dec, utr[owner] * T + self.typ[mem],
                          np.ones(len(mem), bool))
            ok = cnt > 0
            owner, mem, cnt = owner[ok], mem[ok], cnt[ok]
            sel = np.sort(top_per_group(owner, cnt + 1e-6 * np.log1p(glob[mem]), TYPE_TOP))
            owner, mem, cnt = owner[sel], mem[sel], cnt[sel]
            starts = np.searchsorted(owner, np.arange(len(uu) + 1))
            o2, p2 = _expand_ranges(starts[uinv], starts[uinv + 1])
            put(29, grow[o2], mem[p2], cnt[p2])

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
        X[:, 20] = np.log1p(self.ent_fast[cobj])
        X[:, 21] = np.log1p(self.ro_fast[cr, cobj])
        X[:, 22] = np.log1p(h.relobj_dec[(cr + h.R) % h.R2, cobj])
        X[:, 23] = np.where(tfound, np.log1p(h.count[tslot]), 0.0)
        gs, go = self.grp[cs], self.grp[cobj]
        X[:, 26] = (gs >= 0) & (gs == go)
        X[:, 27] = _lookup(self.g_keys, self.g_dec, (gs * h.R2 + cr) * E + cobj, gs >= 0)
        X[:, 28] = _lookup(self.gp_keys, self.gp_dec, gs * E + cobj, gs >= 0)
        ts, to = self.typ[cs], self.typ[cobj]
        tr = np.maximum(ts, 0) * h.R2 + cr
        X[:, 29] = _lookup(self.ty_keys, self.ty_dec, tr * T + to, (ts >= 0) & (to >= 0))
        X[:, 30] = np.where((ts >= 0) & (to >= 0),
                            np.expm1(X[:, 29]) / np.maximum(self.tyr_dec[tr], 1e-9), 0.0)
        X[:, 34] = _lookup(self.g_keys, self.g_fast, (gs * h.R2 + cr) * E + cobj, gs >= 0)
        if CN_MIDS:
            X[:, 31:34] = self._common(sr[:, 0], crow, cobj)
        if self.emb is not None:
            phi = np.einsum("nd,nd->n", self.emb.query(cs, cr), self.emb.ent[cobj])
            X[:, 24] = np.clip(phi - lse[crow] + np.log(E), -10.0, 10.0)
            top = np.full(len(sr), -np.inf)
            np.maximum.at(top, crow, X[:, 24])
            X[:, 25] = X[:, 24] - top[crow]
        # transition and two-hop values are sums; compress them after aggregation
        X[:, 6] = np.log1p(X[:, 6] * 100.0)
        X[:, 7] = np.log1p(X[:, 7] * 100.0)
        return crow, cobj, X

    def _common(self, subj: np.ndarray, crow: np.ndarray, cobj: np.ndarray) -> np.ndarray:
        """(n, 3) common-neighbour features of the candidates (row ``crow``, object ``cobj``;
        row i's subject ``subj[i]``) through the ``CN_MIDS`` strongest partners x of each
        subject: log1p(100 sum_x p(x|s) p(o|x)), log1p(100 sum_x p(x|s) p(x|o)) and
        log1p(sum_x [w(x, o) > 0] / log(2 + W(x))), where w are the decayed pair weights
        (s, any relation, o), W(x) = sum_o w(x, o) and p(x|s) = w(s, x) / W(s)."""
        h = self.hist
        out = np.zeros((len(crow), 3))
        if len(crow) == 0:
            return out
        wsum = np.bincount(h.p_s, weights=h.pair, minlength=h.E)
        us, uinv = np.unique(subj, return_inverse=True)
        prow, pid = h.s_pairs(us)
        pw = h.pair[pid]
        sel = np.sort(top_per_group(prow, pw, CN_MIDS))
        prow, mid = prow[sel], h.p_o[pid[sel]]
        pxs = pw[sel] / np.maximum(wsum[us[prow]], 1e-300)
        starts = np.searchsorted(prow, np.arange(len(us) + 1))
        cu = uinv[crow]   # subject index of each candidate
        n = len(crow)
        step = max(CN_CHUNK // max(CN_MIDS, 1), 1)
        for a in range(0, n, step):
            b = min(a + step, n)
            owner, pos = _expand_ranges(starts[cu[a:b]], starts[cu[a:b] + 1])
            x, o = mid[pos], cobj[a:b][owner]
            keys = x * h.E + o
            j = np.minimum(np.searchsorted(h.pkeys, keys), len(h.pkeys) - 1)
            w = np.where(h.pkeys[j] == keys, h.pair[j], 0.0)
            hit = w > 0
            owner, pos, x, o, w = owner[hit], pos[hit], x[hit], o[hit], w[hit]
            m = b - a
            out[a:b, 0] = np.bincount(owner, weights=pxs[pos] * w / wsum[x], minlength=m)
            out[a:b, 1] = np.bincount(owner, weights=pxs[pos] * w / wsum[o], minlength=m)
            out[a:b, 2] = np.bincount(owner, weights=1.0 / np.log(2.0 + wsum[x]), minlength=m)
        out[:, :2] = np.log1p(100.0 * out[:, :2])
        out[:, 2] = np.log1p(out[:, 2])
        return out

    def _emb_lse(self, sr: np.ndarray, top: int = 0):
        """log-sum-exp over all entities of the embedding scores of every row, and the ``top``
        entities with the highest scores of each row (None when ``top`` is 0)."""
        lse = np.empty(len(sr))
        k = min(top, self.hist.E)
        best = np.empty((len(sr), k), np.int64) if k else None
        for a in range(0, len(sr), EMB_ROWS):
            z = self.emb.logits(sr[a:a + EMB_ROWS, 0], sr[a:a + EMB_ROWS, 1])
            mx = z.max(1, keepdims=True)
            lse[a:a + EMB_ROWS] = (np.log(np.exp(z - mx).sum(1, keepdims=True)) + mx)[:, 0]
            if k:
                best[a:a + EMB_ROWS] = np.argpartition(-z, k - 1, axis=1)[:, :k]
        return lse, best

    def _fit_embeddings(self, data: TKGData, mid: int) -> None:
        """ComplEx on the first half of train (for the training queries), continued on all of
        train (valid queries) and on train + valid (test); none on a small history."""
        self.embs = {}
        if len(data.train) < self.emb_min_facts:
            return
        emb = ComplEx(data.num_entities, 2 * data.num_relations, seed=self.seed)
        emb.fit(data.train[data.train[:, 3] < mid], data.num_relations, EMB_EPOCHS)
        self.embs["half"] = copy.deepcopy(emb)
        emb.fit(data.train, data.num_relations, EMB_REFIT)
        self.embs["valid"] = copy.deepcopy(emb)
        emb.fit(np.concatenate([data.train, data.valid]), data.num_relations, EMB_REFIT)
        emb._adam = None
        self.embs["test"] = emb
        self.embs["half"]._adam = self.embs["valid"]._adam = None

    def score(self, sr: np.ndarray, t: int) -> np.ndarray:
        row, obj, X = self.features(sr, t)
        out = np.zeros((len(sr), self.hist.E))
        XT, C, _ = design(X, row, len(sr), self.scale)
        kept, s0 = self._prune(row, XT, C)
        if kept is not None:
            XT, C = XT[:, kept], C[:, kept]
        s = pruned_scores(self.P, XT, C, kept, s0)
        if self.gbm is not None:
            s = self.gbm.blend(s, self.gbm.top_raw(row, len(sr), s, XT, C))
        out[row, obj] = s
        return out

    def _prune(self, crow: np.ndarray, XT: np.ndarray, C: np.ndarray):
        """The candidates the hidden layer applies to (each row's top ``PRUNE`` by the linear
        scores of ``W0``; None: all when ``PRUNE`` is None) and those scores."""
        s0 = context_scores(XT, C, self.W0)
        return (None if PRUNE is None else top_per_row(crow, s0, PRUNE)), s0

    def _design_pruned(self, cs: CandidateSet):
        """(kept, s0, XT[:, kept], C[:, kept]) of a candidate set, designed in blocks of whole
        rows so the full (K2, n) matrix of a large set is never held."""
        start = np.concatenate([[0], np.cumsum(np.bincount(cs.crow, minlength=cs.n_rows))])
        kept, s0, XTs, Cs = [], [], [], []
        r0 = 0
        while r0 < cs.n_rows:
            r1 = max(int(np.searchsorted(start, start[r0] + PRUNE_CHUNK, "right")) - 1, r0 + 1)
            r1 = min(r1, cs.n_rows)
            a, b = start[r0], start[r1]
            XT, C, _ = design(cs.X[a:b], cs.crow[a:b] - r0, r1 - r0, self.scale)
            k, s = self._prune(cs.crow[a:b] - r0, XT, C)
            kept.append((np.arange(b - a) if k is None else k) + a)
            s0.append(s)
            XTs.append(XT if k is None else XT[:, k])
            Cs.append(C if k is None else C[:, k])
            r0 = r1
        k2 = len(self.scale)
        if not kept:
            return (None if PRUNE is None else np.zeros(0, np.int64), np.zeros(0),
                    np.zeros((k2, 0), np.float32), np.zeros((N_CONTEXT, 0), np.float32))
        return (None if PRUNE is None else np.concatenate(kept), np.concatenate(s0),
                np.concatenate(XTs, axis=1), np.concatenate(Cs, axis=1))

    # ---- training ----------------------------------------------------------------------------
    def _gather(self, data: TKGData, history: np.ndarray, queries: np.ndarray, n_max: int,
                rng, refresh: int = 0, online: bool = False) -> CandidateSet:
        """Features of (a sample of whole rows of) the queries of ``queries``, step by step.
        ``refresh`` > 0: every ``refresh`` steps the embedding is trained further
        (``EMB_REFRESH_EPOCHS``) on everything seen so far, so it is never more than that
        many steps older than the queries it scores (as at valid/test time)."""
        self._reset()
        for _t, facts in timestamp_groups(history):
            self.observe(facts)
        if online:
            self._online_start(history)
        keep_p = min(1.0, n_max / max(2 * len(queries), 1))
        R2 = self.hist.R2
        col = Collector(self.hist.E)
        last = int(queries[0, 3]) if len(queries) else 0
        for t, facts in timestamp_groups(queries):
            if refresh and self.emb is not None and t - last >= refresh:
                seen = np.concatenate([history, queries[queries[:, 3] < t]])
                self.emb.fit(seen, data.num_relations, EMB_REFRESH_EPOCHS)
                last = t
            q = with_inverses(facts, data.num_relations)
            keys = q[:, 0] * R2 + q[:, 1]
            uniq, inv = np.unique(keys, return_inverse=True)
            take = rng.random(len(uniq)) < keep_p
            if take.any():
                sel = take[inv]
                q, kept = q[sel], uniq[take]
                inv = np.searchsorted(kept, keys[sel])
                sr = np.column_stack([kept // R2, kept % R2])
                row, obj, X = self.features(sr, t)
                col.add(sr, inv, q[:, 2], row, obj, X)
            self.observe(facts)
        self._online = False
        return col.result(K)

    def fit(self, data: TKGData) -> None:
        """Fit on the second half of train (linear, L2 strength chosen on valid, then the
        hidden layer), then fine-tune on train + valid queries (valid facts are test's
        history). ``valid_mrr`` is that of the model before the fine-tuning."""
        self._setup(data)
        rng = np.random.default_rng(self.seed)
        steps = np.unique(data.train[:, 3])
        mid = steps[len(steps) // 2]
        self._fit_embeddings(data, mid)
        # the training queries' embedding is kept as fresh as valid's: refreshed every
        # len(valid steps) steps
        self.emb = self.embs.get("half")
        train = self._gather(data, data.train[data.train[:, 3] < mid],
                             data.train[data.train[:, 3] >= mid], TRAIN_QUERIES, rng,
                             refresh=len(np.unique(data.valid[:, 3])), online=EMB_ONLINE_TRAIN)
        self.emb = self.embs.get("valid")
        valid = self._gather(data, data.train, data.valid, VALID_QUERIES, rng, online=True)
        self.embs.pop("half", None)
        self._fit_sets(train, valid, rng)

    def _fit_sets(self, train: CandidateSet, valid: CandidateSet, rng,
                  refit: bool = True) -> None:
        """The weights from gathered training and valid candidates (``fit`` after gathering):
        linear part (L2 chosen on valid), hidden layers, ``valid_mrr``, then (``refit``) the
        fine-tuning on train + valid. The sets' features are consumed."""
        # the linear part on a sample of the training rows (more rows do not help it)
        lin = train
        if LINEAR_QUERIES < TRAIN_QUERIES:
            lin = train.subset_rows(
                rng.random(train.n_rows) < LINEAR_QUERIES / max(len(train.qrow), 1))
        # default path: train's and valid's designed features share one buffer (XT and vXT
        # are views of it, each designed in place), so the fine-tuning on both needs no
        # concatenated copy (memory)
        shared = lin is train and PRUNE is None
        buf = None
        if shared:
            n_tr = len(lin.crow)
            buf = np.empty((K + len(SQUARED), n_tr + len(valid.crow)), np.float32)
        XT, C, self.scale = design(lin.X, lin.crow, lin.n_rows,
                                   out=None if buf is None else buf[:, :n_tr])
        if lin is not train or PRUNE is None:   # train's features are needed again if pruned
            lin.X = lin.X[:0]
        vXT, vC, _ = design(valid.X, valid.crow, valid.n_rows, self.scale,
                            out=None if buf is None else buf[:, n_tr:])
        valid.X = valid.X[:0]
        best = None
        W = None
        for l2 in L2_GRID:
            W = fit_context(lin, XT, C, l2, W0=W, maxiter=MAXITER if W is None else MAXITER // 2)
            mrr = metrics(candidate_ranks(valid, context_scores(vXT, vC, W)))["mrr"]
            if best is None or mrr > best[0]:
                best = (mrr, l2, W)
        self.linear_valid_mrr, self.l2, W = best
        self.W0 = W
        # the hidden layers see all training rows (each row's top PRUNE candidates by W)
        if lin is train and PRUNE is None:
            kept = s0 = None   # as designed for the linear part
        else:
            del XT, C
            kept, s0, XT, C = self._design_pruned(train)
        del lin
        train.X = train.X[:0]
        vkept, vs0 = self._prune(valid.crow, vXT, vC)
        if vkept is not None:
            vXT, vC = vXT[:, vkept], vC[:, vkept]
        # several hidden layers (other seeds: initial weights and minibatch order), each
        # trained, fine-tuned and early-stopped on its own, then averaged: less variance than
        # one (the held-out choice of the fine-tuning epoch is noisy)
        members = []
        self.hidden_epochs = []
        for i in range(HIDDEN_MEMBERS):
            Pi, _, ep = fit_hidden(train, XT, C, Params.linear(W, seed=self.seed + i),
                                   HIDDEN_EPOCHS, seed=self.seed + i, kept=kept, s0=s0)
            members.append(Pi)
            self.hidden_epochs.append(ep)
        s_va = pruned_scores(Params.average(members), vXT, vC, vkept, vs0)
        self.valid_mrr = self.hidden_valid_mrr = metrics(candidate_ranks(valid, s_va))["mrr"]
        self.gbm = None
        if GBM and kept is None and train.n_rows >= GBM_MIN_ROWS:
            # the trees on the same training rows; their weight in the average chosen on valid
            g = GBMRanker(K).fit(train, XT, C, s=scores(Params.average(members), XT, C))
            f_va = g.top_raw(valid.crow, valid.n_rows, s_va, vXT, vC)
            for w in BLEND_GRID[1:] if GBM_WEIGHT is None else (GBM_WEIGHT,):
                mrr = metrics(candidate_ranks(valid, g.blend(s_va, f_va, w)))["mrr"]
                if mrr > self.valid_mrr or GBM_WEIGHT is not None:
                    self.valid_mrr, g.w = mrr, w
            self.gbm = g if g.w > 0 else None
            del f_va
        del s_va
        if not refit:
            self.P = Params.average(members)
            return
        n_train = len(train.crow)
        both = CandidateSet.concat([train, valid])
        if kept is not None:
            kept = np.concatenate([kept, vkept + n_train])
            s0 = np.concatenate([s0, vs0])
        XT = buf if shared else np.concatenate([XT, vXT], axis=1)
        C = np.concatenate([C, vC], axis=1)
        del vXT, vC
        self.refit_epochs = []
        for i, Pi in enumerate(members):
            members[i], _, ep = fit_hidden(both, XT, C, Pi, REFIT_EPOCHS, lr_w=REFIT_LR_W,
                                           seed=self.seed + i, kept=kept, s0=s0)
            self.refit_epochs.append(ep)
        self.P = Params.average(members)
        if self.gbm is not None and GBM_REFIT and kept is None:
            # the trees again on train + valid (each row's top candidates by the fine-tuned
            # hidden layers), the weight kept from valid (stop 35)
            w = self.gbm.w
            self.gbm = GBMRanker(K).fit(both, XT, C, s=scores(self.P, XT, C))
            self.gbm.w = w
