"""Commands to inspect dates and casualty numbers: ``marsad dates`` and ``marsad numbers``."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date

import click

COMMANDS: list[click.Command] = []


def _iso(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise click.BadParameter(f"not an ISO date: {value!r}", param_hint="--published") from None


@click.command("dates")
@click.option("--published", help="Publication date (YYYY-MM-DD); without it values are null.")
@click.option("--dateline", help="Dateline text or date, used as the anchor when readable.")
def dates_cmd(published: str | None, dateline: str | None) -> None:
    """Read Arabic text on stdin; print each date expression found, one JSON object per line.

    Each line holds the span (start, end offsets into the input), the text, and
    the resolution: value, end_value, precision (day|week|month|year),
    time_precision (ACLED 1|2|3), kind and attrs (conflicts, part of day...).
    """
    from marsad.temporal.resolve import find_times

    text = sys.stdin.read()
    for t in find_times(text, published=_iso(published), dateline=dateline):
        click.echo(json.dumps(asdict(t), ensure_ascii=False))


@click.command("numbers")
def numbers_cmd() -> None:
    """Read Arabic text on stdin; print each casualty/count quantity, one JSON object per line.

    Fields: start, end, text, value (ACLED lowest figure; null when no number
    is given), kind (killed|wounded|arrested|displaced|abducted), approximate.
    """
    from marsad.numbers.casualties import find_quantities

    text = sys.stdin.read()
    for q in find_quantities(text):
        click.echo(json.dumps(asdict(q), ensure_ascii=False))


COMMANDS.extend([dates_cmd, numbers_cmd])
