"""Store commands: ``ingest``, ``export``, ``stats``, ``dedup`` (thin layer over ``marsad.storage``)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from marsad.cli.kb import kb_dir_option
from marsad.errors import MarsadError

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) is imported by the commands that use it
    from marsad.storage.ingest import Analyser
    from marsad.storage.store import Store

DB_HELP = (
    "Database: a SQLite file (created if missing) or a postgresql:// URL. Default: $MARSAD_DB or marsad.db."
)


@contextmanager
def open_store(db: str | None) -> Iterator[Store]:
    """Open the store for a command; library errors become ``click.ClickException``."""
    from marsad.storage.store import Store

    try:
        store = Store(db)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    try:
        yield store
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()


def _analyser(
    engine: str, *, workers: int | None, scheduler: str | None
) -> tuple[Analyser, Callable[[], None]]:
    """The analysis function of an engine and how to release it."""
    if engine == "dask":
        from marsad.service import analyse
        from marsad.storage.dask_engine import DaskAnalyser

        try:
            dask = DaskAnalyser(analyse, scheduler=scheduler, n_workers=workers or 2)
        except (OSError, TimeoutError) as e:
            raise click.ClickException(f"cannot reach the Dask scheduler {scheduler}: {e}") from e
        return dask, dask.close

    from marsad.service import analyse_records

    def local(records: Iterable[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Any]]:
        return analyse_records(records, workers=workers)

    return local, lambda: None


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--published", help="Publication date (ISO) for .txt files without a sidecar date.")
@click.option("--outlet", help="Outlet name for articles that do not name one.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (default: a local 2-worker cluster).")
@click.option("--no-dedup", is_flag=True, help="Do not link reports of the same event after ingest.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@kb_dir_option
def ingest_cmd(
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    outlet: str | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    no_dedup: bool,
    no_progress: bool,
    as_json: bool,
    kb_dirs: tuple[str, ...],
) -> None:
    """Analyse and store articles: .txt (+ sidecar .json), .jsonl, .html, RSS/Atom feeds (files or URLs), directories.

    Articles already stored (same id or same text) are skipped, so re-running
    after an interruption resumes; unreadable files and lines are reported and skipped.
    """
    from marsad.service import use_kb_dirs
    from marsad.storage.dedup import dedup_store
    from marsad.storage.ingest import ingest

    if kb_dirs:
        # local workers are forked after this; Dask workers started here inherit the environment
        use_kb_dirs(kb_dirs)
        os.environ["MARSAD_KB_DIRS"] = os.pathsep.join(str(Path(d).resolve()) for d in kb_dirs)
    with open_store(db) as store:
        analyser, close = _analyser(engine, workers=workers, scheduler=scheduler)
        try:
            report = ingest(
                paths, store, analyse=analyser, published=published, outlet=outlet, progress=not no_progress
            )
        finally:
            close()
        merged = None if no_dedup else dedup_store(store, run_id=report.run_id)
    for err in report.errors[:20]:
        click.echo(f"skipped {err['source']}: {err['reason']}", err=True)
    if as_json:
        out = report.to_dict()
        out["dedup"] = merged.to_dict() if merged else None
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        click.echo(report.describe(), err=True)
        if merged:
            click.echo(merged.describe(), err=True)


@click.command("dedup")
@click.option("--db", help=DB_HELP)
@click.option("--undo", "undo", metavar="CANONICAL_ID", help="Split a canonical event back into its reports.")
@click.option("--explain", metavar="CANONICAL_ID", help="Show why reports were linked.")
@click.option("--rebuild", is_flag=True, help="Recompute every link (reviewer splits are kept).")
def dedup_cmd(db: str | None, undo: str | None, explain: str | None, rebuild: bool) -> None:
    """Link reports of the same real event from different articles into canonical events."""
    from marsad.storage.dedup import dedup_store, undo_canonical

    with open_store(db) as store:
        if undo:
            ids = undo_canonical(store, undo)
            if not ids:
                raise click.ClickException(f"no canonical event {undo!r}")
            click.echo(f"split {undo} into {len(ids)} events: {', '.join(ids)}")
            return
        if explain:
            c = store.get_canonical(explain)
            if c is None:
                raise click.ClickException(f"no canonical event {explain!r}")
            click.echo(json.dumps(c, ensure_ascii=False, indent=2))
            return
        click.echo(dedup_store(store, rebuild=rebuild).describe())


@click.command("export")
@click.option("--db", help=DB_HELP)
@click.option(
    "--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "plover", "gexf"]), required=True
)
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True
)
@click.option("--from", "date_from", help="First date (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Last date (YYYY-MM-DD).")
@click.option("--country", help="Country code(s), comma-separated.")
@click.option("--admin1", help="Governorate(s)/region(s), comma-separated.")
@click.option("--type", "etype", help="Event type(s), comma-separated.")
@click.option("--actor", help="Actor id(s) or names, comma-separated.")
@click.option("--outlet", help="Outlet(s), comma-separated.")
@click.option("--factuality", help="Factuality value(s), comma-separated.")
@click.option("--review-state", help="machine, accepted, rejected.")
@click.option("--text", help="Free text (normalised Arabic).")
@click.option("--all-reports", is_flag=True, help="One row per report instead of per canonical event.")
def export_cmd(
    db: str | None,
    fmt: str,
    out: str,
    date_from: str | None,
    date_to: str | None,
    country: str | None,
    admin1: str | None,
    etype: str | None,
    actor: str | None,
    outlet: str | None,
    factuality: str | None,
    review_state: str | None,
    text: str | None,
    all_reports: bool,
) -> None:
    """Export events: ACLED-style CSV, GeoJSON, JSON Lines, PLOVER JSON or GEXF (actor network)."""
    from marsad.storage.export import export
    from marsad.storage.filters import EventFilter

    f = EventFilter(
        date_from=date_from,
        date_to=date_to,
        country=country,
        admin1=admin1,
        type=etype,
        actor=actor,
        outlet=outlet,
        factuality=factuality,
        review_state=review_state,
        text=text,
        collapse_duplicates=not all_reports,
    )
    with open_store(db) as store:
        if out == "-":
            n = export(store, fmt, sys.stdout, f=f)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = export(store, fmt, fh, f=f)
    click.echo(f"{n} events exported", err=True)


@click.command("stats")
@click.option("--db", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def stats_cmd(db: str | None, as_json: bool) -> None:
    """Counts by type, month, governorate and outlet; events per article; duplicates merged."""
    from marsad.storage.stats import format_stats, store_stats

    with open_store(db) as store:
        data = store_stats(store)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else format_stats(data))


COMMANDS: list[click.Command] = [ingest_cmd, export_cmd, stats_cmd, dedup_cmd]
