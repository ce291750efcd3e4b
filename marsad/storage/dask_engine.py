"""Extraction on a Dask cluster: ``marsad ingest … --engine dask [--scheduler ADDRESS]``.

The workers run the analysis function on batches of records and send the
Documents back; the calling process stays the only writer of the store.  With
no scheduler address a ``distributed.LocalCluster`` of worker processes is
started (and stopped by :meth:`DaskAnalyser.close`).  Results come back in
input order, with a bounded number of batches in flight so memory stays flat.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from marsad.doc import Document
from marsad.errors import MarsadError

log = logging.getLogger(__name__)

Record = dict[str, Any]


def analyse_batch(records: list[Record], analyse: Callable[[Record], Document]) -> list[tuple[Record, Any]]:
    """Run on a worker: analyse each record, turning failures into errors so one bad article
    does not fail the batch."""
    out: list[tuple[Record, Any]] = []
    for rec in records:
        try:
            out.append((rec, analyse(rec)))
        except MarsadError as e:
            out.append((rec, e))
        except Exception as e:  # a bug on one article must not stop the run; report it with its type
            out.append((rec, MarsadError(f"[E099] {rec.get('id')}: internal error {type(e).__name__}: {e}")))
    return out


class DaskAnalyser:
    """An ``analyse`` function for :func:`marsad.storage.ingest.ingest` that runs on Dask.

    Args:
        analyse: ``record -> Document``, importable on the workers (e.g. ``marsad.service.analyse``).
        scheduler: a scheduler address (``tcp://host:8786``); None starts a local cluster.
        n_workers: worker processes of the local cluster.
        batch_size: records per task.
        in_flight: batches submitted ahead per worker.
    """

    def __init__(
        self,
        analyse: Callable[[Record], Document],
        *,
        scheduler: str | None = None,
        n_workers: int = 2,
        batch_size: int = 8,
        in_flight: int = 4,
    ) -> None:
        from distributed import Client, LocalCluster

        self.analyse = analyse
        self.batch_size = batch_size
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})) or n_workers)
        self.max_in_flight = workers * in_flight
        log.info("dask: %d workers", workers)

    def __call__(self, records: Iterable[Record]) -> Iterator[tuple[Record, Document | BaseException]]:
        """Analyse records on the cluster, yielding ``(record, Document or error)`` in input order."""
        it = iter(records)
        queue: deque[Any] = deque()

        def submit() -> bool:
            batch = list(islice(it, self.batch_size))
            if not batch:
                return False
            queue.append(self.client.submit(analyse_batch, batch, self.analyse, pure=False))
            return True

        while len(queue) < self.max_in_flight and submit():
            pass
        while queue:
            future = queue.popleft()
            submit()
            try:
                results = future.result()
            except Exception as e:  # the worker died or the task failed as a whole: report, keep going
                log.error("dask batch failed: %s", e)
                continue
            yield from results

    def close(self) -> None:
        """Disconnect (and stop the local cluster)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
