"""Session 78: classes of language from the errors on the news files and the dev sets (docs/events.md § Session
78). The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type, one_of_type, role_texts, texts

# who judges what an act was («ووصف الوزير الهجوم بـ…»، «واعتبر المجلس الهجوم …») only describes the act named after
# the verb: the subject of «وصف/اعتبر» is not its attacker


def test_who_describes_an_attack_did_not_carry_it_out(events_of):
    text = ("قُتل جنديان وأصيب أربعة آخرون، فجر اليوم، بهجوم بطائرة مسيّرة استهدف موقعاً عسكرياً قرب بلدة الصالحية. "
            "ووصف وزير الدفاع الهجوم الذي تعرّض له الموقع بأنه «اعتداء جبان».")
    e = one_of_type(events_of(text), "ASSAULT")
    assert "وزير الدفاع" not in texts(e["source"] or [])


def test_who_deems_an_attack_an_escalation_did_not_carry_it_out(events_of):
    text = ("قُتل جنديان وأصيب أربعة آخرون، فجر اليوم، بهجوم بطائرة مسيّرة استهدف موقعاً عسكرياً قرب بلدة الصالحية. "
            "واعتبر وزير الدفاع الهجوم تصعيداً خطيراً لن يمرّ من دون ردّ.")
    e = one_of_type(events_of(text), "ASSAULT")
    assert "وزير الدفاع" not in texts(e["source"] or [])


def test_the_subject_of_a_light_verb_still_carries_out_the_attack(events_of):
    # (the guard: «شنّ» is no verb of judging; its subject is the attacker)
    text = "وشنّ الطيران الحربي الروسي، فجر اليوم، غارات على بلدة الصالحية."
    assert role_texts(events_of, text, "ASSAULT")[0][0] == ["الطيران الحربي الروسي"]


# those «المسؤولين عن» an attack are its perpetrators, unnamed, not an actor who attacked


def test_those_responsible_for_an_attack_name_no_other_attack(events_of):
    text = ("قُتل ثلاثة جنود وأصيب خمسة آخرون، صباح اليوم، بهجوم بطائرة مسيّرة استهدف قاعدة قرب بلدة الصالحية. "
            "وقال قائد القاعدة إن الهجوم نفّذته جماعات مسلحة. "
            "وتعهّد رئيس الأركان بمحاسبة جميع المسؤولين عن الهجوم في الوقت الذي تختاره القيادة.")
    e = one_of_type(events_of(text), "ASSAULT")
    assert "المسؤولين" not in texts(e["source"] or [])


def test_who_claims_responsibility_for_an_attack_carried_it_out(events_of):
    # (the guard: «مسؤوليته عن الهجوم» is a claim; its subject is the attacker)
    text = ("قُتل ثلاثة جنود، صباح اليوم، بهجوم استهدف حاجزاً قرب بلدة الصالحية. "
            "وأعلن تنظيم «داعش»، في بيان، مسؤوليته عن الهجوم.")
    assert texts(one_of_type(events_of(text), "ASSAULT")["source"] or []) == ["تنظيم «داعش»"]


# an evacuation of the wounded, by an ambulance or a relief body, or a medical one («طائرات إخلاء طبي») is aid, not a
# withdrawal


def test_a_medical_evacuation_is_aid(events_of):
    text = ("ونُقل المصابون الأربعة، مساء أمس، على متن طائرات إخلاء طبي تابعة للجيش إلى المستشفى العسكري في "
            "المدينة.")
    evs = events_of(text)
    assert of_type(evs, "AID") and not of_type(evs, "RETREAT")


def test_relief_cars_evacuating_families_is_aid(events_of):
    text = ("وتمكّنت سيارات الهلال الأحمر، ظهر اليوم، من إخلاء عائلات علقت في منازلها عند خطوط الاشتباك في حي "
            "الجامع.")
    evs = events_of(text)
    assert of_type(evs, "AID") and not of_type(evs, "RETREAT")


def test_forces_evacuating_their_positions_withdraw(events_of):
    # (the guard: an evacuation of positions by forces stays a withdrawal)
    text = "وأعلن المتحدث العسكري أن الوحدات أتمّت، صباح اليوم، إخلاء مواقعها في محيط بلدة الصالحية."
    evs = events_of(text)
    assert of_type(evs, "RETREAT") and not of_type(evs, "AID")


# «أخلى/أخلت» (evacuated) is a withdrawal; not «أخلى مسؤوليته» (disclaimed) nor «تخلّى عن» (gave up)


def test_forces_that_evacuated_their_posts_withdrew(events_of):
    text = "وأخلت القوات الحكومية، صباح اليوم، مواقعها في محيط بلدة الصالحية."
    assert len(of_type(events_of(text), "RETREAT")) == 1


def test_a_governor_disclaiming_responsibility_evacuates_nothing(events_of):
    text = "وأخلى المحافظ مسؤوليته عن تأخر صرف رواتب الموظفين في بلدة الصالحية."
    assert not of_type(events_of(text), "RETREAT")


def test_giving_up_is_no_evacuation(events_of):
    text = "وقال القيادي إن الفصيل تخلّى عن مطالبه بعد جولة من المفاوضات في بلدة الصالحية."
    assert not of_type(events_of(text), "RETREAT")


# snipers posted («نشرت القوات قناصة على الأسطح») or a place «في مرمى القناصة» tell no shot fired; a road that crosses a
# town («ويقطعها الطريق الدولي») blocks nothing; a delegation named after its talks («وفد التفاوض») holds none


def test_snipers_posted_on_roofs_fire_no_shot(events_of):
    text = "ونشرت القوات الحكومية قناصة على أسطح المباني المطلة على ساحة بلدة الصالحية."
    evs = events_of(text)
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "ASSAULT")


def test_a_cemetery_within_range_of_snipers_is_no_attack(events_of):
    text = ("ودفن الأهالي، ظهر أمس، ضحايا المستشفى الستة في حديقة عامة حوّلوها إلى مقبرة، بعدما صارت المقبرة القديمة "
            "في مرمى القناصة.")
    assert not of_type(events_of(text), "ASSAULT")


def test_a_road_crossing_a_town_is_no_road_blocked(events_of):
    text = "وتقع بلدة الصالحية على تلة منخفضة ويقطعها الطريق الدولي من الشمال إلى الجنوب."
    assert not of_type(events_of(text), "PROTEST")


def test_protesters_cutting_the_road_still_block_it(events_of):
    # (the guard: a road blocked by protesters, with no pronoun on the verb)
    text = "وقطع المحتجون الطريق الدولي قرب بلدة الصالحية صباح اليوم احتجاجاً على انقطاع الكهرباء."
    assert len(of_type(events_of(text), "PROTEST")) == 1


def test_the_negotiating_delegation_named_holds_no_talks(events_of):
    text = "وأنذر ضابط روسي وفد التفاوض خلال جلسة أمس بضرورة تسليم قوائم المطلوبين."
    evs = events_of(text)
    assert of_type(evs, "THREATEN") and not of_type(evs, "CONSULT")


# what a threat or promise says will be done («بأن قواته «ستقتحم …»») is its content, no event of its own


def test_a_storming_threatened_is_the_threat_content(events_of):
    text = ("وأنذر ضابط في «الفرقة الرابعة» وفد الأهالي، خلال جلسة أمس، بأن قواته «ستقتحم ما تبقى من الأحياء» ما لم "
            "يخرج المسلحون قبل نهاية الأسبوع.")
    evs = events_of(text)
    assert of_type(evs, "THREATEN") and not of_type(evs, "COERCE") and not of_type(evs, "ASSAULT")


def test_an_entry_threatened_is_the_threat_content(events_of):
    text = ("وهدّد قيادي في الجماعة، في تغريدة على «تويتر»، بأن قواته «ستدخل المدينة» إذا لم تتوقف غارات "
            "التحالف.")
    evs = events_of(text)
    assert of_type(evs, "THREATEN") and not of_type(evs, "MOBILIZE")


def test_an_entry_announced_is_still_told(events_of):
    # (the guard: a future verb after «إن» of a statement, no threat before it)
    text = "وقال المتحدث باسم الجيش إن وحداته ستدخل المدينة خلال ساعات بعد انسحاب المسلحين منها."
    assert of_type(events_of(text), "MOBILIZE")


def test_breaching_an_agreement_is_no_evacuation(events_of):
    # (the guard of «أخلّ بـ»: a breach, not «أخلى» evacuating)
    text = "وهدّد الرئيس باستخدام القوة ضد الحركة إذا ما أخلّت بالاتفاق الموقّع في بلدة الصالحية."
    assert not of_type(events_of(text), "RETREAT")


def test_who_describes_a_threat_named_again_did_not_make_it(events_of):
    # «وهو تهديد وصفه شيوخ قبليون …»: the actor after «وصفه» describes the threat told before; it is no genitive
    # of «تهديد», so the threat named again is the one told
    text = ("وتوعّد قائد ميداني في الجماعة، في كلمة مصورة، بـ«مواصلة الزحف» حتى السيطرة على ما تبقى من المحافظة، ما لم "
            "تقبل القبائل بتسليم مواقعها، وهو تهديد وصفه شيوخ قبليون بأنه «محاولة لشق الصف» لن تنجح.")
    assert texts(one_of_type(events_of(text), "THREATEN")["source"] or []) == ["قائد ميداني"]


# the aim of an act told («في مسعى لإحكام الطوق حول المدينة») is no event of its own


def test_the_aim_of_an_advance_is_no_siege(events_of):
    text = ("وتقدمت قوات النظام، صباح اليوم، من محور الهبيط نحو بلدة الصالحية، في مسعى لإحكام الطوق حول البلدة وقطع آخر "
            "طرق الإمداد إليها.")
    assert not of_type(events_of(text), "COERCE")


def test_a_siege_tightened_is_still_told(events_of):
    # (the guard: the siege told as done, no word of aim before it)
    text = "وأحكمت قوات النظام، صباح اليوم، الطوق حول بلدة الصالحية بعد سيطرتها على التلال المحيطة بها."
    assert of_type(events_of(text), "COERCE")


# positions stormed after a time set off by commas make a storming an assault, as they do right after it


def test_positions_stormed_past_a_time_make_an_assault(events_of):
    text = ("اقتحمت وحدات من الجيش الوطني الليبي، منذ فجر أمس الاثنين، آخر المواقع التي يتحصن فيها مسلحو المجلس في "
            "بلدة الصالحية.")
    evs = events_of(text)
    assert of_type(evs, "ASSAULT") and not of_type(evs, "COERCE")


# a session held by a council is found past its subject and a time set off by commas («ومن المقرر أن يعقد مجلس الأمن
# الدولي، يوم الخميس المقبل، جلسة مغلقة»); a halt of air strikes announced is a ceasefire


def test_a_session_planned_past_a_time_is_a_meeting(events_of):
    text = ("ومن المقرر أن يعقد مجلس الأمن الدولي، يوم الخميس المقبل، جلسة مغلقة لبحث التصعيد العسكري في المحافظة "
            "وتداعياته على مخيمات النازحين.")
    assert [e["factuality"] for e in of_type(events_of(text), "CONSULT")] == ["planned"]


def test_a_halt_of_air_strikes_announced_is_a_ceasefire(events_of):
    text = ("وأعلنت القيادة العامة للجيش وقف الغارات ثلاث ساعات، ظهر أمس، لإفساح المجال أمام خروج المدنيين من بلدة "
            "الصالحية.")
    assert of_type(events_of(text), "CONCEDE")


def test_a_halt_of_shelling_asked_for_is_no_ceasefire(events_of):
    # (the guard: what a demand asks for is its content)
    text = "وطالب المجلس المحلي في بلدة الصالحية، في بيان، بوقف القصف على الأحياء السكنية."
    assert not of_type(events_of(text), "CONCEDE")


def test_a_halt_given_in_exchange_is_a_term_of_the_deal(events_of):
    # «مقابل» (in exchange for): what a deal gives in return is its term, no event of its own
    text = ("وتحدثت مصادر محلية عن مفاوضات يجريها وجهاء بلدة الصالحية لتأمين خروج المسلحين نحو الجبال مقابل وقف "
            "العمليات العسكرية على البلدة.")
    assert not of_type(events_of(text), "CONCEDE")


# a meeting called to («دعت … الطرفين إلى اجتماع عاجل»، «ودعا إلى جلسة استثنائية») is a planned meeting, not only the
# content of the call


def test_a_meeting_called_to_is_a_planned_meeting(events_of):
    text = ("دعت الحكومة الأطراف المتنازعة في بلدة الصالحية ووجهاء العشائر إلى اجتماع عاجل في مقر المحافظة لبحث "
            "التهدئة.")
    assert [e["factuality"] for e in of_type(events_of(text), "CONSULT")] == ["planned"]


def test_a_session_called_to_is_a_planned_meeting(events_of):
    text = ("وطالب النائب بتسليم المطلوبين، ودعا إلى جلسة استثنائية لمجلس الوزراء يوم الجمعة المقبل لبحث الأوضاع في "
            "بلدة الصالحية.")
    assert of_type(events_of(text), "CONSULT")


def test_talks_called_for_are_still_the_call_content(events_of):
    # (the guard: only meetings called to are kept; talks asked for are the call's content)
    text = "ودعت الحكومة الأطراف المتنازعة في بلدة الصالحية إلى مفاوضات مباشرة لإنهاء الخلاف."
    assert not of_type(events_of(text), "CONSULT")


def test_a_meeting_during_a_planned_visit_is_the_visit(events_of):
    # «ومن المقرر أن يزور … للاطلاع على … ولقاء قادة …»: the meeting masdar is planned with the visit, one event
    text = ("ومن المقرر أن يزور رئيس الوزراء العراقي، يوم غد الأحد، مقر قيادة العمليات في بلدة الصالحية، للاطلاع على "
            "سير المعارك ولقاء قادة الجيش والحشد الشعبي، بحسب مصدر في مكتبه.")
    assert len(of_type(events_of(text), "CONSULT")) == 1


# an act told as going on since a day before the report («وتتواصل منذ ثمانية أيام معارك …») is dated to the report's
# day, not to the day it began


def test_battles_going_on_for_days_are_dated_to_the_report(events_of):
    text = ("وتتواصل منذ ثمانية أيام معارك عنيفة بين قوات الجيش والمسلحين على جبهات الكسارة والمشجح في محيط بلدة "
            "الصالحية.")
    dates = [e["date"]["value"] for e in of_type(events_of(text), "ASSAULT")]
    assert dates and all(v == "2024-01-02" for v in dates)


def test_arrests_three_days_ago_keep_their_day(events_of):
    # (the guard: no word of going on before «منذ»)
    text = "واعتقلت القوات منذ ثلاثة أيام خمسة شبان من بلدة الصالحية."
    assert [e["date"]["value"] for e in of_type(events_of(text), "COERCE")] == ["2023-12-30"]
