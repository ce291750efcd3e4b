"""Session 16: classes of language from the error analysis of the team sets (docs/events.md § Session 16)."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import texts as _texts
from frame_helpers import setup

from marsad.doc import Document
from marsad.events.merge import absorb


def _mentions(nlp, text):
    return nlp(Document(text=text, id="m1", published="2024-01-02")).mentions


# «كلّاً من X و Y»: the list is the object, not a phrase after «من»


def test_each_of_after_a_demand_verb_is_the_one_asked(events_of):
    text = "بيان في القامشلي\nوطالبت الإدارة الذاتية، في بيان منفصل، كلّاً من التحالف الدولي وروسيا بالضغط على أنقرة."
    ev = _of(events_of(text), "REQUEST")
    assert ev and any("التحالف" in r for r in _texts(ev[0]["recipient"]))


def test_each_of_keeps_the_preposition_that_governs_it(events_of):
    # «في كلٍّ من X و Y»: places, still governed by «في», never the one asked
    text = "بيان في دمشق\nطالب وزير الخارجية الأمم المتحدة بفتح مكاتب في كل من حلب وحمص."
    ev = _of(events_of(text), "REQUEST")
    assert ev and all("حلب" not in r and "حمص" not in r for r in _texts(ev[0]["recipient"]))


# «الوكالة» after an organisation named «وكالة …» refers to it, not to a news agency named further back


TEXT_AGENCY = (
    "اعتصام في صيدا\n"
    "صيدا – مراسلنا: ذكرت الوكالة الوطنية للإعلام أن العشرات نزحوا من المخيم. "
    "ونفّذ النازحون اليوم اعتصاماً أمام مكتب «الأونروا» في صيدا، وطالب المعتصمون الوكالة بفتح مراكز إيواء."
)


def test_the_agency_refers_to_the_nearer_organisation(nlp):
    ms = [m for m in _mentions(nlp, TEXT_AGENCY) if m.text == "الوكالة"]
    assert ms and ms[-1].kb_id == "UNRWA" and ms[-1].kind == "actor"


def test_the_agency_after_a_news_agency_is_still_the_news_agency(nlp):
    text = "خبر من بيروت\nبيروت – مراسلنا: ذكرت الوكالة الوطنية للإعلام أن غارة استهدفت بلدة الخيام، وأضافت الوكالة أن الغارة دمرت منزلاً."
    ms = [m for m in _mentions(nlp, text) if m.text == "الوكالة"]
    assert ms and ms[-1].kind == "source" and ms[-1].kb_id == "NNA"


def test_the_agency_is_the_one_asked(events_of):
    ev = _of(events_of(TEXT_AGENCY), "REQUEST")
    assert ev and [a.get("actor") for a in ev[0]["recipient"]] == ["UNRWA"]


# «الطرفين/الطرفان/طرفي النزاع»: the two sides last named together


TEXT_SIDES = (
    "اشتباكات في أم درمان\n"
    "الخرطوم – مراسلنا: تجددت الاشتباكات بين الجيش وقوات «الدعم السريع» في أم درمان، "
    "ودعت الأمم المتحدة في بيان الطرفين إلى وقف القتال فوراً."
)


def test_the_two_sides_are_the_pair_last_named(nlp):
    ms = _mentions(nlp, TEXT_SIDES)
    sides = [m for m in ms if m.text == "الطرفين"]
    assert sides and sides[0].attrs.get("members")
    named = {TEXT_SIDES[a:b] for a, b in sides[0].attrs["members"]}
    assert named == {"الجيش", "الدعم السريع"}


def test_the_two_sides_are_the_ones_called_on(events_of):
    ev = _of(events_of(TEXT_SIDES), "REQUEST")
    assert ev and _texts(ev[0]["recipient"]) == ["الطرفين"]


@pytest.mark.parametrize("phrase", ["الطرفين", "طرفي النزاع"])
def test_the_two_sides_with_no_pair_before_are_kept_unlinked(nlp, events_of, phrase):
    text = f"بيان في صور\nصور – مراسلنا: دعت «اليونيفيل»، في بيان، {phrase} إلى وقف تبادل إطلاق النار."
    ms = [m for m in _mentions(nlp, text) if m.text == phrase.split()[0]]
    assert ms and ms[0].kb_id is None and ms[0].attrs.get("standalone")
    ev = _of(events_of(text), "REQUEST")
    assert ev and ev[0]["recipient"] and ev[0]["recipient"][0]["text"].startswith(phrase.split()[0])


def test_what_the_two_sides_did_is_the_clash_told_again(events_of):
    text = (
        "اشتباكات في عين الحلوة\n"
        "صيدا – مراسلنا: اندلعت ليل أمس اشتباكات بين حركة «فتح» ومسلحين متشددين في مخيم عين الحلوة، ما أدى إلى مقتل شخصين.\n"
        "وأفاد مراسلنا في المخيم بأن الطرفين استخدما قذائف صاروخية والرشاشات المتوسطة."
    )
    assert len(_of(events_of(text), "ASSAULT")) == 1


# a demand verb's complement across a parenthetical between commas, and what is joined to it by «و»

TEXT_CALL = (
    "بيان في أديس أبابا\n"
    "الخرطوم – مراسلنا: دعا مجلس السلم والأمن التابع للاتحاد الأفريقي، في بيان أصدره عقب اجتماع عقده أمس في أديس "
    "أبابا، طرفي النزاع إلى «هدنة إنسانية فورية في إقليم كردفان» وفتح ممرات آمنة للمدنيين العالقين في بابنوسة."
)


def test_a_call_reaches_its_complement_across_a_parenthetical(events_of):
    ev = _of(events_of(TEXT_CALL), "REQUEST")
    assert ev and [a.get("actor") for a in ev[0]["source"]] == ["AU-PSC"]
    assert [a["text"] for a in ev[0]["recipient"]] == ["طرفي"]


def test_what_is_called_for_across_a_parenthetical_is_no_event(events_of):
    evs = events_of(TEXT_CALL)
    assert not _of(evs, "AGREE") and not _of(evs, "RETREAT")


def test_a_call_without_a_parenthetical_still_stops_at_its_reach(events_of):
    # twenty words of a subject and no comma-parenthetical: «إلى» is too far for the call (session 63: the reach is
    # 18 content words; a call over twelve, «دعت لجنة الطوارئ في بلدة … أهالي القرى الواقعة على ضفتي النهر بين … إلى
    # …», is one)
    text = ("بيان في الخرطوم\nدعا رئيس لجنة الأطباء المركزية في ولاية الخرطوم الدكتور محمد أحمد الحسن العائد من رحلة "
            "طويلة في الخارج استمرت ثلاثة أسابيع كاملة مساء أمس زملاءه إلى الإضراب.")
    assert not _of(events_of(text), "REQUEST")


def test_a_masdar_joined_to_a_near_demand_is_still_its_content(events_of):
    text = "بيان في إدلب\nوطالب المحتجون، في بيان، الهيئة بالإفراج عن المعتقلين وفتح ممرات آمنة للمدنيين العالقين."
    evs = events_of(text)
    assert _of(evs, "REQUEST") and not _of(evs, "RETREAT")


# Sudanese «متحرك عسكري» (a military column) is a mobilisation


def test_a_military_column_in_sudanese_usage_is_a_mobilisation(events_of):
    text = ("تعزيزات إلى الأبيض\nالأبيض – مراسلنا: وصل إلى مدينة الأبيض، مساء أمس، متحرك عسكري يضم عشرات العربات "
            "القتالية ومئات المقاتلين من القوات المسلحة.")
    assert _of(events_of(text), "MOBILIZE")


def test_moving_is_not_a_column(all_events_of):
    assert not _of(all_events_of("خبر\nقال شاهد إن الهدف كان متحركاً بسرعة قبل أن يختفي."), "MOBILIZE")


# a killing told «in the attack» named right after it is that attack, told again

TEXT_ATTACK = (
    "هجوم على حاجز في هجين\n"
    "دير الزور – مراسلنا: هاجم مقاتلون من العشائر، فجر اليوم، حاجزاً لـ«قسد» عند مدخل بلدة هجين، ما أدى إلى مقتل "
    "عنصرين، بحسب مراسلنا.\n"
)


def test_the_victims_acknowledged_in_the_attack_are_the_attack_told_again(events_of):
    text = TEXT_ATTACK + "وأقرّت «قسد»، في بيان لاحق، بمقتل اثنين من مقاتليها في الهجوم الذي قالت إن «مجموعات مرتزقة» نفّذته."
    assert len(_of(events_of(text), "ASSAULT")) == 1


def test_a_killing_after_the_attack_is_another_event(events_of):
    text = TEXT_ATTACK + "وفي مدينة الميادين، قُتل شاب برصاص مجهولين مساء اليوم بعد الهجوم بساعات."
    assert len(_of(events_of(text), "ASSAULT")) == 2


# a hospital receiving bodies is no visit; a weekly protest is a habit, not one event


def test_a_hospital_receiving_two_bodies_is_no_meeting(all_events_of):
    text = "خبر من أريحا\nوقال مصدر طبي إن المشفى استقبل جثتي طفل في العاشرة من عمره ووالده مساء أمس."
    assert not _of(all_events_of(text), "CONSULT")


def test_a_governor_receiving_a_delegation_is_still_a_meeting(events_of):
    text = "لقاء في إدلب\nاستقبل محافظ إدلب، صباح اليوم، وفداً من وجهاء مدينة أريحا في مقر المحافظة."
    assert _of(events_of(text), "CONSULT")


@pytest.mark.parametrize("every", ["كل يوم جمعة", "كل أسبوع", "أسبوعياً"])
def test_protests_every_friday_are_a_habit(all_events_of, every):
    text = f"خبر من الشمال\nإدلب – مراسلنا: وتتواصل منذ أواخر الشهر الماضي، {every}، مظاهرات مناهضة للهيئة في مدن إدلب."
    evs = _of(all_events_of(text), "PROTEST")
    assert evs and all(e["factuality"] == "generic" for e in evs)


def test_a_protest_on_friday_is_one_event(events_of):
    text = "خبر من الشمال\nإدلب – مراسلنا: تظاهر المئات من أهالي مدينة إدلب، يوم الجمعة، في ساحة الساعة احتجاجاً على اعتقال ناشط."
    evs = _of(events_of(text), "PROTEST")
    assert evs and evs[0]["factuality"] == "asserted"


# «ارتقى … شهداء» is a killing; the time word that ends an outlet's quoted name is no date


def test_rising_as_martyrs_is_a_killing(events_of):
    text = ("خبر من الأبيض\nالأبيض – مراسلنا: ارتقى سبعة مواطنين شهداء، ظهر أمس، إثر قصف مدفعي على السوق الشعبي "
            "بمدينة الأبيض.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and ev[0]["factuality"] == "asserted" and ev[0]["date"]["value"] == "2024-01-01"


def test_rising_to_a_challenge_is_no_killing(all_events_of):
    assert not _of(all_events_of("خبر\nوقال المدرب إن الفريق ارتقى إلى مستوى التحدي في المباراة."), "ASSAULT")


def test_an_outlet_named_tomorrow_does_not_date_the_event(events_of):
    text = "خبر من الأبيض\nالأبيض – «سودان الغد»: ارتقى سبعة مواطنين شهداء إثر قصف مدفعي على السوق الشعبي بمدينة الأبيض."
    ev = _of(events_of(text), "ASSAULT")
    assert ev and ev[0]["factuality"] != "planned"
    assert (ev[0]["date"] or {}).get("value") != "2024-01-03"


# the genitive of a masdar with an adjective, then a weapon: the genitive is the agent; «من يقصف» is whoever


def test_a_masdars_genitive_with_its_adjective_before_the_weapon_is_the_agent(events_of):
    text = ("خبر من الأبيض\nالأبيض – مراسلنا: ارتقى سبعة مواطنين شهداء، وأصيب أكثر من عشرين آخرين بينهم نساء وأطفال، "
            "ظهر أمس، إثر استهداف مليشيا الدعم السريع المتمردة بمسيّرة انتحارية السوقَ الشعبي بمدينة الأبيض.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and [a.get("actor") for a in ev[0]["source"]] == ["RSF"]


def test_whoever_shells_is_no_event(all_events_of):
    text = "خبر من الخرطوم\nوأكد المسؤول أن «القوات المسلحة لن تفاوض من يقصف المواطنين في الأسواق»."
    evs = _of(all_events_of(text), "ASSAULT")
    assert evs and all(e["factuality"] == "generic" for e in evs)
    assert any("whoever" in r for e in evs for r in e["why"]["factuality"])


def test_shelling_from_a_place_is_still_an_event(events_of):
    text = "قصف على البلدة\nقصفت قوات النظام من مواقعها في معسكر جورين بلدة الزيارة بعشرات القذائف صباح اليوم."
    assert _of(events_of(text), "ASSAULT")


def test_the_main_street_is_no_actor(all_events_of):
    # «الرئيسي» (main) is the adjective of a street, not the president («الرئيس»)
    text = ("خبر من دير الزور\nوفي ذيبان، خرج العشرات من أبناء العشيرة، ظهر اليوم، في مظاهرة جابت الشارع الرئيسي للبلدة "
            "احتجاجاً على حملات الاعتقال التي تنفذها «قسد».")
    evs = all_events_of(text)
    assert evs and all("الرئيسي" not in a["text"] for e in evs for a in e["source"] + e["recipient"])


# the organiser of a protest, a crowd of mourners, the topic of planned talks


def test_who_called_a_protest_is_no_request(events_of):
    text = ("خبر من القامشلي\nوخرج مئات الأشخاص، ظهر اليوم، في مظاهرة بمدينة القامشلي دعت إليها أحزاب كردية، احتجاجاً "
            "على الهجمات التركية.")
    evs = events_of(text)
    assert _of(evs, "PROTEST") and not _of(evs, "REQUEST")


def test_calling_for_a_protest_is_still_a_call(events_of):
    assert _of(events_of("خبر\nودعت الأحزاب الكردية إلى مظاهرة في القامشلي يوم غد."), "REQUEST")


def test_a_crowd_of_mourners_is_no_mobilisation(all_events_of):
    text = "خبر\nوشُيّعت جثامين الضحايا، عصر اليوم، في بلدة عقيربات بمشاركة حشود من الأهالي."
    assert not _of(all_events_of(text), "MOBILIZE")


def test_troops_massed_are_still_a_mobilisation(events_of):
    text = "خبر\nودفعت قوات النظام بحشود عسكرية كبيرة من الفرقة الرابعة إلى محيط مدينة درعا البلد صباح اليوم."
    assert _of(events_of(text), "MOBILIZE")


def test_a_ceasefire_to_be_discussed_is_the_topic_of_talks(all_events_of):
    text = ("خبر\nومن المقرر أن يصل إلى بيروت، يوم السبت المقبل، وفد من حركة «فتح»، للقاء مسؤولين لبنانيين وبحث "
            "«تثبيت وقف إطلاق النار».")
    evs = all_events_of(text)
    assert _of(evs, "CONSULT") and not _of(evs, "CONCEDE") and not _of(evs, "AGREE")


def test_a_crossing_to_be_reopened_is_the_topic_of_the_visit(all_events_of):
    text = ("خبر\nومن المقرر أن يصل إلى طرابلس، يوم غد الخميس، وفد أمني تونسي لبحث «ترتيبات إعادة فتح المعبر» مع الجانب "
            "الليبي.")
    evs = all_events_of(text)
    assert _of(evs, "CONSULT") and not _of(evs, "RETREAT")


def test_an_inspection_tour_is_no_visit(all_events_of):
    text = "خبر\nفي المقابل، توعّد رئيس أركان الجيش الإسرائيلي، خلال جولة تفقدية على قوات منتشرة على الحدود، حزب الله بالرد."
    evs = all_events_of(text)
    assert _of(evs, "THREATEN") and not _of(evs, "CONSULT")
    _, trigs, _ = setup(text)  # (the tour is no trigger at all, not only an event the rules drop later)
    assert [t.type for t in trigs if t.lemma == "جوله"] == []


def test_a_tour_of_a_delegation_is_still_a_trigger():
    _, trigs, _ = setup("خبر\nبدأ وزير الخارجية الروسي جولة في المنطقة تشمل الرياض والدوحة وأبوظبي.")
    assert [t.type for t in trigs if t.lemma == "جوله"] == ["CONSULT"]


# a title in a construct chain, and the object after a parenthetical

TEXT_CHIEF = "خبر\nفي المقابل، توعّد رئيس أركان الجيش الإسرائيلي، خلال جولة تفقدية على قوات منتشرة على الحدود، حزب الله بالرد."


def test_a_chief_of_staff_of_an_army_is_one_subject(events_of):
    ev = _of(events_of(TEXT_CHIEF), "THREATEN")
    assert ev and [a.get("actor") for a in ev[0]["source"]] == ["ISR-MIL"]
    assert "رئيس أركان" in ev[0]["source"][0]["text"]


def test_the_object_follows_the_parenthetical(events_of):
    ev = _of(events_of(TEXT_CHIEF), "THREATEN")
    assert ev and [a.get("actor") for a in ev[0]["recipient"]] == ["HEZ"]


def test_an_envoy_to_a_body_asks_the_body_named_after_the_parenthetical(events_of):
    text = ("خبر\nوفي نيويورك، طالب مندوب سوريا الدائم لدى الأمم المتحدة، خلال جلسة لمجلس الأمن حول الوضع في الشرق "
            "الأوسط، المجلس بـ«تحمّل مسؤولياته».")
    ev = _of(events_of(text), "REQUEST")
    assert ev and [a.get("actor") for a in ev[0]["recipient"]] == ["UNSC"] and ev[0]["recipient"][0]["text"] == "المجلس"


def test_who_asks_during_a_meeting_are_those_who_met(events_of):
    text = ("خبر من درعا\nوعقد وجهاء من بصرى الحرير، ظهر اليوم، اجتماعاً مع رئيس فرع «الأمن العسكري» في درعا، طالبوا "
            "خلاله بالإفراج عن المعتقلين.")
    ev = _of(events_of(text), "REQUEST")
    assert ev and any("وجهاء" in s for s in _texts(ev[0]["source"]))
    assert ev[0]["recipient"] and all("الأمن العسكري" != r for r in _texts(ev[0]["source"]))


# dispersing: its genitive is who is dispersed; a dispersal and an arrest stay two acts


def test_the_genitive_of_dispersing_is_who_is_dispersed(events_of):
    text = "خبر\nواستخدمت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين أمام مبنى المحافظة صباح اليوم."
    ev = _of(events_of(text), "COERCE")
    assert ev and any("المحتجين" in r for r in _texts(ev[0]["recipient"]))
    assert all("المحتجين" not in s for s in _texts(ev[0]["source"]))


def test_a_dispersal_does_not_merge_into_the_headlines_arrests(events_of):
    text = ("«قسد» تعتقل ستة أشخاص في الشحيل\n"
            "دير الزور – مراسلنا: اعتقلت «قسد»، فجر اليوم، ستة أشخاص من بلدة الشحيل خلال حملة مداهمات.\n"
            "وخرج العشرات من أهالي البلدة في مظاهرة ظهر اليوم، وأطلق عناصر من «قسد» النار في الهواء لتفريق المحتجين، "
            "واعتقلوا ثلاثة منهم.")
    evs = _of(events_of(text), "COERCE")
    # (the dispersal may be told by its warning shots: «أطلق عناصر … النار في الهواء لتفريق …», session 20)
    assert any("لتفريق" in [e["evidence"]["trigger"]["text"], *[t["text"] for t in e["evidence"]["triggers"]]]
               for e in evs)
    assert any(e["evidence"]["trigger"]["text"] == "واعتقلوا" for e in evs)


def test_abuses_ranging_from_shooting_to_seizures_are_kinds_of_acts(all_events_of):
    text = ("خبر\nويشكو الأهالي منذ سنوات من تجاوزات يرتكبها مسلحون، تتراوح بين إطلاق النار العشوائي في المناسبات "
            "والاستيلاء على الأراضي وفرض الإتاوات على التجار.")
    evs = [e for e in all_events_of(text) if e["type"] in ("COERCE", "ASSAULT")]
    assert evs and all(e["factuality"] in ("generic", "historical") for e in evs)


def _ev(date, **kw):
    sent = kw.pop("sent", 1)
    evidence = {"sentence": sent, "start": 10 * sent, "end": 10 * sent + 5,
                "trigger": {"text": "قتل", "start": 10 * sent, "end": 10 * sent + 3}}
    return {"type": "ASSAULT", "source": [], "recipient": [], "attribution": [], "date": date, "location": None,
            "fatalities": None, "confidence": 0.7, "evidence": evidence, "_sent": sent, **kw}


def test_a_tally_since_the_start_of_the_year_does_not_redate_the_killing():
    day = {"value": "2024-09-22", "precision": "day", "_inherited": True}
    a = _ev(day)
    absorb(a, _ev({"value": "2024-01-01", "precision": "year"}, sent=5), "test")
    assert a["date"] is day


def test_a_mention_with_its_own_week_still_dates_an_inherited_day():
    a = _ev({"value": "2017-05-24", "precision": "day", "_inherited": True})
    week = {"value": "2017-06-05", "precision": "week"}
    absorb(a, _ev(week, sent=3), "test")
    assert a["date"] is week


@pytest.mark.parametrize("curfew", ["حظراً للتجوال", "حظر التجوال", "حظراً للتجول"])
def test_a_curfew_spelled_with_tajwal_or_lam_is_a_curfew(events_of, curfew):
    text = f"خبر من دير الزور\nوعقب الهجوم، فرضت «قسد» {curfew} في بلدة هجين «حتى إشعار آخر»."
    ev = _of(events_of(text), "COERCE")
    assert ev and ev[0].get("mode") == "curfew"


def test_closing_a_border_post_is_a_restriction(events_of):
    text = ("خبر\nأعلنت السلطات الأردنية إغلاق مركز حدود جابر المقابل لمعبر نصيب أمام حركة الشاحنات السورية «حتى إشعار "
            "آخر».")
    ev = _of(events_of(text), "COERCE")
    assert ev and ev[0].get("mode") == "restrict"


def test_a_call_joined_to_a_condemnation_is_kept_with_its_subject(events_of):
    text = ("خبر\nوأدان مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»، في بيان، «الهجوم الوحشي الذي أودى بحياة عشرات "
            "المدنيين الأبرياء»، ودعا «جميع الأطراف» إلى «ضبط النفس».")
    ev = _of(events_of(text), "REQUEST")
    assert ev and ev[0]["source"] and "الأمم المتحدة" in ev[0]["source"][0]["text"]


# a protest's addressee stays in the protest's clause; «السلطة المحلية» is the local government


def test_the_protesters_named_in_the_next_clause_are_not_the_protests_addressee(events_of):
    text = ("خبر من دير الزور\nوفي غرانيج، خرج العشرات من أهالي البلدة، ظهر اليوم، في مظاهرة جابت الشارع الرئيسي احتجاجاً "
            "على حملة الاعتقالات، وطالب المحتجون «قسد» بالإفراج الفوري عن أبنائهم.")
    ev = _of(events_of(text), "PROTEST")
    assert ev and all("المحتجون" not in r for r in _texts(ev[0]["recipient"]))


def test_a_sit_in_before_the_local_authority_addresses_it(events_of):
    text = ("خبر من أبين\nوفي مدينة زنجبار، نفّذ العشرات من ذوي الجنود الجرحى، ظهر اليوم، وقفة احتجاجية أمام مبنى السلطة "
            "المحلية بالمحافظة، وطالبوا الحكومة بنقل المصابين للعلاج في الخارج.")
    ev = _of(events_of(text), "PROTEST")
    assert ev and [a.get("actor") for a in ev[0]["recipient"]] == ["GOV-GENERIC"]
    assert "السلطة المحلية" in ev[0]["recipient"][0]["text"]
