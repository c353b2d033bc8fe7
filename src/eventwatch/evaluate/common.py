"""Shared pieces of the evaluators: the error type, running the coder, span overlap and metrics.

The evaluators never hand the coder any gold annotation: each gold text becomes an ``Article``
and goes through ``pipeline.code(articles)`` exactly as a user's article would.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from eventwatch.records import Article, Event


class EvalError(ValueError):
    """The evaluation cannot run; the message says why in one line."""


class GoldFileError(EvalError):
    """A gold file cannot be read; the message names the file (and record or line)."""


class Coder(Protocol):
    def code(self, articles: Iterable[Article]) -> Iterable[tuple[Article, list[Event]]]: ...


def default_pipeline() -> Coder:
    from eventwatch.pipeline import Pipeline

    try:
        return Pipeline()
    except ValueError as exc:  # a malformed data file: its message names the file and line
        raise EvalError(f"cannot load the coder: {exc}") from None


def run(pipeline: Coder, articles: Sequence[Article], asserted_only: bool
        ) -> list[list[Event]]:
    """The events of each article, in input order (only asserted ones with ``asserted_only``)."""
    out: list[list[Event]] = []
    for _, events in pipeline.code(list(articles)):
        out.append([e for e in events if not asserted_only or e.modality == "asserted"])
    if len(out) != len(articles):
        raise RuntimeError(f"the coder returned {len(out)} results for {len(articles)} articles")
    return out


# --- span overlap ---------------------------------------------------------------------------

_STOP = frozenset("a an the of and or in on at for to by with from its their his her our s".split())


def content_tokens(text: str) -> set[str]:
    """Lower-cased word tokens without function words ("the", "of", possessive "s")."""
    toks = re.findall(r"\w+", (text or "").lower())
    content = {t for t in toks if t not in _STOP}
    return content or set(toks)


def coverage(ours: str | None, gold: str) -> float:
    """Share of the gold span's content tokens that our actor text contains (0 when none)."""
    g = content_tokens(gold)
    if not ours or not g:
        return 0.0
    return len(content_tokens(ours) & g) / len(g)


def side_score(actor_text: str | None, gold_spans: Sequence[str]) -> float | None:
    """Best overlap of an actor with any gold span; None when the gold side is empty."""
    spans = [s for s in gold_spans if s and s.strip()]
    if not spans:
        return None
    return max(coverage(actor_text, s) for s in spans)


def pair_overlaps(ev: Event, sources: Sequence[str], targets: Sequence[str]) -> bool:
    """Source and target text of ``ev`` both overlap the gold spans (an empty gold side passes)."""
    s = side_score(ev.source.text if ev.source else None, sources)
    t = side_score(ev.target.text if ev.target else None, targets)
    return (s is None or s > 0) and (t is None or t > 0)


def overlap_rank(ev: Event, sources: Sequence[str], targets: Sequence[str]) -> tuple:
    """Sort key for "the event that best matches the gold actors" (higher is better)."""
    s = side_score(ev.source.text if ev.source else None, sources) or 0.0
    t = side_score(ev.target.text if ev.target else None, targets) or 0.0
    return (s + t, ev.modality == "asserted", ev.confidence)


# --- classification metrics ------------------------------------------------------------------

NONE = "NONE"  # the label of "no event found"


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def per_class(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Precision, recall, F1 and support of every gold label (NONE predictions are misses)."""
    tp: Counter = Counter()
    n_pred: Counter = Counter(pred)
    support: Counter = Counter(gold)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    table = {}
    for label in sorted(support):
        p = tp[label] / n_pred[label] if n_pred[label] else 0.0
        r = tp[label] / support[label]
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[label] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                        "support": support[label], "predicted": n_pred[label]}
    return table


def macro_f1(table: dict[str, dict[str, Any]]) -> float | None:
    return round(sum(r["f1"] for r in table.values()) / len(table), 4) if table else None


def weighted_f1(table: dict[str, dict[str, Any]]) -> float | None:
    total = sum(r["support"] for r in table.values())
    if not total:
        return None
    return round(sum(r["f1"] * r["support"] for r in table.values()) / total, 4)


def confusion(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred, strict=True):
        row = out.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return out


def worst_cells(matrix: dict[str, dict[str, int]], n: int = 12) -> list[dict[str, Any]]:
    cells = [(c, g, p) for g, row in matrix.items() for p, c in row.items() if g != p]
    cells.sort(key=lambda t: (-t[0], t[1], t[2]))
    return [{"gold": g, "predicted": p, "count": c} for c, g, p in cells[:n]]


def classification(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro/weighted F1, per-class table, confusion and worst cells."""
    table = per_class(gold, pred)
    matrix = confusion(gold, pred)
    return {
        "accuracy": ratio(sum(g == p for g, p in zip(gold, pred, strict=True)), len(gold)),
        "macro_f1": macro_f1(table), "weighted_f1": weighted_f1(table),
        "per_type": table, "confusion": matrix, "worst_cells": worst_cells(matrix),
    }


# --- places and numbers -----------------------------------------------------------------------

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def within(pred: int | None, gold: int, tolerance: float = 0.2) -> bool:
    """``pred`` is within ±tolerance of ``gold`` (gold 0 needs exactly 0)."""
    if pred is None:
        return False
    return abs(pred - gold) <= tolerance * gold if gold else pred == 0


def to_int(value: Any) -> int | None:
    """A count from a gold field ("12", 12, "12.0"); None when absent or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(str(value).strip().replace(",", ""))
    except ValueError:
        return None
    return int(f) if math.isfinite(f) and f >= 0 and f == int(f) else None
