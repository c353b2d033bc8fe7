"""The JSON API under ``/api`` (docs/api.md). Handlers are plain functions run in FastAPI's
thread pool; each reads through its thread's DuckDB cursor (``Desk.con``)."""

from __future__ import annotations

import datetime as dt
import hmac
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, Field

from eventwatch.api import coding, queries
from eventwatch.api.app import MAX_PAGE, Desk
from eventwatch.ontology import PLOVER_TYPES
from eventwatch.records import MODALITIES, Article

router = APIRouter(prefix="/api")

CODE = r"^[A-Za-z0-9]{1,32}$"
MAX_TEXT = 100_000
MAX_ARTICLES = 200


def _default(o: Any) -> Any:
    if isinstance(o, dt.date | dt.datetime):
        return o.isoformat()
    raise TypeError(f"cannot serialise {type(o).__name__}")


def dumps(obj: Any) -> bytes:
    """JSON bytes (the C encoder; FastAPI's generic encoder costs more than most queries)."""
    return json.dumps(obj, default=_default, ensure_ascii=False, separators=(",", ":")).encode()


def reply(body: bytes | Any) -> Response:
    return Response(body if isinstance(body, bytes) else dumps(body),
                    media_type="application/json")


def desk(request: Request) -> Desk:
    return request.app.state.desk


DeskDep = Annotated[Desk, Depends(desk)]


def _bad(message: str) -> HTTPException:
    return HTTPException(422, message)


def event_filters(
    since: Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD)")] = None,
    actor: Annotated[str | None, Query(pattern=CODE, description="Actor code prefix")] = None,
    dyad: Annotated[str | None, Query(max_length=70, description="Two code prefixes: A,B")
                    ] = None,
    cameo_root: Annotated[str | None, Query(pattern=r"^\d{1,2}$")] = None,
    plover: Annotated[str | None, Query(max_length=20)] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3")] = None,
    modality: Annotated[str, Query(max_length=80, description="Comma list, or 'all'")
                        ] = "asserted",
    q: Annotated[str | None, Query(max_length=200, description="Text in the sentence")] = None,
) -> dict[str, Any]:
    """The shared event filters, validated (a bad value is a 422 naming the parameter)."""
    import re

    pair = None
    if dyad:
        pair = tuple(p.strip() for p in dyad.split(","))
        if len(pair) != 2 or not all(re.fullmatch(CODE, p) for p in pair):
            raise _bad("query parameter dyad: expected two actor codes as A,B (e.g. RUS,UKR)")
    if cameo_root and not 1 <= int(cameo_root) <= 20:
        raise _bad("query parameter cameo_root: CAMEO roots are 01 to 20")
    if plover and plover.upper() not in PLOVER_TYPES:
        raise _bad(f"query parameter plover: unknown type {plover!r}; known: "
                   + ", ".join(PLOVER_TYPES))
    mods: tuple[str, ...] | None
    if modality.strip().lower() == "all":
        mods = None
    else:
        mods = tuple(m.strip().lower() for m in modality.split(",") if m.strip())
        wrong = [m for m in mods if m not in MODALITIES]
        if wrong or not mods:
            raise _bad(f"query parameter modality: unknown {', '.join(wrong) or 'empty'}; "
                       f"use all or a comma list of {', '.join(MODALITIES)}")
    if since and until and since > until:
        raise _bad("query parameters since/until: since is after until")
    return {"since": since, "until": until, "actor": actor, "dyad": pair,
            "cameo_root": cameo_root, "plover": plover, "country": country,
            "modalities": mods, "q": q}


FiltersDep = Annotated[dict, Depends(event_filters)]
ActorCode = Annotated[str, Path(pattern=CODE, description="Actor code or prefix")]


@router.get("/events", summary="Events matching the filters, newest first, one page")
def list_events(d: DeskDep, f: FiltersDep,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                cursor: Annotated[str | None, Query(max_length=200)] = None):
    try:
        return reply(queries.event_page(d.con(), f, limit, cursor))
    except queries.BadCursor as exc:
        raise _bad(f"query parameter cursor: {exc}") from None


