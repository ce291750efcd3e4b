"""Helpers of the web tests: the hand-annotated articles of tests/data/web, a store filler, an ASGI client, login."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx

from marsad.doc import Document, Mention
from marsad.storage.store import Store

DATA = Path(__file__).resolve().parent.parent / "data" / "web" / "articles.json"
PASSWORD = "correct horse battery"
_CSRF_INPUT_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


class ASGIClient:
    """A synchronous face over ``httpx.AsyncClient`` with ``httpx.ASGITransport`` (no server, real HTTP semantics)."""

    def __init__(self, app: Any, *, follow_redirects: bool = False) -> None:
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            follow_redirects=follow_redirects,
        )

    @property
    def cookies(self) -> httpx.Cookies:
        """The client's cookie jar."""
        return self._client.cookies

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request and wait for the answer."""
        return asyncio.run(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        """GET."""
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        """POST."""
        return self.request("POST", url, **kwargs)


def _find(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _span(text: str, item: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in item.items() if k != "occurrence"}
    if item.get("text"):
        out["start"], out["end"] = _find(text, item["text"], item.get("occurrence", 0))
    return out


def annotated_documents() -> list[tuple[Document, str]]:
    """The test articles as Documents with mentions and events (offsets computed from substrings)."""
    out = []
    for art in json.loads(DATA.read_text(encoding="utf-8"))["articles"]:
        text = art["text"]
        doc = Document(text=text, id=art["id"], published=art["published"], outlet=art["outlet"])
        for m in art["mentions"]:
            s, e = _find(text, m["text"], m.get("occurrence", 0))
            doc.mentions.append(
                Mention(
                    s,
                    e,
                    m["label"],
                    text=m["text"],
                    kind=m["kind"],
                    kb_id=m.get("kb_id"),
                    name_en=m.get("name_en"),
                )
            )
        for i, ev in enumerate(art["events"]):
            ts, te = _find(text, ev["trigger"])
            sent_end = _find(text, ev["sentence_end"])[1]
            sent_start = text.rfind("\n", 0, ts) + 1
            rec = {k: v for k, v in ev.items() if k not in ("trigger", "sentence_end")}
            rec["id"] = f"{art['id']}#{i}"
            rec["source"] = [_span(text, a) for a in ev["source"]]
            rec["recipient"] = [_span(text, a) for a in ev["recipient"]]
            rec["location"] = _span(text, ev["location"])
            rec["date"] = _span(text, ev["date"])
            rec["attribution"] = []
            rec["acled"] = None
            rec["evidence"] = {
                "sentence": 0,
                "start": sent_start,
                "end": sent_end,
                "trigger": {"text": ev["trigger"], "start": ts, "end": te},
            }
            doc.events.append(rec)
        out.append((doc, art["title"]))
    return out


def fill_store(store: Store) -> Store:
    """Save the test articles, merge the two reports of the Atarib shelling, add one user per role."""
    for doc, title in annotated_documents():
        store.save_document(doc, title=title)
    store.link_canonical(
        ["web-001#0", "web-005#0"], representative_id="web-001#0", earliest_id="web-001#0", reasons=[]
    )
    for role in ("admin", "reviewer", "viewer"):
        store.add_user(role, role, password=PASSWORD)
    return store


def login(client: ASGIClient, name: str, password: str = PASSWORD) -> str:
    """Log a client in through the login form; returns the session's CSRF token."""
    page = client.get("/login")
    token = _CSRF_INPUT_RE.search(page.text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"username": name, "password": password, "csrf_token": token, "next": "/"})
    assert r.status_code == 303, r.text
    home = client.get("/")
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', home.text).group(1)  # type: ignore[union-attr]
