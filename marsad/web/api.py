"""The JSON API: one route per page (the page's JSON twin) plus the write endpoints.

Handlers are thin: parse the request, call one function of :mod:`marsad.web.data`
or the store, return its dict.  Reads need a logged-in user or an API token;
writes need the ``reviewer`` role (and a CSRF token when authenticated by cookie).
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from marsad.errors import MarsadError, StoreError
from marsad.web import aggregates, data, lookup
from marsad.web.auth import Principal, api_user, require

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["api"])
Reader = Annotated[Principal, Depends(api_user)]
Reviewer = Annotated[Principal, Depends(require("reviewer"))]
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def _store(request: Request) -> Any:
    return request.app.state.store


def _json(obj: Any) -> Response:
    # the data functions return plain JSON values: skip FastAPI's slow generic encoder
    return JSONResponse(obj)


def _filter(request: Request) -> Any:
    return data.make_filter(dict(request.query_params))


class ReviewIn(BaseModel):
    """A reviewer's decision on one event."""

    decision: str = Field(description="accept, fix (apply `changes`, then accept) or reject")
    changes: dict[str, Any] | None = Field(default=None, description="{field: new value} for editable fields")
    note: str | None = Field(default=None, max_length=5000)


class PasteIn(BaseModel):
    """One pasted article."""

    text: str = Field(min_length=1, max_length=500_000)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    id: str | None = None


@router.get("/me")
def me(user: Reader) -> dict[str, Any]:
    """Who am I (name, role)."""
    return {"name": user.name, "role": user.role, "via": user.via}


@router.get("/users")
def users(request: Request, user: Annotated[Principal, Depends(api_user)]) -> dict[str, Any]:
    """All users and their roles (admins only)."""
    if not user.can("admin"):
        raise HTTPException(403, "only admins can list users")
    return {"users": _store(request).list_users()}


@router.get("/facets")
def facets(request: Request, user: Reader) -> Response:
    """Values for the filter drop-downs."""
    return _json(data.facets(_store(request)))


@router.get("/events")
def events(
    request: Request,
    user: Reader,
    page: int = 1,
    per_page: int = data.DEFAULT_PER_PAGE,
    sort: str = "date",
    desc: bool = True,
) -> Response:
    """The events table (filters: date_from, date_to, type, actor, admin1, outlet, factuality, review_state, text)."""
    f = _filter(request)
    return _json(data.events_page(_store(request), f, page=page, per_page=per_page, sort=sort, desc=desc))


@router.get("/export")
def export(request: Request, user: Reader, format: str = "jsonl") -> Response:
    """The filtered events in one of the store's export formats (same filters as /api/events)."""
    try:
        body, media, ext = lookup.export(_store(request), _filter(request), format)
    except MarsadError as e:
        raise HTTPException(400, str(e)) from e
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="marsad-events.{ext}"'}
    )


@router.get("/events/{event_id:path}")
def event(request: Request, event_id: str, user: Reader) -> Response:
    """One event for review: machine and current values, evidence, merged reports, history."""
    out = data.review(_store(request), event_id)
    if out is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(out)


@router.post("/review/{event_id:path}")
def review(request: Request, event_id: str, body: ReviewIn, user: Reviewer) -> dict[str, Any]:
    """Record a decision (accept / fix / reject) by the current user; the machine record is kept."""
    decision = (
        "fix" if body.decision == "fix" or (body.changes and body.decision == "accept") else body.decision
    )
    try:
        _store(request).record_review(
            event_id, user.name, decision, changes=body.changes or None, note=body.note
        )
    except StoreError as e:
        code = 404 if "no event" in str(e) else 400
        raise HTTPException(code, str(e)) from e
    out = data.review(_store(request), event_id)
    assert out is not None
    return out


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str, user: Reader) -> Response:
    """An article with its highlighted pieces and its events."""
    out = data.article(_store(request), article_id)
    if out is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _json(out)


@router.get("/map")
def map_points(request: Request, user: Reader) -> Response:
    """Located events for the map (same filters as /api/events)."""
    return _json(aggregates.map_points(_store(request), _filter(request)))


@router.get("/timeline")
def timeline(request: Request, user: Reader, interval: str = "week") -> Response:
    """Counts per day or week by type, and week-over-week change per governorate."""
    return _json(aggregates.timeline(_store(request), _filter(request), interval=interval))


@router.get("/actors")
def actors(request: Request, user: Reader) -> Response:
    """The actor network: who acted on whom, how often, with which event types."""
    return _json(aggregates.actor_network(_store(request), _filter(request)))


@router.get("/actors/{actor:path}")
def actor(request: Request, actor: str, user: Reader) -> Response:
    """One actor's events over time."""
    return _json(aggregates.actor_page(_store(request), actor, _filter(request)))


@router.get("/search/actors")
def search_actors(request: Request, user: Reader, q: str = "", limit: int = 20) -> dict[str, Any]:
    """Actors from the knowledge base (and those already in the store) matching ``q``."""
    return {"q": q, "results": lookup.search_actors(_store(request), q, limit=min(limit, 50))}


@router.get("/search/places")
def search_places(request: Request, user: Reader, q: str = "", limit: int = 20) -> dict[str, Any]:
    """Places from the gazetteer matching ``q`` (Arabic or English)."""
    return {"q": q, "results": lookup.search_places(q, limit=min(limit, 50))}


@router.get("/runs")
def runs(request: Request, user: Reader) -> dict[str, Any]:
    """The latest ingest runs and their progress."""
    return {"runs": _store(request).runs(limit=20)}


@router.get("/runs/{run_id}")
def run(request: Request, run_id: str, user: Reader) -> dict[str, Any]:
    """One run's progress."""
    out = _store(request).get_run(run_id)
    if out is None:
        raise HTTPException(404, f"no run {run_id!r}")
    return dict(out)


@router.post("/ingest/text", status_code=202)
def ingest_text(request: Request, body: PasteIn, user: Reviewer) -> dict[str, Any]:
    """Analyse and store one pasted article in the background; returns the run to poll."""
    record = body.model_dump()
    record["id"] = record.get("id") or lookup.pasted_id(body.text)
    run_id = request.app.state.jobs.submit_text(record, user=user.name)
    return {"run_id": run_id, "article_id": record["id"]}


@router.post("/ingest/files", status_code=202)
async def ingest_files(request: Request, files: list[UploadFile], user: Reviewer) -> dict[str, Any]:
    """Analyse and store uploaded files (.txt, .html, .json, .jsonl) in the background."""
    got: list[tuple[str, bytes]] = []
    size = 0
    for f in files:
        blob = await f.read()
        size += len(blob)
        if size > MAX_UPLOAD_BYTES:
            raise HTTPException(413, "upload too large")
        got.append((f.filename or "upload.txt", blob))
    if not got:
        raise HTTPException(400, "no files")
    run_id = request.app.state.jobs.submit_files(got, user=user.name)
    return {"run_id": run_id}
