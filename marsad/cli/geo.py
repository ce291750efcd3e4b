"""Places commands: ``marsad geocode`` and ``marsad gazetteer import|stats``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.errors import MarsadError

COMMANDS: list[click.Command] = []


@click.command("geocode")
@click.argument("text")
@click.option(
    "--context", help="More text (headline, dateline, nearby sentences) whose places help to decide."
)
@click.option(
    "--country", default="SY", show_default=True, help="The article's country (ISO2) used as a prior."
)
@click.option(
    "--top", default=5, show_default=True, type=click.IntRange(1, 100), help="Candidates per place."
)
@click.option(
    "--gazetteer-dir",
    "gazetteer_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="User gazetteer directory (from `marsad gazetteer import`) merged over the bundled one.",
)
def geocode_cmd(
    text: str, context: str | None, country: str, top: int, gazetteer_dirs: tuple[Path, ...]
) -> None:
    """Find the places in TEXT and print their ranked candidates with scores as JSON.

    Each place expression gets its span (start, end), its text and up to --top candidates with
    place_id (GeoNames id or curated mrsd: id), names, admin1/admin2/admin3, country, lat/lon,
    ACLED geo_precision (1 site/town, 2 near/part of an area, 3 region/governorate) and score.
    """
    from marsad.geo.resolve import Geocoder, candidate_dict
    from marsad.kb.places import load_places

    try:
        geo = Geocoder(load_places(extra_dirs=gazetteer_dirs), country=country or None)
        res = geo.geocode(text, context=context, top=top)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    out = [
        {
            "start": r.match.start,
            "end": r.match.end,
            "text": r.text,
            "candidates": [candidate_dict(c) for c in r.candidates],
        }
        for r in res
    ]
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Manage the place gazetteer: import GeoNames dumps, show statistics."""


@gazetteer_group.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--alternate-names",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GeoNames alternateNamesV2 (.zip or .txt); its Arabic (ar) names are added.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("gazetteer"),
    show_default=True,
    help="User gazetteer directory to write (pass it to --gazetteer-dir / load_places(extra_dirs=...)).",
)
@click.option("--country", help="Keep only this country code (ISO2) from the dump.")
def gazetteer_import_cmd(
    dump: Path, alternate_names: Path | None, out_dir: Path, country: str | None
) -> None:
    """Import a GeoNames country dump (SY.zip or SY.txt, 19-column format) into a user gazetteer dir.

    Populated places, admin divisions, camps, airports, military sites, crossings, regions and
    natural features are kept with their Arabic names (from --alternate-names, else from the
    dump's own alternatenames column).  The bundled gazetteer stays as is; the imported file is
    merged over it when the directory is given to `marsad geocode --gazetteer-dir`.
    """
    from marsad.geo.gazio import import_geonames
    from marsad.kb.places import write_places_tsv

    try:
        rows = import_geonames(dump, alternate_names=alternate_names, country=country)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    stem = dump.name.split(".")[0]
    target = out_dir / f"places_geonames_{stem}.tsv"
    note = f"Imported by `marsad gazetteer import` from {dump.name}. Data: GeoNames.org, CC BY 4.0."
    n = write_places_tsv(target, rows, note=note)
    with_ar = sum(1 for r in rows if r["names_ar"])
    click.echo(f"wrote {n} places ({with_ar} with Arabic names) to {target}")


@gazetteer_group.command("stats")
@click.option(
    "--gazetteer-dir",
    "gazetteer_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="User gazetteer directory merged over the bundled one.",
)
def gazetteer_stats_cmd(gazetteer_dirs: tuple[Path, ...]) -> None:
    """Print gazetteer statistics as JSON: places with/without Arabic names, by feature and country."""
    from marsad.kb.places import load_places

    try:
        stats = load_places(extra_dirs=gazetteer_dirs).stats()
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    click.echo(json.dumps(stats, ensure_ascii=False, indent=2))


COMMANDS.extend([geocode_cmd, gazetteer_group])
