"""Runs (jobs) of the store: ingest and other long tasks with status and progress counters.

The web app shows them as jobs; a run whose process died is marked ``interrupted``
by :meth:`RunsMixin.mark_interrupted_runs` (called when an ingest starts).
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.storage import schema as t

JSON = dict[str, Any]


def _now() -> str:
    # microseconds: runs started within the same second must still sort newest first
    return datetime.now(UTC).isoformat(timespec="microseconds")


class RunsMixin:
    """Run methods of :class:`marsad.storage.store.Store`."""

    engine: sa.Engine

    def start_run(self, kind: str, *, params: JSON | None = None, total: int | None = None) -> str:
        """Record a new run (job) as ``running`` and return its id (the process and host are kept in
        ``params`` so that :meth:`mark_interrupted_runs` can tell a dead run from a live one)."""
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8]
        params = {**(params or {}), "_pid": os.getpid(), "_host": socket.gethostname()}
        with self.engine.begin() as conn:
            conn.execute(
                t.runs.insert().values(
                    id=run_id,
                    kind=kind,
                    status="running",
                    started=_now(),
                    total=total,
                    params=params,
                    errors=[],
                )
            )
        return run_id

    def mark_interrupted_runs(self) -> list[str]:
        """Mark ``running`` runs whose process on this host is gone (killed, crashed) as ``interrupted``.

        Returns:
            The ids of the runs marked.
        """
        host, marked = socket.gethostname(), []
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.runs.c.id, t.runs.c.params).where(t.runs.c.status == "running")
            ).all()
        for row in rows:
            params = row.params or {}
            pid = params.get("_pid")
            if (
                params.get("_host") == host
                and isinstance(pid, int)
                and pid != os.getpid()
                and not _alive(pid)
            ):
                self.finish_run(
                    row.id, status="interrupted", message="the process stopped before the run ended"
                )
                marked.append(row.id)
        return marked

    def update_run(self, run_id: str, **values: Any) -> None:
        """Update a run's counters (processed, stored, skipped, failed, events, total), errors or message."""
        allowed = {
            "total",
            "processed",
            "stored",
            "skipped",
            "failed",
            "events",
            "errors",
            "message",
            "status",
        }
        bad = set(values) - allowed
        if bad:
            raise StoreError(f"unknown run fields: {sorted(bad)}")
        with self.engine.begin() as conn:
            conn.execute(t.runs.update().where(t.runs.c.id == run_id).values(**values))

    def finish_run(self, run_id: str, *, status: str = "done", message: str | None = None) -> None:
        """Mark a run finished (``done`` or ``failed``)."""
        with self.engine.begin() as conn:
            conn.execute(
                t.runs.update()
                .where(t.runs.c.id == run_id)
                .values(status=status, finished=_now(), message=message)
            )

    def get_run(self, run_id: str) -> JSON | None:
        """A run's status and counters, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.runs).where(t.runs.c.id == run_id)).first()
        return dict(row._mapping) if row else None

    def runs(self, *, limit: int = 20) -> list[JSON]:
        """The latest runs, newest first."""
        with self.engine.connect() as conn:
            return [
                dict(r._mapping)
                for r in conn.execute(
                    sa.select(t.runs).order_by(t.runs.c.started.desc(), t.runs.c.id.desc()).limit(limit)
                )
            ]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True
