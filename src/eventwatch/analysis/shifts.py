"""Shifts: change points in a daily event series and whether conflict rose significantly.

Method (docs/alerts.md):

1. Change points. The daily series is two counts, conflict events c_t (QuadClass 3-4) and other
   events k_t, modelled as Poisson with rates that are constant within a segment. PELT
   minimises the summed negative log-likelihood of the segments (``PoissonCost``: for a
   segment of L days with S events, S - S log(S/L) per count) plus a penalty per change point of
   ``penalty_scale`` x BIC, BIC = (2 rates + 1 location) / 2 x log(T) for a series of T days;
   the default ``penalty_scale`` is 2, and segments are at least ``min_size`` = 3 days long.
   Series longer than 120 days use binary segmentation with the same cost and penalty. Both
   are numpy, vectorised over split points and series (``changepoints_many``), and give the
   change points of ruptures' ``Pelt``/``Binseg`` (``changepoints_ruptures``, the reference
   the tests compare with).
2. Significance. For each change point, the after-segment (to the next change point) is tested
   against the series' own baseline: up to ``baseline_days`` before the change. Two one-sided
   tests: conflict events per day (Poisson, expected = baseline rate x days, rate (C+0.5)/L) and
   conflict share (binomial, baseline share (C+0.5)/(N+1)); p is twice the smaller of the two
   p-values (Bonferroni over the two tests). A shift is a significant rise when p x n_tests <
   ``alpha``, the after-segment has at least ``min_events`` conflict events, and the effect is
   material: conflict per day x1.5 or more, or conflict share up by 0.15 or more.
3. Severity: excess conflict intensity per week, where intensity is the summed Goldstein
   magnitude of conflict events (a clash at -10 weighs five accusations at -2):
   7 x (intensity per day after - intensity per day in the baseline).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import asdict, dataclass

import numpy as np
from scipy import stats

PENALTY_SCALE = 2.0
MIN_SIZE = 3
BASELINE_DAYS = 180
MIN_BASELINE_DAYS = 7
ALPHA = 0.01
MIN_EVENTS = 3
PELT_MAX_DAYS = 120  # longer series use binary segmentation (PELT is quadratic in pure Python)


def penalty(n_days: int, scale: float = PENALTY_SCALE) -> float:
    """Penalty per change point: ``scale`` x BIC for two Poisson rates and one location."""
    return scale * 1.5 * math.log(max(n_days, 2))


def changepoints(conflict, other, *, scale: float = PENALTY_SCALE,
                 min_size: int = MIN_SIZE) -> list[int]:
    """Indices where a new segment starts (0 < i < T): PELT (T <= ``PELT_MAX_DAYS``) or binary
    segmentation with the Poisson cost, as ruptures computes them (``changepoints_many``)."""
    return changepoints_many(np.asarray(conflict, float)[None, :],
                             np.asarray(other, float)[None, :], scale=scale,
                             min_size=min_size)[0]


def changepoints_many(conflict: np.ndarray, other: np.ndarray, *, scale: float = PENALTY_SCALE,
                      min_size: int = MIN_SIZE) -> list[list[int]]:
    """``changepoints`` of each row of two K x T count matrices, vectorised over the rows (and
    over the candidate split points): the same change points as ruptures' ``Pelt``/``Binseg``
    with ``PoissonCost`` and ``jump=1`` (same arithmetic, same tie-breaking, same pruning)."""
    conflict, other = np.asarray(conflict, float), np.asarray(other, float)
    k, t = conflict.shape
    out: list[list[int]] = [[] for _ in range(k)]
    rows = np.flatnonzero((conflict.sum(axis=1) + other.sum(axis=1)) > 0)
    if t < 2 * min_size or not len(rows):
        return out
    zero = np.zeros((len(rows), 1))
    cums = [np.hstack([zero, np.cumsum(m[rows], axis=1)]) for m in (conflict, other)]
    search = _pelt if t <= PELT_MAX_DAYS else _binseg
    for r, cps in zip(rows.tolist(), search(cums, penalty(t, scale), min_size), strict=True):
        out[r] = cps
    return out


def _cost(cums, row, start, end):
    """Poisson cost (``PoissonCost.error``) of segments [start, end) of rows ``row``: for each
    count, S - S log(S/L), S events in L days (0 if S = 0), summed over the two counts."""
    n = end - start
    total = 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        for cum in cums:
            s = cum[row, end] - cum[row, start]
            total = total + np.where(s > 0, s - s * np.log(s / n), 0.0)
    return total


def _pelt(cums, pen: float, min_size: int) -> list[list[int]]:
    """PELT over all rows at once, step by step as ``ruptures.Pelt._seg``: the optimal cost
    F[s] of [0, s) is min over admissible t of F[t] + (cost(t, s) + pen), first minimum on
    ties; t stays admissible while F[t] + cost(t, s) + pen <= F[s] + pen."""
    k, t1 = cums[0].shape
    n = t1 - 1
    f = np.zeros((k, t1))
    prev = np.zeros((k, t1), int)
    adm = np.zeros((k, t1), bool)
    rows = np.arange(k)[:, None]
    for s in [*range(min_size, n), n]:
        new = s - min_size
        if new == 0 or new >= min_size:  # only these have a partition of [0, new)
            adm[:, new] = True
        cand = np.arange(new + 1)
        vals = f[:, cand] + (_cost(cums, rows, cand[None, :], s) + pen)
        vals = np.where(adm[:, cand], vals, np.inf)
        best = vals.argmin(axis=1)
        f[:, s] = vals[np.arange(k), best]
        prev[:, s] = best
        adm[:, cand] &= vals <= (f[:, s] + pen)[:, None]
    out = []
    for r in range(k):
        cps, s = [], n
        while s > 0:
            s = int(prev[r, s])
            if s > 0:
                cps.append(s)
        out.append(cps[::-1])
    return out


def _best_splits(cums, segs: list[tuple[int, int, int]], min_size: int) -> list:
    """``ruptures.Binseg.single_bkp`` for many segments (row, start, end) at once: the split
    with the largest gain cost(start, end) - cost(start, b) - cost(b, end), the latest b on
    ties; (None, 0) when the segment cannot be split."""
    row, start, end = (np.array(x, int) for x in zip(*segs, strict=True))
    m = np.maximum(end - start - 2 * min_size + 1, 0)
    out: list = [(None, 0)] * len(segs)
    ok = np.flatnonzero(m)
    if not len(ok):
        return out
    seg = np.repeat(ok, m[ok])
    offsets = np.concatenate([[0], np.cumsum(m[ok])[:-1]])
    b = start[seg] + min_size + np.arange(len(seg)) - np.repeat(offsets, m[ok])
    whole = _cost(cums, row[ok], start[ok], end[ok])
    gain = (np.repeat(whole, m[ok]) - _cost(cums, row[seg], start[seg], b)
            - _cost(cums, row[seg], b, end[seg]))
    top = np.maximum.reduceat(gain, offsets)
    pos = np.where(gain == np.repeat(top, m[ok]), np.arange(len(seg)), -1)
    last = np.maximum.reduceat(pos, offsets)
    for i, j, g in zip(ok.tolist(), b[last].tolist(), top.tolist(), strict=True):
        out[i] = (j, g)
    return out


def _binseg(cums, pen: float, min_size: int) -> list[list[int]]:
    """Binary segmentation over all rows at once, round by round as ``ruptures.Binseg._seg``:
    each round, a row's segment with the largest split gain (the first on ties) is split if
    the gain exceeds ``pen``; only the two new segments are evaluated (in one batch)."""
    k, t1 = cums[0].shape
    n = t1 - 1
    bkps = [[n] for _ in range(k)]
    best: dict[tuple[int, int, int], tuple] = {}
    todo = [(r, 0, n) for r in range(k)]
    active = list(range(k))
    while active:
        best.update(zip(todo, _best_splits(cums, todo, min_size), strict=True))
        todo, still = [], []
        for r in active:
            bk = bkps[r]
            top = None
            for s, e in zip([0, *bk[:-1]], bk, strict=True):
                cand = best[r, s, e]
                if top is None or cand[1] > top[0][1]:
                    top = (cand, s, e)
            (b, gain), s, e = top
            if b is not None and gain > pen:
                bisect.insort(bk, b)
                todo += [(r, s, b), (r, b, e)]
                still.append(r)
        active = still
    return [bk[:-1] for bk in bkps]


def changepoints_ruptures(conflict, other, *, scale: float = PENALTY_SCALE,
                          min_size: int = MIN_SIZE) -> list[int]:
    """The reference: ``changepoints`` computed by ruptures itself (pure Python cost, slow);
    the tests check that ``changepoints_many`` gives the same change points."""
    import ruptures as rpt
    from ruptures.base import BaseCost

    class PoissonCost(BaseCost):
        model = "poisson"
        min_size = MIN_SIZE

        def fit(self, signal):
            cum = np.vstack([np.zeros((1, signal.shape[1])), np.cumsum(signal, axis=0)])
            self.signal, self.cum = signal, [tuple(r) for r in cum.tolist()]
            return self

        def error(self, start, end):
            cost = 0.0
            for a, b in zip(self.cum[start], self.cum[end], strict=True):
                tot = b - a
                if tot > 0:
                    cost += tot - tot * math.log(tot / (end - start))
            return cost

    signal = np.column_stack([np.asarray(conflict, float), np.asarray(other, float)])
    n = len(signal)
    if n < 2 * min_size or signal.sum() == 0:
        return []
    search = rpt.Pelt if n <= PELT_MAX_DAYS else rpt.Binseg
    algo = search(custom_cost=PoissonCost(), min_size=min_size, jump=1).fit(signal)
    return [b for b in algo.predict(pen=penalty(n, scale)) if b < n]


@dataclass
class Segment:
    start: dt.date
    end: dt.date  # inclusive
    days: int
    events: int
    conflict: int
    conflict_share: float | None
    conflict_per_day: float
    intensity_per_day: float


@dataclass
class Shift:
    date: dt.date  # first day of the after-segment
    before: Segment  # the baseline
    after: Segment
    p_count: float
    p_share: float
    p: float
    rising: bool
    significant: bool
    severity: float

    def as_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat()
        for k in ("before", "after"):
            d[k]["start"] = d[k]["start"].isoformat()
            d[k]["end"] = d[k]["end"].isoformat()
        return d


def _segment(dates, conflict, total, intensity, i: int, j: int) -> Segment:
    c, n, g = int(conflict[i:j].sum()), int(total[i:j].sum()), float(intensity[i:j].sum())
    days = j - i
    return Segment(dates[i], dates[j - 1], days, n, c, round(c / n, 4) if n else None,
                   round(c / days, 4), round(g / days, 4))


def assess(dates, conflict, total, intensity, cps: list[int], *, n_tests: int = 1,
           alpha: float = ALPHA, min_events: int = MIN_EVENTS,
           baseline_days: int = BASELINE_DAYS) -> list[Shift]:
    """Test each change point's after-segment against the baseline before it."""
    out = []
    bounds = [*cps, len(dates)]
    for k, tau in enumerate(cps):
        b0 = max(0, tau - baseline_days)
        if tau - b0 < MIN_BASELINE_DAYS:
            continue
        before = _segment(dates, conflict, total, intensity, b0, tau)
        after = _segment(dates, conflict, total, intensity, tau, bounds[k + 1])
        rate_b = (before.conflict + 0.5) / before.days
        share_b = (before.conflict + 0.5) / (before.events + 1)
        p_count = float(stats.poisson.sf(after.conflict - 1, rate_b * after.days))
        p_share = float(stats.binom.sf(after.conflict - 1, after.events, share_b)) \
            if after.events else 1.0
        p = min(1.0, 2 * min(p_count, p_share))
        rising = (after.conflict_per_day > before.conflict_per_day
                  or (after.conflict_share or 0) > (before.conflict_share or 0))
        material = (after.conflict_per_day >= 1.5 * before.conflict_per_day
                    or (after.conflict_share or 0) >= (before.conflict_share or 0) + 0.15)
        significant = (rising and material and after.conflict >= min_events
                       and p * n_tests < alpha)
        severity = round(7 * (after.intensity_per_day - before.intensity_per_day), 2)
        out.append(Shift(dates[tau], before, after, p_count, p_share, p, rising, significant,
                         severity))
    return out


