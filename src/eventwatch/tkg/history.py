"""Incremental, vectorised memory of past facts used by every forecasting model here.

Facts are stored with their inverses, so (o, r + R, s) answers subject queries like an object
query. Every distinct (s, r, o) triple of the dataset gets a slot (the slot of a triple that has
not happened yet holds zeros, so nothing leaks); per slot the memory keeps, for each decay rate
``lam``, the sum over past occurrences of ``2 ** (-lam * age_in_steps)``, plus the plain count and
the step of the last occurrence. It also keeps decayed counts of entity pairs (s, any, o) and of
(relation, object), and plain (relation, object) counts. Lookups for a batch of (s, r) rows
return flat arrays (row, slot) that the models turn into score matrices.
"""

from __future__ import annotations

import numpy as np

from eventwatch.tkg.data import TKGData, with_inverses
from eventwatch.tkg.evaluate import _expand_ranges


class History:
    def __init__(self, data: TKGData, decays=(0.1,), pair_decay: float = 0.1,
                 pop_decay: float = 0.05):
        self.E = data.num_entities
        self.R2 = 2 * data.num_relations
        self.R = data.num_relations
        self.decays = np.asarray(decays, dtype=np.float64)
        self.pair_decay = pair_decay
        self.pop_decay = pop_decay
        allq = with_inverses(np.concatenate([data.train, data.valid, data.test]), self.R)
        tkeys = np.unique(self._tkey(allq[:, 0], allq[:, 1], allq[:, 2]))
        self.tkeys = tkeys
        self.t_o = tkeys % self.E
        self.t_sr = tkeys // self.E
        self.t_r = self.t_sr % self.R2
        self.t_s = self.t_sr // self.R2
        pkeys = self.t_s * self.E + self.t_o
        self.pkeys, self.t_pair = np.unique(pkeys, return_inverse=True)
        self.p_s, self.p_o = self.pkeys // self.E, self.pkeys % self.E
        # triples grouped by pair (for relation-to-relation statistics)
        self.by_pair = np.argsort(self.t_pair, kind="stable")
        self.pair_start = np.searchsorted(self.t_pair[self.by_pair], np.arange(len(self.pkeys) + 1))
        self.reset()

    def _tkey(self, s, r, o):
        return (s.astype(np.int64) * self.R2 + r) * self.E + o

    def reset(self) -> None:
        n = len(self.tkeys)
        self.now: int | None = None
        self.first: int | None = None
        self.dec = np.zeros((len(self.decays), n))
        self.count = np.zeros(n)
        self.last = np.full(n, -np.inf)
        self.pair = np.zeros(len(self.pkeys))
        self.pair_last = np.full(len(self.pkeys), -np.inf)
        self.relobj = np.zeros((self.R2, self.E))
        self.relobj_dec = np.zeros((self.R2, self.E))
        self.steps_seen = 0

    def advance(self, t: int) -> None:
        """Age every decayed quantity to step ``t``."""
        if self.now is not None and t > self.now:
            dt = t - self.now
            self.dec *= (2.0 ** (-self.decays * dt))[:, None]
            self.pair *= 2.0 ** (-self.pair_decay * dt)
            self.relobj_dec *= 2.0 ** (-self.pop_decay * dt)
        if self.now is None or t > self.now:
            self.now = t

    def slots(self, quads: np.ndarray) -> np.ndarray:
        """Slot ids of facts (s, r, o, ...), with relations already in 0..2R."""
        return np.searchsorted(self.tkeys, self._tkey(quads[:, 0], quads[:, 1], quads[:, 2]))

    def add(self, facts: np.ndarray) -> None:
        """Record the facts of one step (without inverses); the clock moves to that step."""
        if len(facts) == 0:
            return
        t = int(facts[0, 3])
        self.advance(t)
        if self.first is None:
            self.first = t
        self.steps_seen += 1
        q = with_inverses(facts, self.R)
        ids = self.slots(q)
        n = len(self.tkeys)
        inc = np.bincount(ids, minlength=n)
        self.dec += inc[None, :]
        self.count += inc
        self.last[ids] = t
        self.pair += np.bincount(self.t_pair[ids], minlength=len(self.pkeys))
        self.pair_last[self.t_pair[ids]] = t
        np.add.at(self.relobj, (q[:, 1], q[:, 2]), 1.0)
        np.add.at(self.relobj_dec, (q[:, 1], q[:, 2]), 1.0)

    def add_all(self, quads: np.ndarray, hook=None) -> None:
        from eventwatch.tkg.evaluate import timestamp_groups

        for t, facts in timestamp_groups(quads):
            if hook is not None:
                hook(t, facts)
            self.add(facts)

    def find(self, s, r, o) -> tuple[np.ndarray, np.ndarray]:
        """(slot, found) for triples (s, r, o); ``found`` is False for unseen/unknown triples."""
        keys = self._tkey(s, r, o)
        pos = np.minimum(np.searchsorted(self.tkeys, keys), len(self.tkeys) - 1)
        found = (self.tkeys[pos] == keys) & (self.count[pos] > 0)
        return pos, found

    def find_pair(self, s, o) -> tuple[np.ndarray, np.ndarray]:
        keys = s.astype(np.int64) * self.E + o
        pos = np.minimum(np.searchsorted(self.pkeys, keys), len(self.pkeys) - 1)
        found = (self.pkeys[pos] == keys) & (self.pair[pos] > 0)
        return pos, found

    # ---- lookups -------------------------------------------------------------------------
    def sr_slots(self, sr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, slot) for every past triple (s, r, o) of each row (s, r)."""
        keys = sr[:, 0] * self.R2 + sr[:, 1]
        lo = np.searchsorted(self.t_sr, keys, "left")
        hi = np.searchsorted(self.t_sr, keys, "right")
        row, slot = _expand_ranges(lo, hi)
        keep = self.count[slot] > 0
        return row[keep], slot[keep]

    def s_slots(self, subjects: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, slot) for every past triple (s, any r, o) of each subject."""
        lo = np.searchsorted(self.t_s, subjects, "left")
        hi = np.searchsorted(self.t_s, subjects, "right")
        row, slot = _expand_ranges(lo, hi)
        keep = self.count[slot] > 0
        return row[keep], slot[keep]

    def s_pairs(self, subjects: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, pair id) for every past pair (s, o) of each subject."""
        lo = np.searchsorted(self.p_s, subjects, "left")
        hi = np.searchsorted(self.p_s, subjects, "right")
        row, pid = _expand_ranges(lo, hi)
        keep = self.pair[pid] > 0
        return row[keep], pid[keep]
