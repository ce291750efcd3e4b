"""``marsad users`` and ``marsad serve`` on the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from marsad.cli import cli
from marsad.storage.store import Store


def test_users_add_token_list_and_set(tmp_path: Path, runner: CliRunner) -> None:
    db = str(tmp_path / "u.db")
    r = runner.invoke(
        cli, ["users", "add", "lina", "--role", "reviewer", "--db", db], input="s3cret\ns3cret\n"
    )
    assert r.exit_code == 0, r.output
    dup = runner.invoke(cli, ["users", "add", "lina", "--role", "viewer", "--password", "x", "--db", db])
    assert dup.exit_code != 0 and "already exists" in dup.output
    tok = runner.invoke(cli, ["users", "token", "lina", "--db", db])
    assert tok.exit_code == 0
    secret = tok.output.strip()
    with Store(db) as store:
        assert store.user_for_token(secret)["name"] == "lina"
        assert store.verify_password("lina", "s3cret") is not None
    assert "lina\treviewer" in runner.invoke(cli, ["users", "list", "--db", db]).output
    r = runner.invoke(cli, ["users", "set", "lina", "--role", "viewer", "--disable", "--db", db])
    assert r.exit_code == 0 and "disabled" in r.output
    with Store(db) as store:
        assert store.verify_password("lina", "s3cret") is None


def test_users_token_for_unknown_user_fails(tmp_path: Path, runner: CliRunner) -> None:
    r = runner.invoke(cli, ["users", "token", "nobody", "--db", str(tmp_path / "u.db")])
    assert r.exit_code != 0 and "no user" in r.output


def test_serve_has_help(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "--port" in r.output
