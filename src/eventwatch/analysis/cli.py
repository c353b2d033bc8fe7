"""The analytics commands: ``dyad``, ``alerts``, ``summary``, ``report``, ``dedup``.

``COMMANDS`` is the list the main CLI registers. Every command takes ``--db``; problems with the
database (missing, locked, not DuckDB) and bad arguments are one line on stderr and exit 1.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from eventwatch.analysis import RangeTooLong
from eventwatch.store import Store, StoreError

db_option = click.option("--db", default="eventwatch.duckdb", show_default=True,
                         help="DuckDB database file.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")


def _fail(msg: str) -> None:
    click.echo(f"eventwatch: {msg}", err=True)
    sys.exit(1)


def _open(db: str, read_only: bool = True) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        _fail(str(exc))


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a YYYY-MM-DD date: {value!r}") from None


def _dump(data) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True)
@json_option
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False),
              help="Write the plot (PNG) to this file.")
def dyad(a, b, db, freq, as_json, plot_file):
    """Events between actors A and B (code prefixes, both directions) per period, with shifts."""
    from eventwatch.analysis.dyads import dyad_series
    from eventwatch.analysis.shifts import find_shifts

    with _open(db) as store:
        try:
            daily = dyad_series(store.con, a, b, freq="day")
            series = daily if freq == "day" else dyad_series(store.con, a, b, freq=freq)
        except RangeTooLong as exc:
            _fail(f"{db}: {exc}")
    if not series:
        _fail(f"no asserted events between {a.upper()} and {b.upper()} in {db}")
    shifts = find_shifts([r["period"] for r in daily], [r["conflict"] for r in daily],
                         [r["events"] for r in daily])
    if plot_file:
        from eventwatch.analysis.plot import dyad_figure

        fig = dyad_figure(series, shifts, f"{a.upper()} - {b.upper()} ({freq})")
        try:
            fig.savefig(plot_file, format="png", dpi=100)
        except (OSError, ValueError) as exc:
            _fail(f"{plot_file}: cannot write the plot: {exc}")
        click.echo(f"eventwatch: wrote {plot_file}", err=True)
    if as_json:
        _dump({"a": a.upper(), "b": b.upper(), "freq": freq, "series": series,
               "shifts": [s.as_dict() for s in shifts]})
        return
    click.echo(f"{'period':<11}{'events':>7}{'a>b':>5}{'b>a':>5}{'q1':>5}{'q2':>5}{'q3':>5}"
               f"{'q4':>5}{'gold':>7}{'conflict':>9}")
    for r in series:
        g = f"{r['goldstein_mean']:+.1f}" if r["goldstein_mean"] is not None else "-"
        c = f"{r['conflict_share']:.2f}" if r["conflict_share"] is not None else "-"
        click.echo(f"{r['period'].isoformat():<11}{r['events']:>7}{r['a_to_b']:>5}"
                   f"{r['b_to_a']:>5}{r['q1']:>5}{r['q2']:>5}{r['q3']:>5}{r['q4']:>5}{g:>7}"
                   f"{c:>9}")
    for s in shifts:
        mark = "SIGNIFICANT RISE" if s.significant else "change"
        click.echo(f"shift {s.date}: {mark}; conflict/day {s.before.conflict_per_day} -> "
                   f"{s.after.conflict_per_day}, share {s.before.conflict_share} -> "
                   f"{s.after.conflict_share}, p={s.p:.2g}")


@click.command()
@db_option
@click.option("--since", callback=_date, help="Shifts on or after this day (YYYY-MM-DD; clamped "
              "to the first event); "
              "default: the last 90 days of data.")
@click.option("--events", "n_events", type=int, default=5, show_default=True,
              help="Triggering events listed per alert.")
@json_option
def alerts(db, since, n_events, as_json):
    """Dyads and countries whose conflict rose significantly against their own baseline."""
    from eventwatch.analysis.alerts import scan

    with _open(db) as store:
        try:
            res = scan(store.con, since=since, n_events=n_events)
        except RangeTooLong as exc:
            _fail(f"{db}: {exc}")
    if as_json:
        _dump(res)
        return
    if res["since"] and res["since"] > res["until"]:
        click.echo(f"0 alerts: --since {res['since']} is after the last event ({res['until']})")
        return
    click.echo(f"{len(res['alerts'])} alerts for shifts {res['since']} .. {res['until']} "
               f"({res['series']} series scanned)")
    for a in res["alerts"]:
        b, f = a["before"], a["after"]
        click.echo(f"{a['kind']:<8}{a['key']:<16}{a['date']}  severity {a['severity']:.1f}  "
                   f"p={a['p']:.2g}  conflict/day {b['conflict_per_day']} -> "
                   f"{f['conflict_per_day']}  share {b['conflict_share']} -> "
                   f"{f['conflict_share']}")
        for e in a["events"]:
            text = f"  {e['sentence'][:90]}" if e["sentence"] else ""
            click.echo(f"    {e['date']} {e['source_code']} -[{e['cameo']}]-> "
                       f"{e['target_code']} ({e['goldstein']:+.1f}){text}")


@click.command()
@db_option
@click.option("--top", type=int, default=10, show_default=True)
@click.option("--weeks", type=int, default=12, show_default=True,
              help="Weeks of conflict intensity per country.")
@json_option
def summary(db, top, weeks, as_json):
    """Top actors, top dyads and conflict intensity per country per week."""
    from eventwatch.analysis.summary import summary as make_summary

    with _open(db) as store:
        s = make_summary(store.con, top=top, weeks=weeks)
    if as_json:
        _dump(s)
        return
    t = s["totals"]
    click.echo(f"{t['events']} asserted events ({s['table']}), {t['first_date']} .. "
               f"{t['last_date']}; quad classes 1-4: {t['q1']} {t['q2']} {t['q3']} {t['q4']}")
    click.echo("top actors:")
    for r in s["top_actors"]:
        click.echo(f"  {r['code']:<12}{r['events']:>8}  conflict {r['conflict_share']:.2f}  "
                   f"Goldstein {r['goldstein_mean']:+.2f}")
    click.echo("top dyads:")
    for r in s["top_dyads"]:
        click.echo(f"  {r['a'] + ' - ' + r['b']:<24}{r['events']:>8}  conflict "
                   f"{r['conflict_share']:.2f}  Goldstein {r['goldstein_mean']:+.2f}")
    click.echo("conflict intensity per week (summed Goldstein magnitude of conflict events):")
    for r in s["conflict_by_country_week"]:
        click.echo(f"  {r['country']:<5}{r['week']}  {r['conflict_events']:>6} conflict events"
                   f"  intensity {r['intensity']:.1f}")


@click.command()
@db_option
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for report.html.")
@click.option("--since", callback=_date, help="Alerts for shifts on or after this day.")
def report(db, out_dir, since):
    """A self-contained HTML report: summary, top dyads' plots, alerts."""
    from eventwatch.analysis.report import write_report

    with _open(db) as store:
        try:
            path = write_report(store.con, out_dir, since=since)
        except OSError as exc:
            _fail(f"{out_dir}: cannot write the report: {exc.strerror or exc}")
        except RangeTooLong as exc:
            _fail(f"{db}: {exc}")
    click.echo(f"eventwatch: wrote {path}", err=True)


@click.command()
@db_option
@click.option("--max-km", type=float, default=50, show_default=True,
              help="Farthest apart two places of one event may be.")
@click.option("--one-a-day", is_flag=True, help="Phoenix rule: one event per source, target, "
              "CAMEO code and day.")
@json_option
def dedup(db, max_km, one_a_day, as_json):
    """Merge the mentions of each real event (incremental; see docs/dedup.md)."""
    from eventwatch.dedup import dedupe

    with _open(db, read_only=False) as store:
        res = dedupe(store, max_km=max_km, one_a_day=one_a_day)
    if as_json:
        _dump(res)
        return
    click.echo(f"{res['mentions']} mentions in {res['clusters']} events "
               f"({res['mentions_new']} new mentions, {res['mentions_removed']} removed, "
               f"{res['clusters_new']} new events) in {res['seconds']} s")


COMMANDS = [dyad, alerts, summary, report, dedup]
