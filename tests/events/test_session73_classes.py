"""Session 73: classes of language from the errors on the dev sets (docs/events.md § Session 73).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts, role_texts

from marsad.events.merge import _background_on_its_own_day

# the subject of a verb after a relative clause set off by commas («X، الذي …، دان») is X even when its mention leaves
# out the end of its name: its adjectives («العراقية»), the rest of the name («والمغتربين») or its place


def test_a_subject_with_a_nisba_before_a_relative_clause(events_of):
    text = ("ووزارة الداخلية العراقية، التي أصدرت بياناً مطولاً صباح اليوم عن الوضع في المحافظة، دانت الهجوم "
            "على مركز الشرطة.")
    roles = role_texts(events_of, text, "ACCUSE")
    assert roles and roles[0][0] == ["وزارة الداخلية"]


def test_a_subject_with_the_rest_of_its_name_before_a_relative_clause(events_of):
    text = ("ووزارة الخارجية والمغتربين السورية، التي وجّهت رسالة إلى الأمين العام للأمم المتحدة حول القصف، "
            "دانت استهداف الحي.")
    roles = role_texts(events_of, text, "ACCUSE")
    assert roles and roles[0][0] == ["وزارة الخارجية"]


def test_a_council_of_a_province_before_a_relative_clause(events_of):
    text = ("ومجلس محافظة ديالى، الذي عقد جلسة طارئة في مبنى المحافظة بحضور ممثلين عن العشائر، طالب الحكومة "
            "بإرسال تعزيزات إلى القضاء.")
    roles = role_texts(events_of, text, "REQUEST")
    assert roles and roles[0][0] and "مجلس" in roles[0][0][0]
    assert roles[0][1] == ["الحكومة"]


# the entry or arrival of fighters told as news («أنباء عن دخول مقاتلي …»، «عن وصول فصائل …») is a movement of
# troops, rumoured



def test_news_of_fighters_entering_is_a_rumoured_movement(events_of):
    text = "وتداولت صفحات محلية أنباء عن دخول مقاتلي الفصائل أطراف البلدة، غير أن مصدراً عسكرياً نفى ذلك."
    assert facts(events_of, text, "MOBILIZE") == ["rumored"]


def test_news_of_factions_arriving_is_a_rumoured_movement(events_of):
    text = "وتناقلت حسابات على مواقع التواصل أنباء عن وصول فصائل مسلحة من خارج المحافظة إلى أطراف المدينة."
    assert facts(events_of, text, "MOBILIZE") == ["rumored"]


# the dead counted since the start of a period after a verb of killing («وقُتل منذ بداية العام أكثر من مئتي مدني») are
# a tally, not one attack


def test_the_dead_counted_since_a_period_began_are_a_tally(events_of):
    text = "وقُتل منذ بداية العام أكثر من مئتي مدني في غارات على قرى المحافظة، بحسب منظمة محلية."
    assert [e for e in events_of(text) if e["type"] == "ASSAULT"] == []


def test_the_dead_of_one_attack_are_no_tally(events_of):
    # (a dated attack: «صباح اليوم» keeps the tally rules away, whatever they count)
    text = "وقُتل أربعة عشر مدنياً، صباح اليوم، بغارة على سوق البلدة، بحسب منظمة محلية."
    assert [e["fatalities"] for e in events_of(text) if e["type"] == "ASSAULT"] == [14]


# troops deployed counted in battalions or brigades («ونشرت الوزارة ثلاثة أفواج من الشرطة») are a deployment


def test_battalions_deployed_are_a_movement_of_troops(events_of):
    text = "ونشرت وزارة الداخلية، أمس، ثلاثة أفواج من الشرطة الاتحادية في أحياء المدينة الجنوبية."
    assert [e["type"] for e in events_of(text)] == ["MOBILIZE"]


# the agent named in a relative clause that refers back to the device («لغماً زرعه التنظيم»، «سيارة مفخخة ركنها
# مسلحون») is the attacker


def test_who_planted_the_mine_is_the_attacker(events_of):
    text = "وقُتل رجل وابنته، فجر اليوم، بانفجار لغم أرضي زرعه التنظيم على جانب الطريق قرب بلدة الكرامة."
    roles = role_texts(events_of, text, "ASSAULT")
    assert roles and roles[0][0] == ["التنظيم"]


def test_who_parked_the_car_bomb_is_the_attacker(events_of):
    text = "وانفجرت سيارة مفخخة ركنها مسلحون مجهولون قرب حاجز للشرطة في حي الميدان، صباح اليوم، ما أدى إلى مقتل شرطيين."
    roles = role_texts(events_of, text, "ASSAULT")
    assert roles and roles[0][0] and roles[0][0][0].startswith("مسلحون")


# a background act with a day of its own («وكانت جبهة النصرة خطفت … مساء الأربعاء») is not an undated act told
# before, even when the rules read it as news and only the detection model's doubt made it background


def _event(**kw):
    return {"type": "ASSAULT", "source": [], "recipient": [], "evidence": {"trigger": {"text": "خطف"}}, **kw}


def test_a_dated_background_verb_is_apart_from_an_undated_act():
    undated = _event(date=None, factuality="asserted")
    doubted = _event(date={"value": "2015-07-29", "precision": "day"}, factuality="historical", _pos="v",
                     why={"factuality": ["stated by the article", "detection model: sentence score 0.31 below the "
                                         "ASSAULT threshold: not a specific new event"]})
    assert _background_on_its_own_day(undated, doubted)
    # (guard: a date inherited from the sentence before is no day of its own)
    inherited = {**doubted, "date": {"value": "2015-07-29", "precision": "day", "_inherited": True}}
    assert not _background_on_its_own_day(undated, inherited)


# an event named as the phase of another act («وطالبت الهيئة، في ختام الاجتماع، …») takes none of that act's actors:
# it is the meeting told before


def test_the_meeting_named_as_a_time_is_the_meeting_told_before(events_of):
    text = ("اشتباكات جديدة في المخيم رغم الهدنة\n"
            "وعقدت «هيئة العمل المشترك» اجتماعاً طارئاً، ظهر اليوم، في مقرها في صيدا، مع ممثلين عن الفصائل، لتثبيت وقف "
            "إطلاق النار.\n"
            "وطالبت الهيئة، في ختام الاجتماع، المجموعات المتشددة بتسليم المطلوبين إلى القضاء خلال يومين.")
    assert [e["type"] for e in events_of(text)].count("CONSULT") == 1


# a force deploying («أن تنتشر «القوة الأمنية المشتركة»») and shelter or food provided («وأمّنت البلدية فرشاً
# ووجبات») are a deployment and aid


def test_a_force_to_deploy_is_a_planned_deployment(events_of):
    text = "ومن المنتظر أن تنتشر «القوة الأمنية المشتركة» في محيط مجمع المدارس يوم الأربعاء المقبل."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("MOBILIZE", "planned")]


def test_mattresses_and_meals_provided_are_aid(events_of):
    text = "وأمّنت بلدية المدينة، بالتنسيق مع جمعيات أهلية، فرشاً ووجبات ساخنة لنحو ألفي نازح في مدينة صيدا."
    assert [e["type"] for e in events_of(text)] == ["AID"]


def test_securing_a_place_is_no_aid(events_of):
    # (guard: «تؤمّن» with no shelter or food after it is securing, not providing)
    text = "وقالت الشرطة إنها تؤمّن محيط المخيم منذ أسبوع."
    assert "AID" not in [e["type"] for e in events_of(text)]


# forces rumoured to come, named by no one, are another act than the deployment told as done by its force


def test_a_rumoured_arrival_is_apart_from_the_deployment_told(events_of):
    text = ("حظر تجوال في النجف بعد ليلة من الاحتجاجات\n"
            "النجف – «المرصد»: فرضت خلية الأزمة حظراً للتجوال في مدينة النجف، ونشرت قوات الجيش عناصرها عند مداخل "
            "المدينة.\n"
            "وتناقلت صفحات على مواقع التواصل أنباء عن وصول فصائل مسلحة من خارج المحافظة إلى أطراف النجف، غير أن "
            "مصدراً أمنياً نفى ذلك.")
    labels = sorted(facts(events_of, text, "MOBILIZE"))
    assert labels == ["asserted", "rumored"]


def test_a_count_far_after_a_killing_is_no_tally_of_its_dead(events_of):
    # (guard: the count past the verb's reach counts the quarter's people, not the dead «منذ مطلع الشهر»)
    text = "وقُتل منذ مطلع الشهر شاب برصاص قناص في حي الميدان الذي يسكنه أكثر من عشرين ألف نسمة."
    assert facts(events_of, text, "ASSAULT") == ["asserted"]
