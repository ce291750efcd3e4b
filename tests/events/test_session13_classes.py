"""Session 13: recipients — the object after a long subject, the other side of a meeting, the content of a promise."""

from __future__ import annotations

from event_helpers import of_type as _of
from event_helpers import texts as _texts


def test_counted_object_after_a_long_subject_and_a_time_parenthetical(events_of):
    text = "احتجزت دوريات تابعة لـ«الأمن العام» في «حكومة الإنقاذ»، مساء الخميس، تسعة شبان من أبناء القرية."
    ev = _of(events_of(text), "COERCE")
    assert ev and any("شبان" in r for r in _texts(ev[0]["recipient"]))


def test_the_walk_past_the_subject_stops_at_a_clause(events_of):
    # the count belongs to another clause («الذين …»): no recipient is read from it
    text = "اعتقلت قوات الأمن الشبان الذين وصلوا قبل خمسة أيام."
    ev = _of(events_of(text), "COERCE")
    assert ev and not any("أيام" in r for r in _texts(ev[0]["recipient"]))


def test_a_promise_after_a_reception_is_made_to_the_visitors(events_of):
    text = ("واستقبل رئيس البلدية وفداً من المزارعين في مكتبه، ووعد بـ«نقل شكواهم إلى مديرية الزراعة قريباً»، "
            "غير أن أعضاء الوفد رفضوا فتح الطريق قبل صدور قرار مكتوب.")
    evs = events_of(text)
    agree, reject = _of(evs, "AGREE"), _of(evs, "REJECT")
    assert agree and any("المزارعين" in r for r in _texts(agree[0]["recipient"]))
    assert not any("مديرية" in r for r in _texts(agree[0]["recipient"]))  # inside what was promised
    assert reject and any("رئيس" in r for r in _texts(reject[0]["recipient"]))


def test_a_counterpart_right_after_the_verb_is_still_read(events_of):
    ev = _of(events_of("وتعهد المحافظ للأهالي بإصلاح شبكة المياه خلال أسبوع."), "AGREE")
    assert ev and any("أهالي" in r for r in _texts(ev[0]["recipient"]))


def test_a_masculine_verb_before_a_feminine_body_takes_it_as_object(events_of):
    text = "وأدان المجلس المحلي، في بيان نشره مساء أمس، قصف السوق الشعبي، وطالب الحكومة السورية بفتح تحقيق."
    req = _of(events_of(text), "REQUEST")
    assert req and any("الحكومة" in r for r in _texts(req[0]["recipient"]))
    assert not any("الحكومة" in s for s in _texts(req[0]["source"]))
    assert any("المجلس" in s for s in _texts(req[0]["source"]))  # the joined past verb shares the subject before


def test_a_feminine_verb_before_a_feminine_body_keeps_it_as_subject(events_of):
    req = _of(events_of("وطالبت الحكومة السورية المجتمع الدولي بفتح تحقيق في القصف."), "REQUEST")
    assert req and any("الحكومة" in s for s in _texts(req[0]["source"]))


def test_a_joined_present_verb_describing_banners_takes_no_subject(events_of):
    # «ولافتات تندد … وتطالب …»: the present verbs describe the banners; they do not share the marchers' subject
    text = ("خرج مئات المتظاهرين، مساء الأحد، في مظاهرة أمام مبنى البلدية في مدينة جاسم، رافعين صور المفقودين "
            "ولافتات تندد بالفصائل وتطالب بالإفراج عن المخطوفين.")
    assert not any("المتظاهرين" in s for e in _of(events_of(text), "REQUEST") for s in _texts(e["source"]))


def test_people_of_a_place_are_the_protesters(events_of):
    text = "ونفّذ العشرات من أبناء القرى الغربية، صباح اليوم، وقفة احتجاجية أمام مبنى المحافظة."
    ev = _of(events_of(text), "PROTEST")
    assert ev and any("أبناء" in s for s in _texts(ev[0]["source"]))


def test_a_district_word_supports_a_small_place_abroad(nlp):
    from marsad.doc import Document

    text = "وفي قضاء مرجعيون، تعرضت أطراف إحدى البلدات لقصف مدفعي."
    doc = nlp(Document(text=text, id="d", published="2024-02-26"))
    assert [(text[p.start : p.end], p.country) for p in doc.places] == [("قضاء مرجعيون", "LB")]


def test_shelling_of_another_district_is_another_attack(events_of):
    text = ("غارة إسرائيلية على بلدة في قضاء بنت جبيل تقتل مواطنين\n"
            "شنت طائرة حربية إسرائيلية، فجر اليوم، غارة على منزل في قضاء بنت جبيل، ما أدى إلى مقتل مواطنين.\n"
            "وفي قضاء مرجعيون، تعرضت أطراف إحدى البلدات، منذ ساعات الصباح، لقصف مدفعي إسرائيلي متقطع.")
    evs = _of(events_of(text), "ASSAULT")
    places = sorted((e["location"] or {}).get("text") or "" for e in evs)
    assert len(evs) == 2 and any("مرجعيون" in p for p in places) and any("بنت جبيل" in p for p in places)
    shelling = next(e for e in evs if "مرجعيون" in ((e["location"] or {}).get("text") or ""))
    assert shelling["factuality"] == "asserted" and shelling["date"]["value"] == "2024-01-02"


