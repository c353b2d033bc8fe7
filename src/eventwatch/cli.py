"""The ``eventwatch`` command line: a thin layer over jobs, store and export."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

import click

from eventwatch import __version__

SAMPLE = Path(__file__).parent / "data" / "sample" / "articles.jsonl"


def fail(msg: str, code: int = 1) -> None:
    click.echo(f"eventwatch: {msg}", err=True)
    sys.exit(code)


def parse_columns(spec: str | None) -> dict[str, str] | None:
    if not spec:
        return None
    out = {}
    for part in spec.split(","):
        ours, _, theirs = part.partition("=")
        if not theirs:
            raise click.BadParameter(f"expected OURS=THEIRS pairs, got {part!r}")
        out[ours.strip()] = theirs.strip()
    return out


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a YYYY-MM-DD date: {value!r}") from None


def open_store(db: str, read_only: bool = False):
    from eventwatch.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        fail(str(exc))


db_option = click.option("--db", default="eventwatch.duckdb", show_default=True,
                         help="DuckDB database file.")
columns_option = click.option("--columns", help="Map our CSV columns to yours: text=body,date=day")
workers_option = click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
                              help="Worker processes for parsing and coding.")
actors_option = click.option("--actors", "actor_files", multiple=True,
                             type=click.Path(exists=True, dir_okay=False),
                             help="Extra actor dictionary file (TSV or YAML), repeatable.")


class LazyGroup(click.Group):
    """A command group whose commands live next to the stage they drive and are imported only
    when used (``eventwatch code`` does not pay for FastAPI, SciPy or Spark)."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
                return None  # an optional part that is not installed
        return super().get_command(ctx, name)


LAZY_COMMANDS = {
    "eval": "eventwatch.evaluate:eval_cmd",
    "serve": "eventwatch.api.cli:serve",
    "tkg": "eventwatch.tkg.cli:tkg",
    "forecast": "eventwatch.forecast:forecast",
    "spark": "eventwatch.spark.cli:spark",
    "watch": "eventwatch.watch:watch_cmd",
    "dyad": "eventwatch.analysis.cli:dyad",
    "alerts": "eventwatch.analysis.cli:alerts",
    "summary": "eventwatch.analysis.cli:summary",
    "report": "eventwatch.analysis.cli:report",
    "dedup": "eventwatch.analysis.cli:dedup",
}


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwatch")
def main() -> None:
    """Political event data from news: code, store, query and export events."""


def _pipeline(actor_files=()):
    from eventwatch.pipeline import Pipeline

    try:
        return Pipeline(actor_files)
    except ValueError as exc:  # a bad user dictionary file
        fail(str(exc))


def _read(inputs, columns, problems):
    from eventwatch.ingest import read_articles

    try:
        return read_articles(list(inputs), columns=parse_columns(columns), problems=problems)
    except ValueError as exc:  # a --columns mapping naming an unknown field
        fail(f"--columns: {exc}")


def _finish(problems, strict: bool) -> None:
    click.echo(f"eventwatch: {problems.summary()}", err=True)
    if problems.read == 0 and (problems.skipped or problems.files == 0):
        sys.exit(2)
    if strict and problems.skipped:
        sys.exit(3)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--all-modalities", is_flag=True,
              help="Also output negated, hypothetical, future and question events.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input record was skipped.")
@columns_option
@actors_option
@workers_option
def code(inputs, output, fmt, all_modalities, strict, columns, actor_files, workers):
    """Code articles and print events (no database). INPUT: files, directories or '-'."""
    from eventwatch.ingest import Problems
    from eventwatch.jobs import code_stream, progress_bar
    from eventwatch.records import EVENT_KEYS

    problems = Problems()
    pipeline = _pipeline(actor_files) if workers == 1 else None
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    # a progress bar only when stderr is a terminal and does not share it with the events
    bar = progress_bar(sys.stderr.isatty() and (bool(output) or not sys.stdout.isatty()))
    tick = None
    if bar is not None:
        bar.start()
        task = bar.add_task("coding", total=None)
        tick = lambda: bar.advance(task)  # noqa: E731
    try:
        writer = None
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow(EVENT_KEYS)
        if pipeline is None:
            from eventwatch.parallel import code_parallel

            try:
                coded = code_parallel(_read(inputs, columns, problems), workers,
                                      actor_files=actor_files)
            except ValueError as exc:
                fail(str(exc))
        else:
            coded = code_stream(pipeline, _read(inputs, columns, problems), tick)
        for _, events in coded:
            for ev in events:
                if not all_modalities and ev.modality != "asserted":
                    continue
                d = ev.to_dict()
                if writer is None:
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
                else:
                    writer.writerow(
                        json.dumps(d[k], ensure_ascii=False) if isinstance(d[k], dict)
                        else ("" if d[k] is None else d[k]) for k in EVENT_KEYS
                    )
            out.flush()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    finally:
        if bar is not None:
            bar.stop()
        if output:
            out.close()
    _finish(problems, strict)


