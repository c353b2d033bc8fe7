"""Forecasting figures per model and dataset: time-aware filtered MRR/Hits, seconds, peak memory.

    python bench/tkg.py DATA_DIR... [--models strict-fixed,strict,combined,mixture]
                                    [--splits valid,test] [--min-valid MRR]

Each model is tuned on train -> valid once per dataset, then scored on each split (the valid
figure is therefore the tuned one). Peak RSS is that of the whole process so far.
``--min-valid``: score the splits only when the fitted model's valid MRR (before refitting) is
at least this, so test is scored once and only for a variant that gained on valid.
"""

from __future__ import annotations

import argparse
import resource
import time

from eventwatch.tkg import MODELS, load_dataset, make_model, metrics, rank_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dirs", nargs="+")
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--splits", default="valid,test")
    ap.add_argument("--min-valid", type=float, default=None)
    args = ap.parse_args()
    print(f"{'dataset':10} {'model':13} {'split':5} {'MRR':>6} {'H@1':>6} {'H@3':>6} {'H@10':>6} "
          f"{'queries':>7} {'fit_s':>6} {'eval_s':>6} {'peakMB':>7}", flush=True)
    for d in args.data_dirs:
        data = load_dataset(d)
        for name in args.models.split(","):
            model = make_model(name)
            t0 = time.perf_counter()
            model.fit(data)
            fit_s = time.perf_counter() - t0
            if hasattr(model, "valid_mrr"):
                print(f"# {data.name} {name}: valid MRR of the chosen setting before refitting "
                      f"{model.valid_mrr:.2f}", flush=True)
                if getattr(model, "gbm", None) is not None:
                    print(f"# trees' weight {model.gbm.w} ({model.gbm.best_iter} trees); hidden "
                          f"layers alone {model.hidden_valid_mrr:.2f}", flush=True)
                if args.min_valid is not None and model.valid_mrr < args.min_valid:
                    print(f"# below --min-valid {args.min_valid}: not scored ({fit_s:.0f} s)",
                          flush=True)
                    continue
            for split in args.splits.split(","):
                run = rank_split(model, data, split)
                m = metrics(run.ranks[0])
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"{data.name:10} {name:13} {split:5} {m['mrr']:6.2f} {m['hits@1']:6.2f} "
                      f"{m['hits@3']:6.2f} {m['hits@10']:6.2f} {run.ranks.shape[1]:7d} "
                      f"{fit_s:6.1f} {run.seconds:6.1f} {peak:7.0f}", flush=True)


if __name__ == "__main__":
    main()
