"""Core commands: ``extract`` (one article or a JSON-lines batch) and ``segment``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console

# Batch work lives in marsad.batch so this module stays a thin layer.
from marsad.batch import run_batch
from marsad.cli.kb import kb_dir_option
from marsad.errors import MarsadError
from marsad.io import read_article_bytes, read_text_file
from marsad.service import analyse, default_workers, use_kb_dirs, use_stages


@click.command("extract")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", help="Publication date (ISO) used to resolve relative dates.")
@click.option("--id", "doc_id", help="Document id (default: the file name).")
@click.option("--outlet", help="Outlet name.")
@click.option("--url", help="Article URL.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False), help="Batch: JSON-lines articles.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False), help="Batch: JSON-lines output.")
@click.option("--workers", type=int, default=None, help="Batch: worker processes (default: all cores).")
@click.option("--no-resume", is_flag=True, help="Batch: start over instead of skipping ids already in OUTPUT.")
@click.option(
    "--stages",
    help="Comma-separated pipeline stages to run instead of the full pipeline, e.g. 'tokenizer' or "
    "'tokenizer,entity_ruler' (registered names; a stage's requirements must come before it).",
)
@kb_dir_option
def extract_cmd(
    file: str | None,
    published: str | None,
    doc_id: str | None,
    outlet: str | None,
    url: str | None,
    fmt: str,
    input_path: str | None,
    output_path: str | None,
    workers: int | None,
    no_resume: bool,
    stages: str | None,
    kb_dirs: tuple[str, ...],
) -> None:
    """Extract events from one article (FILE or - for stdin) or, with --input, a batch.

    A single article prints the document JSON (sentences, tokens, mentions,
    times, places, events).  A batch reads lines {"id","text","published"?,
    "outlet"?,"url"?} and writes one line per article; bad lines are reported
    on stderr and skipped; an interrupted batch resumes where it stopped.
    """
    use_kb_dirs(kb_dirs)
    try:
        use_stages([x.strip() for x in stages.split(",") if x.strip()] if stages else None)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    if input_path:
        if file:
            raise click.UsageError("give either FILE or --input, not both")
        if not output_path:
            raise click.UsageError("--input needs --output")
        try:
            summary = run_batch(
                input_path, output_path, workers=workers or default_workers(), resume=not no_resume
            )
        except MarsadError as e:
            raise click.ClickException(str(e)) from e
        click.echo(summary.describe(), err=True)
        if summary.failed and not summary.written and not summary.skipped:
            sys.exit(1)
        return
    if not file:
        raise click.UsageError("give an article FILE (or - for stdin), or --input DOCS.jsonl --output OUT.jsonl")
    try:
        if file == "-":
            text = read_article_bytes(sys.stdin.buffer.read(), name="stdin")
        else:
            text = read_text_file(file)
        record: dict[str, Any] = {
            "id": doc_id or (Path(file).stem if file != "-" else "stdin"),
            "text": text,
            "published": published,
            "outlet": outlet,
            "url": url,
        }
        doc = analyse(record)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    _dump(doc.to_dict(), sys.stdout, pretty=fmt == "json")


def _dump(data: dict[str, Any], out: TextIO, *, pretty: bool) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None))
    out.write("\n")


@click.command("segment")
def segment_cmd() -> None:
    """Clitic-segment text lines from stdin: every word becomes its segments joined by "+"."""
    from marsad.text.clitics import segment_line

    for line in sys.stdin:
        body = line.rstrip("\n")
        sys.stdout.write(segment_line(body) + ("\n" if line.endswith("\n") else ""))


@click.command("demo")
@click.option("--db", default="marsad-demo.db", show_default=True, help="SQLite file to create or extend.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def demo_cmd(db: str, workers: int | None, as_json: bool) -> None:
    """Run the main job on the bundled sample articles: extract, store in SQLite, merge duplicates, list events."""
    from marsad.service import run_demo

    try:
        result = run_demo(db, workers=workers, progress=not as_json)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        _dump(result, sys.stdout, pretty=True)
        return
    from marsad.cli.render import events_table

    console = Console()
    ing = result["ingest"]
    console.print(f"[bold]{db}[/bold]: {ing['stored']} articles stored ({ing['skipped']} already there), "
                  f"{len(result['events'])} events, {result['dedup'].get('merged_events', 0)} reports merged into "
                  f"{result['dedup'].get('canonical', 0)} canonical events")
    console.print(events_table(result["events"]))
    console.print(f"Next: [bold]marsad serve --db {db}[/bold] and open http://127.0.0.1:8000")


COMMANDS: list[click.Command] = [extract_cmd, segment_cmd, demo_cmd]
