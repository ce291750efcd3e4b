"""Session 81: classes of language from the errors on the dev sets and the news files (docs/events.md § Session
81). The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type

# weapons laid down or handed over, and captives let go, told with the verbs' other forms: «تُلقي/يلقوا … سلاحها»
# (lay down), «تسلّم … سلاحها» (the present of «سلّم»), «يطلق … الأسرى» (let go, without «سراح»)


def test_weapons_not_laid_down_are_a_negated_withdrawal(events_of) -> None:
    text = ("اشتبكت وحدات الجيش مع مسلحين في حي الميناء صباح اليوم. ولم تُلقِ القوة المتحصنة في مبنى الجمارك "
            "سلاحها حتى ظهر اليوم، بحسب ضابط في الوحدة.")
    evs = of_type(events_of(text), "RETREAT")
    assert [(e["evidence"]["trigger"]["text"], e["factuality"]) for e in evs] == [("سلاحها", "negated")]


def test_weapons_not_handed_over_in_the_present_form_are_a_negated_withdrawal(events_of) -> None:
    text = ("انطلقت الحافلات الأولى من البلدة صباح اليوم باتجاه الشمال. في حين لم تسلّم المجموعات المسلحة في "
            "القرية المجاورة سلاحها الثقيل حتى مساء اليوم.")
    evs = [e for e in of_type(events_of(text), "RETREAT") if e["factuality"] == "negated"]
    assert len(evs) == 1
    assert "سلاحها" in evs[0]["evidence"]["trigger"]["text"]


def test_captives_not_let_go_are_a_negated_release(events_of) -> None:
    text = ("سرت الهدنة في البلدة منذ فجر اليوم. ولم يطلق المسلحون أياً من الأسرى الجنود على الرغم من سريان "
            "الهدنة، بحسب وسطاء.")
    evs = of_type(events_of(text), "RETREAT")
    assert [(e["mode"], e["factuality"]) for e in evs] == [("release", "negated")]


def test_tanks_a_state_will_hand_over_to_another_are_no_withdrawal(events_of) -> None:
    # (the guard: «تسلّم» joins only the weapons one lays down; tanks promised to an ally are no withdrawal)
    text = "وأعلن الرئيس الأمريكي، مساء أمس، أن بلاده ستسلم أوكرانيا إحدى وثلاثين دبابة في الأشهر المقبلة."
    assert of_type(events_of(text), "RETREAT") == []


# an obligation («يجب أن …»، «ينبغي أن …»، «لا بد من …»، «إن على X أن …») governs what must be done: not done yet


def test_what_armed_groups_must_do_is_planned(events_of) -> None:
    text = "وقال قائد الجيش اليوم إن على المسلحين في الحي أن يلقوا أسلحتهم قبل المساء."
    evs = of_type(events_of(text), "RETREAT")
    assert [e["factuality"] for e in evs] == ["planned"]


def test_what_must_happen_is_planned(events_of) -> None:
    text = "وقال الوزير في مؤتمر صحافي، اليوم الأحد، إنه يجب أن تنسحب القوات الأجنبية من المدينة خلال أسابيع."
    evs = of_type(events_of(text), "RETREAT")
    assert [e["factuality"] for e in evs] == ["planned"]


def test_an_act_told_after_an_obligation_to_own_it_is_told(events_of) -> None:
    # (the guard: the obligation governs only the verb right after its «أن»; the shelling one must own up to happened)
    text = "وقال المحلل اليوم إنه يجب الاعتراف بأن الجيش قصف البلدة أمس بالمدفعية الثقيلة."
    evs = of_type(events_of(text), "ASSAULT")
    assert [e["factuality"] for e in evs] == ["asserted"]


# the body that promised or announced reinforcements or aid, in the relative clause right after them, sends them:
# «ولم تصل التعزيزات التي وعدت بها وزارة الدفاع» is the ministry's (negated) deployment


def test_reinforcements_a_ministry_announced_that_did_not_come_are_its_negated_deployment(events_of) -> None:
    text = ("قصفت المدفعية أطراف البلدة صباح اليوم. ولم تصل حتى اليوم التعزيزات التي أعلنت وزارة الدفاع قبل "
            "أسبوعين إرسالها إلى المحافظة، بحسب ضباط في الحملة.")
    evs = of_type(events_of(text), "MOBILIZE")
    assert [(e["factuality"], [a["text"] for a in e["source"]]) for e in evs] == [("negated", ["وزارة الدفاع"])]


def test_reinforcements_struck_on_the_way_are_not_sent_by_who_struck_them(events_of) -> None:
    # (the guard: only a verb of promising, announcing or sending names the sender)
    text = ("قصفت المدفعية أطراف البلدة صباح اليوم. ولم تصل التعزيزات التي استهدفتها طائرات التحالف أمس على "
            "الطريق الصحراوي إلى البلدة.")
    evs = of_type(events_of(text), "MOBILIZE")
    assert not any(a["text"].startswith("طائرات") for e in evs for a in e["source"])


# what recurs «مع كل قصف» (with every shelling) or «لغارات شبه أسبوعية» (near-weekly), and the co-ordinators of protests
# named by them («تنسيقية تظاهرات الكوت»), tell no event


def test_what_breaks_down_with_every_shelling_tells_no_shelling(events_of) -> None:
    text = ("وزار وفد من مجلس الشعب البلدة صباح اليوم، واستمع إلى مطالب الأهالي بإصلاح شبكة الكهرباء التي تتعطل "
            "مع كل قصف، قبل أن يعود إلى العاصمة.")
    assert of_type(events_of(text), "ASSAULT") == []


def test_talks_every_campaign_comes_before_tell_no_talks(events_of) -> None:
    text = ("وقال قيادي في الجبهة إن الحديث عن الحشود جزء من حرب نفسية تسبق كل جولة تفاوض مع الجانب الروسي، "
            "فيما قصفت المدفعية أطراف البلدة.")
    assert of_type(events_of(text), "CONSULT") == []


def test_shelling_the_wounded_were_hit_at_is_told(events_of) -> None:
    # (the guard: «عند» without «كل» tells when one act happened, it does not make it recur)
    text = "وأصيب ثلاثة مدنيين عند قصف مدفعي عنيف استهدف أطراف البلدة صباح اليوم."
    assert [e["factuality"] for e in of_type(events_of(text), "ASSAULT")] == ["asserted"]


def test_near_weekly_air_strikes_are_a_habit(events_of) -> None:
    text = ("وتتعرض الأسواق الطرفية في المدينة لغارات شبه أسبوعية، بحسب منظمات محلية. وقال ناشطون إن الحياة "
            "فيها باتت بالغة القسوة.")
    assert of_type(events_of(text), "ASSAULT") == []


def test_the_coordinators_of_protests_accusing_are_no_protest(events_of) -> None:
    text = ("واتهمت تنسيقية تظاهرات المدينة، في بيان اليوم، جهات حزبية مسلحة بالوقوف وراء إطلاق النار على "
            "المعتصمين.")
    assert of_type(events_of(text), "PROTEST") == []


# a threat's condition after it («… بمئة قذيفة كلما تقدم الجيش خطوة») is no habit of threatening, and a count before
# what it threatens («بمئة قذيفة») keeps the shells its content; fighters leaving («وخرج عناصر الحامية …») withdraw;
# protesters cutting a bridge («قطع المحتجون الجسر») block it as they block a road


def test_a_threat_with_its_condition_after_it_is_a_threat_made(events_of) -> None:
    text = ("وبثّت صفحات محلية تسجيلاً صوتياً لقيادي في الفصيل يتوعد فيه أهالي البلدة بمئة قذيفة كلما تقدم الجيش "
            "خطوة نحو القرى.")
    evs = events_of(text)
    assert [(e["type"], e["factuality"]) for e in evs] == [("THREATEN", "asserted")]


def test_threats_made_whenever_the_army_advances_are_a_habit(events_of) -> None:
    # (the guard: «كلما» before the threat makes threatening the habit)
    text = "وكلما تقدم الجيش خطوة نحو القرى يتوعد قادة الفصيل أهالي البلدة بالقصف."
    assert of_type(events_of(text), "THREATEN") == []


def test_the_last_garrison_leaving_is_a_withdrawal(events_of) -> None:
    text = "وخرج عناصر الحامية المتحصنون في القلعة فجر اليوم عبر الطريق الشرقي باتجاه المطار العسكري."
    evs = of_type(events_of(text), "RETREAT")
    assert [e["factuality"] for e in evs] == ["asserted"]


def test_protesters_cutting_a_bridge_protest(events_of) -> None:
    text = "وقطع مئات المحتجين في المدينة، صباح اليوم، الجسر الرئيسي على النهر احتجاجاً على مقتل أحد الناشطين."
    evs = of_type(events_of(text), "PROTEST")
    assert [e["mode"] for e in evs] == ["obstruct"]


# backing declared by the one named right after it, before its «لـ» complement («وجددت الوزارة … دعم مصر للجيش»)


def test_support_renewed_in_a_states_name_is_support(events_of) -> None:
    text = "وجددت وزارة الخارجية، في بيان اليوم، دعم مصر للجيش الوطني في حربه على الإرهاب."
    evs = of_type(events_of(text), "SUPPORT")
    assert [e["factuality"] for e in evs] == ["asserted"]


def test_support_given_to_students_to_finish_their_studies_is_no_stand(events_of) -> None:
    # (the guard: a «لـ» purpose after the genitive makes it whom the support is for, not who declares it)
    text = "وأعلنت الوزارة، في بيان اليوم، دعم الطلاب لاستكمال دراستهم في الجامعات الحكومية."
    assert of_type(events_of(text), "SUPPORT") == []


# contacts someone makes with another («اتصالات يجريها أعيان … مع قادة …»، «وأجرى وفد … اتصالات مع وسطاء») are talks;
# phone calls keep their own phrase and mode


def test_contacts_local_sources_speak_of_are_rumoured_talks(events_of) -> None:
    text = ("وتتحدث مصادر محلية عن اتصالات يجريها أعيان من قبائل المدينة مع قادة المسلحين لإقناعهم بتسليم "
            "أنفسهم.")
    evs = of_type(events_of(text), "CONSULT")
    assert [e["factuality"] for e in evs] == ["rumored"]


def test_phone_calls_made_are_phone_talks(events_of) -> None:
    # (the guard: «أجرى … اتصالات» yields to the phone calls' own phrase)
    text = "وأجرى الرئيس، مساء أمس، اتصالات هاتفية مع والي الولاية وعدد من المسؤولين في المنطقة."
    evs = of_type(events_of(text), "CONSULT")
    assert [(e["mode"], e["evidence"]["trigger"]["text"]) for e in evs] == [("phone", "اتصالات هاتفية")]


def test_communications_running_over_satellite_phones_are_no_talks(events_of) -> None:
    # (the guard: the verb of making contacts after them is «يجريها/أجراها», not any verb «تجري»)
    text = "وقال أحد الوجهاء إن الاتصالات تجري عبر هواتف الثريا بسبب انقطاع الشبكة عن البلدة منذ أيام."
    assert of_type(events_of(text), "CONSULT") == []


# conditions set in the present («يشترطون مسح الأرض»، «القيادات الأمنية تشترط انتهاء التطهير») are standing ones


def test_a_condition_tractor_owners_set_is_no_demand(events_of) -> None:
    text = "وقال مزارعون إن أصحاب الجرارات يشترطون مسح الأرض قبل العمل فيها خوفاً من الألغام."
    assert of_type(events_of(text), "REQUEST") == []


def test_a_condition_set_in_talks_is_a_demand(events_of) -> None:
    # (the guard: the past «اشترطت» tells a condition set in the talks)
    text = "وقال الوسطاء إن الميليشيا اشترطت، خلال اجتماع أمس، تسليم السلاح مقابل خروج المسلحين من الحي."
    evs = of_type(events_of(text), "REQUEST")
    assert [e["factuality"] for e in evs] == ["asserted"]


# a protest verb in the first person («خرجنا بثيابنا»، «أغلقنا المدرسة»، «ونخرج إلى الشارع») tells what the one
# quoted did, no protest


def test_a_teacher_saying_we_closed_the_school_tells_no_protest(events_of) -> None:
    text = ("ويقول معلّم من أهالي الناحية: «أغلقنا المدرسة قبل أن يغلقها الرصاص». وقصفت المدفعية أطراف البلدة "
            "صباح اليوم.")
    assert of_type(events_of(text), "PROTEST") == []


def test_people_who_took_to_the_street_protest(events_of) -> None:
    # (the guard: «نزلوا» is a third-person past of a root in «ن», no first person)
    text = "وقال إن الناس الذين نزلوا أول من أمس إلى الشارع طالبوا بمحاسبة القتلة."
    assert [e["factuality"] for e in of_type(events_of(text), "PROTEST")] == ["asserted"]


def test_protesters_saying_we_demonstrate_protest(events_of) -> None:
    # (the guard: only verbs of going out or closing are read so in the first person; «نتظاهر» only means protesting)
    text = "وقالت إحدى المشاركات في المسيرة: «نحن نتظاهر ضد الحرب ولن نجد مناسبة أفضل للتعبير عن رأينا»."
    assert of_type(events_of(text), "PROTEST") != []


# a time never free of raids («لا تكاد تخلو ليلة من اقتحام») and the number of arrests («عدد حالات الاعتقال») are habits
# and tallies


def test_nights_never_free_of_raids_are_a_habit(events_of) -> None:
    text = ("وقال نادي الأسير إن الاعتقال بات جزءاً من الحياة اليومية في قرى المحافظة، إذ لا تكاد تخلو ليلة من "
            "اقتحام أو دهم أو استدعاء للتحقيق.")
    assert of_type(events_of(text), "COERCE") == []


def test_a_square_never_free_of_protesters_stormed_today_is_a_storming(events_of) -> None:
    # (the guard: only the act right after «تخلو … من» is what the time is never free of)
    text = "ولا تخلو الساحة من المعتصمين منذ أسبوع، وقد اقتحمتها قوات الأمن فجر اليوم واعتقلت العشرات منهم."
    assert [e["factuality"] for e in of_type(events_of(text), "COERCE")] == ["asserted"]


def test_the_number_of_arrests_since_a_date_is_a_tally(events_of) -> None:
    text = ("وقالت المؤسسات إن قوات الاحتلال اعتقلت فجر اليوم ثلاثة شبان من البلدة. ووفق معطيات نادي الأسير، تجاوز "
            "عدد حالات الاعتقال في الضفة الغربية منذ السابع من تشرين الأول أحد عشر ألف حالة، بينهم أطفال ونساء.")
    assert [e["evidence"]["trigger"]["text"] for e in of_type(events_of(text), "COERCE")] == ["اعتقلت"]
