"""Merging knowledge-base and CRF mentions; the entity_crf and entity_merger stages."""

from __future__ import annotations

import pytest

from marsad.doc import Mention
from marsad.ner.merge import kind_for_label, merge_mentions, overlaps, trim_proclitics, without_accusatives
from marsad.stages.entity_crf import EntityCrf
from marsad.stages.entity_merger import EntityMerger


def _m(start: int, end: int, label: str = "LOC", origin: str = "gazetteer", **kw) -> Mention:
    return Mention(start=start, end=end, label=label, origin=origin, **kw)


def test_kb_mentions_win_on_overlap() -> None:
    kb = _m(10, 20, kb_id="P1")
    crf_overlap = _m(15, 25, origin="crf", kind="place")
    crf_inside = _m(12, 14, origin="crf")
    crf_free = _m(30, 35, "PERS", origin="crf", kind="person")
    out = merge_mentions([crf_free, crf_overlap, kb, crf_inside])
    assert out == [kb, crf_free]


def test_touching_spans_do_not_overlap() -> None:
    kb = _m(0, 5)
    crf = _m(5, 9, origin="crf")
    assert not overlaps(kb, crf)
    assert merge_mentions([kb, crf]) == [kb, crf]


def test_duplicate_crf_spans_are_kept_once() -> None:
    a = _m(3, 8, origin="crf")
    b = _m(3, 8, origin="crf")
    assert len(merge_mentions([a, b])) == 1


def test_non_crf_mentions_are_all_kept_even_when_nested() -> None:
    outer = _m(0, 20, "ORG", kb_id="A")
    inner = _m(5, 9, "LOC", kb_id="B")
    assert merge_mentions([inner, outer]) == [outer, inner]


def test_refs_are_repointed_after_sorting() -> None:
    first = _m(50, 55, "ORG", kb_id="ISIS")
    short = _m(80, 86, "ORG", origin="coref", ref=0)
    crf = _m(10, 15, "PERS", origin="crf")
    out = merge_mentions([first, short, crf])
    assert [m.start for m in out] == [10, 50, 80]
    assert out[2].ref == 1 and out[out[2].ref].kb_id == "ISIS"
    assert short.ref == 0  # the input is not modified


@pytest.mark.parametrize(
    ("label", "kind"), [("PERS", "person"), ("LOC", "place"), ("ORG", "actor"), ("MISC", "other")]
)
def test_kind_for_label(label: str, kind: str) -> None:
    assert kind_for_label(label) == kind


def test_trim_proclitics() -> None:
    text = "وبحمص"
    assert trim_proclitics(0, [(0, 1), (1, 2), (2, 5)], text) == 2
    assert trim_proclitics(0, [(0, 5)], text) == 0
    # a host that is not a clitic stops trimming
    assert trim_proclitics(0, [(0, 2), (2, 5)], "حمصها") == 0


