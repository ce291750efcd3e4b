"""Light coreference: short forms and definite descriptions resolved within one article."""

from __future__ import annotations

import pytest

from marsad.doc import Mention
from marsad.kb.store import load_kb
from marsad.ner.coref import propagate_names, resolve
from marsad.ner.ruler import build_gazetteer, find_mentions


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def gz(kb):
    return build_gazetteer(kb.name_entries())


def _ms(text, gz, kb):
    return find_mentions(text, gz, lookup=kb)


def _at(ms, text, surface, nth=0):
    hits = [m for m in ms if text[m.start : m.end] == surface]
    return hits[nth]


def test_tanzim_resolves_to_daesh_named_earlier(gz, kb):
    text = "هاجم داعش نقطة للجيش. وقال شهود إن التنظيم انسحب لاحقا."
    ms = _ms(text, gz, kb)
    m = _at(ms, text, "التنظيم")
    assert m.kb_id == "ISIS" and m.origin == "coref"
    assert text[ms[m.ref].start : ms[m.ref].end] == "داعش"


def test_tanzim_takes_most_recent_compatible_organisation(gz, kb):
    text = "اشتبك تنظيم حراس الدين مع قسد، ثم أعلن التنظيم مسؤوليته."
    m = _at(_ms(text, gz, kb), text, "التنظيم")
    assert m.kb_id == "HURRAS"


def test_hayaa_and_lam_assimilation(gz, kb):
    text = "دخلت هيئة تحرير الشام البلدة، وسلمت الفصائل مواقعها للهيئة."
    ms = _ms(text, gz, kb)
    m = _at(ms, text, "لهيئة")
    assert m.kb_id == "HTS" and m.ref is not None


def test_unresolved_description_is_dropped(gz, kb):
    text = "قال بيان إن التنظيم سيعقد مؤتمره."
    assert not [m for m in _ms(text, gz, kb) if text[m.start : m.end] == "التنظيم"]


def test_camp_description_takes_the_named_camp(gz, kb):
    text = "قصفت الطائرات مخيم اليرموك، وقال ناشطون إن المخيم يعاني الحصار."
    ms = _ms(text, gz, kb)
    camp = _at(ms, text, "المخيم")
    assert camp.kind == "place" and camp.ref is not None
    assert "مخيم اليرموك" in ms[camp.ref].text


def test_group_of_towns_in_parentheses(gz, kb):
    text = "اجتمع الوفد مع ممثلي البلدات الثلاث (يلدا، ببيلا، بيت سحم) أمس."
    ms = _ms(text, gz, kb)
    grp = _at(ms, text, "البلدات الثلاث")
    members = [text[a:b] for a, b in grp.attrs["members"]]
    assert members == ["يلدا", "ببيلا", "بيت سحم"]
    assert ms[grp.ref].text == "يلدا"


def test_quoted_page_name_propagates(gz, kb):
    text = "نشر موقع «نجم الصباح» خبرا. وبحسب «نجم الصباح» فإن الاتفاق قريب، وأكد الموقع ذلك."
    ms = _ms(text, gz, kb)
    first = _at(ms, text, "موقع «نجم الصباح»")
    later = _at(ms, text, "نجم الصباح", 0)
    assert later.kind == "source" and ms[later.ref] is first
    site = _at(ms, text, "الموقع")
    assert ms[site.ref] is first


def test_resolve_on_hand_built_mentions():
    text = "جبهة الشمال قصفت. الجبهة تقدمت."
    ms = [
        Mention(0, 11, "ORG", text="جبهة الشمال", kind="actor", kb_id="X-FRONT", name_en="North Front"),
        Mention(
            18,
            24,
            "MISC",
            text="الجبهة",
            kind="actor",
            attrs={"description": True, "head": "جبهه", "categories": [], "default": None},
        ),
    ]
    resolve(text, ms)
    assert ms[1].ref == 0 and ms[1].kb_id == "X-FRONT" and ms[1].label == "ORG"
    assert propagate_names(text, ms) is ms  # no pattern names: unchanged


def test_entity_ruler_stage_in_default_pipeline(tmp_path):
    from marsad.doc import Document
    from marsad.registrations import DEFAULT_STAGES, build_pipeline
    from marsad.stages.entity_ruler import make_entity_ruler

    assert DEFAULT_STAGES.index("marsad.entity_ruler.v1") == DEFAULT_STAGES.index("marsad.tokenizer.v1") + 1
    pipe = build_pipeline(["marsad.tokenizer.v1", "marsad.entity_ruler.v1"])
    doc = pipe(Document(text="قصفت قوات النظام بلدة ببيلا، وقال مراسلنا إن الفصائل ردت."))
    assert [m.start for m in doc.mentions] == sorted(m.start for m in doc.mentions)
    assert {m.kb_id for m in doc.mentions} >= {"SYR-MIL", "CORRESPONDENT", "SYR-OPP"}
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text

    (tmp_path / "actors_local.tsv").write_text(
        "id\tname_en\tcategory\taliases\nLOC-Z\tZaytoun group\trebel\tمجموعة الزيتونة الخضراء\n",
        encoding="utf-8",
    )
    ruler = make_entity_ruler(kb_dirs=[tmp_path])
    doc = ruler(Document(text="هاجمت مجموعة الزيتونة الخضراء الحاجز"))
    assert [m.kb_id for m in doc.mentions if m.kind == "actor"] == ["LOC-Z"]


def test_quoted_short_name_of_a_headed_organisation(gz, kb):
    # «الشباب» quoted, before and after the movement is named with its head: the movement both times
    text = "و«الشباب» تتبنى الهجوم.\nوقالت حركة الشباب في بيان إن مقاتليها نفذوا العملية، فيما حمّل المحافظ «الشباب» المسؤولية."
    ms = _ms(text, gz, kb)
    assert [text[m.start : m.end] for m in ms if m.kb_id == "SHABAAB"] == ["الشباب", "حركة الشباب", "الشباب"]


def test_unquoted_short_name_stays_common_noun(gz, kb):
    # guard: «الشباب» unquoted are the young men
    text = "وقالت حركة الشباب في بيان إن الشباب الذين اعتقلوا أمس أفرج عنهم."
    ms = _ms(text, gz, kb)
    assert [text[m.start : m.end] for m in ms if m.kb_id == "SHABAAB"] == ["حركة الشباب"]
