"""The README's first command: `marsad demo` on the bundled sample articles."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import cli


def test_demo_ingests_samples_once(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    res = runner.invoke(cli, ["demo", "--db", str(db), "--json", "--workers", "1"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["ingest"]["stored"] == 6 and out["ingest"]["failed"] == 0
    assert out["events"], "the sample articles describe events"
    assert all(e["record"]["evidence"]["trigger"]["text"] for e in out["events"])
    again = json.loads(runner.invoke(cli, ["demo", "--db", str(db), "--json", "--workers", "1"]).output)
    assert again["ingest"]["stored"] == 0 and again["ingest"]["skipped"] == 6
    assert len(again["events"]) == len(out["events"])


def test_demo_human_output(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(cli, ["demo", "--db", str(tmp_path / "d.db"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "articles stored" in res.output and "marsad serve" in res.output
