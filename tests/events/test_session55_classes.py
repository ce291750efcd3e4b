"""Session 55: classes of language from the errors of the dev sets (docs/events.md § Session 55).
The texts are the team's own."""

from __future__ import annotations

import pytest

# an attempt someone survived («نجا … من محاولة اغتيال») happened, however long the survivor's phrase; and an attempt
# kills no one by its words (a toll told elsewhere still counts)


@pytest.mark.parametrize("text", [
    "ونجا ضابط في مديرية الأمن العام بالمدينة من محاولة اغتيال مساء أمس قرب منزله.",
    "ونجا رئيس المجلس المحلي لبلدة القصير من محاولة اغتيال بعبوة ناسفة صباح اليوم.",
])
def test_a_survived_attempt_happened_and_killed_no_one(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["factuality"] == "asserted"
    assert e.get("fatalities") is None


def test_an_attempt_not_survived_stays_a_condition(events_of):
    # guard
    text = "وقال المسؤول إن أي محاولة اغتيال لقادة الحراك ستقابل برد حازم."
    assert all(e["factuality"] != "asserted" for e in events_of(text) if e["type"] == "ASSAULT")


def test_a_killing_of_one_named_victim_still_counts_one(events_of):
    # guard
    (e,) = [e for e in events_of("واغتال مسلحون مجهولون مختار القرية صباح اليوم.") if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 1


# the genitive of «سراح» ending a release phrase is who is freed, whatever the verb's voice («ولم يُطلق سراح
# المعتقلين»: the present passive is written as the active); «أيٍّ من X» (any of X) after the release names X


@pytest.mark.parametrize("text", [
    "ولم يُطلق سراح المعتقلين حتى مساء اليوم، بحسب ذويهم.",
    "ولم يُطلق سراح أي من المعتقلين التسعة حتى مساء اليوم، بحسب ذويهم.",
    "ولم تفرج السلطات عن أيٍّ من المعتقلين حتى الآن.",
])
def test_who_is_freed(events_of, text):
    (e,) = [e for e in events_of(text) if e["type"] == "RETREAT"]
    assert [a["text"] for a in e["recipient"]] == ["المعتقلين"]
    assert "المعتقلين" not in [a["text"] for a in e["source"]]


def test_the_freer_before_the_phrase_is_the_source(events_of):
    # guard
    (e,) = [e for e in events_of("وأطلقت السلطات سراح المعتقلين الخمسة مساء اليوم.") if e["type"] == "RETREAT"]
    assert [a["text"] for a in e["source"]] == ["السلطات"]
    assert [a["text"] for a in e["recipient"]] == ["المعتقلين"]


def test_any_of_them_is_no_subject(events_of):
    # guard: «أيٍّ من عناصر X» in a denial of presence is not the attacker
    text = ("وأكد المصدر عدم وجود أيٍ من عناصر الحزب في المواقع التي استهدفتها الصواريخ الإسرائيلية في عدوانها على "
            "الأراضي السورية.")
    for e in events_of(text):
        assert "عناصر الحزب" not in [a["text"] for a in e["source"]]


# a denial told by a participle («نافيةً اعتقال …») negates as «نفت» does; an accusation opening its own clause after
# it («…، ومتهماً «قسد» بـ…») is not what was denied


def test_a_participle_of_denial_negates(events_of):
    text = "وشككت وزارة الدفاع في التقرير نافيةً اعتقال أي من أفراد القوة التي دربتها."
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE"]
    assert e["factuality"] == "negated"


def test_an_accusation_after_a_denial_is_not_denied(events_of):
    text = ("ونفى قائد المجلس العسكري أن يكون لقواته أي دور في الهجوم على القرية، ومتهماً «الفرقة الرابعة» "
            "بالوقوف وراءه.")
    (e,) = [e for e in events_of(text) if e["type"] == "ACCUSE"]
    assert e["factuality"] != "negated"


# «قمة» before a landform is a hilltop, not a summit; «دفع … بقوة من الجيش» deploys a force, «دفع … بقوة نحو» pushes
# hard (a phrase's context words are now required, as a word's are); a joint sweep or search («عملية تفتيش مشتركة»)
# is cooperation; a road closed by soldiers is coercion, by protesters a protest


def test_a_hilltop_is_no_summit(events_of):
    assert not events_of("وتداولت مواقع أنباء عن نية مستوطنين إقامة بؤرة جديدة على قمة جبل صبيح.")


def test_a_summit_is_a_meeting(events_of):
    # guard
    assert [e["type"] for e in events_of("وشارك الرئيس في قمة الدول العربية التي عُقدت في الرياض.")] == ["CONSULT"]


@pytest.mark.parametrize("text, types", [
    ("ودفعت قيادة العمليات بقوة من الجيش والشرطة إلى محيط القرية فجر اليوم.", ["MOBILIZE"]),
    ("ودفعت الحكومة بقوة نحو إقرار القانون في البرلمان.", []),
])
def test_a_force_sent_and_a_hard_push(events_of, text, types):
    assert [e["type"] for e in events_of(text)] == types


def test_a_joint_search_is_cooperation(events_of):
    text = "ونفّذت القوتان عملية تفتيش مشتركة في البساتين المجاورة اعتقلتا خلالها خمسة مشتبه بهم."
    assert sorted(e["type"] for e in events_of(text)) == ["COERCE", "COOPERATE"]


@pytest.mark.parametrize("text, typ", [
    ("وقال الأهالي إن جنود الاحتلال أغلقوا الطريق الترابية المؤدية إلى الكروم بالسواتر.", "COERCE"),
    ("وأغلق المحتجون الطريق الدولي بالإطارات المشتعلة صباح اليوم.", "PROTEST"),
])
def test_who_closes_a_road(events_of, text, typ):
    assert [e["type"] for e in events_of(text)] == [typ]


# a verb after «رفضوا الطلب،» opens a clause of its own, not what was refused («وعرضوا في المقابل …» offers);
# «عرض» with «سحب» after it offers a withdrawal; smugglers held («وأوقفت اثنين من المهربين») are arrested


def test_an_offer_after_a_refusal(events_of):
    text = "غير أن الوجهاء رفضوا الطلب، وعرضوا تسليم المطلوبين إلى الشرطة."
    assert sorted(e["type"] for e in events_of(text)) == ["AGREE", "REJECT"]


def test_a_refused_withdrawal_stays_refused(events_of):
    # guard
    assert [e["type"] for e in events_of("ورفضت الفصائل الانسحاب من مواقعها شرق البلدة.")] == ["REJECT"]


def test_an_offer_to_withdraw(events_of):
    text = "وعرض الوفد الروسي سحب القوات من البلدة مقابل تسليم السلاح الثقيل."
    assert "AGREE" in [e["type"] for e in events_of(text)]


def test_smugglers_held_are_arrested(events_of):
    text = "وقال الجهاز في بيان إن دورياته أوقفت اثنين من المهربين على الطريق الصحراوي."
    assert any("المهربين" in a["text"] for e in events_of(text) if e["type"] == "COERCE" for a in e["recipient"])


# answering a statement or accusations («وردّ X على بيان …»، «ترد على الاتهامات الأميركية») and throwing out appeals
# («ردّ معظم الطعون») reject: the one answering is the source, whose accusations the recipient; a return of fire
# («وردّت وحدات الجيش على مصادر النيران») stays an attack


@pytest.mark.parametrize("text, src, rec", [
    ("الحكومة الليبية ترد على الاتهامات التركية بشأن دعم المسلحين في الجنوب.", "الحكومة", "التركية"),
    ("وأعلنت المفوضية ردّ معظم الطعون المقدمة في المحافظة لعدم استنادها إلى أدلة.", "المفوضية", None),
])
def test_answering_accusations_rejects(events_of, text, src, rec):
    (e,) = [e for e in events_of(text) if e["type"] == "REJECT"]
    assert [a["text"].split()[0] for a in e["source"]] == [src]  # («الحكومة» or «الحكومة الليبية»)
    assert [a["text"] for a in e["recipient"]] == ([rec] if rec else [])


def test_a_return_of_fire_is_an_attack(events_of):
    # guard
    assert [e["type"] for e in events_of("وردّت وحدات الجيش على مصادر النيران بالأسلحة المناسبة.")] == ["ASSAULT"]


# a settlement named in quotation marks as a standing thing («بطاقات «التسوية»»، «انضم بعد «التسوية»») is no agreement
# told; a settlement reached is


@pytest.mark.parametrize("text", [
    "واعتقلت الدورية شابين من البلدة رغم حملهما بطاقات «التسوية».",
    "وكان القيادي قد انضم بعد «التسوية» إلى «الفيلق الخامس»، وتلقى تهديدات متكررة.",
    "وتتبادل الأجهزة الأمنية وفصائل «التسوية» الاتهامات بالمسؤولية عن الاغتيالات.",
])
def test_a_named_settlement_is_no_agreement(events_of, text):
    assert "AGREE" not in [e["type"] for e in events_of(text)]


def test_a_settlement_reached_is_an_agreement(events_of):
    # guard
    assert "AGREE" in [e["type"] for e in events_of("وتوصل الطرفان إلى تسوية تقضي بخروج المسلحين من البلدة.")]


# a visit to or by the held of a prison and their families («خلال آخر زيارة سُمح بها»، «قصر مدة الزيارة») is no
# meeting between parties; a minister's visit to a president is


def test_a_prison_visit_is_no_meeting(events_of):
    assert not events_of("ويشكو ذوو النزلاء من قصر مدة الزيارة وارتفاع أسعار المواد الغذائية في حانوت السجن.")


def test_a_visit_between_parties_is_a_meeting(events_of):
    # guard
    assert [e["type"] for e in events_of("وأجرى وزير الخارجية زيارة إلى الرئيس في قصره صباح اليوم.")] == ["CONSULT"]


# presses, restaurants and markets that take in fruit or visitors («معاصر حديثة تستقبل الثمار») are places that
# receive, not hosts of a meeting


def test_a_press_that_takes_in_fruit_hosts_no_meeting(events_of):
    text = "ويُباع معظم الزيت قبل نهاية العام، فيما تعمل في البلدة وحدها أربع معاصر حديثة تستقبل الثمار من القرى المحيطة."
    assert not events_of(text)


def test_a_host_receiving_a_delegation_meets_it(events_of):
    # guard
    assert [e["type"] for e in events_of("واستقبل الرئيس في قصره وفداً من المعارضة صباح اليوم.")] == ["CONSULT"]
