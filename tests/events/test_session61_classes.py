"""Session 61: classes of language from the errors of the dev sets (docs/events.md § Session 61).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _sources(events_of, text: str, typ: str) -> list[str]:
    """The source texts of the events of type ``typ`` found in ``text`` (at least one event must be found)."""
    evs = [e for e in events_of(text) if e["type"] == typ]
    assert evs
    return [a["text"] for e in evs for a in e["source"]]

# a definite agreement named as what is carried out, kept, broken or staged («بتأخير تنفيذ الصفقة»، «التزموا
# بالهدنة»، «المرحلة الثانية من الصفقة») is the agreement in force: no new act of agreeing


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أن الفصائل ملتزمة بالهدنة رغم القصف.",
    "ومن المقرر أن تُنفَّذ المرحلة الثانية من الصفقة يوم الأحد المقبل في بلدة الحمرة.",
    "وأكد الوسيط حرص الطرفين على إنجاح الصفقة رغم التأخير.",
], ids=["kept", "stage", "made-to-succeed"])
def test_an_agreement_in_force_is_no_new_agreement(events_of, text):
    assert not [e for e in events_of(text) if e["type"] == "AGREE"]


@pytest.mark.parametrize("text", [
    "وتوصل الطرفان، مساء أمس، إلى هدنة جديدة في بلدة الحمرة بوساطة وجهاء العشائر.",
    "وأعلن الوسيط إبرام الصفقة بين الطرفين بعد مفاوضات استمرت أسبوعين.",
], ids=["new-truce", "deal-made"])
def test_an_agreement_reached_stays_an_agreement(events_of, text):
    # guards: an agreement reached or made is told
    assert [e for e in events_of(text) if e["type"] == "AGREE"]


# a truce told again («ونصّت الهدنة، التي أُعلنت …») is not the deal told before it («وجاء إتمام صفقة التبادل …»)


def _agree(*words):
    trig = [{"text": w, "start": 10 * k, "end": 10 * k + len(w)} for k, w in enumerate(words)]
    return {"type": "AGREE", "mode": None, "evidence": {"trigger": trig[0], "triggers": trig[1:]}}


def test_a_truce_is_not_a_deal_when_merging():
    from marsad.events.merge import _same_kind

    assert not _same_kind(_agree("الصفقة"), _agree("الهدنة"))
    assert _same_kind(_agree("هدنة"), _agree("الهدنة"))
    assert _same_kind(_agree("الصفقة", "الهدنة"), _agree("الهدنة"))  # an event already told by both
    assert _same_kind(_agree("اتفاق"), _agree("الهدنة"))  # an agreement of no named kind


# a demonstrative between a masdar after «بـ» and its genitive («طالبت بخروج تلك القوات») leaves the genitive in
# the demanded content: it is not the one who demands


def test_the_genitive_past_a_demonstrative_is_no_subject(events_of):
    text = "وترفض الحكومة وجود القوات الأجنبية في البلاد. وطالبت أكثر من مرة بخروج تلك القوات."
    (e,) = [e for e in events_of(text) if e["type"] == "REQUEST"]
    assert not [a for a in e["source"] if "القوات" in a["text"]]


# the other side's telling of an attack («في المقابل، روت الوكالة أن «مجموعة خارجة عن القانون» اعتدت على …») in a
# sentence opened by «في المقابل» (or «أما X ف…») and a verb of saying is the article's first attack told again


_CLASH = ("اندلع مساء أمس اشتباك بين مسلحين محليين وعناصر حاجز أمني عند المدخل الشمالي لبلدة الحمرة، وأسفر عن مقتل "
          "عنصر من الحاجز.\n")


def test_the_other_sides_version_is_the_attack_told_before(events_of):
    text = _CLASH + ("في المقابل، روت الوكالة الرسمية أن «مجموعة خارجة عن القانون» اعتدت على «نقطة لحفظ الأمن» في "
                     "المدخل الشمالي للبلدة.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 1


def test_an_attack_elsewhere_told_by_the_other_side_stays_apart(events_of):
    # guard: the other side tells an act at places the first attack's sentences never name, though in the same city
    text = ("ألقت مروحيات النظام صباح اليوم براميل متفجرة على الأحياء الشرقية لمدينة حلب، ما أدى إلى مقتل أحد عشر "
            "مدنياً.\nفي المقابل، قالت الوكالة الرسمية إن «المجموعات الإرهابية» استهدفت بعدد من القذائف الصاروخية حيي "
            "الجميلية والموكامبو في القسم الغربي من المدينة، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 2


# what a measure bans or prevents («ومنع إطلاق النار في المآتم والأعراس») is no act


def test_an_act_banned_is_no_attack(events_of):
    text = "وقرر المجتمعون في بلدة الحمرة منع إطلاق النار في المآتم والأعراس تحت طائلة الملاحقة."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# «ما دامت …» (as long as) names a lasting state, the condition of something else, not an event


def test_an_act_after_as_long_as_is_no_event(events_of):
    text = "وقال أحد المعتصمين إن الاعتصام في بلدة الحمرة حق للأهالي ما دامت الطائرات تقصف قراهم."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# «وسط دوي القذائف» (amid the sound of shelling) is the background of what the sentence tells


def test_the_sound_of_shelling_in_the_background_is_no_attack(events_of):
    text = "وشيّعت بلدة الحمرة ضحاياها عصر اليوم في مقبرتها الشرقية وسط دوي القذائف."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# the terms a plan lists stay its content when the plan's subject has a relative clause with no comma before it and
# an attribution set off by commas («وتنص الخريطة التي قدّمها الجانب الروسي قبل أيام، بحسب نسخة …، على تسليم …»)


def test_terms_of_a_plan_past_a_relative_clause_and_an_attribution(events_of):
    text = ("وتنص الخريطة التي قدّمها الوفد الروسي قبل أيام، بحسب نسخة اطّلعت عليها الصحيفة، على تسليم السلاح الخفيف "
            "وتسوية أوضاع المطلوبين في بلدة الحمرة، إضافة إلى ترحيل من يرفض التسوية من المسلحين إلى مدينة إدلب.")
    assert not [e for e in events_of(text) if e["type"] in ("RETREAT", "COERCE")]


# a joint patrol named with the two states' nisba adjectives between the noun and «المشتركة», set off by a verb the
# lexicon does not read («انطلقت … الدورية الروسية التركية المشتركة»), is cooperation between the two states


def test_a_joint_patrol_of_two_states_named_after_the_noun_is_cooperation(events_of):
    text = "وعلى الطريق الدولي، انطلقت صباح اليوم الدورية الروسية التركية المشتركة من قرية الترنبة غربي مدينة سراقب."
    assert [e for e in events_of(text) if e["type"] == "COOPERATE"]


def test_a_joint_patrol_of_one_state_stays_no_cooperation(events_of):
    # guard: the army and the police of one state
    text = "وانطلقت صباح اليوم الدورية المشتركة للجيش والشرطة من قرية الترنبة غربي مدينة سراقب."
    assert not [e for e in events_of(text) if e["type"] == "COOPERATE"]


# a recipient read inside the source's own words («قوة من مديرية المخابرات في الجيش اللبناني»: the unit of the force)
# is the source named again: it is dropped, not the source


def test_a_unit_inside_the_source_phrase_is_not_its_recipient(events_of):
    text = "ودهمت قوة من مديرية المخابرات في الجيش اللبناني فجر اليوم منزلاً في بلدة بريتال واعتقلت ثلاثة مطلوبين."
    (e,) = [e for e in events_of(text) if e["type"] == "COERCE" and e["evidence"]["trigger"]["text"] == "ودهمت"]
    assert [a["text"] for a in e["source"]] and "المخابرات" in e["source"][0]["text"]
    assert not [a for a in e["recipient"] if a["text"] == "المخابرات"]


# the particle «قد» of the pluperfect does not set the subject too far from the noun of its light verb («وكانت
# طائرات حربية روسية قد شنّت، في السابع والعشرين من شباط الماضي، غارات على …»)


def test_the_pluperfect_subject_of_a_light_verb_past_a_dated_parenthetical(events_of):
    text = ("وكانت قوات النظام قد شنّت، في السابع والعشرين من شباط الماضي، غارات على الحي الشمالي لمدينة أريحا أدت "
            "إلى مقتل خمسة مدنيين.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert [a["text"] for a in e["source"]] == ["قوات النظام"]


# the second of the victims joined after «بينهم» («مقتل أربعة مدنيين، بينهم امرأة وطفلاها، جراء قصف …») is one of
# the dead, never the attacker


def test_the_second_victim_after_among_is_no_attacker(events_of):
    text = ("وجاءت الجولة بعد ساعات من مقتل أربعة مدنيين، بينهم امرأة وطفلاها، جراء قصف بقذائف الهاون استهدف منازل في "
            "محيط الجامع العمري في درعا البلد ظهر أمس.")
    assert not [a for a in _sources(events_of, text, "ASSAULT") if "طفلا" in a]


# an act of the pluperfect background with a day of its own («وكان مسلحون مجهولون قد اغتالوا، في الثالث والعشرين من
# كانون الأول الماضي، …», ten days before publication) is not the attack told the day before by other unnamed gunmen


def test_a_background_killing_on_its_own_day_is_not_yesterdays_attack(events_of):
    text = ("وفي ريف درعا الغربي، خرجت مساء أمس مظاهرة في مدينة طفس تضامناً مع المحاصرين، فيما هاجم مسلحون مجهولون "
            "حاجزاً للأمن العسكري على الطريق بين طفس واليادودة، ما أدى إلى إصابة عنصرين.\n"
            "وكان مسلحون مجهولون قد اغتالوا، في الثالث والعشرين من كانون الأول الماضي، عضواً سابقاً في لجنة التفاوض "
            "عن مدينة جاسم أمام منزله.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 2


# an office («مكتب التربية والتعليم»، «المكتب المركزي للأبحاث القضائية») is an actor that condemns, demands and acts;
# after «لـ» with a pronoun («في بيان لمكتبه الإعلامي») it is the owner of a statement, not a subject


def test_an_office_is_an_actor(events_of):
    text = "ودان مكتب التربية والتعليم في محافظة الضالع اختطاف المعلمَين، وطالب المنظمات الدولية بالتدخل للإفراج عنهما."
    evs = {e["type"]: e for e in events_of(text)}
    assert "مكتب التربية" in " ".join(a["text"] for a in evs["REQUEST"]["source"])


def test_a_statement_of_his_office_is_no_subject(events_of):
    # guard: «لمكتبه» is after «لـ»
    text = ("بدوره، استقبل محافظ المدينة وفداً يمثّل المحتجين في مكتبه داخل المبنى، ووعدهم، بحسب بيان لمكتبه "
            "الإعلامي، بـ«رفع مطالبهم إلى الحكومة خلال أسبوع».")
    assert not [a for e in events_of(text) for a in e["source"] if "مكتب" in a["text"]]


# the owner of the homes a verb raids («ثم دهمت منازل عدد من المشاركين») is no subject of the verb, also when the
# verb ends a chain of joined clauses


def test_the_owner_of_raided_homes_is_no_subject(events_of):
    text = ("واستقدم الجيش تعزيزات كبيرة إلى بلدة بريتال بعد الظهر، ونفّذت وحداته انتشاراً في أحيائها وأقامت حواجز "
            "ثابتة عند مداخلها، ثم دهمت منازل عدد من المشاركين في الاشتباك من دون أن توقف أحداً.")
    assert not [a for a in _sources(events_of, text, "COERCE") if "المشاركين" in a]


# the entrances of a town («عند مداخل رنكوس»، «عند مداخل بلدة رنكوس») are the town for merging a headline's act with
# the same act told below


def test_a_headline_clash_at_a_towns_entrances_is_the_clash_told_below(events_of):
    text = ("غارة على سوق الحمرة.. واشتباكات عند مداخل رنكوس\n"
            "وعند مداخل بلدة رنكوس، تدور منذ فجر اليوم اشتباكات عنيفة بين الكتائب المقاتلة في البلدة وقوات الأسد.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT" and any(
        "اشتباكات" in t["text"] for t in [e["evidence"]["trigger"], *e["evidence"].get("triggers", [])])]) == 1


# a definite act noun after a word of time or cause («… خلال حملة مداهمات … عقب الهجوم») is the act told before, no
# object of the sentence's light verb: the force that arrests did not attack


def test_the_attack_a_raid_followed_is_not_the_raiders(events_of):
    text = "وفي العريش، ألقت قوات الأمن القبض على أحد عشر مشتبهاً بهم خلال حملة مداهمات في أحياء المساعيد عقب الهجوم."
    assert not [a for a in _sources(events_of, text, "ASSAULT") if "الأمن" in a]


# the victims of an act («مصابي الهجوم»، «جرحى القصف») name the act told before: the time of the sentence (a planned
# visit) is not the act's, and the act merges into the one told


def test_the_wounded_of_an_attack_visited_tomorrow_are_of_the_attack_told(events_of):
    text = ("قُتل خمسة من عناصر الشرطة في هجوم مسلح على حاجز أمني جنوب مدينة العريش فجر اليوم.\n"
            "ومن المقرر أن يزور محافظ شمال سيناء مصابي الهجوم في المستشفى صباح غد.")
    assert len([e for e in events_of(text) if e["type"] == "ASSAULT"]) == 1
