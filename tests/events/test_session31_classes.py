"""Session 31: classes of language from the errors of the dev sets and set 35 (docs/events.md § Session 31).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


# a threat joined by «، و» to a demand or a charge threatens the one that clause addressed


@pytest.mark.parametrize(("text", "threatened"), [
    ("وطالبت النقابة الحكومة بصرف الرواتب المتأخرة، وهددت بتعليق الدوام إذا لم تلبَّ مطالبها.", "الحكومة"),
    ("وحمّلت الحركة قيادة الجيش المسؤولية عن المجزرة، وتوعّدت بأن يكون الرد قاسياً.", "الجيش"),
    # (after a participle's clause between them: the threat is no longer dropped as an act with no actor)
    ("وحمّلت الحركة في بيان قيادة الجيش المسؤولية عن المجزرة، مؤكدةً أن عدد القتلى بلغ عشرة، وتوعّدت بأن يكون الرد "
     "قاسياً.", "الجيش"),
])
def test_a_joined_threat_threatens_the_one_addressed(events_of, text, threatened):
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert len(threats) == 1, threats
    assert any(threatened in t for t in _texts(threats[0]["recipient"])), threats[0]["recipient"]


def test_a_threat_to_pursue_culprits_is_not_against_the_one_charged(events_of):  # (a guard)
    text = "واتهمت الحركة فرع الأمن العسكري بحماية العصابات، وتوعدت بملاحقة الخاطفين."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert threats and not any("الأمن العسكري" in t for e in threats for t in _texts(e["recipient"])), threats


def test_a_threat_joined_to_a_statement_takes_no_addressee(events_of):  # (a guard)
    text = "وأعلنت الحركة أن قواتها صدّت الهجوم، وتوعّدت بأن يكون الرد قاسياً."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert all(not e["recipient"] for e in threats), threats


# one dual after «بين» names both sides of a fight; a headline's pair is the two sides named below


@pytest.mark.parametrize(("text", "sides"), [
    ("دارت اشتباكات عنيفة بين فصيلين في المدينة مساء أمس.", "فصيلين"),
    ("وفي القرية، اندلع اشتباك بالأسلحة الخفيفة بين عائلتين، مساء أمس، على خلفية خلاف على أرض زراعية.", "عائلتين"),
    ("اندلعت، فجر اليوم، اشتباكات بالأسلحة المتوسطة بين مجموعتين مسلحتين قرب السوق.", "مجموعتين"),
])
def test_a_dual_after_between_is_both_sides_of_the_fight(events_of, text, sides):
    clashes = _of_type(_events(events_of, text), "ASSAULT")
    assert len(clashes) == 1, clashes
    assert any(sides in t for t in _texts(clashes[0]["source"])) and not clashes[0]["recipient"], clashes[0]


def test_the_sides_already_told_are_no_new_pair(events_of):  # (a guard: «الطرفين» refers back)
    text = "تجددت الاشتباكات بين الطرفين في المدينة مساء أمس."
    assert all("الطرفين" not in t for e in _of_type(_events(events_of, text), "ASSAULT") for t in _texts(e["source"]))


def test_a_headline_pair_is_the_clash_of_the_sides_named_below(events_of):
    # (fails with the dual rule and without the pair merge: the headline stays an event apart)
    text = ("قتيلان في اشتباكات بين مجموعتين مسلحتين في البلدة\n"
            "اندلعت، مساء أمس، اشتباكات بين «كتيبة الصقور» و«لواء التحرير» في البلدة، ما أسفر عن مقتل شخصين.")
    clashes = _of_type(events_of(text), "ASSAULT")
    assert len(clashes) == 1, clashes
    assert {"كتيبة الصقور", "لواء التحرير"} <= {t.strip("«»") for t in _texts(clashes[0]["source"])}, clashes[0]["source"]


@pytest.mark.parametrize("text", [
    "أفاد مصدر محلي بأن نزاعاً عشائرياً اندلع ليل السبت بين عشيرتين في القرية، ما أسفر عن سقوط جرحى.",
    "تجدد الاقتتال بين فصيلين في ريف المدينة أمس.",
])
def test_tribal_disputes_and_infighting_are_fights(events_of, text):
    clashes = _of_type(_events(events_of, text), "ASSAULT")
    assert len(clashes) == 1 and clashes[0]["source"], clashes
    assert all("عشائري" not in t for t in _texts(clashes[0]["source"])), clashes[0]  # (the phrase's adjective is no agent)


def test_infighting_named_as_a_cause_is_no_event(events_of):  # (a guard)
    assert not _of_type(_events(events_of, "وقال إن الاقتتال أدى إلى إطالة غربته في القاهرة."), "ASSAULT")


# who records an act did not do it


def test_the_subject_of_a_verb_of_recording_is_no_attacker(events_of):
    text = "رصد «المرصد الشمالي» اشتباكات عنيفة اندلعت مساء أمس في المدينة بالأسلحة الرشاشة والقذائف الصاروخية."
    clashes = _of_type(_events(events_of, text), "ASSAULT")
    assert clashes and all("المرصد" not in t for e in clashes for t in _texts(e["source"])), clashes


def test_a_verb_of_recording_after_the_subject_keeps_it(events_of):  # (a guard)
    text = "وقالت المصادر إن الجيش رصد التحرك، ونفّذ كميناً بالمجموعة على محور القرية."
    ambush = _of_type(_events(events_of, text), "ASSAULT")
    assert ambush and any("الجيش" in t for e in ambush for t in _texts(e["source"])), ambush


# participles of accusing after a comma («، متهماً …»، «، محمّلاً … المسؤولية») are accusations of the clause's subject


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("وأعلن اللواء في بيان رفضه أي هدنة جديدة، متهماً النظام باستخدام المفاوضات غطاءً.", "اللواء", "النظام"),
    # (after a demand: its content, but not the accusation after the comma; the demand's subject, not its object)
    ("وطالب المجلس المحلي الأمم المتحدة بالضغط لوقف القصف، محمّلاً الميليشيا المسؤولية عن المجازر.", "المجلس المحلي",
     "الميليشيا"),
])
def test_a_participle_of_accusing_accuses(events_of, text, accuser, accused):
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert len(acc) == 1, acc
    assert any(accuser in t for t in _texts(acc[0]["source"])), acc[0]["source"]
    assert any(accused in t for t in _texts(acc[0]["recipient"])), acc[0]["recipient"]


def test_one_accused_is_no_accusation(events_of):  # (a guard: the same letters read as «مُتَّهَماً»)
    assert not _of_type(_events(events_of, "وكان الرجل متهماً بسرقة سيارة من الحي."), "ACCUSE")


def test_a_participle_after_what_is_said_goes_with_the_sayer(events_of):
    text = "وقال المجلس المحلي إن القصف أودى بحياة طفلين من عائلة واحدة، متهماً الميليشيا باستهداف الأحياء."
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert len(acc) == 1 and _texts(acc[0]["source"]) == ["المجلس المحلي"], acc


def test_a_participle_after_what_an_unnamed_sayer_said_takes_no_actor_of_it(events_of):
    text = "وقال مصدر ميداني إن القصف أودى بحياة طفلين من عائلة واحدة، متهماً الميليشيا باستهداف الأحياء."
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert acc and not any("طفل" in t for e in acc for t in _texts(e["source"])), acc


def test_what_is_expected_is_planned(events_of):
    text = "ومن المنتظر أن يزور وفد من الحكومة المدينة لبحث إعادة تشغيل المشفى."
    visits = [e for e in _of_type(_events(events_of, text), "CONSULT") if "يزور" in e["evidence"]["trigger"]["text"]]
    assert visits and visits[0]["factuality"] == "planned", visits


# «لـ X» after aid of an aid body and after reinforcements names whose they are


@pytest.mark.parametrize("text", [
    "ودخلت صباح اليوم عبر المعبر قافلة مساعدات لـ«الهلال الأحمر التركي» تضم عشر شاحنات.",
    "ودخلت ظهر اليوم قافلة مساعدات للهلال الأحمر العربي السوري إلى البلدة.",
])
def test_the_convoy_of_an_aid_body_is_its_own(events_of, text):
    aid = _of_type(_events(events_of, text), "AID")
    assert aid and any("هلال الأحمر" in t for t in _texts(aid[0]["source"])), aid
    assert not any("هلال الأحمر" in t for t in _texts(aid[0]["recipient"])), aid


@pytest.mark.parametrize(("text", "receiver"), [
    ("ووصلت مساعدات غذائية للنازحين في المخيم.", "نازحين"),
    ("وسلّمت الحكومة مساعدات إنسانية للهلال الأحمر في المدينة.", "هلال الأحمر"),
])
def test_aid_for_people_or_handed_to_a_body_goes_to_them(events_of, text, receiver):  # (guards)
    aid = _of_type(_events(events_of, text), "AID")
    assert aid and any(receiver in t for t in _texts(aid[0]["recipient"])), aid


@pytest.mark.parametrize(("text", "owner"), [
    ("وأفادت مصادر محلية بوصول تعزيزات عسكرية لقوات النظام إلى محيط الملعب البلدي.", "قوات النظام"),
    ("وتحدثت صفحات محلية عن وصول تعزيزات عسكرية لـ«قسد» إلى الضفة الشرقية للنهر.", "قسد"),
])
def test_reinforcements_of_a_force_are_its_own(events_of, text, owner):
    mob = _of_type(_events(events_of, text), "MOBILIZE")
    assert mob and any(owner in t for t in _texts(mob[0]["source"])), mob


# a return of fire («ردّت … على مصادر النيران/القصف/الإطلاق») is an attack of its own


def test_a_return_of_fire_is_another_attack(events_of):
    text = ("استهدف المسلحون مساء أمس بقذيفتي هاون أطراف القرية، ما أدى إلى إصابة طفلتين بجروح، وردّت وحدات الجيش "
            "المرابطة في المنطقة على مصادر الإطلاق بالأسلحة المناسبة.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 2, attacks
    assert any(_texts(e["source"]) == ["وحدات الجيش"] for e in attacks), attacks


def test_a_reply_to_media_sources_is_no_attack(events_of):  # (a guard)
    text = "وردّ المتحدث باسم الحكومة على مصادر إعلامية قالت إن الاتفاق انهار."
    assert not _of_type(_events(events_of, text), "ASSAULT")


# «بعدما» (after) is no negation; a gap phrase is headed by the last of its first words before the rest


def test_after_is_no_negation(events_of):  # a regression test: «بعدما» was read as «بـ» + «عدم» + «ا»
    text = "وانسحب الوفد من الاجتماع بعدما حمّل ممثل الحكومة الفصائل مسؤولية فشل المفاوضات."
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert acc and acc[0]["factuality"] == "asserted", acc
    retreat = "وانسحبت القوات من البلدة بعدما قصفت الطائرات مواقعها."
    assert all(e["factuality"] != "negated" for e in _events(events_of, retreat)), _events(events_of, retreat)


def test_a_gap_phrase_starts_at_its_nearest_head(events_of):  # a regression test: «حملة» headed the phrase before
    text = ("وطالب المجلس المحلي المنظمات الدولية بالضغط لوقف «حملة القصف» التي تتعرض لها البلدة، محمّلاً موسكو "
            "المسؤولية عن المجازر.")
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert len(acc) == 1 and _texts(acc[0]["source"]) == ["المجلس المحلي"], acc
    assert any("موسكو" in t for t in _texts(acc[0]["recipient"])), acc[0]["recipient"]  # (a capital after the participle)


def test_a_sentence_phrase_joined_after_a_ruling_is_no_content(events_of):
    # (a guard: fails with the nearest head alone, when «وحكم عليه بالسجن» was read as the content of «يقضي بـ»)
    text = ("أصدرت المحكمة حكماً يقضي بثبوت إدانة رجل بالانضمام إلى جماعة مسلحة، وحكم عليه بالسجن مدة ست سنوات.")
    assert _of_type(_events(events_of, text), "SANCTION")


def test_blame_for_the_safety_of_people_blames_the_one_named_inside(events_of):
    text = "وأدان المجلس، في بيان، حملة الاعتقالات في المدينة، وحمّل النظام المسؤولية الكاملة عن سلامة المعتقلين."
    acc = _of_type(_events(events_of, text), "ACCUSE")
    assert acc and all("المعتقلين" not in t for e in acc for t in _texts(e["recipient"])), acc
    assert any("النظام" in t for e in acc for t in _texts(e["recipient"])), acc


# aid, reinforcements and visiting delegations are where they are sent


@pytest.mark.parametrize(("text", "typ", "place"), [
    ("ودخلت ظهر اليوم قافلة مساعدات إلى تلبيسة، بحسب مصدر طبي في المشفى الوطني بحمص.", "AID", "تلبيسة"),
    ("وقالت مصادر إن وفداً روسياً توجه أمس إلى أنقرة لبحث التطورات في إدلب مع الجانب التركي.", "CONSULT", "أنقرة"),
])
def test_what_is_sent_is_where_it_goes(events_of, text, typ, place):
    evs = _of_type(_events(events_of, text), typ)
    assert evs and place in ((evs[0].get("location") or {}).get("text") or ""), evs


def test_the_coming_days_date_a_plan_in_the_week_ahead(events_of):
    # («خلال الأيام المقبلة» was no time expression: a plan told so had no date at all; published 2 January 2024)
    text = "ومن المنتظر أن يزور وفد من الحكومة المدينة خلال الأيام المقبلة لبحث إعادة تشغيل المشفى."
    evs = [e for e in _of_type(_events(events_of, text), "CONSULT") if "يزور" in e["evidence"]["trigger"]["text"]]
    assert evs and evs[0]["date"]["precision"] == "week", evs
    assert "2024-01-03" <= evs[0]["date"]["value"] <= "2024-01-09", evs[0]["date"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون حاجزاً للجيش في البلدة مساء أمس، في حين استهدف هجوم منفصل مقراً للشرطة في البلدة.",
    "قتل ثلاثة جنود في هجوم على حاجز في البلدة. وأسفر هجوم منفصل على البلدة عن مقتل جنديين.",
])
def test_a_separate_attack_is_another_event(events_of, text):
    assert len(_of_type(_events(events_of, text), "ASSAULT")) == 2, _events(events_of, text)


@pytest.mark.parametrize(("text", "subject"), [
    ("وكشف مصدر في المجلس أن وفداً من وجهاء الحي سيلتقي ممثلين عن الفصيل لبحث وقف القصف.", "وفد"),
    ("وأوضح المصدر أن وفداً من أعيان المدينة سيزور مقر المحافظة الأحد لبحث ملف المعتقلين.", "وفد"),
])
def test_the_subject_of_that_before_the_verb_is_its_subject(events_of, text, subject):
    # «أنّ» + its subject (accusative) + a «من» phrase or a genitive + the verb: not the actor after the verb
    evs = [e for e in _events(events_of, text) if e["type"] in ("CONSULT", "ASSAULT", "COERCE")]
    assert evs and any(subject in t for t in _texts(evs[0]["source"])), evs
