"""Event commands: ``explain`` (each event with its evidence highlighted and the reasons for its arguments)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marsad.errors import MarsadError
from marsad.events.explain import explain
from marsad.io import read_text_file
from marsad.service import analyse

_STYLE = {"trigger": "bold reverse red", "source": "bold cyan", "recipient": "bold magenta",
          "location": "bold green", "date": "bold yellow", "attribution": "italic blue"}


@click.command("explain")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", help="Publication date (ISO) used to resolve relative dates.")
@click.option("--type", "only_type", help="Show only events of this PLOVER type.")
def explain_cmd(file: str, published: str | None, only_type: str | None) -> None:
    """Print each event of an article with its evidence highlighted and why each argument was chosen."""
    try:
        text = sys.stdin.read() if file == "-" else read_text_file(file)
        doc = analyse({"id": Path(file).stem if file != "-" else "stdin", "text": text, "published": published})
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    console = Console()
    events = [ev for ev in doc.events if not only_type or ev["type"] == only_type.upper()]
    if not events:
        console.print("no events found")
        return
    for ev in events:
        x = explain(doc.text, ev)
        console.rule(x.title)
        for seg in x.segments:
            t = Text()
            for part, role in seg:
                t.append(part, style=_STYLE.get(role, ""))
            console.print(t)
        table = Table(show_header=True, header_style="bold")
        for col in ("field", "value", "why"):
            table.add_column(col, overflow="fold")
        for f, v, w in x.lines:
            table.add_row(f, v, w)
        console.print(table)


COMMANDS: list[click.Command] = [explain_cmd]
