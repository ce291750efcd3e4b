"""`marsad ingest --kb-dir`: user KB directories reach the extraction workers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.storage.store import Store


@pytest.fixture()
def _restore_kb_env():
    from marsad.kb.store import set_user_kb_dirs

    before = os.environ.get("MARSAD_KB_DIRS")
    yield
    set_user_kb_dirs([])
    if before is None:
        os.environ.pop("MARSAD_KB_DIRS", None)
    else:
        os.environ["MARSAD_KB_DIRS"] = before


@pytest.mark.usefixtures("_restore_kb_env")
def test_ingest_kb_dir_links_a_local_actor(runner: CliRunner, tmp_path: Path, user_kb_dir: Path) -> None:
    kb = user_kb_dir
    art = tmp_path / "a.txt"
    art.write_text("هاجمت كتيبة أبناء الوادي الأخضر حاجزاً لقوات النظام قرب بلدة كفرنبل.", encoding="utf-8")
    db = tmp_path / "s.db"
    res = runner.invoke(
        cli,
        ["ingest", str(art), "--db", str(db), "--published", "2024-01-02", "--kb-dir", str(kb),
         "--workers", "2", "--no-progress"],
    )
    assert res.exit_code == 0, res.output
    with Store(str(db)) as store:
        doc = store.get_document("a")
    assert doc is not None
    assert "TEST-BRIGADE" in {m.kb_id for m in doc.mentions}
