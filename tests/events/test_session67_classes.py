"""Session 67: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 67).
The texts are the team's own."""

from __future__ import annotations

from marsad.temporal.resolve import find_times


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) for e in events_of(text)
            if e["type"] == typ]


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


# the last N days counted («خلال اليومين الماضيين»، «خلال الأيام الثلاثة الماضية»): a time expression, the day before
# publication as its value and the days counted as its window; a few days ahead («خلال اليومين المقبلين») likewise


def test_the_last_two_days_are_a_time():
    (t,) = find_times("واعتُقل عشرون شاباً خلال اليومين الماضيين", published="2021-09-09")
    assert (t.text, t.value, t.precision, t.attrs["window"]) == (
        "اليومين الماضيين", "2021-09-08", "day", ["2021-09-07", "2021-09-09"])


def test_the_last_five_days_counted_are_a_week_window():
    (t,) = find_times("ونزحت مئات العائلات خلال الأيام الخمسة الأخيرة", published="2021-09-09")
    assert (t.text, t.value, t.precision, t.attrs["window"]) == (
        "الأيام الخمسة الأخيرة", "2021-09-08", "week", ["2021-09-04", "2021-09-09"])


def test_the_next_two_days_are_ahead():
    (t,) = find_times("ويصل الوفد إلى المدينة خلال اليومين المقبلين", published="2021-09-09")
    assert (t.value, t.attrs["window"]) == ("2021-09-10", ["2021-09-10", "2021-09-11"])


def test_days_counted_without_a_past_or_coming_word_are_no_time():
    # (a guard: «الأيام الثلاثة» alone names days, not when)
    assert find_times("وناقش المؤتمر على مدى الأيام الثلاثة ملفات كثيرة", published="2021-09-09") == []


# an act dated by such a span is an act of the last days: the detection model's doubt does not make it background
# (here the charge's wording lowered its score)