def test_acts_that_go_on_recur_or_grow_are_a_trend(all_events_of):
    text = ("وتشهد القرى الحدودية منذ مطلع العام توتراً متزايداً، إذ تتكرر اعتداءات المسلحين على المزارعين، "
            "فيما تتصاعد عمليات الخطف في الريف.")
    evs = [e for e in all_events_of(text) if e["type"] == "ASSAULT"]
    assert evs and all(e["factuality"] == "generic" for e in evs)
    years = "ويواصل الجيش منذ سنوات هجماته على مواقع المسلحين، في خرق لاتفاق الهدنة لعام 2016."
    assert all(e["factuality"] == "generic" for e in all_events_of(years) if e["type"] == "ASSAULT")


def test_an_operation_going_on_today_is_one_event(events_of):
    evs = _of(events_of("وتتواصل الاقتحامات في مخيم طولكرم منذ فجر اليوم، وسط اشتباكات متقطعة."), "COERCE")
    assert evs and evs[0]["factuality"] != "generic"


def test_a_university_student_is_no_demand(events_of):
    evs = events_of("واعتقلت القوات عشرة شبان، بينهم صحفي وطالب جامعي، خلال مداهمة البلدة.")
    assert not _of(evs, "REQUEST") and _of(evs, "COERCE")
    assert _of(events_of("وطالب طلاب الجامعة بالإفراج عن زملائهم المعتقلين."), "REQUEST")


def test_armed_men_driven_out_of_a_place_is_fighting_not_an_expulsion(events_of):
    evs = events_of("وطردت فصائل المعارضة عناصر التنظيم من ثلاث قرى في ريف حلب الشمالي بعد معارك عنيفة.")
    assert _of(evs, "ASSAULT") and not _of(evs, "SANCTION")
    assert _of(events_of("وطردت الحكومة السفير الإيراني من البلاد."), "SANCTION")


