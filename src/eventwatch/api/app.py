"""The FastAPI application: ``create_app(db, token=None)``.

One ``Desk`` per app holds the store (read-only unless an ingest token is configured), a DuckDB
cursor per worker thread for reads, a write lock for ingest, and a small cache for the costly
whole-store answers (alerts, summary) that ingest invalidates. Limits and safety: request bodies
over ``max_body`` bytes get 413, every error is JSON ``{"error": ..., "status": ...}`` without a
stack trace, no CORS headers are sent, and pages carry a same-origin Content-Security-Policy.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwatch import __version__
from eventwatch.store import Store

log = logging.getLogger("eventwatch.api")

WEB = Path(__file__).resolve().parent.parent / "web"
MAX_BODY = 2_000_000  # bytes
MAX_PAGE = 500  # events per page
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


class Desk:
    """Shared state of one app: store, per-thread read cursors, write lock, answer cache."""

    def __init__(self, db: str | Path, token: str | None = None, cache_size: int = 64):
        self.token = token or None
        self.store = Store(db, read_only=self.token is None)
        self.read_only = self.token is None
        self.write_lock = threading.Lock()
        self._spawn = self.store.con.cursor()  # only used to create per-thread cursors
        self._spawn_lock = threading.Lock()
        self._local = threading.local()
        self._cursors: list = []
        self.generation = 0
        self._cache: collections.OrderedDict = collections.OrderedDict()
        self._cache_lock = threading.Lock()
        self.cache_size = cache_size

    def con(self):
        """This thread's read cursor (DuckDB connections are not shared across threads)."""
        cur = getattr(self._local, "cur", None)
        if cur is None:
            with self._spawn_lock:
                cur = self._spawn.cursor()
                self._cursors.append(cur)
            self._local.cur = cur
        return cur

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        gen = self.generation
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == gen:
                self._cache.move_to_end(key)
                return hit[1]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (gen, value)
            self._cache.move_to_end(key)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return value

    def changed(self) -> None:
        with self._cache_lock:
            self.generation += 1
            self._cache.clear()

    def close(self) -> None:
        for cur in self._cursors:
            try:
                cur.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
        self._spawn.close()
        self.store.close()


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``limit`` bytes (declared or streamed).

    A declared Content-Length is checked up front. A body without one (chunked) is read here,
    up to the limit, before the app sees the request, then replayed: the app never meets a
    body over the limit, so the answer is a clean 413, not the app's own parse error.
    """

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = JSONResponse(error_body(413, f"request body over {self.limit} bytes"), 413)
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                return await JSONResponse(error_body(400, "bad Content-Length"), 400)(
                    scope, receive, send)
            if size > self.limit:
                return await too_big(scope, receive, send)
            return await self.app(scope, receive, send)
        parts: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return None
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.limit:
                return await too_big(scope, receive, send)
            parts.append(body)
            if not message.get("more_body", False):
                break
        replay = [{"type": "http.request", "body": b"".join(parts), "more_body": False}]

        async def replaying_receive():
            return replay.pop() if replay else await receive()

        return await self.app(scope, replaying_receive, send)


class SecurityHeaders:
    """ASGI middleware: nosniff and no-referrer everywhere, a same-origin CSP on pages."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        page = not scope["path"].startswith("/api/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer")]
                if page:
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_body(status: int, message: Any) -> dict[str, Any]:
    return {"error": message, "status": status}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
        where = {"query": "query parameter", "path": "path parameter", "body": "body field"}.get(
            str(e.get("loc", ("",))[0]), "field")
        parts.append(f"{where} {'.'.join(loc) or '?'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(db: str | Path, token: str | None = None, *, max_body: int = MAX_BODY
               ) -> FastAPI:
    """The API and dashboard over the store at ``db``; ``token`` enables POST /api/ingest and
    opens the store for writing."""
    from eventwatch.analysis import alerts, dyads, shifts, summary  # noqa: F401 - import once
    from eventwatch.api import pages, routes

    desk = Desk(db, token)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        desk.close()

    app = FastAPI(title="eventwatch", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Political events coded from news: query, inspect, code, ingest.")
    app.state.desk = desk
    app.state.max_body = max_body

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse(error_body(exc.status_code, exc.detail), exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse(error_body(422, _validation_message(exc)), 422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("error serving %s %s", request.method, request.url.path)
        return JSONResponse(error_body(500, "internal error (see the server log)"), 500)

    app.include_router(routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    return app