def find_shifts(dates, conflict, total, intensity=None, *, n_tests: int = 1,
                scale: float = PENALTY_SCALE, **kw) -> list[Shift]:
    """Change points of a daily series (consecutive ``dates``) and their assessment."""
    conflict = np.asarray(conflict, float)
    total = np.asarray(total, float)
    intensity = conflict if intensity is None else np.asarray(intensity, float)
    cps = changepoints(conflict, total - conflict, scale=scale)
    return assess(list(dates), conflict, total, intensity, cps, n_tests=n_tests, **kw)


def screen(conflict: np.ndarray, other: np.ndarray, first: int, *,
           scale: float = PENALTY_SCALE, min_size: int = MIN_SIZE) -> np.ndarray:
    """For many series at once (rows of K x T count matrices): does a single change point at
    or after column ``first`` with more conflict after it beat the PELT penalty? A fast
    vectorised pre-filter before running PELT on the rows that pass."""
    k, t = conflict.shape
    if t < 2 * min_size:
        return np.zeros(k, bool)

    def ll(s, n):  # maximised Poisson log-likelihood (up to constants) of s events in n days
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(s > 0, s * np.log(s / n) - s, 0.0)

    cc = np.cumsum(conflict, axis=1)
    co = np.cumsum(other, axis=1)
    taus = np.arange(max(first, min_size), t - min_size + 1)
    if len(taus) == 0:
        return np.zeros(k, bool)
    c1, o1 = cc[:, taus - 1], co[:, taus - 1]
    c_all, o_all = cc[:, -1:], co[:, -1:]
    c2, o2 = c_all - c1, o_all - o1
    n1, n2 = taus[None, :].astype(float), (t - taus)[None, :].astype(float)
    gain = (ll(c1, n1) + ll(c2, n2) - ll(c_all, float(t))
            + ll(o1, n1) + ll(o2, n2) - ll(o_all, float(t)))
    with np.errstate(divide="ignore", invalid="ignore"):
        rise = (c2 / n2 > c1 / n1) | (c2 / np.maximum(c2 + o2, 1) > c1 / np.maximum(c1 + o1, 1))
    gain = np.where(rise, gain, 0.0)
    return gain.max(axis=1) > penalty(t, scale)
