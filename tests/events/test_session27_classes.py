"""Session 27: classes of language from the errors of the dev sets and the news files (docs/events.md § Session 27).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import texts as _texts


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _one(events_of, text: str, typ: str) -> dict:
    found = _of_type(events_of("عنوان الخبر\n" + text), typ)
    assert len(found) == 1, found
    return found[0]


# a name the tagger found after its settlement word («وفي مدينة X،»): governed by what governs the settlement word


@pytest.mark.parametrize("text, place", [
    ("وفي مدينة كوستي، استهدفت طائرة مسيّرة فجر اليوم محطة الكهرباء. واتهم الجيش قوات الدعم السريع بإطلاقها من "
     "مناطق سيطرتها في شمال كردفان.", "كوستي"),
    ("وفي بلدة ود رملي، اقتحم مسلحون السوق ظهر أمس ونهبوا المحال، فيما قصفت المدفعية مواقع في شمال كردفان.",
     "رملي"),
])
def test_a_fronted_settlement_name_places_the_act(events_of, text, place):
    events = events_of("عنوان الخبر\n" + text)
    first = min(events, key=lambda e: e["evidence"]["trigger"]["start"])
    assert place in (first.get("location") or {}).get("text", ""), first["why"]["location"]


# military units named by a number or an ordinal are actors («الفرقة 30»، «الفرقة الثامنة عشرة»، «اللواء 47»)


@pytest.mark.parametrize("text, typ, source", [
    # (a guard: a digit after «الفرقة» was an actor before this session)
    ("واتهمت الفرقة 18 مشاة المسلحين بإطلاق المسيّرة على المدينة.", "ACCUSE", "الفرقة 18"),
    ("واتهمت الفرقة الثامنة عشرة المسلحين بإطلاق المسيّرة على المدينة.", "ACCUSE", "الفرقة"),
    ("وقصف اللواء 47 مواقع المسلحين في القرية أمس.", "ASSAULT", "اللواء 47"),
])
def test_a_numbered_unit_is_an_actor(events_of, text, typ, source):
    e = _one(events_of, text, typ)
    assert source in " ".join(_texts(e["source"])), e["why"]["actors"]


# «خمسة من أفراد X»: the members killed are the victims, not X the agent


def test_members_killed_are_the_victims(events_of):
    e = _one(events_of, "وقتل خمسة من أفراد الشرطة أثناء تصديهم للمهاجمين أمس.", "ASSAULT")
    assert not e["source"], e["why"]["actors"]
    assert "أفراد الشرطة" in " ".join(_texts(e["recipient"])), e["why"]["actors"]


def test_a_town_named_wad_is_one_name(events_of):
    # (gunmen storming are an attack since session 60)
    e = _one(events_of, "وفي بلدة ود عشانا، اقتحم مسلحون السوق ظهر أمس ونهبوا المحال.", "ASSAULT")
    assert "ود عشانا" in (e.get("location") or {}).get("text", ""), e["why"]["location"]


# past «فيما/بينما/في حين» another clause begins: its subject is not the object of the act before, and its own act
# with another subject is another event


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قافلة تجارية مساء أمس قرب البلدة، فيما قصفت الطائرات مواقع في الريف الشرقي.",
    "وانفجرت عبوة ناسفة صباح أمس قرب سوق شعبي في البلدة، بينما قصف الطيران الحربي مواقع في الريف الشرقي.",
])
def test_a_contrast_clause_tells_another_act(events_of, text):
    attacks = _of_type(events_of("عنوان الخبر\n" + text), "ASSAULT")
    assert len(attacks) == 2, [(e["evidence"]["trigger"]["text"], e["why"].get("merged")) for e in attacks]
    first = min(attacks, key=lambda e: e["evidence"]["trigger"]["start"])
    assert not any(x in " ".join(_texts(first["recipient"])) for x in ("الطائرات", "الطيران")), first["why"]["actors"]


# «كثيراً ما/غالباً ما/عادةً ما» + verb: a habit, and «ما» there negates nothing


@pytest.mark.parametrize("text", [
    "وكثيراً ما تستهدف الطائرات أوكار التنظيم في الوديان الوعرة.",
    "وغالباً ما يقصف الجيش مواقع المسلحين في التلال المحيطة بالبلدة.",
])
def test_often_is_a_habit_not_a_negation(events_of, text):
    assert not _of_type(events_of("عنوان الخبر\n" + text), "ASSAULT")


# a dateline «X – «outlet»:» names a place, though no list holds it; the article's events with no place of their own
# are there, not in a country named further down


def test_a_dateline_town_is_the_articles_place(events_of):
    events = events_of("اعتصام أمام مقر البلدية\nالجغبوب – «نافذة الجنوب»: اعتصم عشرات الشبان، صباح اليوم، أمام "
                       "مقر المجلس البلدي للمطالبة بتحسين الخدمات.\nوتعاني المدينة من نقص حاد في الوقود منذ اندلاع "
                       "الحرب في السودان.")
    protests = _of_type(events, "PROTEST")
    assert protests and all((e.get("location") or {}).get("text") == "الجغبوب" for e in protests), [
        (e.get("location"), e["why"]["location"]) for e in protests]


def test_a_dateline_pattern_finds_the_town():
    from marsad.ner.patterns import find_patterns

    text = "عنوان الخبر\nالجغبوب – «نافذة الجنوب»: اعتصم عشرات الشبان أمام المجلس."
    found = [(text[p.start : p.end], p.kind) for p in find_patterns(text) if p.trigger == "dateline"]
    assert found == [("الجغبوب", "place")]
    # a line that only holds a quoted phrase after a dash is no dateline
    assert not [p for p in find_patterns("عنوان\nوقال – «في بيان»: إن") if p.trigger == "dateline"]


# a weapon that is the subject of an attack verb («استهدفت طائرة مسيّرة …»): what follows it is what it hit


@pytest.mark.parametrize("text, target", [
    ("وفي مدينة كوستي، استهدفت طائرة مسيّرة، فجر اليوم، محطة التحويل الرئيسية للكهرباء.", "محطة التحويل"),
    ("قصفت المدفعية محطة الضخ في البلدة فجر اليوم.", "محطة الضخ"),
    ("استهدفت طائرة حربية مستودعاً للوقود قرب البلدة فجر اليوم.", "مستودع"),
])
def test_what_a_weapon_subject_hit(events_of, text, target):
    e = _one(events_of, text, "ASSAULT")
    assert target in " ".join(_texts(e["recipient"])), e["why"]["actors"]


# «بين X و Y» after a meeting noun, past a place phrase; «وفد من X» as one side


@pytest.mark.parametrize("text, source, recipient", [
    ("وعلم مراسلنا أن جولة مفاوضات عُقدت يوم الأحد الماضي في بلدة بلودان بين أعضاء من اللجنة وضباط من «الفرقة "
     "الرابعة».", "اللجنة", "الفرقة الرابعة"),
    ("وأفادت مصادر أن اجتماعاً عُقد أمس في مدينة الرستن بين وجهاء المدينة وضباط من «الشرطة العسكرية الروسية».",
     "وجهاء", "الشرطة العسكرية الروسية"),
])
def test_between_past_a_place_phrase(events_of, text, source, recipient):
    e = _one(events_of, text, "CONSULT")
    assert source in " ".join(_texts(e["source"])), e["why"]["actors"]
    assert recipient in " ".join(_texts(e["recipient"])), e["why"]["actors"]


@pytest.mark.parametrize("text, source, recipient", [
    ("وانتهت مساء أمس جولة المفاوضات الثانية بين وفد من ضباط الشرطة العسكرية الروسية وممثلين عن فصائل المعارضة في "
     "مدينة بصرى الشام.", "الشرطة العسكرية الروسية", "فصائل المعارضة"),
    ("وجرت أمس مفاوضات بين وفد من وجهاء البلدة وممثلين عن قوات النظام في مدينة الصنمين.", "وجهاء", "قوات النظام"),
])
def test_a_delegation_of_x_is_one_side(events_of, text, source, recipient):
    e = _one(events_of, text, "CONSULT")
    assert source in " ".join(_texts(e["source"])), e["why"]["actors"]
    assert recipient in " ".join(_texts(e["recipient"])), e["why"]["actors"]


# «أصدر X بياناً اتهم فيه Y …»، «وناشد فيه Y»: the statement's issuer says it; the actor after «فيه» is addressed


@pytest.mark.parametrize("text, typ", [
    ("ونشرت الفصائل بياناً اتهمت فيه قوات النظام بخرق الهدنة في البلدة.", "ACCUSE"),
    ("وأصدرت الهيئة الطبية في البلدة مساء أمس بياناً حمّلت فيه «حزب الله» مسؤولية وفاة ثلاثة مرضى، وناشدت فيه "
     "منظمة الصحة العالمية التدخل.", "REQUEST"),
])
def test_a_statements_issuer_speaks(events_of, text, typ):
    e = _one(events_of, text, typ)
    assert any(x in " ".join(_texts(e["source"])) for x in ("الفصائل", "الهيئة")), e["why"]["actors"]
    assert not any(x in " ".join(_texts(e["source"])) for x in ("قوات النظام", "منظمة الصحة")), e["why"]["actors"]


def test_a_video_still_says_no_event(events_of):
    # (a guard: what a recording says is its content, not an act)
    assert not _of_type(events_of("عنوان الخبر\nونشر الناشط مقطعاً مصوّراً انتقد فيه الحكومة."), "ACCUSE")


# new triggers: aid dropped from the air, a general mobilisation, fighters handing over their weapons


@pytest.mark.parametrize("text, typ", [
    ("أعلنت المحافظة أن طائرات تابعة لبرنامج الأغذية العالمي ألقت ليل أمس بالمظلات عشرين طناً من المواد الغذائية "
     "فوق الأحياء المحاصرة.", "AID"),
    ("واتهمت الفصائل الجانب الروسي بخرق التهدئة، وأعلنت «النفير العام» في صفوف مقاتليها.", "MOBILIZE"),
    ("وسلّم عشرات المقاتلين أسلحتهم للجيش في البلدة أمس بموجب اتفاق التسوية.", "RETREAT"),
])
def test_new_triggers(events_of, text, typ):
    assert _of_type(events_of("عنوان الخبر\n" + text), typ)


@pytest.mark.parametrize("text", [
    "وألقى الوزير كلمة في المؤتمر أمس.",
    "ونفّذت القوات الأميركية إنزالاً جوياً في قرية شرقي دير الزور أمس.",
])
def test_no_aid_from_speeches_or_airborne_raids(events_of, text):
    assert not _of_type(events_of("عنوان الخبر\n" + text), "AID")


@pytest.mark.parametrize("text", [
    "وألقت دورية من فرع الأمن العسكري القبض على ثلاثة أشخاص بتهمة سرقة المساعدات الغذائية.",
    "ويعتمد الأهالي منذ أشهر على ما تبقّى من حصص الإغاثة وعلى ما تنتجه الأراضي الصغيرة داخل البلدة.",
    "وأثنى وفد من منظمة للإغاثة والتنمية على جهود الأطباء في المخيم.",
])
def test_relief_named_is_no_aid_event(events_of, text):
    assert not _of_type(events_of("عنوان الخبر\n" + text), "AID")


def test_a_ship_loaded_with_food_is_aid(events_of):
    assert _of_type(events_of("عنوان الخبر\nوأبحرت أمس من ميناء جدة سفينة محمّلة بألفي طن من المواد الغذائية متجهة "
                              "إلى ميناء عدن."), "AID")


# a background note («يُذكر أن …»، «ويُشار إلى أن …»): a reminder of what is known, historical, not the report's news;
# «جولات توتر» are no talks


@pytest.mark.parametrize("text", [
    "ويُشار إلى أن الطيران الحربي قصف البلدة في الثالث من آب الماضي.",
    "يُذكر أن قوات النظام اعتقلت عشرات الشبان من البلدة في أيار الماضي.",
])
def test_a_background_note_is_historical(all_events_of, text):
    evs = [e for e in all_events_of(text) if e["type"] in ("ASSAULT", "COERCE")]
    assert evs and all(e["factuality"] == "historical" for e in evs), [(e["factuality"], e["why"]["factuality"])
                                                                      for e in evs]


def test_rounds_of_tension_are_no_talks(events_of):
    assert not events_of("عنوان الخبر\nوشهدت المنطقة خلال العامين الماضيين جولات توتر متقطعة بين فصائلها انتهت "
                         "بوساطات محلية.")


def test_reported_speech_is_no_background_note(events_of):
    # (a guard: «وذكر أن» is a report, not «يُذكر أن»)
    assert _of_type(events_of("عنوان الخبر\nوذكر مصدر محلي أن الطيران قصف البلدة أمس."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "وروى أحد أقارب الشاب الذي قُتل أمس لمراسلنا أن القناص أطلق ثلاث رصاصات أصابت صدره.",
    "وقال ذوو الشاب الذي قُتل أمس إن الحاجز منع إسعافه.",
])
def test_the_relatives_of_the_one_killed_are_not_the_victims(events_of, text):
    e = _one(events_of, text, "ASSAULT")
    assert " ".join(_texts(e["recipient"])) == "الشاب", e["why"]["actors"]


# «عناصر حاجز تابع لـ«X»»: the checkpoint the subject's members man belongs to X — X is the subject's owner, no target


@pytest.mark.parametrize("text, owner", [
    ("وفي بلدة بقين، اعتقل عناصر حاجز تابع لـ«الفرقة الرابعة» على المدخل الشمالي للبلدة، صباح الإثنين الماضي، ثلاثة "
     "شبان.", "الفرقة الرابعة"),
    ("واعتقل عناصر حاجز تابع لـ«الأمن العسكري» عند مدخل المدينة، مساء أمس، شابين.", "الأمن العسكري"),
])
def test_members_of_a_checkpoint_of_x_are_xs(events_of, text, owner):
    e = _one(events_of, text, "COERCE")
    assert owner in " ".join(_texts(e["source"])), e["why"]["actors"]
    assert owner not in " ".join(_texts(e["recipient"])), e["why"]["actors"]


def test_a_definite_subject_takes_no_genitive(events_of):
    # (a guard: «مواقع» after a definite subject is the object, owned by the recipient)
    e = _one(events_of, "واستهدفت فصائل من المعارضة أمس مواقع تابعة للقوات السورية النظامية في قرية صلنف.", "ASSAULT")
    assert "مواقع" not in " ".join(_texts(e["source"])), e["why"]["actors"]