def test_an_abduction_of_the_last_two_days_is_told(events_of):
    text = ("واختطفت الميليشيا، خلال اليومين الماضيين، أربعة عشر شاباً من أبناء البلدة بتهمة «التخابر مع العدوان»، "
            "بحسب منظمة حقوقية.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["factuality"] in ("asserted", "reported") and e["date"]["value"] == "2024-01-01"


# the span holds an act told as before the act it dates («… خلال اليومين الماضيين، بعد اشتباكات مع …»): the clashes are
# dated by it, not left undated


def test_clashes_before_an_act_of_the_last_two_days_are_dated_by_the_span(events_of):
    text = ("وأعلنت القيادة، صباح اليوم، أن قواتها سيطرت على أربع قرى خلال اليومين الماضيين، بعد اشتباكات مع مسلحي "
            "التنظيم قُتل فيها تسعة منهم.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["date"]["value"] == "2024-01-01"


# the span is not the narrative's day: a later sentence with no time of its own does not inherit it


def test_a_later_sentence_does_not_inherit_the_span(events_of):
    text = ("واعتقلت الشرطة، خلال اليومين الماضيين، عشرين شاباً في البلدة. "
            "وتظاهر العشرات من ذويهم أمام مبنى المحافظة للمطالبة بالإفراج عنهم.")
    dates = {e["type"]: e["date"]["value"] for e in events_of(text)}
    assert dates["COERCE"] == "2024-01-01" and dates["PROTEST"] == "2024-01-02"


# the wounded carried by a vehicle a body owns («سفينة تابعة لحرس السواحل»، «مروحية تابعة لها») or by a relief body's
# team («فريق من اللجنة الدولية للصليب الأحمر») are aid; the wounded taken to hospital by anyone else are not


def test_a_helicopter_of_the_army_carrying_the_wounded_is_its_aid(events_of):
    text = "ونقلت مروحية تابعة للجيش العراقي، ليل أمس، خمسة جرحى من البلدة إلى مستشفى المدينة."
    assert [(e["type"], [a["actor"] for a in e["source"]]) for e in events_of(text)] == [("AID", ["IRQ-MIL"])]


def test_a_red_cross_team_to_carry_the_wounded_is_planned_aid(events_of):
    text = "ومن المقرر أن ينقل فريق من اللجنة الدولية للصليب الأحمر، يوم غد، الجرحى إلى مستشفيات العاصمة."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("AID", "planned")]


def test_the_wounded_taken_to_hospital_are_no_aid(events_of):
    # (a guard: an ambulance or neighbours taking the wounded away is no relief told)
    assert _types(events_of, "وقال شاهد إن سيارة إسعاف نقلت الجريح إلى مستشفى سنجار العام.") == []
    assert _types(events_of, "وأضاف أن الجيران نقلوا الجرحى بسياراتهم إلى المركز الصحي في بلدة القحطانية.") == []


# a place told with its nearness right after an event noun («غارات على أطراف مدينة X»، «غارات في محيط X») is no genitive
# naming an event told before («غارات صعدة»): the strikes near another town are another act


def test_strikes_near_another_town_are_not_the_strikes_told_before(events_of):
    text = ("وشنّ الطيران الحربي الروسي، صباح اليوم، غارات على بلدة كفرنبل. "
            "وشنّ الطيران الحربي الروسي، بعد الظهر، ثلاث غارات في محيط مدينة سراقب.")
    places = [e["location"]["text"] for e in events_of(text) if e["type"] == "ASSAULT"]
    assert len(places) == 2 and "سراقب" in places[1]


# a convoy owned by a body («قافلة تابعة للأمم المتحدة») brings that body's aid, as a vehicle does; a convoy to set off
# and another that did not come are two events, as one that came and another that did not are


def test_a_convoy_of_the_united_nations_is_its_aid(events_of):
    (e,) = events_of("ودخلت قافلة تابعة للأمم المتحدة إلى المنطقة مساء اليوم.")
    assert (e["type"], [a["actor"] for a in e["source"]]) == ("AID", ["UN"])


def test_a_planned_convoy_and_one_that_did_not_come_are_two(events_of):
    text = ("ومن المقرر أن تنطلق، يوم غدٍ الثلاثاء، قافلة للهلال الأحمر محمّلة بالخيام والأغطية نحو تل رفعت، في حين لم "
            "تدخل أي قافلة تابعة للأمم المتحدة إلى المنطقة حتى مساء اليوم.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("AID", "planned"), ("AID", "negated")]


# a town, a camp or a clinic taking in the displaced («استقبلت البلدة آلاف النازحين») is no visit; an official receiving a
# delegation of them is


def test_a_town_taking_in_the_displaced_is_no_meeting(events_of):
    assert _types(events_of, "إذ استقبلت البلدة خلال السنوات الماضية آلاف النازحين من ريف دير الزور.") == []


def test_an_official_receiving_a_delegation_of_the_displaced_meets_it(events_of):
    # (a guard: a delegation between the verb and the displaced)
    text = "واستقبل المحافظ، صباح اليوم، وفداً من النازحين في مكتبه بمدينة حماة."
    assert _types(events_of, text) == ["CONSULT"]


# mines a place is cleared of with a pronoun («بعد تطهيرها من الألغام») are no blast, as «تطهير المنطقة من الألغام» is not


def test_a_town_cleared_of_mines_is_no_attack(all_events_of):
    text = "وأضاف أن المدينة ستُسلَّم إلى أهلها بعد تطهيرها من الألغام في مدينة عفرين."
    assert [e["type"] for e in all_events_of(text)] == []


# what something guards against («لحماية البلدات من هجمات التنظيمات»، «بهدف حمايتها من الحرق») is a danger, no event


def test_attacks_guarded_against_are_no_event(events_of):
    text = "وتنتشر في السويداء مجموعات مسلحة محلية تشكّلت في الأصل لحماية البلدات من هجمات التنظيمات المتشددة."
    assert _types(events_of, text) == []


# an act a gang makes its trade of («عصابة تمتهن الخطف من أجل الفدية») is a kind of act, not one event (the arrest is)


def test_kidnapping_as_a_gangs_trade_is_no_event(events_of):
    text = ("واعتقلت الشرطة، فجر اليوم، خمسة متهمين بالانتماء إلى عصابة تمتهن الخطف من أجل الفدية في قضاء القرنة.")
    assert _types(events_of, text) == ["COERCE"]


# reaching the culprits («توصّلها إلى الجناة»، «التوصل إلى هوية المنفذين») tracks them down; no agreement is reached


def test_tracking_down_the_culprits_is_no_agreement(all_events_of):
    text = "ولم تعلن الأجهزة الأمنية في البصرة حتى الآن توصلها إلى الجناة."
    assert [e["type"] for e in all_events_of(text)] == []


# a convoy of a relief body or a UN agency («قافلة لبرنامج الأغذية العالمي»، «قافلة أممية») is aid; its load told
# after it («… مؤلفة من اثنتي عشرة شاحنة محمّلة بالطحين») is the same convoy, no second delivery


def test_a_convoy_of_the_food_programme_is_planned_aid(events_of):
    text = "ومن المقرر أن تصل إلى مدينة صور، يوم السبت المقبل، قافلة لبرنامج الأغذية العالمي تضم مواد غذائية وأدوية وفرشاً."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("AID", "planned")]


def test_a_convoys_load_is_no_second_trigger(all_events_of):
    text = ("وأفاد سائق بأن قافلة للهلال الأحمر مؤلفة من اثنتي عشرة شاحنة محمّلة بالطحين والأدوية وصلت صباح اليوم إلى "
            "مدينة خان أرنبة.")
    assert [(e["type"], e["evidence"]["trigger"]["text"], e["why"].get("merged")) for e in all_events_of(text)] == [
        ("AID", "قافلة", None)]


# a deployment counted in the singular («ستنشر بموجبها … ألفي عنصر إضافي»، «ونشرت قيادة الشرطة قوة إضافية») is told up to
# eight words after the verb; what an outlet publishes («ونشرت وكالة «تسنيم» أنّ …») is no deployment


def test_a_plan_deploying_two_thousand_men_is_a_planned_deployment(events_of):
    text = ("وأعلنت قيادة عمليات البصرة خطة أمنية جديدة ستنشر بموجبها، اعتباراً من يوم غدٍ، ألفي عنصر إضافي في "
            "أحياء المدينة.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("MOBILIZE", "planned")]


def test_what_an_agency_publishes_is_no_deployment(all_events_of):
    text = "ونشرت وكالة تسنيم الإيرانية أن عشرة صواريخ وقوات ضربت القاعدة في دير الزور."
    assert "MOBILIZE" not in [e["type"] for e in all_events_of(text)]


# an act with no source that opens a clause of its own after «في حين/فيما/بينما» at a place of its own («…، في حين سقطت
# قذيفة مدفعية قرب سراي مرجعيون») is another act than the one before, as one with a source of its own is


def test_a_shell_falling_elsewhere_after_in_hin_is_another_act(events_of, all_events_of):
    text = ("وشنّ الطيران الحربي الإسرائيلي، قبل ظهر اليوم، ثلاث غارات على أطراف مدينة بنت جبيل، ما أدى إلى تدمير عدد "
            "من المنازل، في حين سقطت قذيفة مدفعية قرب سراي مرجعيون الحكومي من دون أن تسفر عن إصابات.")
    assert [e["evidence"]["trigger"]["text"] for e in all_events_of(text)] == ["غارات", "قذيفة"]


# a round of something other than talks («لجولة جديدة من القمع»، «جولة جديدة من المواجهات») is no meeting; a round of
# talks («جولة جديدة من المحادثات») and a tour are


def test_a_round_of_repression_is_no_meeting(all_events_of):
    text = "في خطوة وصفها ناشطون في الساحة بأنها استعداد لجولة جديدة من القمع في الناصرية."
    assert [e["type"] for e in all_events_of(text)] == []


def test_a_round_of_contacts_is_a_meeting(events_of):
    # (a guard: talks after «من», here a word that is no trigger of its own)
    assert _types(events_of, "وبدأ الوسيط القطري، اليوم، جولة جديدة من الاتصالات مع الطرفين في الدوحة.") == ["CONSULT"]


# accusations answered («واصفاً الاتهامات بأنها «حملة تشويه»»، «أي تعليق على اتهامات الجيش») are those told before, no
# new accusation


def test_accusations_answered_are_no_new_accusation(events_of):
    text = ("ونفى الفصيل في بيان أن يكون عناصره قد استولوا على أي منزل في مدينة عفرين، واصفاً الاتهامات بأنها "
            "«حملة تشويه».")
    assert "ACCUSE" not in _types(events_of, text)


# people refusing to leave, return or move («رفضوا مغادرة البلدة»، «وإن السائقين يرفضون التحرك») take a stance; no one's
# demand is rejected


def test_drivers_refusing_to_move_reject_no_one(events_of):
    text = "وقال مسؤول في النقابة إن السائقين في مدينة كتم يرفضون التحرك من دون ضمانات مكتوبة من الطرفين."
    assert "REJECT" not in _types(events_of, text)


def test_a_family_that_refused_to_leave_rejects_no_one(events_of):
    text = "وأشار إلى أن العائلة كانت من القلائل الذين رفضوا مغادرة بلدة السنديانة بعد سقوط القذائف."
    assert "REJECT" not in _types(events_of, text)


# the charge an execution or an arrest was made on, the accused its victims («أعدمهما … بعد أن اتهمهما بـ«التخابر»»)
# is its pretext, no accusation of its own; an accusation naming whom it accuses («بعد اتهامها الأجهزة الأمنية بالوقوف
# وراء الهجوم») is told


def test_the_charge_of_an_execution_is_its_pretext(events_of):
    text = ("وأعدم التنظيم شابين رمياً بالرصاص في ساحة بلدة هجين، بعد أن اتهمهما بـ«التخابر مع التحالف».")
    assert _types(events_of, text) == ["ASSAULT"]


def test_an_accusation_naming_the_accused_after_a_siege_is_told(events_of):
    # (a guard: the accused named after the masdar)
    text = "وواصلت «قسد» حصارها على مدينة الحسكة، بعد اتهامها الأجهزة الأمنية بالوقوف وراء الهجوم."
    assert "ACCUSE" in _types(events_of, text)


# fighting that broke out after the act the sentence opens with («وعقب سقوط القذائف، اندلعت اشتباكات …»، «وفي أعقاب
# التفجير، اندلعت، بعد ظهر اليوم، اشتباكات») is another act, as «لتندلع بعدها اشتباكات» is


def test_clashes_that_broke_out_after_the_shelling_are_another_act(all_events_of):
    text = ("وسقطت ثلاث قذائف على حي الروضة صباح اليوم. وعقب سقوط القذائف، اندلعت اشتباكات عنيفة بين مسلحين من "
            "«أنصار الثورة» وعناصر الحرس الجمهوري في الحي.")
    assert [e["evidence"]["trigger"]["text"] for e in all_events_of(text) if e["type"] == "ASSAULT"] == [
        "قذائف", "اشتباكات"]


# fighting renewed («تجددت، منذ فجر اليوم، الاشتباكات العنيفة بين …») is a new round, not the fighting told before; the
# masdar feared («خشية تجدد القصف») renews nothing


def test_renewed_clashes_are_another_round(all_events_of):
    text = ("واندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة أم درمان. وفي المدينة، تجددت، منذ فجر "
            "اليوم، الاشتباكات العنيفة بين الجيش وقوات الدعم السريع.")
    assert len([e for e in all_events_of(text) if e["type"] == "ASSAULT"]) == 2


# news of an act («أنباء عن الإفراج عن الحلبي»، «أنباء عن إغلاق مركز حدود جابر») is a rumoured event even with no actor or
# place the rules know: the news names the act


def test_news_of_a_release_is_a_rumoured_release(events_of):
    text = "وتداولت صفحات محلية، ظهر اليوم، أنباء عن الإفراج عن الحلبي بعد دفع جزء من الفدية."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("RETREAT", "rumored")]


# a withdrawal or a looting named by its masdar is told when news are of it («أنباء عن سحب الجيش التركي جنوده»، «أنباء
# عن نهب قافلة تجارية»); elsewhere those masdars are mostly demands or a deal's terms («طالبوا بسحب القوات»)


def test_news_of_a_withdrawal_is_a_rumoured_withdrawal(events_of):
    text = ("وتداولت صفحات محلية أنباء عن سحب الجيش التركي جنوده وآلياته من نقطته في قرية المسطومة جنوب إدلب.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("RETREAT", "rumored")]


def test_a_wounded_man_pulled_away_is_no_withdrawal(events_of):
    # (a guard: the masdar outside the news)
    text = "وبقي الجريح ينزف قرابة ساعتين قرب بلدة مضايا قبل أن يتمكن رفاقه من سحبه تحت جنح الظلام."
    assert "RETREAT" not in _types(events_of, text)
