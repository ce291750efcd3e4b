"""Session 83: classes of language from the errors on the dev sets and the news files (docs/events.md § Session
83). The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type

# «لمنع …» (to prevent …) is the aim of another act: no ban or restriction of its own


def test_mines_laid_to_stop_supplies_are_no_ban(events_of) -> None:
    text = ("وأكد ضابط في الشرطة أن المسلحين زرعوا عبوات ناسفة على الطرق المؤدية إلى المخفر لمنع وصول "
            "التعزيزات إلى عناصره في بلدة الوادي.")
    assert "COERCE" not in [e["type"] for e in events_of(text)]


def test_people_held_to_stop_them_leaving_is_one_detention(events_of) -> None:
    text = "واحتجز مسلحو الجماعة عشرات المدنيين في أقبية وسط البلدة لمنعهم من الخروج عبر الممر."
    assert [e["type"] for e in events_of(text)] == ["COERCE"]


def test_a_ban_on_entering_the_town_is_still_a_restriction(events_of) -> None:
    # (the guard: the verb «منعت» of a force is the act itself)
    text = "ومنعت قوات الأمن، صباح اليوم، دخول الصحفيين إلى البلدة بعد الاشتباكات."
    assert "COERCE" in [e["type"] for e in events_of(text)]


# a promised delivery that did not come («ولم تصل صهاريج المياه التي وعدت بها الوزارة …») is aid, negated


def test_promised_water_tankers_that_did_not_come_are_negated_aid(events_of) -> None:
    text = ("ولم تصل صهاريج المياه التي وعدت بها وزارة الإدارة المحلية إلى مخيمات عرسال حتى مساء أمس، بحسب "
            "مسؤول في إدارة المخيمات.")
    assert [e["factuality"] for e in of_type(events_of(text), "AID")] == ["negated"]


def test_fuel_tankers_on_the_road_are_no_aid(events_of) -> None:
    # (the guard: an arrival is aid only when it was promised; fuel tankers passing are trade)
    text = "ووصلت صهاريج الوقود إلى محطات مدينة المكلا صباح اليوم بعد إغلاق الطريق يومين."
    assert of_type(events_of(text), "AID") == []


# «وتوعّد مصدر عسكري X بـ…»: the unnamed speaker right after the verb says it; the actor after him is threatened


def test_the_group_named_after_an_unnamed_speaker_is_threatened(events_of) -> None:
    text = "وتوعّد مصدر عسكري المجموعات المسلحة في الجرود بالحسم العسكري خلال أيام."
    (threat,) = of_type(events_of(text), "THREATEN")
    assert [a["text"] for a in threat["source"]] == ["مصدر عسكري"]
    assert [a["text"] for a in threat["recipient"]] == ["المجموعات المسلحة"]


# «وتوعّد X، في تصريح …، Y بـ…»: the actor right after an aside that follows the subject is threatened


def test_the_group_named_after_an_aside_is_threatened(events_of) -> None:
    text = ("وتوعّد مصدر عسكري في قيادة المنطقة الوسطى، في تصريح لقناة محلية، خلايا التنظيم بسحقها إذا عادت إلى "
            "استهداف الطريق.")
    (threat,) = of_type(events_of(text), "THREATEN")
    assert [a["text"] for a in threat["recipient"]] == ["خلايا التنظيم"]


def test_the_units_of_what_is_warned_are_not_threatened(events_of) -> None:
    # (the guard: after «من أن» the actor is the subject of what is said, the warner's own units)
    text = ("وحذّرت القيادة العامة للجيش والقوات المسلحة، في بيان تلقّت الصحيفة نسخة منه، من أن وحداتها «ستلاحق "
            "مطلقي القذائف في كل مكان».")
    (threat,) = of_type(events_of(text), "THREATEN")
    assert [a["text"] for a in threat["source"]] == ["القيادة العامة للجيش والقوات المسلحة"]


# «أضرم النار في جسده» (set his own body on fire) is self-immolation: a protest, not an attack


def test_self_immolation_is_a_protest(events_of) -> None:
    text = "وأضرم بائع متجول النار في جسده أمام مقر الولاية في سيدي بوزيد صباح اليوم."
    assert [e["type"] for e in events_of(text)] == ["PROTEST"]


def test_a_house_set_on_fire_stays_an_attack(events_of) -> None:
    # (the guard: a fire set to something else is an attack)
    text = "وأضرم مسلحون النار في منزل المختار في سيدي بوزيد فجر اليوم."
    assert [e["type"] for e in events_of(text)] == ["ASSAULT"]


# «لقطع …»، «لفتح …» (to cut, to open) are, as «لمنع …», the aim of another act: no blockade or opening of its own


def test_buildings_blown_up_to_cut_the_roads_are_no_blockade(events_of) -> None:
    text = "وقال مصدر ميداني إن مسلحي التنظيم فجّروا، ليل أمس، عدداً من الأبنية في حي التضامن لقطع الطرق."
    assert "PROTEST" not in [e["type"] for e in events_of(text)]


def test_a_mediation_to_open_a_corridor_opens_nothing(events_of) -> None:
    text = ("ورفضت الميليشيا، مساء أمس، وساطة قادها وجهاء من قبائل المنطقة لفتح ممر آمن لإخراج الجرحى من "
            "مدينة الحزم.")
    assert "RETREAT" not in [e["type"] for e in events_of(text)]


def test_protesters_cutting_the_road_still_block_it(events_of) -> None:
    # (the guard: the verb of cutting, without «لـ», is the act)
    text = "وقطع عشرات المحتجين، صباح اليوم، الطريق الدولي قرب مدينة الحزم بالإطارات المشتعلة."
    assert "PROTEST" in [e["type"] for e in events_of(text)]


# «ينتظرون توقف القصف»، «خشية تجدد الغارات»: the subject before an act's lull or renewal does not do the act


def test_people_waiting_for_the_shelling_to_stop_do_not_shell(events_of) -> None:
    text = ("ودُفن القتلى ظهر اليوم في مقبرة مؤقتة ببلدة ببيلا، وقال أحد أقاربهم إن الأهالي ينتظرون توقف القصف "
            "لانتشال جثة طفل من تحت الركام.")
    for e in of_type(events_of(text), "ASSAULT"):
        assert "الأهالي" not in [a["text"] for a in e["source"]]


def test_an_army_that_keeps_shelling_shells(events_of) -> None:
    # (the guard: a verb of going on, «واصل», keeps its subject as the agent)
    text = "وواصل الجيش القصف على أطراف بلدة ببيلا طوال ليل أمس."
    (attack,) = of_type(events_of(text), "ASSAULT")
    assert [a["text"] for a in attack["source"]] == ["الجيش"]


# a headline's fighting on the ground is not the air strikes told below


def test_air_strikes_below_a_headline_of_fighting_are_their_own_event(events_of) -> None:
    text = ("معارك في ريف اللاذقية الشمالي ومقتل عشرة مسلحين\n"
            "اللاذقية – «الساحل»: قُتل عشرة مسلحين، صباح اليوم، في معارك مع وحدات الجيش قرب بلدة كسب في ريف "
            "اللاذقية الشمالي.\n"
            "وشنّ الطيران الحربي، منذ فجر اليوم، أكثر من عشرين غارة على قرية السمرا ومعبرها الحدودي.")
    assert sorted(e.get("mode") for e in of_type(events_of(text), "ASSAULT")) == ["aerial", "firearms"]



def test_air_strikes_below_a_headline_of_storming_are_their_own_event(events_of) -> None:
    # (a regression test: the storming verb «تقتحم»/«يقتحم» was not read as fighting on the ground)
    text = ("قوات الجيش تقتحم حي قنفودة غرب بنغازي\n"
            "بنغازي – «الساحل»: أعلنت القيادة العامة، صباح اليوم، أن وحداتها بدأت التقدم نحو حي قنفودة.\n"
            "وشنت مقاتلات سلاح الجو التابع للجيش، طوال ليل أمس، غارات مكثفة على مواقع المسلحين في حي قنفودة.")
    assert len(of_type(events_of(text), "ASSAULT")) == 2


# «تضمنت تهديداً»، «وجّه تهديدات» (contained, conveyed a threat): the threat made, told by its noun


def test_messages_that_contained_a_threat_are_a_threat(events_of) -> None:
    text = ("وتلقى سكان بلدة الأتارب مساء أمس رسائل نصية بعثت بها شبكة الاتصالات الحكومية باسم الجيش، تضمنت تهديداً "
            "صريحاً بقصف البيوت التي تؤوي المسلحين.")
    assert "THREATEN" in [e["type"] for e in events_of(text)]


def test_what_poses_a_threat_makes_none(events_of) -> None:
    # (the guard: «يشكل تهديداً» judges a danger, no threat is made; nor is a «تهديداً» far from «يتضمن»)
    text = ("وتوصلت تركيا إلى تفاهم مع الولايات المتحدة يتضمن مهاجمة التنظيم والمسلحين الأكراد الذين ترى فيهم أنقرة "
            "تهديداً لأمنها، فيما يرى محللون أن التنظيم يشكل تهديداً للمنطقة.")
    assert "THREATEN" not in [e["type"] for e in events_of(text)]


# «أن تبدأ عودة الأهالي …» (the return of the residents to begin): a return planned, told by its noun


def test_the_return_of_residents_set_to_begin_is_a_planned_return(events_of) -> None:
    text = "ويُنتظر أن تبدأ عودة الأهالي إلى بيوتهم في بلدة القصير مطلع الأسبوع المقبل، بحسب مصدر في المحافظة."
    assert [e["factuality"] for e in of_type(events_of(text), "RETREAT")] == ["planned"]


def test_a_riot_that_began_when_inmates_refused_to_return_is_no_return(events_of) -> None:
    # (the guard: the start verb must stand right before the return)
    text = "وبدأت أعمال الشغب في سجن المدينة، وفق روايات جمعها المرصد، حين رفض النزلاء العودة إلى زنازينهم."
    assert of_type(events_of(text), "RETREAT") == []


def test_a_course_that_began_with_a_return_tells_no_return(events_of) -> None:
    # (the guard: «بدأ بعودتها إلى الجامعة العربية» is what a course of policy began with)
    text = "وقال الوزير في أنقرة إن المسار بدأ بعودتها إلى الجامعة العربية."
    assert of_type(events_of(text), "RETREAT") == []


# «في بيان وزّعه على الصحافيين» (a statement handed out) is no aid


def test_a_statement_handed_out_is_no_aid(events_of) -> None:
    text = ("وناشد المجلس المحلي لمدينة الأتارب، في بيان وزعه على الصحافيين، المنظمات الإنسانية إرسال مساعدات "
            "عاجلة.")
    assert of_type(events_of(text), "AID") == []


def test_food_baskets_handed_out_are_aid(events_of) -> None:
    # (the guard: what is handed out after the verb, not a word before it, makes the aid)
    text = "ووزع الهلال الأحمر، صباح اليوم، مئتي سلة غذائية على العائلات النازحة في مدينة الأتارب."
    assert len(of_type(events_of(text), "AID")) == 1
