"""Session 45: classes of language from the errors of the dev sets (docs/events.md § Session 45).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a clause that opens with a quotation mark after «إن/أن» or the colon of direct speech has its subject before the
# verb, as it would without the mark


@pytest.mark.parametrize(("text", "agent"), [
    ("وقالت الوكالة الرسمية إن «عناصر من الجيش استهدفت مواقع للمسلحين في ريف الحولة» مساء أمس.", "الجيش"),
    ("وأكد المحافظ أن «الطيران الحربي قصف مقرات للمسلحين قرب الرستن» فجر اليوم.", "الطيران الحربي"),
    ("وقال المصدر العسكري: وحدات من الجيش استهدفت تجمعات للمسلحين قرب الحولة صباح اليوم.", "الجيش"),
])
def test_the_subject_after_a_quotation_mark_or_a_colon_is_the_agent(events_of, text, agent):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and any(agent in s for s in _texts(evs[0]["source"])), evs
    assert not any("مواقع" in s or "مقرات" in s or "تجمعات" in s for s in _texts(evs[0]["source"])), evs


def test_a_verb_first_quotation_keeps_its_subject_after_the_verb(events_of):
    text = "وقال المصدر العسكري: «استهدفت وحدات الجيش تجمعات للمسلحين قرب الحولة» صباح اليوم."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and any("الجيش" in s for s in _texts(evs[0]["source"])), evs


# what a march is for («مسيرة تأييد …»، «وقفة دعم …») names the march: no act of support of its own


@pytest.mark.parametrize("text", [
    "وجاب المشيعون شوارع البلدة بعد الدفن في مسيرة «تأييد للجيش وللقيادة» مساء أمس.",
    "ونظم طلاب الجامعة ظهر اليوم وقفة دعم للمعتقلين أمام مبنى المحافظة.",
])
def test_what_a_march_is_for_is_no_act_of_support(events_of, text):
    evs = _events(events_of, text)
    assert _of_type(evs, "PROTEST") and not _of_type(evs, "SUPPORT"), evs


def test_support_declared_stays(events_of):
    text = "وأعلن الحزب في بيان أصدره اليوم تأييده الكامل للحكومة الجديدة."
    assert _of_type(_events(events_of, text), "SUPPORT")


# a present verb joined by «و» to one that «كان» governs is a past habit too, also inside a quotation


@pytest.mark.parametrize("text", [
    "وأضافت الوكالة أن المسلحين كانوا «يخطفون المسافرين» قبل دخول الجيش إلى المنطقة.",
    "وأضاف البيان أن أفراد العصابة كانوا «يرهبون السكان ويقطعون الطرقات» في ريف المدينة.",
])
def test_verbs_joined_to_a_past_habit_are_a_habit(events_of, text):
    evs = _events(events_of, text)
    assert not [e for e in evs if e["factuality"] in ("asserted", "reported")], evs


def test_a_verb_of_its_own_after_a_habit_is_no_habit(events_of):
    # (another subject, and a verb that does not agree with the governed one)
    text = "وكان المسلحون يخطفون المسافرين، واعتقلت قوات الأمن ثلاثة منهم فجر اليوم في البلدة."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert evs and evs[0]["factuality"] == "asserted", evs


# fire returned («ردّت X على مصادر النيران») answers an act the article has just told: a dated article keeps it as
# told, and it is not the act it answers (the other side's fire)

_RETURNED = ("قتلى بقذائف على أحياء المدينة.. والجيش يقصف مواقع المسلحين شرقها\n"
             "قُتل أربعة مدنيين مساء أمس بسقوط قذائف صاروخية أطلقها مسلحو الجبهة على أحياء سكنية في مدينة الرستن. "
             "وردّت وحدات المدفعية في الجيش على مصادر النيران بقصف طال مواقع المسلحين في التلال شرقي المدينة، بحسب "
             "مصدر عسكري، الذي لم يذكر حصيلة.")


def test_fire_returned_is_an_act_of_its_own(events_of):
    evs = _of_type(list(events_of(_RETURNED)), "ASSAULT")
    army = [e for e in evs if any("الجيش" in s or "المدفعية" in s for s in _texts(e["source"]))]
    rockets = [e for e in evs if any("مدنيين" in s for s in _texts(e["recipient"]))]
    assert army and rockets and not set(map(id, army)) & set(map(id, rockets)), evs
    assert all(e["factuality"] in ("asserted", "reported") for e in army), army
    assert not any("الجيش" in s for e in rockets for s in _texts(e["source"])), rockets


def test_fire_returned_keeps_its_telling_in_a_dated_article(events_of):
    text = ("قصف على الرستن\n"
            "قُتل أربعة مدنيين مساء أمس بسقوط قذائف صاروخية أطلقها مسلحو الجبهة على أحياء سكنية في مدينة الرستن. "
            "وردّت وحدات المدفعية في الجيش على مصادر النيران، بحسب مصدر عسكري، الذي لم يذكر حصيلة.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    army = [e for e in evs if any("المدفعية" in s for s in _texts(e["source"]))]
    assert army and army[0]["factuality"] == "asserted", evs


def test_a_headlines_second_part_with_its_own_attacker_is_another_act(events_of):
    # the rockets of the headline's first part are not the army's shelling of its second
    evs = _of_type(list(events_of(_RETURNED)), "ASSAULT")
    assert len(evs) >= 2, evs
    first = min(evs, key=lambda e: e["evidence"]["trigger"]["start"])
    assert not any("الجيش" in s for s in _texts(first["source"])), evs


def test_the_side_hit_acting_below_a_headline_is_another_act(events_of):
    text = ("شهيدان بقذيفتي هاون على مورك.. وجيشنا الباسل يدكّ أوكار الإرهابيين في التلال\n"
            "ارتقى مواطنان شهيدين وأصيب ثلاثة آخرون مساء أمس جراء سقوط قذيفتي هاون أطلقتهما المجموعات الإرهابية "
            "المتحصنة في التلال على مورك، بحسب مصدر طبي.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    mortars = [e for e in evs if any("مواطنان" in s for s in _texts(e["recipient"]))]
    assert mortars and any("المجموعات" in s for s in _texts(mortars[0]["source"])), evs
    assert not any("الجيش" in s for s in _texts(mortars[0]["source"])), evs


# a participle of threatening after a comma («، مهدداً بـ…») is a threat by the clause's subject; the passive
# («مهددة بالانهيار»، «مهددين بالترحيل»: at risk of) is none


@pytest.mark.parametrize(("text", "who"), [
    ("وأصدر الفصيل بياناً مساء أمس، مهدداً الحكومة بالرد على أي هجوم يطال مواقعه.", "الفصيل"),
    ("وطالب العمال المضربون بصرف رواتبهم المتأخرة، مهددين بالتصعيد والاعتصام أمام مبنى الوزارة.", "العمال"),
])
def test_a_participle_of_threatening_is_a_threat(events_of, text, who):
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and any(who in s for s in _texts(evs[0]["source"])), evs


@pytest.mark.parametrize("text", [
    "وغادرت عشرات الأسر المخيم، مهددين بالترحيل عن البلاد خلال أيام.",
    "وتبقى المباني القديمة في الحي مهددة بالانهيار في أي لحظة.",
])
def test_at_risk_of_is_no_threat(events_of, text):
    assert not _of_type(_events(events_of, text), "THREATEN")


# what can or cannot be done («يصعب على القوات اقتحام البلدة»، «بإمكان الجيش اقتحام الحي») is not told as done;
# what cannot be verified («يصعب التحقق من مقتل …») may have happened


@pytest.mark.parametrize("text", [
    "ويصعب على القوات اقتحام البلدة بسبب الألغام المزروعة حولها.",
    "وقال الضابط إن بإمكان الجيش اقتحام الحي خلال ساعات إن صدرت الأوامر.",
])
def test_what_can_be_done_is_hypothetical(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and all(e["factuality"] == "hypothetical" for e in evs), evs


def test_what_cannot_be_verified_is_no_hypothesis(events_of):
    text = "وقالت مصادر محلية إنه يصعب التحقق من مقتل ثلاثة مدنيين في القصف على البلدة أمس."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and all(e["factuality"] != "hypothetical" for e in evs), evs


# a place that takes people or things in (a clinic, a hospital, a camp, an airport) receives no visit


@pytest.mark.parametrize("text", [
    "واستقبلت عيادة الأطفال في المخيم خلال الشهر الماضي نحو خمسمئة مراجع.",
    "ووصلت الشاحنات إلى مخيم الأمل قرب الحدود، الذي استقبل منذ مطلع الأسبوع أكثر من ثلاثمئة أسرة.",
])
def test_a_place_taking_people_in_is_no_visit(events_of, text):
    assert not _of_type(_events(events_of, text), "CONSULT")


@pytest.mark.parametrize("text", [
    "وفي مطار دمشق استقبل وزير الخارجية نظيره العماني صباح اليوم.",
    "واستقبل المحافظ في مكتبه بالمستشفى الوطني وفداً من وجهاء المدينة.",
])
def test_a_host_at_a_place_receives_a_visit(events_of, text):
    assert _of_type(_events(events_of, text), "CONSULT")


# a rumour of another's arrest is another act, not a telling of the arrest told before (a rumoured death may be the
# attack's victim, and still merges)


def test_a_rumour_of_another_arrest_stays_apart(events_of):
    text = ("اعتقال رجل وابنيه في بلدة الحواش\n"
            "اعتقلت دورية للأمن العسكري فجر اليوم رجلاً وابنيه من منزلهم في بلدة الحواش. "
            "وتناقلت صفحات محلية عصر اليوم أنباء عن اعتقال إمام الجامع الكبير في البلدة، غير أن أحد أقاربه نفى الخبر.")
    evs = _of_type(list(events_of(text)), "COERCE")
    assert any(e["factuality"] in ("rumored", "negated") for e in evs), evs
    assert any(e["factuality"] == "asserted" for e in evs), evs


# a participle's subject is the subject of the verb that opens the sentence, not the nearer object


def test_a_participle_has_the_subject_of_the_sentences_opening_verb(events_of):
    text = ("والتقى قائد الشرطة في المدينة ظهر اليوم عدداً من الوجهاء، وطالبهم بتسليم المطلوبين خلال يومين، "
            "ملوّحاً بأن قواته ستدخل الأحياء إذا خرجت مظاهرة جديدة.")
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert evs and any("قائد الشرطة" in s for s in _texts(evs[0]["source"])), evs
    assert not any("الوجهاء" in s for s in _texts(evs[0]["source"])), evs


# a representative («ممثل X») heads an actor


def test_a_representative_is_an_actor(events_of):
    text = "وفي الاجتماع رفض ممثل الجبهة الشعبية الجديدة أي صيغة لا تمنحها منصباً سيادياً."
    evs = _of_type(_events(events_of, text), "REJECT")
    assert evs and any("ممثل" in s for s in _texts(evs[0]["source"])), evs


# a common word that is a definite place name's bare form («سلمية» peaceful, «ميادين» squares, «ورقة» a paper) places
# no event


@pytest.mark.parametrize(("text", "wrong"), [
    ("وخرج المئات أمس في مظاهرات سلمية للمطالبة بالإفراج عن المعتقلين.", "سلمية"),
    ("وخرج المحتجون أمس إلى ميادين المدينة للمطالبة بالإفراج عن المعتقلين.", "ميادين"),
    ("واتفق المجتمعون أمس على صياغة ورقة تفاهم تعرض على الكتل.", "رقة"),
])
def test_a_common_word_places_no_event(events_of, text, wrong):
    evs = _events(events_of, text)
    assert evs and not any(e["location"] and e["location"]["text"] == wrong for e in evs), evs


# what a protest is for («اعتصامهم …، للمطالبة بـ…») is the protest's, no demand of its own; a statement's demand stays


def test_what_a_protest_is_for_is_no_demand_of_its_own(events_of):
    text = ("وأمام مبنى محافظة حماة، يواصل نحو خمسين من العمال المسرّحين اعتصامهم لليوم السادس على التوالي، للمطالبة "
            "بإعادتهم إلى العمل.")
    evs = _events(events_of, text)
    assert _of_type(evs, "PROTEST") and not _of_type(evs, "REQUEST"), evs


def test_a_statements_demand_stays(events_of):
    assert _of_type(_events(events_of, "وأصدرت النقابة بياناً للمطالبة بإعادة العمال المسرّحين إلى العمل."), "REQUEST")


# a present verb joined by «أو/و» to «من يـ…» (whoever does it) is no act told


def test_a_verb_joined_to_whoever_is_generic(events_of):
    text = "وقال المحافظ إن القانون سيطبق على كل من يعطّل حركة السير أو يعتدي على الممتلكات العامة."
    evs = _events(events_of, text)
    assert not [e for e in _of_type(evs, "ASSAULT") if e["factuality"] in ("asserted", "reported")], evs


def test_a_past_verb_after_a_whoever_clause_is_told(events_of):
    text = "واعتقلت الشرطة فجر اليوم من يحرّض على الفوضى في الحي وصادرت أسلحته."
    assert _of_type(_events(events_of, text), "COERCE")


# a rumour of another kind of act is not a telling of the act named before, also as a definite noun


def test_a_rumoured_torture_is_not_the_kind_of_act_named_before(events_of):
    text = ("توتر في المدينة\n"
            "وقال المحافظ إن القانون سيطبق على كل من يعطّل حركة السير أو يعتدي على الممتلكات العامة. "
            "وتناقل الأهالي مساء اليوم أنباء عن وفاة أحد الموقوفين تحت التعذيب في مركز الشرطة، غير أن مصدراً أمنياً "
            "نفى الخبر.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    assert any(e["mode"] == "torture" and e["factuality"] in ("rumored", "negated") for e in evs), evs


# a mention the rules date long before (a tally «منذ تشرين الأول 2019») is not a telling of today's act


def test_a_tally_dated_years_back_is_not_todays_act(events_of):
    text = ("قصف على قرى ريف الحسكة\n"
            "قصف الجيش التركي صباح اليوم قريتين في ريف تل تمر بالمدفعية الثقيلة. وردّت قوات المجلس العسكري على مصادر "
            "القصف، بحسب المركز الإعلامي للمجلس.\n"
            "وتقع القرى على خط التماس منذ سنوات.\n"
            "وكانت جهات حقوقية قد أحصت منذ تشرين الأول 2019 عشرات الهجمات التي طالت قرى المنطقة.")
    evs = _of_type(list(events_of(text)), "ASSAULT")
    returned = [e for e in evs if any("المجلس" in s for s in _texts(e["source"]))]
    assert returned and all(not (e["date"] or {}).get("value", "").startswith("2019") for e in returned), evs


# «في حالة» (in case) opens a condition, as «في حال» does


def test_in_case_opens_a_condition(events_of):
    text = "وقال الوزير إنه في حالة اقتحام القوات للبلدة فإن الأهالي سيقاومون بكل الوسائل."
    evs = [e for e in _events(events_of, text) if e["type"] in ("COERCE", "ASSAULT")]
    assert evs and all(e["factuality"] == "hypothetical" for e in evs), evs


# many acts named as what is answered or protested («رداً على مجازر …») are the cause, not one event


def test_many_acts_named_as_the_cause_are_no_event(events_of):
    text = ("واستهدفت الفصائل بالصواريخ مواقع للجيش في ريف المدينة، رداً على مجازر القوات الحكومية بحق المدنيين في "
            "القرى.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and any("الفصائل" in s for s in _texts(evs[0]["source"])), evs


# acts counted by ten or more over a period of days or more are a tally; a count of the last hours is the day's raid


def test_a_tally_over_months_is_no_event(all_events_of):
    text = "ووثّق المرصد تنفيذ الطائرات الحربية خلال تسعة أشهر 18250 غارة على المدن والبلدات."
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and all(e["factuality"] == "generic" for e in evs), evs


def test_a_count_of_the_last_hours_is_the_days_raid(events_of):
    text = "ونفذ الطيران الحربي خلال الساعات الماضية 14 غارة على بلدة التمانعة."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and evs[0]["factuality"] == "asserted", evs


# a minefield is a place, flares and smoke bombs blow up no one


@pytest.mark.parametrize("text", [
    "وقالت القيادة إن الضربات أصابت حقول ألغام قريبة من مدينة الطبقة.",
    "وألقت الطائرات قنابل مضيئة فوق البلدة طوال الليل.",
])
def test_a_minefield_or_a_flare_is_no_blast(events_of, text):
    assert not [e for e in _of_type(_events(events_of, text), "ASSAULT") if e["mode"] == "explosives"]


def test_a_mine_that_blew_up_is_a_blast(events_of):
    evs = _of_type(_events(events_of, "وانفجر لغم أرضي بسيارة مدنية قرب البلدة صباح اليوم."), "ASSAULT")
    assert evs and evs[0]["mode"] == "explosives", evs


# what people have suffered or complained of for years («يشكو السكان منذ سنوات من …») is a state, no event


def test_what_people_suffered_for_years_is_no_event(events_of):
    text = "ويشكو سكان الريف منذ سنوات من حملات السوق إلى الخدمة والتوقيف على الحواجز."
    assert not _of_type(_events(events_of, text), "COERCE")


def test_a_complaint_of_todays_arrest_tells_it(events_of):
    text = "ويشكو الأهالي من اعتقال ثلاثة من أبنائهم على حاجز المدينة صباح اليوم."
    assert _of_type(_events(events_of, text), "COERCE")


# trucks in a military convoy («رتل عسكري يضم دبابات وناقلات جند وشاحنات») carry no aid


def test_trucks_in_a_military_convoy_are_no_aid(events_of):
    text = ("ودخل رتل عسكري تركي، يضم نحو ثلاثين آلية بين دبابات وناقلات جند وشاحنات محمّلة بالكتل الإسمنتية، إلى ريف "
            "حلب الغربي.")
    evs = _events(events_of, text)
    assert _of_type(evs, "MOBILIZE") and not _of_type(evs, "AID"), evs


# «بين X و …» names its first side as the source also when the second is no actor the lists know, and a negated
# adjective («غير معلن») stands between as one adjective does


def test_the_first_side_of_a_between_phrase_is_the_source(events_of):
    text = "وتحدثت مصادر محلية اليوم عن اتفاق غير معلن بين الحزب الديمقراطي الكردستاني وتحالف عشائري على تقاسم المناصب."
    evs = _of_type(_events(events_of, text), "AGREE")
    assert evs and any("الحزب الديمقراطي الكردستاني" in s for s in _texts(evs[0]["source"])), evs


# a second missile («وأطلقت صاروخاً ثانياً») is another act than the first


def test_a_second_missile_is_another_strike(events_of):
    text = ("غارة على المدينة\n"
            "أطلقت طائرة حربية ظهر أمس صاروخاً على سوق المدينة، ما أدى إلى مقتل ثلاثة مدنيين. وبعد أقل من ساعة، عاودت "
            "الطائرة التحليق فوق المدينة وأطلقت صاروخاً ثانياً سقط في أرض خالية قرب الملعب.")
    assert len(_of_type(list(events_of(text)), "ASSAULT")) == 2


# an air force acting, the trigger's subject, is no accident, whatever drowned after; a road accident stays one


def test_an_air_force_acting_is_no_accident(events_of):
    text = ("وكان طيران التحالف قد استهدف، فجر الأحد، قارباً يقل مدنيين في نهر الفرات، في حين لا يزال مصير آخرين "
            "مجهولاً بعد غرقهم في النهر.")
    assert _of_type(_events(events_of, text), "ASSAULT")


def test_a_road_accident_is_no_attack_though_flights_are_named(events_of):
    text = "وقتل ثلاثة أشخاص في حادث سير على طريق المطار بعد انقلاب سيارتهم، فيما توقفت حركة الطيران لساعات."
    assert not _of_type(_events(events_of, text), "ASSAULT")


# «قد» before a present verb (may) governs what follows; before a past verb it asserts


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن التصعيد الأخير قد يؤدي إلى اندلاع معارك عنيفة في ريف المدينة.",
    "وحذّر من أن القوات قد تنسحب من البلدة خلال الأيام المقبلة.",
])
def test_may_is_hypothetical(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] in ("ASSAULT", "RETREAT")]
    assert evs and all(e["factuality"] == "hypothetical" for e in evs), evs


@pytest.mark.parametrize("text", [
    "وقد انسحبت القوات من البلدة صباح اليوم بعد اشتباكات قصيرة.",
    "وبحسب أحد الحاضرين، فقد تعهّد ممثلو الإدارة بإطلاق سراح الطلاب خلال أيام.",
])
def test_qad_before_a_past_verb_asserts(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] in ("RETREAT", "AGREE")]
    assert evs and evs[0]["factuality"] == "asserted", evs
