"""The HTML pages: each renders the same data function as its JSON twin in ``api.py``.

Page scripts get their data from the JSON API (or from a ``<script
type="application/json">`` block rendered with ``tojson``): no inline
JavaScript, so the Content-Security-Policy can forbid it.
"""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from marsad.storage import schema as t
from marsad.web import aggregates, data
from marsad.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Principal,
    check_csrf,
    login_csrf_ok,
    new_login_csrf,
    page_user,
)

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)
_LOCAL_PATH_RE = re.compile(r"/(?:[^/\\\s\x00-\x1f][^\\\s\x00-\x1f]*)?")
Viewer = Annotated[Principal, Depends(page_user)]
EVENT_TYPES = (
    "ASSAULT COERCE MOBILIZE THREATEN PROTEST SANCTION ACCUSE REJECT REQUEST CONSULT AGREE SUPPORT CONCEDE RETREAT "
    "COOPERATE AID"
).split()
FACTUALITY = (
    "asserted",
    "reported",
    "rumored",
    "planned",
    "negated",
    "hypothetical",
    "historical",
    "generic",
)


def _render(request: Request, name: str, user: Principal | None, **ctx: Any) -> HTMLResponse:
    query = {k: v for k, v in request.query_params.items() if k in data.FILTER_FIELDS and v}
    base = {
        "user": user,
        "path": request.url.path,
        "filter_query": urlencode(query),
        "params": dict(request.query_params),
    }
    return request.app.state.templates.TemplateResponse(request, name, {**base, **ctx})


def _facets(request: Request) -> dict[str, Any]:
    out = data.facets(request.app.state.store)
    out["type"] = sorted(set(out["type"]) | set(EVENT_TYPES))
    out["factuality"] = sorted(set(out["factuality"]) | set(FACTUALITY))
    return out


# -- login -------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    token = new_login_csrf()
    resp = _render(request, "login.html", None, next=_safe_next(next), csrf=token, error=None)
    resp.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=request.app.state.cookie_secure
    )
    return resp


def _safe_next(target: str) -> str:
    # only local paths: never redirect to another site after login ("//host", "/\\host", control characters)
    if not _LOCAL_PATH_RE.fullmatch(target) or target.startswith("//"):
        return "/"
    return target


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    store = request.app.state.store
    if not login_csrf_ok(request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token; reload the login page")
    user = store.verify_password(username, password)
    if user is None:
        token = new_login_csrf()
        resp = _render(
            request, "login.html", None, next=_safe_next(next), csrf=token, error="Wrong name or password."
        )
        resp.status_code = 401
        resp.set_cookie(
            LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=request.app.state.cookie_secure
        )
        return resp
    secret, _csrf = store.create_session(user["name"])
    done = RedirectResponse(_safe_next(next), status_code=303)
    done.set_cookie(
        SESSION_COOKIE,
        secret,
        httponly=True,
        samesite="lax",
        secure=request.app.state.cookie_secure,
        max_age=12 * 3600,
    )
    done.delete_cookie(LOGIN_CSRF_COOKIE)
    return done


@router.post("/logout")
async def logout(request: Request, user: Viewer) -> Response:
    await check_csrf(request, user)
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        request.app.state.store.delete_session(secret)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


# -- pages -------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def events_view(
    request: Request,
    user: Viewer,
    page: int = 1,
    per_page: int = data.DEFAULT_PER_PAGE,
    sort: str = "date",
    desc: bool = True,
) -> Response:
    result = data.events_page(
        request.app.state.store,
        data.make_filter(dict(request.query_params)),
        page=page,
        per_page=per_page,
        sort=sort,
        desc=desc,
    )
    return _render(request, "events.html", user, result=result, facets=_facets(request))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_view(request: Request, article_id: str, user: Viewer) -> Response:
    result = data.article(request.app.state.store, article_id)
    if result is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _render(request, "article.html", user, a=result)


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def review_view(request: Request, event_id: str, user: Viewer) -> Response:
    result = data.review(request.app.state.store, event_id)
    if result is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _render(request, "review.html", user, ev=result, types=EVENT_TYPES, factuality=FACTUALITY)


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request, user: Viewer) -> Response:
    return _render(request, "map.html", user, facets=_facets(request))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_view(request: Request, user: Viewer, interval: str = "week") -> Response:
    result = aggregates.timeline(
        request.app.state.store, data.make_filter(dict(request.query_params)), interval=interval
    )
    return _render(request, "timeline.html", user, result=result, facets=_facets(request))


@router.get("/actors", response_class=HTMLResponse)
def actors_view(request: Request, user: Viewer) -> Response:
    result = aggregates.actor_network(request.app.state.store, data.make_filter(dict(request.query_params)))
    return _render(request, "actors.html", user, result=result, facets=_facets(request))


@router.get("/actors/{actor:path}", response_class=HTMLResponse)
def actor_view(request: Request, actor: str, user: Viewer) -> Response:
    result = aggregates.actor_page(
        request.app.state.store, actor, data.make_filter(dict(request.query_params))
    )
    return _render(request, "actor.html", user, result=result)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_view(request: Request, user: Viewer) -> Response:
    return _render(
        request, "ingest.html", user, runs=request.app.state.store.runs(limit=20), states=t.REVIEW_STATES
    )
