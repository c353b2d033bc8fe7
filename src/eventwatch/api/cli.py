"""``eventwatch serve``: the API and dashboard with uvicorn (registered by the main CLI)."""

from __future__ import annotations

import sys

import click


@click.command()
@click.option("--db", default="eventwatch.duckdb", show_default=True,
              help="DuckDB database file.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="EVENTWATCH_TOKEN", default=None,
              help="Enable POST /api/ingest with this bearer token (also env EVENTWATCH_TOKEN); "
                   "without it the store is opened read-only.")
def serve(db, host, port, token):
    """Serve the REST API (/api, spec at /openapi.json) and the web dashboard."""
    import uvicorn

    from eventwatch.api.app import create_app
    from eventwatch.store import StoreError

    try:
        app = create_app(db, token=token)
    except StoreError as exc:
        click.echo(f"eventwatch: {exc}", err=True)
        sys.exit(1)
    mode = "read-write, ingest enabled" if token else "read-only"
    click.echo(f"eventwatch: serving {db} ({mode}) on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
