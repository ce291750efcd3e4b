"""``python -m marsad`` → the CLI."""

from marsad.cli import cli

if __name__ == "__main__":
    cli()
