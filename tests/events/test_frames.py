"""Frames: actors, places, times and attribution (sentences written for these tests)."""

from __future__ import annotations

from marsad.events.frames import Arg, assign_roles, chunk_actors, find_attribution, pick_place
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def setup(text: str):
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    trigs = find_triggers(ws)
    actors = chunk_actors(ws)
    for a in actors:
        a.text = text[a.start : a.end]
    return ws, trigs, actors


def roles(text: str, trigger: str):
    ws, trigs, actors = setup(text)
    t = next(t for t in trigs if text[t.start : t.end] == trigger)
    src, rec, _why, _ = assign_roles(ws, t, actors, others=trigs)
    return [a.text for a in src], [a.text for a in rec]


def test_vso():
    assert roles("هاجمت قوات الأمن مسلحين في البلدة.", "هاجمت") == (["قوات الأمن"], ["مسلحين"])


def test_svo_after_anna():
    assert roles("قال المصدر إن المسلحين هاجموا دورية للجيش.", "هاجموا")[0] == ["المسلحين"]


def test_between_x_and_y_in_a_fight_gives_two_sources():
    src, rec = roles("اندلعت اشتباكات بين الجيش والمسلحين في الحي.", "اشتباكات")
    assert len(src) == 2 and rec == []


def test_noun_genitive_is_agent_and_ala_marks_target():
    assert roles("أسفر هجوم المسلحين على الشرطة عن قتيلين.", "هجوم") == (["المسلحين"], ["الشرطة"])


def test_patient_noun_genitive_is_the_recipient():
    src, rec = roles("نفذت الشرطة اعتقال الناشطين في المدينة.", "اعتقال")
    assert rec == ["الناشطين"] and src == ["الشرطة"]


def test_experiencer_is_recipient():
    _src, rec = roles("تعرضت دورية للجيش لهجوم قرب الجسر.", "لهجوم")
    assert rec and rec[0].startswith("دورية")


def test_agent_phrase_min_qibal():
    src, _ = roles("جرى اعتقال الصحافي من قبل عناصر الأمن.", "اعتقال")
    assert src == ["عناصر الأمن"]


def test_chunker_stops_at_verbs_and_prepositions():
    _ws, _, actors = setup("أعلن وفد روسي في العاصمة أن قوات النظام بدأت الانسحاب.")
    assert [a.text for a in actors] == ["وفد روسي", "قوات النظام"]


def test_place_prefers_governed_over_destination():
    text = "انسحب المسلحون من حمص إلى إدلب."
    ws, trigs, _ = setup(text)
    homs = Arg(start=text.index("حمص"), end=text.index("حمص") + 3, text="حمص", first=3, last=3, kind="place")
    idlib = Arg(start=text.index("إدلب"), end=text.index("إدلب") + 4, text="إدلب", first=5, last=5, kind="place")
    place, why, strong = pick_place(ws, trigs[0], [idlib, homs])
    assert place is homs and strong and why


def test_attribution_kinds():
    text = "وقال مراسلنا في المدينة إن القصف استمر، بحسب وكالة الأنباء الرسمية."
    ws = [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]
    found, _ = find_attribution(ws)
    kinds = [k for _, _, k in found]
    assert "correspondent" in kinds and "outlet" in kinds


def _place(text: str, ws, name: str) -> Arg:
    s = text.index(name)
    i = next(k for k, w in enumerate(ws) if w.start <= s < w.end)
    return Arg(start=s, end=s + len(name), text=name, first=i, last=i, kind="place")


def test_destination_is_a_movements_place_not_a_proposals():
    text = "عرض الوسطاء اتفاقاً يقضي بنقل المقاتلين إلى إدلب."
    ws, trigs, _ = setup(text)
    agree = next(t for t in trigs if t.type == "AGREE")
    place, _why, _strong = pick_place(ws, agree, [_place(text, ws, "إدلب")])
    assert place is None
    text = "توجه وفد عسكري إلى درعا صباح اليوم."
    ws, trigs, _ = setup(text)
    visit = next(t for t in trigs if t.type == "CONSULT")
    place, _why, _strong = pick_place(ws, visit, [_place(text, ws, "درعا")])
    assert place is not None and place.text == "درعا"


def test_target_owned_by_an_actor_is_the_recipient():
    assert roles("هاجم مسلحون حاجزاً للجيش قرب البلدة.", "هاجم") == (["مسلحون"], ["حاجزاً للجيش"])
    assert roles("قصفت الطائرات مقرات للفصائل في الريف.", "قصفت") == (["الطائرات"], ["مقرات للفصائل"])


def test_second_actor_noun_is_not_a_nisba_adjective():
    src, rec = roles("استهدف مسلحون دورية للشرطة أمس.", "استهدف")
    assert src == ["مسلحون"] and rec == ["دورية للشرطة"]
    assert [a.text for a in setup("قوات روسية")[2]] == ["قوات روسية"]
