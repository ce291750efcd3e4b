"""Session 77: classes of language from the errors on the dev sets (docs/events.md § Session 77).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts, of_type

# an act told after «وفي الليلة ذاتها،» (the time of the act told before) is another act at that time, not the
# headline's act told again; the other mentions of its sentence tell it too


def test_an_attack_the_same_night_is_another_attack(events_of):
    text = ("ثلاثة قتلى بهجوم على حاجز للشرطة في الصالحية\n"
            "قُتل ثلاثة عناصر من الشرطة، ليل أمس، بهجوم شنّه مسلحون مجهولون على حاجز عند مدخل بلدة الصالحية. "
            "وأوضح المصدر أن المهاجمين انسحبوا باتجاه البساتين.\n"
            "وفي الليلة ذاتها، استهدف مسلحون حاجزاً للجيش على الطريق الواصل بين الميادين والبوكمال، من دون أن يسفر "
            "الهجوم عن إصابات.")
    assert facts(events_of, text, "ASSAULT") == ["asserted", "asserted"]


def test_arrests_the_same_day_are_other_arrests(events_of):
    text = ("قوات الأمن تعتقل أربعة شبان في حي الجامع\n"
            "اعتقلت قوات الأمن أربعة شبان في حي الجامع الكبير بمدينة الميادين صباح اليوم. "
            "وقال ناشطون إن الشبان اقتيدوا إلى فرع الأمن.\n"
            "وفي اليوم نفسه، اعتقلت قوات الأمن ثلاثة طلاب عند حاجز على الطريق بين الميادين والبوكمال.")
    assert len(of_type(events_of(text), "COERCE")) == 2


def test_the_attack_recalled_by_its_noun_the_same_night_stays_one(events_of):
    # (the frame makes a new act of a verb only: «الهجوم» in its sentence recalls the attack told before)
    text = ("ثلاثة قتلى بهجوم على حاجز للشرطة في الصالحية\n"
            "قُتل ثلاثة عناصر من الشرطة، ليل أمس، بهجوم شنّه مسلحون مجهولون على حاجز عند مدخل بلدة الصالحية.\n"
            "وفي الليلة ذاتها، قال شهود إن الهجوم استمر نحو ساعة قبل أن ينسحب المسلحون.")
    assert facts(events_of, text, "ASSAULT") == ["asserted"]


# what the attackers did, told of them after «أن/إن» («قال القائد إن المهاجمين فجّروا سيارة مفخخة …»), is how the
# attack told before was done, not another attack; an act done to the attackers («طاردت المهاجمين … وقتلت سبعة
# منهم») is its own


def test_a_car_bomb_set_off_by_the_attackers_is_part_of_their_attack(events_of):
    text = ("قُتل أربعة جنود بهجوم شنّه مسلحون على قاعدة قرب بلدة الصالحية فجر اليوم. وقال قائد في القاعدة إن "
            "المهاجمين فجّروا سيارة مفخخة عند البوابة الرئيسية قبل أن يقتحموها.")
    assert facts(events_of, text, "ASSAULT") == ["asserted"]


def test_the_attackers_raking_a_checkpoint_with_fire_is_part_of_their_attack(events_of):
    text = ("قُتل ثلاثة عناصر من الشرطة، ليل أمس، بهجوم شنّه مسلحون مجهولون على حاجز عند مدخل بلدة الصالحية، وفق ما "
            "أفاد به مراسل الشبكة. وقال المراسل إن المهاجمين أمطروا عناصر الحاجز بالرصاص وتبادلوا معهم إطلاق النار "
            "لدقائق، ثم لاذوا بالفرار.")
    assert facts(events_of, text, "ASSAULT") == ["asserted"]


def test_the_army_pursuing_the_attackers_is_its_own_act(events_of):
    text = ("قُتل أحد عشر مدنياً بهجوم شنّه مسلحون على قرية للصيادين قرب بلدة الصالحية فجر اليوم. وأعلن الجيش أن "
            "وحداته طاردت المهاجمين عبر الجزر وقتلت سبعة منهم.")
    assert len(of_type(events_of(text), "ASSAULT")) == 2


# «تهجير» (displacement) names a policy or a charge («الصمت عن احتلال المدينة وتهجير أهلها»، «تسعى إلى … تهجيرهم»),
# not an act told: it is no trigger; a departure told by its verb still is


def test_displacement_in_a_charge_is_no_withdrawal(events_of):
    text = ("وحمّلت الإدارة المحلية المجتمع الدولي مسؤولية «الصمت عن احتلال البلدة وتهجير أهلها»، وطالبت بفتح "
            "تحقيق دولي.")
    assert facts(events_of, text, "RETREAT") == []


def test_displacement_as_an_aim_charged_is_no_withdrawal(events_of):
    text = "وقال المسؤول إن الميليشيات تسعى إلى إفراغ البلدة من أهلها وتهجيرهم إلى مناطق أخرى."
    assert facts(events_of, text, "RETREAT") == []


def test_buses_leaving_with_the_displaced_still_withdraw(events_of):
    text = "وخرجت صباح اليوم الحافلات التي تقل المقاتلين وعائلاتهم من البلدة باتجاه الشمال."
    assert facts(events_of, text, "RETREAT") == ["asserted"]


# shells that fell with a time and a town of their own («وسقطت قذائف هاون، ظهر اليوم، على … مدينة مارع») are their own
# attack, not the air strikes on another town told before, though both killed civilians


def test_shells_on_another_town_at_a_time_of_their_own_are_their_own_attack(events_of):
    text = ("قوات كردية تنتزع مطار منغ من الفصائل.. وغارات روسية على طريق أعزاز\n"
            "سيطرت قوات كردية، فجر اليوم، على مطار منغ العسكري بعد معارك ضارية مع الفصائل.\n"
            "وقُتل ثلاثة مدنيين، صباح اليوم، بغارات شنّتها طائرات حربية روسية على سيارات للنازحين على طريق أعزاز، "
            "بحسب الدفاع المدني.\n"
            "ويقع المطار على بعد كيلومترات من الحدود التركية. وكان المطار قاعدة للمروحيات قبل الحرب. وتحيط به أراض "
            "زراعية واسعة.\n"
            "ويعيش في المنطقة آلاف النازحين في مخيمات مؤقتة. ويعتمد معظمهم على المساعدات. وتشح المياه في المخيمات "
            "صيفاً.\n"
            "ويقول سكان إن الطرق باتت خطرة. ويخشى كثيرون البقاء في بيوتهم. وأغلقت المدارس أبوابها منذ أيام.\n"
            "وسقطت قذائف هاون عدة، ظهر اليوم، على الأحياء السكنية في مدينة مارع، ما أدى إلى مقتل طفل وإصابة خمسة "
            "مدنيين.")
    places = [(e.get("location") or {}).get("text") for e in of_type(events_of(text), "ASSAULT")]
    assert "مدينة مارع" in places


# a ceasefire to be consolidated («العمل على تثبيت وقف لإطلاق النار»، «لتثبيت وقف إطلاق النار») is the one in force, no
# ceasefire declared; one declared is still told


def test_a_ceasefire_to_be_consolidated_is_no_new_ceasefire(events_of):
    text = "ومن المقرر أن يصل وفد إلى مرزق يوم الخميس المقبل للقاء ممثلي المكونات والعمل على تثبيت وقف لإطلاق النار."
    assert facts(events_of, text, "CONCEDE") == []


def test_a_meeting_to_consolidate_the_ceasefire_declares_none(events_of):
    text = "والتقى ممثلو الفصائل في صيدا مساء أمس لتثبيت وقف إطلاق النار وسحب المسلحين من الشوارع."
    assert facts(events_of, text, "CONCEDE") == []


def test_a_ceasefire_declared_is_still_told(events_of):
    text = "وأعلن الجيش وقف إطلاق النار في المدينة اعتباراً من الساعة السادسة مساء اليوم."
    assert facts(events_of, text, "CONCEDE") == ["asserted"]


# a storming of a town or of military positions is an assault also when the stormers or a time stand between
# («اقتحمت، صباح السبت الماضي، بلدة …»، «اقتحمت المعسكرات»، «بعد اقتحامه» of a camp named before); a storming with a
# house, shop or office stormed, or with arrests told after it in its sentence, is a raid, and so is a town, a camp or a
# square stormed by forces named before it («اقتحمت القوات المخيم»)


def test_a_town_stormed_after_a_time_is_an_assault(events_of):
    text = "وكانت قوات النظام قد اقتحمت، صباح السبت الماضي، بلدة بليون بعد قصف تمهيدي استمر ساعات."
    assert [e["type"] for e in events_of(text)] == ["ASSAULT"]


def test_camps_stormed_are_an_assault(events_of):
    text = "وقالت الحكومة إن قوات المجلس اقتحمت المعسكرات بالقوة صباح اليوم."
    assert facts(events_of, text, "ASSAULT") == ["asserted"]


def test_a_house_stormed_near_a_headquarters_is_a_raid(events_of):
    text = "واقتحمت قوة من شرطة المدينة، فجر اليوم، منزلاً قرب مقر البلدية في حي الجامع."
    assert facts(events_of, text, "COERCE") == ["asserted"]


def test_a_headquarters_stormed_with_arrests_is_a_raid(events_of):
    text = "واقتحمت قوات الأمن، فجر اليوم، مقر الجمعية في وسط المدينة واعتقلت عشرة من أعضائها."
    assert facts(events_of, text, "COERCE") == ["asserted"]
    assert facts(events_of, text, "ASSAULT") == []


def test_forces_storming_a_camp_are_a_raid(events_of):
    text = "وفي نابلس، اقتحمت قوات الاحتلال مخيم بلاطة شرق المدينة قبيل فجر اليوم."
    assert facts(events_of, text, "COERCE") == ["asserted"]


def test_an_airport_stormed_by_protesters_is_a_riot(events_of):
    # (protesters named after «من قبل» storm as those named right after the verb do)
    text = "وأُغلق مطار المدينة مؤقتاً بعد اقتحامه من قبل عشرات المتظاهرين عند هبوط طائرة قادمة من الخارج."
    assert [e["type"] for e in events_of(text) if e["type"] in ("ASSAULT", "COERCE", "PROTEST")
            and "اقتحام" in e["evidence"]["trigger"]["text"]] == ["PROTEST"]


# a meeting told after a visit in its sentence («زار وفد … البلدة، والتقى …»، «في زيارة يلتقي خلالها …») is the visit's
# own meeting: one event, whom they met its recipient


def test_a_meeting_a_planned_visit_is_for_is_the_visit(events_of):
    text = "وأعلن عضو في الائتلاف أن وفداً منه سيزور الرقة خلال الأسبوع المقبل للقاء أعضاء مجلسها المحلي."
    assert facts(events_of, text, "CONSULT") == ["planned"]


def test_whom_a_planned_visit_meets_is_its_recipient(events_of):
    text = "ومن المقرر أن يصل وزير الخارجية الإيراني إلى دمشق يوم السبت المقبل في زيارة يلتقي خلالها الرئيس السوري."
    evs = of_type(events_of(text), "CONSULT")
    assert len(evs) == 1 and any("الرئيس" in (r.get("text") or "") for r in evs[0].get("recipient") or [])
