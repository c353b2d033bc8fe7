"""A readable summary of a store: articles, events, top dyads, sample events with evidence."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwatch.store import Store

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def print_summary(store: Store, console: Console | None = None, n_examples: int = 6) -> None:
    console = console or Console()
    s = store.stats()
    console.print(f"[bold]{s['articles']} articles[/] ({s['first_date']} .. {s['last_date']}), "
                  f"[bold]{s['events']} events[/] "
                  f"({s['events_by_modality'].get('asserted', 0)} asserted)")
    quads = ", ".join(f"{QUAD_NAMES.get(q, q)}: {n}"
                      for q, n in s["asserted_by_quad_class"].items())
    console.print(f"by class: {quads}")
    table = Table(title="Top dyads (asserted events)")
    for col in ("source", "target", "events", "mean Goldstein"):
        table.add_column(col)
    for src, tgt, n, g in store.top_dyads(10):
        table.add_row(src, tgt, str(n), f"{g:+.1f}")
    console.print(table)
    rows = store.con.execute(
        "SELECT date, source_code, cameo, target_code, plover, location_name, fatalities, "
        "sentence FROM events WHERE modality = 'asserted' AND source_code IS NOT NULL AND "
        "target_code IS NOT NULL ORDER BY confidence DESC, date, event_id LIMIT ?",
        [n_examples]).fetchall()
    console.print("[bold]Example events[/]")
    for date, src, cameo, tgt, plover, loc, fat, sentence in rows:
        where = f" in {loc}" if loc else ""
        dead = f", {fat} killed" if fat else ""
        console.print(f"  {date} {src} -[{cameo} {plover}]-> {tgt}{where}{dead}")
        console.print(f"     [dim]{sentence}[/]")
