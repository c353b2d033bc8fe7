"""``eventwatch tkg``: evaluate forecasting models on a temporal knowledge graph dataset."""

from __future__ import annotations

import json

import click

from eventwatch.tkg import DEFAULT_MODEL, MODELS, TKGDataError, evaluate, load_dataset, make_model


@click.group("tkg")
def tkg() -> None:
    """Temporal knowledge-graph forecasting (ICEWS-style s r o t files)."""


@tkg.command("eval")
@click.argument("data_dir", type=click.Path(file_okay=False))
@click.option("--split", type=click.Choice(["valid", "test"]), default="test", show_default=True)
@click.option("--model", "model_name", type=click.Choice(list(MODELS)), default=DEFAULT_MODEL,
              show_default=True)
@click.option("--time-unit", type=float, default=None,
              help="Raw time units per step (default: gcd of the gaps between timestamps).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def eval_cmd(data_dir, split, model_name, time_unit, as_json):
    """Tune MODEL on train -> valid, then score SPLIT once (time-aware filtered MRR, Hits@k)."""
    if time_unit is not None and time_unit <= 0:
        raise click.BadParameter("must be positive", param_hint="--time-unit")
    try:
        data = load_dataset(data_dir, time_unit=time_unit)
    except TKGDataError as exc:
        raise click.ClickException(str(exc)) from None
    res = evaluate(make_model(model_name), data, split)
    keys = ("mrr", "hits@1", "hits@3", "hits@10", "queries", "seconds", "model")
    res = {k: (round(res[k], 2) if k.startswith(("mrr", "hits")) else res[k]) for k in keys}
    if as_json:
        click.echo(json.dumps(res))
        return
    click.echo(f"{data.name or data_dir} {split} model={res['model']} queries={res['queries']} "
               f"entities={data.num_entities} relations={data.num_relations} "
               f"time_unit={data.time_unit:g}")
    click.echo(f"MRR {res['mrr']:.2f}  Hits@1 {res['hits@1']:.2f}  Hits@3 {res['hits@3']:.2f}  "
               f"Hits@10 {res['hits@10']:.2f}  ({res['seconds']:.1f} s)")
