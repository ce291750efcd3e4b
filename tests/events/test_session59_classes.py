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


# who a release frees after «عن»: a count before the noun keeps it governed by «عن» (no subject of the verb), and an
# indefinite noun of a person who can be held («طالب»، «أسير») is who was freed


def test_the_counted_freed_after_an_is_no_subject(events_of):
    text = "وأفرجت الغرفة الأمنية المشتركة مساء اليوم عن ثلاثة شبان اعتُقلوا ليل أمس للاشتباه في مشاركتهم في الاشتباك."
    (e,) = [e for e in events_of(text) if e["type"] == "RETREAT"]
    assert not any("شبان" in a["text"] for a in e["source"])
    assert [a["text"] for a in e["recipient"]] == ["ثلاثة شبان"]


@pytest.mark.parametrize(("text", "freed", "fact"), [
    ("وأفرجت المحكمة العسكرية، أمس الثلاثاء، عن طالب في جامعة الخليل بكفالة مالية.", "طالب", "asserted"),
    ("وفي المقابل، لم تُفرج سلطات الاحتلال عن أسير من بلدة دورا رغم انتهاء محكوميته.", "أسير", "negated"),
])
def test_an_indefinite_held_person_after_an_is_who_is_freed(events_of, text, freed, fact):
    (e,) = [e for e in events_of(text) if e["type"] == "RETREAT"]
    assert e["factuality"] == fact
    assert e["recipient"] and e["recipient"][0]["text"].startswith(freed)


def test_a_counted_recipient_after_another_preposition_stays(events_of):
    # guard: aid «على أربعين عائلة» still reaches the families
    text = "ووزّعت الجمعية الخيرية السلال الغذائية على أربعين عائلة نازحة في المخيم."
    (e,) = [e for e in events_of(text) if e["type"] == "AID"]
    assert any("عائلة" in a["text"] for a in e["recipient"])


def test_a_bound_after_an_is_no_preposition(events_of):
    # guard: «ما لا يقل عن 39 شخصاً» counts the dead; «عن» governs no one there
    text = "وقُتل ما لا يقل عن تسعة أشخاص في الغارة التي استهدفت السوق صباح اليوم."
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 9


# the killings of the pluperfect background count their victims: a singular object after a time between commas
# («قد اغتالا، مساء الجمعة الماضي، مدرّساً متقاعداً») is the one killed, and a dual killing verb after its dual subject
# («وكان عنصران … قد قُتلا») kills two


def test_a_singular_object_after_a_time_between_commas_is_the_one_killed(events_of):
    text = ("وكان مسلحان مجهولان يستقلان دراجة نارية قد اغتالا، مساء الجمعة الماضي، مدرّساً متقاعداً أمام منزله في "
            "بلدة القريا.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["recipient"] and e["recipient"][0]["text"].startswith("مدرّساً")
    assert e["fatalities"] == 1


def test_a_dual_killing_verb_after_its_dual_subject_kills_two(events_of):
    text = ("وكان عنصران من الأسايش قد قُتلا، مساء الأربعاء الماضي، بانفجار عبوة ناسفة عند مدخل بلدة المنصورة.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 2


def test_a_plural_killing_verb_after_a_plural_ending_like_a_dual_counts_no_one(events_of):
    # «متطرفين» ends as a dual does, but the verb «قتلوا» is plural: no count
    text = "وقال المرصد إن متطرفين أجانب قتلوا في غارة جوية قرب مدينة الحسكة مساء أمس."
    assert all(e["fatalities"] in (None, 0) for e in events_of(text) if e["type"] == "ASSAULT")


def test_a_feminine_present_visit_is_a_visit(events_of):
    text = "ومن المقرر أن تزور لجنة الدفاع في مجلس النواب مدينة البيضاء يوم السبت المقبل."
    (e,) = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert e["mode"] == "visit"
    assert e["factuality"] == "planned"


# an attack noun that is the means of an answer («وردّت مدفعية الاحتلال بقصف …») is another act than the one it answers,
# told before it in the sentence


def test_the_means_of_an_answer_is_another_act(events_of):
    text = ("وأُطلقت ثلاثة صواريخ من ريف القنيطرة باتجاه الجولان، سقط اثنان منها في أراضٍ مفتوحة، ورد جيش الاحتلال بقصف "
            "أطراف بلدة حضر.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 2


def test_the_means_of_a_joined_verb_after_an_answer_is_no_answer(events_of):
    # «ردّت على مصادر النيران واستهدفت بالمدفعية …»: the artillery is the means of «استهدفت», part of the return of fire
    text = ("هاجم مسلحون حاجزاً للجيش في وادي حميد فجر اليوم، قبل أن يلوذوا بالفرار نحو الجرود، وفق ما أعلنه الجيش في "
            "بيان.\nوأضاف البيان أن وحدات الجيش ردّت على مصادر النيران واستهدفت بالمدفعية الثقيلة تحركات للمسلحين في "
            "المرتفعات.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 2
