"""``eventwatch spark ...``: the Spark jobs from the command line (register ``spark`` on main).

    eventwatch spark code INPUT OUTPUT [--master local[2]] [--format auto|json|parquet]
    eventwatch spark dedup OUTPUT DEDUP_OUTPUT [--max-km 50] [--one-a-day]
    eventwatch spark aggregate OUTPUT AGG_OUTPUT

Without ``--master`` the master comes from spark-submit (or ``local[*]``).
"""

from __future__ import annotations

import json
import sys

import click

master_option = click.option(
    "--master", default=None,
    help="Spark master, e.g. local[2] or yarn (default: spark-submit's, else local[*]).")
conf_option = click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE",
                           help="Extra Spark setting, repeatable.")
overwrite_option = click.option("--overwrite", is_flag=True, help="Replace existing output.")


def _fail(msg: str) -> None:
    click.echo(f"eventwatch: {msg}", err=True)
    sys.exit(1)


def _session(master, confs):
    from eventwatch.spark.job import SparkUnavailable, session

    conf = {}
    for item in confs:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--conf")
        conf[key.strip()] = value.strip()
    try:
        return session(master or (None if _submitted() else "local[*]"), conf=conf)
    except SparkUnavailable as exc:
        _fail(str(exc))


def _submitted() -> bool:
    """True under spark-submit (which passes the master through the environment/conf)."""
    import os

    return "PYSPARK_GATEWAY_PORT" in os.environ or "SPARK_SUBMIT_OPTS" in os.environ


def _run(job, *args, **kwargs):
    from pyspark.errors import AnalysisException

    try:
        return job(*args, **kwargs)
    except (AnalysisException, FileExistsError) as exc:  # missing input, output exists, ...
        _fail(str(exc).splitlines()[0])


@click.group("spark")
def spark() -> None:
    """Code, deduplicate and aggregate events with PySpark (optional extra)."""


@spark.command("code")
@click.argument("input_path", metavar="INPUT")
@click.argument("output")
@master_option
@conf_option
@overwrite_option
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "parquet"]), default="auto",
              show_default=True, help="Input format (auto: by extension; JSONL otherwise).")
@click.option("--partitions", type=click.IntRange(1), help="Repartition the articles first.")
@click.option("--actors", "actor_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (TSV), repeatable; shipped to the executors.")
def code_cmd(input_path, output, master, confs, overwrite, fmt, partitions, actor_files):
    """Code articles (JSONL or Parquet) into Parquet events partitioned by date."""
    from eventwatch.actors import ActorDictionary
    from eventwatch.spark.job import code_job

    if actor_files:
        try:  # check the files here: a bad line should not surface as an executor traceback
            ActorDictionary.load(actor_files)
        except ValueError as exc:
            _fail(str(exc))
    spark_session = _session(master, confs)
    counts = _run(code_job, spark_session, input_path, output, fmt=fmt,
                  actor_files=actor_files, partitions=partitions, overwrite=overwrite)
    click.echo(f"eventwatch: coded {counts['articles']} articles ({counts['skipped']} skipped), "
               f"{counts['events']} events -> {output}/events, {output}/articles", err=True)


@spark.command("dedup")
@click.argument("events_path", metavar="EVENTS")
@click.argument("output")
@master_option
@conf_option
@overwrite_option
@click.option("--max-km", type=float, default=50, show_default=True)
@click.option("--one-a-day", is_flag=True,
              help="Phoenix rule: one event per (date, source, target, CAMEO code).")
def dedup_cmd(events_path, output, master, confs, overwrite, max_km, one_a_day):
    """Cluster asserted events into real events (OUTPUT/mentions, OUTPUT/clusters)."""
    from eventwatch.spark.job import dedup_job

    counts = _run(dedup_job, _session(master, confs), events_path, output, max_km=max_km,
                  one_a_day=one_a_day, overwrite=overwrite)
    click.echo(f"eventwatch: {counts['mentions']} mentions -> {counts['clusters']} events "
               f"-> {output}", err=True)


@spark.command("aggregate")
@click.argument("events_path", metavar="EVENTS")
@click.argument("output")
@master_option
@conf_option
@overwrite_option
def aggregate_cmd(events_path, output, master, confs, overwrite):
    """Daily dyad counts by QuadClass (asserted events) as Parquet."""
    from eventwatch.spark.job import aggregate_job

    n = _run(aggregate_job, _session(master, confs), events_path, output, overwrite=overwrite)
    click.echo(json.dumps({"rows": n, "output": output}))
