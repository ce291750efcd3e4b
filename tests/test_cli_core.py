"""The core CLI: extract (single, stdin, batch), segment, and bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli

ARTICLE = (
    "توجه وفد عسكري روسي يوم أمس، الاثنين 12 شباط، إلى بلدة يلدا جنوب دمشق.\n"
    "وقالت مصادر محلية إن الوفد التقى بممثلين عن فصائل المعارضة في البلدة، وبحث معهم مصير المنطقة.\n"
    "وأفاد ناشطون بأن قوات النظام قصفت أطراف بلدة ببيلا بقذائف الهاون، ما أدى إلى إصابة مدنيين اثنين.\n"
)


def _check_offsets(doc: dict) -> None:
    text = doc["text"]
    assert doc["sentences"] and doc["tokens"]
    for s in doc["sentences"]:
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]
        toks = doc["tokens"][s["token_start"] : s["token_end"]]
        assert toks[0]["start"] == s["start"] and toks[-1]["end"] == s["end"]
    for t in doc["tokens"]:
        word = text[t["start"] : t["end"]]
        assert word and not word.isspace()
        assert "".join(text[a:b] for a, b in t["segments"]) == word


def test_extract_file_prints_document_json(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "art.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(p), "--published", "2018-02-13"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["id"] == "art" and doc["published"] == "2018-02-13"
    assert doc["text"] == ARTICLE
    assert isinstance(doc["events"], list)
    assert len(doc["sentences"]) == 3
    _check_offsets(doc)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_extract_decodes_archive_encodings(runner: CliRunner, tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "art.txt"
    p.write_bytes(ARTICLE.encode(encoding))
    res = runner.invoke(cli, ["extract", str(p), "--format", "jsonl", "--id", "x1"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["text"] == ARTICLE and doc["id"] == "x1"


def test_extract_stdin(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["extract", "-", "--format", "jsonl"], input=ARTICLE.encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["id"] == "stdin"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary"),
        ("Ça coûte très cher".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_extract_bad_input_one_line_error(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    res = runner.invoke(cli, ["extract", str(p)])
    assert res.exit_code != 0
    assert message in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_extract_non_arabic_is_processed_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "en.txt"
    p.write_text("Russian jets struck the town of Yalda on Monday.", encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(p), "--format", "jsonl"])
    assert res.exit_code == 0
    doc = json.loads(res.output)
    assert doc["lang"] == "und" and doc["meta"]["warnings"]


def _write_batch(path: Path, n: int, *, bad: bool = True) -> None:
    lines = []
    for i in range(n):
        lines.append(
            json.dumps(
                {"id": f"d{i}", "text": ARTICLE, "published": "2018-02-13", "outlet": "test"},
                ensure_ascii=False,
            )
        )
        if bad and i == 1:
            lines.append('{"id": "broken", "text": ')
            lines.append(json.dumps({"id": "notext"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_batch_skips_bad_lines(runner: CliRunner, tmp_path: Path, workers: int) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_batch(src, 4)
    res = runner.invoke(
        cli, ["extract", "--input", str(src), "--output", str(out), "--workers", str(workers)]
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["d0", "d1", "d2", "d3"]
    assert all("events" in r and r["text"] == ARTICLE for r in rows)
    assert "bad line 3" in res.output and "bad line 4" in res.output
    assert "4 written" in res.output


def test_extract_batch_resumes_after_crash(runner: CliRunner, tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_batch(src, 5, bad=False)
    runner.invoke(cli, ["extract", "--input", str(src), "--output", str(out), "--workers", "1"])
    lines = out.read_text(encoding="utf-8").splitlines()
    # simulate a crash: keep two lines and half of the third
    out.write_text("\n".join(lines[:2]) + "\n" + lines[2][: len(lines[2]) // 2], encoding="utf-8")
    res = runner.invoke(cli, ["extract", "--input", str(src), "--output", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "3 written, 2 already done" in res.output
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["d0", "d1", "d2", "d3", "d4"]


def test_extract_requires_input_or_file(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["extract"])
    assert res.exit_code == 2
    res = runner.invoke(cli, ["extract", "--input", __file__])
    assert res.exit_code == 2 and "--output" in res.output


def test_segment_cli_round_trip(runner: CliRunner) -> None:
    text = "والتقى الوفد بممثلي البلدة، ونشرتها الصفحة.\nسطر ثان 12\n"
    res = runner.invoke(cli, ["segment"], input=text)
    assert res.exit_code == 0
    assert res.output.replace("+", "") == text
    assert len(res.output.splitlines()) == 2


def test_python_dash_m_runs() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "marsad", "--version"], capture_output=True, text=True, check=False
    )
    assert res.returncode == 0 and "marsad" in res.stdout


@pytest.mark.network_free
@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare not available")
def test_main_commands_work_without_network(tmp_path: Path) -> None:
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("cannot create a network namespace here")
    p = tmp_path / "art.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_batch(src, 3, bad=False)
    marsad = [sys.executable, "-m", "marsad"]
    for args in (
        ["extract", str(p), "--published", "2018-02-13"],
        ["extract", "--input", str(src), "--output", str(out)],
    ):
        res = subprocess.run(
            ["unshare", "-rn", *marsad, *args], capture_output=True, text=True, check=False, timeout=300
        )
        assert res.returncode == 0, res.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    res = subprocess.run(
        ["unshare", "-rn", *marsad, "segment"], input="والتقى", capture_output=True, text=True, check=False
    )
    assert res.returncode == 0 and res.stdout.replace("+", "").strip() == "والتقى"


def test_extract_kb_dir_adds_a_local_actor(runner: CliRunner, tmp_path: Path, user_kb_dir: Path) -> None:
    kb = user_kb_dir
    p = tmp_path / "a.txt"
    p.write_text("هاجمت كتيبة أبناء الوادي الأخضر حاجزاً لقوات النظام قرب بلدة كفرنبل.", encoding="utf-8")
    base = json.loads(runner.invoke(cli, ["extract", str(p), "--format", "jsonl"]).output)
    res = runner.invoke(cli, ["extract", str(p), "--format", "jsonl", "--kb-dir", str(kb)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert "TEST-BRIGADE" in {m["kb_id"] for m in doc["mentions"]}
    assert "TEST-BRIGADE" not in {m["kb_id"] for m in base["mentions"]}


def test_extract_kb_dir_places_are_geocoded(runner: CliRunner, tmp_path: Path) -> None:
    # regression: places from a user KB directory were matched by the ruler but never geocoded
    places = tmp_path / "kb" / "places"
    places.mkdir(parents=True)
    header = (
        "id\tgeonameid\tfeature\tname_en\tnames_ar\tnames_en\tcountry\tadmin1\tadmin1_ar\tadmin2\tadmin2_ar"
        "\tadmin3\tadmin3_ar\tlat\tlon\tpopulation\tprecision\tprovenance\n"
    )
    row = (
        "test:tell-zaafaran\t\tvillage\tTell Zaafaran\tتل الزعفران الغربي\t\tSY\tAleppo\tحلب\t\t\t\t\t"
        "36.123\t37.456\t\t\tinvented for a test\n"
    )
    (places / "extra.tsv").write_text(header + row, encoding="utf-8")
    p = tmp_path / "a.txt"
    p.write_text("قصفت الطائرات قرية تل الزعفران الغربي في ريف حلب صباح اليوم.", encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(p), "--format", "jsonl", "--kb-dir", str(tmp_path / "kb")])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    got = {(pl["place_id"], pl["lat"]) for pl in doc["places"]}
    assert ("test:tell-zaafaran", 36.123) in got


@pytest.fixture
def default_stages_after():
    from marsad.service import use_stages

    yield
    use_stages(None)


def test_extract_stages_runs_only_the_named_stages(
    runner: CliRunner, tmp_path: Path, default_stages_after
) -> None:
    p = tmp_path / "art.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(p), "--stages", "tokenizer"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    _check_offsets(doc)
    assert not doc["mentions"] and not doc["events"]
    res = runner.invoke(cli, ["extract", str(p), "--stages", "tokenizer,entity_ruler"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["mentions"] and not json.loads(res.output)["events"]
    full = json.loads(runner.invoke(cli, ["extract", str(p)]).output)  # back to the whole pipeline
    assert full["events"]


@pytest.mark.parametrize(
    ("stages", "message"),
    [("tokenizer,no_such_stage", "unknown stage"), ("entity_crf", "requires")],
)
def test_extract_stages_errors(
    runner: CliRunner, tmp_path: Path, default_stages_after, stages: str, message: str
) -> None:
    p = tmp_path / "art.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(p), "--stages", stages])
    assert res.exit_code != 0 and message in res.output


@pytest.mark.parametrize("workers", [1, 2])
def test_analyse_records_finishes_documents_in_the_worker(workers: int) -> None:
    """``finish`` runs on each document where it was analysed; errors still come back as errors, in order."""
    from marsad.batch import output_line
    from marsad.errors import MarsadError
    from marsad.service import analyse_records

    recs = [{"id": "a", "text": ARTICLE}, {"id": "empty", "text": " "}, {"id": "b", "text": ARTICLE}]
    out = list(analyse_records(recs, workers=workers, finish=output_line))
    assert [r["id"] for r, _ in out] == ["a", "empty", "b"]
    assert isinstance(out[1][1], MarsadError)
    for (_, line), name in zip([out[0], out[2]], "ab", strict=True):
        assert isinstance(line, str) and line.endswith("\n")
        doc = json.loads(line)
        assert doc["id"] == name and doc["text"] == ARTICLE and doc["events"]


def _gc_settings(_doc: object) -> tuple[tuple[int, int, int], bool]:
    import gc

    return gc.get_threshold(), gc.get_freeze_count() > 0


def test_batch_workers_collect_garbage_less_often_and_share_a_frozen_heap() -> None:
    """Workers run with the batch thresholds and inherit the parent's frozen, loaded objects; the
    results are the same as in one process."""
    import gc

    from marsad.batch import output_line
    from marsad.service import WORKER_GC_THRESHOLD, analyse_records, warm_up

    warm_up()
    assert gc.get_freeze_count() > 0
    recs = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE}]
    settings = [s for _, s in analyse_records(recs, workers=2, finish=_gc_settings)]
    assert settings == [(WORKER_GC_THRESHOLD, True)] * 2
    assert WORKER_GC_THRESHOLD != gc.get_threshold()  # this process keeps its own
    one = [line for _, line in analyse_records(recs, workers=1, finish=output_line)]
    two = [line for _, line in analyse_records(recs, workers=2, finish=output_line)]
    assert one == two


def test_batch_writes_the_workers_encoded_lines(tmp_path: Path) -> None:
    """The workers send the lines as UTF-8 bytes and not their records back; the file holds ``output_line``
    of each document, in input order, the same with one and with two workers."""
    from marsad.batch import encoded_output_line, output_line, run_batch
    from marsad.service import analyse

    src = tmp_path / "in.jsonl"
    recs = [{"id": f"n{i}", "text": ARTICLE if i % 3 else " "} for i in range(7)]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        summary = run_batch(src, out, workers=workers, resume=False)
        assert (summary.written, summary.failed) == (4, 3)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    doc = analyse(recs[1])
    assert encoded_output_line(doc) == output_line(doc).encode("utf-8")
    assert outs[0].split(b"\n")[0] == encoded_output_line(doc).rstrip(b"\n")