def test_a_dual_victim_of_the_attacks_result_far_after_the_verb(events_of):
    text = ("واستهدفت طائرة مسيّرة، مساء السبت، سيارة على الطريق العام بين البلدتين قرب مفرق القرية، "
            "ما أدى إلى مقتل شخصين.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and _texts(ev[0]["recipient"]) == ["شخصين"]


def test_the_attacker_of_a_condemned_attack_after_a_parenthetical(events_of):
    text = "وأدانت وزارة الخارجية الأردنية، في بيان، «الاعتداءات الإسرائيلية المتواصلة على المدنيين في الضفة»."
    ev = _of(events_of(text), "ACCUSE")
    assert ev and any("الإسرائيلي" in r for r in _texts(ev[0]["recipient"]))


def test_the_press_adjective_of_a_statement_is_no_journalist(events_of):
    text = "وأدان المتحدث باسم الوزارة، في تصريح صحفي، القصف على ريف المدينة."
    assert not any("صحفي" in a for e in events_of(text) for a in _texts(e["source"]) + _texts(e["recipient"]))
    ev = _of(events_of("واعتقلت القوات صحفياً في المدينة أمس."), "COERCE")
    assert ev and _texts(ev[0]["recipient"])


def test_settlers_in_the_palestinian_agencies_words(events_of):
    ev = _of(events_of("وهاجم مستعمرون، فجر اليوم، منازل المواطنين في قرية المغير شمال شرق رام الله."), "ASSAULT")
    assert ev and ev[0]["source"] and ev[0]["source"][0].get("actor") == "ISR-SETTLERS"


def test_strikes_named_by_their_town_retell_the_strikes_told_before(events_of):
    text = ("اشتباكات في عدن.. وإنزال جوي للمساعدات في تعز\n"
            "اندلعت اشتباكات عنيفة في أحياء عدن الشمالية بين المقاومة والمسلحين، فجر اليوم.\n"
            "وفي صعدة، شنّت مقاتلات التحالف، فجر أمس، غارات على مخازن أسلحة في منطقة جبلية بمديرية حيدان، ما أدى إلى "
            "تدمير عدد منها.\n"
            "وأكد المتحدث باسم قوات التحالف، في إيجازه اليومي مساء أمس، أن غارات صعدة استهدفت «مواقع عسكرية بحتة "
            "تستخدمها الميليشيات»، نافياً سقوط ضحايا مدنيين.")
    # (the strikes' place is «صعدة», or since session 24 the district the sentence names, «مديرية حيدان»)
    evs = [e for e in _of(events_of(text), "ASSAULT")
           if any(x in ((e["location"] or {}).get("text") or "") for x in ("صعدة", "حيدان"))]
    assert len(evs) == 1


def test_reinforcing_positions_and_pushing_vehicles_in_are_mobilisation(events_of):
    evs = events_of("وعززت وحدات من الجيش، عقب الهجوم بساعات، انتشارها على الطرق المؤدية إلى البلدة.")
    assert _of(evs, "MOBILIZE")
    evs = events_of("وقالت مصادر محلية إن القوات دفعت، خلال الأيام الماضية، بعشرات الآليات إلى محيط المدينة.")
    assert _of(evs, "MOBILIZE")
    assert not _of(events_of("وعزز الفريق موقعه في صدارة الدوري، ودفعت العائلة بمئات الدولارات للمهربين."), "MOBILIZE")


def test_a_dual_verb_after_two_coordinated_actors_has_both_as_subject(events_of):
    ev = _of(events_of("الجيش والأمن العام يعتقلان ستة أشخاص في المدينة."), "COERCE")
    assert ev and _texts(ev[0]["source"]) == ["الجيش", "الأمن العام"]
    one = _of(events_of("وقال الوزير إن الجيش اعتقل ستة أشخاص في المدينة."), "COERCE")
    assert one and _texts(one[0]["source"]) == ["الجيش"]


def test_a_condition_set_in_a_refusal_is_no_event(events_of):
    text = ("ورفضت الحكومة، في بيان وزعته سفارتها في العاصمة، «أي حوار مع المسلحين قبل انسحابهم من المدن وتسليم "
            "أسلحتهم».")
    evs = events_of(text)
    assert _of(evs, "REJECT") and not _of(evs, "RETREAT")
    assert _of(events_of("وانسحبت القوات من البلدة قبل وصول التعزيزات بساعات."), "RETREAT")


def test_an_act_asked_about_in_a_question_is_hypothetical(all_events_of):
    evs = _of(all_events_of("فهل تشمل التفاهمات الجديدة انسحاب القوات الأجنبية من المنطقة؟"), "RETREAT")
    assert evs and all(e["factuality"] == "hypothetical" for e in evs)
    told = _of(all_events_of("انسحبت القوات من القرية، فهل تعود إليها؟"), "RETREAT")
    assert told and told[0]["factuality"] == "asserted"


def test_an_earlier_meeting_is_historical(all_events_of):
    evs = _of(all_events_of("ويُشار إلى أن لقاءً سابقاً جمع وزراء خارجية الدول الثلاث في طهران."), "CONSULT")
    assert evs and evs[0]["factuality"] == "historical"


def test_the_owner_of_a_target_that_underwent_an_attack_is_not_the_attacker(all_events_of):
    evs = _of(all_events_of("وتعرضت قاعدة للقوات الروسية في ريف المدينة لهجوم بطائرات مسيرة فجر اليوم."), "ASSAULT")
    assert evs and not any("الروسية" in s for e in evs for s in _texts(e["source"]))


def test_a_quoted_body_opening_a_headline_is_its_subject(events_of):
    ev = _of(events_of("«لجان الحماية الشعبية» تطرد المسلحين من أحياء في شرق المدينة"), "ASSAULT")
    assert ev and _texts(ev[0]["source"]) == ["لجان الحماية الشعبية"]
    assert not any("المسلحين" in s for s in _texts(ev[0]["source"]))


def test_the_forces_a_mobilisation_moves_are_no_recipient(events_of):
    ev = _of(events_of("وفي هذا السياق، دفعت أنقرة بقواتها الخاصة المتمثلة بوحدات الكوماندوس إلى المناطق الحدودية."),
             "MOBILIZE")
    assert ev and ev[0]["recipient"] == []


def test_a_threat_over_an_attack_is_addressed_to_its_attacker(events_of):
    ev = _of(events_of("وتوعّدت الفصائل، في بيان مقتضب، بأن «العدوان التركي لن يمر دون رد»."), "THREATEN")
    assert ev and any("التركي" in r for r in _texts(ev[0]["recipient"]))


def test_the_relatives_of_someone_are_one_subject_and_civilians(events_of):
    ev = _of(events_of("وناشدت عائلات المخطوفين، في بيان، «اللجنة الدولية للصليب الأحمر» التدخل."), "REQUEST")
    assert ev and _texts(ev[0]["source"]) == ["عائلات المخطوفين"]
    assert any("صليب" in r for r in _texts(ev[0]["recipient"]))
    ev = _of(events_of("وطالب ذوو عناصر الشرطة الحكومة بالإفراج عنهم."), "REQUEST")
    assert ev and ev[0]["source"][0].get("actor") == "CIV"


def test_a_place_inside_a_quoted_body_name_is_not_the_events_place(events_of):
    text = "وأدان «المجلس الوطني الكردي في سوريا»، في بيان أصدره مساء اليوم، مقتل المزارع في ريف عفرين."
    ev = _of(events_of(text), "ACCUSE")
    assert ev and (ev[0]["location"] or {}).get("text") != "سوريا"
