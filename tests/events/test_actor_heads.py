"""Session 6: people named by their role (governor, sheikh, mukhtar, child, driver …) head actor phrases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "typ", "source", "recipient"), [
    ("واجتمع المحافظ مع ممثلين عن الفصائل المسلحة في المدينة.", "CONSULT", "المحافظ", None),
    ("واعتقلت قوات الأمن شيخ العشيرة على حاجز المدينة.", "COERCE", "قوات الأمن", "شيخ العشيرة"),
    ("وقتل طفل برصاص قناص في حي الوعر.", "ASSAULT", "قناص", "طفل"),
])
def test_people_named_by_their_role_are_actors(events_of, text, typ, source, recipient):
    # governors, sheikhs, mukhtars, children … head actor phrases when no name is tagged (session 6)
    e = next(e for e in events_of(text) if e["type"] == typ)
    assert [a["text"] for a in e["source"]] == [source]
    if recipient:
        assert [a["text"] for a in e["recipient"]] == [recipient]


@pytest.mark.parametrize(("text", "source", "recipient"), [
    ("والتقى وزير الخارجية الأردني أيمن الصفدي نظيره العماني في مسقط.",
     "وزير الخارجية الأردني أيمن الصفدي", "نظيره العماني"),
    ("واستقبل رئيس الوزراء اللبناني نجيب ميقاتي وفداً أمريكياً في بيروت.",
     "رئيس الوزراء اللبناني نجيب ميقاتي", "وفداً أمريكياً"),
])
def test_a_title_and_the_name_after_it_are_one_actor(events_of, text, source, recipient):
    # the name is in apposition to the title (nisba adjectives may stand between), not the verb's object;
    # a counterpart («نظيره») is the one met
    e = next(e for e in events_of(text) if e["type"] == "CONSULT")
    assert [a["text"] for a in e["source"]] == [source]
    assert [a["text"] for a in e["recipient"]] == [recipient]


def test_a_verb_with_an_object_pronoun_takes_its_subject_after_it(events_of):
    # «X تحتجزهم Y»: Y holds X (the pronoun is the object), not X holds Y
    e = next(e for e in events_of("ونحو ألف شخص تحتجزهم جماعات مسلحة في ريف المدينة.") if e["type"] == "COERCE")
    assert [a["text"] for a in e["source"]] == ["جماعات"] and [a["text"] for a in e["recipient"]] == ["شخص"]


def test_an_active_killing_verb_with_its_object_keeps_its_agent(events_of):
    # «إنه قتلهم في كمين»: the circumstance phrase does not make the verb passive when it has an object pronoun
    e = next(e for e in events_of("وقال الجيش إنه قتلهم في كمين قرب الحدود.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["source"]] == ["الجيش"] and not e["recipient"]


def test_a_group_noun_and_its_quoted_name_are_one_actor(events_of):
    e = next(e for e in events_of('وتحاصر فصائل "جيش الفتح" بلدتي الفوعة وكفريا.') if e["type"] == "COERCE")
    assert [a["text"] for a in e["source"]] == ['فصائل "جيش الفتح"']


def test_member_phrases_chain_into_one_actor(events_of):
    # «ممثلين عن فصائل فرقة دمشق»: representatives of the factions of one group; «مع الجانب الروسي» is whom they met
    text = "ولم يحضر الاجتماع مع الجانب الروسي سوى ممثلين عن فصائل فرقة دمشق وشام الرسول، في حين لم تحضر اللجنة السياسية."
    e = next(e for e in events_of(text) if e["type"] == "CONSULT")
    assert [a["text"] for a in e["source"]] == ["ممثلين عن فصائل فرقة دمشق"]
    assert [a["text"] for a in e["recipient"]] == ["الجانب الروسي"]


def test_an_outlet_named_like_a_town_is_no_place(events_of):
    # «الميادين» is a town in Deir ez-Zor and a TV channel: after a source noun it is the outlet
    for text in ("وقالت مصادر للميادين إن الطائرات قصفت البلدة.", "مراسل الميادين يفيد بوقوع اشتباكات عنيفة."):
        evs = events_of(text)
        assert evs  # an event whose place is judged
        for e in evs:
            assert "ميادين" not in ((e["location"] or {}).get("text") or "")


@pytest.mark.parametrize(("text", "victims"), [
    ("ولقي ثلاثة مدنيين حتفهم في القصف.", "مدنيين"),
    ("ولقي الجنود مصرعهم في الكمين.", "الجنود"),
    ("واستشهد طفلان برصاص قناص في حي الوعر أمس.", "طفلان"),
])
def test_who_dies_is_the_victim(events_of, text, victims):
    # verbs of dying (لقي حتفه، استشهد) have the victim as subject; «برصاص قناص» names the attacker
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert victims in [a["text"] for a in e["recipient"]]
    assert victims not in [a["text"] for a in e["source"]]


def test_a_settlement_is_no_settler(events_of):
    e = next(e for e in events_of("وقتل جنديان في عملية طعن عند مدخل المستوطنة.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["recipient"]] == ["جنديان"]


def test_the_genitive_of_a_demanded_masdar_is_not_the_demanders(events_of):
    # «للمطالبة برحيل الحكومة»: the government is what «رحيل» is about, not who demands (after a statement: after a
    # protest, what it is for is the protest's, no demand of its own — session 45)
    e = next(e for e in events_of("وأصدرت الأحزاب بياناً للمطالبة برحيل الحكومة.") if e["type"] == "REQUEST")
    assert not any(a["text"] == "الحكومة" for a in e["source"])


def test_coordinated_subjects_of_a_meeting_noun_are_its_two_sides(events_of):
    e = next(e for e in events_of("وعقد الوفد الروسي ووفد المعارضة اجتماعاً في جنيف.") if e["type"] == "CONSULT")
    assert [a["text"] for a in e["source"]] == ["الوفد الروسي"]
    assert [a["text"] for a in e["recipient"]] == ["وفد المعارضة"]


def test_a_between_phrase_is_not_a_coordinated_subject():
    from marsad.events.frames import Arg, _coordinated_pair
    from tests.events.wordlist import words_of

    words = words_of("مفاوضات لفتح الطرق بين المعارضة والنظام في الجنوب")
    a = Arg(start=0, end=0, text="", first=4, last=4)
    b = Arg(start=0, end=0, text="", first=5, last=5)
    assert _coordinated_pair(words, b, [a, b]) is None
    words = words_of("وأجرى المعارضة والنظام مفاوضات في الجنوب")
    a = Arg(start=0, end=0, text="", first=1, last=1)
    b = Arg(start=0, end=0, text="", first=2, last=2)
    assert _coordinated_pair(words, b, [a, b]) is a


def test_the_uniform_worn_is_not_an_actor(events_of):
    # «مسلحون يرتدون زي الشرطة»: the police is what the gunmen wear, neither attacker nor target
    e = next(e for e in events_of("وخطف مسلحون يرتدون زي الشرطة خمسة موظفين من مركز للكمبيوتر.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["source"]] == ["مسلحون"]
    assert not any("الشرطة" in a["text"] for a in e["source"] + e["recipient"])


def test_pirates_and_governors_are_actors(events_of):
    e = next(e for e in events_of("وتعرضت السفينة للهجوم في خليج عدن في عملية نفذها قراصنة صوماليون.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["source"]] == ["قراصنة صوماليون"]
    # a definite group noun governs no genitive: «الحركة» is the subject, «حاكم» the object
    e = next(e for e in events_of("واختطفت الحركة حاكم منطقة في شرق البلاد.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["source"]] == ["الحركة"]
    assert [a["text"] for a in e["recipient"]] == ["حاكم"]


def test_who_is_beaten_is_the_victim_and_a_commander_joins_his_force(events_of):
    e = next(e for e in events_of("وقال المعتقل إنه تعرض للضرب بعد وصوله إلى السجن.") if e["type"] == "ASSAULT")
    assert not e["source"] and [a["text"] for a in e["recipient"]] == ["المعتقل"]
    e = next(e for e in events_of("ونجا قائد الشرطة من محاولة اغتيال في وسط المدينة.") if e["type"] == "ASSAULT")
    assert [a["text"] for a in e["recipient"]] == ["قائد الشرطة"]


def test_the_side_across_the_front_line_is_the_recipient(events_of):
    for text, side in [("وأرسل الجيش تعزيزات عسكرية إلى خطوط التماس مع فصائل المعارضة في ريف حماة.", "فصائل المعارضة"),
                       ("واستقدمت القوات الحكومية تعزيزات إلى الجبهات مع تنظيم داعش في البادية.", "تنظيم داعش")]:
        e = next(e for e in events_of(text) if e["type"] == "MOBILIZE")
        assert [a["text"] for a in e["recipient"]] == [side]


def test_the_pipeline_does_not_link_the_other_person(events_of):
    e = next(e for e in events_of("وطالب مندوب سوريا بشار الجعفري بفتح تحقيق في الهجوم.") if e["type"] == "REQUEST")
    assert not any(a.get("actor") == "SYR-PRES" for a in e["source"] + e["recipient"])


@pytest.mark.parametrize(("text", "recipient"), [
    ("استهدفت طائرة مسيرة دورية للجيش قرب البلدة.", "للجيش"),
    ("استهدفت قذيفة صاروخية مقراً للمسلحين في الريف.", "مقر"),
])
def test_a_weapon_subject_makes_the_actor_after_it_the_target(events_of, text, recipient):
    e = next(e for e in events_of(text) if e["type"] == "ASSAULT")
    assert not e["source"]  # the weapon is no actor
    assert any(recipient in a["text"] for a in e["recipient"])


@pytest.mark.parametrize(("text", "typ"), [
    ("وواصلت المدفعية استهداف تجمعات المسلحين وتحصيناتهم في الريف الغربي.", "MOBILIZE"),
    ("وأعلن الجيش أنه استهدف مقار وتحصينات للمسلحين قرب البلدة.", "MOBILIZE"),
])
def test_an_event_noun_an_attack_aims_at_is_what_was_hit(events_of, text, typ):
    evs = events_of(text)
    assert any(e["type"] == "ASSAULT" for e in evs)  # the attack itself is found
    assert not any(e["type"] == typ for e in evs)


def test_an_event_noun_after_a_time_link_is_its_own_event():
    from marsad.events.extract import _not_targets
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    for text, kept in (("استهدفت الطائرات المدينة بعد اعتقال ثلاثة من أبنائها", "اعتقال"),
                       ("استهدفت الطائرات تجمعات المسلحين وتحصيناتهم", None)):
        words = words_of(text)
        trigs = find_triggers(words)
        assert any(t.type == "ASSAULT" for t in trigs)
        left = {words[t.head].norm for t in _not_targets(words, trigs) if t.type != "ASSAULT"}
        assert (kept in left) if kept else not left


def test_a_comma_between_the_opening_subject_and_its_present_verb(events_of):
    e = next(e for e in events_of("رئيس الوزراء العراقي، يستقبل نظيره الأردني في بغداد.") if e["type"] == "CONSULT")
    assert any("رئيس الوزراء" in a["text"] for a in e["source"])
    assert any("نظيره" in a["text"] for a in e["recipient"])


def test_a_name_in_apposition_after_ma_is_the_counterpart(events_of):
    # «مع X، Y»: Y names the same counterpart; it is not the subject of the meeting verb
    evs = [e for e in events_of("وزار المبعوث طهران حيث التقى مع وزير الخارجية، محمد جواد ظريف.") if e["type"] == "CONSULT"]
    assert evs
    assert not any("ظريف" in a["text"] for e in evs for a in e["source"])


def test_a_title_with_the_place_of_its_post_joins_the_name(events_of):
    e = next(e for e in events_of("وزار المبعوث الخاص إلى اليمن هانس غروندبرغ العاصمة أمس.") if e["type"] == "CONSULT")
    assert any("المبعوث" in a["text"] and "غروندبرغ" in a["text"] for a in e["source"])
    assert not any("غروندبرغ" in a["text"] for a in e["recipient"])


def test_raining_shells_on_a_place_is_an_attack_by_its_subject(events_of):
    e = next(e for e in events_of("أمطرت الفصائل المقاتلة المعارضة للحكومة أربع بلدات محاصرة في شمال البلاد بالقذائف الصاروخية.")
             if e["type"] == "ASSAULT")
    assert any("الفصائل" in a["text"] for a in e["source"])
    assert not any(e["type"] == "ASSAULT" for e in events_of("وأمطرت السماء المدينة بالأمطار الغزيرة أمس."))


def test_the_actor_an_envoy_serves_is_not_the_subject_of_the_next_verb(events_of):
    # «يبحث مع موفد الرئيس الروسي … ويتهم …»: the coordinated verb shares the opening subject, not the envoy's master
    e = next(e for e in events_of("الرئيس يبحث مع موفد الرئيس الروسي ملف عودة اللاجئين ويتهم الغرب بافتعال الأزمات.")
             if e["type"] == "ACCUSE")
    assert not any(a.get("actor") == "RUS-PRES" for a in e["source"])


def test_a_partitive_after_ma_is_with_it(events_of):
    # «مع مجموعة من الشبان»: the young men fought with are not who fired
    e = next(e for e in events_of("ويبدو أن المسلح كان يتعارك مع مجموعة من الشبان عندما أطلق النار.")
             if e["type"] == "ASSAULT")
    assert not any("الشبان" in a["text"] for a in e["source"])