class _FakeTagger:
    """Tags every token whose text is in ``names`` as a one-token LOC."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def document_spans(self, sentences):
        return [
            [(i, i + 1, "LOC", 0.9) for i, w in enumerate(words) if w in self.names] for words in sentences
        ]


def test_stages_merge_on_a_document(make_doc, monkeypatch) -> None:
    text = "وصل الوفد إلى كفرنبل ثم إلى حلب ."
    doc = make_doc(text)
    a = text.index("حلب")
    doc.mentions = [_m(a, a + 3, kb_id="ALEPPO", kind="place")]
    stage = EntityCrf()
    monkeypatch.setattr(EntityCrf, "tagger", property(lambda self: _FakeTagger({"كفرنبل", "حلب"})))
    doc = stage(doc)
    assert [m.origin for m in doc.mentions] == ["gazetteer", "crf", "crf"]
    doc = EntityMerger()(doc)
    assert [(doc.span_text(m.start, m.end), m.origin, m.kb_id) for m in doc.mentions] == [
        ("كفرنبل", "crf", None),
        ("حلب", "gazetteer", "ALEPPO"),
    ]
    assert doc.mentions[0].kind == "place"


def test_crf_stage_with_bundled_model_keeps_offsets(make_doc) -> None:
    text = "وقال العميد سليم الخطيب في حماة إن القصف توقف."
    doc = EntityCrf()(make_doc(text))
    assert doc.mentions, "the bundled model found nothing"
    for m in doc.mentions:
        assert m.origin == "crf" and m.kb_id is None
        assert doc.text[m.start : m.end] == m.text
        assert not m.text.startswith("و")


def test_stages_declare_capabilities() -> None:
    assert "crf_mentions" in EntityCrf.PROVIDES and "tokens" in EntityCrf.REQUIRES
    assert {"mentions", "crf_mentions"} <= EntityMerger.REQUIRES and "entities" in EntityMerger.PROVIDES


def test_default_pipeline_order() -> None:
    from marsad.registrations import DEFAULT_STAGES

    i = DEFAULT_STAGES.index
    assert i("marsad.entity_ruler.v1") < i("marsad.entity_crf.v1") < i("marsad.entity_merger.v1")


def test_span_index_answers_as_the_linear_scan() -> None:
    """``_SpanIndex.overlaps`` (binary search over starts, running largest end) = ``_hits`` over the sorted
    spans."""
    import random

    from marsad.ner.merge import _hits, _SpanIndex

    rng = random.Random(7)
    for _ in range(500):
        spans = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        index = _SpanIndex(spans)
        for _ in range(20):
            start = rng.randint(0, 70)
            end = start + rng.randint(1, 10)
            assert index.overlaps(start, end) == _hits(sorted(spans), start, end), (spans, start, end)


def test_crf_organisation_repeating_a_named_quarter_is_that_place() -> None:
    from marsad.ner.merge import places_named_before

    text = "انفجرت عبوة في حي الزهور صباحاً. وبعد تفجير الزهور دعا المحافظ إلى الهدوء."
    quarter = _m(text.index("حي"), text.index("حي") + len("حي الزهور"), origin="pattern", kind="place",
                 text="حي الزهور", attrs={"trigger": "حي", "name": "الزهور"})
    s = text.index("الزهور", quarter.end)
    org = _m(s, s + len("الزهور"), "ORG", origin="crf", kind="actor", text="الزهور")
    out = places_named_before([quarter, org])
    assert (out[1].label, out[1].kind) == ("LOC", "place")
    # named before only (in the text), by a place noun only, and never a linked actor
    later = _m(s + 20, s + 29, origin="pattern", kind="place", text="حي الزهور", attrs={"trigger": "حي", "name": "الزهور"})
    assert places_named_before([later, org])[1].kind == "actor"
    bare = _m(quarter.start, quarter.end, origin="crf", kind="place", text="الزهور")
    assert places_named_before([bare, org])[1].kind == "actor"
    linked = _m(s, s + len("الزهور"), "ORG", origin="crf", kind="actor", text="الزهور", kb_id="X")
    assert places_named_before([quarter, linked])[1].kind == "actor"


def test_the_merger_stage_reads_a_repeated_quarter_name_as_the_quarter() -> None:
    from marsad.doc import Document

    text = "انفجرت عبوة في حي الزهور صباحاً. وبعد تفجير الزهور دعا المحافظ إلى الهدوء."
    qs = text.index("حي")
    s = text.index("الزهور", qs + 5)
    doc = Document(text=text)
    doc.mentions = [_m(qs, qs + 9, origin="pattern", kind="place", text="حي الزهور",
                       attrs={"trigger": "حي", "name": "الزهور"}),
                    _m(s, s + 6, "ORG", origin="crf", kind="actor", text="الزهور")]
    out = EntityMerger()(doc).mentions
    assert [(m.text, m.kind) for m in out] == [("حي الزهور", "place"), ("الزهور", "place")]


def test_a_crf_person_written_in_the_accusative_is_dropped() -> None:
    # «اتصالاً هاتفياً» (every word with the tanween of the accusative) is an object, not a name; a name is kept,
    # and so is a gazetteer person
    obj = _m(0, 15, "PERS", origin="crf", kind="person", text="اتصالاً هاتفياً")
    name = _m(20, 29, "PERS", origin="crf", kind="person", text="سمير حداد")
    kb = _m(30, 36, "PERS", kind="person", text="محمداً")
    assert without_accusatives([obj, name, kb]) == [name, kb]
