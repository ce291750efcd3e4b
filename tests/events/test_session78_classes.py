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
