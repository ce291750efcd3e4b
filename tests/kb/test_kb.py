"""Knowledge base: bundled data, lookups, user directories merged over the defaults, error reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import cli
from marsad.errors import KnowledgeBaseError
from marsad.kb.actors import CATEGORIES
from marsad.kb.sources import SOURCE_KINDS
from marsad.kb.store import alias_forms, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_bundled_kb_size_and_shape(kb):
    stats = kb.stats()
    assert stats["actors"] >= 300
    assert stats["sources"] >= 50
    assert stats["versions"]["actors"]
    for a in kb.actors.values():
        assert a.aliases, a.id
        assert a.category in CATEGORIES, a.id
        assert a.affiliation is None or a.affiliation in kb.actors, (a.id, a.affiliation)
    for s in kb.sources.values():
        assert s.kind in SOURCE_KINDS
        assert s.actor is None or s.actor in kb.actors


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("تنظيم الدولة", "ISIS"),
        ("داعش", "ISIS"),
        ("جبهة النصرة", "NUSRA"),
        ("قوات الأسد", "SYR-MIL"),
        ("الجانب الروسي", "RUS"),
        ("أنصار الله", "HOUTHI"),
        ("قوات الدعم السريع", "RSF"),
        ("كتائب القسام", "QASSAM"),
        ("الحوثيون", "HOUTHI"),
    ],
)
def test_alias_lookup_is_normalised(kb, alias, actor_id):
    assert actor_id in [a.id for a in kb.actors_by_alias(alias)]
    # hamza / alef / ta marbuta folding: a variant spelling finds the same actor
    variant = alias.replace("أ", "ا").replace("ة", "ه")
    assert actor_id in [a.id for a in kb.actors_by_alias(variant)]


def test_inflection_variants():
    forms = alias_forms(["وفد روسي", "الحوثيون"])
    assert "وفدا روسيا" in forms
    assert "الحوثيين" in forms
    # the definite phrase has no accusative variant
    assert not any(f.endswith("يا") for f in alias_forms(["الوفد الروسي"]))


def test_sources_by_alias(kb):
    assert kb.sources_by_alias("مراسلنا")[0].kind == "correspondent"
    assert kb.sources_by_alias("مصادر محلية")[0].kind == "anonymous-sources"
    assert kb.sources_by_alias("وكالة سانا")[0].id == "SANA"


def test_search_exact_first(kb):
    hits = kb.search("الأمن العسكري")
    assert hits[0].kind == "actor" and hits[0].id == "SYR-SEC-MI"


def test_user_dir_merged_over_defaults(tmp_path: Path):
    (tmp_path / "actors_local.tsv").write_text(
        "id\tname_en\ttype\tcategory\tcountry\taffiliation\tactive\twikidata\taliases\n"
        "LOCAL-X\tKatibat al-Tajriba\trebel-group\trebel\tSY\tFSA\t2013-\t\tكتيبة التجربة;التجربة المسلحة\n"
        "ISIS\t\t\t\t\t\t\t\tجماعة البغدادي\n",
        encoding="utf-8",
    )
    (tmp_path / "sources_local.jsonl").write_text(
        json.dumps(
            {"id": "LOCAL-PAGE", "name_en": "Local page", "kind": "social-media", "aliases": ["صفحة القرية"]},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    kb = load_kb(extra_dirs=[tmp_path])
    assert kb.actors_by_alias("كتيبة التجربة")[0].id == "LOCAL-X"
    isis = kb.actor("ISIS")
    assert "جماعة البغدادي" in isis.aliases and "داعش" in isis.aliases
    assert isis.name_en  # not erased by the empty cell
    assert kb.sources_by_alias("صفحة القرية")[0].kind == "social-media"
    # the bundled KB is not changed by loading a user directory
    assert not load_kb().actors_by_alias("كتيبة التجربة")


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        (
            "actors_bad.tsv",
            "id\tname_en\ttype\tcategory\taliases\nX1\tX\trebel-group\tnot-a-category\tس\n",
            ":2",
        ),
        ("actors_bad.jsonl", '{"id": "A", "category": "rebel"}\n{"id": "B", oops}\n', ":2"),
        ("sources_bad.tsv", "# c\nid\tname_en\tkind\taliases\nS1\tS\tnewspaper\tص\n", ":3"),
        ("actors_cells.tsv", "id\tname_en\taliases\nX\tY\tز\textra\n", ":2"),
        ("actors_noid.tsv", "id\tname_en\taliases\n\tY\tز\n", ":2"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path: Path, name, content, where):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb(extra_dirs=[tmp_path])
    assert name + where in str(err.value)


def test_missing_dir(tmp_path: Path):
    with pytest.raises(KnowledgeBaseError):
        load_kb(extra_dirs=[tmp_path / "nope"])


def test_cli_kb_search_json(runner, tmp_path: Path):
    res = runner.invoke(cli, ["kb", "search", "هيئة تحرير الشام", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data[0]["id"] == "HTS" and data[0]["kind"] == "actor"
    (tmp_path / "actors_x.tsv").write_text(
        "id\tname_en\tcategory\taliases\nZZ\tZed group\trebel\tجماعة زد\n", encoding="utf-8"
    )
    res = runner.invoke(cli, ["kb", "search", "جماعة زد", "--json", "--kb-dir", str(tmp_path)])
    assert json.loads(res.output)[0]["id"] == "ZZ"
    res = runner.invoke(cli, ["kb", "search", "جماعة زد"])
    assert res.exit_code == 0 and "ZZ" not in res.output


def test_cli_kb_search_table_and_bad_dir(runner, tmp_path: Path):
    res = runner.invoke(cli, ["kb", "search", "قسد"])
    assert res.exit_code == 0 and "SDF" in res.output
    (tmp_path / "actors_bad.tsv").write_text(
        "id\tname_en\tcategory\taliases\nQ\tq\tnonsense\tق\n", encoding="utf-8"
    )
    res = runner.invoke(cli, ["kb", "search", "قسد", "--kb-dir", str(tmp_path)])
    assert res.exit_code != 0 and "actors_bad.tsv:2" in res.output


def test_cli_kb_stats(runner):
    res = runner.invoke(cli, ["kb", "stats"])
    assert res.exit_code == 0, res.output
    stats = json.loads(res.output)
    assert stats["actors"] >= 300 and stats["actor_aliases"] > stats["actors"]
    if "places" in stats:
        assert stats["places_with_arabic"] <= stats["places"]


def test_description_search(kb):
    hit = kb.search("التنظيم")[0]
    assert hit.kind == "description" and hit.entry.head == "تنظيم"


def test_default_kb_reads_env_and_user_dirs(tmp_path: Path, monkeypatch):
    from marsad.kb.store import default_kb, set_user_kb_dirs

    (tmp_path / "actors_env.tsv").write_text(
        "id\tname_en\tcategory\taliases\nENV-1\tEnv group\trebel\tسرية البيئة\n", encoding="utf-8"
    )
    monkeypatch.setenv("MARSAD_KB_DIRS", str(tmp_path))
    assert default_kb().actor("ENV-1") is not None
    set_user_kb_dirs([])
    monkeypatch.delenv("MARSAD_KB_DIRS")
    assert default_kb().actor("ENV-1") is None
