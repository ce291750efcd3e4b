"""Web commands: ``serve`` (the analyst's web app and HTTP API) and ``users`` (accounts and API tokens)."""

from __future__ import annotations

import logging

import click

# one way to open the store from the command line (errors become one-line click errors)
from marsad.cli.store import DB_HELP
from marsad.cli.store import open_store as _store


@click.command("serve")
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--secure-cookies", is_flag=True, help="Mark the session cookie Secure (when served over HTTPS)."
)
@click.option(
    "--log-level", default="info", show_default=True, type=click.Choice(["debug", "info", "warning", "error"])
)
def serve_cmd(db: str | None, host: str, port: int, secure_cookies: bool, log_level: str) -> None:
    """Serve the web app and the HTTP API (OpenAPI docs at /docs), fully offline."""
    import uvicorn

    from marsad.web.app import create_app

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with _store(db) as store:
        if not store.list_users():
            click.echo("No users yet: create one with `marsad users add NAME --role admin`.", err=True)
        app = create_app(store, cookie_secure=secure_cookies)
        click.echo(f"marsad serving {store.url.split('@')[-1]} on http://{host}:{port}/", err=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level)


@click.group("users")
def users_cmd() -> None:
    """Manage web users (roles: admin, reviewer, viewer) and their API tokens."""


@users_cmd.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["admin", "reviewer", "viewer"]), default="viewer", show_default=True
)
@click.option("--password", help="Password (prompted for when absent).")
@click.option("--db", help=DB_HELP)
def users_add_cmd(name: str, role: str, password: str | None, db: str | None) -> None:
    """Create a user NAME with a role and a password."""
    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if not password:
        raise click.ClickException("an empty password is not allowed")
    with _store(db) as store:
        store.add_user(name, role, password=password)
    click.echo(f"user {name} added ({role})")


@users_cmd.command("token")
@click.argument("name")
@click.option("--label", help="A name for the token (e.g. the script using it).")
@click.option("--db", help=DB_HELP)
def users_token_cmd(name: str, label: str | None, db: str | None) -> None:
    """Create an API token for NAME (send it as `Authorization: Bearer TOKEN`); shown once."""
    with _store(db) as store:
        secret = store.create_token(name, name=label)
    click.echo(secret)


@users_cmd.command("list")
@click.option("--db", help=DB_HELP)
def users_list_cmd(db: str | None) -> None:
    """List users and roles."""
    with _store(db) as store:
        for u in store.list_users():
            flag = "\tdisabled" if u["disabled"] else ""
            click.echo(f"{u['name']}\t{u['role']}{flag}")


@users_cmd.command("set")
@click.argument("name")
@click.option("--role", type=click.Choice(["admin", "reviewer", "viewer"]))
@click.option("--password", is_flag=True, help="Prompt for a new password.")
@click.option("--disable/--enable", default=None, help="Disable or re-enable the account.")
@click.option("--db", help=DB_HELP)
def users_set_cmd(name: str, role: str | None, password: bool, disable: bool | None, db: str | None) -> None:
    """Change a user's role, password or enabled state."""
    pw = click.prompt("New password", hide_input=True, confirmation_prompt=True) if password else None
    with _store(db) as store:
        u = store.set_user(name, role=role, password=pw, disabled=disable)
    click.echo(f"user {u['name']}: {u['role']}{' (disabled)' if u['disabled'] else ''}")


COMMANDS: list[click.Command] = [serve_cmd, users_cmd]
