"""Killing ``marsad ingest`` mid-run and re-running ends with the counts of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_helpers import DATA

from marsad.storage.readers import iter_records
from marsad.storage.store import Store

N_COPIES = 8


def _corpus(path: Path) -> Path:
    """Team-written articles multiplied with varied ids (and a varied closing line, so hashes differ)."""
    base = [
        r
        for _, r in iter_records([DATA / "ingest" / "corpus"], published="2024-05-05")
        if isinstance(r, dict)
    ]
    out = path / "many.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(N_COPIES):
            for rec in base:
                f.write(
                    json.dumps(
                        {**rec, "id": f"{rec['id']}-copy{i}", "text": rec["text"] + f"\nنسخة رقم {i}."},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return out


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "marsad",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--no-progress",
        "--json",
        "--workers",
        "2",
        "--no-dedup",
    ]


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _state(db: Path) -> tuple[list, list]:
    s = Store(str(db))
    arts = sorted(a["id"] for a in s.iter_articles())
    events = sorted((e["id"], json.dumps(e["record"], sort_keys=True)) for e in s.iter_events())
    s.close()
    return arts, events


@pytest.mark.slow
def test_kill_and_resume_equals_uninterrupted_run(tmp_path):
    corpus = _corpus(tmp_path)
    total = sum(1 for _ in corpus.open(encoding="utf-8"))
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    killed_db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        _ingest_cmd(corpus, killed_db),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while _count(killed_db, "articles") < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus bigger"
    os.killpg(proc.pid, signal.SIGKILL)  # the writer and its worker processes
    proc.wait(timeout=30)
    partial = _count(killed_db, "articles")
    assert 3 <= partial < total

    resumed = subprocess.run(
        _ingest_cmd(corpus, killed_db), env=env, capture_output=True, text=True, timeout=600
    )
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout.strip().splitlines()[-1])
    assert summary["skipped"] >= partial and summary["stored"] == total - summary["skipped"]

    runs = Store(str(killed_db)).runs()
    assert [r["status"] for r in runs] == ["done", "interrupted"]  # the killed run is marked on resume

    clean_db = tmp_path / "clean.db"
    clean = subprocess.run(
        _ingest_cmd(corpus, clean_db), env=env, capture_output=True, text=True, timeout=600
    )
    assert clean.returncode == 0, clean.stderr
    assert _state(killed_db) == _state(clean_db)
    assert _count(killed_db, "articles") == total

    again = subprocess.run(
        _ingest_cmd(corpus, killed_db), env=env, capture_output=True, text=True, timeout=600
    )
    assert json.loads(again.stdout.strip().splitlines()[-1])["stored"] == 0
    assert _state(killed_db) == _state(clean_db)
