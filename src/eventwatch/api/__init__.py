"""The analyst's desk: a REST API and web dashboard over the store (FastAPI).

- ``app``      ``create_app(db, token=None)``: app factory, limits, JSON errors, shared state
- ``routes``   the JSON API under /api (events, event, dyads, alerts, summary, actors, map,
               code, ingest)
- ``queries``  the SQL behind it (keyset pagination, event detail, actor profile, map points)
- ``coding``   the lazily loaded pipeline for /api/code and the highlight spans
- ``pages``    the HTML pages (templates and static assets in eventwatch/web)
- ``cli``      the ``serve`` command
"""

from __future__ import annotations


def create_app(*args, **kwargs):
    from eventwatch.api.app import create_app as _create

    return _create(*args, **kwargs)
