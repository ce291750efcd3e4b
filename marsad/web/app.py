"""The ASGI application: ``create_app(store)`` wires the JSON API, the HTML pages and the assets.

Everything the browser loads is served from here: marsad's own ``static/``
folder, Leaflet and Leaflet.markercluster from their XStatic packages, and
Swagger UI for ``/docs`` from the ``fastapi-offline`` package when it is
installed (otherwise ``/docs`` is a small offline page pointing at
``/openapi.json``).  Nothing is fetched from another host.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.web.auth import LoginRequired
from marsad.web.jobs import JobRunner

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=str(HERE / "templates"))
# Strict defaults for every response; scripts and styles come from this origin only.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def vendor_dirs() -> dict[str, Path]:
    """The third-party asset folders served under ``/vendor/<name>`` (from installed packages)."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    out = {"leaflet": Path(leaflet.BASE_DIR), "markercluster": Path(markercluster.BASE_DIR)}
    try:
        import fastapi_offline

        out["swagger"] = Path(fastapi_offline.__file__).parent / "static"
    except ImportError:
        log.info("fastapi-offline is not installed: /docs falls back to a plain page")
    return out


def create_app(store: Any, *, cookie_secure: bool = False, ingest_workers: int = 1) -> FastAPI:
    """Build the web app over a store.

    Args:
        store: a :class:`marsad.storage.store.Store`.
        cookie_secure: mark the session cookie ``Secure`` (serve over HTTPS).
        ingest_workers: background threads running ingest jobs.
    """
    from marsad.web import api, views

    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Arabic news in, verifiable event data out. Every HTML page has a JSON twin under /api.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.cookie_secure = cookie_secure
    app.state.jobs = JobRunner(store, workers=ingest_workers)
    app.state.templates = TEMPLATES
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    vendors = vendor_dirs()
    for name, path in vendors.items():
        app.mount(f"/vendor/{name}", StaticFiles(directory=str(path)), name=f"vendor-{name}")
    _add_docs(app, has_swagger="swagger" in vendors)
    app.include_router(api.router)
    app.include_router(views.router)
    _add_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            if request.url.path == "/docs" and k == "Content-Security-Policy":
                continue  # Swagger UI's page starts itself with an inline script
            response.headers.setdefault(k, v)
        return response

    return app


def _add_docs(app: FastAPI, *, has_swagger: bool) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if has_swagger:
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="marsad API",
                swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
                swagger_css_url="/vendor/swagger/swagger-ui.css",
                swagger_favicon_url="/vendor/swagger/favicon.png",
            )
        return HTMLResponse(
            "<!doctype html><title>marsad API</title><h1>marsad API</h1>"
            '<p>Swagger UI is not installed; the OpenAPI description is at <a href="/openapi.json">/openapi.json</a>.</p>'
        )


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return TEMPLATES.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "detail": exc.detail, "user": None},
            status_code=exc.status_code,
        )
