"""Background ingest jobs for the web app: uploaded files or a pasted article, analysed in a thread.

A job is a row of the store's ``runs`` table (kind ``web-ingest``), created
before the thread starts so the page can show it at once; the thread runs the
store's own ingest (:mod:`marsad.storage.ingest`), which updates the row's
counters as it goes, and the Ingest page polls them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from marsad.storage.ingest import ingest, ingest_items

log = logging.getLogger(__name__)

Record = dict[str, Any]
Analyser = Callable[[Iterable[Record]], Iterator[tuple[Record, Any]]]


def default_analyser(records: Iterable[Record]) -> Iterator[tuple[Record, Any]]:
    """The default pipeline, in this process (imported lazily: loading models is slow)."""
    from marsad.service import analyse_records

    # one process: forking a multi-threaded web server is unsafe, and web uploads are small
    yield from analyse_records(records, workers=1)


def safe_name(name: str) -> str:
    """A file name without directories or odd characters, keeping the extension the readers look at."""
    base = Path(name.replace("\\", "/")).name or "upload.txt"
    cleaned = "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".")
    return cleaned or "upload.txt"


class JobRunner:
    """Runs ingest jobs in background threads.

    Args:
        store: the event store.
        workers: threads (jobs beyond this wait in a queue).
        analyse: the analyser handed to the store's ingest (default: the default pipeline).
    """

    def __init__(self, store: Any, *, workers: int = 1, analyse: Analyser | None = None) -> None:
        self.store = store
        self.analyse = analyse or default_analyser
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="marsad-ingest")
        self.futures: dict[str, Future[None]] = {}

    def submit_files(self, files: list[tuple[str, bytes]], *, user: str, published: str | None = None) -> str:
        """Queue uploaded ``(file name, bytes)`` pairs; returns the run id at once."""
        tmp = Path(tempfile.mkdtemp(prefix="marsad-upload-"))
        paths = []
        for i, (name, data) in enumerate(files):
            p = tmp / f"{i:03d}-{safe_name(name)}"
            p.write_bytes(data)
            paths.append(str(p))
        run_id = self._start({"user": user, "files": [n for n, _ in files]}, total=None)

        def work() -> None:
            try:
                ingest(
                    paths,
                    self.store,
                    analyse=self.analyse,
                    published=published,
                    progress=False,
                    run_id=run_id,
                )
            finally:
                shutil.rmtree(tmp, ignore_errors=True)

        self.futures[run_id] = self._pool.submit(self._guard, run_id, work)
        return run_id

    def submit_text(self, record: Record, *, user: str) -> str:
        """Queue one pasted article ``{"id","text","title"?,"published"?,"outlet"?,"url"?}``."""
        run_id = self._start({"user": user, "pasted": record.get("id")}, total=1)

        def work() -> None:
            ingest_items([("pasted", record)], self.store, analyse=self.analyse, total=1, run_id=run_id)

        self.futures[run_id] = self._pool.submit(self._guard, run_id, work)
        return run_id

    def _start(self, params: Record, *, total: int | None) -> str:
        return str(self.store.start_run("web-ingest", params=params, total=total))

    def _guard(self, run_id: str, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception as e:  # the thread must record why it died, or the page would wait forever
            log.exception("ingest job %s failed", run_id)
            run = self.store.get_run(run_id) or {}
            if run.get("status") == "running":
                self.store.finish_run(run_id, status="failed", message=f"{type(e).__name__}: {e}")

    def shutdown(self) -> None:
        """Wait for running jobs and stop the threads."""
        self._pool.shutdown(wait=True)
