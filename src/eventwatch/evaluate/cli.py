"""``eventwatch eval DATA --format ...``: read a gold file, code its texts, print the figures."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import click

from eventwatch.evaluate.common import Coder, EvalError, GoldFileError, default_pipeline

FORMATS = ("plv", "plover-gsr", "case2021", "acled", "hrdsattack")


def evaluate_file(path: str, fmt: str, pipeline: Coder | None = None, limit: int | None = None,
                  asserted_only: bool = False) -> dict[str, Any]:
    """All figures for one gold file as a JSON-ready dict; GoldFileError on a bad file."""
    from eventwatch.evaluate import acled, hrds, plover

    readers = {"plv": plover.read_plv, "plover-gsr": plover.read_gsr,
               "case2021": acled.read_case, "acled": acled.read_acled,
               "hrdsattack": hrds.read_hrds}
    if fmt not in readers:
        raise GoldFileError(f"{path}: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    gold = readers[fmt](path, limit)
    if not gold:
        raise GoldFileError(f"{path}: no gold records found for format {fmt}")
    pipeline = pipeline or default_pipeline()
    start = time.perf_counter()
    if fmt in ("plv", "plover-gsr"):
        figures = plover.score(gold, pipeline, asserted_only, gsr=fmt == "plover-gsr")
    elif fmt == "case2021":
        figures = acled.score_case(gold, pipeline, asserted_only)
    elif fmt == "acled":
        figures = acled.score_acled(gold, pipeline, asserted_only)
    else:
        figures = hrds.score_hrds(gold, pipeline, asserted_only)
    head = {"file": str(path), "format": fmt,
            "modalities": "asserted" if asserted_only else "all",
            "seconds": round(time.perf_counter() - start, 1)}
    return head | figures


def print_report(result: dict[str, Any], out=None) -> None:
    echo = lambda s="": click.echo(s, file=out)  # noqa: E731
    for k, v in result.items():
        if not isinstance(v, (dict, list)):
            echo(f"{k:26} {v}")
    if result.get("pair_failures"):
        echo("gold pairs no event matched: " + ", ".join(
            f"{k} {v}" for k, v in result["pair_failures"].items()))
    for m in result.get("country_misses", []):
        echo(f"  country miss: gold {m['gold']} ours {m['ours']}: {m['count']}")
    cls = result.get("classification")
    if not cls:
        return
    echo()
    echo(f"{'type':36} {'prec':>6} {'rec':>6} {'F1':>6} {'supp':>5} {'pred':>5}")
    for label, r in cls["per_type"].items():
        echo(f"{label:36} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
             f"{r['support']:5d} {r['predicted']:5d}")
    matrix = cls["confusion"]
    labels = sorted(matrix)
    cols = labels + sorted({p for row in matrix.values() for p in row} - set(labels))
    echo()
    echo("confusion (rows gold, columns predicted by number; . = 0):")
    echo(" " * 36 + "".join(f"{i + 1:>4}" for i in range(len(cols))))
    for label in labels:
        row = matrix[label]
        num = f"{cols.index(label) + 1:>2} {label}"
        echo(f"{num[:36]:36}" + "".join(f"{row.get(p, 0) or '.':>4}" for p in cols))
    extra = [f"{cols.index(p) + 1} {p}" for p in cols if p not in matrix]
    if extra:
        echo("predicted only: " + ", ".join(extra))
    echo("worst cells (gold -> predicted: count): " + _cells(cls["worst_cells"]))
    if result.get("lenient_worst_cells"):
        echo("worst cells, best-overlap event (type only): "
             + _cells(result["lenient_worst_cells"]))


def _cells(cells: list[dict[str, Any]]) -> str:
    return "; ".join(f"{c['gold']} -> {c['predicted']}: {c['count']}" for c in cells)


@click.command("eval")
@click.argument("data", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="Gold file format.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of all figures.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold records.")
@click.option("--all-modalities/--asserted-only", "all_modalities", default=True,
              show_default=True,
              help="Score every emitted event, or only asserted ones (HRDsAttack country "
                   "accuracy always uses asserted events).")
def eval_cmd(data, fmt, as_json, limit, all_modalities):
    """Code the texts of a gold file end to end and score the events against the gold."""
    try:
        result = evaluate_file(data, fmt, limit=limit, asserted_only=not all_modalities)
    except EvalError as exc:
        click.echo(f"eventwatch: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_report(result)
