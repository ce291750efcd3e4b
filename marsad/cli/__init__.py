"""The ``marsad`` command line: a thin click layer over the library.

Each area keeps its commands in its own module of this package; this module
only builds the group.  Library errors become ``click.ClickException`` at this
edge and nowhere else.
"""

from __future__ import annotations

import importlib

import click

from marsad import __version__

# Modules of this package whose ``COMMANDS`` list is added to the group, in help order.
_COMMAND_MODULES = [
    "marsad.cli.core",  # extract, segment, demo
    "marsad.cli.kb",  # kb search
    "marsad.cli.ner",  # tag, train-ner
    "marsad.cli.temporal",  # dates
    "marsad.cli.geo",  # geocode, gazetteer import
    "marsad.cli.events",  # explain
    "marsad.cli.store",  # ingest, export, stats
    "marsad.cli.web",  # serve, users
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad — Arabic news in, verifiable event data out."""


for _name in _COMMAND_MODULES:
    for _cmd in importlib.import_module(_name).COMMANDS:
        cli.add_command(_cmd)
