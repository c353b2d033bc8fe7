"""Temporal knowledge-graph forecasting: rank the missing entity of (s, r, ?, t) given the past.

``load_dataset`` reads the common ``train/valid/test.txt`` format, ``evaluate`` runs the
single-step, time-aware filtered protocol, and ``make_model`` builds one of ``MODELS``.
"""

from __future__ import annotations

from eventwatch.tkg.baselines import Recurrency
from eventwatch.tkg.data import TKGData, TKGDataError, load_dataset
from eventwatch.tkg.evaluate import evaluate, filtered_ranks, metrics, rank_split
from eventwatch.tkg.mixture import Mixture

MODELS = {
    "strict-fixed": lambda: Recurrency(lam=0.1),
    "strict": lambda: Recurrency(),
    "combined": lambda: Recurrency(combined=True),
    "mixture": lambda: Mixture(),
}
DEFAULT_MODEL = "mixture"


def make_model(name: str):
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; choose one of {', '.join(MODELS)}")
    return MODELS[name]()


__all__ = ["MODELS", "DEFAULT_MODEL", "make_model", "Recurrency", "Mixture", "TKGData",
           "TKGDataError", "load_dataset", "evaluate", "filtered_ranks", "metrics", "rank_split"]
