"""Page load time of the web app with 20,000 events in the store.

Builds (or reuses) a SQLite store from the real news files in ../shared/data/news:
every article is analysed with the default pipeline; when that yields fewer
events than ``--events``, each article's events are replicated inside the same
article with varied dates and places (from the gazetteer) until the target is
reached.  Then ``marsad serve`` runs on it and each page and its JSON twin is
timed over HTTP (server time, median of several runs), and, when Debian's
chromium is installed, the events and map pages are timed in a real browser
(until the table is rendered / the map has drawn its points).

    python benchmarks/web_load.py                       # ../shared/data/news, 20,000 events
    python benchmarks/web_load.py --db /tmp/web20k.db   # keep the store for the next run
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
DEFAULT_NEWS = REPO.parent / "shared" / "data" / "news"
CHROMIUM = Path("/usr/bin/chromium")
USER, PASSWORD = "bench", "bench-password"


def read_news(news: Path) -> list[dict[str, Any]]:
    """Articles from the news JSON-lines files, as ingest records."""
    out = []
    for f in sorted(news.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            if not line.strip():
                continue
            a = json.loads(line)
            text = a.get("full_text") or a.get("content") or ""
            if not text.strip():
                continue
            ident = str(
                a.get("post_id") or hashlib.sha1((a.get("url") or text[:200]).encode()).hexdigest()[:12]
            )
            published = str(a.get("published_time") or a.get("date_extracted") or "")[:10] or None
            out.append(
                {
                    "id": f"{f.stem[:12]}-{ident}",
                    "text": text,
                    "title": a.get("title"),
                    "published": published,
                    "outlet": a.get("outlet") or a.get("source"),
                    "url": a.get("url"),
                }
            )
    return out


def _places() -> list[Any]:
    from marsad.kb.places import load_places

    return [p for p in load_places() if p.country == "SY" and p.lat is not None and p.admin1]


def _variant(ev: dict[str, Any], i: int, places: list[Any], rng: random.Random) -> dict[str, Any]:
    new = copy.deepcopy(ev)
    new["id"] = f"{ev['id']}~{i}"
    p = rng.choice(places)
    loc = dict(new.get("location") or {})
    loc.update(
        name_en=p.name_en, admin1=p.admin1, admin2=p.admin2, country=p.country, lat=p.lat, lon=p.lon,
        geonameid=p.geonameid, geo_precision=rng.choice((1, 1, 1, 2, 3)),
    )  # fmt: skip
    new["location"] = loc
    d = dict(new.get("date") or {})
    base = date.fromisoformat(d["value"][:10]) if d.get("value") else date(2023, 6, 1)
    d["value"] = (base + timedelta(days=rng.randint(-180, 180))).isoformat()
    new["date"] = d
    if rng.random() < 0.3:
        new["fatalities"] = rng.choice((0, 1, 2, 3, 5, 12, 30))
    return new


def build_store(db: Path, news: Path, *, target: int, limit: int | None, workers: int) -> None:
    """Analyse the news articles into ``db`` and replicate events up to ``target``."""
    from marsad.service import analyse_records
    from marsad.storage.store import Store

    records = read_news(news)[:limit]
    print(f"analysing {len(records)} articles with {workers} worker(s)…", file=sys.stderr)
    t0 = time.perf_counter()
    docs = []
    for rec, doc in analyse_records(records, workers=workers):
        if not isinstance(doc, BaseException):
            docs.append((doc, rec.get("title")))
    n_real = sum(len(d.events) for d, _ in docs)
    print(f"  {n_real} events from {len(docs)} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    rng = random.Random(7)
    places = _places()
    if n_real and n_real < target:
        factor = -(-target // n_real)
        for doc, _ in docs:
            real = list(doc.events)
            for i in range(1, factor):
                doc.events.extend(_variant(ev, i, places, rng) for ev in real)
    store = Store(str(db))
    total = 0
    for doc, title in docs:
        if total >= target:
            doc.events = []
        elif total + len(doc.events) > target:
            doc.events = doc.events[: target - total]
        if store.save_document(doc, title=title).stored:  # duplicates (same text) are not stored
            total += len(doc.events)
    if store.get_user(USER) is None:
        store.add_user(USER, "reviewer", password=PASSWORD)
    print(f"  stored {store.count('events')} events, {store.count('articles')} articles", file=sys.stderr)
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _login(client: httpx.Client) -> None:
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": USER, "password": PASSWORD, "csrf_token": token, "next": "/"})
    if r.status_code != 303:
        raise SystemExit(f"login failed: {r.status_code}")


PAGES = [
    ("events page", "/"),
    ("events JSON", "/api/events"),
    ("events page, filtered (type+region)", "/?type=ASSAULT&admin1=Aleppo"),
    ("events page, Arabic free text", "/?text=%D9%82%D8%B5%D9%81"),
    ("events JSON, Arabic free text", "/api/events?text=%D9%82%D8%B5%D9%81"),
    ("map page (HTML)", "/map"),
    ("map JSON (all points)", "/api/map"),
    ("timeline page", "/timeline"),
    ("timeline JSON", "/api/timeline"),
    ("actors page", "/actors"),
    ("actors JSON", "/api/actors"),
]


def time_http(base: str, *, runs: int) -> list[dict[str, Any]]:
    """Median and worst wall time of each page over HTTP (after one warm-up request)."""
    out = []
    with httpx.Client(base_url=base, timeout=120, follow_redirects=False) as c:
        _login(c)
        for name, url in PAGES:
            t0 = time.perf_counter()
            c.get(url)  # the first request fills the server's caches: reported as "cold"
            cold = time.perf_counter() - t0
            times, size = [], 0
            for _ in range(runs):
                t0 = time.perf_counter()
                r = c.get(url)
                times.append(time.perf_counter() - t0)
                size = len(r.content)
                if r.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {r.status_code}")
            out.append({"page": name, "url": url, "cold_s": round(cold, 3), "median_s": round(statistics.median(times), 3),
                        "max_s": round(max(times), 3), "bytes": size})  # fmt: skip
    return out


def time_browser(base: str, *, runs: int) -> list[dict[str, Any]]:
    """Time to a rendered events table and to a drawn map in headless Chromium."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"]  # fmt: skip
    out = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=args)
        ctx = b.new_context(base_url=base, viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        page.goto("/login")
        page.fill("input[name=username]", USER)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        for name, url, ready in (
            ("events page in Chromium", "/", "#events-table tbody tr"),
            ("map page in Chromium (all points clustered)", "/map", "#map[data-points]"),
        ):
            times = []
            for _ in range(runs + 1):
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(ready, state="attached", timeout=120_000)
                times.append(time.perf_counter() - t0)
            times = times[1:]
            extra = {}
            if url == "/map":
                extra["points"] = int(page.get_attribute("#map", "data-points") or 0)
            out.append({"page": name, "url": url, "median_s": round(statistics.median(times), 3),
                        "max_s": round(max(times), 3), **extra})  # fmt: skip
        b.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of news *.jsonl files")
    ap.add_argument(
        "--db", type=Path, default=Path("/tmp/marsad-web-bench.db"), help="store to build or reuse"
    )
    ap.add_argument("--events", type=int, default=20_000, help="events in the store")
    ap.add_argument("--limit", type=int, default=None, help="analyse at most this many articles")
    ap.add_argument("--workers", type=int, default=None, help="analysis processes (default: all cores)")
    ap.add_argument("--runs", type=int, default=5, help="timed requests per page")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the store even if it exists")
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium timings")
    ap.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = ap.parse_args()
    if not args.news.is_dir():
        print(f"no news folder at {args.news}; nothing to measure", file=sys.stderr)
        return
    if args.rebuild and args.db.exists():
        args.db.unlink()
    if not args.db.exists():
        from marsad.service import default_workers

        build_store(
            args.db,
            args.news,
            target=args.events,
            limit=args.limit,
            workers=args.workers or default_workers(),
        )
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "marsad", "serve", "--db", str(args.db), "--port", str(port), "--log-level", "warning"],
        env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/login", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        from marsad.storage.store import Store

        with Store(str(args.db)) as s:
            counts = {"events": s.count("events"), "articles": s.count("articles")}
        results: dict[str, Any] = {
            "store": counts,
            "cpus": os.cpu_count(),
            "http": time_http(base, runs=args.runs),
        }
        if CHROMIUM.exists() and not args.no_browser:
            results["browser"] = time_browser(base, runs=max(1, args.runs // 2))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(
        f"store: {counts['events']} events in {counts['articles']} articles; load average {os.getloadavg()[0]:.1f}"
    )
    for row in results["http"] + results.get("browser", []):
        cold = f"   first {row['cold_s']:6.3f} s" if "cold_s" in row else ""
        print(f"{row['page']:<45} median {row['median_s']:6.3f} s   max {row['max_s']:6.3f} s{cold}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
