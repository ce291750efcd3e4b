"""Ingest: read articles, analyse them on all cores, store each one in its own transaction.

The analysis function is injected (``marsad.service.analyse_records`` for the
local process pool, ``marsad.storage.dask_engine.DaskAnalyser`` for a Dask
cluster), so this module knows nothing about pipelines.  Only this process
writes to the store.  Articles already stored (same id or same content hash)
are skipped *before* analysis, which makes a re-run after a crash resume where
it stopped and a second run add nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from marsad.doc import Document
from marsad.errors import InputError, MarsadError, StoreError
from marsad.storage.readers import Item, Record, count_records, iter_records
from marsad.storage.records import content_hash
from marsad.storage.store import Store

log = logging.getLogger(__name__)

Analyser = Callable[[Iterable[Record]], Iterator[tuple[Record, "Document | BaseException"]]]
MAX_ERRORS_KEPT = 200


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    run_id: str = ""
    seen: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (or twice in this input)
    failed: int = 0  # unreadable input or analysis error
    events: int = 0
    seconds: float = 0.0
    total: int | None = None
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Inputs finished: stored, skipped or failed (``seen`` also counts those still being analysed)."""
        return self.stored + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second."""
        return self.stored / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.stored} stored ({self.events} events), {self.skipped} already stored, {self.failed} failed "
            f"of {self.seen} in {self.seconds:.1f}s ({self.rate:.2f} articles/s) [run {self.run_id}]"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "run_id": self.run_id,
            "seen": self.seen,
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": self.failed,
            "events": self.events,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.rate, 3),
            "errors": self.errors,
        }


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    analyse: Analyser,
    published: str | None = None,
    outlet: str | None = None,
    progress: bool = True,
    run_id: str | None = None,
) -> IngestReport:
    """Ingest files, directories and feed URLs into a store.

    Args:
        paths: inputs (see ``marsad.storage.readers``).
        store: the store to write to.
        analyse: ``records -> (record, Document or exception)`` pairs (e.g. ``marsad.service.analyse_records``).
        published: publication date for ``.txt`` files without a sidecar date.
        outlet: outlet for records without one.
        progress: show a progress bar on stderr.
        run_id: an existing run to report into (the web app creates it first); default: a new run.
    """
    paths = [str(p) for p in paths]
    total = count_records(paths)
    items = iter_records(paths, published=published, outlet=outlet)
    return ingest_items(
        items,
        store,
        analyse=analyse,
        total=total,
        progress=progress,
        run_id=run_id,
        params={"paths": paths, "published": published, "outlet": outlet},
    )


def ingest_items(
    items: Iterable[Item],
    store: Store,
    *,
    analyse: Analyser,
    total: int | None = None,
    progress: bool = False,
    run_id: str | None = None,
    params: dict[str, Any] | None = None,
) -> IngestReport:
    """Ingest ``(where, record or InputError)`` items (the web app's uploads and pasted articles use this).

    Args:
        items: records to store, as yielded by ``readers.iter_records``.
        store: the store to write to.
        analyse: the analysis function.
        total: number of items, for the progress bar and the job's progress.
        progress: show a progress bar on stderr.
        run_id: an existing run to report into; default: a new run.
        params: recorded with a new run.
    """
    report = IngestReport(total=total)
    store.mark_interrupted_runs()
    report.run_id = run_id or store.start_run("ingest", params=params, total=total)
    if run_id and total is not None:
        store.update_run(run_id, total=total)
    t0 = time.perf_counter()
    # known ids and hashes are read once, here: the generator below runs in the process pool's feeder
    # thread, which must not share a database connection with the writer
    known_ids, known_hashes = store.article_keys()
    pending: set[str] = set()
    sources: dict[str, str] = {}

    def fresh() -> Iterator[Record]:
        for where, rec in items:
            report.seen += 1
            if isinstance(rec, InputError):
                _fail(report, where, str(rec))
                continue
            h = content_hash(rec["text"])
            if rec["id"] in pending or h in pending or rec["id"] in known_ids or h in known_hashes:
                report.skipped += 1
                continue
            pending.update((rec["id"], h))
            sources[rec["id"]] = where
            yield rec

    bar = _progress_bar(progress)
    task = bar.add_task("ingest", total=total) if bar else None
    last = 0.0
    try:
        if bar:
            bar.start()
        for rec, result in analyse(fresh()):
            where = sources.pop(rec["id"], str(rec.get("id")))
            if isinstance(result, BaseException):
                _fail(report, where, str(result))
            else:
                try:
                    saved = store.save_document(result, run_id=report.run_id, title=rec.get("title"))
                except StoreError as e:
                    _fail(report, where, str(e))
                    continue
                if saved.stored:
                    report.stored += 1
                    report.events += saved.n_events
                else:
                    report.skipped += 1
            now = time.perf_counter()
            if bar and task is not None:
                bar.update(task, completed=report.done, description=f"{report.stored} stored")
            if now - last > 1.0:
                last = now
                _save_counts(store, report)
    except BaseException as e:
        report.seconds = time.perf_counter() - t0
        _save_counts(store, report)
        store.finish_run(report.run_id, status="failed", message=f"{type(e).__name__}: {e}")
        raise
    finally:
        if bar:
            bar.stop()
    report.seconds = time.perf_counter() - t0
    _save_counts(store, report)
    store.finish_run(report.run_id, status="done", message=report.describe())
    return report


def _fail(report: IngestReport, where: str, reason: str) -> None:
    report.failed += 1
    log.debug("skipped %s: %s", where, reason)
    if len(report.errors) < MAX_ERRORS_KEPT:
        report.errors.append({"source": where, "reason": reason})


def _save_counts(store: Store, report: IngestReport) -> None:
    try:
        store.update_run(
            report.run_id,
            processed=report.done,
            stored=report.stored,
            skipped=report.skipped,
            failed=report.failed,
            events=report.events,
            errors=report.errors,
        )
    except MarsadError as e:  # progress is informative; never lose the ingest over it
        log.warning("cannot record progress: %s", e)


def _progress_bar(enabled: bool) -> Progress | None:
    if not enabled:
        return None
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


class _RateColumn(ProgressColumn):
    """Items per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.2f}/s" if speed else "-/s", style="cyan")
