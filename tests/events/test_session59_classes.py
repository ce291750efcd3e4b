"""Session 59: classes of language from the errors of the dev sets (docs/events.md § Session 59).
The texts are the team's own."""

from __future__ import annotations

import pytest

# a rumoured, planned, hypothetical or negated act is one specific act: it does not join a general statement the rules
# read as generic («طول مدد التوقيف»), with which it would be dropped


def test_a_rumoured_arrest_is_no_case_of_a_general_grievance(events_of):
    text = ("ويضم السجن المركزي نحو ستمئة نزيل، ويشكو ذووهم منذ سنوات من طول مدد التوقيف وانقطاع الكهرباء.\n"
            "وتداولت حسابات على مواقع التواصل أنباء عن اعتقال أربعة من حراس السجن للاشتباه بتسهيلهم عملية الفرار، "
            "غير أن المتحدث باسم الوزارة نفى ذلك.")
    arrests = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert [e["evidence"]["trigger"]["text"] for e in arrests] == ["اعتقال"]
    assert arrests[0]["factuality"] in ("rumored", "negated")


def test_a_general_grievance_alone_stays_no_event(events_of):
    # guard: the generic statement itself is still no event
    text = "ويضم السجن المركزي نحو ستمئة نزيل، ويشكو ذووهم منذ سنوات من طول مدد التوقيف وانقطاع الكهرباء."
    assert not [e for e in events_of(text) if e["type"] == "COERCE"]


# a statement (accusing, demanding, threatening, backing, refusing) is made at the place its sentence opens with
# («وفي دمشق، …»), not at a place named in what it says


@pytest.mark.parametrize(("text", "typ"), [
    ("وفي دمشق، وجّهت وزارة الخارجية رسالة إلى مجلس الأمن حمّلت فيها الحكومة التركية مسؤولية الاعتداءات على "
     "المدنيين في ريف حلب الشمالي.", "ACCUSE"),
    ("وفي بغداد، طالب وزير الخارجية الحكومة التركية بسحب قواتها المنتشرة في قضاء سنجار.", "REQUEST"),
])
def test_a_statement_is_made_where_its_sentence_opens(events_of, text, typ):
    (e,) = [e for e in events_of(text) if e["type"] == typ]
    assert e["location"]["text"] in ("دمشق", "بغداد")


def test_an_act_keeps_the_place_it_governs_after_an_opening_place(events_of):
    # guard: an attack told after «وفي X،» is where the sentence says it hit
    text = "وفي ريف حلب، قصفت القوات التركية بلدة تل رفعت بقذائف المدفعية، ما أدى إلى إصابة طفلين."
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["location"]["text"] == "بلدة تل رفعت"


# a capital right after the feminine participle of demanding or blaming («، مطالبةً أنقرة بـ…») is the government
# addressed, as after the masculine one


def test_a_capital_after_a_feminine_participle_is_the_government_addressed(events_of):
    text = ("ودانت وزارة الخارجية العراقية القصف، واستدعت القائم بالأعمال التركي في بغداد، مطالبةً أنقرة بالكف عن "
            "الأعمال الاستفزازية.")
    (e,) = [e for e in events_of(text) if e["type"] == "REQUEST"]
    assert [a["text"] for a in e["recipient"]] == ["أنقرة"]
    assert (e.get("location") or {}).get("text") != "أنقرة"
