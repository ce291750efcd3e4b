"""Knowledge-base commands: ``kb search`` (what the KB knows about a name) and ``kb stats``."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from typing import Any

import click

from marsad.errors import MarsadError
from marsad.kb.store import KnowledgeBase, load_kb

#: ``--kb-dir`` for any command that reads the KB (``extract`` threads it to ``marsad.kb.store.set_user_kb_dirs``).
kb_dir_option = click.option(
    "--kb-dir",
    "kb_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Extra knowledge-base directory merged over the bundled data (repeatable).",
)


def _load(kb_dirs: tuple[str, ...]) -> KnowledgeBase:
    try:
        return load_kb(extra_dirs=kb_dirs)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e


def _entry_dict(entry: Any) -> dict[str, Any]:
    return asdict(entry) if is_dataclass(entry) and not isinstance(entry, type) else {"value": repr(entry)}


@click.group("kb")
def kb_group() -> None:
    """Look into the knowledge base (actors, sources, places)."""


@kb_group.command("search")
@click.argument("text")
@kb_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--limit", type=int, default=20, show_default=True, help="Most entries to show.")
def search_cmd(text: str, kb_dirs: tuple[str, ...], as_json: bool, limit: int) -> None:
    """Show the KB entries whose name matches TEXT (exact alias first, then partial)."""
    hits = _load(kb_dirs).search(text, limit=limit)
    if as_json:
        out = [
            {
                "kind": h.kind,
                "id": h.id,
                "name_en": h.name_en,
                "alias": h.alias,
                "entry": _entry_dict(h.entry),
            }
            for h in hits
        ]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"KB: {text}")
    for col in ("kind", "id", "name_en", "type / feature", "category / kind", "country", "aliases"):
        table.add_column(col)
    for h in hits:
        e = h.entry
        aliases: tuple[str, ...] = tuple(getattr(e, "aliases", None) or getattr(e, "names_ar", None) or ())
        table.add_row(
            h.kind, h.id, h.name_en,
            str(getattr(e, "type", None) or getattr(e, "feature", "") or ""),
            str(getattr(e, "category", None) or (e.kind if h.kind == "source" else "") or ""),
            str(getattr(e, "country", "") or ""),
            "، ".join(aliases[:6]),
        )  # fmt: skip
    Console().print(table)
    if not hits:
        click.echo("no entry", err=True)


@kb_group.command("stats")
@kb_dir_option
def stats_cmd(kb_dirs: tuple[str, ...]) -> None:
    """Print the size of the knowledge base as JSON (actors, aliases, sources, places)."""
    click.echo(json.dumps(_load(kb_dirs).stats(), ensure_ascii=False, indent=2))


COMMANDS: list[click.Command] = [kb_group]
