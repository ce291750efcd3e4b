"""A public body named by its kind, scope and purpose is an actor though no list holds it (session 71); texts
written for the test."""

from __future__ import annotations

import pytest

from marsad.ner.patterns import find_patterns


def _institutions(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_patterns(text) if p.attrs.get("trigger") == "institution"]


@pytest.mark.parametrize(("text", "name"), [
    ("وطالب المحتجون المؤسسة الوطنية للنفط بتوظيف أبناء المنطقة.", "المؤسسة الوطنية للنفط"),
    ("وأعلنت الهيئة العليا للإغاثة توزيع ألف سلة غذائية.", "الهيئة العليا للإغاثة"),
    ("ودعت المفوضية العليا لحقوق الإنسان إلى فتح تحقيق.", "المفوضية العليا لحقوق الإنسان"),
    ("وقالت الهيئة العامة للثورة السورية في بيان إن القصف استمر.", "الهيئة العامة للثورة السورية"),
    ("وقطعت الشركة العامة للكهرباء التيار عن الحي.", "الشركة العامة للكهرباء"),
])
def test_a_public_body_named_by_its_purpose_is_an_actor(text: str, name: str) -> None:
    assert _institutions(text) == [name]


@pytest.mark.parametrize("text", [
    # the genitive of an office: the chunker reads the whole phrase
    "وطالب مكتب المفوضية العليا لحقوق الإنسان في المحافظة بفتح تحقيق.",
    # inside quotes: the quoted name is read whole, not cut at its purpose word
    "وانتشرت وحدات من «الإدارة العامة للدعم المركزي» في محيط المعبر.",
    # no purpose: a council described, no name
    "واجتمع المجلس المحلي مع الأهالي.",
])
def test_no_body_is_cut_out_of_a_longer_phrase(text: str) -> None:
    assert _institutions(text) == []



def test_the_word_scan_finds_what_the_plain_search_finds() -> None:
    # (the body pattern is tried only where a kind of body stands: the same matches as a search at every character)
    import random

    from marsad.ner import patterns as npat
    from marsad.text.normalize import norm

    kinds = ["المؤسسة", "الهيئة", "الشركة", "المفوضية", "الإدارة", "المجلس", "اللجنة", "مكتب"]
    pool = ["الوطنية", "العامة", "العليا", "الأعلى", "للنفط", "للإغاثة", "لحقوق", "الإنسان", "السورية", "«", "»",
            "،", "(", "في", "و", "قالت", "الإعلام"]
    rng = random.Random(5)
    counted = 0
    for _ in range(3000):
        words = [(rng.choice(["", "و", "ب", "وب", "ل", "x"]) + rng.choice(kinds)) if rng.random() < 0.3
                 else rng.choice(pool) for _ in range(rng.randint(2, 14))]
        text = norm(" ".join(words))
        (got,) = npat._institution_scan().finditer(text)
        got_spans = [m.span("name") for m in got]
        assert got_spans == [m.span("name") for m in npat._INSTITUTION_RE.finditer(text)], text
        counted += len(got_spans)
    assert counted > 30, counted