@router.get("/events/{event_id}", summary="One event with its evidence sentence and mentions")
def get_event(d: DeskDep, event_id: Annotated[str, Path(max_length=64)]):
    found = queries.event_detail(d.con(), event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return reply(found)


@router.get("/dyads/{a}/{b}", summary="Events between A and B per period, with shifts")
def get_dyad(d: DeskDep, a: ActorCode, b: ActorCode,
             freq: Literal["day", "week", "month"] = "week",
             since: dt.date | None = None, until: dt.date | None = None):
    from eventwatch.analysis.dyads import dyad_series
    from eventwatch.analysis.shifts import find_shifts

    def compute():
        con = d.con()
        daily = dyad_series(con, a, b, freq="day", since=since, until=until)
        series = daily if freq == "day" else dyad_series(con, a, b, freq=freq, since=since,
                                                         until=until)
        shifts = find_shifts([r["period"] for r in daily], [r["conflict"] for r in daily],
                             [r["events"] for r in daily]) if len(daily) > 1 else []
        return dumps({"a": a.upper(), "b": b.upper(), "freq": freq, "series": series,
                      "shifts": [s.as_dict() for s in shifts]})

    return reply(_bounded(d, ("dyad", a.upper(), b.upper(), freq, since, until), compute))


@router.get("/alerts", summary="Dyads and countries whose conflict rose significantly")
def get_alerts(d: DeskDep, since: dt.date | None = None,
               events: Annotated[int, Query(ge=0, le=50)] = 5):
    from eventwatch.analysis.alerts import scan

    return reply(_bounded(d, ("alerts", since, events),
                          lambda: dumps(scan(d.con(), since=since, n_events=events))))


def _bounded(d: Desk, key: tuple, compute) -> bytes:
    """``d.cached(key, compute)``; a date range too long even after clamping it to the store's
    dates (analysis.RangeTooLong) is a 422 with its message."""
    from eventwatch.analysis import RangeTooLong

    try:
        return d.cached(key, compute)
    except RangeTooLong as exc:
        raise _bad(str(exc)) from None


@router.get("/summary", summary="Totals, top actors and dyads, conflict by country and week")
def get_summary(d: DeskDep, top: Annotated[int, Query(ge=1, le=100)] = 10,
                weeks: Annotated[int, Query(ge=1, le=520)] = 12):
    from eventwatch.analysis.summary import summary

    def compute():
        con = d.con()
        out = summary(con, top=top, weeks=weeks)
        out["articles"] = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        out["events_by_modality"] = dict(con.execute(
            "SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall())
        out["read_only"] = d.read_only
        return dumps(out)

    return reply(d.cached(("summary", top, weeks), compute))


@router.get("/actors/{code}", summary="An actor's events, partners and monthly trend")
def get_actor(d: DeskDep, code: ActorCode,
              limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50):
    return reply(queries.actor_profile(d.con(), code, limit))


@router.get("/map", summary="Located events grouped by place, counts per QuadClass")
def get_map(d: DeskDep, f: FiltersDep,
            limit: Annotated[int, Query(ge=1, le=20000)] = 5000):
    key = ("map", limit, *sorted((k, str(v)) for k, v in f.items()))
    return reply(d.cached(key, lambda: dumps(queries.map_points(d.con(), f, limit))))


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    date: dt.date | None = Field(None, description="Article date (anchors relative dates)")
    title: str | None = Field(None, max_length=500)


@router.post("/code", summary="Code a text (nothing is stored)")
def post_code(req: CodeRequest):
    return reply(coding.code(req.text, req.date, req.title))


class ArticleIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    date: dt.date | None = None
    title: str | None = Field(None, max_length=500)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)


class IngestRequest(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


def require_token(d: DeskDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """403 when ingest is off (no token at start), 401 for a missing or wrong token; runs
    before the body is read or validated."""
    if d.token is None:
        raise HTTPException(403, "ingest is disabled: start the server with --token "
                                 "(or EVENTWATCH_TOKEN) to enable it")
    given = ""
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not hmac.compare_digest(given.encode(), d.token.encode()):
        raise HTTPException(401, "missing or wrong token (send Authorization: Bearer TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Code and store articles (needs the server's token)",
             dependencies=[Depends(require_token)])
def post_ingest(d: DeskDep, req: IngestRequest):
    from eventwatch.jobs import ingest

    arts = [Article(id=a.id, text=a.text, date=a.date, title=a.title, source=a.source,
                    url=a.url, origin=f"api:{i}") for i, a in enumerate(req.articles)]
    pipe = coding.pipeline()
    with d.write_lock, coding._lock:
        counts = ingest(d.store, pipe, arts, command="api ingest")
    d.changed()
    return counts