def _spark_output(path: str) -> bool:
    """A directory written by `eventwatch spark code` (articles/ and events/ Parquet)."""
    p = Path(path)
    return p.is_dir() and (p / "events").is_dir() and (p / "articles").is_dir()


def _run_ingest(db, inputs, columns, actor_files, strict, command, batch_size=64,
                verbose=False, dedup=True, workers=1):
    from eventwatch.ingest import Problems
    from eventwatch.jobs import ingest, progress_bar

    problems = Problems()
    parquet_dirs = [i for i in inputs if _spark_output(i)]
    inputs = [i for i in inputs if i not in parquet_dirs]
    pipeline = _pipeline(actor_files) if workers == 1 and inputs else None
    if workers > 1 and actor_files:
        from eventwatch.actors import ActorDictionary

        try:  # a bad user file stops the run here, not with a traceback from a worker
            ActorDictionary.load(actor_files)
        except ValueError as exc:
            fail(str(exc))
    store = open_store(db)
    for directory in parquet_dirs:
        from eventwatch.spark.load import load_parquet_events

        loaded = load_parquet_events(store, directory)
        click.echo(f"eventwatch: loaded Spark output {directory}: {loaded}", err=True)
        problems.files += 1
        problems.read += loaded["articles_read"]
    bar = None if verbose else progress_bar()

    def on_batch(n, totals):
        if verbose:
            click.echo(f"eventwatch: committed {n} articles "
                       f"({totals['articles_read']} read so far)", err=True)

    articles = _read(inputs, columns, problems) if inputs else iter(())
    options = dict(command=command, batch_size=batch_size, workers=workers,
                   actor_files=actor_files)
    totals = {"articles_new": 0, "articles_replaced": 0, "articles_unchanged": 0,
              "events_added": 0}
    try:
        if not inputs:
            pass  # only Spark output directories, loaded above
        elif bar is not None:
            with bar:
                task = bar.add_task("coding", total=None)
                totals = ingest(store, pipeline, articles,
                                on_article=lambda: bar.advance(task), **options)
        else:
            totals = ingest(store, pipeline, articles, on_batch=on_batch, **options)
        merged = None
        if dedup:
            from eventwatch.dedup import dedupe

            merged = dedupe(store)
    finally:
        store.close()
    click.echo(
        f"eventwatch: stored {totals['articles_new']} new and {totals['articles_replaced']} "
        f"changed articles ({totals['articles_unchanged']} unchanged), "
        f"{totals['events_added']} events -> {db}", err=True)
    if merged is not None:
        click.echo(f"eventwatch: deduplicated into {merged['clusters']} events from "
                   f"{merged['mentions']} asserted mentions", err=True)
    _finish(problems, strict)


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--strict", is_flag=True, help="Exit non-zero when any input record was skipped.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=64, show_default=True,
              help="Articles per transaction.")
@click.option("-v", "--verbose", is_flag=True, help="Report each committed batch on stderr.")
@click.option("--no-dedup", is_flag=True, help="Skip merging mentions into events afterwards.")
@columns_option
@actors_option
@workers_option
def ingest_cmd(inputs, db, strict, batch_size, verbose, no_dedup, columns, actor_files, workers):
    """Code articles and store them with their events (idempotent; deduplicated after).

    An INPUT that is a directory written by `eventwatch spark code` is loaded as it is."""
    _run_ingest(db, inputs, columns, actor_files, strict, "ingest " + " ".join(inputs),
                batch_size, verbose, dedup=not no_dedup, workers=workers)


def _print_events(rows, fmt):
    from eventwatch.store import dumps_event, row_to_event_dict

    if fmt == "jsonl":
        for r in rows:
            click.echo(dumps_event(row_to_event_dict(r)))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        cols = ["event_id", "date", "source_code", "cameo", "target_code", "plover", "modality",
                "location_name", "fatalities", "sentence"]
        w.writerow(cols)
        for r in rows:
            w.writerow("" if r[c] is None else r[c] for c in cols)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("date", "source", "cameo", "target", "plover", "where", "sentence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["date"] or ""), r["source_code"] or "-", r["cameo"],
                      r["target_code"] or "-", r["plover"], r["location_name"] or "",
                      (r["sentence"] or "")[:160])
    Console().print(table)


