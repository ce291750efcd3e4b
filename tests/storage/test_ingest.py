"""Ingest: readers for every input form, idempotence, bad input, one transaction per article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from storage_helpers import DATA

from marsad.cli import cli
from marsad.doc import Document
from marsad.errors import StoreError
from marsad.service import make_document
from marsad.storage.ingest import ingest
from marsad.storage.readers import count_records, iter_records
from marsad.storage.store import Store

CORPUS = DATA / "ingest" / "corpus"


def fake_analyse(records):
    """Documents with one hand-made event per article (no extractor), in input order."""
    for rec in records:
        doc = make_document(rec)
        doc.events = [
            {
                "type": "ASSAULT",
                "source": [],
                "recipient": [],
                "location": None,
                "date": {"value": rec.get("published")},
                "factuality": "asserted",
                "evidence": {
                    "sentence": 0,
                    "start": 0,
                    "end": min(10, len(doc.text)),
                    "trigger": {"text": doc.text[:3], "start": 0, "end": 3},
                },
            }
        ]
        yield rec, doc


def _records(**kw):
    ok, bad = {}, []
    for where, rec in iter_records([CORPUS], **kw):
        if isinstance(rec, dict):
            ok[rec["id"]] = rec
        else:
            bad.append((where, str(rec)))
    return ok, bad


def test_iter_records_reads_every_form():
    ok, bad = _records(published="2024-05-05")
    assert set(ok) == {
        "ing-raqqa",
        "sub/homs",
        "page",
        "feed-item-1",
        "feed-item-2",
        "urn:test:atom:1",
        "jl-1",
        "9001",
        "https://example.org/jl/3",
    }
    raqqa = ok["ing-raqqa"]
    assert raqqa["published"] == "2024-05-06" and raqqa["outlet"] == "مرصد الاختبار"  # sidecar wins
    assert ok["sub/homs"]["published"] == "2024-05-05"  # --published
    page = ok["page"]
    assert "درعا البلد" in page["text"] and "الرئيسية" not in page["text"]  # main text only
    assert page["published"].startswith("2024-06-14") and "مظاهرة" in page["title"]
    item = ok["feed-item-1"]
    assert item["outlet"] == "نشرة الاختبار" and item["published"].startswith("2024-07-09")
    assert "<p>" not in item["text"] and item["text"].startswith("شنت")
    assert ok["urn:test:atom:1"]["text"].startswith("استقدمت")
    assert ok["9001"]["published"].startswith("2024-03-02") and ok["9001"]["text"].startswith("طالب")
    assert ok["https://example.org/jl/3"]["outlet"] == "saudi-test"
    assert len(bad) == 2 and all("news.jsonl" in w for w, _ in bad)
    assert any("malformed JSON" in r for _, r in bad) and any("no article text" in r for _, r in bad)
    assert count_records([CORPUS]) == len(ok) + len(bad)


def test_text_kept_byte_for_byte():
    ok, _ = _records()
    assert ok["ing-raqqa"]["text"] == (CORPUS / "raqqa.txt").read_text(encoding="utf-8")


def test_ingest_stores_once_and_resumes(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    first = ingest([CORPUS], store, analyse=fake_analyse, progress=False)
    assert (first.stored, first.failed, first.skipped) == (9, 2, 0)
    assert store.count_articles() == 9 and store.count_events() == 9 and store.count("event_sources") == 9
    run = store.get_run(first.run_id)
    assert run["status"] == "done" and run["stored"] == 9 and len(run["errors"]) == 2
    second = ingest([CORPUS], store, analyse=fake_analyse, progress=False)
    assert (second.stored, second.skipped) == (0, 9)
    assert store.count_articles() == 9 and store.count_events() == 9


def test_same_text_under_two_names_stored_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    text = "هاجم مسلحون حاجزاً للشرطة في مدينة الموصل فجر اليوم."
    (d / "one.txt").write_text(text, encoding="utf-8")
    (d / "two.txt").write_text(text, encoding="utf-8")
    store = Store(memory=True)
    rep = ingest([d], store, analyse=fake_analyse, progress=False)
    assert (rep.stored, rep.skipped) == (1, 1)


def test_bad_files_reported_and_skipped(tmp_path):
    d = tmp_path / "in"
    shutil.copytree(CORPUS / "sub", d)
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (d / "windows.txt").write_bytes("قصفت المدفعية قرية في ريف حماة الشمالي.".encode("cp1256"))
    (d / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    store = Store(memory=True)
    rep = ingest([d, tmp_path / "missing"], store, analyse=fake_analyse, progress=False)
    assert rep.stored == 2  # homs + the Windows-1256 file
    reasons = {Path(e["source"]).name: e["reason"] for e in rep.errors}
    assert "binary" in reasons["binary.txt"] and "empty.html" in reasons and "missing" in reasons
    assert store.get_article("windows")["text"].startswith("قصفت")


def test_failed_article_leaves_nothing_half_written():
    store = Store(memory=True)
    doc = Document(text="نص تجريبي عن اشتباكات في حي جوبر.", id="x")
    ev = {"id": "x#0", "type": "ASSAULT", "evidence": {"start": 0, "end": 5}}
    doc.events = [ev, dict(ev)]  # two events with one id: the events insert fails
    with pytest.raises(StoreError):
        store.save_document(doc)
    assert store.count_articles() == 0 and store.count("mentions") == 0 and store.count("event_sources") == 0
    assert store.search_articles("جوبر") == []


def test_ingest_reports_store_failure_and_continues(tmp_path):
    def broken(records):
        for rec, doc in fake_analyse(records):
            if rec["id"] == "jl-1":
                doc.events = doc.events * 2
                doc.events = [{**e, "id": "jl-1#0"} for e in doc.events]
            yield rec, doc

    store = Store(memory=True)
    rep = ingest([CORPUS / "news.jsonl"], store, analyse=broken, progress=False)
    assert rep.stored == 2 and not store.has_article("jl-1")
    assert any("jl-1" in e["reason"] for e in rep.errors)


def test_cli_ingest_with_pipeline(runner, tmp_path):
    db = str(tmp_path / "cli.db")
    res = runner.invoke(
        cli,
        [
            "ingest",
            str(CORPUS),
            "--db",
            db,
            "--workers",
            "1",
            "--no-progress",
            "--json",
            "--published",
            "2024-05-05",
        ],
    )
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["stored"] == 9 and summary["failed"] == 2
    again = runner.invoke(
        cli, ["ingest", str(CORPUS), "--db", db, "--workers", "1", "--no-progress", "--json"]
    )
    assert json.loads(again.stdout.strip().splitlines()[-1])["stored"] == 0
    stats = runner.invoke(cli, ["stats", "--db", db, "--json"])
    assert stats.exit_code == 0 and json.loads(stats.stdout)["articles"] == 9
