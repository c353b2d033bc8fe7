"""The dashboard pages: Jinja2 shells (templates under eventwatch/web/templates) that load small
vanilla JS modules from /static; all data comes from the JSON API, so pages render offline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from eventwatch import __version__
from eventwatch.api.app import WEB

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(WEB / "templates"))

NAV = (("events", "/", "Events"), ("dyad", "/dyad", "Dyad"), ("map", "/map", "Map"),
       ("alerts", "/alerts", "Alerts"), ("code", "/code", "Code an article"))


def _page(request: Request, name: str, title: str, **ctx) -> HTMLResponse:
    return templates.TemplateResponse(request, f"{name}.html", {
        "page": name, "title": title, "nav": NAV, "version": __version__, **ctx})


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request):
    return _page(request, "events", "Events")


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request):
    return _page(request, "dyad", "Dyad")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request):
    return _page(request, "map", "Map")


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request):
    return _page(request, "alerts", "Alerts")


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor_page(request: Request,
               code: Annotated[str, Path(pattern=r"^[A-Za-z0-9]{1,32}$")]):
    return _page(request, "actor", f"Actor {code.upper()}", code=code.upper())


@router.get("/code", response_class=HTMLResponse)
def code_page(request: Request):
    return _page(request, "code", "Code an article")