@main.command()
@db_option
@click.option("--actor", help="Actor code prefix, e.g. TUR or TURMIL.")
@click.option("--dyad", nargs=2, help="Two actor code prefixes, either direction.")
@click.option("--since", callback=iso_date)
@click.option("--until", callback=iso_date)
@click.option("--cameo-root", help="CAMEO root, e.g. 19.")
@click.option("--plover", help="PLOVER type, e.g. ASSAULT.")
@click.option("--country", help="ISO3 code of an actor's or the location's country.")
@click.option("--all-modalities", is_flag=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table")
@click.option("--limit", type=int, default=100, show_default=True)
def events(db, actor, dyad, since, until, cameo_root, plover, country, all_modalities, fmt,
           limit):
    """Query stored events."""
    store = open_store(db, read_only=True)
    rows = store.query_events(actor=actor, dyad=tuple(dyad) if dyad else None, since=since,
                              until=until, cameo_root=cameo_root, plover=plover,
                              country=country,
                              modalities=None if all_modalities else ("asserted",),
                              limit=limit)
    _print_events(rows, fmt)


@main.command("export")
@db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["parquet", "csv", "jsonl", "gdelt", "icews"]))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
@click.option("--all-modalities", is_flag=True)
@click.option("--mentions", is_flag=True,
              help="Export every mention, not the deduplicated events.")
def export_cmd(db, fmt, output, all_modalities, mentions):
    """Export stored events (GDELT 2.0 / ICEWS column layouts for gdelt / icews)."""
    from eventwatch.export import export
    from eventwatch.records import MODALITIES

    store = open_store(db, read_only=True)
    try:
        n = export(store, fmt, output, MODALITIES if all_modalities else ("asserted",),
                   mentions=mentions)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror}")
    click.echo(f"eventwatch: wrote {n} events to {output}", err=True)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db, as_json):
    """Counts of articles, events, modalities and event classes in the store."""
    store = open_store(db, read_only=True)
    s = store.stats()
    if as_json:
        click.echo(json.dumps(s, default=str, indent=2))
        return
    click.echo(f"articles: {s['articles']} ({s['first_date']} .. {s['last_date']})")
    click.echo(f"events:   {s['events']}  by modality: {s['events_by_modality']}")
    click.echo(f"asserted events by quad class: {s['asserted_by_quad_class']}")
    click.echo("top CAMEO roots: " + ", ".join(f"{r} ({n})" for r, n in s["top_cameo_roots"]))


@main.command()
@db_option
def demo(db):
    """Ingest the bundled sample corpus and print a summary."""
    _run_ingest(db, [str(SAMPLE)], None, (), False, "demo")
    store = open_store(db, read_only=True)
    from eventwatch.summary import print_summary

    print_summary(store)


@main.group(cls=LazyGroup, lazy={"build-wikidata": "eventwatch.wikidata:wikidata_cmd"})
def actors() -> None:
    """Inspect and extend the actor dictionary."""


@actors.command("lookup")
@click.argument("text")
@click.option("--date", "when", callback=iso_date, help="Article date (YYYY-MM-DD).")
@actors_option
def actors_lookup(text, when, actor_files):
    """Show how TEXT resolves: every dictionary match, then the phrase's actor."""
    from eventwatch.actors import ActorDictionary, default_dictionary
    from eventwatch.nlp import parse

    try:
        dictionary = ActorDictionary.load(actor_files) if actor_files else default_dictionary()
    except ValueError as exc:
        fail(str(exc))
    doc = parse(text)
    found = dictionary.annotate(doc, when)
    if not found.mentions:
        click.echo("no dictionary match")
    for m in found.mentions:
        a = m.actor
        click.echo(f"match  {doc[m.start:m.end].text!r:32} {m.kind:8} -> {a.code:12} "
                   f"{a.name} ({a.type}{', ' + a.country if a.country else ''})")
    head = doc[:].root
    actor = found.resolve(0, len(doc))
    if actor is None:
        click.echo(f"phrase (head {head.text!r}) -> no actor")
    else:
        click.echo(f"phrase (head {head.text!r}) -> {actor.code} {actor.name!r} "
                   f"country={actor.country} sector={actor.sector} type={actor.type}"
                   + (f" on {when}" if when else ""))


if __name__ == "__main__":
    main()
