"""Batch extraction from JSON Lines to JSON Lines, resumable, on all cores.

Each output line is ``{"id", ...document..., "events": [...]}`` and is written
and flushed as soon as its article is done, in input order.  On start, ids
already present in the output are skipped (a crash mid-batch resumes rather
than redoes); a torn last line left by a crash is cut off first.  Bad input
lines are reported on stderr with their line number and skipped.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from marsad.doc import Document
from marsad.errors import InputError, MarsadError
from marsad.io import iter_jsonl
from marsad.service import analyse_records

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did."""

    written: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the terminal."""
        rate = self.written / self.seconds if self.seconds else 0.0
        return (
            f"{self.written} written, {self.skipped} already done, {self.failed} failed "
            f"in {self.seconds:.1f}s ({rate:.1f} articles/s)"
        )


def done_ids(output: Path) -> set[str]:
    """Ids already in an output file; a torn final line (crash mid-write) is truncated away."""
    ids: set[str] = set()
    if not output.exists():
        return ids
    good_end = 0
    with open(output, "rb") as f:
        for raw in f:
            try:
                ids.add(str(json.loads(raw)["id"]))
                good_end += len(raw)
            except (ValueError, KeyError):
                break
    if good_end != output.stat().st_size:
        log.warning("truncating a torn line at byte %d of %s", good_end, output)
        with open(output, "r+b") as f:
            f.truncate(good_end)
    return ids


def count_lines(path: Path) -> int:
    """Non-blank lines of a file (for the progress total)."""
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    workers: int = 1,
    resume: bool = True,
    console: Console | None = None,
) -> BatchSummary:
    """Extract every article of ``input_path`` into ``output_path``.

    Args:
        input_path: JSON-lines articles.
        output_path: JSON-lines documents with events.
        workers: worker processes.
        resume: skip ids already in the output (else the output is overwritten).
        console: where progress and errors go (default: stderr).
    """
    src, out = Path(input_path), Path(output_path)
    console = console or Console(stderr=True)
    summary = BatchSummary()
    seen = done_ids(out) if resume else set()
    total = count_lines(src)
    t0 = time.perf_counter()
    bad: list[tuple[int, InputError]] = []

    def records() -> Iterator[dict[str, Any]]:
        for n, rec in iter_jsonl(src):
            if isinstance(rec, InputError):
                bad.append((n, rec))
                continue
            if rec["id"] in seen:
                summary.skipped += 1
                continue
            seen.add(rec["id"])
            yield rec

    columns = (
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    mode = "ab" if resume else "wb"  # the workers send each line as UTF-8 bytes (``encoded_output_line``)
    with open(out, mode) as f, Progress(
        *columns, console=console, disable=not console.is_terminal and not os.environ.get("MARSAD_PROGRESS")
    ) as progress:
        task = progress.add_task("extract", total=total, rate="")
        for rec, result in analyse_records(records(), workers=workers, finish=encoded_output_line):
            _report_bad(bad, summary, console, progress, task)
            if isinstance(result, MarsadError):
                summary.failed += 1
                summary.errors.append(str(result))
                console.print(f"[red]skipped[/red] {rec.get('id')}: {result}", highlight=False)
            else:
                f.write(result)
                f.flush()
                summary.written += 1
            elapsed = time.perf_counter() - t0
            progress.update(task, advance=1, rate=f"{summary.written / elapsed:.1f}/s" if elapsed else "")
        _report_bad(bad, summary, console, progress, task)
    summary.seconds = time.perf_counter() - t0
    return summary


def _report_bad(bad: list[tuple[int, InputError]], summary: BatchSummary, console: Console, progress: Progress, task: Any) -> None:
    while bad:
        n, err = bad.pop(0)
        summary.failed += 1
        summary.errors.append(str(err))
        console.print(f"[red]bad line {n}[/red]: {err}", highlight=False)
        progress.update(task, advance=1)


def output_line(doc: Document) -> str:
    """The JSON line written for one document (built in the worker process): its id first, events last."""
    return doc.to_json() + "\n"


def encoded_output_line(doc: Document) -> bytes:
    """``output_line(doc)`` in UTF-8, as the worker hands it to ``run_batch``: the parent process writes the
    bytes as they come (a string would be decoded from the pickle and encoded again there)."""
    return output_line(doc).encode("utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: marsad extract --input IN.jsonl --output OUT.jsonl")
